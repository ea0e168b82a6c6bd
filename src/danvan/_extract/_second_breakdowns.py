"""Which total a list's item breaks down, when its list is not the one it follows.

A second list of the same total, by another dimension ("…; chia theo lĩnh vực: 19 …"),
and a part of the total of its own act ("… đăng ký 288 mô hình, công nhận 262 mô hình;
trong đó khối Đảng đăng ký 28 …, công nhận 25 …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._cells import dimension
from danvan._extract._figure_mention import FigureMention, verb_said

__all__ = ["second_breakdown"]


def second_breakdown(
    folded: str,
    mention: FigureMention,
    start: int,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
) -> FigureMention:
    """A list after a semicolon that breaks down the total again, by another dimension.

    "112 mô hình, trong đó 27 … cấp tỉnh, 85 … cấp thị xã; chia theo lĩnh vực: 19 …":
    the 19 is a part of the 112, not of the 85 before it.
    """
    before = mentions[mention.part_of] if mention.part_of is not None else None
    if before is not None and mention.part_of is not None and before.part_of is None:
        return _of_its_own_act(folded, mention, mentions, spans, mention.part_of)
    if before is None or before.part_of is None or mention.part_of is None:
        return mention
    if ";" not in folded[spans[mention.part_of][1] : start]:
        return mention
    if dimension(mention) in (None, dimension(before)):
        return mention
    k = mention.part_of
    sibling = next(  # the item before it in its list: "…: khối … 9 mô hình; khối … 4 mô hình"
        (m for m in reversed(mentions[k + 1 :]) if k in (m.part_of, m.subset_of)), None
    )
    if sibling is not None and dimension(sibling) == dimension(mention):
        return mention
    return attrs.evolve(mention, part_of=before.part_of)


def _of_its_own_act(
    folded: str,
    mention: FigureMention,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    total: int,
) -> FigureMention:
    """A part of the total of its own act, said right before the one its list follows.

    "… đăng ký 288 mô hình, công nhận 262 mô hình; trong đó khối Đảng đăng ký 28 mô
    hình, công nhận 25 mô hình; …": the 28 are of the 288, the 25 of the 262.
    """
    k, whole = total - 1, mentions[total]
    if k < 0 or not verb_said(mention) or mention.measure in (None, whole.measure):
        return mention
    other = mentions[k]
    if (
        other.measure == mention.measure
        and other.part_of is None
        and other.subset_of is None
        and other.unit_of_measure == whole.unit_of_measure
        and _JOINED_TOTALS.fullmatch(folded, spans[k][1], spans[total][0]) is not None
    ):
        return attrs.evolve(mention, part_of=k)
    return mention


# Between two totals of one clause, each of its act: "288 mô hình, công nhận 262".
_JOINED_TOTALS = re.compile(r"[^.;:()\n0-9]{0,20}?(?:,|\sva)\s[^.;:()\n0-9]{0,30}")
