"""Quoted words in report text: names, a person's words, a photo's caption, a page's links.

The words inside quotation marks are a name ("mô hình “Mỗi tuần 1 việc tốt”"), whose
numbers are no figures; or the words of someone quoted, before or after their name
("ông B chia sẻ: “…”", "“…”, ông B chia sẻ"), whose numbers are kept with a note. So are
those of a photo's caption, which says again what the text says, and those of a web
page's menus, footer and links to other articles ("Tin liên quan"), which are theirs.
"""

from __future__ import annotations

import bisect
import re

from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_candidates import Unread
from danvan._extract._figure_nouns import noun_after
from danvan._numbers import MULTIPLIER_WORDS
from danvan._text import fold

__all__ = ["CAPTION", "PAGE_LINKS", "PAGE_TITLE", "SAID", "quoted_spans"]

#: Why a number in a photo's caption is no figure of its own.
CAPTION = "in a photo's caption, which says again what the text says: add it if the text does not"
#: Why a number in a web page's menu, footer or links to other articles is no figure.
PAGE_LINKS = (
    "in the page's links to other articles, its menu or its footer, not the text: add it "
    "if it is the report's"
)
#: Why a number in a web page's head (its ``<title>``) is no figure.
PAGE_TITLE = "in the page's title, which says again its headline: add it if the text does not"
_QUOTE = re.compile('[“”"«»]')
# A quoted name is short: a quote left open longer than this is a stray mark.
_NAME_REACH = 200
#: Words said, quoted after the verb that says so: not a name ("… cho biết: “Có 86% …”").
SAID = re.compile(
    r"\b(?:cho\sbiet|nhan\smanh|khang\sdinh|chia\sse|phat\sbieu|noi|cho\srang|bay\sto"
    r"|thong\stin)\s?:\s?$"
)


def quoted_spans(source: CleanText, claimed: Spans, unread: list[Unread]) -> Spans:
    """The spans inside quotation marks: names, where a number is part of the name.

    And a photo's caption, which says again what the text says: "Ảnh: Lãnh đạo tỉnh trao
    Bằng khen cho 20 tập thể". The numbers of a caption and of a person's words quoted
    ("“… 45 hộ dân …”, ông B chia sẻ") are added to ``unread`` with why, not those
    ``claimed``.
    """
    clean = source.clean
    captions = _captions(source.folded)
    links = _page_links(source)
    head = _page_head(source)
    asides = [(span, CAPTION) for span in captions] + [(span, PAGE_LINKS) for span in links]
    _numbers_set_aside(source, claimed, asides + [(span, PAGE_TITLE) for span in head], unread)
    spans: list[tuple[int, int]] = [*captions, *links, *head]
    opened: int | None = None
    for mark in _QUOTE.finditer(clean):
        i = mark.start()
        if opened is None or i - opened > _NAME_REACH:
            opened = i
        else:  # a name, or words said; not those of the text ("… cho biết: “…”")
            said = SAID.search(fold(clean[max(0, opened - 20) : opened]))
            if not said or _THEIR_OWN.search(source.folded, opened, i):
                spans.append((opened, i))
            opened = None
    return Spans(spans)


# A photo's caption, on a line of its own: "Ảnh: Lãnh đạo tỉnh trao Bằng khen …", or one
# that ends on its credit: "Đồng chí … trao Bằng khen cho các tập thể. (Ảnh: Văn Tuấn)".
_CAPTION = re.compile(
    r"(?m)^[ \t]*\(?anh(?:\sminh\shoa)?\s?:[^\n]*"
    r"|^[^\n]{1,240}?[.\s]\(?anh\s?:\s[^\n.;:0-9]{1,40}\)?[ \t]*$"
)
# The words every caption has: a scan for them finds the lines worth trying.
_CREDIT = re.compile(r"anh(?:\sminh\shoa)?\s?:")


