"""How much Spark costs: rows per second of casemask.spark on local[2] against redact_batch.

    .venv/bin/python python/bench_spark.py [--rows N] [--repeat K] [--master local[2]]

Rows are the texts of the evaluation corpus (tests/corpus/corpus.jsonl), repeated up to N rows
(default 20,800: sixteen copies, 19.6 MB of text). The rows are written once to a Parquet file
(row groups of 1,000 rows, read as one task each); each Spark figure reads it, runs the job and
writes to Spark's "noop" sink, so reading and planning are included and writing to disk is not.
Measured, best of K runs after one warm-up (which starts the Python workers and builds their
redactors):

- redact_batch: ``Redactor.redact_batch`` on the same texts in this process (both cores, rayon);
- spark passthrough: ``mapInArrow`` returning its batches untouched: Spark's own overhead;
- spark redact: ``redact_dataframe(df, ["note"])``;
- spark redact + counts: with ``counts_column``.

The figures go in docs/python.md, "Spark". Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator, List

REPO = Path(__file__).resolve().parents[1]
# Run as a script, this file's folder (python/, the package's sources without the compiled
# module) would shadow the installed casemask wheel.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def best(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def passthrough(batches: Iterator[Any]) -> Iterator[Any]:
    yield from batches


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=20800)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--master", default="local[2]")
    args = p.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    import casemask
    from casemask.spark import redact_dataframe

    corpus = [json.loads(line)["text"] for line in (REPO / "tests" / "corpus" / "corpus.jsonl").open(encoding="utf-8")]
    texts: List[str] = [corpus[i % len(corpus)] for i in range(args.rows)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    redactor = casemask.Redactor()
    results = {"redact_batch": best(lambda: redactor.redact_batch(texts), args.repeat)}

    spark = (
        SparkSession.builder.master(args.master)
        .appName("casemask-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # Split the small input into several tasks (one per Parquet row group of 1,000 rows),
        # as a large export would be, so that both cores get work.
        .config("spark.sql.files.maxPartitionBytes", "512k")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "notes.parquet")
        pq.write_table(pa.table({"id": list(range(len(texts))), "note": texts}), path, row_group_size=1000)
        df = spark.read.parquet(path)
        partitions = df.rdd.getNumPartitions()

        def run(frame: Any) -> Callable[[], None]:
            return lambda: frame.write.format("noop").mode("overwrite").save()

        results["spark passthrough"] = best(run(df.mapInArrow(passthrough, df.schema)), args.repeat)
        results["spark redact"] = best(run(redact_dataframe(df, ["note"])), args.repeat)
        results["spark redact + counts"] = best(run(redact_dataframe(df, ["note"], counts_column="n")), args.repeat)
    spark.stop()

    print(f"{len(texts)} rows, {mb:.2f} MB, master {args.master}, {partitions} input partitions, best of {args.repeat}")
    base = results["redact_batch"]
    for name, seconds in results.items():
        print(f"{name:24} {seconds:7.2f} s  {len(texts) / seconds:9,.0f} rows/s  {mb / seconds:6.2f} MB/s  "
              f"{seconds / base:5.2f} x redact_batch time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
