"""The order a draft reads a text's mentions in: each total before its parts.

A figure needs the id of the figure it is a part of, or the share of: the parts listed
before their sum, the rows of a table above its total, a share written before its ratio
wait for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from danvan._extract._draft_shares import ratio_after
from danvan._extract._figure_mention import FigureMention, whole_of
from danvan._numbers import Percent

__all__ = ["totals_first"]


def totals_first(text: str, mentions: Sequence[FigureMention]) -> list[int]:
    """The mentions' indices in text order, but each total before its parts.

    "cấp cơ sở 1.245, cấp huyện 318, tổng cộng 1.563": the parts need their total's id (a
    count among a sum raised to after it, the sum's), and so do the rows of a group in a
    table, the group's row needing the table's total; a share right after such a part
    ("Kinh tế | 120 | 112 | 93,3" above "Tổng số") needs the part's, and a share right
    before its ratio in brackets ("đạt 91,5% (1.098/1.200 mô hình)") the ratio's.
    """

    def restated(i: int) -> int | None:  # the part a share right after it restates
        if mentions[i].part_of is None and i and isinstance(mentions[i].value, Percent):
            before = whole_of(mentions[i - 1])  # its total, or the sum of years it is among
            if before is not None and before > i - 1:
                return i - 1
        return ratio_after(text, mentions, i)

    def parent(i: int) -> int | None:  # its total, or the set it is among
        mention = mentions[i]
        return whole_of(mention)

    def follows(i: int) -> int | None:
        part = restated(i)
        return parent(i) if part is None else part

    def key(i: int) -> tuple[int, int, int]:
        part = restated(i)
        total = parent(i) if part is None else parent(part)
        return (total, 1, i) if total is not None and total > i else (i, 0, i)

    order: list[int] = []
    placed: set[int] = set()
    waiting: dict[int, list[int]] = {}  # the parts of a total not placed yet
    for i in sorted(range(len(mentions)), key=key):
        total = follows(i)
        if total is not None and total != i and total not in placed:
            waiting.setdefault(total, []).append(i)
            continue
        ready = [i]
        while ready:
            at = ready.pop(0)
            order.append(at)
            placed.add(at)
            ready[:0] = waiting.pop(at, [])
    order.extend(i for parts in waiting.values() for i in parts)  # a total never placed
    return order