def _captions(folded: str) -> list[tuple[int, int]]:
    """The spans of the photos' captions: each a line of its own, with "Ảnh:" in it."""
    found: list[tuple[int, int]] = []
    for credit in _CREDIT.finditer(folded):
        line = folded.rfind("\n", 0, credit.start()) + 1
        if found and line < found[-1][1]:
            continue  # the line of a caption found already
        caption = _CAPTION.match(folded, line)
        if caption is not None and caption.end() > line:
            found.append(caption.span())
    return found


# A quotation, then who said it: "“…”, ông Trần Văn B, Bí thư Chi bộ thôn Đông chia sẻ".
# A short quotation is read whole, a name, so that its closing mark opens no other: "… mô
# hình “Dân vận khéo” được công nhận. “Nhiều mô hình …”, đồng chí B nhấn mạnh".
_QUOTED = re.compile(r"[“\"«](?:(?P<words>[^“”\"«»\n]{20,200})|[^“”\"«»\n]*)[”\"»]")
_SPEAKER = re.compile(
    r"\s?[,-]?\s?(?P<who>(?:ong|ba|anh|chi|dong\schi|co|chu|bac|em)\s[^.;\n“”\"]{2,100}?)"
    r"\s(?:da\s)?(?:chia\sse|cho\sbiet|noi|phat\sbieu|khang\sdinh|nhan\smanh|bay\sto|tam\ssu)\b"
)
# …or who says it, before: "Ông Đinh Văn H, Bí thư Chi bộ thôn, phấn khởi: “…”".
_SPEAKER_BEFORE = re.compile(
    r"(?:^|[.;\n]\s?|,\s)(?P<who>(?:ong|ba|anh|chi|dong\schi|co|chu|bac)\s[^,.;:\n“”\"]{2,60})"
    r"[^.;:\n“”\"]{0,100}:\s?$"
)
# A speaker's own village, family or branch, in their words: "… thôn tôi có 37 hộ thoát
# nghèo", "gia đình em", "chi hội chúng tôi"; not "chúng tôi" alone, an official's body.
_THEIR_OWN = re.compile(
    r"\b(?:thon|ap|ban|buon|xom|to|khu\spho|gia\sdinh|nha|chi\shoi|chi\sbo|chi\sdoan|doi)"
    r"\s(?:cua\s)?(?:toi|em|minh|chung\s(?:toi|em))\b"
)
# A name in single quotes within quoted words: "“Nhiều mô hình như 'Mỗi tuần 1 việc tốt' …”".
_NAME_IN_WORDS = re.compile(r"['‘][^'‘’\n]{1,60}['’]")
_NUMBER = re.compile(r"(?<![0-9.,a-z])[0-9][0-9.,]*(?<![.,])")  # not the 2 of "m2"
_TIMES = re.compile(rf"\s(?:{MULTIPLIER_WORDS})\b")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _numbers_set_aside(
    source: CleanText,
    claimed: Spans,
    asides: list[tuple[tuple[int, int], str]],
    unread: list[Unread],
) -> None:
    """Add to ``unread`` each number, with its noun, of the quoted words of a named speaker.

    Named after the words, or before them with a colon between (but not before a verb of
    saying, whose words read as the text's: "Ông B cho biết: “…”", unless they speak of
    the speaker's own village, family or branch: "… cho biết: “… thôn tôi có 37 hộ …”").

    And of the ``asides``, each with why: a photo's caption, which may say again a count
    of the text, a page's links and its head (its title). Not the numbers ``claimed``
    (dates, periods, references) nor years.
    """
    folded = source.folded
    asides = list(asides)
    for quote in _QUOTED.finditer(folded):
        if quote["words"] is None:
            continue
        speaker = _SPEAKER.match(folded, quote.end())
        said = SAID.search(folded, max(0, quote.start() - 20), quote.start())
        if speaker is None and (not said or _THEIR_OWN.search(folded, *quote.span("words"))):
            speaker = _SPEAKER_BEFORE.search(folded, max(0, quote.start() - 160), quote.start())
        if speaker is not None:  # not "… cho biết: “…”", the words read as the text's own
            who = source.clean[slice(*speaker.span("who"))]
            why = f"in the words of someone quoted ('{who}'), not the report's own: add it if it is"
            asides.append((quote.span("words"), why))
    for (a, b), why in asides:
        names = [name.span() for name in _NAME_IN_WORDS.finditer(folded, a, b)]
        for number in _NUMBER.finditer(folded, a, b):
            if _YEAR.fullmatch(number[0]) or claimed.covers(source.span(*number.span())[0]):
                continue
            if any(c <= number.start() < d for c, d in names):  # "… như 'Mỗi tuần 1 việc tốt'"
                continue
            times = _TIMES.match(folded, number.end())  # "12 triệu đồng"
            at = number.end() if times is None else times.end()
            end, unit, _, _ = noun_after(folded, at)
            end = end if unit is not None else at
            unread.append((*source.span(number.start(), end), why))


