"""How a figure read from text is tied to the ones before it.

A part to the total it breaks down (not to a change written between them), a second
count of an award batch to the first ("11 tập thể và 5 cá nhân"), a place named before
a list to each of its counts, a change right after its count to the count's cell ("cấp
tỉnh 38, tăng 4 mô hình"); and a count denied its verb ("không công nhận 9 mô hình") to
none of them. The verb written after a list is each count's (see ``_lists``).
"""

from __future__ import annotations

import re

import attrs

from danvan._extract._cells import (
    HOLDER_UNITS,
    another_act,
    apart_from,
    counts_what_its_total_counts,
    measured_as_total,
    more_than_it,
    sets_a_cell,
)
from danvan._extract._change_links import (
    cell_of_the_one_changed,
    has_a_cell,
    no_cell_from_before,
    the_quantity_of,
    value_after_the_change,
    with_the_cell_of,
)
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, a_margin, denied, whole_of
from danvan._extract._figure_verbs import mended_before, merged_before
from danvan._extract._figure_words import (
    AND,
    GOES_ON,
    JOINED,
    MERGING,
    MODEL_UNITS,
    SENTENCE_END,
    SHARES_COUNT,
    THEN_TO,
    THIS_NUMBER_IN,
)
from danvan._extract._list_runs import batch_goes_on
from danvan._extract._named_alike import verb_of_the_item_alike
from danvan._extract._other_years import of_another_year, whole_in_a_new_sentence
from danvan._extract._second_breakdowns import second_breakdown
from danvan._measures import UnitOfMeasure
from danvan._numbers import Percent

__all__ = ["linked"]


# Between two counts of one clause: "… 12 hộ nghèo vay vốn 360 triệu đồng".
_IN_ITS_CLAUSE = re.compile(r"[^,.;:()\n0-9]{0,30}")


def linked(
    source: CleanText,
    mention: FigureMention,
    span: tuple[int, int],
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
) -> FigureMention:
    """The mention tied to the ones before it: the total it breaks down, its batch, its place."""
    folded = source.folded
    if mention.part_of is not None and _a_change(mentions[mention.part_of]):
        total = _before_the_change(folded, mentions, spans, mention.part_of)
        mention = attrs.evolve(mention, part_of=total)  # "…, tăng 45 …; trong đó, …"
    mention = _in_its_batch(folded, mention, span, mentions, spans)
    if mention.part_of is not None:
        mention = second_breakdown(folded, mention, span[0], mentions, spans)
    if mention.change is not None:  # "(tăng 156 mô hình so với năm 2023)"
        mention = attrs.evolve(mention, part_of=None)  # a change is no part
    if mention.part_of is not None:
        mention = counts_what_its_total_counts(mention, mentions[mention.part_of])
    elif (
        mention.change is not None
        and not mention.noun
        and mention.unit_of_measure is None  # not "Số điển hình tăng 12%": its subject's
        and mentions
        and not _sentence_apart(folded, mention, spans[-1], span)
    ):
        changed = mentions[-1]  # the one before, or the total its bracket of parts is of:
        if changed.part_of is not None and ")" in folded[spans[-1][1] : span[0]]:  # "1.512 mô
            changed = mentions[changed.part_of]  # hình, điển hình (…, 304 điển hình), tăng 86"
        mention = counts_what_its_total_counts(mention, changed)
    if mentions:
        mention = _after_the_one_before(folded, mention, span, mentions, spans)
    whole = mentions[mention.part_of] if mention.part_of is not None else None
    if whole is not None and (not sets_a_cell(mention, whole) or another_act(mention, whole)):
        mention = attrs.evolve(mention, part_of=None, subset_of=mention.part_of)
    elif (  # "cấp huyện có 36 … đăng ký, trong đó …; cấp cơ sở có 148 … đăng ký": beside it
        whole is not None
        and mention.measure == whole.measure
        and _outside_its_total(mention, whole)
    ):
        mention = attrs.evolve(mention, part_of=None)
    if (
        mentions
        and not mention.awarded
        and (
            mention.holder is not None
            or mention.unit_of_measure in _RECIPIENTS
            or mention.unit_of_measure in MODEL_UNITS  # "cho 30 mô hình và 15 điển hình"
        )
    ):  # "cho 6 tập thể và 14 hội viên", "cho 4 xã, 2 đơn vị"
        mention = _same_batch(source, spans[-1], span, mentions[-1], mention)
    if mentions and mention.place_words is None:  # "Huyện X …: 50 tập thể, 70 …"
        mention = _same_place(folded, spans[-1], span, mentions[-1], mention)
    merged = merged_before(folded, span[0])
    mention = _among(mention, mentions, mended=mended_before(folded, span[0]), merged=merged)
    return batch_goes_on(folded, mentions, spans, mention, span)  # "…; 8 tập thể, 10 cá nhân"


