"""Spans, redaction items and their str offsets (mirrors core/src/span.rs)."""

from __future__ import annotations

import re

import pytest

import casemask

NON_ASCII = [
    "Zoë rang 07700 900123 about Łukasz.",
    "🙂🙂 Email jade.morris@example.com now 👩‍👧 then call 07700 900123.",
    "“Mr Smith” said ‘Jade Morris’ was seen on 12/03/2019 — at 27 Carlton Terrace, Brighton.",
    "Ｆｕｌｌｗｉｄｔｈ text and 𝒮𝒸𝓇𝒾𝓅𝓉 then NHS number 943 476 5919 and Zoë.",
    "Łukasz Nowak, ul. Łódź — NI number QQ 12 34 56 C; Sinéad O’Brien; 12 Mar 2019 🎉",
]


@pytest.mark.parametrize("text", NON_ASCII)
def test_offsets_are_str_indices(redactor: casemask.Redactor, text: str) -> None:
    spans = redactor.find(text)
    assert spans, "each text has identifiers"
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    # sorted and non-overlapping
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_known_non_ascii_offsets(redactor: casemask.Redactor) -> None:
    text = "Zoë and her brother Łukasz met Ms Nowak on 1 Feb 2010 🙂 “Mr Smith” rang 07700 900123."
    got = [(s.start, s.end, s.label, s.text) for s in redactor.find(text)]
    assert got[:4] == [
        (0, 3, "PERSON", "Zoë"),
        (20, 26, "PERSON", "Łukasz"),
        (31, 39, "PERSON", "Ms Nowak"),
        (43, 53, "DATE", "1 Feb 2010"),
    ]
    assert (text.index("Mr Smith"), text.index("Mr Smith") + 8, "PERSON", "Mr Smith") in got
    phone = text.index("07700")
    assert (phone, phone + 12, "PHONE", "07700 900123") in got


@pytest.mark.parametrize("text", NON_ASCII)
@pytest.mark.parametrize("operator", ["tag", "numbered", "remove", "keep", {"type": "mask", "char": "█"}])
def test_redacted_item_ranges(text: str, operator) -> None:
    r = casemask.Redactor(operators={"default": operator})
    res = r.redact_detailed(text)
    assert res.text == r.redact(text)
    rebuilt = []
    pos = 0
    for item in res.items:
        s, e = item.input
        os_, oe = item.output
        assert res.text[os_:oe] == item.replacement
        rebuilt.append(text[pos:s])
        rebuilt.append(item.replacement)
        pos = e
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == res.text
    assert [(i.input, i.label) for i in res.items] == [((s.start, s.end), s.label) for s in r.find(text)]


def test_span_fields_and_value_semantics(redactor: casemask.Redactor) -> None:
    (span,) = redactor.find("Email jade@example.com")
    assert (span.start, span.end, span.label, span.text) == (6, 22, "EMAIL", "jade@example.com")
    assert isinstance(span.score, float) and 0.5 <= span.score <= 1.0
    assert isinstance(span.detector, str) and span.detector
    assert span.label in casemask.LABELS
    same = casemask.Span(span.start, span.end, span.label, span.score, span.text, span.detector)
    assert same == span and hash(same) == hash(span)
    assert casemask.Span(0, 1, "EMAIL", span.score, "x", span.detector) != span
    assert len({span, same}) == 1
    assert (span == "not a span") is False


def test_score_is_a_short_float(redactor: casemask.Redactor) -> None:
    for span in redactor.find("Mr Smith rang 07700 900123 on 12/03/2019."):
        assert len(repr(span.score)) <= 6, span.score


def test_scores_convert_the_same_every_time() -> None:
    # Conversions are remembered per thread in 64 slots: 1,001 values, twice, overwrite them.
    for _ in range(2):
        for i in range(1001):
            shown = re.search(r"min_score=([0-9.e-]+)", repr(casemask.Redactor(min_score=i / 1000)))
            assert shown is not None and float(shown.group(1)) == i / 1000, (i, shown)


def test_reprs_never_show_identifiers(redactor: casemask.Redactor) -> None:
    text = "Jade Morris rang 07700 900123."
    for span in redactor.find(text):
        assert span.text not in repr(span)
        assert repr(span).startswith("Span(start=")
    keep = casemask.Redactor(operators={"default": "keep"})
    res = keep.redact_detailed(text)
    assert res.items
    for item in res.items:
        assert item.replacement not in repr(item)
    assert "Jade" not in repr(res)


def test_spans_are_immutable(redactor: casemask.Redactor) -> None:
    span = redactor.find("Mr Smith")[0]
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]
    res = redactor.redact_detailed("Mr Smith")
    res.items.clear()
    assert len(res.items) == 1, "items is a fresh list on each access"


def test_empty_and_whitespace(redactor: casemask.Redactor) -> None:
    assert redactor.find("") == []
    assert redactor.redact("") == ""
    res = redactor.redact_detailed("   \n ")
    assert res.text == "   \n " and res.items == []
