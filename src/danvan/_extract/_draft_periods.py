"""The period a drafted figure is of: its own, the report's, or a part of the report's year.

"…; 6 tháng cuối năm, công nhận 194 mô hình" in a report of 2025 is of its second half;
"Tính đến ngày 30/11, …" stands on 30/11/2025.
"""

from __future__ import annotations

import re

import attrs

from danvan._extract._figure_days import day_in_the_year
from danvan._extract._figure_mention import FigureMention
from danvan._periods import Period
from danvan._text import fold

__all__ = ["in_the_year", "of_the_year", "period_of", "years_spanned"]


def period_of(mention: FigureMention, period: Period | None) -> Period | None:
    """The period a drafted figure is of: its own, or the report's ``period``.

    Of the report's, the part of the year a mention names without its year ("6 tháng
    cuối năm"); no period for a count that stands on a day ("Lũy kế đến hết năm 2025,
    … 6.830 mô hình được công nhận" is no count of the year's).
    """
    if mention.period is not None or mention.as_of is not None:
        return mention.period
    return of_the_year(mention, period) or period


def in_the_year(mention: FigureMention, period: Period | None) -> FigureMention:
    """``mention`` standing on the day it names without a year, in ``period``'s one year.

    "Tính đến ngày 30/11, toàn tỉnh có 245 mô hình" in a report of 2025 stands on
    30/11/2025; unchanged when ``period`` is no one year or the mention names no such day.
    """
    if mention.as_of is not None or "as_of" not in mention.evidence:
        return mention
    day = day_in_the_year(mention.evidence["as_of"][0], period)
    return mention if day is None else attrs.evolve(mention, as_of=day)


def of_the_year(mention: FigureMention, period: Period | None) -> Period | None:
    """The part of the year of ``period`` a mention names without its year, if one year.

    "…; 6 tháng cuối năm, công nhận 194 mô hình" in a report of 2025 is of its second
    half; "Riêng quý II, …" of its second quarter. ``None`` when the mention names no such
    part, or ``period`` is no one year.
    """
    if mention.period is not None or "period" not in mention.evidence or period is None:
        return None
    part = _PART_OF_A_YEAR.search(fold(mention.evidence["period"][0]))
    if part is None or years_spanned(period) != 1:
        return None
    return Period.parse(f"{part[0]} nam {period.start.year}")


_PART_OF_A_YEAR = re.compile(r"[0-9]{1,2}\sthang\s(?:dau|cuoi)|quy\s(?:iv|iii|ii|i|[1-4])\b")


def years_spanned(period: Period) -> int:
    """How many calendar years a period spans: 2021-2025 spans five."""
    return (period.end or period.start).year - period.start.year + 1
