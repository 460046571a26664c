"""The GIL is really released: Python threads run redactions in parallel."""

from __future__ import annotations

import csv
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Optional, Tuple

import pytest

import casemask
from conftest import EXAMPLE_CSV


def documents(n: int) -> list:
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        notes = [row["note"] for row in csv.DictReader(f)]
    # Case-note sized documents (about 2 KB), all different.
    return [f"Entry {i}. " + " ".join(notes[(i + k) % len(notes)] for k in range(5)) for i in range(n)]


def idle_cores(seconds: float = 0.3) -> Optional[float]:
    """How many cores sat idle over a short wait (Linux), or None where that cannot be read."""
    def read() -> Tuple[int, int]:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, total

    try:
        idle0, total0 = read()
        time.sleep(seconds)
        idle1, total1 = read()
    except OSError:
        return None
    return (os.cpu_count() or 1) * (idle1 - idle0) / max(1, total1 - total0)


def test_two_threads_beat_one() -> None:
    """Two threads calling redact on single documents finish well before one thread does.

    The machine is shared (other builds and tests may hold a core), so this takes the best of
    several rounds over up to half a minute, and skips rather than fails only when no round
    found a second core free.
    """
    if (os.cpu_count() or 1) < 2:
        pytest.skip("needs two cores")
    r = casemask.Redactor()
    docs = documents(120)
    best = 0.0
    free_round = False
    deadline = time.monotonic() + 30
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(r.redact, docs[:4]))  # start both threads
        while time.monotonic() < deadline and best < 1.6:
            idle = idle_cores()
            t0 = time.perf_counter()
            for d in docs:
                r.redact(d)
            one = time.perf_counter() - t0
            t0 = time.perf_counter()
            list(pool.map(r.redact, docs))
            two = time.perf_counter() - t0
            best = max(best, one / two)
            free_round = free_round or idle is None or idle >= 1.7
    print(f"thread speed-up with 2 threads: {best:.2f}x")
    if best < 1.3 and not free_round:
        pytest.skip(f"no second core was free during the test (best speed-up {best:.2f}x)")
    assert best >= 1.3, f"2 threads were only {best:.2f}x faster than 1"


def test_python_runs_while_rust_works() -> None:
    """A pure-Python thread keeps counting while another thread is inside a long Rust call."""
    r = casemask.Redactor()
    doc = " ".join(documents(40))
    stop = threading.Event()
    counts = []

    def count() -> None:
        n = 0
        while not stop.is_set():
            n += 1
        counts.append(n)

    t = threading.Thread(target=count)
    t.start()
    t0 = time.perf_counter()
    r.redact_batch([doc] * 4)
    elapsed = time.perf_counter() - t0
    stop.set()
    t.join()
    assert elapsed > 0.01
    assert counts[0] > 1000, "the counting thread was starved: the GIL was held"


def test_concurrent_results_are_correct() -> None:
    r = casemask.Redactor(operators={"PERSON": "numbered"})
    docs = documents(40)
    expected = [r.redact(d) for d in docs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(r.redact, docs * 3)) == expected * 3
        assert list(pool.map(lambda d: r.redact_batch([d, d]), docs)) == [[e, e] for e in expected]
