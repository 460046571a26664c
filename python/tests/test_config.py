"""Keyword arguments are the configuration keys, one to one (mirrors core/src/config.rs)."""

from __future__ import annotations

import json
import math

import pytest

import casemask

# One value per key that changes what a redactor does, with a text that shows it.
KEYS = {
    "entities": (["DATE"], "Mr Smith on 12/03/2019.", "Mr Smith on [DATE]."),
    "known_people": (["Kezia Ashworth"], "KEZIA was seen.", "[PERSON] was seen."),
    "known_values": ([{"label": "ADDRESS", "value": "27 Carlton Terrace"}], "At 27 carlton terrace.", "At [ADDRESS]."),
    "case_number_patterns": ([r"XR\d{3}"], "Code XR123 noted.", "Code [CASE_NUMBER] noted."),
    "allow": (["Mr Smith"], "Mr Smith rang.", "Mr Smith rang."),
    "deny": (["Sunnyside Children's Home"], "Placed at Sunnyside Children's Home.", "Placed at [ADDRESS]."),
    "operators": ({"default": "remove"}, "Mr Smith rang.", " rang."),
    "date_order": ("mdy", "Seen 13/12/2019 and 03/12/2019.", "Seen 13/12/2019 and [DATE]."),
    "min_score": (0.99, "Mr Smith emailed smith@example.com.", "Mr Smith emailed [EMAIL]."),
}


def test_every_key_is_covered() -> None:
    assert set(KEYS) == set(json.loads(casemask.Redactor().to_json())) | {
        "entities",
        "known_people",
        "known_values",
        "case_number_patterns",
        "allow",
        "deny",
    }


@pytest.mark.parametrize("key", sorted(KEYS))
def test_keyword_is_config_key(key: str) -> None:
    value, text, expected = KEYS[key]
    by_kwarg = casemask.Redactor(**{key: value})
    by_json = casemask.Redactor.from_json(json.dumps({key: value}))
    assert by_kwarg.redact(text) == expected
    assert by_json.redact(text) == expected
    assert by_kwarg.to_json() == by_json.to_json()
    assert casemask.redact(text, **{key: value}) == expected


def test_none_means_default_and_tuples_are_lists() -> None:
    assert casemask.Redactor(entities=None, min_score=None).to_json() == casemask.Redactor().to_json()
    assert casemask.Redactor(entities=("DATE",)).to_json() == casemask.Redactor(entities=["DATE"]).to_json()


def test_empty_json_is_default() -> None:
    assert casemask.Redactor.from_json("").to_json() == casemask.Redactor().to_json()
    assert casemask.Redactor.from_json("  \n").to_json() == casemask.Redactor().to_json()


def test_to_json_round_trips() -> None:
    r = casemask.Redactor(
        known_people=[{"name": "Niamh O'Dowd", "aliases": ["Nee"]}],
        operators={"PERSON": {"type": "hash", "key": "k"}, "default": {"type": "mask", "char": "#"}},
        date_order="mdy",
        min_score=0.6,
    )
    again = casemask.Redactor.from_json(r.to_json())
    assert again.to_json() == r.to_json()
    assert json.loads(r.to_json())["min_score"] == pytest.approx(0.6)


@pytest.mark.parametrize(
    "kwargs, key",
    [
        ({"colour": "red"}, "colour"),
        ({"min_score": "high"}, "min_score"),
        ({"min_score": 1.5}, "min_score"),
        ({"min_score": math.nan}, "min_score"),
        ({"min_score": True}, "min_score"),
        ({"date_order": "ymd"}, "date_order"),
        ({"entities": ["PEOPLE"]}, "entities[0]"),
        ({"entities": "PERSON"}, "entities"),
        ({"known_people": [""]}, "known_people[0]"),
        ({"operators": {"PERSON": {"type": "hash"}}}, "operators.PERSON.key"),
        ({"operators": {"PERSON": "shred"}}, "operators.PERSON.type"),
        ({"operators": {"ADDRESS": "year_only"}}, "operators.ADDRESS"),
        ({"case_number_patterns": ["ok\\d", "(unclosed"]}, "case_number_patterns[1]"),
    ],
)
def test_config_errors_name_the_key(kwargs, key: str) -> None:
    with pytest.raises(casemask.ConfigError) as info:
        casemask.Redactor(**kwargs)
    assert info.value.key == key
    assert f"`{key}`" in str(info.value)
    if kwargs.get("min_score") is math.nan:
        return  # NaN has no JSON form
    with pytest.raises(casemask.ConfigError) as info:
        casemask.Redactor.from_json(json.dumps(kwargs))
    assert info.value.key == key


def test_config_errors_never_echo_values() -> None:
    secret = "Kezia Ashworth lives at 27 Carlton Terrace"
    for kwargs in (
        {"known_people": [{"name": secret, "nickname": "x"}]},
        {"operators": {"PERSON": {"type": "hash", "key": secret, "char": "x"}}},
        {secret.replace(" ", "_"): 1},
        {"deny": [{"label": "ADDRESS", "value": secret, "extra": 1}]},
    ):
        with pytest.raises(casemask.ConfigError) as info:
            casemask.Redactor(**kwargs)
        assert "Kezia" not in str(info.value) and "Carlton" not in str(info.value)


def test_bad_json() -> None:
    with pytest.raises(casemask.ConfigError) as info:
        casemask.Redactor.from_json('{"entities": [')
    assert info.value.key is None
    assert "line 1" in str(info.value)
    with pytest.raises(casemask.ConfigError):
        casemask.Redactor.from_json("[1, 2]")


def test_unconvertible_values_are_type_errors() -> None:
    with pytest.raises(TypeError, match="allow"):
        casemask.Redactor(allow={"a", "b"})
    with pytest.raises(TypeError, match="operators"):
        casemask.Redactor(operators={1: "tag"})
    with pytest.raises(TypeError):
        casemask.Redactor.from_json(b"{}")  # type: ignore[arg-type]
