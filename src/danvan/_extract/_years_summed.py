"""A sum of years written after each year's count: "Năm 2021: 245 mô hình; năm 2022: …".

"Năm 2021: 245 mô hình; năm 2022: 312 mô hình; năm 2023: 298. Tổng cộng 3 năm: 855 mô
hình": the years' counts add up to the sum after them, which is of the years together.
Each year's count is among the sum (as it is when the sum comes first: "Trong 3 năm …,
công nhận 214 mô hình (năm 2023: 68; …)"), and the sum takes the span of the years. So
are the counts of the periods listed after a total: "Trong 5 năm, … 726 lượt mô hình …
đăng ký xây dựng; … như sau:", then "- Năm 2021: đăng ký 132, công nhận 118;" and so on.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs

from danvan._counts import Count
from danvan._extract._cells import adds_up
from danvan._extract._figure_mention import FigureMention, verb_said, whole_of
from danvan._extract._figure_words import counted_in
from danvan._numbers import Percent
from danvan._periods import Period

__all__ = ["periods_listed_after", "years_summed"]

_MOST_YEARS = 12


def years_summed(mentions: list[FigureMention], i: int) -> bool:
    """Link the counts of consecutive years right before count ``i`` to it, in place.

    Only when the counts, each of whole years (one year, or a phase: "giai đoạn 2016 -
    2020: 3.212 …; giai đoạn 2021 - 2025 là 4.126 …, tăng 914 …. Tính chung 10 năm, …
    7.338"), each starting the year after the one before ends and of no other cell, count
    what ``i`` counts and add up to it, and ``i`` names no period or theirs together; a
    change right after one of them is passed over. Whether they were linked.
    """
    total = mentions[i]
    if not isinstance(total.value, Count):
        return False
    listed: list[int] = []  # the latest first
    first = last = 0  # the first year of the earliest listed, the last of the latest
    for j in range(i - 1, max(-1, i - 1 - _MOST_YEARS), -1):
        if mentions[j].change is not None:
            continue  # "…; giai đoạn 2021 - 2025 là 4.126 …, tăng 914 …"
        years = _its_years(mentions[j], total)
        if years is None or (listed and years[1] != first - 1):
            break
        listed.append(j)
        first, last = years[0], last or years[1]
    if len(listed) < 2 or not adds_up(mentions, listed, i):
        return False
    span = Period.years(first, last)
    if total.period not in (None, span):
        return False
    said = (total.text, total.span)
    for j in listed:
        mentions[j] = attrs.evolve(
            mentions[j], subset_of=i, evidence={**mentions[j].evidence, "subset_of": said}
        )
    if total.period is not None:
        return True
    evidence = dict(total.evidence)
    first_words, last_words = (mentions[j].evidence.get("period") for j in (listed[-1], listed[0]))
    if first_words is not None and last_words is not None:  # "năm 2021 … năm 2023"
        words = f"{first_words[0]} … {last_words[0]}"
        evidence["period"] = (words, (first_words[1][0], last_words[1][1]))
    mentions[i] = attrs.evolve(total, period=span, evidence=evidence)
    return True


def _its_years(part: FigureMention, total: FigureMention) -> tuple[int, int] | None:
    """The first and last years a count is of, when it counts what ``total`` counts.

    Of whole years only: one year, or a phase of several.
    """
    period = part.period
    if (
        period is None
        or period.end is None
        or period != Period.years(period.start.year, period.end.year)
        or not _in_the_totals_cell(part, total)
        or not counted_in(total.unit_of_measure, part.unit_of_measure)
        or part.measure != total.measure
    ):
        return None
    return period.start.year, period.end.year


def _alone(part: FigureMention) -> bool:
    """Whether a count is linked to none and changes nothing."""
    linked = (part.part_of, part.subset_of, part.change)
    return isinstance(part.value, Count) and linked == (None, None, None)


def _in_a_cell_of_none(part: FigureMention) -> bool:
    """Whether a count is linked to none, changes nothing and is of no cell."""
    return _alone(part) and not any(getattr(part, d) for d in _CELLS)


def _in_the_totals_cell(part: FigureMention, total: FigureMention) -> bool:
    """Whether a count is linked to none, changes nothing and is of its total's cell.

    Mostly of none; of the level both are at: "Số mô hình được công nhận cấp tỉnh qua các
    năm: năm 2023: 61 mô hình; …. Tổng cộng 3 năm là 203 mô hình".
    """
    return _alone(part) and all(getattr(part, d) == getattr(total, d) for d in _CELLS)


_CELLS = ("level", "fields", "holder", "category", "status")


_MOST_AFTER = 3 * _MOST_YEARS  # a year's line may give several acts


def periods_listed_after(mentions: list[FigureMention]) -> None:
    """Link the counts of periods one after another listed after a total to it, in place.

    Only counts of the total's act (or of none: "năm 2021 có 48 mô hình", which then take
    it) and unit, in no cell, each of a period after the one before and within the
    total's (if it has one), that add up to it; counts of other acts between them (a
    year's recognised beside its registered) are passed over, and so are a share beside
    the total ("…, đạt tỷ lệ 91,7%") and an average ("…, bình quân mỗi năm 155 …").
    """
    for i, total in enumerate(mentions):
        if not isinstance(total.value, Count) or total.change:
            continue
        listed: list[int] = []
        for j in range(i + 1, min(len(mentions), i + 1 + _MOST_AFTER)):
            part = mentions[j]
            if not listed and isinstance(part.value, Percent) and part.period is None:
                continue  # its share beside it: "… 286 mô hình …, đạt tỷ lệ 91,7%. Qua các năm:"
            if part.average_words:  # "…, bình quân mỗi năm 155 mô hình": no period's count
                continue
            if part.period is None or not counted_in(total.unit_of_measure, part.unit_of_measure):
                break  # "… 6.240 mô hình, điển hình …. Năm 2021 có 865 mô hình; …"
            if part.measure != total.measure and not (total.measure and _counted_only(part)):
                continue
            last = mentions[listed[-1]].period if listed else None
            if _its_period(part, total) is None or (last is not None and not _after(part, last)):
                break
            listed.append(j)
        if len(listed) < 2 or not adds_up(mentions, listed, i):
            continue
        said = (total.text, total.span)
        for j in listed:
            evidence = {**mentions[j].evidence, "subset_of": said}
            measure = mentions[j].measure
            if measure != total.measure and "measure" in total.evidence:  # "năm 2021 có 48 mô
                measure, evidence["measure"] = total.measure, total.evidence["measure"]  # hình"
            mentions[j] = attrs.evolve(mentions[j], subset_of=i, measure=measure, evidence=evidence)
    _spans_of_its_periods(mentions)


def _counted_only(part: FigureMention) -> bool:
    """Whether a count says no act, only what there is: "năm 2021 có 48 mô hình"."""
    return part.measure == "models" and not verb_said(part)


def _spans_of_its_periods(mentions: list[FigureMention]) -> None:
    """A total of no period whose parts are of periods one right after another spans them.

    "Trong 10 năm, … 1.562 mô hình, điển hình; trong đó giai đoạn 2016 - 2020 có 684 …,
    giai đoạn 2021 - 2025 có 878 …": of 2016 - 2025, when the parts add up to it, in place.
    """
    parts: dict[int, list[int]] = {}
    for j, part in enumerate(mentions):
        of = whole_of(part)
        if of is not None and of < j:
            parts.setdefault(of, []).append(j)
    for i, listed in parts.items():
        total = mentions[i]
        periods = [mentions[j].period for j in listed]
        if (
            total.period is not None
            or total.as_of is not None
            or len(listed) < 2
            or not isinstance(total.value, Count)
            or any(p is None or p.end is None for p in periods)
            or not adds_up(mentions, listed, i)
        ):
            continue
        ordered = sorted((p for p in periods if p is not None), key=lambda p: p.start)
        if any(
            b.start != a.end + dt.timedelta(days=1)
            for a, b in itertools.pairwise(ordered)
            if a.end is not None
        ):
            continue  # a gap, or periods over each other: of no one span
        first, last = (mentions[j].evidence.get("period") for j in (listed[0], listed[-1]))
        evidence = dict(total.evidence)
        if first is not None and last is not None:  # "giai đoạn 2016 - 2020 … 2021 - 2025"
            evidence["period"] = (f"{first[0]} … {last[0]}", (first[1][0], last[1][1]))
        span = Period(start=ordered[0].start, end=ordered[-1].end)
        mentions[i] = attrs.evolve(total, period=span, evidence=evidence)


def _its_period(part: FigureMention, total: FigureMention) -> Period | None:
    """The period of a count within ``total``'s, of what it counts and of no cell."""
    period, whole = part.period, total.period
    if period is None or not _in_a_cell_of_none(part):
        return None
    if whole is not None and (  # "Trong 5 năm, …" says no period: its parts say theirs
        period.start < whole.start
        or (whole.end is not None and (period.end or whole.end) > whole.end)
    ):
        return None
    return period


def _after(part: FigureMention, last: Period) -> bool:
    period = part.period
    return period is not None and last.end is not None and period.start > last.end
