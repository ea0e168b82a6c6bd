"""The figure of one cell of a table: its value, in its column's unit, and its meaning.

A cell's number counts what its column's header says, in the unit the header writes in
brackets ("Kinh phí huy động (triệu đồng)": "350" is 350 000 000 đồng); its row's label
gives its cell. The words that decided each are kept as evidence, at their place in the
text, though the header was read with words around it. A header that is a period alone
("Năm 2024 | Năm 2025") dates its column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from danvan._counts import Count, parse_count
from danvan._extract._figure_candidates import Unread
from danvan._extract._figure_mention import FigureMention
from danvan._extract._text_tables import EMPTY, Cell
from danvan._numbers import Percent, parse_number
from danvan._periods import Period
from danvan.exceptions import DanvanError

__all__ = ["cell_figure", "moved", "of_its_period", "only_count"]

_NOT_A_COUNT = "a table's cell that is no count: check it and add it by hand"


def only_count(found: list[FigureMention]) -> FigureMention | None:
    """The one count a header's words were read as, with what it measures and its unit."""
    if len(found) != 1:
        return None
    [mention] = found
    measured = mention.measure is not None and mention.unit_of_measure is not None
    return mention if measured and isinstance(mention.value, Count) else None


def moved(
    text: str, mention: FigureMention, pieces: list[tuple[int, int, tuple[int, int], bool]]
) -> FigureMention:
    """``mention`` with its evidence in ``text``, each piece read at ``at`` for ``length``.

    A piece read as written maps each word to its place in ``text``; one read with its
    abbreviations written out ("Số MH" as "Số mô hình") gives the span of the whole cell.
    """
    evidence = {}
    for name, (words, (a, b)) in mention.evidence.items():
        for at, length, (start, end), as_written in pieces:
            if at <= a and b <= at + length:
                if as_written:
                    evidence[name] = (words, (start + a - at, start + b - at))
                else:
                    evidence[name] = (text[start:end], (start, end))
                break
    return attrs.evolve(mention, evidence=evidence)


def _value(words: str, times: int) -> Count | None:
    """The count a cell's words give in its column's unit: "17,5" tỷ đồng is whole đồng."""
    try:
        if times == 1:
            return parse_count(words)
        number = parse_number(words)
    except DanvanError:
        return None
    if isinstance(number, (int, Decimal)) and number * times == int(number * times):
        return Count(int(number * times))
    return None  # a percentage, or a fraction of the unit


def _share(words: str) -> Percent | None:
    """The percentage a cell of a column of shares gives: "91,7", "100%"."""
    try:
        number = parse_number(words if words.endswith("%") else f"{words}%")
    except DanvanError:
        return None
    return number if isinstance(number, Percent) else None


def cell_figure(
    column: FigureMention, cell: Cell, name: Cell, said: dict[str, Any], unread: list[Unread]
) -> FigureMention | None:
    """The figure of one cell: its column's meaning, its row's cell; ``None`` if empty."""
    words, a, b = cell
    if words in EMPTY:
        return None
    if said.get("share"):  # a row of shares of a plan: "Tỷ lệ (%) | 103,8 | …"
        unread.append((a, b, _NOT_A_COUNT))
        return None
    if isinstance(column.value, Percent):  # "91,7" under "Tỷ lệ (%)"
        value: Count | Percent | None = _share(words)
    else:
        times = column.value.value if isinstance(column.value, Count) else 1  # "(triệu đồng)"
        value = _value(words, times)
    if value is None:
        unread.append((a, b, _NOT_A_COUNT))
        return None
    evidence = dict(column.evidence)
    evidence.update((k, (name[0], (name[1], name[2]))) for k in said if k != "total")
    attributes = {k: v for k, v in said.items() if k != "total"}
    if "level" in attributes and column.level is not None:
        attributes.pop("level")  # the header's level holds
    return attrs.evolve(
        column, span=(a, b), text=words, value=value, evidence=evidence, **attributes
    )


def of_its_period(found: FigureMention, cell: Cell) -> FigureMention:
    """A column's count of the period its header is alone: "Năm 2024 | Năm 2025"."""
    written, a, b = cell
    if found.period is not None or not any(c.isdigit() for c in written):
        return found
    try:
        period = Period.parse(written)
    except DanvanError:  # "Kinh tế", "Số mô hình đăng ký": no period
        return found
    return attrs.evolve(
        found, period=period, evidence={**found.evidence, "period": (written, (a, b))}
    )
