"""A unit named as where a clause happens, before its comma: "Tại xã Gia Hưng, …".

"…; tại phường Hoa Lư, các tổ dân phố đã xây dựng 46 mô hình": the 46 are the ward's.
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import CLAUSE_STOP_OR_COMMA, UNIT_KIND, names_a_unit

__all__ = ["framed_by_a_unit"]

# A unit named as where a clause happens, before its comma: "…; tại phường Hoa Lư, các tổ
# dân phố đã xây dựng 46 mô hình".
_AT_A_UNIT = re.compile(rf"(?:^|[.;:\n]\s?)(?:tai|o)\s({UNIT_KIND})\s[^,.;:()\n0-9]{{2,40}},\s")


def framed_by_a_unit(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit named by name at the head of the number's clause: "Tại xã Gia Hưng, …"."""
    found = max(
        _AT_A_UNIT.finditer(source.folded, max(0, start - 160), start),
        default=None,
        key=re.Match.start,
    )
    if found is None or CLAUSE_STOP_OR_COMMA.search(source.folded, found.end(), start):
        return None
    a, b = found.span(1)
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), source.clean[b:].split()[:4]))
    kept = [word.rstrip(",") for word in name]
    if not kept or not names_a_unit(source.clean[a:b], kept):
        return None
    return a, b + 1 + len(" ".join(kept))
