"""The words that name a body holding part of an area's models, in folded text.

"Hội Nông dân", "khối chính quyền", "Công an tỉnh", "các cơ quan, đơn vị": a count after
such a name is the body's cell, never the area's total. Not the bodies that act for the
whole area (the Party committee, the People's Committee, the steering committee).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._cells import adds_up, measured_as_total
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import (
    GOES_ON,
    VERB_WORDS,
)
from danvan._text import fold

__all__ = [
    "KINDS_OF_UNIT",
    "PART_HOLDER",
    "WHOSE_BEFORE",
    "among_a_bodys",
    "body_end",
    "body_set_apart",
    "framed",
    "full_name",
    "label_of_the_act",
    "names_a_body",
    "subject_of_a_share",
    "whose",
    "within_the_body_before",
]

# Religious establishments, which hold part of an area's models: "các chùa, nhà thờ …"
# (plural only: "chưa" folds as "chùa" does).
_RELIGIOUS = (
    r"(?<=cac\s)(?:chua|nha\stho|giao\s(?:xu|ho)|(?:co\sso|to\schuc)\ston\sgiao|tinh\sthat)"
)
#: Bodies that hold part of an area's models: mass organisations, the Front, the blocs
#: ("khối chính quyền", "lực lượng vũ trang"), the police, the army and the agencies
#: ("Sở Y tế", "Ngân hàng Chính sách xã hội"). Not "Hội đồng" (a council) nor the Party
#: committee, the People's Committee or the steering committee, which act for the area.
PART_HOLDER = re.compile(  # …and their systems: "hệ thống Mặt trận các cấp"
    r"(?:cac\s(?:cap\s)?)?(?:(?:toan\s)?he\sthong\s)?(?:hoi\b(?!\s(?:dong|nghi|thao|thi|vien))|chi\shoi|doan\sthanh\snien|chi\sdoan"
    r"|doan\stn(?:cs)?|dtn|ldld|hlhpn"  # for short: "Đoàn TN 61", "ĐTN", "LĐLĐ", "HLHPN"
    r"|(?:ubnd|uy\sban\snhan\sdan)\scac\s(?:xa|phuong|thi\stran|huyen|quan)"  # "UBND các xã"
    r"|co\squan\s(?:nha\snuoc|dang|chinh\squyen|mat\stran)|doan\sthe"
    r"|to\schuc\schinh\stri\s-?\s?xa\shoi"  # "các tổ chức chính trị - xã hội"
    r"|(?:co\squan|don\svi)(?:,\s(?:co\squan|don\svi))?\s(?:(?:trong|thuoc)\s)?khoi(?=\s[a-z])"
    r"|(?:tinh|huyen|thanh|thi|quan)\sdoan|cong\sdoan|lien\sdoan|mat\stran|uy\sban\s(?:mttq|mat\stran)"
    r"|mttq|cuu\schien\sbinh|khoi|cum\sthi\sdua|luc\sluong|cong\san|bo\schi\shuy|quan\ssu"
    r"|bo\sdoi|quan\sdoi|co\sso\s(?:doan|hoi)"  # "các cơ sở Đoàn", "cơ sở Hội"
    r"|(?:don\s)?bien\sphong|dan\squan"  # "Biên phòng 10", "các đồn Biên phòng", "Dân quân"
    r"|chinh\squyen(?!\s(?:xa|phuong|thi\stran|huyen|tinh|thanh\spho)\b)"  # "… các cấp"
    r"|dang\s(?:uy|bo)\s(?:khoi|cong\san|quan\ssu|bo\sdoi|bien\sphong)"  # "Đảng bộ Quân sự"
    r"|so\s(?!mo\shinh|luong|lieu|luot|ho\b|sanh\b|voi\b|tien\b)"  # "Sở"; not "so sánh"
    r"|nganh|ngan\shang|bao\shiem|truong|benh\svien|doanh\snghiep"
    r"|phong\s(?:giao\sduc|van\shoa|tu\sphap|noi\svu|y\ste|lao\sdong|kinh\ste|tai\s(?:chinh|nguyen)"
    r"|nong\snghiep|cong\sthuong|dan\stoc|quan\sly|canh\ssat)"  # "Phòng Giáo dục", not "phòng học"
    r"|(?:so|phong)(?=,\s(?:ban|nganh)\b)"  # "các sở, ban, ngành", "các phòng, ban, ngành"
    rf"|cuc|chi\scuc|vien\skiem\ssat|toa\san|kho\sbac|{_RELIGIOUS}"
    # …and one named: "Ban Hành giáo xứ Phát Diệm đã vận động …", "Hội thánh … đã …"
    r"|(?:ban\shanh\s)?(?:giao\s(?:xu|ho)|nha\stho|tu\svien|thanh\sthat|hoi\sthanh)(?=\s[a-z]))\b"
)
#: Units of a kind, as a group that holds part of an area's models: "các xã đăng ký 215
#: mô hình; các cơ quan, đơn vị đăng ký 97 mô hình".
KINDS_OF_UNIT = re.compile(
    r"(?:cac\s)?khu\sdan\scu\b"  # "ở khu dân cư": the people's, beside the agencies'
    r"|(?:cac\s)?cap\suy\s(?:chi\sbo|co\sso)\b"  # "… do cấp ủy chi bộ trực tiếp lãnh đạo"
    r"|cap\suy,\s(?:cac\s)?to\schuc\s(?:co\sso\s)?dang\b"  # "- Cấp ủy, tổ chức đảng: 412 mô hình"
    r"|khu\svuc\s(?:nong\sthon|do\sthi|thanh\sthi|mien\snui|vung\scao|ven\sbien|bien\sgioi)\b"
    r"|cac\s(?:xa|phuong|thi\stran|thon|ban|to\sdan\spho|khu\spho|co\squan|don\svi|chi\sbo|huyen"
    r"|phong(?!\s(?:hoc|o|tro|hop|khach|chong)\b)"  # "các phòng, ban, ngành huyện"
    r"|so(?!\s(?:lieu|luong|mo\shinh|dien\shinh))"
    rf"|dang\sbo|(?:to\schuc\s)?co\sso\sdang|doanh\snghiep|truong|{_RELIGIOUS}"
    r"|khoa(?!\shoc)|trung\stam)\b"  # a school's: "… của các khoa, 14 … của các trung tâm"
)


def whose(folded: str, a: int, b: int) -> int:
    """Where the body starts that a subject's words say the count is of, or -1.

    "Số mô hình của (ở, thuộc) khối Đảng là 412": the words "khối Đảng"; so with the body
    that carries them out: "Số mô hình do Mặt trận Tổ quốc các cấp chủ trì là 248".
    """
    for word in _WHOSE.finditer(folded, a, b):  # "…, do Hội Phụ nữ chủ trì là 212" too
        if names_a_body(folded[word.end() : b]):
            return word.end()
    return -1


_WHOSE = re.compile(r"(?<![^\s,;:(])(?:cua|do|o|tai|thuoc)\s")  # "Số mô hình ở khối …"


# A count after the share of it its body holds: "khối Mặt trận chiếm 52% tổng số mô hình
# với 1.125 mô hình", "chiếm tỷ lệ cao nhất với 640 mô hình".
_SHARE_THEN = re.compile(
    r"\schiem\s(?:(?:ty\s(?:le|trong)|khoang|gan|hon|tren)\s)*"
    r"(?:[0-9][0-9.,]*\s?%|cao\snhat|thap\snhat|nhieu\snhat|phan\slon|da\sso)"
    r"[^.;:\n0-9]{0,40}?(?:\s(?:voi|la|gom)\s|\s?\(\s?)$"  # "… chiếm 12,4% (355/2.864 …)"
)


def subject_of_a_share(folded: str, start: int) -> int:
    """Where the words naming whose a count is end: before its share, if one comes first.

    "khối Mặt trận … chiếm 52% tổng số mô hình với 1.125 mô hình": the bloc's words.
    """
    share = _SHARE_THEN.search(folded, max(0, start - 90), start)
    return start if share is None else share.start()


#: The words before the body whose the counts are: "Số mô hình do ", "… của ".
WHOSE_BEFORE = re.compile(r"[^,.;:()\n]*?\s(?:do|cua|thuoc)\s(?=[a-z])")
# The act of the body a subject names after "do": "Số mô hình do X chủ trì (là 248)".
_DONE_BY = re.compile(  # …or what is said of it: "ở khối doanh nghiệp còn ít (chỉ 14 …)"
    r"\s(?:chu\stri|thuc\shien|phu\strach|quan\sly|xay\sdung|dang\sky"
    r"|con\s(?:it|han\sche|thap|khiem\ston))$"
)


def body_end(folded: str, a: int, b: int) -> int:
    """Where the name of the body at ``a`` (see :func:`whose`) ends, at ``b`` or before.

    Before the act it carries out: "do Mặt trận Tổ quốc các cấp chủ trì".
    """
    done = _DONE_BY.search(folded, a, b)
    return b if done is None else done.start()


def names_a_body(folded: str) -> bool:
    """Whether folded words name a body or units that hold part of an area's models.

    "khối chính quyền", "Hội Nông dân", "các cơ quan, đơn vị".
    """
    return PART_HOLDER.match(folded) is not None or KINDS_OF_UNIT.match(folded) is not None


# A clause that sets one body apart, before the count's: "Chỉ tính riêng khối chính
# quyền, đã có 412 mô hình được công nhận", "Đối với khối doanh nghiệp, năm 2025 có 38 mô
# hình"; or the body a clause is about: "Ở khối chính quyền, 100% sở, ban, ngành … đăng
# ký … 842 mô hình".
_SET_APART = re.compile(  # …"Về phía Mặt trận Tổ quốc, các cấp đã xây dựng 215 mô hình"
    r"(?:^|[.;:\n]\s?)(?:(?:chi\s)?(?:tinh\s)?rieng|doi\svoi|ve\sphia)\s"
    r"(?P<body>[^,.;:\n0-9]{2,60}),\s(?:[^,.;:\n0-9]|\b(?:19|20)[0-9]{2}\b){0,40}$"
)
# A subject that only says the body's levels, after the body set apart: "các cấp (hội)".
_ITS_LEVELS = re.compile(r"cac\scap(?:\s[a-z]+)?")
_WITHIN_A_BODY = re.compile(
    r"(?:^|[.;:\n]\s?)(?:o|tai|trong)\s(?!so\s)(?P<body>[^,.;:\n0-9]{2,40}),\s"  # "Trong số"
    r"(?:[^.;:\n0-9]|\b(?:19|20)[0-9]{2}\b|(?<=\s)100\s?%){0,120}$"
)


# A clause that frames what follows, still open: "Trong khối Mặt trận và các đoàn thể".
_FRAME = re.compile(r"(?:^|[.;:\n]\s?)(?:trong|o|tai|doi\svoi|ve\sphia)\s[^,.;:\n0-9]{2,80}$")


def framed(folded: str, at: int) -> bool:
    """Whether the words before ``at`` are a frame's, not a subject's: "Trong khối …, ".

    "Trong khối Mặt trận và các đoàn thể, Hội Nông dân dẫn đầu với 146 mô hình": the bloc
    frames the Farmers' Union, which is not joined to it.
    """
    return _FRAME.search(folded, max(0, at - 90), at) is not None


def body_set_apart(
    source: CleanText, start: int, name: tuple[str, tuple[int, int]] | None
) -> tuple[str, tuple[int, int]] | None:
    """The body that a clause before the number at ``start`` sets apart, with its span.

    Only where the count's own ``name`` is none, or says no more than the body's levels:
    "Đối với Hội Liên hiệp Phụ nữ, các cấp hội đã xây dựng 312 mô hình". After "Ở",
    "Tại", "Trong", only a body, not units of a kind ("Tại các xã, …" may be all the
    area's).
    """
    if name is not None and not _ITS_LEVELS.fullmatch(fold(name[0])):
        return None
    folded = source.folded
    found = _SET_APART.search(folded, max(0, start - 100), start)
    if found is None or not names_a_body(found["body"]):
        found = _WITHIN_A_BODY.search(folded, max(0, start - 200), start)
        if found is None or PART_HOLDER.match(found["body"]) is None:
            return None
    a, b = found.span("body")
    return source.clean[a:b], source.span(a, b)


def within_the_body_before(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    i: int,
) -> bool:
    """Whether count ``i``, named by its grade, is among the body's count before it.

    "Hội Nông dân tỉnh đăng ký 128 mô hình, đến nay có 121 mô hình đạt kết quả tốt": the
    121 are of the Farmers' Union's 128, not a cell of the province's models; so after a
    semicolon, when no other grade's count follows ("…; đến nay có 298 mô hình hoàn thành").
    """
    mention, before, body = mentions[i], mentions[i - 1] if i else None, names[i - 1] if i else None
    a, b = spans[i - 1][1], spans[i][0]
    return (
        before is not None
        and body is not None
        and names_a_body(fold(body[0]))
        and mention.part_of is None
        and mention.subset_of is None
        and before.unit_of_measure is mention.unit_of_measure
        and (
            GOES_ON.fullmatch(folded, a, b) is not None
            or (_GOES_ON_TO_NOW.fullmatch(folded, a, b) is not None and _alone(folded, spans, i))
        )
    )


# A body's clause going on to now after a semicolon: "…; đến nay có ".
_GOES_ON_TO_NOW = re.compile(r"[^.;:()\n0-9]{0,40}?;\s(?:den|hien)\snay\s(?:da\s)?co\s")
_NEXT = re.compile(r"[^.;:()\n0-9]{0,40}?,\s(?!dat\s)")  # another count: "…, 14 mô hình …"


def _alone(folded: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether no other count of a grade follows count ``i`` after a comma."""
    return i + 1 == len(spans) or not _NEXT.match(folded, spans[i][1], spans[i + 1][0])


def among_a_bodys(mentions: list[FigureMention], source: CleanText) -> None:
    """A count among a body's count, or a cell of it, is the body's too, in place.

    "Công an tỉnh xây dựng 86 mô hình, trong đó 24 mô hình được công nhận cấp tỉnh": the
    24 are the police's, not all the province-level models; so are the cells of "Các cấp
    Hội Cựu chiến binh đã đăng ký 86 mô hình, trong đó cấp tỉnh 6 mô hình, …".
    """
    apart = None  # the total the count before was set apart from, as another body's
    set_apart: dict[int, list[int]] = {}  # …and each total's counts so set apart
    for i, mention in enumerate(mentions):
        among = mention.subset_of if mention.subset_of is not None else mention.part_of
        total = mentions[among] if among is not None else None
        if among is not None and _another_bodys(source, mention, total, after_one=apart == among):
            mentions[i] = attrs.evolve(mention, subset_of=None)  # "…; Hội Phụ nữ có 980 …"
            set_apart.setdefault(among, []).append(i)
            apart = among
            continue
        apart = None
        if (
            total is not None
            and isinstance(mention.value, Count)
            and mention.category is None
            and total.category is not None
            and names_a_body(fold(total.category))
        ):
            evidence = {**mention.evidence, "category": total.evidence["category"]}
            mentions[i] = attrs.evolve(mention, category=total.category, evidence=evidence)
    _bodies_of_a_group(mentions, set_apart)


def _bodies_of_a_group(mentions: list[FigureMention], set_apart: dict[int, list[int]]) -> None:
    """Bodies' counts among a group's count that add up to it are its parts, in place.

    "Mặt trận Tổ quốc và các đoàn thể tỉnh có 845 mô hình (Mặt trận 112 mô hình; Hội Nông
    dân 203 mô hình; …)": a breakdown by body, when every body's count of it is of its act
    and unit and no other cell, and they add up to it exactly; other counts among it stay
    so ("…, trong đó có 3 mô hình được công nhận cấp tỉnh"). So do counts ``set_apart``
    from it as other bodies' when with its own they add up to it: "Khối Mặt trận và các
    đoàn thể đăng ký 215 mô hình. Trong đó, Hội Nông dân đăng ký 64 mô hình; Hội Phụ nữ
    đăng ký 72 mô hình; Đoàn Thanh niên đăng ký 79 mô hình".
    """
    among: dict[int, list[int]] = {}
    apart = {i: t for t, some in set_apart.items() for i in some}
    for i, mention in enumerate(mentions):
        t = apart.get(i, mention.subset_of)
        if t is None:
            continue
        total = mentions[t]
        if (
            total.category is not None
            and mention.category not in (None, total.category)
            and mention.measure in (None, total.measure)  # "…: Mặt trận 96, Hội Nông dân 142"
            and mention.unit_of_measure == total.unit_of_measure
            and not (mention.fields or mention.level or mention.holder)
        ):
            among.setdefault(t, []).append(i)
            if i not in apart:  # a bare count: its total's act
                mentions[i] = measured_as_total(mention, total)
    for t, some in among.items():
        if len(some) < 2 or not adds_up(mentions, some, t):
            continue
        total = mentions[t]
        said = (total.text, total.span)
        for i in some:
            evidence = {**mentions[i].evidence, "part_of": said}
            mentions[i] = attrs.evolve(mentions[i], part_of=t, subset_of=None, evidence=evidence)


def _another_bodys(
    source: CleanText, mention: FigureMention, total: FigureMention | None, *, after_one: bool
) -> bool:
    """Whether a count set among a body's count is another body's, named after that one.

    "Hội Nông dân tỉnh có 1.240 mô hình, trong đó …; Hội Liên hiệp Phụ nữ có 980 mô hình":
    the 980, in a clause of their own with its verb, are no subset of the 1.240; "Khối Mặt
    trận … có 500 mô hình, trong đó: Hội Nông dân 200 mô hình; Hội Phụ nữ 180 mô hình" are.
    ``after_one``: the count before was another body's, set apart from the same total; a
    comma then ends a clause too ("…; Hội Phụ nữ có 980 mô hình, Đoàn Thanh niên có 415").
    """
    if total is None or mention.subset_of is None or None in (mention.category, total.category):
        return False
    said = mention.evidence.get("category")
    if said is None or said[1][0] < total.span[1] or mention.category == total.category:
        return False
    named, counted = source.at(said[1][0]), source.at(mention.span[0])
    return (
        # a clause of its own, with its own verb
        source.folded[max(0, named - 2) : named].strip() in (";", "," if after_one else ";")
        and _ITS_OWN_ACT.search(source.folded, source.at(said[1][1]), counted) is not None
        and names_a_body(fold(str(mention.category)))
        and names_a_body(fold(str(total.category)))
    )


_ITS_OWN_ACT = re.compile(r"\b(?:co|dang\sky|xay\sdung|cong\snhan|trien\skhai)\b")


# An item whose words are only its act, after a label and its colon at the head of its
# line: "- Hội Nông dân huyện: đăng ký 36 mô hình", "2. Huyện đoàn: công nhận 15 mô hình".
_ACT_ALONE = re.compile(rf"(?:da\s)?(?:{VERB_WORDS})(?:\s(?:moi|them|duoc))*")
_LABEL_OF_THE_LINE = re.compile(  # …or of an item after a semicolon: "…; Hội Nông dân: …",
    # numbered in sections ("2.1. Hội Nông dân tỉnh: …") or after a sentence on its line
    r"(?:^|\n|;\s?|[.!?]\s)[ \t]*"
    r"(?:[-+•*–][ \t]*|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}[.)][ \t]*|[a-z][.)][ \t]*)?"
    r"(?P<label>[^\n:;.()0-9]{2,80}?)\s?:\s?$"  # "+ Khối Mặt trận, đoàn thể: đăng ký …"
)


def label_of_the_act(folded: str, a: int, b: int) -> tuple[int, int] | None:
    """The label of the line whose item ``folded[a:b]`` is only an act, if any.

    "- Hội Nông dân huyện: đăng ký 36 mô hình": the label names who did it.
    """
    if _ACT_ALONE.fullmatch(folded, a, b) is None:
        return None
    label = _LABEL_OF_THE_LINE.search(folded, max(0, a - 100), a)
    return None if label is None else label.span("label")


# A body named by its kind alone, once its full name was said: "Hội", "Đoàn", "Công đoàn".
_SHORT_NAMES = frozenset(("hoi", "doan", "cong doan"))


def full_name(
    names: Sequence[tuple[str, tuple[int, int]] | None], i: int
) -> tuple[str, tuple[int, int]] | None:
    """The body's name said before, when name ``i`` is its kind alone, else ``None``.

    "Hội Nông dân tỉnh đã … . Năm 2025, Hội có 92 mô hình": the 92 are the Farmers'
    Association's; so are those of "các cấp Hội", its levels.
    """
    short = names[i]  # …or its levels: "các cấp Hội"
    if short is None or (folded := fold(short[0]).removeprefix("cac cap ")) not in _SHORT_NAMES:
        return None
    for k in range(i - 1, -1, -1):
        name = names[k]
        full = "" if name is None else fold(name[0]).removeprefix("cac cap ")  # "Các cấp Hội …"
        if full.startswith(folded + " ") and " va " not in full and names_a_body(full):
            return name  # one body, not a group: "Mặt trận … và các đoàn thể", then "Mặt trận"
    return None
