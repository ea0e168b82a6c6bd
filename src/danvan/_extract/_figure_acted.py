"""What was done to models, and where or whose they are: no count of an act of the period.

A passive after a count says its act ("40 mô hình được công nhận"), and so does who acted
after "do" ("56 mô hình do Công an tỉnh công nhận"; not a cause: "do chưa đạt tiêu chí").

"Đoàn kiểm tra 45 mô hình được công nhận cấp tỉnh" inspected 45 models recognised before;
"xã kế thừa 38 mô hình đã được công nhận" took them over at a merge; "sách ảnh giới thiệu
120 mô hình" made them known: none of them was recognised in the period. "tại 8/8 huyện"
are the places that have a model, and "(mô hình …) của 4 xã cũ" are whose they were.
Models that stopped ("86 mô hình ngừng hoạt động") are told apart, and so are those a
proposal would stop ("đề nghị dừng 148 mô hình").
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_nouns import new_models
from danvan._extract._figure_verbs import (
    AT_PLACE,
    Verb,
    act_fits,
    proposed_act,
    verb_in,
    words_at,
)
from danvan._extract._figure_words import APPRAISED_BY, GRADE, MODEL_UNITS, THE_MOVEMENT, TIER
from danvan._extract._noun_words import PEOPLE_WORDS, PLACE_WORDS
from danvan._extract._unit_kinds import KINDS_JOINED
from danvan._measures import UnitOfMeasure

__all__ = [
    "DONE_BEFORE",
    "DONE_TO",
    "act_of_a_subject",
    "acted_on",
    "acted_upon",
    "covered_share",
    "done_to_its_subject",
    "graded_after",
    "is_a_balance",
    "places",
    "proposed_stop",
    "stopped_after",
    "verb_after",
]

# "40 mô hình được (các cấp) công nhận", "56 mô hình do Công an tỉnh công nhận" (a body
# or a level acts, see _AGENT); past "hay, cách làm …", a quoted name and places
_PASSIVE_WINDOW = re.compile(
    r"(?:(?!mo\shinh)[^,.;:()\n0-9“\"]|,\scach\slam\b|[“\"][^”\"\n]{1,60}[”\"]"
    r"|\((?:[^()\n0-9]{0,20}[0-9][0-9.,]*(?:\s?%|(?:\s[a-z]+){1,2})?|nam\s[0-9]{4}:\s[0-9.,]+)\)"
    r"|\((?:gom|bao\sgom|trong\sdo|[0-9])[^()\n]{0,150}\)"  # its parts: "150 … (gồm 98 …) được"
    r"|\b(?:tai|o)\s[0-9]{1,3}(?:/[0-9]{1,3})?\s"  # "… tại 12 xã được công nhận"
    # past a grade and its comma: "30 mô hình đạt hiệu quả, được Ban Chỉ đạo công nhận"
    r"|(?:(?<=hieu\squa)|(?<=tieu\sbieu)|(?<=xuat\ssac)|(?<=tieu\schi)|(?<=yeu\scau)),\s"
    r"(?=duoc\s)"  # …or "47 mô hình đạt tiêu chí, được công nhận cấp thị xã"
    rf"|,\s(?=(?:{PEOPLE_WORDS})\b)){{0,60}}?"  # …or past people of more kinds: "cán bộ, công chức"
    # …a body's number in its name too: "được Bộ Tư lệnh Quân khu 3 công nhận"
    # not in a quoted name; past a unit's "(cũ)": "được huyện (cũ) công nhận", and a
    # quoted name in the body's: "được Ban Chỉ đạo phong trào “Dân vận khéo” tỉnh công nhận"
    r"\b(?P<by>duoc|do)\s(?P<words>(?:[^.;:()\n0-9“\"]|\((?:cu|moi)\)|[“\"][^”\"\n]{1,40}[”\"]){0,60}"
    r"(?:(?:(?<=\skhu\s)|(?<=\sso\s)|(?<=\sdoan\s)|(?<=lenh\svung\s))[0-9]{1,3}\b"
    r"[^.;:()\n0-9]{0,40})?)"  # "… được Bộ Tư lệnh Vùng 3 công nhận"
)
_GRADE_COMMA = re.compile(rf",(?!\s(?:{PEOPLE_WORDS})\b)")  # not "… cán bộ, công chức được …"
# Who acts after "do" is a body (a capital: "do UBND tỉnh", "do Hội Nông dân") or a level
# ("do cấp xã", "do các cấp"), not a cause: "do chưa đạt tiêu chí".
_AGENT = re.compile(r"(?:cac\s)?cap\s")


def verb_after(source: CleanText, end: int) -> Verb | None:
    """The act a passive or its agent says right after the count ending at ``end``."""
    after = _PASSIVE_WINDOW.match(source.folded, end)
    if after is None or not after["words"]:
        return None
    at = after.start("words")
    agent = source.clean[at : at + 1].isupper() or _AGENT.match(source.folded, at)
    if after["by"] == "do" and not agent:
        return None
    graded = _GRADE_COMMA.search(source.folded, end, after.start("by")) is not None
    verb = verb_in(after["words"], at, source)
    if graded and verb is not None and _A_COUNT_NEXT.match(source.folded, source.at(verb[1][1][1])):
        return None  # "45 mô hình hiệu quả, được công nhận 30 …": the act of the 30; not
    return verb  # "… đạt tiêu chí, được các cấp công nhận, trong đó cấp tỉnh công nhận 185"


_A_COUNT_NEXT = re.compile(r"\s?(?:cap\s[a-z]+(?:\s[a-z]+)?\s?:?\s?)?[0-9]")


# A passive after a count: what was done to the models, not how many there are; a grade
# is how many there are of it.
DONE_TO = re.compile(
    r"(?:,?\s(?:dien\shinh|tap\sthe|ca\snhan))*(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"
    r"(?:\s(?:tieu\sbieu|hieu\squa|xuat\ssac|dien\shinh|noi\sbat|trung\slap))?"  # "… tiêu biểu"
    r"(?:\scua\s[a-z]+(?:\s[a-z]+){0,4}?(?=\s(?:da\s|dang\s)?duoc\s))?"  # "… của tỉnh được …"
    r"\s(?:(?:da\s|dang\s)?duoc\s"
    # "được (Hội đồng …) xếp loại xuất sắc", "được duy trì hiệu quả": a grade; "được gắn
    # với …", "được lồng ghép với …": what they are tied to
    rf"(?!{APPRAISED_BY}(?:danh\sgia|xep\sloai|binh\sxet|cham\sdiem)"
    r"|duy\stri(?:\shoat\sdong)?\s(?:co\s)?hieu\squa|gan\svoi|long\sghep)"
    # …or entered in a contest or a programme: "12 mô hình tham gia Cuộc thi …", "dự thi";
    # or changed: "4 mô hình chuyển đổi nội dung", "6 mô hình sáp nhập"
    r"|(?:da\s)?(?:tham\sgia|du\sthi|chuyen\s(?:doi|sang)|dieu\schinh|doi\sten|sap\snhap|hop\snhat)\b"
    r"|(?:da\s)?bi\s(?:thu\shoi|rut)\b"  # "3 mô hình bị thu hồi quyết định công nhận"
    r"|(?:da\s)?het\s(?:thoi\shan|han|hieu\sluc)\b)"  # "312 mô hình hết thời hạn công nhận"
)
# The acts done to models that exist already, whatever is said of them after: inspected
# ("kiểm tra, giám sát 215 mô hình"), made known ("sách ảnh giới thiệu 120 mô hình",
# "tuyên truyền về 45 điển hình"), visited or learnt from, taken over at a merge ("kế
# thừa", "tiếp nhận").
_ACTS = (
    r"kiem\stra|khao\ssat|tham\sdinh|ra\ssoat|danh\sgia|giam\ssat|theo\sdoi"
    r"|gioi\sthieu|tuyen\struyen|quang\sba|dang\stai|phat\ssong|viet\sve|pho\sbien"
    r"|tham\squan|hoc\stap|hoc\shoi|chia\sse|nhan\sxet"
    r"|(?:den\s)?tham(?=\s(?:[0-9]|$))"  # "thăm 3 mô hình"; not "tham mưu", "tham gia"
    r"|ke\sthua|tiep\snhan|tiep\squan"
)
_ACTED_ON = re.compile(rf"\b({_ACTS})\s(?:ve\s|cho\s|lai\s)?$")
_AN_ACT = re.compile(rf"\b(?:{_ACTS})\b")


def done_to_its_subject(source: CleanText, mention: FigureMention) -> bool:
    """Whether the noun a count's line names before it was entered or acted upon.

    "Số mô hình tham gia dự thi là 45": the models in a contest, not all the models.
    """
    noun = mention.evidence.get("noun")
    if noun is None or noun[1][1] > mention.span[0]:
        return False
    return DONE_TO.match(source.folded, source.at(noun[1][1])) is not None


# An act done to the models, written before them: the acts above, and "lựa chọn 10 mô
# hình tiêu biểu để …", "trao Giấy chứng nhận cho 30 mô hình", "phát hiện, bồi dưỡng 18
# điển hình", "tham gia 86 …".
DONE_BEFORE = re.compile(
    r"(?:\b(?:lua\s|tuyen\s|xet\s)?chon\s(?:ra\s|duoc\s|ra\sduoc\s)?"
    r"|\b(?:trao|tang)\s[^.;:\n0-9]{0,60}\scho\s"
    rf"|(?<!ket\squa\s)\b(?:{_ACTS}|phat\shien|boi\sduong|tham\sgia)\s?:?\s(?:ve\s|cho\s|ra\s|vao\s|lai\s)?"
    # (not what an act found: "Kết quả thẩm định: 45/48 mô hình đạt yêu cầu"), or what
    # models were merged or turned into: "… được hợp nhất thành 18 mô hình"
    r"|\b(?:hop\snhat|sap\snhap|gop|chuyen|ghep)\s(?:lai\s)?thanh\s)"
    # …past a count of the same act before it: "lựa chọn 10 mô hình, 10 điển hình …"
    r"(?:[0-9][0-9.]*\s(?:mo\shinh|dien\shinh)(?:\s[a-z]+){0,2}(?:,|\sva)\s)?$"
)
_ACTED_REACH = 30
_GRADED_AFTER = re.compile(rf"\s(?:(?:duoc\s)?(?:dat|xep)\s)?(?:{GRADE.pattern})\b")


def graded_after(folded: str, end: int) -> bool:
    """Whether a grade follows the count ending at ``end``: "30 mô hình đạt loại tốt"."""
    return _GRADED_AFTER.match(folded, end) is not None


_RATIO = re.compile(r"[0-9]\s?/|[0-9]\s(?:tren|trong)\s")  # "8/8 huyện", "45 trên 52 xã"
_MODELS = re.compile(r"\b(?:mo\shinh|dien\shinh)\b")
# One model's places: "nhân rộng ra 17/19 xã", "Mô hình “Tổ tự quản …” ở 12 xã" (not
# "Các mô hình “Dân vận khéo” tại 45 xã": the movement's).
_ONE_MODELS = re.compile(
    r"\bnhan\srong(?:\s(?:ra|den|toi|tai|o))?\s$"
    r"|(?<!cac\s)(?<!nhung\s)(?<!nhieu\s)\bmo\shinh(?:\sdiem)?\s?"
    rf"[“\"«](?!{THE_MOVEMENT}[”\"»])"
    r"[^”\"»\n]{1,60}"  # "02 mô hình điểm “Dân vận khéo trong chuyển đổi số” tại 2 xã"
    r"[”\"»]\s(?:o|tai)\s$"
)
# "… của 4 xã cũ", "… của 12 cơ quan, đơn vị và 4 xã"
_OWNERS = re.compile(
    r"(?<!tham\sgia\s)\bcua\s(?:(?:ca|tat\sca)\s)?"
    r"(?:[0-9][0-9.]*(?:\s[a-z]+){1,4}(?:,\s[a-z]+(?:\s[a-z]+)?)*(?:,|\sva)\s)?$"
)
_OWNERS_REACH = 60


def acted_on(
    source: CleanText, start: int, end: int, unit: UnitOfMeasure | None
) -> tuple[str, tuple[int, int]] | None:
    """The words of an act done to the models counted at ``start:end``, right before them.

    Not when a grade follows them: "qua kiểm tra đánh giá 30 mô hình đạt loại tốt" counts
    the models so graded. Or, before an amount, of what is owed at a day: "với tổng dư nợ
    186 tỷ đồng".
    """
    if unit is UnitOfMeasure.VND:
        return balance_before(source, start)
    if unit not in MODEL_UNITS or graded_after(source.folded, end):
        return None
    found = _ACTED_ON.search(source.folded, max(0, start - _ACTED_REACH), start)
    found = found or _EXPIRED_SUBJECT.search(source.folded, max(0, start - 100), start)
    return None if found is None else words_at(source, *found.span(1))


# A line's subject of models whose recognition ran out: "Số mô hình … hết thời hạn công
# nhận là 9 mô hình" counts no models recognised, nor any there are.
_EXPIRED = re.compile(r"het\s(?:(?:thoi\s)?han|hieu\sluc)(?:\s(?:cong|xac)\snhan)?")
_EXPIRED_SUBJECT = re.compile(
    r"\bso\s(?:luong\s)?(?:mo\shinh|dien\shinh)[^.;:\n0-9]{0,40}?"
    rf"\b({_EXPIRED.pattern})[^.;:\n0-9]{{0,20}}?(?:\sla|:)\s?$"
)


# What is owed at a day, no money given in a period: "với tổng dư nợ 186 tỷ đồng".
_BALANCE = re.compile(r"\b((?:tong\s)?du\sno(?:\scho\svay)?)\s(?:(?:la|dat|len|hon|tren)\s)?$")


def balance_before(source: CleanText, start: int) -> tuple[str, tuple[int, int]] | None:
    """The words of an outstanding balance right before an amount ("tổng dư nợ"), if any."""
    found = _BALANCE.search(source.folded, max(0, start - 30), start)
    return None if found is None else words_at(source, *found.span(1))


def is_a_balance(words: str) -> bool:
    """Whether folded ``words`` are those of an outstanding balance (see :func:`balance_before`)."""
    return _BALANCE.fullmatch(words + " ") is not None


def acted_upon(words: str) -> bool:
    """Whether folded ``words`` are those of an act done to models (see :func:`acted_on`)."""
    return _AN_ACT.fullmatch(words) is not None or _EXPIRED.fullmatch(words) is not None


def places(folded: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int] | bool:
    """Whether a count of units at ``start`` is of the places models are in, or whose.

    The span of the words that say where ("tại 8/8 huyện", "ở 45 xã": coverage), or which
    units a share is of ("Tỷ lệ thôn có mô hình: 98,2%"); ``True`` for whose models they
    are ("… của 4 xã cũ": no measure of their own); ``False`` when neither. ``clause`` is
    the span of the number's clause.
    """
    if (covered := covered_share(folded, start, end)) is not None:
        return covered[0]
    if (have := _UNITS_HAVE.match(folded, end)) is not None:  # "38 xã, phường có mô hình"
        return have.span("has")
    if _UNITS_HAVE_NONE.match(folded, end) is not None:  # "còn 4 xã chưa có mô hình"
        return True
    if _MODELS.search(folded, *clause) is None:
        return False
    near = max(0, start - _OWNERS_REACH)
    if folded.find("cua ", near, start) >= 0 and _OWNERS.search(folded, near, start):
        return True
    if _UNITS_DID.match(folded, end) is not None:
        return False  # "38/45 xã tổ chức biểu dương … điển hình": what they did, no model had
    ratio = _RATIO.search(folded, start, end) is not None
    place = AT_PLACE.search(folded, max(0, start - 14), start)
    if place is not None and _AN_ACT.search(folded, clause[0], start):
        return True  # "kiểm tra 12 mô hình tại 6 xã": where they were inspected
    if not (ratio or place) or _ONE_MODELS.search(folded, max(0, start - 90), start):
        return False  # "nhân rộng ra 17/19 xã" are one model's places, not the area's
    return place.span(1) if place is not None else (start, end)


# Units that did something else than have a model: "38/45 xã tổ chức biểu dương …", review them.
_UNITS_DID = re.compile(
    r"(?:,?\s[a-z]+(?:\s[a-z]+)?)??(?:\s?\([^()\n]{1,20}\))?"  # past their share: "(100%)"
    r"\s(?:da\s)?(?:to\schuc|bieu\sduong|khen\sthuong|so\sket"
    r"|tong\sket|kiem\stra|ra\ssoat|danh\sgia)\b"  # "11/11 xã rà soát mô hình"
)
# The units a share of them with a model is of: "Tỷ lệ thôn, tổ dân phố có mô hình:
# 98,2%", "98,2% thôn, tổ dân phố có mô hình", "100% xã xây dựng được mô hình".
_UNIT_KINDS = (
    r"(?:cac\s)?(?P<units>(?:thon|xa|phuong|thi\stran|to\sdan\spho|khu\sdan\scu|khu\spho|ap|khom|ban"
    r"|chi\sbo|co\squan|don\svi|huyen|dia\sphuong|chi\shoi|chi\sdoan|to\shoi|co\sso\s(?:doan|hoi)"
    r"|(?:to\schuc\s)?co\sso\sdang|cong\sdoan(?:\sco\sso)?)"
    r"\b(?:(?!\s(?:chua|khong|van\schua)\s)[^.;:\n0-9%]){0,50}?)"  # not "… chưa có mô hình"
)
_HAS_A_MODEL = (  # …of a level, maybe: "100% xã có mô hình “Dân vận khéo” cấp huyện", "100%
    # xã đều có mô hình được công nhận cấp huyện"
    r"\s(?:(?:da|deu)\s)?(?P<has>co|xay\sdung(?:\sduoc)?"
    r"|dang\sky(?:\s(?:xay\sdung|thuc\shien))?)\s"  # "100% cơ quan … đăng ký xây dựng mô hình"
    r"(?:(?:it\snhat|toi\sthieu)\s0?1\s)?"  # "100% ấp, khóm đều xây dựng mô hình"
    r"(?:mo\shinh|dien\shinh)\b"  # "… có ít nhất 01 mô hình"
    rf"(?:\s?[“\"«][^”\"»\n]{{1,40}}[”\"»])?(?:\s(?:duoc\s)?(?:cong|xac)\snhan)?"
    rf"(?:\s(?P<level>cap\s{TIER})\b(?!\stro\s(?:len|xuong)))?"  # not "cấp huyện trở lên"
)
_SHARE_OF_UNITS = re.compile(
    rf"\bty\sle\s(?:so\s)?{_UNIT_KINDS}{_HAS_A_MODEL}[^.;\n0-9%]{{0,40}}?(?::|\sdat|\sla)?\s?$"
)
_UNITS_AFTER = re.compile(  # …past the next kind's share: "98% chi bộ, 100% cơ quan … có";
    rf"\s(?:so\s)?{_UNIT_KINDS}(?:,\s[0-9][0-9,]*\s?%\s[^.;:\n0-9%]{{1,50}}?)?"
    rf"(?:\s?\([0-9][0-9/.]*[0-9](?:\s[a-z]+){{0,3}}\))?{_HAS_A_MODEL}"  # or their count: "(52/54)"
)
# After a count of units, more kinds of them and that they have a model.
_UNITS_HAVE = re.compile(  # past their share in brackets: "124/129 xã, phường (96,1%) có …"
    rf"(?:(?:,|\sva)\s{_UNIT_KINDS})?(?:\s?\([^()\n]{{1,20}}\))?{_HAS_A_MODEL}"
)
# …or that they have none: "còn 4 xã chưa có mô hình cấp tỉnh".
_UNITS_HAVE_NONE = re.compile(  # past their share: "24/129 xã, phường (18,6%) chưa có …"
    rf"(?:(?:,|\sva)\s{_UNIT_KINDS})?(?:\s?\([^()\n]{{1,20}}\))?"
    r"\s(?:van\s|con\s)?(?:chua|khong)\s(?:co|xay\sdung)"
    r"(?:\sduoc)?\s(?:mo\shinh|dien\shinh)\b"
)


def covered_share(
    folded: str, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The spans of the units a percentage at ``start`` says have a model, and of its level.

    Before it ("Tỷ lệ thôn, tổ dân phố có mô hình: 98,2%") or after it ("98,2% thôn …
    có mô hình"): a share of the area's units, whose count the text need not give; the
    level when the models are of one ("85% xã có mô hình cấp tỉnh").
    """
    said = _SHARE_OF_UNITS.search(folded, max(0, start - 120), start) or _UNITS_AFTER.match(
        folded, end
    )
    if said is None:
        return None
    a, b = said.span("units")  # "thôn, tổ dân phố": of both kinds, as a count of them is;
    kinds = _KINDS_LISTED.match(folded, a, b)  # not "xã trên địa bàn tỉnh"
    units = (a, kinds.end()) if kinds is not None else (a, b)
    return units, None if said["level"] is None else said.span("level")


