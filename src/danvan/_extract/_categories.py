"""Cells a report names in its own words: counts by body ("Hội Nông dân 215 mô hình").

Two or more counts of one unit side by side, each after a name of its own (capitalised,
a few words, no verb but the body's act at its end: "Hội Nông dân xây dựng 95 mô hình"),
are counts by body: each name becomes the count's ``category``, with its words as
evidence. One count after a name is left as it is ("Thành phố có 58 mô hình" names the
scope), unless the name is of a body that holds part of the scope's models: a mass
organisation, a bloc, the police or an agency. Counts by grade ("xếp loại: tốt 1.230 mô
hình, …") are named by the grade, and so is one count with a grade after it ("207/230
mô hình hoạt động hiệu quả").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._body_after import body_after
from danvan._extract._body_names import (
    KINDS_OF_UNIT,
    PART_HOLDER,
    WHOSE_BEFORE,
    among_a_bodys,
    body_end,
    body_set_apart,
    framed,
    label_of_the_act,
    names_a_body,
    subject_of_a_share,
    whose,
    within_the_body_before,
)
from danvan._extract._cells import as_named, named_subsets_completing
from danvan._extract._change_links import bodies_of_the_counts_changed
from danvan._extract._clean import CleanText
from danvan._extract._everyone import all_of_them, everyone
from danvan._extract._figure_denied import denied_by_its_grade
from danvan._extract._figure_grades import (
    grade_after,
    grade_before,
    grade_ending,
    grade_of_the_subject,
    notables_named,
    restates_recognition,
)
from danvan._extract._figure_mention import FigureMention, cell_after
from danvan._extract._figure_things import things_measured
from danvan._extract._figure_words import BATCH, GRADE, MODEL_UNITS, SENTENCE_END, VERB, VERB_WORDS
from danvan._extract._list_items import among_a_total, item_words, the_rest
from danvan._extract._lists import BULLET
from danvan._extract._named_alike import (
    beside_another,
    named_as_its_total,
    verb_of_the_item_before,
)
from danvan._extract._own_body import named_by_its_header
from danvan._extract._patterns import at_word_start
from danvan._extract._place_frames import framed_by_a_segment
from danvan._extract._respectively import run_at
from danvan._extract._same_subject import levels_of_their_units, same_subject
from danvan._extract._share_bases import named_as_their_share
from danvan._extract._subject_ends import (
    COUNTED_BEFORE,
    agencies_before,
    agencies_counted,
    counted_agencies,
    past_its_adverbs,
)
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = ["name_categories"]

# The verb that ends a name's item, its body's act: "Hội Nông dân (đã) xây dựng (mới)",
# "… đăng ký và thực hiện".
_VERB_LAST = re.compile(  # "… (đã) (tham gia) xây dựng (mới)"
    rf"\s(?:da\s)?(?:tham\sgia\s)?(?:(?:{VERB_WORDS})(?:,|\sva)\s)?(?:{VERB_WORDS}|to\schuc)"
    r"(?:\s(?:va\s)?thuc\shien)?(?:\s(?:moi|them|duoc))*"  # "đăng ký (và) thực hiện"
    r"(?:\s(?:co\s)?hieu\squa)?$"
)
# Words that name an area, not a body: the report's own ("Toàn tỉnh có 715 mô hình")
# or another unit's ("Huyện Kỳ Anh có 40 mô hình"), whose figures are that unit's.
_SCOPE = re.compile(
    r"(?:toan|ca|tren\sdia\sban|dia\sphuong|tinh|huyen|xa|phuong|thi\sxa|thi\stran"
    r"|thanh\spho|quan|thon|to\sdan\spho)\b"
)
# Some units of a kind, set apart by where they are: "Các xã vùng cao đăng ký 76 mô hình"
# (not all of them, which are the area: "các xã, phường đăng ký 2.400 mô hình"), or by
# the body they are of: "Các đơn vị lực lượng vũ trang xây dựng 38 mô hình" (but "Các
# cơ quan trong Khối" are all of a bloc's, in its own report).
_SOME_UNITS = re.compile(
    KINDS_OF_UNIT.pattern + r"\s(?:vung\s(?:cao|sau|xa|bien|dong\sbao)|mien\snui|bien\sgioi"
    r"|ven\sbien|dac\sbiet\skho\skhan|khu\svuc|thuoc\s"
    r"|(?:trong\s(?!khoi$))?(?=" + PART_HOLDER.pattern + "))"
)
# A part of the area's people or land, not all of it: "Vùng đồng bào dân tộc thiểu số có
# 46 mô hình", "Đồng bào các dân tộc thiểu số đã xây dựng 312 mô hình", "Vùng cao …".
_SEGMENT = re.compile(
    r"(?:o\s|tai\s)?(?:cac\s)?(?:vung\s(?:dong\sbao|cao|sau|xa|bien|giao|ven\sbien|nong\sthon"
    r"|mien\snui|dan\stoc)|dong\sbao\s|mien\snui|khu\svuc\s(?:bien\sgioi|mien\snui|nong\sthon))"
)
# Words that only link a count to its sentence: "Có 56 mô hình", "Tổng cộng 412".
_WITH = re.compile(r"voi(?:\s(?:tong\s)?so)?")  # "…, với (tổng số) 93 mô hình"
_LINKING_ONLY = re.compile(
    r"(?:da|hien|van|nay)(?:\sco(?:\sthem)?)?|co(?:\sthem)?|tong(?:\scong)?|con\slai|rieng"
    r"|tuong\sung(?:\svoi)?"  # a share's count: "…, chiếm 42%, tương ứng 769 mô hình"
    r"|ket\squa(?:\s(?:da\s)?co)?"  # "…. Kết quả có 186 mô hình được công nhận"
    r"|(?:tinh\s)?den\snay(?:,?\s(?:da\s)?co)?"  # "…. Đến nay đã có 486 mô hình …"
    # …or compare it: "…, so với cùng kỳ năm trước tăng 135 mô hình"
    r"|so\svoi\s(?:cung\sky\s)?(?:nam\s(?:truoc|(?:19|20)[0-9]{2}))?"
)
# A grade as a whole name: "tốt", "loại khá".
_GRADE_WHOLE = re.compile(rf"(?:{GRADE.pattern})$")
# A kind of unit after another in one subject, "các" left to the first: "các cơ quan,
# đơn vị khối Đảng, chính quyền đăng ký 86 mô hình", "các sở, ban, ngành".
_KIND_JOINED = re.compile(
    r"(?:don\svi|co\squan|chinh\squyen|doan\sthe|doanh\snghiep)\b|ban$|nganh$"
    r"|(?:xa|phuong|thi\stran|thon|to\sdan\spho|khu\spho)$"  # "các xã, phường, thị trấn"
    r"|(?:huyen|quan|thi(?:\sxa)?)$"  # "khối các huyện, thị xã, thành phố"
)
# Between the names of bodies joined into one subject, and where such a name starts.
_JOINER = re.compile(r"(?:,|\sva)\s$")
_NAME_BOUNDARY = re.compile(
    rf"\n{BULLET.pattern}|[;:(\n,0-9]|[.!?]\s|\b(?:va|trong\sdo(?:\sco)?|gom(?:\sco)?)\b"
)
# A batch of a year's reviews: "Đợt 1 năm 2025, … công nhận 86 mô hình; đợt 2 … 92".
_BATCH, _BATCH_REACH = re.compile(at_word_start(BATCH) + r"\b"), 100
# Words of a body's act, where its name ends: "Mặt trận … vận động Quỹ … được 45 tỷ", "…
# bàn giao 3 căn nhà", "Đoàn Thanh niên thu hút …", "Ủy ban MTTQ tỉnh chủ trì xây dựng …",
# "Huyện đoàn tổ chức ra quân …". Not "Ban Chỉ đạo", a name, nor "phong trào", the movement.
_ACT = re.compile(
    r"\s(?:da|duoc|van\sdong|huy\sdong|dong\sgop|ung\sho|quyen\sgop|ho\stro|phoi\shop"
    r"|(?<!\bban\s)(?:chi|lanh)\sdao|huong\sdan|ban\sgiao|khoi\scong|sua\schua|(?<!\bphong\s)trao|thu\shut"
    r"|(?:to\schuc\s)?ra\squan|giup|tang|ket\snap|tiep\snhan|chiem|chu\stri|dan\sdau"
    # what is said of it: "Hội Phụ nữ (là đơn vị) có (số) mô hình nhiều nhất với 286 …"
    r"|(?:la\s[a-z]+(?:\s[a-z]+)?\s)?co\s(?:[a-z]+\s){0,3}?(?:nhieu|cao|it|thap)(?:\s[a-z]+){0,3}?"
    r"\snhat)\b"
)
# A word that sets a name's body apart from the rest, before it: "Riêng khối doanh nghiệp";
# a clause before the subject: "So với giai đoạn trước, số mô hình …", "Bên cạnh đó, …".
# Where a subject names the body a movement is carried out in: "… trong Hội Nông dân".
_WITHIN = re.compile(r"(?:phong\strao\b.*\s)?trong\s")
_ASIDE = re.compile(  # "Tổng cộng các đoàn thể …", "…, tiếp đến là Hội Liên hiệp Phụ nữ với …"
    r"(?:rieng|con|ngoai\sra|(?:tong\scong|tinh\schung),?|(?:tiep\s(?:den|theo)|sau\sdo)\sla"
    r"|tap\strung\s(?:chu\syeu\s)?vao)\s"  # "…, tập trung vào cải cách hành chính (52 …)"
    r"|(?:so\svoi|cung\svoi|ben\scanh|nhu\svay)\b[^,;:\n]{0,40},\s"
)
# The counted, no body: "số điển hình" (not "Sở Y tế"), "Các mô hình được công nhận có …"
_COUNT_OF = re.compile(r"(?:tổng\s)?số\s|(?:các|những)\s(?:mô|điển)\shình\b", re.IGNORECASE)
_MAX_WORDS, _SUBJECT_REACH, _SHARED = 8, 120, (None, UnitOfMeasure.UNITS)  # last: a share's base
# A name that is the noun of a count, not the subject after a year: "năm 2025 Hội …".
_A_COUNT_IN = re.compile(r"[0-9]\s(?:mo\shinh|dien\shinh)\b")  # not "Cụm thi đua số 2"
# The government recognises for the whole area, as its people's committees do; it holds
# part of its models only as a bloc: "chính quyền các cấp đăng ký 1.036 mô hình".
_GOVERNMENT, _GIVEN = re.compile(r"chinh\squyen\b"), ("recognised", "honoured", "proposed")
_MAX_BODY_WORDS = 18  # "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội các cấp"


def name_categories(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Set the ``category`` of counts by body, in place; see the module's docstring."""
    names: list[tuple[str, tuple[int, int]] | None] = []
    grades: set[int] = set()  # counts named by a grade after them that names a cell alone
    carried: set[int] = set()  # counts whose holder is named after them
    for i, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
        if "respectively_words" in mention.evidence or (
            "category" in mention.evidence and run_at(source.folded, span[0]) is not None
        ):  # "Hội Nông dân, Hội Phụ nữ lần lượt có 215, 180 mô hình": named in turn
            names.append(None)
            continue
        name = _batch(source, spans, i) or _name(source, mention, span)
        name = name or _holder_beside_a_level(source, mention, span)
        name = body_set_apart(source, span[0], name) or name  # "Chỉ tính riêng khối …,"
        if mention.part_of is None and mention.subset_of is None:  # "Ở vùng …, có 46"
            name = framed_by_a_segment(source, span[0], name) or name
        held = None if name and names_a_body(fold(name[0])) else body_after(source, mention, span)
        carried.update([i] if held else [])  # "156 mô hình của khối …", "45 mô hình do các
        name = held or name  # chùa … thực hiện"; not "Tiêu biểu (là 45 …)"
        body = name is not None and bool(
            PART_HOLDER.match(fold(name[0])) or _BATCH.match(fold(name[0]))
        )
        graded = None if body else grade_after(source, span[1])
        if graded is None and not body and mention.unit_of_measure in MODEL_UNITS:
            graded = grade_before(source, span[0])  # "đến nay đã hoàn thành 362 mô hình"
        graded = graded or (None if body else grade_of_the_subject(source, span[0]))
        if graded is not None:
            name, alone = graded
            if alone:
                grades.add(i)
        names.append(name)
    same_subject(source.folded, mentions, spans, names)
    verb_of_the_item_before(source.folded, mentions, spans, names, grades)
    own, header = named_by_its_header(source, mentions, spans, names)  # a body's own report
    for i, name in enumerate(names):
        if name is None or _no_cell(mentions[i], name) or named_as_its_total(mentions, names, i):
            continue
        folded = fold(name[0])
        beside = beside_another(source.folded, mentions, spans, names, i, grades=grades)
        after = i in carried or (name[1][0] > mentions[i].span[0] and names_a_body(folded))
        named = (
            after
            or i in own
            or any(
                p.match(folded) for p in (PART_HOLDER, _SOME_UNITS, _SEGMENT, _GRADE_WHOLE, _BATCH)
            )
            or counted_agencies(source.folded, source.at(name[1][0]))  # "100% cơ quan, …"
            or the_rest(folded, mentions[i])
        )
        if not (named or beside or i in grades):
            continue
        at = source.at(name[1][0])
        singled_out = source.folded[max(0, at - 6) : at] == "rieng "  # "Riêng Hội Phụ nữ …"
        mention = as_named(mentions[i], mentions, named=named or beside, singled_out=singled_out)
        if i in grades and within_the_body_before(source.folded, mentions, spans, names, i):
            mention = attrs.evolve(mention, subset_of=i - 1)  # "…, đến nay có 121 … đạt …"
        evidence = {**mention.evidence, "category": name}
        mention, evidence = denied_by_its_grade(mention, evidence, mentions, folded)
        category = _of_its_body(name[0], mention, header if i in grades - own else None)
        mentions[i] = attrs.evolve(mention, category=category, evidence=evidence)
    _named_by_the_others(source, mentions, spans)


