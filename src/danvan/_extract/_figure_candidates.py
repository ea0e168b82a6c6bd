"""Which numbers of a text may be figures, and those read as none, with why.

Numbers inside a date, a period, a document's reference, a table's grid or a quoted name
are no figures, nor ordinals, document numbers, years and days. A range ("từ 30 đến 40
mô hình"), a number that reads two ways ("1,240 mô hình": 1,24 in Vietnamese notation,
1240 in English), one with a space in it ("1 240") or a decimal dot ("12.5%") is no
count either: each is kept with a note, so that a draft says so rather than lose it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_nouns import noun_after
from danvan._extract._figure_words import (
    CANDIDATE,
    NOT_FIGURE_AFTER,
    NOT_FIGURE_BEFORE,
    NOT_RATIO_BEFORE,
    QUALIFIER,
    RANGE,
    RANGE_END,
    RANGE_START,
)
from danvan._extract._notations import (
    DECIMAL_DOT,
    SPACED,
    TWO_WAYS,
    Unread,
    decimal_dots,
    spaced,
    two_ways,
)
from danvan._extract._numbered_names import ends_a_unit_s_name, listed_by_number
from danvan._measures import UnitOfMeasure
from danvan._qualifiers import QUALIFIER_PREFIXES
from danvan._text import fold

__all__ = [
    "candidates",
    "A_RANGE",
    "DECIMAL_DOT",
    "OVER_ITS_WHOLE",
    "SPACED",
    "TWO_WAYS",
    "Unread",
    "figure_candidates",
]

#: Why a range is no figure.
A_RANGE = "a range, which no count holds: add it by hand if it is a result"
#: Why a count over another larger than it is no figure: "315/300 mô hình".
OVER_ITS_WHOLE = "more than the whole it is out of (done against a plan?): add it by hand"

# "sở" folds as "số" does: "cơ sở 692" is a count of the grassroots level, not "số 692".
_A_PLACE = re.compile("sở", re.IGNORECASE)
_UNITS_OF_A_KIND = re.compile(r"[;:]\s?(?:[-+•*]\s?)?$")  # "…; tổ dân phố 2 mô hình": a cell
_MODELS_AFTER = re.compile(r"\s(?:mo\shinh|dien\shinh)\b")
_MERGED = re.compile(r"sap\snhap|hop\snhat")  # the units a new one was merged from


# A footnote's mark glued to the word before it: "mô hình(1)", "248 mô hình(2)".
_NOTE_MARK = re.compile(r"[^\W_]\([0-9]{1,2}\)")
_ORDINAL_OF_ITS_LINE = re.compile(r"[.)][ \t]+[^\W\d_]")
_AT_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _numbers_its_line(folded: str, match: re.Match[str]) -> bool:
    """Whether a number numbers its line in a list: "1. Mặt trận Tổ quốc huyện: …"."""
    start = match.start("number")
    return (
        _ORDINAL_OF_ITS_LINE.match(folded, match.end()) is not None
        and _AT_LINE_START.search(folded, max(0, start - 8), start) is not None
    )


# A model's name of numbers and words, unquoted, right after its noun: "mô hình 5 không, 3
# sạch", "mô hình 3 an toàn"; a count comes before its noun, not after it.
_IN_A_NAME = re.compile(r"\bmo\shinh\s(?:[0-9]\s[a-z]+(?:\s[a-z]+)?,?\s)?$")
_NAMES_A_MODEL = re.compile(
    r"\s(?:khong|sach|tot|co|an\stoan|xanh|giam|tang|cung|du|dep|tu\squan)\b"
)


# The words that number what follows them, or that a duration or a breakdown's kinds are
# counted in, as they are written: the folded words of ``NOT_FIGURE_BEFORE`` and
# ``NOT_FIGURE_AFTER`` are other words too ("thụ", "thu" are no "thứ", "gặp" no "gấp";
# "45 nam" are men, "120 giỏ quà" are baskets).
_NUMBERING = "số thứ khóa khoá khoản điều mục lục gấp đợt lần nhập nhất ngày tháng xóm ấp phố tổ"
_COUNTED_IN = "năm tuần giờ phút tuổi quý quí loại lĩnh nhóm cấp khối thôn đội khóm khu"
_AS_WRITTEN = frozenset((*_NUMBERING.split(), *_COUNTED_IN.split()))
_AS_FOLDED = frozenset(fold(word) for word in _AS_WRITTEN)


def _written_as_another_word(source: CleanText, start: int, end: int, *, last: bool) -> bool:
    """Whether the ``last`` (or first) word of a span is written as no word of ``_AS_WRITTEN``."""
    words = source.clean[start:end].strip(" :").split(" ")
    word = (words[-1] if last else words[0]).lower()
    return word not in _AS_WRITTEN and fold(word) in _AS_FOLDED


def _a_duration(source: CleanText, match: re.Match[str]) -> bool:
    """Whether a number is a duration, an age or a count of kinds: "05 (năm) năm thực hiện".

    Not "45 nam, 30 nữ" (men), "120 giỏ quà" (baskets).
    """
    after = NOT_FIGURE_AFTER.match(source.folded, match.end())
    start = match.start()
    if after is not None and _WORKDAYS_LABEL.search(source.folded, max(0, start - 60), start):
        return False  # "Ngày công đóng góp: 3.800 ngày": the days are workdays
    return after is not None and not _written_as_another_word(source, *after.span(), last=False)


# A line's label of workdays, before its value: "Ngày công đóng góp: ", "Số ngày công: ";
# or an item's after another's: "- Kinh phí …: 156,8 tỷ đồng; ngày công: 98.500 ngày".
_WORKDAYS_LABEL = re.compile(r"(?:^|\n|[;,]\s)[^\n:;,]{0,20}\bngay\scong\b[^\n:;,]{0,30}:\s?$")


def _a_name_or_a_number(source: CleanText, match: re.Match[str]) -> bool:
    """Whether a candidate numbers something, or is of a model's name.

    "số 03", "lần thứ 3" (not "cấp cơ sở 692"); "mô hình 5 không, 3 sạch".
    """
    folded, start = source.folded, match.start("number")
    before = NOT_FIGURE_BEFORE.search(folded, max(0, start - 12), start)
    if before is not None and _written_as_another_word(source, *before.span(), last=True):
        before = None  # "tiêu thụ 120 tấn", "thu 45 triệu đồng", "gặp 45 hộ": no "thứ", "gấp"
    if before is not None and not _A_PLACE.match(source.clean, before.start()):
        if folded.startswith("top", before.start()):  # a rank: "…; tốp 5 mô hình dẫn đầu"
            return True
        if _MERGED.match(folded, before.start()):  # "sáp nhập 3 xã"; "hợp nhất 7 mô hình" counts
            return not _MODELS_AFTER.match(folded, match.end("number"))
        item = _UNITS_OF_A_KIND.search(folded, max(0, before.start() - 4), before.start())
        return item is None or not _MODELS_AFTER.match(folded, match.end("number"))  # not "Tổ 5 có"
    if ends_a_unit_s_name(source, start) or listed_by_number(folded, start, match.end("number")):
        return True  # "xã Sơn Kim 2 có 30 hộ", "các phường 1, 2, 3 và …": names, no counts
    return bool(
        _NAMES_A_MODEL.match(folded, match.end())
        and _IN_A_NAME.search(folded, max(0, start - 24), start)
    )


# A multiple of another figure: "tăng 1,6 lần so với năm 2020", "gấp 2 lần", "bằng 1,2 lần".
_TIMES = re.compile(r"\b(tang|giam|gap|tang\sgap|bang)\s(?:(?:hon|gan|khoang|tren)\s)?$")
_LAN = re.compile(r"\slan\b")


def _a_multiple(source: CleanText, match: re.Match[str], unread: list[Unread]) -> bool:
    """Whether a number is a multiple of another figure, which is no count; kept with a note."""
    folded, start = source.folded, match.start()
    if match["percent"] is not None or not _LAN.match(folded, match.end()):
        return False
    times = _TIMES.search(folded, max(0, start - 12), start)
    if times is None:
        return False
    end = match.end() + len(" lần")
    said = source.clean[times.start(1) : end]  # "tăng 1,6 lần", "gấp 2 lần"
    unread.append(
        (*source.span(start, end), f"a multiple of another figure ('{said}'), not a count")
    )
    return True


# Where a number can start, found fast (a character class first): a run of digits, or
# "hàng" of "hàng trăm"; and a qualifier written right before it.
_NUMBER_START = re.compile(r"[0-9](?<![0-9][0-9])|h(?<=\bh)ang\s")
_QUALIFIER_BEFORE = re.compile(rf"\b(?:{QUALIFIER})\s$")
_QUALIFIER_REACH = 2 + max(map(len, QUALIFIER_PREFIXES)) + len(" la")


def candidates(folded: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`CANDIDATE` in ``folded``, as ``finditer`` gives them.

    Tried only where a number starts, with its qualifier before it: three times as fast
    on report text as trying the pattern, with its optional qualifier first, everywhere.
    """
    last = 0
    for start in _NUMBER_START.finditer(folded):
        at = start.start()
        if at < last:
            continue
        qualifier = _QUALIFIER_BEFORE.search(folded, max(last, at - _QUALIFIER_REACH), at)
        found = None if qualifier is None else CANDIDATE.match(folded, qualifier.start())
        found = found or CANDIDATE.match(folded, at)
        if found is not None:
            last = found.end()
            yield found


