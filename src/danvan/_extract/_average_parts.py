"""Parts listed after an average that add up to the total before it.

"Giai đoạn 2021 - 2025, toàn tỉnh có 12.456 mô hình …, bình quân mỗi năm gần 2.500 mô
hình; trong đó cấp tỉnh 312, cấp huyện 2.108, cấp xã 10.036": the list follows the
average, but its parts add up to the total, whose breakdown they are. Parts that add up
to nothing before stay the average's ("bình quân mỗi xã 12 mô hình, trong đó 3 …").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from danvan._extract._cells import exact, under_the_total
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import SENTENCE_END

__all__ = ["parts_past_an_average"]


def parts_past_an_average(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Link to the total before an average the parts of the average that add up to it."""
    parts: dict[int, list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        if mention.part_of is not None and mentions[mention.part_of].average_words is not None:
            parts[mention.part_of].append(i)
    for average, listed in parts.items():
        values = [exact(mentions[i]) for i in listed]
        if len(listed) < 2 or None in values:
            continue
        whole = sum(v for v in values if v is not None)
        total = _total_before(folded, mentions, spans, average, whole)
        if total is None:
            continue
        unlinked = [mentions[i] for i in listed]
        for i, part in zip(listed, under_the_total(unlinked, mentions[total], total), strict=True):
            mentions[i] = part


def _total_before(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    average: int,
    whole: int,
) -> int | None:
    """The count of the average's sentence, before it, of its unit and of value ``whole``."""
    unit = mentions[average].unit_of_measure
    for t in range(average - 1, -1, -1):
        if SENTENCE_END.search(folded, spans[t][1], spans[average][0]):
            return None
        total = mentions[t]
        if (
            total.part_of is None
            and total.subset_of is None
            and total.average_words is None
            and total.unit_of_measure == unit
            and exact(total) == whole
        ):
            return t
    return None
