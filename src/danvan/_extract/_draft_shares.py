"""Percentages a draft ties to the counts they share, where the numbers agree.

"Hội Nông dân đăng ký 215 mô hình, đến nay đã có 198 mô hình được công nhận, đạt
92,1%": the 92,1 % restates the 198 as a share of the 215. A percentage written right
after a count ("đạt", "bằng", "chiếm", in brackets) is of that count, out of the total
the count is a part of, or out of a count shortly before it that counts the same
things, in its sentence or a section before ("1. … đăng ký 264 mô hình … 2. … công nhận
231 mô hình (đạt 87,5%)"); the first whose numbers give the percentage (as its last
digit allows) is taken. A percentage no such pair gives is left out: the text alone
does not say what it is a share of, or (when a count of its sentence could be its base)
the report's numbers do not give it, which a reviewer should see. A percentage right after
a ratio ("1.953/2.148 thôn …, chiếm 90,9%") is the ratio's. A percentage in a list
of a total's parts ("có 4.500 mô hình, trong đó 30% thuộc lĩnh vực kinh tế"), or taken by
a cell right after it ("có 1.240 mô hình, lĩnh vực kinh tế chiếm 45,2%"), is that cell's
share of the total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from danvan._counts import Count, share_agrees
from danvan._extract._figure_mention import FigureMention, of_the_body
from danvan._extract._figure_words import SENTENCE_END
from danvan._extract._named_rates import of_the_rate_named
from danvan._figures import Figure
from danvan._measures import UnitOfMeasure
from danvan._numbers import Percent
from danvan._quantities import Quantity
from danvan._sources import Source
from danvan._text import fold, fold_each

__all__ = [
    "Share",
    "rate_changed",
    "ratio_after",
    "share_figure",
    "share_of",
    "target_shared",
]

# How far before its count a share's base may lie: a section of a report ("1. Đăng ký
# …: 264 mô hình … 2. Công nhận …: 231 mô hình (đạt 87,5%)").
_REACH = 600

# Between a count and its share: "…, đạt 92,1%", "(chiếm 43,6%)", "bằng 86%", "(68%)",
# "(tỷ lệ 90,8%)", past the count's own words: "198 mô hình được công nhận, đạt 92,1%",
# "… được công nhận đạt "Dân vận khéo" các cấp, đạt 92,5%", "1.953/2.148 thôn, tổ dân
# phố có mô hình, chiếm 90,9%".
_RIGHT_AFTER = re.compile(  # …or in the next cell of a table's row: "218 | 90,8", "218\t90,8",
    r"(?:(?:[^,.;:()\n0-9]{0,60}?[,(]\s?){1,3}"  # "218</td><td>90,8"
    r"|(?:[ \t|]|\s*</?t[dh]\b[^<>]{0,60}>\s*)*)\s?"
    r"(?:(?:dat|bang|chiem)(?:\sty\sle)?|(?:voi\s)?ty\sle(?:\sdat)?)?"
)


class Share(NamedTuple):
    """The count a percentage restates and the count it is out of, as indices."""

    #: ``None`` for a share that is a part of a list: "có 4.500 mô hình, trong đó 30%
    #: thuộc lĩnh vực kinh tế" restates no count of its own.
    part: int | None
    #: ``part`` itself for the share of a ratio: "1.953/2.148 thôn …, chiếm 90,9%" is the
    #: 1.953 out of the 2.148 the same count is out of.
    whole: int
    #: Whether the numbers give the percentage; if not, the nearest count of the
    #: percentage's sentence it could be out of, whose numbers the report miscounts.
    agrees: bool


# What a percentage is of when no count is its base: a plan, a target, the same period
# of another year.
_OF_A_TARGET = re.compile(r"(?:so\svoi\s)?(?:ke\shoach|chi\stieu|muc\stieu|cung\sky)\b")


def target_shared(text: str, mention: FigureMention) -> str | None:
    """The words of the plan or target a percentage is of, if it says: "đạt 120% kế hoạch"."""
    words = text[mention.span[1] : mention.span[1] + 30].lstrip()
    found = _OF_A_TARGET.match(fold_each(words))
    if found is None or not isinstance(mention.value, Percent):
        return None
    return words[: found.end()]


# A sentence whose subject is a rate, up to a change of it: "Tỷ lệ mô hình được công nhận
# … đạt 91,5% (…), tăng 3,2% so với năm 2024".
_RATE_SUBJECT = re.compile(
    r"(?:^|[.;!?\n]\s?)(?:[-+•]\s)?(?:[^.;:!?\n]{0,30},\s)?"  # "Năm 2025, tỷ lệ …"
    r"(?P<rate>ty\sle\b(?:[^.;:!?\n]|(?<=[0-9])\.(?=[0-9])){0,160}?)$"
)


def rate_changed(text: str, mention: FigureMention) -> str | None:
    """Why a change in percent of a rate is left out: points or percent, the text does not say.

    "Tỷ lệ mô hình được công nhận … đạt 91,5%, tăng 3,2% so với năm 2024": not the
    models' count up 3,2 %.
    """
    if mention.change is None or not isinstance(mention.value, Percent):
        return None
    before = text[max(0, mention.span[0] - 200) : mention.span[0]]
    found = _RATE_SUBJECT.search(fold_each(before))
    if found is None:
        return None
    said = before[found.start("rate") :]
    named = _RATE_NAMED.match(fold_each(said))  # "Tỷ lệ thôn có mô hình", before "đạt"
    return f"a change of a rate ('{said[: named.end()] if named else said[:5]}'): add it by hand"


# The words that name a rate, up to its value's verb: "tỷ lệ thôn có mô hình (đạt)".
_RATE_NAMED = re.compile(r"ty\sle(?:,?\s(?!dat\b|la\b|chiem\b|tang\b|giam\b)[a-z]+){0,8}")


# Between a share and its ratio written after it, in brackets: "đạt 91,5% (1.098/1.200 …".
_BRACKET_OPENS = re.compile(r"\s?\(\s?")


def ratio_after(text: str, mentions: Sequence[FigureMention], i: int) -> int | None:
    """The ratio in brackets right after percentage ``i``, which it is the share of, if any."""
    share = mentions[i]
    if not isinstance(share.value, Percent) or share.change is not None or i + 1 >= len(mentions):
        return None
    ratio = mentions[i + 1]
    if (
        not isinstance(ratio.value, Count)
        or ratio.out_of is None
        or ratio.change is not None
        or not _BRACKET_OPENS.fullmatch(text, share.span[1], ratio.span[0])
    ):
        return None
    return i + 1


def _of_the_ratio(mentions: Sequence[FigureMention], i: int, ratio: int) -> Share:
    """Percentage ``i`` as the share of the ratio ``ratio``, and whether its numbers give it."""
    part, share = mentions[ratio], mentions[i].value
    agrees = (
        isinstance(share, Percent)
        and isinstance(part.value, Count)
        and part.out_of is not None
        and share_agrees(share, part.value, part.out_of)
    )
    return Share(ratio, ratio, agrees=agrees)


def _of_the_ratio_after(text: str, mentions: Sequence[FigureMention], i: int) -> Share | None:
    """The share percentage ``i`` is of the ratio in brackets right after it, if any."""
    ratio = ratio_after(text, mentions, i)
    return None if ratio is None else _of_the_ratio(mentions, i, ratio)


def _of_the_ratio_before(
    text: str, mentions: Sequence[FigureMention], i: int, *, right_after: bool
) -> Share | None:
    """The share percentage ``i`` is of the ratio right before it, when written right after.

    "1.953/2.148 thôn …, chiếm 90,9%" is the ratio's; not "425/432 chi bộ, 100% cơ quan,
    đơn vị …", the share of others.
    """
    if not right_after or _counts_other(text, mentions[i], mentions[i - 1]):
        return None
    return _of_the_ratio(mentions, i, i - 1)


def share_of(text: str, mentions: Sequence[FigureMention], i: int) -> Share | None:
    """The counts percentage ``i`` is a share of, when it follows one right after it.

    The first pair whose numbers give it; failing that, the nearest count of its
    sentence it could be out of (``agrees`` false); ``None`` when there is neither.
    """
    share = mentions[i].value
    if not isinstance(share, Percent) or mentions[i].change is not None:
        return None
    if target_shared(text, mentions[i]) is not None:  # "đạt 98,6% kế hoạch": of no count
        return None
    total = _cell_of(mentions, i, text)
    if total is not None and _counted(mentions[total]):  # "…, trong đó 30% thuộc …"
        return Share(None, total, agrees=True)
    if (ratio := _of_the_ratio_after(text, mentions, i)) is not None or i == 0:
        return ratio  # "đạt 91,5% (1.098/1.200 mô hình)"
    p = _past_its_parts(text, mentions, i)  # "… 2.046 mô hình (cấp tỉnh 58, …), đạt 88,4%"
    part = mentions[p]
    counted = part.value
    right_after = p != i - 1 or (
        _RIGHT_AFTER.fullmatch(fold(text[part.span[1] : mentions[i].span[0]])) is not None
    )
    if isinstance(counted, Count) and part.out_of is not None and part.change is None:
        return _of_the_ratio_before(text, mentions, i, right_after=right_after)
    if not isinstance(counted, Count) or not _counted(part) or not right_after:
        # "- Tỷ lệ công nhận: 93,7%", on a line of its own: of the counts it names
        named = None if right_after else of_the_rate_named(text, mentions, i, reach=_REACH)
        return None if named is None else Share(*named, agrees=True)
    before = range(p - 1, -1, -1)
    nearest = None
    for k in (part.part_of, part.subset_of, *before):
        if k is None:
            continue
        whole = mentions[k]
        if k in before and part.span[0] - whole.span[1] > _REACH:
            break
        if not (
            _counted(whole)
            and _among(part.unit_of_measure, whole.unit_of_measure)
            and isinstance(whole.value, Count)
        ) or (k not in (part.part_of, part.subset_of) and _apart(whole, part)):
            continue  # a part's own total is no sibling of it, whatever cell it names
        if share_agrees(share, counted, whole.value):
            return Share(p, k, agrees=True)
        closer = nearest is None or _before(whole, part) > _before(mentions[nearest.whole], part)
        if closer and not SENTENCE_END.search(text, whole.span[1], part.span[0]):
            nearest = Share(p, k, agrees=False)  # the nearest before the share
    return nearest


# A bracket of a count's parts closed right before its share, past the rest of the count's
# words: " được công nhận (cấp tỉnh 58, …), đạt ".
_PARTS_CLOSED = re.compile(
    r"[^()\n]{0,60}?\s?\([^()\n]*\)\s?,?\s?(?:(?:dat|bang|chiem)(?:\sty\sle)?\s?)?"
)


def _past_its_parts(text: str, mentions: Sequence[FigureMention], i: int) -> int:
    """The count share ``i`` follows, past the bracket of its parts right after it."""
    whole = mentions[i - 1].part_of
    if whole is None or not isinstance(mentions[whole].value, Count):
        return i - 1
    between = fold(text[mentions[whole].span[1] : mentions[i].span[0]])
    return whole if _PARTS_CLOSED.fullmatch(between) else i - 1


def _cell_of(mentions: Sequence[FigureMention], i: int, text: str) -> int | None:
    """The total share ``i`` names a cell of.

    "…, trong đó 30% thuộc lĩnh vực kinh tế"; "Trong tổng số 1.102 mô hình, có 68% mô hình
    gắn với xây dựng nông thôn mới" (not "586 mô hình của khối … (47,1%)", the count's).
    """
    share = mentions[i]
    among = share.subset_of
    if share.part_of is None and share.category is not None and among is not None:
        return among if mentions[among].category is None else None
    named = share.fields or share.level or share.holder or share.category
    if share.part_of is None and i and named:
        before = mentions[i - 1]  # "có 1.240 mô hình, lĩnh vực kinh tế chiếm 45,2%"
        between = fold_each(text[before.span[1] : share.span[0]])
        if before.part_of is None and _CELL_TAKES.fullmatch(between):
            return i - 1
    if share.part_of is None and share.subset_of is None and share.fields and i:
        return _of_the_models_before(mentions, i, text)
    return share.part_of


# A sentence whose subject is the models a count before it counted: "Các mô hình tập trung
# trên lĩnh vực phát triển kinh tế (chiếm 42%), …".
_THE_MODELS = re.compile(r"(?:cac|nhung)\s(?:mo\shinh|dien\shinh)\b")


def _of_the_models_before(mentions: Sequence[FigureMention], i: int, text: str) -> int | None:
    """The count of models of the sentence before a field's share whose subject they are.

    "… xây dựng được 642 mô hình, trong đó …. Các mô hình tập trung trên lĩnh vực phát
    triển kinh tế (chiếm 42%), văn hóa - xã hội (31%), …": the fields' shares of the 642,
    the count of no cell (not the 128 of the district level among them).
    """
    share = mentions[i]
    ends = list(SENTENCE_END.finditer(text, max(0, share.span[0] - 600), share.span[0]))
    if not ends or not _THE_MODELS.match(fold_each(text[ends[-1].end() : ends[-1].end() + 20])):
        return None
    for k in range(i - 1, -1, -1):
        whole = mentions[k]
        if whole.span[1] > ends[-1].start():
            continue  # a count of the share's own sentence
        if SENTENCE_END.search(text, whole.span[1], ends[-1].start()):
            return None  # no further than the sentence before
        cells = whole.fields or whole.level or whole.holder or whole.category
        if _counted(whole) and whole.unit_of_measure in _MODELS and not cells:
            return k if whole.part_of is None and whole.subset_of is None else None
    return None


# What counts models, whose fields a sentence about them gives the shares of.
_MODELS = (UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS, UnitOfMeasure.MODELS_AND_EXEMPLARS)
# Between a total and the share a cell of it takes: ", lĩnh vực kinh tế chiếm (tỷ lệ cao
# nhất với) ".
_CELL_TAKES = re.compile(
    r"\s?,\s[^,.;:()\n0-9]{2,60}?\schiem(?:\sty\sle(?:\s[a-z]+){0,3}?)?(?:\svoi|\sla)?\s"
)


# The word right after a percentage, when it names what the percentage counts.
_WORD_AFTER = re.compile(
    r"\s?(?!(?:so|tong|ke|chi\stieu|muc|cung|tro|tren|trong|va|dat|cua|nam|cac|moi)\b)([a-z]+)\b"
)


def _counts_other(text: str, share: FigureMention, part: FigureMention) -> bool:
    """Whether a share names its own things, not those its count before counts."""
    said = _WORD_AFTER.match(fold(text[share.span[1] : share.span[1] + 30]))
    return said is not None and part.noun is not None and said[1] != fold(part.noun).split()[0]


def _before(whole: FigureMention, part: FigureMention) -> int:
    """How near before ``part`` its base is written; -1 when after it (a table's total)."""
    return whole.span[0] if whole.span[0] < part.span[0] else -1


def _among(part: UnitOfMeasure | None, whole: UnitOfMeasure | None) -> bool:
    """Whether a part counts what its base counts, or things among them.

    Models among models and exemplars: "1.248 mô hình …, chiếm 43,6%" of "2.864 mô hình,
    điển hình".
    """
    return part == whole or (
        whole is UnitOfMeasure.MODELS_AND_EXEMPLARS
        and part in (UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS)
    )


def _apart(whole: FigureMention, part: FigureMention) -> bool:
    """Whether two counts name two cells of one kind: siblings, neither the other's base.

    "Khối Mặt trận … 215 mô hình (chiếm 38,4%), khối chính quyền 196 mô hình (chiếm
    35%)": the 35 % is no share of the 215.
    """
    names: tuple[str, ...] = ("level", "fields", "holder", "kind")  # …of a body's own
    names = names if of_the_body(whole) else ("category", *names)  # report, a cell of it
    return any(
        getattr(whole, name) and getattr(part, name) and getattr(whole, name) != getattr(part, name)
        for name in names
    )


def _counted(mention: FigureMention) -> bool:
    """Whether a mention is a plain count that a share can be of: no change, no ratio."""
    return (
        isinstance(mention.value, Count)
        and mention.change is None
        and mention.out_of is None
        and mention.unit_of_measure is not None
    )


def share_figure(
    mentions: list[FigureMention],
    ids: dict[int, str],
    i: int,
    shared: Share,
    figures: list[Figure],
    *,
    source: Source,
) -> Figure:
    """A percentage as the share its count is of a count before it: its cell, its period.

    A share in a list of a total's parts is of the total, in the cell its words name;
    ``source`` is the share's own, quoting its sentence.
    """
    j, k, _ = shared
    mention = mentions[i]
    if j is None:  # "có 4.500 mô hình, trong đó 30% thuộc lĩnh vực kinh tế"
        whole = next(f for f in figures if f.id == ids[k])
        said = f"read from the text: a share of {mentions[k].text}"
        dims = attrs.evolve(
            whole.dims,
            fields=mention.fields or whole.dims.fields,
            level=mention.level or whole.dims.level,
            holder=mention.holder or whole.dims.holder,
            category=mention.category or whole.dims.category,
        )
        part = attrs.evolve(whole, dims=dims)
    else:
        part = next(f for f in figures if f.id == ids[j])
        base = mentions[j].out_of if k == j else mentions[k].text  # "1.953/2.148 thôn"
        said = f"read from the text: {mentions[j].text} out of {base}"
    share = mention.value
    return attrs.evolve(
        part,
        id=ids[i],
        value=share.amount if isinstance(share, Quantity) else share,
        restates=None if j is None else ids[j],
        of=None if k == j else ids[k],
        part_of=None,
        out_of=None,
        subset_of=None,
        breakdowns={},
        source=source,
        notes=(said,),
    )
