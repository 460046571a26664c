"""The streaming engine behind the command line (python/src/stream.rs), called directly: every
chunk size gives the same output, so records cut at any byte are handled."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import pytest

import casemask
from casemask._casemask import _stream

CSV = (
    b'\xef\xbb\xbfid,note,other\r\n'
    b'1,"Jade Morris, 07700 900123\r\nsecond line ""quoted""",x\r\n'
    b'2,Mr Smith on 12/03/2019,"a,b"\n'
    b'3,,\n'
    b'4,"Zo\xc3\xab \xf0\x9f\x99\x82 and \xc5\x81ukasz",end'
)
JSONL = (
    json.dumps({"a": {"b": "Mr Smith rang 07700 900123"}, "c": ["Zoë 🙂 Łukasz", {"b": 1}]}, ensure_ascii=False)
    + "\r\n\n"
    + json.dumps({"a": [{"b": "Jade Morris"}, {"b": None}], "z": 1})
    + "\n"
    + '{"untouched":   "Mr Smith"}'
).encode()
TEXT = "Mr Smith rang.\r\n\r\nZoë 🙂 Łukasz met Jade Morris\non 12/03/2019.\n\n\nEmail jade@example.com".encode()

INPUTS = [("csv", CSV, ["note"]), ("csv", CSV, None), ("jsonl", JSONL, ["a.b", "c"]), ("jsonl", JSONL, None), ("text", TEXT, None)]


@pytest.mark.parametrize("fmt, data, columns", INPUTS)
@pytest.mark.parametrize("find", [False, True])
def test_every_chunk_size_gives_the_same_output(tmp_path: Path, fmt: str, data: bytes, columns, find: bool) -> None:
    src = tmp_path / "in"
    src.write_bytes(data)
    r = casemask.Redactor()
    expected_path = tmp_path / "expected"
    expected_summary = _stream(r, str(src), str(expected_path), fmt, find=find, json=True, columns=columns)
    expected = expected_path.read_bytes()
    assert expected_summary["counts"], "the inputs have identifiers"
    for chunk in [1, 2, 3, 5, 7, 13, 64, len(data) - 1, len(data)]:
        out = tmp_path / f"out{chunk}"
        summary = _stream(r, str(src), str(out), fmt, find=find, json=True, columns=columns, chunk_bytes=chunk)
        assert out.read_bytes() == expected, f"chunk size {chunk}"
        assert summary == expected_summary


def test_summary(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(CSV)
    summary = _stream(casemask.Redactor(), str(src), str(tmp_path / "out"), "csv", columns=["note"])
    assert summary["records"] == 4
    assert summary["lines"] == 6
    assert summary["bytes"] == len(CSV)
    assert summary["counts"] == {"PERSON": 4, "DATE": 1, "PHONE": 1}


def test_errors_give_line_and_column_at_any_chunk_size(tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(b'id,note\n1,"ok"\n2,"Zo\xc3\xab said "hi"\n')
    for chunk in [1, 4, 1000]:
        with pytest.raises(casemask.InputError) as info:
            _stream(casemask.Redactor(), str(src), str(tmp_path / "o"), "csv", chunk_bytes=chunk)
        assert (info.value.line, info.value.column) == (3, 14)


@pytest.mark.parametrize(
    "data, line, column, reason",
    [
        (b'id,note\n1,"ok"\n\n2,"Zo\xc3\xab, "", x",extra\n', 4, 16, "record has 3 fields but the header has 2 fields"),
        (b'id,note\r\n1,"ok"\r\n\r\n2\r\n3,x', 4, 2, "record has 1 field but the header has 2 fields"),
        (b"\xef\xbb\xbf\r\n1,x\n", 1, None, "the CSV header line is empty"),
        (b"", None, None, "empty CSV input: no header line"),
    ],
)
def test_csv_shape_errors_at_any_chunk_size(
    tmp_path: Path, data: bytes, line: Optional[int], column: Optional[int], reason: str
) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(data)
    for chunk in [1, 3, 7, 1000]:
        for find in [False, True]:
            with pytest.raises(casemask.InputError) as info:
                _stream(casemask.Redactor(), str(src), str(tmp_path / "o"), "csv", find=find, chunk_bytes=chunk)
            assert (info.value.line, info.value.column, info.value.reason) == (line, column, reason)


def test_csv_blank_lines_at_any_chunk_size(tmp_path: Path) -> None:
    data = b"id,note\r\n\r\n1,Mr Smith\r\n\n\n2,x\n\n"
    src = tmp_path / "in.csv"
    src.write_bytes(data)
    for chunk in [1, 2, 5, 1000]:
        _stream(casemask.Redactor(), str(src), str(tmp_path / "o"), "csv", chunk_bytes=chunk)
        assert (tmp_path / "o").read_bytes() == b"id,note\r\n\r\n1,[PERSON]\r\n\n\n2,x\n\n"


def test_argument_checks(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _stream(casemask.Redactor(), None, None, "xml")
    with pytest.raises(ValueError):
        _stream(casemask.Redactor(), None, None, "text", columns=["a"])
    with pytest.raises(FileNotFoundError) as info:
        _stream(casemask.Redactor(), str(tmp_path / "missing"), None, "text")
    assert info.value.filename == str(tmp_path / "missing")
