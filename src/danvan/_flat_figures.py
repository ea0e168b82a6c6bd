"""Figures as the columns of the flat figures table, a column at a time.

A million figures become columns in about two seconds: the figures' slots are read a
block at a time in one call (:func:`~danvan._bulk.slot_columns`; so are their counts and
their shared parts: a report's figures often share one period and one source, read
once), codes are looked up by identity, and a column no figure fills is not walked twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from itertools import chain, compress, count, repeat
from operator import attrgetter, is_, is_not, methodcaller, sub
from typing import Any

from danvan._bulk import collector_paused
from danvan._counts import Count
from danvan._figures import Change, Completeness, Dims, Figure, FigureStatus
from danvan._flat import (
    FIGURE_TABLE,
    SOURCE_COLUMNS,
    Columns,
    Provinces,
    Shared,
    attributes,
    codes,
    day_of,
    filled,
    no_province,
    nulls,
    source_columns,
)
from danvan._models import ModelStatus
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._sources import Source
from danvan._vocabulary import Field, HolderKind, ModelKind, Qualifier, RecognitionLevel

__all__ = ["figure_columns", "figures_from_columns"]


def _each(getter: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """``getter`` of each item, ``None`` where the item is ``None``."""
    if not any(map(is_, items, repeat(None))):
        return list(map(getter, items))
    return [None if item is None else getter(item) for item in items]


def _runs(items: list[Any]) -> tuple[list[Any], list[int]]:
    """The item of each run of one object side by side, and each run's length.

    A report's figures stand side by side and share its parts (its id, its period, its
    source): the runs are found in C, each item against the one before it.
    """
    n = len(items)
    starts = [0, *compress(range(1, n), map(is_not, items[1:], items[:-1]))] if n else []
    return list(map(items.__getitem__, starts)), list(map(sub, [*starts[1:], n], starts))


def _repeated(runs: list[Any], lengths: list[int]) -> list[Any]:
    """Each run's cell, as many times as its run is long."""
    return list(chain.from_iterable(map(repeat, runs, lengths)))


def _shared(columns_of: Callable[[list[Any]], list[list[Any]]], items: list[Any]) -> list[Shared]:
    """Columns of a part many figures share (a period, a source), made once per part.

    The distinct parts are found by identity, a run at a time, and ``columns_of`` makes
    their columns; each row takes its part's index (``None`` where it has none).
    """
    runs, lengths = _runs(items)
    keys = list(map(id, runs))
    distinct = dict(zip(keys, runs, strict=True))
    distinct.pop(id(None), None)
    index: dict[int, int | None] = dict(zip(distinct, count()))
    index[id(None)] = None
    where = _repeated(list(map(index.__getitem__, keys)), lengths)
    return [Shared(column, where) for column in columns_of(list(distinct.values()))]


def _period_columns(periods: list[Period]) -> list[list[Any]]:
    """Each period's first and last day, and the year it ends in (starts in, if open)."""
    starts, ends = attributes(periods, ("start", "end")).values()
    return [starts, ends, [(end or start).year for start, end in zip(starts, ends, strict=True)]]


def _report_codes(reports: list[str | None]) -> Shared:
    """The reports' ids as a code column: each run of one report's figures read once."""
    runs, lengths = _runs(reports)
    index: dict[str | None, int | None] = {None: None}
    for i, report in enumerate(runs):
        runs[i] = index.setdefault(report, len(index) - 1)
    return Shared([r for r in index if r is not None], _repeated(runs, lengths))


def _lists(make: Callable[[Any], list[Any]], items: list[Any]) -> list[Shared]:
    """A list column of tuples or mappings, mostly empty: each distinct one made once."""
    if not any(map(len, items)):
        return [Shared([[]], [0] * len(items))]
    try:  # tuples of codes: alike by value
        index = {item: i for i, item in enumerate(dict.fromkeys(items))}
    except TypeError:  # mappings: alike by their items
        keys = list(map(tuple, map(methodcaller("items"), items)))
        each = dict(zip(keys, items, strict=True))
        index = {key: i for i, key in enumerate(each)}
        return [Shared([make(each[key]) for key in index], list(map(index.__getitem__, keys)))]
    return [Shared(list(map(make, index)), list(map(index.__getitem__, items)))]


