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
# Thường vụ Huyện ủy:", "Ban Chỉ đạo đề nghị Ban Thường vụ Tỉnh ủy xem xét:"; found from
# the colon that ends a line, which a scan finds fast.
_LINE_ENDS_ON_A_COLON = re.compile(r":[ \t]*(?=\n|$)")
_ASKS = re.compile(
    r"\b(?P<asks>kinh\strinh|(?:xin\s|tran\strong\s)?de\snghi|kien\snghi)\b[^\n:]{0,120}$"
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
    asks: list[tuple[int, int]] = []  # each asking line's words of asking, and its end
    for colon, end in source.spans_of(_LINE_ENDS_ON_A_COLON):
        line = folded.rfind("\n", max(0, colon - 360), colon) + 1
        ask = _ASKS.search(folded, max(line, colon - 240), colon)
        if ask is not None:
            asks.append((ask.start("asks"), ask.end("asks")))
            asks.append((end, end))
    for i, (start, _) in enumerate(spans):
        if mentions[i].measure not in _ASKABLE:
            continue
        k = bisect.bisect_left(asks, (start, start)) - 1  # the end of the last asking line
        if k < 1 or k % 2 == 0 or start - asks[k][1] > _REACH:
            continue  # none before it, or in its words: "… đề nghị công nhận 3 mô hình:"
        lines = folded[asks[k][1] : start].split("\n")[1:]  # the items' lines, up to its own
        if not lines or not all(_ITEM.match(line) for line in lines if line.strip()):
            continue
        evidence = {**mentions[i].evidence, "measure": words_at(source, *asks[k - 1])}
        mentions[i] = attrs.evolve(mentions[i], measure="proposed", evidence=evidence)
