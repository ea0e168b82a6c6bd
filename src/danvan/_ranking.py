"""Units ranked by their models: the communes that lead and those that lag behind.

A sơ kết names the communes with the most models and those with few or none. A map
needs shapes danvan does not ship; a ranking needs only the hierarchy, and it counts the
units with no model at all, which a table of counts cannot show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from danvan._arguments import given, items_of
from danvan._charts import ranking_chart
from danvan._counting import count_models
from danvan._dates import day_given
from danvan._figures import count_of
from danvan._hierarchy import Hierarchy
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._models import Model
from danvan._periods import Period, period_given
from danvan._vocabulary import AdminLevel, CountingRule
from danvan.exceptions import InvalidValueError

__all__ = ["RankedUnit", "Ranking", "rank_units"]


@attrs.frozen
class RankedUnit:
    """One unit's place in a :class:`Ranking`.

    Attributes:
        unit: The unit's id.
        name: Its name.
        count: How many models it has, by the ranking's rule.
        rank: Its place: 1 for the most; units with the same count share a place, and
            the next place skips as many ("1, 2, 2, 4").
    """

    unit: str
    name: str
    count: int
    rank: int


@attrs.frozen
class Ranking(Displayed):
    """The units of one tier under a scope, most models first, units with none included.

    Attributes:
        units: Every unit of the tier, most models first; ties in name order.
        level: The tier.
        scope: The unit whose areas are ranked.
        rule: The counting rule.
        period: The events counted, when limited.
        elsewhere: Models in the scope counted above the tier, under no unit of it (a
            district's own model, when communes are ranked): in no unit's count.
    """

    units: tuple[RankedUnit, ...]
    level: AdminLevel
    scope: str
    rule: CountingRule
    period: Period | None = None
    elsewhere: int = 0

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self) -> Iterator[RankedUnit]:
        return iter(self.units)

    def __repr__(self) -> str:
        if not self.units:
            return f"Ranking(0 {self.level.value} units)"
        first, last = self.units[0], self.units[-1]
        return (
            f"Ranking({len(self.units)} {self.level.value} units; most {first.count} "
            f"({first.name}), fewest {last.count} ({last.name}))"
        )

    def top(self, n: int = 5) -> tuple[RankedUnit, ...]:
        """The ``n`` units with the most models.

        Args:
            n: How many.

        Returns:
            The first ``n`` units of the ranking.
        """
        return self.units[: max(n, 0)]

    def bottom(self, n: int = 5) -> tuple[RankedUnit, ...]:
        """The ``n`` units with the fewest models, in ranking order (fewest last).

        Args:
            n: How many.

        Returns:
            The last ``n`` units of the ranking.
        """
        return self.units[len(self.units) - max(n, 0) :] if n > 0 else ()

    def to_rows(self) -> list[dict[str, Any]]:
        """One dict per unit: ``rank``, ``unit``, ``name``, ``count``.

        Returns:
            The rows, most models first.
        """
        return [{"rank": u.rank, "unit": u.unit, "name": u.name, "count": u.count} for u in self]

    def caption(self, lang: Lang = "vi") -> str:
        """What is ranked, by which rule, in ``lang``.

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The caption a table or a chart of the ranking shows.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        period = f", {self.period}" if self.period is not None else ""
        if lang == "vi":
            what = f"Xếp hạng {len(self)} đơn vị {self.level.label('vi')} thuộc {self.scope}"
        else:
            what = f"{len(self)} {self.level.label('en')} units of {self.scope} ranked"
        return f"{what}{period} ({self.rule.label(lang)})"

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The ranking as a notebook shows it.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        headers = (
            ["hạng", "đơn vị", "tên", "số mô hình"]
            if lang == "vi"
            else ["rank", "unit", "name", "models"]
        )
        rows = ((u.rank, u.unit, u.name, u.count) for u in self)
        return table(self.caption(lang), headers, rows, lang, max_rows)

    def plot(
        self, n: int = 5, *, lang: Lang = "vi", path: str | Path | None = None, ax: Any = None
    ) -> Any:
        """Horizontal bars of the ``n`` first and the ``n`` last units (the ``plot`` extra).

        Args:
            n: How many units at each end; a ranking of at most ``2 * n`` units is drawn
                whole.
            lang: Labels in Vietnamese ("vi") or English ("en").
            path: Save the chart as an image here (PNG by its suffix).
            ax: A matplotlib Axes to draw on; a new figure otherwise.

        Returns:
            The matplotlib Axes.

        Raises:
            UnknownTermError: An unknown language.
            DanvanError: matplotlib is not installed.
        """
        lang = check_lang(lang)
        top, bottom = (self.units, ()) if len(self) <= 2 * n else (self.top(n), self.bottom(n))
        bars = [(f"{u.rank}. {u.name}", u.count) for u in top]
        bars += [(f"{u.rank}. {u.name}", u.count) for u in bottom]
        gap = len(top) if bottom else None  # a line between the first and the last
        return ranking_chart(bars, gap=gap, title=self.caption(lang), lang=lang, path=path, ax=ax)


def rank_units(
    models: Iterable[Model],
    hierarchy: Hierarchy,
    *,
    scope: str,
    level: AdminLevel,
    movement: str | None = None,
    rule: CountingRule = CountingRule.DISTINCT_HIGHEST,
    period: Period | None = None,
    at: dt.date | None = None,
) -> Ranking:
    """Rank the units of ``level`` under ``scope`` by how many models each has.

    Units with no model are in the ranking, at its end. Models are counted as
    :func:`~danvan.count_models` counts them, each under the unit of ``level`` it lies
    in.

    Args:
        models: The models.
        hierarchy: The units.
        scope: The unit whose areas are ranked (a district, say).
        level: The tier ranked (its communes; the tier's code or name will do).
        movement: Count only models of this movement; needed when the models belong to
            more than one, since figures of two movements are never added up.
        rule: The counting rule, or its code.
        period: Count only events inside this period: a :class:`Period`, a year or its
            words ("năm 2023").
        at: Count what had happened by this day, on the map as it stood then (a date,
            or written "2025-07-01").

    Returns:
        The ranking.

    Raises:
        UnknownUnitError: ``scope`` is not in the hierarchy.
        InvalidValueError: No unit of ``level`` lies under ``scope``, or the models
            belong to several movements and ``movement`` is not given.

    Examples:
        >>> from danvan import AdminLevel, rank_units
        >>> from danvan.synth import dataset
        >>> ds = dataset(models=500, seed=2)
        >>> ranking = rank_units(ds.models, ds.hierarchy, scope="synth",
        ...                      level=AdminLevel.PROVINCE)
        >>> [u.rank for u in ranking], ranking.top(1)[0].count >= ranking.bottom(1)[0].count
        ([1, 2, 3], True)
    """
    models = items_of(models, Model, to="rank_units", name="models")
    given(hierarchy, Hierarchy, to="rank_units", name="hierarchy")
    level, rule = AdminLevel.parse(level), CountingRule.parse(rule)  # "district", codes
    at = None if at is None else day_given(at, to="rank_units", name="at")
    period = None if period is None else period_given(period, to="rank_units", name="period")
    view = hierarchy.at(at) if at is not None else hierarchy
    expected = [u for u in view.descendants(scope) if u.is_area and u.level is level]
    if not expected:
        raise InvalidValueError(level, f"no unit of this level lies under {scope!r}")
    chosen = [m for m in models if movement is None or m.movement == movement]
    movements = sorted({m.movement for m in chosen})
    if len(movements) > 1:
        raise InvalidValueError(
            movements, "the models belong to several movements; pass movement= to rank one"
        )
    counted = count_models(
        chosen,
        view,
        by=("unit",),
        rule=rule,
        at=at,
        period=period,
        scope=scope,
        unit_level=level,
    )
    counts = {u.id: 0 for u in expected}
    elsewhere = 0
    for figure in counted:
        if figure.scope in counts:
            counts[figure.scope] += count_of(figure).value
        else:
            elsewhere += count_of(figure).value
    names = {u.id: u.name for u in expected}
    ordered = sorted(counts, key=lambda u: (-counts[u], names[u], u))
    ranked: list[RankedUnit] = []
    for i, unit in enumerate(ordered):
        same = ranked and ranked[-1].count == counts[unit]
        rank = ranked[-1].rank if same else i + 1
        ranked.append(RankedUnit(unit=unit, name=names[unit], count=counts[unit], rank=rank))
    return Ranking(
        units=tuple(ranked),
        level=level,
        scope=scope,
        rule=rule,
        period=period,
        elsewhere=elsewhere,
    )
