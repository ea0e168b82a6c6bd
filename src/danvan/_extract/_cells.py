"""What makes a figure a cell of another: its dimension, its exact value, its measure.

A part under a total sets a cell of it (a level, a field, a holder, a kind, a named
cell), unless it says an act of its own; a part with no verb of its own measures what its
total measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._exemplars_who import exemplars_who_are, households_among_exemplars
from danvan._extract._figure_mention import FigureMention, denied, verb_said, whole_of
from danvan._extract._figure_verbs import act_fits
from danvan._extract._figure_words import MODEL_UNITS
from danvan._figures import AMOUNT_UNITS
from danvan._measures import UnitOfMeasure
from danvan._models import ModelStatus
from danvan._numbers import Percent
from danvan._text import fold
from danvan._vocabulary import Qualifier

__all__ = [
    "adds_up",
    "as_named",
    "cells_in_their_totals",
    "HOLDER_UNITS",
    "STAGES",
    "another_act",
    "apart_from",
    "counts_what_its_total_counts",
    "dimension",
    "exact",
    "measured_as_total",
    "more_than_it",
    "named_cell",
    "named_subsets_completing",
    "occurrences_of_its_total",
    "under_the_total",
    "sets_a_cell",
]

#: The measures that are stages of a model, as the status a cell of a count of models
#: by status takes.
STAGES = {
    "registered": ModelStatus.REGISTERED,
    "built": ModelStatus.BUILDING,
    "recognised": ModelStatus.RECOGNISED,
    "proposed": ModelStatus.PROPOSED,
}


#: The units of a count of holders: "50 tập thể và 36 cá nhân" of exemplars.
HOLDER_UNITS = frozenset([UnitOfMeasure.COLLECTIVES, UnitOfMeasure.INDIVIDUALS])


def dimension(mention: FigureMention) -> str | None:
    """The first attribute that sets a figure's cell: its level, fields, holder, kind, name."""
    for name in ("level", "fields", "holder", "kind", "category"):
        if getattr(mention, name):
            return name
    return None


def another_act(part: FigureMention, total: FigureMention) -> bool:
    """Whether a figure under a total says an act of its own, no stage of a model's.

    "… biểu dương, khen thưởng 248 mô hình, trong đó tỉnh biểu dương 36 mô hình": the 36
    are among the 248, no cell of them; a stage ("đăng ký 300, trong đó 250 được công
    nhận") makes a count of models by status instead.
    """
    measures = {part.measure, total.measure}
    return (
        verb_said(part)
        and verb_said(total)
        and not denied(total)  # "đã thẩm định 48 mô hình, trong đó công nhận 41": no act
        and len(measures) == 2
        and not measures <= STAGES.keys()
    )


def sets_a_cell(part: FigureMention, total: FigureMention) -> bool:
    """Whether a figure under a total says its cell; "cấp huyện trở lên" says none."""
    if (_level_words(part) or "").endswith(("trở lên", "trở xuống")):
        return False
    return bool(
        (part.level is not None and part.level is not total.level)
        or (part.level is None and _level_words(part) not in (None, _level_words(total)))
        or (part.fields and part.fields != total.fields)
        or (part.holder is not None and part.holder is not total.holder)
        or (part.kind is not None and total.kind is None)
    )


def _level_words(mention: FigureMention) -> str | None:
    """The words of a level, also one they do not tell ("cấp thành phố")."""
    words = mention.evidence.get("level")
    return words[0].casefold() if words is not None else None


def repeats_its_verb(part: FigureMention, total: FigureMention) -> bool:
    """Whether a part's verb is the end of its total's, said for short.

    "… đăng ký xây dựng 1.426 mô hình. Khối Đảng xây dựng 212 mô hình; …".
    """
    said, given = part.evidence.get("measure"), total.evidence.get("measure")
    if said is None or given is None or part.measure == total.measure:
        return False
    return fold(given[0]).endswith(" " + fold(said[0]))


