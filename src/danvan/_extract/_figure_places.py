"""Where a figure of a report is about, when it names another unit than the report's.

"Huyện Kỳ Anh có 40 mô hình", "Tại huyện Yên Khánh, năm 2025 có 186 mô hình", "… Gia
Viễn (86 mô hình), Nho Quan (39 mô hình)" and "Hơn 1.200 mô hình … ở huyện Yên Mô" are
about those units, not the report's scope; a draft leaves them out for that unit's report.
Each reading gives the span, in the folded text, of the unit's kind and name.
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import A_DIGIT, MERGING, SENTENCE_END, stop_or
from danvan._extract._numbered_names import name_number_end, numbered_unit
from danvan._extract._patterns import at_word_start
from danvan._extract._places_joined import units_joined
from danvan._extract._places_listed import SENTENCE_REACH, name_as_subject, place_in_a_list
from danvan._extract._unit_kinds import (
    A_LONG_NAMED_BODY,
    FRONTED,
    ITS_BODY,
    STANDING,
    TIER_OF_ITS_COMMITTEE,
    UNIT_KIND,
    UNIT_KINDS,
    UNIT_NAMED,
    names_a_unit,
)
from danvan._text import fold

__all__ = [
    "CLAUSE_STOP_OR_COMMA",
    "NATION",
    "PLACE_REACH",
    "SENTENCE_REACH",
    "UNITS_ACT",
    "UNIT_KIND",
    "named_before",
    "place_words",
]

# A unit named by name ("huyện Can Lộc"), the body words that make it part of a body's
# name ("UBND huyện Can Lộc"), and how far back in its clause a number's unit is read.
#: What units counted as a subject do to the count after them: "3 xã có …", "8 huyện
#: đều có …", "12 xã đăng ký …", "xây dựng được …".
UNITS_ACT = (
    r"\s(?:deu\s)?(?:co|dat|(?:da\s)?(?:dang\sky|xay\sdung)(?:\sduoc)?)\s"  # "2 huyện đạt 100%"
)
_UNIT_LABEL = re.compile(rf"\s*(?:[-+•*]\s)?{at_word_start(*UNIT_KINDS)}\s[^,.;:()\n0-9]{{1,40}}")
_BODY_BEFORE = re.compile(
    r"(?:ubnd|uy\sban(?:\snhan\sdan)?|chu\stich|ban\schi\sdao|ban\sthuong\svu|hoi\sdong"
    r"|dang\suy|mttq|mat\stran|cong\san|ban\sdan\svan|thuong\struc|cap\suy)"
    r"(?:\s[a-z]+){0,3}\s$"
)
# How far back a number's unit is read, in its clause, and a heading's, in its sentence.
PLACE_REACH = 80
#: The whole country, as a place: "cả nước", "toàn quốc".
NATION = ("ca nuoc", "toan quoc")
_NATION = re.compile(r"\b(?:ca\snuoc|toan\squoc)\b")
CLAUSE_STOP_OR_COMMA = stop_or(r";:()\n,")
# A short word in brackets after a unit's name, no stop in its clause: "(mới)", "(cũ)",
# "(nay là phường Tam Điệp)".
_ASIDE = re.compile(
    r"\((?:moi|cu|truoc\sday|(?:truoc|sau)\ssap\s(?:nhap|xep)|nay\s(?:la|thuoc)\s[^()\n.;]{1,40})\)"
)


def _clause_start(folded: str, clause: int, start: int) -> int:
    """Where the number's clause opens, past ``clause``: not at "xã Yên Thắng (mới)".

    A label right before the number, its colon between, is of its clause: "…; xã Phước
    Hiệp: 11 mô hình".
    """
    stops = [m.span() for m in CLAUSE_STOP_OR_COMMA.finditer(folded, clause, start)]
    if (
        len(stops) > 1
        and folded[stops[-1][0]] == ":"
        and not folded[stops[-1][1] : start].strip()
        and _UNIT_LABEL.fullmatch(folded, stops[-2][1], stops[-1][0])
    ):
        stops.pop()
    if not stops or folded.find("(", clause, start) < 0:
        return stops[-1][1] if stops else clause
    asides = [m.span() for m in _ASIDE.finditer(folded, clause, start)]
    last = (stop for stop in reversed(stops) if not any(a <= stop[0] < b for a, b in asides))
    return next(last, (clause, clause))[1]


def place_words(source: CleanText, start: int) -> tuple[int, int] | None:
    """A unit named by name in the clause before the number: "Huyện Kỳ Anh có 40 …".

    Or the whole country: "Cả nước có hơn 60.000 mô hình".

    Not a unit in the name of a body that gives an award ("UBND huyện Can Lộc tặng …"):
    the batch is the body's; but a unit's body that recognises, honours or builds counts
    for its unit: "Huyện ủy Nho Quan công nhận 36 mô hình".
    """
    folded = source.folded
    clause = max(0, start - PLACE_REACH)
    if (whole := _the_nation_or_bodies(source, clause, start)) is not None:
        return whole
    units = source.spans_in(UNIT_NAMED, clause, start)
    if not units:  # "…, trong đó Kim Sơn 186", "Phường Tam Điệp (mới) được thành lập …; …"
        return (
            place_in_a_list(source, start)
            or _subject_of_the_sentence(source, start)
            or name_as_subject(source, start)  # "Hoa Lư có 45 mô hình"
        )
    clause = _clause_start(folded, clause, start)
    if folded[clause - 1 : clause] == "(" and not folded[clause:start].strip():
        clause = _the_clause_before(folded, clause - 1)  # "huyện Nho Quan (86 mô hình)"
    found: tuple[int, int] | None = None
    for a, b in units:
        if a < clause or (found is not None and a < found[1]):
            continue
        if found is not None and not A_DIGIT.search(folded, found[1], a):
            break  # "huyện Kim Sơn và huyện Yên Mô có …": the first, as the subject
        # …but one after a count of the one before is the count's: "huyện Kim Sơn có 245
        # mô hình và thành phố Tam Điệp có 255 mô hình"
        if _BODY_BEFORE.search(folded, max(clause, a - 24), a):
            continue  # "UBND huyện …" is a body
        if folded[max(0, a - 5) : a] == "nong ":
            continue  # "vùng nông thôn 824": the countryside, no village numbered 824
        name = _on_its_line(source.clean, b, start).split()
        kept = list(itertools.takewhile(lambda w: w[:1].isupper(), name[:4]))
        labelled = next((k for k, word in enumerate(kept) if word.endswith(":")), None)
        if labelled is not None:  # "xã Phước Hiệp: 11 mô hình": the name ends at its colon
            kept = [*kept[:labelled], kept[labelled][:-1]]
        numbered = _NUMBERED.match(folded, b) if not kept else None  # "khóm 3 có 8 …"
        kind = source.clean[a:b].strip().lower()
        if numbered is not None and kind in _VILLAGES and numbered_unit(source, kind, numbered):
            found = a, numbered.end(1)
        elif kept and names_a_unit(source.clean[a:b], kept):
            end = b + len(" ".join(kept))
            end = name_number_end(folded, end, start)  # "xã Sơn Kim 2 có …": its name's
            former = _FORMER.match(source.clean, end)  # "tỉnh Ninh Bình cũ"; not "cụ thể"
            found = a, (former.end() if former else end)
    return found or (
        place_in_a_list(source, start)
        or _place_heading(source, start)
        or _some(source, start)
        or _subject_of_the_sentence(source, start)
        or _the_unit_named_before(source, start)
        or name_as_subject(source, start)
    )


def _the_nation_or_bodies(source: CleanText, clause: int, start: int) -> tuple[int, int] | None:
    """The whole country, a unit's body, or units named together, before the number."""
    folded = source.folded
    near = folded.find(" nuoc", clause, start) >= 0 or folded.find(" quoc", clause, start) >= 0
    nation = _NATION.search(folded, clause, start) if near else None  # "Cả nước có hơn …"
    if nation is not None and not CLAUSE_STOP_OR_COMMA.search(folded, nation.end(), start):
        return nation.span()
    return _unit_of_its_body(source, clause, start) or units_joined(source, start)