_KINDS_LISTED = re.compile(rf"(?:{PLACE_WORDS})\b{KINDS_JOINED}*")


# Models that stopped: "86 mô hình ngừng hoạt động".
_STOPPED = re.compile(  # "126 mô hình (phải) dừng hoạt động (hoặc chuyển đổi)"
    r"\s(?:da\s)?(?:bi\s|phai\s)?((?:ngung|dung|tam\sdung|ngung\shan)\s(?:hoat\sdong|lai|thuc\shien)"
    r"|(?<=bi\s)(?:dung|ngung|loai)(?!\s(?:hoat|thuc|lai|khoi))|giai\sthe"  # "18 mô hình bị dừng"
    r"|tam\s(?:dung|ngung)"  # "8 mô hình tạm dừng do sáp nhập thôn"
    r"|khong\scon\s(?:hoat\sdong|phu\shop|duy\stri|hieu\squa)"  # "212 mô hình không còn phù hợp"
    # "8 mô hình không duy trì được", "… không hoạt động."; not "… không hoạt động hiệu quả"
    # "… không duy trì được hoạt động"
    r"|khong\s(?:duoc\s)?(?:duy\stri(?:\sduoc)?(?:\shoat\sdong)?|hoat\sdong(?:\sduoc)?)"
    r"(?=\s?(?:[,.;:)\n]|$|\s(?:do|vi|nua)\b))"
    r"|(?<=bi\s)thu\shoi(?!\s(?:giay|bang|huan|ky|co)\s)"  # "… đã bị thu hồi quyết định công nhận"
    r"|(?:duoc\s)?(?:loai|dua\sra)\skhoi\sdanh\ssach)\b"
)
# …or after it, in a passive: "15 mô hình bị đề nghị dừng thực hiện".
_PROPOSED_STOP_AFTER = re.compile(
    r"\s(?:(?:bi|duoc)\s)?(de\s(?:nghi|xuat)\s(?:cho\s)?(?:dung|ngung|loai|rut|giai\sthe|xoa\sten"
    r"|thu\shoi)(?:\s(?:thuc\shien|hoat\sdong|khoi\sdanh\ssach|quyet\sdinh))?)\b"
)
# A proposal that models stop, right before their count: "đề nghị dừng 148 mô hình".
# So with a proposal to keep them, and the stop joined to it: "đề nghị duy trì 2.104 mô
# hình, dừng 214 mô hình" keeps and stops nothing yet.
_PROPOSED_STOP = re.compile(
    r"\b(de\s(?:nghi|xuat)\s(?:cho\s)?(?:(?:[^.;:()\n]|(?<=[0-9])\.(?=[0-9])){0,60}?(?:,|\sva)\s)?"
    r"(?:dung|ngung|loai|rut|thu\shoi|giai\sthe|xoa\sten|(?:tiep\stuc\s)?duy\stri)"
    r"(?:\s(?:hoat\sdong|khoi\sdanh\ssach|ra|quyet\sdinh(?:\scong\snhan)?))?)\s$"
)


