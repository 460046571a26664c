"""The shared case table tests/data/cases.txt, also run by the Rust and C suites."""

from __future__ import annotations

import pytest

import casemask
from conftest import load_cases

CASES = load_cases()


def test_table_is_loaded() -> None:
    assert len(CASES) >= 50
    assert len({c.name for c in CASES}) == len(CASES), "case names are unique"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case) -> None:
    r = casemask.Redactor.from_json(case.config)
    found = [(s.start, s.end, s.label) for s in r.find(case.text)]
    show = lambda spans: [f"{label}:{case.text[s:e]!r}" for s, e, label in spans]  # noqa: E731
    assert show(found) == show(case.spans)
    assert found == case.spans
    for span in r.find(case.text):
        assert span.text == case.text[span.start : span.end]
    if case.redacted is not None:
        assert r.redact(case.text) == case.redacted


def test_table_through_batch() -> None:
    """The whole table through the batch API of one default redactor gives the same answers."""
    default = [c for c in CASES if c.config.strip() in ("", "{}")]
    r = casemask.Redactor()
    found = r.find_batch([c.text for c in default])
    assert [[(s.start, s.end, s.label) for s in spans] for spans in found] == [c.spans for c in default]
