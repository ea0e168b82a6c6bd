"""Periods moved from the one a count's words frame: another year's, or the whole year.

"6 tháng đầu năm 2025, … 215 …; cùng kỳ năm 2024 … 198": a clause that opens with "cùng kỳ
năm 2024" counts the months of 2024 that the period of the count before it covers in its
own year, the first six months of 2024. "Quý III/2025, … công nhận 126 mô hình, nâng tổng
số … trong năm lên 412 mô hình": the sum is of the whole year 2025, not of its third
quarter. The text gives the year and the months, so the count is dated, with those words
as evidence. A part standing on a day within its total's period is of that period up to
the day: "- Cấp huyện (đến 30/6/2025): 302 mô hình" under a year's total.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, verb_said, whole_of
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import CLAUSE_END
from danvan._measures import Measure
from danvan._periods import Period

__all__ = [
    "SUMMED",
    "THIS_YEAR_WORDS",
    "of_its_total",
    "same_period_of_another_year",
    "years_raised_to",
]

# "Cùng kỳ năm 2024, …", "…; cùng kỳ năm 2024 đăng ký 198 mô hình".
_SAME_PERIOD = re.compile(  # …or in brackets: "… 1.102, bằng 94,6% so với cùng kỳ (cùng kỳ
    r"(?:^|[.;:(\n]\s?|,\s)"  # năm 2024 là 1.165 mô hình)"
    r"(?P<words>cung\sky(?:\s(?:nam\s)?(?P<year>(?:19|20)[0-9]{2})|\snam\s(?:truoc|ngoai)"
    r"|(?=\s(?:la|co)\s|\s?:)))\b"  # "…, cùng kỳ năm trước là 386", "(cùng kỳ: 386)"
)


def same_period_of_another_year(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Date the counts of a "cùng kỳ năm …" clause by the period of the count before it.

    "cùng kỳ năm trước", "cùng kỳ" alone: the year before that period's.
    """
    folded = source.folded
    if "cung ky" not in folded:
        return  # most texts: no need to look for the words
    for same in _SAME_PERIOD.finditer(folded):
        before = [i for i, span in enumerate(spans) if span[1] <= same.start()]
        # the period of the count before, past a share that has none: "bằng 94,6% so với …"
        base = next((mentions[i].period for i in reversed(before) if mentions[i].period), None)
        if base is None or base.end is None or base.start.year != base.end.year:
            continue  # of no one year's months: nothing to move
        year = int(same["year"]) if same["year"] else base.start.year - 1  # "năm trước"
        if year == base.start.year:
            continue
        period = Period(start=_in(base.start, year), end=_in(base.end, year))
        said = words_at(source, *same.span("words"))
        stop = CLAUSE_END.search(folded, same.end())
        end = stop.start() if stop is not None else len(folded)
        at = source.span(same.start(), same.end())[0]
        for i, span in enumerate(spans):
            mention = mentions[i]
            dated = mention.evidence.get("period")  # its own; not the clause's before the
            own = mention.period is not None and dated is not None and dated[1][0] >= at  # words
            if not same.end() <= span[0] < end or own:
                continue  # not one its total's period was given: "(cùng kỳ năm 2024 là …)"
            if mention.as_of is not None or mention.change is not None:
                continue
            evidence = {**mention.evidence, "period": said}
            mention = attrs.evolve(mention, period=period, evidence=evidence)
            total = whole_of(mention)
            if total is not None and mentions[total].period != period:  # among no total of
                mention = attrs.evolve(mention, part_of=None, subset_of=None)  # this year's
            mentions[i] = mention


#: The words of the report's year so far, no year named: "trong năm (nay)", "năm nay", "từ
#: đầu năm (đến nay)".
THIS_YEAR_WORDS = (
    r"(?:trong\s(?:nam|ky)(?:\snay)?|nam\snay|tu\sdau\snam(?:\s(?:den|toi)\snay)?)\b"
    r"(?!\s(?:19|20)[0-9]{2})"
)
# A sum raised to over the year so far: "…, nâng tổng số … trong năm (nay) lên 412", "… từ
# đầu năm đến nay lên 412", "… cả năm lên 1.426".
_RAISED_IN_THE_YEAR = re.compile(
    rf"\bnang\s(?:tong\s)?so\b[^.;:\n0-9]{{0,60}}?\s(?P<words>{THIS_YEAR_WORDS}|ca\snam)"
    r"[^.;:\n0-9]{0,40}?\slen\s?$"
)
_RAISED_REACH = 160


def years_raised_to(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Date a sum raised to over the year so far by the whole year of its frame, in place.

    "Quý III/2025, …, nâng tổng số … trong năm lên 412": 2025, not its third quarter (in a
    quarter of no year, "Trong quý III, …", the year the report is of); a sum that names no
    act is of the count's it raises ("… đăng ký bổ sung 306 mô hình, nâng tổng số cả năm
    lên 1.426 mô hình": registered). A sum of no year's words is a stock: "…, nâng tổng số
    mô hình cấp tỉnh lên 412" are the models there are.
    """
    folded = source.folded
    if "nang " not in folded:
        return  # most texts: no need to look for the words
    for i, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
        if "period" not in mention.evidence or not _part_of_a_year(mention.period):
            continue
        reach = max(0, span[0] - _RAISED_REACH)
        if folded.find("nang ", reach, span[0]) < 0:
            continue  # most counts: no sum raised to before them
        said = _RAISED_IN_THE_YEAR.search(folded, reach, span[0])
        if said is None:
            continue
        evidence = {**mention.evidence, "period": words_at(source, *said.span("words"))}
        act = mention.measure
        if i and not verb_said(mention) and verb_said(mentions[i - 1]):  # "… đăng ký bổ sung
            act, evidence["measure"] = mentions[i - 1].measure, mentions[i - 1].evidence["measure"]
        period = mention.period and Period.year(mention.period.start.year)
        mentions[i] = attrs.evolve(mention, period=period, measure=act, evidence=evidence)


def _part_of_a_year(period: Period | None) -> bool:
    """Whether ``period`` is a part of one year, or none (a part of no year said)."""
    if period is None:
        return True
    whole = Period.year(period.start.year)
    return period.end is not None and period.end.year == period.start.year and period != whole


def _in(day: dt.date, year: int) -> dt.date:
    """The same day of ``year``; the last of February when that year has no 29th."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def of_its_total(
    part: FigureMention, total: FigureMention, found: dict[str, Any]
) -> dict[str, Any]:
    """The period and day a part takes from its total, saying none of its own.

    A part that stands on a day within its total's period, of an act done over time, is
    of the total's period up to that day: "Năm 2025, … công nhận 1.120 mô hình, trong đó:
    …; - Cấp huyện (đến 30/6/2025): 302 mô hình" (the district tier ended then).
    """
    taken = {
        name: getattr(total, name)
        for name in ("period", "as_of")
        if getattr(total, name) is not None and name not in found
    }
    period, day = taken.get("period"), part.as_of
    if period is None or day is None or "as_of" in found or part.measure not in SUMMED:
        return taken
    if day == total.as_of:  # "… đến ngày 30/11/2025, đã có 1.102 …, trong đó cấp tỉnh 45":
        return taken  # the total's day, and the parts' with it
    if period.start <= day < (period.end or day):
        return {**taken, "period": Period(period.start, day), "as_of": None}
    return taken


#: The measures of acts done over time, whose counts over two periods add up.
SUMMED = frozenset(m.code for m in Measure.builtins() if m.across_time.value == "sum")
