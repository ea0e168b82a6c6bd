"""The noun of a value written without one, taken from the words or the counts around it.

"Số mô hình cấp huyện, cấp tỉnh lần lượt tăng 12, 5": what the clause's "số" counts; "…
trong đó năm 2021 có 712, năm 2022 có 864 và năm 2025 có 1.206 mô hình": what a later
year's item counts; "86 mô hình (năm 2024: 72)": what the count before counts.
"""

from __future__ import annotations

import functools
import re

from danvan._extract._figure_nouns import KNOWN_NOUNS, NOUN_OF, noun_after
from danvan._extract._figure_words import (
    MODEL_UNITS,
    THIS_NUMBER_IN,
    TIER,
    VERB_WORDS,
    VERBS,
    stop_or,
)
from danvan._extract._list_items import item_words, list_heads
from danvan._extract._lists import BULLET
from danvan._extract._noun_words import NOUNS
from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = [
    "YEAR_LABEL",
    "counted_before",
    "counted_in_a_change",
    "counted_in_a_share",
    "noun_of_its_label",
    "noun_of_the_count_before",
    "noun_of_the_years_after",
    "year_labelled",
]


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
_CLAUSE = stop_or(r";:\n")  # not the dot of "1.102"
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


_TAKES_A_SHARE = re.compile(r"\bchiem(?:\sty\sle)?\s$")


