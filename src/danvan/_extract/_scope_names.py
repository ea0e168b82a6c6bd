"""Whether the unit a figure's words name is the scope of the report it is drafted into.

"thị xã Hồng Lĩnh" names ".../hong-linh"; "thành phố Hà Tĩnh" does not name "vn/ha-tinh",
the province; "huyện Yên Khánh (cũ)", a district as it was, names ".../yen-khanh"; "tỉnh
Ninh Bình (cũ)" is a part of the province that now has its name. Neither a unit above the
scope ("tỉnh Ninh Bình") nor the whole of a tier above it ("Toàn tỉnh có …" in a
district's report) names it; ids are read as "vn/<tỉnh>/<huyện>/<xã>".
"""

from __future__ import annotations

import re

from danvan._extract._city_levels import CITIES_OF_THE_CENTRE
from danvan._extract._clean import CleanText
from danvan._extract._figure_places import NATION, UNIT_KIND
from danvan._text import fold, slugify

__all__ = ["ELSEWHERE", "heading_elsewhere", "names_the_scope", "whole_of_a_tier"]


def names_the_scope(scope: str, place: str) -> bool:
    """Whether a figure's unit words name its scope: "thị xã Hồng Lĩnh", ".../hong-linh".

    Not a unit above the scope ("tỉnh Ninh Bình" in the report of ".../kim-son"), nor a
    city, a district or a commune named as its province is ("thành phố Hà Tĩnh" is not
    "vn/ha-tinh"), unless the city is one of the centre's, a province itself. A district
    "(cũ)" names the district as it was, whose id is its name's.
    """
    folded = fold(place)
    if _A_FORMER_DISTRICT.match(folded):  # "huyện Yên Khánh (cũ)": no other unit has its name
        folded = folded.removesuffix(" (cu)")
    if folded in NATION:  # "Cả nước": the country's own report only
        return "/" not in scope
    if (whole := _WHOLE.fullmatch(folded)) is not None:  # "toàn tỉnh" in a district's report
        return _of_its_tier(scope, whole["tier"])
    kind = _UNIT_WORD.match(folded)
    name = slugify((folded[kind.end() :] if kind else folded).removeprefix("uy "))  # "Huyện ủy …"
    below = kind is not None and kind[1] != "tinh" and name not in CITIES_OF_THE_CENTRE
    segments = scope.split("/")  # the scope's own, not a unit above it: "vn/<tỉnh>/<huyện>"
    return (
        bool(name)
        and re.search(rf"(?:^|-){re.escape(name)}(?:$|-)", segments[-1]) is not None
        and not (below and len(segments) == 2 and segments[0] == "vn")  # a province's own name
    )


_UNIT_WORD = re.compile(rf"^({UNIT_KIND})\s")  # place words start with one
# A district as it was: its tier ended in July 2025, and its id is its name's. A province or
# a commune "(cũ)" is a part of the one that now has its name: "tỉnh Ninh Bình (cũ)".
_A_FORMER_DISTRICT = re.compile(r"(?:huyen|quan|thi\sxa)\s.+\s\(cu\)$")


_WHOLE = re.compile(r"toan\s(?P<tier>tinh|huyen|quan|thi\sxa|xa|phuong|thi\stran)")
# From how deep in "vn/<tỉnh>/<huyện>/<xã>" a scope is below the whole of a tier: a
# district's scope is below "toàn tỉnh", a commune's of a district below "toàn huyện".
_BELOW_FROM = {"tinh": 2, "huyen": 3, "quan": 3, "thi xa": 3}


def _of_its_tier(scope: str, tier: str) -> bool:
    """Whether the whole of ``tier`` (folded: "tinh") may be the scope: none above it.

    "Toàn tỉnh có 6.215 mô hình" in a district's report is the province's. A tier below
    the scope's may be a unit named before, and an id not under "vn/" says nothing of its
    tier: both may be.
    """
    if not scope.startswith("vn/"):
        return True
    return scope.count("/") < _BELOW_FROM.get(tier, 4)


# The whole of a tier heading a count's clause, no unit named: "…. Toàn tỉnh có …".
_WHOLE_TIER = re.compile(
    r"(?:^|[.;:\n]\s?|,\s)(?P<words>toan\s(?:tinh|huyen|quan|thi\sxa|xa|phuong|thi\stran))"
    r"\s(?:(?:da|dang|hien|van|cung|deu|tiep\stuc)\s)*(?:co|xay\sdung|dang\sky|duy\stri"
    r"|cong\snhan|trien\skhai|bieu\sduong)(?:\sduoc)?\s?$"
)


def whole_of_a_tier(text: str, start: int) -> str | None:
    """The words of the whole of a tier a count's clause is of: "toàn tỉnh", "toàn xã"."""
    window = CleanText(text[max(0, start - 40) : start])
    whole = _WHOLE_TIER.search(window.folded)
    return None if whole is None else window.clean[slice(*whole.span("words"))]


