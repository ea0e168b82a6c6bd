"""Bodies' counts beside the area's total: the lines of blocs before it, or after it.

"a) Khối Đảng: đăng ký 56 mô hình, …", "b) Khối chính quyền: đăng ký 214 mô hình, …",
then "Toàn huyện đăng ký 270 mô hình, …": each bloc's count is a part of the total when
they add up to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._cells import adds_up, dimension, exact
from danvan._extract._figure_mention import FigureMention, a_cell_of, verb_said
from danvan._numbers import Percent
from danvan._text import fold

__all__ = ["bodies_beside_their_total"]


# A total of bodies named as many: "Tổng cộng các đoàn thể đăng ký 35 mô hình".
_MANY = re.compile(r"cac\s")
# The lines of bodies read back from a total after them, no more; and how far back.
_MOST_LINES, _LINES_REACH = 40, 2000


def bodies_beside_their_total(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Link the bodies' counts on the lines right before an area's total, or after it.

    In place. "a) Khối Đảng: đăng ký 56 mô hình, …", "b) Khối chính quyền: đăng ký 214 mô
    hình, …", then "Toàn huyện đăng ký 270 mô hình, công nhận 250 mô hình": each bloc's
    count of the act, when they add up to it; so are the bodies' before a total of them
    ("Tổng cộng các đoàn thể …"), and the levels' before "Tổng cộng: đăng ký …". The
    lines before are read back to the first count that names no cell; the lines after
    ("Toàn tỉnh đăng ký 1.320 mô hình, …" over "2.1. Ủy ban MTTQ tỉnh: đăng ký 126 mô
    hình, …") on to the first such count.
    """
    for i, total in enumerate(mentions):
        if (
            exact(total) is None
            or not (total.category is None or _MANY.match(fold(total.category)))
            or (total.part_of, total.subset_of, total.change) != (None, None, None)
            or not verb_said(total)
        ):
            continue
        for parts in (
            _bodies_before(folded, mentions, spans, i),
            _bodies_after(folded, mentions, spans, i),
        ):
            if len(parts) >= 2 and adds_up(mentions, parts, i):
                whole = (total.text, total.span)
                for j in parts:
                    evidence = {**mentions[j].evidence, "part_of": whole}
                    mentions[j] = attrs.evolve(mentions[j], part_of=i, evidence=evidence)
                first = mentions[parts[0]]
                if total.period is None and "period" in first.evidence:  # the parts' heading's
                    evidence = {**total.evidence, "period": first.evidence["period"]}
                    mentions[i] = attrs.evolve(total, period=first.period, evidence=evidence)
                break


def _bodies_before(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> list[int]:
    """The cells' counts of total ``i``'s act and unit before it, back to one of no cell.

    Cells of bodies, or of levels: "+ Cấp tỉnh: đăng ký 48 mô hình, công nhận 45 mô hình;"
    … then "Tổng cộng: đăng ký 1.462 mô hình, …". The total's own line (its other acts'
    totals) is passed over.
    """
    total, parts = mentions[i], list[int]()
    line = folded.rfind("\n", max(0, spans[i][0] - _LINES_REACH), spans[i][0])
    if line < 0:
        return parts
    for j in range(i - 1, max(-1, i - 1 - _MOST_LINES), -1):
        part = mentions[j]
        if spans[j][0] > line or _its_own(part, j):
            continue
        if dimension(part) is None or spans[i][0] - spans[j][1] > _LINES_REACH:
            break
        if (part.measure, part.unit_of_measure) != (total.measure, total.unit_of_measure) or (
            part.period != (total.period or part.period)  # a total of no period: the parts'
        ):
            continue  # the bodies' other acts: "…, đã công nhận 52 mô hình"
        if (parts and part.period != mentions[parts[0]].period) or not a_cell_of(part, total):
            return []
        if (part.part_of, part.subset_of) != (None, None) or exact(part) is None:
            return []
        parts.append(j)
    return parts


def _bodies_after(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> list[int]:
    """The cells' counts of total ``i``'s act and unit on the lines after it.

    On to one of no cell; past its own line, the counts of other things, and each line's
    own parts.
    """
    total, parts = mentions[i], list[int]()
    line = folded.find("\n", spans[i][1], spans[i][1] + _LINES_REACH)
    if line < 0:
        return parts
    for j in range(i + 1, min(len(mentions), i + 1 + _MOST_LINES)):
        part = mentions[j]
        if spans[j][0] < line or part.unit_of_measure != total.unit_of_measure:
            continue  # its line's other acts; "…; tổ chức 86 công trình thanh niên"
        if isinstance(part.value, Percent) or part.change is not None:
            continue
        if parts and _its_own(part, j):  # a line's own parts: "(tập thể 38, cá nhân 26)"
            continue
        if dimension(part) is None or spans[j][0] - spans[i][1] > _LINES_REACH:
            break
        if part.measure != total.measure or part.period not in (None, total.period):
            continue  # the bodies' other acts: "…, công nhận 118 mô hình"
        if (part.part_of, part.subset_of) != (None, None) or exact(part) is None:
            return []
        if (parts and part.period != mentions[parts[0]].period) or not a_cell_of(part, total):
            return []
        parts.append(j)
    return parts


def _its_own(part: FigureMention, j: int) -> bool:
    """Whether count ``j`` is a line's own part or change, not a cell of the total after.

    "- Khối Đảng: đăng ký 64 mô hình (tập thể 38, cá nhân 26)", "…, tăng 15 mô hình".
    """
    return part.change is not None or any(
        k is not None and k < j for k in (part.part_of, part.subset_of)
    )
