"""Redact columns of an Apache Spark DataFrame with casemask.

Install with the extra: ``pip install "casemask[spark]"`` (pyspark 3.5 or later, pyarrow and
pandas; casemask itself must be installed on every executor too).

>>> from casemask.spark import redact_dataframe
>>> out = redact_dataframe(df, ["note"], {"operators": {"PERSON": "numbered"}},
...                        counts_column="note_counts")

The work runs in vectorised Arrow batches through ``DataFrame.mapInArrow``. Executors receive
the configuration as its JSON string (never a pickled object from the driver) and each executor
Python process builds one :class:`casemask.Redactor` per configuration, cached for the life of
the process, so patterns are compiled once per process rather than per task or per batch.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from ._casemask import Redactor

if TYPE_CHECKING:
    # Type checks without the extra installed too (DataFrame is then Any).
    from pyspark.sql import DataFrame  # type: ignore[import-not-found, unused-ignore]

__all__ = ["redact_dataframe"]

Config = Union[None, str, Mapping[str, Any], Redactor]
"""What :func:`redact_dataframe` takes as a configuration: ``None`` (the defaults), the JSON
configuration as a string, a dict of :class:`casemask.Redactor` keyword arguments, or a
``Redactor`` (only its configuration is sent to the executors)."""

# One Redactor per configuration per Python process (the executors' worker processes and the
# driver alike), keyed by the configuration's JSON. _BUILDS counts how many were built for each
# key, so the tests can check that a worker process builds its redactor once.
_REDACTORS: Dict[str, Redactor] = {}
_BUILDS: "Counter[str]" = Counter()
_LOCK = threading.Lock()


def _redactor_for(config_json: str) -> Redactor:
    """The process's redactor for ``config_json``, built on first use."""
    redactor = _REDACTORS.get(config_json)
    if redactor is None:
        with _LOCK:
            redactor = _REDACTORS.get(config_json)
            if redactor is None:
                redactor = Redactor.from_json(config_json)
                _REDACTORS[config_json] = redactor
                _BUILDS[config_json] += 1
    return redactor


def _config_json(config: Config) -> str:
    """Validates ``config`` on the driver (raising :class:`casemask.ConfigError` before any job
    runs) and returns its canonical JSON."""
    if config is None:
        return Redactor().to_json()
    if isinstance(config, Redactor):
        return config.to_json()
    if isinstance(config, str):
        return Redactor.from_json(config).to_json()
    if isinstance(config, Mapping):
        return Redactor(**dict(config)).to_json()
    raise TypeError(
        "config must be None, a JSON string, a dict of Redactor keyword arguments or a "
        f"casemask.Redactor, not {type(config).__name__}"
    )


def _check_columns(df: DataFrame, columns: Union[str, Iterable[str]], counts_column: Optional[str]) -> Tuple[str, ...]:
    """The columns to redact, checked against the DataFrame's schema (no job runs)."""
    from pyspark.sql.types import StringType

    if isinstance(columns, str):
        wanted: Tuple[str, ...] = (columns,)
    else:
        wanted = tuple(columns)
    if not wanted:
        raise ValueError("redact_dataframe: no columns to redact were given")
    for name in wanted:
        if not isinstance(name, str):
            raise TypeError(f"redact_dataframe: column names must be str, not {type(name).__name__}")
    duplicates = sorted({name for name in wanted if wanted.count(name) > 1})
    if duplicates:
        raise ValueError(f"redact_dataframe: column {duplicates[0]!r} is named more than once")

    fields = df.schema.fields
    names = [f.name for f in fields]
    for name in wanted:
        found = [f for f in fields if f.name == name]
        if not found:
            hint = [n for n in names if n.lower() == name.lower()]
            more = f" (did you mean {hint[0]!r}? names are matched exactly)" if hint else ""
            raise ValueError(
                f"redact_dataframe: no column {name!r} in the DataFrame{more}; its columns are "
                + ", ".join(repr(n) for n in names)
            )
        if len(found) > 1:
            raise ValueError(f"redact_dataframe: the DataFrame has {len(found)} columns named {name!r}")
        if not isinstance(found[0].dataType, StringType):
            raise TypeError(
                f"redact_dataframe: column {name!r} is {found[0].dataType.simpleString()}, not string; "
                f"only string columns can be redacted (cast it first, e.g. df.withColumn({name!r}, "
                f"df[{name!r}].cast('string')))"
            )
    if counts_column is not None:
        if not isinstance(counts_column, str) or not counts_column:
            raise TypeError("redact_dataframe: counts_column must be a non-empty str or None")
        if any(n.lower() == counts_column.lower() for n in names):
            raise ValueError(f"redact_dataframe: the DataFrame already has a column {counts_column!r} (counts_column)")
    return wanted


