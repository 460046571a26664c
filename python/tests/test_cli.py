"""The `casemask` command line on text, CSV and JSONL, and its error exits."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest

import casemask
from conftest import EXAMPLE_CSV
from conftest import run_cli as run

SCRIPT = Path(sys.executable).with_name("casemask")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- text -------------------------------------------------------------------------------------

NOTE = (
    "Visited Jade Morris at 27 Carlton Terrace, Brighton BN2 1AB on 12/03/2019.\r\n"
    "Mum rang from 07700 900123.\n"
    "\n"
    "Kind regards,\nSarah Okafor\nSocial Worker\n"
    "\n\n"
    "Zoë 🙂 emailed zoe@example.com"
)


def paragraphs(text: str) -> List[str]:
    """The units the command line redacts text in: each ends after a blank line."""
    out, start, i = [], 0, 0
    while True:
        i = text.find("\n", i)
        if i < 0:
            break
        if text.startswith("\n", i + 1):
            out.append(text[start : i + 2])
            start = i = i + 2
        elif text.startswith("\r\n", i + 1):
            out.append(text[start : i + 3])
            start = i = i + 3
        else:
            i += 1
    if start < len(text):
        out.append(text[start:])
    return out


def test_console_script_is_installed() -> None:
    assert SCRIPT.exists(), "pip installs the console script next to the interpreter"
    proc = subprocess.run([str(SCRIPT), "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and casemask.__version__ in proc.stdout


def test_text_file_to_stdout(tmp_path: Path) -> None:
    src = write(tmp_path / "note.txt", NOTE.encode())
    proc = run("redact", str(src))
    assert proc.returncode == 0, proc.stderr
    r = casemask.Redactor()
    assert proc.stdout.decode() == "".join(r.redact(p) for p in paragraphs(NOTE))
    assert b"Jade" not in proc.stdout and b"07700" not in proc.stdout
    err = proc.stderr.decode()
    assert "PERSON" in err and "PHONE 1" in err
    assert "Jade" not in err and "\r" not in err, "a summary of counts only, and no progress bar off a TTY"


def test_text_stdin_to_stdout() -> None:
    proc = run("redact", "-q", stdin=NOTE.encode())
    assert proc.returncode == 0
    assert proc.stdout.decode() == "".join(casemask.Redactor().redact(p) for p in paragraphs(NOTE))
    assert proc.stderr == b"", "--quiet prints nothing on stderr"


def test_text_to_output_file_with_config(tmp_path: Path) -> None:
    src = write(tmp_path / "note.txt", NOTE.encode())
    cfg = write(tmp_path / "cfg.json", b'{"operators": {"PERSON": "numbered", "default": "remove"}}')
    out = tmp_path / "out.txt"
    proc = run("redact", str(src), "--config", str(cfg), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    r = casemask.Redactor.from_json(cfg.read_text())
    assert out.read_bytes().decode() == "".join(r.redact(p) for p in paragraphs(NOTE))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_find_text(tmp_path: Path) -> None:
    src = write(tmp_path / "note.txt", NOTE.encode())
    proc = run("find", str(src), "--json")
    assert proc.returncode == 0, proc.stderr
    found = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    lines = NOTE.split("\n")
    for f in found:
        line = lines[f["line"] - 1]
        col = f["column"] - 1
        assert line[col:].startswith(f["text"].split("\n")[0]), f
    assert {"line": 5, "column": 1, "label": "PERSON", "text": "Sarah Okafor"}.items() <= found[-3].items()
    assert found[-2]["text"] == "Zoë" and found[-2]["line"] == 9 and found[-2]["column"] == 1
    human = run("find", str(src)).stdout.decode().splitlines()
    assert human[0] == '1:9: PERSON "Jade Morris"'


# --- CSV ------------------------------------------------------------------------------------

# Raw rows, quoted exactly as written; `note` is the column to redact. Other columns hold
# identifiers too, which must come through byte for byte.
HEADER = b'case_id,author,"note",extra\r\n'
ROWS = [
    (b"SW/1", b"Priya Raman", b'"Seen Jade Morris, 07700 900123, at home."', b"x\r\n"),
    (b"SW/2", b'"Raman, Priya"', b'"Line one with Mr Smith\nline two, ""quoted"" 12/03/2019"', b'"a,b"\n'),
    (b"SW/3", b"", b"Plain Mr Smith note", b"Jade Morris 07700 900123\r\n"),
    (b"SW/4", b'"q ""x"""', b'""', b"\n"),
    (b"SW/5", b"T", b"Nothing here", b'"multi\r\nline Mr Smith"\r\n'),
    (b"SW/6", b"T", b'"Zo\xc3\xab \xf0\x9f\x99\x82 rang 07700 900123"', b"end"),
]


