"""Shared fixtures: the repository paths, the shared case table and a default redactor."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import pytest

import casemask

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "data" / "cases.txt"
EXAMPLE_CSV = REPO / "examples" / "case_notes.csv"


def run_cli(
    *args: str,
    stdin: Optional[bytes] = None,
    cwd: Optional[Path] = None,
    preexec: Optional[Callable[[], None]] = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess:
    """Runs ``python -m casemask ARGS`` with this interpreter, capturing stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-m", "casemask", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=preexec,
    )


@dataclass
class Case:
    name: str
    config: str = "{}"
    text: str = ""
    spans: List[Tuple[int, int, str]] = field(default_factory=list)
    redacted: Optional[str] = None


def unescape(s: str) -> str:
    out = []
    chars = iter(s)
    for c in chars:
        if c == "\\":
            nxt = next(chars, None)
            if nxt is None:
                out.append("\\")
            elif nxt in "nt\\":
                out.append({"n": "\n", "t": "\t", "\\": "\\"}[nxt])
            else:
                raise ValueError(f"unknown escape \\{nxt}")
        else:
            out.append(c)
    return "".join(out)


_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)


def unmark(marked: str) -> Tuple[str, List[Tuple[int, int, str]]]:
    """Strips [[LABEL:text]] markup; offsets are str indices (code points), as Python sees them."""
    text = []
    spans = []
    length = 0
    pos = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        inner = m.group(2)
        spans.append((length, length + len(inner), m.group(1)))
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def load_cases() -> List[Case]:
    cases = []
    for block in CASES.read_text(encoding="utf-8").split("\n\n"):
        case = Case(name="")
        has_text = False
        for line in block.split("\n"):
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(": ")
            key = key.rstrip(":")
            if key == "name":
                case.name = value
            elif key == "config":
                case.config = value
            elif key == "text":
                case.text, case.spans = unmark(unescape(value))
                has_text = True
            elif key == "redacted":
                case.redacted = unescape(value)
            else:
                raise ValueError(f"unknown key {key!r} in case {case.name!r}")
        if has_text:
            cases.append(case)
    return cases


@pytest.fixture(scope="session")
def redactor() -> casemask.Redactor:
    return casemask.Redactor()


@pytest.fixture(scope="session")
def cases() -> List[Case]:
    return load_cases()
