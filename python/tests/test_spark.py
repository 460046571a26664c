"""casemask.spark on a real local Spark session (local[2]): the output equals redact_batch."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

import casemask
from conftest import REPO

pyspark = pytest.importorskip("pyspark", reason="pip install 'casemask[spark]' (scripts/test-python does)")
pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

from pyspark.sql import DataFrame, SparkSession  # noqa: E402

from casemask.spark import redact_dataframe  # noqa: E402

# pyspark 3.5 compares versions with distutils' LooseVersion.
pytestmark = pytest.mark.filterwarnings("ignore:distutils Version classes are deprecated:DeprecationWarning")

CORPUS = REPO / "tests" / "corpus" / "corpus.jsonl"
ROWS = 300

CONFIG: Dict[str, Any] = {
    "known_people": [{"name": "Kezia Ashworth", "aliases": ["Kez"]}],
    "operators": {"PERSON": {"type": "numbered"}, "DATE": "year_only", "PHONE": {"type": "hash", "key": "spark-test"}},
    "min_score": 0.5,
}

SCHEMA = "id long, note string, summary string, author string, visits int"


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # The executors' Python workers must be this interpreter, which has casemask and pyarrow.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Everything on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("casemask-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        # Small Arrow batches, so that each partition is several batches.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "32")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def corpus_rows() -> List[Tuple[int, Optional[str], Optional[str], Optional[str], int]]:
    """A few hundred corpus texts, with null and empty cells mixed in every column."""
    texts = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) == ROWS:
                break
    rows = []
    for i, text in enumerate(texts):
        note: Optional[str] = text
        summary: Optional[str] = text.split("\n", 1)[0]
        author: Optional[str] = ["Kezia Ashworth", "Kez", "Priya Raman", "", None][i % 5]
        if i % 17 == 3:
            note = None
        elif i % 17 == 9:
            note = ""
        if i % 11 == 4:
            summary = None
        elif i % 13 == 6:
            summary = ""
        rows.append((i, note, summary, author, i % 7))
    rows.append((ROWS, None, None, None, 0))
    rows.append((ROWS + 1, "", "", "", 0))
    return rows


@pytest.fixture(scope="module")
def rows() -> List[Tuple[int, Optional[str], Optional[str], Optional[str], int]]:
    return corpus_rows()


@pytest.fixture(scope="module")
def df(spark: SparkSession, rows: List[Any]) -> DataFrame:
    return spark.createDataFrame(rows, SCHEMA).repartition(4)


def expected(redactor: casemask.Redactor, cells: List[Optional[str]]) -> List[Optional[str]]:
    """redact_batch on the same cells; nulls stay null."""
    present = [c for c in cells if c is not None]
    out = iter(redactor.redact_batch(present))
    return [None if c is None else next(out) for c in cells]


def test_output_equals_redact_batch_row_for_row(df: DataFrame, rows: List[Any]) -> None:
    columns = ["note", "summary", "author"]
    out = redact_dataframe(df, columns, CONFIG)
    assert out.schema == df.schema
    got = sorted(out.collect(), key=lambda r: r["id"])
    assert len(got) == len(rows)

    redactor = casemask.Redactor(**CONFIG)
    by_id = {r[0]: r for r in rows}
    for position, name in ((1, "note"), (2, "summary"), (3, "author")):
        cells = [by_id[r["id"]][position] for r in got]
        assert [r[name] for r in got] == expected(redactor, cells), name
    # Untouched columns come through as they were.
    assert [(r["id"], r["visits"]) for r in got] == [(r[0], r[4]) for r in rows]
    # The check means something: most notes changed, nulls and empties did not.
    changed = sum(1 for r in got if r["note"] and r["note"] != by_id[r["id"]][1])
    assert changed > ROWS // 2
    assert sum(1 for r in got if r["note"] is None) == sum(1 for r in rows if r[1] is None) > 0
    assert sum(1 for r in got if r["note"] == "") == sum(1 for r in rows if r[1] == "") > 0


def test_counts_column(df: DataFrame, rows: List[Any]) -> None:
    out = redact_dataframe(df, ("note", "author"), json.dumps(CONFIG), counts_column="masked")
    assert out.columns == df.columns + ["masked"]
    assert out.schema["masked"].dataType.simpleString() == "map<string,int>"
    got = sorted(out.collect(), key=lambda r: r["id"])

    redactor = casemask.Redactor(**CONFIG)
    by_id = {r[0]: r for r in rows}
    for r in got:
        source = by_id[r["id"]]
        counts: Counter[str] = Counter()
        for position, name in ((1, "note"), (3, "author")):
            if source[position]:
                res = redactor.redact_detailed(source[position])
                assert r[name] == res.text == redactor.redact(source[position])
                counts.update(item.label for item in res.items)
            else:
                assert r[name] == source[position]
        assert r["masked"] == dict(counts)
        assert r["summary"] == source[2]
    assert any(r["masked"].get("PERSON", 0) > 1 for r in got)
    assert got[-1]["masked"] == {} and got[-2]["masked"] == {}


def test_default_config_and_redactor_config(spark: SparkSession) -> None:
    df = spark.createDataFrame([(1, "Jade Morris rang 07700 900123 on 12/03/2019.")], "id int, note string")
    assert redact_dataframe(df, "note").collect()[0]["note"] == casemask.redact(
        "Jade Morris rang 07700 900123 on 12/03/2019."
    )
    r = casemask.Redactor(entities=["PHONE"])
    assert redact_dataframe(df, ["note"], r).collect()[0]["note"] == "Jade Morris rang [PHONE] on 12/03/2019."


def test_one_redactor_per_worker_process(spark: SparkSession, df: DataFrame) -> None:
    """Every batch of every task in a worker process uses the process's one cached redactor."""
    import casemask.spark as cs

    config_json = casemask.Redactor(**CONFIG).to_json()
    inner = cs._partition_function(config_json, ("note",), None)
    # What is shipped is a module-level function and plain strings: no Redactor, no data.
    assert inner.func is cs._redact_batches
    assert inner.args == (config_json, ("note",), None) and not inner.keywords

    def report(batches: Any) -> Any:
        import os

        import pyarrow as pa

        import casemask.spark as worker

        n_batches = sum(1 for _ in inner(batches))
        yield pa.RecordBatch.from_pydict(
            {"pid": [os.getpid()], "batches": [n_batches], "builds": [worker._BUILDS[config_json]]}
        )

    got = df.mapInArrow(report, "pid long, batches long, builds long").collect()
    assert sum(r["batches"] for r in got) > len(got) > 1  # several batches per task
    assert all(r["builds"] == 1 for r in got), got


