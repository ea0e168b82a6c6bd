"""The figures of a table in report text: each number read by its column and its row.

A table of results (in HTML, as lines of cells, or one cell a line; see
``_text_tables`` and ``_stacked_tables``) gives each number its meaning in two places.
The header of its column says what is counted and what was done, read as a sentence's
words are ("Số mô hình được công nhận" counts models recognised; a header of an act
alone, "Công nhận", is read after the cell grouping its column or the noun the caption
names). The label of its row says the cell: a field, a level, a holder, a year, a unit
(whose figures are that unit's), a body in the report's words, or the total ("Tổng
cộng", "Toàn tỉnh"). A row's number is a part of the total row's in its column when the
rows name cells of one kind, or of its group's row ("I | Khối Đảng"), or of its own row's
count when its column names a cell of it ("Tổng số | Kinh tế").

A column of shares ("Tỷ lệ (%)") gives each row's share, which a draft ties to the
row's counts that give it. What is not read is said, never dropped: a column whose
header names no count ("Ghi chú"), a cell that is no count, a row whose cells do not
line up with the header. A table with no header line, or with more than one column of
words, is left whole to the reader.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._figure_candidates import Unread
from danvan._extract._figure_mention import FigureMention
from danvan._extract._table_cells import IN_WHICH, CellColumn, cell_columns
from danvan._extract._table_labels import (
    A_YEAR,
    CHANGES,
    NOTES,
    ORDINAL,
    PLACES,
    caption_act,
    caption_noun,
    caption_period,
    label_act,
    label_column,
    noun_told_after,
    row_label,
    years_column,
)
from danvan._extract._table_values import cell_figure, moved, of_its_period, only_count
from danvan._extract._text_tables import EMPTY, GROUP_ORDER, NUMBER_CELL, Cell, Grid
from danvan._periods import Period
from danvan._text import fold

__all__ = ["table_figures"]

Reader = Callable[[str], list[FigureMention]]
Noun = tuple[str, int]  # a noun's words and where they start

_A_DIGIT = re.compile(r"[0-9]")
# The abbreviations a table's header may use, written out to be read.
_SHORT_FOR = {"MH": "mô hình", "ĐH": "điển hình", "SL": "số lượng"}
# A header's unit in brackets, which its cells count in: "Kinh phí huy động (triệu đồng)".
_UNIT_IN_BRACKETS = re.compile(
    r"(?P<name>[^()]*?[^\s(])\s*\((?P<unit>(?=[^()]*[^\W\d_])[^()%]{1,20})\)"  # words, "m2"
)
_ABBREVIATED = re.compile(r"\b(?:MH|ĐH|SL)\b")
# The cells a row's label may name, each of one kind; a total's parts are of one kind.
_KINDS = ("level", "fields", "holder", "place_words", "category")
# A header of shares: "Tỷ lệ (%)", "Tỷ lệ đạt", "%".
_SHARES = re.compile(r"\bty\sle\b|%")
_NO_COUNT = "a table's column whose header names no count: add its figures by hand"
_NO_COUNT_IN_ROW = "a table's row whose label names no count: add its figures by hand"
_NOT_IN_LINE = "a table's row whose cells do not line up with its header: add it by hand"


def table_figures(
    text: str, tables: Sequence[Grid], read: Reader
) -> tuple[list[FigureMention], list[Unread]]:
    """The figures of each table's cells, in order, and the cells not read.

    ``read`` reads a column's header as the words before a count: it is
    :func:`~danvan.find_figures`. ``part_of`` indices are within the list returned.
    """
    mentions: list[FigureMention] = []
    unread: list[Unread] = []
    for table in tables:
        if len(table.rows) < 2 or any(
            NUMBER_CELL.fullmatch(c[0]) and not A_YEAR.fullmatch(c[0]) for c in table.rows[0]
        ):
            continue  # no header line (a year heads a column): the draft says where it is
        header, rows = table.rows[0], table.rows[1:]
        labels = [
            i
            for i, cell in enumerate(header)
            if (label_column(rows, i, len(header)) or years_column(header, rows, i))
            and not (ORDINAL.fullmatch(fold(cell[0])) or NOTES.fullmatch(fold(cell[0])))
        ]
        if len(labels) != 1:
            continue  # a list of models or a grid of names: left whole to the reader
        first = len(mentions)
        grid = _Grid(text, header, rows, labels[0], table.caption, table.groups)
        mentions.extend(_shifted(m, first) for m in _read_table(grid, read, unread))
        period = caption_period(text, table.caption)  # "Kết quả … năm 2025:" above it
        if period is not None:
            mentions[first:] = [
                m
                if m.period is not None
                else attrs.evolve(m, period=period[0], evidence={**m.evidence, "period": period[1]})
                for m in mentions[first:]
            ]
    return mentions, unread


@attrs.frozen
class _Grid:
    """A table's text, its header's cells, its rows' cells and which column labels rows."""

    text: str
    header: list[Cell]
    rows: list[list[Cell]]
    label: int
    caption: tuple[int, int] | None
    groups: list[Cell]

    def meaning(self, cell: Cell, read: Reader, told: Noun | None = None) -> FigureMention | None:
        """What a header (or a row's label) says its numbers count: "Số mô hình đăng ký".

        A header of an act alone ("Công nhận") is read after the cell that groups its
        column ("Số mô hình"), after the noun the table's caption names, or after the
        noun ``told`` by the paragraph after the table (:func:`noun_told_after`).
        """
        written, a, b = cell
        if CHANGES.search(fold(written)):  # "Tăng/giảm", "So sánh": changes of no one way
            return None  # (their signs say which): left to the reader, who is told
        if _SHARES.search(fold(written)):  # "Tỷ lệ (%)", "Tỷ lệ công nhận": each cell a share
            shares = read("1%")  # of its row's counts, read as a bare share in any text
            return shares[0] if len(shares) == 1 else None
        bracket = _UNIT_IN_BRACKETS.fullmatch(written)  # "Kinh phí (triệu đồng)": of its cells
        name = written if bracket is None else bracket["name"]
        unit = "" if bracket is None else " " + bracket["unit"]
        words = _ABBREVIATED.sub(lambda short: _SHORT_FOR[short[0]], name)  # "Số MH"
        words = f"năm {words}" if A_YEAR.fullmatch(words) else words  # "| 2024 |"
        for before in (None, self._group(a), caption_noun(self.text, self.caption), told):
            said = "" if before is None else before[0] + " "
            found = only_count(read(f"{said}{words} là 1{unit}."))
            if found is not None:
                pieces = [(len(said), len(words), (a, a + len(name)), words == name)]
                if bracket is not None:
                    at = len(said) + len(words) + len(" là 1 ")
                    pieces.append((at, len(unit) - 1, (a + bracket.start("unit"), b), True))
                if before is not None:
                    pieces.append(
                        (0, len(before[0]), (before[1], before[1] + len(before[0])), True)
                    )
                return of_its_period(self._acted(moved(self.text, found, pieces), a), cell)
        return None

    def _acted(self, found: FigureMention, at: int) -> FigureMention:
        """A column of models by no act of its own, by the act its group or caption names.

        "Đăng ký" over "Mô hình | Điển hình" (the header cell at ``at``); "Số mô hình được
        công nhận năm 2025 theo lĩnh vực" over "Đơn vị | Kinh tế | …".
        """
        said = found.evidence.get("measure")
        if found.measure != "models" or said != found.evidence.get("noun"):
            return found
        group = self._group(at)
        acted = None if group is None else row_label(group[0]).get("measure")
        if acted is not None and group is not None:
            words = (group[0], (group[1], group[1] + len(group[0])))
            return attrs.evolve(found, measure=acted, evidence={**found.evidence, "measure": words})
        act = caption_act(self.text, self.caption) or label_act(*self.header[self.label][:2])
        if act is None:  # …or the header of its rows' labels: "Cấp công nhận"
            return found
        return attrs.evolve(found, measure=act[0], evidence={**found.evidence, "measure": act[1]})

    def under_in_which(self, cell: Cell) -> bool:
        """Whether a header cell is grouped under "Trong đó": a cell of the count before."""
        group = self._group(cell[1])
        return group is not None and IN_WHICH.fullmatch(fold(group[0])) is not None

    def _group(self, at: int) -> tuple[str, int] | None:
        """The words of the group over the header cell at ``at``, if the table has groups."""
        i = next((i for i, cell in enumerate(self.header) if cell[1] == at), None)
        if i is None or not self.groups:
            return None
        j = next((j for j in range(i, self.label, -1) if self.groups[j][0]), None)
        return None if j is None else (self.groups[j][0], self.groups[j][1])


