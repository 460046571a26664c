"""Batch calls equal single calls, in input order."""

from __future__ import annotations

import csv

import pytest

import casemask
from conftest import EXAMPLE_CSV, load_cases


def texts() -> list:
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        notes = [row["note"] for row in csv.DictReader(f)]
    cases = [c.text for c in load_cases()]
    return notes + cases + ["", "Zoë 🙂 Łukasz “Mr Smith”"] * 3


CONFIGS = [
    {},
    {"operators": {"default": "numbered"}},
    {"known_people": ["Kezia Ashworth"], "operators": {"default": {"type": "mask", "char": "█"}}},
]


@pytest.mark.parametrize("config", CONFIGS)
def test_batch_equals_single(config) -> None:
    r = casemask.Redactor(**config)
    batch = texts()
    assert r.find_batch(batch) == [r.find(t) for t in batch]
    assert r.redact_batch(batch) == [r.redact(t) for t in batch]
    assert r.redact_detailed_batch(batch) == [r.redact_detailed(t) for t in batch]


def test_batch_accepts_any_iterable(redactor: casemask.Redactor) -> None:
    batch = ["Mr Smith", "07700 900123"]
    assert redactor.redact_batch(tuple(batch)) == redactor.redact_batch(batch)
    assert redactor.redact_batch(t for t in batch) == ["[PERSON]", "[PHONE]"]
    assert redactor.redact_batch([]) == []
    assert redactor.find_batch([]) == []


def test_numbering_is_per_text() -> None:
    r = casemask.Redactor(operators={"PERSON": "numbered"})
    assert r.redact_batch(["Mr Smith and Mr Jones", "Mr Jones"]) == ["[PERSON-1] and [PERSON-2]", "[PERSON-1]"]
