"""What a table's labels say: a row's cell or total, a column's years, a caption's words.

A row of a table of results is labelled by the cell its numbers are of ("Kinh tế", "Cấp
xã", "Tập thể", "Năm 2024", "Xã Gia Lạc", "Khối chính quyền") or as the total
("Tổng cộng", "Cộng", "Toàn huyện"); a column that numbers the rows is headed "TT"; a
header of units ("Xã, thị trấn") makes each row a unit's; the line above a table (or its
caption) may name what it counts and when ("Kết quả xây dựng mô hình năm 2025").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from danvan._extract._figure_fields import fields_named
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import VERBS
from danvan._extract._mentions import find_periods
from danvan._extract._text_tables import EMPTY, NUMBER_CELL, Cell
from danvan._extract._unit_kinds import a_unit_named
from danvan._measures import MODEL_UNITS
from danvan._periods import Period
from danvan._text import fold, fold_each
from danvan._vocabulary import HolderKind, RecognitionLevel
from danvan.exceptions import DanvanError

__all__ = [
    "A_YEAR",
    "CHANGES",
    "NOTES",
    "ORDINAL",
    "PLACES",
    "caption_act",
    "caption_noun",
    "caption_period",
    "label_act",
    "label_column",
    "noun_told_after",
    "row_label",
    "years_column",
]

#: The header of a column that numbers the rows.
#: The header of a column of remarks, which labels no row: "Ghi chú".
NOTES = re.compile(r"ghi\schu|nhan\sxet")
ORDINAL = re.compile(r"(?:s\.?\s?)?tt|so\s(?:thu\stu|tt)")  # "TT", "STT", "Số TT"
# The label of a total row, whole: "Tổng cộng", "Cộng", "Tổng số (I + II)", "Toàn huyện";
# not "Công an tỉnh" nor "Cộng đồng dân cư".
_TOTAL = re.compile(
    r"(?:(?:tong(?:\scong|\sso)?|cong|tinh\schung)(?:\s(?:toan|ca)\s[a-z]+(?:\s[a-z]+)?)?"
    r"|toan\s(?:tinh|huyen|quan|thi\sxa|thanh\spho|xa|phuong|thi\stran|dac\skhu))"
    r"\s?[:.]?\s?(?:\([^()]*\))?\s?$"
)
_A_PERIOD = re.compile(
    r"(?:nam|quy|thang|giai\sdoan|nhiem\sky|[0-9]{1,2}\sthang|(?:19|20)[0-9]{2})"
)
#: The header of a label column whose rows are units: "Xã, thị trấn", "Địa phương".
PLACES = re.compile(
    r"(?:ten\s)?(?:dia\sphuong|dia\sban|(?:xa|phuong|thi\stran|huyen|quan|thi\sxa|thanh\spho"
    r"|thon|ap|ban|to\sdan\spho|khu\spho)(?:,?\s(?:xa|phuong|thi\stran|thi\sxa|thanh\spho))*)"
)
# What a table turned over a plan labels its rows: "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)".
_TARGET = re.compile(r"(?:ke\shoach|chi\stieu|muc\stieu)\b")
_RESULT = re.compile(  # …or the column of the counts, of no cell: "Số lượng", "Số liệu"
    r"(?:ket\squa\s)?thuc\shien(?:\s(?:nam\s)?(?:19|20)[0-9]{2})?$|ket\squa(?:\sdat\sduoc)?$"
    r"|(?:so\s(?:luong|lieu)|sl|gia\stri)(?:\s?\([^()]*\))?$"
)
_SHARE = re.compile(r"(?:ty\sle|%)")
#: A header of changes of no one way ("Tăng/giảm", "So sánh", "Chênh lệch"): their signs
#: say which.
CHANGES = re.compile(r"\btang\s?[/,-]\s?giam\b|\bso\ssanh\b|\bchenh\slech\b")
# The act a label names alone: "Đăng ký", "Được công nhận", "Số được công nhận".
_ACTS = dict(VERBS)
_DONE = re.compile(r"^(?:so\s)?(?:duoc\s|da\s)?|\s?\([^()]*\)$")
_NOUN = re.compile(r"\b(?:mô hình|điển hình)\b", re.IGNORECASE)
_COUNTED = re.compile(r"[0-9]\s?$")
# Both nouns named together: "Số mô hình, điển hình", "mô hình và điển hình".
_BOTH = re.compile(r"\bmô hình\s*(?:,|/|\svà)\s*điển hình\b", re.IGNORECASE)


def row_label(label: str) -> dict[str, Any]:
    """What a row's label says of its cells: a total, a unit, a period, a level or more."""
    folded = fold(label)
    if _TOTAL.match(folded):
        return {"total": True}
    if a_unit_named(label):
        return {"place_words": label}
    if _A_PERIOD.match(folded):
        try:
            return {"period": Period.parse(label)}
        except DanvanError:
            pass
    if _TARGET.match(folded):  # "Kế hoạch | Thực hiện | Tỷ lệ (%)": the plan is no result
        return {"target_words": label}
    if _RESULT.match(folded):  # …the result is the row's count, of no cell
        return {}
    if _SHARE.match(folded) or CHANGES.search(folded) or folded.endswith("%)"):
        return {"share": True}  # …its share of the plan, or a change: no count the table gives
    act = _ACTS.get(_DONE.sub("", folded))
    if act is not None:  # "Đăng ký", "Được công nhận": a row of what was done
        return {"measure": act}
    level = RecognitionLevel._lookup(label)
    if level is not None:
        return {"level": level}
    fields = fields_named(label)
    if fields:
        return {"fields": fields}
    holder = HolderKind._lookup(label)
    if holder is not None:
        return {"holder": holder}
    return {"category": label}


