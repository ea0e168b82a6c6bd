"""Counting models, rolling figures up the hierarchy, and across reorganisations.

Reports count models in different ways, and two honest reports can disagree because of
it. Every count here names its rule (:class:`CountingRule`):

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
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from danvan._counts import Count
from danvan._figures import Dims, Figure, FigureStatus
from danvan._hierarchy import Hierarchy
from danvan._measures import AcrossUnits, Measure, UnitOfMeasure
from danvan._models import Model, ModelStatus, Proposed, Recognised, Registered
from danvan._periods import Period
from danvan._tables import DIMENSIONS, Table, cell
from danvan._terms import Term
from danvan._vocabulary import AdminLevel, Field, HolderKind, ModelKind, RecognitionLevel
from danvan.exceptions import InvalidValueError

__all__ = [
    "Coverage",
    "CountingRule",
    "Share",
    "compare",
    "count_models",
    "coverage",
    "crosswalk",
    "rollup",
    "shares",
]

_LEVELS = tuple(RecognitionLevel)
_RANK = {level: i for i, level in enumerate(_LEVELS)}
_ALL = "*"


class CountingRule(Term):
    """How models are counted into figures."""

    DISTINCT_HIGHEST = (
        "distinct_highest",
        "mỗi mô hình một lần, ở cấp cao nhất đạt được",
        "each model once, at its highest level",
    )
    EVERY_RECOGNITION = (
        "every_recognition",
        "mỗi lượt công nhận",
        "every recognition",
    )
    REGISTRATIONS = ("registrations", "mỗi lượt đăng ký", "every registration")


_MEASURE = {
    CountingRule.DISTINCT_HIGHEST: "models",
    CountingRule.EVERY_RECOGNITION: Measure.RECOGNISED.code,
    CountingRule.REGISTRATIONS: Measure.REGISTERED.code,
}


def _window(period: Period | None, at: dt.date | None) -> tuple[dt.date, dt.date]:
    start = period.start if period is not None else dt.date.min
    end = period.end if period is not None else dt.date.max
    if at is not None:
        end = min(end, at)
    return start, end


class _UnitCells:
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
    *,
    hierarchy: Hierarchy,
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
            "holder", "kind", "status". Figures never mix movements.
        rule: The counting rule.
        at: Count what had happened by this day.
        period: Count only events inside this period.
        scope: Count only models of this unit or below it.
        unit_level: With "unit" in ``by``, count under the area of this tier (the
            province, say) rather than under each model's own unit.

    Returns:
        A :class:`Table` of computed figures, naming the rule.

    Raises:
        InvalidValueError: An unknown dimension.
    """
    unknown = [d for d in by if d not in DIMENSIONS or d == "movement"]
    if unknown:
        raise InvalidValueError(unknown, f"count by any of {', '.join(DIMENSIONS[1:])}")
    if scope is not None:
        hierarchy.get(scope)
    wanted = set(by)
    start, end = _window(period, at)
    cells = _UnitCells(hierarchy, unit_level, scope)
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
            movement=movement,
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
    cut = f" at {at.isoformat()}" if at else ""
    return Table(figures=tuple(figures), rule=f"{rule.value}{cut}", title=rule.label_en)


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
    if period is not None and at is not None and at < period.end:
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
    models: Iterable[Model], cells: _UnitCells, start: dt.date, end: dt.date, flags: _Flags
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
            if windowed and (day < start or day > end):
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
    cells: _UnitCells,
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


# -- roll-up and crosswalk ------------------------------------------------------------------


def _summable(figure: Figure, extra: Sequence[Measure]) -> None:
    measure = next((m for m in extra if m.code == figure.measure), None)
    if measure is None:
        measure = next((m for m in Measure.builtins() if m.code == figure.measure), None)
    if measure is not None and measure.across_units is not AcrossUnits.SUM:
        raise InvalidValueError(
            figure.measure,
            f"figures of this measure do not add up across units ({measure.across_units.value})",
        )


def _merge(figures: Iterable[tuple[str, Figure]], rule: str) -> list[Figure]:
    """Sum figures that land in the same cell; keep every reason any of them carries."""
    totals: dict[tuple[Any, ...], tuple[Figure, Count, dict[str, None]]] = {}
    for scope, figure in figures:
        key = (
            figure.measure,
            figure.movement,
            scope,
            figure.period,
            figure.dims,
            figure.unit_of_measure,
        )
        previous = totals.get(key)
        if previous is None:
            totals[key] = (figure, figure.value, dict.fromkeys(figure.notes))
        else:
            first, value, notes = previous
            notes.update(dict.fromkeys(figure.notes))
            totals[key] = (first, value + figure.value, notes)
    return [
        attrs.evolve(
            first,
            scope=key[2],
            value=value,
            status=FigureStatus.COMPUTED,
            source=None,
            id=None,
            part_of=None,
            notes=tuple(notes) if rule in notes else (*notes, rule),
        )
        for key, (first, value, notes) in totals.items()
    ]


