"""Levels a figure's words give from further away: the body that recognised, a label.

"15 mô hình được UBND tỉnh công nhận" were recognised at the province level: the body's
tier says it. "a) Cấp tỉnh: công nhận 25 mô hình, 40 điển hình; b) Cấp huyện: …": the
label before a colon at the head of a clause gives the level of every count in it that
names none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import RECOGNISING, SENTENCE_END, THE_MOVEMENT, TIER
from danvan._extract._levels_acting import OTHER_TIER
from danvan._vocabulary import RecognitionLevel

__all__ = [
    "clause_label",
    "level_after",
    "level_ending",
    "models_level",
    "level_of_a_subject",
    "level_of_the_heading",
    "no_one_level",
    "recognised_by",
]

# The level after the noun, also after the standard or the movement's name it meets,
# or after a passive "recognised": "58 mô hình đạt tiêu chuẩn (tiêu chí) “Dân vận khéo”
# cấp huyện", "36 mô hình “Dân vận khéo” tiêu biểu cấp tỉnh", "478 mô hình được công nhận ở
# cấp xã", "được đề nghị công nhận cấp tỉnh", "62 cá nhân được khen thưởng cấp huyện".
_LEVEL = re.compile(  # the models' quoted name may come first: "… “Dân vận khéo” được …"
    r"(?:\s?[“\"«][^”\"»\n]{1,40}[”\"»](?=\s(?:da\s)?duoc\s))?"
    # "xã, phường (có)"
    r"\s?,?\s?(?:(?:phuong|thi\stran|thon|to\sdan\spho|khu\spho|ap|ban)\s(?=co\s|\(|tren\s))?"
    r"(?:tren\sdia\sban\s(?:tinh|huyen|thanh\spho|thi\sxa)\s(?=co\s))?"  # "… trên địa bàn tỉnh có"
    r"(?:\([^()\n]{1,20}\)\s(?=co\s))?"  # their share: "124/129 xã, phường (96,1%) có …"
    r"(?:co\s(?:(?:it\snhat|toi\sthieu)\s0?1\s)?(?:mo\shinh|dien\shinh)\s(?=(?:da\s)?duoc\s))?"
    r"(?:cua\s(?:[a-z]+\s){1,6}?(?=(?:da\s)?duoc\s))?"  # its owner: "của ngành Y tế được …"
    # past a grade and its comma: "47 mô hình đạt tiêu chí, được công nhận cấp thị xã"
    r"(?:(?:(?:hoat\sdong|dat)\s)?(?:tieu\schi|yeu\scau|hieu\squa|tieu\sbieu|xuat\ssac),\s(?=duoc\s))?"
    r"(?:(?:da\s)?duoc\s(?:de\snghi\s)?(?:cac\scap\s)?"
    r"(?:[a-z]+\s){0,6}?"  # "được (đề nghị) Ban Thường vụ Tỉnh ủy …"
    r"(?:de\snghi\s|(?:tham\sdinh|xem\sxet),?\s)?"
    rf"{RECOGNISING}\s)?"
    rf"(?:de\s(?:nghi|xuat)\s{RECOGNISING}\s)?"  # proposed: "24 mô hình đề nghị công nhận cấp tỉnh"
    r"(?:(?:o|co|cua|tieu\sbieu|dien\shinh|dat|tieu\schuan|tieu\schi|danh\shieu|de\snghi|la"
    r"|mo\shinh|diem|moi|mau|xuat\ssac)\s){0,3}"  # "12 mô hình điểm cấp tỉnh"
    rf"(?:(?:[“\"«][^”\"»\n]{{1,40}}[”\"»]\s?|{THE_MOVEMENT}\s)(?:tieu\sbieu\s)?)?"
    rf"(cap\s(?:{TIER}|{OTHER_TIER}))\b"
)
_OR_ABOVE = re.compile(r"\s(?:tro\s(?:len|xuong))\b")  # "cấp huyện trở lên": no one level
_NEXT_ITEM = re.compile(r"\s?:?\s?[0-9]")  # after a level: the next item's, which it labels
# ", cấp huyện khen 189", ", cấp quận, huyện 1.032"
_NEXT_LABEL = re.compile(
    r"(?:,\s(?:huyen|quan|thi\sxa|thanh\spho|xa|phuong|thi\stran)\b)*"
    r"(?:\s(?!va\b)[a-z]+){0,3}\s?:?\s?[0-9]"
)
# …with the period after it: "Số mô hình được công nhận cấp tỉnh năm 2025 là 64".
_ENDING = re.compile(
    rf"\b(cap\s{TIER})(?:\s(?:trong|tu|den|tinh|het|nam|giai\sdoan|dot|quy|thang|dau|cuoi|nay"
    rf"|qua|cac|theo|hang|[0-9]{{1,4}}|-|–))*$"  # "… cấp tỉnh qua các năm: năm 2021: 45; …"
)

_FIRST = re.compile(  # past the models' quoted name: "Số mô hình “Dân vận khéo” cấp xã …"
    rf"\s?(?:[“\"«][^”\"»\n]{{1,60}}[”\"»]\s?)?(cap\s{TIER})\b(?!\s(?:tro\s(?:len|xuong)))"
)
# The acts of recognising or honouring a body's level says the level of.
_RECOGNISED = r"(?:cong\snhan|xac\snhan|bieu\sduong|tuyen\sduong|vinh\sdanh|ton\svinh)"
# The body that recognised or honoured, in a passive: "15 mô hình được UBND tỉnh công
# nhận", "3 mô hình được Trung ương biểu dương", "12 mô hình được cấp huyện công nhận".
_RECOGNISED_BY = re.compile(  # …or asked to: "3 mô hình được đề nghị Trung ương biểu dương"
    # …past who asked, in a passive: "2 mô hình được Tỉnh hội đề nghị Trung ương Hội biểu dương"
    r"[^,.;:()\n0-9]{0,20}?\b(?:duoc(?:\s(?:[a-z]+\s){1,6}?de\snghi|\sde\snghi)?|do)\s"
    # …of a body's committee too, or of bodies of a tier: "được Ban Cán sự đảng UBND tỉnh
    # công nhận", "được các Đảng ủy xã, phường công nhận"
    r"(?P<body>(?:cac\s)?(?:ban\scan\ssu\sdang\s)?(?:(?:ubnd|uy\sban\snhan\sdan"
    r"|ban\schi\sdao(?:\sphong\strao(?:\sthi\sdua)?\s[“\"][^”\"\n]{1,40}[”\"](?:\scua)?)?"
    r"|ban\sthuong\svu|ban\sdan\svan|hoi\sdong\sthi\sdua(?:\s-?\s?khen\sthuong)?|cap"
    r"|(?:cac\s)?co\squan|cong\san)\s"  # "được các cơ quan Trung ương biểu dương"
    r"|dang\suy\s(?:cac\s)?)?"  # "được Đảng ủy xã công nhận"
    r"(?:cac\s)?(?:(?<!cap\s)cap\s)?"  # "được Đảng ủy cấp xã, UBND cấp huyện công nhận"
    r"(?P<tier>tinh|huyen|xa|phuong|thi\stran|thi\sxa|thi(?=\suy)|quan|trung\suong|co\sso"
    r"|bo\s(?:cong\san|quoc\sphong)))"  # "được Bộ Công an công nhận": a ministry, the centre's
    r"(?:,?\s(?:va\s)?(?:phuong|thi\stran|thi\sxa|thanh\spho|quan))*"  # "UBND các xã, phường"
    # a mass organisation's body of that tier: "Tỉnh hội", "Trung ương Hội Nông dân Việt Nam"
    r"(?:\s(?:hoi|doan)(?:\s(?!de\snghi\b)[a-z]+){0,5}?(?=\s(?:cong|xac)\snhan\b|\sbieu\sduong\b))?"
    r"(?:\suy)?(?:\s\((?:cu|moi)\))?\s"  # "được Ban Thường vụ Tỉnh ủy công nhận", "huyện (cũ)"
    rf"{_RECOGNISED}\b"
)
# A party committee (or its Ban Dân vận) as the subject of the verb before a count:
# "Huyện ủy đã công nhận 22", "Ban Dân vận Trung ương biểu dương 250". Not a steering or
# people's committee, whose report may count every level's: "Ban Chỉ đạo huyện công nhận
# 153 mô hình, trong đó: cấp huyện 28 …, cấp xã 125".
_BODY_THAT_RECOGNISED = re.compile(  # …or an area in a passive: "xã được tỉnh công nhận 5"
    r"(?P<by>\bduoc\s)?\b(?P<body>(?P<who>(?:ban\s(?:thuong\svu|dan\svan)|dang\suy)\s(?:cac\s)?"
    # …or any body of a tier said as one: "Ban Chỉ đạo cấp tỉnh công nhận 38 mô hình"
    r"|(?:ban\schi\sdao|ubnd|uy\sban\snhan\sdan|hoi\sdong\sthi\sdua(?:\s-?\s?khen\sthuong)?)"
    r"\scap\s)?"
    r"(?P<tier>tinh|huyen|xa|phuong|thi\stran|thi\sxa|thi(?=\suy)|quan|trung\suong)(?P<uy>\suy)?)"
    rf"(?:\s\(cu\))?\s(?:da\s)?{_RECOGNISED}(?:\sthem)?\s$"  # "được huyện (cũ) công nhận"
)
_A_LEVEL = re.compile(rf"\bcap\s{TIER}\b")
_ITS_OWN_ACT = re.compile(rf"\s(?:da\s)?{_RECOGNISED}\b")
# A level label at the head of a clause: after a line's start, a semicolon, a sentence's
# end, a bullet or a list's letter ("a)", "1.", "-"); "Ở cấp tỉnh, …", "Cấp huyện (cũ): …".
_LABEL = re.compile(
    r"(?:^|[;\n]|[.!?]\s)\s*(?:[-+•*]\s*|[a-z0-9]{1,2}[.)]\s+)?(?P<at>(?:o|tai)\s)?"
    r"(?P<label>cap\s(?:co\sso|xa|huyen|tinh|trung\suong|thanh\spho))"
    r"(?(at),\s|(?:\s?\([^()\n]{1,30}\))?\s?:\s)"
)
# Where a clause ends, looking back from a number: a label is read only in its clause.
_CLAUSE = re.compile(r"[;\n]|[.!?]\s")
_LEVEL_AFTER = re.compile(r"[^;.\n0-9]{0,40}\bcap\s")
_REACH = 200


# An area's tier or its body, as the subject of an act, in a list's item, after "trong
# đó" or an item before: "…, trong đó tỉnh biểu dương 36 mô hình, các huyện công nhận 212
# mô hình", "…, trong đó: Ban Chỉ đạo tỉnh công nhận 68 mô hình; …".
_TIER_ACTED = re.compile(
    r"(?:\btrong\sdo(?:\s?[,:])?|(?<![0-9.])(?!(?:19|20)[0-9]{2}\b)[0-9][0-9.]*"
    r"(?:\s[a-z]+){1,4}\s?(?:[,;]|,?\sva))\s"
    r"(?:(?:ban\schi\sdao|ban\sthuong\svu|ubnd|uy\sban\snhan\sdan|dang\suy)\s)?"  # its body
    r"(?:cac\s)?(?P<tier>tinh|huyen|xa)(?:,?\s(?:thanh\spho|thi\sxa|thi\stran|phuong))*"
    rf"(?:\suy)?\s(?:da\s)?{RECOGNISING}\s$"  # "…; các huyện, thành phố công nhận 412 mô hình"
)

# A level heading an item of its change, after another's: "…; cấp xã tăng từ 512 lên 1.000".
_LEVEL_CHANGED = re.compile(
    rf"(?:^|[;,]\s?)(?P<level>cap\s{TIER})\s(?:tang|giam)(?:\sthem)?\s"
    r"(?:tu\s(?:[0-9][0-9.,]*(?:\s[a-z]+){0,3}\s(?:len|xuong)(?:\scon)?\s)?)?$"
)
# A level right after the verb, before its count: "công nhận cấp tỉnh 86 mô hình".
_AFTER_ITS_VERB = re.compile(rf"\b{RECOGNISING}\s(?P<level>cap\s{TIER})\s?:?\s?$")


# The subject of a change that names a level: "Số mô hình được công nhận cấp huyện giảm",
# and of the values before and after it: "số mô hình cấp cơ sở tăng từ 1.120 lên 2.576",
# "mô hình cấp tỉnh tăng từ 48 mô hình năm 2020 lên 162 mô hình", "Các mô hình cấp xã
# tăng 215 mô hình …, đạt 2.231 mô hình"; and the subject of "có" that names one.
_CHANGED_SUBJECT = re.compile(
    r"(?:^|[.;:\n,]\s?)(?:(?:tong\s)?so\s(?:luong\s)?|cac\s|nhung\s)?(?:mo\shinh|dien\shinh)\b"
    r"[^.;:\n0-9]{0,60}?"
    rf"\s(?P<level>cap\s{TIER})(?:\s(?!tang|giam|co\b)(?:[a-z]+|[0-9]{{4}})){{0,4}}"
    r"(?:\s(?:tang|giam)"
    r"(?:\sthem|(?:\s(?:len|xuong))?\scon|\slen|\sxuong)?"  # "… giảm (xuống) còn 856"
    r"(?:\s(?:gap\s)?[0-9][0-9.,]*\slan(?:\sso\svoi(?:\s[a-z0-9]+){1,4})?,?)?"  # "… gấp 2 lần"
    r"(?:\stu(?:\s[0-9][0-9.,]*(?:\s(?!len|xuong)(?:[a-z]+|(?:19|20)[0-9]{2})){0,4}"
    r"(?:\s?\([^()\n]{0,30}\))?"
    r"\s(?:len|xuong)(?:\scon)?)?)?"
    # …and the value the change leaves: "… tăng 215 mô hình so với cùng kỳ, đạt 2.231"
    r"(?:\s[0-9][0-9.,]*(?:\s[a-z]+){0,8},\s(?:dat|len|con|nang\slen))?"
    r"|\s(?:hien\s)?co|\schiem)\s$"  # of "có": "Mô hình cấp xã có 2.231 …"; "… chiếm 5,2%"
)


def _tier_that_acted(folded: str, start: int) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level of the area whose act is the number's verb, in a list's item.

    "248 mô hình, trong đó tỉnh biểu dương 36 mô hình, các huyện 212": the province
    honoured the 36; not "Tỉnh đã công nhận 248 mô hình", which may be every level's.
    """
    acted = _TIER_ACTED.search(folded, max(0, start - 60), start)
    if acted is None:
        return None
    level = RecognitionLevel._lookup(f"cấp {acted['tier']}")
    return None if level is None else (level, acted.span("tier"))


