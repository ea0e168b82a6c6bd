"""Where the name of a count's subject ends, and when units counted before it name it.

"Hội Nông dân không chỉ xây dựng 45 mô hình": the name ends before the words of manner
and aspect ("Hội Nông dân"); "Năm 2025, có 28/30 sở, ngành đăng ký 65 mô hình": agencies
counted are the count's cell, units of an area ("… có 312 chi hội, chi đoàn …") are not.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import VERB_WORDS

__all__ = ["COUNTED_BEFORE", "agencies_counted", "past_its_adverbs"]

_VERBS = re.compile(rf"\b(?:{VERB_WORDS})\b")
#: Units counted right before a subject's name, or its next noun: "… có 28/30 sở, ngành …".
COUNTED_BEFORE = re.compile(
    r"(?<!nam\s)(?<![0-9.,/])[0-9]+(?:[.,/][0-9]+)*\s?%?\s"
    r"(?P<units>(?:so|ban|nganh|phong|co\squan|don\svi|dia\sphuong),\s)?$"
)
# …as the subject of its clause, past its frame, no body's name before them ("Khối … có"),
# nor a label's colon that names the cell ("… cấp tỉnh: 42/42 sở, ban, ngành …").
_OPENS = re.compile(r"(?:^|[.;!?\n]\s?|,\s)(?:(?:da|hien)\s)?(?:co\s)?$")
# …of agencies, never all of an area: their models are theirs ("28/30 sở, ngành").
_AGENCIES = re.compile(r"(?:so|nganh|co\squan|don\svi|doanh\snghiep|truong)\b")


# A subject's words of aspect or manner before its act, as written (not the "vận" of "Ban
# Dân vận"): "Hội Nông dân vẫn duy trì …", "Hội không chỉ …", "Hội luôn tích cực …".
_ADVERBS = re.compile(
    r"(?:\s(?:cũng|vẫn|luôn|đều|đang|còn|sẽ|đã|tiếp tục|không chỉ|tích cực|chủ động"
    r"|thường xuyên|bước đầu|mạnh dạn))+$",
    re.IGNORECASE,
)


def agencies_counted(
    source: CleanText, counted: re.Match[str], a: int, b: int
) -> tuple[str, tuple[int, int]] | None:
    """The words of agencies counted as the subject of a count, which are its cell.

    "Năm 2025, có 28/30 sở, ngành đăng ký 65 mô hình": the departments', never all of an
    area's; not after a body's name or a label that names the cell already ("Khối … có
    46/48 cơ quan, đơn vị …", "… cấp tỉnh: 42/42 sở, …").
    """
    units = counted.start("units") if counted["units"] else a
    opening = _OPENS.search(source.folded, max(0, counted.start() - 40), counted.start())
    if opening is None or not _AGENCIES.match(source.folded, units):
        return None
    if _VERBS.search(source.folded, units, b):
        return None
    return source.clean[units:b], source.span(units, b)


def past_its_adverbs(clean: str, a: int, b: int) -> int:
    """Where a subject's name ends, before the adverbs it ends with."""
    adverbs = _ADVERBS.search(clean, a, b)
    return b if adverbs is None else adverbs.start()