def _outside_its_total(part: FigureMention, total: FigureMention) -> bool:
    """Whether a figure is of another level than its total's own: no part of it.

    "cấp huyện có 36 mô hình …, trong đó …; cấp cơ sở có 148 mô hình": the 148 are
    beside the 36, not among them. (Its kind may differ: "mô hình" counts both kinds.)
    """
    return total.level is not None and part.level not in (None, total.level)


def _among(
    mention: FigureMention, mentions: list[FigureMention], *, mended: bool, merged: bool
) -> FigureMention:
    """The total a mention is a part or a subset of, if any, and what it then measures.

    ``mended``: what it counts was mended ("sửa chữa 260 nhà"), no act its total's verb says;
    ``merged``: it was merged into others ("hợp nhất 7 mô hình"), none of its total.
    """
    if denied(mention) or merged:  # "không công nhận 9 mô hình", "hợp nhất 7 mô hình"
        return attrs.evolve(mention, part_of=None, subset_of=None)  # none of them
    if mention.part_of is not None and _of_another_unit(mention, mentions[mention.part_of]):
        mention = attrs.evolve(mention, part_of=None, subset_of=mention.part_of)
    total = whole_of(mention)
    if total is None:
        return mention
    if apart_from(mention, mentions[total]):
        return attrs.evolve(mention, part_of=None, subset_of=None)  # "…; 86.000 ngày công"
    if mended:
        return mention
    measured = measured_as_total(mention, mentions[total])  # "…, trong đó có 1.200 hộ …"
    if mention.part_of is None and more_than_it(mention, mentions[total]):  # of another time:
        return attrs.evolve(measured, subset_of=None)  # "64 mô hình (trước sắp xếp, … 71 …)"
    return measured


def _of_another_unit(part: FigureMention, total: FigureMention) -> bool:
    """Whether a part counts in another unit than its total: then it is no cell of it.

    "64 tập thể, cá nhân đăng ký xây dựng mô hình. Trong đó, lĩnh vực kinh tế 22 mô
    hình; …": the models by field are among the registrants, no cells of them. Models
    and exemplars are cells of a count of both, collectives and individuals of one of
    recipients or of models.
    """
    unit, its = part.unit_of_measure, total.unit_of_measure
    return (
        unit is not None
        and its is not None
        and unit != its
        and not (unit in MODEL_UNITS and its in MODEL_UNITS)
        and not (unit in HOLDER_UNITS and (its in MODEL_UNITS or its is UnitOfMeasure.RECIPIENTS))
    )


_COMPARED_WITH = re.compile(r"\sso\svoi\s")
# Between a count and the total of it that it raises, named no other way: "…, nâng tổng số
# lên " (not "nâng tổng số mô hình lên": all the models there are, a stock).
_RAISED_TO = re.compile(r"[^.;\n()0-9]{0,40}?,\snang\s(?:tong\s)?so\slen\s")