# A unit's kind alone as its clause's subject, the unit named before: "…. Năm 2025, xã có 12
# mô hình", "toàn xã có …"; not "các xã", "mỗi xã", "3 xã".
_KIND_ALONE = re.compile(  # …or the whole of it: "…; toàn phường có 36 mô hình"
    r"(?:^|[.;:\n]\s?|(?<!xa)(?<!phuong)(?<!tran)(?<!huyen)(?<!khu)(?<!pho),\s)"  # not "các
    r"(?:(?:hien(?:\snay)?|nam\s(?:19|20)[0-9]{2},?)\s)?(?:(?:toan|ca)\s)?"  # xã, thị trấn có …";
    r"(?P<kind>xa|phuong|thi\stran|huyen|thi\sxa|thanh\spho|dac\skhu)"  # "Hiện phường có 96 …",
    r"\s(?:(?:da|dang|hien|van|cung|deu|moi|tiep\stuc)\s)*"  # "…; năm 2025 huyện đã có thêm 32"
    r"(?:co|xay\sdung|dang\sky|duy\stri|cong\snhan|trien\skhai|bieu\sduong)"
    r"(?:\s(?:duoc|them))?\s$"
)


def _the_unit_named_before(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit of a kind named before, when the count's subject is that kind alone.

    "Hội Nông dân xã Yên Phong có mô hình …. Năm 2025, xã có 12 mô hình được công nhận":
    the 12 are the commune's, as the report of another unit reads them.
    """
    alone = _KIND_ALONE.search(source.folded, max(0, start - 40), start)
    return None if alone is None else named_before(source, alone["kind"], alone.start())


def _on_its_line(clean: str, at: int, end: int | None = None) -> str:
    """The words from ``at`` to ``end`` or the end of the line: a unit's name is on one.

    Only as far as a name of a few words reaches, not the rest of the text.
    """
    end = at + _NAME_WORDS_REACH if end is None else min(end, at + _NAME_WORDS_REACH)
    return clean[at:end].split("\n", 1)[0]


_NAME_WORDS_REACH = 120  # the first four words of a name, and more


def named_before(source: CleanText, kind: str, at: int) -> tuple[int, int] | None:
    """The last unit of ``kind`` (folded: "xa") named by name shortly before ``at``.

    Not one of units counted: "… sáp nhập 3 xã Gia Phương, Gia Trung, Gia Vân", nor of
    units merged ("… trên cơ sở sắp xếp xã Đồng Thịnh, xã Đồng Văn …") or as they were
    before ("Trước sắp xếp, …, trong đó xã Đồng Văn 31 mô hình").
    """
    folded = source.folded
    spans = source.spans_in(UNIT_NAMED, max(0, at - SENTENCE_REACH), at)
    if kind in _ITS_COMMITTEE.values():  # "Thành ủy Hoa Lư" names the city
        spans = sorted((*spans, *source.spans_in(_A_COMMITTEE, max(0, at - SENTENCE_REACH), at)))
    for a, b in reversed(spans):
        written = folded[a:b].strip()
        if _ITS_COMMITTEE.get(written, written) != kind:
            continue
        if _COUNTED.search(folded, max(0, a - 6), a):
            continue
        if _MERGED_FROM.search(folded, max(0, a - 200), a):
            continue  # "… trên cơ sở sắp xếp xã Đồng Thịnh, xã Đồng Văn …": the units merged,
            # or as they were: "Trước sắp xếp, …, trong đó xã Đồng Văn 31 mô hình"
        named = b + 3 if source.clean[b : b + 3].lower() == "ủy " else b  # "Huyện ủy Gia Viễn"
        kept = []
        for word in itertools.takewhile(
            lambda w: w[:1].isupper(), _on_its_line(source.clean, named).split()[:4]
        ):
            kept.append(word.rstrip(".,;:"))
            if word != kept[-1]:
                break  # its name ends at its comma: "xã Gia Phương, …"
        if written in _ITS_COMMITTEE and kept:  # the city's name alone: "Hoa Lư"
            return b, b + len(" ".join(kept))
        if kept and names_a_unit(source.clean[a:b], kept):
            return a, named + len(" ".join(kept))
    return None


# The party committee of a city or a town, its name after it: "Thành ủy Hoa Lư".
_ITS_COMMITTEE = {f"{tier} uy": fold(TIER_OF_ITS_COMMITTEE[tier]) for tier in ("thanh", "thi")}
_A_COMMITTEE = re.compile(
    at_word_start(*(w.replace(" ", r"\s") for w in _ITS_COMMITTEE)) + r"\s(?=\S)"
)
_COUNTED = re.compile(r"(?:[0-9]|\bcac)\s$")  # "3 xã …", "các xã …": units counted
_MERGED_FROM = re.compile(
    rf"\b(?<!sau\s)(?<!sau\skhi\s){MERGING}[^.;:\n0-9]{{0,150}}$"
    rf"|\btruoc\s(?:khi\s)?{MERGING}(?:[^.\n]|(?<=[0-9])\.(?=[0-9])){{0,200}}$"
)


# A clause that goes on with its sentence's subject, none of its own, right before a
# count: "…, hiện có 19 mô hình", "…, đến nay đã xây dựng 24 mô hình".
_GOES_ON = re.compile(
    r"[,;]\s(?:(?:hien\snay|hien|nay|den\snay|van|nam\s(?:19|20)[0-9]{2},?)\s)?(?:(?:da|dang|deu)\s)?"
    r"(?:co|xay\sdung(?:\sduoc)?|dang\sky|duy\stri|cong\snhan)(?:\s(?:moi|lai|them))?\s$"
)
_LABEL_ENDS = re.compile(r"(?P<aside>\s\((?:moi|cu)\))?\s?:")  # "- Huyện Kim Sơn (cũ): …"


def _subject_of_the_sentence(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit a sentence opens on, when the count's clause goes on with it as subject.

    "Phường Hoa Lư được thành lập trên cơ sở sáp nhập 3 phường, hiện có 19 mô hình": the
    19 are the ward's, whatever units the sentence names after it; so are the counts of a
    line it labels: "- Xã Gia Hưng: đã xây dựng 12 mô hình, công nhận 8 mô hình".
    """
    folded = source.folded
    stops = source.spans_in(SENTENCE_END, max(0, start - SENTENCE_REACH), start)
    opens = stops[-1][1] if stops else 0
    while opens < start and source.clean[opens] in " -+•*–":
        opens += 1
    fronted = FRONTED.match(folded, opens)  # "Sau sắp xếp, Đảng ủy xã …"
    at = fronted.end() if fronted else opens
    standing = STANDING.match(folded, at)  # "Ban Thường vụ Đảng ủy phường đã …"
    at = standing.end() if standing else at
    body = ITS_BODY.match(folded, at) or A_LONG_NAMED_BODY.match(folded, at)  # "Đảng ủy xã
    # Yên Mỹ lãnh đạo …, xây dựng …", "Ban Chỉ đạo … huyện Yên Mô vừa bình xét, công nhận …"
    body = body if body is not None and body["kind"] is not None else None
    opens = body.start("kind") if body is not None else opens
    named = UNIT_NAMED.match(folded, opens) if opens >= start - SENTENCE_REACH else None
    if named is None or (body is None and source.clean[opens].islower()):
        return None  # "xã có …": no sentence opens on a name so
    kept: list[str] = []
    for word in _on_its_line(source.clean, named.end(), start).split()[:4]:
        if not word[:1].isupper():
            break
        kept.append(word)
        if word[-1] in ",:":  # "Xã Gia Hưng: Đã …": the name ends at its colon
            break
    if body is not None and not kept and _GOES_ON.search(folded, max(0, start - 40), start):
        return _named_before_its_body(source, body)  # "Đảng ủy xã rà soát, công nhận lại …"
    end = named.end() + len(" ".join(kept).rstrip(",:"))
    label = _LABEL_ENDS.match(folded, end) if kept else None
    labels, end = label is not None, label.end("aside") if label and label["aside"] else end
    if not kept or not (labels or _GOES_ON.search(folded, max(0, start - 40), start)):
        return None
    if not names_a_unit(source.clean[opens : named.end()], kept):
        return None  # "Ban Dân vận Huyện ủy đã …, công nhận 32 mô hình"
    return opens, end


# A village named by its number, as many are: "thôn 4", "khóm 3", "xóm 7"; not a count
# of the next noun ("thôn 12 hộ").
_NUMBERED = re.compile(  # "khóm 3", "tổ dân phố số 5"
    r"(?:so\s)?([0-9]{1,3}[a-z]?)(?=\s?[,;:]|\s(?:co|da|dang|xay|duoc|vo|van|tham)\b)"
)
# …and the wards and districts of a city numbered so: "Phường 3", "Quận 1".
_VILLAGES = frozenset(
    ("thôn", "xóm", "khóm", "ấp", "bản", "khu phố", "tổ dân phố", "buôn", "phường", "quận")
)


# A unit before the reorganisation, not the one of the same name after it.
_FORMER = re.compile(r"\s\(?(?:cũ|trước đây)\b\)?", re.IGNORECASE)


def _the_clause_before(folded: str, at: int) -> int:
    """Where the clause before ``at`` starts: the number's bracket opens after its unit."""
    stops = list(CLAUSE_STOP_OR_COMMA.finditer(folded, max(0, at - PLACE_REACH), at))
    return stops[-1].end() if stops else max(0, at - PLACE_REACH)


# Some units, counted, as the subject of the count's clause: "3 xã có 64 mô hình" are those
# three's, not the area's; not all of them ("cả 27 xã", "hướng dẫn 28 xã, thị trấn đăng
# ký …") nor those of a ratio ("45/52 xã có 312 mô hình": the others have none).
_SOME_UNITS = re.compile(
    r"(?<!\bca\s)(?<!\btat\sca\s)(?<!nhap\s)(?<!nhat\s)(?<![0-9./%])"  # not merged from
    r"(?<!huong\sdan\s)(?<!chi\sdao\s)(?<!van\sdong\s)"  # nor all a body guided
    rf"\b([0-9]{{1,3}}\s{UNIT_KIND}(?:,?\s{UNIT_KIND})*)\b(?!\s?/)"  # "8 huyện, thành phố"
    rf"{UNITS_ACT}$"
)


def _some(source: CleanText, start: int) -> tuple[int, int] | None:
    """Some units counted as the subject of the count's clause, if any: "3 xã có 64 …"."""
    some = _SOME_UNITS.search(source.folded, max(0, start - PLACE_REACH), start)
    return None if some is None else some.span(1)


# A place that heads its sentence: "Tại huyện Yên Khánh, năm 2025 có 186 mô hình …".
_AT_PLACE = re.compile(rf"(?:^|[.!?\n]\s*)(?:tai|o|rieng(?:\stai)?)\s(?={UNIT_KIND}\s)")
_HEADING_ENDS = stop_or(r";:\n!?")


def _place_heading(source: CleanText, start: int) -> tuple[int, int] | None:
    """The unit named after "Tại" at the head of the number's sentence, before a comma."""
    folded = source.folded
    heads = source.spans_in(_AT_PLACE, max(0, start - SENTENCE_REACH), start)  # found once
    if not heads or _HEADING_ENDS.search(folded, heads[-1][1], start):  # or a sentence's
        return None
    units = source.spans_in(UNIT_NAMED, heads[-1][1], heads[-1][1] + 1)
    if not units:
        return None
    a, b = units[0]
    name, comma, _ = source.clean[b:start].partition(",")  # "Yên Khánh", before its comma
    kept = list(itertools.takewhile(lambda w: w[:1].isupper(), name.split()))
    end, name_ends = b + len(" ".join(kept)), b + len(name.rstrip())
    if not kept or not comma:
        return None
    if len(kept) == len(name.split()):
        return a, end
    return (a, name_ends) if _ASIDE.fullmatch(folded, end + 1, name_ends) else None  # "(cũ),"


_AN_AWARD = re.compile(r"\b(?:tang|trao|khen|giay\skhen|bang\skhen)\b")


def _unit_of_its_body(source: CleanText, clause: int, start: int) -> tuple[int, int] | None:
    """The unit whose own body acts in the count's clause, other than giving an award."""
    folded = source.folded
    if all(folded.find(body, clause, start) < 0 for body in ("uy ", "ubnd ", "chi dao ")):
        return None  # no body's name near: most counts
    body = ITS_BODY.search(folded, _clause_start(folded, clause, start), start)
    if body is None:
        return None
    words = source.clean[body.end() : start].split(maxsplit=4)[:4]
    name = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), words))
    b = body.end() + len(name)
    if _AN_AWARD.search(folded, b, start):  # "UBND huyện … tặng Giấy khen": its
        return None
    if not name:
        return _named_before_its_body(source, body)
    return (body.start("kind") if body["kind"] is not None else body.end()), b


def _named_before_its_body(source: CleanText, body: re.Match[str]) -> tuple[int, int] | None:
    """The unit named before whose body, of no name, is a count's subject.

    "Phong trào ở xã Gia Hưng. … Đảng ủy xã công nhận 12 mô hình": the commune's, as "xã có
    …" is; "Huyện ủy công nhận …" the district's. Not "Các Đảng ủy xã …", bodies of many.
    """
    if _MANY.search(source.folded, max(0, body.start() - 6), body.start()):
        return None
    committee = source.folded[body.start() : body.end()].split()[0]  # "huyen" of "huyen uy"
    return named_before(
        source, body["kind"] or fold(TIER_OF_ITS_COMMITTEE[committee]), body.start()
    )


_MANY = re.compile(r"\b(?:cac|nhung|moi|cung)\s$")
