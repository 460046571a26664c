"""Every operator (mirrors core/src/operate.rs)."""

from __future__ import annotations

import re

import pytest

import casemask

TEXT = "Jade Morris rang 07700 900123 on 14/02/2011. Later Jade wrote to Mr Smith."


def test_tag() -> None:
    assert casemask.Redactor().redact(TEXT) == "[PERSON] rang [PHONE] on [DATE]. Later [PERSON] wrote to [PERSON]."


def test_numbered_shares_numbers_for_one_person() -> None:
    r = casemask.Redactor(operators={"PERSON": {"type": "numbered"}})
    assert r.redact(TEXT) == "[PERSON-1] rang [PHONE] on [DATE]. Later [PERSON-1] wrote to [PERSON-2]."


def test_numbered_restarts_per_call() -> None:
    r = casemask.Redactor(operators={"default": "numbered"})
    assert r.redact("Mr Smith") == r.redact("Mr Jones") == "[PERSON-1]"


@pytest.mark.parametrize("char", [None, "#", "█", "🙂"])
def test_mask_one_char_per_char(char) -> None:
    spec = {"type": "mask"} if char is None else {"type": "mask", "char": char}
    r = casemask.Redactor(operators={"default": spec})
    text = "Zoë rang 07700 900123."
    m = char or "*"
    assert r.redact(text) == f"{m * 3} rang {m * 12}."


def test_hash_is_keyed_and_stable() -> None:
    a = casemask.Redactor(operators={"PERSON": {"type": "hash", "key": "key-a"}})
    b = casemask.Redactor(operators={"PERSON": {"type": "hash", "key": "key-b"}})
    out_a = a.redact("Liam and LIAM")
    tags = re.findall(r"\[PERSON-[0-9a-f]{12}\]", out_a)
    assert len(tags) == 2 and tags[0] == tags[1]
    assert out_a == a.redact("Liam and LIAM")
    assert out_a != b.redact("Liam and LIAM")
    assert "key-a" not in out_a


def test_remove() -> None:
    r = casemask.Redactor(operators={"default": "remove"})
    assert r.redact("Call 07700 900123 now.") == "Call  now."
    (item,) = r.redact_detailed("Call 07700 900123 now.").items
    assert item.replacement == "" and item.output == (5, 5)


def test_keep_still_reports() -> None:
    r = casemask.Redactor(operators={"DATE": {"type": "keep"}})
    res = r.redact_detailed("Mr Smith on 12/03/2019.")
    assert res.text == "[PERSON] on 12/03/2019."
    assert [i.label for i in res.items] == ["PERSON", "DATE"]


def test_year_only() -> None:
    r = casemask.Redactor(operators={"DATE": {"type": "year_only"}})
    assert r.redact("Born 14/02/2011, seen 3rd of May.") == "Born 2011, seen [DATE]."


def test_per_label_overrides_default() -> None:
    r = casemask.Redactor(operators={"default": "remove", "PHONE": "tag"})
    assert r.redact("Mr Smith rang 07700 900123") == " rang [PHONE]"