# A page's parts that are not its article: its menus, its footer, its asides; and a list
# of links under a heading of other articles ("Tin liên quan", "Tin cùng chuyên mục").
_LINKS_HEADING = (
    r"(?:(?:tin|bai(?:\s(?:viet|bao))?)\s(?:lien\squan|cung\s(?:chuyen\smuc|chu\sde)|khac"
    r"|moi(?:\snhat)?|doc\snhieu|noi\sbat)|xem\sthem|doc\sthem)"
)
_LINKS_UNDER_A_HEADING = re.compile(  # in text: the lines under it, up to a blank line
    rf"(?m)^[ \t]*{_LINKS_HEADING}\s?:?[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*\S[^\n]*(?:\n|$))+"
)
# The elements of a page that are not its article, and lists of links, by their tags.
_NOT_THE_ARTICLE = ("aside", "nav", "footer")
_LISTS = ("ul", "ol")
_OPENING = re.compile(r"<(aside|nav|footer|ul|ol)\b", re.IGNORECASE)
_CLOSING = re.compile(r"</(aside|nav|footer|ul|ol)\s*>", re.IGNORECASE)


def _page_links(source: CleanText) -> list[tuple[int, int]]:
    """The spans of a page's menus, footer, asides and lists of links to other articles."""
    folded, original = source.folded, source.original
    headings = list(_LINKS_UNDER_A_HEADING.finditer(folded))
    spans = [m.span() for m in headings]
    if "<" in original:
        elements = _elements(original)
        for a, b, tag in elements:
            if tag in _NOT_THE_ARTICLE:
                spans.append((source.at(a), source.at(b)))
        lists = [(source.at(a), source.at(b)) for a, b, tag in elements if tag in _LISTS]
        for heading in headings:  # "<h3>Tin liên quan</h3><ul>…</ul>": the list under it
            k = bisect.bisect_left(lists, (heading.start(), -1))
            if k < len(lists) and lists[k][0] <= heading.end():
                spans.append(lists[k])
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:  # an aside's own list of links: one span
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_HEAD = re.compile(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)


def _page_head(source: CleanText) -> list[tuple[int, int]]:
    """The span of a page's head, whose title says again its headline, if it has one."""
    if "<" not in source.original:
        return []
    head = _HEAD.search(source.original, 0, 20_000)  # at the page's top, if anywhere
    return [] if head is None else [(source.at(head.start()), source.at(head.end()))]


def _elements(html: str) -> list[tuple[int, int, str]]:
    """The outermost elements of the tags above, each opened and closed, in order.

    Each opening tag is paired with the first closing tag of its name after it, found by
    bisection in the closing tags read once: linear in the page, however it is nested or
    left open.
    """
    closing: dict[str, list[int]] = {}
    for tag in _CLOSING.finditer(html):
        closing.setdefault(tag[1].lower(), []).append(tag.end())
    found: list[tuple[int, int, str]] = []
    last = dict.fromkeys((*_NOT_THE_ARTICLE, *_LISTS), -1)
    for tag in _OPENING.finditer(html):
        name = tag[1].lower()
        if tag.start() < last[name]:
            continue  # inside one of its name already found
        ends = closing.get(name, [])
        k = bisect.bisect_right(ends, tag.end())
        if k < len(ends):
            found.append((tag.start(), ends[k], name))
            last[name] = ends[k]
    return found
