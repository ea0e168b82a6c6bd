"""Why a count read from text is of another period than a draft's: each reason in words.

The period compared with ("so với cùng kỳ (286 mô hình)", "Cùng kỳ năm trước, …"), the
units as they were before a merger, the value before a change, a total to date or over
the years: each is left out of a draft with its words (an act done before the period
and a stock at its start are in ``_earlier_counts``; the period a figure of the draft is
of, when the text gives none of its own, is in ``_draft_periods``).
"""

from __future__ import annotations

import re

from danvan._counts import Count, parse_count
from danvan._extract._draft_periods import names_the_whole_year, of_the_year, years_spanned
from danvan._extract._earlier_counts import at_the_start, done_before, words_before
from danvan._extract._figures import FigureMention
from danvan._extract._same_period import SUMMED, THIS_YEAR_WORDS
from danvan._periods import Period
from danvan._text import fold, fold_each
from danvan.exceptions import DanvanError

__all__ = [
    "another_period",
    "of_this_term",
    "to_date",
]


def another_period(text: str, mention: FigureMention) -> str | None:
    """Why a count is of another period than the draft's, or of no period at all.

    The period compared with, a stock at the period's start, an act done before it (the
    units before a merger: ``_merged_units``, which needs the draft's period).
    """
    why = _of_the_period_compared(text, mention)
    return why or at_the_start(text, mention) or done_before(text, mention)


# A count in brackets after the period a change is set against, not dated: "…, tăng 26 mô
# hình so với cùng kỳ (286 mô hình)", "…, gấp 1,8 lần nhiệm kỳ trước (6.936 lượt)".
_COMPARED_UNDATED = re.compile(
    r"\b(?P<words>(?:so\svoi|gap\s[0-9][0-9,]*\slan|(?:cao|thap|nhieu|it)\shon)"
    r"\s(?:cung\sky(?:\snam\struoc)?|nam\s(?:truoc|ngoai)|(?:nhiem\s)?ky\struoc"
    r"|giai\sdoan\struoc))\s?\([^()\n0-9]{0,30}$"
)


# …or heading its clause: "Cùng kỳ năm trước, …", "Năm trước, …".
_EARLIER = re.compile(
    r"(?:^|[.;:\n]\s?)(?P<words>(?:trong\s)?(?:cung\sky(?:\snam\s(?:truoc|ngoai))?"
    r"|nam\s(?:truoc|ngoai)|ky\struoc))\b(?:[^.;:\n]|(?<=[0-9])\.(?=[0-9])){0,80}$"  # "1.310 và"
)


def _of_the_period_compared(text: str, mention: FigureMention) -> str | None:
    """Why a count of the period a change is compared with, not dated, is left out.

    In brackets after it ("so với cùng kỳ (286 mô hình)"), or heading the clause: "Cùng
    kỳ năm trước, toàn tỉnh công nhận 748 mô hình".
    """
    found = words_before(text, mention, _COMPARED_UNDATED)
    if found is None:  # heading the clause, with no period of its own after it
        found = words_before(text, mention, _EARLIER)
        dated = mention.evidence.get("period")
        if found is None or (dated is not None and dated[1][0] > found[1]):
            return None
    return f"a count of the period compared with ('{found[0]}'): set its period"


