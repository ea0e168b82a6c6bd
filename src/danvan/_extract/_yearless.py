"""A part of a year a clause names without its year: of the year of the period before.

"Trong 6 tháng đầu năm 2025, … 218 mô hình; 6 tháng cuối năm … 194 mô hình": the 194 are
of the second half of 2025; "Năm 2024, …. Cuối năm, … công nhận 142 mô hình": of 2024.
Or the whole of the one phase the text names, not named again: "Tính chung cả giai đoạn,
…", "Trong 5 năm, …" (see ``_sentence_periods.the_whole_phase``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from danvan._extract._clean import CleanText
from danvan._extract._figure_targets import target_words
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import CLAUSE_BREAK
from danvan._extract._lists import BULLET
from danvan._extract._mentions import PeriodMention
from danvan._extract._sentence_periods import the_whole_phase
from danvan._period_grammar import MONTHS
from danvan._periods import Period

__all__ = ["of_a_time_unnamed", "of_the_year_before"]

# A part of a year that heads its clause without its year: "…; 6 tháng cuối năm, …", "…;
# lũy kế 9 tháng (đầu năm) đăng ký 128 mô hình", "Trong 6 tháng (qua), …" (the months from
# the year's start), "9 tháng đầu năm nay"; "trong quý", the quarter before: "Số mô hình
# được công nhận trong quý là 21", "… được biểu dương trong 9 tháng: 47", and after a
# label, before its colon: "Kết quả 9 tháng: …"; this year's, which a draft takes from
# its period; and the year before itself, named again without its number ("Cuối năm, …").
# A list's item may open with it: "- Quý II, Ban Thường vụ … công nhận 14 mô hình".
_YEARLESS = re.compile(
    rf"(?:^|[.;:,]\s|\n\s?|\n{BULLET.pattern}|\btrong\sdo\s"
    r"|\s(?=trong\s(?:quy\b|[0-9]{1,2}\sthang\s?:)))(?P<words>"  # "… trong 9 tháng: 47"
    r"(?:(?:(?P<within>trong)|rieng|(?P<sum>luy\ske|tinh\schung|ket\squa(?:\sthuc\shien)?)"
    r"|tinh(?=\stu\s))\s)?"  # "Tính từ đầu năm đến nay, …"
    rf"(?:(?P<months>{MONTHS})\sthang"
    r"(?:\s(?P<side>dau|cuoi)\snam|(?(sum)|(?(within)(?=[,:]|\squa\b)|(?!))))"
    r"|quy\s(?P<quarter>iv|iii|ii|i|[1-4])"
    # this year, the report's, whatever year was named before: "…; từ đầu năm (đến nay),
    # …", "…; năm nay …"
    r"|(?P<this_year>tu\sdau\snam(?:\s(?:den|toi)\snay)?|nam\snay)"
    # …or the year itself: "Cuối năm, Ban Thường vụ … công nhận 142 mô hình", "Trong năm, …"
    r"|(?P<whole>(?:cuoi|dau)\snam|(?<=trong\s)nam)(?!\s(?:truoc|ngoai|sau|toi|nay)\b)"
    # …or a month of it, to the report's day: "Từ tháng 7 đến nay, …"
    r"|tu\sthang\s(?P<since>1[0-2]|0?[1-9])\s(?:den|toi)\snay"
    r"|thang\s(?P<month>1[0-2]|0?[1-9])"  # …or one month of it: "Tháng 11, công nhận 12 …"
    r"|(?<=trong\s)(?P<this>quy)(?!\s(?:iv|iii|ii|i|[1-4])\b)))\b"
    r"(?!\s(?:nam\s)?(?:19|20)[0-9]{2}|/)"
)


def of_a_time_unnamed(
    source: CleanText,
    periods: Sequence[PeriodMention],
    located: Sequence[tuple[int, int]],
    j: int,
    *,
    since: int,
    start: int,
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A part of the year before without its year, or the whole of the text's one phase.

    "…; 6 tháng cuối năm, …" (see :func:`of_the_year_before`); "Tính chung cả giai đoạn,
    toàn tỉnh có …" in a text of "giai đoạn 2021 - 2025" (see ``the_whole_phase``).
    ``located`` are the spans of ``periods`` in the folded text; ``j`` the last before
    the count at ``start``, ``since`` where its clause's words start.
    """
    if (yearless := of_the_year_before(source, periods, j, since, start)) is not None:
        return yearless
    phase = the_whole_phase(source.folded, periods, located, since=since, start=start)
    if phase is None:
        return None
    return {"period": phase[0]}, {"period": words_at(source, *phase[1])}


