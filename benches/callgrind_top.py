#!/usr/bin/env python3
"""Top functions of a callgrind profile, one row per function (inlined code counted in its caller).

callgrind splits a function's cost by the source file of inlined code (fi=/fe= lines), so one
Rust function shows up as many rows. This drops those switches, runs callgrind_annotate on the
result and prints the top K functions by inclusive and by self instruction count, leaving out the
process wrappers (main, lang_start, the bench driver) above the measured function.

usage: callgrind_top.py CALLGRIND_OUT [K]
"""

import re
import subprocess
import sys

WRAPPERS = re.compile(
    r"^(0x[0-9a-f]+|\?\?\?|\(below main\)|main|__libc_start_main.*|casemask_bench_profile::main"
    r"|casemask_benches::find_all)$|lang_start|__rust_begin_short_backtrace"
)
ROW = re.compile(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*?):(.*?)(?: \[[^\]]*\])?$")


def flatten(src: str, dst: str) -> None:
    names: dict[str, str] = {}
    written: set[str] = set()
    ref = re.compile(r"^(fl|fi|fe|cfi|cfl)=\((\d+)\)(?: (.*))?$")
    with open(src, encoding="utf-8", errors="replace") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            m = ref.match(line.rstrip("\n"))
            if not m:
                fout.write(line)
                continue
            kind, ident, name = m.groups()
            if name:
                names[ident] = name
            if kind in ("fi", "fe"):
                continue
            if ident in written:
                fout.write(f"{kind}=({ident})\n")
            else:
                written.add(ident)
                fout.write(f"{kind}=({ident}) {names.get(ident, '???')}\n")


def rows(path: str, inclusive: bool) -> list[tuple[int, float, str, str]]:
    out = subprocess.run(
        ["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = []
    seen = set()
    for line in out.splitlines():
        m = ROW.match(line)
        if not m or m.group(3) == "PROGRAM TOTALS" or "PROGRAM TOTALS" in line:
            continue
        ir, pct, file, func = int(m.group(1).replace(",", "")), float(m.group(2)), m.group(3), m.group(4)
        if WRAPPERS.search(func) or (func, short_file(file)) in seen:
            continue
        seen.add((func, short_file(file)))
        found.append((ir, pct, func, file))
    return found


def short_file(file: str) -> str:
    file = re.sub(r"^.*/registry/src/[^/]+/", "", file)
    file = re.sub(r"^/rustc/[0-9a-f]+/library/", "std:", file)
    return re.sub(r"^.*?/(core|benches|ffi)/", r"\1/", file)


def main() -> None:
    src = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    flat = src + ".flat"
    flatten(src, flat)
    inclusive = rows(flat, True)
    by_source = [r for r in rows(src, True) if short_file(r[3]).startswith("core/")]
    tables = [
        ("by inclusive instruction count", inclusive, False),
        (
            "of casemask's own code by inclusive count, split by source file "
            "(code inlined from a detector's file into Detectors::find shows under that file)",
            by_source,
            True,
        ),
        ("by self (exclusive) instruction count", rows(flat, False), False),
    ]
    for title, found, file_first in tables:
        print(f"\ntop {top} functions {title}:")
        print(f"{'Ir':>15} {'%':>6}  function (source)")
        for ir, pct, func, file in found[:top]:
            if file_first:
                print(f"{ir:>15,} {pct:>6.2f}  {short_file(file)}: {func}")
            else:
                print(f"{ir:>15,} {pct:>6.2f}  {func} ({short_file(file)})")


if __name__ == "__main__":
    main()
