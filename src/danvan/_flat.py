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
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from danvan._counts import Count
from danvan._dates import Day, PartialDate, first_day, last_day
from danvan._extras import optional
from danvan._figures import Figure
from danvan._hierarchy import Hierarchy
from danvan._models import EVENT_KINDS, Model, ModelEvent
from danvan._numbers import Percent
from danvan._vocabulary import AdminLevel, Field, HolderKind, ModelKind, RecognitionLevel

__all__ = [
    "EVENT_FIELDS",
    "arrow_schema",
    "arrow_table",
    "FIGURE_TABLE",
    "MODEL_TABLE",
    "Column",
    "figure_columns",
    "model_columns",
    "models_from_columns",
]


@attrs.frozen
class Column:
    """One column of a flat table.

    Attributes:
        name: The column's name.
        type: ``"text"``, ``"code"`` (a vocabulary's code or an id shared by many rows),
            ``"int"``, ``"decimal"``, ``"date"``, ``"bool"``, ``"texts"``, ``"codes"`` (a
            list of them) or ``"events"`` (a model's events, a list of structs).
        doc: What it holds.
    """

    name: str
    type: str
    doc: str


def _c(name: str, type_: str, doc: str) -> Column:
    return Column(name, type_, doc)


#: The columns of the figures table, one row per figure.
FIGURE_TABLE: tuple[Column, ...] = (
    _c("report", "code", "the report's id; empty for a computed figure"),
    _c("id", "text", "the figure's id within its report"),
    _c("part_of", "text", "the id of the total this figure breaks down"),
    _c("subset_of", "text", "the id of the figure this one is a subset of"),
    _c("restates", "text", "the id of the figure this one restates"),
    _c("measure", "code", "the measure's code"),
    _c("value", "int", "a count's value (empty for a percentage)"),
    _c("qualifier", "code", "exact, over, nearly …"),
    _c("low", "int", "the lowest value the count may be"),
    _c("high", "int", "the highest value it may be; empty when unbounded"),
    _c("percent", "decimal", "a percentage's value, exact (empty for a count)"),
    _c("out_of", "int", "the denominator of a ratio ('8/8 huyện')"),
    _c("unit_of_measure", "code", "what the figure counts or measures"),
    _c("occurrences", "bool", "whether it counts occurrences ('lượt')"),
    _c("scope", "code", "the unit the figure is about"),
    _c("province", "code", "the province of that unit, when the hierarchy says"),
    _c("movements", "codes", "the movements (programmes) it belongs to"),
    _c("period_start", "date", "the first day of its period"),
    _c("period_end", "date", "the last day; empty for a period that runs on"),
    _c("year", "int", "the year the period ends in (starts in, when it runs on)"),
    _c("as_of", "date", "the day a stock stands on"),
    _c("fields", "codes", "the fields of its cell"),
    _c("level", "code", "the recognition level of its cell"),
    _c("holder", "code", "collective, individual or household"),
    _c("kind", "code", "model or exemplar"),
    _c("model_status", "code", "the model status of its cell"),
    _c("category", "text", "a cell the report names in its own words"),
    _c("label", "text", "the words the report uses for the cell"),
    _c("status", "code", "reported, estimated, provisional or computed"),
    _c("change", "code", "increase or decrease, for a change"),
    _c("compared_to_start", "date", "the first day of the period it is compared to"),
    _c("compared_to_end", "date", "the last day of that period"),
    _c("of", "text", "the id of the figure a percentage is of"),
    _c("model", "code", "the model it is about"),
    _c("directive", "code", "the document it reports on"),
    _c("breakdowns", "texts", "'dimension:completeness' for each breakdown declared"),
    _c("notes", "texts", "notes"),
    _c("source_title", "text", "the source's title"),
    _c("source_publisher", "text", "its publisher"),
    _c("source_url", "text", "its address"),
    _c("source_published_on", "text", "its day, ISO ('2023-11-22', '2023-11', '2023')"),
    _c("source_quote", "text", "the words quoted"),
    _c("quote_start", "int", "where the quote starts in the source text"),
    _c("quote_end", "int", "where it ends"),
)

