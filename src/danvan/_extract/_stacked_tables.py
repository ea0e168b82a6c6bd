"""Tables copied one cell a line: the header's cells, then each row's, one under another.

A table copied out of a word processor or a PDF often loses its grid and keeps its cells,
one a line::

    TT
    Lĩnh vực
    Số mô hình đăng ký
    1
    Kinh tế
    498

Read as prose, its numbers are bare numbers on lines of their own. Here a run of short
lines is taken for a table when some of its first lines (the header, two cells or more,
no bare number among them) and the rest, cut into rows of as many cells, line up: in each
column the cells are all numbers or all words, and each row holds a number. A total row
with no cell for its order number ("Tổng cộng" right after the last row's cells) lines up
too, and so does an empty cell left as a blank line. What does not line up is still a
table, whose numbers the draft says are not read.
"""

from __future__ import annotations

import re

from danvan._extract._text_tables import NUMBER_CELL, Cell, Grid, line_above

__all__ = ["stacked_grids"]

_BARE = re.compile(r"(?m)^[ \t]*[0-9][0-9.,]*%?[ \t]*$")
_MAX_CELL = 60  # longer lines are prose
_SENTENCE = re.compile(r"[.:;,]$")  # a line that ends as prose does: no cell
_MAX_COLUMNS = 8
_MIN_COLUMNS = 3  # two lines a row are too like prose with page numbers between
# A number in a label, besides a year: "Toàn tỉnh có 1.200 mô hình" is prose, no label.
_NUMBER_IN_WORDS = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]")


def stacked_grids(text: str) -> list[Grid]:
    """The tables in ``text`` written one cell a line.

    ``rows`` is empty for a run of lines, mostly numbers, that does not line up: a table
    whose numbers the draft says are not read.
    """
    if _BARE.search(text) is None:
        return []
    grids = []
    for block in _blocks(text):
        numbers = sum(1 for cell in block if NUMBER_CELL.fullmatch(cell[0]))
        if numbers < 2:
            continue
        grid = _lined_up(text, block)
        if grid is not None:
            grids.append(grid)
        elif numbers >= 3 and 2 * numbers >= len(block):  # mostly numbers: a table all the same
            grids.append(Grid((block[0][1], block[-1][2]), [], None))
    return grids


def _blocks(text: str) -> list[list[Cell]]:
    """Runs of short lines that may be cells; a blank line inside one is an empty cell."""
    blocks: list[list[Cell]] = []
    run: list[Cell] = []
    at = 0
    for line in text.split("\n"):
        a, b = at, at + len(line)
        at = b + 1
        words = line.strip()
        if not words:
            if run:
                run.append(("", a, a))
            continue
        if (
            len(words) > _MAX_CELL
            or "\t" in line
            or (_SENTENCE.search(words) and not NUMBER_CELL.fullmatch(words))
        ):
            blocks.append(run)
            run = []
            continue
        lead = len(line) - len(line.lstrip())
        run.append((words, a + lead, a + lead + len(words)))
    blocks.append(run)
    return [_trimmed(block) for block in blocks if block]


def _trimmed(block: list[Cell]) -> list[Cell]:
    while block and not block[-1][0]:
        block = block[:-1]
    return block


def _lined_up(text: str, block: list[Cell]) -> Grid | None:
    """The grid the block's lines make, its header the widest that lines its rows up."""
    leading = next((i for i, cell in enumerate(block) if NUMBER_CELL.fullmatch(cell[0])), 0)
    for width in range(min(leading, _MAX_COLUMNS), _MIN_COLUMNS - 1, -1):
        for start in range(leading - width + 1):
            header = block[start : start + width]
            if any(not cell[0] for cell in header):
                continue
            rows = _rows(block[start + width :], width)
            if rows is not None:
                caption = line_above(text, header[0][1])
                return Grid((header[0][1], block[-1][2]), [header, *rows], caption)
    return None


def _rows(body: list[Cell], width: int) -> list[list[Cell]] | None:
    """The body cut into rows of ``width`` cells, if they line up."""
    if len(body) % width == width - 1:  # the total row has no cell for its order number
        last = len(body) - (width - 1)
        body = [*body[:last], ("", body[last][1], body[last][1]), *body[last:]]
    if len(body) % width or len(body) < 2 * width:
        return None
    rows = [body[i : i + width] for i in range(0, len(body), width)]
    if any(
        _NUMBER_IN_WORDS.search(cell[0]) and not NUMBER_CELL.fullmatch(cell[0])
        for row in rows
        for cell in row
    ):
        return None  # a sentence among the cells: prose
    for column in range(width):
        kinds = {bool(NUMBER_CELL.fullmatch(row[column][0])) for row in rows if row[column][0]}
        if len(kinds) > 1:
            return None  # numbers and words in one column: not lined up
    if any(not any(NUMBER_CELL.fullmatch(cell[0]) for cell in row) for row in rows):
        return None
    return rows
