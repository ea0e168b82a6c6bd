"""Counting models into figures, by a named rule.

Reports count models in different ways, and two honest reports can disagree because of
it. Every count here names its rule (:class:`~danvan.CountingRule`):

- ``DISTINCT_HIGHEST``: each model once, at the highest level it reached; a model
  proposed to a higher level and not yet recognised there sits in its own "proposed"
  cell (the Sơn La city report: 104 grassroots + 23 city + 3 proposed to province = 130).
- ``EVERY_RECOGNITION``: every recognition; a model recognised by the commune and then
  the district counts at both levels (why Ninh Bình reports 1.999 recognised against
  1.635 registered).
- ``REGISTRATIONS``: every registration, at the level of the body registered with (the
  Hồng Lĩnh report: 27 at province level, 85 at town level, 112 in all).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from danvan._arguments import given, items_of
from danvan._counts import Count
from danvan._dates import day_given
from danvan._figures import Dims, Figure, FigureStatus
from danvan._hierarchy import Hierarchy
from danvan._measures import Measure, UnitOfMeasure
from danvan._models import Model, ModelStatus, Proposed, Recognised, Registered
from danvan._periods import Period, period_given
from danvan._table_cells import DIMENSIONS
from danvan._tables import Table
from danvan._terms import Term
from danvan._vocabulary import (
    AdminLevel,
    CountingRule,
    Field,
    HolderKind,
    ModelKind,
    RecognitionLevel,
)
from danvan.exceptions import InvalidValueError

__all__ = ["UnitCells", "count_models"]

_LEVELS = tuple(RecognitionLevel)
_RANK = {level: i for i, level in enumerate(_LEVELS)}
_ALL = "*"

_MEASURE = {
    CountingRule.DISTINCT_HIGHEST: "models",
    CountingRule.EVERY_RECOGNITION: Measure.RECOGNISED.code,
    CountingRule.REGISTRATIONS: Measure.REGISTERED.code,
}


def _window(period: Period | None, at: dt.date | None) -> tuple[dt.date, dt.date]:
    start = period.start if period is not None else dt.date.min
    end = period.end if period is not None and period.end is not None else dt.date.max
    if at is not None:
        end = min(end, at)
    return start, end


class UnitCells:
    """Maps a model's unit to the unit its figures count under (cached per unit)."""

    def __init__(self, hierarchy: Hierarchy, level: AdminLevel | None, scope: str | None) -> None:
        self.hierarchy, self.level = hierarchy, level
        self.inside: set[str] | None = None
        if scope is not None:
            self.inside = {scope} | {u.id for u in hierarchy.descendants(scope)}
        self.cache: dict[str, str | None] = {}

    def cell(self, unit_id: str) -> str | None:
        if unit_id in self.cache:
            return self.cache[unit_id]
        found: str | None = unit_id
        if self.level is not None:
            area = self.hierarchy.area_of(unit_id)
            chain = [area, *self.hierarchy.ancestors(area.id)]
            found = next((u.id for u in chain if u.is_area and u.level is self.level), None)
        self.cache[unit_id] = found
        return found


