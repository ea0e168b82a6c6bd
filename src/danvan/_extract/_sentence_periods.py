"""Periods that reach counts far from them in their sentence.

A period that closes a sentence is that of each count in it ("Đã công nhận 45 mô hình
…, 612 mô hình trong năm 2025."), save the items of a list before the last, which has an
act of its own. A period that opens a long sentence is the period of every count in it
("Năm 2025, UBND huyện đã ban hành Quyết định công nhận 126 mô hình …; đồng thời tặng
Giấy khen cho 32 tập thể"), and an act "đồng thời" (at the same time) joins to another is
of that one's period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._extract._figure_days import REACH, in_sentence
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import CLAUSE_BREAK, SENTENCE_END, VERB_WORDS
from danvan._extract._mentions import PeriodMention
from danvan._periods import Period

__all__ = ["at_the_same_time", "closes_its_sentence", "heads_its_sentence", "the_whole_phase"]

_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n])\s*$")
_LONG_REACH = 600


def heads_its_sentence(folded: str, a: int, b: int, start: int) -> bool:
    """Whether the period at ``a:b`` opens a long sentence that ``start`` is in.

    "Năm 2025, UBND huyện đã ban hành Quyết định công nhận 126 mô hình …, trong đó …;
    đồng thời tặng Giấy khen cho 32 tập thể": the 32 are of 2025 too.
    """
    return (
        folded.startswith(",", b)
        and _SENTENCE_OPENS.search(folded, max(0, a - 4), a) is not None
        and in_sentence(folded, b, start, _LONG_REACH)
    )


_SAME_TIME = re.compile(r"[;,]\s(?:dong\sthoi|cung\sdip\s(?:nay|do))\s[^.;:\n0-9]{0,60}$")


def at_the_same_time(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> FigureMention | None:
    """The dated count before ``i`` in its sentence whose act "đồng thời" joins ``i``'s to."""
    if not _SAME_TIME.search(folded, max(0, spans[i][0] - 80), spans[i][0]):
        return None
    dated = (k for k in range(i - 1, -1, -1) if "period" in mentions[k].evidence)
    k = next(dated, None)
    return (
        None if k is None or SENTENCE_END.search(folded, spans[k][1], spans[i][0]) else mentions[k]
    )


# The period that closes a sentence, within it: "…, 612 mô hình cấp xã trong giai đoạn
# 2021-2025.", or its words before an aside: "… trong giai đoạn 2021 - 2025 (trong đó …)".
_SENTENCE_CLOSED = re.compile(r"\s?(?:[.!?](?:\s|$)|\n|$|\()")
_WITHIN = re.compile(r"\btrong\s$")


def closes_its_sentence(folded: str, end: int, a: int, b: int) -> bool:
    """Whether the period at ``a:b`` ends the sentence of a count that ends at ``end``.

    "trong giai đoạn 2021-2025." at the end of a sentence is the period of each count in
    it; the phase in a movement's name is not ("… trong phong trào thi đua “Dân vận
    khéo” giai đoạn 2021 - 2025."), nor a comparison's ("so với năm 2024"), nor one past
    a semicolon, nor that of what is still to be done ("…, tiếp tục theo dõi, đánh giá
    trong năm 2026.").
    """
    return (
        _SENTENCE_CLOSED.match(folded, b) is not None
        and _WITHIN.search(folded, max(0, a - 8), a) is not None
        and CLAUSE_BREAK.search(folded, end, a) is None
        and _STILL_TO_DO.search(folded, end, a) is None
        and a - end <= REACH
        and not _of_the_last_item(folded, end, a)
    )


_STILL_TO_DO = re.compile(r",\s(?:se\s|tiep\stuc|du\skien|phan\sdau)\b")
# In a list of a total's parts or subsets ("trong đó", "gồm"), a period right after the
# last item's own act is that item's alone: "2.450 mô hình, trong đó 1.230 mô hình đã được
# công nhận, 356 mô hình mới xây dựng trong năm 2025" dates neither the 2.450 nor the
# 1.230. Cells with no act of their own ("…, cấp xã 762 trong năm 2025") are not so.
_A_LIST_OPENED = re.compile(r",\s(?:trong\sdo|gom)\b(?:[^.;:\n]|\.(?=[0-9]))*$")
_ITS_OWN_ACT = re.compile(rf"[0-9]\s[^0-9.;:\n]*\b(?:{VERB_WORDS})\s[^0-9]*$")


def _of_the_last_item(folded: str, end: int, a: int) -> bool:
    """Whether the period at ``a`` follows the own act of a list's item after ``end``."""
    return bool(
        _ITS_OWN_ACT.search(folded, end, a) and _A_LIST_OPENED.search(folded, max(0, end - 200), a)
    )


# The whole of a phase, not named again: "Tính chung cả giai đoạn, toàn tỉnh có …"; or its
# years, counted: "Trong 5 năm, các cấp đã khen thưởng …", "Qua 5 năm triển khai, …".
_WHOLE_PHASE = re.compile(
    r"\b(?:(?:ca|toan|suot)\s(?P<noun>giai\sdoan|nhiem\sky)"
    r"|(?:trong|qua|sau)\s(?P<years>[1-9][0-9]?)\snam(?:\s(?:qua|vua\squa))?)"
    r"\b(?![\s(]*(?:19|20)[0-9]{2})"
)
_COMPARED_TO = re.compile(r"\b(?:so\svoi|hon)\s$")


def the_whole_phase(
    folded: str,
    periods: Sequence[PeriodMention],
    located: Sequence[tuple[int, int]],
    *,
    since: int,
    start: int,
) -> tuple[Period, tuple[int, int]] | None:
    """The one phase of several years a text names, when a count's sentence says its whole.

    "Tính chung cả giai đoạn, toàn tỉnh có 5.273 mô hình …" in a text whose only period
    of more than a year is "giai đoạn 2021 - 2025" counts those five years, and so does
    "Trong 5 năm, các cấp đã khen thưởng 3.214 lượt …"; with the words that said so.
    Only words from ``since`` on (past a period named before the count, which is its
    own). ``periods`` are the text's, ``located`` their spans in ``folded``; a phase is
    named with the same noun ("giai đoạn", "nhiệm kỳ"), or spans as many years, not as what
    a count is compared to ("So với giai đoạn 2016 - 2020, …"). ``None`` when the text
    names no such phase, or two.
    """
    said = None
    for found in _WHOLE_PHASE.finditer(folded, max(since, start - REACH), start):
        said = found
    if said is None or not in_sentence(folded, said.end(), start, REACH):
        return None
    phases = {
        period
        for period, at in ((p.period, a) for p, (a, _) in zip(periods, located, strict=True))
        if period.end is not None
        and period.end.year > period.start.year
        and _named_so(folded, at, said, period)
        and not _COMPARED_TO.search(folded, max(0, at - 12), at)
    }
    return (phases.pop(), said.span()) if len(phases) == 1 else None


def _named_so(folded: str, at: int, said: re.Match[str], period: Period) -> bool:
    """Whether the period at ``at`` is the phase ``said`` means: by its noun, or its years."""
    if said["noun"] is not None:
        return folded.startswith(said["noun"], at)
    return getattr(period.end, "year", 0) - period.start.year + 1 == int(said["years"])
