"""Why a number read from text is left out of a draft: each reason in words.

A draft holds only what the text gives as a result of its scope in its movement. A
target, an average, a figure of each one or of every year, another unit's count,
another programme's, a percentage with no base, a verb denied or only aimed at, a count
with no measure or unit, the value before a change: each is left out, and the draft
says why, so that nothing read is lost without a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from danvan._extract._draft_awards import award_asked
from danvan._extract._figure_acted import acted_upon
from danvan._extract._figure_places import NATION, UNIT_KIND
from danvan._extract._figure_words import MODEL_UNITS, THEN_TO
from danvan._extract._figures import FigureMention
from danvan._figures import AMOUNT_UNITS
from danvan._measures import Measure
from danvan._models import ModelStatus
from danvan._numbers import Percent
from danvan._periods import Period
from danvan._quantities import Quantity
from danvan._text import fold, fold_each, slugify
from danvan._vocabulary import HolderKind

__all__ = [
    "NO_BASE",
    "cell_in_words",
    "inferred",
    "of_the_year",
    "period_of",
    "to_date",
    "value_before",
    "why_not",
]

# Why a count is left out when no words say what it measures.
_UNMEASURED = "the text does not say what it measures"
#: Why a percentage is left out when no count before it gives it: its base is unknown.
NO_BASE = "a percentage's base is not drafted: add it with of= the figure it is of"


def why_not(mention: FigureMention, text: str, movement: str, scope: str) -> str | None:
    """Why a mention is no figure of ``scope`` in ``movement``, or ``None`` if it is one.

    ``text`` is the report's, for the title a count of holders was given, which is no
    award form and no recognition as the movement's ("tặng Cờ thi đua cho 3 tập thể").
    """
    why = _why_not(mention, movement, scope) or _of_the_period_compared(text, mention)
    why = why or _before_the_reorganisation(text, mention) or _of_one_model(text, mention)
    why = why or award_asked(mention, text)  # "48 tập thể được đề nghị khen thưởng"
    return (_title_given(text, mention) or why) if why in (None, _UNMEASURED) else why


# A count in brackets after the period a change is set against, not dated: "…, tăng 26 mô
# hình so với cùng kỳ (286 mô hình)".
_COMPARED_UNDATED = re.compile(
    r"\bso\svoi\s(?P<words>cung\sky(?:\snam\struoc)?|nam\struoc|ky\struoc)\s?\([^()\n0-9]{0,30}$"
)


# …or heading its clause: "Cùng kỳ năm trước, …", "Năm trước, …".
_EARLIER = re.compile(
    r"(?:^|[.;:\n]\s?)(?P<words>(?:trong\s)?(?:cung\sky(?:\snam\s(?:truoc|ngoai))?"
    r"|nam\s(?:truoc|ngoai)|ky\struoc))\b[^.;:\n]{0,80}$"
)


# The words that head a clause about the units as they were before a merger: "Trước sắp
# xếp, 3 xã có tổng số 64 mô hình", "Trước khi sáp nhập, …".
_BEFORE_MERGING = re.compile(
    r"\b(?P<words>truoc\s(?:khi\s)?(?:thuc\shien\s)?(?:sap\s(?:xep|nhap)|hop\snhat))\b"
    r"[^.;\n]{0,80}$"
)


def _before_the_reorganisation(text: str, mention: FigureMention) -> str | None:
    """Why a count of the units as they were before a merger is left out: of no period said."""
    if mention.period is not None:  # "Trước sắp xếp (năm 2024), …": its own period
        return None
    a = max(0, mention.span[0] - 100)
    before = _BEFORE_MERGING.search(fold_each(text[a : mention.span[0]]))
    if before is None:
        return None
    words = text[a + before.start("words") : a + before.end("words")]
    return f"a count from before the units were merged ('{words}'): set its period"


# One model named before a figure in its clause, no count or plural before its noun:
# "Tiêu biểu như mô hình “Tuyến đường hoa kiểu mẫu” của chi bộ thôn Đông: nhân dân hiến
# 1.200 m2 đất", "Qua mô hình “…”, …". Not the movement's own name ("mô hình “Dân vận
# khéo”"), and not "các mô hình “…”" or "45 mô hình “…”".
_ONE_MODEL = re.compile(
    r"(?<![0-9]\s)(?<!\bcac\s)(?<!\bnhung\s)(?<!\bnhieu\s)(?<!\bso\s)"
    r"\b(?P<words>mo\shinh\s?[“\"«](?!dan\svan\skheo[”\"»])[^”\"»\n]{1,80}[”\"»])"
    r"(?:[^.;!?\n]|(?<=[0-9])\.(?=[0-9])){0,120}$"  # not the dot of "1.200"
)


# … or right after its noun: "356 hộ tham gia mô hình “Nhà sạch, vườn đẹp”".
_ONE_MODEL_AFTER = re.compile(
    r"(?:\s(?!cac\b|nhung\b|nhieu\b)[a-z]+){0,5}\s(?P<words>mo\shinh\s?[“\"«]"
    r"(?!dan\svan\skheo[”\"»])[^”\"»\n]{1,80}[”\"»])"
)


def _of_one_model(text: str, mention: FigureMention) -> str | None:
    """Why a figure of one model named before it or after its noun is left out.

    Not a count of models, which a name may follow: "45 mô hình “Dân vận khéo …”".
    """
    if mention.unit_of_measure in MODEL_UNITS:
        return None
    b = mention.span[1]
    model = _ONE_MODEL_AFTER.match(fold_each(text[b : b + 140]))
    a = b
    if model is None:
        a = max(0, mention.span[0] - 220)
        model = _ONE_MODEL.search(fold_each(text[a : mention.span[0]]))
    if model is None:
        return None
    words = text[a + model.start("words") : a + model.end("words")]
    return f"it is about one model ({words}), not the area's: add it to that model's record"


def _of_the_period_compared(text: str, mention: FigureMention) -> str | None:
    """Why a count of the period a change is compared with, not dated, is left out.

    In brackets after it ("so với cùng kỳ (286 mô hình)"), or heading the clause: "Cùng
    kỳ năm trước, toàn tỉnh công nhận 748 mô hình".
    """
    a = max(0, mention.span[0] - 100)
    before = fold_each(text[a : mention.span[0]])
    compared = _COMPARED_UNDATED.search(before)
    if compared is not None:
        words = text[a + compared.start() : a + compared.end("words")]
        return f"a count of the period compared with ('{words}'): set its period"
    compared = _EARLIER.search(before)  # heading the clause, no period of its own after it
    dated = mention.evidence.get("period")
    if compared is None or (dated is not None and dated[1][0] > a + compared.start()):
        return None
    words = text[a + compared.start("words") : a + compared.end("words")]
    return f"a count of the period compared with ('{words}'): set its period"


def _why_no_measure(verb: str) -> str:
    """Why a verb read gives no measure: denied, an aim, or done to models that exist.

    "không công nhận 6 …", "chưa tặng Giấy khen cho …"; "kiểm tra 45 mô hình được công
    nhận" recognised none of them.
    """
    if acted_upon(fold(verb)):
        return f"'{verb}' is what was done to them, not what they count: set the measure"
    return f"'{verb}' is denied, only an aim or proposed: set the measure if done"


def _why_a_target(words: str) -> str:
    """Why a target, or a result's margin over one ("vượt 28 mô hình"), is left out."""
    if fold(words) == "vuot":
        return f"the margin over a target ('{words}'), not a result"
    return f"a target ('{words}'), not a result"