def caption_period(
    text: str, caption: tuple[int, int] | None
) -> tuple[Period, tuple[str, tuple[int, int]]] | None:
    """The one period a table's caption names, with its words, if it names one."""
    found = find_periods(text[slice(*caption)]) if caption is not None else []
    if len(found) != 1 or caption is None:
        return None
    [mention] = found
    a, b = (caption[0] + at for at in mention.span)
    return mention.period, (text[a:b], (a, b))


def caption_noun(text: str, caption: tuple[int, int] | None) -> tuple[str, int] | None:
    """The noun a table's caption names: "mô hình", "điển hình" or both together.

    A caption that names them apart ("mô hình … và các điển hình …") names no one noun.
    """
    if caption is None:
        return None
    nouns = list(_NOUN.finditer(text, *caption))
    if len({fold(n[0]) for n in nouns}) == 1:
        return nouns[0][0], nouns[0].start()
    both = _BOTH.search(text, *caption)
    if both is None or any(not both.start() <= n.start() < both.end() for n in nouns):
        return None
    return both[0], both.start()


# The act a caption names right after its noun: "Số mô hình được công nhận năm 2025 theo
# lĩnh vực", "Kết quả mô hình “Dân vận khéo” đăng ký năm 2025".
_ACTS_SAID = "|".join(phrase.replace(" ", r"\s") for phrase, _ in VERBS)
_ACT_AFTER = re.compile(
    rf"\s(?:[“\"][^”\"\n]{{1,40}}[”\"]\s)?(?:da\s|duoc\s)*(?P<act>{_ACTS_SAID})\b"
)


_ACT_BEFORE = re.compile(rf"(?:^|\s)(?P<act>{_ACTS_SAID})\s(?:(?:cac|nhung)\s)?$")


def caption_act(
    text: str, caption: tuple[int, int] | None
) -> tuple[str, tuple[str, tuple[int, int]]] | None:
    """The measure of the act a table's caption names after its noun, with its words.

    Or right before it: "Kết quả công nhận mô hình năm 2025".
    """
    noun = caption_noun(text, caption)
    if noun is None or caption is None or _COUNTED.search(text, caption[0], noun[1]):
        return None  # a sentence's count: "… có 190 mô hình được công nhận, cụ thể:"
    at = noun[1] + len(noun[0])
    act = _ACT_AFTER.match(fold_each(text[at : caption[1]]))
    if act is None:  # …or right before it: "Kết quả công nhận mô hình năm 2025"
        at = caption[0]
        act = _ACT_BEFORE.search(fold_each(text[at : noun[1]]))
    if act is None:
        return None
    a, b = at + act.start("act"), at + act.end("act")
    return _ACTS[act["act"]], (text[a:b], (a, b))


