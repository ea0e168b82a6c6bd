"""What a report says was raised or given, and what counts it: money, workdays and land.

"huy động 215 tỷ đồng", "đóng góp 12,4 tỷ đồng": money raised; any count of workdays is
the workdays given ("15.300 ngày công"); "hiến 15.600 m2 đất" is land donated; "624 hộ
thoát nghèo" households out of poverty; "bàn giao 350 căn nhà" houses built.
"""

from __future__ import annotations

import re

from danvan._extract._figure_verbs import A_NUMBER
from danvan._measures import UnitOfMeasure

__all__ = ["raised"]

# What raises money or workdays, before the amount: "huy động", "đóng góp", "ủng hộ".
_RAISED = re.compile(
    r".*\b(huy\sdong|dong\sgop|(?<!dong\s)(?<!quyen\s)gop(?!\sphan)|ung\sho|quyen\sgop"
    r"|van\sdong|(?<!thuc\s)hien|kinh\sphi)\b",
    re.DOTALL,
)
# Support given with its money: "hỗ trợ 145 hộ nghèo xây nhà với tổng kinh phí 6,2 tỷ",
# and gifts given with their worth: "trao (tặng) 450 phần quà, trị giá 225 triệu đồng",
# "tặng 2.340 suất quà … với tổng trị giá 1,17 tỷ đồng" (not "tăng", folded alike).
_SUPPORT_WITH = re.compile(
    r"\b(ho\stro|trao(?:\stang)?|tang(?=\s(?:[0-9][0-9.,]*\s(?:suat\s|phan\s|xuat\s)?)?qua\b))\b"
    r"(?:[^.;\n]|(?<=[0-9])\.(?=[0-9])){0,120}"  # not the dot of "1.240"
    r"(?:\svoi|,)?\s(?:tong\s)?(?:so\stien|kinh\sphi|tri\sgia)\s(?:la\s)?$"
)
# The cost of a count ("sửa chữa 16 nhà với kinh phí", "xây dựng 6 nhà …, tổng kinh phí"),
# raised if raised for it ("vận động …")
# (not a year's: "Năm 2025, kinh phí 315 triệu đồng do nhân dân đóng góp")
_COST_OF_A_COUNT = re.compile(
    r"[0-9](?<!\b(?:19|20)[0-9]{2})[^.;:()\n0-9]{0,50}(?:\svoi|,)\s(?:tong\s)?kinh\sphi$"
)
# …or named in a long subject of its line: "Tổng số tiền Nhân dân đóng góp xây dựng nông
# thôn mới, đô thị văn minh từ các mô hình là 86,4 tỷ đồng".
_RAISED_LABEL = re.compile(
    r"\bso\stien\s(?:[a-z]+\s){0,3}?(dong\sgop|huy\sdong|ung\sho|quyen\sgop)\b"
    r"[^.;:()\n0-9]{0,120}?\s(?:la|:)\s?$"
)
_RAISED_FOR = re.compile(r"\b(van\sdong|huy\sdong)\b[^,.;:()\n0-9]*[0-9.,]*$")
# One count raised before this one, by the same verb: "đóng góp 2.150 ngày công và".
_RAISED_BEFORE = re.compile(  # …its noun written on: "đóng góp 1.200.000.000đ và 350 triệu đ"
    r"(?:\s[a-z]+){0,3}\s[0-9][0-9.,]*\s?[a-z]+(?:\s[a-z]+){0,2}(?:\sva|,)\s"
)
# Land given, right before its area: "hiến (tặng) 15.600 m2 đất", "hiến đất 2,5 ha"; or past
# another area given: "hiến 2,5 ha đất và 350 m2": both; or its area said after what it is
# for: "hiến đất làm đường với tổng diện tích 5.600 m2".
_DONATED = re.compile(  # …or its sum in brackets: "hiến đất mở đường (tổng 2.300 m2)"
    r"\b((?<!thuc\s)hien(?:\stang)?(?:\sdat)?)\s"
    r"(?:(?:[a-z]+\s){0,5}?(?:voi\s)?(?:tong\s)?dien\stich\s(?:la\s)?"
    r"|(?:[a-z]+\s){0,2}(?:\((?:tong(?:\sdien\stich|\scong)?\s)?)?)"
    r"(?:[0-9][0-9.,]*\s?(?:m2|m²|ha)(?:\s[a-z]+){0,2}(?:\sva|,)\s)?$"
)
# …or named as its line's subject: "Đất hiến làm đường: 125.400 m2", "Diện tích đất được
# hiến: 2,5 ha".
_DONATED_LABEL = re.compile(r"\b(dat\s(?:duoc\s)?hien(?:\stang)?)\b[^\n:;.]{0,30}:\s?$")
# Houses handed over, built: "bàn giao 350 căn nhà đại đoàn kết" (not land handed over).
_HANDED_OVER = re.compile(r"\b(ban\sgiao)\s(?:(?:cho|moi|them)\s)?$")
# Households out of poverty, right after their noun and who they are: "624 hộ (đã) thoát
# nghèo", "340 hộ hội viên thoát nghèo", "86 hộ đồng bào dân tộc thiểu số thoát nghèo".
_OUT_OF_POVERTY = re.compile(
    r"(?:\s(?!(?:va|da|duoc|dang|se|chua|khong|tham|tu)\b)[a-z]+){0,6}?"
    r"\s(?:(?:da|duoc)\s)?(thoat\s(?:ngheo|khoi\sho\sngheo))\b"
)
# …or in the subject of its line: "Số hộ thoát nghèo trong năm là 412 hộ", "…: 412".
_OUT_OF_POVERTY_BEFORE = re.compile(
    r"\bso\sho\s(?:(?:da|duoc)\s)?(thoat\sngheo)\b"
    r"(?:[^.;:()\n0-9]|\b(?:19|20)[0-9]{2}\b){0,60}?(?:\sla|:)\s?$"
)


