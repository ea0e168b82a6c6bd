"""What a report's own heading says: the day it is dated, the period of its title, a plan.

The day a document's own heading dates it ("Số 412-BC/BDVTU … Ninh Bình, ngày 25 tháng 11
năm 2025"); the period its title names ("BÁO CÁO / Kết quả thực hiện phong trào thi đua
“Dân vận khéo” năm 2025", or a headline saying a body reviewed it: "Phường … tổng kết
phong trào … năm 2025"); and whether the text is a plan, whose counts are targets.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._mentions import find_dates, find_periods
from danvan._extract._references import find_references
from danvan._extract._scope_names import ELSEWHERE
from danvan._extract._titles import is_a_title
from danvan._periods import Period
from danvan._sources import Source
from danvan._text import fold
from danvan.exceptions import DanvanError

__all__ = ["as_planned", "dated", "own_heading_day", "planned", "title_of", "warns"]

_HEADING_REACH, _A_SENTENCE_END = 600, re.compile(r"[.!?](?:\s|$)")


def dated(
    source: Source, text: str, period: Period | str | None
) -> tuple[Source, Period | None, tuple[str, ...]]:
    """``source`` and ``period`` as the text's own heading gives them, with notes saying so.

    The day of its heading when ``source`` has none; the period of its title
    (:func:`titled`) when ``period`` is ``None``; a period given in words, read.

    Raises:
        DanvanError: ``text``, ``source`` or ``period`` is none of what they may be.
    """
    if not isinstance(text, str):
        raise DanvanError(f"draft_report needs text (str), not {type(text).__name__}")
    if not isinstance(source, Source):
        raise DanvanError(f"draft_report needs source= a Source, not {type(source).__name__}")
    if isinstance(period, str):  # "năm 2025", as reports write it
        period = Period.parse(period)
    elif not isinstance(period, Period | None):
        raise DanvanError(
            f"draft_report needs period= a Period or its words ('năm 2025'), not {period!r}"
        )
    notes: tuple[str, ...] = ()
    plain = _plain(text)  # a web page's heading as its reader sees it, with no tags
    if period is None:
        period, notes = titled(plain)
    elif (said := titled(plain)[0]) is not None and said != period:  # "năm 2025" given to
        notes = (_TITLED_OTHERWISE.format(said, period),)  # "Tổng kết … 2020 - 2025"
    if source.published_on is not None:
        return source, period, notes
    if (heading := own_heading_day(text)) is not None:
        day, words = heading
        note = f"published_on from the heading '{words}': {day.day:02}/{day.month:02}/{day.year}"
    elif (page := page_day(text)) is not None:  # "<meta property="article:published_time" …"
        day, words = page
        note = f"published_on from the page's '{words}': {day.day:02}/{day.month:02}/{day.year}"
    elif (line := dateline_day(plain)) is not None:  # "Thứ Năm, 18/9/2025" over a
        day, words = line
        note = f"published_on from the dateline '{words}': {day.day:02}/{day.month:02}/{day.year}"
    else:
        return source, period, notes
    return attrs.evolve(source, published_on=day), period, (note, *notes)


def _plain(text: str) -> str:
    """A web page's head without its tags (its dateline is a paragraph of its own); or text.

    Only the head is cleaned: the dateline is among its first lines.
    """
    head = text[:_PAGE_HEAD_REACH]
    return CleanText(head).clean if "<" in head else text


_TITLED_OTHERWISE = (
    "the title names {}, not the period given ({}): the figures of no period of their own "
    "are drafted in the one given"
)


def warns(note: str) -> bool:
    """Whether a draft's note warns that its scope or its period may not be the text's."""
    return note.startswith(tuple(said.split("{", 1)[0] for said in (ELSEWHERE, _TITLED_OTHERWISE)))


# The day a web page says it was published, in its head: "<meta property=
# "article:published_time" content="2025-11-12T08:30:00+07:00">", and the like.
_PAGE_DAY = re.compile(
    r"<meta\s[^<>]{0,200}?(?:property|name|itemprop)\s*=\s*[\"']"
    r"(?P<name>article:published_time|datePublished|pubdate|publishdate|dc\.date\.issued)"
    r"[\"'][^<>]{0,200}?>",
    re.IGNORECASE,
)
_CONTENT_DAY = re.compile(r"content\s*=\s*[\"'](?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})", re.IGNORECASE)
_PAGE_HEAD_REACH = 20_000


def page_day(text: str) -> tuple[dt.date, str] | None:
    """The day a web page's head says it was published, with the property that says it.

    The day as the page writes it, in its own time zone: "2025-11-12T08:30:00+07:00" is
    12 November.
    """
    for meta in _PAGE_DAY.finditer(text, 0, min(len(text), _PAGE_HEAD_REACH)):
        written = _CONTENT_DAY.search(meta[0])
        if written is not None:
            try:
                return dt.date.fromisoformat(written["day"]), meta["name"]
            except ValueError:  # "2025-13-45": no day
                continue
    return None


# What a line that dates a text may say beside its day, folded: its place, the weekday, the
# time: "Thứ Năm, 18/9/2025", "Ngày 05 tháng 12 năm 2018", "Gia Viễn, ngày 20 tháng 11 năm
# 2024", "18/09/2025 08:30 GMT+7", "Cập nhật: 14:30, 18/9/2025".
_TIME = r"[0-9]{1,2}[:h][0-9]{2}(?:\s?(?:gmt\+7|\(gmt\+7\)))?"  # "08:30 GMT+7"
_DATELINE_WORDS = re.compile(
    r"\s*(?:(?:[a-z]+\s){0,3}?[a-z]+,\s?)?(?:(?:cap\snhat|ngay\sdang|dang\sluc)\s?:?\s?)?"
    r"(?:thu\s(?:hai|ba|tu|nam|sau|bay)|chu\snhat)?[,|\s-]*(?:ngay\s?)?"  # folded: trimmed
    rf"(?:{_TIME}[,|\s-]*)?"
)
_AFTER_THE_DAY = re.compile(rf"[,|\s-]*(?:{_TIME})?\s*")  # "24/11/2025 | 08:15"
_DATELINES = 4  # the lines before a headline, or right under it


def dateline_day(text: str) -> tuple[dt.date, str] | None:
    """The day a line of its own at the head of a text dates it, with that line's words.

    "Thứ Năm, 18/9/2025" over a news article's headline, "Ngày 05 tháng 12 năm 2018" under
    it, a document's "Gia Viễn, ngày 20 tháng 11 năm 2024": a line of the first few, before
    any sentence, that says a day (its place, weekday and time aside) and nothing else.
    """
    lines = [line.strip() for line in text[:_HEADING_REACH].split("\n")]
    for line in [line for line in lines if line][:_DATELINES]:
        if _A_SENTENCE_END.search(line):
            return None  # the text itself
        days = find_dates(line)
        if len(days) != 1 or days[0].date is None:
            continue
        (day,) = days
        a, b = day.span
        if _DATELINE_WORDS.fullmatch(fold(line[:a])) and _AFTER_THE_DAY.fullmatch(fold(line[b:])):
            return day.date, line
    return None


def own_heading_day(text: str) -> tuple[dt.date, str] | None:
    """The day a document's own heading dates it, with its symbol's words, if it has one.

    "Số 412-BC/BDVTU", then "Ninh Bình, ngày 25 tháng 11 năm 2025", heading the text:
    the number on a line of its own, before any sentence, and the place-and-date line
    after it. Not a document a sentence cites ("Thực hiện Kế hoạch số 15-KH/ĐU ngày
    20/3/2025, …").
    """
    head = text[:_HEADING_REACH]
    first = next(iter(find_references(head)), None)
    if first is None or first.issued_on is None:
        return None
    start = head.rfind("\n", 0, first.span[0]) + 1
    said = head[start : first.span[0]].strip(" :\t").lower()
    if said not in ("", "số") or _A_SENTENCE_END.search(head, 0, start):
        return None  # the first reference is not the text's own heading
    return first.issued_on, head[start : first.span[1]].strip()


# The plans a title adds are of another period: "…, phương hướng nhiệm vụ năm 2026".
_PLANS = re.compile(r"(?:[,;]|\sva|\s-)\s(?:phuong\shuong|nhiem\svu|ke\shoach|muc\stieu)\b")


def titled(text: str) -> tuple[Period | None, tuple[str, ...]]:
    """The one period the title in a text's heading names, with the note saying so.

    "BÁO CÁO" over "Kết quả thực hiện phong trào … năm 2025, phương hướng nhiệm vụ năm
    2026", or "Báo cáo sơ kết 6 tháng đầu năm 2025", before any sentence: the report is of
    2025, of its first half; so is a headline saying a body reviewed it ("Ủy ban MTTQ tỉnh
    sơ kết 6 tháng đầu năm 2025"). Not another headline ("Ninh Bình: lan tỏa phong trào …
    năm 2025"),
    a line that leads into a list ("Kết quả năm 2025:"), nor a title that names two
    periods of its own. When the heading names none, the review the first sentence says
    was held gives it (see :func:`_held`).
    """
    before = ""
    for written in text[:_HEADING_REACH].split("\n"):
        line = written.strip()
        if _A_SENTENCE_END.search(line):
            return _held(line)  # the text itself, whose lead may say what review it tells of
        folded = fold(line)
        if is_a_title(before, folded):
            plans = _PLANS.search(folded)
            words = line[: plans.start() if plans else len(line)]
            periods = find_periods(words)
            if not periods:  # "Hội nghị … tổng kết 10 năm phong trào …": its lead may say
                before = folded
                continue
            if len(periods) != 1:
                return None, ()
            note = f"period from the title '{words}': {periods[0].period}"
            return periods[0].period, (note,)
        before = folded if line else before
    return None, ()


# A review held, in the sentence a text opens with: "Ngày 15/10/2025, Ban Dân vận Trung
# ương tổ chức Hội nghị toàn quốc tổng kết 10 năm phong trào … giai đoạn 2015 - 2025.".
_HELD = re.compile(
    r"\b(?:to\schuc|hop|tien\shanh)\s(?:(?:hoi\snghi|le)\s(?:[a-z]+\s){0,3}?)?(?:so|tong)\sket\b"
)


def _held(line: str) -> tuple[Period | None, tuple[str, ...]]:
    """The one period a text's first sentence says a body held a review of, with its note.

    News of a conference opens so: "Ngày 15/10/2025, Ban Dân vận … tổ chức Hội nghị
    tổng kết … giai đoạn 2015 - 2025." Not one that names two periods after the review.
    """
    end = _A_SENTENCE_END.search(line)
    sentence = line[: end.start() if end else len(line)]
    held = _HELD.search(fold(sentence))
    if held is None:
        return None, ()
    words = sentence[held.start() :]
    periods = find_periods(words)
    if len(periods) != 1:
        return None, ()
    return periods[0].period, (
        f"period from the review the text opens with '{words}': {periods[0].period}",
    )


# A plan's title: "Kế hoạch thực hiện …"; not one named by its number, whose results a
# headline may give ("Kế hoạch số 26-KH/TU: kết quả sau 3 năm").
_PLAN_TITLE = re.compile(r"ke\shoach\s(?!so\b)")


def planned(text: str) -> tuple[str, Period | None] | None:
    """The words that head a plan, and the one period its title names, if the text is one.

    "KẾ HOẠCH" on a line of its own, or a title that opens with it ("Kế hoạch thực hiện
    phong trào … năm 2026"), before any sentence: its counts are targets, not results.
    """
    return _planned(text[:_HEADING_REACH])


@functools.lru_cache(maxsize=8)  # asked once for each count of a text, of its heading
def _planned(head: str) -> tuple[str, Period | None] | None:
    plan: str | None = None
    for written in head.split("\n"):
        line = written.strip()
        if _A_SENTENCE_END.search(line):
            break  # the text itself
        folded = fold(line)
        if plan is None and (folded == "ke hoach" or _PLAN_TITLE.match(folded)):
            first, second, *title = line.split(maxsplit=2)  # "KẾ HOẠCH", "Kế hoạch thực hiện …"
            plan, rest = f"{first} {second}", " ".join(title)
        elif plan is not None and line:
            rest = line
        else:
            continue
        periods = find_periods(rest)
        if periods or rest.strip():
            return plan, periods[0].period if len(periods) == 1 else None
    return None if plan is None else (plan, None)


def as_planned(mention: FigureMention, plan: tuple[str, Period | None] | None) -> FigureMention:
    """A count of a plan, a target, with the words that head the plan.

    Not one of a period before the plan's: "kết quả năm 2025 (… 1.318 mô hình …)" in a
    plan for 2026.
    """
    if plan is None or mention.target_words is not None:
        return mention
    words, planned_for = plan
    done = mention.period or (Period.year(mention.as_of.year) if mention.as_of else None)
    if done is not None and planned_for is not None and done.start < planned_for.start:
        return mention
    return attrs.evolve(mention, target_words=words)


def title_of(title: str | None, source: Source) -> str:
    """A draft report's title: the one given, or its source's.

    Raises:
        DanvanError: Neither is given.
    """
    title = title or source.title
    if not title:
        raise DanvanError("draft_report needs a title= or a source with a title")
    return title
