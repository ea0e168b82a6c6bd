"""The noun a bare value in brackets takes from the words right before its bracket.

"mô hình tập thể (146)": the 146 are collective models; "Có 96,3% xã, phường (52/54) đăng
ký …": the 52 of 54 are communes and wards, the units the share before it is of.
"""

from __future__ import annotations

import re

from danvan._extract._figure_nouns import KNOWN_NOUNS, NOUN_OF, SUBJECT_HOLDER
from danvan._extract._noun_words import PLACE_WORDS
from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = ["noun_before_its_bracket"]

# A bare value in brackets right after the noun it counts: "mô hình tập thể (146)".
_NOUN_THEN_BRACKET = re.compile(
    r"(?:^|[\s,;:])(?P<noun>" + KNOWN_NOUNS + r")(?:\s(?:tap\sthe|ca\snhan))?\s?\($"
)
# The units a share is of, before the ratio it is in brackets: "96,3% xã, phường (52/54",
# past the words that say which: "100% tổ chức cơ sở đảng trực thuộc Đảng ủy Khối (62/62".
_UNIT = rf"(?:{PLACE_WORDS})"
_SHARE_OF_UNITS = re.compile(
    rf"[0-9]\s?%\s(?P<noun>{_UNIT}(?:,\s{_UNIT})*)\b(?:\s[^,.;:()\n0-9%]{{1,60}}?)?\s?\($"
)


def noun_before_its_bracket(
    folded: str, start: int, end: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun right before a bare value's bracket, which it counts: "mô hình cá nhân (78)".

    The holder its words name is the value's: "cá nhân". A ratio ("(52/54)") after a share
    of units counts those units. ``start:end`` is the value's span.
    """
    found = _NOUN_THEN_BRACKET.search(folded, max(0, start - 40), start)
    if found is None:
        ratio = "/" in folded[start:end]
        units = _SHARE_OF_UNITS.search(folded, max(0, start - 120), start) if ratio else None
        return None if units is None else (units.span("noun"), UnitOfMeasure.UNITS, None, None)
    _, unit, kind, holder = NOUN_OF[found["noun"]]
    whose = SUBJECT_HOLDER.match(folded, found.end("noun"))
    if holder is None and whose is not None:
        holder = HolderKind.parse(whose[1])
    return found.span("noun"), unit, kind, holder
