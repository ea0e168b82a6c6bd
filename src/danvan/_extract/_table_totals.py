"""A table whose column breaks down a count the prose gives right above it.

"Năm 2025, toàn huyện có 215 mô hình được công nhận, …" over a table "Lĩnh vực | Số mô
hình" whose rows (kinh tế 86, văn hóa - xã hội 74, …) add up to 215: each row's count is
a cell of the 215, as the items of a list after it would be. A table with a total row of
its own that gives that count again ("Tổng cộng | 215") counts what the count does, when
its headers say no act: its rows are the recognised models of each field, of 2025.
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from danvan._counts import Count
from danvan._extract._cells import dimension, exact
from danvan._extract._figure_mention import FigureMention, verb_said
from danvan._measures import MODEL_UNITS, UnitOfMeasure

__all__ = ["columns_under_a_total"]

# How far above a table the count it breaks down may be.
_REACH = 600


def columns_under_a_total(mentions: list[FigureMention], from_tables: Collection[int]) -> None:
    """Link the rows of each table that add up to a count right above it, in place.

    ``from_tables`` are the indices of the mentions read from tables. Only rows that are
    no part yet, each of a cell of one kind, of the count's measure, unit and period; the
    count is the nearest of the prose above that they add up to exactly, or its total,
    and is broken down by no other list of that kind.
    """
    i = 0
    while i < len(mentions):
        if i not in from_tables:
            i += 1
            continue
        j = i
        while j < len(mentions) and j in from_tables:
            j += 1
        _under_a_total(mentions, list(range(i, j)))
        i = j


def _under_a_total(mentions: list[FigureMention], run: list[int]) -> None:
    first = run[0]
    if first == 0:
        return
    if any(mentions[k].part_of is not None for k in run):
        _total_row_said_above(mentions, run)
        _kinds_said_above(mentions, run)
        return
    start = mentions[first].span[0]
    above = [k for k in range(first - 1, -1, -1) if mentions[k].span[1] >= start - _REACH]
    wholes = dict.fromkeys([*above, *(mentions[k].part_of for k in above)])
    left = list(run)  # a column each total: "Lĩnh vực | Đăng ký | Công nhận"
    for total in (t for t in wholes if t is not None):
        for acted in (True, False):  # its act's column, or else a column of no act
            parts = [k for k in left if _of_the_same(mentions[k], mentions[total], acted=acted)]
            if _linked(mentions, total, parts):
                left = [k for k in left if k not in parts]
                break


def _linked(mentions: list[FigureMention], total: int, parts: list[int]) -> bool:
    """Link ``parts`` to ``total`` in place if they are cells of one kind adding up to it."""
    whole = mentions[total]
    kinds = {dimension(mentions[k]) for k in parts}
    if len(parts) < 2 or len(kinds) != 1 or None in kinds:
        return False
    values = [exact(mentions[k]) for k in parts]
    if None in values or exact(whole) != sum(v or 0 for v in values):
        return False
    (kind,) = kinds
    if any(m.part_of == total and dimension(m) == kind for m in mentions):
        return False  # broken down by that kind already
    words = (whole.text, whole.span)
    for k in parts:
        part = _acted_as(mentions[k], whole)  # "Số mô hình" of the recognised above
        evidence = {**part.evidence, "part_of": words}
        mentions[k] = attrs.evolve(part, part_of=total, evidence=evidence)
    return True


def _of_the_same(part: FigureMention, whole: FigureMention, *, acted: bool) -> bool:
    """Whether a table's count counts what the prose's count does, in its period.

    ``acted``: by the same act; or else a count of models that says no act ("Số mô
    hình"), which counts what the count of models above does if it adds up to it.
    """
    acts = (
        part.measure == whole.measure
        if acted
        else part.measure == "models"
        and not verb_said(part)
        and whole.measure not in (None, "models")
    )
    return (
        isinstance(part.value, Count)
        and part.subset_of is None
        and part.change is None
        and acts
        and part.unit_of_measure == whole.unit_of_measure
        and part.period in (None, whole.period)
        and whole.change is None
    )


def _acted_as(mention: FigureMention, said: FigureMention) -> FigureMention:
    """A table's count of no act, as of the act (and the period) of the count above."""
    acted = said.evidence.get("measure")
    if verb_said(mention) or mention.measure == said.measure or acted is None:
        return mention
    evidence = {**mention.evidence, "measure": acted}
    period = mention.period
    if period is None and said.period is not None and "period" in said.evidence:
        period, evidence["period"] = said.period, said.evidence["period"]
    return attrs.evolve(mention, measure=said.measure, period=period, evidence=evidence)


def _total_row_said_above(mentions: list[FigureMention], run: list[int]) -> None:
    """A table's counts of no act take those of the count above its total row gives again.

    "Năm 2025, toàn huyện có 214 mô hình, điển hình được công nhận. Kết quả cụ thể như
    sau:" over "Lĩnh vực | Số mô hình | Tỷ lệ (%)" and its "Tổng cộng | 214 | 100": each
    count of the table that says no act, and its share, is of the recognised, in 2025,
    in place. Only a total row of the table's own, of models, and the nearest count
    above of that value, of models and of no cell.
    """
    start = mentions[run[0]].span[0]
    totals = {m.part_of for k in run if (m := mentions[k]).part_of is not None}
    for total in sorted(t for t in totals if t in run):
        row = mentions[total]
        value = exact(row)
        above = next(
            (
                k
                for k in range(run[0] - 1, -1, -1)
                if mentions[k].span[1] >= start - _REACH and exact(mentions[k]) == value
            ),
            None,
        )
        if value is None:
            continue
        if above is None or verb_said(row) or row.unit_of_measure not in MODEL_UNITS:
            continue
        said = mentions[above]
        if (
            not verb_said(said)
            or said.unit_of_measure not in MODEL_UNITS
            or said.change is not None
            or dimension(said) is not None
            or said.part_of is not None
            or row.period not in (None, said.period)
        ):
            continue
        for k in run:
            if mentions[k].measure in (None, row.measure):
                mentions[k] = _acted_as(mentions[k], said)


_KINDS = {UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS}


def _kinds_said_above(mentions: list[FigureMention], run: list[int]) -> None:
    """A table's totals of models and of exemplars, the cells of a count of both above.

    "Năm 2025, toàn tỉnh có 1.458 mô hình, điển hình … được công nhận" over "Cấp công nhận
    | Số mô hình | Số điển hình" and its "Tổng | 1.081 | 377": each total is the count's
    cell of its kind, in place; a table that says no act counts the count's act. Only the
    one pair of totals of the table's own, of one act, and the nearest count above of
    their sum, of both kinds and of no cell.
    """
    totals = sorted({m.part_of for k in run if (m := mentions[k]).part_of in run})
    kinds = [t for t in totals if t is not None and mentions[t].part_of is None]
    if len(kinds) != 2 or {mentions[t].unit_of_measure for t in kinds} != _KINDS:
        return
    measure, values = mentions[kinds[0]].measure, [exact(mentions[t]) for t in kinds]
    if None in values or mentions[kinds[1]].measure != measure:
        return
    start = mentions[run[0]].span[0]
    above = (k for k in range(run[0] - 1, -1, -1) if mentions[k].span[1] >= start - _REACH)
    both = UnitOfMeasure.MODELS_AND_EXEMPLARS
    said = next((k for k in above if exact(mentions[k]) == sum(v or 0 for v in values)), None)
    if said is None:
        return
    whole = mentions[said]
    acted = (
        measure == "models" and verb_said(whole) and not any(verb_said(mentions[k]) for k in run)
    )
    if (
        whole.unit_of_measure != both
        or (whole.measure != measure and not acted)
        or whole.change is not None
        or dimension(whole) is not None
        or whole.part_of is not None
    ):
        return
    if acted:  # "Kết quả có 1.702 mô hình, điển hình được công nhận, cụ thể như sau:" over
        for k in run:  # "Cấp | Số mô hình | Số điển hình": the recognised of each level
            if mentions[k].measure in (None, measure):
                mentions[k] = _acted_as(mentions[k], whole)
    for t in kinds:
        evidence = {**mentions[t].evidence, "part_of": (whole.text, whole.span)}
        mentions[t] = attrs.evolve(mentions[t], part_of=said, evidence=evidence)