#: The fields of a model's event, as the struct of the ``events`` column holds them.
EVENT_FIELDS: tuple[Column, ...] = (
    _c("kind", "code", "registered, built, appraised, recognised, proposed …"),
    _c("on", "text", "the day, ISO; a month or a year when that is all it says"),
    _c("on_first", "date", "the first day it may be"),
    _c("on_last", "date", "the last day it may be"),
    _c("by", "code", "the acting unit"),
    _c("level", "code", "the level recognised or proposed"),
    _c("note", "text", "what the support was"),
    _c("to", "codes", "the units it was replicated to"),
    _c("reason", "text", "why it stopped"),
)

#: The columns of the models table, one row per model.
MODEL_TABLE: tuple[Column, ...] = (
    _c("id", "text", "the model's id"),
    _c("title", "text", "its name"),
    _c("kind", "code", "model or exemplar"),
    _c("holder", "code", "collective, individual or household"),
    _c("field", "code", "its field"),
    _c("unit", "code", "the unit that holds it"),
    _c("province", "code", "the province of that unit, when the hierarchy says"),
    _c("movement", "code", "its movement"),
    _c("phase", "code", "its phase"),
    _c("holder_name", "text", "the holder's name"),
    _c("partners", "codes", "partner units"),
    _c("notes", "texts", "notes"),
    _c("events", "events", "its events, in order (see the event fields)"),
)


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
    fields = [pa.field(c.name, _arrow_type(pa, c.type)) for c in EVENT_FIELDS]
    return pa.list_(pa.struct(fields))


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


def arrow_table(table: tuple[Column, ...], columns: dict[str, list[Any]]) -> Any:
    """A ``pyarrow.Table`` of flat columns: codes dictionary-encoded, types exact."""
    pa = optional("arrow", "pyarrow")
    arrays = []
    for column in table:
        array = pa.array(columns[column.name], type=_arrow_type(pa, column.type))
        arrays.append(array.dictionary_encode() if column.type == "code" else array)
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table))


def _code(member: Any) -> str | None:
    return None if member is None else str(member.value)


def _iso(day: Day | None) -> str | None:
    return None if day is None else day.isoformat()


def _province(hierarchy: Hierarchy | None) -> Callable[[str], str | None]:
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


def figure_columns(
    figures: Sequence[Figure],
    reports: Sequence[str | None] = (),
    hierarchy: Hierarchy | None = None,
) -> dict[str, list[Any]]:
    """The columns of :data:`FIGURE_TABLE` for ``figures``.

    ``reports`` gives each figure's report, where known; ``hierarchy`` each scope's
    province.
    """
    province = _province(hierarchy)
    rows = (
        _figure_row(f, r, province) for f, r in zip(figures, _padded(reports, figures), strict=True)
    )
    return _columns(FIGURE_TABLE, rows)


def _padded(reports: Sequence[str | None], figures: Sequence[Figure]) -> Sequence[str | None]:
    return reports if reports else [None] * len(figures)


def _figure_row(
    figure: Figure, report: str | None, province: Callable[[str], str | None]
) -> tuple[Any, ...]:
    value, dims, period, source = figure.value, figure.dims, figure.period, figure.source
    count = value if isinstance(value, Count) else None
    percent = value.value if isinstance(value, Percent) else None
    compared = figure.compared_to
    span = source.span if source is not None else None
    unit = figure.unit_of_measure
    return (
        report,
        figure.id,
        figure.part_of,
        figure.subset_of,
        figure.restates,
        figure.measure,
        count.value if count is not None else None,
        value.qualifier.value,
        count.low if count is not None else None,
        count.high if count is not None else None,
        Decimal(percent) if percent is not None else None,
        figure.out_of.value if figure.out_of is not None else None,
        unit if isinstance(unit, str) else unit.value,
        figure.occurrences,
        figure.scope,
        province(figure.scope),
        list(figure.movements),
        period.start if period is not None else None,
        period.end if period is not None else None,
        (period.end or period.start).year if period is not None else None,
        figure.as_of,
        [f.value for f in dims.fields],
        _code(dims.level),
        _code(dims.holder),
        _code(dims.kind),
        _code(dims.status),
        dims.category,
        dims.label,
        figure.status.value,
        _code(figure.change),
        compared.start if compared is not None else None,
        compared.end if compared is not None else None,
        figure.of,
        figure.model,
        figure.directive,
        [f"{dimension}:{c.value}" for dimension, c in figure.breakdowns.items()],
        list(figure.notes),
        source.title if source is not None else None,
        source.publisher if source is not None else None,
        source.url if source is not None else None,
        _iso(source.published_on) if source is not None else None,
        source.quote if source is not None else None,
        span[0] if span is not None else None,
        span[1] if span is not None else None,
    )