def raised(
    folded: str, start: int, end: int, unit: UnitOfMeasure | None
) -> tuple[str, tuple[int, int]] | None:
    """Money, workdays or land given, or households out of poverty, with the words.

    "huy động 215 tỷ đồng", "đóng góp 12,4 tỷ đồng": money raised; any count of workdays
    is the workdays given ("15.300 ngày công"); "hiến 15.600 m2 đất" is land donated;
    "624 hộ thoát nghèo" households out of poverty; "bàn giao 350 căn nhà" houses built.
    ``None`` for other units, and for money or land no verb that gives it is said of.
    """
    if unit is UnitOfMeasure.HOUSEHOLDS:
        out = _OUT_OF_POVERTY.match(folded, end)  # "giúp 624 hộ thoát nghèo"
        out = out or _OUT_OF_POVERTY_BEFORE.search(folded, max(0, start - 100), start)
        return None if out is None else ("out_of_poverty", out.span(1))
    if unit in (UnitOfMeasure.M2, UnitOfMeasure.HA):
        given = _DONATED.search(folded, max(0, start - 60), start)  # "hiến trên 2,1 triệu m2"
        given = given or _DONATED_LABEL.search(folded, max(0, start - 60), start)
        return None if given is None else ("land_donated", given.span(1))
    if unit is UnitOfMeasure.HOUSES:  # built and handed over: "bàn giao 350 căn nhà"
        handed = _HANDED_OVER.search(folded, max(0, start - 30), start)
        return None if handed is None else ("built", handed.span(1))
    if unit not in (UnitOfMeasure.VND, UnitOfMeasure.WORKDAYS):
        return None
    verb = _RAISED.search(folded, max(0, start - 60), start)
    verb = verb or _RAISED_LABEL.search(folded, max(0, start - 160), start)
    if (
        verb is not None
        and A_NUMBER.search(folded, verb.end(), start)
        and not _RAISED_BEFORE.fullmatch(folded, verb.end(), start)
    ):
        verb = None  # the verb of a count before this one, and not of this one
    if unit is UnitOfMeasure.WORKDAYS:
        return "workdays", verb.span(1) if verb is not None else (start, end)
    if verb is not None and folded.startswith(" ho tro", verb.end()) and verb[1] == "kinh phi":
        return "supported", (verb.start(1), verb.end() + 7)  # "Kinh phí hỗ trợ … là 1,2 tỷ"
    if verb is not None and verb[1] != "kinh phi":
        return "money_raised", verb.span(1)
    support = _SUPPORT_WITH.search(folded, max(0, start - 170), start)
    if support is not None:  # "hỗ trợ 145 hộ … với tổng kinh phí …"
        return "supported", support.span(1)
    cost = verb and _COST_OF_A_COUNT.search(folded, max(0, verb.start(1) - 80), verb.end())
    verb = _RAISED_FOR.search(folded, max(0, cost.start() - 40), cost.start()) if cost else verb
    return None if verb is None else ("money_raised", verb.span(1))
