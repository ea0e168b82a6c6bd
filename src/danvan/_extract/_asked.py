"""Counts a submission asks for, not results: "1. Công nhận 24 mô hình …" under a line.

"… kính trình Ban Thường vụ Huyện ủy:" over "1. Công nhận 24 mô hình …" and "2. Tặng
Giấy khen cho 10 tập thể …" asks for both.

A line that ends with a colon after the words that ask a body ("kính trình", "đề nghị",
"kiến nghị") heads the numbered or bulleted items right under it; the recognition, the
honour or the award each item names is asked for, not done: its measure is "proposed".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_verbs import words_at

__all__ = ["asked_in_the_heading"]

# The line that asks, ending with its colon: "…, Ban Dân vận Huyện ủy kính trình Ban
# Thường vụ Huyện ủy:", "Ban Chỉ đạo đề nghị Ban Thường vụ Tỉnh ủy xem xét:".
_ASKS = re.compile(
    r"(?m)^[^\n]{0,240}?\b(?P<asks>kinh\strinh|(?:xin\s|tran\strong\s)?de\snghi|kien\snghi)\b"
    r"[^\n:]{0,120}:[ \t]*$"
)
# An item's line: "1. …", "a) …", "- …".
_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[a-z][.)]|[-+•*–])[ \t]")
# What may be asked for rather than done.
_ASKABLE = frozenset(["recognised", "honoured", "commended"])
_REACH = 2000


def asked_in_the_heading(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Make each count of an item under a line that asks a body proposed, in place."""
    folded = source.folded
    asks = source.spans_of(_ASKS)
    if not asks:
        return
    for i, (start, _) in enumerate(spans):
        if mentions[i].measure not in _ASKABLE:
            continue
        k = bisect.bisect_left(asks, (start, start)) - 1
        if k < 0 or start - asks[k][1] > _REACH:
            continue
        lines = folded[asks[k][1] : start].split("\n")[1:]  # the items' lines, up to its own
        if not lines or not all(_ITEM.match(line) for line in lines if line.strip()):
            continue
        ask = _ASKS.match(folded, asks[k][0])
        if ask is None:
            continue
        evidence = {**mentions[i].evidence, "measure": words_at(source, *ask.span("asks"))}
        mentions[i] = attrs.evolve(mentions[i], measure="proposed", evidence=evidence)