def measured_as_total(part: FigureMention, total: FigureMention) -> FigureMention:
    """A part with no verb of its own ("trong đó 7 mô hình mới") measures its total's.

    So does one that says the end of its total's verb: "xây dựng" of "đăng ký xây dựng".
    """
    new = part.measure == "built" and fold(part.evidence.get("measure", ("",))[0]) == "moi"
    new = new or (  # "models" only by its noun: no verb of its own
        part.measure == "models" and part.evidence.get("measure") == part.evidence.get("noun")
    )
    new = new or repeats_its_verb(part, total)
    if (part.measure is not None and not new) or total.measure is None or denied(part):
        return part
    evidence = {**part.evidence}
    if "measure" in total.evidence:
        evidence["measure"] = total.evidence["measure"]
    return attrs.evolve(part, measure=total.measure, evidence=evidence)


# What a part of a count of models may say it is: a stage, or how many there are of a status.
_STAGED = frozenset((*STAGES, "models"))


def under_the_total(
    parts: Sequence[FigureMention], whole: FigureMention, total: int
) -> list[FigureMention]:
    """Counts that add up to ``whole`` (at ``total``) as its cells, measured as it is.

    Or among it, when one is a count of another act: "… 5.912 mô hình được công nhận.
    Số mô hình được duy trì là 5.430 mô hình; có 482 mô hình ngừng hoạt động".
    """
    measured = [measured_as_total(part, whole) for part in parts]
    words = (whole.text, whole.span)
    if {m.measure for m in measured} <= {whole.measure, *_STAGED}:
        return [
            attrs.evolve(m, part_of=total, evidence={**m.evidence, "part_of": words})
            for m in measured
        ]
    return [
        attrs.evolve(m, subset_of=total, evidence={**m.evidence, "subset_of": words})
        for m in measured
    ]


def apart_from(mention: FigureMention, total: FigureMention) -> bool:
    """Whether a count after a total is none of it: of another amount, or what its models did.

    Nor are models among things no unit names: "ra quân 1.240 công trình, phần việc …,
    trong đó có 86 công trình …; xây dựng 45 mô hình"; nor other things, done by a verb of
    their own: "lắp đặt 3.815 camera, trong đó …; thành lập 2.458 tổ liên gia".
    """
    unnamed = total.unit_of_measure is None and bool(total.noun)
    return (
        _amounts_apart(mention, total)
        or _done_by_models(mention, total)
        or (unnamed and mention.unit_of_measure in MODEL_UNITS)
        or (unnamed and _other_things_done(mention, total))
    )


def more_than_it(mention: FigureMention, total: FigureMention) -> bool:
    """Whether a count is more than the count of the same things it would be among.

    "Toàn xã hiện duy trì 64 mô hình (trước sắp xếp, 3 xã có 71 mô hình; …)": the 71 are
    of another time, none of the 64.
    """
    part, whole = mention.value, total.value
    return (
        isinstance(part, Count)
        and isinstance(whole, Count)
        and whole.high is not None
        and part.low > whole.high
        and mention.unit_of_measure == total.unit_of_measure
    )


def _other_things_done(mention: FigureMention, total: FigureMention) -> bool:
    """Whether a count of things no unit names is of other things than its total, by its act.

    "… lắp đặt 3.815 camera an ninh, trong đó 1.260 camera …; thành lập 2.458 tổ liên gia
    với hơn 24.000 hộ tham gia": the groups, set up by a verb of their own, are no
    cameras, nor are the households that take part in them.
    """
    acted, its_act = mention.evidence.get("measure"), total.evidence.get("measure")
    own_act = acted is not None and (its_act is None or acted[1] != its_act[1])
    return (
        (mention.measure == "participants" or (own_act and mention.unit_of_measure is None))
        and bool(mention.noun)
        and fold(mention.noun or "").split()[0] != fold(total.noun or "").split()[0]
    )


def _done_by_models(mention: FigureMention, total: FigureMention) -> bool:
    """Whether a count is of what the models of its total did, not among them.

    "… 2.346 mô hình …; trong đó có 1.128 mô hình …, góp phần giúp 9.250 hộ thoát nghèo".
    Nor are the people who take part in models among them ("45 mô hình, trong đó có 12
    mô hình … với 340 hội viên tham gia"), nor people among models that are not people.
    """
    unit, its = mention.unit_of_measure, total.unit_of_measure
    return its in MODEL_UNITS and (
        (unit not in _AMONG_MODELS and not households_among_exemplars(mention, total))
        or mention.measure == "participants"
        or (unit is UnitOfMeasure.PEOPLE and its is UnitOfMeasure.MODELS)
    )


