"""The days a figure stands on or was done on, apart from the periods it covers.

"Đến ngày 30/11/2025, toàn huyện hiện có 864 mô hình" stands on that day (``as_of``), and
so do its parts; "Ngày 15/3/2025, UBND huyện công nhận 12 mô hình" was done on it (its
period is that day); a stock's value in another year, in brackets after it, stands on
that year's last day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, verb_said, whole_of
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import ANOTHER_YEAR, SENTENCE_END
from danvan._extract._mentions import DateMention, PeriodMention
from danvan._periods import Period
from danvan._text import fold_each

__all__ = [
    "REACH",
    "as_of_a_day",
    "day_in_the_year",
    "in_sentence",
    "on_a_day",
    "same_act_another_year",
    "same_time",
    "value_of_the_period",
    "yearless_days",
    "years_in_brackets",
]

#: How far back in its sentence a figure's period or day is read.
REACH = 240
# The words before the day a stock stands on: "(Tính) đến (hết) ngày 30/11/2025, …".
_AS_OF = re.compile(r"\b(?:tinh\s)?den\s(?:het\s)?(?:ngay\s?)?$")
# A clause after the day's that heads with a period of its own: "Tính đến ngày 30/9/2025,
# … có 1.245 mô hình; trong 9 tháng đầu năm, … đăng ký mới 86 mô hình" (no stock).
_A_PERIOD_OF_ITS_OWN = re.compile(
    r";\s(?:(?:trong|qua|rieng)\s)?(?:[0-9]{1,2}\sthang|nam|quy|giai\sdoan|dot)\b"
)
_FROM_A_DAY = re.compile(  # …or from the year's start: "Từ đầu năm (2025) đến ngày 15/11/2025"
    r"\btu\s(?:(?:ngay\s)?[0-9]{1,2}\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?[0-9]{4}"
    r"|dau\snam(?:\s[0-9]{4})?)\s$"
)


def in_sentence(folded: str, a: int, b: int, reach: int) -> bool:
    """Whether ``a`` and ``b`` are close, with no sentence's end between them."""
    return 0 <= b - a <= reach and SENTENCE_END.search(folded, a, b) is None


def as_of_a_day(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    located: Sequence[tuple[int, int]],
) -> None:
    """The day a count stands on: "Đến ngày 30/11/2025, toàn huyện hiện có 864 mô hình".

    ``located`` is each date's span in the folded text.
    """
    if not dates:
        return
    folded = source.folded
    ends = [b for _, b in located]
    for i, (mention, (start, _)) in enumerate(zip(mentions, spans, strict=True)):
        j = bisect.bisect_right(ends, start) - 1
        total = whole_of(mention)
        a, b = located[j] if j >= 0 else (0, 0)
        up_to = _AS_OF.search(folded, max(0, a - 25), a) if j >= 0 else None
        if (
            up_to is not None
            and in_sentence(folded, b, start, REACH)
            and not _FROM_A_DAY.search(folded, max(0, up_to.start() - 30), up_to.start())
            and not _A_PERIOD_OF_ITS_OWN.search(folded, b, start)
        ):  # not "Từ ngày 01/01/2025 đến ngày 30/11/2025, …": a period, which it is of
            evidence = {**mention.evidence, "as_of": words_at(source, a, b)}
            mentions[i] = attrs.evolve(mention, as_of=dates[j].date, evidence=evidence)
        elif total is not None and mentions[total].as_of is not None:
            mentions[i] = attrs.evolve(mention, as_of=mentions[total].as_of)


# The day a count stands on, written without its year: "(tính) đến ngày 30/11, …".
_AS_OF_NO_YEAR = re.compile(
    r"(?:t(?<!\wt)inh\sden|d(?<!\wd)en)\s(?:het\s)?ngay"  # a letter first: found fast
    r"\s?([0-9]{1,2})\s?/\s?([0-9]{1,2})\b(?!\s?[/.-]\s?[0-9])"
)


def day_in_the_year(words: str, period: Period | None) -> dt.date | None:
    """The day of ``words`` ("tính đến ngày 30/11") in ``period``'s one calendar year."""
    found = _AS_OF_NO_YEAR.search(fold_each(words))
    if found is None or period is None or period.start.year != (period.end or period.start).year:
        return None
    try:
        return dt.date(period.start.year, int(found[2]), int(found[1]))
    except ValueError:  # "đến ngày 31/11": no such day
        return None


