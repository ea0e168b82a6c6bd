"""Counts of another unit than a draft's scope: named, its body's, or a tier above it.

"Huyện Kim Sơn có 245 mô hình" in a province's report, "Hội Nông dân xã Gia Phong có 8 mô
hình …. Hội đã vận động … 120 triệu đồng", "Toàn tỉnh có 6.215 mô hình" in a district's:
each is left out of the draft, saying whose it is.
"""

from __future__ import annotations

import re

from danvan._extract._figures import FigureMention
from danvan._extract._scope_names import names_the_scope, whole_of_a_tier
from danvan._extract._unit_kinds import TIER_OF_ITS_COMMITTEE, UNIT_KIND, a_unit_named
from danvan._text import fold_each

__all__ = ["above_the_scope", "of_another_unit", "why_elsewhere"]


def above_the_scope(text: str, mention: FigureMention, scope: str) -> str | None:
    """Why a count of the whole of a tier above the scope's is left out.

    "Toàn tỉnh có 6.215 mô hình" in a district's report is the province's.
    """
    whole = None if mention.place_words is not None else whole_of_a_tier(text, mention.span[0])
    return None if whole is None or names_the_scope(scope, whole) else why_elsewhere(whole, scope)


_SEVERAL = re.compile(r"^[Cc]ác\s|,\s|\svà\s")  # units named together: "Các xã A, B"


def why_elsewhere(place: str, scope: str) -> str:
    """Why a count of another place is left out: another unit's, or some of the scope's."""
    if place[:1].isdigit() or _SEVERAL.search(place):  # "12 xã đăng ký 86 mô hình", "xã
        return f"it is about some units ('{place}'), not all: set its cell"  # A và xã B có …"
    return f"it is about '{place}', not {scope!r}: add it to that unit's report"


def of_another_unit(mention: FigureMention, scope: str) -> str | None:
    """Why a count of another unit than the scope is left out: named, or its body's.

    "Hội Nông dân xã Gia Phong có 8 mô hình …. Hội đã vận động … 120 triệu đồng": both;
    not a body's count in a report of that body, a scope under its unit.
    """
    body = _unit_of_its_body(mention.category)
    place = mention.place_words or body
    if place is None or names_the_scope(scope, place):
        return None
    segments = scope.split("/")  # "vn/ninh-binh/gia-phong/hoi-nong-dan", the body's own
    held = (names_the_scope("/".join(segments[:k]), place) for k in range(len(segments), 1, -1))
    return None if place == body and any(held) else why_elsewhere(place, scope)


# A body's name that ends with its unit's, the last kind in it, each word of the name a
# capital: "Hội Nông dân xã Gia Phong", "Đoàn Thanh niên phường Nam Thành".
_BODY_OF_A_UNIT = re.compile(rf"\S.*\s(?P<unit>{UNIT_KIND}(?:\s\S+){{1,5}})$")


# …or a district's or a city's party committee or youth union: "Huyện đoàn Kim Sơn (cũ)".
_ITS_COMMITTEE = re.compile(r"(?P<tier>huyen|thanh|thi|quan)\s(?:uy|doan)\s(?=\S)")


def _unit_of_its_body(category: str | None) -> str | None:
    """The unit named at the end of a count's body, if its body is one: "xã Gia Phong"."""
    if category is None:
        return None
    committee = _ITS_COMMITTEE.match(fold_each(category))
    if committee is not None:  # "Huyện đoàn Kim Sơn (cũ)": the district "huyện Kim Sơn (cũ)"
        name = category[committee.end() :]
        words = name.removesuffix(" (cũ)")  # in capitals, a heading's: its note says
        named = all(w[:1].isupper() for w in words.split()) and not words.isupper()
        return f"{TIER_OF_ITS_COMMITTEE[committee['tier']]} {name}" if named and name else None
    found = _BODY_OF_A_UNIT.match(fold_each(category))
    if found is None:
        return None
    unit = category[found.start("unit") :]
    named = unit[:1].islower() and all(w[:1].isupper() for w in unit.split()[1:])
    return unit if named and a_unit_named(unit) else None
