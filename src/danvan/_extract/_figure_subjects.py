"""The subject a line names before its numbers: "Số mô hình được công nhận cấp tỉnh là 64".

A line's subject says what a bare value counts and its cell; the items of a list after it
("…; cấp huyện là 156") take its noun, and a value said with its noun again ("… năm 2025
là 78 mô hình") or after a change in brackets ("… (từ 412 lên 586 mô hình)") is of it.
"""

from __future__ import annotations

import re

from danvan._extract._body_names import names_a_body, whose
from danvan._extract._figure_changes import changes_the_one_before
from danvan._extract._figure_levels import level_of_a_subject
from danvan._extract._figure_nouns import NOUN_OF, Subject, subject_before
from danvan._extract._figure_words import CELL_LABEL, FROM_THEN, SENTENCE_END
from danvan._extract._list_items import item_words, label_end
from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = ["cell_label", "subject_of_the_change", "subject_of_the_list", "subject_said_again"]

# The value after a change, in brackets after the subject it is of: "Số mô hình được
# công nhận tăng mạnh (từ 412 lên 586 mô hình)".
_FROM_THEN = re.compile(rf"{FROM_THEN}\s$")
# An item labelled by its period, its subject left to the count before: "…, trong đó năm
# 2025 là 58".
_PERIOD_ITEM = re.compile(
    r"[,;]\s(?:trong\sdo\s|rieng\s)?(?:nam\s(?:19|20)[0-9]{2}|quy\s[ivx]+(?:/(?:19|20)[0-9]{2})?)"
    r"\s?(?:la|:)\s?$"
)
# The first item of a list of periods after its subject's colon: "Số mô hình qua các
# năm: năm 2021 là 980, …".
_FIRST_PERIOD_ITEM = re.compile(
    r":\s?(?:nam\s(?:19|20)[0-9]{2}|quy\s[ivx]+(?:/(?:19|20)[0-9]{2})?)\s?(?:la|co|dat|:)\s?$"
)
# The subjects a list's items may leave to its first: "…, loại tốt là 312".
_SUBJECT_REACH = 8
# A subject that names a cell itself: "Số mô hình đạt loại xuất sắc", "… cấp tỉnh".
_SUBJECT_LABEL = re.compile(rf"(?:^|\s)(?:dat\s|xep\s)?(?:{CELL_LABEL.pattern})$")


_SHARE_ASIDE = re.compile(r"\(\s?[0-9][0-9.,]*\s?%\s?\)")


def _a_share_aside(folded: str, span: tuple[int, int]) -> bool:
    """Whether the number at ``span`` is a share in brackets after a count: "(11,2%)"."""
    bracket = folded.rfind("(", max(0, span[0] - 2), span[0])
    return bracket >= 0 and _SHARE_ASIDE.match(folded, bracket) is not None


def subject_of_the_list(
    folded: str, start: int, spans: list[tuple[int, int]]
) -> tuple[Subject, int | None] | None:
    """The subject a line names before its number, or the one its list's first item named.

    "Số mô hình đạt loại xuất sắc là 86, loại tốt là 312": the 312 are models too, a
    grade naming its cell; so are a level's and a holder's ("…: 34; cấp huyện: 156").
    With it, the index of the list's total: its first item, when its subject names no
    cell ("Mô hình đăng ký: 310; tập thể: 200; cá nhân: 110").
    """
    item, k = cell_label(folded, start), len(spans) - 1
    own = subject_before(folded, start) if item is not None else None
    if (  # "…, số cá nhân là 72": an item that is a subject of its own; not "…; cá nhân: 115"
        own is not None
        and item is not None
        and own[0][0] >= item[0] + 3
        and folded.startswith("so ", own[0][0] - 3)
    ):
        return own, None
    opening = item
    head = subject_before(folded, item[0]) if item is not None else None
    if head is not None and spans and head[0][0] > spans[-1][1]:  # a list's own subject
        return head, None  # after the count before: "…; số mô hình cấp xã: năm 2023 là 1.012"
    while item is not None and k >= max(0, len(spans) - _SUBJECT_REACH):
        if SENTENCE_END.search(folded, spans[k][1], item[0]) is not None:
            break
        if (changes_the_one_before(folded, spans[k][0]) or _a_share_aside(folded, spans[k])) and k:
            k -= 1  # "… là 64, tăng 9 mô hình …; cấp xã là 842": the change is no item, nor
            continue  # the share in brackets: "cấp tỉnh 126 (11,2%), cấp xã 1.000 (88,8%)"
        item = cell_label(folded, spans[k][0])
        if (
            item is not None
            and "(" not in folded[spans[k][1] : start]  # not the bracket of its parts
            and (first := _its_own_subject(folded, spans, k)) is not None
        ):
            return first, None  # "…; số điển hình … cấp huyện là 48, cấp xã là 156"
        if item is None:  # the list's first item, which may name its subject
            found = subject_before(folded, spans[k][0])
            if found is None:
                break
            labelled = (  # "… cấp tỉnh (năm 2025) là 64, …; cấp xã là 842": no total
                _SUBJECT_LABEL.search(folded, *found[1])
                or level_of_a_subject(folded, *found[1])  # "Số mô hình cấp tỉnh được … là 52"
                or whose(folded, *found[1]) >= 0
                or folded[found[1][0] : found[1][1]].lstrip().startswith(("cua ", "do "))
            )  # "Các mô hình do thanh niên làm chủ là 52, do phụ nữ …": whose each is
            among = "trong do " in folded[spans[k][1] : start]  # "…, trong đó cấp tỉnh 12"
            return found, None if (labelled or found[4] is not None) and not among else k
        k -= 1
    first = head if item == opening else None if item is None else subject_before(folded, item[0])
    if first is not None:  # the subject before the first item's label, read once if it is
        return first, None  # "Số mô hình được công nhận: cấp tỉnh 146; cấp huyện 538"
    found = _subject_of_its_line(folded, start, spans)
    return None if found is None else (found, None)


