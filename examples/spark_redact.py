"""Redact columns of a CSV or Parquet export with Apache Spark and write Parquet.

    pip install "./python[spark]"      # casemask with pyspark, pyarrow and pandas; needs Java 17
    python examples/spark_redact.py examples/case_notes.csv /tmp/case_notes.parquet \\
        --columns note,author --counts-column masked

The input format comes from the extension (.csv; .parquet or a directory of Parquet files) unless
--format says. CSV is read as RFC 4180 with a header row, every column as a string, quoted line
breaks allowed. Run on a cluster with spark-submit (casemask must be installed on the executors):

    spark-submit examples/spark_redact.py s3a://bucket/notes/ s3a://bucket/notes-redacted/ \\
        --format parquet --columns note --config casemask.json

Exit status: 0 success, 2 bad usage or configuration (a missing or non-string column, a bad
configuration). The summary printed at the end holds counts only, never values.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, List, Optional, Sequence


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="spark_redact.py",
        description="Redact columns of a CSV or Parquet export with casemask on Spark; write Parquet.",
    )
    p.add_argument("input", help="CSV file, Parquet file or directory (any path Spark reads)")
    p.add_argument("output", help="Parquet output directory")
    p.add_argument("--columns", required=True, help="comma-separated columns to redact, e.g. note,author")
    p.add_argument("--config", help="casemask JSON configuration file (docs/config.md); default: the defaults")
    p.add_argument("--counts-column", help="add a map<string,int> column of per-row label counts for audit")
    p.add_argument("--format", choices=("csv", "parquet"), help="input format (default: from the extension)")
    p.add_argument("--mode", default="errorifexists", choices=("errorifexists", "overwrite"),
                   help="what to do when OUTPUT exists (default: fail)")
    p.add_argument("--master", help="Spark master when not run by spark-submit (default: local[*])")
    return p.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None, spark: Any = None) -> int:
    args = parse_args(argv)

    from casemask.spark import redact_dataframe

    config: Optional[str] = None
    if args.config:
        config = Path(args.config).read_text(encoding="utf-8")

    fmt = args.format or ("csv" if args.input.lower().endswith(".csv") else "parquet")
    columns: List[str] = [c.strip() for c in args.columns.split(",") if c.strip()]

    own_session = spark is None
    if own_session:
        # Run with plain `python`: the executors' workers use this interpreter, which has casemask.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession

        builder = SparkSession.builder.appName("casemask-redact")
        if args.master:
            builder = builder.master(args.master)
        spark = builder.getOrCreate()
    try:
        if fmt == "csv":
            reader = spark.read.options(header=True, multiLine=True, escape='"', inferSchema=False, encoding="UTF-8")
            df = reader.csv(args.input)
        else:
            df = spark.read.parquet(args.input)
        try:
            out = redact_dataframe(df, columns, config, counts_column=args.counts_column)
        except (ValueError, TypeError) as e:  # casemask.ConfigError is a ValueError
            print(f"spark_redact.py: {e}", file=sys.stderr)
            return 2
        out.write.mode(args.mode).parquet(args.output)
        print(f"spark_redact.py: redacted {', '.join(columns)} of {args.input} into {args.output}", file=sys.stderr)
        if args.counts_column:
            from pyspark.sql import functions as F

            totals = (
                spark.read.parquet(args.output)
                .select(F.explode(args.counts_column).alias("label", "n"))
                .groupBy("label")
                .agg(F.sum("n").alias("n"))
                .orderBy("label")
                .collect()
            )
            summary = ", ".join(f"{r['label']} {r['n']}" for r in totals) or "nothing"
            print(f"spark_redact.py: masked {summary}", file=sys.stderr)
        return 0
    finally:
        if own_session:
            spark.stop()


if __name__ == "__main__":
    sys.exit(main())
