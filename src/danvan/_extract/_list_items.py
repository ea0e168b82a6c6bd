"""The words of a list's item before its number: its label, for the cell it names.

"(tập thể 165, cá nhân 122)", "(cấp tỉnh: 12; cấp huyện: 58)", "Hội Nông dân có 215 mô
hình", "văn hóa - xã hội (67 mô hình)".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from danvan._counts import Count
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_verbs import Verb, proposed_act, verb_in
from danvan._extract._figure_words import BATCH, CELL_LABEL, LABEL_LINK, VERB_WORDS
from danvan._extract._lists import BULLET
from danvan._extract._noun_words import PEOPLE_WORDS, PLACE_WORDS

__all__ = [
    "LABEL_COLON",
    "LINES_UNDER",
    "among_a_total",
    "item_words",
    "label_end",
    "line_label",
    "list_heads",
    "the_rest",
    "verb_of_the_list_head",
]

# What follows "(" in a unit's name of before or after the July 2025 merger, no item's
# bracket: "khối các huyện, thị, thành phố (cũ) có 1.802 mô hình".
_FORMER = r"(?:cu|moi)\)"
_FORMER_END = re.compile(rf"\s?\({_FORMER}\s?$")
# Where an item starts, how far back its words are read, a label's colon ("cấp tỉnh: 12").
_ITEM_START = re.compile(
    rf"[,;:\n]|\((?!{_FORMER})|[.!?]\s|\btrong\sdo(?:\sco)?\b|\bgom(?:\sco)?\b|\bva\b"
)
# The acts of appraising that come before a recognition.
_APPRAISING = r"(?:tham\sdinh|xet\sduyet|xet\schon|binh\schon|binh\sxet|lua\schon|danh\sgia)"
# Two acts of one subject, no item between them: "Công an tỉnh đã xây dựng, duy trì 128 …",
# "Cấp tỉnh đã thẩm định, công nhận 24 mô hình", "Hội … đăng ký và thực hiện 296 mô hình".
_VERBS_JOINED = re.compile(
    rf"\b(?:{VERB_WORDS}|{_APPRAISING})(?P<join>,|\sva)\s(?:{VERB_WORDS}|thuc\shien)\b"
)
# Two kinds of people named as one, no item between them: "cán bộ, công chức 3 người".
_PEOPLE_JOINED = re.compile(rf"\b(?:{PEOPLE_WORDS})(?P<join>,)\s(?=(?:{PEOPLE_WORDS})\b)")
# …and two kinds of units: "khối xã, phường 33", "khối cơ quan, đơn vị 18", "Cấp ủy, tổ
# chức đảng: 412", "sở, ban, ngành 63" (departments: "sở" is no unit's word alone).
_UNITS_JOINED = re.compile(
    rf"\b(?:{PLACE_WORDS}|cap\suy|so(?=,\sban\b))(?P<join>,)\s"
    rf"(?=(?:cac\s)?(?:{PLACE_WORDS}|to\schuc\sdang|nganh)\b)"
)
_BATCH_LABEL = re.compile(  # "đợt 1: 48", "(đợt 1 công nhận 118, …)"
    rf"(?:^|[\s,;:(])({BATCH})(?:\s(?:da\s)?(?:{VERB_WORDS}))?\s?$"
)
# Another number ends an item, but not a name's own: "Cụm thi đua số 3 có 412 mô hình".
_ITEM_END = re.compile(
    rf"[,.;:\n]|\((?!{_FORMER})|(?<!\(cu)(?<!\(moi)\)|(?<!\bso\s)(?<![0-9])[0-9]"
)
#: A label's colon before its number, maybe with a linking word: "Cấp xã: (có) 58".
LABEL_COLON = re.compile(rf"\s?:\s?(?:{LABEL_LINK}\s)?$")
# A bracket the number opens: "kinh tế (chiếm 45%)", "… còn ít (chỉ 14 mô hình)".
_OPEN_BRACKET = re.compile(r"\s?\(\s?(?:(?:chiem|dat|bang|chi(?:\sco)?)\s)?$")
# An aside in brackets between a label and its number; not the unit's "(cũ)", "(mới)".
_ASIDE_BEFORE = re.compile(rf"\s?\((?!{_FORMER})[^()\n]{{1,40}}\)\s?$")
_ASIDE_BEFORE_A_COLON = re.compile(rf"\s?\((?!{_FORMER})[^()\n:;]{{1,80}}\)$")
# The word that links an item's words to its number: "Hội Nông dân (hiện) có 215 mô hình".
_LINKING = re.compile(
    r"(?:\shien(?:\snay)?)?\s(?:co|chiem|(?<!\slap\s)dat|la|voi|gom)$"  # not "lắp đặt"
)
# The change a cell's label goes on with, no part of it: "…, cấp huyện tăng 12".
_CHANGED = re.compile(r"\s(?:tang|giam)(?:\sthem)?$")


def item_words(folded: str, start: int, reach: int = 60) -> tuple[int, int] | None:
    """The words before a number in its item of a list, a label's colon left out.

    "(tập thể 165, cá nhân 122)", "(cấp tỉnh: 12; cấp huyện: 58)", and the words before a
    bracket the number opens: "văn hóa - xã hội (67 mô hình)". Only words: none when the
    item holds another number or runs longer than ``reach``.
    """
    end = start
    colon = LABEL_COLON.search(folded, max(0, start - 12), start)
    bracket = _OPEN_BRACKET.search(folded, max(0, start - 10), start)
    aside = _ASIDE_BEFORE.search(folded, max(0, start - 44), start)
    if colon is not None:  # past an aside before it: "+ Cấp huyện (Ban CHQS, nay là …): 14"
        end = colon.start()
        aside = _ASIDE_BEFORE_A_COLON.search(folded, max(0, end - 84), end)
        end = end if aside is None else aside.start()
    elif bracket is not None:  # "văn hóa - xã hội (67 mô hình)": the words before it
        end = bracket.start()
    elif aside is not None:  # "loại xuất sắc (từ 90 điểm trở lên) 18 mô hình"
        end = aside.start()
    batch = _BATCH_LABEL.search(folded, max(0, end - 30), end)
    if batch is not None:  # "trong đó, đợt 1: 48, đợt 2: 57": the batch names the cell
        return batch.span(1)
    last = folded[end - 2 : end].rstrip()[-1:]
    former = _FORMER_END.search(folded, max(0, end - 7), end)  # "cấp huyện (cũ) 538"
    if not (last.isalpha() or former):  # ", 3 tập thể": no words before it, as in most lists
        return None
    a = max(0, end - reach)
    joins = [
        j.span("join")
        for joined in (_VERBS_JOINED, _PEOPLE_JOINED, _UNITS_JOINED)
        for j in joined.finditer(folded, max(a, end - 40), end)
    ]
    for opening in _ITEM_START.finditer(folded, a, end):
        if not any(x <= opening.start() < y for x, y in joins):  # "… xây dựng, duy trì 128"
            a = opening.end()
    words = folded[a:end]
    b = a + len(words.rstrip(" ,"))
    a += len(words) - len(words.lstrip(" ,"))
    bullet = BULLET.match(folded, a, b)
    if bullet is not None:
        a = bullet.end()
    linking = _LINKING.search(folded, a, b)  # "văn hóa - xã hội chiếm 28,1%"
    if linking is not None:
        b = linking.start()
    changed = _CHANGED.search(folded, a, b)  # "…, cấp huyện tăng 12": the level's change
    if changed is not None and CELL_LABEL.fullmatch(folded, a, changed.start()):
        b = changed.start()
    ends = (m.start() for m in _ITEM_END.finditer(folded, a, b))
    if a >= b or any(not any(x <= e < y for x, y in joins) for e in ends):
        return None
    return a, b


def label_end(folded: str, a: int, b: int) -> int:
    """Where the label ``folded[a:b]`` ends, before a unit's "(cũ)": "cấp huyện (cũ)"."""
    former = _FORMER_END.search(folded, a, b)
    return b if former is None else former.start()


