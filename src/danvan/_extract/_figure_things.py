"""What a length, an area, a house or a model's count is of: the cell its words name.

"làm mới 46,5 km đường giao thông nông thôn và lắp đặt 18,2 km đường điện chiếu sáng"
are two cells, not one length stated twice; so are houses of two kinds, models
replicated to different places, models tied to different aims, and counts in brackets
after a model's quoted name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._exemplars_who import names_people
from danvan._extract._figure_grades import restates_recognition
from danvan._extract._figure_mention import FigureMention, of_the_body, related, whole_of
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import MODEL_UNITS, SENTENCE_END, THE_MOVEMENT
from danvan._extract._noun_words import PEOPLE_NOUNS, PEOPLE_WORDS
from danvan._measures import UnitOfMeasure
from danvan._numbers import Percent

__all__ = ["things_measured"]

_LENGTHS_AND_AREAS = frozenset([UnitOfMeasure.KM, UnitOfMeasure.M, UnitOfMeasure.HA])
# The words after a length's unit, up to a clause's end or a word that starts another
# part of it: "46,5 km đường giao thông nông thôn (và …)".
_THING = re.compile(
    r"\s([a-z]+(?:\s(?!(?:va|de|cho|tai|o|voi|giup|nham|cua|tu|den|tren|duoc|da)\b)[a-z]+){0,5})"
)
# …none of which starts with these words, as written: "Diện tích 45 ha đã được trồng rừng"
# ("đã"), "3,2 ha để mở đường" ("để"); not "3,5 km đèn chiếu sáng", "5 km đê bao".
_NO_THING_WORDS = "và để cho tại ở với giúp nhằm của từ đến trên được đã đang là đều"
_NO_THING = frozenset(_NO_THING_WORDS.split())
# The kind of a house given, in its noun: "56 (căn) nhà đại đoàn kết", "12 nhà tình nghĩa",
# "96 “Mái ấm công đoàn”", "32 nhà “Đại đoàn kết”, 12 nhà “Nghĩa tình đồng đội”".
_HOUSE_KIND = re.compile(
    r"(?:(?:can|ngoi)\s)?[“\"]?(nha\s(?:[“\"][^”\"\n]{2,40}[”\"]"
    r"|(?:dai\sdoan\sket|tinh\snghia|tinh\sthuong|nhan\sai|dong\sdoi)\b)"
    r"|mai\sam(?:\s(?:cong\sdoan|tinh\sthuong|tinh\snghia|nghia\stinh|yeu\sthuong))?\b)"
)
# The things a sum of money is the worth of, counted right before it: "trao 450 phần quà,
# trị giá 225 triệu đồng", "tặng 2.340 suất quà cho thiếu nhi với tổng trị giá 1,17 tỷ".
_WORTH_OF = re.compile(
    r"\b[0-9][0-9.]*\s((?:phan|suat|chiec|bo|xuat|cong\strinh|can)\s[a-z]+(?:\s[a-z]+)?)"
    r"(?:\s(?:cho|den|tai)\s[^,.;:()\n0-9]{1,40}?)?,?\s(?:voi\s)?(?:tong\s)?(?:tri\sgia|gia\stri)"
    r"(?:\s(?:khoang|gan|hon|tren))?\s$"
)
_REPLICATED_TO = re.compile(
    r"[^,.;:()\n0-9]{0,30}?\bnhan\srong\s(?:ra|den|toi|sang|tai|o)\s"
    r"((?:toan\s|cac\s|nhieu\s)?[a-z]+(?:\s(?!(?:va|de|cho|voi|nham|giup)\b)[a-z]+){0,4})"
)
# A quoted name, not the movement's: right after a count, their kind ("120 mô hình “Chi hội
# phụ nữ 5 không 3 sạch”"); a count in brackets after it, that model's ("“…” (12 xã)").
_A_NAME = rf"[“\"«](?!{THE_MOVEMENT}[”\"»])([^”\"»\n]{{1,80}})[”\"»]"
_QUOTED_NAME_BEFORE = re.compile(  # …the words of its act too: "(nhân rộng ra 230 thôn)"
    rf"{_A_NAME}\s?\((?:\s?nhan\srong(?:\s(?:ra|den|toi|o|tai))?)?\s?$"
)
_QUOTED_KIND = re.compile(rf"\s?{_A_NAME}")
# What models are tied to, after them and their name: "185 mô hình “Dân vận khéo” gắn
# với chuyển đổi số, 240 mô hình gắn với xây dựng nông thôn mới" are two cells; "gắn
# với nhiệm vụ chính trị của địa phương" is one name, and so is a programme's with its
# quoted title: "gắn với thực hiện Cuộc vận động “Toàn dân đoàn kết …”".
# Voice and aspect, which end a cell's words: "được", "đã", "đang"; not "đảng viên".
_VOICED = r"duoc|da|dang(?!\svien)"
_NAME_AFTER = r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"  # the models' quoted name, if any
_TIED_TO = re.compile(  # …up to a document's number: "gắn với thực hiện Chỉ thị số 05-CT/TW"
    _NAME_AFTER
    + r"\s(?:(?:da\s)?duoc\s)?((?:gan|long\sghep)\svoi\s[a-z]+"  # "(được) lồng ghép với"
    rf"(?:\s(?!(?:va|{_VOICED}|tai|la|tang|giam)\b)[a-z]+){{0,8}}"
    r"(?:\s[0-9]{1,4}-[a-z]{1,8}(?:/[a-z]{1,8})+\b)?"
    r"(?:\s?[“\"«][^”\"»\n]{1,100}[”\"»])?)"
)
_SHARE_NOUN = re.compile(r"\s(?:mo\shinh|dien\shinh)\b")  # "68% mô hình gắn với …"
# …or what they are about: "412 mô hình “Dân vận khéo” về chuyển đổi số, chiếm 16,8%".
_ABOUT = re.compile(
    _NAME_AFTER + r"\s(ve\s(?!(?:viec|nhu|tham|dich)\b)[a-z]+"
    rf"(?:\s(?!(?:va|{_VOICED}|chiem|tai|o|cua|trong|tang|giam)\b)[a-z-]+){{0,6}})"
    r"(?=\s?[,.;)\n]|\s(?:va|chiem)\s|\s(?:tang|giam)\b|$)"
)

# A line's subject of models, and the words from what they are tied to up to its count:
# "Số mô hình “Dân vận khéo” gắn với xây dựng nông thôn mới (năm 2025) là 486".
_SUBJECT_NOUN = re.compile(  # …or the movement: "phong trào “Dân vận khéo” gắn với … có 126"
    r"\b(?:so\s(?:luong\s)?(?:mo\shinh|dien\shinh)|phong\strao(?:\sthi\sdua)?)(?=\s)"
)
_THEN_ITS_COUNT = re.compile(  # …or its values in a change: "… tăng nhanh, từ 45 … lên 212"
    r"[^.;:()\n0-9]{0,30}?(?:\s(?:la|co|dat)|\s?:)\s?"
    r"|\s(?:tang|giam)\b[^.;:()\n]{0,80}?\s(?:tu|len|xuong(?:\scon)?)\s"
)


def _tied_in_its_subject(folded: str, start: int) -> re.Match[str] | None:
    """What the models a line's subject counts are tied to, or are about, if it says."""
    for subject in reversed(list(_SUBJECT_NOUN.finditer(folded, max(0, start - 150), start))):
        tied = _TIED_TO.match(folded, subject.end()) or _ABOUT.match(folded, subject.end())
        if tied and _THEN_ITS_COUNT.fullmatch(folded, tied.end(), start):
            return tied  # "phong trào “…” gắn với phong trào “…” có 126 mô hình": the first
    return None


