"""What a change and the count beside it say of each other, as they are linked.

"Cả huyện có 24 mô hình cấp tỉnh, tăng 6 mô hình": the change takes its count's cell;
"giảm 259 mô hình so với năm 2024, còn 986 mô hình": the value it leaves takes the
change's measure, cell and period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._cells import exact
from danvan._extract._figure_mention import FigureMention, verb_said, whole_of
from danvan._extract._figure_words import (
    DIFFERENCE,
    FROM_THEN,
    MODEL_UNITS,
    SENTENCE_END,
    THEN_TO,
)
from danvan._figures import Change
from danvan._measures import UnitOfMeasure
from danvan._numbers import Percent

__all__ = [
    "between_two_years",
    "bodies_of_the_counts_changed",
    "cell_of_the_one_changed",
    "changes_in_percent",
    "changes_measured_late",
    "changes_the_one_before",
    "has_a_cell",
    "no_cell_from_before",
    "the_quantity_of",
    "value_after_the_change",
    "with_the_cell_of",
]


# The dimensions of a count's cell that a count beside it may take.
_CELL = ("level", "fields", "holder")
# Between a count and its change, in its clause: "24 mô hình cấp tỉnh, tăng 6 mô hình",
# "186 mô hình (tăng 24 mô hình …"; or the base of a comparison and its subject's change:
# "So với năm 2024 (2.864 mô hình), số mô hình tăng 262 mô hình", in the next sentence too:
# "… có 3.412 mô hình đang hoạt động. So với năm 2024, số mô hình tăng 127 mô hình", past
# a year: "… 15 mô hình mới đăng ký trong năm 2025. So với cùng kỳ năm trước, số mô hình …".
_COMPARED = r"so\svoi\s(?:cung\sky\s)?(?:nam\s(?:truoc|(?:19|20)[0-9]{2}))?"
_THEN_ITS_CHANGE = re.compile(  # …"…, (or ;) so với cùng kỳ (năm trước) tăng 135 mô hình"
    rf"(?:[^,.;:()\n0-9]|(?<=\s)(?:19|20)[0-9]{{2}}\b){{0,60}}(?:,\s?(?:{_COMPARED}\s?,?\s?)?"
    rf"|;\s?{_COMPARED}\s?,?\s?"
    r"|\s?\(\s?"
    r"|\s?\),\s(?:(?:tong\s)?so\s(?:luong\s)?(?:mo\shinh|dien\shinh)(?:\s[a-z]+){0,4}?\s)?"
    r"|\.(?:\sso\svoi\s(?:(?:cung\sky\s)?nam\s(?:(?:19|20)[0-9]{2}|truoc)|cung\sky),)?"
    r"\s(?:tong\s)?so\s(?:luong\s)?(?:mo\shinh|dien\shinh)(?:\s[a-z]+){0,4}?\s"
    # …or the next sentence, the comparison its subject: ". So với cùng kỳ năm 2024, tăng 37"
    rf"|\.\s{_COMPARED},\s)"
    r"(?:tang|giam)\s(?:them\s)?"
    rf"|[^,.;:()\n0-9]{{0,60}},\s?{DIFFERENCE}\s?"  # "…, nhiều hơn năm 2024 là 57"
)


def cell_of_the_one_changed(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    *,
    k: int,
) -> FigureMention:
    """A change right after a count changes that count: it takes the count's cell.

    "Cả huyện có 24 mô hình cấp tỉnh, tăng 6 mô hình; 156 mô hình cấp huyện, tăng 22 mô
    hình": the 6 are of the province level, the 22 of the district level. With no verb of
    its own, it takes the count's: "…; năm 2025 có 1.286 mô hình, tăng 184 mô hình"; and
    the count's place: "xã Tân Lập có 15 mô hình (tăng 3 mô hình …)" are the commune's.
    After the bracketed parts of a count, it is the count's: "1.024 mô hình được công nhận
    (gồm 856 …, 168 …), tăng 112 mô hình" (``k`` is the index of the count right before).
    """
    before, before_span = mentions[k], spans[k]
    among = whole_of(before)
    if among is not None and _BRACKET_CLOSED.match(folded, before_span[1], span[0]):
        before, before_span = mentions[among], spans[among]  # "(…, 168 …), tăng 112"
    between = folded[before_span[1] : span[0]]  # not "cấp tỉnh 38, tăng 4" of another unit
    between = _A_BRACKET.sub("", between, count=1)
    own_cell = has_a_cell(mention) and not _the_same_cell(mention, before)
    if own_cell or not changes_the_one_before(between, mention, before):
        return mention  # not "… 86 mô hình cấp tỉnh. So với …, số mô hình cấp tỉnh tăng 12"
    ends = SENTENCE_END.search(between) or ";" in between  # "…, 111 mô hình cấp xã; so
    if among is not None and ends and not has_a_cell(mention):  # với năm 2024 tăng 18 …"
        before = mentions[among]  # "…; … chính trị 28 mô hình. So với năm 2024, số mô hình
        # … tăng 26": the total's
    if _a_kind_of(mention, before):  # "156 mô hình, điển hình (tăng 12 mô hình)": of both
        mention = attrs.evolve(mention, unit_of_measure=before.unit_of_measure, kind=None)
    acted = verb_said(before) and not verb_said(mention)  # "…; năm 2025 có 1.286, tăng 184"
    counted = before.measure == "models" and "measure" in before.evidence  # "46 mô hình
    acted = acted or (counted and mention.measure is None)  # (tăng 6)": how many there are
    placed = before.place_words is not None and mention.place_words is None
    if not (acted or placed) and not any(name in before.evidence for name in _CELL):
        return mention
    taken = with_the_cell_of(mention, before)  # a category is named after all are read
    if placed and "place_words" in before.evidence:
        evidence = {**taken.evidence, "place_words": before.evidence["place_words"]}
        taken = attrs.evolve(taken, place_words=before.place_words, evidence=evidence)
    if not acted:
        return taken
    evidence = {**taken.evidence, "measure": before.evidence["measure"]}
    return attrs.evolve(taken, measure=before.measure, evidence=evidence)


# The bracket that holds a count's parts, closed before the change: "…), tăng 112", "…); so …".
_BRACKET_CLOSED = re.compile(r"[^()\n0-9]{0,40}\)[,;.]\s")
_A_BRACKET = re.compile(r"\s?\([^()\n]*\)")


# Between a change and the same change in percent: "tăng 36 mô hình (12,8%)", "(tăng
# 12,8%)", ", tương ứng (tăng) 12,8%", ", tăng 12,8%".
_IN_PERCENT = re.compile(
    r"[^,.;:()\n0-9]{0,30}?(?:\s?\(\s?|,\s)(?:tuong\sung\s(?:voi\s)?)?(?:(?:tang|giam)\s)?"
)
# What a change in percent takes from the change it gives again.
_THE_CHANGE = ("measure", "change", "compared_to", "level", "fields", "holder", "period")


def changes_in_percent(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give each percentage right after a change the change's measure and cell, in place.

    "So với năm 2024, số mô hình tăng 36 mô hình (tăng 12,8%)", "…, tăng 36 mô hình
    (12,8%) so với năm 2024": the models up by 12,8 %, no share of the 318 before them.
    """
    for i in range(1, len(mentions)):
        if isinstance(mentions[i].value, Percent) and mentions[i - 1].change is not None:
            mentions[i] = _percent_of_the_change(
                folded, mentions[i], spans[i], mentions[i - 1], spans[i - 1][1]
            )


