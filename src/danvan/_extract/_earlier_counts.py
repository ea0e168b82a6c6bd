"""Counts of an earlier time than a draft's period: done before it, or at its start.

"2.105 mô hình đã được công nhận từ giai đoạn trước" were recognised before the period;
"Đầu năm 2025 có 1.240 mô hình đang hoạt động" and "Từ 15 mô hình thí điểm ban đầu, …"
are stocks at its start, where a draft's stocks stand at its end. Each is left out of a
draft with its words.
"""

from __future__ import annotations

import re

from danvan._extract._figures import FigureMention
from danvan._measures import Measure
from danvan._text import fold_each

__all__ = ["at_the_start", "done_before", "words_before"]


# An act done in an earlier period, said after the count: "2.105 mô hình đã được công
# nhận từ giai đoạn trước", "… được công nhận trước đây", "… từ năm 2021 trở về trước".
_DONE_EARLIER = re.compile(
    r"[^,.;:()\n0-9]{0,40}?(?<!voi\s)(?<!hon\s)"  # not "so với trước đó": compared
    r"\b(?P<words>(?:tu|trong)\s(?:cac\s)?(?:giai\sdoan|nhiem\sky|nam|dot|ky)\s(?:truoc|cu)"
    r"|truoc\s(?:day|do|kia)"
    r"|(?:tu\s)?(?:nam\s)?(?:19|20)[0-9]{2}\stro\s(?:ve\s)?truoc)\b"  # "từ năm 2021 trở về trước"
)


_GOING_ON = re.compile(r"\b(?:tiep\stuc|duy\stri|chuyen\stiep|van\scon|con\s)")


def done_before(text: str, mention: FigureMention) -> str | None:
    """Why a count of an act done in an earlier period, said after it, is left out."""
    b = mention.span[1]
    after = _DONE_EARLIER.match(fold_each(text[b : b + 80]))
    if after is None or mention.measure is None or _GOING_ON.search(after[0]):
        return None  # "206 mô hình tiếp tục thực hiện từ năm trước": this year's too
    said = mention.evidence.get("measure")  # "duy trì hiệu quả 123 mô hình từ các năm trước"
    if said is not None and _GOING_ON.match(fold_each(said[0]) + " "):
        return None
    words = text[b + after.start("words") : b + after.end("words")]
    if words.lower().endswith(" do"):  # "… so với năm trước do sắp xếp …" (because of)
        return None  # not "trước đó" (before that), folded alike
    return f"done in an earlier period ('{words}'): set its period"


# The start of the period, heading a stock's clause: "Đầu năm 2025 có 1.240 mô hình đang
# hoạt động; cuối năm có 1.318"; not "6 tháng đầu năm" (a period), nor "(Từ) đầu năm đến
# nay" (up to now).
_AT_THE_START = re.compile(
    r"(?:^|[.;:\n]\s?)(?:vao\s|tai\s)?(?:thoi\sdiem\s)?"
    r"(?P<words>dau\s(?:nam|ky)(?:\s(?:19|20)[0-9]{2})?|ban\sdau|luc\sdau)\b(?!\s(?:den|toi)\b)"
    r"(?:(?!den\snay|hien\snay)[^.;:\n]){0,80}$"  # "Ban đầu có 15 …, đến nay có 86": the 86 now
)
_STOCKS = frozenset(m.code for m in Measure.builtins() if m.across_time.value == "last")


# …or said after the count: "Từ 15 mô hình thí điểm ban đầu, đến nay …".
_AT_FIRST = re.compile(r"(?:\s(?!va\b)[a-z]+){0,3}?\s(?P<words>ban\sdau|luc\sdau)\b")


def at_the_start(text: str, mention: FigureMention) -> str | None:
    """Why a stock at the start of the period is left out: a draft's stocks are at its end."""
    if mention.measure not in _STOCKS or mention.as_of is not None:
        return None
    b, found = mention.span[1], words_before(text, mention, _AT_THE_START)
    if found is None and (after := _AT_FIRST.match(fold_each(text[b : b + 40]))) is not None:
        found = (text[b + after.start("words") : b + after.end("words")], b)
    return (
        None
        if found is None
        else f"a stock at the start of the period ('{found[0]}'), not at its end: set its as_of"
    )


def words_before(
    text: str, mention: FigureMention, pattern: re.Pattern[str], reach: int = 100
) -> tuple[str, int] | None:
    """The words of group ``words`` of ``pattern`` right before a mention, and where it matched.

    ``pattern`` is of folded text and ends at the mention; ``None`` when it does not match
    within ``reach`` characters.
    """
    a = max(0, mention.span[0] - reach)
    found = pattern.search(fold_each(text[a : mention.span[0]]))
    if found is None:
        return None
    return text[a + found.start("words") : a + found.end("words")], a + found.start()
