"""The head noun after a number in a report: what it counts ("mô hình", "hộ", "m2").

A built-in unit's words are matched first, longest first; then a few nouns of three
words; then the next one or two words, up to a word that is no part of a noun. A rate
runs on over what it is per ("đồng/người/năm").
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_words import (
    FROM_THEN,
    MODEL_UNITS,
    VERB_WORDS,
)
from danvan._extract._noun_words import COMPOUND_NOUNS, NOUNS, PLACE_WORDS, PLACES
from danvan._measures import Per, UnitOfMeasure
from danvan._text import fold
from danvan._vocabulary import HolderKind, ModelKind

__all__ = [
    "noun_as_written",
    "KNOWN_NOUNS",
    "NOUN_OF",
    "SUBJECT_HOLDER",
    "noun_after",
    "subject_before",
]

_UNKNOWN_NOUN = re.compile(r" (?P<words>[a-z][a-z0-9²³]{0,11}(?: [a-z]{1,12})?)")
# What a rate is per, each word as Per reads it: "/người/năm", "/hộ/tháng".
_RATE = re.compile(
    r"(?:\s?/\s?(?:"
    + "|".join(
        sorted({fold(w) for p in Per for w in (p.label_vi, *p.aliases)}, key=len, reverse=True)
    ).replace(" ", r"\s")
    + r")\b)+"
    # a rate per something no Per names: "50 triệu đồng/mô hình"
    + r"|\s?/\s?[a-z]+(?:\s[a-z]+)?\b"
)
# Words that class a noun: "1.245 buổi tuyên truyền", "36 căn nhà", "320 con bò"; not "còn"
_CLASSIFIER = re.compile(  # (folded alike): "12 còn lại"
    r" (?:buoi|dot|lop|can|ngoi|chiec|cai|tam|suat|con(?! (?:lai|chua|khong|it|duoc|dang|la)\b))"
    r"(?= [a-z])"
)
# A noun that is the start of another: "người dân tộc thiểu số" are no "người dân", "120
# hồ sơ" no households ("120 hộ so với" are).
_NOT_BEFORE = {
    "nguoi dan": re.compile(r" toc\b"),
    "ho": re.compile(r" so\b(?! voi\b)"),
    # "72 nhà" and "72 nhà cho hộ nghèo" are houses; "5 nhà máy", "3 nhà văn hóa" are not
    "nha": re.compile(r" (?!(?:cho|tai|va|tren|duoc|da|cua|voi|o|la|trong)\b)[a-z]"),
    # "1.904 căn" after a count of houses is houses; "căn hộ" is a flat, "cán bộ" no house
    "can": re.compile(r" (?!(?:cho|tai|va|tren|duoc|da|cua|voi|o|la|trong)\b)[a-z]"),
    # "46 đồng chí", "đồng bào", "12 dòng họ" (folded alike) count people and clans, no money
    "dong": re.compile(r" (?:chi|bao|doi|nghiep|huong|ho(?! tro))\b"),
    "don vi": re.compile(r" mau\b"),  # "4.212 đơn vị máu" (of blood), no units that act
}
# What is counted, named in quotes after its classifier if any: a house's kind ("3 căn “Nhà
# đại đoàn kết”"), an exemplar's or a model's title ("35 “Gương mặt trẻ tiêu biểu”").
_QUOTED = re.compile(r" (?:(?:can|ngoi) )?[\"“]")
_QUOTED_UNITS = frozenset((UnitOfMeasure.HOUSES, *MODEL_UNITS))
# Words no noun runs on over; "lần", "chưa": "9 xã lần lượt …", "4 xã chưa có mô hình"
# fmt: off
_NOUN_STOP = frozenset((
    "duoc", "va", "cua", "tai", "trong", "o", "voi", "cho", "la", "da", "dang", "se", "nay",
    "do", "thi", "tren", "duoi", "theo", "ve", "moi", "nguoi", "dat", "len", "xuong", "con",
    "tu", "co", "lan", "chua", "khong", "deu", "tro", "tot", "kha", "yeu", "kem",  # grades
))
# fmt: on
# The words no noun runs on over, with their marks: a word that folds as one of them but
# is written otherwise is a noun's ("tài khoản", "tủ sách", "lá cờ", "cờ Tổ quốc").
# fmt: off
_STOPS_AS_WRITTEN = frozenset((
    "được", "và", "của", "tại", "trong", "ở", "với", "cho", "là", "đã", "đang", "sẽ", "này",
    "nay", "do", "thì", "trên", "dưới", "theo", "về", "mới", "mỗi", "người", "đạt", "lên",
    "xuống", "còn", "từ", "có", "lần", "chưa", "không", "đều", "trở", "tốt", "khá", "yếu", "kém",
))
# fmt: on
_FIRST_WORD = re.compile(r" (\w+)")
_SAID_OF_IT = frozenset(("kho", "ngheo"))  # what is said of a noun after it: "khó khăn"
# A noun's second word that opens what follows it instead: "so với …", "năm 2024", "trị
# giá" (worth: "120 suất quà trị giá 60 triệu đồng").
_NOT_OF_THE_NOUN = {
    "so": re.compile(r" voi\b"),
    "nam": re.compile(r" (?:19|20)[0-9]{2}\b"),
    "tri": re.compile(r" gia\b"),
}


def noun_after(
    folded: str, end: int
) -> tuple[int, UnitOfMeasure | None, ModelKind | None, HolderKind | None]:
    """Where the head noun after a number ends, and what it says.

    A rate's noun runs on over what it is per ("đồng/người/năm"); it is none of the
    built-in units, whose figures are sums.
    """
    at = end + 5 if folded.startswith(" luot", end) else end
    found = _known_noun(folded, at) or _other_noun(folded, at)
    if found is None:  # "cấp huyện 1.120 lượt": occurrences of what its total counts
        return (at if not folded[at : at + 1].isalpha() else end), None, None, None
    rate = _RATE.match(folded, found[0])
    if rate is not None and not _ANOTHER_ACT_AFTER.match(folded, found[0]):
        return rate.end(), None, None, None
    return found


# A slash between two counts of two acts, no rate: "đăng ký 412 mô hình / công nhận 386".
_ANOTHER_ACT_AFTER = re.compile(rf"\s?/\s?(?:da\s)?(?:duoc\s)?(?:{VERB_WORDS})\b")


# A unit's kind, and the name in capitals after it: "3 xã Gia Hưng, Gia Sinh".
_NAMED = re.compile(r" ([^\W\d_]+(?: [^\W\d_]+)??) (?=[^\W\d_])")
# Workers, whose noun folds as "công nhận" (recognised) does, read with its marks.
_WORKERS = re.compile(r" (?:lượt )?công nhân(?: (?:lao động|viên chức))?\b", re.IGNORECASE)


def noun_as_written(
    source: CleanText, end: int
) -> tuple[int, UnitOfMeasure | None, ModelKind | None, HolderKind | None]:
    """:func:`noun_after`, read with its marks: "hộ" are households, "họ" and "hồ" are not.

    "12 họ tộc" (clans), "12 hồ chứa" (reservoirs) fold as "12 hộ …" does; "đ" is đồng
    ("350 triệu đ"), "d" no money; "1.200 công nhân" are people (workers), where "công
    nhận" (recognised) folds alike.
    """
    found = noun_after(source.folded, end)
    written = source.clean[end : found[0]].strip().lower()
    if not written and (first := _FIRST_WORD.match(source.clean, end)) is not None:
        word = first[1].lower()  # "125.000 tài khoản", "12 tủ sách", "1.000 lá cờ"
        if fold(word) in _NOUN_STOP and word not in _STOPS_AS_WRITTEN:
            return _other_noun(source.folded, end, clean=source.clean) or found
    if found[1] is UnitOfMeasure.VND and written.lstrip(".") == "d":  # "đ" is đồng, "d" none
        return found[0], None, None, None
    if found[1] is UnitOfMeasure.UNITS and (named := _NAMED.match(source.clean, end)):
        name = source.clean[named.end()].isupper() and named.end() < found[0]
        if name and fold(named[1]) in PLACES:  # "3 xã Gia Hưng, …": the
            return named.end(1), UnitOfMeasure.UNITS, None, None  # communes, named after
    workers = _WORKERS.match(source.clean, end) if found[1] is None else None
    if workers is not None:  # "1.200 công nhân": people, written as no "công nhận" is
        return workers.end(), UnitOfMeasure.PEOPLE, None, None
    if found[1] is not UnitOfMeasure.HOUSEHOLDS or written.startswith(("hộ", "lượt hộ")):
        return found
    return _other_noun(source.folded, end) or (found[0], None, None, None)


def _known_noun(
    folded: str, at: int
) -> tuple[int, UnitOfMeasure | None, ModelKind | None, HolderKind | None] | None:
    glued = folded[at : at + 1].isalpha() and folded[at - 1 : at].isdigit()  # "1.200m2", "12km"
    if not (folded.startswith(" ", at) or folded.startswith("tr.d", at - 2) or glued):
        return None  # "150 tr.đồng"
    quote = _QUOTED.match(folded, at)  # 96 “Mái ấm công đoàn”, 35 “Gương sáng …”
    quoted = quote is not None
    head = at if glued else at + 1 if quote is None else quote.end()
    for words, unit, kind, holder in NOUNS:
        end = head + len(words)
        if (
            folded.startswith(words, head)
            and (not quoted or unit in _QUOTED_UNITS)
            and not folded[end : end + 1].isalnum()  # "km" of no "km2", "km²" (an area)
            and not (words in _NOT_BEFORE and _NOT_BEFORE[words].match(folded, end))
        ):
            closed = _CLOSED.match(folded, end) if quoted else None  # “Nhà đồng đội”: all
            return (end if closed is None else closed.end()), unit, kind, holder
    return None


# The rest of a quoted noun, up to its closing mark: 38 “Nhà đồng đội”, 96 “Mái ấm công
# đoàn”.
_CLOSED = re.compile(r"[^”\"»\n0-9,.;:()“«]{0,60}[”\"»]")


def _a_stop(clean: str | None, at: int, word: str) -> bool:
    """Whether the folded stop ``word`` at ``at`` ends a noun: unless its marks say not."""
    return clean is None or clean[at : at + len(word)].lower() in _STOPS_AS_WRITTEN


_A_VERB = re.compile(rf"(?:{VERB_WORDS}|to\schuc)\b")  # "38/45 xã tổ chức …": the communes


_QUOTED_NOUN = re.compile(r" [“\"][^”\"\n0-9]{2,60}[”\"]")


def _other_noun(
    folded: str, at: int, *, clean: str | None = None
) -> tuple[int, UnitOfMeasure | None, None, None] | None:
    """A noun no built-in unit names: "phòng học", "m2", "hợp tác xã", "xã".

    After a classifier ("buổi", "căn", "lớp") the noun runs on: "buổi tuyên truyền", "căn
    nhà đại đoàn kết". Given the ``clean`` text, its words are read with their marks: a
    word folded as one no noun runs on over is a noun's when written otherwise: "tài
    khoản" (not "tại"), "tủ sách" (not "từ"), "lá cờ" (not "là", "có").
    """
    named = _QUOTED_NOUN.match(folded, at)
    if named is not None:  # 1.120 “Camera an ninh”: what is counted, named
        return named.end(), None, None, None
    classifier = _CLASSIFIER.match(folded, at)
    head = at if classifier is None else classifier.end()
    noun = next(
        (
            compound  # a noun of three words
            for compound in COMPOUND_NOUNS
            if folded.startswith(f" {compound}", head)
            and not folded[head + 1 + len(compound) : head + 2 + len(compound)].isalpha()
        ),
        None,
    )
    if noun is None:
        other = _UNKNOWN_NOUN.match(folded, head)
        if other is None or other["words"] == "so voi":  # "tăng 96 so với năm 2022"
            return None
        if other["words"].startswith(("trung binh", "xuat sac")):  # "…, 2 trung bình": a grade
            return None
        kept: list[str] = []
        at_word = other.start("words")
        for word in other["words"].split():
            if (
                word in _NOUN_STOP
                and other["words"] not in PLACES
                and _a_stop(clean, at_word, word)
            ):
                break
            if kept and _A_VERB.match(folded, at_word):  # "46 chùa đăng ký …": the pagodas
                break
            at_word += len(word) + 1
            if kept and word in _SAID_OF_IT:  # "12 xã khó khăn": the communes, no "xã khó"
                break
            stop = _NOT_OF_THE_NOUN.get(word)
            if kept and stop is not None and stop.match(folded, other.end()):
                break  # "tăng 3 xã so với năm 2024", "18 thôn năm 2024": the communes, villages
            kept.append(word)
        if not kept:  # "45 lớp cho 2.300 hội viên": the classifier alone is what is counted
            return None if classifier is None else (classifier.end(), None, None, None)
        if kept[0] in PLACES and _A_VERB.match(folded, head + 2 + len(kept[0])):
            kept = kept[:1]  # "12/12 thôn xây dựng được mô hình": the villages, not "thôn xây"
        noun = " ".join(kept)
        if noun.split(" ", 1)[0] == "cap":
            return None  # "30 cấp huyện": a level, of the noun of its total
    end = head + 1 + len(noun)
    place = any(noun == p or noun.startswith(f"{p} ") for p in PLACES)  # "xã", "thôn bản"
    place = place and not (noun in _NOT_BEFORE and _NOT_BEFORE[noun].match(folded, end))
    return end, UnitOfMeasure.UNITS if place else None, None, None


# The head nouns, as one alternation, and each one's unit, kind and holder. "Số hồ sơ"
# (files) and "hồ chứa" (reservoirs) fold as "số hộ" does, and name no households.
_FOLDED_ALIKE = {"ho": r"(?!\s(?:so|chua)\b)"}
KNOWN_NOUNS = "|".join(
    words.replace(" ", r"\s") + _FOLDED_ALIKE.get(words, "") for words, *_ in NOUNS
)
NOUN_OF = {entry[0]: entry for entry in NOUNS}  # each head noun, folded, and what it says

# A noun written before the number, as the subject of a line: "Số mô hình được công
# nhận: 245", "Mô hình được công nhận cấp tỉnh: 34", "Tổng số mô hình đăng ký năm 2025
# là 512", or of the next item of its list ("…, mô hình cá nhân là 616"). Its words may
# hold a year or a span of years or months ("… được khen thưởng trong 5 năm là 2.316",
# "… được biểu dương trong 9 tháng: 47"), and a year singled out after a semicolon. A value
# after a change, in brackets, is the subject's too: "… tăng mạnh (từ 412 lên 586 …)",
# and so is a total raised to: "nâng tổng số mô hình được công nhận lên 1.432", and the
# value in brackets of a total named by "số": "… chiếm 92,4% số mô hình đăng ký (1.426)".
_SUBJECT = re.compile(
    r"(?:\b(?:tong\s)?so\s(?:luong\s)?|[,;:]\s|\btrong\sdo\s"
    r"|(?:^|(?<=[.!?\n]))\s?(?:(?:[-+•]|[a-z]\)|[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}[.)])\s)?)"
    r"(?:luot\s|cac\s|nhung\s)?(?P<noun>"  # "Các mô hình do … chủ trì là 52"
    + KNOWN_NOUNS
    + r")\b(?P<words>(?:[^.;:()\n0-9]|\b(?:19|20)[0-9]{2}\b|\b[0-9]{1,2}\s(?:nam|thang)\b"
    r"|\([a-z ]{1,12}\)|;(?=\s(?:rieng\s)?nam\s(?:19|20)[0-9]{2}\b)){0,80}?)"  # "(cũ)", "; riêng"
    rf"\s?(?::|\sla|\slen|\schiem(?:\sty\sle)?|\s(?:dat\s)?cao\snhat\svoi|\s?{FROM_THEN}"
    r"|\s(?P<bracket>\())"
    r"\s?$"
)
_JOINED_TO_A_PLACE = re.compile(rf"\b(?:{PLACE_WORDS}),\s$")
_NUMBER_OF_IT = re.compile(r"(?:tong\s)?so\s")  # "… số mô hình đăng ký (1.426)": its value

SUBJECT_HOLDER = re.compile(r"\s(?:cua\s|do\s)?(tap\sthe|ca\snhan|ho\sgia\sdinh)\b")


#: A subject: its noun's span, the span of the words after it, the noun's unit, kind and
#: holder, and the span of the words that say the holder.
Subject = tuple[
    tuple[int, int],
    tuple[int, int],
    UnitOfMeasure,
    ModelKind | None,
    HolderKind | None,
    tuple[int, int] | None,
]


def subject_before(folded: str, start: int) -> Subject | None:
    """The noun a line names before its number, the words after it, and what it says.

    Returns the noun's span, the span of the words between it and the number, and the
    unit, kind and holder of the noun; ``None`` when the line names none.
    """
    found = _SUBJECT.search(folded, max(0, start - 120), start)
    if found is None or (found["bracket"] and not _NUMBER_OF_IT.match(folded, found.start())):
        return None
    if _JOINED_TO_A_PLACE.search(folded, max(0, found.start("noun") - 24), found.start("noun")):
        return None  # "…; khối cơ quan, đơn vị: 18": the second kind of a label's units
    _, unit, kind, holder = NOUN_OF[found["noun"]]
    whose = SUBJECT_HOLDER.match(folded, found.end("noun"))  # "Số mô hình tập thể là …"
    said = found.span("noun") if holder is not None else None
    if holder is None and whose is not None:
        holder = HolderKind.parse(whose[1])  # "tập thể", "cá nhân", "hộ gia đình"
        said = whose.span(1)
    return found.span("noun"), found.span("words"), unit, kind, holder, said


_NEW = re.compile(  # past the models' quoted name: "312 mô hình “Dân vận khéo” mới"
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"
    r"\s?(moi(?:\sxay\sdung|\sthanh\slap)?|xay\sdung\smoi)\b(?!\s(?:nhat|day))"
)


def new_models(source: CleanText, at: int, unit: UnitOfMeasure | None) -> tuple[int, int] | None:
    """The span of "mới" (new: built) at ``at``, after a count of models or a subject's noun.

    "742 mô hình mới", "Số mô hình mới năm 2025 là 624"; not "mỗi" (each), folded alike.
    """
    new = _NEW.match(source.folded, at) if unit in MODEL_UNITS else None
    if new is None or source.clean[new.start(1) + 1] == "ỗ":
        return None
    return new.span(1)
