"""Model records as flat columns: one row per model, its events a list of structs.

:func:`models_from_columns` builds the same models again from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from danvan._dates import Day, PartialDate, first_day, last_day
from danvan._flat import Column, code_of, column, columns_of, provinces
from danvan._hierarchy import Hierarchy
from danvan._models import EVENT_KINDS, Model, ModelEvent
from danvan._vocabulary import Field, HolderKind, ModelKind, RecognitionLevel

__all__ = ["MODEL_TABLE", "model_columns", "models_from_columns"]

#: The columns of the models table, one row per model.
MODEL_TABLE: tuple[Column, ...] = (
    column("id", "text", "the model's id"),
    column("title", "text", "its name"),
    column("kind", "code", "model or exemplar"),
    column("holder", "code", "collective, individual or household"),
    column("field", "code", "its field"),
    column("unit", "code", "the unit that holds it"),
    column("province", "code", "the province of that unit, when the hierarchy says"),
    column("movement", "code", "its movement"),
    column("phase", "code", "its phase"),
    column("holder_name", "text", "the holder's name"),
    column("partners", "codes", "partner units"),
    column("notes", "texts", "notes"),
    column("events", "events", "its events, in order (see the event fields)"),
)


def model_columns(
    models: Iterable[Model], hierarchy: Hierarchy | None = None
) -> dict[str, list[Any]]:
    """The columns of :data:`MODEL_TABLE` for ``models``; ``hierarchy`` gives provinces."""
    province = provinces(hierarchy)
    rows = (
        (
            m.id,
            m.title,
            m.kind.value,
            m.holder.value,
            code_of(m.field),
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
    return columns_of(MODEL_TABLE, rows)


def _event(event: ModelEvent) -> dict[str, Any]:
    level = getattr(event, "level", None)
    to = getattr(event, "to", None)
    return {
        "kind": event.kind,
        "on": event.on.isoformat(),
        "on_first": first_day(event.on),
        "on_last": last_day(event.on),
        "by": event.by,
        "level": code_of(level),
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