def _columns(table: tuple[Column, ...], rows: Iterable[tuple[Any, ...]]) -> dict[str, list[Any]]:
    columns: list[list[Any]] = [[] for _ in table]
    appends = [c.append for c in columns]
    for row in rows:
        for append, cell in zip(appends, row, strict=True):
            append(cell)
    return {c.name: values for c, values in zip(table, columns, strict=True)}


def model_columns(
    models: Iterable[Model], hierarchy: Hierarchy | None = None
) -> dict[str, list[Any]]:
    """The columns of :data:`MODEL_TABLE` for ``models``; ``hierarchy`` gives provinces."""
    province = _province(hierarchy)
    rows = (
        (
            m.id,
            m.title,
            m.kind.value,
            m.holder.value,
            _code(m.field),
            m.unit,
            province(m.unit),
            m.movement,
            m.phase,
            m.holder_name,
            list(m.partners),
            list(m.notes),
            [_event(e) for e in m.events],
        )
        for m in models
    )
    return _columns(MODEL_TABLE, rows)


def _event(event: ModelEvent) -> dict[str, Any]:
    level = getattr(event, "level", None)
    to = getattr(event, "to", None)
    return {
        "kind": event.kind,
        "on": event.on.isoformat(),
        "on_first": first_day(event.on),
        "on_last": last_day(event.on),
        "by": event.by,
        "level": _code(level),
        "note": getattr(event, "note", None),
        "to": list(to) if to is not None else None,
        "reason": getattr(event, "reason", None),
    }


_EVENTS = {kind.kind: kind for kind in EVENT_KINDS}


def models_from_columns(columns: dict[str, Sequence[Any]]) -> list[Model]:
    """The models the columns of :data:`MODEL_TABLE` hold, as they were written.

    Raises:
        InvalidValueError: A code, an id or an event that no model may have.
    """
    models = []
    names = [c.name for c in MODEL_TABLE]
    for row in zip(*(columns[name] for name in names), strict=True):
        m = dict(zip(names, row, strict=True))
        models.append(
            Model(
                id=m["id"],
                title=m["title"],
                kind=ModelKind.parse(m["kind"]),
                holder=HolderKind.parse(m["holder"]),
                field=Field.parse(m["field"]) if m["field"] is not None else None,
                unit=m["unit"],
                movement=m["movement"],
                phase=m["phase"],
                holder_name=m["holder_name"],
                partners=tuple(m["partners"] or ()),
                notes=tuple(m["notes"] or ()),
                events=tuple(_event_of(e) for e in m["events"] or ()),
            )
        )
    return models


def _event_of(data: dict[str, Any]) -> ModelEvent:
    kind = _EVENTS[data["kind"]]
    on = data["on"]
    values: dict[str, Any] = {"on": _day(on), "by": data.get("by")}
    names = {a.name for a in attrs.fields(kind)}
    if "level" in names:
        values["level"] = RecognitionLevel.parse(data["level"])
    for name in ("note", "reason"):
        if name in names:
            values[name] = data.get(name)
    if "to" in names:
        values["to"] = tuple(data.get("to") or ())
    event: ModelEvent = kind(**values)
    return event


def _day(text: str) -> Day:
    return dt.date.fromisoformat(text) if len(text) == 10 else PartialDate.parse(text)
