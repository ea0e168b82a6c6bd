"""Coverage, shares and comparisons: what reports derive from counts.

"8/8 huyện có mô hình" is coverage; "kinh tế chiếm 27,6 %" a share; "tăng 120 mô hình so
với năm trước" a comparison of two tables counted by the same rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from danvan._arguments import given, items_of
from danvan._counting import UnitCells
from danvan._counts import Count
from danvan._dates import day_given
from danvan._figures import count_of
from danvan._hierarchy import Hierarchy
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._models import Model
from danvan._table_cells import DIMENSIONS, cell
from danvan._tables import Table
from danvan._vocabulary import AdminLevel
from danvan.exceptions import InvalidValueError

__all__ = ["Coverage", "Difference", "Share", "compare", "coverage", "shares"]


@attrs.frozen(repr=False)
class Coverage(Displayed):
    """How many units of a tier under a scope have at least one model.

    Attributes:
        expected: The units of the tier under the scope.
        covered: Those with at least one model.
        label: What the units are called, as a report writes it ("thành phố, huyện").
        level: Their tier.
    """

    expected: tuple[str, ...]
    covered: tuple[str, ...]
    label: str
    level: AdminLevel | None = None

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

    def __repr__(self) -> str:  # a line, however many units: .expected holds them all
        return f"Coverage({self})"

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The coverage as a notebook shows it, with the units that have no model.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        if check_lang(lang) == "vi" or self.level is None:
            caption = str(self)
        else:
            caption = f"{len(self.covered)}/{len(self.expected)} {self.level.label('en')} units"
        header = "chưa có mô hình" if lang == "vi" else "no model yet"
        return table(caption, [header], ((u,) for u in self.missing), lang, max_rows)


def coverage(
    models: Iterable[Model],
    hierarchy: Hierarchy,
    *,
    scope: str,
    level: AdminLevel,
    at: dt.date | None = None,
) -> Coverage:
    """Which units of ``level`` under ``scope`` have at least one model.

    Args:
        models: The models.
        hierarchy: The units.
        scope: The unit whose areas are counted (a district, say).
        level: The tier of areas counted (its communes; its code or name will do).
        at: Use the map as it stood on this day (a date, or written "2025-07-01").

    Returns:
        The areas expected and those with a model.

    Raises:
        UnknownUnitError: ``scope`` is not in the hierarchy.
        InvalidValueError: No unit of ``level`` lies under ``scope``: "0/0" would say
            nothing.

    Examples:
        >>> from danvan import AdminLevel, coverage
        >>> from danvan.synth import dataset
        >>> ds = dataset(models=500, seed=2)
        >>> str(coverage(ds.models, ds.hierarchy, scope="synth", level=AdminLevel.PROVINCE))
        '3/3 tỉnh'
    """
    models = items_of(models, Model, to="coverage", name="models")
    given(hierarchy, Hierarchy, to="coverage", name="hierarchy")
    level = AdminLevel.parse(level)  # "district", "huyện"
    at = None if at is None else day_given(at, to="coverage", name="at")
    view = hierarchy.at(at) if at is not None else hierarchy
    expected = [u for u in view.descendants(scope) if u.is_area and u.level is level]
    if not expected:
        raise InvalidValueError(level, f"no unit of this level lies under {scope!r}")
    cells = UnitCells(view, level, None)
    covered = {cells.cell(m.unit) for m in models if m.unit in view}
    divisions = sorted({u.division for u in expected if u.division}, key=_division_order)
    label = ", ".join(divisions) or level.aliases[0]
    ids = tuple(u.id for u in expected)
    covered_ids = tuple(u for u in ids if u in covered)
    return Coverage(expected=ids, covered=covered_ids, label=label, level=level)


def _division_order(division: str | None) -> tuple[int, str]:
    order = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
    return (order.index(division), "") if division in order else (len(order), division or "")


@attrs.frozen
class Share:
    """One cell of a breakdown as a share of the whole.

    Attributes:
        key: The cell's value of the dimension ("economy", a unit id …).
        count: Its count.
        percent: Its share of the whole, in percent, to one decimal.
    """

    key: str
    count: Count
    percent: Decimal


def shares(table: Table, dim: str = "field") -> list[Share]:
    """Each cell's percentage of the breakdown by ``dim`` (one decimal, as reports write).

    Args:
        table: The figures of one breakdown.
        dim: The dimension to group by ("field", "level", "unit" …).

    Returns:
        One share per cell, in table order; percentages of 0 when the total is 0.

    Raises:
        InvalidValueError: ``dim`` is not a dimension.

    Examples:
        >>> from danvan import (Count, Dims, Field, Figure, FigureStatus, Table,
        ...                     UnitOfMeasure, shares)
        >>> from danvan import parse_count
        >>> parts = [Figure(measure="registered", value=Count(n), dims=Dims(fields=(f,)),
        ...                 unit_of_measure=UnitOfMeasure.MODELS, scope="vn/ninh-binh",
        ...                 movements="dan-van-kheo", status=FigureStatus.COMPUTED)
        ...          for f, n in zip(Field, (451, 878, 166, 140))]
        >>> [str(s.percent) for s in shares(Table(parts))]
        ['27.6', '53.7', '10.2', '8.6']
    """
    given(table, Table, to="shares", name="table")
    if dim not in DIMENSIONS:
        raise InvalidValueError(dim, f"shares by one of {', '.join(DIMENSIONS)}")
    groups: dict[str, Count] = {}
    for figure in table:
        value = cell(figure, dim)
        key = "—" if value is None else str(value)
        value = count_of(figure)
        groups[key] = groups[key] + value if key in groups else value
    total = sum((c.value for c in groups.values()), 0)
    return [Share(key, count, _percent(count.value, total)) for key, count in groups.items()]


def _percent(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


@attrs.frozen
class Difference:
    """One cell compared between two tables.

    Attributes:
        key: The cell: movement, scope and breakdown cell.
        before: Its count in the earlier table, ``None`` when absent there.
        after: Its count in the later table, ``None`` when absent there.
    """

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

    Args:
        before: The earlier table.
        after: The later table, counted by the same rule.

    Returns:
        One difference per cell of either table, in order of first appearance.

    Raises:
        InvalidValueError: The tables count different measures or by different rules.
    """
    given(before, Table, to="compare", name="before")
    given(after, Table, to="compare", name="after")
    if before.rule is not after.rule:
        raise InvalidValueError(
            (before.rule, after.rule), "cannot compare tables of different counting rules"
        )
    measures = {f.measure for f in before} | {f.measure for f in after}
    if len(measures) > 1:
        raise InvalidValueError(sorted(measures), "cannot compare figures of different measures")

    def cells(table: Table) -> dict[tuple[Any, ...], Count]:
        return {(f.movements, f.scope, f.dims): count_of(f) for f in table}

    old, new = cells(before), cells(after)
    keys = list(dict.fromkeys([*old, *new]))
    return [Difference(key, old.get(key), new.get(key)) for key in keys]