def _why_not(mention: FigureMention, movement: str, scope: str) -> str | None:
    if mention.target_words is not None:
        return _why_a_target(mention.target_words)
    if mention.average_words is not None:
        return _why_no_total(mention.average_words)
    if mention.place_words is not None and not _names(scope, mention.place_words):
        return f"it is about '{mention.place_words}', not {scope!r}: add it to that unit's report"
    words = mention.movement_words
    if words is not None and movement.replace("-", " ") not in fold(words):
        return f"it belongs to the programme of '{words}', not to {movement!r}"
    if mention.respectively_words is not None:  # "A, B lần lượt có 5, 7 và 9 mô hình"
        cells = mention.respectively_words
        return f"one of counts given in turn to '{cells}', whose cells are not read: set its cell"
    if isinstance(mention.value, Quantity) and mention.unit_of_measure not in AMOUNT_UNITS:
        return f"a fraction of what is counted whole ({mention.value}): set its unit"
    if mention.measure is None and "measure" in mention.evidence:  # "không công nhận 6 …"
        return _why_no_measure(mention.evidence["measure"][0])
    if mention.awarded:
        return None
    if isinstance(mention.value, Percent):
        return NO_BASE
    if mention.measure is None:
        return _UNMEASURED
    if mention.unit_of_measure is None and not mention.noun:  # a bare number in a list
        return "the text does not say what it counts"
    if mention.unit_of_measure is None:
        return f"no unit of measure is known for '{mention.noun}'"
    return None


