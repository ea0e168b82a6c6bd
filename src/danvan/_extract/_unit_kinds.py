"""The words of a unit's kind: before its name ("huyện Can Lộc", "ấp Tân Hưng"), or counted.

:func:`names_a_unit` tells a unit's name after its kind from a body's ("Tỉnh Đoàn").

A count of units may name several kinds ("45/45 xã, phường", "128/130 cơ quan, đơn vị cấp
tỉnh") or those of them that have so many models ("86 xã, phường có từ 10 mô hình trở
lên"): :func:`units_named` reads how far such words go.
"""

from __future__ import annotations

import re

from danvan._extract._noun_words import PLACE_WORDS
from danvan._extract._patterns import at_word_start
from danvan._text import fold_each

__all__ = [
    "A_LONG_NAMED_BODY",
    "FRONTED",
    "ITS_BODY",
    "KINDS_JOINED",
    "STANDING",
    "UNIT_KIND",
    "UNIT_KINDS",
    "UNIT_NAMED",
    "TIER_OF_ITS_COMMITTEE",
    "a_unit_named",
    "names_a_unit",
    "units_named",
]

#: The words of a unit's kind that come before its name, folded.
UNIT_KINDS = (
    r"thi\sxa",
    r"thi\stran",
    r"thanh\spho",
    r"to\sdan\spho",
    r"dac\skhu",  # since 1 July 2025: "Đặc khu Phú Quý"
    "tinh",  # "Tỉnh Thanh Hóa có 12.500 mô hình"; not "toàn tỉnh", "Tỉnh Đoàn"
    "huyen",
    "xa",
    "phuong",
    "quan",
    "thon",
    "ban",
    r"khu\spho",  # and the villages of the south and the highlands: "ấp Tân Hưng", "buôn …"
    "ap",
    "khom",
    "xom",
    "buon",
    "soc",
)
UNIT_KIND = "(?:" + "|".join(UNIT_KINDS) + ")"
#: The kind of unit a committee's tier says, folded to written: "Huyện ủy Kim Sơn", "Thành
#: ủy Hoa Lư", "Huyện đoàn Yên Khánh" are of "huyện Kim Sơn", "thành phố Hoa Lư", ….
TIER_OF_ITS_COMMITTEE = {
    "tinh": "tỉnh",
    "thanh": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi": "thị xã",
}
#: A unit's kind, its name after it: "huyện Can Lộc".
UNIT_NAMED = re.compile(rf"{at_word_start(*UNIT_KINDS)}\s(?=\S)")
# fmt: off
_UNIT_WORDS = frozenset([
    "thị xã", "thị trấn", "thành phố", "tổ dân phố", "đặc khu", "tỉnh", "huyện", "xã",
    "phường", "quận", "thôn", "bản", "khu phố", "ấp", "khóm", "xóm", "buôn", "sóc",
])
# fmt: on
_A_PROVINCE_S_BODY = frozenset(("Đoàn", "Hội", "Ủy", "Đội", "Ban", "Đảng"))


def a_unit_named(words: str) -> bool:
    """Whether ``words`` are a unit's kind and name, and nothing else: "Xã Gia Lạc"."""
    kind = UNIT_NAMED.match(fold_each(words))
    if kind is None or kind.start() != 0:
        return False
    name = words[kind.end() :].split()
    return bool(name) and names_a_unit(words[: kind.end()], name)


def names_a_unit(kind: str, name: list[str]) -> bool:
    """Whether a unit's kind as written and the words of its name name a unit.

    "Ban Thường vụ" is no "bản"; "Tỉnh Đoàn", "Tỉnh hội" are bodies (a province's name
    has two words), and so is a body at a level, its name one word: "cấp huyện Hội công
    nhận 118 mô hình" (not "xã Đoàn Kết").
    """
    written = kind.strip().lower()
    if written == "tỉnh":
        return len(name) >= 2 and name[0] not in _A_PROVINCE_S_BODY
    if name and name[0] in _A_PROVINCE_S_BODY and not "".join(name[1:2])[:1].isupper():
        return False
    return written in _UNIT_WORDS


# The units that have so many models: "86 xã, phường có từ 10 mô hình trở lên".
_AT_LEAST_MANY = re.compile(
    r"(?:,\s[a-z]+(?:\s[a-z]+)?)*\s(?:deu\s)?(co\s(?:tu|tren|duoi)\s[0-9]+"
    r"(?:\s(?:den|toi)\s(?:duoi\s|tren\s)?[0-9]+)?\s(?:mo\shinh|dien\shinh)"  # "… đến dưới 10 …"
    r"(?:\s(?:tro\slen))?)"
)
#: One more kind of units counted with the one before: ", phường", " và thị trấn".
KINDS_JOINED = rf"(?:(?:,|\s(?:va|hoac))\s(?:{PLACE_WORDS})\b)"
# More kinds of units counted with the first: "xã, phường (và thị trấn)", "cơ quan, đơn vị
# cấp tỉnh", "thôn, tổ dân phố".
_JOINED = re.compile(rf"{KINDS_JOINED}+(?:\scap\s[a-z]+\b)?")


def units_named(folded: str, clean: str, end: int) -> int | None:
    """Where the words that name the units counted before ``end`` end, past their noun.

    None when the noun alone names them ("12/12 xã có mô hình"), and when the kind after
    it is a unit's, its name after it ("ở 12 xã, thị trấn Yên Lạc có …").
    """
    many = _AT_LEAST_MANY.match(folded, end)
    if many is not None:
        return many.end(1)
    joined = _JOINED.match(folded, end)
    if joined is None or _A_NAME.match(clean, joined.end()):
        return None
    return joined.end()


_A_NAME = re.compile(r" [A-ZĐ]")

#: A body whose name runs long before its unit's: "Ban Chỉ đạo thực hiện Quy chế dân chủ ở
#: cơ sở và phong trào “Dân vận khéo” huyện Yên Mô", "Ủy ban MTTQ Việt Nam xã Gia Hưng".
A_LONG_NAMED_BODY = re.compile(
    r"(?:ban\schi\sdao(?:\s(?:thuc\shien|phong\strao|quy\sche)\b[^.;:\n0-9]{0,110}?)?"
    r"|(?:uy\sban\s)?(?:mttq|mat\stran\sto\squoc)(?:\sviet\snam)?)"  # its programme's name
    r"\s(?P<kind>huyen|xa|phuong|thi\sxa|thanh\spho|thi\stran|quan)\s(?=[a-z])"
)
#: The standing committee before a unit's committee: "Ban Thường vụ Đảng ủy phường đã …".
STANDING = re.compile(r"(?:ban\sthuong\svu|thuong\struc)\s(?=dang\suy\s)")
#: A few words fronted before a unit's body: "Sau sắp xếp, (Ban Thường vụ) Đảng ủy xã …".
FRONTED = re.compile(
    rf"(?:[a-z0-9/]+\s){{0,3}}[a-z0-9/]+,\s(?=(?:{STANDING.pattern})?(?:dang\suy|ubnd|uy\sban))"
)
#: A unit's own body, before its name: "Huyện ủy Nho Quan", "Thành ủy Tam Điệp", "Đảng ủy
#: phường Nam Thành", "UBND xã Gia Hưng", "Ban Chỉ đạo huyện Kim Sơn".
ITS_BODY = re.compile(
    r"\b(?:(?:huyen|thanh|thi|quan)\suy"
    rf"|(?:dang\suy|ubnd|uy\sban\snhan\sdan|ban\schi\sdao)\s(?P<kind>{UNIT_KIND}))"
    r"\s(?=[a-z])"
)
