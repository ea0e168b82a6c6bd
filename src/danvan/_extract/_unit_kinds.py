"""The words of a unit's kind: before its name ("huyện Can Lộc", "ấp Tân Hưng"), or counted.

A count of units may name several kinds ("45/45 xã, phường", "128/130 cơ quan, đơn vị cấp
tỉnh") or those of them that have so many models ("86 xã, phường có từ 10 mô hình trở
lên"): :func:`units_named` reads how far such words go.
"""

from __future__ import annotations

import re

from danvan._extract._noun_words import PLACE_WORDS

__all__ = ["KINDS_JOINED", "UNIT_KIND", "UNIT_KINDS", "units_named"]

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