def _named_by_the_others(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """The cells counts take from the others named around them, in place."""
    among_a_bodys(mentions, source)
    things_measured(source, mentions, spans)
    bodies_of_the_counts_changed(source.folded, mentions, spans)  # its cell, named above
    named_subsets_completing(mentions)  # "…, trong đó 214 mô hình ở cơ sở, 172 …"
    notables_named(source, mentions, spans)  # "… công nhận 38 mô hình tiêu biểu"
    named_as_their_share(source.folded, mentions, spans)  # "96,8% … đạt hiệu quả (2.389 …)"
    levels_of_their_units(source.folded, mentions, spans)  # "45/52 xã có … cấp tỉnh, với 186"


def _of_its_body(cell: str, mention: FigureMention, header: str | None) -> str:
    """A grade's cell in a body's own report, the body's: "571 mô hình đạt": "SỞ …, đạt"."""
    if header is None or (mention.part_of, mention.subset_of) != (None, None):
        return cell
    return f"{header}, {cell}"


def _no_cell(mention: FigureMention, name: tuple[str, tuple[int, int]]) -> bool:
    """Whether a count's name says no cell: what was done for the whole area, or a status.

    "công nhận 356 mô hình đạt tiêu chí": all of them; "chính quyền các cấp đã công nhận
    12 mô hình": the government recognises for the area; "số mô hình ngừng hoạt động là
    126": the status, not a cell beside it.
    """
    folded, said = fold(name[0]), mention.evidence.get("status")
    government = mention.measure in _GIVEN and _GOVERNMENT.match(folded) is not None
    status = said is not None and name[1][0] < said[1][1] and said[1][0] < name[1][1]
    everyone_here = everyone(folded)  # "cơ quan, đơn vị, địa phương": the whole area's
    return government or status or everyone_here or restates_recognition(mention.measure, folded)


def _holder_beside_a_level(
    source: CleanText, mention: FigureMention, span: tuple[int, int]
) -> tuple[str, tuple[int, int]] | None:
    """A body that holds part of an area's models, before a count with a cell after it.

    A level: "ngành Y tế có 42 mô hình được công nhận cấp tỉnh"; not a body that acted
    ("Ủy ban nhân dân tỉnh công nhận 36 mô hình cấp tỉnh"), whose level says the cell.
    A field: "Hội Nông dân xây dựng 212 mô hình kinh tế", the Farmers' Union's.
    """
    level, fields = (cell_after(mention, cell) for cell in ("level", "fields"))
    if not (level or fields):
        return None
    bare = attrs.evolve(
        mention,
        level=None if level else mention.level,
        fields=() if fields else mention.fields,
    )
    name = _name(source, bare, span)
    return name if name is not None and PART_HOLDER.match(fold(name[0])) else None


def _name(
    source: CleanText, mention: FigureMention, span: tuple[int, int]
) -> tuple[str, tuple[int, int]] | None:
    """The name written before a count in its item, if it may name a body."""
    shared = isinstance(mention.value, Count) or mention.unit_of_measure in _SHARED
    if mention.fields or mention.level or mention.awarded or not shared:
        return None  # a share of units may be a body's: "Huyện đoàn chỉ đạo 100% chi đoàn …"
    # A subject may run on with its body's act (cut off below) or its share: "Các đơn vị
    # … đã phối hợp với … xây dựng 38 mô hình", "Khối … chiếm 52% … với 1.125 mô hình".
    at = subject_of_a_share(source.folded, span[0])
    item = item_words(source.folded, at, reach=_SUBJECT_REACH)
    if item is None or _WITH.fullmatch(source.folded, *item):  # "100% cơ quan, đơn vị cấp
        return agencies_before(source, at)  # tỉnh đăng ký 312 mô hình": theirs; "…, với 93"
    label = label_of_the_act(source.folded, *item)  # "- Hội Nông dân: đăng ký 36"
    a, b = label or item
    graded = grade_ending(source, a, b, changed=mention.change is not None)
    if graded is not None or the_rest(source.folded[a:b], mention):  # "Số mô hình đạt loại
        return graded or (source.clean[a:b], source.span(a, b))  # tốt là 86"; "…, còn lại 36"
    acted = _VERB_LAST.search(source.folded, a, b)  # "Hội Nông dân xây dựng 95 mô hình"
    if acted is not None and acted.start() > a:
        b = acted.start()
    a = _joined_bodies(source.folded, a)
    if (counted := COUNTED_BEFORE.search(source.folded, max(0, a - 24), a)) is not None:
        return agencies_counted(source, counted, a, b)  # "… có 312 chi hội, chi đoàn xây
        # dựng 528 mô hình": units counted, the area's; "… có 28/30 sở, ngành …": theirs
    act = _ACT.search(source.folded, a, b)  # "Hội Phụ nữ đã vận động 1.540 hội viên"
    if act is not None and act.start() > a:  # "Đảng ủy Quân sự tỉnh đã chỉ đạo các cơ
        b = act.start()  # quan, đơn vị xây dựng 86 mô hình": of the body that directed
    a = _past_the_opening(source.folded, a, b)
    if (body := whose(source.folded, a, b)) >= 0:  # "Số mô hình của khối Đảng là 412"
        a, b = body, body_end(source.folded, body, b)  # "… do Mặt trận … chủ trì là 248"
    if all_of_them(source.folded, a, b):  # "các cấp, các ngành": all
        return None
    if _LINKING_ONLY.fullmatch(source.folded, a, b) or _COUNT_OF.match(source.clean, a, b):
        return None  # "Có 56 mô hình …", "số điển hình tăng 18 …": no name
    b = past_its_adverbs(source.clean, a, b)  # "Hội Phụ nữ huyện cũng đã hỗ trợ 45 hộ"
    folded = source.folded[a:b]
    words = source.clean[a:b]
    if GRADE.fullmatch(folded) is not None:  # "xếp loại: tốt 1.230 mô hình, khá 250 …"
        if folded.startswith("loai "):  # the grade alone, as after a count: "loại tốt"
            a += len("loai ")
        return source.clean[a:b], source.span(a, b)
    mass = names_a_body(folded)
    if (
        not (words[:1].isupper() or mass or among_a_total(mention) or _a_segment(folded))
        # needs no capital, nor the cells of a total: "…, trong đó: nông thôn 824 mô hình, …"
        or (mention.holder is not None and not (mass or label))  # "Công an tỉnh có 156 tập
        # thể, …"; not a line's label: "- Cán bộ, công chức: đăng ký 12 mô hình cá nhân"
        or len(words.split()) > (_MAX_BODY_WORDS if mass else _MAX_WORDS)
        or _A_COUNT_IN.search(folded) is not None  # "Trong số 45 mô hình … có 12 …": none
        or VERB.search(folded) is not None
        or (_SCOPE.match(folded) and not mass and not _units_as_a_cell(folded, mention))
    ):  # "Tỉnh đoàn" is a body, "Tỉnh" an area; "…; tổ dân phố 2 mô hình" a cell
        return None
    return words, source.span(a, b)


def _a_segment(folded: str) -> bool:
    """Whether a name is of a part of the area, not of where a list's item is ("ở vùng …")."""
    return _SEGMENT.match(folded) is not None and not folded.startswith(("o ", "tai "))


def _units_as_a_cell(folded: str, mention: FigureMention) -> bool:
    """Whether a kind of unit names a cell of a total: "…, khối … 4 mô hình; tổ dân phố 2"."""
    return among_a_total(mention) and _KIND_JOINED.fullmatch(folded) is not None


def _past_the_opening(folded: str, a: int, b: int) -> int:
    """Where a subject's name starts, past words that open it: "Riêng", "Phong trào … trong"."""
    if aside := _ASIDE.match(folded, a, b):  # "Riêng khối doanh nghiệp có 56 …"
        a = aside.end()
    within = _WITHIN.match(folded, a, b)
    if within is not None and names_a_body(folded[within.end() : b]):
        a = within.end()  # "Phong trào … trong lực lượng vũ trang tỉnh có 186 mô hình"
    return a


def _joined_bodies(folded: str, a: int) -> int:
    """Where a name starts that joins bodies before the item's words into one subject.

    "Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện đăng ký 214 mô hình", "Khối
    các cơ quan đảng, đoàn thể đăng ký 75 mô hình", "các cơ quan, đơn vị đăng ký 97",
    "các cơ quan, đơn vị khối Đảng, chính quyền đăng ký 86 mô hình".
    """
    while (joiner := _JOINER.search(folded, max(0, a - 5), a)) is not None:
        start = max(0, joiner.start() - 50)
        for boundary in _NAME_BOUNDARY.finditer(folded, start, joiner.start()):
            start = boundary.end()
        start += len(words := folded[start : (b := joiner.start())]) - len(words.lstrip())
        if aside := _ASIDE.match(folded, start, b) or WHOSE_BEFORE.match(folded, start, b):
            start = aside.end()  # "Tổng cộng khối Mặt trận và …", "Số mô hình do Mặt trận và …"
        name = folded[start:b]
        if not name or not (
            PART_HOLDER.match(name)
            or KINDS_OF_UNIT.match(name)
            or _KIND_JOINED.match(name)
            or _SEGMENT.match(name)  # "Vùng đồng bào Chăm, Raglai có 46 mô hình"
        ):
            break
        if VERB.search(name) is not None or framed(folded, joiner.start()):
            break  # "Trong khối Mặt trận và các đoàn thể, Hội Nông dân …": a frame
        a = start
    return a


def _batch(
    source: CleanText, spans: Sequence[tuple[int, int]], i: int
) -> tuple[str, tuple[int, int]] | None:
    """The batch a count is of, named before it in its sentence: "đợt 2 công nhận 92 …"."""
    start = spans[i][0]
    since = max(spans[i - 1][1] if i else 0, start - _BATCH_REACH)
    batches = source.spans_in(_BATCH, since, start)
    if not batches or SENTENCE_END.search(source.folded, batches[-1][1], start):
        return None
    a, b = batches[-1]
    return source.clean[a:b], source.span(a, b)
