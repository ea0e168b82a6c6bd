"""The columns of a table whose cells break down another column's count in their row.

"Xã | Tổng số mô hình | Kinh tế | Văn hóa - xã hội": each field's number is that cell of
the row's "Tổng số". "Xã | Đăng ký | Công nhận | Trong đó: cấp tỉnh": the last is a cell
of the column right before it, the models recognised.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._figure_mention import FigureMention
from danvan._extract._table_labels import row_label
from danvan._extract._text_tables import Cell
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = ["IN_WHICH", "CellColumn", "cell_columns"]

#: A column of cells: the meaning of the column it breaks down, the cell it names, and
#: that column's index when it is not the one column of all counts.
CellColumn = tuple[FigureMention, dict[str, Any], int | None]

_CELL_KINDS = ("level", "fields", "holder")
#: A header of the cells of the column before it: "Trong đó: cấp tỉnh", "Trong đó mô hình
#: mới"; or a group's "Trong đó" over them.
IN_WHICH = re.compile(r"\s*trong\sdo\s?:?\s*")


def cell_columns(
    heads: dict[int, Cell], columns: dict[int, FigureMention]
) -> dict[int, CellColumn]:
    """The columns headed by a cell ("Kinh tế", "Cấp xã") of another column's counts.

    Of the one column of all counts, whether a cell's header is read as a count of the
    field's models or names the field alone; or, headed "Trong đó: …", of the column
    right before it. Taken out of ``columns``; ``{}`` when there are none.
    """
    found = _in_which(heads, columns)
    plain = [
        i
        for i, c in columns.items()
        if i not in found and isinstance(c.value, Count) and not (c.fields or c.level or c.holder)
    ]
    if len(plain) == 1:
        whole = columns[plain[0]] = _of_both(heads[plain[0]], columns, plain[0])
        for i, cell in heads.items():
            column = columns.get(i)
            if i in found:
                continue
            if column is None:
                said = row_label(cell[0])  # "Kinh tế" alone: the cell of the column of all
                said = {k: v for k, v in said.items() if k in _CELL_KINDS}
            elif (
                i != plain[0]
                and column.measure == whole.measure
                and (column.unit_of_measure == whole.unit_of_measure)
            ):
                said = {k: getattr(column, k) for k in _CELL_KINDS if getattr(column, k)}
            elif (
                i != plain[0]
                and column.measure == whole.measure
                and whole.kind is None
                and (
                    column.unit_of_measure in _KINDS
                    and whole.unit_of_measure is UnitOfMeasure.MODELS_AND_EXEMPLARS
                )
            ):  # "Mô hình tập thể | Điển hình cá nhân | Cộng": each kind a cell of both
                said = {k: getattr(column, k) for k in _KIND_CELL if getattr(column, k)}
            else:
                continue
            if said:
                found[i] = (whole, said, plain[0])
    for i in found:
        columns.pop(i, None)
    return found


_KINDS = (UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS)
_KIND_CELL = ("unit_of_measure", "noun", "kind", *_CELL_KINDS)


def _of_both(head: Cell, columns: dict[int, FigureMention], i: int) -> FigureMention:
    """The column of all counts, of models and exemplars both when the others are of each.

    "Mô hình tập thể | Điển hình cá nhân | Cộng" under a caption of "mô hình": the
    "Cộng" has the caption's noun, not its own, and is the sum of both kinds.
    """
    whole = columns[i]
    kinds = {c.unit_of_measure for k, c in columns.items() if k != i}
    if (
        whole.unit_of_measure is not UnitOfMeasure.MODELS
        or kinds != set(_KINDS)
        or _A_NOUN.search(fold(head[0])) is not None
    ):
        return whole
    return attrs.evolve(
        whole,
        unit_of_measure=UnitOfMeasure.MODELS_AND_EXEMPLARS,
        noun="mô hình, điển hình",
        kind=None,
    )


_A_NOUN = re.compile(r"\b(?:mo|dien)\shinh\b")


def _in_which(heads: dict[int, Cell], columns: dict[int, FigureMention]) -> dict[int, CellColumn]:
    """The columns headed "Trong đó: <cell>", each of the column of counts right before it."""
    found: dict[int, CellColumn] = {}
    for i, cell in heads.items():
        opening = IN_WHICH.match(fold(cell[0]))
        if opening is None:
            continue
        before = max((k for k in columns if k < i and k not in found), default=None)
        if before is None or not isinstance(columns[before].value, Count):
            continue
        label = cell[0][opening.end() :]
        said = {k: v for k, v in row_label(label).items() if k in _CELL_KINDS}
        if said:
            found[i] = (columns[before], said, before)
    return found