_THEN_AFTER_IT = re.compile(THEN_TO)
_FROM = re.compile(r"\btu\s?$")


def value_before(text: str, mentions: Sequence[FigureMention], i: int) -> bool:
    """Whether mention ``i`` is the value before a change, in the period of the one after.

    "từ 1.245 mô hình xuống còn 986 mô hình", with no period for either: the two are not
    both the period's. With a period each ("từ 64 mô hình (năm 2022) lên 97 mô hình (năm
    2025)"), each is drafted in its own.
    """
    if i + 1 >= len(mentions):
        return False
    mention, after = mentions[i], mentions[i + 1]
    between = fold(text[mention.span[1] : after.span[0]])
    return (
        mention.period in (None, after.period)
        and _FROM.search(fold(text[max(0, mention.span[0] - 6) : mention.span[0]])) is not None
        and _THEN_AFTER_IT.fullmatch(between) is not None
    )


# A total since the movement began, of no one period: "Lũy kế đến nay, …", "Từ khi phát
# động phong trào đến nay, …".
_TO_DATE = re.compile(
    r"\b(?:luy\ske|tu\s(?:khi|ngay)\s(?:phat\sdong|trien\skhai)[^.;\n0-9]{0,40}?\sden\snay)\b"
)
# …and a count added up over time "up to now": "Tính đến nay, … 1.240 mô hình được công
# nhận" (a stock "đến nay" stands on the report's day; "từ đầu năm đến nay" is the year's).
_A_DIGIT = re.compile(r"[0-9]")
_UP_TO_NOW = re.compile(r"(?<!dau\snam\s)\b(?:tinh\s)?den\s(?:nay|thoi\sdiem\s(?:nay|bao\scao))\b")
# …or over the years it has run, which are the report's only if it spans as many:
# "Qua 5 năm triển khai, …", "Sau 5 năm thực hiện, …", "5 năm qua, …", "Trong 3 năm gần
# đây, …", "Tổng kết 5 năm, …".
_OVER_YEARS = re.compile(
    r"\b(?:(?:sau|qua|trong|(?:tong|so)\sket)\s(?P<years>[0-9]{1,2})\snam"
    r"(?:\s(?:to\schuc\s)?(?:thuc\shien|trien\skhai))?"
    r"|(?P<past>[0-9]{1,2})\snam\s(?:qua|gan\sday|tro\slai\sday))\b"
)
_TO_DATE_REACH = 160
_CLAUSE_ENDS = re.compile(r"[.;\n]\s")  # a full stop, a semicolon, a line's end
# A total raised to, of every year before: "…, nâng tổng số mô hình được công nhận (từ năm
# 2021 đến nay) lên 1.432"; of a measure added up over time, it is no year's (a stock's
# may be).
_RAISED_TO = re.compile(
    r"\b(nang\s(?:tong\s)?so)\b(?:[^.;:\n0-9]|\b(?:19|20)[0-9]{2}\b){0,80}\slen\s?$"
)
_SUMMED = frozenset(m.code for m in Measure.builtins() if m.across_time.value == "sum")