def _after_the_one_before(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
) -> FigureMention:
    """What the count right before says of this one: its verb, its cell, its change."""
    before, before_span = mentions[-1], spans[-1]
    if mention.change is not None:  # "24 mô hình cấp tỉnh, tăng 6 mô hình"
        return cell_of_the_one_changed(folded, mention, span, mentions, spans, k=len(spans) - 1)
    if before.change is not None:  # "giảm 259 …, còn 986 mô hình"
        return value_after_the_change(folded, mention, span, before, before_span)
    if (  # "mô hình tập thể chiếm 78,4% (381 mô hình)": the count of the share's cell
        isinstance(before.value, Percent)
        and SHARES_COUNT.fullmatch(folded, before_span[1], span[0])
        and not has_a_cell(mention)
    ):
        taken = with_the_cell_of(mention, before)  # and among what the share is, if said
        if before.category is not None and "category" in before.evidence:  # its named cell
            evidence = {**taken.evidence, "category": before.evidence["category"]}
            taken = attrs.evolve(taken, category=before.category, evidence=evidence)
        if before.part_of is None and before.subset_of is None:
            return taken
        return attrs.evolve(taken, part_of=before.part_of, subset_of=before.subset_of)
    if _RAISED_TO.fullmatch(folded, before_span[1], span[0]):  # "…, nâng tổng số lên 412":
        return the_quantity_of(mention, before, cell=not _items_of_cells(mentions))  # all of it
    if (
        _THIS_NUMBER_AFTER.fullmatch(folded, before_span[1], span[0])  # "con số này là 2.840"
        or _COMPARED_WITH.fullmatch(folded, before_span[1], span[0])  # "(1.286 so với 643 …)"
    ):  # the same quantity: another period's, or all of it to date
        return the_quantity_of(mention, before)
    if of_another_year(folded, before_span, span):  # "… cấp tỉnh (năm 2024: 39 mô hình)",
        # its next year's item: "(năm 2023: 5; năm 2024: 7)": the same quantity, another year:
        if isinstance(before.value, Percent) and len(mentions) > 1:  # "… là 96, bằng 112,9%
            before = mentions[-2]  # so với năm 2024 (85 mô hình)": the count it compares
        before = whole_in_a_new_sentence(folded, before, mentions, (before_span[1], span[0]))
        mention = the_quantity_of(no_cell_from_before(mention, before), before)  # its cell,
        if mention.part_of is None and mention.subset_of is None:  # its act; and among what
            mention = attrs.evolve(mention, part_of=before.part_of, subset_of=before.subset_of)
        return mention  # the item before is among: "214 … 2023 - 2025 (năm 2023: 68; …)"
    from_ = folded[max(0, before_span[0] - 3) : before_span[0]] == "tu "
    if from_ and len(mentions) > 1 and mentions[-2].change is not None:  # "(từ 312 xuống 286)"
        return value_after_the_change(folded, mention, span, mentions[-2], spans[-2])
    if from_ and _THEN.fullmatch(folded, before_span[1], span[0]):  # "… lĩnh vực kinh tế
        return the_quantity_of(mention, before)  # tăng từ 186 lên 402": its cell, its act
    # "Năm 2024 có … được công nhận; năm 2025 có …"
    return verb_of_the_item_alike(folded, mention, span, before, before_span)


def _items_of_cells(mentions: list[FigureMention]) -> bool:
    """Whether the last two counts are items of a list, each of another cell of one unit.

    "Cấp tỉnh 12 mô hình, cấp huyện 86 mô hình, cấp xã 215 mô hình": a sum after the last
    is of them all.
    """
    if len(mentions) < 2:  # two items make a list
        return False
    a, b = mentions[-2], mentions[-1]
    cells = (a.level, a.fields, a.category) != (b.level, b.fields, b.category)
    return a.unit_of_measure == b.unit_of_measure and cells and has_a_cell(a) and has_a_cell(b)


def _in_its_batch(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
) -> FigureMention:
    """A count read as one of a batch: its total of its own unit, the level of its batch.

    "45 tập thể, 67 cá nhân …, trong đó cấp tỉnh khen thưởng 12 tập thể, 15 cá nhân": the
    12 break down the 45, and the 15 were commended at the province level too; not a
    count of the same things, another cell: "cấp phường công nhận 28 mô hình, 8 mô hình
    đang theo dõi".
    """
    total = mention.part_of
    if total is not None and mentions[total].unit_of_measure != mention.unit_of_measure:
        j = total
        while j > 0 and JOINED.fullmatch(folded, spans[j - 1][1], spans[j][0]):
            j -= 1
            if mentions[j].unit_of_measure == mention.unit_of_measure:
                mention = attrs.evolve(mention, part_of=j)
                break
    before = mentions[-1] if mentions else None
    said = before.evidence.get("level") if before is not None else None
    if (
        mention.level is None
        and before is not None
        and said is not None
        and said[1][1] <= before.span[0]  # written before its number: the batch's
        and before.unit_of_measure != mention.unit_of_measure
        and JOINED.fullmatch(folded, spans[-1][1], span[0])
    ):
        evidence = {**mention.evidence, "level": said}
        mention = attrs.evolve(mention, level=before.level, evidence=evidence)
    return mention


_RECIPIENTS = frozenset((UnitOfMeasure.PEOPLE, UnitOfMeasure.UNITS))  # of no holder said
# The cause of a batch, then "và" and the next batch's count: "… có thành tích xuất sắc
# trong thực hiện Quy chế dân chủ ở cơ sở và ".
_AFTER_ITS_CAUSE = re.compile(
    r"\s(?:(?:da|vi)\s)?co\sthanh\stich[^.;:()\n0-9]{0,140}?\s(?:,\s)?va\s"
)


