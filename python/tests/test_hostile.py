"""Hostile input and faults: lone surrogates, empty and odd texts, bad configurations, one
Redactor shared by 16 threads, and the command line on malformed CSV, invalid UTF-8, empty
files, unwritable outputs and a full disk, with bounded memory on a large stream. Marked input
("ZZSECRETZZ Jade Morris") goes through every error path and must never come back in a message.

The large-stream test pipes a CSV generated on the fly (300 MB by default, about 40 s; set
CASEMASK_STREAM_MB to change it) through `casemask redact` and checks its peak RSS (its own
VmHWM, which the process reports at exit) stays under 200 MB. The full-disk and read-only tests
mount a small tmpfs when run as root (Linux) and otherwise use RLIMIT_FSIZE and a read-only
directory.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any, Callable, Dict, Iterator, List, Optional

import pytest

import casemask
from conftest import run_cli

MARKER = "ZZSECRETZZ Jade Morris"
MARKER_PARTS = ("ZZSECRETZZ", "Jade", "Morris")


def assert_unmarked(shown: str) -> None:
    for part in MARKER_PARTS:
        assert part not in shown, f"{part!r} leaked into {shown!r}"


def assert_clean_exception(err: BaseException) -> None:
    """Neither the message, the args, the notes nor a chained exception hold the marker."""
    assert_unmarked(str(err))
    assert_unmarked(repr(err))
    for arg in err.args:
        assert_unmarked(str(arg))
    for note in getattr(err, "__notes__", []):
        assert_unmarked(note)
    assert err.__cause__ is None and err.__context__ is None, "a chained exception may hold the input"


# --- the Python API ---------------------------------------------------------------------------


SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d\ude42", "\ud83d"]


@pytest.mark.parametrize("surrogate", SURROGATES)
def test_lone_surrogates_are_value_errors_everywhere(surrogate: str) -> None:
    r = casemask.Redactor(known_people=["Kezia Ashworth"])
    text = f"{MARKER} rang{surrogate}"
    index = len(MARKER) + len(" rang")
    calls = [
        lambda: r.find(text),
        lambda: r.redact(text),
        lambda: r.redact_detailed(text),
        lambda: r.find_batch(["fine", text]),
        lambda: r.redact_batch(["fine", text]),
        lambda: r.redact_detailed_batch(["fine", text]),
        lambda: casemask.redact(text),
    ]
    for call in calls:
        with pytest.raises(ValueError) as info:
            call()
        assert not isinstance(info.value, UnicodeError), "a UnicodeError keeps the whole text in .object"
        assert "lone surrogate" in str(info.value) and f"index {index}" in str(info.value)
        assert_clean_exception(info.value)
    with pytest.raises(ValueError, match=r"texts\[1\]"):
        r.redact_batch(["fine", text])


@pytest.mark.parametrize("where", ["known_people", "allow", "alias", "hash_key", "dict_key"])
def test_lone_surrogates_in_configuration(where: str) -> None:
    bad = f"{MARKER}\ud800"
    configs: Dict[str, Dict[str, Any]] = {
        "known_people": {"known_people": [bad]},
        "allow": {"allow": [bad]},
        "alias": {"known_people": [{"name": "Kezia Ashworth", "aliases": [bad]}]},
        "hash_key": {"operators": {"PERSON": {"type": "hash", "key": bad}}},
        "dict_key": {"operators": {bad: "tag"}},
    }
    with pytest.raises(ValueError) as info:
        casemask.Redactor(**configs[where])
    assert "lone surrogate" in str(info.value)
    assert_clean_exception(info.value)


def test_empty_and_odd_texts() -> None:
    r = casemask.Redactor(known_people=["Kezia Ashworth"], operators={"default": "numbered"})
    for text in ["", "\0", " \n\t", "\ufeff", "\u200b", "\U0010ffff", "🙂" * 1000, "\r\n" * 1000]:
        assert r.redact(text) == text
        assert r.find(text) == []
        assert r.redact_detailed(text).items == []
    assert r.redact_batch([]) == [] and r.find_batch(()) == []
    assert r.redact_batch(["", ""]) == ["", ""]
    assert r.redact("Call 07700 900123\0 Kezia") == "Call [PHONE-1]\0 [PERSON-1]"


def test_large_text_offsets_are_str_indices() -> None:
    r = casemask.Redactor()
    prefix = "Zoë 🙂 " * 200_000  # 1.4 M code points, 2.6 MB of UTF-8
    text = prefix + "rang 07700 900123."
    spans = r.find(text)
    phone = [s for s in spans if s.label == "PHONE"]
    assert len(phone) == 1 and text[phone[0].start : phone[0].end] == "07700 900123"


BAD_CONFIGS = [
    ({"entities": MARKER}, "entities"),
    ({"entities": [MARKER]}, "entities[0]"),
    ({"known_people": MARKER}, "known_people"),
    ({"known_people": [{"name": MARKER, "nickname": MARKER}]}, "known_people[0].nickname"),
    ({"known_values": [{"label": "DATE", "value": MARKER}]}, "known_values[0].value"),
    ({"case_number_patterns": [MARKER + "("]}, "case_number_patterns[0]"),
    ({"case_number_patterns": ["\\p{" + MARKER + "}"]}, "case_number_patterns[0]"),
    ({"deny": [{"label": MARKER, "value": MARKER}]}, "deny[0].label"),
    ({"operators": {"PERSON": MARKER}}, "operators.PERSON.type"),
    ({"operators": {MARKER: "tag"}}, "operators.(unprintable)"),
    ({"operators": {"PERSON": {"type": "mask", "char": MARKER}}}, "operators.PERSON.char"),
    ({"operators": {"PERSON": {"type": "hash", "key": ""}}}, "operators.PERSON.key"),
    ({"date_order": MARKER}, "date_order"),
    ({"min_score": float("nan")}, "min_score"),
    ({"min_score": float("inf")}, "min_score"),
    ({"min_score": 10**100}, "min_score"),
    ({"min_score": -1}, "min_score"),
    ({"min_score": MARKER}, "min_score"),
]


@pytest.mark.parametrize("config,key", BAD_CONFIGS)
def test_bad_configurations_name_the_key_only(config: Dict[str, Any], key: str) -> None:
    import json

    with pytest.raises(casemask.ConfigError) as info:
        casemask.Redactor(**config)
    assert info.value.key == key and key in str(info.value)
    assert_clean_exception(info.value)
    if all(isinstance(v, (str, list, dict, int)) for v in config.values()):
        with pytest.raises(casemask.ConfigError) as info:
            casemask.Redactor.from_json(json.dumps(config))
        assert info.value.key == key
        assert_clean_exception(info.value)


def test_unknown_keyword_and_wrong_python_types() -> None:
    unknown: Dict[str, Any] = {"entitys": [MARKER]}
    with pytest.raises(casemask.ConfigError) as config_info:
        casemask.Redactor(**unknown)
    assert config_info.value.key == "entitys"
    assert_clean_exception(config_info.value)
    configs: List[Dict[str, Any]] = [
        {"known_people": {MARKER}},
        {"known_people": [MARKER.encode()]},
        {"operators": {"PERSON": {"type": "hash", "key": object()}}},
        {"operators": {1: "tag"}},
        {"allow": [b"x"]},
    ]
    for config in configs:
        with pytest.raises(TypeError) as info:
            casemask.Redactor(**config)
        assert_clean_exception(info.value)


def test_malformed_and_deeply_nested_json() -> None:
    for text in ["{", '{"known_people": ["' + MARKER + '"', "[" * 100_000 + "]" * 100_000, "nul", "{} {}"]:
        with pytest.raises(casemask.ConfigError) as info:
            casemask.Redactor.from_json(text)
        assert info.value.key is None and "line 1" in str(info.value)
        assert_clean_exception(info.value)


def test_pathological_pattern_and_a_thousand_patterns() -> None:
    # (a+)+b backtracks exponentially on a run of a's without a b; here it must not.
    r = casemask.Redactor(case_number_patterns=["(a+)+b"])
    assert r.redact("a" * 100_000 + " aaab.") == "a" * 100_000 + " [CASE_NUMBER]."
    many = casemask.Redactor(case_number_patterns=[f"REF{i}-\\d{{4}}" for i in range(1000)])
    assert many.redact("Ref REF999-1234 and REF0-0000.") == "Ref [CASE_NUMBER] and [CASE_NUMBER]."


def test_repr_never_shows_values_or_keys() -> None:
    r = casemask.Redactor(
        known_people=[MARKER, {"name": MARKER, "aliases": [MARKER]}],
        known_values=[{"label": "PHONE", "value": MARKER}],
        deny=[MARKER],
        operators={"default": {"type": "hash", "key": MARKER}},
    )
    assert_unmarked(repr(r))
    text = f"{MARKER} rang 07700 900123."
    res = r.redact_detailed(text)
    assert_unmarked(repr(res) + repr(res.items) + repr(r.find(text)))
    # Documented: to_json() and pickles carry the configuration, hash key included.
    assert "ZZSECRETZZ" in r.to_json() and b"ZZSECRETZZ" in pickle.dumps(r)


def test_a_panic_becomes_a_casemask_error_without_the_text() -> None:
    """A panic inside the extension (a bug) raises CasemaskError naming where it happened, and
    neither the exception nor stderr quotes the panic message (which may quote the text)."""
    script = (
        "import casemask, casemask._casemask as m\n"
        "try:\n"
        f"    m._test_panic({MARKER!r})\n"
        "except casemask.CasemaskError as e:\n"
        "    print(type(e).__name__, e)\n"
        "r = casemask.Redactor()\n"
        "print(r.redact('Jade Morris rang.'))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    out = proc.stdout.decode(errors="replace")
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert_unmarked(out + proc.stderr.decode(errors="replace"))
    assert "CasemaskError internal error (a bug in casemask) at python/src/guard.rs:" in out
    assert "[PERSON] rang." in out, "the module kept working after the panic"


def test_a_panic_never_shows_the_text() -> None:
    """Configurations that make the core panic (found by fuzzing): whatever happens, neither the
    exception nor stderr may quote the text."""
    script = (
        "import casemask\n"
        "for people in ([','], ['Mr'], [{'name': 'Jade Morris', 'aliases': ['Dr.']}]):\n"
        "    try:\n"
        "        r = casemask.Redactor(known_people=people)\n"
        f"        r.redact({MARKER!r} + ' and Zoë rang 07700 900123.')\n"
        "    except BaseException as e:\n"
        "        print(type(e).__name__, e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert_unmarked(proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace"))
    assert b"Panic" not in proc.stdout, "a PanicException reached the caller"


# --- threads -----------------------------------------------------------------------------------


def test_sixteen_threads_share_one_redactor() -> None:
    """One Redactor (with per-call numbering and a keyed hash) used by 16 threads at once, by
    every method: every result equals the serial one."""
    r = casemask.Redactor(
        known_people=["Kezia Ashworth", "Tomasz Nowak"],
        operators={"PERSON": "numbered", "PHONE": {"type": "hash", "key": "k"}, "DATE": "year_only"},
    )
    texts = [
        "Jade Morris (DOB 01/02/2010) lives at 27 Carlton Terrace, Brighton BN2 1AB.",
        "Kezia rang from 07700 900123; NHS 943 476 5919, email kezia@example.com. Tomasz Nowak too.",
        "Zoë and her brother Łukasz met Ms Nowak 🙂 on 1 Feb 2010. Kezia Ashworth said Tom was fine.",
        "Our ref: SW/2021/00341. Her Instagram is @kayz_m. Mr Smith said he would attend.",
        "The meeting was held at the office and everyone agreed the plan.",
        "",
    ] * 3
    serial = (
        [r.redact(t) for t in texts],
        [r.find(t) for t in texts],
        [r.redact_detailed(t) for t in texts],
    )
    start = threading.Barrier(16)
    failures: List[str] = []

    def work(n: int) -> None:
        try:
            start.wait()
            for round_ in range(10):
                order = texts[n % len(texts) :] + texts[: n % len(texts)]
                got = [r.redact(t) for t in order]
                want = serial[0][n % len(texts) :] + serial[0][: n % len(texts)]
                if got != want:
                    failures.append(f"thread {n} round {round_}: redact")
                if [r.find(t) for t in texts] != serial[1]:
                    failures.append(f"thread {n}: find")
                if (n + round_) % 4 == 0:
                    if r.redact_batch(texts) != serial[0] or r.redact_detailed_batch(texts) != serial[2]:
                        failures.append(f"thread {n}: batch")
        except Exception as e:  # pragma: no cover - reported below
            failures.append(f"thread {n}: {type(e).__name__}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    assert failures == []


# --- the command line ----------------------------------------------------------------------------


# Large inputs: twice the usual time limit.
run = functools.partial(run_cli, timeout=600)


def failed_cleanly(proc: subprocess.CompletedProcess, status: int = 1) -> str:
    assert proc.returncode == status, (proc.returncode, proc.stderr)
    err = proc.stderr.decode()
    assert err.startswith("casemask: error: ") and "Traceback" not in err, err
    assert_unmarked(err + proc.stdout.decode(errors="replace"))
    return err


def leftovers(directory: Path, *keep: str) -> List[str]:
    return sorted(p.name for p in directory.iterdir() if p.name not in keep)


CSV_HEADER = b"id,author,note\n"


@pytest.mark.parametrize(
    "body,line,column,reason",
    [
        # An unbalanced quote: the field never closes.
        (b'1,a,"fine"\n2,b,"' + MARKER.encode() + b" never closed\n3,c,x\n", 3, 5, "never closed"),
        # Text after a closing quote.
        (b'1,a,"' + MARKER.encode() + b'" and more\n', 2, 29, "closing quote"),
        # Invalid UTF-8 after the marker, in the redacted column.
        (b"1,a," + MARKER.encode() + b" \xff\xfe rang\n", 2, 28, "UTF-8"),
        # A UTF-8 sequence cut short at the very end of the file.
        (b"1,a," + MARKER.encode() + b" \xe2\x82", 2, 28, "UTF-8"),
        # An overlong encoding and a surrogate.
        (b"1,a,ok\n2,b," + MARKER.encode() + b"\xc0\xaf\n", 3, 27, "UTF-8"),
        (b"1,a,\xed\xa0\x80" + MARKER.encode() + b"\n", 2, 5, "UTF-8"),
    ],
)
def test_malformed_csv_file_line_column_and_no_output(tmp_path: Path, body: bytes, line: int, column: int, reason: str) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes(CSV_HEADER + body)
    out = tmp_path / "out.csv"
    err = failed_cleanly(run("redact", str(src), "--columns", "note", "-o", str(out)))
    assert f"{src}:{line}:{column}: " in err and reason in err, err
    assert leftovers(tmp_path, "export.csv") == [], "no output and no temporary file"
    # The same on stdin, to stdout: nothing of the record is written... and find fails too.
    err = failed_cleanly(run("redact", "--format", "csv", "--columns", "note", stdin=CSV_HEADER + body))
    assert f"<stdin>:{line}:{column}: " in err
    failed_cleanly(run("find", str(src), "--columns", "note", "--json"))


def test_invalid_utf8_in_text_and_jsonl(tmp_path: Path) -> None:
    for name, data, where in [
        ("notes.txt", MARKER.encode() + b" rang\n\nfrom \xff", ":3:6: "),
        ("notes.jsonl", b'{"note": "ok"}\n{"note": "' + MARKER.encode() + b' \xff"}\n', ":2:"),
        ("notes2.jsonl", b'{"note": "' + MARKER.encode() + b'", }\n', ":1:"),
    ]:
        src = tmp_path / name
        src.write_bytes(data)
        out = tmp_path / ("out-" + name)
        err = failed_cleanly(run("redact", str(src), "-o", str(out)))
        assert f"{src}{where}" in err, err
        assert not out.exists()
    assert leftovers(tmp_path, "notes.txt", "notes.jsonl", "notes2.jsonl") == []


def test_missing_column_names_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes(CSV_HEADER + b"1,a," + MARKER.encode() + b"\n")
    err = failed_cleanly(run("redact", str(src), "--columns", "notes", "-o", str(tmp_path / "o.csv")))
    assert f"{src}:1" in err and '"notes"' in err
    assert leftovers(tmp_path, "export.csv") == []


def test_ragged_rows_are_errors(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes(b"id,note\n1,Visited Priya Raman\n2,Jade Morris rang, then " + MARKER.encode() + b" called\n")
    proc = run("redact", str(src), "--columns", "note", "-o", str(tmp_path / "o.csv"))
    err = failed_cleanly(proc)
    assert f"{src}:3:" in err and "field" in err
    assert leftovers(tmp_path, "export.csv") == []


@pytest.mark.parametrize(
    "body,where,reason",
    [
        # More fields than the header, on every command and whichever columns are named: the
        # error points at the first extra field.
        (b"1,a,Jade Morris rang, then " + MARKER.encode() + b" called\n", ":2:22: ", "record has 4 fields but the header has 3 fields"),
        # Inside a quoted multi-line field, the extra field is on the record's second line.
        (b'1,a,"' + MARKER.encode() + b'\nrang",x\n', ":3:7: ", "record has 4 fields but the header has 3 fields"),
        # Fewer fields: the error points at the end of the short record.
        (b"1,a,fine\n2," + MARKER.encode() + b"\n", ":3:25: ", "record has 2 fields but the header has 3 fields"),
        (b"1,a,fine\r\n" + MARKER.encode() + b"\r\n", ":3:23: ", "record has 1 field but the header has 3 fields"),
        # The last record, without a line end.
        (b"1,a,fine\n2,b," + MARKER.encode() + b",", ":3:28: ", "record has 4 fields but the header has 3 fields"),
    ],
)
def test_records_must_have_the_header_width(tmp_path: Path, body: bytes, where: str, reason: str) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes(CSV_HEADER + body)
    for args in (["--columns", "note"], ["--columns", "id"], []):
        err = failed_cleanly(run("redact", str(src), *args, "-o", str(tmp_path / "o.csv")))
        assert f"{src}{where}{reason}" in err, err
        assert leftovers(tmp_path, "export.csv") == []
    err = failed_cleanly(run("find", "--format", "csv", "--json", stdin=CSV_HEADER + body))
    assert f"<stdin>{where}" in err


def test_blank_csv_lines_are_kept(tmp_path: Path) -> None:
    """A line with nothing on it holds nothing to redact: copied as it is (most CSV readers
    skip such lines), whatever the header's width."""
    data = CSV_HEADER + b"1,a,Jade Morris rang\n\n2,b,fine\r\n\r\n"
    proc = run("redact", "--format", "csv", "--columns", "note", "-q", stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == CSV_HEADER + b"1,a,[PERSON] rang\n\n2,b,fine\r\n\r\n"


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\n", b"\r\nid,note\n1,x\n"])
def test_empty_csv_is_an_error(tmp_path: Path, data: bytes) -> None:
    src = tmp_path / "empty.csv"
    src.write_bytes(data)
    err = failed_cleanly(run("redact", str(src), "--columns", "note", "-o", str(tmp_path / "o.csv")))
    assert str(src) in err and ("empty" in err), err
    assert leftovers(tmp_path, "empty.csv") == []
    # Without --columns, to stdout, and for find: the same error, nothing written.
    proc = run("redact", "--format", "csv", stdin=data)
    assert "<stdin>" in failed_cleanly(proc) and proc.stdout == b""
    failed_cleanly(run("find", str(src)))


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_empty_text_and_jsonl_give_empty_output(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    proc = run("redact", "--format", fmt, "-o", str(out), stdin=b"")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == b""


def test_known_person_after_a_no_break_space(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes(CSV_HEADER + "1,a,Seen\u00a0Jade Morris with ZZSECRETZZ today\n".encode())
    cfg = tmp_path / "cfg.json"
    cfg.write_text('{"known_people": ["Jade Morris"]}')
    proc = run("redact", str(src), "--config", str(cfg), "--columns", "note", "-q")
    assert_unmarked(proc.stderr.decode(errors="replace"))
    assert proc.returncode == 0
    assert b"Jade" not in proc.stdout


def test_unwritable_outputs(tmp_path: Path) -> None:
    src = tmp_path / "n.txt"
    src.write_bytes(MARKER.encode() + b" rang 07700 900123.\n")
    for target, reason in [
        ("/proc/casemask-test-output.txt", ""),
        ("/proc/version/out.txt", "Not a directory"),
        (str(tmp_path / "missing" / "out.txt"), "No such file"),
        (str(src / "out.txt"), "Not a directory"),
    ]:
        err = failed_cleanly(run("redact", str(src), "-o", target))
        assert f"cannot write {target}" in err and reason in err, err
    assert leftovers(tmp_path, "n.txt") == []


@contextlib.contextmanager
def small_tmpfs(directory: Path, *options: str) -> Iterator[Optional[Path]]:
    """A tmpfs mounted on `directory` (root on Linux only), or None."""
    directory.mkdir()
    if os.geteuid() != 0 or not sys.platform.startswith("linux"):
        yield None
        return
    opts = ",".join(("size=256k",) + options)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(directory)], capture_output=True)
    if mounted.returncode != 0:
        yield None
        return
    try:
        yield directory
    finally:
        subprocess.run(["umount", str(directory)], check=False)


def big_csv(path: Path, rows: int = 20_000) -> Path:
    note = f"Visited {MARKER} at 27 Carlton Terrace, Brighton BN2 1AB. Mum rang from 07700 900123."
    path.write_bytes(CSV_HEADER + b"".join(f'{i},a,"{note}"\n'.encode() for i in range(rows)))
    return path


def test_full_disk(tmp_path: Path) -> None:
    src = big_csv(tmp_path / "big.csv")
    with small_tmpfs(tmp_path / "small") as small:
        if small is None:
            pytest.skip("needs root to mount a small tmpfs (test_file_size_limit covers the same path)")
        out = small / "out.csv"
        err = failed_cleanly(run("redact", str(src), "--columns", "note", "-o", str(out)))
        assert f"cannot write {out}: No space left on device" in err
        assert leftovers(small) == [], "no partial output, no temporary file"


def test_file_size_limit(tmp_path: Path) -> None:
    """A write that fails part way (RLIMIT_FSIZE: works without root): the same clean failure."""
    src = big_csv(tmp_path / "big.csv")
    out = tmp_path / "out.csv"
    out.write_bytes(b"the previous complete output\n")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    err = failed_cleanly(run("redact", str(src), "--columns", "note", "-o", str(out), preexec=limit))
    assert f"cannot write {out}: File too large" in err
    assert out.read_bytes() == b"the previous complete output\n", "the old output is kept whole"
    assert leftovers(tmp_path, "big.csv", "out.csv") == []


def test_read_only_directory(tmp_path: Path) -> None:
    src = tmp_path / "n.txt"
    src.write_bytes(MARKER.encode() + b" rang.\n")
    with small_tmpfs(tmp_path / "ro", "ro") as ro:
        if ro is None:
            if os.geteuid() == 0:
                pytest.skip("root ignores directory permissions and cannot mount here")
            ro = tmp_path / "ro"
            ro.chmod(0o500)
        try:
            err = failed_cleanly(run("redact", str(src), "-o", str(ro / "out.txt")))
            assert f"cannot write {ro / 'out.txt'}" in err
            assert leftovers(ro) == []
        finally:
            if os.geteuid() != 0:
                ro.chmod(0o700)


def test_marker_never_in_cli_messages(tmp_path: Path) -> None:
    """Every error exit of the command line, with the marker in the input, config or arguments
    near the fault: stderr never holds it."""
    cfg = tmp_path / "cfg.json"
    src = tmp_path / "export.csv"
    src.write_bytes(CSV_HEADER + b"1,a," + MARKER.encode() + b"\n")
    cases = []
    for config in (
        '{"known_people": ["' + MARKER + '"], "min_score": 7}',
        '{"operators": {"PERSON": {"type": "hash", "key": "' + MARKER + '", "char": "x"}}}',
        '{"case_number_patterns": ["' + MARKER + '("]}',
        '{"known_people": ["' + MARKER + '"',
    ):
        cfg.write_text(config)
        cases.append((run("redact", str(src), "--config", str(cfg)), 2))
    cfg.write_bytes(b'{"known_people": ["' + MARKER.encode() + b'\xff"]}')
    cases.append((run("redact", str(src), "--config", str(cfg)), 2))
    cases.append((run("redact", "--format", "jsonl", stdin=b'{"a": "' + MARKER.encode() + b'"'), 1))
    cases.append((run("redact", "--format", "jsonl", stdin=b'["' + MARKER.encode() + b'" "x"]\n'), 1))
    cases.append((run("find", "--format", "csv", "--json", stdin=b'a\n"' + MARKER.encode() + b'"x\n'), 1))
    cases.append((run("redact", "--format", "text", stdin=MARKER.encode() + b"\xff"), 1))
    for proc, status in cases:
        failed_cleanly(proc, status)


# Runs `python -m casemask ARGS` and, however it ends, writes the process's peak RSS (VmHWM, kB)
# to the file named by the first argument. The rusage from wait4 cannot be used: Python starts
# children with vfork, and Linux's exec then records the parent's peak RSS as the child's
# (exec_mmap: setmax_mm_hiwater_rss on the shared mm), so ru_maxrss was max(pytest's peak,
# casemask's) and varied with the tests run before: 47 MB alone, 125 MB after test_cli (and up to
# the 227 MB first reported), for a casemask whose own peak is 47-49 MB every time. VmHWM belongs
# to the image exec created: casemask's own peak.
_PEAK_RSS_WRAPPER = """\
import runpy, sys
peak_file = sys.argv.pop(1)
try:
    runpy.run_module("casemask", run_name="__main__", alter_sys=True)
finally:
    with open("/proc/self/status") as status:
        peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
    with open(peak_file, "w") as out:
        out.write(peak[0])
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmHWM from /proc (Linux)")
def test_large_stream_memory_is_bounded(tmp_path: Path) -> None:
    """A CSV of CASEMASK_STREAM_MB (default 300) MB, generated on the fly into stdin, redacted to
    stdout: peak RSS of the casemask process stays under 200 MB, and no identifier survives."""
    mb = int(os.environ.get("CASEMASK_STREAM_MB", "300"))
    peak_file = tmp_path / "peak-kb"
    notes = [
        b"Visited Jade Morris at 27 Carlton Terrace, Brighton BN2 1AB on 12/03/2019. Mum rang 07700 900123.",
        b"Kezia Ashworth (DOB 01/02/2010) emailed kezia@example.com about the plan; NHS 943 476 5919.",
        b"The meeting was held at the office and everyone agreed the plan. Nothing else to add.",
    ]
    proc = subprocess.Popen(
        [sys.executable, "-c", _PEAK_RSS_WRAPPER, str(peak_file), "redact", "--format", "csv", "--columns", "note", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdin: IO[bytes] = proc.stdin
    stdout: IO[bytes] = proc.stdout
    written = [0]

    def feed() -> None:
        try:
            stdin.write(b"id,author,note\n")
            row = 0
            while written[0] < mb * 1_000_000:
                chunk = b"".join(
                    b'%d,Priya Raman,"%s Line %d."\n' % (row + k, notes[(row + k) % 3], row + k) for k in range(5000)
                )
                stdin.write(chunk)
                written[0] += len(chunk)
                row += 5000
        except BrokenPipeError:
            pass
        finally:
            stdin.close()

    seen = {"bytes": 0, "leaks": 0}

    def drain() -> None:
        tail = b""
        for block in iter(lambda: stdout.read(1 << 20), b""):
            seen["bytes"] += len(block)
            window = tail + block
            seen["leaks"] += window.count(b"07700 900123") + window.count(b"Jade Morris")
            tail = block[-32:]

    feeder = threading.Thread(target=feed)
    drainer = threading.Thread(target=drain)
    feeder.start()
    drainer.start()
    proc.wait()
    feeder.join()
    drainer.join()
    stderr = proc.stderr.read()
    assert proc.returncode == 0, stderr
    peak_mb = int(peak_file.read_text()) / 1024
    print(f"redacted a {written[0] / 1e6:.0f} MB stream with a peak RSS of {peak_mb:.0f} MB")
    assert seen["leaks"] == 0
    assert seen["bytes"] > written[0] * 0.6
    assert peak_mb < 200, f"peak RSS {peak_mb:.0f} MB"
