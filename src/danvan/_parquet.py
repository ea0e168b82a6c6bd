"""Parquet files of figures and models: what DuckDB, Spark, Dask and polars read.

One file per table by default, sorted by province and year, in row groups, so that an
engine reading one province or one year skips the rest. ``partition_by=("year",)``
writes one folder per year instead (Hive style, ``year=2023/part-0.parquet``). Province
× year is not offered: at national scale it makes thousands of files of a few hundred
rows, several times the bytes of one sorted file and far slower to scan.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from danvan._arrow import arrow_chunks, arrow_table, memory_pool
from danvan._dataset import Dataset
from danvan._extras import optional
from danvan._files import write_atomic
from danvan._flat import FIGURE_TABLE, provinces
from danvan._flat_figures import figure_columns
from danvan._flat_models import MODEL_TABLE, model_columns
from danvan._flat_records import AWARD_TABLE, UNIT_TABLE, award_columns, unit_columns
from danvan._store import Store
from danvan.exceptions import FileWriteError, InvalidValueError

__all__ = ["write_parquet"]

_TABLES = {
    "figures": FIGURE_TABLE,
    "models": MODEL_TABLE,
    "awards": AWARD_TABLE,
    "units": UNIT_TABLE,
}
# Each table's rows by province, then by this column.
_THEN = {"figures": "year", "models": "unit", "awards": "on", "units": "id"}
# Rows per row group: an engine reads or skips a group as a whole.
ROW_GROUP = 100_000
# The folder name of rows with no value, as Hive and DuckDB write it.
_NULL = "__HIVE_DEFAULT_PARTITION__"


def write_parquet(
    source: Dataset | Store,
    path: str | os.PathLike[str],
    *,
    table: str = "figures",
    partition_by: Sequence[str] | None = None,
) -> None:
    """Write the figures (or the models) of a dataset or a store as Parquet.

    Args:
        source: A :class:`~danvan.Dataset`, or a :class:`~danvan.Store` (all it holds).
        path: The file to write, atomically; with ``partition_by``, the folder.
        table: ``"figures"`` (every figure of every report, with its report's id),
            ``"models"`` (the model records, their events nested), ``"awards"`` or
            ``"units"``.
        partition_by: Columns to write one folder per value of, such as ``("year",)``.

    Raises:
        InvalidValueError: An unknown table, or a partition column it does not have.
        FileWriteError: The file or folder cannot be written.
        DanvanError: pyarrow is not installed (the ``arrow`` extra).
    """
    if table not in _TABLES:
        raise InvalidValueError(table, f"write one of the tables {', '.join(_TABLES)}")
    names = [c.name for c in _TABLES[table]]
    unknown = [c for c in partition_by or () if c not in names]
    if unknown:
        raise InvalidValueError(unknown, f"partition by columns of the {table} table")
    dataset = source.dataset() if isinstance(source, Store) else source
    if not isinstance(dataset, Dataset):
        raise InvalidValueError(source, "write the figures of a Dataset or a Store")
    arrow = _sorted(_arrow(dataset, table), table)
    if not partition_by:
        write_atomic(path, _parquet(arrow))
        return
    pc = optional("arrow", "pyarrow.compute")
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileWriteError(path, error.strerror or str(error)) from error
    parts = [arrow]
    steps: list[list[str]] = [[]]
    for name in partition_by:
        split, named = [], []
        for part, step in zip(parts, steps, strict=True):
            column = _plain(part.column(name))
            for value in pc.unique(column).to_pylist():
                mask = pc.is_null(column) if value is None else pc.equal(column, value)
                split.append(part.filter(mask))
                named.append([*step, f"{name}={_NULL if value is None else value}"])
        parts, steps = split, named
    for part, step in zip(parts, steps, strict=True):
        where = folder.joinpath(*step)
        where.mkdir(parents=True, exist_ok=True)
        write_atomic(where / "part-0.parquet", _parquet(part))


def _plain(column: Any) -> Any:
    """A column with its dictionary decoded, to compare its values."""
    pa = optional("arrow", "pyarrow")
    return column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column


def _arrow(dataset: Dataset, table: str) -> Any:
    """The table's rows, made into Arrow a chunk at a time."""
    hierarchy = dataset.hierarchy
    province = provinces(hierarchy)
    if table == "units":
        return arrow_table(UNIT_TABLE, unit_columns(hierarchy))
    if table == "models":
        models = dataset.models
        return arrow_chunks(
            MODEL_TABLE, len(models), lambda rows: model_columns(models[rows], province)
        )
    if table == "awards":
        awards = dataset.awards
        return arrow_chunks(
            AWARD_TABLE, len(awards), lambda rows: award_columns(awards[rows], province)
        )
    figures = [f for r in dataset.reports for f in r.figures]
    reports = [r.id for r in dataset.reports for _ in r.figures]
    return arrow_chunks(
        FIGURE_TABLE,
        len(figures),
        lambda rows: figure_columns(figures[rows], reports[rows], province),
    )


def _sorted(arrow: Any, table: str) -> Any:
    """The rows by province, then year, unit, day or id; empty ones last."""
    pc = optional("arrow", "pyarrow.compute")
    pa = optional("arrow", "pyarrow")
    second = _THEN[table]
    keys = pa.table(
        {"province": _plain(arrow.column("province")), second: _plain(arrow.column(second))}
    )
    pool = memory_pool()
    order = pc.sort_indices(
        keys, sort_keys=[("province", "ascending"), (second, "ascending")], memory_pool=pool
    )
    return pc.take(arrow, order, memory_pool=pool)


def _parquet(arrow: Any) -> bytes:
    pa = optional("arrow", "pyarrow")
    parquet = optional("arrow", "pyarrow.parquet")
    sink = pa.BufferOutputStream()
    parquet.write_table(arrow, sink, row_group_size=ROW_GROUP, compression="zstd")
    return bytes(sink.getvalue())