def counted_in_a_share(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a share counts, named after "số" in its clause: "số mô hình … chiếm 86%"."""
    if _TAKES_A_SHARE.search(folded, max(0, start - 14), start) is None:
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
# An act right before a bare value, and the next act's value in its list: "đăng ký 45,
# công nhận 38 mô hình".
_ACTED = re.compile(rf"\b(?:{VERB_WORDS})\s(?:duoc\s)?$")
_NEXT_ACT = re.compile(
    rf"(?:,|;|\sva|,\sva)\s(?:da\s)?(?:{VERB_WORDS})\s(?:duoc\s)?"
    r"(?P<number>[0-9][0-9.,]*?)(?=[\s,;]|\.?$|\.\s)"
)
_ACTS_REACH = 4


def noun_of_the_years_after(
    folded: str, start: int, end: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of a year's item takes from a later year's in its list.

    "… trong đó năm 2021 có 712, năm 2022 có 864 và năm 2025 có 1.206 mô hình": each
    counts models; so does a value of an act before another's: "đăng ký 45, công nhận 38
    mô hình". ``start:end`` is the value's span; with the noun, its span.
    """
    if year_labelled(folded, start):
        after, reach = _NEXT_YEAR, _YEARS_REACH
    elif _ACTED.search(folded, max(0, start - 24), start):
        after, reach = _NEXT_ACT, _ACTS_REACH
    else:
        return None
    at = end
    for _ in range(reach):
        item = after.match(folded, at)
        if item is None:
            break
        at = item.end("number")
        noun_end, unit, kind, holder = noun_after(folded, at)
        if unit is not None:
            return (at + 1, noun_end), unit, kind, holder
    return _noun_of_the_lead_in(folded, start) or _noun_of_the_same_act(folded, start)


def _noun_of_the_lead_in(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun of the last count of the line a bulleted list of bare values is under.

    "Trong 5 năm, toàn huyện có 726 lượt mô hình, điển hình đăng ký xây dựng; kết quả cụ
    thể qua các năm như sau:" over "- Năm 2021: đăng ký 132, công nhận 118;": models and
    exemplars.
    """
    line = folded.rfind("\n", 0, start) + 1
    if line == 0 or BULLET.match(folded, line) is None:
        return None
    heads = [(a, b) for a, b in list_heads(folded, line, start) if b < line]
    counts = list(_COUNTED.finditer(folded, *heads[0])) if heads else []
    if not counts:
        return None
    _, unit, kind, holder = NOUN_OF[counts[-1]["noun"]]
    return counts[-1].span("noun"), unit, kind, holder


# A count with its head noun, maybe in occurrences: "726 lượt mô hình, điển hình".
_COUNTED = re.compile(rf"(?<![0-9.,])[0-9][0-9.,]*\s(?:luot\s)?(?P<noun>{KNOWN_NOUNS})\b")


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
# A count with its head noun, the noun a bare value after it may take.
_A_COUNT = r"(?<![0-9.,])[0-9][0-9.,]*(?P<noun>\s(?:" + KNOWN_NOUNS + r"))\b"
# A count, then a bare value of one year of it: "… có 5.826 mô hình, điển hình được các cấp
# công nhận; riêng năm 2025 là 1.148", "…, trong đó năm 2025 có 1.148".
_ONE_YEAR_OF_IT = re.compile(
    rf"{_A_COUNT}[^.;\n()0-9]{{0,80}}?[;,]\s(?:trong\sdo,?\s)?(?:rieng\s)?(?:trong\s)?"
    r"nam\s(?:19|20)[0-9]{2}\s?(?:la|co|dat|:)\s?$"
)
_ANOTHER_ACT = re.compile(
    rf"{_A_COUNT},?\s(?:(?:da|va|trong\sdo)\s)*"
    r"(?:(?:duoc\s)?(?:cong\snhan|xay\sdung|trien\skhai|bieu\sduong|nhan\srong)|dang\sky)\s$"
)


# A count and its act, then a bare value and its own act: "1.245 mô hình đăng ký, 1.098
# được công nhận, 86 được nhân rộng" (after the value: see _ITS_OWN_ACT).
_ACTS_IN_TURN = re.compile(
    rf"{_A_COUNT}(?:\s(?:(?:da|duoc)\s)*(?:{VERB_WORDS})"
    rf"(?:,\s[0-9][0-9.,]*\s(?:(?:da|duoc)\s)*(?:{VERB_WORDS}))*)?,\s$"
)
_ITS_OWN_ACT = re.compile(rf"\s(?:(?:da|duoc)\s)*(?:{VERB_WORDS})\b")
# A count and its grade, then bare values each with its own: "18 mô hình hoạt động tốt, 4
# khá, 2 trung bình" (after the value: see _ITS_OWN_GRADE).
_GRADE_WORD = r"(?:xuat\ssac|tot|kha|trung\sbinh|yeu|kem)"
_GRADES_IN_TURN = re.compile(
    rf"{_A_COUNT}[^.;\n()0-9]{{0,40}}?\s{_GRADE_WORD}"
    rf"(?:,\s[0-9][0-9.,]*\s{_GRADE_WORD})*(?:,|\sva|,\sva)\s$"
)
_ITS_OWN_GRADE = re.compile(rf"\s{_GRADE_WORD}\b")
# A count, then the bare total it raises: "công nhận 86 mô hình, nâng tổng số lên 412".
_RAISED_TO = re.compile(rf"{_A_COUNT}[^.;\n()0-9]{{0,40}}?,\snang\s(?:tong\s)?so\slen\s$")
# A count, then a bare value among it: "1.245 mô hình (trong đó 320 mới)", "… công nhận
# 38 mô hình (trong đó công nhận mới 24, công nhận lại 14)".
_ANEW = r"(?:(?:cong|xac)\snhan|dang\sky)\s(?:moi|lai|lan\sdau)\s"
_AMONG_IT = re.compile(
    rf"{_A_COUNT}[^.;\n()0-9]{{0,60}}?(?:,\s?|\s?\(\s?)trong\sdo(?:\sco)?,?\s"
    rf"(?:{_ANEW}[0-9][0-9.,]*(?:,|\sva|,\sva)\s)*(?:{_ANEW})?$"
)
# A subject's count, then another subject of the same noun, left unsaid, and its act:
# "Số mô hình đăng ký năm 2025 là 412; số đã được công nhận: 386"; not after a subject of
# a level, which the second may not be of ("Số mô hình đề nghị cấp tỉnh công nhận là 124,
# số được công nhận là 96").
_THE_SUBJECT_AGAIN = re.compile(
    r"\bso(?P<noun>\s(?:mo\shinh|dien\shinh))(?:(?!cap\s)[^.;\n0-9]|\b(?:19|20)[0-9]{2}\b){0,80}?"
    r"(?:\sla|\s?:)\s?[0-9][0-9.,]*[,;]\s(?:con\s)?so\s(?:(?:da\s)?duoc\s)?"
    rf"(?:{VERB_WORDS})[^.;\n0-9]{{0,30}}?(?:\sla|\s?:)\s?$"
)
# A count with its noun, then cells of it in turn, each after its label, their values
# bare: "cấp tỉnh công nhận 96 mô hình; cấp huyện công nhận 512; cấp xã 1.015", "Hội Nông
# dân xây dựng 95 mô hình, Hội Phụ nữ 80". Not a label that opens with a noun of its
# own: "…; số hộ tham gia 512", "…; hộ gia đình 512".
# Nor the parts of a total ("…, trong đó cấp thôn là 410"), whose labels say their cells.
_NO_PARTS = r"(?!trong\sdo|gom\b|bao\sgom|cu\sthe|trong\sso)"
_LABEL = (
    r"(?!(?:tong\s)?so\b|(?:" + KNOWN_NOUNS + r")\b)"
    rf"(?:{_NO_PARTS}[^.;:\n0-9()“”\"]){{1,40}}?"
)
_SHARE = r"(?:\s?\((?:chiem\s|dat\s)?[0-9]{1,3}(?:,[0-9]{1,2})?\s?%\))?"  # "… (32,5%)"
_IN_TURN_LABEL = rf"(?:{_LABEL}\s|{YEAR_LABEL})"  # …or a year's: "; năm 2023: 298"
_CELLS_IN_TURN = re.compile(
    rf"{_A_COUNT}{_SHARE}(?:{_NO_PARTS}[^.;:\n0-9()]){{0,40}}?"
    rf"(?:[;,]\s{_IN_TURN_LABEL}[0-9][0-9.,]*{_SHARE})*[;,]\s{_IN_TURN_LABEL}$"
)
# A list's opening that names what its items count, the items' values bare after their
# labels: "Trong các mô hình được công nhận: lĩnh vực kinh tế 11, văn hóa - xã hội 9, …".
_ITEM = r"[^.;:\n0-9()]{1,40}\s[0-9][0-9.,]*(?:\s?\([^()\n]{0,20}\))?[,;]\s"
_OPENING_NAMES_IT = re.compile(
    r"(?:^|[.;\n]\s?)(?:[-+•]\s)?trong\s(?:(?:tong\s)?so\s)?(?:cac|nhung)"
    rf"(?P<noun>\s(?:{KNOWN_NOUNS}))\b[^.;:\n0-9]{{0,60}}?:\s(?:{_ITEM})*[^.;:\n0-9()]{{1,40}}\s$"
)
# Each pattern of the words before a bare value, how far back they may start, and what
# must follow the value, if anything.
_BEFORE_A_BARE_VALUE: tuple[tuple[re.Pattern[str], int, re.Pattern[str] | None], ...] = (
    (_YEAR_IN_BRACKETS, 240, None),
    (_THIS_NUMBER, 150, None),
    (_ANOTHER_ACT, 60, None),
    (_ITS_PERIODS_PART, 150, None),
    (_ONE_YEAR_OF_IT, 150, None),
    (_ACTS_IN_TURN, 150, _ITS_OWN_ACT),
    (_GRADES_IN_TURN, 150, _ITS_OWN_GRADE),
    (_AMONG_IT, 120, None),
    (_RAISED_TO, 150, None),
    (_THE_SUBJECT_AGAIN, 200, None),
    (_CELLS_IN_TURN, 200, None),
    (_OPENING_NAMES_IT, 300, None),
)


def noun_of_the_count_before(
    folded: str, start: int, end: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of another year or act takes from the count before.

    "Năm 2025 có 86 mô hình (năm 2024: 72) được công nhận": the 72 are models too, and so
    are the 2.840 of "… có 2.540 mô hình được công nhận; năm 2025, con số này là 2.840",
    the 378 of "đăng ký 412 mô hình, đã công nhận 378", the 1.098 of "1.245 mô hình
    đăng ký, 1.098 được công nhận", the 320 of "1.245 mô hình (trong đó 320 mới)" and the
    412 of "công nhận 86 mô hình, nâng tổng số lên 412".
    ``start:end`` is the value's span.
    """
    found = next(
        (
            match
            for before, reach, after in _BEFORE_A_BARE_VALUE
            if (after is None or after.match(folded, end))
            and (match := before.search(folded, max(0, start - reach), start)) is not None
        ),
        None,
    )
    if found is None:
        return None
    noun_end, unit, kind, holder = noun_after(folded, found.start("noun"))
    return None if unit is None else ((found.start("noun") + 1, noun_end), unit, kind, holder)


# A year's item of bare values after their acts: "- Năm 2021: đăng ký 280, công nhận 251",
# "…; năm 2024 đăng ký 312, công nhận 286", "…. Riêng năm 2025: đăng ký 1.198, …" (up to
# the act before the value).
_A_YEARS_ACTS = re.compile(
    rf"(?:^|[\n;]\s?|[.]\s)(?:[-+•]\s)?(?:(?:rieng|trong)\s)?(?:nam\s)?(?:19|20)[0-9]{{2}}\s?[:,]?\s"
    rf"(?:(?:da\s)?(?:{VERB_WORDS})\s(?:duoc\s)?[0-9][0-9.,]*,\s)*"
    rf"(?:da\s)?(?P<act>{VERB_WORDS})\s(?:duoc\s)?$"
)
_MEASURE_OF = dict(VERBS)
_ACT_REACH, _ITEM_REACH = 1500, 120


def _noun_of_the_same_act(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value of a year's item takes from the last count of its act before.

    "… đã đăng ký xây dựng 4.812 mô hình, điển hình; … đã công nhận 4.367 mô hình, điển
    hình …" then "- Năm 2020: đăng ký 802, công nhận 701": each year's values count models
    and exemplars, as the counts of their acts over the years do.
    """
    item = _A_YEARS_ACTS.search(folded, max(0, start - _ITEM_REACH), start)
    if item is None:
        return None
    counts = _counted_by(_MEASURE_OF[item["act"]])
    found = list(counts.finditer(folded, max(0, item.start() - _ACT_REACH), item.start()))
    if not found:
        return None
    last = found[-1]
    _, unit, kind, holder = NOUN_OF[last["noun"]]
    return last.span("noun"), unit, kind, holder


@functools.cache
def _counted_by(measure: str) -> re.Pattern[str]:
    """A count with its noun after a verb of ``measure``: "đã công nhận 4.367 mô hình"."""
    acts = "|".join(w.replace(" ", r"\s") for w, m in VERBS if m == measure)
    return re.compile(
        rf"\b(?:{acts})(?:\s(?:duoc|moi|them|xay\sdung))*\s[0-9][0-9.,]*"
        rf"\s(?:luot\s)?(?P<noun>{KNOWN_NOUNS})\b"
    )


# A list item's label that is a kind of model and its level: "…, trong đó mô hình cấp tỉnh
# 45, điển hình cấp tỉnh 28".
_OF_A_LEVEL = re.compile(rf"(?P<noun>mo\shinh|dien\shinh)\scap\s{TIER}")


def noun_of_its_label(
    folded: str, start: int
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun of a bare value's item labelled by a kind of model, alone or with its level.

    "(mô hình 1.102, điển hình 832)"; "…, trong đó mô hình cấp tỉnh 45, điển hình cấp tỉnh
    28": the 45 are models, the 28 exemplars, whatever the count before them counts.
    """
    item = item_words(folded, start)
    if item is None:
        return None
    said = folded[slice(*item)]
    level = not folded[item[1] : start].strip() and _OF_A_LEVEL.fullmatch(said)
    label = next((n for n in NOUNS if said == n[0] or (level and level["noun"] == n[0])), None)
    if label is None or label[1] not in MODEL_UNITS:
        return None
    return (item[0], item[0] + len(label[0])), label[1], label[2], label[3]
