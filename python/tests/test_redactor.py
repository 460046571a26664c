"""The Redactor and the package surface (mirrors core/src/redactor.rs and lib.rs)."""

from __future__ import annotations

import pytest

import casemask


def test_readme_example() -> None:
    r = casemask.Redactor(known_people=["Jade Morris"])
    text = "Jade Morris (DOB 01/02/2010) lives at 27 Carlton Terrace, Brighton BN2 1AB."
    assert r.redact(text) == "[PERSON] (DOB [DATE]) lives at [ADDRESS] [POSTCODE]."
    assert [s.label for s in r.find(text)] == ["PERSON", "DATE", "ADDRESS", "POSTCODE"]


def test_issue_api_names() -> None:
    r = casemask.Redactor(known_people=["Jade Morris"], operators={"PERSON": {"type": "numbered"}})
    assert r.redact("Jade Morris met Mr Smith; Jade left.") == "[PERSON-1] met [PERSON-2]; [PERSON-1] left."
    r = casemask.Redactor.from_json('{"entities": ["PERSON"]}')
    assert r.redact("Mr Smith 07700 900123") == "[PERSON] 07700 900123"
    res = r.redact_detailed("Mr Smith")
    assert res.text == "[PERSON]"
    (item,) = res.items
    assert (item.label, item.input, item.output, item.replacement) == ("PERSON", (0, 8), (0, 8), "[PERSON]")
    assert casemask.redact("Call 07700 900123.") == "Call [PHONE]."
    assert casemask.redact("Mr Smith", operators={"default": "remove"}) == ""


def test_version() -> None:
    assert casemask.__version__.count(".") == 2
    assert casemask.__version__ == casemask._casemask.__version__


def test_immutable(redactor: casemask.Redactor) -> None:
    with pytest.raises(AttributeError):
        redactor.config = {}  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        redactor.inner = None  # type: ignore[attr-defined]


def test_repr_hides_people_values_and_keys() -> None:
    r = casemask.Redactor(
        known_people=["Kezia Ashworth"],
        known_values=[{"label": "ADDRESS", "value": "27 Carlton Terrace"}],
        operators={"PERSON": {"type": "hash", "key": "super-secret-key"}},
        entities=["PERSON", "ADDRESS"],
    )
    text = repr(r)
    for secret in ("Kezia", "Carlton", "super-secret-key"):
        assert secret not in text
    assert "known_people=1" in text and "'PERSON': 'hash'" in text and "'ADDRESS'" in text


def test_find_is_sorted_and_consistent_with_redact(redactor: casemask.Redactor) -> None:
    text = "Jade Morris (DOB 01/02/2010) rang 07700 900123 from 27 Carlton Terrace, Brighton BN2 1AB."
    spans = redactor.find(text)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    out = text
    for s in reversed(spans):
        out = out[: s.start] + f"[{s.label}]" + out[s.end :]
    assert out == redactor.redact(text)


def test_str_subclass_is_accepted(redactor: casemask.Redactor) -> None:
    class Note(str):
        pass

    assert redactor.redact(Note("Mr Smith")) == "[PERSON]"


def test_convenience_redact_cache_does_not_mix_configs() -> None:
    for _ in range(3):
        assert casemask.redact("Mr Smith", operators={"default": "mask"}) == "********"
        assert casemask.redact("Mr Smith") == "[PERSON]"
    with pytest.raises(casemask.ConfigError):
        casemask.redact("x", bogus=1)
    with pytest.raises(TypeError):
        casemask.redact("x", allow={"a"})
