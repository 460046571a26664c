"""Label names (mirrors core/src/label.rs)."""

from __future__ import annotations

import casemask

EXAMPLES = {
    "PERSON": "Mr Smith",
    "ADDRESS": "Flat 3, 41 Hollingbury Road, Brighton",
    "POSTCODE": "BN1 7JA",
    "DATE": "12/03/2019",
    "CASE_NUMBER": "Case no. 2019/0456",
    "NHS_NUMBER": "NHS number 943 476 5919",
    "NI_NUMBER": "NI number QQ 12 34 56 C",
    "PHONE": "07700 900123",
    "EMAIL": "jade@example.com",
    "HANDLE": "Her Instagram is @kayz_m",
}


def test_labels() -> None:
    assert casemask.LABELS == tuple(EXAMPLES)


def test_each_label_is_found_and_is_a_plain_str(redactor: casemask.Redactor) -> None:
    for label, text in EXAMPLES.items():
        found = {s.label for s in redactor.find(text)}
        assert label in found, (label, found)
        assert all(type(s.label) is str for s in redactor.find(text))


def test_entities_restrict_labels() -> None:
    text = " ".join(EXAMPLES.values())
    for label in casemask.LABELS:
        r = casemask.Redactor(entities=[label])
        assert {s.label for s in r.find(text)} <= {label}
