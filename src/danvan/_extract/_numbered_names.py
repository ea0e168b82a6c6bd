"""Units whose names end with a number: "xã Sơn Kim 2", "thôn Tân Hà 1".

The number is the name's, no count: "xã Sơn Kim 2 có 30 hộ" counts 30 households of the
commune called Sơn Kim 2, not 2 households.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from danvan._extract._clean import CleanText
from danvan._text import fold

__all__ = ["ends_a_unit_s_name", "listed_by_number", "name_number_end", "numbered_unit"]


# A number that ends a unit's name, followed by a verb, no noun of its own: "xã Sơn Kim 2
# có 30 hộ"; not an item of a list, "thôn Đông 3, thôn Tây 4" (3 and 4 of each).
_NAME_NUMBER = re.compile(
    r"\s([0-9]{1,2})(?=\s(?:co|da|dang|xay|duoc|van|tham|la|hien|tang|trao|khen|de\snghi|cong\snhan"
    r"|bieu\sduong|to\schuc)\b)"
)
# The kinds of unit whose names may end with a number.
_NUMBERED_KINDS = frozenset(("xã", "phường", "trấn", "thôn", "ấp", "bản", "xóm", "buôn"))


def ends_a_unit_s_name(source: CleanText, start: int) -> bool:
    """Whether the number at ``start`` ends a unit's name: its kind, words in capitals.

    "xã Sơn Kim 2 có 30 hộ", "Phường 3 có 12 mô hình"; not "xã Tân Lâm có 5" nor "xã Kỳ
    Anh 2 mô hình", whose number has a noun. So in an address, before the unit above it:
    "ở thôn Bản Duồng 1, thị trấn Bằng Lũng".
    """
    if start == 0:
        return False
    words = source.clean[max(0, start - 48) : start].split()
    above = _ABOVE.match(source.folded, start - 1)
    if above is not None and _in_an_address(words, above["kind"]):
        return True
    if _FRAMED_NUMBER.match(source.folded, start - 1) and _framed_at(words):
        return True  # "Tại xã Sơn Kim 1, mô hình …": where, no count
    if _NAME_NUMBER.match(source.folded, start - 1) is None:
        return False
    if words and words[-1].lower() in _BY_NUMBER:  # "Phường 3 có …", not "các xã, phường 33"
        if words[-1][:1].isupper():  # a name, as written
            return len(words) < 2 or words[-2].lower() not in _MANY
        return len(words) < 2 or not (words[-2].endswith(",") or words[-2].lower() in _MANY)
    return _kind_named(words, _NUMBERED_KINDS.__contains__) is not None


# …or a unit framing its sentence, its name's number before the comma: "Tại xã Sơn Kim 1,".
_FRAMED_NUMBER = re.compile(r"\s[0-9]{1,2},\s")


def _framed_at(words: list[str]) -> bool:
    """Whether ``words`` end with "Tại" (or "Ở") and a numbered unit's kind and name."""
    at = _kind_at(words, _NUMBERED_KINDS.__contains__)
    return at is not None and at > 0 and words[at - 1].lower() in ("tại", "ở")


# The unit above, after a numbered name in an address: "thôn Bản Duồng 1, thị trấn …".
_ABOVE = re.compile(
    r"\s[0-9]{1,2},\s(?P<kind>xa|phuong|thi\stran|huyen|quan|thi\sxa|thanh\spho|tinh)\s"
)
# The tiers of units, lowest first, by the (folded) words of their kinds.
_TIERS = (
    ("thôn", "ấp", "bản", "xóm", "buôn", "làng", "khóm", "sóc", "phố", "tổ"),
    ("xa", "phuong", "thi tran"),
    ("huyen", "quan", "thi xa", "thanh pho"),
    ("tinh",),
)


def _tier(kind: str) -> int | None:
    """The tier of a unit's kind, as written or folded: "thôn" 0, "xa" 1; ``None``."""
    return next((t for t, kinds in enumerate(_TIERS) if kind in kinds or fold(kind) in kinds), None)


def _in_an_address(words: list[str], above: str) -> bool:
    """Whether ``words`` end with a unit's name, in capitals, of a tier below ``above``'s."""
    kind = _kind_named(words, lambda word: _tier(word) is not None)
    return kind is not None and (_tier(kind) or 0) < (_tier(above) or 0)


def _kind_named(words: list[str], known: Callable[[str], bool]) -> str | None:
    """The kind ``known`` knows, written before one to three words in capitals ending ``words``."""
    at = _kind_at(words, known)
    return None if at is None else words[at].lower()


def _kind_at(words: list[str], known: Callable[[str], bool]) -> int | None:
    """Where in ``words`` the kind :func:`_kind_named` finds is."""
    for named in range(1, 4):
        if len(words) <= named or not all(w[:1].isupper() for w in words[-named:]):
            return None
        if known(words[-named - 1].lower()):
            return len(words) - named - 1
    return None


# The kinds of unit a city numbers, with no name: "Phường 3", "Quận 1", "Khu 3" (and the
# army its regions: "Quân khu 9"); and the words of many of a kind, whose number is a
# count: "các phường 12", "mỗi quận 3".
_BY_NUMBER = frozenset(("phường", "quận", "khu"))
_MANY = frozenset(("các", "mỗi", "những", "và", "từng", "nhiều"))


# Units of a kind named by their numbers, listed: "các phường 1, 2, 3"; not "cấp xã 12, 8".
_KIND_BEFORE = re.compile(r"(?<!cap\s)(?<!khoi\s)\b(?:phuong|xa|quan|thon|ap|to|khu|khom|xom)\s$")
_NEXT_NUMBER = re.compile(r"(?:,\s?|\sva\s)[0-9]{1,2}(?![0-9.,]?[0-9])")


def listed_by_number(folded: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` names a unit among others named by theirs.

    "Trước khi sắp xếp, các phường 1, 2, 3 và phường Đông Lương …", "Tổ 5, 7 và 9 có …".
    """
    return bool(
        _NEXT_NUMBER.match(folded, end) and _KIND_BEFORE.search(folded, max(0, start - 9), start)
    )


def name_number_end(folded: str, end: int, before: int) -> int:
    """Where a unit's name ending at ``end`` ends, with its number if one follows.

    Only a number before the count at ``before``: "xã Sơn Kim" of "xã Sơn Kim 2 có 30 hộ"
    ends after the 2.
    """
    number = _NAME_NUMBER.match(folded, end)
    return number.end(1) if number is not None and number.end(1) <= before else end


def numbered_unit(source: CleanText, kind: str, number: re.Match[str]) -> bool:
    """Whether a village (or a city's ward, district) named by ``number`` is one unit.

    "khóm 3 có 8 mô hình", "Phường 3 có 12 mô hình"; not "các xã, phường 33".
    """
    return kind not in _BY_NUMBER or ends_a_unit_s_name(source, number.start(1))
