"""A unit named as where a clause happens, before its comma: "Tại xã Gia Hưng, …".

"…; tại phường Hoa Lư, các tổ dân phố đã xây dựng 46 mô hình": the 46 are the ward's.
And one village, not named, where a count's clause happens: "36 hộ dân trong thôn đã
hiến 2.800 m2 đất" (of that village, not of the commune).
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import CLAUSE_STOP_OR_COMMA, UNIT_KIND, names_a_unit

__all__ = ["framed_by_a_unit", "in_one_village"]

# A unit named as where a clause happens, before its comma: "…; tại phường Hoa Lư, các tổ
# dân phố đã xây dựng 46 mô hình".
_AT_A_UNIT = re.compile(rf"(?:^|[.;:\n]\s?)(?:tai|o)\s({UNIT_KIND})\s[^,.;:()\n0-9]{{2,40}},\s")


def framed_by_a_unit(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit named by name at the head of the number's clause: "Tại xã Gia Hưng, …"."""
    found = _last_in_the_clause(_AT_A_UNIT, source.folded, start, 160)
    if found is None:
        return None
    a, b = found.span(1)
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), source.clean[b:].split()[:4]))
    kept = [word.rstrip(",") for word in name]
    if not kept or not names_a_unit(source.clean[a:b], kept):
        return None
    return a, b + 1 + len(" ".join(kept))


# One village, not named, in the count's clause: "trong thôn", "ở xóm", "của tổ dân phố".
_IN_A_VILLAGE = re.compile(
    r"\b(?:trong|o|tai|cua)\s(?:thon|xom|ap|ban|to\sdan\spho|khu\spho|lang|buon|khom|soc)\b"
)
# …as written: "bản" is a village, "Ban" a board; "ấp" a hamlet, "áp" no place.
_VILLAGES = frozenset(
    ("thôn", "xóm", "ấp", "bản", "tổ dân phố", "khu phố", "làng", "buôn", "khóm", "sóc")
)


def in_one_village(source: CleanText, start: int) -> tuple[int, int] | None:
    """One village, not named, where the number's clause happens: "trong thôn", "ở xóm".

    Villages are below every unit a report is of, so its count is no report's own; a
    village named ("thôn Đông") is read as any unit named is.
    """
    found = _last_in_the_clause(_IN_A_VILLAGE, source.folded, start, 80)
    if found is None:
        return None
    a, b = found.span()
    kind = source.clean[a:b].split(maxsplit=1)[1].lower()
    after = source.clean[b + 1 : b + 2]
    if kind not in _VILLAGES or after.isupper() or after.isdigit():
        return None
    return a, b


def _last_in_the_clause(
    pattern: re.Pattern[str], folded: str, start: int, reach: int
) -> re.Match[str] | None:
    """The last match of ``pattern`` within ``reach`` before ``start``, in its clause."""
    found = max(
        pattern.finditer(folded, max(0, start - reach), start), default=None, key=re.Match.start
    )
    if found is None or CLAUSE_STOP_OR_COMMA.search(folded, found.end(), start):
        return None
    return found