def _subject_of_its_line(folded: str, start: int, spans: list[tuple[int, int]]) -> Subject | None:
    """The subject a number's line names, or its period list's, or its heading's noun."""
    found = _subject_of_its_period(folded, start)
    at = start
    for earlier in reversed(spans[-_SUBJECT_REACH:]):  # "… là 236, trong đó năm 2025 là 58"
        if found is not None or not _PERIOD_ITEM.search(folded, max(0, at - 40), at):
            break
        if SENTENCE_END.search(folded, earlier[1], at) is not None:
            break
        found, at = _subject_of_its_period(folded, earlier[0]), earlier[0]
    found = found or _noun_of_the_heading(folded, start)  # "Kết quả … mô hình …:\n- …: đăng ký 86"
    if found is not None and spans and spans[-1][0] <= found[0][0] < spans[-1][1]:
        return None  # a count's own noun: "612 mô hình, điển hình mới, nhiều hơn … là 57"
    return found


# A model's act right before a bare number: "- Khối Đảng: đăng ký 86, công nhận 80".
_ACT_BEFORE = re.compile(r"(?:^|[\s,;:])(?:dang\sky|xay\sdung|cong\snhan|bieu\sduong)\s$")
# A heading line, then the lines of its list, the number's the last: "Kết quả đăng ký,
# công nhận mô hình năm 2025:" over "- Khối Đảng: …".
_HEADING = re.compile(
    r"(?:^|\n)(?P<line>[^\n:]{3,120}):[ \t]*(?:\n[ \t]*[-+•*][^\n]*)*\n[ \t]*[-+•*][^\n]*$"
)
_HEADING_NOUN = re.compile(r"\b(?:mo\shinh|dien\shinh)\b")
_HEADING_REACH = 400


def _noun_of_the_heading(folded: str, start: int) -> Subject | None:
    """The noun a list's heading names, for a bare number after a model's act in its lines.

    "Kết quả đăng ký, công nhận mô hình năm 2025:" over "- Khối Đảng: đăng ký 86, công
    nhận 80": models. Only a heading of one noun, over nothing but the list's lines.
    """
    if _ACT_BEFORE.search(folded, max(0, start - 14), start) is None:
        return None
    heading = _HEADING.search(folded, max(0, start - _HEADING_REACH), start)
    nouns = [] if heading is None else list(_HEADING_NOUN.finditer(folded, *heading.span("line")))
    if heading is None or not nouns or len({n[0] for n in nouns}) > 1:
        return None
    noun = nouns[-1]
    words = noun.end(), heading.end("line")
    _, unit, kind, _ = NOUN_OF[noun[0]]
    return noun.span(), words, unit, kind, None, None


def _its_own_subject(folded: str, spans: list[tuple[int, int]], k: int) -> Subject | None:
    """The subject count ``k`` names in its own clause, with a label: "số điển hình … là 48"."""
    own = subject_before(folded, spans[k][0])
    since = spans[k - 1][1] if k > 0 else 0
    if own is None or own[0][0] < since or not folded.startswith("so ", own[0][0] - 3):
        return None
    return own


