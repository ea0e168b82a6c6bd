"""Counts of the units as they were before a merger: "Trước sắp xếp, 3 xã có 64 mô hình".

Of a day before the merger, not of a draft's period, unless the text gives one: such a
count is left out with its words. Over a period of several years that the merger falls
within, what the units did before it is done in the area of the unit they became: "Qua 5
năm triển khai, … của 3 xã cũ đã đăng ký xây dựng 186 mô hình" in a report of 2021 -
2025 is drafted, with a note.
"""

from __future__ import annotations

import re

from danvan._extract._earlier_counts import words_before
from danvan._extract._figure_words import MERGING
from danvan._extract._figures import FigureMention
from danvan._extract._same_period import SUMMED
from danvan._periods import Period
from danvan._text import fold_each

__all__ = ["before_the_reorganisation", "merged_units"]

# The words that head a clause about the units as they were before a merger: "Trước sắp
# xếp, 3 xã có tổng số 64 mô hình", "Trước khi sáp nhập, …", "Các xã cũ có 64 mô hình".
_MERGING = rf"(?:khi\s)?(?:thuc\shien\s)?{MERGING}"
_BEFORE_MERGING = re.compile(  # …up to "sau (khi) sáp nhập", the units as they are now
    rf"\b(?P<words>truoc\s{_MERGING}|(?:cac\s)?(?:xa|phuong|huyen|thi\stran)\scu\b(?!\sthe\b))"
    rf"(?:(?!sau\s{_MERGING})[^.;\n]|(?<=[0-9])\.(?=[0-9])){{0,200}}$"  # over a list of the
)  # units: "…, tỉnh A có 1.126 …"


def before_the_reorganisation(
    text: str, mention: FigureMention, period: Period | None
) -> str | None:
    """Why a count of the units as they were before a merger is left out: of no period said.

    Not a count of what was done over a draft's ``period`` of several years, which the
    merger falls within: "Qua 5 năm triển khai, … của 3 xã cũ đã đăng ký xây dựng 186 mô
    hình" in a report of 2021 - 2025 counts the area of the unit they became (drafted
    with a note, see :func:`merged_units`).
    """
    found = merged_units(text, mention)
    if found is None:
        return None
    over_years = period is not None and period.start.year < getattr(period.end, "year", 0)
    if over_years and mention.measure in SUMMED:
        return None
    return f"a count from before the units were merged ('{found}'): set its period"  # trước


def merged_units(text: str, mention: FigureMention) -> str | None:
    """The words that say a count is of the units as they were before a merger, if any.

    "Trước sắp xếp, 3 xã có tổng số 64 mô hình", "Các xã cũ có 64 mô hình"; not when the
    count has a period of its own ("Trước sắp xếp (năm 2024), …").
    """
    if mention.period is not None:
        return None
    found = words_before(text, mention, _BEFORE_MERGING, reach=240)
    if found is None:
        return None
    said = found[0].lower()
    if not said.startswith(("trước", "truoc")) and not said.endswith("cũ"):
        return None  # "huyện Cù Lao Dung" folds as "huyện cũ" does: a name, read as written
    between = text[found[1] : mention.span[0]]
    if between.count(")") > between.count("("):
        return None  # "So với năm 2024 (… 4 xã trước sắp xếp là 61 mô hình), … tăng 11": of
    if _A_COUNT_BEFORE.search(fold_each(text[max(0, found[1] - 160) : found[1]])):  # the 61
        return None  # the units an earlier count was of: "duy trì 42 mô hình của các xã
    return found[0]  # trước sắp xếp và đăng ký mới 15 mô hình"


# A count earlier in the clause: "… duy trì 42 mô hình của các xã trước sắp xếp và đăng
# ký mới 15 mô hình": the words are of the 42, not of the 15 after them. Not a year nor a
# span of time: "Trong 6 tháng đầu năm, trước sắp xếp, 3 xã có 64 mô hình".
_A_COUNT_BEFORE = re.compile(
    r"(?<![0-9.,/])(?!(?:19|20)[0-9]{2}\b)[0-9]+(?:[.,][0-9]+)*"
    r"\s(?!(?:thang|nam|quy|tuan|ngay)\b)[a-z][^.;:\n]*$"
)
