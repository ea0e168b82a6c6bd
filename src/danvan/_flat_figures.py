"""Figures as the columns of the flat figures table, a column at a time.

A million figures become columns in a few seconds: each column is one pass of
C-level ``map`` over the figures (or over their shared parts: a report's figures often
share one period and one source, read once), codes are looked up by identity, and a
column no figure fills is not walked twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import repeat
from operator import attrgetter, is_
from typing import Any

from danvan._bulk import collector_paused
from danvan._counts import Count
from danvan._figures import Figure
from danvan._flat import (
    FIGURE_TABLE,
    SOURCE_COLUMNS,
    Columns,
    Shared,
    codes,
    provinces,
    source_cells,
)
from danvan._hierarchy import Hierarchy
from danvan._numbers import Percent

__all__ = ["figure_columns"]


def _each(getter: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """``getter`` of each item, ``None`` where the item is ``None``."""
    if not any(map(is_, items, repeat(None))):
        return list(map(getter, items))
    return [None if item is None else getter(item) for item in items]


def _shared(make: Callable[[Any], tuple[Any, ...]], items: list[Any], width: int) -> list[Shared]:
    """Columns of a part many figures share (a period, a source), made once per part."""
    index: dict[int, int] = {}
    made: list[tuple[Any, ...]] = []
    for item in {id(item): item for item in items}.values():
        if item is not None:
            index[id(item)] = len(made)
            made.append(make(item))
    where = list(map(index.get, map(id, items)))
    columns = list(map(list, zip(*made, strict=True))) if made else [[] for _ in range(width)]
    return [Shared(column, where) for column in columns]


def _lists(make: Callable[[Any], list[Any]], items: list[Any]) -> list[Shared]:
    """A list column of tuples or mappings, mostly empty: each distinct one made once."""
    if not any(map(len, items)):
        return [Shared([[]], [0] * len(items))]
    try:  # tuples of codes: alike by value
        index = {item: i for i, item in enumerate(dict.fromkeys(items))}
    except TypeError:  # mappings: alike by identity
        return _shared(lambda item: (make(item),), items, 1)
    return [Shared(list(map(make, index)), list(map(index.__getitem__, items)))]


def _period(period: Any) -> tuple[Any, ...]:
    return (period.start, period.end, (period.end or period.start).year)


def figure_columns(
    figures: Sequence[Figure],
    reports: Sequence[str | None] = (),
    hierarchy: Hierarchy | None = None,
) -> Columns:
    """The columns of :data:`~danvan._flat.FIGURE_TABLE` for ``figures``.

    ``reports`` gives each figure's report, where known; ``hierarchy`` each scope's
    province.
    """
    with collector_paused():  # many new lists, none of them in a cycle
        return _figure_columns(figures, reports, hierarchy)


def _figure_columns(
    figures: Sequence[Figure], reports: Sequence[str | None], hierarchy: Hierarchy | None
) -> Columns:
    fs = list(figures)
    n = len(fs)
    values = list(map(attrgetter("value"), fs))
    counts = (
        values
        if all(type(v) is Count for v in values)
        else [v if isinstance(v, Count) else None for v in values]
    )
    dims = list(map(attrgetter("dims"), fs))
    scopes = list(map(attrgetter("scope"), fs))
    province = provinces(hierarchy)
    known = {scope: province(scope) for scope in set(scopes)}
    units = list(map(attrgetter("unit_of_measure"), fs))
    starts, ends, years = _shared(_period, list(map(attrgetter("period"), fs)), 3)
    compared_starts, compared_ends, _ = _shared(
        _period, list(map(attrgetter("compared_to"), fs)), 3
    )
    source_columns = _shared(source_cells, list(map(attrgetter("source"), fs)), len(SOURCE_COLUMNS))
    [breakdowns] = _lists(
        lambda b: [f"{dimension}:{c.value}" for dimension, c in b.items()],
        list(map(attrgetter("breakdowns"), fs)),
    )
    [fields] = _lists(lambda t: [f._value_ for f in t], list(map(attrgetter("fields"), dims)))
    columns: list[list[Any] | Shared] = [
        list(reports) if reports else [None] * n,
        list(map(attrgetter("id"), fs)),
        list(map(attrgetter("part_of"), fs)),
        list(map(attrgetter("subset_of"), fs)),
        list(map(attrgetter("restates"), fs)),
        list(map(attrgetter("measure"), fs)),
        _each(attrgetter("value"), counts),
        codes(list(map(attrgetter("qualifier"), values))),
        _each(attrgetter("low"), counts),
        _each(attrgetter("high"), counts),
        [Decimal(v.value) if isinstance(v, Percent) else None for v in values]
        if counts is not values
        else [None] * n,
        _each(attrgetter("value"), list(map(attrgetter("out_of"), fs))),
        [u if isinstance(u, str) else u._value_ for u in units],
        list(map(attrgetter("occurrences"), fs)),
        scopes,
        list(map(known.__getitem__, scopes)),
        *_lists(list, list(map(attrgetter("movements"), fs))),
        starts,
        ends,
        years,
        list(map(attrgetter("as_of"), fs)),
        fields,
        codes(list(map(attrgetter("level"), dims))),
        codes(list(map(attrgetter("holder"), dims))),
        codes(list(map(attrgetter("kind"), dims))),
        codes(list(map(attrgetter("status"), dims))),
        list(map(attrgetter("category"), dims)),
        list(map(attrgetter("label"), dims)),
        codes(list(map(attrgetter("status"), fs))),
        codes(list(map(attrgetter("change"), fs))),
        compared_starts,
        compared_ends,
        list(map(attrgetter("of"), fs)),
        list(map(attrgetter("model"), fs)),
        list(map(attrgetter("directive"), fs)),
        breakdowns,
        *_lists(list, list(map(attrgetter("notes"), fs))),
        *source_columns,
    ]
    return {c.name: column for c, column in zip(FIGURE_TABLE, columns, strict=True)}
