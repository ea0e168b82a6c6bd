"""Flat columns as Arrow: the tables pyarrow, Parquet, polars and DuckDB get.

A table is made a chunk of rows at a time, its codes dictionary-encoded, a column no row
fills made whole by Arrow, and a column of a few shared values made of those values,
taken by index.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from danvan._bulk import collector_paused
from danvan._extras import optional
from danvan._flat import STRUCTS, Column, Columns, Nested, Shared
from danvan.exceptions import StructureError

__all__ = [
    "CHUNK",
    "arrow_chunks",
    "arrow_columns",
    "arrow_schema",
    "arrow_table",
    "memory_pool",
]


#: Rows made into Arrow at a time. A chunk's columns are freed before the next one's are
#: made, so a million rows never hold a list of a million cells per column at once (less
#: time, and a tenth of the memory, of one pass over every row). A chunk's objects stay
#: in the processor's cache while their attributes are read one column after another:
#: 16 384 rows read a million figures about a tenth faster than 65 536.
CHUNK = 1 << 14


def memory_pool() -> Any:
    """The pool danvan's tables take their buffers from: the system allocator.

    The first large table of a process is made about twice as fast from it as from
    Arrow's default pool, and later ones as fast.
    """
    return optional("arrow", "pyarrow").system_memory_pool()


def arrow_chunks(
    table: tuple[Column, ...], rows: int, columns_of: Callable[[slice], Columns]
) -> Any:
    """A ``pyarrow.Table`` of ``rows`` rows, made a :data:`CHUNK` of them at a time.

    ``columns_of`` gives the columns of a slice of the rows. Each chunk's code columns
    have a dictionary of their own, as Arrow allows.
    """
    pa = optional("arrow", "pyarrow")
    with collector_paused():  # many new lists, none of them in a cycle
        parts = [
            arrow_table(table, columns_of(slice(start, start + CHUNK)))
            for start in range(0, rows, CHUNK)
        ]
        if not parts:
            parts = [arrow_table(table, columns_of(slice(0, 0)))]
        return pa.concat_tables(parts)


def _arrow_type(pa: Any, type_: str) -> Any:
    scalar = {
        "text": pa.string(),
        "code": pa.string(),
        "int": pa.int64(),
        "decimal": pa.decimal128(38, 12),
        "date": pa.date32(),
        "bool": pa.bool_(),
    }
    if type_ in scalar:
        return scalar[type_]
    if type_ in ("texts", "codes"):
        return pa.list_(pa.string())
    fields = [pa.field(c.name, _arrow_type(pa, c.type)) for c in STRUCTS[type_]]
    return pa.list_(pa.struct(fields))


@functools.cache  # made once, not once a chunk
def arrow_schema(table: tuple[Column, ...]) -> Any:
    """The Arrow schema of a flat table (needs the ``arrow`` extra)."""
    pa = optional("arrow", "pyarrow")
    fields = [
        pa.field(
            c.name,
            pa.dictionary(pa.int32(), pa.string()) if c.type == "code" else _arrow_type(pa, c.type),
            metadata={"doc": c.doc},
        )
        for c in table
    ]
    return pa.schema(fields)


def arrow_table(table: tuple[Column, ...], columns: Columns) -> Any:
    """A ``pyarrow.Table`` of flat columns: codes dictionary-encoded, types exact."""
    pa = optional("arrow", "pyarrow")
    pc = optional("arrow", "pyarrow.compute")
    pool = memory_pool()
    schema = arrow_schema(table)
    indices: dict[int, Any] = {}  # columns of one shared part share their rows' indices

    def array(cells: list[Any] | Shared, kind: Any) -> Any:
        if not isinstance(cells, Shared):
            return pa.array(cells, type=kind, memory_pool=pool)
        if not cells.values:  # no row fills it
            return pa.nulls(len(cells.where), kind, memory_pool=pool)
        if id(cells.where) not in indices:
            indices[id(cells.where)] = pa.array(cells.where, type=pa.int32(), memory_pool=pool)
        where = indices[id(cells.where)]
        coded = pa.types.is_dictionary(kind)
        values = pa.array(cells.values, type=kind.value_type if coded else kind, memory_pool=pool)
        if coded:
            return pa.DictionaryArray.from_arrays(where, values, memory_pool=pool)
        return pc.take(values, where, memory_pool=pool)

    arrays = []
    for column, field in zip(table, schema, strict=True):
        cells = columns[column.name]
        if isinstance(cells, Nested):
            children = [
                array(cells.fields[c.name], _arrow_type(pa, c.type)) for c in STRUCTS[column.type]
            ]
            names = [c.name for c in STRUCTS[column.type]]
            struct = pa.StructArray.from_arrays(children, names=names, memory_pool=pool)
            offsets = pa.array(cells.offsets, type=pa.int32(), memory_pool=pool)
            arrays.append(pa.ListArray.from_arrays(offsets, struct, pool=pool))
        elif column.type == "code" and not isinstance(cells, Shared):
            plain_cells = pa.array(cells, type=pa.string(), memory_pool=pool)
            arrays.append(pc.dictionary_encode(plain_cells, memory_pool=pool))
        else:
            arrays.append(array(cells, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_columns(source: Any, table: tuple[Column, ...], name: str) -> dict[str, list[Any]]:
    """The columns of ``table`` in an Arrow table, a stream or a Parquet file, as lists.

    Raises:
        StructureError: A column of ``table`` is missing.
        DanvanError: pyarrow is not installed.
    """
    pa = optional("arrow", "pyarrow")
    if isinstance(source, str) or hasattr(source, "__fspath__"):
        read = optional("arrow", "pyarrow.parquet").read_table(source)
    else:
        read = pa.table(source)
    missing = [c.name for c in table if c.name not in read.column_names]
    if missing:
        raise StructureError([f"missing column {c!r} @ $" for c in missing], name)
    return {c.name: read.column(c.name).to_pylist() for c in table}
