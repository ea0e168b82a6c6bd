"""Tables in report text: HTML tables, and the rows of a table copied as plain text.

A report's table of results ("STT | Đơn vị | Số mô hình đăng ký | Số được công nhận")
often reaches danvan as lines of cells split by tabs, bars or runs of spaces. Its
numbers are cells of a grid, whose meaning is in the header, not in the words around
them: the prose rules of :func:`~danvan.find_figures` do not read them (a row's "1  Xã
Gia Hòa  12  10" is no count of communes); each cell is read by its column's header and
its row's label instead (``_table_figures``). :func:`~danvan.draft_report` says where each
table it could not read is, so that its figures are typed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["SEPARATOR", "html_tables", "row_cells", "text_tables"]

# An HTML table, whose cells find_figures does not read as figures.
_HTML_TABLE = re.compile(r"<table\b.*?(?:</table\s*>|$)", re.IGNORECASE | re.DOTALL)
_HTML_NUMBER = re.compile(r">[^<]*[0-9]")
_LINE = re.compile(r"[^\n]+")
# Between the cells of a row: a tab, a bar, or a run of three or more spaces.
_CELL_BREAK = re.compile(r"\t|\s*\|\s*| {3,}")
_NUMBER_CELL = re.compile(r"[0-9][0-9.,]*%?")
#: The line under a Markdown table's header: "|---|:---:|".
SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
# A row has at least this many cells, this many of them numbers, and at most this many
# cells of words (a unit's name, a model's): not a sentence spaced out by a PDF's
# justified lines ("Toàn tỉnh có   1.200   mô hình,   trong đó   45 …").
_ROW_CELLS = 3
_ROW_NUMBERS = 2
_ROW_WORDS = 2


def html_tables(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the HTML tables in ``text`` that hold a number."""
    for table in _HTML_TABLE.finditer(text):
        if _HTML_NUMBER.search(table.group()):
            yield table.span()


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
        if SEPARATOR.fullmatch(row):
            continue  # under a Markdown table's header: the header still heads the rows
        cells = [c for c in _CELL_BREAK.split(row.strip()) if c]
        numbers = sum(1 for c in cells if _NUMBER_CELL.fullmatch(c))
        words = len(cells) - numbers
        if len(cells) >= _ROW_CELLS and numbers >= _ROW_NUMBERS and words <= _ROW_WORDS:
            start = header[0] if header is not None else line.start()
            if header is None and tables and text.count("\n", tables[-1][1], start) <= 1:
                start = tables.pop()[0]  # the next row of the same table
            tables.append((start, line.end()))
            header = None
        else:
            header = line.span() if len(cells) >= _ROW_CELLS and not numbers else None
    return tables


def row_cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The cells of the line ``text[start:end]``, each with its span in ``text``.

    Between tabs or bars an empty cell is kept (a total row's empty number column); a
    bar that opens or closes the line has no cell before or after it. Between runs of
    spaces no cell is empty.
    """
    line = text[start:end]
    cells: list[tuple[str, int, int]] = []
    at = 0
    for gap in [*_CELL_BREAK.finditer(line), None]:
        a, b = at, len(line) if gap is None else gap.start()
        words = line[a:b]
        lead = len(words) - len(words.lstrip())
        cells.append((words.strip(), start + a + lead, start + a + lead + len(words.strip())))
        at = b if gap is None else gap.end()
    if "\t" not in line and "|" not in line:
        return [cell for cell in cells if cell[0]]
    if line.lstrip().startswith("|") and cells and not cells[0][0]:
        cells.pop(0)
    if line.rstrip().endswith("|") and cells and not cells[-1][0]:
        cells.pop()
    return cells
