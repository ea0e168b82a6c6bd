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
from danvan._extract._titles import is_a_title
from danvan._extract._unit_kinds import TIER_OF_ITS_COMMITTEE
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
    name = (folded[kind.end() :] if kind else folded).removeprefix("uy ")  # "Huyện ủy …"
    if kind is not None and kind[1] in ("tinh", "huyen", "quan", "thi xa"):
        name = name.removeprefix("doan ")  # "Huyện đoàn Yên Khánh": the district's
    name = slugify(name)
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
    ".../tinh-uy/ban-dan-van"); of two lines that name areas, the one below, whose report
    it is ("ĐẢNG BỘ TỈNH HÀ NAM / HUYỆN ỦY THANH LIÊM"). So with a news headline that
    opens on its unit ("Huyện Mường Lát: Dân vận khéo ở vùng biên", "Hội Cựu chiến binh
    huyện Gia Viễn với phong trào …"), and a title that says whose report it is ("BÁO
    CÁO / Kết quả … năm 2025 của Đảng ủy xã Yên Mạc"). Not a unit a headline names as
    where its news is from ("Dân vận khéo ở xã …"), nor a sentence opening the text.
    """
    head = CleanText(text.lstrip()[:400])
    at, before, area = 0, "", None  # the area the heading's lines name, the last one's
    for i, line in enumerate(head.clean.split("\n")[:_HEADING_LINES]):
        letters = [c for c in line if c.isalpha()]
        end = at + len(line.rstrip())
        folded = head.folded[at:end].strip()
        title = is_a_title(before, folded)
        if letters and not all(c.isupper() for c in letters):  # the capitals are over
            if area is not None:
                return _elsewhere(area, scope)
            place = _headline_place(head, len(line)) if i == 0 else None  # "Huyện X: …"
            if place is None and not _A_SENTENCE.search(line):  # a headline's subject, or
                place = _named_in(head, at, end, subject=True) if i == 0 else None
                place = place or (_named_in(head, at, end) if title else None)  # whose title
            return () if place is None else _elsewhere(place, scope)
        named = _AREA_HEADING.fullmatch(head.folded, at, end)
        named_at_its_end = _named_at_the_end(head, at, end) if title else None
        at, before = at + len(line) + 1, folded or before
        if named_at_its_end is not None:  # "KẾT QUẢ … CỦA ĐẢNG ỦY XÃ YÊN MẠC"
            return _elsewhere(named_at_its_end, scope)
        if named is None:
            continue
        if named["place"] is not None:
            area = head.clean[slice(*named.span("place"))]
        else:
            tier = TIER_OF_ITS_COMMITTEE[named["tier"]].upper()  # "HUYỆN ỦY KIM SƠN"
            area = f"{tier} {head.clean[slice(*named.span('name'))]}"
    return () if area is None else _elsewhere(area, scope)


def _elsewhere(place: str, scope: str) -> tuple[str, ...]:
    """The note on a heading naming ``place``, unless it is the scope or holds it."""
    segments = scope.split("/")  # the scope, or the area a body that is the scope is of:
    held = (names_the_scope("/".join(segments[:k]), place) for k in range(len(segments), 0, -1))
    return () if any(held) else (ELSEWHERE.format(place, repr(scope)),)  # "Tỉnh ủy …"


# A unit a heading's line names by its tier, its name in capitals after it: "Hội Cựu chiến
# binh huyện Gia Viễn …", "… năm 2025 của Đảng ủy xã Yên Mạc", "Huyện ủy Kim Sơn"; in a
# headline, in its subject (no word such as "ở", "của", "với" before it: "Dân vận khéo ở xã
# …" is news from there, of whoever's report).
_TIERS = r"(?:tinh|thanh\spho|huyen|quan|thi\sxa|xa|phuong|thi\stran|dac\skhu)"
_TIER = re.compile(rf"\b{_TIERS}\s")
_SUBJECT = re.compile(
    r"(?:(?!(?:o|tai|tu|ra|den|cua|voi|ve|cho|trong|va|tren|khap|nhu|la|vi)\s)"
    r"[a-z]+\s){0,7}"
)
_SEVERAL = re.compile(r"\b(?:cac|nhung|hai|ba|bon)\s$")  # "các xã …", "hai huyện …"
_A_SENTENCE = re.compile(r"[.!?](?:\s|$)")  # a line that is a sentence heads no text
_NAME_WORDS, _PUNCTUATION = 5, ',.:;!?)”"'
# …and in a title in capitals, at its end: "KẾT QUẢ … NĂM 2025 CỦA ĐẢNG ỦY XÃ YÊN MẠC".
_AT_THE_END = re.compile(
    r"\s(?:cua|dia\sban)\s(?:[a-z]+\s){0,6}?"
    rf"(?P<place>{_TIERS}(?:\s[a-z0-9]+){{1,4}})$"
)


def _named_in(head: CleanText, a: int, b: int, *, subject: bool = False) -> str | None:
    """The one unit the line ``head[a:b]`` names by its tier and name, if it names one.

    With ``subject``, only as the subject the line opens with (a headline's).
    """
    places: set[str] = set()
    for tier in _TIER.finditer(head.folded, a, b):
        words = head.clean[tier.end() : b].split()
        if words[:1] in (["ủy"], ["đoàn"]):  # "Huyện ủy Kim Sơn", "Huyện đoàn Yên Khánh"
            words = words[1:]
        name: list[str] = []
        for word in words[:_NAME_WORDS]:
            bare = word.rstrip(_PUNCTUATION)
            if not (bare[:1].isupper() or (name and bare.isdigit())):
                break
            name.append(bare)
            if bare != word:
                break
        if not name:
            continue
        end = head.clean.index(name[-1], tier.end()) + len(name[-1])
        more = head.clean[end:b].removeprefix(",").split()  # "…, Gia Tường": more names
        several = _SEVERAL.search(head.folded, a, tier.start()) or (
            head.clean.startswith(",", end) and more[:1] != [] and more[0][:1].isupper()
        )
        if several or (subject and not _SUBJECT.fullmatch(head.folded, a, tier.start())):
            return None  # "các xã Gia Sinh, Gia Tường"; "Dân vận khéo ở xã …"
        places.add(head.clean[tier.start() : end])
    return places.pop() if len(places) == 1 else None


def _named_at_the_end(head: CleanText, a: int, b: int) -> str | None:
    """The unit a title in capitals names at its end, whose report it is, if it names one."""
    found = _AT_THE_END.search(head.folded, a, b)
    return None if found is None else head.clean[slice(*found.span("place"))]


# A news headline that opens on the unit it is about: "Huyện Mường Lát: Dân vận khéo …",
# "Phường An Khánh: …" (each word of the name a capital; not "Xã hội hóa: …").
_HEADLINE_PLACE = re.compile(
    rf"(?P<place>{_TIERS}"
    r"(?P<name>(?:\s[a-z]+){1,5}?)(?:\s\((?:moi|cu)\))?)\s?"  # "Phường An Khánh (mới):"
    r"(?P<of>\((?:tinh|thanh\spho)(?:\s[a-z]+){1,4}\)\s?)?:\s"  # "Xã Vĩnh Hải (tỉnh …):"
)


def _headline_place(head: CleanText, end: int) -> str | None:
    """The unit a headline ending at ``end`` opens on, as written, if it opens on one."""
    found = _HEADLINE_PLACE.match(head.folded, 0, end)
    if found is None:
        return None
    name = head.clean[slice(*found.span("name"))]  # "Thị xã Hồng Lĩnh": "Hồng Lĩnh"
    new = head.folded.endswith("(moi)", 0, found.end("place"))  # the unit of that name now
    new = new or found["of"] is not None  # …or the name alone, its province aside
    return (
        head.clean[found.start() : found.end("name" if new else "place")]
        if name.istitle()
        else None
    )
