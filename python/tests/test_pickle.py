"""Pickling: a Redactor travels as its configuration, to threads, processes and back."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import casemask

TEXTS = [
    "Jade Morris rang 07700 900123 on 12/03/2019.",
    "Zoë and Łukasz met Ms Nowak 🙂 at 27 Carlton Terrace, Brighton BN2 1AB.",
    "Nothing to see here.",
]


def configured() -> casemask.Redactor:
    return casemask.Redactor(
        known_people=[{"name": "Kezia Ashworth", "aliases": ["Kez"]}],
        operators={"PERSON": {"type": "hash", "key": "pickle-key"}, "DATE": "year_only"},
        min_score=0.55,
    )


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_round_trip(protocol: int) -> None:
    r = configured()
    again = pickle.loads(pickle.dumps(r, protocol=protocol))
    assert type(again) is casemask.Redactor
    assert again.to_json() == r.to_json()
    for text in TEXTS + ["Kez said hello."]:
        assert again.redact(text) == r.redact(text)


def test_copy_is_the_same_immutable_object() -> None:
    import copy

    r = configured()
    assert copy.copy(r) is r and copy.deepcopy(r) is r
    assert copy.deepcopy([r])[0] is r


def test_pickle_carries_the_hash_key() -> None:
    """Documented: a pickled Redactor holds its whole configuration, hash keys included."""
    assert b"pickle-key" in pickle.dumps(configured())


def test_results_pickle(redactor: casemask.Redactor) -> None:
    spans = redactor.find(TEXTS[1])
    assert pickle.loads(pickle.dumps(spans)) == spans
    res = redactor.redact_detailed(TEXTS[1])
    again = pickle.loads(pickle.dumps(res))
    assert again == res and again.items == res.items and again.text == res.text


@pytest.mark.parametrize("method", ["spawn", "forkserver", "fork"])
def test_multiprocessing_workers(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} not available")
    r = configured()
    texts = TEXTS * 4
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        redacted = list(pool.map(r.redact, texts))
        found = list(pool.map(r.find, texts))
    assert redacted == [r.redact(t) for t in texts]
    assert found == [r.find(t) for t in texts]
