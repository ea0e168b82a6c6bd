"""The cell a line of its own gives the items under it: a period, a level, a field, a body.

"- Cấp tỉnh:" over "+ Đăng ký: 45 mô hình;" and "+ Công nhận: 40 mô hình.": both are of
the province level; so with "- Lĩnh vực kinh tế:" (the economy's) and "- Hội Nông dân
tỉnh:" (the Farmers' Union's, a cell in its words, not the area's); under "1. Huyện Kim
Sơn" they are that unit's. The items are marked alike ("+") under a heading marked
otherwise ("-") or not marked ("Cấp tỉnh:"). A period heads the lines up to the next
heading, a numbered line or a blank one ("1. Năm 2024" over "- Đăng ký: 286 mô hình.").
So a period that opens a sentence heads the sentences after it, up to its paragraph's
end: "Năm 2024, toàn tỉnh công nhận 420 mô hình. Các mô hình đã huy động 12 tỷ đồng."
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_verbs import words_at
from danvan._extract._list_items import LINES_UNDER
from danvan._extract._mentions import PeriodMention
from danvan._extract._patterns import LINE_NUMBER
from danvan._extract._unit_kinds import a_unit_named
from danvan._periods import Period
from danvan._vocabulary import Field, RecognitionLevel

__all__ = [
    "cells_of_the_heading_lines",
    "date_the_counts",
    "frames_its_paragraph",
    "opens_its_sentence",
    "periods_of_the_headings",
]

# A line that is nothing but a label, a colon after it or none: "- Cấp tỉnh:", "a) Hội
# Nông dân tỉnh"; and the mark that opens an item of a list ("-", "+", "a)", "1.").
_LABEL_LINE = re.compile(
    r"[ \t]*(?:[-+•*][ \t]*|[a-z0-9][.)][ \t]+)?(?P<label>[^\n:;,.0-9]{3,60}?)[ \t]*:?[ \t]*"
)
_MARK = re.compile(r"[ \t]*([-+•*]|[a-z0-9][.)])")
_NUMBER = r"[ \t]*(?:[ivx]{1,4}|[0-9]{1,2}|[a-z])[.)][ \t]"  # "3. ", "b) ", "II. "
_NUMBERED = re.compile(_NUMBER)
_NUMBERED_LABEL = re.compile(_NUMBER + r"[ \t]*(?P<label>[^\n:;.0-9]{3,80}?)[ \t]*:?[ \t]*")
_A_SUM = re.compile(r"[ \t]*(?:tong\scong|tinh\schung|cong\s|luy\ske|toan\s(?:tinh|huyen|xa))")


def cells_of_the_heading_lines(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give the counts of items under a heading line its level, field, body or place, in place.

    Only a cell the count names none of: "+ Công nhận cấp huyện: 12 mô hình" keeps its own.
    """
    folded = source.folded
    for i, (mention, (start, _)) in enumerate(zip(mentions, spans, strict=True)):
        heading = _heading_above(folded, folded.rfind("\n", 0, start) + 1)
        if heading is None:
            continue
        a, b = heading.span("label")
        words = source.clean[a:b]
        level, field = RecognitionLevel._lookup(words), Field._lookup(words)
        said = (words, source.span(a, b))
        if level is not None and mention.level is None and "level" not in mention.evidence:
            mentions[i] = _given(mention, said, level=level)
        elif field is not None and not mention.fields and mention.category is None:
            mentions[i] = _given(mention, said, fields=(field,))
        elif level is None and field is None and not mention.category and names_a_body(folded[a:b]):
            mentions[i] = _given(mention, said, category=words)
        elif mention.place_words is None and a_unit_named(words) and words.split()[1][0].isupper():
            mentions[i] = _given(mention, said, place_words=words)  # "1. Huyện Kim Sơn"


def _given(mention: FigureMention, said: tuple[str, tuple[int, int]], **cell: Any) -> FigureMention:
    """The mention with the cell a heading gives it, the heading's words as evidence."""
    evidence = {**mention.evidence, **dict.fromkeys(cell, said)}
    return attrs.evolve(mention, evidence=evidence, **cell)