def _read_again(folded: str, found: re.Match[str]) -> re.Match[str] | None:
    """The number after "trên" read on its own when the two are no ratio, if so.

    "năm 2025 trên 126 tỷ đồng": 2025 is above 126, so no share of it; the 126 is over 126
    billion đồng.
    """
    out_of, number = found["out_of"], found["number"]
    if out_of is None or not number[:1].isdigit() or "/" in found.group():
        return None
    if int(number.split(",")[0].replace(".", "")) <= int(out_of.replace(".", "")):
        return None
    return CANDIDATE.match(folded, found.end("number") + 1)


# "More" or "fewer" before a number compared with another period after it: a difference.
_MORE_OR_FEWER = re.compile(r"\b(?:nhieu|it|cao|thap)\s$")
_COMPARED_AFTER = re.compile(r"[^.;:()\n]{0,40}?\sso\svoi\b")


def _compared(folded: str, found: re.Match[str]) -> re.Match[str]:
    """The number without "hơn" when it is a difference from a period compared with.

    "…, ít hơn 94 mô hình so với năm 2024": 94 fewer, no count over 94; "có nhiều hơn
    300 mô hình" is over 300.
    """
    if found["qualifier"] != "hon" or not _MORE_OR_FEWER.search(
        folded, max(0, found.start() - 6), found.start()
    ):
        return found
    if _COMPARED_AFTER.match(folded, found.end()) is None:
        return found
    return CANDIDATE.match(folded, found.start("number")) or found