def csv_value(raw: bytes) -> str:
    s = raw.decode()
    return s[1:-1].replace('""', '"') if s.startswith('"') else s


def csv_field(value: str, was_quoted: bool) -> bytes:
    if was_quoted or any(c in value for c in ',"\r\n'):
        return ('"' + value.replace('"', '""') + '"').encode()
    return value.encode()


def build_csv(rows, redact_note=None) -> bytes:
    out = [HEADER]
    for case_id, author, note, extra in rows:
        if redact_note is not None:
            new = redact_note(csv_value(note))
            if new != csv_value(note):
                note = csv_field(new, note.startswith(b'"'))
        out.append(b",".join([case_id, author, note, extra]))
    return b"".join(out)


def test_csv_keeps_every_byte_outside_the_column(tmp_path: Path) -> None:
    src = write(tmp_path / "export.csv", build_csv(ROWS))
    out = tmp_path / "export.redacted.csv"
    proc = run("redact", str(src), "--columns", "note", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    r = casemask.Redactor()
    assert out.read_bytes() == build_csv(ROWS, r.redact)
    assert b"Jade Morris 07700 900123" in out.read_bytes(), "other columns untouched"
    assert "5 records" in proc.stderr.decode() or "6 records" in proc.stderr.decode()


def test_csv_stdin_stdout_and_several_columns() -> None:
    data = build_csv(ROWS)
    proc = run("redact", "--format", "csv", "--columns", "note,extra", stdin=data)
    assert proc.returncode == 0, proc.stderr
    rows_in = list(csv.reader(io.StringIO(data.decode(), newline="")))
    rows_out = list(csv.reader(io.StringIO(proc.stdout.decode(), newline="")))
    r = casemask.Redactor()
    assert rows_out[0] == rows_in[0]
    for a, b in zip(rows_in[1:], rows_out[1:]):
        assert b[:2] == a[:2]
        assert b[2] == r.redact(a[2])
        assert b[3] == r.redact(a[3])


def test_csv_all_columns_by_default() -> None:
    proc = run("redact", "--format", "csv", stdin=b"name,phone\nMr Smith,07700 900123\n")
    assert proc.stdout == b"name,phone\n[PERSON],[PHONE]\n"


def test_csv_bom_crlf_and_last_line_without_newline() -> None:
    data = b"\xef\xbb\xbfnote,id\r\nMr Smith,1\r\n\"Mr Jones, 07700 900123\",2"
    proc = run("redact", "--format", "csv", "--columns", "note", stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b'\xef\xbb\xbfnote,id\r\n[PERSON],1\r\n"[PERSON], [PHONE]",2'


def test_csv_requoting_only_when_needed(tmp_path: Path) -> None:
    cfg = write(tmp_path / "cfg.json", b'{"operators": {"PHONE": {"type": "mask", "char": ","}}}')
    data = b'note,id\nMr Smith,1\n07700 900123,2\n"Mr Jones",3\n'
    proc = run("redact", "--format", "csv", "--config", str(cfg), stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b'note,id\n[PERSON],1\n",,,,,,,,,,,,",2\n"[PERSON]",3\n'


def test_csv_example_export(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    proc = run("redact", str(EXAMPLE_CSV), "--columns", "note", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        before = list(csv.DictReader(f))
    with open(out, newline="", encoding="utf-8") as f:
        after = list(csv.DictReader(f))
    assert 20 <= len(before) <= 40 and len(after) == len(before)
    r = casemask.Redactor()
    for a, b in zip(before, after):
        assert (b["case_id"], b["recorded_at"], b["author"]) == (a["case_id"], a["recorded_at"], a["author"])
        assert b["note"] == r.redact(a["note"])
    text = out.read_text()
    for identifier in ("Jade Morris", "07700 900412", "kezia.ashworth@example.com", "BN2 1AB"):
        assert identifier not in text


def test_csv_find_json_offsets_are_str_indices(tmp_path: Path) -> None:
    src = write(tmp_path / "export.csv", build_csv(ROWS))
    proc = run("find", str(src), "--columns", "note", "--json")
    assert proc.returncode == 0, proc.stderr
    found = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    by_line = {2: ROWS[0], 3: ROWS[1], 5: ROWS[2], 6: ROWS[3], 7: ROWS[4], 9: ROWS[5]}
    assert found
    for f in found:
        assert f["field"] == "note"
        note = csv_value(by_line[f["line"]][2])
        assert note[f["start"] : f["end"]] == f["text"]
    assert any(f["text"] == "07700 900123" and f["line"] == 9 for f in found), "line of the record start"


def test_csv_large_file_across_chunks(tmp_path: Path) -> None:
    """More than one 4 MiB chunk, with records and quoted newlines cut at every boundary."""
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        notes = [row["note"] for row in csv.DictReader(f)]
    rows = []
    i = 0
    size = 0
    while size < 9 << 20:
        note = notes[i % len(notes)]
        raw = csv_field(note, i % 3 == 0)
        rows.append((str(i).encode(), b"a", raw, b'"x\ny"\r\n' if i % 2 else b"z\n"))
        size += len(raw) + 16
        i += 1
    src = write(tmp_path / "big.csv", build_csv(rows))
    out = tmp_path / "big.out.csv"
    proc = run("redact", str(src), "--columns", "note", "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    r = casemask.Redactor()
    cache = {n: r.redact(n) for n in notes}
    assert out.read_bytes() == build_csv(rows, lambda v: cache[v])


# --- JSONL ------------------------------------------------------------------------------------

JSONL_LINES = [
    {"id": 1, "author": {"name": "Priya Raman", "team": "North"}, "notes": [{"text": "Mr Smith rang 07700 900123."}, {"text": "Seen 12/03/2019", "n": 2}], "other": "Mr Smith"},
    {"id": 2, "author": {"name": "Tom Hughes"}, "notes": "Zoë 🙂 emailed zoe@example.com", "score": 1.5},
    {"id": 3, "nothing": True},
    {"id": 4, "author": "Jade Morris", "notes": [["Mr Jones", 5, None]]},
]


def test_jsonl_nested_fields(tmp_path: Path) -> None:
    lines = [json.dumps(obj, ensure_ascii=False) for obj in JSONL_LINES]
    lines.insert(2, '{ "id" : 2.5 ,  "spacing": "Mr Smith kept" }')  # no target field: unchanged
    src = write(tmp_path / "cases.jsonl", ("\n".join(lines) + "\n\n").encode())
    out = tmp_path / "out.jsonl"
    proc = run("redact", str(src), "--columns", "notes.text,author.name,notes", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    got = out.read_text(encoding="utf-8").split("\n")
    assert got[2] == lines[2], "lines without the fields keep every byte"
    assert got[-2:] == ["", ""]
    r = casemask.Redactor()
    first = json.loads(got[0])
    assert list(first) == ["id", "author", "notes", "other"], "key order is kept"
    assert first["author"] == {"name": "[PERSON]", "team": "North"}
    assert first["notes"] == [{"text": r.redact("Mr Smith rang 07700 900123.")}, {"text": "Seen [DATE]", "n": 2}]
    assert first["other"] == "Mr Smith"
    second = json.loads(got[1])
    assert second["notes"] == r.redact("Zoë 🙂 emailed zoe@example.com") and second["score"] == 1.5
    assert got[3] == lines[3]
    fourth = json.loads(got[4])
    assert fourth == {"id": 4, "author": "Jade Morris", "notes": [["[PERSON]", 5, None]]}


def test_jsonl_find_paths() -> None:
    data = (json.dumps(JSONL_LINES[0]) + "\n").encode()
    proc = run("find", "--format", "jsonl", "--columns", "notes.text", "--json", stdin=data)
    assert proc.returncode == 0, proc.stderr
    found = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(f["field"], f["label"], f["text"]) for f in found] == [
        ("notes[0].text", "PERSON", "Mr Smith"),
        ("notes[0].text", "PHONE", "07700 900123"),
        ("notes[1].text", "DATE", "12/03/2019"),
    ]


# --- errors -----------------------------------------------------------------------------------


def assert_clean_failure(proc: subprocess.CompletedProcess, status: int, *secrets: str) -> str:
    assert proc.returncode == status, (proc.returncode, proc.stderr)
    err = proc.stderr.decode()
    assert "Traceback" not in err
    for secret in secrets:
        assert secret not in err, f"the message echoes {secret!r}"
    return err


def test_bad_config_exits_2(tmp_path: Path) -> None:
    src = write(tmp_path / "n.txt", b"Mr Smith")
    cfg = write(tmp_path / "cfg.json", b'{"operators": {"PERSON": {"type": "hash", "key": ""}}, "known_people": ["Kezia Ashworth"]}')
    err = assert_clean_failure(run("redact", str(src), "--config", str(cfg)), 2, "Kezia")
    assert "operators.PERSON.key" in err and "cfg.json" in err
    err = assert_clean_failure(run("redact", str(src), "--config", str(tmp_path / "missing.json")), 2)
    assert "missing.json" in err
    bad = write(tmp_path / "bad.json", b'{"known_people": ["Kezia Ashworth"')
    err = assert_clean_failure(run("redact", str(src), "--config", str(bad)), 2, "Kezia")
    assert "line 1" in err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run().returncode == 2
    assert run("shred").returncode == 2
    assert run("redact", "--format", "xml").returncode == 2
    src = write(tmp_path / "n.txt", b"Mr Smith")
    err = assert_clean_failure(run("redact", str(src), "--columns", "note"), 2)
    assert "--columns" in err
    assert run("redact", "--format", "csv", "--columns", "a,,b", stdin=b"a,b\n").returncode == 2


def test_missing_column_exits_1(tmp_path: Path) -> None:
    src = write(tmp_path / "export.csv", build_csv(ROWS))
    err = assert_clean_failure(run("redact", str(src), "--columns", "notes"), 1, "Jade")
    assert '"notes"' in err and "export.csv:1" in err


def test_malformed_csv_exits_1_with_line_and_column(tmp_path: Path) -> None:
    data = b'id,note\n1,"Jade Morris, fine"\n2,"Mr Smith said "hello" then left"\n'
    src = write(tmp_path / "bad.csv", data)
    out = tmp_path / "out.csv"
    err = assert_clean_failure(run("redact", str(src), "--columns", "note", "-o", str(out)), 1, "Jade", "Smith", "hello")
    assert f"{src}:3:19:" in err and "closing quote" in err
    assert not out.exists(), "no partial output"
    assert [p.name for p in tmp_path.iterdir()] == ["bad.csv"], "the temporary file is removed"

    unclosed = write(tmp_path / "unclosed.csv", b'id,note\n1,ok\n2,"Jade Morris\nnever closed\n')
    err = assert_clean_failure(run("redact", str(unclosed), "--columns", "note"), 1, "Jade")
    assert f"{unclosed}:3:3:" in err and "never closed" in err


def test_invalid_utf8_and_json_exit_1(tmp_path: Path) -> None:
    src = write(tmp_path / "bad.csv", b"note\nJade Morris \xff\xfe\n")
    err = assert_clean_failure(run("redact", str(src)), 1, "Jade")
    assert "bad.csv:2:13:" in err and "UTF-8" in err
    src = write(tmp_path / "bad.jsonl", b'{"a": "Mr Smith"}\n{"a": "Jade Morris" "b"}\n')
    err = assert_clean_failure(run("redact", str(src)), 1, "Jade")
    assert "bad.jsonl:2:" in err and "JSON" in err
    src = write(tmp_path / "bad.txt", b"Mr Smith \xc3")
    err = assert_clean_failure(run("redact", str(src)), 1, "Smith")
    assert "bad.txt:1:10:" in err


def test_missing_input_exits_1(tmp_path: Path) -> None:
    err = assert_clean_failure(run("redact", str(tmp_path / "nope.csv")), 1)
    assert "nope.csv" in err


def test_unwritable_output_exits_1(tmp_path: Path) -> None:
    src = write(tmp_path / "n.txt", b"Mr Smith")
    err = assert_clean_failure(run("redact", str(src), "-o", str(tmp_path / "no" / "such" / "dir.txt")), 1, "Smith")
    assert "cannot write" in err and "dir.txt" in err
    blocker = write(tmp_path / "file", b"")
    assert_clean_failure(run("redact", str(src), "-o", str(blocker / "out.txt")), 1)


def test_refuses_to_overwrite_input(tmp_path: Path) -> None:
    src = write(tmp_path / "export.csv", build_csv(ROWS))
    before = src.read_bytes()
    err = assert_clean_failure(run("redact", str(src), "--columns", "note", "-o", str(src)), 2)
    assert "overwrite" in err
    link = tmp_path / "link.csv"
    os.symlink(src, link)
    assert_clean_failure(run("redact", str(src), "-o", str(link)), 2)
    assert_clean_failure(run("redact", "export.csv", "-o", "./export.csv", cwd=tmp_path), 2)
    assert src.read_bytes() == before


def test_failed_run_keeps_the_old_output(tmp_path: Path) -> None:
    out = write(tmp_path / "out.csv", b"previous complete output\n")
    src = write(tmp_path / "bad.csv", b'note\n"never closed\n')
    assert run("redact", str(src), "-o", str(out)).returncode == 1
    assert out.read_bytes() == b"previous complete output\n"


def test_output_mode_follows_umask_not_mkstemp(tmp_path: Path) -> None:
    src = write(tmp_path / "n.txt", b"Mr Smith")
    out = tmp_path / "out.txt"
    assert run("redact", str(src), "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_help_has_examples() -> None:
    for args in ([], ["redact"], ["find"]):
        proc = run(*args, "--help")
        assert proc.returncode == 0
        assert "examples:" in proc.stdout.decode()
    assert "--columns" in run("redact", "--help").stdout.decode()


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    if shutil.which("head") is None:
        pytest.skip("needs head")
    src = write(tmp_path / "big.txt", b"Mr Smith rang 07700 900123.\n\n" * 20000)
    proc = subprocess.run(
        f"'{sys.executable}' -m casemask redact -q '{src}' | head -n 1",
        shell=True,
        capture_output=True,
        timeout=300,
    )
    assert proc.stdout == b"[PERSON] rang [PHONE].\n"
    assert b"Traceback" not in proc.stderr


def run_on_a_terminal(args: List[str], delay: str) -> str:
    """Runs the command line with stderr on a pseudo-terminal; returns what it wrote there."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "casemask", *args],
            stderr=follower,
            stdout=subprocess.DEVNULL,
            timeout=300,
            env={**os.environ, "CASEMASK_PROGRESS_DELAY": delay},
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 0
    return b"".join(chunks).decode()


def test_progress_only_on_a_terminal(tmp_path: Path) -> None:
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        notes = "\n\n".join(row["note"] for row in csv.DictReader(f)) + "\n\n"
    # Two chunks or more. The bar is drawn after a chunk once CASEMASK_PROGRESS_DELAY seconds
    # have passed (a hook for this test; default 0.5, so that short runs draw nothing): 0 draws
    # it however fast the machine is, and a delay longer than the run draws nothing.
    src = write(tmp_path / "big.txt", notes.encode() * (9_000_000 // len(notes)))
    out = tmp_path / "out.txt"
    err = run_on_a_terminal(["redact", str(src), "-o", str(out)], delay="0")
    assert "\r[" in err and "MB/s" in err, "a progress bar on a terminal"
    assert "casemask: masked" in err
    assert "Smith" not in err
    err = run_on_a_terminal(["redact", str(src), "-o", str(out)], delay="3600")
    assert "\r[" not in err and "MB/s" not in err and "casemask: masked" in err
    err = run_on_a_terminal(["redact", str(src), "-o", str(out), "-q"], delay="0")
    assert err == "", "--quiet: no bar and no summary"
