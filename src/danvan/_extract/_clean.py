"""Report text as extraction reads it: cleaned, folded, and mapped back to the original.

Reports arrive as HTML or plain text, composed or decomposed, with odd spaces and dashes.
:class:`CleanText` drops tags, unescapes entities, reads a run of spaces as one (a PDF's
justified lines, a web page's zero-width spaces beside a space) and a line broken inside
a sentence as one line (a PDF's wrapped lines), drops the characters a web page hides
in words (soft hyphens, joiners, byte-order marks) and Markdown's marks ("**312 mô
hình**", "## Kết quả"; a dateline's dash and leader dots are read too, see `_marks`),
reads the awards terse reports write for short in full ("tặng BK cho 25 TT, 40 CN"),
and composes to NFC, keeping for each
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

from danvan._extract._marks import datelines_read, leaders_read, markdown_read, marked_headings
from danvan._extract._offset_map import OffsetMap
from danvan._extract._said_twice import said_once
from danvan._text import clean, fold_each, gather_marked, myriads_marked

__all__ = ["CleanText", "Spans", "matches_at", "unwrapped"]


class CleanText:
    """The cleaned text, its folded twin, and the map back to original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        # Where each cleaned character comes from in the original, when not at its own
        # offset: a map of stretches (see OffsetMap).
        self._map: OffsetMap | None = None
        # its own line breaks, not a tag's; odd spaces as spaces: one for one
        said = said_once(original)
        self._marked = marked_headings(said)  # "## Kết quả năm 2025", where they start
        text = clean(leaders_read(unwrapped(markdown_read(said))))
        short = _abbreviated(text)
        if (
            "<" in text
            or "&" in text
            or "  " in text
            or _HIDDEN.search(text)
            or short
            or not unicodedata.is_normalized("NFC", text)
        ):
            text, self._map = _clean_slow(text, short=short)
        self.clean = clean(datelines_read(text))  # after the tags: "<p>(Báo …) - …"
        folded = myriads_marked(self.clean, fold_each(self.clean))  # "hàng vạn"
        self.folded = gather_marked(self.clean, folded)  # "thu gom", not "gồm"
        self._found: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    @property
    def marked_headings(self) -> list[int]:
        """Where each line Markdown marks as a heading starts, in the cleaned text."""
        return [self.at(start) for start in self._marked]

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
        """The span in the original of the cleaned characters ``start:end``."""
        if self._map is None:
            return (start, end)
        return self._map.span(start, end)

    def at(self, original: int) -> int:
        """The offset in the cleaned (and folded) text of an offset in the original."""
        if self._map is None:
            return original
        return self._map.at(original)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


# A line broken inside a sentence, as text copied from a PDF is. The line ends with a
# word, a number, a comma, a colon, a semicolon or a closing quote, and the next goes on:
# in lower case ("… 36 cá\nnhân", "… 25 mô hình;\nquốc phòng, an ninh 10 mô hình"), with
# a count and its noun ("… cấp xã\n1.222 mô hình"), with the rest of a name broken at its
# dash ("văn hóa\n- xã hội"), with a quote after a word in lower case, with a bracket of
# lower case or a number ("\n(chiếm 36,4%)"), or, after a line as long as the text's long
# lines, with a capital too ("… tham mưu Ban\nThường vụ Huyện ủy"). Never a numbered line
# ("1. …", "II. …"), a bullet, or a line of a table.
_LINE_BREAK = re.compile(r"\n(?=[^\W_]|[“\"«(]|[-–] )")  # found fast: a literal first
_LINE_ENDS = re.compile(r"[^\W_]|[,:;”\"»)%]|(?<= )[-–]")  # "… văn hóa -\nxã hội"
_GOES_ON = re.compile(
    r"[^\W\d_]|[-–] (?=[^\W\d_])|(?![0-9]{1,2}[.)]\s)[0-9][0-9.,]*(?:[ \t][^\W\d_]|\s?%)"
)
_NUMBERED = re.compile(  # "1. ", "a) ", "II. ", "2.1. ", "2.1.3 "; not "1.222 mô hình"
    r"(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[ivxIVX]{1,4}|[a-zA-Z])[.)]\s|[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\s"
)
# The word a value follows, ending a line: the number on the next is no line's number.
_WANTS_A_NUMBER = re.compile(r"(?<![^\W\d_])(?:là|đạt|có|gồm|lên|xuống|còn)$", re.IGNORECASE)
_LONG = 0.85  # of the text's long lines: a line this long was wrapped
_FEW_LINES_LONG = 60  # …or, in a text of a few lines, one this long


# A page's label on a line of its own, where a PDF's page ended inside a sentence: "Trang
# 2", "Trang 2/9", "- 2 -", or its number set apart by spaces; blank lines around it too.
_PAGE_LABEL = re.compile(
    r"\n(?:[ \t]*\n)*[ \t]*(?:[Tt]rang[ \t]+[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3})?"
    r"|[-–][ \t]*[0-9]{1,3}[ \t]*[-–]|(?<=[ \t]{8})[0-9]{1,3})[ \t]*\n(?:[ \t]*\n)*"
)


