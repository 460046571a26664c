"""Exceptions (mirrors core/src/error.rs): classes, keys, and messages that never echo input."""

from __future__ import annotations

import pickle

import pytest

import casemask


def test_hierarchy() -> None:
    assert issubclass(casemask.ConfigError, casemask.CasemaskError)
    assert issubclass(casemask.ConfigError, ValueError)
    assert issubclass(casemask.InputError, casemask.CasemaskError)
    assert issubclass(casemask.CasemaskError, Exception)
    assert casemask.ConfigError.__module__ == "casemask"


def test_config_error_carries_key_and_pickles() -> None:
    with pytest.raises(ValueError) as info:
        casemask.Redactor(min_score=2)
    err = info.value
    assert isinstance(err, casemask.ConfigError)
    assert err.key == "min_score"
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is casemask.ConfigError
    assert (str(again), again.key) == (str(err), err.key)


def test_input_error_str() -> None:
    err = casemask.InputError("quoted field is never closed", 3, 7)
    assert str(err) == "line 3, column 7: quoted field is never closed"
    assert (err.line, err.column, err.reason) == (3, 7, "quoted field is never closed")
    assert str(casemask.InputError("bad", 2)) == "line 2: bad"


@pytest.mark.parametrize("bad", [123, None, b"Mr Smith", ["Mr Smith"], 1.5])
def test_wrong_types_are_type_errors(redactor: casemask.Redactor, bad) -> None:
    for method in (redactor.find, redactor.redact, redactor.redact_detailed):
        with pytest.raises(TypeError, match="text must be str"):
            method(bad)


def test_batch_type_errors_name_the_index(redactor: casemask.Redactor) -> None:
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        redactor.redact_batch(["ok", 5])
    for bad in ("Mr Smith", b"Mr Smith", 42, None):
        with pytest.raises(TypeError, match="texts must be a list of str"):
            redactor.find_batch(bad)


def test_lone_surrogate_is_a_clear_value_error(redactor: casemask.Redactor) -> None:
    secret = "Jade Morris \ud800 rang"
    for call in (
        lambda: redactor.find(secret),
        lambda: redactor.redact(secret),
        lambda: redactor.redact_detailed(secret),
        lambda: redactor.redact_batch(["fine", secret]),
    ):
        with pytest.raises(ValueError) as info:
            call()
        err = info.value
        assert "lone surrogate" in str(err)
        assert "index 12" in str(err)
        assert "Jade" not in str(err)
        assert err.__cause__ is None and err.__context__ is None
        assert not isinstance(err, UnicodeError), "a UnicodeError would keep the whole text"
        assert all("Jade" not in str(a) for a in err.args)
