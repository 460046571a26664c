"""The GIL is really released: Python threads run redactions in parallel."""

from __future__ import annotations

import csv
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Optional, Tuple

import pytest

import casemask
from conftest import EXAMPLE_CSV


def documents(n: int) -> list:
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as f:
        notes = [row["note"] for row in csv.DictReader(f)]
    # Case-note sized documents (about 2 KB), all different.
    return [f"Entry {i}. " + " ".join(notes[(i + k) % len(notes)] for k in range(5)) for i in range(n)]


def busy_jiffies() -> Optional[Tuple[int, int]]:
    """(busy, total) clock ticks over all cores since boot (Linux), or None where unreadable."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    total = sum(fields)
    return total - fields[3] - fields[4], total  # minus idle and iowait


def timed(fn: Callable[[], object]) -> Tuple[float, Optional[float]]:
    """Wall time of fn(), and how many cores *other* processes kept busy meanwhile (None if unknown).

    Other processes' load is the machine's busy time minus this process's own CPU time, so a
    round spoiled by a neighbour (a build, another test run) can be told from a slow round.
    """
    before, own0, t0 = busy_jiffies(), os.times(), time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    after, own1 = busy_jiffies(), os.times()
    if before is None or after is None or after[1] == before[1]:
        return wall, None
    cores = os.cpu_count() or 1
    busy_cores = cores * (after[0] - before[0]) / (after[1] - before[1])
    own_cores = (own1.user + own1.system - own0.user - own0.system) / wall
    return wall, max(0.0, busy_cores - own_cores)


def test_two_threads_beat_one() -> None:
    """Two threads calling redact on single documents finish well before one thread does.

    The machine is shared, so each round also measures how much CPU other processes took while
    it ran. Only rounds where neighbours left the second core (nearly) free count; the test
    takes the best such round over up to a minute and skips only when no round was clean.
    Documents are about 20 KB so that time under the GIL (argument conversion, result
    building) is a small share of each call.
    """
    if (os.cpu_count() or 1) < 2:
        pytest.skip("needs two cores")
    r = casemask.Redactor()
    docs = [" ".join(documents(120)[i : i + 10]) for i in range(0, 120, 10)] * 3
    best, clean_rounds = 0.0, 0
    deadline = time.monotonic() + 60
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(r.redact, docs[:4]))  # start both threads
        while time.monotonic() < deadline and best < 1.6:
            one, others1 = timed(lambda: [r.redact(d) for d in docs])
            two, others2 = timed(lambda: list(pool.map(r.redact, docs)))
            if others1 is not None and others2 is not None and max(others1, others2) > 0.25:
                continue  # a neighbour held part of a core: this round says nothing
            clean_rounds += 1
            best = max(best, one / two)
    print(f"thread speed-up with 2 threads: {best:.2f}x over {clean_rounds} clean rounds")
    if clean_rounds == 0:
        pytest.skip("other processes held a core during every round")
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