def count_models(
    models: Iterable[Model],
    hierarchy: Hierarchy,
    *,
    by: Sequence[str] = ("field", "level"),
    rule: CountingRule = CountingRule.DISTINCT_HIGHEST,
    at: dt.date | None = None,
    period: Period | None = None,
    scope: str | None = None,
    unit_level: AdminLevel | None = None,
) -> Table:
    """Count models into computed figures, one per cell of the breakdown.

    Args:
        models: The models to count.
        hierarchy: The units, to place models in ``scope`` and under ``unit_level``.
        by: Dimensions of the breakdown: any of "unit", "year", "field", "level",
            "holder", "kind", "status" (one may be given alone). Figures never mix
            movements.
        rule: The counting rule, or its code ("distinct_highest").
        at: Count what had happened by this day: a date, or written ("2025-07-01",
            "01/7/2025").
        period: Count only events inside this period: a :class:`Period`, a year
            (``2023``) or its words ("năm 2023").
        scope: Count only models of this unit or below it.
        unit_level: With "unit" in ``by``, count under the area of this tier (the
            province, say; its code or name will do) rather than under each model's
            own unit.

    Returns:
        A :class:`Table` of computed figures, naming the rule.

    Raises:
        InvalidValueError: An unknown dimension.
    """
    models = items_of(models, Model, to="count_models", name="models")
    given(hierarchy, Hierarchy, to="count_models", name="hierarchy")
    by = (by,) if isinstance(by, str) else by  # "field": one dimension, not five letters
    rule = CountingRule.parse(rule)  # "distinct_highest", as the wire form writes it
    unit_level = None if unit_level is None else AdminLevel.parse(unit_level)
    at = None if at is None else day_given(at, to="count_models", name="at")
    period = None if period is None else period_given(period, to="count_models", name="period")
    unknown = [d for d in by if d not in DIMENSIONS or d == "movement"]
    if unknown:
        raise InvalidValueError(unknown, f"count by any of {', '.join(DIMENSIONS[1:])}")
    if scope is not None:
        hierarchy.get(scope)
    wanted = set(by)
    start, end = _window(period, at)
    cells = UnitCells(hierarchy, unit_level, scope)
    flags = _Flags(
        *(d in wanted for d in ("unit", "year", "field", "level", "holder", "kind", "status"))
    )
    if rule is CountingRule.DISTINCT_HIGHEST:
        counts = _count_distinct(models, cells, start, end, flags)
    else:
        counts = _count_events(
            models, rule=rule, cells=cells, start=start, end=end, flags=flags, hierarchy=hierarchy
        )
    root = scope or _root(hierarchy)
    figures = [
        Figure(
            measure=_MEASURE[rule],
            value=Count(n),
            unit_of_measure=UnitOfMeasure.MODELS_AND_EXEMPLARS,
            scope=unit or root,
            movements=movement,
            period=Period.year(year) if year is not None else _period_of(period, at),
            dims=Dims(
                fields=() if field is None else (field,),
                level=level,
                holder=holder,
                kind=kind,
                status=status,
            ),
            status=FigureStatus.COMPUTED,
            notes=(f"rule: {rule.value}",),
        )
        for (movement, unit, year, field, level, holder, kind, status), n in sorted(
            _decoded(counts), key=_sort_key
        )
    ]
    return Table(figures, rule=rule, at=at, title=rule.label_en)


_FIELDS = {member.value: member for member in Field}
_HOLDERS = {member.value: member for member in HolderKind}
_KINDS = {member.value: member for member in ModelKind}
_STATUSES = {member.value: member for member in ModelStatus}


def _decoded(counts: dict[tuple[Any, ...], int]) -> list[tuple[tuple[Any, ...], int]]:
    """Turn the codes and ranks of counting keys back into vocabulary members."""
    return [
        (
            (
                movement,
                unit,
                year,
                None if field is None else _FIELDS[field],
                None if level < 0 else _LEVELS[level],
                None if holder is None else _HOLDERS[holder],
                None if kind is None else _KINDS[kind],
                None if status is None else _STATUSES[status],
            ),
            n,
        )
        for (movement, unit, year, field, level, holder, kind, status), n in counts.items()
    ]


def _period_of(period: Period | None, at: dt.date | None) -> Period | None:
    if period is not None and at is not None and (period.end is None or at < period.end):
        return Period(period.start, max(at, period.start))
    return period


def _root(hierarchy: Hierarchy) -> str:
    roots = hierarchy.roots()
    return roots[0].id if len(roots) == 1 else _ALL


def _sort_key(item: tuple[tuple[Any, ...], int]) -> tuple[Any, ...]:
    return tuple(
        (0, "") if v is None else (1, v.rank if hasattr(v, "rank") else _order(v)) for v in item[0]
    )


def _order(value: Any) -> Any:
    if isinstance(value, Term):
        return list(type(value)).index(value)
    return value


@attrs.frozen
class _Flags:
    """Which dimensions a count breaks down by."""

    unit: bool
    year: bool
    field: bool
    level: bool
    holder: bool
    kind: bool
    status: bool