# A heading's line that names an area by its government's or party's body: "UBND HUYỆN KIM
# SƠN", "ĐẢNG ỦY XÃ HẢI HẬU", "ĐẢNG BỘ TỈNH SÓC TRĂNG", or by its party committee alone:
# "HUYỆN ỦY KIM SƠN", "THÀNH ỦY HỘI AN".
_AREA_HEADING = re.compile(
    r"(?:ubnd|uy\sban\snhan\sdan|hdnd|hoi\sdong\snhan\sdan|(?:ban\schap\shanh\s)?dang\sbo"
    r"|dang\suy)\s(?P<place>(?:tinh|thanh\spho|huyen|quan(?!\s(?:su|khu|doi|chung)\b)|thi\sxa|xa"
    r"|phuong|thi\stran|dac\skhu)"  # not "ĐẢNG ỦY QUÂN SỰ TỈNH", "… QUÂN KHU 4"
    r"\s[a-z].*)"
    r"|(?P<tier>tinh|thanh|huyen|quan|thi)\suy\s(?P<name>[a-z].*)"
)
_TIER_OF_ITS_COMMITTEE = {
    "tinh": "tỉnh",
    "thanh": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi": "thị xã",
}
_HEADING_LINES = 4
#: The note on a heading that names another unit than the scope.
ELSEWHERE = (
    "the heading names '{}', not {}: if the report is that unit's, draft it with that unit "
    "as its scope"
)


def heading_elsewhere(text: str, scope: str) -> tuple[str, ...]:
    """A note saying the area a text's heading names is not ``scope``, if it is not.

    A report headed "UBND HUYỆN KIM SƠN" or "ĐẢNG ỦY XÃ HẢI HẬU" is that unit's: drafted
    into a province's scope, its counts would read as the province's. The first lines in
    capitals are its heading; no note when none names an area, or the one it names is
    ``scope`` or holds it (a body of the area: "TỈNH ỦY NINH BÌNH / BAN DÂN VẬN" as
    ".../tinh-uy/ban-dan-van"). So with a news headline that opens on its unit: "Huyện
    Mường Lát: Dân vận khéo ở vùng biên".
    """
    head = CleanText(text.lstrip()[:400])
    at = 0
    for i, line in enumerate(head.clean.split("\n")[:_HEADING_LINES]):
        letters = [c for c in line if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):  # the capitals are over, or
            place = _headline_place(head, len(line)) if i == 0 else None  # a news headline
            return () if place is None else _elsewhere(place, scope)  # names its unit
        named = _AREA_HEADING.fullmatch(head.folded, at, at + len(line.rstrip()))
        at += len(line) + 1
        if named is None:
            continue
        if named["place"] is not None:
            place = head.clean[slice(*named.span("place"))]
        else:
            tier = _TIER_OF_ITS_COMMITTEE[named["tier"]].upper()  # "HUYỆN ỦY KIM SƠN"
            place = f"{tier} {head.clean[slice(*named.span('name'))]}"
        return _elsewhere(place, scope)
    return ()


def _elsewhere(place: str, scope: str) -> tuple[str, ...]:
    """The note on a heading naming ``place``, unless it is the scope or holds it."""
    segments = scope.split("/")  # the scope, or the area a body that is the scope is of:
    held = (names_the_scope("/".join(segments[:k]), place) for k in range(len(segments), 0, -1))
    return () if any(held) else (ELSEWHERE.format(place, repr(scope)),)  # "Tỉnh ủy …"


# A news headline that opens on the unit it is about: "Huyện Mường Lát: Dân vận khéo …",
# "Phường An Khánh: …" (each word of the name a capital; not "Xã hội hóa: …").
_HEADLINE_PLACE = re.compile(
    r"(?P<place>(?:tinh|thanh\spho|huyen|quan|thi\sxa|xa|phuong|thi\stran|dac\skhu)"
    r"(?P<name>(?:\s[a-z]+){1,5}?)(?:\s\((?:moi|cu)\))?)\s?:\s"  # "Phường An Khánh (mới):"
)


def _headline_place(head: CleanText, end: int) -> str | None:
    """The unit a headline ending at ``end`` opens on, as written, if it opens on one."""
    found = _HEADLINE_PLACE.match(head.folded, 0, end)
    if found is None:
        return None
    name = head.clean[slice(*found.span("name"))]  # "Thị xã Hồng Lĩnh": "Hồng Lĩnh"
    new = head.folded.endswith("(moi)", 0, found.end("place"))  # the unit of that name now
    return (
        head.clean[found.start() : found.end("name" if new else "place")]
        if name.istitle()
        else None
    )