def _read_table(
    grid: _Grid, read: Reader, unread: list[Unread], *, turned: bool = False
) -> list[FigureMention]:
    """The figures of one table's cells; ``part_of`` indices within the list returned.

    When no header names a count but rows' labels do ("Nội dung | Năm 2024 | Năm 2025"
    over "Số mô hình được công nhận | 164 | 187"), the table is read turned: each row a
    column, each header a row's label.
    """
    heads = {
        i: cell for i, cell in enumerate(grid.header) if i != grid.label and not _ordinal(grid, i)
    }
    under = {i: cell for i, cell in heads.items() if grid.under_in_which(cell)}  # "Trong đó"
    columns: dict[int, FigureMention] = {}  # over "Cấp tỉnh | Cấp huyện": cells, read below
    told = functools.cache(
        lambda: noun_told_after(grid.text, grid.header, grid.rows, grid.label, read)
    )
    for i, cell in heads.items():  # an act alone: by the noun the paragraph after gives
        column = None if i in under else grid.meaning(cell, read)
        if column is None and i not in under and "measure" in row_label(cell[0]) and told():
            column = grid.meaning(cell, read, told())
        if column is not None:
            columns[i] = column
    named = {**heads, **{i: (f"Trong đó: {c[0]}", c[1], c[2]) for i, c in under.items()}}
    cells_of = cell_columns(named, columns)  # "Tổng số | Kinh tế | Văn hóa - xã hội"
    alone = bool(columns) and any(only_count(read(f"{cell[0]} là 1.")) for cell in heads.values())
    if not turned and not alone and _rows_count(grid, read):  # no header says it alone
        return _read_table(_turned(grid, heads, unread), read, unread, turned=True)
    for i, cell in heads.items():
        if i not in columns and i not in cells_of and _has_a_number(grid, i):
            unread.append((cell[1], cell[2], _NO_COUNT_IN_ROW if turned else _NO_COUNT))
    return _linked(_rows_read(grid, columns, cells_of, unread))


