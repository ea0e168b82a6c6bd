"""The quote a drafted figure carries: the sentence it is read from, or its table's row.

From HTML, the sentence as it reads (its tags dropped, its entities unescaped), and a
table cell's row with its cells as a text table writes them.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from danvan._extract._clean import CleanText
from danvan._sources import Source

__all__ = ["quoted"]


def quoted(text: str, span: tuple[int, int], source: Source) -> Source:
    """The source with the sentence around ``span`` as its quote.

    From HTML, the sentence as it reads: its tags dropped, its entities unescaped, and a
    paragraph's or a cell's end the end of its sentence; a table cell's, its row.
    """
    plain, (a, b) = text, span
    if (marked := _marked_up(text)) is not None:
        cleaned, rows = marked
        k = bisect.bisect_right(rows, (span[0], len(text))) - 1  # the row it may be in
        if k >= 0 and rows[k][1] >= span[1]:  # "<tr><td>Kinh tế</td><td>86</td></tr>"
            return attrs.evolve(source, quote=_row_text(text, *rows[k]), span=span)
        plain, a, b = cleaned.clean, cleaned.at(span[0]), cleaned.at(span[1])
    stop = plain.rfind(". ", 0, a)
    while stop > 0 and plain[stop - 1] in ".…" and plain[stop + 2 : b].lstrip()[:1].isdigit():
        stop = plain.rfind(". ", 0, stop - 1)  # the dots that lead a label to its value
    start = max(stop + 2 if stop >= 0 else 0, plain.rfind("\n", 0, a) + 1)
    ends = [i for i in (plain.find(". ", b), plain.find("\n", b)) if i >= 0]
    end = min(ends) + 1 if ends else len(plain)
    quote = " ".join(plain[start:end].split())
    return attrs.evolve(source, quote=quote, span=span)


_ROW = re.compile(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)


@functools.lru_cache(maxsize=1)
def _marked_up(text: str) -> tuple[CleanText, list[tuple[int, int]]] | None:
    """HTML's text cleaned and the spans of its table rows, once for all the quotes of a draft.

    ``None`` for plain text, whose quotes are read from it as it is.
    """
    if "<" not in text and "&" not in text:
        return None
    return CleanText(text), [row.span() for row in _ROW.finditer(text)]


def _row_text(text: str, start: int, end: int) -> str:
    """The cells of the HTML table row at ``start:end``, as a text table writes them."""
    return " | ".join(" ".join(CleanText(c).clean.split()) for c in _CELL.findall(text, start, end))
