"""A unit named as where a clause happens, before its comma: "Tại xã Gia Hưng, …".

A part of the area so named frames its clause's counts too: "Ở vùng đồng bào Chăm,
Raglai có 46 mô hình" (the 46 are that part's, not the whole area's).

"…; tại phường Hoa Lư, các tổ dân phố đã xây dựng 46 mô hình": the 46 are the ward's.
And one village, not named, where a count's clause happens: "36 hộ dân trong thôn đã
hiến 2.800 m2 đất" (of that village, not of the commune).
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._body_names import KINDS_OF_UNIT, names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import THE_WHOLE
from danvan._extract._figure_places import CLAUSE_STOP_OR_COMMA, UNIT_KIND
from danvan._extract._unit_kinds import names_a_unit
from danvan._text import fold

__all__ = ["framed_by_a_segment", "framed_by_a_unit", "in_one_village"]

# A unit named as where a clause happens, before its comma: "…; tại phường Hoa Lư, các tổ
# dân phố đã xây dựng 46 mô hình".
_AT_A_UNIT = re.compile(
    rf"(?:^|[.;:\n]\s?)(?:tai|o)\s({UNIT_KIND})\s[^,.;:()\n0-9]{{2,40}}(?:\s[0-9]{{1,2}})?,\s"
)  # …its name's number too: "Tại xã Sơn Kim 1, …"


def framed_by_a_unit(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit named by name at the head of the number's clause: "Tại xã Gia Hưng, …"."""
    found = _last_in_the_clause(_AT_A_UNIT, source.folded, start, 160)
    if found is None:
        return None
    a, b = found.span(1)
    words = source.clean[b:].split()[:5]
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), words[:4]))
    kept = [word.rstrip(",") for word in name]
    if not kept or not names_a_unit(source.clean[a:b], kept):
        return None
    number = words[len(kept)] if len(words) > len(kept) else ""
    if _NAME_NUMBER.fullmatch(number):  # "xã Sơn Kim 1": its name's number
        kept.append(number[:-1])
    return a, b + 1 + len(" ".join(kept))


_NAME_NUMBER = re.compile(r"[0-9]{1,2},")  # a unit's name's number, before the comma


# A part of the area named as where a clause happens, before its comma: "Ở vùng đồng bào
# Chăm, Raglai có 46 mô hình", "Tại các vùng biên giới, đã có 28 mô hình"; its units so
# set apart: "ở các xã vùng đồng bào dân tộc thiểu số, …", "Tại các xã miền núi, …".
_AT_A_SEGMENT = re.compile(
    r"(?:^|[.;:\n]\s?|,\s)(?:o|tai)\s((?:cac\s)?(?:(?:xa|thon|ban|huyen|phuong|dia\sban)\s)?"
    r"(?:(?:vung|khu\svuc)\s[^,.;:()\n0-9]{2,60}|(?:mien\snui|bien\sgioi|ven\sbien)\b"
    r"[^,.;:()\n0-9]{0,60})),\s"
)
_CLAUSE_STOP = re.compile(r"[.;:\n]")
_A_COUNT = re.compile(r"[0-9]")
_NAME_WORDS = 3  # "Pa Kô", "Xơ Đăng", "Ba Na": a people's name


def framed_by_a_segment(
    source: CleanText, start: int, name: tuple[str, tuple[int, int]] | None
) -> tuple[str, tuple[int, int]] | None:
    """The part of the area that the head of the number's clause names, with its span.

    Only where the count's own ``name`` is none, units of a kind (the part's: "Ở vùng
    biên giới, các xã đã xây dựng 30 mô hình"), or a name that goes on the part's after
    its comma and is no body's: "Ở vùng đồng bào Chăm, Raglai có 46 mô hình" is of "vùng
    đồng bào Chăm, Raglai"; "Ở vùng biên giới, Hội Nông dân có 12 mô hình" is the
    union's.
    """
    goes_on = name if name is not None and KINDS_OF_UNIT.match(fold(name[0])) is None else None
    if goes_on is not None and (names_a_body(fold(goes_on[0])) or not goes_on[0][:1].isupper()):
        return None
    folded = source.folded
    found = max(
        _AT_A_SEGMENT.finditer(folded, max(0, start - 160), start),
        default=None,
        key=re.Match.start,
    )
    if found is None:
        return None
    clause = folded[found.end() : start]
    if _CLAUSE_STOP.search(clause) or (_A_COUNT.search(clause) and THE_WHOLE.search(clause)):
        return None  # "Ở vùng biên giới, … 12 mô hình, đồng thời toàn tỉnh có 1.200 …": all
    a, b = found.span(1)
    if goes_on is not None:  # the names of a list the comma goes on: "Chăm, Raglai"
        if source.at(goes_on[1][0]) != found.end():
            return None
        b = source.at(goes_on[1][1])
    else:  # "Ở vùng đồng bào Vân Kiều, Pa Kô, các xã đã đăng ký 214 mô hình"
        b = _names_going_on(source, found.end(), start) or b
    return source.clean[a:b], source.span(a, b)


def _names_going_on(source: CleanText, at: int, end: int) -> int | None:
    """Where the names in capitals that go on a part's name after its comma end, if any."""
    b = None
    while (comma := source.clean.find(", ", at, end)) > at:
        words = source.clean[at:comma].split()
        if len(words) > _NAME_WORDS or not all(word[:1].isupper() for word in words):
            break
        if names_a_body(source.folded[at:comma]):  # "Ở vùng biên giới, Hội Nông dân, …"
            break
        b, at = comma, comma + 2
    return b


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
