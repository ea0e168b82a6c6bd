"""Vietnamese text keys: folding for matching, slugs for ids.

Vietnamese writes tones and vowel qualities as diacritics (``ễ``, ``ướ``) and has one
extra consonant, ``đ``. Real reports mix composed and decomposed Unicode, the old and
new tone placement (``hoá`` / ``hóa``), and text typed without diacritics at all, so
every comparison in danvan goes through :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "slugify"]

# đ and Đ are letters of their own, not d with a mark, so NFD does not split them;
# the Latin eth (Ð, ð) is a look-alike that keyboards and OCR put in their place.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Return the diacritic-free, case-free matching key of ``text``.

    The text is normalised (NFC), stripped of diacritics, ``đ`` becomes ``d``, case is
    folded and runs of white space become one space.

    Args:
        text: Any text.

    Returns:
        The folded key; equal keys mean "the same words" for danvan's parsers.

    Examples:
        >>> fold("Văn hoá - Xã hội")
        'van hoa - xa hoi'
        >>> fold("Đảng ủy  Khối") == fold("dang uy khoi")
        True
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTER_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of ``text``, words joined by ``-``.

    Slugs make stable, readable unit ids such as ``vn/son-la/tp-son-la``.

    Args:
        text: Any text.

    Returns:
        The slug; empty when ``text`` has no letters or digits.

    Examples:
        >>> slugify("Phường Quyết Thắng")
        'phuong-quyet-thang'
        >>> slugify("Thị xã Hồng Lĩnh (cũ)")
        'thi-xa-hong-linh-cu'
    """
    return _NOT_ALNUM.sub("-", fold(text)).strip("-")


def words(text: str) -> str:
    """Return the folded text with punctuation turned into single spaces.

    This is the key vocabularies and name lookups compare: "văn hóa - xã hội",
    "Văn hoá, xã hội" and "van hoa xa hoi" all give ``"van hoa xa hoi"``.
    """
    return _NOT_ALNUM.sub(" ", fold(text)).strip()