def redact_dataframe(
    df: DataFrame,
    columns: Union[str, Iterable[str]],
    config: Config = None,
    *,
    counts_column: Optional[str] = None,
) -> DataFrame:
    """Returns ``df`` with the string ``columns`` redacted, every other column unchanged.

    ``columns`` is one top-level column name or several. ``config`` is ``None`` for the
    defaults, the JSON configuration as a string, a dict of :class:`casemask.Redactor` keyword
    arguments, or a ``Redactor``. Each cell is one text for the redactor, exactly as
    ``Redactor.redact_batch`` would redact it (so ``numbered`` numbers restart in each cell);
    null and empty cells are kept as they are.

    With ``counts_column``, the result gains a column of that name, ``map<string,int>``, holding
    for each row how many identifiers of each label were masked, summed over ``columns``
    (``{}`` when none were): counts only, never values, for an audit log.

    Everything is checked before any Spark job runs: an unknown or duplicated column raises
    ``ValueError``, a column that is not a string column raises ``TypeError``, a bad
    configuration raises :class:`casemask.ConfigError`. The result is lazy, like any
    transformation; the redaction runs in the executors when an action (a write, ``count``,
    ``collect``) needs it.

    The configuration travels to the executors as JSON inside the task (it holds any known
    people and hash keys, as a pickled ``Redactor`` would): see "Spark" in docs/python.md.
    """
    from pyspark.sql.types import IntegerType, MapType, StringType, StructField, StructType

    config_json = _config_json(config)
    wanted = _check_columns(df, columns, counts_column)
    schema = df.schema
    if counts_column is not None:
        schema = StructType(
            list(schema.fields)
            + [StructField(counts_column, MapType(StringType(), IntegerType(), valueContainsNull=False), nullable=False)]
        )
    return df.mapInArrow(_partition_function(config_json, wanted, counts_column), schema)


def _partition_function(
    config_json: str, columns: Tuple[str, ...], counts_column: Optional[str]
) -> "functools.partial[Iterator[Any]]":
    """What Spark ships to the executors: a module-level function (pickled by reference) and
    plain strings, so no driver object or data travels with it."""
    return functools.partial(_redact_batches, config_json, columns, counts_column)


def _redact_batches(
    config_json: str,
    columns: Tuple[str, ...],
    counts_column: Optional[str],
    batches: Iterable[Any],
) -> Iterator[Any]:
    """Runs in the executors: redacts ``columns`` of each Arrow batch (``pyarrow.RecordBatch``)
    of a partition."""
    import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]

    redactor = _redactor_for(config_json)
    counts_type = pa.map_(pa.string(), pa.int32())
    for batch in batches:
        arrays = list(batch.columns)
        counts: Optional[List[Counter[str]]] = [Counter() for _ in range(batch.num_rows)] if counts_column else None
        for name in columns:
            index = batch.schema.get_field_index(name)
            column = batch.column(index)
            values: List[Optional[str]] = column.to_pylist()
            # Null and empty cells are left alone.
            rows = [i for i, v in enumerate(values) if v]
            if not rows:
                continue
            texts = [v for v in values if v]
            if counts is None:
                redacted = redactor.redact_batch(texts)
            else:
                detailed = redactor.redact_detailed_batch(texts)
                redacted = [d.text for d in detailed]
                for i, d in zip(rows, detailed):
                    counts[i].update(item.label for item in d.items)
            for i, text in zip(rows, redacted):
                values[i] = text
            arrays[index] = pa.array(values, type=column.type)
        schema = batch.schema
        if counts is not None:
            arrays.append(pa.array([sorted(c.items()) for c in counts], type=counts_type))
            schema = schema.append(pa.field(counts_column, counts_type, nullable=False))
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)
