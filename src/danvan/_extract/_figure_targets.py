"""What makes a number a target or a forecast, not a result.

"Phấn đấu …", "Chỉ tiêu năm 2026: …", "dự kiến …", "đặt mục tiêu …", a target in
brackets ("đạt 86,7% kế hoạch (60 mô hình)"), a section of plans ("III. PHƯƠNG HƯỚNG,
NHIỆM VỤ NĂM 2026"), and the margin over one ("vượt 28 mô hình"); not a target met or
exceeded ("vượt chỉ tiêu", "đạt 120% chỉ tiêu", "đạt mục tiêu").
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import SENTENCE_REACH
from danvan._extract._figure_words import SENTENCE_END
from danvan._extract._patterns import LINE_NUMBER, SECTION_NUMBER, at_word_start, section_depth

__all__ = ["target_words"]

# The margin a result exceeds its target by: "vượt 28 mô hình (so với kế hoạch)".
_OVER_A_TARGET = re.compile(r"\b(vuot)\s(?:(?:chi\stieu|ke\shoach)\s)?$")
# What makes a number a target or a forecast; not a target met or exceeded.
_TARGET = re.compile(
    at_word_start(
        r"phan\sdau",
        r"du\skien",
        r"chi(?<!vuot\schi)(?<!dat\schi)(?<!thanh\schi)(?<!voi\schi)(?<!%\schi)\stieu",
        r"muc(?<!vuot\smuc)(?<!dat\smuc)(?<!thanh\smuc)(?<!voi\smuc)(?<!%\smuc)\stieu",
        r"ke\shoach\s(?:de|dat)\sra",  # "Kế hoạch đề ra đăng ký 1.200 mô hình, kết quả …"
    )
    + r"\b"
)
# A target in brackets after the words that name it, or in them: "đạt 86,7% kế hoạch (60
# mô hình)", "đạt 103% kế hoạch (kế hoạch 400 mô hình)".
_TARGET_IN_BRACKETS = re.compile(
    r"\b((?:chi\stieu|ke\shoach|muc\stieu)(?:\s(?:[a-z]+|(?:19|20)[0-9]{2})){0,6})"
    r"\s?\(\s?$|\(\s?((?:chi\stieu|ke\shoach|muc\stieu)(?:\s(?:[a-z]+|(?:19|20)[0-9]{2})){0,3})\s?:?\s$"
)
_A_SHARE = re.compile(r"[0-9][0-9.,]*\s?%")
# The result set beside a target, after it: "…; kết quả đạt 186 mô hình".
_RESULT = re.compile(  # "…, thực hiện 1.245": the result beside its plan
    r"[;,]\s(?:ket\squa|thuc\ste|thuc\shien\sduoc|da\sdat|thuc\shien(?=\s?(?:$|[0-9]))"
    r"|(?:tinh\s)?den\s(?:nay|thoi\sdiem\snay|het\snam|cuoi\snam)(?:,?\sda)?)\b"  # "…, đến nay"
    r"|\sda\s(?:dat|hoan\sthanh)(?:\sva\svuot)?(?:\s(?:chi\stieu|ke\shoach))?\s?[,;:]"  # "… đã đạt
)  # và vượt, bình quân mỗi năm 1.186 mô hình": the target met, the counts after it done


def target_words(source: CleanText, start: int) -> tuple[int, int] | None:
    """The words before the number in its sentence that make it a target, not a result.

    "Phấn đấu …", "Chỉ tiêu năm 2026: …", "dự kiến …", "kế hoạch (60 mô hình)", and the
    margin over one ("vượt 28 mô hình"); not "vượt chỉ tiêu", "đạt 120% chỉ tiêu", "hoàn
    thành chỉ tiêu", "so với chỉ tiêu".
    """
    over = _OVER_A_TARGET.search(source.folded, max(0, start - 24), start)
    if over is not None:  # "vượt 28 mô hình so với kế hoạch": by how much, no result
        return over.span(1)
    bracketed = _TARGET_IN_BRACKETS.search(source.folded, max(0, start - 40), start)
    # "vượt 12,6% chỉ tiêu đề ra (1.000 mô hình)": the target; not "… đạt và vượt kế hoạch
    # (91,7%)", the share of the count before that met its plan
    if bracketed is not None and not _A_SHARE.match(source.folded, start):
        return bracketed.span(1) if bracketed[1] is not None else bracketed.span(2)
    reach = max(0, start - SENTENCE_REACH)
    targets = source.spans_in(_TARGET, reach, start)
    targets = sorted([*targets, *_targets_set(source, reach, start)])
    if not targets:
        return _plans_heading(source, start)
    stops = source.spans_in(SENTENCE_END, reach, start)
    sentence = stops[-1][1] if stops else reach
    found = next(((a, b) for a, b in targets if a >= sentence and b <= start), None)
    if found is None:  # a target in a sentence before, not its own: its section's heading
        return _plans_heading(source, start)
    if _RESULT.search(source.folded, found[1], start):
        # "Chỉ tiêu … 150 mô hình; kết quả đạt 186 mô hình": the result, unless its section
        # is of plans ("Phấn đấu …; đến cuối năm 2025 có 35 mô hình" under "PHƯƠNG HƯỚNG")
        return _plans_heading(source, start)
    return found


# A target set ("đặt mục tiêu", "đặt ra chỉ tiêu"), which folds as one met does ("đạt mục
# tiêu"): told apart by its marks.
_SET_OR_MET = re.compile(r"d(?<!\wd)at\s(?:ra\s)?(?:muc|chi)\stieu\b")


def _targets_set(source: CleanText, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the targets set ("đặt mục tiêu …") from ``a`` up to ``b``."""
    return [
        (x, y)
        for x, y in source.spans_in(_SET_OR_MET, a, b)
        if source.clean[x : x + 3].lower() == "đặt"
    ]


