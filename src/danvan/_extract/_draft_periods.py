"""The period a drafted figure is of: its own, the report's, or a part of the report's year.

The report's is the caller's, or the one its own title names (see `_own_heading`).

"…; 6 tháng cuối năm, công nhận 194 mô hình" in a report of 2025 is of its second half;
"Tính đến ngày 30/11, …" stands on 30/11/2025; the value a change started from is of the
year it is compared to ("So với năm 2024, … tăng 86 mô hình (từ 1.245 lên …)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._change_links import has_a_cell, with_the_cell_of
from danvan._extract._clean import CleanText
from danvan._extract._figure_days import day_in_the_year, same_time
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import THEN_TO
from danvan._extract._same_period import THIS_YEAR_WORDS
from danvan._period_grammar import MONTHS
from danvan._periods import Period
from danvan._text import fold

__all__ = [
    "in_the_year",
    "names_the_whole_year",
    "of_the_year",
    "period_of",
    "span_ends",
    "the_year_before",
    "the_value_before",
    "years_spanned",
]


def period_of(
    mention: FigureMention, period: Period | None, wholes: Sequence[FigureMention] = ()
) -> Period | None:
    """The period a drafted figure is of: its own, or the report's ``period``.

    Of the report's, the part of the year a mention names without its year ("6 tháng
    cuối năm"), or its total names, a part saying no time of its own (``wholes``: its
    total, the total's total …); no period for a count that stands on a day ("Lũy kế
    đến hết năm 2025, … 6.830 mô hình được công nhận" is no count of the year's).
    """
    if mention.period is not None or mention.as_of is not None:
        return mention.period
    for whole in () if "period" in mention.evidence else wholes:  # "trong 6 tháng cuối
        if whole.period is not None or whole.as_of is not None or "period" in whole.evidence:
            return of_the_year(whole, period) or period  # năm … 41 mô hình …, trong đó 12 …"
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


# A change against the year before, not named: "… tăng 214 mô hình so với năm trước",
# "… so với cùng kỳ năm trước" (the same part of that year).
# …or the school year before: "… tăng 24 mô hình so với năm học trước".
_YEAR_BEFORE = re.compile(
    r"[^.;:()\n0-9]{0,40}?\b(?P<words>so\svoi\s(?:cung\sky\s)?nam\s(?P<school>hoc\s)?"
    r"(?:truoc|ngoai|lien\s(?:ke|truoc)))\b"
)


def the_year_before(text: str, mention: FigureMention, period: Period | None) -> FigureMention:
    """A change compared to "năm trước" (the year before), that year's part of its own period.

    So is one compared to "năm học trước" in a school year's report: the school year before.

    "Năm 2025, … tăng 214 mô hình so với năm trước" is against 2024; "6 tháng đầu năm
    2025, … tăng 86 mô hình so với cùng kỳ năm trước" against the first half of 2024.
    One that names its year is against that year's part of its own period when it says
    "cùng kỳ" (see :func:`_the_same_time`), else unchanged; so is a mention that is no
    change or is of no period within one year.
    """
    own = period_of(mention, period)
    if mention.compared_to is not None:
        return _the_same_time(text, mention, period)
    if mention.change is None or own is None:
        return mention
    end, after = own.end, CleanText(text[mention.span[1] : mention.span[1] + 80])
    said = _YEAR_BEFORE.match(after.folded)
    if said is None or end is None or end.year != own.start.year + bool(said["school"]):
        return mention  # a year, or a school year: "Năm học 2024 - 2025, … năm học trước"
    try:
        before = Period(own.start.replace(year=own.start.year - 1), end.replace(year=end.year - 1))
    except ValueError:  # the 29th of February
        return mention
    words = after.clean[slice(*said.span("words"))]
    a, b = (mention.span[1] + at for at in after.span(*said.span("words")))
    evidence = {**mention.evidence, "compared_to": (words, (a, b))}
    return attrs.evolve(mention, compared_to=before, evidence=evidence)


def _the_same_time(text: str, mention: FigureMention, period: Period | None) -> FigureMention:
    """A change against "cùng kỳ năm 2024", against that year's part of its own period.

    "So với cùng kỳ năm 2024, số mô hình đăng ký tăng 8 mô hình" in a report of the first
    half of 2025 is against the first half of 2024, not all of it.
    """
    own, against = period_of(mention, period), mention.compared_to
    if own is None or against is None or "compared_to" not in mention.evidence:
        return mention
    a = mention.evidence["compared_to"][1][0]
    before = CleanText(text[max(0, a - 16) : a]).folded
    same = same_time(before, len(before), against, own)
    return mention if same == against else attrs.evolve(mention, compared_to=same)


def of_the_year(mention: FigureMention, period: Period | None) -> Period | None:
    """The part of the year of ``period`` a mention names without its year, if one year.

    "…; 6 tháng cuối năm, công nhận 194 mô hình" in a report of 2025 is of its second
    half; "Riêng quý II, …" of its second quarter; a sum raised to "cả năm" of the whole
    year. ``None`` when the mention names no such part, or ``period`` is no one year.
    """
    if mention.period is not None or "period" not in mention.evidence or period is None:
        return None
    part = _PART_OF_A_YEAR.search(fold(mention.evidence["period"][0]))
    if part is None or years_spanned(period) != 1:
        return None
    if part["whole"]:
        return Period.year(period.start.year)
    if part["since"]:  # "Từ đầu năm đến nay, …": from the year's start to the report
        return Period.parse(f"từ đầu năm {period.start.year} đến nay")
    if part["month"]:  # "Từ tháng 7 đến nay, …": from July of the year to the report
        return Period.parse(f"từ tháng {part['month']}/{period.start.year} đến nay")
    if part["one_month"]:  # "Tháng 11, …"
        return Period.parse(f"tháng {part['one_month']}/{period.start.year}")
    return Period.parse(f"{part[0]} nam {period.start.year}")


def names_the_whole_year(words: str) -> bool:
    """Whether a period's words name a whole year but not which: "cả năm", "trong năm"."""
    part = _PART_OF_A_YEAR.search(fold(words))
    return part is not None and part["whole"] is not None