def _count_columns(counts: list[Count | None]) -> list[Any]:
    """A count's value, qualifier, low and high: four columns, empty where no count."""
    if not any(map(is_not, counts, repeat(None))):
        return [nulls(len(counts))] * 4
    if any(map(is_, counts, repeat(None))):
        qualifiers = codes([None if c is None else c.qualifier for c in counts])
        return [
            _each(attrgetter("value"), counts),
            qualifiers,
            _each(attrgetter("low"), counts),
            _each(attrgetter("high"), counts),
        ]
    read = attributes(counts, ("value", "qualifier"))
    if all(map(is_, read["qualifier"], repeat(Qualifier.EXACT))):  # its interval: its value
        return [read["value"], codes(read["qualifier"]), read["value"], read["value"]]
    low, high = attributes(counts, ("low", "high")).values()
    return [read["value"], codes(read["qualifier"]), low, _direct(high)]


def figure_columns(
    figures: Sequence[Figure],
    reports: Sequence[str | None] = (),
    province: Provinces = no_province,
) -> Columns:
    """The columns of :data:`~danvan._flat.FIGURE_TABLE` for ``figures``.

    ``reports`` gives each figure's report, where known; ``province`` each scope's
    province (see :func:`~danvan._flat.provinces`).
    """
    with collector_paused():  # many new lists, none of them in a cycle
        return _figure_columns(figures, reports, province)


# The figure's own attributes the columns read.
_READ = (
    "id",
    "part_of",
    "subset_of",
    "restates",
    "measure",
    "value",
    "out_of",
    "unit_of_measure",
    "occurrences",
    "scope",
    "movements",
    "period",
    "as_of",
    "dims",
    "status",
    "change",
    "compared_to",
    "of",
    "model",
    "directive",
    "breakdowns",
    "notes",
    "source",
)
_DIMS = ("fields", "level", "holder", "kind", "status", "category", "label")


def _direct(cells: list[Any]) -> list[Any] | Shared:
    """A column as read, or an empty one when no row fills it (Arrow makes it in C)."""
    return cells if filled(cells) else nulls(len(cells))


def _figure_columns(
    figures: Sequence[Figure], reports: Sequence[str | None], province: Provinces
) -> Columns:
    fs = list(figures)
    n = len(fs)
    got = attributes(fs, _READ)
    values = got["value"]
    alike = all(map(is_, map(type, values), repeat(Count)))
    counts = values if alike else [_count(v) for v in values]
    dims = attributes(got["dims"], _DIMS)
    scopes = got["scope"]
    known = {scope: province(scope) for scope in set(scopes)}
    units = got["unit_of_measure"]
    starts, ends, years = _shared(_period_columns, got["period"])
    compared_starts, compared_ends, _ = _shared(_period_columns, got["compared_to"])
    sources = _shared(source_columns, got["source"])
    [breakdowns] = _lists(
        lambda b: [f"{dimension}:{c.value}" for dimension, c in b.items()], got["breakdowns"]
    )
    [fields] = _lists(lambda t: [f._value_ for f in t], dims["fields"])
    value, qualifier, low, high = _count_columns(counts)
    if counts is not values:  # percentages have a qualifier too
        qualifier = codes(list(map(attrgetter("qualifier"), values)))
    columns: list[list[Any] | Shared] = [
        _report_codes(list(reports)) if reports else nulls(n),
        got["id"],
        *map(_direct, (got["part_of"], got["subset_of"], got["restates"])),
        got["measure"],
        value,
        qualifier,
        low,
        high,
        _decimals(values, Percent) if counts is not values else nulls(n),
        _decimals(values, Amount) if counts is not values else nulls(n),
        *_count_columns(got["out_of"]),
        _unit_codes(units),
        got["occurrences"],
        scopes,
        _direct(list(map(known.__getitem__, scopes))),
        *_lists(list, got["movements"]),
        starts,
        ends,
        years,
        _direct(got["as_of"]),
        fields,
        codes(dims["level"]),
        codes(dims["holder"]),
        codes(dims["kind"]),
        codes(dims["status"]),
        _direct(dims["category"]),
        _direct(dims["label"]),
        codes(got["status"]),
        codes(got["change"]),
        compared_starts,
        compared_ends,
        *map(_direct, (got["of"], got["model"], got["directive"])),
        breakdowns,
        *_lists(list, got["notes"]),
        *sources,
    ]
    return {c.name: column for c, column in zip(FIGURE_TABLE, columns, strict=True)}


