"""Tables copied as plain text: lines of cells split by tabs, bars or runs of spaces.

A report's table of results ("STT | Đơn vị | Số mô hình đăng ký | Số được công nhận")
often reaches danvan as lines of cells. Its numbers are cells of a grid, whose meaning
is in the header, not in the words around them: the prose rules of
:func:`~danvan.find_figures` do not read them (a row's "1  Xã Gia Hòa  12  10" is no
count of communes); each cell is read by its column's header and its row's label instead
(``_table_figures``), as those of HTML tables (``_html_tables``) and of tables copied
one cell a line (``_stacked_tables``) are. :func:`~danvan.draft_report` says where each
table it could not read is, so that its figures are typed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = [
    "EMPTY",
    "GROUP_ORDER",
    "NUMBER_CELL",
    "Cell",
    "Grid",
    "grids",
    "line_above",
    "text_tables",
]

#: A cell's words, and their start and end in the text.
Cell = tuple[str, int, int]

_LINE = re.compile(r"[^\n]+")
# Between the cells of a row: a tab, a bar, or a run of three or more spaces.
_CELL_BREAK = re.compile(r"\t|\s*\|\s*| {3,}")
#: A cell that is a number: "1.126", "90,4", "45%".
NUMBER_CELL = re.compile(r"[0-9][0-9.,]*%?")
#: A cell that holds nothing.
EMPTY = frozenset(("", "-", "–", "—", "x"))
#: The order of a row that heads a group of rows, its subtotal: "I", "II", "A".
GROUP_ORDER = re.compile(r"[IVX]{1,5}|[A-H]")
_MARKS = " \t*_"  # around a cell's words: spaces, and Markdown's bold and italics
# The line under a Markdown table's header: "|---|:---:|".
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
# A row has at least this many cells, this many of them numbers, and at most this many
# cells of words (a unit's name, a model's): not a sentence spaced out by a PDF's
# justified lines ("Toàn tỉnh có   1.200   mô hình,   trong đó   45 …").
_ROW_CELLS = 3
_ROW_NUMBERS = 2
_ROW_WORDS = 2


def text_tables(text: str) -> list[tuple[int, int]]:
    """The spans of the tables ``text`` holds as lines of cells, header lines included.

    A row is a line of at least three cells split by tabs, bars or runs of spaces, two
    of them numbers and at most two of them words; a table is one or more rows in a row,
    with the line of cells just above them that holds no number (its header), if any.
    """
    tables: list[tuple[int, int]] = []
    if "\t" not in text and "|" not in text and "   " not in text:
        return tables  # no line of cells
    header: tuple[int, int] | None = None
    for line in _LINE.finditer(text):
        row = line.group()
        if "\t" not in row and "|" not in row and "   " not in row:
            header = None
            continue
        if _SEPARATOR.fullmatch(row):
            continue  # under a Markdown table's header: the header still heads the rows
        cells = [c.strip("*_ ") for c in _CELL_BREAK.split(row.strip()) if c.strip("*_ ")]
        numbers = sum(1 for c in cells if NUMBER_CELL.fullmatch(c) or GROUP_ORDER.fullmatch(c))
        words = len(cells) - numbers
        # two columns, split by a tab or a bar, not spaces: a label and its number ("Kinh
        # tế | 64"), or their header
        two = len(cells) == 2 and ("\t" in row or "|" in row)
        pair = two and numbers == 1 and NUMBER_CELL.fullmatch(cells[1]) is not None
        row_like = (len(cells) >= _ROW_CELLS and numbers >= _ROW_NUMBERS) or pair
        goes_on = bool(tables) and tables[-1][1] + 1 == line.start() and numbers and len(cells) > 1
        if (row_like or goes_on) and words <= _ROW_WORDS:  # "\tTổng cộng\t42" after the rows
            start = header[0] if header is not None else line.start()
            if header is None and tables and text.count("\n", tables[-1][1], start) <= 1:
                start = tables.pop()[0]  # the next row of the same table
            tables.append((start, line.end()))
            header = None
        else:
            header = line.span() if (len(cells) >= _ROW_CELLS or two) and not numbers else None
    return tables


def _row_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the line ``text[start:end]``, each with its span in ``text``.

    Between tabs or bars an empty cell is kept (a total row's empty number column); a
    bar that opens or closes the line has no cell before or after it. Between runs of
    spaces no cell is empty.
    """
    line = text[start:end]
    cells: list[Cell] = []
    at = 0
    for gap in [*_CELL_BREAK.finditer(line), None]:
        a, b = at, len(line) if gap is None else gap.start()
        words = line[a:b]
        lead = len(words) - len(words.lstrip(_MARKS))  # "**Tổng cộng**": Markdown's bold
        kept = words.strip(_MARKS)
        cells.append((kept, start + a + lead, start + a + lead + len(kept)))
        at = b if gap is None else gap.end()
    if "\t" not in line and "|" not in line:
        return [cell for cell in cells if cell[0]]
    if line.lstrip().startswith("|") and cells and not cells[0][0]:
        cells.pop(0)
    if line.rstrip().endswith("|") and cells and not cells[-1][0]:
        cells.pop()
    return cells


