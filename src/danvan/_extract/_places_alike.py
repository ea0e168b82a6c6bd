"""A name before a count beside another unit's count is a unit's name too.

"…, tiêu biểu là Hà Nội hơn 5.000 mô hình, Thành phố Hồ Chí Minh 4.800 mô hình": the
second names its kind, so the first, a name alone set before its count the same way, is
a place too; its count is Hà Nội's, not the whole country's.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import SENTENCE_END
from danvan._extract._places_listed import name_before
from danvan._extract._unit_kinds import a_unit_named

__all__ = ["places_named_alike"]


def places_named_alike(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Name the place of a count that a name alone opens, beside a unit's count, in place."""
    for i, mention in enumerate(mentions):
        if mention.place_words is not None or mention.category is not None:
            continue
        if not any(_a_unit_beside(source, mentions, spans, i, j) for j in (i - 1, i + 1)):
            continue
        named = name_before(source, spans[i][0])
        if named is not None:
            words = words_at(source, *named)
            evidence = {**mention.evidence, "place_words": words}
            mentions[i] = attrs.evolve(mention, place_words=words[0], evidence=evidence)


def _a_unit_beside(
    source: CleanText,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    i: int,
    j: int,
) -> bool:
    """Whether count ``j``, in the sentence of count ``i``, is a unit's named with its kind."""
    place = mentions[j].place_words if 0 <= j < len(mentions) else None
    if place is None or mentions[j].unit_of_measure is not mentions[i].unit_of_measure:
        return False
    a, b = (spans[j][1], spans[i][0]) if j < i else (spans[i][1], spans[j][0])
    return a_unit_named(place) and not SENTENCE_END.search(source.folded, a, b)
