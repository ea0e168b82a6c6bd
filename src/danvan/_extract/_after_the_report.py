"""Counts dated after the report that gives them: plans and estimates, not results.

A report signed on 25/09/2025 gives no result of a period that had not begun ("Năm 2026,
xã xây dựng 40 mô hình" is a plan), nor does a report of the first half of 2025 of its
second ("6 tháng cuối năm, … đăng ký bổ sung ít nhất 200 mô hình"); and a count it gives
standing on a later day ("Đến cuối năm 2025 toàn xã có 35 mô hình") is an estimate.
"""

from __future__ import annotations

from danvan._dates import Day, format_day, last_day
from danvan._extract._figures import FigureMention
from danvan._periods import Period

__all__ = ["begun_after", "begun_after_its_period", "stands_after"]


def begun_after(mention: FigureMention, published: Day | None) -> str | None:
    """Why a count of a period begun after the report's day is left out, if it is."""
    if published is None or mention.period is None:
        return None
    if mention.period.start <= last_day(published):
        return None
    return (
        f"its period ({mention.period}) begins after the report's day "
        f"({format_day(published)}): a plan, not a result"
    )


def begun_after_its_period(mention: FigureMention, period: Period | None) -> str | None:
    """Why a count of a period begun after the report's (its title's, or given) is left out."""
    if mention.period is None or period is None or period.end is None:
        return None
    if mention.period.start <= period.end:
        return None
    return f"its period ({mention.period}) begins after the report's ({period}): a plan"


def stands_after(mention: FigureMention, published: Day | None) -> str | None:
    """Why a count standing on a day after the report's day is an estimate, if it is."""
    if published is None or mention.as_of is None or mention.as_of <= last_day(published):
        return None
    return (
        f"estimated: it stands on {format_day(mention.as_of)}, after the report's day "
        f"({format_day(published)})"
    )