def _rows_count(grid: _Grid, read: Reader) -> bool:
    """Whether most rows' labels say what is counted: "Số mô hình đăng ký | 120 | 86"."""
    labels = [row[grid.label][0] for row in grid.rows if len(row) > grid.label]
    counting = sum(1 for words in labels if only_count(read(f"{words} là 1.")) is not None)
    return 2 * counting > len(labels)


def _turned(grid: _Grid, heads: dict[int, Cell], unread: list[Unread]) -> _Grid:
    """The grid turned: its rows' labels the header, its columns' headers the labels."""
    lined = [cells for cells, _ in _lined_rows(grid, unread)]
    header = [grid.header[grid.label], *(cells[grid.label] for cells in lined)]
    turned = [[head, *(cells[i] for cells in lined)] for i, head in heads.items()]
    return _Grid(grid.text, header, turned, 0, grid.caption, [])


def _rows_read(
    grid: _Grid,
    columns: dict[int, FigureMention],
    cells_of: dict[int, CellColumn],
    unread: list[Unread],
) -> list[tuple[int, dict[str, Any], FigureMention]]:
    """Each row's figures: the column, what the row's label says, the figure.

    A row numbered "I", "II" or "A" heads a group: the rows numbered under it are its
    parts. A column's cells of the row's count are parts of that count.
    """
    places = PLACES.fullmatch(fold(grid.header[grid.label][0])) is not None
    found: list[tuple[int, dict[str, Any], FigureMention]] = []  # column, row's cell, figure
    order = next((i for i in range(len(grid.header)) if _ordinal(grid, i)), None)
    group: dict[int, int] = {}  # each column's figure in the row of the group the rows are in
    for cells, name in _lined_rows(grid, unread):
        said = row_label(name[0])
        if places and "total" not in said:  # "Xã, thị trấn | …": each row a unit's
            said = {"place_words": name[0]}
        heads_a_group = order is not None and GROUP_ORDER.fullmatch(cells[order][0]) is not None
        if heads_a_group or "total" in said:
            group = {}
        whole, row = None, {}  # the row's first figure; each column's figure in the row
        for i, column in columns.items():
            figure = cell_figure(column, cells[i], name, said, unread)
            if figure is not None:
                whole = len(found) if whole is None else whole
                row[i] = len(found)
                if i in group:  # "1 | Ban Tổ chức" under "I | Khối Đảng": part of the group's
                    figure = attrs.evolve(figure, part_of=group[i])
                if heads_a_group:
                    group[i] = len(found)
                found.append((i, said, figure))
        for i, (column, cell_said, of) in cells_of.items():
            figure = cell_figure(column, cells[i], name, said, unread)
            if figure is not None:  # a cell of the row's count: part of it, not of the column's
                head = grid.header[i]
                evidence = {
                    **figure.evidence,
                    **dict.fromkeys(cell_said, (head[0], (head[1], head[2]))),
                }
                total = row.get(of, whole) if of is not None else whole
                figure = attrs.evolve(figure, evidence=evidence, part_of=total, **cell_said)
                found.append((i, said, figure))
    return found


