"""A count whose share says what it is among: "… (126 mô hình, chiếm 42,3%)".

"Năm 2024, … công nhận 298 mô hình, điển hình. Các mô hình tập trung chủ yếu ở lĩnh vực
kinh tế (126 mô hình, chiếm 42,3%) và văn hóa - xã hội (94 mô hình, chiếm 31,5%)": the
126 say no act, but 126 out of 298 is 42,3%; they are the recognised models of that
field, a cell of the 298; a count of no cell is some of it ("… đóng góp 38% số mô hình,
với 968 mô hình"). The share is read as written (rounded or cut at its last digit); only
a total no other count of the text also fits is taken.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count, share_agrees
from danvan._extract._figure_grades import graded
from danvan._extract._figure_mention import FigureMention, a_cell_of, verb_said, whole_of
from danvan._extract._figure_words import SHARES_COUNT, counted_in
from danvan._numbers import Percent

__all__ = ["counts_of_their_share", "named_as_their_share"]

# Between a count and its share: "126 mô hình, chiếm 42,3%", "126 mô hình (42,3%)".
_ITS_SHARE = re.compile(r"[^.;:()\n0-9]{0,20}?(?:,\s|\s?\()(?:chiem\s(?:ty\sle\s)?|dat\s)?")
_REACH = 1500  # how far back a total is looked for


def _share_of(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> FigureMention | None:
    """The share written right after count ``i``, or right before it, if any."""
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        after is not None
        and isinstance(after.value, Percent)
        and _ITS_SHARE.fullmatch(folded, spans[i][1], spans[i + 1][0])
    ):
        return after
    before = mentions[i - 1] if i else None
    if (
        before is not None
        and isinstance(before.value, Percent)
        and whole_of(before) is None
        and SHARES_COUNT.fullmatch(folded, spans[i - 1][1], spans[i][0])
    ):
        return before
    return None


def counts_of_their_share(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Link each count of no act that its share says is among a total before, in place."""
    for i, part in enumerate(mentions):
        share = _share_of(folded, mentions, spans, i) if isinstance(part.value, Count) else None
        if (
            share is None
            or part.measure not in (None, "models")
            or verb_said(part)
            or whole_of(part) is not None
            or part.change is not None
            or graded(folded, spans[i][1])  # "571 mô hình đạt (94,7%)": a grade is no act's
        ):
            continue
        near = bisect.bisect_left(spans, (spans[i][0] - _REACH, 0), hi=i)  # within reach
        bases = {
            mentions[k].value: k
            for k in range(near, i)
            if isinstance(share.value, Percent) and _a_base(mentions[k], part, share.value)
        }
        if len(bases) != 1:
            continue  # no total, or several its share fits: none said
        (k,) = bases.values()
        total = mentions[k]
        cell = a_cell_of(part, total)  # a cell of it, or some of it: "…, với 968 mô hình"
        said = "part_of" if cell else "subset_of"
        evidence = {**part.evidence, said: (share.text, share.span)}
        if "measure" in total.evidence:
            evidence["measure"] = total.evidence["measure"]
        mentions[i] = attrs.evolve(
            part,
            measure=total.measure,
            part_of=k if cell else None,
            subset_of=None if cell else k,
            evidence=evidence,
        )


def _a_base(total: FigureMention, part: FigureMention, share: Percent) -> bool:
    """Whether ``share`` of ``total`` can be ``part``: a total of its things, of an act."""
    value = total.value
    return (
        isinstance(value, Count)
        and isinstance(part.value, Count)
        and value.is_exact
        and value.value > part.value.value
        and total.change is None
        and total.measure not in (None, "models")
        and verb_said(total)
        and whole_of(total) is None
        and counted_in(total.unit_of_measure, part.unit_of_measure)
        and (a_cell_of(part, total) or not _named(part))
        and share_agrees(share, part.value, value)
    )


def _named(part: FigureMention) -> bool:
    """Whether a count names a cell by its words, its total's or its own; not by its kind.

    Not "571 mô hình đạt (94,7%)" in a department's report, named for the department as its
    603 are: no cell of them, nor some of them the share says.
    """
    return any(getattr(part, n) for n in ("fields", "level", "holder", "category"))


def named_as_their_share(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give a count in brackets after its share the share's named cell, in place.

    "Có 96,8% mô hình được đánh giá đạt hiệu quả (2.389/2.468 mô hình)": the 2.389 are the
    models that did, not all the models there are.
    """
    for i in range(1, len(mentions)):
        share, count = mentions[i - 1], mentions[i]
        if (
            isinstance(share.value, Percent)
            and isinstance(count.value, Count)
            and share.category is not None
            and "category" in share.evidence
            and count.category is None
            and not verb_said(count)
            and folded[spans[i][0] - 2 : spans[i][0]].strip() == "("
            and SHARES_COUNT.fullmatch(folded, spans[i - 1][1], spans[i][0])
        ):
            evidence = {**count.evidence, "category": share.evidence["category"]}
            mentions[i] = attrs.evolve(count, category=share.category, evidence=evidence)
