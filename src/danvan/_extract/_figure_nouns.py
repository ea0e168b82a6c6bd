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
    FULL_STOP,
    MODEL_UNITS,
    SPELLED_OUT,
    THIS_NUMBER_IN,
    VERB_WORDS,
)
from danvan._extract._noun_words import COMPOUND_NOUNS, NOUNS, PLACES
from danvan._measures import Per, UnitOfMeasure
from danvan._text import fold
from danvan._vocabulary import HolderKind, ModelKind

__all__ = [
    "noun_as_written",
    "KNOWN_NOUNS",
    "NOUN_OF",
    "SUBJECT_HOLDER",
    "YEAR_LABEL",
    "year_labelled",
    "counted_before",
    "counted_in_a_change",
    "noun_after",
    "noun_of_the_count_before",
    "noun_of_the_years_after",
    "past_spelled_out",
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
    "tu", "co", "lan", "chua", "khong", "deu", "tro",
))
# fmt: on
_SAID_OF_IT = frozenset(("kho", "ngheo"))  # what is said of a noun after it: "khó khăn"


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
    if rate is not None:
        return rate.end(), None, None, None
    return found


def noun_as_written(
    source: CleanText, end: int
) -> tuple[int, UnitOfMeasure | None, ModelKind | None, HolderKind | None]:
    """:func:`noun_after`, read with its marks: "hộ" are households, "họ" and "hồ" are not.

    "12 họ tộc" (clans), "12 hồ chứa" (reservoirs) fold as "12 hộ …" does; "đ" is đồng
    ("350 triệu đ"), "d" no money.
    """
    found = noun_after(source.folded, end)
    written = source.clean[end : found[0]].strip().lower()
    if found[1] is UnitOfMeasure.VND and written.lstrip(".") == "d":  # "đ" is đồng, "d" none
        return found[0], None, None, None
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
            and not folded[end : end + 1].isalpha()
            and not (words in _NOT_BEFORE and _NOT_BEFORE[words].match(folded, end))
        ):
            return end, unit, kind, holder
    return None


_A_VERB = re.compile(rf"(?:{VERB_WORDS}|to\schuc)\b")  # "38/45 xã tổ chức …": the communes


_QUOTED_NOUN = re.compile(r" [“\"][^”\"\n0-9]{2,60}[”\"]")


def _other_noun(folded: str, at: int) -> tuple[int, UnitOfMeasure | None, None, None] | None:
    """A noun no built-in unit names: "phòng học", "m2", "hợp tác xã", "xã".

    After a classifier ("buổi", "căn", "lớp") the noun runs on: "buổi tuyên truyền", "căn
    nhà đại đoàn kết".
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
        kept: list[str] = []
        for word in other["words"].split():
            if word in _NOUN_STOP and other["words"] not in PLACES:  # "cơ quan" holds "có"
                break
            if kept and word in _SAID_OF_IT:  # "12 xã khó khăn": the communes, no "xã khó"
                break
            kept.append(word)
        if not kept:
            return None
        if kept[0] in PLACES and _A_VERB.match(folded, head + 2 + len(kept[0])):
            kept = kept[:1]  # "12/12 thôn xây dựng được mô hình": the villages, not "thôn xây"
        noun = " ".join(kept)
        if noun.split(" ", 1)[0] == "cap":
            return None  # "30 cấp huyện": a level, of the noun of its total
    place = any(noun == p or noun.startswith(f"{p} ") for p in PLACES)  # "xã", "thôn bản"
    return head + 1 + len(noun), UnitOfMeasure.UNITS if place else None, None, None


# The head nouns, as one alternation, and each one's unit, kind and holder.
KNOWN_NOUNS = "|".join(words.replace(" ", r"\s") for words, *_ in NOUNS)
NOUN_OF = {entry[0]: entry for entry in NOUNS}  # each head noun, folded, and what it says

# A noun written before the number, as the subject of a line: "Số mô hình được công
# nhận: 245", "Mô hình được công nhận cấp tỉnh: 34", "Tổng số mô hình đăng ký năm 2025
# là 512", or of the next item of its list ("…, mô hình cá nhân là 616"). Its words may
# hold a year or a span of years ("… được khen thưởng trong 5 năm là 2.316"). A value
# after a change, in brackets, is the subject's too: "… tăng mạnh (từ 412 lên 586 …)",
# and so is a total raised to: "nâng tổng số mô hình được công nhận lên 1.432", and the
# value in brackets of a total named by "số": "… chiếm 92,4% số mô hình đăng ký (1.426)".
_SUBJECT = re.compile(
    r"(?:\b(?:tong\s)?so\s(?:luong\s)?|[,;:]\s|\btrong\sdo\s|^|(?<=[.!?\n])\s?(?:[-+•]\s)?)"
    r"(?:luot\s|cac\s|nhung\s)?(?P<noun>"  # "Các mô hình do … chủ trì là 52"
    + KNOWN_NOUNS
    + r")\b(?P<words>(?:[^.;:()\n0-9]|\b(?:19|20)[0-9]{2}\b|\b[0-9]{1,2}\snam\b"
    r"|\([a-z ]{1,12}\)){0,80}?)"  # an abbreviation or "(cũ)": "“Dân vận khéo” (DVK)"
    rf"\s?(?::|\sla|\slen|\s?{FROM_THEN}|\s(?P<bracket>\())"
    r"\s?$"
)
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
    _, unit, kind, holder = NOUN_OF[found["noun"]]
    whose = SUBJECT_HOLDER.match(folded, found.end("noun"))  # "Số mô hình tập thể là …"
    said = found.span("noun") if holder is not None else None
    if holder is None and whose is not None:
        holder = HolderKind.parse(whose[1])  # "tập thể", "cá nhân", "hộ gia đình"
        said = whose.span(1)
    return found.span("noun"), found.span("words"), unit, kind, holder, said


# What a clause counts, named after "số": "Số mô hình cấp huyện, cấp tỉnh lần lượt tăng …".
_NUMBER_OF = re.compile(r"\b(?:tong\s)?so\s(?:luong\s)?(?:luot\s)?(?P<noun>" + KNOWN_NOUNS + r")\b")


def counted_before(
    folded: str, a: int, b: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun the last "số …" of ``folded[a:b]`` counts, its span, unit, kind and holder."""
    said = list(_NUMBER_OF.finditer(folded, a, b))
    if not said:
        return None
    found = said[-1]
    _, unit, kind, holder = NOUN_OF[found["noun"]]
    return found.span("noun"), unit, kind, holder


