"""The hand-written stubs match the module (mypy.stubtest) and type-check real use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import casemask

pytest.importorskip("mypy")

USAGE = '''
import pickle
import casemask
from casemask import Redactor, Span

r: Redactor = casemask.Redactor(known_people=["Jade Morris"], operators={"PERSON": {"type": "numbered"}})
r2 = Redactor.from_json('{"entities": ["PERSON"]}')
spans: list[Span] = r.find("Jade Morris")
first: tuple[int, int, str, float, str, str] = (spans[0].start, spans[0].end, spans[0].label, spans[0].score, spans[0].text, spans[0].detector)
out: str = r.redact("x") + casemask.redact("y", min_score=0.6)
res = r.redact_detailed("x")
items: list[tuple[str, tuple[int, int], tuple[int, int], str]] = [(i.label, i.input, i.output, i.replacement) for i in res.items]
batch: list[list[Span]] = r.find_batch(["a", "b"])
red: list[str] = r.redact_batch(("a", "b"))
again: Redactor = pickle.loads(pickle.dumps(r))
try:
    Redactor(min_score=2)
except casemask.ConfigError as e:
    key: str | None = e.key
version: str = casemask.__version__
'''


def test_stubtest(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "casemask", "--concise"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_stubs_are_shipped() -> None:
    package = Path(casemask.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_casemask.pyi").exists()


def test_usage_type_checks_strictly(tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "usage.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_wrong_use_is_caught(tmp_path: Path) -> None:
    (tmp_path / "wrong.py").write_text("import casemask\ncasemask.Redactor().find(123)\n")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "wrong.py"], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert proc.returncode == 1 and "arg-type" in proc.stdout


SPARK_USAGE = '''
from pyspark.sql import DataFrame, SparkSession
import casemask
from casemask.spark import redact_dataframe

def run(spark: SparkSession) -> DataFrame:
    df = spark.createDataFrame([(1, "Jade Morris")], "id int, note string")
    a: DataFrame = redact_dataframe(df, ["note"])
    b: DataFrame = redact_dataframe(df, "note", {"min_score": 0.6}, counts_column="masked")
    c: DataFrame = redact_dataframe(df, ("note",), casemask.Redactor(entities=["PERSON"]))
    return redact_dataframe(a.union(b).union(c), ["note"], '{"entities": ["PHONE"]}')
'''


def test_spark_usage_type_checks_strictly(tmp_path: Path) -> None:
    """casemask.spark is typed inline; real use type-checks against pyspark's own hints."""
    pytest.importorskip("pyspark")
    (tmp_path / "spark_usage.py").write_text(SPARK_USAGE)
    (tmp_path / "spark_wrong.py").write_text(
        "from casemask.spark import redact_dataframe\nredact_dataframe(None, ['a'], counts=1)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "spark_usage.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "spark_wrong.py"], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert proc.returncode == 1 and "call-arg" in proc.stdout, proc.stdout
