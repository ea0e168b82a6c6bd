"""Model records as flat columns: one row per model, its events a list of structs.

:func:`models_from_columns` builds the same models again from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, chain
from typing import Any

import attrs

from danvan._bulk import collector_paused
from danvan._dates import first_day, last_day
from danvan._flat import (
    Column,
    Columns,
    Nested,
    Provinces,
    Shared,
    attributes,
    codes,
    column,
    day_of,
    no_province,
    shared,
    sparse,
)
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


def model_columns(models: Iterable[Model], province: Provinces = no_province) -> Columns:
    """The columns of :data:`MODEL_TABLE` for ``models``; ``province``, each unit's province.

    See :func:`~danvan._flat.provinces`.
    """
    with collector_paused():  # many new lists, none of them in a cycle
        return _model_columns(list(models), province)


_READ = tuple(f.name for f in attrs.fields(Model))  # every field of a model


def _model_columns(ms: list[Model], province: Provinces) -> Columns:
    got = attributes(ms, _READ)
    units = got["unit"]
    known = {unit: province(unit) for unit in set(units)}
    event_lists = got["events"]
    events = list(chain.from_iterable(event_lists))
    types = shared(list(map(type, events)))  # a few kinds of event
    kinds = set(types.values)
    read = attributes(events, ("on", "by"))
    on = shared(read["on"])  # a few thousand days, each once
    simple = set(map(type, on.values)) <= {dt.date}
    level = sparse(events, kinds, "level")
    columns: list[Any] = [
        got["id"],
        got["title"],
        codes(got["kind"]),
        codes(got["holder"]),
        codes(got["field"]),
        units,
        list(map(known.__getitem__, units)),
        got["movement"],
        got["phase"],
        got["holder_name"],
        got["partners"],
        got["notes"],
        Nested(
            list(accumulate(map(len, event_lists), initial=0)),
            {
                "kind": Shared([kind.kind for kind in types.values], types.where),
                "on": Shared([d.isoformat() for d in on.values], on.where),
                "on_first": on if simple else Shared(list(map(first_day, on.values)), on.where),
                "on_last": on if simple else Shared(list(map(last_day, on.values)), on.where),
                "by": shared(read["by"]),
                "level": level if isinstance(level, Shared) else codes(level),
                "note": sparse(events, kinds, "note"),
                "to": sparse(events, kinds, "to"),
                "reason": sparse(events, kinds, "reason"),
            },
        ),
    ]
    return {c.name: column for c, column in zip(MODEL_TABLE, columns, strict=True)}


_EVENTS = {kind.kind: kind for kind in EVENT_KINDS}


def models_from_columns(columns: Mapping[str, Sequence[Any]]) -> list[Model]:
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
    values: dict[str, Any] = {"on": day_of(on), "by": data.get("by")}
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