# What a count of models may have among it: models, their holders and people ("325 cá nhân
# điển hình …, trong đó 112 người là đảng viên"), recipients; a bare number.
_AMONG_MODELS = frozenset(
    (None, *MODEL_UNITS, *HOLDER_UNITS, UnitOfMeasure.RECIPIENTS, UnitOfMeasure.PEOPLE)
)


def _amounts_apart(mention: FigureMention, total: FigureMention) -> bool:
    """Whether a count and the total it follows are amounts of two units: none of the other.

    "… huy động 145 tỷ đồng, trong đó nhân dân đóng góp 98 tỷ đồng; huy động 86.000 ngày
    công": the workdays are not among the money.
    """
    units = {mention.unit_of_measure, total.unit_of_measure}
    return len(units) == 2 and bool(units & _AMOUNTS)


_AMOUNTS = frozenset(AMOUNT_UNITS)


def named_cell(mention: FigureMention, mentions: Sequence[FigureMention]) -> FigureMention:
    """A count named by its body among a total no name sets: a cell of it after all.

    Not a count of another act: "… duy trì 412 mô hình; trong đó … 356 mô hình do Công an
    cấp xã xây dựng" built the 356, among the 412 in operation.
    """
    total = mention.subset_of
    if total is None or mentions[total].category is not None:
        return mention
    cell = measured_as_total(mention, mentions[total])
    if cell.measure != mentions[total].measure:
        return mention
    return attrs.evolve(cell, part_of=total, subset_of=None)


def as_named(
    mention: FigureMention, mentions: list[FigureMention], *, named: bool, singled_out: bool
) -> FigureMention:
    """A count named by a body or a cell: a cell of its total, or among it when singled out.

    "… 312 mô hình được công nhận. Riêng Hội Liên hiệp Phụ nữ có 74 mô hình": among the
    312, not a cell of them, nor one by kind beside the total's cells by kind.
    """
    if singled_out:
        total = mention.part_of
        return mention if total is None else attrs.evolve(mention, part_of=None, subset_of=total)
    return named_cell(mention, mentions) if named else mention


def named_subsets_completing(mentions: list[FigureMention]) -> None:
    """Counts among a total, each named, that add up to it with its parts: parts, in place.

    "386 mô hình; trong đó 214 mô hình ở cơ sở, 172 mô hình ở các cơ quan, đơn vị": the
    214, named only after the links were made, are a cell as the 172 are; so are two or
    more named alone that add up to it ("860 điển hình, gồm: 305 cán bộ, công chức; …").
    Only cells of what they are about or whose they are, no level, stage or holder other
    than the total's among them.
    """
    parts: dict[int, list[int]] = {}
    named: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.part_of is not None:
            parts.setdefault(mention.part_of, []).append(i)
        t = mention.subset_of
        if t is None or mention.category in (None, mentions[t].category):
            continue
        alike = (mention.measure, mention.unit_of_measure) == (
            mentions[t].measure,
            mentions[t].unit_of_measure,
        )
        if alike and isinstance(mention.value, Count):
            named.setdefault(t, []).append(i)
    for t, some in named.items():
        cells = [*parts.get(t, ()), *some]
        topical = all(
            not (m.level or m.status) and m.holder in (None, mentions[t].holder)
            for m in map(mentions.__getitem__, cells)
        )  # …or named alone, all of it: "860 điển hình, gồm: 305 cán bộ, công chức; …"
        if (t in parts or len(some) > 1) and topical and adds_up(mentions, cells, t):
            for i in some:
                mentions[i] = attrs.evolve(mentions[i], part_of=t, subset_of=None)


def exact(mention: FigureMention) -> int | None:
    """A count's value when it is exact, otherwise ``None``."""
    value = mention.value
    if isinstance(value, Count) and value.qualifier is Qualifier.EXACT:
        return value.value
    return None