# A total since the movement began, of no one period: "Lũy kế đến nay, …", "Từ khi phát
# động phong trào đến nay, …".
_TO_DATE = re.compile(  # …or from the start of a term: "từ đầu nhiệm kỳ đến nay"
    r"\b(?:luy\ske|tu\s(?:khi|ngay)\s(?:phat\sdong|trien\skhai)[^.;\n0-9]{0,40}?\sden\snay"
    r"|tu\sdau\s(?:nhiem\sky|giai\sdoan|phong\strao)[^.;\n0-9]{0,40}?\sden\snay)\b"
)
# …but not a clause after it set in the report's year: "…; trong năm (nay) đã …".
_IN_THE_YEAR = re.compile(rf"[;,]\s(?:rieng\s)?{THIS_YEAR_WORDS}")
# …and a count added up over time "up to now": "Tính đến nay, … 1.240 mô hình được công
# nhận" (a stock "đến nay" stands on the report's day; "từ đầu năm đến nay" is the year's).
_A_DIGIT = re.compile(r"[0-9]")
_UP_TO_NOW = re.compile(r"(?<!dau\snam\s)\b(?:tinh\s)?den\s(?:nay|thoi\sdiem\s(?:nay|bao\scao))\b")
# …or over the years it has run, which are the report's only if it spans as many:
# "Qua 5 năm triển khai, …", "Sau 5 năm thực hiện, …", "5 năm qua, …", "Trong 3 năm gần
# đây, …", "Tổng kết 5 năm, …", "Tổng cộng 2 năm: …". Not a review's name or occasion:
# "Hội nghị sơ kết 5 năm", "Nhân dịp tổng kết 5 năm, … tặng Bằng khen cho 05 tập thể".
_OVER_YEARS = re.compile(
    r"\b(?:(?:sau|qua|trong|(?<!hoi\snghi\s)(?<!to\schuc\s)(?<!dip\s)(?:tong|so)\sket|tong\scong"
    r"|tinh\schung)\s(?P<years>[0-9]{1,2})(?:\s\([a-z ]{1,12}\))?\snam"  # "Sau 05 (năm) năm"
    r"(?:\s(?:to\schuc\s)?(?:thuc\shien|trien\skhai))?"
    r"|(?P<past>[0-9]{1,2})\snam\s(?:qua|gan\sday|tro\slai\sday)"
    r"|(?P<many>nhung\snam\s(?:qua|gan\sday|vua\squa|tro\slai\sday)|nhieu\snam\s(?:qua|lien)))\b"
)
_TO_DATE_REACH = 160
# A sentence that gives the result of the one before, whose period it keeps: "Kết quả: có
# 1.102/1.245 mô hình được công nhận" after "5 năm qua, … đăng ký 1.245 mô hình".
_RESULT_OF = re.compile(r"\s?(?:ket\squa|qua\sdo|nho\sdo|theo\sdo)\b")
_CLAUSE_ENDS = re.compile(r"[.;]\s|\n")  # a full stop, a semicolon, a line's end
# A total raised to, of every year before: "…, nâng tổng số mô hình được công nhận (từ năm
# 2021 đến nay) lên 1.432"; of a measure added up over time, it is no year's (a stock's
# may be).
_RAISED_TO = re.compile(
    r"\b(nang\s(?:tong\s)?so)\b(?:[^.;:\n0-9]|\b(?:19|20)[0-9]{2}\b|\b[0-9]{1,2}(?=\sthang\b)){0,80}"
    r"\slen\s?$"  # "… trong 9 tháng lên 312"
)
_THIS_YEAR = re.compile(rf"\b{THIS_YEAR_WORDS}")


def to_date(text: str, mention: FigureMention, period: Period | None) -> str | None:
    """Why a count since the movement began is left out, when the text gives no period.

    "Lũy kế đến nay, toàn tỉnh có 6.215 mô hình được công nhận": of no year, so not of
    the report's either. "Qua 5 năm triển khai, … 4.012 mô hình" is of no ``period``
    given that does not span five years.
    """
    start = mention.span[0]
    before = text[max(0, start - _TO_DATE_REACH) : start]
    raised = _RAISED_TO.search(folded := fold(before))
    years, said_at = mention.period, mention.evidence.get("period", ("", (-1, -1)))[1][0]
    if years is not None and (years.end is None or years.end.year > years.start.year):
        raised = None  # "nâng tổng số … từ năm 2021 đến nay lên 236": of those years
    elif raised is not None and said_at > start - len(before) + raised.start(1):
        raised = None  # "nâng tổng số … cấp tỉnh năm 2025 lên 108": of the year it names
    elif raised is not None and _THIS_YEAR.search(folded, raised.end(1)):
        raised = None  # "nâng tổng số … trong năm lên 254": of the report's year
    if raised is not None and mention.measure in SUMMED:  # "nâng tổng số … lên 1.432"
        lead = len(before) - len(before.lstrip())  # fold() trims the text's ends
        words = before[lead + raised.start(1) : lead + raised.end(1)]
        words = words if fold(words) == raised[1] else raised[1]
        return f"a total to date ('{words} … lên'), of no period the text gives: set its period"
    if mention.period is None and "period" in mention.evidence:  # "6 tháng cuối năm, …"
        words = mention.evidence["period"][0]
        if of_the_year(mention, period) is not None:
            return None
        if names_the_whole_year(words):  # "… nâng tổng số cả năm lên 1.426"
            return f"a year's ('{words}'), of no year the text gives: set its period"
        return f"part of a year ('{words}'), of no year the text gives: set its period"
    if (
        mention.period is not None
        or mention.as_of is not None
        or mention.change is not None
        or _new_among_its_total(text, mention)  # "Đến nay … 41 mô hình, trong đó đăng ký mới 8"
    ):
        return None
    sentence = _its_sentence(text, start)
    folded = fold(sentence)
    said = _TO_DATE.search(folded)
    if said is not None and (
        _IN_THE_YEAR.search(folded, said.end())  # "Lũy kế …; trong năm đã nhân rộng 126 …"
        or _over_the_years_of(period, folded)  # "Sau 5 năm thực hiện, lũy kế …" of 2021-2025
    ):
        return None
    if said is None and mention.measure in SUMMED:  # not "đăng ký 240 …, đến nay có 205 …"
        said = _UP_TO_NOW.search(folded)
        said = None if said is None or _A_DIGIT.search(folded, 0, said.start()) else said
        said = None if said is None or _progress(text, mention) else said
    if said is None:
        sentence, said = _years_said(text, mention.span, sentence)
        folded = fold(sentence)
        if (
            said is None
            or _given_at_the_review(mention, said)
            or period is None
            or _of_its_years(period, said)
        ):
            return None
        words = sentence[slice(*said.span())] if len(folded) == len(sentence) else said[0]
        return f"a total over the years ('{words}'), not of {period}: set its period"
    words = sentence[slice(*said.span())] if len(folded) == len(sentence) else said[0]
    return f"a total to date ('{words}'), of no period the text gives: set its period"