_MIN, _MAX = dt.date.min, dt.date.max
_UNSEEN: Any = object()
_PROPOSED = ModelStatus.PROPOSED


def _count_distinct(  # noqa: PLR0912 - one inlined pass is the point of this function
    models: Iterable[Model], cells: UnitCells, start: dt.date, end: dt.date, flags: _Flags
) -> dict[tuple[Any, ...], int]:
    """Each model once, at its highest level; pending proposals in their own cell.

    This loop is the hot path of national-scale counting: one pass, no calls per event.
    """
    counts: dict[tuple[Any, ...], int] = defaultdict(int)
    inside, cache, cell = cells.inside, cells.cache, cells.cell
    windowed = start != _MIN or end != _MAX
    rank = _RANK
    want_unit, want_year, want_field, want_level = flags.unit, flags.year, flags.field, flags.level
    want_holder, want_kind, want_status = flags.holder, flags.kind, flags.status
    for model in models:
        unit_id = model.unit
        if inside is not None and unit_id not in inside:
            continue
        top = pending = -1
        top_day = pending_day = last = status = None
        for event in model.events:
            day = event.on
            if windowed and not start <= day <= end:  # a month or year: all of it
                continue
            last = day
            kind = type(event)
            if want_status and kind.status is not None:
                status = kind.status
            if kind is Recognised:
                r = rank[event.level]  # type: ignore[union-attr]
                if r > top:
                    top, top_day = r, day
                if r >= pending:
                    pending = -1
            elif kind is Proposed:
                pending, pending_day = rank[event.level], day  # type: ignore[union-attr]
        if last is None:
            continue
        if pending >= 0:
            level, status, year = pending, _PROPOSED, pending_day.year  # type: ignore[union-attr]
        elif top >= 0:
            level, year = top, top_day.year  # type: ignore[union-attr]
        else:
            level, year = -1, last.year
        unit = None
        if want_unit:
            unit = cache.get(unit_id, _UNSEEN)
            if unit is _UNSEEN:
                unit = cell(unit_id)
        # Keys hold codes and ranks, not vocabulary members: enum members hash through
        # Python code, plain strings and ints in C. _decoded() maps them back.
        field = model.field
        key = (
            model.movement,
            unit,
            year if want_year else None,
            field._value_ if want_field and field is not None else None,
            level if want_level else -1,
            model.holder._value_ if want_holder else None,
            model.kind._value_ if want_kind else None,
            # "Proposed to province" is a status, not a level: it keeps its own cell
            # whenever levels are counted.
            status._value_
            if status is not None and (want_status or (want_level and status is _PROPOSED))
            else None,
        )
        counts[key] += 1
    return counts


def _count_events(
    models: Iterable[Model],
    *,
    rule: CountingRule,
    cells: UnitCells,
    start: dt.date,
    end: dt.date,
    flags: _Flags,
    hierarchy: Hierarchy,
) -> dict[tuple[Any, ...], int]:
    """Every recognition, or every registration, in the window."""
    counts: dict[tuple[Any, ...], int] = defaultdict(int)
    wanted_kind = Recognised if rule is CountingRule.EVERY_RECOGNITION else Registered
    status = wanted_kind.status
    for model in models:
        if cells.inside is not None and model.unit not in cells.inside:
            continue
        unit = cells.cell(model.unit) if flags.unit else None
        for event in model.events:
            if type(event) is not wanted_kind or not start <= event.on <= end:
                continue
            level: RecognitionLevel | None
            if isinstance(event, Recognised):
                level = event.level
            else:
                level = _registration_level(event.by, hierarchy)
            key = (
                model.movement,
                unit,
                event.on.year if flags.year else None,
                model.field.value if flags.field and model.field is not None else None,
                _RANK[level] if flags.level and level is not None else -1,
                model.holder.value if flags.holder else None,
                model.kind.value if flags.kind else None,
                status.value if flags.status and status is not None else None,
            )
            counts[key] += 1
    return counts


def _registration_level(body: str | None, hierarchy: Hierarchy) -> RecognitionLevel | None:
    if body is None or body not in hierarchy:
        return None
    return RecognitionLevel.for_admin_level(hierarchy.get(body).level)