def figure_candidates(
    source: CleanText, claimed: Spans, quoted: Spans, unread: list[Unread]
) -> Iterator[re.Match[str]]:
    """The candidate numbers of ``source`` that may be figures, in order.

    Not those in the ``claimed`` spans (dates, periods, references, tables) or in the
    ``quoted`` names; the numbers read as none with a note are added to ``unread`` (those
    in a person's quoted words and in a caption, by :func:`quoted_spans`).
    """
    folded = source.folded
    decimal_dots(source, claimed, unread)  # "12.5%", "1.2 tỷ đồng": English notation
    if "-" in folded:
        _ranges_joined(source, claimed, unread)
    for scanned in candidates(folded):
        found = _compared(folded, scanned)  # "…, ít hơn 94 mô hình so với năm 2024"
        again = _read_again(folded, found)  # "năm 2025 trên 126 tỷ đồng"
        for match in (found,) if again is None else (found, again):
            if _may_be_a_figure(source, match, claimed, quoted, unread):
                yield match


def _may_be_a_figure(
    source: CleanText, match: re.Match[str], claimed: Spans, quoted: Spans, unread: list[Unread]
) -> bool:
    """Whether ``match`` may be a figure; the numbers read as none are added to ``unread``."""
    folded = source.folded
    start = match.start("number")
    if claimed.covers(source.span(start, start + 1)[0]) or quoted.covers(start):
        return False
    if (
        start >= 2
        and _NOTE_MARK.match(folded, start - 2)
        and match.end() == start + len(match["number"])
    ):
        return False  # a footnote's mark: "… 3.126 mô hình(1) …"
    if _a_fraction(source, match, unread):
        return False  # "khoảng 1/3 là mô hình mới": a share, written as no count holds it
    if _a_multiple(source, match, unread) or _a_name_or_a_number(source, match):
        return False  # "tăng 1,6 lần so với năm 2020": said, no count; "lần thứ 3"
    if match["percent"] is None and (
        _a_duration(source, match) or _numbers_its_line(folded, match)
    ):
        return False
    if RANGE_END.search(folded, max(0, start - 8), start):
        _a_range(source, match, unread)
        return False  # "từ 3 đến 5 mô hình": a range, which no count holds
    if match["out_of"] is None and RANGE_START.match(folded, match.end()):
        return False
    number = match["number"]
    if (  # a year, one long past too ("thành lập năm 1829"); not "có 1995 hộ"
        number.isdigit()
        and len(number) == 4
        and (number[:2] in ("19", "20") or folded.endswith("nam ", 0, start))
    ):
        return _a_count_of_a_year(folded, start, match.end())
    if "," in number and two_ways(source, match, unread):
        return False  # "1,240 mô hình": 1,24 or 1 240
    if len(number) == 3 and number.isdigit() and spaced(source, match, unread):
        return False  # "1 240 mô hình": 240, or 1 240? "0912 345 678": a telephone's
    out_of = match["out_of"]
    if out_of is None:
        return True
    over = int(number.split(",")[0].replace(".", "")) > int(out_of.replace(".", ""))
    if over and int(out_of.replace(".", "")) > 12 and "," not in number:  # no day's month
        noun_end, unit, _, _ = noun_after(folded, match.end())  # "315/300 mô hình": done of
        end = noun_end if unit is not None else match.end()  # a plan's, more than its whole
        unread.append((*source.span(start, end), OVER_ITS_WHOLE))
        return False
    return not (  # "22/11", "Sáng 5/12": a day, not a ratio
        "," in number or over or NOT_RATIO_BEFORE.search(folded, max(0, start - 8), start)
    )