def _heading_above(folded: str, line: int) -> re.Match[str] | None:
    """The heading line over the items marked alike that the line at ``line`` is one of.

    Or the numbered line over the unmarked lines of a paragraph: "3. Hội Nông dân tỉnh"
    over "Đăng ký 45 mô hình; công nhận 38 mô hình."
    """
    mark = _MARK.match(folded, line)
    for _ in range(LINES_UNDER if mark is None else 0):
        above = folded.rfind("\n", 0, line - 1) + 1
        if line == 0 or not folded[above : line - 1].strip() or _A_SUM.match(folded, line):
            return None  # the text's first line, a blank one over it, a line of totals
        if _NUMBERED.match(folded, above, line - 1):  # "a) Khối Đảng, Mặt trận và …"
            return _NUMBERED_LABEL.fullmatch(folded, above, line - 1)
        if _MARK.match(folded, above):
            return None
        line = above
    for _ in range(LINES_UNDER):
        if line == 0 or mark is None:
            return None
        above = folded.rfind("\n", 0, line - 1) + 1
        marked = _MARK.match(folded, above)
        if marked is not None and marked[1] == mark[1]:
            line = above  # one more item of the list
            continue
        return _LABEL_LINE.fullmatch(folded, above, line - 1)
    return None


# A line that is nothing but a period, numbered or not: "1. Năm 2024", "b) Năm 2025:",
# "II. NĂM 2025"; and where the lines it heads end: a blank line, the next numbered line,
# or a line of totals ("Tổng cộng 2 năm: …").
_NUMBERING = re.compile(LINE_NUMBER)
# The words of a caption before its period: "Kết quả đăng ký, công nhận mô hình "; no
# number, no comparison ("So với năm 2024:").
_CAPTION_BEFORE = re.compile(
    r"(?!so\svoi\b)[^\n0-9.;:]{3,100}(?<!so\svoi\s)(?<!cung\sky\s)(?<!hon\s)"
)
_HEADING_END = re.compile(
    r"\n[ \t]*\n|\n[ \t]*(?:(?:[ivx]{1,4}|[0-9]{1,2})[.)]\s|tong\scong|tinh\schung|cong\s|luy\ske)"
)


def periods_of_the_headings(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    periods: Sequence[PeriodMention],
    located: Sequence[tuple[int, int]],
) -> None:
    """Give the counts under a heading that is a period that period, when they name none.

    "1. Năm 2024" over "- Đăng ký: 286 mô hình.", then "2. Năm 2025" over "- Đăng ký: 312
    mô hình.": the 286 are of 2024, the 312 of 2025. A heading Markdown marks ("## Kết
    quả nổi bật năm 2025") reaches over blank lines to the next one it marks.
    """
    folded = source.folded
    headings = []
    marked = source.marked_headings  # "## Kết quả nổi bật năm 2025"
    for (a, b), period in zip(located, periods, strict=True):
        line, line_end = folded.rfind("\n", 0, a) + 1, folded.find("\n", b)
        numbered = _NUMBERING.match(folded, line)
        if line_end < 0 or numbered is None or folded[b:line_end].strip(" \t:"):
            continue  # the text's last line, or words after it: "Năm 2025, toàn xã …"
        heading = (  # "Kết quả … năm 2024:", "I. KẾT QUẢ NĂM 2024", "KẾT QUẢ 9 THÁNG NĂM 2025"
            folded[b:line_end].strip(" \t") == ":"
            or (folded[line : numbered.end()].strip() and source.clean[numbered.end()].isupper())
            or source.clean[line:line_end].isupper()
            or line in marked
        )
        if numbered.end() != a and not (
            heading and _CAPTION_BEFORE.fullmatch(folded, numbered.end(), a) is not None
        ):  # words before it, a caption's
            continue
        headings.append((line, a, b, period))
    for k, (line, a, b, period) in enumerate(headings):
        end = None if line in marked else _HEADING_END.search(folded, b + 1)
        stop = end.start() if end is not None else len(folded)
        if line in marked:  # Markdown's: up to the next heading it marks, blank lines over
            stop = next((m for m in marked if m > line), stop)
        if k + 1 < len(headings):  # "- Năm 2024:" … "- Năm 2025:": up to the next heading
            stop = min(stop, headings[k + 1][0])
        date_the_counts(source, mentions, spans, (a, b), period=period.period, within=(b, stop))


def date_the_counts(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    said: tuple[int, int],
    *,
    period: Period | None,
    within: tuple[int, int],
) -> None:
    """Give the counts in ``within`` that name no period of their own ``period``, in place.

    ``said`` is where its words are, their evidence; a ``period`` of ``None`` gives only
    the words, a part of a year without its year that a draft reads in its own.
    """
    first = bisect.bisect_right(spans, (within[0], -1))
    last = bisect.bisect_left(spans, (within[1], -1))
    for i in range(first, last):  # the counts in it, found in the sorted spans
        mention = mentions[i]
        if mention.period or mention.as_of or "period" in mention.evidence:
            continue
        evidence = {**mention.evidence, "period": words_at(source, *said)}
        mentions[i] = attrs.evolve(mention, period=period, evidence=evidence)


