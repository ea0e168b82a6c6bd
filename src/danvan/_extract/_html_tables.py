"""HTML tables in report text: a grid's rows of cells, merged cells spread out.

A news page's table of results is HTML: rows (``<tr>``) of cells (``<td>``, ``<th>``), a
header cell merged across the columns it groups (``colspan``: "Số mô hình" over "Đăng
ký" and "Công nhận") or down the header's rows (``rowspan``: "TT", "Đơn vị"). Its
grid is read as a text table's is; a table that lays out a page (a table in a table,
cells of long text) is no grid, and its text is read as prose.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from danvan._extract._text_tables import NUMBER_CELL, Cell, Grid

__all__ = ["html_grids", "html_tables"]

# An HTML table, and a number in its text.
_HTML_TABLE = re.compile(r"<table\b.*?(?:</table\s*>|$)", re.IGNORECASE | re.DOTALL)
_HTML_NUMBER = re.compile(r">[^<]*[0-9]")


def html_tables(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the HTML tables in ``text`` that hold a number."""
    for table in _HTML_TABLE.finditer(text):
        if _HTML_NUMBER.search(table.group()):
            yield table.span()


# An HTML table's rows and cells, a cell's tags and what closes a paragraph before it.
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table|$)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b([^>]*)>(.*?)(?=<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_SPAN = re.compile(r"\b(row|col)span\s*=\s*[\"']?([0-9]{1,2})", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"</?(?:p|div|br|li|h[1-6]|table|tr|ul|ol)\b[^>]*>|\n", re.IGNORECASE)
_LONGEST_CELL = 120  # words longer than this are a page laid out in a table, no grid


def html_grids(text: str) -> Iterator[Grid]:
    """The HTML tables that are grids: two rows or more, each of as many short cells."""
    for table in _HTML_TABLE.finditer(text):
        if "<table" in table.group()[6:].lower():
            continue  # a table in a table: a page's layout
        start = table.start()
        rows = _spread(
            [
                [
                    (_html_cell(text, start + row.start(1) + cell.start(2), cell[2]), cell[1])
                    for cell in _CELL.finditer(row[1])
                ]
                for row in _ROW.finditer(table.group())
            ]
        )
        groups: list[Cell] = []
        if len(rows) > 2 and not any(NUMBER_CELL.fullmatch(c[0]) for c in [*rows[0], *rows[1]]):
            groups, rows = rows[0], rows[1:]  # a header of two rows: the upper groups
        if (
            len(rows) < 2
            or len({len(row) for row in rows}) != 1
            or len(rows[0]) < 2
            or any(len(cell[0]) > _LONGEST_CELL for row in rows for cell in row)
        ):
            continue
        caption = _CAPTION.search(table.group())
        above = _paragraph_before(text, start)
        span = above if caption is None else (start + caption.start(1), start + caption.end(1))
        yield Grid(table.span(), rows, span, groups)


def _html_cell(text: str, at: int, inner: str) -> Cell:
    """A cell's words without their tags, and the span of its content in ``text``."""
    words = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
    visible = [
        m.span() for m in re.finditer(r"[^\s<>]+", _TAG.sub(lambda t: " " * len(t[0]), inner))
    ]
    if not visible:
        return "", at, at
    return words, at + visible[0][0], at + visible[-1][1]


def _paragraph_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the last paragraph of words before ``start``, tags and all."""
    before = text[max(0, start - 400) : start]
    ends = [m.span() for m in _BLOCK_END.finditer(before)]
    bounds = [0, *(x for span in ends for x in span), len(before)]
    for a, b in zip(bounds[-2::-2], bounds[-1::-2], strict=False):
        if _TAG.sub("", before[a:b]).strip():
            return max(0, start - 400) + a, max(0, start - 400) + b
    return None


def _spread(rows: list[list[tuple[Cell, str]]]) -> list[list[Cell]]:
    """The rows with each merged cell spread over the columns and rows it covers.

    A cell merged across columns is its words in the first and empty in the others (a
    group's cell); one merged down rows is its words in each (a header's "Đơn vị").
    """
    spread: list[list[Cell]] = []
    below: dict[int, tuple[Cell, int]] = {}  # a column's cell from a row above, rows left
    for row in rows:
        line: list[Cell] = []
        queue = list(row)
        while queue or any(column >= len(line) for column in below):
            column = len(line)
            if column in below:
                cell, left = below.pop(column)
                if left > 1:
                    below[column] = (cell, left - 1)
                line.append(cell)
                continue
            if not queue:  # a gap before a cell from above, further right
                line.append(("", 0, 0))
                continue
            cell, attributes = queue.pop(0)
            merged = {kind.lower(): int(n) for kind, n in _SPAN.findall(attributes)}
            down, across = max(1, merged.get("row", 1)), max(1, merged.get("col", 1))
            for k in range(across):
                covered = cell if k == 0 else ("", cell[2], cell[2])
                if down > 1:
                    below[column + k] = (covered, down - 1)
                line.append(covered)
        if line:
            spread.append(line)
    return spread
