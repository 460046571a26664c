"""End-to-end speed and peak memory of `casemask redact` on a large CSV export (issue 6).

Generates a CSV of --mb megabytes (10^6 bytes) from the evaluation corpus (columns id, date,
note; each corpus document is one note, cycled), runs the installed `casemask redact --columns
note` on it under GNU time, and prints MB/s and the peak resident memory of the casemask process.
Targets: >= 80 MB/s, peak <= 200 MB. The files go to a temporary directory (--dir) and are
removed afterwards.

Usage (through scripts/bench --cli): python benches/cli_bench.py [--mb 1000] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CASEMASK_CORPUS", ROOT / "tests" / "corpus" / "corpus.jsonl"))


def write_export(path: Path, megabytes: int) -> int:
    """Writes the CSV; returns its size in bytes."""
    with open(CORPUS, encoding="utf-8") as f:
        notes = [json.loads(line)["text"] for line in f if line.strip()]
    # One block of rows (every note once), written repeatedly with fresh ids.
    target = megabytes * 1_000_000
    written = 0
    row_id = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("id,date,note\r\n")
        while written < target:
            block = io.StringIO()
            writer = csv.writer(block)
            for i, note in enumerate(notes):
                row_id += 1
                writer.writerow([row_id, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", note])
            data = block.getvalue()
            out.write(data)
            written += len(data.encode("utf-8"))
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1000, help="size of the export in MB (default 1000)")
    parser.add_argument("--dir", default=None, help="where to write the export and its output")
    parser.add_argument("--casemask", default=None, help="the casemask command (default: on PATH or .venv)")
    args = parser.parse_args()

    command = args.casemask or shutil.which("casemask") or str(ROOT / ".venv" / "bin" / "casemask")
    if not os.path.exists(command) and not shutil.which(command):
        print("cli_bench: no casemask command; run scripts/demo or scripts/test-python first", file=sys.stderr)
        return 1
    gnu_time = os.path.exists("/usr/bin/time")  # GNU time -v reports the peak RSS
    workdir = Path(tempfile.mkdtemp(prefix="casemask-cli-bench-", dir=args.dir))
    try:
        src, dst = workdir / "export.csv", workdir / "redacted.csv"
        t0 = time.perf_counter()
        size = write_export(src, args.mb)
        print(f"export: {size / 1e6:.0f} MB written in {time.perf_counter() - t0:.1f} s ({src})")
        cmd = [command, "redact", str(src), "--columns", "note", "-o", str(dst), "-q"]
        if gnu_time:
            cmd = ["/usr/bin/time", "-v"] + cmd
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return proc.returncode
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        peak_mb = int(peak.group(1)) / 1000 if peak else float("nan")
        mbps = size / 1e6 / elapsed
        print(f"casemask redact: {elapsed:.1f} s, {mbps:.1f} MB/s (target >= 80), peak RSS {peak_mb:.0f} MB "
              f"(target <= 200), {os.cpu_count()} cores")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