def yearless_days(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """The day a count stands on, written without its year, before it in its sentence.

    "Trong năm 2025 (tính đến ngày 30/11), toàn tỉnh đã công nhận 245 mô hình": the 30th
    of November of the count's own year. Where the count has no period of one year, the
    words are kept (evidence ``as_of``) for the year a draft's ``period=`` gives.
    """
    folded = source.folded
    days = list(_AS_OF_NO_YEAR.finditer(folded))
    if not days:
        return
    ends = [day.end() for day in days]
    for i, (mention, (start, _)) in enumerate(zip(mentions, spans, strict=True)):
        j = bisect.bisect_right(ends, start) - 1
        if j < 0 or mention.as_of is not None or "as_of" in mention.evidence:
            continue
        a, b = days[j].span()
        if not in_sentence(folded, b, start, REACH) or _FROM_A_DAY_NO_YEAR.search(
            folded, max(0, a - 20), a
        ):
            continue  # not "Từ ngày 01/01 đến ngày 30/11, …": a period, which it is of
        words = words_at(source, a, b)
        evidence = {**mention.evidence, "as_of": words}
        day = day_in_the_year(words[0], mention.period)
        mentions[i] = attrs.evolve(mention, as_of=day, evidence=evidence)


_FROM_A_DAY_NO_YEAR = re.compile(r"\btu\s(?:ngay\s)?[0-9]{1,2}\s?/\s?[0-9]{1,2}\s$")


# The day an act was done on, heading the count's clause: "ngày 10/02/2025 đăng ký 40 …".
_ON_THE_DAY = re.compile(r"(?<!\btu\s)\bngay\s?$")  # not "Từ ngày 01/7/2025, …": since
_NO_CLAUSE_END = re.compile(r"[^;:()\n0-9]*")


def on_a_day(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    located: Sequence[tuple[int, int]],
) -> None:
    """The period of a count done on a day: that day, not the year.

    "Ngày 15/3/2025, UBND huyện công nhận 12 mô hình", "…; ngày 10/02/2025 đăng ký 40 mô
    hình". Only a day after any period the count's sentence gives, in the count's clause;
    not a document's date (those are left out of ``dates``). The parts of a count done on
    a day, with no period of their own, are of that day too: "Ngày 15/10/2025, … tôn vinh
    120 mô hình, điển hình (gồm 72 mô hình và 48 điển hình)".
    """
    _no_period_ended_before(mentions)
    folded = source.folded
    ends = [b for _, b in located]
    for i, (mention, (start, _)) in enumerate(zip(mentions, spans, strict=True)):
        j = bisect.bisect_right(ends, start) - 1
        if j < 0 or mention.as_of is not None:
            continue
        a, b = located[j]
        said = mention.evidence.get("period")
        if (
            (said is not None and source.at(said[1][1]) > a)
            or not _ON_THE_DAY.search(folded, max(0, a - 6), a)
            or not in_sentence(folded, b, start, REACH)
            or not _NO_CLAUSE_END.fullmatch(folded, b, start)
        ):
            continue
        day = Period(start=dates[j].date, end=dates[j].date)
        evidence = {**mention.evidence, "period": words_at(source, max(0, a - 5), b)}
        mentions[i] = attrs.evolve(mention, period=day, evidence=evidence)
    for i, mention in enumerate(mentions):  # "… tôn vinh 120 mô hình, … (gồm 72 mô hình …)"
        total = mentions[mention.part_of] if mention.part_of is not None else None
        said = total.evidence.get("period") if total is not None else None
        if total is None or "period" in mention.evidence or said is None or total.period is None:
            continue
        if total.period.start == total.period.end:  # its total's day, its parts' too
            evidence = {**mention.evidence, "period": said}
            mentions[i] = attrs.evolve(mention, period=total.period, evidence=evidence)


def _no_period_ended_before(mentions: list[FigureMention]) -> None:
    """No period for a count that stands on a day after the period framing it ended.

    "Quý III/2025, … đăng ký bổ sung 48 mô hình; tính đến ngày 15/11/2025, tổng số mô
    hình đăng ký trong năm là 412": the 412 stand on 15/11, no count of the quarter.
    """
    for i, mention in enumerate(mentions):
        period, day = mention.period, mention.as_of
        if period is not None and period.end is not None and day is not None and period.end < day:
            evidence = {k: v for k, v in mention.evidence.items() if k != "period"}
            mentions[i] = attrs.evolve(mention, period=None, evidence=evidence)


def years_in_brackets(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Values of other years in brackets after a count: their stock, or its years' sum.

    A stock's value in another year, in brackets after it, is a stock at that year's end:
    "Lũy kế đến hết năm 2025, … 2.418 mô hình (năm 2024 là 2.106 mô hình)": 2.106 by the
    end of 2024, not recognised in 2024. A count of no period said whose bracket gives
    each year's value, adding up to it, is of those years: "… 5.621 mô hình được công
    nhận (năm 2023: 1.764; năm 2024: 1.893; năm 2025: 1.964)".
    """
    folded = source.folded
    for i in range(len(mentions) - 2):
        _over_the_years(source, mentions, spans, i)
    for i in range(2, len(mentions)):
        _sum_of_the_years(source, mentions, spans, i)
    for i in range(1, len(mentions)):
        before, mention = mentions[i - 1], mentions[i]
        said = mention.evidence.get("period")
        if (
            before.as_of is None
            or before.period is not None
            or mention.period is None
            or said is None
            or ANOTHER_YEAR.fullmatch(folded, spans[i - 1][1], spans[i][0]) is None
        ):
            continue
        evidence = {k: v for k, v in mention.evidence.items() if k != "period"} | {"as_of": said}
        mentions[i] = attrs.evolve(
            mention, period=None, as_of=mention.period.end, evidence=evidence
        )


# The words of a sum, right before it: "Tổng 3 năm đã công nhận 1.070", "…; tổng 2 năm là
# 321 mô hình", "Tổng cộng (đã công nhận) 1.070 …", "Cộng lại 3 năm, …".
_SUM_OF = re.compile(
    r"(?:^|[,;.:]\s?)(?:tong(?:\scong|\sso)?|tinh\schung|cong\slai)(?:\s(?:ca\s)?[0-9]{1,2}\snam)?"
    r",?(?:\s[a-z]+){0,4}?\s$"
)


def _sum_of_the_years(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> None:
    """The years of a sum said after the values of each: their span, its period.

    "năm 2023 công nhận 312 mô hình; năm 2024 … 356 …; năm 2025 … 402 …. Tổng 3 năm đã
    công nhận 1.070 mô hình": the 1.070 are of 2023 to 2025, not of the last year said.
    """
    total, last = mentions[i], mentions[i - 1].period
    if not isinstance(total.value, Count) or not total.value.is_exact or last is None:
        return  # most counts, read first: no sum after a year's count
    said = _SUM_OF.search(source.folded, max(0, spans[i][0] - 50), spans[i][0])
    if said is None:
        return
    years: list[int] = []
    summed, k = 0, i - 1
    while k >= 0 and summed < total.value.value:
        item = mentions[k]
        period = item.period
        if (
            not isinstance(item.value, Count)
            or not item.value.is_exact
            or item.unit_of_measure is not total.unit_of_measure
            or (verb_said(item) and verb_said(total) and item.measure != total.measure)
            or period is None
            or period != Period.year(period.start.year)
            or (years and period.start.year != years[-1] - 1)
        ):
            return
        years.append(period.start.year)
        summed += item.value.value
        k -= 1
    if summed != total.value.value or len(years) < 2:
        return
    span = Period(start=dt.date(years[-1], 1, 1), end=dt.date(years[0], 12, 31))
    evidence = {**total.evidence, "period": words_at(source, said.start(), spans[i][0])}
    measure = total.measure if verb_said(total) else mentions[i - 1].measure
    levels = {mentions[j].level for j in range(k + 1, i)}  # "… cấp tỉnh qua các năm: …"
    level = total.level or (levels.pop() if len(levels) == 1 else None)
    if level is not total.level and (said_level := mentions[i - 1].evidence.get("level")):
        evidence["level"] = said_level
    mentions[i] = attrs.evolve(total, period=span, measure=measure, level=level, evidence=evidence)


def _over_the_years(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> None:
    """Give count ``i`` the years of the values in its bracket, if they add up to it."""
    total = mentions[i]
    if (
        total.period is not None
        or total.as_of is not None
        or "period" in total.evidence
        or not isinstance(total.value, Count)
        or ANOTHER_YEAR.fullmatch(source.folded, spans[i][1], spans[i + 1][0]) is None
    ):
        return
    closed = source.folded.find(")", spans[i + 1][0])
    inside = [k for k in range(i + 1, len(mentions)) if closed < 0 or spans[k][1] <= closed]
    years = [y for k in inside if (y := mentions[k].period) is not None and y.end is not None]
    values = [v.value for k in inside if isinstance(v := mentions[k].value, Count)]
    if (
        len(inside) < 2  # "86 mô hình (năm 2024: 72)": another year's value
        or len(years) < len(inside)
        or len({y.start.year for y in years}) < len(inside)
        or len(values) < len(inside)
        or sum(values) != total.value.value
    ):
        return
    said = mentions[inside[0]].evidence.get("period")
    if said is None:
        return
    starts, ends = [y.start for y in years], [y.end for y in years if y.end is not None]
    a, b = source.at(said[1][0]), spans[inside[-1]][1]
    evidence = {**total.evidence, "period": words_at(source, a, b)}
    over = Period(start=min(starts), end=max(ends))
    mentions[i] = attrs.evolve(total, period=over, evidence=evidence)


# Between a count and the next one's year heading its clause, no verb: "… công nhận 380 mô
# hình; năm 2025 là 412 mô hình", "…, năm 2025 có 412"; or its next sentence, set apart by
# "Riêng": "… được các cấp công nhận. Riêng năm 2025 có 186 mô hình".
_NEXT_YEAR_THEN = re.compile(  # …or another phase: "…; giai đoạn 2021 - 2025 là 4.126 …"
    r"[^.;:\n0-9]{0,60}?(?:[;,]\s(?:con\s|va\s|rieng\s)?|\.\srieng\s|\s?\(\s?)"  # "(năm 2024 là"
    r"(?:trong\s)?(?:nam\s(?:19|20)[0-9]{2}|(?:giai\sdoan|nhiem\sky)\s(?:19|20)[0-9]{2}"
    r"\s?-\s?(?:19|20)[0-9]{2}),?\s?(?:la|co|dat|:)\s?"
)


def same_act_another_year(
    folded: str, before: FigureMention, mention: FigureMention, between: tuple[int, int]
) -> FigureMention | None:
    """A count of another year, with no verb of its own, that counts what the one before did.

    "Năm 2024 toàn tỉnh công nhận 380 mô hình; năm 2025 là 412 mô hình": 412 recognised,
    not a count of models; so with phases ("giai đoạn 2016 - 2020, … có 3.212 mô hình được
    công nhận; giai đoạn 2021 - 2025 là 4.126 mô hình"). ``between`` is the span of the
    text between the two.
    """
    if (
        mention.measure is not None
        or not verb_said(before)
        or before.unit_of_measure is not mention.unit_of_measure
        or _NEXT_YEAR_THEN.fullmatch(folded, *between) is None
    ):
        return None
    evidence = {**mention.evidence, "measure": before.evidence["measure"]}
    return attrs.evolve(mention, measure=before.measure, evidence=evidence)


# The same part of another year, before it: "so với cùng kỳ năm 2024".
_SAME_TIME = re.compile(r"\bcung\sky\s(?:cua\s)?$")


def value_of_the_period(
    source: CleanText, periods: Sequence[PeriodMention], located: Sequence[tuple[int, int]], j: int
) -> tuple[dict[str, Period], dict[str, tuple[str, tuple[int, int]]]]:
    """The period of a value in brackets after the one compared: "so với năm 2024 (980 …)".

    ``j`` is that period's index. "6 tháng đầu năm 2025, … bằng 112% so với cùng kỳ năm
    2024 (166 mô hình)": the 166 are of the first half of 2024, the part of the year the
    sentence's own period is, not of all of it.
    """
    a, b = located[j]
    before = j > 0 and in_sentence(source.folded, located[j - 1][1], a, REACH)
    period = same_time(
        source.folded, a, periods[j].period, periods[j - 1].period if before else None
    )
    return {"period": period}, {"period": words_at(source, a, b)}


def same_time(folded: str, at: int, period: Period, own: Period | None) -> Period:
    """``period``, said at ``at``; after "cùng kỳ", the part of its year ``own`` is of its own.

    "6 tháng đầu năm 2025, … tăng 20 mô hình so với cùng kỳ năm 2024": the first half of
    2024.
    """
    if own is None or not _SAME_TIME.search(folded, max(0, at - 12), at):
        return period
    return _the_same_part(own, period) or period


def _the_same_part(part: Period, year: Period) -> Period | None:
    """The part of one year that ``part`` is of its own, in the year ``year`` is."""
    end, year_end = part.end, year.end
    if end is None or year_end is None or end.year != part.start.year:
        return None
    whole = (year.start.month, year.start.day, year_end.month, year_end.day) == (1, 1, 12, 31)
    if not whole or year.start.year != year_end.year or (part.start.month, end.month) == (1, 12):
        return None
    try:
        start = part.start.replace(year=year.start.year)
        return Period(start=start, end=end.replace(year=year.start.year))
    except ValueError:  # the 29th of February, in a year that has none
        return None
