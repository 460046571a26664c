#!/usr/bin/env python3
"""Build tests/corpus/heldout.jsonl from the hand-written documents in this directory.

Each doc*.txt file is:

    #genre: <one word>
    #known: Full Name One; Full Name Two
    <text, with every identifier marked inline as [[LABEL|text]]>

The converter strips the markup and writes one JSON object per document to
tests/corpus/heldout.jsonl, with UTF-8 byte offsets (end exclusive).

It fails loudly (file:line: message, exit status 1) on malformed, nested or unclosed markup,
an unknown label, an empty span or one with whitespace at either end, an NHS number with a bad
check digit, a phone number outside the Ofcom drama ranges, an email address outside the example
domains, an NI number with an unallocated prefix, a malformed postcode, and on anything outside
the markup that looks like an unmarked phone number, email, NHS number, postcode or handle.

Usage:
    python3 tests/corpus/heldout/build.py            # writes tests/corpus/heldout.jsonl
    python3 tests/corpus/heldout/build.py --stats    # and prints counts per label and genre
    python3 tests/corpus/heldout/build.py --check    # validate only, write nothing

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
DEFAULT_OUT = HERE.parent / "heldout.jsonl"

LABELS = (
    "PERSON", "ADDRESS", "POSTCODE", "DATE", "CASE_NUMBER",
    "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "HANDLE",
)

OPEN, CLOSE, SEP = "[[", "]]", "|"

# Ofcom numbers reserved for drama, as inclusive ranges of 11-digit national numbers.
PHONE_RANGES = [
    ("07700900000", "07700900999"),
    ("01134960000", "01134960999"),
    ("01144960000", "01144960999"),
    ("01154960000", "01154960999"),
    ("01164960000", "01164960999"),
    ("01174960000", "01174960999"),
    ("01184960000", "01184960999"),
    ("01214960000", "01214960999"),
    ("01314960000", "01314960999"),
    ("01414960000", "01414960999"),
    ("01514960000", "01514960999"),
    ("01614960000", "01614960999"),
    ("02079460000", "02079460999"),
    ("02896496000", "02896496999"),
    ("02920180000", "02920180999"),
    ("01632960000", "01632960999"),
]

EMAIL_RE = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*"
    r"example\.(?:com|org|net|co\.uk)$",
    re.IGNORECASE,
)

# Outward code (A9, A99, AA9, AA99, A9A, AA9A), optional space, inward code (9AA, no CIKMOV).
POSTCODE_RE = re.compile(
    r"^(?:GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2})$", re.IGNORECASE
)

NI_RE = re.compile(r"^([A-Z])([A-Z])(\d{6})([A-D])$")
NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NI_SPECIMEN = "QQ123456C"

# Lint: things outside the markup that look like identifiers someone forgot to mark.
LINT_PATTERNS = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("handle", re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,}")),
    ("profile URL", re.compile(r"\b(?:facebook|instagram|tiktok|snapchat|twitter|x)\.com/\S+",
                                re.IGNORECASE)),
    ("phone", re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b")),
    ("10-digit number", re.compile(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b")),
    ("postcode", re.compile(r"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b")),
    ("NI number", re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
]


class BuildError(Exception):
    pass


def nhs_valid(digits: str) -> bool:
    """Modulus 11 check used by NHS (and CHI / H&C) numbers."""
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def phone_national(text: str) -> str | None:
    s = text.replace("(0)", "")
    s = re.sub(r"[\s().-]", "", s)
    if s.startswith("+44"):
        s = "0" + s[3:]
    elif s.startswith("0044"):
        s = "0" + s[4:]
    return s if re.fullmatch(r"0\d{10}", s) else None


def phone_in_ranges(text: str) -> bool:
    s = phone_national(text)
    if s is None:
        return False
    return any(lo <= s <= hi for lo, hi in PHONE_RANGES)


def validate_span(label: str, content: str) -> str | None:
    """Returns an error message, or None when the span's content is acceptable."""
    if label == "NHS_NUMBER":
        digits = re.sub(r"[\s-]", "", content)
        if not re.fullmatch(r"\d{10}", digits):
            return f"NHS_NUMBER {content!r} is not 10 digits"
        if not nhs_valid(digits):
            return f"NHS_NUMBER {content!r} fails the modulus 11 check"
    elif label == "PHONE":
        if not phone_in_ranges(content):
            return f"PHONE {content!r} is not in an Ofcom drama range"
    elif label == "EMAIL":
        if not EMAIL_RE.match(content):
            return f"EMAIL {content!r} is not at example.com/.org/.net/.co.uk (or a subdomain)"
    elif label == "NI_NUMBER":
        compact = re.sub(r"\s", "", content).upper()
        m = NI_RE.fullmatch(compact)
        if not m:
            return f"NI_NUMBER {content!r} is not two letters, six digits and A-D"
        a, b = m.group(1), m.group(2)
        if compact != NI_SPECIMEN and (
            a in NI_BAD_FIRST or b in NI_BAD_SECOND or a + b in NI_BAD_PREFIX
        ):
            return f"NI_NUMBER {content!r} has an unallocated prefix"
    elif label == "POSTCODE":
        if not POSTCODE_RE.match(content):
            return f"POSTCODE {content!r} is not a well-formed UK postcode"
    return None