# …or as the act done to them, before their count: "dừng 11 mô hình không còn hiệu quả"
# (in the text with its marks: folded, "dừng" is also "dùng", "dụng").
_STOPPED_BEFORE = re.compile(r"\b((?:tạm )?(?:dừng|ngừng)|giải thể) $", re.IGNORECASE)


# …or a subject that says they did: "số mô hình ngừng hoạt động do sáp nhập thôn là 186".
_STOPPED_SUBJECT = re.compile(
    r"\bso\s(?:luong\s)?(?:mo\shinh|dien\shinh)[^.;:\n0-9]{0,40}?\s(?:da\s)?(?:bi\s)?"
    r"((?:tam\s)?(?:ngung|dung)\s(?:hoat\sdong|thuc\shien)|giai\sthe"
    r"|khong\scon\s(?:hoat\sdong|phu\shop|duy\stri|hieu\squa))\b[^.;:\n0-9]{0,40}?(?:\sla|:)\s?$"
)


def stopped_after(source: CleanText, start: int, end: int) -> tuple[int, int] | None:
    """The span of the words that say models stopped: after ``end``, or before ``start``."""
    stopped = _STOPPED.match(source.folded, end)
    stopped = stopped or _STOPPED_BEFORE.search(source.clean, max(0, start - 16), start)
    stopped = stopped or _STOPPED_SUBJECT.search(source.folded, max(0, start - 120), start)
    return None if stopped is None else stopped.span(1)