def adds_up(mentions: Sequence[FigureMention], parts: Sequence[int], total: int) -> bool:
    """Whether the exact counts ``parts`` add up to the exact count ``total``."""
    values = [exact(mentions[j]) for j in parts]
    whole = exact(mentions[total])
    return whole is not None and None not in values and sum(v or 0 for v in values) == whole


def counts_what_its_total_counts(mention: FigureMention, total: FigureMention) -> FigureMention:
    """A part with no noun ("tập thể 165") counts what its total counts, and says so.

    So does a part whose noun is only the holder, of a total of models: "86 điển hình,
    gồm 50 tập thể và 36 cá nhân" counts collective and individual exemplars; and a change
    in percent of the count before it: "… là 3.456, tăng 8,2% so với năm 2024".
    """
    if isinstance(mention.value, Percent) and mention.change is None:  # a share counts none
        return mention
    mention = exemplars_who_are(mention, total)  # "… điển hình, gồm: 305 cán bộ, …"
    if mention.noun and not (
        total.unit_of_measure in MODEL_UNITS and mention.unit_of_measure in HOLDER_UNITS
    ):
        return occurrences_of_its_total(mention, total)
    evidence = dict(mention.evidence)
    if "noun" in total.evidence:
        evidence["unit_of_measure"] = total.evidence["noun"]
    measure = mention.measure  # "2.845 lượt cán bộ …, tăng 215 lượt": people register no
    if measure is not None and not act_fits(total.unit_of_measure, measure):  # model
        measure = total.measure
        evidence.pop("measure", None)
        if "measure" in total.evidence:
            evidence["measure"] = total.evidence["measure"]
    taken = attrs.evolve(
        mention,
        unit_of_measure=total.unit_of_measure,
        kind=mention.kind or total.kind,
        measure=measure,
        evidence=evidence,
    )
    return occurrences_of_its_total(taken, total)


def occurrences_of_its_total(part: FigureMention, total: FigureMention) -> FigureMention:
    """A part of a total of occurrences counts occurrences too.

    "khen thưởng 1.245 lượt tập thể, …; trong đó cấp tỉnh khen thưởng 86 tập thể": 86 of
    the 1.245 times a collective was commended.
    """
    units = {part.unit_of_measure, total.unit_of_measure}  # "726 lượt mô hình, điển hình
    if (  # …; cấp xã 630 mô hình": models, of the same registrations
        part.occurrences
        or not total.occurrences
        or not (len(units) == 1 or units <= MODEL_UNITS)
        or not isinstance(part.value, Count)
    ):
        return part
    evidence = {
        **part.evidence,
        "occurrences": total.evidence.get("noun", (total.text, total.span)),
    }
    return attrs.evolve(part, occurrences=True, evidence=evidence)


def cells_in_their_totals(mentions: list[FigureMention]) -> None:
    """A total's cell holds its parts too, in place: they take its level and holder.

    "công nhận 45 mô hình cấp tỉnh (đợt 1: 21 mô hình; đợt 2: 24 mô hình)": both
    batches are of the province level; so are those recognised among the proposed: "24 mô
    hình được đề nghị công nhận cấp tỉnh, trong đó 20 mô hình đã được công nhận".
    """
    for i, mention in enumerate(mentions):
        at = whole_of(mention)
        if at is None or (at == mention.subset_of and not _granted(mention, mentions[at])):
            continue
        total = mentions[at]
        taken: dict[str, Any] = {
            name: getattr(total, name)
            for name in ("level", "holder")
            if getattr(total, name) is not None
            and getattr(mention, name) is None
            and name in total.evidence
        }
        if taken:
            evidence = {**mention.evidence, **{n: total.evidence[n] for n in taken}}
            mentions[i] = attrs.evolve(mention, evidence=evidence, **taken)


def _granted(mention: FigureMention, proposed: FigureMention) -> bool:
    """Whether ``mention`` counts the recognised among a count proposed for recognition."""
    return mention.measure == "recognised" and proposed.measure == "proposed"