def to_date(text: str, mention: FigureMention, period: Period | None) -> str | None:
    """Why a count since the movement began is left out, when the text gives no period.

    "Lũy kế đến nay, toàn tỉnh có 6.215 mô hình được công nhận": of no year, so not of
    the report's either. "Qua 5 năm triển khai, … 4.012 mô hình" is of no ``period``
    given that does not span five years.
    """
    start = mention.span[0]
    before = text[max(0, start - _TO_DATE_REACH) : start]
    raised = _RAISED_TO.search(folded := fold(before))
    if raised is not None and mention.measure in _SUMMED:  # "nâng tổng số … lên 1.432"
        lead = len(before) - len(before.lstrip())  # fold() trims the text's ends
        words = before[lead + raised.start(1) : lead + raised.end(1)]
        words = words if fold(words) == raised[1] else raised[1]
        return f"a total to date ('{words} … lên'), of no period the text gives: set its period"
    if mention.period is None and "period" in mention.evidence:  # "6 tháng cuối năm, …"
        words = mention.evidence["period"][0]
        if of_the_year(mention, period) is None:
            return f"part of a year ('{words}'), of no year the text gives: set its period"
        return None
    if mention.period is not None or mention.as_of is not None or mention.change is not None:
        return None
    sentence = before[max(before.rfind(". "), before.rfind("\n")) + 1 :].strip()
    folded = fold(sentence)
    said = _TO_DATE.search(folded)
    if said is None and mention.measure in _SUMMED:  # not "đăng ký 240 …, đến nay có 205 …"
        said = _UP_TO_NOW.search(folded)
        said = None if said is None or _A_DIGIT.search(folded, 0, said.start()) else said
    if said is None:
        said = _OVER_YEARS.search(folded)
        if said is None:  # "… được biểu dương, khen thưởng trong 5 năm qua."
            after = text[mention.span[1] : mention.span[1] + _TO_DATE_REACH]
            sentence = _CLAUSE_ENDS.split(after, maxsplit=1)[0].strip()
            folded = fold(sentence)
            said = _OVER_YEARS.search(folded)
        if said is None or period is None or _years(period) == int(said["years"] or said["past"]):
            return None
        words = sentence[slice(*said.span())] if len(folded) == len(sentence) else said[0]
        return f"a total over the years ('{words}'), not of {period}: set its period"
    words = sentence[slice(*said.span())] if len(folded) == len(sentence) else said[0]
    return f"a total to date ('{words}'), of no period the text gives: set its period"


def period_of(mention: FigureMention, period: Period | None) -> Period | None:
    """The period a drafted figure is of: its own, or the report's ``period``.

    Of the report's, the part of the year a mention names without its year ("6 tháng
    cuối năm"); no period for a count that stands on a day ("Lũy kế đến hết năm 2025,
    … 6.830 mô hình được công nhận" is no count of the year's).
    """
    if mention.period is not None or mention.as_of is not None:
        return mention.period
    return of_the_year(mention, period) or period


def of_the_year(mention: FigureMention, period: Period | None) -> Period | None:
    """The part of the year of ``period`` a mention names without its year, if one year.

    "…; 6 tháng cuối năm, công nhận 194 mô hình" in a report of 2025 is of its second
    half; "Riêng quý II, …" of its second quarter. ``None`` when the mention names no such
    part, or ``period`` is no one year.
    """
    if mention.period is not None or "period" not in mention.evidence or period is None:
        return None
    part = _PART_OF_A_YEAR.search(fold(mention.evidence["period"][0]))
    if part is None or _years(period) != 1:
        return None
    return Period.parse(f"{part[0]} nam {period.start.year}")


_PART_OF_A_YEAR = re.compile(r"[0-9]{1,2}\sthang\s(?:dau|cuoi)|quy\s(?:iv|iii|ii|i|[1-4])\b")


def _years(period: Period) -> int:
    """How many calendar years a period spans: 2021-2025 spans five."""
    return (period.end or period.start).year - period.start.year + 1