#: How many marked lines a heading reaches over.
LINES_UNDER = 12


def list_heads(folded: str, sentence: int, start: int) -> list[tuple[int, int]]:
    """The words that may open the list of the number at ``start``, nearest first.

    The sentence's words before its last colon or "gồm" ("Kết quả thẩm định, công nhận:
    cấp huyện 38 mô hình; …"), then the line ending with a colon that the number's marked
    line is listed under: "Kết quả đăng ký mô hình năm 2025:" over "- Khối Đảng: 18 mô
    hình;" and "- Khối chính quyền: 42 mô hình." (the colon left out).
    """
    heads = []
    colon = max(folded.rfind(":", sentence, start), folded.rfind(" gom ", sentence, start))
    if colon >= 0:
        heads.append((sentence, colon))
    line = folded.rfind("\n", 0, start) + 1
    for _ in range(LINES_UNDER):
        if line == 0 or BULLET.match(folded, line) is None:
            break
        above = folded.rfind("\n", 0, line - 1) + 1
        heading = folded[above : line - 1].rstrip()
        if heading.endswith(":") and BULLET.match(folded, above) is None:
            heads.append((above, above + len(heading) - 1))
            break
        line = above
    return heads


def verb_of_the_list_head(
    source: CleanText, sentence: Callable[[], tuple[int, int]], start: int
) -> Verb | None:
    """The last verb before the colon (or "gồm") that opens the list of the number at ``start``.

    ``sentence`` gives the span of the number's sentence, read only when a colon is near.
    """
    folded = source.folded
    if max(folded.rfind(h, max(0, start - 600), start) for h in (":", " gom ")) < 0:
        return None  # no colon near: no sentence to read
    for a, b in list_heads(folded, sentence()[0], start):  # or the line over its own
        verb = verb_in(folded[a:b], a, source, last=True)
        if verb is not None:
            return proposed_act(source, a, b, verb)
    return None


def among_a_total(mention: FigureMention) -> bool:
    """Whether a count is among a total, its words before it its cell's own."""
    among = mention.part_of is not None or mention.subset_of is not None
    return among and isinstance(mention.value, Count) and mention.out_of is None


# The rest of a total, a cell of its list: "trong đó lĩnh vực kinh tế 845 mô hình, các lĩnh
# vực khác 281 mô hình", "…, còn lại 36 mô hình".
_THE_REST = re.compile(
    r"(?:(?:cac\s)?(?:linh\svuc|nhom|loai(?:\shinh)?|mo\shinh|dien\shinh)\s)?(?:khac|con\slai)"
)


def the_rest(folded: str, mention: FigureMention) -> bool:
    """Whether the folded words of a count's item name the rest of the total it is among."""
    return among_a_total(mention) and _THE_REST.fullmatch(folded) is not None


# A line's label, past its bullet or number and before its colon: "- Chi bộ ấp: đăng ký …".
_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-+•*–]|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}[.)]|[a-z]\))[ \t]+"
    r"(?P<label>[^:\n0-9]{2,60}?)\s?:"
)


def line_label(folded: str, at: int) -> str | None:
    """The folded label of the line the offset ``at`` stands on, before ``at``, if any."""
    start = folded.rfind("\n", 0, at) + 1
    label = _LINE_LABEL.match(folded, start, at)
    return None if label is None else label["label"]
