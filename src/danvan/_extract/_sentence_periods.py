"""Periods that reach counts far from them in their sentence.

A period that opens a long sentence is the period of every count in it ("Năm 2025, UBND
huyện đã ban hành Quyết định công nhận 126 mô hình …; đồng thời tặng Giấy khen cho 32 tập
thể"), and an act "đồng thời" (at the same time) joins to another is of that one's period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._extract._figure_days import in_sentence
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import SENTENCE_END

__all__ = ["at_the_same_time", "heads_its_sentence"]

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
