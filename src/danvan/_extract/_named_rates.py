"""A share a rate named before it gives, on a line of its own, of the counts before it.

"- Số mô hình đăng ký: 412", "- Số mô hình được công nhận: 386", "- Tỷ lệ công nhận:
93,7%": the rate of recognition is the 386 out of the 412, as the numbers give it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._counts import Count, share_agrees
from danvan._extract._figure_mention import FigureMention
from danvan._numbers import Percent
from danvan._text import fold

__all__ = ["of_the_rate_named"]

# A rate of recognition named before a share: "Tỷ lệ (mô hình được) công nhận: 93,7%", "…
# trên (số) đăng ký đạt …": the recognised out of the registered.
_RATE_OF_RECOGNITION = re.compile(
    r"\bty\sle\s(?:(?:so\s)?mo\shinh\s)?(?:duoc\s)?(?:cong|xac)\snhan"
    r"(?:\s(?:tren|so\svoi)\s(?:so\s)?(?:mo\shinh\s)?dang\sky)?\s?(?::|\sla|\sdat)?\s?$"
)


def of_the_rate_named(
    text: str, mentions: Sequence[FigureMention], i: int, *, reach: int
) -> tuple[int, int] | None:
    """The recognised and the registered count share ``i`` is of, when a rate names it.

    The nearest of each before it, no farther than ``reach``, of one unit, of no total
    of their own, and only when their numbers give the share.
    """
    share, start = mentions[i], mentions[i].span[0]
    if not _RATE_OF_RECOGNITION.search(fold(text[max(0, start - 60) : start])):
        return None
    nearest: dict[str, int] = {}
    for k in range(i - 1, -1, -1):
        count = mentions[k]
        if start - count.span[1] > reach:
            break
        if _alone(count):
            nearest.setdefault(str(count.measure), k)
    part, whole = nearest.get("recognised"), nearest.get("registered")
    if part is None or whole is None:
        return None
    recognised, registered = mentions[part].value, mentions[whole].value
    agrees = (
        mentions[part].unit_of_measure == mentions[whole].unit_of_measure
        and isinstance(share.value, Percent)
        and isinstance(recognised, Count)
        and isinstance(registered, Count)
        and share_agrees(share.value, recognised, registered)
    )
    return (part, whole) if agrees else None


def _alone(count: FigureMention) -> bool:
    """Whether a mention is a plain count of its own: no part, change or ratio."""
    return (
        isinstance(count.value, Count)
        and count.unit_of_measure is not None
        and (count.part_of, count.subset_of, count.change, count.out_of) == (None,) * 4
    )
