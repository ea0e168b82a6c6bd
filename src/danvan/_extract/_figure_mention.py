"""A figure as a report's text gives it: :class:`FigureMention`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._figures import Change
from danvan._measures import Per, UnitOfMeasure
from danvan._models import ModelStatus
from danvan._numbers import Percent
from danvan._occasions import AwardForm
from danvan._periods import Period
from danvan._quantities import Quantity
from danvan._text import fold
from danvan._vocabulary import Field, HolderKind, ModelKind, RecognitionLevel

__all__ = [
    "HEAD_REACH",
    "THE_WHOLE",
    "FigureMention",
    "a_cell_of",
    "a_margin",
    "cell_after",
    "count_before",
    "denied",
    "of_the_body",
    "related",
    "verb_after",
    "verb_said",
    "whole_of",
    "wholes_of",
]

#: How far from a text's start its header (the body whose report it is) is read.
HEAD_REACH = 400


@attrs.frozen(kw_only=True)
class FigureMention:
    """A figure as a report's text gives it, with the words that decided its meaning.

    Attributes:
        span: Start and end, in the original text, of the number with its qualifier and
            head noun.
        text: The text of that span.
        value: A :class:`~danvan.Count` (with its qualifier) or a
            :class:`~danvan.Percent`; a :class:`~danvan.Quantity` for a measure with a
            fraction ("46,5 km đường"), which no count holds.
        out_of: The denominator of a ratio ("8/8 huyện"), else ``None``.
        noun: The head noun as written ("mô hình", "tập thể", "phòng học"); empty when
            none follows.
        unit_of_measure: The built-in unit the noun names, else ``None``. A rate
            ("58,7 triệu đồng/người/năm") has none: it is no sum of money.
        per: What a rate is per, in order ("/người/năm": person, then year); empty
            for a count.
        occurrences: Whether the text counts occurrences ("286 lượt hộ").
        measure: The code of the built-in measure the verb says ("registered",
            "recognised" …), ``None`` when the text does not say.
        holder: Collective, individual or household, when the noun says.
        kind: Model or exemplar, when the noun says.
        level: The level written after it ("cấp huyện"), else ``None``.
        fields: The fields written with it ("lĩnh vực kinh tế").
        category: A cell the text names in its own words where no vocabulary does: the
            body, in a list of counts by body ("Hội Nông dân 215 mô hình, Đoàn Thanh
            niên 180 mô hình"); else ``None``.
        change: Increase or decrease, for "tăng 120 mô hình".
        movement_words: The words that tie the figure to a programme ("trong thực hiện
            Quy chế dân chủ ở cơ sở"), so that figures of different programmes are never
            summed; ``None`` when its clause names none.
        place_words: The words that name the unit the number is about when its clause
            names one by name ("Huyện Kỳ Anh có 40 mô hình", "tại xã Yên Hòa có 5 mô
            hình"), else ``None``. A draft leaves out a figure of a unit other than its
            scope.
        target_words: The words that make the number a target or a forecast, not a
            result ("Phấn đấu đến năm 2030, toàn tỉnh xây dựng 2.000 mô hình", "Chỉ tiêu
            năm 2026: …"); ``None`` for a result. A draft leaves targets out.
        average_words: The words that make the number an average, no count ("bình
            quân mỗi xã có 5 mô hình", "xây dựng mới bình quân 400 mô hình mỗi năm"), or
            a figure of any year, not of one ("Hằng năm, … trên 1.500 mô hình"), or of
            one person or household ("Ông Nguyễn Văn Bình, … đã hiến 520 m2 đất"), or
            a threshold each of many reaches ("có từ 3 mô hình trở lên");
            ``None`` for a count. A draft leaves them out.
        respectively_words: The words of the cells a list gives its counts to in turn
            ("lần lượt", "tương ứng") when they name no level, year, field, holder, kind
            or body of each count ("Trong năm, khối Đảng, khối chính quyền lần lượt …"),
            else ``None``. A draft leaves such a count out for the reviewer.
        estimate_words: The words right before the number that make it an estimate
            ("ước đạt 215 tỷ đồng", "ước tính có 48.000 người"), else ``None``. A draft
            gives its figure the status estimated.
        award_form: For a batch of awards, the form the words name ("Giấy khen").
        issuer_words: For a batch of awards, who gives them, as written ("của Chủ tịch
            UBND thành phố"). "tặng Giấy khen … cho 11 tập thể và 5 cá nhân" is one
            batch: both counts carry its form and issuer. A body that commends with no
            form said ("Tỉnh đoàn khen thưởng 20 cá nhân") is a batch's issuer too.
        status: The stage of the models counted, where the parts of one total say
            different stages ("104 … đạt điển hình cấp cơ sở … và đề nghị 3 mô hình cấp
            tỉnh"): the total then counts models (measure ``models``) by status.
        part_of: The index, in the list :func:`find_figures` returns, of the total this
            figure breaks down ("trong đó", brackets, "gồm"), else ``None``: a part
            sets a level, a field, a holder or a kind its total does not. A total
            written after its parts ("…, tổng cộng 1.557 mô hình") comes after them.
        subset_of: The index of the figure this one is a subset of without being a
            cell of a breakdown ("1.930 mô hình, trong đó 1.642 mô hình hoạt động hiệu
            quả"), else ``None``.
        period: The period the text names for it: right after it ("1.200 mô hình năm
            2021"), or heading its clause before it ("Năm 2024 có 215 mô hình"), or its
            total's; ``None`` when the text names none there. Part of a year named
            without the year, and none before it ("6 tháng cuối năm, …"), is ``None``
            too, with its words in ``evidence``.
        compared_to: For a change, the period after "so với" ("tăng 14 mô hình so với
            năm 2023"), else ``None``.
        as_of: The day a count stands on, after "(tính) đến ngày" in its sentence ("Đến
            ngày 30/11/2025, toàn huyện hiện có 864 mô hình"), or its total's; else
            ``None``.
        evidence: For each attribute set from the words, the words and their span in
            the original text.
    """

    span: tuple[int, int]
    text: str
    value: Count | Percent | Quantity
    out_of: Count | None = None
    noun: str = ""
    unit_of_measure: UnitOfMeasure | None = None
    per: tuple[Per, ...] = ()
    occurrences: bool = False
    measure: str | None = None
    holder: HolderKind | None = None
    kind: ModelKind | None = None
    level: RecognitionLevel | None = None
    fields: tuple[Field, ...] = ()
    category: str | None = None
    change: Change | None = None
    movement_words: str | None = None
    place_words: str | None = None
    target_words: str | None = None
    average_words: str | None = None
    estimate_words: str | None = None
    respectively_words: str | None = None
    award_form: AwardForm | None = None
    issuer_words: str | None = None
    status: ModelStatus | None = None
    part_of: int | None = None
    subset_of: int | None = None
    period: Period | None = None
    compared_to: Period | None = None
    as_of: dt.date | None = None
    evidence: dict[str, tuple[str, tuple[int, int]]] = attrs.field(factory=dict, eq=False)

    @property
    def awarded(self) -> bool:
        """Whether the count is of a batch of awards: its form or its giver is said."""
        return self.award_form is not None or self.issuer_words is not None


def related(mentions: Sequence[FigureMention], i: int, j: int) -> bool:
    """Whether one of two figures is the total (or superset) of the other."""
    first, other = mentions[i], mentions[j]
    return j in (first.part_of, first.subset_of) or i in (other.part_of, other.subset_of)


def cell_after(mention: FigureMention, cell: str) -> bool:
    """Whether the count's ``cell`` ("level", "fields") is said after its number.

    "212 mô hình kinh tế", "42 mô hình cấp tỉnh"; not "lĩnh vực kinh tế 212 mô hình".
    """
    said = mention.evidence.get(cell)
    return bool(getattr(mention, cell)) and said is not None and said[1][0] > mention.span[0]


def verb_after(mention: FigureMention) -> bool:
    """Whether the verb that gave the count its measure is written after it.

    "18 mô hình được … công nhận"; not "đã công nhận 18 mô hình".
    """
    said = mention.evidence.get("measure")
    return said is not None and said[1][0] >= mention.span[1]


def whole_of(mention: FigureMention) -> int | None:
    """The index of the total ``mention`` is a part of, or of the whole it is a subset of."""
    return mention.part_of if mention.part_of is not None else mention.subset_of


#: The attributes that name a count's cell.
_CELL_NAMES = ("level", "fields", "holder", "kind", "category")


def a_cell_of(part: FigureMention, total: FigureMention) -> bool:
    """Whether a count names a cell its total does not.

    Not "21 mô hình … cấp xã" after "phấn đấu có 30 mô hình … được công nhận cấp xã": the
    same cell, though the 9 still to be recognised make up the 30.
    """
    return any(
        getattr(part, name) and getattr(part, name) != getattr(total, name) for name in _CELL_NAMES
    )


def wholes_of(mentions: Sequence[FigureMention], i: int) -> list[FigureMention]:
    """The total mention ``i`` is among, that total's total, and so on up."""
    wholes: list[FigureMention] = []
    at = whole_of(mentions[i])
    while at is not None and len(wholes) < len(mentions):  # no loop runs for ever
        wholes.append(mentions[at])
        at = whole_of(mentions[at])
    return wholes


def verb_said(mention: FigureMention) -> bool:
    """Whether a verb gave the count its measure, not its noun alone ("86 mô hình")."""
    said = mention.evidence.get("measure")
    return said is not None and said != mention.evidence.get("noun")


def denied(mention: FigureMention) -> bool:
    """Whether a verb was read and denied, leaving no measure: "không công nhận 6 mô hình"."""
    return mention.measure is None and "measure" in mention.evidence


def a_margin(mention: FigureMention) -> bool:
    """Whether a mention is a result's margin over its target: "vượt 145 mô hình"."""
    return mention.target_words is not None and fold(mention.target_words) == "vuot"


def of_the_body(mention: FigureMention) -> bool:
    """Whether a mention's cell is the body whose report it is, named by the header.

    Every other cell of that report is one of the body's: "571 mô hình đạt" is a cell of
    the department's "603 mô hình", not a sibling of it.
    """
    said = mention.evidence.get("category")
    if said is None:
        return False
    words, (_, end) = said
    return end <= HEAD_REACH and end < mention.span[0] and words.isupper()


# A share right after its count, in its clause: "… 452 mô hình được công nhận, đạt 93%",
# "… đăng ký mô hình (đạt 95,8%)", "… 648 mô hình, chiếm 51,1%", "…, đạt tỷ lệ 91,7%".
_SHARE_AFTER = re.compile(
    r"[^.;:()\n0-9]{0,60}?(?:,\s|\s?\()(?:(?:dat|chiem|bang)\s(?:ty\sle\s)?)?"
)
# …or its change, in brackets: "… 214 mô hình được công nhận (tăng 18 mô hình …)".
_CHANGE_AFTER = re.compile(r"[^.;:()\n0-9]{0,60}?\s?\((?:tang|giam)(?:\sthem)?\s")


def count_before(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> int:
    """The count before mention ``i``, past the share written right after that count.

    "… 512 mô hình (chiếm 36,9%); các xã … 732": the 512; "…, chiếm 51,1%; …" too; and
    past its change in brackets: "… 214 mô hình (tăng 18 mô hình); …".
    """
    k = i - 1
    if k > 0 and not isinstance(mentions[k].value, Count):
        after = _SHARE_AFTER.fullmatch(folded, spans[k - 1][1], spans[k][0])
        if after is not None or whole_of(mentions[k]) == k - 1:
            return k - 1
    if (  # "… 214 mô hình (tăng 18 …); …": its aside
        k > 0
        and mentions[k].change is not None
        and _CHANGE_AFTER.fullmatch(folded, spans[k - 1][1], spans[k][0]) is not None
    ):
        return k - 1
    return k


#: A subject of the whole area or force, not a part of it: "toàn tỉnh", "toàn lực lượng";
#: not "an toàn xã hội".
THE_WHOLE = re.compile(
    r"(?<!\ban\s)\btoan\s(?:tinh|huyen|xa|thanh\spho|thi\sxa|quan|phuong|nganh|luc\sluong"
    r"|don\svi|khoi|dang\sbo|quan\skhu|bo\sdoi|quoc)\b"
)