# The act the header of a table's label column names: "Cấp công nhận", "Đơn vị đăng ký".
_LABEL_ACT = re.compile(rf"(?:^|\s)(?:da\s|duoc\s)*(?P<act>{_ACTS_SAID})\b")


def label_act(written: str, at: int) -> tuple[str, tuple[str, tuple[int, int]]] | None:
    """The measure of the act a label column's header (``written``, at ``at``) names."""
    act = _LABEL_ACT.search(fold_each(written))
    if act is None:
        return None
    a, b = at + act.start("act"), at + act.end("act")
    return _ACTS[act["act"]], (written[act.start("act") : act.end("act")], (a, b))


# The first paragraph after a table, past the rest of its last line and the blank lines.
_PARAGRAPH = re.compile(r"[^\n]*\n\s*(?P<words>[^\n]{1,600})")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")


def noun_told_after(
    text: str,
    header: Sequence[tuple[str, int, int]],
    rows: Sequence[Sequence[tuple[str, int, int]]],
    label: int,
    read: Callable[[str], list[FigureMention]],
) -> tuple[str, int] | None:
    """The noun the paragraph after a table gives the total of a column of an act alone.

    "Đăng ký | Được công nhận" over a total row "Tổng cộng | 1.508 | 1.341", then "Như
    vậy, toàn tỉnh có 1.341 mô hình được công nhận …": the columns count models. The
    paragraph's count must be of the column's act and equal its total; its noun, at its
    offset in ``text``, is what the columns of acts alone count.
    """
    totals = [
        row for row in rows if len(row) == len(header) and "total" in row_label(row[label][0])
    ]
    if len(totals) != 1 or not rows or not rows[-1]:
        return None
    after = _PARAGRAPH.match(text, max(cell[2] for cell in rows[-1]))
    if after is None:
        return None
    start = after.start("words")
    for mention in read(after["words"]):
        noun = mention.evidence.get("noun")
        if mention.unit_of_measure not in MODEL_UNITS or noun is None:
            continue
        for i, head in enumerate(header):
            cell = totals[0][i][0].strip()
            if (
                i != label
                and row_label(head[0]).get("measure") == mention.measure
                and _WHOLE_NUMBER.fullmatch(cell)
                and int(cell.replace(".", "")) == getattr(mention.value, "value", None)
            ):
                return noun[0], start + noun[1][0]
    return None


def label_column(rows: list[list[Cell]], i: int, width: int) -> bool:
    """Whether column ``i`` holds words (a label) in most rows that line up."""
    cells = [row[i][0] for row in rows if len(row) == width and row[i][0] not in EMPTY]
    words = sum(1 for c in cells if not NUMBER_CELL.fullmatch(c.lstrip("+-–− ")))  # "+74"
    return bool(cells) and 2 * words > len(cells)


# A label column of years, under its header: "Năm | Đăng ký | Công nhận" over "2024 | …".
_YEARS_HEADER = re.compile(r"nam|thoi\sgian|giai\sdoan")
#: A year, alone in a cell: "2024".
A_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def years_column(header: list[Cell], rows: list[list[Cell]], i: int) -> bool:
    """Whether column ``i`` labels its rows by year, numbers but no counts, and their total."""
    cells = [row[i][0] for row in rows if len(row) == len(header) and row[i][0] not in EMPTY]
    years = [c for c in cells if A_YEAR.fullmatch(c)]
    return (
        _YEARS_HEADER.fullmatch(fold(header[i][0])) is not None
        and bool(years)
        and all(c in years or "total" in row_label(c) for c in cells)
    )