def test_errors_are_raised_before_any_job(spark: SparkSession, df: DataFrame) -> None:
    sc = spark.sparkContext
    sc.setJobGroup("casemask-errors", "argument checks")
    try:
        with pytest.raises(ValueError, match=r"no column 'notes'.*'note'"):
            redact_dataframe(df, ["notes"])
        with pytest.raises(ValueError, match="did you mean 'note'"):
            redact_dataframe(df, ["NOTE"])
        with pytest.raises(TypeError, match=r"column 'visits' is int, not string"):
            redact_dataframe(df, ["note", "visits"])
        with pytest.raises(TypeError, match=r"column 'id' is bigint"):
            redact_dataframe(df, "id")
        with pytest.raises(ValueError, match="no columns"):
            redact_dataframe(df, [])
        with pytest.raises(ValueError, match="more than once"):
            redact_dataframe(df, ["note", "note"])
        with pytest.raises(ValueError, match="already has a column 'author'"):
            redact_dataframe(df, ["note"], counts_column="author")
        with pytest.raises(casemask.ConfigError) as e:
            redact_dataframe(df, ["note"], {"operators": {"PERSON": {"type": "hash"}}})
        assert e.value.key is not None and e.value.key.startswith("operators.PERSON")
        with pytest.raises(casemask.ConfigError):
            redact_dataframe(df, ["note"], '{"min_score": 2}')
        with pytest.raises(casemask.ConfigError):
            redact_dataframe(df, ["note"], {"no_such_key": 1})
        with pytest.raises(TypeError, match="config must be"):
            redact_dataframe(df, ["note"], 42)  # type: ignore[arg-type]
        nested = spark.createDataFrame([(1, ["a"])], "id int, notes array<string>")
        with pytest.raises(TypeError, match=r"column 'notes' is array<string>, not string"):
            redact_dataframe(nested, ["notes"])
    finally:
        sc.setLocalProperty("spark.jobGroup.id", None)  # type: ignore[arg-type]
    assert list(sc.statusTracker().getJobIdsForGroup("casemask-errors")) == []


def test_example_script(spark: SparkSession, tmp_path: Any) -> None:
    """examples/spark_redact.py reads a CSV export, redacts it and writes Parquet."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("spark_redact", REPO / "examples" / "spark_redact.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    config = tmp_path / "config.json"
    config.write_text(json.dumps({"known_people": ["Jade Morris", "Donna Morris"]}))
    out = tmp_path / "out.parquet"
    csv_path = REPO / "examples" / "case_notes.csv"
    assert example.main([str(csv_path), str(out), "--columns", "note,author", "--config", str(config),
                         "--counts-column", "masked"], spark=spark) == 0

    import csv

    with csv_path.open(encoding="utf-8", newline="") as f:
        source = {(r["case_id"], r["recorded_at"]): r for r in csv.DictReader(f)}
    got = spark.read.parquet(str(out)).collect()
    assert len(got) == len(source) > 0
    redactor = casemask.Redactor(known_people=["Jade Morris", "Donna Morris"])
    for r in got:
        s = source[(r["case_id"], r["recorded_at"])]
        assert r["note"] == redactor.redact(s["note"])
        assert r["author"] == redactor.redact(s["author"])
        assert isinstance(r["masked"], dict)
    # Parquet in, Parquet out.
    again = tmp_path / "again.parquet"
    assert example.main([str(out), str(again), "--columns", "note"], spark=spark) == 0
    assert spark.read.parquet(str(again)).count() == len(source)
