"""A sum of years written after each year's count: "Năm 2021: 245 mô hình; năm 2022: …".

"Năm 2021: 245 mô hình; năm 2022: 312 mô hình; năm 2023: 298. Tổng cộng 3 năm: 855 mô
hình": the years' counts add up to the sum after them, which is of the years together.
Each year's count is among the sum (as it is when the sum comes first: "Trong 3 năm …,
công nhận 214 mô hình (năm 2023: 68; …)"), and the sum takes the span of the years.
"""

from __future__ import annotations

import attrs

from danvan._counts import Count
from danvan._extract._cells import adds_up
from danvan._extract._figure_mention import FigureMention
from danvan._periods import Period

__all__ = ["years_summed"]

_MOST_YEARS = 12


def years_summed(mentions: list[FigureMention], i: int) -> bool:
    """Link the counts of consecutive years right before count ``i`` to it, in place.

    Only when the counts, one a year, each of its whole year and of no other cell, count
    what ``i`` counts and add up to it, and ``i`` names no period; whether they were linked.
    """
    total = mentions[i]
    if total.period is not None or not isinstance(total.value, Count):
        return False
    years: list[int] = []  # the latest first
    last: int | None = None
    for j in range(i - 1, max(-1, i - 1 - _MOST_YEARS), -1):
        year = _its_year(mentions[j], total)
        if year is None or (last is not None and year != last - 1):
            break
        years.append(j)
        last = year
    if len(years) < 2 or last is None or not adds_up(mentions, years, i):
        return False
    said = (total.text, total.span)
    for j in years:
        mentions[j] = attrs.evolve(
            mentions[j], subset_of=i, evidence={**mentions[j].evidence, "subset_of": said}
        )
    evidence = dict(total.evidence)
    first_words, last_words = (mentions[j].evidence.get("period") for j in (years[-1], years[0]))
    if first_words is not None and last_words is not None:  # "năm 2021 … năm 2023"
        words = f"{first_words[0]} … {last_words[0]}"
        evidence["period"] = (words, (first_words[1][0], last_words[1][1]))
    span = Period.years(last, last + len(years) - 1)
    mentions[i] = attrs.evolve(total, period=span, evidence=evidence)
    return True


def _its_year(part: FigureMention, total: FigureMention) -> int | None:
    """The year a count is of, when it is a year's count of what ``total`` counts."""
    period = part.period
    if (
        period is None
        or period != Period.year(period.start.year)
        or not isinstance(part.value, Count)
        or (part.part_of, part.subset_of, part.change) != (None, None, None)
        or part.unit_of_measure is not total.unit_of_measure
        or part.measure != total.measure
        or part.level
        or part.fields
        or part.holder
        or part.category
        or part.status
    ):
        return None
    return period.start.year
