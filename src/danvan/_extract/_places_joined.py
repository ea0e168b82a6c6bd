"""Several units named together as the subject of one count: "xã A, xã B và xã C có 64 …".

The count is theirs together: neither the report's (a part of its area) nor the one unit
of them a single unit's reading would find. "Trước đó, 3 xã Gia Hưng, Gia Sinh, Gia Tân
(cũ) có tổng số 64 mô hình" are the three communes', before their merger.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._unit_kinds import UNIT_KIND

__all__ = ["units_joined"]

# Units of one kind named one after another, the subject of the count after them: "(các, 3)
# xã Gia Hưng, (xã) Gia Sinh và (xã) Gia Tân (cũ) (đều) có (tổng số) …".
_NAME = r"(?!va\b)[a-z0-9]+(?:\s(?!va\b)[a-z0-9]+){0,5}?"  # no "và" in it: one way to read
_JOINED = re.compile(
    rf"(?:^|[.;:\n]\s?|,\s)(?P<units>(?:(?:[0-9]{{1,2}}|cac|hai|ba|bon)\s)?(?P<kind>{UNIT_KIND})"
    rf"\s(?P<names>{_NAME}(?:(?:,\s(?:va\s)?|\sva\s){_NAME})+)"
    r"(?:\s\((?:cu|moi)\))?)"
    r"\s(?:(?:deu|da|cung|hien|van)\s)*(?:co|dang\sky|xay\sdung|duy\stri|cong\snhan)"
    r"(?:\s(?:duoc|tong\sso|tong\scong|tat\sca))?\s?$"
)
_BETWEEN = re.compile(r",\s(?:va\s)?|\sva\s")
_REACH, _NAME_WORDS = 160, 4


def units_joined(source: CleanText, start: int) -> tuple[int, int] | None:
    """The span of two or more units named together before the count at ``start``.

    A name after the first may repeat the kind ("xã A, xã B"); every name is written in
    capitals, of one to four words (a number may end it: "xã Sơn Kim 1"). Not a unit and
    the province it is in ("huyện Kim Sơn, tỉnh Ninh Bình"): another kind is no name.
    """
    folded = source.folded
    found = _JOINED.search(folded, max(0, start - _REACH), start)
    if found is None:
        return None
    kind = f"{found['kind']} "
    at, end = found.span("names")
    for between in [*_BETWEEN.finditer(folded, at, end), None]:
        b = end if between is None else between.start()
        if folded.startswith(kind, at, b):  # "…, xã Gia Sinh": the kind said again
            at += len(kind)
        words = source.clean[at:b].split()
        if not 0 < len(words) <= _NAME_WORDS or not all(_named(word) for word in words):
            return None
        at = b if between is None else between.end()
    return found.span("units")


def _named(word: str) -> bool:
    return word[:1].isupper() or word.isdigit()