def _percent_of_the_change(
    folded: str, mention: FigureMention, span: tuple[int, int], change: FigureMention, at: int
) -> FigureMention:
    """A percentage right after a change (ending at ``at``), the same change in percent."""
    way = mention.change
    if (
        not isinstance(mention.value, Percent)
        or not isinstance(change.value, Count)
        or change.change is None
        or way not in (None, change.change)
        or change.unit_of_measure is None
        or mention.unit_of_measure not in (None, change.unit_of_measure)
        or mention.noun
        or _IN_PERCENT.fullmatch(folded, at, span[0]) is None
    ):
        return mention
    evidence = {**mention.evidence}
    evidence.update((n, change.evidence[n]) for n in _THE_CHANGE if n in change.evidence)
    evidence.setdefault("unit_of_measure", change.evidence.get("noun", (change.noun, change.span)))
    return attrs.evolve(
        mention,
        measure=change.measure,
        unit_of_measure=change.unit_of_measure,
        kind=change.kind,
        change=change.change,
        compared_to=mention.compared_to or change.compared_to,
        level=change.level,
        fields=change.fields,
        holder=change.holder,
        category=change.category,
        period=mention.period or change.period,
        part_of=None,
        subset_of=None,
        evidence=evidence,
    )


def changes_the_one_before(
    folded_between: str, mention: FigureMention, before: FigureMention
) -> bool:
    """Whether ``mention`` is the change of the count right before it, by the words between.

    "… có 4.215 mô hình được công nhận, tăng 612 mô hình": the 612 are the 4.215's change.
    """
    return (
        mention.change is not None
        and before.change is None
        and (
            before.unit_of_measure in (None, mention.unit_of_measure) or _a_kind_of(mention, before)
        )
        and _THEN_ITS_CHANGE.fullmatch(folded_between) is not None
    )


