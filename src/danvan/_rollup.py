"""Figures moved up the hierarchy, and across reorganisations.

A roll-up sums the figures of units into the areas of one tier (communes into their
province) as the map stood on a day. A crosswalk re-expresses figures on the map of
another day: after 1 July 2025 a district's figures follow its communes into the new
communes, divided by the official shares. Totals never lose anything: what cannot be
placed is kept under its own scope or an ``"unallocated"`` one, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, overload

import attrs

from danvan._arguments import given, items_of
from danvan._counting import UnitCells
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._dates import day_given
from danvan._figures import Figure, FigureStatus, count_of
from danvan._hierarchy import Hierarchy
from danvan._measures import AcrossUnits, Measure
from danvan._models import Model
from danvan._programmes import part_of_chain
from danvan._tables import Table
from danvan._vocabulary import AdminLevel
from danvan.exceptions import InvalidValueError

__all__ = ["UNALLOCATED", "crosswalk", "merge_movements", "rollup"]


def _summable(figure: Figure, extra: Sequence[Measure]) -> None:
    count_of(figure)  # a percentage never adds up
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
            figure.movements,
            scope,
            figure.period,
            figure.dims,
            figure.unit_of_measure,
            figure.occurrences,
            figure.change,
            figure.compared_to,
        )
        previous = totals.get(key)
        if previous is None:
            totals[key] = (figure, count_of(figure), dict.fromkeys(figure.notes))
        else:
            first, value, notes = previous
            notes.update(dict.fromkeys(figure.notes))
            totals[key] = (first, value + count_of(figure), notes)
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

    Args:
        table: The figures to roll up.
        hierarchy: The units.
        to: The tier to sum into (province, say; its code or name will do).
        at: The day of the map, a date or written ("2025-07-01"); the whole tree when
            ``None``.
        measures: Measures of the dataset beside the built-in ones, to know which add
            up across units.

    Returns:
        The summed figures; the table's provenance records the tier and the day.

    Raises:
        InvalidValueError: A figure's measure does not add up across units.
    """
    given(table, Table, to="rollup", name="table")
    given(hierarchy, Hierarchy, to="rollup", name="hierarchy")
    to = AdminLevel.parse(to)  # "province", "tỉnh"
    at = None if at is None else day_given(at, to="rollup", name="at")
    view = hierarchy.at(at) if at is not None else hierarchy
    cells = UnitCells(view, to, None)
    placed = []
    for figure in table:
        _summable(figure, measures)
        target = cells.cell(figure.scope) if figure.scope in view else None
        placed.append((target or figure.scope, figure))
    note = f"rollup to {to.value}" + (f" at {at.isoformat()}" if at else "")
    return attrs.evolve(table, figures=_merge(placed, note), level=to, map_on=at)


UNALLOCATED = "unallocated"


@overload
def crosswalk(
    source: Table, hierarchy: Hierarchy, *, to: dt.date, measures: Sequence[Measure] = ()
) -> Table: ...
@overload
def crosswalk(
    source: Iterable[Model], hierarchy: Hierarchy, *, to: dt.date, measures: Sequence[Measure] = ()
) -> list[Model]: ...
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

    Args:
        source: A table of figures, or models.
        hierarchy: The units with their dated changes.
        to: The day of the map to place them on, a date or written ("2025-07-01").
        measures: Measures of the dataset beside the built-in ones, to know which add
            up across units.

    Returns:
        A table for a table (its provenance records the map's day); a list of models
        for models.

    Raises:
        InvalidValueError: A figure's measure does not add up across units.
    """
    given(hierarchy, Hierarchy, to="crosswalk", name="hierarchy")
    to = day_given(to, to="crosswalk", name="to")  # "2025-07-01"
    if not isinstance(source, Table):
        models = items_of(source, Model, to="crosswalk", name="source")
        return [_move_model(model, hierarchy, to) for model in models]
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
        for scope, value in _split(count_of(figure), successors):
            assumed = _assumed(hierarchy, figure.scope, to)
            notes = (
                (*figure.notes, "shares assumed equal")
                if assumed and len(successors) > 1
                else figure.notes
            )
            placed.append((scope, attrs.evolve(figure, value=value, notes=notes)))
    note = f"crosswalk to {to.isoformat()}"
    return attrs.evolve(source, figures=_merge(placed, note), map_on=to)


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


def merge_movements(dataset: Dataset, *, into: str) -> Dataset:
    """Count the programmes that are part of ``into`` as ``into`` itself.

    A sub-programme ("mô hình 'Dân vận khéo' trong xây dựng nông thôn mới", a movement
    whose ``part_of`` leads to ``into``) keeps its own figures and models; asked, this
    gives a dataset in which they are ``into``'s, so that counting, checks and summaries
    add them to its own. Movements that are no part of ``into`` are left as they are:
    their figures are never added to its. Each figure so changed says so in its notes.

    Args:
        dataset: The dataset.
        into: The id of the movement to count its sub-programmes as.

    Returns:
        A new dataset; ``dataset`` itself is not changed.

    Raises:
        DatasetError: ``dataset`` has no movement ``into``.
    """
    given(dataset, Dataset, to="merge_movements", name="dataset")
    dataset.movement(into)
    known = {m.id: m for m in dataset.movements}
    parts = {m.id for m in dataset.movements if into in part_of_chain(known, m.id)}
    if not parts:
        return dataset

    def merged(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(into if m in parts else m for m in ids))

    def figure(f: Figure) -> Figure:
        if not parts.intersection(f.movements):
            return f
        note = f"counted as {into}: given for {', '.join(sorted(parts & set(f.movements)))}"
        return attrs.evolve(f, movements=merged(f.movements), notes=(*f.notes, note))

    return attrs.evolve(
        dataset,
        models=tuple(
            attrs.evolve(m, movement=into) if m.movement in parts else m for m in dataset.models
        ),
        reports=tuple(
            attrs.evolve(r, figures=tuple(figure(f) for f in r.figures)) for r in dataset.reports
        ),
        awards=tuple(attrs.evolve(a, movements=merged(a.movements)) for a in dataset.awards),
        reviews=tuple(attrs.evolve(r, movements=merged(r.movements)) for r in dataset.reviews),
    )