# Two numbers joined by a hyphen, neither a candidate alone: "từ 3-5 mô hình".
_JOINED_RANGE = re.compile(r"-(?<=[0-9]-)[0-9]{1,4}(?![\w/-]|[.,][0-9])")
_ITS_START = re.compile(r"(?:\btu\s)?(?<![\w/.,:-])[0-9]{1,4}$")


def _ranges_joined(source: CleanText, claimed: Spans, unread: list[Unread]) -> None:
    """Note each range written with a hyphen and no spaces before a known noun as unread.

    "Mỗi xã xây dựng từ 3-5 mô hình": no count holds it, and its numbers, joined as a
    symbol's are, are no candidates; not a day ("ngày 3-5") nor a period, claimed.
    """
    folded = source.folded
    for joined in _JOINED_RANGE.finditer(folded):
        first = _ITS_START.search(folded, max(0, joined.start() - 8), joined.start())
        if first is None or claimed.covers(source.span(first.start(), first.end())[0]):
            continue
        noun_end, unit, _, _ = noun_after(folded, joined.end())
        if unit is not None:
            unread.append((*source.span(first.start(), noun_end), A_RANGE))


def _a_range(source: CleanText, match: re.Match[str], unread: list[Unread]) -> None:
    """Keep the span of a range whose second number a known noun follows."""
    folded = source.folded
    noun_end, unit, _, _ = noun_after(folded, match.end())
    first = RANGE.search(folded, max(0, match.start() - 30), match.start("number"))
    if unit is not None and first is not None:
        unread.append((*source.span(first.start(), noun_end), A_RANGE))


# What a fraction of a whole is followed by: "1/3 là mô hình mới", "2/3 số mô hình".
_OF_A_WHOLE = re.compile(r"\s(?:la|so|tong\sso|cac)\b")


def _a_fraction(source: CleanText, match: re.Match[str], unread: list[Unread]) -> bool:
    """Keep a fraction of a whole with a note: "khoảng 1/3 là mô hình mới", "2/3 số xã".

    A part out of ten or fewer, which "1/3" is, but not "2/3 xã" (two communes of three).
    """
    part, whole = match["number"], match["out_of"]
    if whole is None or not part.isdigit() or not whole.isdigit() or "/" not in match[0]:
        return False
    if not 0 < int(part) < int(whole) <= _MOST_PARTS or not _OF_A_WHOLE.match(
        source.folded, match.end()
    ):
        return False
    why = f"a fraction ({part}/{whole}) of a whole, which no count holds: add it as a share"
    unread.append((*source.span(match.start(), match.end()), why))
    return True


_MOST_PARTS = 10


# What a year follows: "năm 2025", "giai đoạn 2021 - 2025", "2021-2025", "tháng 9/2025".
_YEAR_BEFORE = re.compile(r"(?:\b(?:nam|doan|ky|den|tu|va|cuoi|dau|het|thang|quy)\s|[-–/,(]\s?)$")


def _a_count_of_a_year(folded: str, start: int, end: int) -> bool:
    """Whether a number written as a year counts what its noun says: "có 1995 hộ tham gia".

    Only right after a verb or a qualifier, with a noun a count has: "Năm 2025 mô hình …"
    and "2021 - 2025" are years.
    """
    if _YEAR_BEFORE.search(folded, max(0, start - 12), start):
        return False
    _, unit, _, _ = noun_after(folded, end)
    return unit is not None and unit is not UnitOfMeasure.UNITS