def _why_no_total(words: str) -> str:
    """Why a count of every year, of each one or on average is no total of the scope."""
    said = fold(words)
    if said.endswith(" nam"):  # "Hằng năm", "Mỗi năm"
        return f"a figure of every year ('{words}'), not of one"
    if said.startswith("tu "):  # "có từ 3 mô hình trở lên"
        return f"a threshold ('{words}'), not a count"
    if said.startswith(("moi ", "tat ca")) or "%" in said or said[:1].isdigit():  # "8 xã …"
        return f"a figure of each one ('{words}'), not a total"
    if said.startswith(("ong ", "ba ", "anh ", "chi ", "gia dinh ", "ho ")):  # "Ông …"
        return f"a figure of one person or household ('{words}'), not a total"
    return f"an average ('{words}'), not a count"


def _names(scope: str, place: str) -> bool:
    """Whether a figure's unit words name its scope: "thị xã Hồng Lĩnh", ".../hong-linh/..."."""
    if fold(place) in NATION:  # "Cả nước": the country's own report only
        return "/" not in scope
    name = slugify(_UNIT_WORD.sub("", fold(place), count=1))
    return bool(name) and re.search(rf"(?:^|[/-]){re.escape(name)}(?:$|[/-])", scope) is not None


_UNIT_WORD = re.compile(rf"^{UNIT_KIND}\s")  # place words start with one


def inferred(mention: FigureMention, name: str, words: str) -> str:
    """The note that says which words gave a drafted figure's attribute ``name``."""
    if name == "part_of":
        return f"part of '{words}': the parts in the next sentence add up to it"
    if name == "period" and mention.period is None:  # "6 tháng cuối năm", of no year
        return f"period from '{words}', in the year of period="
    if name == "estimate_words":
        return f"status estimated from '{words}'"
    if getattr(mention, name) is None:
        return f"{name}: '{words}' does not say which; set it"
    return f"{name} from '{words}'"


def cell_in_words(mention: FigureMention) -> str | None:
    """The report's words for a cell no vocabulary places, if any.

    A level that names no one level ("cấp thành phố"); how models stopped ("37 mô hình
    không còn phù hợp; 12 mô hình được loại khỏi danh sách": two cells, not one count
    given twice).
    """
    level, stopped = mention.evidence.get("level"), mention.evidence.get("status")
    if level is not None and mention.level is None:
        return level[0]
    return stopped[0] if stopped is not None and mention.status is ModelStatus.STOPPED else None


# An emulation title, which is no award form: "Cờ thi đua", "danh hiệu Tập thể lao động
# xuất sắc", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến".
_TITLE = re.compile(
    r"\b(?:co\sthi\sdua|chien\ssi\sthi\sdua|lao\sdong\stien\stien"
    r"|tap\sthe\slao\sdong\s(?:xuat\ssac|tien\stien)|danh\shieu\s(?!vinh\sdu)[a-z]+(?:\s[a-z]+){0,5})"
)
_TITLE_REACH = 80
_PEOPLE = (HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL)  # a household's titles are programmes
_RIGHT_AFTER = re.compile(r"[^,.;:()\n0-9]{0,30}")


def _title_given(text: str, mention: FigureMention) -> str | None:
    """Why a count of holders given an emulation title is left out, if it is one.

    "UBND tỉnh tặng Cờ thi đua cho 3 tập thể": a title, not an award form, so no batch;
    nor is "5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua" recognised as the
    movement recognises.
    """
    if mention.measure not in (None, "recognised") or mention.holder not in _PEOPLE:
        return None
    lo = max(0, mention.span[0] - _TITLE_REACH)
    hi = min(len(text), mention.span[1] + _TITLE_REACH)
    for stop in ("\n", ";", ". "):  # in the count's sentence only
        k = text.rfind(stop, lo, mention.span[0])
        lo = k + len(stop) if k >= 0 else lo
        k = text.find(stop, mention.span[1], hi)
        hi = k if k >= 0 else hi
    near = text[lo:hi].strip()  # as fold() trims it
    folded = fold(near)
    title = _TITLE.search(folded)
    after = mention.span[1] - lo - (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
    if title is None or (
        mention.measure is not None  # "5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua"
        and not _RIGHT_AFTER.fullmatch(folded, after, title.start())
    ):
        return None
    words = near[slice(*title.span())] if len(folded) == len(near) else title[0]
    return f"an emulation title ('{words}'), which is no award form: add it by hand"