# A period that opens its sentence, after a word that links it to the one before or after
# whose words they are: "Năm 2024, …", "Theo đó, giai đoạn 2021 - 2025, …", "Trong năm
# 2025, …", "Theo đồng chí …, Trưởng Ban Dân vận Huyện ủy, năm 2024, …".
_OPENS = re.compile(
    r"(?:^|[.!?]\s|\n)(?:[a-z]+(?:\s[a-z]+)?,\s|theo\s[^,.;:\n]{1,80},\s(?:[^,.;:\n]{1,80},\s)?)?"
    r"(?:(?:trong|ca|rieng|(?:so|tong)\sket)\s)?$"  # "Sơ kết 6 tháng đầu năm 2025, …"
)
# Or ends the clause that opens it: "Thực hiện phong trào thi đua … giai đoạn 2021 - 2025, …".
_ENDS_AN_OPENING = re.compile(r"(?:^|[.!?]\s|\n)(?:qua\s)?(?:thuc\shien|trien\skhai)\s[^.!?\n;]*$")
# Or its years, in brackets after the words that count them: "Sau 5 năm thực hiện (".
_YEARS_OPEN = re.compile(
    r"(?:^|[.!?]\s|\n)(?:sau|qua|trong)\s(?P<years>[1-9][0-9]?)\snam(?:\s[a-z]+){0,3}\s\($"
)
_FROM_TO = re.compile(r"((?:19|20)[0-9]{2})\s?-\s?((?:19|20)[0-9]{2})")


def _years_of_the_opening(folded: str, a: int, b: int) -> bool:
    """Whether the years at ``a:b`` are in brackets after the words that count as many."""
    opening = _YEARS_OPEN.search(folded, max(0, a - 60), a)
    years = _FROM_TO.fullmatch(folded, a, b)
    return (
        opening is not None
        and years is not None
        and int(years[2]) - int(years[1]) + 1 == int(opening["years"])
    )


# A sentence that says a time of its own: to date, over years, a term; not the time a
# change is against ("So với cùng kỳ năm 2024, …").
_OWN_TIME = re.compile(
    r"\b(?:den\s(?:nay|het|thoi\sdiem)|hien\s(?:nay|co)|luy\ske|tinh\schung|tong\scong"
    r"|[0-9]+\snam|(?<!so\svoi\s)nam\s(?:nay|qua|truoc|toi)|giai\sdoan|nhiem\sky"
    r"|(?<!so\svoi\s)cung\sky|moi\snam)\b"  # not "…, tăng 20 so với năm trước": compared
)
_PARAGRAPH_REACH = 600


def opens_its_sentence(folded: str, a: int, b: int) -> bool:
    """Whether the period at ``a:b`` and its comma open a sentence or end its opening clause.

    "Năm 2024, …", "Trong năm 2025, …", "Thực hiện phong trào thi đua … giai đoạn 2021 -
    2025, …"; or its years in brackets: "Sau 5 năm thực hiện (2021 - 2025), …".
    """
    if folded.startswith("),", b):  # "Sau 5 năm thực hiện (2021 - 2025), …": its years
        return _years_of_the_opening(folded, a, b)
    return folded.startswith(",", b) and (
        _OPENS.search(folded, max(0, a - 180), a) is not None
        or _ENDS_AN_OPENING.search(folded, max(0, a - 160), a) is not None
    )


# A period that labels its paragraph, a colon after it: "2. Từ ngày 01/7/2025 đến nay: …",
# "Kết quả năm 2025: …".
_LABEL = re.compile(rf"(?:^|\n){LINE_NUMBER}(?:ket\squa\s(?:thuc\shien\s)?)?(?:trong\s)?$")


def frames_its_paragraph(folded: str, a: int, b: int, start: int) -> bool:
    """Whether the period at ``a:b`` opens a sentence and heads the count at ``start``.

    See :func:`opens_its_sentence`; or it labels the paragraph ("2. Năm 2025: …"). The
    count is in a later sentence of its paragraph, whose words say no time of its own
    ("Đến nay, …", "5 năm qua, …", "…, gấp 1,4 lần so với nhiệm kỳ trước").
    """
    labels = folded.startswith(":", b) and _LABEL.search(folded, max(0, a - 30), a) is not None
    if (
        start - b > _PARAGRAPH_REACH
        or "\n" in folded[b:start]
        or not (labels or opens_its_sentence(folded, a, b))
    ):
        return False
    sentence = max(folded.rfind(". ", b, start), folded.rfind("? ", b, start))
    ends = [e for e in (folded.find(". ", start), folded.find("\n", start)) if e >= 0]
    return (
        sentence > 0 and _OWN_TIME.search(folded, sentence, min(ends, default=len(folded))) is None
    )
