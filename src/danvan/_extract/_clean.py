"""Report text as extraction reads it: cleaned, folded, and mapped back to the original.

Reports arrive as HTML or plain text, composed or decomposed, with odd spaces and dashes.
:class:`CleanText` drops tags, unescapes entities and composes to NFC, keeping for each
cleaned character where it came from, then folds the cleaned text one character for one
(:func:`danvan._text.fold_each`), so a match in the folded text has the offsets of the
same words in the cleaned text and, through the map, in the original.
"""

from __future__ import annotations

import bisect
import html
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator

from danvan._text import clean, fold_each

__all__ = ["CleanText", "Spans", "matches_at"]


class CleanText:
    """The cleaned text, its folded twin, and the map back to original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        # Per cleaned character: where it starts and ends in the original.
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        text = original
        if "<" in text or "&" in text or not unicodedata.is_normalized("NFC", text):
            text, self.starts, self.ends = _clean_slow(text)
        self.clean = clean(text)
        self.folded = fold_each(self.clean)
        self._found: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    def spans_of(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """The spans of ``pattern`` in the folded text, in order: found once per text."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = [m.span() for m in pattern.finditer(self.folded)]
        return found

    def spans_in(self, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
        """The spans of ``pattern`` that start from ``start`` up to (not at) ``end``."""
        found = self.spans_of(pattern)
        i = bisect.bisect_left(found, (start, -1))
        j = bisect.bisect_left(found, (end, -1), i)
        return found[i:j]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return (start, end)
        first = self.starts[start]
        return (first, self.ends[end - 1] if end > start else first)

    def at(self, original: int) -> int:
        """The offset in the cleaned (and folded) text of an offset in the original."""
        if self.starts is None:
            return original
        return bisect.bisect_left(self.starts, original)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def matches_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that begin where ``starts`` finds one.

    As ``pattern.finditer(text)`` gives them when every match of ``pattern`` begins where
    ``starts`` matches: a pattern that opens with a look-behind ("not after a letter")
    is tried at each character, and a ``starts`` that opens with a character class
    finds the few places worth trying many times faster.
    """
    last = 0
    for start in starts.finditer(text):
        if start.start() >= last and (found := pattern.match(text, start.start())) is not None:
            last = found.end()
            yield found


_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]{0,20}(?:[\s/][^<>]{0,2000})?|!--[^<>]{0,2000}--)>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = re.compile(f"{_TAG.pattern}|{_ENTITY.pattern}")
# Tags that end a line of text where they stand: paragraphs, breaks, items, rows, cells.
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote"
    r"|hr|dd|dt|dl|caption|tbody|thead)\b",
    re.IGNORECASE,
)


class Spans:
    """Spans already claimed, asked "does one cover this offset?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def covers(self, position: int) -> bool:
        i = bisect.bisect_right(self._spans, (position, sys.maxsize)) - 1
        return i >= 0 and self._spans[i][0] <= position < self._spans[i][1]


def _clean_slow(text: str) -> tuple[str, list[int], list[int]]:
    """Drop tags, unescape entities and compose to NFC, mapping each output char back.

    A tag that ends a line (a paragraph's, a break, a cell's) becomes a line's end.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _MARKUP.finditer(text):
        _plain(text, position, match.start(), out=out, starts=starts, ends=ends)
        token = match.group()
        value = html.unescape(token) if token.startswith("&") else ""
        if _BLOCK.match(token):  # "mô hình.</p><p>Năm 2025": two paragraphs, not one
            value = "\n"
        out.extend(value)
        starts.extend([match.start()] * len(value))
        ends.extend([match.end()] * len(value))
        position = match.end()
    _plain(text, position, len(text), out=out, starts=starts, ends=ends)
    starts.append(len(text))
    return "".join(out), starts, ends


def _plain(
    text: str, start: int, end: int, *, out: list[str], starts: list[int], ends: list[int]
) -> None:
    """Append ``text[start:end]`` composed to NFC, cluster by cluster."""
    chunk = text[start:end]
    if unicodedata.is_normalized("NFC", chunk):
        out.append(chunk)
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
        return
    cluster_start = start
    for i in range(start, end + 1):
        if i < end and i > cluster_start and unicodedata.combining(text[i]):
            continue
        if i > cluster_start:
            composed = unicodedata.normalize("NFC", text[cluster_start:i])
            out.append(composed)
            starts.extend([cluster_start] * len(composed))
            ends.extend([i] * len(composed))
        cluster_start = i