def _unit_codes(units: list[Any]) -> list[str]:
    """Each unit's code: a built-in unit's, or the code a dataset defines, as given."""
    code = {u: u if isinstance(u, str) else u._value_ for u in dict.fromkeys(units)}
    return list(map(code.__getitem__, units))


def _count(value: Any) -> Count | None:
    return value if isinstance(value, Count) else None


def _as_written(number: Decimal) -> Decimal:
    """A decimal without the zeros a table's fixed scale adds: 46.500000000000 is 46.5."""
    plain = number.normalize()
    return plain.quantize(Decimal(1)) if plain.as_tuple().exponent > 0 else plain  # type: ignore[operator]


def _decimals(values: list[Any], kind: type[Percent | Amount]) -> list[Any] | Shared:
    """The exact numbers of the values of one kind, percentages or amounts."""
    return _direct([Decimal(v.value) if isinstance(v, kind) else None for v in values])


def figures_from_columns(
    columns: Mapping[str, Sequence[Any]],
) -> tuple[list[Figure], list[str | None]]:
    """The figures the columns of :data:`~danvan._flat.FIGURE_TABLE` hold, and their reports.

    Each figure is built as :class:`~danvan.Figure` checks it, so a row no figure may
    have is refused.

    Raises:
        InvalidValueError: A code, an id or a value no figure may have.
    """
    names = [c.name for c in FIGURE_TABLE]
    figures: list[Figure] = []
    reports: list[str | None] = []
    for cells in zip(*(columns[name] for name in names), strict=True):
        row = dict(zip(names, cells, strict=True))
        reports.append(row["report"])
        figures.append(_figure(row))
    return figures, reports


def _figure(row: dict[str, Any]) -> Figure:
    qualifier = Qualifier.parse(row["qualifier"])
    value: Count | Percent | Amount = (
        Percent(_as_written(row["percent"]), qualifier)
        if row["percent"] is not None
        else Amount(_as_written(row["amount"]), qualifier)
        if row["amount"] is not None
        else Count(row["value"], qualifier, row["low"], row["high"])
    )
    return Figure(
        measure=row["measure"],
        value=value,
        unit_of_measure=row["unit_of_measure"],  # Figure reads a built-in code as its member
        scope=row["scope"],
        movements=tuple(row["movements"]),
        period=_period_of(row["period_start"], row["period_end"]),
        dims=Dims(
            fields=tuple(Field.parse(f) for f in row["fields"] or ()),
            level=_member(RecognitionLevel, row["level"]),
            holder=_member(HolderKind, row["holder"]),
            kind=_member(ModelKind, row["kind"]),
            status=_member(ModelStatus, row["model_status"]),
            category=row["category"],
            label=row["label"],
        ),
        status=FigureStatus.parse(row["status"]),
        source=_source(row),
        id=row["id"],
        part_of=row["part_of"],
        out_of=None
        if row["out_of"] is None
        else Count(
            row["out_of"],
            Qualifier.parse(row["out_of_qualifier"]),
            row["out_of_low"],
            row["out_of_high"],
        ),
        notes=tuple(row["notes"] or ()),
        restates=row["restates"],
        subset_of=row["subset_of"],
        breakdowns={
            dim: Completeness.parse(done)
            for dim, _, done in (b.partition(":") for b in row["breakdowns"] or ())
        },
        as_of=row["as_of"],
        of=row["of"],
        occurrences=bool(row["occurrences"]),
        model=row["model"],
        directive=row["directive"],
        change=_member(Change, row["change"]),
        compared_to=_period_of(row["compared_to_start"], row["compared_to_end"]),
    )


def _member(vocabulary: Any, code: str | None) -> Any:
    return None if code is None else vocabulary.parse(code)


def _period_of(start: dt.date | None, end: dt.date | None) -> Period | None:
    return None if start is None else Period(start, end)


def _source(row: dict[str, Any]) -> Source | None:
    cells = [row[c.name] for c in SOURCE_COLUMNS]
    if all(cell is None for cell in cells):
        return None
    title, publisher, url, published_on, quote, start, end = cells
    return Source(
        title=title,
        publisher=publisher,
        url=url,
        published_on=None if published_on is None else day_of(published_on),
        quote=quote,
        span=None if start is None else (start, end),
    )