# The names of a batch's recipients in brackets, then "và" and the next count: "… cho 3
# tập thể (xã Gia Hưng, phường Hoa Lư, xã Yên Mạc) và 5 cá nhân".
_AFTER_THEIR_NAMES = re.compile(r"\s?\([^()\n0-9]{2,160}\)\s?(?:,|va|,\sva)\s")


def _same_batch(
    source: CleanText,
    before: tuple[int, int],
    span: tuple[int, int],
    first: FigureMention,
    mention: FigureMention,
) -> FigureMention:
    """The second count of one batch ("cho 11 tập thể và 5 cá nhân") takes its award.

    So do the counts after the batch's cause, for another: "tặng Bằng khen cho 10 tập
    thể, 14 cá nhân có thành tích … Quy chế dân chủ ở cơ sở và 8 tập thể, 12 cá nhân …".
    """
    joined = AND.fullmatch(source.folded, before[1], span[0])
    joined = joined or _AFTER_ITS_CAUSE.fullmatch(source.folded, before[1], span[0])
    joined = joined or _AFTER_THEIR_NAMES.fullmatch(source.folded, before[1], span[0])
    if not first.awarded or not joined:
        return mention
    taken = ("award_form", "issuer_words") + (("measure",) if mention.measure is None else ())
    evidence = {k: v for k, v in first.evidence.items() if k in taken}
    return attrs.evolve(
        mention,
        award_form=first.award_form,
        issuer_words=first.issuer_words,
        measure=mention.measure or first.measure,
        evidence={**mention.evidence, **evidence},
    )


def _a_change(mention: FigureMention) -> bool:
    """Whether a mention says by how much its count differs: from a year, over a target."""
    return mention.change is not None or a_margin(mention)  # "tăng 45 …", "vượt 145 …"


def _before_the_change(
    folded: str, mentions: list[FigureMention], spans: list[tuple[int, int]], change: int
) -> int | None:
    """The count a change follows in its sentence: the total of a list after both."""
    total = change - 1
    if total < 0 or _a_change(mentions[total]):
        return None
    return None if SENTENCE_END.search(folded, spans[total][1], spans[change][0]) else total


# The units as they are after a merger, no longer the ones before it: "trước sáp nhập, 3 xã
# có 41 mô hình, sau sáp nhập xã đã duy trì 35 mô hình".
_AFTER_MERGING = re.compile(rf"\bsau\s(?:khi\s)?{MERGING}")


def _same_place(
    folded: str,
    before: tuple[int, int],
    span: tuple[int, int],
    first: FigureMention,
    mention: FigureMention,
) -> FigureMention:
    """The next count of a list ("Huyện X biểu dương 50 tập thể, 70 cá nhân") is X's too.

    So is the count of a clause that goes on with X's verb, and one later in X's clause:
    "Chi hội thôn Đông có 45 hội viên tham gia mô hình, hỗ trợ 12 hộ nghèo vay vốn 360
    triệu đồng".
    """
    if (
        first.place_words is None
        or not any(p.fullmatch(folded, before[1], span[0]) for p in (AND, GOES_ON, _IN_ITS_CLAUSE))
        or _AFTER_MERGING.search(folded, before[1], span[0])  # "…, sau sáp nhập xã đã …"
    ):
        return mention
    evidence = {**mention.evidence, "place_words": first.evidence["place_words"]}
    return attrs.evolve(mention, place_words=first.place_words, evidence=evidence)


def _sentence_apart(
    folded: str, change: FigureMention, before: tuple[int, int], span: tuple[int, int]
) -> bool:
    """Whether a change in percent is in another sentence than the count before it.

    "… 684 mô hình, tăng 12,3%" is of the 684; "…. Số hộ tham gia tăng 9%" of no count.
    """
    return (
        isinstance(change.value, Percent)
        and SENTENCE_END.search(folded, before[1], span[0]) is not None
    )


# Between a count and the value "this number" has in another period: "… 2.540 mô hình
# được công nhận; năm 2025, con số này là 2.840".
_THEN = re.compile(THEN_TO)
_THIS_NUMBER_AFTER = re.compile(rf"[^.\n0-9]{{0,60}}?[;,.]\s{THIS_NUMBER_IN}")  # "…. Năm …,"
