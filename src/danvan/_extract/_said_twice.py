"""A number said twice, in words and in digits, read once: "hai mươi lăm (25) mô hình".

Official documents write a count in words with its digits in brackets, or the other way
round ("25 (hai mươi lăm) mô hình", "năm (05) mô hình mới"). Extraction reads the number
as its digits, where it is first said, and the rest of the two sayings as spaces, offsets
kept, when the words say the value the digits do: "năm (2025)" is a year. So is the
percent sign said in words: "95,8 phần trăm" is read as "95,8 %".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["NUMBER_WORDS", "said_once", "said_two_ways"]

_DIGITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5}
_DIGITS |= {"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_TENS, _SKIPPED = frozenset(("mươi", "chục")), frozenset(("linh", "lẻ"))
_GROUPS = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000}
#: The words a number is written in: "hai mươi lăm", "một trăm linh năm", "ba nghìn".
NUMBER_WORDS = frozenset([*_DIGITS, *_TENS, *_SKIPPED, *_GROUPS, "mười", "trăm"])
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_IN_WORDS = rf"(?<!\w)(?:(?:{_WORD})[ \t]+)*(?:{_WORD})(?!\w)"
_IN_DIGITS = r"(?<![\w.,])[0-9]{1,3}(?:\.[0-9]{3})*(?![\w.,/])"
# Read from a bracket: its digits, then the words before it; or its words, then the
# digits before it ("hai mươi lăm (25)", "25 (hai mươi lăm)").
_DIGITS_IN = re.compile(rf"\([ \t]*({_IN_DIGITS})[ \t]*\)")
_WORDS_IN = re.compile(rf"\([ \t]*({_IN_WORDS})[ \t]*\)", re.IGNORECASE)
_WORDS_BEFORE = re.compile(rf"{_IN_WORDS}[ \t]*$", re.IGNORECASE)
_DIGITS_BEFORE = re.compile(rf"{_IN_DIGITS}[ \t]*$")
_REACH = 60  # how far before its bracket a number's first saying may start


def _in_words(words: str) -> int | None:
    """The value of a number written in words ("hai mươi lăm" is 25), or ``None``."""
    total = group = last = 0
    for word in words.lower().split():
        if word in _DIGITS:
            last = _DIGITS[word]
            group += last
        elif word == "mười":
            last = 10
            group += 10
        elif word in _TENS or word == "trăm":
            if not last:
                return None
            size = 100 if word == "trăm" else 10
            group += last * (size - 1)
            last = 0
        elif word in _GROUPS:
            total, group, last = total + max(group, 1) * _GROUPS[word], 0, 0
    return total + group or None


def _said_twice(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Each number said twice: its span, its digits, and whether its words say their value."""
    at = text.find("(")
    while at >= 0:
        bracket = _DIGITS_IN.match(text, at) or _WORDS_IN.match(text, at)
        if bracket is not None:
            before = _WORDS_BEFORE if bracket.re is _DIGITS_IN else _DIGITS_BEFORE
            first = before.search(text, max(0, at - _REACH), at)
            if first is not None:
                digits, words = (
                    (bracket[1], first[0]) if bracket.re is _DIGITS_IN else (first[0], bracket[1])
                )
                digits = digits.strip()
                agree = _in_words(words) == int(digits.replace(".", ""))
                yield first.start(), bracket.end(), digits, agree
        at = text.find("(", at + 1)


def said_once(text: str) -> str:
    """``text`` with each number said twice read once, as its digits, offsets kept.

    And the percent sign said in words read as the sign: "95,8 phần trăm" as "95,8 %".
    """
    pieces, done = [], 0
    for start, end, digits, agree in _said_twice(text) if "(" in text else ():
        if agree and start >= done:  # (two never overlap; if they did, offsets would move)
            pieces += [text[done:start], digits.ljust(end - start)]
            done = end
    text = "".join(pieces) + text[done:] if pieces else text
    if not any(word in text for word in ("trăm", "Trăm", "TRĂM")):  # found fast alone
        return text
    return _PERCENT_IN_WORDS.sub(lambda said: said[0][0] + "%".rjust(len(said[1])), text)


# The percent sign said in words, after a number: "đạt 95,8 phần trăm"; found from the
# digit, which a scan finds fast.
_PERCENT_IN_WORDS = re.compile(r"[0-9]([ \t]+(?:phần|Phần|PHẦN)[ \t]+(?:trăm|Trăm|TRĂM))(?!\w)")


def said_two_ways(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the numbers said twice whose words and digits say two values."""
    for start, end, _, agree in _said_twice(text):
        if not agree:
            yield start, end