_PART_OF_A_YEAR = re.compile(
    rf"{MONTHS}\sthang\s(?:dau|cuoi)|quy\s(?:iv|iii|ii|i|[1-4])\b"
    r"|(?:(?<=^trong\s)|(?<=^luy\ske\s)|(?<=^tinh\schung\s)|(?<=^ket\squa\s)|(?<=^ket\squa\sthuc\shien\s))"
    rf"{MONTHS}\sthang(?=(?:\squa)?$)"  # "Trong 6 tháng", "Lũy kế 9 tháng": from the year's start
    r"|(?P<since>^(?:(?:luy\ske|tinh)\s)?tu\sdau\snam(?:\s(?:den|toi)\snay)?$)"  # to the report
    r"|^tu\sthang\s(?P<month>1[0-2]|0?[1-9])\s(?:den|toi)\snay$"  # …or a month of it
    r"|^(?:trong\s)?thang\s(?P<one_month>1[0-2]|0?[1-9])$"  # …or one: "Tháng 11, …"
    rf"|(?P<whole>^(?:ca\snam|{THIS_YEAR_WORDS})$)"  # of a sum raised to: "… cả năm lên 1.426"
)


def years_spanned(period: Period) -> int:
    """How many calendar years a period spans: 2021-2025 spans five."""
    return (period.end or period.start).year - period.start.year + 1


_THEN_AFTER_IT = re.compile(THEN_TO)
# Between a change and the value it started from: "… tăng 86 mô hình (từ 1.245 lên", "…
# giảm 31 mô hình so với năm 2024 (từ 347 xuống".
_ITS_START = re.compile(r"(?:[^.;:()\n0-9]|\b(?:19|20)[0-9]{2}\b){0,40}\(\s?tu")
_FROM = re.compile(r"\btu\s?$")


