"""Where the clause of a number's verb starts: past a clause's end and a new role's words.

"Các xã đã xây dựng 129 mô hình, 215 mô hình …": one clause, one verb; "…, trị giá 1,8
tỷ đồng" starts a clause of its own, the money's value, built by no one.
"""

from __future__ import annotations

import re

from danvan._extract._figure_changes import bracketed_change
from danvan._extract._figure_words import FULL_STOP, MODEL_UNITS
from danvan._measures import UnitOfMeasure

__all__ = ["clause_start_of"]

_CLAUSE_END = re.compile(  # not the dot of "1.320"; a reason is a clause: "… vì có 3 mô hình"
    rf"{FULL_STOP}|[;:!?\n(]|\b(?:trong\sdo|gom|(?<!don\s)(?:vi|nho|do)\s(?:da\s)?co)\b"
)
# After a number, words giving the next one another role than the verb's object: "trị giá",
# "với tổng kinh phí", "giúp", "nâng tổng số … lên 2.450"; not "với 248 mô hình", "gắn với".
_NEW_ROLE = re.compile(
    r"[0-9][^.;:()\n]*?[\s,](?:tri\sgia|(?=giup\b)"  # "giúp đỡ" is read as a verb
    r"|(?<!gan\s)(?<!doi\s)voi(?!\s(?:tong\sso\s(?!tien)|[0-9.]+\smo\shinh))"  # not "gắn với"
    r"|tong\s(?:kinh\sphi|so\stien|gia\stri|von)"
    r"|kinh\sphi|tao\sviec\slam\scho|nang\s(?:tong\s)?(?:so\s)?"
    r"|(?<=,\s)ket\squa)\b"  # "thẩm định 124 mô hình đề nghị …, kết quả có 96 mô hình đạt"
)
# …or after a name in quotes: "triển khai phong trào “…” với 186 tập thể, 412 cá nhân được
# biểu dương": the programme is what was carried out, the 186 were honoured.
_WITH_AFTER_A_NAME = re.compile(r"[”\"»],?\svoi(?!\s(?:tong\sso\s(?!tien)|[0-9.]+\smo\shinh))\b")
_A_DIGIT = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}\b)[0-9]")  # a count's, not a year's


def clause_start_of(folded: str, start: int, end: int, *, unit: UnitOfMeasure | None) -> int:
    """Where the clause of the verb of the number at ``start:end`` starts.

    After a clause's end, and after a new role's words: "…, trị giá 1,8 tỷ đồng" built
    nothing; but "… với 3.600 camera, 215 mô hình": the role was the 3.600's.
    ``unit`` is the number's unit of measure.
    """
    clause_start = max(0, start - 160)
    for boundary in _CLAUSE_END.finditer(folded, clause_start, start):
        inside = folded[boundary.end() : start]  # "kinh tế (214 mô hình)": a label's
        alone = not inside and unit in MODEL_UNITS
        if not bracketed_change(folded, boundary.start(), start) and not (
            boundary.group() == "(" and (")" in inside or alone)
        ):  # "… (tăng 1.234 …)", "từ 42 mô hình (năm 2021) lên 76": no end
            clause_start = boundary.end()
    for role in _NEW_ROLE.finditer(folded, clause_start, end):
        if role.end() <= start and not _A_DIGIT.search(folded, role.end(), start):
            clause_start = role.end()  # a role with no count of its own after it
    for role in _WITH_AFTER_A_NAME.finditer(folded, clause_start, end):  # "với 186 mô hình"
        if role.end() <= start and not _A_DIGIT.search(folded, role.end(), start):
            clause_start = role.end()
    return clause_start