# A page's number alone on its line, set apart by spaces: no words that go on.
_PAGE_NUMBER = re.compile(r"[ \t]{8,}[0-9]{1,3}[ \t]*")


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a sentence read as a space, offsets kept.

    A page's label between the two halves of a sentence is read as spaces too.
    """
    if "\n" not in text:
        return text
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    # a paragraph's lines, wrapped: a headline over two lines of text is no paragraph
    long = _LONG * lengths[-(-(len(lengths) - 1) * 9 // 10)] if len(lengths) >= 4 else None
    headline = -1  # …nor a news headline over a few lines: "Kim Sơn: Tổng kết …"
    if long is None and lengths and lengths[-1] >= _FEW_LINES_LONG:  # two or three lines,
        long = max(_FEW_LINES_LONG, _LONG * lengths[-1])  # not a headline over a paragraph
        opens = len(text) - len(text.lstrip())
        headline = text.find("\n", opens)
        headline = headline if ": " in text[opens : max(opens, headline)] else -1
    text = _PAGE_LABEL.sub(
        lambda label: (
            " " * len(label[0]) if _goes_on(text, label.start(), label.end(), long) else label[0]
        ),
        text,
    )
    return _LINE_BREAK.sub(
        lambda line_break: (
            " "
            if _goes_on(text, line_break.start(), line_break.end(), long)
            and not (line_break.start() == headline and text[line_break.end()].isupper())
            else "\n"
        ),
        text,
    )


def _goes_on(text: str, at: int, after: int, long: float | None) -> bool:
    """Whether the line that ends at ``at`` goes on in the words from ``after``."""
    if at == 0 or after >= len(text) or _LINE_ENDS.match(text, at - 1) is None:
        return False
    if _in_a_table_line(text, at):
        return False
    first, then = text[after], text[after + 1 : after + 2]
    if text[at - 1] == ":" and not (first.islower() or first.isdigit()):
        return False  # "Kết quả như sau:\nNăm 2025, …"; not "(…; cấp xã:\n638)"
    if text[at - 1] == ";" and not first.islower():
        return False  # "…;\nHội Nông dân …" may be a list's next line; "…;\nvăn hóa …" is not
    if (_NUMBERED.match(text, after) and not _WANTS_A_NUMBER.search(text, max(0, at - 8), at)) or (
        first in "-–" and not text[after + 2 : after + 3].islower()
    ):
        return False  # "1. …", "- Xã …"; not "… loại khá là\n31. Cả huyện …", a value
    if not first.isupper() and _GOES_ON.match(text, after):
        return True  # "… 36 cá\nnhân", "… xếp loại:\ntốt 1.205 mô hình"
    if first in '“"«' and text[at - 1].islower():
        return True  # "… mô hình, điển hình\n“Dân vận khéo”"
    if first == "(" and (then.islower() or then.isdigit()):
        return True  # "… 156 mô hình\n(chiếm 36,4%)"
    opens = text.rfind("\n", 0, at) + 1
    if _PAGE_NUMBER.fullmatch(text, opens, at):
        return False  # "                                   3": a page's number, no words
    line = at - opens
    heading = text[opens:at].isupper()  # "BÁO CÁO TỔNG KẾT … GIAI ĐOẠN 2021 - 2025"
    return long is not None and line >= max(long, 40) and first not in "-–" and not heading


def _in_a_table_line(text: str, at: int) -> bool:
    """Whether the line ending at ``at`` or the next holds a table's cell marks."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at + 1)
    line = text[start : end if end >= 0 else len(text)]
    return "\t" in line or "|" in line


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
# Characters a web page hides in words: a soft hyphen, joiners, a byte-order mark.
_HIDDEN_CHARACTERS = "\u00ad\u200c\u200d\u2060\ufeff"
_HIDDEN = re.compile(f"[{_HIDDEN_CHARACTERS}]")
# A run of spaces, as a PDF's justified lines leave between words, read as one (found fast
# alone: a scan for two spaces); and the hidden characters, read as none.
_SPACES = re.compile(" {2,}")
_GAPS = re.compile(f"{_SPACES.pattern}|{_HIDDEN.pattern}+")
# A page's code, read as nothing: its scripts and styles, tags and all.
_CODE = re.compile(r"<(script|style)\b[^<>]{0,2000}>[\s\S]{0,500000}?</\1\s*>", re.IGNORECASE)
_MARKUP = re.compile(  # a tag, and the spaces after it
    f"{_CODE.pattern}|{_TAG.pattern} *|{_ENTITY.pattern}|{_GAPS.pattern}", re.IGNORECASE
)
# Tags that end a line of text where they stand: paragraphs, breaks, items, rows, cells.
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote"
    r"|hr|dd|dt|dl|caption|tbody|thead|nav|aside|main|figure|figcaption)\b",
    re.IGNORECASE,
)

_ITEM = re.compile(r"<(?:li\b|(?P<list>/?[uo]l)\b)", re.IGNORECASE)

