"""Vietnamese text keys: folding for matching, slugs for ids.

Vietnamese writes tones and vowel qualities as diacritics (``ễ``, ``ướ``) and has one
extra consonant, ``đ``. Real reports mix composed and decomposed Unicode, the old and
new tone placement (``hoá`` / ``hóa``), and text typed without diacritics at all, so
every comparison in danvan goes through :func:`fold`.

One table does the folding. :func:`fold` uses it for matching keys; extraction uses it
through :func:`fold_each`, which folds one character for one so that offsets in the
folded text are offsets in the original; document symbols use :func:`clean` for the
odd spaces and dashes that real text carries.
"""

from __future__ import annotations

import re
import unicodedata

from danvan.exceptions import InvalidValueError

__all__ = [
    "MYRIAD",
    "clean",
    "fold",
    "fold_each",
    "fold_number",
    "myriads_marked",
    "slugify",
    "words",
]

#: White space other than a plain space that real text carries (no-break, thin, …).
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
SPACES += "\u200b\u202f\u205f\u3000\t"
#: Dashes that mean a hyphen in symbols and ranges.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def _table() -> dict[int, str]:
    """Each letter to its base letter in lower case, one character for one.

    đ and Đ are letters of their own, not d with a mark, so NFD does not split them;
    the Latin eth (Ð, ð) is a look-alike that keyboards and OCR put in their place.
    """
    table: dict[int, str] = {ord(c): " " for c in SPACES}
    table.update({ord(c): "-" for c in DASHES})
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        base = base.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
        base = base.lower()
        if len(base) == 1 and base != char:
            table[code] = base
    return table


def _as_string(table: dict[int, str]) -> str:
    """The table as a string indexed by code point.

    ``str.translate`` looks a string up about four times faster than a dict, and leaves
    characters past its end unchanged.
    """
    return "".join(table.get(code, chr(code)) for code in range(max(table) + 1))


_FOLD = _as_string(_table())
_CLEAN = _as_string({ord(c): " " for c in SPACES} | {ord(c): "-" for c in DASHES})
_ODD = re.compile(f"[{re.escape(SPACES + DASHES)}]")
_SPACE_RUNS = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SUPERSCRIPTS = str.maketrans("²³", "23")  # "m²" is "m2", not "m"


def fold_each(text: str) -> str:
    """Fold ``text`` one character for one: lower case, no diacritics, plain spaces and dashes.

    The result has the length of ``text``, so a match in it has the offsets of the
    same words in ``text``. ``text`` should be composed (NFC): a decomposed mark stays.

    Examples:
        >>> fold_each("Chỉ thị số 11‑CT/TU")
        'chi thi so 11-ct/tu'
    """
    return text.translate(_FOLD)


#: How a folded text writes "vạn" (ten thousand) after a number or "hàng": folded alone,
#: it would read as "văn", "vân", "vấn" do ("12 văn bản").
MYRIAD = "vxn"
_MYRIAD_WORD = re.compile(  # its "v" first, so that a scan for it is a scan for a letter
    r"v(?:(?<=[0-9]v)|(?<=[0-9]\sv)|(?<=\bhàng\sv))ạn\b", re.IGNORECASE
)


def myriads_marked(text: str, folded: str) -> str:
    """``folded`` (``text`` folded one for one) with each "vạn" of a number as :data:`MYRIAD`.

    Examples:
        >>> myriads_marked("hàng vạn lượt, 12 văn bản", "hang van luot, 12 van ban")
        'hang vxn luot, 12 van ban'
    """
    if "ạn" not in text and "ẠN" not in text:  # most texts, found in C
        return folded
    return _marked(text, folded, _MYRIAD_WORD, MYRIAD)


def _marked(text: str, folded: str, word: re.Pattern[str], mark: str) -> str:
    """``folded`` with each ``word`` found in ``text`` written as ``mark``, of its length."""
    pieces: list[str] = []
    last = 0
    for found in word.finditer(text):  # in pieces: linear in a text of many
        pieces += (folded[last : found.start()], mark)
        last = found.end()
    return "".join(pieces) + folded[last:] if pieces else folded


#: How a folded text writes "gom" (to gather: "thu gom rác thải") in a text with diacritics:
#: folded alone, it would read as "gồm" (comprising) does, which opens a list of parts.
GATHER = "gxm"
_GATHER_WORD = re.compile(r"\bgom\b", re.IGNORECASE)
_ACCENTED = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ]")


def gather_marked(text: str, folded: str) -> str:
    """``folded`` (``text`` folded one for one) with each "gom" as :data:`GATHER`.

    Only where ``text`` has diacritics, so that "gom" is written without its accent on
    purpose; in a text without any, "bao gom" is "bao gồm".

    Examples:
        >>> gather_marked("đã thu gom 8 tấn rác, gồm", "da thu gom 8 tan rac, gom")
        'da thu gxm 8 tan rac, gom'
    """
    if _ACCENTED.search(text) is None:
        return folded
    return _marked(text, folded, _GATHER_WORD, GATHER)


def fold_number(text: str) -> str:
    """:func:`fold` for a number's words, "vạn" written as :data:`MYRIAD`: "1,5 vạn"."""
    return fold(_MYRIAD_WORD.sub(MYRIAD, unicodedata.normalize("NFC", text)))


def clean(text: str) -> str:
    """Replace odd spaces by a space and dashes by ``-``, one character for one.

    Examples:
        >>> clean("2021 – 2025")
        '2021 - 2025'
    """
    if _ODD.search(text) is None:  # most texts: nothing to replace, found in C
        return text
    return _ODD.sub(lambda odd: _CLEAN[ord(odd.group())], text)


def fold(text: str) -> str:
    """Return the diacritic-free, case-free matching key of ``text``.

    The text is normalised (NFC), stripped of diacritics, ``đ`` becomes ``d``, case is
    folded and runs of white space become one space.

    Args:
        text: Any text.

    Returns:
        The folded key; equal keys mean "the same words" for danvan's parsers.

    Raises:
        InvalidValueError: ``text`` is not a string.

    Examples:
        >>> from danvan import fold
        >>> fold("Văn hoá - Xã hội")
        'van hoa - xa hoi'
        >>> fold("Đảng ủy  Khối") == fold("dang uy khoi")
        True
    """
    if not isinstance(text, str):
        raise InvalidValueError(text, "fold needs text (str)")
    key = unicodedata.normalize("NFC", text).translate(_FOLD)
    if not key.isascii():
        # Letters outside the table (other scripts, stray marks) lose their marks too.
        decomposed = unicodedata.normalize("NFD", key)
        key = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE_RUNS.sub(" ", key.casefold()).strip()


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of ``text``, words joined by ``-``.

    Slugs make stable, readable unit ids such as ``vn/son-la/tp-son-la``.

    Args:
        text: Any text.

    Returns:
        The slug; empty when ``text`` has no letters or digits.

    Raises:
        InvalidValueError: ``text`` is not a string.

    Examples:
        >>> from danvan import slugify
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
    return _NOT_ALNUM.sub(" ", fold(text).translate(_SUPERSCRIPTS)).strip()
