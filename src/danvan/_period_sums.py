"""The figures of the periods within a period, against the figure of the whole period.

"Kết quả 5 năm (2020-2024), toàn tỉnh xây dựng được 4.865 mô hình. Cụ thể: năm 2020 có
812 mô hình; năm 2021 có 905 mô hình; …": the five years of a flow add up to the five
years' figure, and the years of some of them to no more than it. A report's own sum is
where a wrong total or a year typed twice shows; a stock ("hiện có", "duy trì") does not
add up over time and is left alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Sequence

from danvan._breakdowns import reports_of
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Figure, FigureStatus, count_of, is_count, quantity_kind
from danvan._measures import AcrossTime
from danvan._periods import Period
from danvan._rules import Finding, Rule

__all__ = ["periods_summed"]

_AT_LEAST = 2  # periods within, to make a sum
_FIRM = frozenset((FigureStatus.REPORTED, FigureStatus.COMPUTED))


def periods_summed(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Figures of a report over a closed period, against its figures of periods within.

    Of one flow, scope, cell, unit, programme and kind of count, each figure's periods
    within the whole's (the longest of each, a restatement or a change never) that do not
    overlap: when they tile the whole period they add up to its figure; else they add up
    to no more than it. Counts only, two periods at least.
    """
    found: list[Finding] = []
    for _, report, path in reports_of(dataset):
        alike: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for i, figure in enumerate(report.figures):
            if _summable(figure, dataset):
                alike[_key(figure)].append(i)
        for indexes in alike.values():
            for i in indexes:
                found.extend(_within(rule, report.figures, i, indexes, path))
    return found


def _summable(figure: Figure, dataset: Dataset) -> bool:
    """Whether a figure is a count of a flow over a closed period, said as it is.

    Not an estimate nor a provisional figure, which a later one may correct.
    """
    return (
        is_count(figure)
        and figure.status in _FIRM
        and figure.period is not None
        and figure.period.end is not None
        and figure.change is None
        and figure.restates is None
        and figure.as_of is None
        and dataset.measure(figure.measure).across_time is AcrossTime.SUM
    )


def _key(figure: Figure) -> tuple[object, ...]:
    """What figures of one sum share: their kind of quantity, scope, measure, unit and cell."""
    return (
        *quantity_kind(figure),
        figure.scope,
        figure.measure,
        figure.unit_of_measure,
        figure.dims,
    )


def _within(
    rule: Rule, figures: Sequence[Figure], i: int, alike: list[int], path: str
) -> list[Finding]:
    """What the figures of the periods within ``figures[i]``'s say of it, if anything."""
    whole = figures[i].period
    if whole is None:
        return []
    inner = [
        (period, end, k)
        for k in alike
        if k != i
        and (period := figures[k].period) is not None
        and (end := period.end) is not None
        and _inside(period, whole)
    ]
    longest: dict[Period, int] = {}  # one figure a period, and none within another's
    reach: dt.date | None = None  # the last day of the periods kept so far
    for period, end, k in sorted(inner, key=lambda p: (p[0].start, -p[1].toordinal())):
        if period in longest or reach is None or end > reach:
            longest.setdefault(period, k)
            reach = end if reach is None else max(reach, end)
    periods = sorted(longest)
    if len(periods) < _AT_LEAST or any(
        a.end is None or b.start <= a.end for a, b in itertools.pairwise(periods)
    ):
        return []  # one period is no sum; periods that overlap add some days twice
    parts = [longest[p] for p in periods]
    summed = sum((count_of(figures[k]) for k in parts), Count(0))
    total = count_of(figures[i])
    tiled = _tiles(periods, whole)
    if summed.consistent_with(total) if tiled else total.high is None or summed.low <= total.high:
        return []
    said_vi = " + ".join(f"{figures[k].value} ({figures[k].period})" for k in parts)
    said_en = " + ".join(
        f"{count_of(figures[k]).format('en')} ({figures[k].period})" for k in parts
    )
    sign = "≠" if tiled else ">"
    return [
        rule.finding(
            f"{said_vi} {sign} {figures[i].value} ({whole})",
            f"{said_en} {sign} {total.format('en')} ({whole})",
            [f"{path}.figures[{k}]" for k in (i, *parts)],
            residual=summed.value - total.value if summed.is_exact and total.is_exact else None,
        )
    ]


def _inside(period: Period | None, whole: Period | None) -> bool:
    """Whether ``period`` lies within ``whole`` and is not all of it."""
    return period is not None and whole is not None and whole.contains(period) and period != whole


def _tiles(periods: list[Period], whole: Period) -> bool:
    """Whether periods, in order and apart, cover every day of ``whole`` with no gap."""
    if periods[0].start != whole.start or periods[-1].end != whole.end:
        return False
    day = dt.timedelta(days=1)
    return all(a.end is not None and b.start == a.end + day for a, b in itertools.pairwise(periods))
