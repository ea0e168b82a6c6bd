"""The same part of another year: "6 tháng đầu năm 2025, … 215 …; cùng kỳ năm 2024 … 198".

A clause that opens with "cùng kỳ năm 2024" counts the months of 2024 that the period of the
count before it covers in its own year: the first six months of 2024. The text gives the
year and the months, so the count is dated, with those words as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import CLAUSE_END
from danvan._periods import Period

__all__ = ["same_period_of_another_year"]

# "Cùng kỳ năm 2024, …", "…; cùng kỳ năm 2024 đăng ký 198 mô hình".
_SAME_PERIOD = re.compile(
    r"(?:^|[.;:\n]\s?|,\s)(?P<words>cung\sky\s(?:nam\s)?(?P<year>(?:19|20)[0-9]{2}))\b"
)


def same_period_of_another_year(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Date the counts of a "cùng kỳ năm …" clause by the period of the count before it."""
    folded = source.folded
    if "cung ky" not in folded:
        return  # most texts: no need to look for the words
    for same in _SAME_PERIOD.finditer(folded):
        before = [i for i, span in enumerate(spans) if span[1] <= same.start()]
        base = mentions[before[-1]].period if before else None
        if base is None or base.end is None or base.start.year != base.end.year:
            continue  # of no one year's months: nothing to move
        year = int(same["year"])
        if year == base.start.year:
            continue
        period = Period(start=_in(base.start, year), end=_in(base.end, year))
        said = words_at(source, *same.span("words"))
        stop = CLAUSE_END.search(folded, same.end())
        end = stop.start() if stop is not None else len(folded)
        for i, span in enumerate(spans):
            mention = mentions[i]
            if not same.end() <= span[0] < end or mention.period is not None:
                continue
            if mention.as_of is not None or mention.change is not None:
                continue
            evidence = {**mention.evidence, "period": said}
            mentions[i] = attrs.evolve(mention, period=period, evidence=evidence)


def _in(day: dt.date, year: int) -> dt.date:
    """The same day of ``year``; the last of February when that year has no 29th."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)