def rollup(
    table: Table,
    hierarchy: Hierarchy,
    *,
    to: AdminLevel,
    at: dt.date | None = None,
    measures: Sequence[Measure] = (),
) -> Table:
    """Sum figures of units up the tree to the areas of one tier, as it stood on ``at``.

    Figures whose scope has no area of that tier above it (or did not exist on ``at``)
    are kept under their own scope, so totals never lose anything.

    Raises:
        InvalidValueError: A figure's measure does not add up across units.
    """
    view = hierarchy.at(at) if at is not None else hierarchy
    cells = _UnitCells(view, to, None)
    placed = []
    for figure in table:
        _summable(figure, measures)
        target = cells.cell(figure.scope) if figure.scope in view else None
        placed.append((target or figure.scope, figure))
    note = f"rollup to {to.value}" + (f" at {at.isoformat()}" if at else "")
    return Table(
        figures=tuple(_merge(placed, note)), rule=f"{table.rule}; {note}", title=table.title
    )


UNALLOCATED = "unallocated"


def crosswalk(
    source: Table | Iterable[Model],
    hierarchy: Hierarchy,
    *,
    to: dt.date,
    measures: Sequence[Measure] = (),
) -> Table | list[Model]:
    """Re-express figures (or models) on the map as it stood on ``to``.

    Figures follow their unit's successors through merges and splits; a split divides a
    figure by the change's shares, rounding so that the parts add up exactly to the
    whole. A figure that cannot be placed goes to an ``"unallocated"`` scope with the
    reason in its notes. Models move whole to their largest successor.
    """
    if not isinstance(source, Table):
        return [_move_model(model, hierarchy, to) for model in source]
    placed: list[tuple[str, Figure]] = []
    for figure in source:
        _summable(figure, measures)
        if figure.scope not in hierarchy:
            reason = f"unit {figure.scope!r} is not in the hierarchy"
            placed.append((UNALLOCATED, attrs.evolve(figure, notes=(*figure.notes, reason))))
            continue
        successors = hierarchy.successors(figure.scope, to=to)
        if not successors:
            reason = f"unit {figure.scope!r} has no successor on {to.isoformat()}"
            placed.append((UNALLOCATED, attrs.evolve(figure, notes=(*figure.notes, reason))))
            continue
        for scope, value in _split(figure.value, successors):
            assumed = _assumed(hierarchy, figure.scope, to)
            notes = (
                (*figure.notes, "shares assumed equal")
                if assumed and len(successors) > 1
                else figure.notes
            )
            placed.append((scope, attrs.evolve(figure, value=value, notes=notes)))
    note = f"crosswalk to {to.isoformat()}"
    return Table(
        figures=tuple(_merge(placed, note)), rule=f"{source.rule}; {note}", title=source.title
    )


def _assumed(hierarchy: Hierarchy, unit: str, to: dt.date) -> bool:
    return any(c.assumed_shares for c in hierarchy.changes if unit in c.sources and c.on <= to)


def _split(value: Count, shares: dict[str, Fraction]) -> list[tuple[str, Count]]:
    """Divide a count by shares with largest-remainder rounding: parts sum to the whole."""
    if len(shares) == 1:
        return [(next(iter(shares)), value)]
    if not value.is_exact:
        # An approximate count cannot be divided exactly; keep it whole in the largest part.
        return [(max(shares, key=lambda k: (shares[k], k)), value)]
    exact = {k: value.value * s for k, s in shares.items()}
    floors = {k: int(v) for k, v in exact.items()}
    left = value.value - sum(floors.values())
    # Largest remainders first; ties go to the target named first in the change.
    order = list(shares)
    for k in sorted(exact, key=lambda k: (floors[k] - exact[k], order.index(k)))[:left]:
        floors[k] += 1
    return [(k, Count(n)) for k, n in floors.items()]


def _move_model(model: Model, hierarchy: Hierarchy, to: dt.date) -> Model:
    if model.unit not in hierarchy:
        return model
    successors = hierarchy.successors(model.unit, to=to)
    if not successors:
        return model
    return attrs.evolve(model, unit=max(successors, key=lambda k: (successors[k], k)))


# -- coverage, shares, comparison -----------------------------------------------------------


