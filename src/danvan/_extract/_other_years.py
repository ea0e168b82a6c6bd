"""A count that gives the value another year has of the count right before it.

"… 24 mô hình cấp tỉnh (năm 2024: 39 mô hình)", "(năm 2023: 5; năm 2024: 7)", "…, trong đó
năm 2023: 68 …; năm 2024: 72 …": the same quantity, of another year, with the count's
act and cell. Not the value heading a new sentence whose subject says its own act.
"""

from __future__ import annotations

import re

from danvan._extract._borrowed_nouns import YEAR_LABEL, year_labelled
from danvan._extract._figure_mention import FigureMention, whole_of
from danvan._extract._figure_words import ANOTHER_YEAR, SENTENCE_END, VERB_WORDS

__all__ = ["of_another_year", "whole_in_a_new_sentence"]

# The next item of a bracket of years' values: "; năm 2024: ", "… và năm 2025 có".
_NEXT_YEAR_ITEM = re.compile(rf"(?:\s?[;,]\s?(?:va\s)?|\sva\s){YEAR_LABEL}")


def of_another_year(folded: str, before_span: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` is the value of another year of the one before it.

    In brackets after it, or after "so với năm 2024 (" (see :func:`_another_years_value`);
    or the next item of a list of years' values.
    """
    if _another_years_value(folded, (before_span[1], span[0]), span[1]):
        return True
    return _NEXT_YEAR_ITEM.fullmatch(folded, before_span[1], span[0]) is not None and (
        ANOTHER_YEAR.search(folded, max(0, before_span[0] - 80), before_span[0]) is not None
        or year_labelled(folded, before_span[0])
    )


def _another_years_value(folded: str, between: tuple[int, int], end: int) -> bool:
    """Whether a count is the value of another year of the count before it.

    "… cấp tỉnh (năm 2024: 39 …", "… so với năm 2024 (" (``between`` is the span of the
    words between them). Not one heading a new sentence whose subject says its own act:
    "… đăng ký 1.198 mô hình. So với năm 2024 (1.169 mô hình), số mô hình được công nhận
    giảm 49" (``end`` is where the count ends): the 1.169 were recognised.
    """
    said = ANOTHER_YEAR.fullmatch(folded, *between)
    if said is None:
        return False
    return not (SENTENCE_END.search(said[0]) and _SUBJECT_ACTS.match(folded, end))


# The subject after the bracket of the value compared, with its act: "), số mô hình được
# công nhận …".
_SUBJECT_ACTS = re.compile(
    r"[^()\n]{0,40}?\),\s(?:tong\s)?so\s(?:luong\s)?(?:mo\shinh|dien\shinh)(?:,\s?dien\shinh)?"
    rf"\s(?:[a-z]+\s){{0,3}}?(?:da\s)?(?:duoc\s)?(?:{VERB_WORDS})\b"
)


def whole_in_a_new_sentence(
    folded: str, before: FigureMention, mentions: list[FigureMention], between: tuple[int, int]
) -> FigureMention:
    """The count a new sentence's value of another year is the value of: the last one's.

    The last sentence's whole, not its last item's cell: "…, trong đó cấp xã 752. So với
    năm 2024 (1.169 mô hình), số mô hình được công nhận giảm 49" gives the 1.120's value
    (``between`` is the span of the words between the two counts).
    """
    whole = whole_of(before)
    if whole is None or not SENTENCE_END.search(folded, *between):
        return before
    return mentions[whole]
