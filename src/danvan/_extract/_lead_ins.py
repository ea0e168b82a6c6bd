"""The period a line that leads into a list gives the list's items.

"Trong 6 tháng đầu năm 2025, phường đã đạt được những kết quả sau:" over "- Đăng ký xây
dựng 36 mô hình mới;" and "- Công nhận 18 mô hình.": both are of the first half of 2025,
not of the report's whole year (nor of no period at all). A lead-in of a part of a year
without its year ("Trong 6 tháng đầu năm, phường đã:") gives its words, which a draft
reads in its own year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._heading_lines import date_the_counts
from danvan._extract._mentions import PeriodMention
from danvan._period_grammar import MONTHS

__all__ = ["periods_of_the_lead_ins"]

# An item of a list, on a line of its own: "- …", "+ …", "• …", "a) …", "1. …".
_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|[a-z]\)|[0-9]{1,2}[.)])[ \t]")
# A period a lead-in compares with, not its own: "… so với năm 2024:".
_COMPARED = re.compile(r"\b(?:so\svoi|cung\sky|hon)\s(?:cung\sky\s)?$")
# A part of a year without its year, opening the lead-in's clause: "Trong 6 tháng đầu năm, …".
_YEARLESS = re.compile(
    rf"(?m)(?:^|,\s)(?P<words>(?:trong\s)?(?:{MONTHS}\sthang\s(?:dau|cuoi)\snam|quy\s(?:iv|iii|ii|i|[1-4])))"
    r"(?!\s(?:nam\s)?(?:19|20)[0-9]{2}|/)\b"
)


def periods_of_the_lead_ins(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    periods: Sequence[PeriodMention],
    located: Sequence[tuple[int, int]],
) -> None:
    """Give the counts of the items under a lead-in line the period it names, in place.

    The lead-in ends with a colon and names one period of its own; its items are the
    lines right after it that open as items. Only counts that name no period of their own.
    """
    folded = source.folded
    if ":" not in folded:
        return
    found: dict[int, list[tuple[int, int, PeriodMention | None]]] = {}
    for (a, b), named in zip(located, periods, strict=True):
        line = folded.rfind("\n", 0, a) + 1
        if _leads_in(folded, line) and not _COMPARED.search(folded, max(0, a - 16), a):
            found.setdefault(line, []).append((a, b, named))
    for line in _lead_in_lines(folded):
        if line not in found and (
            yearless := _YEARLESS.search(folded, line, folded.find("\n", line))
        ):
            found[line] = [(*yearless.span("words"), None)]
    for line, said in found.items():
        if len(said) != 1:
            continue  # two periods of its own: which one the items are of is not said
        a, b, period = said[0]
        end = folded.find("\n", line)
        stop = end + 1
        own = _ITEM.match(folded, line)  # a lead-in that is an item itself: "- Năm 2025, …:"
        while (item := _ITEM.match(folded, stop)) is not None and (
            own is None or _kind(item[0]) != _kind(own[0])  # up to the next of its kind
        ):
            after = folded.find("\n", stop)
            stop = len(folded) if after < 0 else after + 1
        dated = None if period is None else period.period
        date_the_counts(source, mentions, spans, (a, b), period=dated, within=(end, stop))


def _leads_in(folded: str, line: int) -> bool:
    """Whether the line at ``line`` ends with a colon and an item opens the next line."""
    end = folded.find("\n", line)
    return (
        end > line
        and folded[line:end].rstrip(" \t").endswith(":")
        and bool(_ITEM.match(folded, end + 1))
    )


def _kind(mark: str) -> str:
    """The kind of an item's mark: its bullet, or how it is numbered ("1." and "2." alike)."""
    mark = mark.strip()
    if mark[0].isdigit():
        return f"0{mark[-1]}"
    return f"a{mark[-1]}" if mark[0].isalpha() else mark


_LINE_ENDS_WITH_A_COLON = re.compile(r":[ \t]*\n")


def _lead_in_lines(folded: str) -> list[int]:
    """Where each lead-in line starts: a line ending with a colon, over an item."""
    starts = []
    for colon in _LINE_ENDS_WITH_A_COLON.finditer(folded):
        line = folded.rfind("\n", 0, colon.start()) + 1
        if _leads_in(folded, line):
            starts.append(line)
    return starts