def _a_kind_of(mention: FigureMention, before: FigureMention) -> bool:
    """Whether ``mention`` counts a kind of what ``before`` counts.

    "156 mô hình, điển hình (tăng 12 mô hình …)": of both kinds, as the count it changes.
    """
    both = UnitOfMeasure.MODELS_AND_EXEMPLARS
    return before.unit_of_measure is both and mention.unit_of_measure in MODEL_UNITS


def _the_same_cell(mention: FigureMention, before: FigureMention) -> bool:
    """Whether two counts name the same cell, by level, fields and holder."""
    return all(getattr(mention, name) == getattr(before, name) for name in _CELL)


def has_a_cell(mention: FigureMention) -> bool:
    """Whether a count names a cell of its own: a level, fields or a holder."""
    return any(getattr(mention, name) for name in _CELL)


def with_the_cell_of(mention: FigureMention, before: FigureMention) -> FigureMention:
    """``mention`` in the cell of ``before``: its level, fields and holder, with their words."""
    evidence = dict(mention.evidence)
    evidence.update((n, before.evidence[n]) for n in _CELL if n in before.evidence)
    return attrs.evolve(
        mention, level=before.level, fields=before.fields, holder=before.holder, evidence=evidence
    )


# Between a change and the value it leaves: "giảm 259 mô hình so với năm 2024, còn 986".
_THEN_THE_VALUE = re.compile(
    # past the cause: "… so với năm 2024 do sắp xếp đơn vị hành chính, còn 1.036"
    r"(?:[^.;:()\n0-9]|\b(?:19|20)[0-9]{2}\b){0,80}?(?:,\s(?:chi\s)?"
    r"(?:con|len|xuong\scon)\s"  # not "nâng tổng số lên": a total of every year
    # the values before and after, in brackets: "(từ 312 xuống 286 mô hình)"
    rf"|\s?{FROM_THEN}\s"
    r"|(?<=so\svoi\snam\s[0-9]{4})\s\()"  # …or the year compared with's: "… năm 2024 (244 …)"
)


def value_after_the_change(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    change: FigureMention,
    change_span: tuple[int, int],
) -> FigureMention:
    """The value a change leaves is of the changed count: its measure, cell and period.

    "Số mô hình đăng ký năm 2025 giảm 259 mô hình so với năm 2024, còn 986 mô hình": the
    986 were registered, not the models the area has. A change of no verb gives its cell:
    "Số mô hình cấp tỉnh giảm 6 mô hình (từ 84 xuống 78 mô hình)", the province's 78.
    """
    acted = verb_said(change)
    if (
        verb_said(mention)
        or not (acted or has_a_cell(change))
        or change.unit_of_measure != mention.unit_of_measure
        or has_a_cell(mention)
        or not _THEN_THE_VALUE.fullmatch(folded, change_span[1], span[0])
    ):
        return mention
    said = ("measure", "level", "fields", "holder", "period")[0 if acted else 1 :]
    return attrs.evolve(
        mention,
        measure=change.measure if acted else mention.measure,
        level=change.level,
        fields=change.fields,
        holder=change.holder,
        period=mention.period or change.period,
        evidence={
            **mention.evidence,
            **{k: change.evidence[k] for k in said if k in change.evidence},
        },
    )


# Its count's change, past the count's own words: "… 6 mô hình cấp huyện, tăng 2 mô hình".
_ITS_CHANGE = re.compile(r"[^,.;:()\n0-9]{0,31}[,(]\s?(?:tang|giam)(?:\s(?:them|di|len|xuong))?\s")


# Between the value a count went from and the value it went to: "từ 245 … lên ".
_THEN = re.compile(THEN_TO)