@attrs.frozen
class Grid:
    """A table's rows of cells, its header first, and the words that head it.

    ``caption`` is the span of the line right above a text table, or of an HTML table's
    ``<caption>`` (else the paragraph before it): where a table says what it counts and
    when ("Kết quả xây dựng mô hình năm 2025:").
    """

    span: tuple[int, int]
    rows: list[list[Cell]]
    caption: tuple[int, int] | None
    #: The line of cells above the header that groups its columns, if any: "Số mô hình"
    #: over "Đăng ký" and "Công nhận"; a group's cell is empty under a merged one.
    groups: list[Cell] = attrs.field(factory=list)


def grids(text: str, tables: list[tuple[int, int]]) -> list[Grid]:
    """The grids of the text ``tables``, as :func:`text_tables` finds them."""
    return [_text_grid(text, a, b) for a, b in tables]


def _text_grid(text: str, start: int, end: int) -> Grid:
    """A text table's grid; the line above its header groups its columns if it lines up."""
    rows = [_row_cells(text, *line) for line in _lines(text, start, end)]
    above = line_above(text, start)
    if above is not None and not text[slice(*above)].strip():  # a blank line, then the table
        above = line_above(text, above[0]) if above[0] else None  # …under its caption
    if above is None or not rows or not any(c in text[slice(*above)] for c in "\t|"):
        return Grid((start, end), rows, _with_its_title(text, above))
    upper = _row_cells(text, *above)
    if len(upper) != len(rows[0]) or any(NUMBER_CELL.fullmatch(c[0]) for c in upper):
        return Grid((start, end), rows, above)
    return Grid((start, end), rows, line_above(text, above[0]), upper)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of cells in ``text[start:end]``: not blank, not a Markdown separator."""
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        if text[at:stop].strip() and not _SEPARATOR.fullmatch(text, at, stop):
            yield at, stop
        at = stop + 1


# A line of the unit its cells count in, under a table's title: "ĐVT: mô hình".
_UNIT_LINE = re.compile(r"(?i)\(?\s*(?:đvt|đơn vị tính)\s*:")


def _with_its_title(text: str, caption: tuple[int, int] | None) -> tuple[int, int] | None:
    """A caption in brackets, with the title on the line above it, which says what it counts.

    "Kết quả … mô hình … năm 2025" over "(Kèm theo Báo cáo số 86-BC/HU ngày 30/11/2025)";
    so over a line of the unit its cells count in: "ĐVT: mô hình".
    """
    words = text[slice(*caption)].strip() if caption is not None else ""
    aside = (words.startswith("(") and words.endswith(")")) or _UNIT_LINE.match(words)
    if caption is None or not aside or not caption[0]:
        return caption
    title = line_above(text, caption[0])
    return caption if title is None or not text[slice(*title)].strip() else (title[0], caption[1])


def line_above(text: str, start: int) -> tuple[int, int] | None:
    """The span of the line above the one ``start`` is on, if any: a table's caption."""
    end = text.rfind("\n", 0, start)
    return None if end < 0 else (text.rfind("\n", 0, end) + 1, end)
