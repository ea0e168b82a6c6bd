"""Whether the unit a figure's words name is the scope of the report it is drafted into.

"thị xã Hồng Lĩnh" names ".../hong-linh"; "thành phố Hà Tĩnh" does not name "vn/ha-tinh",
the province; "huyện Yên Khánh (cũ)", a district as it was, names ".../yen-khanh"; "tỉnh
Ninh Bình (cũ)" is a part of the province that now has its name.
"""

from __future__ import annotations

import re

from danvan._extract._figure_places import NATION, UNIT_KIND
from danvan._text import fold, slugify

__all__ = ["names_the_scope"]


def names_the_scope(scope: str, place: str) -> bool:
    """Whether a figure's unit words name its scope: "thị xã Hồng Lĩnh", ".../hong-linh/...".

    Not a city, a district or a commune named as its province is ("thành phố Hà Tĩnh" is
    not "vn/ha-tinh"), unless the city is one of the centre's, a province itself. A
    district "(cũ)" names the district as it was, whose id is its name's.
    """
    folded = fold(place)
    if _A_FORMER_DISTRICT.match(folded):  # "huyện Yên Khánh (cũ)": no other unit has its name
        folded = folded.removesuffix(" (cu)")
    if folded in NATION:  # "Cả nước": the country's own report only
        return "/" not in scope
    kind = _UNIT_WORD.match(folded)
    name = slugify((folded[kind.end() :] if kind else folded).removeprefix("uy "))  # "Huyện ủy …"
    below = kind is not None and kind[1] != "tinh" and name not in _CITIES_OF_THE_CENTRE
    segments = scope.split("/")
    return bool(name) and any(
        re.search(rf"(?:^|-){re.escape(name)}(?:$|-)", segment) is not None
        and not (below and i == 1 and segments[0] == "vn")  # the province's own segment
        for i, segment in enumerate(segments)
    )


#: The cities that are provinces (since 1 July 2025): "thành phố Huế" is "vn/hue".
_CITIES_OF_THE_CENTRE = frozenset(
    ["ha-noi", "ho-chi-minh", "hai-phong", "da-nang", "can-tho", "hue"]
)
_UNIT_WORD = re.compile(rf"^({UNIT_KIND})\s")  # place words start with one
# A district as it was: its tier ended in July 2025, and its id is its name's. A province or
# a commune "(cũ)" is a part of the one that now has its name: "tỉnh Ninh Bình (cũ)".
_A_FORMER_DISTRICT = re.compile(r"(?:huyen|quan|thi\sxa)\s.+\s\(cu\)$")