@attrs.frozen
class Coverage:
    """How many units of a tier under a scope have at least one model.

    Attributes:
        expected: The units of the tier under the scope.
        covered: Those with at least one model.
    """

    expected: tuple[str, ...]
    covered: tuple[str, ...]
    label: str

    @property
    def missing(self) -> tuple[str, ...]:
        """The units without a model."""
        covered = set(self.covered)
        return tuple(u for u in self.expected if u not in covered)

    @property
    def complete(self) -> bool:
        """Whether every unit has a model."""
        return not self.missing

    def __str__(self) -> str:
        return f"{len(self.covered)}/{len(self.expected)} {self.label}"


def coverage(
    models: Iterable[Model],
    hierarchy: Hierarchy,
    *,
    scope: str,
    level: AdminLevel,
    at: dt.date | None = None,
) -> Coverage:
    """Which units of ``level`` under ``scope`` have at least one model.

    Examples:
        >>> from danvan.synth import dataset
        >>> ds = dataset(models=500, seed=2)
        >>> str(coverage(ds.models, ds.hierarchy, scope="synth", level=AdminLevel.PROVINCE))
        '3/3 tỉnh'
    """
    view = hierarchy.at(at) if at is not None else hierarchy
    expected = [u for u in view.descendants(scope) if u.is_area and u.level is level]
    cells = _UnitCells(view, level, None)
    covered = {cells.cell(m.unit) for m in models if m.unit in view}
    divisions = sorted({u.division for u in expected if u.division}, key=_division_order)
    label = ", ".join(divisions) or level.aliases[0]
    ids = tuple(u.id for u in expected)
    return Coverage(expected=ids, covered=tuple(u for u in ids if u in covered), label=label)


def _division_order(division: str | None) -> tuple[int, str]:
    order = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
    return (order.index(division), "") if division in order else (len(order), division or "")


@attrs.frozen
class Share:
    """One cell of a breakdown as a share of the whole."""

    key: str
    count: Count
    percent: Decimal


def shares(table: Table, dim: str = "field") -> list[Share]:
    """Each cell's percentage of the breakdown by ``dim`` (one decimal, as reports write).

    Examples:
        >>> from danvan import parse_count
        >>> parts = [Figure(measure="registered", value=Count(n), dims=Dims(fields=(f,)),
        ...                 unit_of_measure=UnitOfMeasure.MODELS, scope="vn/ninh-binh",
        ...                 movement="dan-van-kheo", status=FigureStatus.COMPUTED)
        ...          for f, n in zip(Field, (451, 878, 166, 140))]
        >>> [str(s.percent) for s in shares(Table(parts))]
        ['27.6', '53.7', '10.2', '8.6']
    """
    if dim not in DIMENSIONS:
        raise InvalidValueError(dim, f"shares by one of {', '.join(DIMENSIONS)}")
    groups: dict[str, Count] = {}
    for figure in table:
        value = cell(figure, dim)
        key = "—" if value is None else str(value)
        groups[key] = groups[key] + figure.value if key in groups else figure.value
    total = sum((c.value for c in groups.values()), 0)
    return [Share(key, count, _percent(count.value, total)) for key, count in groups.items()]


def _percent(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


@attrs.frozen
class Difference:
    """One cell compared between two tables."""

    key: tuple[Any, ...]
    before: Count | None
    after: Count | None

    @property
    def change(self) -> int | None:
        """After - before, when both are known."""
        if self.before is None or self.after is None:
            return None
        return self.after.value - self.before.value

    @property
    def growth(self) -> Decimal | None:
        """The change as a percentage of before (one decimal)."""
        if self.change is None or self.before is None or self.before.value == 0:
            return None
        return _percent(self.change, self.before.value)


def compare(before: Table, after: Table) -> list[Difference]:
    """Differences and growth, cell by cell, between two tables of the same measure and rule.

    Raises:
        InvalidValueError: The tables count different measures or by different rules.
    """

    def base(rule: str) -> str:
        return rule.split(" at ", maxsplit=1)[0].split(";", maxsplit=1)[0]

    if base(before.rule) != base(after.rule):
        raise InvalidValueError(
            (before.rule, after.rule), "cannot compare tables of different counting rules"
        )
    measures = {f.measure for f in before} | {f.measure for f in after}
    if len(measures) > 1:
        raise InvalidValueError(sorted(measures), "cannot compare figures of different measures")

    def cells(table: Table) -> dict[tuple[Any, ...], Count]:
        return {(f.movement, f.scope, f.dims): f.value for f in table}

    old, new = cells(before), cells(after)
    keys = list(dict.fromkeys([*old, *new]))
    return [Difference(key, old.get(key), new.get(key)) for key in keys]
