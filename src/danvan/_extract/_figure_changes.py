"""Changes read before a number: "tăng 124 mô hình", "giảm 8", "ít hơn năm 2024 là 14".

A change is the difference a report states between two periods' counts, never a count
itself; it is read here, and linked to the count it changes elsewhere.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import DIFFERENCE, SENTENCE_END
from danvan._figures import Change

__all__ = [
    "a_bare_change",
    "bracketed_change",
    "change_before",
    "changes_the_one_before",
    "subject_changed_before",
]

# A change right before a number, "tăng (thêm)", "giảm"; in brackets after a count
# ("8.912 mô hình (tăng 1.234 mô hình …)") it is that count's change; so it is of every
# count listed after it: "tăng 12 mô hình và 18 điển hình", "tăng 12 và 18".
_CHANGE = re.compile(
    r"\b(tang|giam)\s(?:them\s)?(?P<listed>[0-9]+(?:[.,][0-9]+)*(?:\s(?!va\b)[a-z]+){0,3}(?:,|\sva)\s)*$"
)
_CHANGE_REACH = 60
_CHANGE_OF_THE_ONE_BEFORE = re.compile(r",\s(?:tang|giam)\s(?:them\s)?$")
_BRACKETED_CHANGE = re.compile(r"\(\s?(?:tang|giam)\s(?:them\s)?")


def change_before(source: CleanText, start: int) -> tuple[Change, int, int] | None:
    """The change the words right before ``start`` say, with their span: "tăng", "giảm".

    Not "tặng" (gave), which folds the same. So with a difference: "… năm 2025 ít hơn năm
    2024 là 14".
    """
    change = _CHANGE.search(source.folded, max(0, start - _CHANGE_REACH), start)
    if change is None:
        than = _THAN.search(source.folded, max(0, start - _CHANGE_REACH), start)
        way = "than" if than is not None and than["than"] else "way"
        return None if than is None else (_WAY[than[way]], *than.span(way))
    if source.clean[change.start(1) + 1] not in "ăĂiI":
        return None
    return Change.parse(change.group(1)), *change.span(1)


# A difference from another period's count: "ít hơn năm 2024 là 14", "ít hơn 94 … so với".
_THAN = re.compile(rf"\b(?:{DIFFERENCE}|(?P<than>(?:it|nhieu|cao|thap)\shon))\s?$")
_WAY = {
    **dict.fromkeys(("it hon", "thap hon", "giam"), Change.DECREASE),
    **dict.fromkeys(("nhieu hon", "cao hon", "tang"), Change.INCREASE),
}


def changes_the_one_before(folded: str, start: int) -> bool:
    """Whether the number at ``start`` follows ", tăng (thêm)", the change of the one before."""
    return _CHANGE_OF_THE_ONE_BEFORE.search(folded, max(0, start - 12), start) is not None


def a_bare_change(source: CleanText, start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a bare number is a change of the count before it, given in ``spans``.

    "1.208, tăng 96 so với …", "…, nhiều hơn năm 2024 là 57"; or a number after another
    after one change: "tăng 12 và 18".
    """
    folded = source.folded
    if not spans:
        return False
    than = _THAN.search(folded, max(0, start - _CHANGE_REACH), start)
    if changes_the_one_before(folded, start) or (than is not None and not than["than"]):
        return SENTENCE_END.search(folded, spans[-1][1], start) is None  # "…, nhiều hơn … là 57"
    change = _CHANGE.search(folded, max(0, start - _CHANGE_REACH), start)
    return change is not None and change["listed"] is not None


def bracketed_change(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` opens a bracket with a change: "(tăng "."""
    return _BRACKETED_CHANGE.fullmatch(folded, start, end) is not None


# A clause that says a subject changed, up to the semicolon before a change of it: "số mô
# hình được công nhận tăng đều qua các năm; (năm 2025) tăng 53 mô hình …".
_CHANGED_BEFORE = re.compile(
    r"\bso\s(?:luong\s)?(?:mo\shinh|dien\shinh)(?:,\s(?:mo|dien)\shinh)?"
    r"(?P<words>[^;.:\n0-9]{0,60}?)\s(?:deu\s|lien\stuc\s|tiep\stuc\s)?(?:tang|giam)\b"
    r"[^;.:\n0-9]{0,40};\s*$"
)


def subject_changed_before(source: CleanText, clause: int, start: int) -> tuple[int, int] | None:
    """The words of the subject said to change in the clause before ``clause``, if any.

    Only for a change at ``start`` (:func:`change_before`) with no subject of its own:
    "Số mô hình được công nhận tăng đều qua các năm; năm 2025 tăng 53 mô hình so với năm
    2021" are recognised.
    """
    if change_before(source, start) is None:
        return None
    said = _CHANGED_BEFORE.search(source.folded, max(0, clause - 160), clause)
    return None if said is None else said.span("words")
