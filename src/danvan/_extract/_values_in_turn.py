"""Values of another period a report gives in turn to the counts before them.

"… đã công nhận 1.126 mô hình, 654 điển hình; con số này năm 2024 lần lượt là 1.048 và
602": the 1.048 are the models recognised in 2024 and the 602 the exemplars, each the
same quantity as the count before it in its turn, in another period; so in brackets:
"… 654 điển hình (năm 2024 lần lượt là 1.048 và 602)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._extract._change_links import the_quantity_of
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_nouns import noun_after
from danvan._extract._figure_words import FULL_STOP
from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = [
    "Noun",
    "clause_start",
    "counts_in",
    "counts_in_turn",
    "value_in_turn",
    "years_in_turn",
]

#: A noun: its span, unit, kind and holder.
Noun = tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None]

# The words between a clause's start and "lần lượt" (or "tương ứng") that say its numbers
# are the counts before, in another period: "con số này năm 2024", "năm 2024", "cùng kỳ
# năm trước", "đến năm 2025 con số này", "đến năm 2025, các con số (tương ứng)".
_THESE = r"(?:cac\s)?(?:con\sso|so\slieu)(?:\s(?:nay|do|tren|tuong\sung))?"
_ANOTHER_PERIOD = (
    r"(?:den\s)?(?:(?:nam\s)?(?:19|20)[0-9]{2}|nam\struoc"
    r"|cung\sky(?:\snam\s(?:truoc|(?:19|20)[0-9]{2}))?)"
)
_OF_ANOTHER_PERIOD = re.compile(
    rf"\s?(?:{_THESE}\s(?:(?:cua|o|trong)\s)?{_ANOTHER_PERIOD}"
    rf"|{_ANOTHER_PERIOD}(?:\s?,?\s{_THESE})?)\s?,?\s?"
)
_CLAUSE = re.compile(rf"{FULL_STOP}|[;:\n]|\((?!(?:cu|moi)\))")  # not "1.215", nor "(cũ)"
_NUMBER = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*")
_REACH = 160


def clause_start(folded: str, at: int, reach: int = _REACH) -> int:
    """Where the clause that ``at`` ends starts, at most ``reach`` characters back."""
    a = max(0, at - reach)
    for stop in _CLAUSE.finditer(folded, a, at):
        a = stop.end()
    return a


def counts_in(folded: str, a: int, b: int) -> list[tuple[int, Noun]]:
    """The counts in ``folded[a:b]``, each its number's start and its noun.

    "320 mô hình và 145 điển hình": two counts, of models and of exemplars.
    """
    counts = []
    for number in _NUMBER.finditer(folded, a, b):
        end, unit, kind, holder = noun_after(folded, number.end())
        noun = folded[number.end() : end].strip()
        if unit is not None and noun and end <= b:
            counts.append((number.start(), ((end - len(noun), end), unit, kind, holder)))
    return counts


def counts_in_turn(folded: str, marker: int, numbers: int) -> list[tuple[int, Noun]] | None:
    """The counts before a run whose values of another period it gives, in turn.

    ``marker`` is where the run's "lần lượt" starts and ``numbers`` how many numbers the
    run has. Each count is its number's start and its noun; ``None`` unless the words
    before the marker say another period and the clause before counts as many things.
    """
    a = clause_start(folded, marker)
    if a == 0 or not _OF_ANOTHER_PERIOD.fullmatch(folded, a, marker):
        return None
    b = a - 1  # the semicolon or the bracket
    counts = counts_in(folded, clause_start(folded, b), b)
    return counts if len(counts) == numbers else None


def value_in_turn(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    i: int,
    *,
    marker: int,
    numbers: Sequence[tuple[int, int]],
) -> FigureMention | None:
    """The mention ``i`` as its count's quantity in turn, if its run gives it so.

    ``marker`` is where the run's "lần lượt" starts, ``numbers`` the spans of its numbers.
    """
    counts = counts_in_turn(folded, marker, len(numbers))
    if counts is None:
        return None
    at = counts[[a for a, _ in numbers].index(spans[i][0])][0]
    k = next((k for k, (a, _) in enumerate(spans) if a == at), None)
    return None if k is None else the_quantity_of(mentions[i], mentions[k])


# A list's subject that gives its counts year by year, and a range of years after the run.
_EACH_YEAR = re.compile(r"\bcac\snam\b")
_RANGE = (
    r"(?:tu\s)?(?:nam\s)?(?P<first>(?:19|20)[0-9]{2})\s?(?:-|–|den)\s?"
    r"(?:nam\s)?(?P<last>(?:19|20)[0-9]{2})\b"
)
_RANGE_AFTER = re.compile(r"[^.;\n0-9]{0,30}?\(?" + _RANGE)
_RANGE_BEFORE = re.compile(r"\b" + _RANGE)  # "Từ năm 2021 đến năm 2025, … lần lượt là …"
_REVIEW_REACH = 3000  # how far back the years of the review a text is of are read


def years_in_turn(
    folded: str, end: int, count: int, a: int, b: int
) -> tuple[int, tuple[int, int]] | None:
    """The first year of ``count`` counts in turn, one a year, and the span that says so.

    ``a:b`` is the clause before the counts' marker, ``end`` where the last count ends.

    "Số mô hình … qua các năm lần lượt là 245, 268, 291, 304 và 326 mô hình (từ năm 2021
    đến năm 2025)", "Từ năm 2021 đến năm 2025, số mô hình … lần lượt là 980, …, 1.352":
    as many years as counts; "qua các năm" alone, the last range of years named before.
    """
    said = _RANGE_BEFORE.search(folded, a, b)  # "Từ năm 2021 đến năm 2025, … lần lượt là …"
    if said is None and _EACH_YEAR.search(folded, a, b) is not None:
        said = _RANGE_AFTER.match(folded, end, end + 80)
        # …or the years of the review the text is of, named before: "BÁO CÁO TỔNG KẾT …
        # GIAI ĐOẠN 2021 - 2025 … qua các năm lần lượt là 45, 52, 61, 58 và 49"
        said = said or max(
            _RANGE_BEFORE.finditer(folded, max(0, a - _REVIEW_REACH), a),
            key=re.Match.start,
            default=None,
        )
    if said is None:
        return None
    first, last = int(said["first"]), int(said["last"])
    if last - first + 1 != count:
        return None
    return first, (said.start("first"), said.end("last"))