def proposed_stop(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the words that propose models stop, or go on, if any.

    "đề nghị dừng 148 mô hình"; "15 mô hình bị đề nghị dừng thực hiện"; "đề nghị duy trì
    2.104 mô hình, dừng 214 mô hình".
    """
    proposed = _PROPOSED_STOP.search(folded, max(0, start - 120), start)
    proposed = proposed or _PROPOSED_STOP_AFTER.match(folded, end)
    return None if proposed is None else proposed.span(1)


def act_of_a_subject(source: CleanText, a: int, b: int, unit: UnitOfMeasure | None) -> Verb | None:
    """The act of a line's subject ``a:b``: "Số mô hình được công nhận: 245".

    Its last, as a clause's ("Tổng số … được biểu dương, khen thưởng … là 2.450 lượt"), or
    the first when the last is none that what is counted in ``unit`` may do ("Số đảng viên
    tham gia xây dựng mô hình là 4.326 người"); a proposal's ("Số … đề nghị …: 24"); new
    models are built ("Số mô hình mới").
    """
    words = source.folded[a:b]
    verb = verb_in(words, a, source, last=True)
    if verb is not None and not act_fits(unit, verb[0]):
        verb = verb_in(words, a, source)
    verb = proposed_act(source, a, b, verb)
    new = new_models(source, a, unit)
    return verb or (("built", words_at(source, *new)) if new else None)
