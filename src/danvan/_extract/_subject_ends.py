"""Where the name of a count's subject ends, and when units counted before it name it.

"Hội Nông dân không chỉ xây dựng 45 mô hình": the name ends before the words of manner
and aspect ("Hội Nông dân"); "Năm 2025, có 28/30 sở, ngành đăng ký 65 mô hình": agencies
counted are the count's cell, units of an area ("… có 312 chi hội, chi đoàn …") are not.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import CLAUSE_END, VERB, VERB_WORDS

__all__ = [
    "COUNTED_BEFORE",
    "agencies_before",
    "agencies_counted",
    "counted_agencies",
    "opens_its_clause",
    "past_its_adverbs",
]

#: Units counted right before a subject's name, or its next noun: "… có 28/30 sở, ngành …".
COUNTED_BEFORE = re.compile(
    r"(?<!nam\s)(?<![0-9.,/])(?P<count>[0-9]+(?:[.,/][0-9]+)*\s?%?)\s"
    r"(?P<units>(?:so|ban|nganh|phong|co\squan|don\svi|dia\sphuong),\s)?$"
)
# …as the subject of its clause, past a frame of its time ("Năm 2025, có …", "Qua đánh
# giá, …"); not after a body's name ("Khối … có"), a frame of one ("Ở khối chính quyền,
# …"), other units counted ("98% chi bộ, 100% cơ quan, …") or a label's colon.
_OPENING = re.compile(
    r"\s*(?:[-+•*]\s)?(?!(?:o|tai|trong|doi\svoi|ve\sphia|(?:chi\s)?(?:tinh\s)?rieng)\s)"
    r"(?:[^,0-9]*\b(?:19|20)[0-9]{2}\b[^,0-9]*,\s|(?:qua|ket\squa|den\snay)\b[^,0-9]*,\s)?"
    r"(?:(?:da|hien)\s)?(?:co\s)?"
)
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
    if not opens_its_clause(source.folded, counted.start("count")):
        return None
    if not _AGENCIES.match(source.folded, units):
        return None
    acted = VERB.search(source.folded, units, b)  # "… đăng ký mô hình với tổng số 312"
    b = b if acted is None else len(source.folded[: acted.start()].rstrip())
    return (source.clean[units:b], source.span(units, b)) if b > units else None


def past_its_adverbs(clean: str, a: int, b: int) -> int:
    """Where a subject's name ends, before the adverbs it ends with."""
    adverbs = _ADVERBS.search(clean, a, b)
    return b if adverbs is None else adverbs.start()


# …or all of them or some, with their act and their count after it: "100% cơ quan, đơn
# vị cấp tỉnh đăng ký (mô hình với tổng số) 312 mô hình", "… (đạt 95,8%), với 93 …".
_AGENCIES_ACTED = re.compile(
    r"(?<![0-9.,/])(?P<count>[0-9]+(?:[.,/][0-9]+)*\s?%?)\s"
    rf"(?P<units>{_AGENCIES.pattern}[^.;:\n0-9%]{{0,40}}?)"
    rf"\s(?:(?:da|deu)\s)?(?:{VERB_WORDS})"
    r"(?:\s(?:mo\shinh|dien\shinh)(?:\s?\([^()\n]{1,24}\))?"  # past their share: "(đạt 95,8%)"
    r"[^.;:\n0-9]{0,40}?\svoi(?:\s(?:tong\s)?so)?)?\s$"
)


def agencies_before(source: CleanText, start: int) -> tuple[str, tuple[int, int]] | None:
    """The agencies whose act a count at ``start`` is, counted or shared before them.

    "100% cơ quan, đơn vị cấp tỉnh đăng ký mô hình với tổng số 312 mô hình": the 312 are
    the provincial agencies', not the province's.
    """
    acted = _AGENCIES_ACTED.search(source.folded, max(0, start - 160), start)
    if acted is None or not opens_its_clause(source.folded, acted.start("count")):
        return None
    a, b = acted.span("units")
    return source.clean[a:b], source.span(a, b)


def counted_agencies(folded: str, at: int) -> bool:
    """Whether the name at ``at`` is of agencies counted or shared right before it."""
    return (
        bool(_AGENCIES.match(folded, at))
        and COUNTED_BEFORE.search(folded, max(0, at - 24), at) is not None
    )


def opens_its_clause(folded: str, at: int) -> bool:
    """Whether the count at ``at`` opens its clause, past a frame of its time (_OPENING)."""
    since = max(0, at - 120)
    for stop in CLAUSE_END.finditer(folded, since, at):  # not a label's colon: it names the cell
        since = stop.end()
    return _OPENING.fullmatch(folded, since, at) is not None