def recognised_by(
    folded: str, start: int, end: int, measure: str | None
) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level of the body that recognised or honoured a count.

    Said by a passive after it ("15 mô hình được UBND tỉnh công nhận") or as the subject
    of the verb before it when a party committee ("Ban Thường vụ Tỉnh ủy đã công nhận 36
    mô hình") or an area in a passive ("xã được tỉnh công nhận 5 mô hình"), not an area
    acting ("Tỉnh đã công nhận 248 mô hình" may count every level's).
    """
    if measure not in ("recognised", "honoured", "proposed"):
        return None
    body = _RECOGNISED_BY.match(folded, end)
    if body is None and measure == "proposed":
        return None  # only the body asked in a passive: "… được đề nghị UBND tỉnh công nhận"
    if body is None:
        body = _BODY_THAT_RECOGNISED.search(folded, max(0, start - 60), start)
        if body is None or not (body["who"] or body["uy"] or body["by"]):  # not an area
            return None
        stop = SENTENCE_END.search(folded, end, end + _REACH)
        stop_at = stop.start() if stop else end + _REACH
        if any(  # not another tier's own act: "…; cấp huyện công nhận 276 mô hình"
            not _ITS_OWN_ACT.match(folded, level.end())
            for level in _A_LEVEL.finditer(folded, end, stop_at)
        ):
            return None  # "…, trong đó cấp huyện 28, cấp xã 125": the sentence names them
    tier = "thị xã" if body["tier"] == "thi" else body["tier"]  # "Thị ủy": the town's
    tier = "trung ương" if tier.startswith("bo ") else tier
    level = RecognitionLevel._lookup(f"cấp {tier}")
    return None if level is None else (level, body.span("body"))


def clause_label(
    folded: str, start: int, end: int
) -> tuple[RecognitionLevel | None, tuple[int, int]] | None:
    """The level a label heads the clause of the number at ``start`` with, and its span.

    None when the clause has no such label, or a level follows the number ("cấp tỉnh: …
    25 mô hình cấp huyện" names its own). An area acting in a list's item labels it too
    ("…, trong đó tỉnh biểu dương 36 mô hình"), and so does the subject of a change ("Số
    mô hình được công nhận cấp huyện giảm 35 mô hình"); "Cấp thành phố: …", no one level.
    """
    acted = _tier_that_acted(folded, start)
    if acted is not None:
        return acted
    changed = _CHANGED_SUBJECT.search(folded, max(0, start - _REACH), start)
    changed = changed or _AFTER_ITS_VERB.search(folded, max(0, start - 40), start)
    changed = changed or _LEVEL_CHANGED.search(folded, max(0, start - 60), start)
    if changed is not None:  # "Số mô hình được công nhận cấp huyện giảm 35 mô hình"
        level = RecognitionLevel._lookup(changed["level"])
        return None if level is None else (level, changed.span("level"))
    since = max(0, start - _REACH)
    for stop in _CLAUSE.finditer(folded, since, start):
        since = stop.start()
    label = _LABEL.match(folded, since)
    if label is None or label.end() > start or _LEVEL_AFTER.match(folded, end):
        return None
    if folded.count(")", label.end(), start) > folded.count("(", label.end(), start):
        return None  # "(…; cấp xã: 672), tăng 86 mô hình": the bracket's label only
    level = RecognitionLevel._lookup(label["label"])  # "Cấp thành phố: …": the city's tier
    return (level, label.span("label")) if level or "thanh" in label["label"] else None


def level_after(folded: str, end: int) -> tuple[RecognitionLevel | None, tuple[int, int]] | None:
    """The level written after a count's noun, with its span; ``None`` when there is none.

    The level is ``None`` when the words name no one level ("cấp thành phố", "cấp huyện
    trở lên"): the reviewer says which. A level that labels the next item of a list
    (", cấp huyện 312") is not this count's.
    """
    level = _LEVEL.match(folded, end, end + 100)
    comma = level is not None and "," in folded[end : level.start(1)]
    if level is None or (_NEXT_LABEL if comma else _NEXT_ITEM).match(folded, level.end()):
        return None
    above = _OR_ABOVE.match(folded, level.end())
    if above is not None:
        return None, (level.start(1), above.end())
    return RecognitionLevel._lookup(level.group(1)), level.span(1)


_NO_ONE_LEVEL = re.compile(rf"\bcap\s{TIER}\stro\s(?:len|xuong)\b")
# A list item's label that may be a level none of the recognition levels names: "trong đó
# cấp trường 312 mô hình, cấp ngành 118 mô hình" (a sector's own ladder), "cấp thành phố".
_ITEM_LEVEL = re.compile(r"cap\s(?!uy\b)[a-z]+(?:\s[a-z]+)?")


def no_one_level(
    folded: str, subject: tuple[int, int] | None, item: tuple[int, int] | None
) -> tuple[None, tuple[int, int]] | None:
    """The words of a subject's or an item's levels that name no one level, if any.

    As :func:`level_after` gives them: no level, and the words for a reviewer. "Số mô hình
    cấp huyện trở lên" (a subject); "trong đó cấp trường 312 mô hình" (an item's label, so
    that the count is a cell in the report's words rather than a subset of no cell).
    """
    found = None if subject is None else _NO_ONE_LEVEL.search(folded, *subject)
    if found is not None:
        return None, found.span()
    label = None if item is None else _ITEM_LEVEL.fullmatch(folded, *item)
    if label is None or RecognitionLevel._lookup(label[0]) is not None:
        return None
    return None, label.span()


def level_of_a_subject(
    folded: str, a: int, b: int
) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level that ends a subject's words ``a:b`` (:func:`level_ending`), or heads them.

    "Số mô hình *cấp tỉnh* được công nhận giai đoạn 2021 - 2025 là 236".
    """
    ending = level_ending(folded, a, b)
    if ending is not None:
        return ending
    level = _FIRST.match(folded, a, b)
    named = None if level is None else RecognitionLevel._lookup(level.group(1))
    return None if named is None or level is None else (named, level.span(1))


def level_ending(folded: str, a: int, b: int) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level that ends the words ``a:b``, before their period if any.

    "Mô hình được công nhận cấp tỉnh", "… cấp tỉnh năm 2025", "… cấp tỉnh từ năm 2021 đến
    nay".
    """
    level = _ENDING.search(folded, a, b)
    named = None if level is None else RecognitionLevel._lookup(level.group(1))
    return None if named is None or level is None else (named, level.span(1))


# An item's words that name models (or exemplars) first: "mô hình “Dân vận khéo” cấp huyện".
_MODELS = re.compile(r"(?:(?:cac|so)\s)?(?:mo\shinh|dien\shinh)\b")


def models_level(
    folded: str, item: tuple[int, int] | None
) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level that ends an item's words naming models, past their quoted name.

    "Trong đó, mô hình “Dân vận khéo” cấp huyện 96 mô hình; …"; not bodies of a tier: "các
    cơ quan, đơn vị cấp tỉnh: 42/42 sở …".
    """
    if item is None or _MODELS.match(folded, item[0]) is None:
        return None
    return level_ending(folded, *item)


_HEADING_LEVEL = re.compile(  # not the tier of bodies: "… ở các cơ quan, đơn vị cấp tỉnh: …"
    r"[^:;\n0-9]{0,60}?(?<!don\svi\s)(?<!co\squan\s)(?<!nganh\s)(?<!doan\sthe\s)(?<!so\s)"
    rf"\b(cap\s{TIER})\s?:\s"
)
_HEADING_REACH = 240
# …whose bodies of a tier a heading names, the cell of the counts under it.
_BODIES = r"(?:co\squan|don\svi|so|ban|nganh|doan\sthe)"
_BODIES_HEADING = re.compile(
    rf"[^:;\n0-9]{{0,60}}?\b(?:o|tai|trong|cua)\s(?P<body>(?:cac\s)?{_BODIES}(?:,\s{_BODIES})*"
    rf"\scap\s{TIER})\s?:\s"
)


def level_of_the_heading(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give the counts of a line headed by a level that level, when they name none.

    "Mô hình cấp huyện: 2023 có 186 mô hình; 2024 có 214 mô hình": both of the district.
    A heading of bodies of a tier names their cell, no level: "Về kết quả … ở các cơ quan,
    đơn vị cấp tỉnh: … đăng ký 186 mô hình". So does a level alone on a line of its own
    for the lines under it: "2.1. Cấp tỉnh" over "Ban Chỉ đạo tỉnh … công nhận 45 mô hình".
    """
    folded = source.folded
    for i, (start, _) in enumerate(spans):
        mention = mentions[i]
        line = folded.rfind("\n", max(0, start - _HEADING_REACH), start) + 1  # not far back
        near = line or start < _HEADING_REACH
        bodies = _BODIES_HEADING.match(folded, line, start) if near else None
        if bodies and not mention.category and not SENTENCE_END.search(folded, bodies.end(), start):
            a, b = bodies.span("body")  # "Về … ở các cơ quan, đơn vị cấp tỉnh: …": theirs
            evidence = {**mention.evidence, "category": (source.clean[a:b], source.span(a, b))}
            mention = mentions[i] = attrs.evolve(
                mention, category=source.clean[a:b], evidence=evidence
            )
        if mention.level is not None or mention.fields or "level" in mention.evidence:
            continue
        heading = _HEADING_LEVEL.match(folded, line, start) if near else None
        if heading is None or SENTENCE_END.search(folded, heading.end(), start):
            heading = _level_line_above(source, start)  # "2.1. Cấp tỉnh\n…"
        level = None if heading is None else RecognitionLevel._lookup(heading[1])
        if heading is None or level is None:
            continue
        a, b = heading.span(1)
        evidence = {**mention.evidence, "level": (source.clean[a:b], source.span(a, b))}
        mentions[i] = attrs.evolve(mention, level=level, evidence=evidence)


# A level alone on a line of its own, numbered or not, heading the lines under it: "2.1.
# Cấp tỉnh", "b) Cấp huyện:", "- Cấp xã"; up to the next numbered line, the next bullet
# of its own (the lines under "- Cấp xã" may be "+ …"), or a line of a total ("Tổng cộng
# toàn tỉnh: …").
_LEVEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[a-z])[.)][ \t]?|[-+•*][ \t])?"
    rf"(cap[ \t]{TIER})[ \t]?:?[ \t]*$"
)
_UNDER_IT_ENDS = re.compile(
    r"(?m)^[ \t]*(?:(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[a-z]|[ivx]{1,4})[.)]\s"
    r"|(?:tong\s(?:cong|so)|toan\s(?:tinh|huyen|thanh\spho|thi\sxa|xa|phuong)|cong|tinh\schung)\b)"
)
_UNDER_IT_REACH = 600


def _level_line_above(source: CleanText, start: int) -> re.Match[str] | None:
    """The level on a line of its own above the number's line, with no other heading between."""
    found = source.spans_in(_LEVEL_LINE, max(0, start - _UNDER_IT_REACH), start)
    if not found:
        return None
    heading = _LEVEL_LINE.match(source.folded, found[-1][0])
    if heading is None or _UNDER_IT_ENDS.search(source.folded, heading.end(), start) is not None:
        return None
    bullet = heading[0].lstrip()[:1]
    if bullet in "-+•*" and re.search(
        rf"\n[ \t]*{re.escape(bullet)}\s", source.folded[heading.end() : start]
    ):
        return None  # "- Cấp tỉnh\n+ …\n- Khối …": the next item of its own list
    return heading