# Households and people named by who they are, beside a count of others alike: "hộ
# nghèo", "hộ cận nghèo"; "hội viên phụ nữ", "đoàn viên thanh niên", and people of more
# kinds in one count: "cán bộ, công chức, viên chức".
_KINDS_OF_PEOPLE = [w for w in PEOPLE_NOUNS if w not in ("nguoi", "nguoi dan")]  # not "người
_PEOPLE_KINDS = "|".join(_KINDS_OF_PEOPLE).replace(" ", r"\s")  # dân tộc thiểu số": generic
_WHO: dict[UnitOfMeasure | None, re.Pattern[str]] = {
    UnitOfMeasure.HOUSEHOLDS: re.compile(
        r"(ho\s(?:can\sngheo|ngheo|kho\skhan|chinh\ssach|(?:dong\sbao\s)?dan\stoc\sthieu\sso))\b"
    ),
    UnitOfMeasure.PEOPLE: re.compile(  # …"người có uy tín, già làng, trưởng bản", "ngư dân"
        rf"((?:nguoi\scao\stuoi|{_PEOPLE_KINDS}"
        r"|cong\snhan|y\s(?:bac\ssi|te)|phu\snu)"
        r"(?:\s(?:phu\snu|nong\sdan|thanh\snien|cuu\schien\sbinh|cong\sdoan))?"
        rf"(?:,\s(?:{PEOPLE_WORDS})\b)*)\b"  # "cán bộ, công chức"
    ),
}