def line_of(raw: str, pos: int, first_line: int) -> int:
    return first_line + raw.count("\n", 0, pos)


def parse_document(path: Path) -> dict:
    try:
        data = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise BuildError(f"{path.name}: not valid UTF-8 ({e})") from None
    if "\r" in data:
        raise BuildError(f"{path.name}: contains carriage returns; use LF line endings")
    lines = data.split("\n", 2)
    if len(lines) < 3:
        raise BuildError(f"{path.name}:1: expected '#genre:' and '#known:' header lines and text")
    m = re.fullmatch(r"#genre: ([a-z][a-z_]*)", lines[0])
    if not m:
        raise BuildError(f"{path.name}:1: first line must be '#genre: <one lowercase word>'")
    genre = m.group(1)
    m = re.fullmatch(r"#known:(.*)", lines[1])
    if not m:
        raise BuildError(f"{path.name}:2: second line must be '#known: Name One; Name Two'")
    known = [k.strip() for k in m.group(1).split(";") if k.strip()]
    for k in known:
        if OPEN in k or CLOSE in k:
            raise BuildError(f"{path.name}:2: markup in the #known line")
    raw = lines[2].rstrip("\n")
    if not raw.strip():
        raise BuildError(f"{path.name}:3: document has no text")

    def err(pos: int, msg: str) -> BuildError:
        return BuildError(f"{path.name}:{line_of(raw, pos, 3)}: {msg}")

    parts: list[str] = []
    spans: list[dict] = []
    nbytes = 0
    i = 0
    while True:
        o = raw.find(OPEN, i)
        c = raw.find(CLOSE, i)
        if c != -1 and (o == -1 or c < o):
            raise err(c, "']]' without a matching '[['")
        if o == -1:
            parts.append(raw[i:])
            break
        before = raw[i:o]
        parts.append(before)
        nbytes += len(before.encode("utf-8"))
        close = raw.find(CLOSE, o + 2)
        if close == -1:
            raise err(o, "unclosed '[[' (no ']]' before the end of the file)")
        nested = raw.find(OPEN, o + 2)
        if nested != -1 and nested < close:
            raise err(nested, "nested '[[' inside a span")
        inner = raw[o + 2:close]
        if SEP not in inner:
            raise err(o, f"malformed span '[[{inner}]]': expected [[LABEL|text]]")
        label, content = inner.split(SEP, 1)
        if label not in LABELS:
            raise err(o, f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
        if SEP in content:
            raise err(o, f"'|' inside the text of span [[{inner}]]")
        if not content:
            raise err(o, f"empty {label} span")
        if content != content.strip():
            raise err(o, f"{label} span {content!r} starts or ends with whitespace")
        problem = validate_span(label, content)
        if problem:
            raise err(o, problem)
        start = nbytes
        b = len(content.encode("utf-8"))
        parts.append(content)
        nbytes += b
        spans.append({"start": start, "end": start + b, "label": label, "_line": line_of(raw, o, 3)})
        i = close + 2

    text = "".join(parts)
    if text != text.strip():
        raise BuildError(f"{path.name}:3: text starts or ends with whitespace")
    # Offsets sanity: every span's bytes decode back to the marked text.
    tb = text.encode("utf-8")
    prev_end = -1
    for s in spans:
        if s["start"] < prev_end:
            raise BuildError(f"{path.name}:{s['_line']}: overlapping spans")
        prev_end = s["end"]
        seg = tb[s["start"]:s["end"]].decode("utf-8")
        if seg != seg.strip():
            raise BuildError(f"{path.name}:{s['_line']}: span with whitespace at an end")

    return {"genre": genre, "text": text, "spans": spans, "known_people": known,
            "_raw": raw, "_path": path}


def lint(doc: dict) -> list[str]:
    """Errors for identifier-looking text outside the markup."""
    path: Path = doc["_path"]
    raw: str = doc["_raw"]
    # Blank out the marked spans (keeping newlines so line numbers hold), then search the rest.
    masked = re.sub(r"\[\[[A-Z_]+\|[^\]]*\]\]",
                    lambda m: re.sub(r"[^\n]", " ", m.group(0)), raw)
    problems = []
    for what, rx in LINT_PATTERNS:
        for m in rx.finditer(masked):
            problems.append(f"{path.name}:{line_of(raw, m.start(), 3)}: unmarked {what}? "
                            f"{m.group(0)!r}")
    return problems


def warnings_for(doc: dict) -> list[str]:
    """Soft checks: known people with no matching PERSON span; PERSON words recurring unmarked."""
    path: Path = doc["_path"]
    text: str = doc["text"]
    tb = text.encode("utf-8")
    persons = [tb[s["start"]:s["end"]].decode("utf-8") for s in doc["spans"]
               if s["label"] == "PERSON"]
    person_words = set()
    for p in persons:
        for w in re.findall(r"[^\W\d_][\w'’-]*", p):
            person_words.add(w.lower())
    out = []
    for k in doc["known_people"]:
        words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", k)]
        if not any(w in person_words for w in words):
            out.append(f"{path.name}:2: known person {k!r} has no PERSON span sharing a word")
    # Capitalised PERSON words that also occur capitalised outside every span.
    raw = doc["_raw"]
    masked = re.sub(r"\[\[[A-Z_]+\|[^\]]*\]\]",
                    lambda m: re.sub(r"[^\n]", " ", m.group(0)), raw)
    titles = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "cllr", "dc", "ds", "di",
              "pc", "pcso", "hhj", "dj", "sgt", "judge"}
    stop = {"and", "the", "of"}
    for w in sorted(person_words):
        if len(w) < 3 or w in titles or w in stop:
            continue
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w’-])", masked,
                             re.IGNORECASE):
            if m.group(0)[0].isupper():
                out.append(f"{path.name}:{line_of(raw, m.start(), 3)}: "
                           f"{m.group(0)!r} recurs outside a PERSON span")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts per label and genre")
    ap.add_argument("--check", action="store_true", help="validate only; do not write output")
    ap.add_argument("--warn", action="store_true",
                    help="also print soft warnings (known people unmatched, names recurring "
                         "outside spans); they never fail the build")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output path")
    ap.add_argument("--src", type=Path, default=HERE,
                    help="directory holding the doc*.txt files (default: this script's directory)")
    args = ap.parse_args(argv)

    paths = sorted(args.src.glob("doc*.txt"), key=lambda p: (len(p.stem), p.stem))
    if not paths:
        print(f"error: no doc*.txt files in {args.src}", file=sys.stderr)
        return 1
    docs, errors = [], []
    for p in paths:
        if not re.fullmatch(r"doc\d{2,}", p.stem):
            errors.append(f"{p.name}: file name must be docNN.txt")
            continue
        try:
            d = parse_document(p)
        except BuildError as e:
            errors.append(str(e))
            continue
        errors.extend(lint(d))
        docs.append(d)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"build failed: {len(errors)} error(s)", file=sys.stderr)
        return 1
    if args.warn:
        for d in docs:
            for w in warnings_for(d):
                print(f"warning: {w}", file=sys.stderr)

    records = []
    for d in docs:
        num = d["_path"].stem[3:]
        records.append({
            "id": f"held-{num}",
            "genre": d["genre"],
            "text": d["text"],
            "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]}
                      for s in d["spans"]],
            "known_people": d["known_people"],
        })
    if not args.check:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    if args.stats:
        labels = Counter(s["label"] for r in records for s in r["spans"])
        genres = Counter(r["genre"] for r in records)
        total = sum(len(r["text"].encode("utf-8")) for r in records)
        print(f"documents: {len(records)}   text bytes: {total}   spans: {sum(labels.values())}")
        print("per label:")
        for lab in LABELS:
            print(f"  {lab:<12} {labels.get(lab, 0):>5}")
        print("per genre:")
        for g, n in sorted(genres.items()):
            print(f"  {g:<18} {n:>3}")
    if not args.check:
        print(f"wrote {len(records)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
