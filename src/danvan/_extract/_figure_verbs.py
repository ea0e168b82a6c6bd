"""The verb that says what a figure measures: "đăng ký xây dựng 40 mô hình", registered.

A verb phrase is matched whole, the longest of those ending at one place; a verb that
begins a field's name ("xây dựng Đảng") is none. A proposal that another act be done
("đề nghị cấp tỉnh công nhận 3 mô hình") measures what was proposed; money, workdays and
land are measured as raised (``_figure_raised``: "đóng góp 12,4 tỷ đồng").
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import (
    GRADES_ONE_OF_MANY,
    MODEL_UNITS,
    NAME_NUMBER,
    NOT_A_VERB_BEFORE,
    PROPOSING,
    QUALIFIER,
    VERBS,
    VERBS_OF_A_NUMBER,
)
from danvan._figures import AMOUNT_UNITS
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = [
    "MENDED",
    "A_NUMBER",
    "A_COUNT",
    "AT_PLACE",
    "OTHER_MEETING",
    "act_fits",
    "Verb",
    "gift_before",
    "kept_up_before",
    "before_the_base",
    "mended_before",
    "merged_before",
    "clause_before",
    "proposal_after",
    "proposed_act",
    "verb_at",
    "verb_in",
    "words_at",
]

#: A count before a verb; not a year, a day, nor a span ("Trong 6 tháng đầu năm 2025, …").
A_COUNT = re.compile(
    r"(?<![0-9/.,])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9][0-9.,]*(?![0-9/])"
    r"(?!\s(?:thang|nam|quy|ngay|tuan|cap)\b)"
)

#: Conferences that are no dialogue: "12 buổi tuyên truyền, 4 buổi đối thoại" holds 4.
OTHER_MEETING = re.compile(
    r"\s(?:so\sket|tong\sket|tap\shuan|quan\striet|trien\skhai|chuyen\sde|giao\sban|tuyen\struyen"
    r"|toa\sdam|hoi\sthao|phat\sdong|bieu\sduong|tiep\sxuc(?!,?\s(?:va\s)?doi\sthoai))\b"
)

#: A measure's code, and the words that said it with their original span.
Verb = tuple[str, tuple[str, tuple[int, int]]]

# A proposal that another act be done: "đề nghị cấp tỉnh công nhận 3 mô hình" proposed
# them, as "đề nghị tỉnh xem xét, công nhận 3 mô hình" did; not "đề nghị của Ban Dân vận,
# UBND tỉnh công nhận …" (the proposal a noun).
_PROPOSED_ACT = re.compile(
    # not a denial asked for: "đề nghị không công nhận 3 mô hình" proposes none
    rf"\b{PROPOSING}\s(?!cua\b)(?:(?!khong\s|chua\s)(?:[a-z]+|{NAME_NUMBER}),?\s){{0,8}}?"
    r"(?:cong\snhan|xac\snhan|khen\sthuong"
    r"|bieu\sduong|tuyen\sduong|(?:tang|trao)(?:\s(?:bang\skhen|giay\skhen|ky\sniem\schuong"
    r"|huan\schuong|huy\schuong))?)\b"
)
# An act joined to the one a proposal asks for, which it asks for too.
_JOINED_ACT = re.compile(r"[^.;:()\n]{0,80}?(?:,|\sva)\s(?:(?:tang|trao)(?:\sthuong)?\s)?")
_ASKED = frozenset(("recognised", "commended", "honoured"))
# …or asked of another giver after the comma: "…, Chủ tịch UBND huyện tặng Giấy khen cho …"
_ANOTHER_GIVER = re.compile(r"[^.;:()\n]{0,80}?,\s(?:(?!da\s|dong\sthoi\s)[a-z]+\s){1,6}?")
_PROPOSED_LEVEL = re.compile(r"de\s(?:nghi|xuat)(?=\s(?:len\s)?cap\s)")
_QUOTED = re.compile(r'[“"«][^”"»\n]{1,80}[”"»]')
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")
# A proposal after the count, in its clause: "10 tập thể tiêu biểu đề nghị Ban Dân vận
# Trung ương tặng Kỷ niệm chương"; not one joined as another act ("… và đề nghị …").
_PROPOSAL_AFTER = re.compile(r"[^,.;:()\n0-9]{0,30}?(?<!\sva\s)(?=\bde\s(?:nghi|xuat)\s)")
#: Works mended, not made, after the verb that made others: "xây dựng, sửa chữa 87 nhà"
#: counts both together.
MENDED = re.compile(r"\b(?:sua\schua|nang\scap|cai\stao|tu\ssua)\b")
_MENDED_BEFORE = re.compile(MENDED.pattern + r"\s(?:[a-z]+\s){0,2}$")


# Models merged into others, none of the count after the merger: "… duy trì 64 mô hình
# (…; đã hợp nhất 7 mô hình trùng lặp)".
_MERGED_BEFORE = re.compile(r"\b(?:hop\snhat|sap\snhap)\s$")


def merged_before(folded: str, start: int) -> bool:
    """Whether the words right before a number say what it counts was merged into others."""
    return _MERGED_BEFORE.search(folded, max(0, start - 10), start) is not None


# "làm" right before a count, or a list of them, the things it made: "để làm 96 km đường
# giao thông, 40 nhà văn hóa"; a verb only there, as written ("làm nòng cốt …", "Lâm
# Đồng", "lâm nghiệp" are none).
_ABOUT = rf"(?:(?:{QUALIFIER}|duoc)\s)?"  # "làm trên 12 km", "làm được 3 cầu"
_MADE_BEFORE = re.compile(
    rf"\blam\s{_ABOUT}(?:[0-9][0-9.,]*(?:\s[a-z]+){{1,7}}(?:,|\sva|,\sva)\s{_ABOUT})*$"
)


def _made_right_before(words: str, offset: int, source: CleanText) -> Verb | None:
    """The act "làm" at the end of ``words``, right before a number or its list."""
    made = _MADE_BEFORE.search(words, max(0, len(words) - 120))
    at = -1 if made is None else offset + made.start()
    if at < 0 or source.clean[at : at + 3].lower() != "làm":
        return None
    return "built", words_at(source, at, at + 3)


def mended_before(folded: str, start: int) -> bool:
    """Whether the words right before a number say what it counts was mended, no measure.

    "…, trong đó xây mới 986 nhà, sửa chữa 260 nhà": the 260 were not built.
    """
    return _MENDED_BEFORE.search(folded, max(0, start - 30), start) is not None


#: The words of a place right before a number: "tại 8/8 huyện", "ở 45 xã", "trên địa bàn".
AT_PLACE = re.compile(r"\b(tai|o|tren\sdia\sban|tren\s(?:toan\s)?)\s(?:(?:ca|tat\sca)\s)?$")
#: A count, not a year: "ủng hộ Quỹ … năm 2025 đạt 1,26 tỷ đồng" raised the money.
A_NUMBER = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]")
# An event, a term or a fund named by its act, a noun there: "Hội nghị biểu dương", "thời
# hạn công nhận", "Quỹ Hỗ trợ nông dân (giải ngân …)"
_AN_EVENT_OF = ("hoi nghi ", "le ", "buoi le ", "hoi thi ", "thoi han ", "het han ", "quy ")
_COUNTS_JOINED = re.compile(r"(?:\s?[0-9][0-9.,]*(?:\s[a-z]+){1,3}\s?(?:,|va))*\s*")
_A_COUNCIL_OF = ("thi dua - ", "thi dua, ", "thi dua va ", "thi dua ")  # "… - Khen thưởng"
# Words of aspect before a verb: "đang", "đã", "vẫn", "tiếp tục".
_ASPECT = re.compile(  # "các cấp đang", "còn duy trì", "vẫn còn hoạt động"
    r"(?:cac\scap\s)?(?:(?:dang|da|van|tiep\stuc|(?:van\s)?con)\s)?(?=[a-z])"
)


def words_at(source: CleanText, a: int, b: int) -> tuple[str, tuple[int, int]]:
    """Words of the cleaned text as evidence: as written, with their original span."""
    return source.clean[a:b], source.span(a, b)


def verb_in(words: str, offset: int, source: CleanText, *, last: bool = False) -> Verb | None:
    """The measure of the verb in ``words``: the first one, or the ``last`` one.

    Of verbs that end at the same place, the longest wins ("đăng ký xây dựng", not
    "xây dựng"); a verb that begins a field's name ("xây dựng Đảng") is none, and so is
    one in a quoted name (mô hình "Tuyến đường nở hoa" honours no one), nor the ``last``
    one in brackets closed before the number.
    """
    if last and (made := _made_right_before(words, offset, source)) is not None:
        return made  # "để làm 96 km đường giao thông, 40 nhà văn hóa"
    words = _QUOTED.sub(lambda name: " " * len(name[0]), words)  # offsets kept
    if last and ")" in words:  # "(đạt 82,8% số đăng ký), gồm: cấp tỉnh 64": an aside's verb
        words = _CLOSED_BRACKET.sub(lambda aside: " " * len(aside[0]), words)
    best: tuple[tuple[int, int], int, str, str] | None = None
    for phrase, code in VERBS:
        if phrase not in words:
            continue
        at = _as_verb(words, phrase, last=last)
        if at < 0 or _written_as_another_word(source, offset + at, phrase):
            continue
        key = (at + len(phrase), len(phrase)) if last else (-at, len(phrase))
        if best is None or key > best[0]:
            best = (key, at, phrase, code)
    if best is None:
        return None
    _, at, phrase, code = best
    return code, words_at(source, offset + at, offset + at + len(phrase))


# Words that fold as a verb does, written with other marks: "tuyến đường" (a road) is no
# "tuyên dương" (honoured).
_HOMOGRAPHS = {"tuyen duong": frozenset(["tuyến đường"])}


def _written_as_another_word(source: CleanText, at: int, phrase: str) -> bool:
    others = _HOMOGRAPHS.get(phrase)
    return others is not None and source.clean[at : at + len(phrase)].lower() in others


def verb_at(folded: str, at: int, source: CleanText) -> Verb | None:
    """The verb that starts right at ``at``: "742 mô hình *xây dựng* mới".

    Not one that grades what is counted: "1.012 mô hình duy trì hiệu quả, …", nor one
    whose object is a count of its own: "3 tỉnh đã công nhận 1.024 mô hình" (the three
    acted). Words of aspect before it are passed over: "1.126 mô hình đang duy trì hoạt
    động", and so are a quoted name, a figure in brackets and "các cấp": "64 mô hình “Dân
    vận khéo” đăng ký xây dựng", "1.024/1.120 mô hình (91,4%) đang duy trì hoạt động".
    """
    named = _QUOTED.match(folded, at) or _A_FIGURE_ASIDE.match(folded, at)
    if named is not None and folded.startswith(" ", named.end()):
        at = named.end() + 1
    aspect = _ASPECT.match(folded, at)
    for start in (at,) if aspect is None else (at, aspect.end()):  # "đang hoạt động" first
        for phrase, code in VERBS:
            if (
                folded.startswith(phrase, start)
                and _as_verb(folded[start : start + 80], phrase, last=False) == 0
            ):
                if code != "participants" and _ITS_OWN_COUNT.match(folded, start + len(phrase)):
                    return None  # not "1.850 hộ tham gia 312 mô hình": they took part
                return code, words_at(source, start, start + len(phrase))
    return None


# A figure in brackets after the count's noun: "1.024/1.120 mô hình (91,4%) đang …".
_A_FIGURE_ASIDE = re.compile(
    r"\([^()\n0-9]{0,20}[0-9][0-9.,]*(?:\s?%|(?:\s[a-z]+){1,2})?\)"  # "(tăng 12 mô hình)"
)
# A count right after a verb, its object: "… đã công nhận (thêm, được) 1.024 mô hình".
_ITS_OWN_COUNT = re.compile(r"\s(?:(?:them|duoc|tong\sso|cho)\s)?[0-9]")


def proposal_after(source: CleanText, end: int) -> Verb | None:
    """The measure "proposed", when the clause after a count proposes an act for it."""
    ahead = _PROPOSAL_AFTER.match(source.folded, end)
    if ahead is None:
        return None
    act = _PROPOSED_ACT.match(source.folded, ahead.end()) or _PROPOSED_LEVEL.match(
        source.folded, ahead.end()
    )  # "12 mô hình đề nghị cấp tỉnh (công nhận)"
    return None if act is None else ("proposed", words_at(source, *act.span()))


def proposed_act(
    source: CleanText, clause_start: int, start: int, verb: Verb | None
) -> Verb | None:
    """The verb before a number, or "proposed" when a proposal asks for that act."""
    if verb is None:
        return None
    verb_start = source.at(verb[1][1][0])
    for proposal in _PROPOSED_ACT.finditer(source.folded, clause_start, start):
        between = (source.folded, proposal.end(), verb_start)
        if source.span(proposal.start(), proposal.end())[1] == verb[1][1][1] or (
            (verb[0] in _ASKED and _JOINED_ACT.fullmatch(*between))
            or (verb[0] == "commended" and _ANOTHER_GIVER.fullmatch(*between))
        ):  # "Đề nghị UBND tỉnh công nhận 4 mô hình …, tặng Bằng khen cho 2 tập thể"
            return "proposed", words_at(source, *proposal.span())
    return verb


def _as_verb(words: str, phrase: str, *, last: bool) -> int:
    """Where ``phrase`` stands as a verb in ``words`` (the last or first time), or -1."""
    at = words.rfind(phrase) if last else words.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        whole = not (at and words[at - 1].isalpha()) and not words[end : end + 1].isalpha()
        rest = words[end + 1 :]  # "Hội nghị biểu dương" names an event, unless it honoured
        event = words[:at].endswith(_AN_EVENT_OF) and (  # "Hội nghị biểu dương …", not "…
            not _COUNTS_JOINED.fullmatch(rest) or not last  # biểu dương 30 tập thể, 42 …"
        )
        named = phrase.startswith("khen") and words[:at].endswith(_A_COUNCIL_OF)  # "Hội
        # đồng Thi đua - Khen thưởng tỉnh"; not "… phong trào thi đua, xây dựng 24 mô hình"
        whole = whole and not event and not named
        if whole and not any(
            rest.startswith(o)
            and not rest[len(o) : len(o) + 1].isalpha()
            and (o not in VERBS_OF_A_NUMBER or GRADES_ONE_OF_MANY.match(rest, len(o)))
            for o in NOT_A_VERB_BEFORE.get(phrase, ())
        ):
            return at
        at = words.rfind(phrase, 0, at) if last else words.find(phrase, end)
    return -1


# The words of the count a ratio is compared with: "… so với (tổng) số (mô hình) đăng ký".
_CLAUSE_ENDS = re.compile(r"[.;:!?\n](?:\s|$)")
_COMPARED_BASE = re.compile(  # "… so với số đăng ký", "Tỷ lệ … trên tổng số mô hình đăng ký"
    r"\b(?:so\svoi|tren)\s(?:tong\s)?so\s(?:mo\shinh\s)?(?:da\s)?(?:duoc\s)?$"
)


def before_the_base(source: CleanText, verb: Verb | None) -> Verb | None:
    """The verb before a comparison's base, in its clause, when ``verb`` is the base's own.

    "Số mô hình được công nhận đạt 78,4% so với số đăng ký (1.146/1.462 mô hình)": the
    1.146 were recognised, of the 1.462 registered; so in "Tỷ lệ mô hình được công nhận
    trên tổng số mô hình đăng ký đạt 91,5% (1.098/1.200 mô hình)".
    """
    if verb is None:
        return None
    at = source.at(verb[1][1][0])
    base = _COMPARED_BASE.search(source.folded, max(0, at - 40), at)
    if base is None:
        return verb
    start = clause_before(source.folded, base.start(), 160)
    return verb_in(source.folded[start : base.start()], start, source, last=True)


def clause_before(folded: str, at: int, reach: int) -> int:
    """Where the clause that ``at`` ends starts, at most ``reach`` characters back."""
    start = max(0, at - reach)
    return max((m.end() for m in _CLAUSE_ENDS.finditer(folded, start, at)), default=start)


def act_fits(unit: UnitOfMeasure | None, measure: str) -> bool:
    """Whether a count in ``unit`` can be what an act of ``measure`` counts.

    Money supports, or is no act's ("… 120 hộ tham gia, trao 4,6 tỷ đồng"); models do not
    take part as people do ("9 mô hình được chọn tham gia Chương trình"), and people are
    not built nor registered as models are ("xây dựng 165 mô hình, thu hút 25.000 đoàn
    viên"), nor are the units that act ("12 xã đã duy trì 180 km đường").
    """
    if unit is UnitOfMeasure.VND:
        return measure == "supported"
    if unit is UnitOfMeasure.PEOPLE:
        return measure in _WHAT_PEOPLE_DO
    if unit is UnitOfMeasure.HOUSEHOLDS:  # "giúp 120 hộ xây dựng nhà vệ sinh": not built
        return measure not in ("built", "in_operation", "replicated")
    if unit is UnitOfMeasure.UNITS:  # "ở 12 xã đã duy trì 180 km đường": what they keep up
        return measure not in ("built", "in_operation", "registered")
    if measure == "participants":  # nor do lengths, land, days' work or houses: "… 120 hộ
        return unit not in _NO_ONE  # tham gia, trồng 3,5 km hoa": the 3,5 km took no part
    return True


# What takes no part, as people, households and units do: models, amounts, houses.
_NO_ONE = frozenset((*MODEL_UNITS, *AMOUNT_UNITS, UnitOfMeasure.HOUSES))


# Gifts given, which support: "tặng 1.500 suất quà", "trao tặng 45 suất học bổng", "tặng quà
# cho 300 hộ nghèo"; an award's act is read from its form ("tặng Giấy khen cho 6 tập thể").
_GIFT_BEFORE = re.compile(  # …and a gift after another: "tặng 1.500 suất quà và 2.140 …"
    r"\b(?P<verb>trao\stang|tang|trao)\s(?P<other>[0-9][0-9.]*\s[a-z]+(?:\s[a-z]+){0,3},?\sva\s)?"
    r"(?P<gift>(?:[a-z]+\s)?qua\scho\s)?$"
)
_GIFT_TAKERS = frozenset((UnitOfMeasure.HOUSEHOLDS, UnitOfMeasure.PEOPLE))


def gift_before(source: CleanText, start: int, unit: UnitOfMeasure | None) -> Verb | None:
    """Gifts given, right before the count: of things no unit counts, or to those it counts.

    "tặng 1.500 suất quà" (the gifts), "tặng quà cho 300 hộ nghèo" (those given them); not
    "tăng 6" (6 more).
    """
    found = _GIFT_BEFORE.search(source.folded, max(0, start - 60), start)
    if found is None or not (unit is None or (found["gift"] and unit in _GIFT_TAKERS)):
        return None
    if source.clean[found.start() : found.start() + 4].lower() not in ("tặng", "trao"):
        return None  # "tăng" (more) folds as "tặng" does: "khối Đảng 46 mô hình (tăng 6)"
    return "supported", words_at(
        source, found.start(), found.end("verb") if found["other"] else start - 1
    )


_WHAT_PEOPLE_DO = frozenset(("participants", "supported", "honoured", "commended", "proposed"))


# An act done to models there are already, right before their count: "(tiếp tục) duy trì
# 21 mô hình đã được công nhận", "nhân rộng 12 mô hình được xây dựng từ năm 2020", "hỗ trợ
# 5 mô hình …". A passive after the count says what was done to them before.
_KEPT_UP = re.compile(r"duy\stri|nhan\srong")
_GOVERNS = re.compile(r"\s(?:(?:hoat\sdong|hieu\squa|tot|them|lai|on\sdinh)\s)*")


def kept_up_before(source: CleanText, clause_start: int, start: int) -> Verb | None:
    """The act of keeping up, spreading or supporting models right before their count."""
    verb = verb_in(source.folded[clause_start:start], clause_start, source, last=True)
    if verb is None or not (verb[0] == "supported" or _KEPT_UP.fullmatch(fold(verb[1][0]))):
        return None
    end = source.at(verb[1][1][1])
    return verb if _GOVERNS.fullmatch(source.folded, end, start) else None