# A heading of what is to be done, not what was: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
# "Nhiệm vụ 6 tháng cuối năm:", "II. CHỈ TIÊU", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"; and
# the headings of sections of another kind, which end one: "II. KẾT QUẢ THỰC HIỆN".
_PLANS = re.compile(
    rf"(?m)^{LINE_NUMBER}"
    r"(?P<words>(?:phuong\shuong|nhiem\svu|chi\stieu|muc\stieu)"  # "II. CHỈ TIÊU"
    r"(?:,?\s(?:nhiem\svu|giai\sphap|trong\stam|chu\syeu|cu\sthe))*"
    r"(?:\s(?:nam|thang|quy|giai\sdoan|[0-9]{1,2}\sthang|cong\stac|nhiem\sky"
    r"|(?:trong\s)?(?:thoi\sgian|giai\sdoan)\s(?:toi|tiep\stheo)|nhung\sthang"
    r"|cuoi\snam|den\s(?:nam|het|cuoi))\b[^\n:.]{0,40})?)"
    r"(?=\s?(?::|$))"
)
_SECTION = re.compile(r"(?m)^[ \t]*[ivx]{1,4}[.)][^\n]*|^[^\n]{0,120}:[ \t]*$")
# …and a line of results ("Kết quả 9 tháng: …", "Lũy kế đến …"), or one numbered as the
# heading is or higher: "1. Chỉ tiêu năm 2025: …" is over by "2. Lũy kế …", not "1.1. …".
_RESULTS = re.compile(rf"(?m)^{LINE_NUMBER}(?:ket\squa|luy\ske)\b")
_NUMBERED = re.compile(rf"(?m)^[ \t]*{SECTION_NUMBER}[ \t]")
_HEADING_REACH = 3000


def _plans_heading(source: CleanText, start: int) -> tuple[int, int] | None:
    """The heading of plans a number is under, in its section: "III. PHƯƠNG HƯỚNG …".

    A line that opens on "Phương hướng" or "Nhiệm vụ" and ends there or at a colon heads
    what follows it, up to the next line numbered with a Roman numeral or ending on a
    colon: "Nhiệm vụ 6 tháng cuối năm: tiếp tục … hoàn thành 15 mô hình còn lại".
    """
    reach = max(0, start - _HEADING_REACH)
    plans = source.spans_in(_PLANS, reach, start)  # each line's start; its words below
    if not plans:
        return None
    line_start = plans[-1][0]
    if source.spans_in(_SECTION, line_start + 1, start) or source.spans_in(
        _RESULTS, line_start + 1, start
    ):
        return None  # a section of another kind after it
    number = _NUMBERED.match(source.folded, line_start)
    if number is not None:
        depth = section_depth(number["number"])
        for a, _ in source.spans_in(_NUMBERED, line_start + 1, start):
            later = _NUMBERED.match(source.folded, a)
            if later is not None and section_depth(later["number"]) <= depth:
                return None  # the next item of the list the heading is an item of
    heading = _PLANS.match(source.folded, line_start)  # found there before
    if heading is None or heading.end("words") > start:
        return None
    return heading.span("words")
