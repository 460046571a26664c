#!/usr/bin/env python3
"""Build tests/corpus/independent.jsonl from the hand-written doc*.txt files.

Each docNN.txt starts with two header lines:

    #genre: chronology
    #known: Kelechi Amadi-Obi; Ngozi Amadi-Obi

followed by the document text, in which every identifier is marked inline as
[[LABEL|text]].  This script strips the markup, computes UTF-8 byte offsets and
writes one JSON object per document.  It fails loudly (naming the file and line)
on malformed or nested markup, unknown labels, spans with leading/trailing
whitespace, and on identifiers that break the rules the set promises (NHS
numbers with a bad modulus-11 check digit, NI numbers with unallocated
prefixes, phone numbers outside Ofcom's drama ranges, emails outside example
domains, badly shaped postcodes).

    python3 build.py            # writes ../independent.jsonl
    python3 build.py --stats    # and prints counts per label and genre

Python 3.11+, standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "independent.jsonl"

LABELS = {
    "PERSON", "ADDRESS", "POSTCODE", "DATE", "CASE_NUMBER",
    "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "HANDLE",
}


class MarkupError(Exception):
    pass


def fail(path: Path, line: int | None, msg: str) -> None:
    where = f"{path.name}:{line}" if line is not None else path.name
    raise MarkupError(f"{where}: {msg}")


# ---------------------------------------------------------------- validators

def nhs_ok(s: str) -> bool:
    d = re.sub(r"[ \-]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def ni_ok(s: str) -> bool:
    d = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", d)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a + b == "QQ":  # the usual specimen
        return True
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


# Ofcom numbers reserved for drama (digits only, national format).
DRAMA_RANGES = [
    (r"07700900", 3),
    (r"01134960", 3), (r"01144960", 3), (r"01154960", 3), (r"01164960", 3),
    (r"01174960", 3), (r"01184960", 3), (r"01214960", 3), (r"01314960", 3),
    (r"01414960", 3), (r"01514960", 3), (r"01614960", 3), (r"01914980", 3),
    (r"02079460", 3), (r"02896496", 3), (r"02920180", 3), (r"01632960", 3),
]


def phone_ok(s: str) -> bool:
    d = re.sub(r"[^\d+]", "", s)
    if d.startswith("+44"):
        d = "0" + d[3:]
        d = d.replace("00", "0", 1) if d.startswith("00") else d
    # "+44 (0)113 ..." leaves a doubled 0 after the rewrite above
    if d.startswith("00"):
        d = d[1:]
    if len(d) != 11:
        return False
    return any(d.startswith(p) and len(d) - len(p) == n for p, n in DRAMA_RANGES)


def email_ok(s: str) -> bool:
    m = re.fullmatch(r"[A-Za-z0-9._%+'\-]+@([A-Za-z0-9\-]+\.)*([A-Za-z0-9\-]+)(\.[A-Za-z]+)*", s)
    if not m:
        return False
    dom = s.split("@", 1)[1].lower()
    return (dom.endswith(".example") or dom in {"example.com", "example.org", "example.net",
            "example.co.uk"} or dom.endswith(".example.com") or dom.endswith(".example.org")
            or dom.endswith(".example.co.uk"))


INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}"
POSTCODE_RE = re.compile(
    rf"(?:[A-Z]{{1,2}}[0-9][0-9A-Z]?)\s?{INWARD}", re.I)


def postcode_ok(s: str) -> bool:
    return bool(POSTCODE_RE.fullmatch(s)) and not re.search(r"[CIKMOV]", s[-2:].upper())


CHECKS = {
    "NHS_NUMBER": nhs_ok,
    "NI_NUMBER": ni_ok,
    "PHONE": phone_ok,
    "EMAIL": email_ok,
    "POSTCODE": postcode_ok,
}

# ------------------------------------------------------------------- parsing

MARK_RE = re.compile(r"\[\[|\]\]")


def parse(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        fail(path, None, "carriage return found; use LF line endings")
    lines = raw.split("\n")
    if len(lines) < 3 or not lines[0].startswith("#genre:"):
        fail(path, 1, "first line must be '#genre: <word>'")
    if not lines[1].startswith("#known:"):
        fail(path, 2, "second line must be '#known: Name One; Name Two'")
    genre = lines[0][len("#genre:"):].strip()
    if not re.fullmatch(r"[a-z0-9_]+", genre):
        fail(path, 1, f"bad genre word {genre!r}")
    known = [k.strip() for k in lines[1][len("#known:"):].split(";") if k.strip()]
    body = "\n".join(lines[2:]).rstrip("\n")
    body_first_line = 3

    out: list[str] = []
    nbytes = 0
    spans = []
    pos = 0
    while True:
        m = MARK_RE.search(body, pos)
        if not m:
            out.append(body[pos:])
            break
        line_no = body_first_line + body.count("\n", 0, m.start())
        if m.group() == "]]":
            fail(path, line_no, "stray ']]' outside markup")
        plain = body[pos:m.start()]
        out.append(plain)
        nbytes += len(plain.encode("utf-8"))
        close = body.find("]]", m.end())
        if close < 0:
            fail(path, line_no, "unclosed '[['")
        inner = body[m.end():close]
        if "[[" in inner:
            fail(path, line_no, f"nested markup in {inner!r}")
        if "|" not in inner:
            fail(path, line_no, f"markup without '|': {inner!r}")
        label, text = inner.split("|", 1)
        if label not in LABELS:
            fail(path, line_no, f"unknown label {label!r}")
        if not text:
            fail(path, line_no, f"empty {label} span")
        if text != text.strip():
            fail(path, line_no, f"{label} span {text!r} has leading/trailing whitespace")
        check = CHECKS.get(label)
        if check and not check(text):
            fail(path, line_no, f"{label} {text!r} fails its validity check")
        start = nbytes
        nbytes += len(text.encode("utf-8"))
        spans.append({"start": start, "end": nbytes, "label": label})
        out.append(text)
        pos = close + 2
    text = "".join(out)
    if "[[" in text or "]]" in text:
        fail(path, None, "markup characters left in text")
    # re-verify offsets and ordering
    b = text.encode("utf-8")
    if len(b) != nbytes + len(out[-1].encode("utf-8")):
        fail(path, None, "internal offset error")
    prev_end = 0
    for s in spans:
        if s["start"] < prev_end or s["end"] <= s["start"]:
            fail(path, None, f"overlapping or empty span {s}")
        frag = b[s["start"]:s["end"]].decode("utf-8")
        if frag != frag.strip():
            fail(path, None, f"span {frag!r} has whitespace at an edge")
        prev_end = s["end"]
    # every known person should be visible in the text in some form
    low = text.lower()
    for name in known:
        parts = [p for p in re.split(r"[\s\-]+", name) if len(p) > 1]
        initials = "".join(p[0] for p in re.split(r"[\s\-]+", name) if p).lower()
        if not any(p.lower() in low for p in parts) and not re.search(
                rf"\b{re.escape(initials)}\b", low):
            fail(path, 2, f"known person {name!r} does not appear in the text")
    num = re.fullmatch(r"doc(\d+)\.txt", path.name).group(1)
    return {"id": f"ind-{int(num):02d}", "genre": genre, "text": text,
            "spans": spans, "known_people": known}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts per label and genre")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    files = sorted(HERE.glob("doc*.txt"), key=lambda p: int(re.sub(r"\D", "", p.name)))
    if not files:
        print("no doc*.txt files found", file=sys.stderr)
        return 1
    docs = []
    try:
        for f in files:
            if not re.fullmatch(r"doc\d+\.txt", f.name):
                raise MarkupError(f"{f.name}: unexpected file name")
            docs.append(parse(f))
    except MarkupError as e:
        print(f"build.py: ERROR {e}", file=sys.stderr)
        return 1
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        print("build.py: ERROR duplicate document ids", file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")
    if args.stats:
        labels = Counter(s["label"] for d in docs for s in d["spans"])
        genres = Counter(d["genre"] for d in docs)
        total = sum(len(d["text"].encode("utf-8")) for d in docs)
        sizes = sorted(len(d["text"].encode("utf-8")) for d in docs)
        print(f"\ntext bytes: {total} (min {sizes[0]}, max {sizes[-1]}, "
              f"median {sizes[len(sizes) // 2]})")
        print(f"spans: {sum(labels.values())}")
        print("\nper label:")
        for lab in sorted(LABELS, key=lambda l: (-labels[l], l)):
            print(f"  {lab:<12} {labels[lab]:>5}")
        print("\nper genre:")
        for g, n in sorted(genres.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {g:<20} {n:>3}")
        print(f"\nknown_people entries: {sum(len(d['known_people']) for d in docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
