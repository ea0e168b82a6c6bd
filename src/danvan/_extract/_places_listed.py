"""Places named alone in a list, by their names, with no kind before each.

"Các huyện … là Gia Viễn (86 mô hình), Nho Quan (39 mô hình)", "huyện Gia Viễn 86 mô
hình, Nho Quan 39 mô hình": each count is its place's.
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_words import SENTENCE_END
from danvan._extract._patterns import at_word_start
from danvan._extract._unit_kinds import UNIT_KIND, UNIT_KINDS

__all__ = ["SENTENCE_REACH", "name_as_subject", "name_before", "place_in_a_list"]

#: How far back a number's sentence is read.
SENTENCE_REACH = 300

# Places listed by name after the kind of all of them, or after the first named with its
# kind: "Các huyện có nhiều mô hình là Gia Viễn (86 mô hình), Nho Quan (39 mô hình)",
# "huyện Gia Viễn (có) 86 mô hình, Nho Quan (có) 39 mô hình".
_PLACES_LISTED = re.compile(
    rf"\b(?:cac|nhung|mot\sso|nhieu)\s(?:{UNIT_KIND}|dia\sphuong)\b[^.;\n]{{0,80}}?(?:\sla|\snhu|:)\s"
    # not the body of a unit: "Huyện đoàn 17 mô hình", "Huyện ủy …"
    rf"|{at_word_start(*UNIT_KINDS)}\s(?!(?:doan|uy)\b)[^,.;:()\n0-9]{{2,30}}\s(?:co\s)?\(?[0-9]"
)
_ITEM_OPENS = re.compile(r"(?:[,;:]|\sla|\snhu|\btrong\sdo)\s$")  # "…, trong đó Kim Sơn 186"


def place_in_a_list(source: CleanText, start: int) -> tuple[int, int] | None:
    """A place named alone right before a count (or its bracket), in a list of places."""
    named = name_before(source, start)
    if named is None:
        return None
    a, _ = named
    stops = source.spans_in(SENTENCE_END, max(0, start - SENTENCE_REACH), a)
    sentence = stops[-1][1] if stops else max(0, start - SENTENCE_REACH)
    return None if _PLACES_LISTED.search(source.folded, sentence, a) is None else named


def name_before(source: CleanText, start: int) -> tuple[int, int] | None:
    """A name alone (its words capitalised) that opens a list's item right before a count.

    "…, Nho Quan có 39 mô hình", "…, Hà Nam cũ 1.842" (the unit before the
    reorganisation, "cũ" kept), "… là Hà Nội với hơn 5.000 mô hình"; not a body's name
    ("…, Hội Nông dân 39 mô hình"), nor one of initials ("…; LĐLĐ 12 mô hình").
    """
    clean, folded = source.clean, source.folded
    end = start
    while end > 0 and clean[end - 1] in " (":  # not a copy of all the text before
        end -= 1
    linked = _LINKED.search(folded, max(0, end - 4), end)
    end = end if linked is None else linked.start()
    former = end
    end -= 3 if clean.endswith(" cũ", 0, end) else 0
    words = clean[max(0, end - 40) : end].split(" ")[-4:]
    kept = list(itertools.takewhile(_capitalised, reversed(words)))
    if not kept:
        return None
    a = end - len(" ".join(kept))
    if names_a_body(folded[a:end]) or _ITEM_OPENS.search(folded, max(0, a - 10), a) is None:
        return None
    return a, former


_LINKED = re.compile(r"\s(?:co|voi)$")  # "…, Nho Quan có 39", "… Hà Nội với hơn 5.000"


def name_as_subject(source: CleanText, start: int) -> tuple[int, int] | None:
    """A name alone that opens the count's clause as its subject: "Hoa Lư có 45 mô hình".

    Two to four words, each capitalised, that are no body ("Hội Nông dân") and none of
    the words reports capitalise that name no place ("Nhân dân", "Ban Chỉ đạo"), right
    before "có" or an act of the models and the count: "Năm 2025, Yên Mô đăng ký 80 …".
    """
    folded, clean = source.folded, source.clean
    act = _SUBJECT_ACTS.search(folded, max(0, start - _ACT_REACH), start)
    if act is None:
        return None
    end = act.start()
    end -= folded[end - 1 : end] == ":"  # a headline's "Yên Mô: Công nhận 146 mô hình"
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(folded, max(0, end - 40), end)]
    if not opens:
        return None
    a = opens[-1]
    words = clean[a:end].split(" ")
    if not 2 <= len(words) <= _MOST_NAME_WORDS or not all(map(_capitalised, words)):
        return None
    name = folded[a:end]
    whole = name.removeprefix("toan ").removeprefix("ca ")  # "Toàn Hội có 214 mô hình"
    if names_a_body(whole) or " ".join(name.split()[:2]) in _NO_PLACES:
        return None
    return a, end


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()  # "Hoa", "Lư"; not "UBND"


# What a subject does right before its count: "… có 45", "… đăng ký (thêm) 80", "… đã
# xây dựng được 12".
_SUBJECT_ACTS = re.compile(
    r"\s(?:(?:da|cung|deu|hien)\s)?(?:co|dang\sky|xay\sdung|cong\snhan|duy\stri)"
    r"(?:\s(?:duoc|them|moi|tong\sso))*\s(?:(?:tren|hon|gan|khoang)\s)?$"
)
_ACT_REACH = 40
# Where a clause opens: a sentence's start, a line's, past a period set apart by a comma
# ("Năm 2025, …") or a semicolon.
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?;:]\s+|\n\s*|\b(?:nam\s(?:19|20)[0-9]{2}|rieng),\s)(?=\S)", re.MULTILINE
)
_MOST_NAME_WORDS = 4
# The first two words of what reports capitalise that names no place.
_NO_PLACES = frozenset(
    (
        "nhan dan", "nha nuoc", "chinh phu", "trung uong", "quoc hoi", "to quoc",
        "phu nu", "nong dan", "thanh nien", "dong bao", "ba con", "chi bo", "dang bo",
        "ban chi", "ban thuong", "ban dan", "ban tuyen", "ban to", "cap uy", "bo chinh",
        "ban bi", "thu tuong", "chu tich", "bi thu", "thuong truc", "dang uy", "tinh uy",
        "huyen uy", "thanh uy", "uy ban", "hoi dong", "mat tran", "cong doan",
    )
)  # fmt: skip
