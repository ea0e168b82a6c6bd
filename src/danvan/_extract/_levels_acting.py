"""The level that opens a count's item and acts on it: "cấp tỉnh khen thưởng 12 tập thể".

A recognition level names the province's, the district's or the commune's tier; a
sector's or a body's own tier ("cấp trường công nhận 326 mô hình", "cấp ngành") names
none, and its words are kept for the reviewer, as a level after a count's noun is.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_verbs import verb_in
from danvan._extract._figure_words import TIER, TIERS
from danvan._vocabulary import RecognitionLevel

__all__ = ["OTHER_TIER", "level_acting"]

#: The tiers of a sector's or a body's own ladder, which no recognition level names:
#: "được công nhận cấp trường", "… cấp ngành", "cấp thôn", "cấp cơ quan"; "cấp Quân khu" (a
#: military region), no district ("cấp quận").
OTHER_TIER = (
    r"(?:truong|nganh|thon|co\squan|don\svi|chi\sbo|dang\sbo|cum|khoi|hoi|doan|so|quan\skhu)"
)
_LEVEL_THEN_VERB = re.compile(
    rf"(?:(?:rieng|con)\s)?(?:de\snghi\s)?(cap\s(?:{TIERS}|{OTHER_TIER}))\s"
)
# …after another level joined to it, both acting: "Cấp huyện (cũ) và cấp xã khen thưởng …";
# not "… công nhận 49 mô hình cấp xã, đề nghị cấp tỉnh công nhận 4": the 49's level.
_LEVELS_JOINED = re.compile(
    rf"(?:^|[;:\n]\s?|[.]\s)cap\s{TIER}(?:\s\((?:cu|moi)\))?\s?(?:,|\sva)\s?$"
)


def level_acting(
    source: CleanText, a: int, b: int
) -> tuple[RecognitionLevel | None, tuple[int, int]] | None:
    """The level that begins the item at ``a``-``b`` before its verb, with its span.

    "trong đó cấp tỉnh khen thưởng 12 tập thể": the province level commended them; but
    "cấp huyện (cũ) và cấp xã khen thưởng 1.240 tập thể" is of no one level, nor is "cấp
    thành phố" or "cấp trường" (the level ``None``, its words said).
    """
    folded = source.folded
    acted = _LEVEL_THEN_VERB.match(folded, a, b)
    if acted is None or verb_in(folded[acted.end(1) : b], 0, source) is None:
        return None
    if joined := _LEVELS_JOINED.search(folded, max(0, a - 24), a):
        return None, (joined.start() + joined[0].index("cap"), acted.end(1))  # no one level
    return RecognitionLevel._lookup(acted.group(1)), acted.span(1)