def _has_a_number(grid: _Grid, i: int) -> bool:
    """Whether a cell of column ``i`` holds a number, alone or in words ("Có 2 mô hình")."""
    return any(len(row) > i and _A_DIGIT.search(row[i][0]) for row in grid.rows)


def _ordinal(grid: _Grid, i: int) -> bool:
    """Whether column ``i`` numbers the rows: headed "TT", "STT", or unheaded with 1, 2, 3."""
    heads = [grid.header[i][0], *([grid.groups[i][0]] if grid.groups else [])]
    if any(ORDINAL.fullmatch(fold(words)) for words in heads):
        return True
    if any(heads):
        return False
    numbers = [row[i][0] for row in grid.rows if len(row) == len(grid.header) and row[i][0]]
    return len(numbers) > 1 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _shifted(mention: FigureMention, first: int) -> FigureMention:
    """``mention`` with its links pointing ``first`` further on."""
    if mention.part_of is None and mention.subset_of is None:
        return mention
    part_of, subset_of = (
        None if k is None else first + k for k in (mention.part_of, mention.subset_of)
    )
    return attrs.evolve(mention, part_of=part_of, subset_of=subset_of)


def _linked(found: list[tuple[int, dict[str, Any], FigureMention]]) -> list[FigureMention]:
    """Each row's figure a part of its column's total, when the rows name cells of one kind.

    The total of rows that are years is of all of them ("Năm 2024", "Năm 2025", "Tổng"),
    and each year's count is among it, as a year's count is among a sum of years in prose.
    """
    totals = {i: k for k, (i, said, _) in enumerate(found) if "total" in said}
    kinds = {kind for _, said, _ in found for kind in _KINDS if kind in said}
    periods: list[Period] = [said["period"] for _, said, _ in found if "period" in said]
    mentions = []
    for k, (i, said, figure) in enumerate(found):
        total = totals.get(i)
        if total == k and periods and not kinds:
            last = max(p.end or p.start for p in periods)
            years = Period(start=min(p.start for p in periods), end=last)
            mentions.append(attrs.evolve(figure, period=years))
        elif (
            total is not None
            and total != k
            and len(kinds) == 1
            and not periods
            and figure.part_of is None  # a cell of its row's own count is its part already
            and isinstance(figure.value, Count)  # a share is no part of the total's share
        ):
            mentions.append(attrs.evolve(figure, part_of=total))
        elif (
            total is not None
            and total != k
            and "period" in said
            and not kinds
            and (figure.part_of, figure.subset_of) == (None, None)
            and isinstance(figure.value, Count)
            and isinstance(found[total][2].value, Count)
        ):
            sum_of = found[total][2]
            evidence = {**figure.evidence, "subset_of": (sum_of.text, sum_of.span)}
            mentions.append(attrs.evolve(figure, subset_of=total, evidence=evidence))
        else:
            mentions.append(figure)
    return mentions


def _lined_rows(grid: _Grid, unread: list[Unread]) -> Iterator[tuple[list[Cell], Cell]]:
    """Each row's cells under the header's columns, and its label; a row out of line said."""
    for row in grid.rows:
        cells = _lined_up(row, len(grid.header), grid.label)
        if cells is None:
            unread.append((row[0][1], row[-1][2], _NOT_IN_LINE))
        else:
            yield cells, cells[grid.label]


def _lined_up(row: list[Cell], width: int, label: int) -> list[Cell] | None:
    """The row's cells under the header's ``width`` columns, its label at ``label``.

    A row with fewer cells lacks those before its label (a total row's "TT") or, failing
    that, those after its numbers (an empty "Ghi chú"); a label merged over the columns
    before it ("Tổng cộng" across "TT" and "Đơn vị") is moved to its column. ``None``
    when the row does not line up.
    """
    missing = [("", 0, 0)] * (width - len(row))
    if len(row) > width:
        return None
    for padded in ([*missing, *row], [*row, *missing]) if missing else (row,):
        cells = padded
        if not cells[label][0] and cells[0][0] and not any(c[0] for c in cells[1:label]):
            cells = [cells[label], *cells[1:label], cells[0], *cells[label + 1 :]]
        words = cells[label][0]
        if words not in EMPTY and (not NUMBER_CELL.fullmatch(words) or A_YEAR.fullmatch(words)):
            return cells  # a label of words, or a year's
    return None