def of_the_year_before(
    source: CleanText, periods: Sequence[PeriodMention], j: int, since: int, start: int
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]] | None:
    """The period of a yearless part of a year heading the clause of the count at ``start``.

    ``j`` is the last period before the count, ``since`` where to read from; ``None`` when
    no such words head the clause.
    """
    folded = source.folded
    breaks = source.spans_in(CLAUSE_BREAK, since, start)  # only its own clause's words may
    labelled = bool(breaks) and folded[breaks[-1][0]] == ":"  # or its label's, before a
    if len(breaks) > labelled:  # colon: "Kết quả 9 tháng: đã xây dựng mới 52 mô hình"
        since = max(since, breaks[-1 - labelled][0] - 2)
    yearless = max(_YEARLESS.finditer(folded, since, start), key=re.Match.start, default=None)
    if yearless is None:
        return None
    after = yearless.end() + 1 if labelled and folded.startswith(":", yearless.end()) else None
    if CLAUSE_BREAK.search(folded, after or yearless.end(), start):
        return None
    return _of_the_year_before(source, periods, j, yearless)


def _of_the_year_before(
    source: CleanText, periods: Sequence[PeriodMention], j: int, yearless: re.Match[str]
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]] | None:
    """The part of a year a clause names without its year, in the year of the period before.

    "Trong 6 tháng đầu năm 2025, … 218 mô hình; 6 tháng cuối năm … 194 mô hình": the 194
    are of the second half of 2025; so with a quarter ("…; riêng quý III …"). A period of a
    target or a forecast is passed over. When no one year is named before it, no period,
    but its words: a draft takes the year of the report's period; the year itself ("Cuối
    năm, …") is then none of it (``None``): the report's period is.
    """
    while j >= 0 and target_words(source, source.at(periods[j].span[0])) is not None:
        j -= 1  # "Dự kiến trong quý I/2026, …. Trước đó, trong 6 tháng đầu năm, …": of 2025
    before = periods[j].period if j >= 0 else None
    this_year = yearless["this_year"] or source.folded.startswith(" nay", yearless.end())
    one_year = (
        before is not None and before.end is not None and before.start.year == before.end.year
    )
    if yearless["whole"] and (not one_year or this_year):
        return None  # "Trong năm, …" in a text of no year before: the report's, if any
    if before is None or before.end is None or before.start.year != before.end.year or this_year:
        return {}, {"period": words_at(source, *yearless.span("words"))}
    if yearless["this"]:  # "Quý III/2025, … Số mô hình được công nhận trong quý là 21"
        quarter = Period.parse(f"quý {(before.start.month + 2) // 3} năm {before.start.year}")
        found = {"period": before} if quarter == before else {}
        return found, {"period": words_at(source, *yearless.span("words"))}
    if yearless["whole"]:  # "Năm 2024, …. Cuối năm, … công nhận 142 mô hình": of 2024
        period = Period.year(before.start.year)
    elif yearless["quarter"]:  # "…; riêng quý III đăng ký mới 73 mô hình"
        period = Period.parse(f"quý {yearless['quarter'].upper()} năm {before.start.year}")
    elif yearless["since"]:  # "Năm 2025, …; từ tháng 7 đến nay, …": July 2025 to date
        period = Period.parse(f"từ tháng {yearless['since']}/{before.start.year} đến nay")
    elif yearless["month"]:  # "Năm 2025, …; tháng 11 công nhận 12 mô hình"
        period = Period.parse(f"tháng {yearless['month']}/{before.start.year}")
    else:
        side = "cuối" if yearless["side"] == "cuoi" else "đầu"  # "lũy kế 9 tháng"
        period = Period.parse(f"{yearless['months']} tháng {side} năm {before.start.year}")
    return {"period": period}, {"period": words_at(source, *yearless.span("words"))}
