"""Numbers written so that they read two ways, which a draft asks a person to check.

"1,240 mô hình" (a decimal comma, or thousands as English writes them?), "1 240 mô hình"
(thousands a space apart, or two numbers?) and "12.5%" (a decimal dot, English
notation) are no figures in Vietnamese notation; each is kept with why. A telephone
number's groups ("Hotline 0912 345 678") are no figure either, and nothing to check.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_nouns import noun_after
from danvan._numbers import MULTIPLIER_WORDS, parse_number
from danvan.exceptions import AmbiguousNumberError

__all__ = ["DECIMAL_DOT", "SPACED", "TWO_WAYS", "Unread", "decimal_dots", "spaced", "two_ways"]

#: A number read as no figure: its span in the original text, and why.
Unread = tuple[int, int, str]
#: Why a number that reads two ways is no figure.
TWO_WAYS = (
    "a number that reads two ways (a decimal comma or thousands?): check it and add it by hand"
)
#: Why a number with a space between its digits is no figure.
SPACED = "a number with a space in it (thousands?): check it and add it by hand"
#: Why a number with a decimal dot is no figure.
DECIMAL_DOT = "a number with a decimal dot (English notation?): check it and add it by hand"
# Digits right before a number's last three, a space apart: "1 240".
_SPACED = re.compile(r"(?<![0-9.,/])[0-9]{1,3} $")  # on one line: not a cell above
# A telephone number's groups before its last: "0912 345 678", "(+84) 912 345 678".
_PHONE = re.compile(
    r"(?:(?<![0-9.,])0[0-9]{2,3}[ .][0-9]{3}|\+84\)?\s?[0-9]{2,3}(?:[ .][0-9]{3})?) $"
)
# A dot before one or two digits, then a percent, a multiplier or a unit, and the digits
# before it: no number in Vietnamese notation, where a dot groups thousands. The dot is
# looked for first: a literal, found fast.
_DECIMAL_DOT = re.compile(rf"\.[0-9]{{1,2}}(?![0-9.,])(?:\s?%|\s(?:{MULTIPLIER_WORDS}|km|ha|m2)\b)")
_WHOLE_PART = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})*$")  # "12", "1.234"


def decimal_dots(source: CleanText, claimed: Spans, unread: list[Unread]) -> None:
    """Add the numbers written with a decimal dot to ``unread``: "12.5%", "1.2 tỷ đồng"."""
    folded = source.folded
    for dotted in _DECIMAL_DOT.finditer(folded):
        whole = _WHOLE_PART.search(folded, max(0, dotted.start() - 16), dotted.start())
        if whole is not None and not claimed.covers(source.span(whole.start(), whole.end())[0]):
            unread.append((*source.span(whole.start(), dotted.end()), DECIMAL_DOT))


def two_ways(source: CleanText, match: re.Match[str], unread: list[Unread]) -> bool:
    """Whether a candidate's number reads two ways; kept with its noun when it has one."""
    try:
        parse_number(match["number"])
    except AmbiguousNumberError:
        noun_end, unit, _, _ = noun_after(source.folded, match.end())
        end = noun_end if unit is not None else match.end()
        unread.append((*source.span(match.start(), end), TWO_WAYS))
        return True
    return False


def spaced(source: CleanText, match: re.Match[str], unread: list[Unread]) -> bool:
    """Whether a number of three digits is the last group of a number spaced apart.

    "1 240 mô hình" is kept to be checked (240, or 1 240?); a telephone number's groups
    ("Hotline 0912 345 678") are no figure, and nothing to check.
    """
    folded, start = source.folded, match.start("number")
    found = _SPACED.search(folded, max(0, start - 5), start)
    if found is None:
        return False
    if _PHONE.search(folded, max(0, start - 16), start) is None:
        noun_end, unit, _, _ = noun_after(folded, match.end())
        end = noun_end if unit is not None else match.end()
        unread.append((*source.span(found.start(), end), SPACED))
    return True