def bodies_of_the_counts_changed(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give a change right after its count the count's body, named after the links are made.

    "Khối … đăng ký 43 mô hình, giảm 8 mô hình", "… 312 mô hình (tăng 12,3% …)": the
    body's; so is the value a count went up or down to ("… tăng từ 245 … lên 612 …"). The
    level, fields and holder are given as the change is linked (see
    ``cell_of_the_one_changed``).
    """
    for i in range(1, len(mentions)):
        changed, before = mentions[i], mentions[i - 1]
        said = _ITS_CHANGE.fullmatch(folded, spans[i - 1][1], spans[i][0])
        then = folded.endswith("tu ", 0, spans[i - 1][0]) and _THEN.fullmatch(
            folded, spans[i - 1][1], spans[i][0]
        )  # "… do Mặt trận chủ trì tăng từ 245 mô hình năm 2021 lên 612 mô hình năm 2025"
        if not then and (changed.change is None or before.change is not None or not said):
            continue
        if changed.category is None and before.category is not None:
            evidence = {**changed.evidence, "category": before.evidence["category"]}
            mentions[i] = attrs.evolve(changed, category=before.category, evidence=evidence)


def the_quantity_of(
    mention: FigureMention, before: FigureMention, *, cell: bool = True
) -> FigureMention:
    """The value of ``before``'s quantity in another period: its cell and its measure.

    Its measure alone when not ``cell``: the sum a list's last item raises to is of all
    the items ("…, cấp xã 215 mô hình, nâng tổng số lên 313"), none's cell.
    """
    mention = _cell_of(mention, before) if cell else mention
    if verb_said(mention) or not verb_said(before):
        return mention
    evidence = {**mention.evidence, "measure": before.evidence["measure"]}
    return attrs.evolve(mention, measure=before.measure, evidence=evidence)


def no_cell_from_before(mention: FigureMention, before: FigureMention) -> FigureMention:
    """The mention without the cells read from words before ``before``, its clause's subject.

    "… số mô hình cấp tỉnh là 214 (…), cấp xã là 2.912 (năm 2024: 2.678)": the 2.678 are
    of the commune level, as the count it gives again; not of the subject's province.
    """
    given = mention.evidence
    earlier = [name for name in _CELL if name in given and given[name][1][0] < before.span[0]]
    if not earlier:
        return mention
    evidence = {name: said for name, said in mention.evidence.items() if name not in earlier}
    return attrs.evolve(
        mention,
        evidence=evidence,
        level=None if "level" in earlier else mention.level,
        fields=() if "fields" in earlier else mention.fields,
        holder=None if "holder" in earlier else mention.holder,
    )


def _cell_of(mention: FigureMention, before: FigureMention) -> FigureMention:
    """The count of ``before``'s cell, when it names none of its own and counts alike."""
    if before.unit_of_measure != mention.unit_of_measure or has_a_cell(mention):
        return mention
    return with_the_cell_of(mention, before)


def between_two_years(
    mentions: Sequence[FigureMention],
    i: int,
    found: dict[str, Any],
    evidence: dict[str, tuple[str, tuple[int, int]]],
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]]:
    """A change right after the values of two years it is the difference of: of the later.

    "Năm 2025 có 1.102 mô hình …, năm 2024 có 1.165 mô hình, giảm 63 mô hình": 2025's
    change against 2024, not 2024's.
    """
    change = mentions[i]
    if change.change is None or "compared_to" in found or i < 2:
        return found, evidence
    first, second = mentions[i - 2], mentions[i - 1]
    if first.period is None or second.period is None or first.period == second.period:
        return found, evidence
    later, earlier = (
        (first, second) if first.period.start > second.period.start else (second, first)
    )
    values = (exact(later), exact(earlier), exact(change))
    same = (first.measure, first.unit_of_measure) == (second.measure, second.unit_of_measure)
    if not same or values[0] is None or values[1] is None or values[2] is None:
        return found, evidence
    by = values[2] if change.change is Change.INCREASE else -values[2]
    if values[0] - values[1] != by:
        return found, evidence
    said = {"period": later.evidence["period"], "compared_to": earlier.evidence["period"]}
    return {**found, "period": later.period, "compared_to": earlier.period}, {**evidence, **said}


def changes_measured_late(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """A change that took its count's noun for an act takes the act its count took later.

    "…, trong đó, giai đoạn 2021 - 2025 có 5.284 mô hình, tăng 1.442 so với giai đoạn
    trước": the 5.284 are recognised, as their total is (their period read), and so is
    their change, in place.
    """
    for i in range(1, len(mentions)):
        change, count = mentions[i], mentions[i - 1]
        noun = count.evidence.get("noun")
        if (
            change.change is not None
            and change.measure == "models"
            and noun is not None
            and change.evidence.get("measure") == noun
            and verb_said(count)
            and changes_the_one_before(folded[spans[i - 1][1] : spans[i][0]], change, count)
        ):
            evidence = {**change.evidence, "measure": count.evidence["measure"]}
            mentions[i] = attrs.evolve(change, measure=count.measure, evidence=evidence)
