"""Numbers written in words, which the number grammar does not read: kept with a note.

"hai mô hình", "một nghìn hộ": a person adds them by hand if they are figures. So is a
number said in words and in digits that say two values ("ba (4) mô hình"); where the two
agree, the clean text reads the number once, as its digits (see
:mod:`danvan._extract._said_twice`).
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_candidates import Unread
from danvan._extract._figure_nouns import noun_after
from danvan._extract._patterns import at_word_start
from danvan._extract._said_twice import NUMBER_WORDS, said_two_ways

__all__ = ["IN_WORDS", "TWO_SAYINGS", "numbers_in_words"]

#: Why a number written in words is no figure.
IN_WORDS = "a number written in words: add it by hand if it is a figure"
#: Why a number said in words and in digits, each another value, is no figure.
TWO_SAYINGS = "a number said in words and in digits, each another value: add the one meant"
# A number written in words, which the number grammar does not read: "hai mô hình", "một
# nghìn hộ"; not "năm" (a year) nor "một" alone (one, or "a"), read too often otherwise.
_IN_WORDS = re.compile(  # folded, found by its first letters; its accents checked below
    at_word_start("mot", "hai", "ba", "bon", "sau", "bay", "tam", "chin", "muoi")
    + r"\b(?:\s(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu"
    r"|linh|le)\b)*(?=\s)"  # "mười hai", "hai mươi lăm", "một trăm linh năm"
)
_DIGITS_IN_WORDS = frozenset(("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"))


def numbers_in_words(
    source: CleanText, claimed: Spans, quoted: Spans, unread: list[Unread]
) -> None:
    """Keep each number written in words before a noun that counts, with a note.

    Not in a quoted name ("Ngày thứ Bảy tình nguyện"), nor before the names of what it
    counts ("Hai xã Yên Thành, Yên Hòa").
    """
    for found in _IN_WORDS.finditer(source.folded):
        words = source.clean[found.start() : found.end()].lower().split()
        if words[0] not in _DIGITS_IN_WORDS and not (words[0] == "một" and words[1:]):
            continue  # "bà", "sau", "tâm"; "một" alone
        if any(word not in NUMBER_WORDS for word in words[1:]):
            continue  # each word a number's, accents and all: "mười hai", not "hai tâm"
        noun_end, unit, _, _ = noun_after(source.folded, found.end())
        named = source.clean[noun_end + 1 : noun_end + 2].isupper()
        if unit is None or named or quoted.covers(found.start()):
            continue
        if not claimed.covers(source.span(*found.span())[0]):
            unread.append((*source.span(found.start(), noun_end), IN_WORDS))
    for start, end in said_two_ways(source.clean):  # "ba (4) mô hình": which is meant?
        noun_end, unit, _, _ = noun_after(source.folded, end)  # not "năm (2025)", a year
        span = source.span(start, noun_end)
        if unit is not None and not claimed.covers(span[0]) and not quoted.covers(start):
            unread.append((*span, TWO_SAYINGS))
            claimed.add(*span)