# "Lũy kế" right before a count, in its clause: "Năm 2025, lũy kế toàn tỉnh đã xây dựng
# 6.240 …", "…, xây dựng 1.240 mô hình, lũy kế 6.240 mô hình".
_CUMULATIVE = re.compile(r"\b(luy\ske)\b[^.;:()\n0-9]{0,40}$")


def cumulative_in_a_year(text: str, mention: FigureMention) -> str | None:
    """Why a total to date in a clause of one year is left out: that year is not its period.

    "Năm 2025, toàn tỉnh xây dựng 1.240 mô hình, lũy kế 6.240 mô hình": the 6.240 are
    of every year up to then, not built in 2025. Not one whose year comes after the words
    ("Lũy kế năm 2025, …").
    """
    period, start = mention.period, mention.span[0]
    if period is None or period.end is None or period.start.year != period.end.year:
        return None
    before = text[max(0, start - 60) : start]
    found = _CUMULATIVE.search(fold_each(before))
    said = mention.evidence.get("period")
    if found is None or (said is not None and said[1][0] > start - len(before) + found.start()):
        return None
    words = before[found.start(1) : found.end(1)]
    return f"a total to date ('{words}'), not of {period} alone: set its period or its day"


# A count over a term, its years not said, or set against another term or phase: "Cả
# nhiệm kỳ, …", "Nhiệm kỳ qua, …", "…, gấp 1,3 lần so với nhiệm kỳ trước", "So với giai
# đoạn 2016 - 2020, …".
_TERM = r"(?:nhiem\sky|giai\sdoan)"
# …after the count, set against one: "…, gấp 1,3 lần so với nhiệm kỳ trước";
_COMPARED_TERM = re.compile(
    rf"\b(?:so\svoi|gap\s[0-9]+(?:,[0-9]+)?\slan)\s(?:ca\s)?{_TERM}"
    r"\s(?:truoc|(?:19|20)[0-9]{2}\s?-\s?(?:19|20)[0-9]{2})\b"
)
# …before it, that or the term itself: "Cả nhiệm kỳ, …", "Nhiệm kỳ qua, …".
_ANOTHER_TERM = re.compile(
    _COMPARED_TERM.pattern
    + rf"|\b(?:(?:ca|toan|trong)\s{_TERM}(?:\s(?:qua|nay|vua\squa))?|{_TERM}\s(?:qua|vua\squa))"
    + r"\b(?![\s(]*(?:19|20)[0-9]{2})(?!\s(?:truoc|toi|moi|sau)\b)"
)
_NEXT_COUNT = re.compile(r"(?<!gap\s)(?<![0-9,])(?!(?:19|20)[0-9]{2}(?![0-9.,]))[0-9]")


def of_this_term(text: str, mention: FigureMention, period: Period | None) -> str | None:
    """Why a count over a term, or set against another, is left out of a draft of one year.

    "Toàn huyện xây dựng 1.245 mô hình, gấp 1,3 lần so với nhiệm kỳ trước", "Cả nhiệm
    kỳ, …": a count of the term, whose years the text does not give, not of ``period``.
    """
    if mention.period is not None or mention.as_of is not None:
        return None
    if period is None or years_spanned(period) != 1:
        return None
    start, end = mention.span
    after = _CLAUSE_ENDS.split(text[end : end + _TO_DATE_REACH], maxsplit=1)[0]
    count = _NEXT_COUNT.search(fold_each(after))  # "…; cả nhiệm kỳ 230 …, gấp …": its own
    after = after if count is None else after[: count.start()]
    before = _CLAUSE_ENDS.split(text[max(0, start - _TO_DATE_REACH) : start])[-1]
    for words, pattern in ((after, _COMPARED_TERM), (before, _ANOTHER_TERM)):
        found = pattern.search(fold_each(words))
        if found is not None:
            said = words[found.start() : found.end()]
            return f"a count over a term ('{said}'), not of {period}: set its period"
    return None