def _subject_of_its_period(folded: str, start: int) -> Subject | None:
    """The subject before a number, or before the colon of the list of periods it opens."""
    found = subject_before(folded, start)
    if found is None:
        first = _FIRST_PERIOD_ITEM.search(folded, max(0, start - 30), start)
        if first is not None:  # "Số mô hình qua các năm: năm 2021 là 980"
            found = subject_before(folded, first.start() + 1)
    return found


_YEAR_LABEL = re.compile(  # …also as a list's first item: "…, trong đó năm 2023 là 198"
    r"(?:^|[(,;:\n]\s?)(?:trong\sdo\s)?((?:nam\s)?(?:19|20)[0-9]{2})(?:\s?:|\s(?:la|co))\s?$"
)
_YEAR_REACH = 30


def cell_label(folded: str, start: int) -> tuple[int, int] | None:
    """The span of the label that names a number's cell in its list: "cấp huyện: 156".

    A body names one too: "Số mô hình của khối Đảng là 412, khối chính quyền là 1.023",
    "…, của khối chính quyền là 1.023", "…, do Hội Phụ nữ chủ trì là 212".
    """
    item = item_words(folded, start)
    if item is None:  # "(năm 2023: 142; năm 2024: 158; …)": the year names its cell
        year = _YEAR_LABEL.search(folded, max(0, start - _YEAR_REACH), start)
        return None if year is None else year.span(1)
    if folded.startswith(("so ", "tong so "), item[0]):
        return None  # a subject of its own: "…; số xã giảm từ 143 xuống còn 129"
    end = label_end(folded, *item)  # "cấp huyện (cũ) 538": the level as it was
    named = CELL_LABEL.fullmatch(folded, item[0], end) or names_a_body(folded[slice(*item)])
    of_a_body = folded.startswith(("cua ", "do "), item[0])  # whose: "…, do phụ nữ làm chủ là"
    return item if named or of_a_body else None  # "…, do Hội Phụ nữ chủ trì là 212"


#: What a value counts: its unit, its kind and its holder.
Counted = tuple[UnitOfMeasure | None, ModelKind | None, HolderKind | None]


def subject_said_again(
    folded: str, start: int, counted: Counted, spans: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, UnitOfMeasure | None, ModelKind | None, HolderKind | None]:
    """The words of a line's subject whose noun the value's repeats, and what it counts.

    "Số mô hình cấp tỉnh năm 2025 là 78 mô hình": the subject says the level; so it does
    of a list of years ("Số mô hình cấp tỉnh … qua các năm: năm 2024: 11 mô hình; năm
    2025: 14 mô hình"; ``spans`` are the numbers' read before). People counted after a
    subject of exemplars are its individuals: "Số điển hình được công nhận trong giai
    đoạn là 412 người". A value whose noun is no unit, the first word of the subject's, is
    counted as the subject is: "Ngày công đóng góp: 3.800 ngày" are workdays. No words, and
    ``counted`` as it is, otherwise.
    """
    named = subject_before(folded, start)
    unit = counted[0]
    labelled = named is None and _YEAR_LABEL.search(folded, max(0, start - _YEAR_REACH), start)
    listed = subject_of_the_list(folded, start, spans) if labelled else None
    if listed is not None and listed[0][2] is unit:
        return listed[0][1], *counted
    if named is not None and named[2] is unit:
        return named[1], *counted
    if (
        named is not None
        and unit is UnitOfMeasure.PEOPLE
        and named[2] in _OF_PEOPLE
        and named[4] is not HolderKind.COLLECTIVE
    ):
        return named[1], named[2], named[3], HolderKind.INDIVIDUAL
    own = _ITS_NOUN.match(folded, start) if named is not None and unit is None else None
    if named is not None and own is not None and folded.startswith(own[1], named[0][0]):
        return named[1], named[2], named[3], named[4]  # "Ngày công đóng góp: 3.800 ngày"
    return None, *counted


_OF_PEOPLE = frozenset([UnitOfMeasure.EXEMPLARS, UnitOfMeasure.INDIVIDUALS])
_ITS_NOUN = re.compile(r"[0-9][0-9.,]*\s([a-z]+)\b")  # the first word after a number


def subject_of_the_change(folded: str, start: int) -> tuple[int, int] | None:
    """The words of the subject a value after a change in brackets is of, if any."""
    if not _FROM_THEN.search(folded, max(0, start - 40), start):
        return None
    given = subject_before(folded, start)
    return None if given is None else given[1]
