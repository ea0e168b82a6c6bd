"""The store's derived tables: a row per figure, award, model and unit, for queries.

They are rebuilt from the documents, never edited by hand: adding a report writes its
figures' rows, replacing it rewrites them, and a change of their shape rebuilds them all.
Codes are the wire form's codes, so that the ``sqlite3`` shell, datasette or any SQL
reader sees what the JSON says.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from danvan._awards import Award
from danvan._counts import Count
from danvan._figures import Figure
from danvan._models import Model
from danvan._numbers import Amount, Percent
from danvan._reports import Report
from danvan._units import Unit
from danvan.serialization import from_dict

__all__ = ["Provinces", "forget", "write"]

_KEY = {"report": ("figures", "report"), "award": ("awards", "award")}
_KEY |= {"model": ("models", "model"), "unit": ("units", "unit")}
_TYPES: dict[str, type[Any]] = {"report": Report, "award": Award, "model": Model, "unit": Unit}


class Provinces:
    """The province each unit lies in, read from the units the store holds."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._parent: dict[str, tuple[str | None, str | None]] = {
            unit: (parent, level)
            for unit, parent, level in db.execute("SELECT unit, parent, level FROM units")
        }
        self._found: dict[str, str | None] = {}

    def learn(self, data: dict[str, Any]) -> None:
        """Learn a unit from its wire form, before its rows or its children's are written."""
        self._parent[data["id"]] = (data.get("parent"), data.get("level"))
        self._found.clear()

    def of(self, unit: str | None) -> str | None:
        if unit is None:
            return None
        if unit not in self._found:
            at: str | None = unit
            seen: set[str] = set()
            province = None
            while at is not None and at not in seen:
                seen.add(at)
                parent, level = self._parent.get(at, (None, None))
                if level == "province":
                    province = at
                    break
                at = parent
            self._found[unit] = province
        return self._found[unit]


def forget(db: sqlite3.Connection, kind: str, key: str) -> None:
    """Delete the derived rows of one document."""
    if kind in _KEY:
        table, column = _KEY[kind]
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (key,))  # noqa: S608


def write(
    db: sqlite3.Connection,
    kind: str,
    data: dict[str, Any],
    provinces: Provinces,
    value: Any = None,
) -> None:
    """Write the derived rows of one document: its value, or else its wire-form dict."""
    if kind not in _TYPES:
        return
    if not isinstance(value, _TYPES[kind]):
        value = from_dict(data, _TYPES[kind])
    table = _KEY[kind][0]
    rows: list[tuple[Any, ...]]
    if isinstance(value, Unit):
        rows = [_unit(value, provinces)]
    elif isinstance(value, Model):
        rows = [_model(value, provinces)]
    elif isinstance(value, Award):
        rows = [_award(value)]
    else:
        rows = list(_figures(value, provinces))
    if rows:  # a report may give no figure
        marks = ",".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608


def _unit(unit: Unit, provinces: Provinces) -> tuple[Any, ...]:
    return (unit.id, unit.name, unit.level.value, unit.parent, provinces.of(unit.id))


def _model(model: Model, provinces: Provinces) -> tuple[Any, ...]:
    first = min((str(e.on) for e in model.events), default=None)
    return (
        model.id,
        model.title,
        model.unit,
        provinces.of(model.unit),
        model.kind.value,
        model.holder.value,
        model.field.value if model.field is not None else None,
        model.movement,
        first,
        len(model.events),
    )


def _award(award: Award) -> tuple[Any, ...]:
    on = str(award.on) if award.on is not None else None
    return (
        award.id,
        award.form.value if award.form is not None else None,
        award.issuer or award.issuer_text,
        on,
        int(on[:4]) if on else None,
        ",".join(award.movements),
        _count(award.collectives),
        _count(award.individuals),
        _count(award.households),
        _count(award.others),
    )


def _count(count: Count | None) -> int | None:
    return count.value if count is not None else None


def _figures(report: Report, provinces: Provinces) -> Iterator[tuple[Any, ...]]:
    for position, figure in enumerate(report.figures):
        yield _figure(report.id, position, figure, provinces)


def _figure(report: str, position: int, figure: Figure, provinces: Provinces) -> tuple[Any, ...]:
    period, dims, value = figure.period, figure.dims, figure.value
    count = value if isinstance(value, Count) else None
    span = figure.source.span if figure.source is not None else None
    end = period.end if period is not None else None
    unit = figure.unit_of_measure
    return (
        report,
        figure.id,
        position,
        figure.scope,
        provinces.of(figure.scope),
        end.year if end is not None else None,
        str(period.start) if period is not None else None,
        str(end) if end is not None else None,
        figure.measure,
        unit if isinstance(unit, str) else unit.value,
        dims.level.value if dims.level is not None else None,
        json.dumps([f.value for f in dims.fields]) if dims.fields else None,
        dims.holder.value if dims.holder is not None else None,
        dims.kind.value if dims.kind is not None else None,
        dims.status.value if dims.status is not None else None,
        count.value if count is not None else None,
        str(value.value) if isinstance(value, Percent) else None,
        str(value.value) if isinstance(value, Amount) else None,
        value.qualifier.value,
        count.low if count is not None else None,
        count.high if count is not None else None,
        figure.part_of,
        figure.subset_of,
        ",".join(figure.movements),
        figure.status.value,
        span[0] if span is not None else None,
        span[1] if span is not None else None,
    )