# The awards terse reports and tables write for short, read in full: "tặng BK cho 25 TT,
# 40 CN" is "tặng Bằng khen cho 25 tập thể, 40 cá nhân". "TT" and "CN" only as a pair of
# counts, collectives before individuals: alone, "3 TT" may be three towns (thị trấn).
_ABBREVIATED = re.compile(
    r"(?P<form>[BG]K)(?<![\w\-/.][BG]K)(?![\w\-/])"  # not a symbol's "-BK/"
    r"|TT(?<=[0-9]\sTT)(?P<between>\s?(?:[,;]|và)\s?[0-9][0-9.]*\s)CN(?![^\W_])"
)
_IN_FULL = {"BK": "Bằng khen", "GK": "Giấy khen"}


def _abbreviated(text: str) -> bool:
    """Whether ``text`` writes an award for short: its letters found first, in C."""
    letters = "BK" in text or "GK" in text or " TT" in text  # not "MTTQ"
    return letters and _ABBREVIATED.search(text) is not None


_PAIR = ("tập thể", "cá nhân")
_BULLETS = "-+•"  # by how deep a list is


class Spans:
    """Spans already claimed, asked "does one cover this offset?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []  # a table's span holds the dates in it
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._spans = merged

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def covers(self, position: int) -> bool:
        i = bisect.bisect_right(self._spans, (position, sys.maxsize)) - 1
        return i >= 0 and self._spans[i][0] <= position < self._spans[i][1]


def _clean_slow(text: str, *, short: bool) -> tuple[str, OffsetMap]:
    """Drop tags, unescape entities and compose to NFC, mapping each output char back.

    A tag that ends a line (a paragraph's, a break, a cell's) becomes a line's end, and
    one that opens a list's item a bulleted line's start ("- ", "+ " in a list inside an
    item, then "• "); a run of spaces becomes one; with ``short``, the awards written for
    short are read in full.
    """
    out: list[str] = []
    where = OffsetMap(len(text))
    position = depth = 0  # how many lists the text is in
    markup = _MARKUP if "<" in text or "&" in text else _GAPS if _HIDDEN.search(text) else _SPACES
    markup = _WITH_ABBREVIATIONS[markup] if short else markup  # awards written for short
    last = ""  # the last character out
    for match in markup.finditer(text):
        _plain(text, position, match.start(), out=out, where=where)
        last = text[match.start() - 1] if match.start() > position else last
        token = match.group()
        if short and (match["form"] or match["between"]):
            _in_full(match, out=out, where=where)
            position, last = match.end(), token[-1]
            continue
        value = html.unescape(token) if token.startswith("&") else ""  # a hidden one: none
        if token.endswith(" "):  # "có   1.200   mô hình": one space each; none after one,
            value = "" if last == " " else " "  # a tag between: "dựng <b> 25 </b> mô hình"
        if _BLOCK.match(token):  # "mô hình.</p><p>Năm 2025": two paragraphs, not one
            value = "\n"
            if (item := _ITEM.match(token)) is not None and item["list"]:  # "<ul>", "</ol>"
                depth = max(0, depth + (-1 if item["list"].startswith("/") else 1))
            elif item is not None:  # a list's item: a bulleted line
                value = f"\n{_BULLETS[min(max(depth, 1), len(_BULLETS)) - 1]} "
        out.append(value)
        where.make(len(value), match.start(), match.end())
        position, last = match.end(), value[-1:] or last
    _plain(text, position, len(text), out=out, where=where)
    return "".join(out), where


_WITH_ABBREVIATIONS = {
    markup: re.compile(f"(?-i:{_ABBREVIATED.pattern})|{markup.pattern}", markup.flags)
    for markup in (_MARKUP, _GAPS, _SPACES)
}


def _in_full(match: re.Match[str], *, out: list[str], where: OffsetMap) -> None:
    """Append an abbreviation read in full, each word mapped to the letters it stands for."""
    if match["form"]:
        value = _IN_FULL[match["form"]]
        out.append(value)
        where.make(len(value), match.start(), match.end())
        return
    start, end = match.span("between")
    out.extend((_PAIR[0], match["between"], _PAIR[1]))
    where.make(len(_PAIR[0]), match.start(), start)
    where.copy(start, end)
    where.make(len(_PAIR[1]), end, match.end())


def _plain(text: str, start: int, end: int, *, out: list[str], where: OffsetMap) -> None:
    """Append ``text[start:end]`` composed to NFC, cluster by cluster."""
    chunk = text[start:end]
    if unicodedata.is_normalized("NFC", chunk):
        out.append(chunk)
        where.copy(start, end)
        return
    cluster_start = start
    for i in range(start, end + 1):
        if i < end and i > cluster_start and unicodedata.combining(text[i]):
            continue
        if i > cluster_start:
            composed = unicodedata.normalize("NFC", text[cluster_start:i])
            out.append(composed)
            if i - cluster_start == 1 and composed == text[cluster_start]:
                where.copy(cluster_start, i)  # a letter as it was
            else:
                where.make(len(composed), cluster_start, i)
        cluster_start = i