def value_before(text: str, mentions: Sequence[FigureMention], i: int) -> bool:
    """Whether mention ``i`` is the value before a change, in the period of the one after.

    "từ 1.245 mô hình xuống còn 986 mô hình", with no period for either: the two are not
    both the period's. With a period each ("từ 64 mô hình (năm 2022) lên 97 mô hình (năm
    2025)"), each is drafted in its own.
    """
    if i + 1 >= len(mentions):
        return False
    mention, after = mentions[i], mentions[i + 1]
    between = fold(text[mention.span[1] : after.span[0]])
    return (
        mention.period in (None, after.period)
        and _FROM.search(fold(text[max(0, mention.span[0] - 6) : mention.span[0]])) is not None
        and _THEN_AFTER_IT.fullmatch(between) is not None
    )


def the_value_before(
    text: str, mentions: Sequence[FigureMention], i: int, mention: FigureMention
) -> tuple[FigureMention, str | None]:
    """The value before a change in the period the change is compared to, or why not.

    "So với năm 2024, số mô hình đăng ký tăng 86 mô hình (từ 1.245 lên 1.331 mô hình)":
    the 1.245 were registered in 2024, in the change's cell ("Số mô hình cấp tỉnh … (từ 84
    xuống 78 mô hình)"). ``mention`` is mention ``i``, as read so far.
    """
    if not value_before(text, mentions, i):
        return mention, None
    change = mentions[i - 1] if i else None
    if (
        change is None
        or change.change is None
        or change.compared_to is None
        or not _ITS_START.fullmatch(fold(text[change.span[1] : mention.span[0]]))
    ):
        return mention, "the value before a change ('từ … lên/xuống …'), of a period not said"
    evidence = {**mention.evidence, "period": change.evidence["compared_to"]}
    if "measure" in change.evidence:
        evidence["measure"] = change.evidence["measure"]
    compared = attrs.evolve(
        mention, period=change.compared_to, measure=change.measure, evidence=evidence
    )
    if not has_a_cell(mention):
        compared = with_the_cell_of(compared, change)
    return compared, None


_A_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def span_ends(text: str, mentions: Sequence[FigureMention]) -> list[FigureMention]:
    """``mentions``, the two values of a change over several years each of its own year.

    "Từ năm 2021 đến năm 2025, số mô hình đăng ký tăng từ 412 lên 986 mô hình": the 412
    were of 2021 and the 986 of 2025, neither of the five years together. Over years to
    date ("Từ năm 2021 đến nay, …"), the value after the change stays of the years to
    date; a value that names its own year is left as it is.
    """
    ends = list(mentions)
    for i in range(len(mentions) - 1):
        before, after = mentions[i], mentions[i + 1]
        span, said = after.period, after.evidence.get("period")
        if span is None or said is None or before.period != span:
            continue
        if not value_before(text, mentions, i):
            continue
        words, (start, _) = said
        years = list(_A_YEAR.finditer(words))
        last = (span.end or span.start).year
        if (
            not years
            or int(years[0][0]) != span.start.year
            or (span.end is not None and (len(years) < 2 or int(years[-1][0]) != last))
            or (span.end is not None and span.start.year == last)
        ):
            continue
        first = years[0].end()
        rest = len(words[first:]) - len(words[first:].lstrip(" -–,"))
        ends[i] = _of_words(before, Period.year(span.start.year), words[:first], start)
        if span.end is not None:  # to date, it stays over the years: "đến nay"
            ends[i + 1] = _of_words(
                after, Period.year(last), words[first + rest :], start + first + rest
            )
    return ends


def _of_words(
    mention: FigureMention, period: Period | None, words: str, start: int
) -> FigureMention:
    """``mention`` of ``period``, which ``words`` (at ``start`` in the text) give."""
    evidence = {**mention.evidence, "period": (words, (start, start + len(words)))}
    return attrs.evolve(mention, period=period, evidence=evidence)


# How far into a text its heading is read; a sentence's end, not a line's, before it.
