"""Where each character of a cleaned text comes from in the original, kept compactly."""

from __future__ import annotations

import bisect

__all__ = ["OffsetMap"]


class OffsetMap:
    """Where each cleaned character comes from, as stretches rather than one per character.

    A stretch is either copied (its characters at consecutive offsets of the original)
    or made (every character of an entity, a tag's line end, a run of spaces or a
    composed cluster comes from the one span it replaces). A text of a million
    characters with a few tags holds a few stretches, not two million offsets.
    """

    def __init__(self, length: int) -> None:
        self.length = length  # of the original
        self.size = 0  # of the cleaned text
        self._clean: list[int] = []  # where each stretch starts in the cleaned text
        self._start: list[int] = []  # where it starts in the original
        self._end: list[int] = []  # where it ends there
        self._copied: list[bool] = []

    def copy(self, start: int, end: int) -> None:
        """The original's ``start:end`` comes next, as it is."""
        if start >= end:
            return
        if self._copied and self._copied[-1] and self._end[-1] == start:
            self._end[-1] = end  # the stretch before goes on
        else:
            self._add(start, end, copied=True)
        self.size += end - start

    def make(self, count: int, start: int, end: int) -> None:
        """``count`` characters come next, each from the original's ``start:end``."""
        if count:
            self._add(start, end, copied=False)
            self.size += count

    def _add(self, start: int, end: int, *, copied: bool) -> None:
        self._clean.append(self.size)
        self._start.append(start)
        self._end.append(end)
        self._copied.append(copied)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the cleaned characters ``start:end`` come from in the original.

        One look-up for both ends when they lie in one stretch, as most spans do.
        """
        if start >= self.size:
            return (self.length, self.length)
        clean = self._clean
        k = bisect.bisect_right(clean, start) - 1
        first = self._start[k] + (start - clean[k]) if self._copied[k] else self._start[k]
        if end <= start:
            return (first, first)
        last = end - 1
        if k + 1 < len(clean) and last >= clean[k + 1]:
            k = bisect.bisect_right(clean, last, k + 1) - 1
        return (first, self._start[k] + (last - clean[k]) + 1 if self._copied[k] else self._end[k])

    def at(self, original: int) -> int:
        """The first cleaned character that starts at ``original`` or after it."""
        k = bisect.bisect_right(self._start, original) - 1
        if k < 0:
            return 0
        if original == self._start[k]:
            return self._clean[k]
        if self._copied[k] and original < self._end[k]:
            return self._clean[k] + (original - self._start[k])
        return self._clean[k + 1] if k + 1 < len(self._clean) else self.size