# A count registered, in the sentence before: "Năm 2025, … đăng ký 64 mô hình, …. Đến nay,
# có 58 mô hình được công nhận": the progress of that registration, not a total to date.
_REGISTERED = re.compile(r"\bdang\sky\b[^.;\n0-9]{0,60}?(?P<count>[0-9][0-9.]*[0-9]|[0-9])")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")
# …or the share of them it says: "…, đạt 50% số mô hình đăng ký".
_OF_THE_REGISTERED = re.compile(
    r"[^.;\n]{0,60}?\b(?:dat|bang|chiem)\s(?:ty\sle\s)?[0-9]+(?:,[0-9]+)?\s?%\s(?:so\svoi\s)?"
    r"(?:tong\s)?so\s(?:(?:mo\shinh|dien\shinh)(?:,?\s(?:va\s)?dien\shinh)?\s)?(?:da\s)?dang\sky\b"
)


def _new_among_its_total(text: str, mention: FigureMention) -> bool:
    """Whether a count among a total counts its new ones: "…, trong đó đăng ký mới 8 mô hình".

    Those are of the draft's period, as the total drafted before them is, though it is
    one to date ("Đến nay toàn xã có 41 mô hình, trong đó 8 mô hình mới"); not those done
    before now ("…, trong đó 860 mô hình đã được công nhận").
    """
    if mention.subset_of is None or "measure" not in mention.evidence:
        return False
    words, (_, end) = mention.evidence["measure"]
    return words.lower() == "mới" or text[end : end + 4].lower() == " mới"


def _progress(text: str, mention: FigureMention) -> bool:
    """Whether a count "đến nay" is the progress of the count the sentence before registers.

    "Năm 2025, … đăng ký 72 mô hình. Đến nay, có 66 mô hình được công nhận": at most the
    72; not "Tính đến nay, toàn tỉnh có 1.240 mô hình được công nhận" after it. So is one
    that says its share of them: "Đến nay, … đã công nhận 18 mô hình, đạt 50% số mô hình
    đăng ký".
    """
    start = mention.span[0]
    if _OF_THE_REGISTERED.match(fold_each(text[mention.span[1] : mention.span[1] + 100])):
        return True  # "Đến nay, … đã công nhận 18 mô hình, đạt 50% số mô hình đăng ký"
    before = text[max(0, start - 2 * _TO_DATE_REACH) : start]
    paragraph = before[before.rfind("\n") + 1 :]
    ends = [m.start() for m in _SENTENCE_BREAK.finditer(paragraph)]
    if not ends or not isinstance(mention.value, Count):
        return False
    opens = ends[-2] + 1 if len(ends) > 1 else 0
    registered = _REGISTERED.search(fold_each(paragraph[opens : ends[-1]]))
    if registered is None:
        return False
    try:
        return mention.value.value <= parse_count(registered["count"]).value
    except DanvanError:
        return False


# A body that holds a review of years: "Ban Thường vụ Huyện ủy (đã) sơ kết 3 năm …".
_A_BODY_REVIEWS = re.compile(
    r"\b(?:uy|ubnd(?:\s[a-z]+)?|ban\schi\sdao(?:\s[a-z]+)?|mttq(?:\s[a-z]+)?)\s(?:da\s)?$"
)
_REVIEW = re.compile(r"(?:so|tong)\sket\b")
_GIVEN = frozenset(("honoured", "commended", "proposed"))


def _over_the_years_of(period: Period | None, folded: str) -> bool:
    """Whether a sentence says it is over as many years as ``period`` spans."""
    said = None if period is None else _OVER_YEARS.search(folded)
    return period is not None and said is not None and _of_its_years(period, said)


def _of_its_years(period: Period, said: re.Match[str]) -> bool:
    """Whether ``period`` spans the years said: "5 năm qua" five, "những năm qua" several.

    Years are counted as anniversaries are too: "10 năm (2015 - 2025)", eleven in the
    calendar, is ten from the first year's to the last's.
    """
    spanned = years_spanned(period)
    return (
        spanned > 1
        if said["many"]
        else int(said["years"] or said["past"]) in (spanned, spanned - 1)
    )


