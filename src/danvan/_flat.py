"""Figures and models as flat columns: the one schema Arrow, Parquet, pandas and polars get.

Each table is a tuple of :class:`Column`: a name, a type and what it holds. Codes are the
wire form's codes (Arrow dictionary-encodes them), a count is its value with its
qualifier and interval, a percentage is exact, a period is its first and last day, and
the ids that tie a figure to its report and to the total it breaks down stay. Every field
of the attrs classes has its column (a test holds each class to it), so nothing a value
holds is dropped on the way to an engine; a model's events are a list of structs, from
which :func:`models_from_columns` builds the same models again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from itertools import pairwise, repeat
from operator import attrgetter, is_not
from typing import Any, TypeAlias

import attrs

from danvan._bulk import slot_columns
from danvan._dates import Day, PartialDate
from danvan._hierarchy import Hierarchy
from danvan._sources import Source
from danvan._terms import Term
from danvan._vocabulary import AdminLevel

__all__ = [
    "EVENT_FIELDS",
    "Columns",
    "Nested",
    "Shared",
    "attributes",
    "codes",
    "filled",
    "nulls",
    "sparse",
    "plain",
    "RECIPIENT_FIELDS",
    "shared",
    "SOURCE_COLUMNS",
    "STRUCTS",
    "code_of",
    "column",
    "columns_of",
    "iso",
    "provinces",
    "Provinces",
    "no_province",
    "source_cells",
    "source_columns",
    "day_of",
    "FIGURE_TABLE",
    "Column",
]


@attrs.frozen
class Column:
    """One column of a flat table.

    Attributes:
        name: The column's name.
        type: ``"text"``, ``"code"`` (a vocabulary's code or an id shared by many rows),
            ``"int"``, ``"decimal"``, ``"date"``, ``"bool"``, ``"texts"``, ``"codes"`` (a
            list of them), ``"events"`` (a model's events) or ``"recipients"`` (an
            award's named recipients), lists of structs.
        doc: What it holds.
    """

    name: str
    type: str
    doc: str


def column(name: str, type_: str, doc: str) -> Column:
    return Column(name, type_, doc)


#: Where a figure or an award comes from: its source, and the quote's offsets.
SOURCE_COLUMNS: tuple[Column, ...] = (
    column("source_title", "text", "the source's title"),
    column("source_publisher", "text", "its publisher"),
    column("source_url", "text", "its address"),
    column("source_published_on", "text", "its day, ISO ('2023-11-22', '2023-11', '2023')"),
    column("source_quote", "text", "the words quoted"),
    column("quote_start", "int", "where the quote starts in the source text"),
    column("quote_end", "int", "where it ends"),
)

#: The columns of the figures table, one row per figure.
FIGURE_TABLE: tuple[Column, ...] = (
    column("report", "code", "the report's id; empty for a computed figure"),
    column("id", "text", "the figure's id within its report"),
    column("part_of", "text", "the id of the total this figure breaks down"),
    column("subset_of", "text", "the id of the figure this one is a subset of"),
    column("restates", "text", "the id of the figure this one restates"),
    column("measure", "code", "the measure's code"),
    column("value", "int", "a count's value (empty for a percentage or an amount)"),
    column("qualifier", "code", "exact, over, nearly …"),
    column("low", "int", "the lowest value the count may be"),
    column("high", "int", "the highest value it may be; empty when unbounded"),
    column("percent", "decimal", "a percentage's value, exact (empty for a count)"),
    column("amount", "decimal", "an amount's value with its fraction, exact ('46,5 km')"),
    column("out_of", "int", "the denominator of a ratio ('8/8 huyện')"),
    column("out_of_qualifier", "code", "the denominator's qualifier ('trên 20 xã')"),
    column("out_of_low", "int", "the lowest value the denominator may be"),
    column("out_of_high", "int", "the highest value it may be; empty when unbounded"),
    column("unit_of_measure", "code", "what the figure counts or measures"),
    column("occurrences", "bool", "whether it counts occurrences ('lượt')"),
    column("scope", "code", "the unit the figure is about"),
    column("province", "code", "the province of that unit, when the hierarchy says"),
    column("movements", "codes", "the movements (programmes) it belongs to"),
    column("period_start", "date", "the first day of its period"),
    column("period_end", "date", "the last day; empty for a period that runs on"),
    column("year", "int", "the year the period ends in (starts in, when it runs on)"),
    column("as_of", "date", "the day a stock stands on"),
    column("fields", "codes", "the fields of its cell"),
    column("level", "code", "the recognition level of its cell"),
    column("holder", "code", "collective, individual or household"),
    column("kind", "code", "model or exemplar"),
    column("model_status", "code", "the model status of its cell"),
    column("category", "text", "a cell the report names in its own words"),
    column("label", "text", "the words the report uses for the cell"),
    column("status", "code", "reported, estimated, provisional or computed"),
    column("change", "code", "increase or decrease, for a change"),
    column("compared_to_start", "date", "the first day of the period it is compared to"),
    column("compared_to_end", "date", "the last day of that period"),
    column("of", "text", "the id of the figure a percentage is of"),
    column("model", "code", "the model it is about"),
    column("directive", "code", "the document it reports on"),
    column("breakdowns", "texts", "'dimension:completeness' for each breakdown declared"),
    column("notes", "texts", "notes"),
    *SOURCE_COLUMNS,
)

#: The fields of a model's event, as the struct of the ``events`` column holds them.
EVENT_FIELDS: tuple[Column, ...] = (
    column("kind", "code", "registered, built, appraised, recognised, proposed …"),
    column("on", "text", "the day, ISO; a month or a year when that is all it says"),
    column("on_first", "date", "the first day it may be"),
    column("on_last", "date", "the last day it may be"),
    column("by", "code", "the acting unit"),
    column("level", "code", "the level recognised or proposed"),
    column("note", "text", "what the support was"),
    column("to", "codes", "the units it was replicated to"),
    column("reason", "text", "why it stopped"),
)

#: The fields of a named recipient of an award.
RECIPIENT_FIELDS: tuple[Column, ...] = (
    column("holder", "code", "collective or individual"),
    column("name", "text", "the recipient's name"),
    column("unit", "code", "the recipient's unit"),
)
#: The struct of each list-of-structs column type.
STRUCTS = {"events": EVENT_FIELDS, "recipients": RECIPIENT_FIELDS}


@attrs.frozen
class Shared:
    """A column whose rows repeat a few values: the values, and each row's index in them.

    A report's figures share one period and one source, and a code column holds a few
    codes: Arrow builds such a column in C from the indices, and a frame expands it.

    Attributes:
        values: The distinct values.
        where: Each row's index in ``values``; ``None`` for an empty cell.
    """

    values: list[Any]
    where: list[int | None]

    def expand(self) -> list[Any]:
        """The column, row by row."""
        values = [*self.values, None]
        last = len(self.values)
        return list(map(values.__getitem__, (last if i is None else i for i in self.where)))


@attrs.frozen
class Nested:
    """A column of lists of structs (a model's events), as its fields' flat columns.

    Attributes:
        offsets: Where each row's items start in the fields' columns, and where the last
            one ends.
        fields: Each field of the struct, as one column over every row's items.
    """

    offsets: list[int]
    fields: dict[str, list[Any] | Shared]

    def expand(self) -> list[Any]:
        """The column, row by row: each row a list of dicts."""
        names = list(self.fields)
        columns = [c.expand() if isinstance(c, Shared) else c for c in self.fields.values()]
        items = [dict(zip(names, cells, strict=True)) for cells in zip(*columns, strict=True)]
        return [items[a:b] for a, b in pairwise(self.offsets)]


def codes(members: list[Any]) -> Shared:
    """Vocabulary members (or ``None``) as their codes and each row's index in them."""
    if not any(map(is_not, members, repeat(None))):  # a column no row fills
        return nulls(len(members))
    first = next(m for m in members if m is not None)
    vocabulary: list[Any] = [*type(first)] if isinstance(first, Term) else []  # one a column
    index: dict[Any, int] = {member: i for i, member in enumerate(vocabulary)}  # by identity
    return Shared([m._value_ for m in vocabulary], list(map(index.get, members)))


def filled(cells: list[Any]) -> bool:
    """Whether any cell of text, numbers or days is not ``None``.

    At once when the first is not; else the ``None`` cells are counted by identity, in
    C: a column of a few ids in a million ("restates", "part_of") is read forty times as
    fast as by a test of each cell. (Not for cells that compare in Python, such as
    terms or counts: each would be compared with ``None``.)
    """
    return bool(cells) and (cells[0] is not None or cells.count(None) != len(cells))


def attributes(items: list[Any], names: tuple[str, ...]) -> dict[str, list[Any]]:
    """The attributes ``names`` of each item, as a list per name, read in C.

    A block of items of one slotted class at a time (see :func:`~danvan._bulk.slot_columns`).
    """
    return slot_columns(items, names)


def sparse(items: list[Any], kinds: set[type], name: str) -> list[Any] | Shared:
    """Each item's ``name`` where its type has one, empty elsewhere.

    ``kinds`` are the types of the items. Events of a few kinds have a level or a note:
    a column no event's kind has is not walked at all.
    """
    having = {kind for kind in kinds if hasattr(kind, name)}
    if not having:
        return nulls(len(items))
    if having == kinds:
        return list(map(attrgetter(name), items))
    return list(map(getattr, items, repeat(name), repeat(None)))


def nulls(rows: int) -> Shared:
    """A column no row fills: Arrow makes it whole, without a cell from Python."""
    return Shared([], [None] * rows)


Columns: TypeAlias = Mapping[str, "list[Any] | Shared | Nested"]


def plain(columns: Columns) -> dict[str, list[Any]]:
    """The columns with every shared one expanded, for pandas and polars."""
    return {
        name: column.expand() if isinstance(column, Shared | Nested) else column
        for name, column in columns.items()
    }


def shared(cells: list[Any]) -> Shared:
    """A column of a few values repeated (days, units, kinds of event) as a :class:`Shared`."""
    values = list(dict.fromkeys(cells))
    index = {value: i for i, value in enumerate(values)}
    return Shared(values, list(map(index.__getitem__, cells)))


def code_of(member: Any) -> str | None:
    return None if member is None else str(member.value)


def day_of(text: str) -> Day:
    """A day from its ISO text: a date ('2023-11-22') or a partial date ('2023-11')."""
    return dt.date.fromisoformat(text) if len(text) == 10 else PartialDate.parse(text)


def iso(day: Day | None) -> str | None:
    return None if day is None else day.isoformat()


#: Each unit's province, or ``None``.
Provinces: TypeAlias = Callable[[str], "str | None"]


def no_province(unit: str) -> None:
    """No unit's province is known: there is no hierarchy."""


def provinces(hierarchy: Hierarchy | None) -> Provinces:
    """Each unit's province in ``hierarchy``, each unit looked up once, then remembered.

    Made once for a table, so that its chunks share what was looked up.
    """
    found: dict[str, str | None] = {}

    def province(unit: str) -> str | None:
        if hierarchy is None:
            return None
        if unit not in found:
            try:
                chain = [unit, *(u.id for u in hierarchy.ancestors(unit))]
                levels = {u: hierarchy.get(u).level for u in chain}
            except ValueError:
                levels = {}
            found[unit] = next((u for u, lv in levels.items() if lv is AdminLevel.PROVINCE), None)
        return found[unit]

    return province


def source_cells(source: Source | None) -> tuple[Any, ...]:
    """The cells of :data:`SOURCE_COLUMNS` for a source (all empty for none)."""
    if source is None:
        return (None,) * len(SOURCE_COLUMNS)
    return tuple(column[0] for column in source_columns([source]))


def source_columns(sources: list[Source]) -> list[list[Any]]:
    """The columns of :data:`SOURCE_COLUMNS` for each of ``sources``, read a block at a time."""
    read = attributes(sources, ("title", "publisher", "url", "published_on", "quote", "span"))
    days, spans = read.pop("published_on"), read.pop("span")
    title, publisher, url, quote = read.values()
    starts = [None if span is None else span[0] for span in spans]
    ends = [None if span is None else span[1] for span in spans]
    return [title, publisher, url, [iso(day) for day in days], quote, starts, ends]


def columns_of(table: tuple[Column, ...], rows: Iterable[tuple[Any, ...]]) -> dict[str, list[Any]]:
    columns: list[list[Any]] = [[] for _ in table]
    appends = [c.append for c in columns]
    for row in rows:
        for append, cell in zip(appends, row, strict=True):
            append(cell)
    return {c.name: values for c, values in zip(table, columns, strict=True)}
