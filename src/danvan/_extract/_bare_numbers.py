"""Numbers with no noun after them that are kept with a note, and why.

"Năm 2024: đăng ký 980, công nhận 912": models, most likely, but the text does not say;
a draft says where such a number is, with what the words before it say of it, rather
than lose it or guess what it counts.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_candidates import Unread
from danvan._extract._figure_changes import change_before
from danvan._extract._figure_persons import extreme_words
from danvan._extract._figure_words import TIER, VERBS
from danvan._extract._respectively import run_at

__all__ = ["bare_after_a_verb"]

# A measure's verb right before a number that names no noun: "năm 2024: đăng ký 980, công
# nhận 912", "hiện duy trì 1.245, trong đó …"; or the value a count went to: "… tăng lên 45",
# "nâng tổng số mô hình cấp huyện lên 412".
_MEASURES_VERBS = "|".join(phrase.replace(" ", r"\s") for phrase, _ in VERBS)
_VERB_BEFORE = re.compile(
    rf"(?:^|[\s,;:])(?P<verb>{_MEASURES_VERBS}|tang\slen|giam\sxuong(?:\scon)?|len)"
    r"(?:\sduoc)?\s?:?\s$"  # "… được công nhận: 1.318 (…)", "vận động được 45"
)
_NO_NOUN_AFTER = re.compile(r"\s?(?:[,;.()\n]|\sva\s|$)")
# …or after the words that open a list of parts: "(trong đó 320 mới)".
_AMONG = re.compile(r"(?:^|[\s,(])(?P<verb>trong\sdo(?:\sco)?),?\s$")
# …or right after one, done to what it counts, or not: "…; 1.098 được công nhận", "45 được
# đánh giá", "…; 84 chưa đạt".
_VERB_AFTER = re.compile(
    rf"\s(?:(?:da|duoc)\s)*(?P<verb>(?:(?:chua|khong)\s(?:duoc\s)?)?"
    rf"(?:{_MEASURES_VERBS}|danh\sgia|dat))\b"
)


def bare_after_a_verb(source: CleanText, match: re.Match[str], unread: list[Unread]) -> None:
    """Keep a number a measure's verb is said of with no noun, which no figure holds.

    "Năm 2024: đăng ký 980, công nhận 912", "…; 1.098 được công nhận": models, most
    likely, but the text does not say; a draft says where it is, rather than lose it. So
    is a number labelled by a level that is none of the recognition levels: "…, cấp thôn
    là 432", and any ratio of no noun: "… (62/62) …".
    """
    folded, start = source.folded, match.start()
    if match["percent"]:
        return
    why = None
    if (changed := _CHANGE_OF.search(folded, max(0, start - 60), start)) is not None:
        said = _said(source, changed, "label")  # "số xã giảm từ 143 xuống còn 129"
        why = f"a count of '{said}' in a change, which no vocabulary names: add it by hand"
    elif (verb := _VERB_AFTER.match(folded, match.end())) is not None:  # "…, 1.098 được …"
        said = _said(source, verb)
        why = f"a number before '{said}' with no noun: add it by hand with what it counts"
    elif (among := _AMONG.search(folded, max(0, start - 16), start)) is not None:
        said = _said(source, among)  # "(trong đó 320 mới)"
        why = f"a number after '{said}' with no noun: add it by hand with what it counts"
    elif _NO_NOUN_AFTER.match(folded, match.end()):
        why = _why_bare(source, start)
    if why is None and match["out_of"] is not None:  # "… (62/62) …": of what, not said
        why = "a ratio with no noun: add it by hand with what it counts"
    if why is not None:
        unread.append((*source.span(start, match.end()), why))


def _said(source: CleanText, found: re.Match[str], group: str = "verb") -> str:
    """The words of ``group`` of a match in the folded text, as the text writes them."""
    return source.clean[found.start(group) : found.end(group)]


def _why_bare(source: CleanText, start: int) -> str | None:
    """Why a bare number at ``start``, with no noun after it, is kept with a note, if it is."""
    folded = source.folded
    verb = _VERB_BEFORE.search(folded, max(0, start - 24), start)
    if (most := extreme_words(source, start)) is not None:  # "… nhiều mô hình nhất là 42"
        return f"the most or the fewest of one ('{source.clean[slice(*most)]}'), not a total"
    if verb is not None:
        said = source.clean[verb.start("verb") : verb.end("verb")]
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    if (summed := _SUM_BARE.search(folded, max(0, start - 16), start)) is not None:
        said = _said(source, summed, "label")  # "Tổng số: 245; Cấp tỉnh: 12; …"
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    if (changed := change_before(source, start)) is not None:  # "…: năm 2024 tăng 16, …"
        said = source.clean[changed[1] : changed[2]]  # a change of no noun; not "tặng"
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    if (level := _OTHER_LEVEL.search(folded, max(0, start - 30), start)) is not None:
        said = source.clean[level.start("level") : level.end("level")]  # "…, cấp thôn là 432"
        return f"a count of a level no vocabulary names ('{said}'): add it by hand"
    if (label := _NAMED_ITEM.search(folded, max(0, start - 40), start)) is not None:
        opener = _OPENER.match(folded, label.start("label"))  # "trong đó mô hình mới 312"
        a = opener.end() if opener is not None else label.start("label")
        said = source.clean[a : label.end("label")]  # "(…, Dân quân 10)", "…, mô hình mới 312"
        opened = folded.rfind("(", max(0, start - 240), start)  # "(nông thôn 824, đô thị 602)"
        labelled = label.group().rstrip().endswith(":") or opened > folded.rfind(")", 0, start)
        labelled = labelled or _A_LIST_OPENED.search(folded, max(0, start - 240), start) is not None
        if said[:1].isupper() or labelled or folded.startswith(("mo hinh ", "dien hinh "), a):
            return f"a count of a list's item no vocabulary names ('{said}'): add it by hand"
    if (plan := _PLAN_OR_RESULT.search(folded, max(0, start - 20), start)) is not None:
        said = source.clean[plan.start("label") : plan.end("label")]  # "kế hoạch 1.200, thực
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    if (run := run_at(folded, start)) is not None:  # "…; ở miền núi lần lượt là 48 và 11"
        said = source.clean[slice(*run.marker)].strip(" :")  # each of them, not the first
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    if (subject := _A_SUBJECT_UNKNOWN.search(folded, max(0, start - 80), start)) is not None:
        said = source.clean[subject.start("label") : subject.end("label")]  # "Số hồ sơ …: 51"
        return f"a count of '{said}', which no vocabulary names: add it by hand"
    if (linked := _LINKED.search(folded, max(0, start - 120), start)) is not None:
        group = "label" if linked["label"] else "year"  # "…; cuối năm có 1.318"
        said = source.clean[linked.start(group) : linked.end(group)]
        return f"a number after '{said}' with no noun: add it by hand with what it counts"
    return None


# A sum's words right before a bare number: "Tổng số: 245", "Tổng cộng 1.318".
_SUM_BARE = re.compile(r"(?:^|[\s,;:(.])(?P<label>tong(?:\s(?:so|cong))?)\s?:?\s$")
# What a change's bare values count, named after "số": "số xã giảm từ 143 xuống còn 129".
_CHANGE_OF = re.compile(
    r"\bso\s(?P<label>[a-z]+(?:\s[a-z]+){0,3}?)\s(?:tang|giam)\s(?:tu\s)?"
    r"(?:[0-9][0-9.,]*\s(?:len|xuong)(?:\scon)?\s)?$"
)
# The words that open a list, before its first item's label: "trong đó (có) ".
_OPENER = re.compile(r"trong\sdo,?\s(?:co\s)?")
# The label of a list's item right before its bare number: "(…, Dân quân 10)", "(…, các
# xã, phường 840)".
_NAMED_ITEM = re.compile(r"[,;(]\s?(?P<label>(?:cac\s[a-z ]{1,20},\s)?[a-z][a-z -]{1,40}?)\s?:?\s$")
# The words that open a list, in the sentence of its item: "…, trong đó cấp học mầm non 142,
# tiểu học 168, …".
_A_LIST_OPENED = re.compile(r"\b(?:trong\sdo|gom)\b(?:[^.\n]|\.(?=[0-9]))*$")
# An item's words and the word that links them to a bare number after a count before:
# "Đầu năm có 1.240 mô hình; cuối năm có 1.318".
_LINKED = re.compile(  # …"…, trong khi năm 2024 chỉ có 386"; or a year's, in brackets: "… năm
    r"[0-9][^.;\n]*[,;]\s(?P<label>(?:[^,;:.()\n0-9]|\b(?:19|20)[0-9]{2}\b){2,40}?"  # 2024 (386)"
    r"\s(?:co|la|dat|con))\s$|\b(?P<year>nam\s(?:19|20)[0-9]{2})\s?\(\s?$"
)
# A plan's number or its result's, after their words: "Số mô hình đăng ký: kế hoạch 1.200,
# thực hiện 1.245".
_PLAN_OR_RESULT = re.compile(
    r"(?:^|[\s,;:(])(?P<label>ke\shoach|chi\stieu|thuc\shien|ket\squa)\s?:?\s$"
)
# A line's subject that counts what no noun names: "Số hồ sơ được công nhận là 51".
_A_SUBJECT_UNKNOWN = re.compile(
    r"(?:^|[\s,;:(])(?P<label>(?:tong\s)?so\s(?:luong\s)?[a-z]+(?:\s[a-z]+){0,10}?)"
    r"(?:\s?:|\sla)\s?$"
)
# The label of a level that is none of the recognition levels: "cấp thôn là 432".
_OTHER_LEVEL = re.compile(
    rf"(?:^|[,;:(\n]\s?)(?P<level>cap\s(?!{TIER}\b)[a-z]+(?:\s[a-z]+)?)(?:\s?:|\s(?:la|co))\s?$"
)