# "từ" before a bare value, or "từ 812 (năm 2022) lên" before the value after it.
_FROM = re.compile(
    r"\btu\s(?:[0-9][0-9.,]*\s?(?:\([^()\n]{0,30}\)\s?)?(?:len|xuong)(?:\scon)?\s)?$"
)
_CLAUSE = re.compile(rf"{FULL_STOP}|[;:\n]")  # not the dot of "1.102"
_CHANGED_BY = re.compile(r"\b(?:tang|giam)(?:\sthem)?\s$")
_CLAUSE_REACH = 160


def counted_in_a_change(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of a change counts, named after "số" in its clause.

    "số mô hình tăng từ 812 (năm 2022) lên 1.046 (năm 2024)": both count models; so does
    the change itself, "Số mô hình được công nhận tăng 124 so với năm 2024".
    """
    if (
        _FROM.search(folded, max(0, start - 60), start) is None
        and _CHANGED_BY.search(folded, max(0, start - 12), start) is None
    ):
        return None
    a = max(0, start - _CLAUSE_REACH)
    for stop in _CLAUSE.finditer(folded, a, start):
        a = stop.end()
    return counted_before(folded, a, start)


# A year's item in a list of them: "năm 2021 có 712", "2022: 864", "năm 2025 đạt 1.206".
_YEAR_ITEM = r"(?:nam\s)?(?:19|20)[0-9]{2}\s?(?:co|la|dat|:)\s?"
_YEAR_LABELLED = re.compile(rf"(?:^|[\s,;:(]){_YEAR_ITEM}$")


def year_labelled(folded: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled by its year: "năm 2023: 68", "2024 có"."""
    return _YEAR_LABELLED.search(folded, max(0, start - 16), start) is not None


_NEXT_YEAR = re.compile(
    rf"(?:,|;|\sva|,\sva)\s{_YEAR_ITEM}(?P<number>[0-9][0-9.,]*?)(?=[\s,;]|\.?$|\.\s)"
)
_YEARS_REACH = 12


def noun_of_the_years_after(
    folded: str, start: int, end: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of a year's item takes from a later year's in its list.

    "… trong đó năm 2021 có 712, năm 2022 có 864 và năm 2025 có 1.206 mô hình": each
    counts models. ``start:end`` is the value's span; with the noun, its span.
    """
    if not year_labelled(folded, start):
        return None
    at = end
    for _ in range(_YEARS_REACH):
        item = _NEXT_YEAR.match(folded, at)
        if item is None:
            return None
        at = item.end("number")
        noun_end, unit, kind, holder = noun_after(folded, at)
        if unit is not None:
            return (at + 1, noun_end), unit, kind, holder
    return None


# A bare value of another year in brackets after a count: "86 mô hình (năm 2024: 72)",
# past the years before it: "… (năm 2023: 1.764; năm 2024: 1.893; …)".
#: A year labelling its value in brackets: "năm 2024: ", "2024 là ".
YEAR_LABEL = r"(?:nam\s)?(?:19|20)[0-9]{2}\s?(?::|la|co)\s?"
_YEAR_IN_BRACKETS = re.compile(
    r"(?<![0-9.,])[0-9][0-9.,]*(?P<noun>\s[^()0-9\n]{1,60}?)\s?\("
    rf"(?:{YEAR_LABEL}[0-9](?:[0-9.,]*[0-9])?\s?[;,]\s?){{0,12}}{YEAR_LABEL}$"
)


_THIS_NUMBER = re.compile(
    r"(?<![0-9.,])[0-9][0-9.,]*(?P<noun>\s[^0-9\n.;,]{1,60}?)[^0-9\n.]{0,40}?[;,.]\s"
    rf"{THIS_NUMBER_IN}$"
)


# A count of some period among a total before it, in its noun's measure word alone: "…
# 12.486 lượt tập thể, cá nhân được khen thưởng, trong đó năm 2025 có 2.915 lượt".
_ITS_PERIODS_PART = re.compile(
    r"(?<![0-9.,])[0-9][0-9.,]*(?P<noun>\s(?:luot\s)[^0-9\n.;]{1,60}?),\strong\sdo"
    r"(?:,?\s(?:nam\s(?:19|20)[0-9]{2}|rieng\snam\s(?:19|20)[0-9]{2}))?,?\s(?:co|la)\s$"
)
_ANOTHER_ACT = re.compile(
    r"(?<![0-9.,])[0-9][0-9.,]*(?P<noun>\s(?:" + KNOWN_NOUNS + r"))\b,?\s(?:(?:da|va|trong\sdo)\s)*"
    r"(?:(?:duoc\s)?(?:cong\snhan|xay\sdung|trien\skhai|bieu\sduong|nhan\srong)|dang\sky)\s$"
)


def noun_of_the_count_before(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of another year or act takes from the count before.

    "Năm 2025 có 86 mô hình (năm 2024: 72) được công nhận": the 72 are models too, and so
    are the 2.840 of "… có 2.540 mô hình được công nhận; năm 2025, con số này là 2.840" and
    the 378 of "đăng ký 412 mô hình, đã công nhận 378".
    """
    found = (
        _YEAR_IN_BRACKETS.search(folded, max(0, start - 240), start)
        or _THIS_NUMBER.search(folded, max(0, start - 150), start)
        or _ANOTHER_ACT.search(folded, max(0, start - 60), start)
        or _ITS_PERIODS_PART.search(folded, max(0, start - 150), start)
    )
    if found is None:
        return None
    noun_end, unit, kind, holder = noun_after(folded, found.start("noun"))
    return None if unit is None else ((found.start("noun") + 1, noun_end), unit, kind, holder)


_NEW = re.compile(r"\s?(moi(?:\sxay\sdung|\sthanh\slap)?|xay\sdung\smoi)\b(?!\s(?:nhat|day))")


def new_models(source: CleanText, at: int, unit: UnitOfMeasure | None) -> tuple[int, int] | None:
    """The span of "mới" (new: built) at ``at``, after a count of models or a subject's noun.

    "742 mô hình mới", "Số mô hình mới năm 2025 là 624"; not "mỗi" (each), folded alike.
    """
    new = _NEW.match(source.folded, at) if unit in MODEL_UNITS else None
    if new is None or source.clean[new.start(1) + 1] == "ỗ":
        return None
    return new.span(1)


_SPELLED_OUT = re.compile(SPELLED_OUT)


def past_spelled_out(folded: str, end: int) -> int:
    """Where a number said again in words in brackets after ``end`` ends, or ``end``.

    "05 (năm) mô hình", "12 (mười hai) tập thể": the noun comes after the brackets.
    """
    spelled = _SPELLED_OUT.match(folded, end)
    return end if spelled is None else spelled.end()