def _given_at_the_review(mention: FigureMention, said: re.Match[str]) -> bool:
    """Whether a count is of those honoured at a body's review of years, which it names.

    "… Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện phong trào, biểu dương 12 tập thể":
    honoured once, at the review, not over its three years; not "Tổng kết 5 năm, các cấp
    đã khen thưởng 1.046 tập thể", a count of the years.
    """
    given = mention.awarded or (mention.measure in _GIVEN and mention.holder is not None)
    return (
        given
        and _REVIEW.match(said[0]) is not None
        and _A_BODY_REVIEWS.search(said.string, 0, said.start()) is not None
    )


def _years_said(
    text: str, span: tuple[int, int], sentence: str
) -> tuple[str, re.Match[str] | None]:
    """The years a count is over, in its sentence, after it, or opening one before it.

    "… được biểu dương, khen thưởng trong 5 năm qua."; "Trong 5 năm, toàn huyện … 642
    mô hình …. Thông qua các mô hình, nhân dân đã hiến trên 25.000 m2 đất": the five
    years', up to two sentences on, unless a year is named between ("…. Năm 2025, …")
    or the count's sentence is of the day of the review ("Dịp này, … tặng Giấy khen …").
    """
    said = _OVER_YEARS.search(fold(sentence))
    if said is not None:
        return sentence, said
    after = text[span[1] : span[1] + _TO_DATE_REACH]
    ahead = _CLAUSE_ENDS.split(after, maxsplit=1)[0].strip()
    said = _OVER_YEARS.search(fold(ahead))
    if said is not None and not _ITS_WORK.search(fold(ahead), 0, said.start()):
        return ahead, said  # not "… cho 40 tập thể có thành tích … trong 5 năm …": why
    reach = max(0, span[0] - 3 * _TO_DATE_REACH)  # no farther back than the frame is read
    paragraph = text[text.rfind("\n", reach, span[0]) + 1 or reach : span[0]]
    folded = fold_each(paragraph)
    frame = max(_YEARS_OPEN.finditer(folded), key=re.Match.start, default=None)
    if (
        frame is None
        or _A_YEAR.search(folded, frame.end())
        or len(_SENTENCE_ENDS.findall(folded, frame.end())) > 2
        or _AT_THE_REVIEW.search(folded, frame.end())
    ):
        return sentence, None
    framed = paragraph[frame.start("years") :].strip()
    return framed, _OVER_YEARS.search(fold(framed))


_ITS_WORK = re.compile(r"\bthanh\stich\b")  # the work an award is given for
# A sentence that opens with the years it is over: "Trong 5 năm, …", "Qua 5 năm, …".
_YEARS_OPEN = re.compile(
    r"(?:^|[.!?]\s)(?:[a-z]+(?:\s[a-z]+)?,\s)?"
    r"(?P<years>(?:trong|qua|sau)\s[0-9]{1,2}\snam\b|(?:trong\s)?nhung\snam\s(?:qua|gan\sday)\b)"
)
_A_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_SENTENCE_ENDS = re.compile(r"[.!?]\s")
# A sentence of what was done at the review itself: "Dịp này, …", "Tại Hội nghị, …".
_AT_THE_REVIEW = re.compile(
    r"(?:^|[.!?]\s)(?:dip\snay|nhan\sdip|tai\s(?:hoi\snghi|buoi|le))\b(?!.*[.!?]\s)"
)


def _its_sentence(text: str, start: int) -> str:
    """The words of a number's sentence before it, with the one before if it gives its result.

    "…, 5 năm qua, … 1.245 mô hình. Kết quả: có 1.102": the 1.102 are of the five years;
    so are those after a sentence of the paragraph that gives no count, only the years:
    "Qua 5 năm triển khai, phong trào … có bước phát triển mới. Tổng số mô hình …".
    """
    reach = max(0, start - _TO_DATE_REACH)
    opens = max(text.rfind(". ", reach, start), text.rfind("\n", reach, start)) + 1
    if opens > 0:
        reach = max(0, opens - 2 * _TO_DATE_REACH)
        before = max(text.rfind(". ", reach, opens - 2), text.rfind("\n", reach, opens - 2)) + 1
        framed = _OVER_YEARS.sub("", fold(text[max(before, reach) : opens]))
        if _RESULT_OF.match(fold(text[opens : opens + 12])) or (
            text[opens - 1] != "\n" and not _A_DIGIT.search(framed)
        ):
            opens = before
    return text[max(opens, reach) : start].strip()