def _beside_alike(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> bool:
    """Whether a count next to mention ``i`` in its sentence counts the same, no cell said."""
    for k in _next_to(mentions, i):
        between = (spans[k][1], spans[i][0]) if k < i else (spans[i][1], spans[k][0])
        if (
            mentions[k].unit_of_measure is mentions[i].unit_of_measure
            and mentions[k].measure == mentions[i].measure
            and mentions[k].category is None
            and not SENTENCE_END.search(folded, *between)
        ):
            return True
    return False


# Where each count of a list is, or whose, said before it: "Các mô hình ở vùng đồng bào dân
# tộc thiểu số là 64 mô hình, ở vùng giáo là 22 mô hình".
_LABEL_BEFORE = re.compile(  # not a level: "ở cấp xã có 1.024 mô hình; ở cấp huyện có 312"
    r"(?:^|[,;:]\s|\s)((?:o|tai|do|thuoc|trong|ve)\s(?!cap\s)[^,.;:()\n0-9]{2,60}?)\s(?:la|co)\s$"
)


def _beside(mentions: Sequence[FigureMention], counts: set[int], i: int) -> bool:
    """Whether count ``i`` is next to another of ``counts``, each named after its noun.

    "120 mô hình sản xuất, …; 86 mô hình tự quản ở khu dân cư" are two kinds of model;
    not "86 gương điển hình tiên tiến, trong đó 32 gương người tốt": some of the first.
    """
    return any(k in counts and not related(mentions, i, k) for k in _next_to(mentions, i))


def _next_to(mentions: Sequence[FigureMention], i: int) -> list[int]:
    """The counts right before and after ``i``, past a share in brackets between.

    "1.124 mô hình ở khu vực nông thôn (38,5%), 986 mô hình ở khu vực đô thị (33,8%)".
    """
    found = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(mentions) and isinstance(mentions[k].value, Percent):
            k += step
        if 0 <= k < len(mentions):
            found.append(k)
    return found


# Counts given as notable examples, and what each is about: "…, nổi bật là 312 mô hình
# bảo vệ môi trường, 128 mô hình xây dựng gia đình văn hóa".
_NOTABLE = re.compile(r"\bnoi\sbat\s(?:la|nhu|co)\b[^.;:\n]*$")
_TOPIC = re.compile(  # "…, trong đó 156 điển hình là cán bộ, công chức": who they are
    rf"\s(?:la\s|thuoc\s)?((?!(?:{_VOICED}|va|cua|tai|o|cap|tieu\sbieu|moi|dan\svan\skheo|dvk"
    r"|trong\sdo|so\svoi|tren\s(?:cac|nhieu)\slinh\svuc)\b)"  # not what it is compared with:
    # "… so với giai đoạn trước"; nor the fields it spans: "… trên các lĩnh vực kinh tế, …"
    rf"[a-z]+(?:\s(?!(?:{_VOICED})\b)[a-z-]+){{0,6}})(?=\s?[,.;)\n]|\sva\s|$)"
)

# Exemplars counted by who they are, to their item's end: "860 điển hình, gồm: 305 cán
# bộ, công chức; 197 người có uy tín trong đồng bào dân tộc; …".
_WHO_THEY_ARE = re.compile(  # …and "96 người là đồng bào dân tộc thiểu số"
    r"(?:nguoi\sla\s)?([a-z]+"
    rf"(?:,?\s(?!(?:va|{_VOICED}|chiem|trong\sdo|gom)\b)[a-z]+){{1,16}})"
    r"(?=\s?[;.)\n]|,\s(?:[0-9]|chiem\b|dat\b)|\sva\s[0-9]|$)"
)
_IS_WHO = re.compile(rf"\sla\s(?=(?:{PEOPLE_WORDS})\b)")

# …or its quoted name: "37 mô hình “Camera an ninh”, 71 mô hình khác"; not the movement's.
_QUOTED_TOPIC = re.compile(
    rf"\s?[“\"«]((?!{THE_MOVEMENT}\b)[^”\"»\n]{{1,60}})[”\"»](?=\s?[,.;)\n]|\sva\s|$)"
)

# Where counts of models side by side are, each its own cell: "1.124 mô hình ở cơ sở, 216
# mô hình ở các cơ quan, đơn vị cấp tỉnh và 48 mô hình trong lực lượng vũ trang".
_WHERE = re.compile(
    _NAME_AFTER + r"\s((?:o|tai|trong|thuoc)\s"
    r"(?!(?:do|so|nam|thang|quy|giai\sdoan|phong\strao)\b)[a-z]+"
    rf"(?:,?\s(?!(?:va|{_VOICED}|tang|giam|trong\sdo)\b)[a-z]+){{0,7}})"
    r"(?=\s?[.;)\n]|,?\s(?:va|tong\scong)\s|,\s[0-9]|\s?\([0-9][0-9,.]*\s?%\)|$)"  # "… (38,5%)"
)
# The rest of a topic's name past a comma, up to the item's end, with no verb or count:
# "sản xuất, kinh doanh giỏi;", not "sản xuất, được công nhận …".
_JOINED_TOPIC = re.compile(
    rf",\s(?!(?:{_VOICED}|tang|giam|dat|chiem|con\slai|trong\s(?:do|so)|gom|voi|la|co"
    r"|cac|nhung)\b)"
    rf"[a-z]+(?:\s(?!(?:{_VOICED}|va)\b)[a-z-]+){{0,3}}(?=\s?[;.\n]|,\s[0-9]|$)"
)


def things_measured(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
) -> None:
    """A length or an area is of the thing written after its unit: its cell, in place.

    See the module's text: "… nhân rộng ra các huyện", "gắn với chuyển đổi số", "“Chính
    quyền thân thiện” (9 xã)"; in a body's own report, the body's: "TỈNH ĐOÀN …, nhà …".
    """
    alike = {  # read before any count here is given its cell
        i
        for i, mention in enumerate(mentions)
        if (mention.unit_of_measure in _WHO or mention.unit_of_measure in MODEL_UNITS)
        and _beside_alike(source.folded, mentions, spans, i)
    }
    topics = {  # counts of models side by side, each with its own words, no cell said
        i
        for i in alike
        if not (mentions[i].fields or mentions[i].level or mentions[i].holder)
        and _topic(source.folded, spans[i][1]) is not None
    }
    fielded = {  # "112 mô hình phát triển kinh tế, 86 mô hình bảo vệ môi trường": a field
        i for i, m in enumerate(mentions) if m.fields and m.unit_of_measure in MODEL_UNITS
    }  # beside a topic no field names
    wheres = {  # "1.124 mô hình ở cơ sở, 216 mô hình ở các cơ quan, đơn vị cấp tỉnh"
        i
        for i in alike
        if not (mentions[i].fields or mentions[i].level or mentions[i].holder)
        and mentions[i].place_words is None
        and _WHERE.match(source.folded, spans[i][1])
    }
    said = {
        i
        for i in alike
        if _LABEL_BEFORE.search(source.folded, max(0, spans[i][0] - 80), spans[i][0])
    }
    labelled = {i for i in said if _beside(mentions, said, i) and not mentions[i].fields}
    for i, (mention, (start, end)) in enumerate(zip(mentions, spans, strict=True)):
        among = mention.subset_of
        totals = _the_totals_body(mentions, mention)  # a part: its total says whose it is
        own = of_the_body(mention) and not totals  # the body's, its cells: "215 nhà nhân ái"
        houses = mention.unit_of_measure is UnitOfMeasure.HOUSES  # a body's, of two kinds
        own = own or (houses and mention.category is not None and not totals)
        if mention.category is not None and not (own or totals):
            continue
        thing = _QUOTED_NAME_BEFORE.search(source.folded, max(0, start - 90), start)
        thing = thing or _share_tied(source.folded, mention, end)  # "…, có 68% mô hình gắn …"
        if thing is not None:  # "“Chính quyền thân thiện” (9 xã)": that model's count
            pass
        elif mention.measure == "replicated":  # "7 mô hình được nhân rộng ra toàn tỉnh"
            thing = _REPLICATED_TO.match(source.folded, end)
        elif houses:  # two kinds are two cells
            thing = _HOUSE_KIND.match(source.folded, end - len(mention.noun or ""))
        elif mention.unit_of_measure in _OF_THINGS:  # "46,5 km đường …", "… quà, trị giá …"
            thing = _thing_of(source, mention, start, end)
        elif (who := _who(source.folded, mention, end, alike=i in alike)) is not None:
            thing = who[0].match(source.folded, who[1])  # "hỗ trợ 86 hộ nghèo, 120 hộ cận
            # nghèo"; "… điển hình, gồm: 305 cán bộ, công chức; …"
        elif i in labelled:  # "Các mô hình ở vùng đồng bào … là 64 mô hình, ở vùng giáo là 22"
            thing = _LABEL_BEFORE.search(source.folded, max(0, start - 80), start)
        elif mention.unit_of_measure in MODEL_UNITS:  # "185 mô hình gắn với chuyển đổi số"
            thing = _TIED_TO.match(source.folded, end) or (  # "412 mô hình về chuyển đổi số"
                None if mention.fields else _ABOUT.match(source.folded, end)
            )
            thing = thing or _tied_in_its_subject(source.folded, start)  # "Số mô hình … gắn với …
            thing = thing or _QUOTED_KIND.match(source.folded, end)  # … là 486"; "120 … “Tổ …”"
            notable = _NOTABLE.search(source.folded, max(0, start - 120), start)
            topic = notable or (i in topics and _beside(mentions, topics | fielded, i))
            topic = topic or among is not None  # "…, trong đó 114 mô hình bảo vệ môi trường"
            topic = topic or _set_apart_by_its_share(source.folded, mention, end)
            where = i in wheres and _beside(mentions, wheres, i)  # "… 48 mô hình trong …"
            if thing is None and (topic or where):  # "nổi bật là 312 mô hình bảo vệ …"
                thing = (_topic(source.folded, end) if topic else None) or (
                    _WHERE.match(source.folded, end) if where else None
                )
        else:
            continue
        if thing is not None and not restates_recognition(  # "công nhận 1.034 mô hình đạt
            mention.measure,
            source.folded[slice(*thing.span(1))],  # tiêu chuẩn, chiếm …": all
        ):
            a, b = thing.span(1)
            joined = _JOINED_TOPIC.match(source.folded, b) if thing.re is _TOPIC else None
            b = b if joined is None else joined.end()  # "120 mô hình sản xuất, kinh doanh giỏi"
            evidence = {**mention.evidence, "category": words_at(source, a, b)}
            cell = f"{mention.category}, {source.clean[a:b]}" if own else source.clean[a:b]
            mentions[i] = attrs.evolve(mention, category=cell, evidence=evidence)


def _share_tied(folded: str, mention: FigureMention, end: int) -> re.Match[str] | None:
    """What a share among a total is tied to or about: "…, có 68% mô hình gắn với …"."""
    among = whole_of(mention)
    if not isinstance(mention.value, Percent) or among is None:
        return None
    past = _SHARE_NOUN.match(folded, end)
    at = end if past is None else past.end()
    return _TIED_TO.match(folded, at) or _ABOUT.match(folded, at)


def _who(
    folded: str, mention: FigureMention, end: int, *, alike: bool
) -> tuple[re.Pattern[str], int] | None:
    """Who the people or households a count ending at ``end`` are: the pattern, and where.

    Households and people beside a count alike ("hỗ trợ 86 hộ nghèo, 120 hộ cận nghèo",
    "2.450 hội viên phụ nữ, 920 đoàn viên …"); or exemplars among a total, by their noun
    ("gồm: 305 cán bộ, công chức; …") or after "là" ("412 điển hình là người có uy tín
    trong đồng bào dân tộc thiểu số"); not a total's own noun ("… là 138 người").
    """
    unit = mention.unit_of_measure
    if unit in _WHO and alike:
        return _WHO[unit], end - len(mention.noun or "")
    if unit is not UnitOfMeasure.EXEMPLARS or (mention.part_of, mention.subset_of) == (None,) * 2:
        return None
    if _who_they_are(mention):
        return _WHO_THEY_ARE, end - len(mention.noun or "")
    said = _IS_WHO.match(folded, end)
    return None if said is None else (_WHO_THEY_ARE, said.end())


def _who_they_are(mention: FigureMention) -> bool:
    """Whether a count of exemplars is named by who they are: "305 cán bộ, công chức"."""
    return mention.unit_of_measure is UnitOfMeasure.EXEMPLARS and names_people(mention.noun)


def _the_totals_body(mentions: Sequence[FigureMention], mention: FigureMention) -> bool:
    """Whether a subset of models has only the body of the total it is among, no cell."""
    total = mentions[mention.subset_of] if mention.subset_of is not None else None
    return (
        total is not None
        and mention.unit_of_measure in MODEL_UNITS
        and mention.category == total.category
        and not (mention.fields or mention.level or mention.holder)
    )


def _set_apart_by_its_share(folded: str, mention: FigureMention, end: int) -> bool:
    """Whether the words after a count of models set it apart, its share of all said.

    "Toàn tỉnh có 312 mô hình dân vận chính quyền, chiếm 14,6% tổng số mô hình": a cell
    of those words, not all the area's models.
    """
    if mention.fields or mention.level or mention.holder:
        return False
    said = _TOPIC.match(folded, end)
    return said is not None and _SHARE_OF_ALL.match(folded, said.end()) is not None


_SHARE_OF_ALL = re.compile(r"\s?(?:,\s|\()(?:chiem|bang)\s(?:ty\sle\s)?[0-9][0-9,]*\s?%")


_OF_THINGS = frozenset((*_LENGTHS_AND_AREAS, UnitOfMeasure.VND))


def _thing_of(
    source: CleanText, mention: FigureMention, start: int, end: int
) -> re.Match[str] | None:
    """What a length or an area measures, after it; what a sum is the worth of, before it."""
    if mention.unit_of_measure is UnitOfMeasure.VND:
        return _WORTH_OF.search(source.folded, max(0, start - 100), start)
    return _thing_after(source, end)


def _thing_after(source: CleanText, end: int) -> re.Match[str] | None:
    """What a length or an area that ends at ``end`` is of: "46,5 km đường giao thông"."""
    thing = _THING.match(source.folded, end)
    if thing is None or source.clean[thing.start(1) :].split(" ", 1)[0] in _NO_THING:
        return None
    return None if source.clean[slice(*thing.span(1))].lower() == "đất" else thing  # "12 ha đất"


def _topic(folded: str, end: int) -> re.Match[str] | None:
    """What a count of models that ends at ``end`` is about, by its words or quoted name."""
    return _TOPIC.match(folded, end) or _QUOTED_TOPIC.match(folded, end)
