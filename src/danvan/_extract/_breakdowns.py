"""Which figure of a report's text breaks down which: lists, brackets, sums and statuses.

A number breaks down the figure before it when it stands in a list that figure opens
(``_lists`` finds them: "trong đó", "gồm", a colon, a bracket, bulleted lines), or when
the sentence right after a total lists parts of it that add up to it exactly. A
part with no verb of its own measures what its total measures; parts that say different
stages of a model ("đạt", "đề nghị") count models by status; a count of models that no
verb qualifies counts models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._adding_up import appraised, parts_that_add_up
from danvan._extract._asked import asked_in_the_heading
from danvan._extract._cells import (
    STAGES,
    exact,
    measured_as_total,
)
from danvan._extract._change_links import cell_of_the_one_changed, changes_in_percent
from danvan._extract._clean import CleanText
from danvan._extract._figure_acted import (
    DONE_BEFORE,
    DONE_TO,
    done_to_its_subject,
    graded_after,
)
from danvan._extract._figure_days import same_act_another_year
from danvan._extract._figure_kinds import exemplars_among_models, exemplars_named, kinds_checked
from danvan._extract._figure_mention import FigureMention, denied, verb_said
from danvan._extract._figure_words import MODEL_UNITS, SENTENCE_END
from danvan._extract._named_again import counts_named_again
from danvan._extract._respectively import acts_of_the_runs
from danvan._extract._section_acts import acts_of_the_sections
from danvan._text import fold

__all__ = ["finish"]

# The value of the period compared, in brackets, heading the sentence: "So với năm 2021
# (486 mô hình), số mô hình được công nhận …" measures what its subject after it does.
_COMPARED = re.compile(r"(?:^|[.;:\n]\s?)so\svoi\s[^.;:()\n0-9]{0,30}(?:[0-9]{4}\s?)?\($")


def finish(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> list[FigureMention]:
    """The passes that need every mention: kinds, sums, measures by status, bare counts."""
    folded = source.folded
    counts_named_again(folded, mentions, spans)  # "Trong 826 mô hình, có 512 …"
    exemplars_named(source, mentions, spans)
    kinds_checked(mentions)
    parts_that_add_up(folded, mentions, spans)
    _stages(folded, mentions, spans)
    for i in range(len(mentions)):
        mention = mentions[i]
        between = (spans[i - 1][1], spans[i][0]) if i else (0, 0)
        again = same_act_another_year(folded, mentions[i - 1], mention, between) if i else None
        if again is None and i and mention.change is not None and mention.measure is None:
            # "…; năm 2025 là 2.306 mô hình, tăng 158": the act the count before took
            mention = mentions[i] = cell_of_the_one_changed(
                folded, mention, spans[i], mentions, spans, k=i - 1
            )
        total = mentions[mention.part_of] if mention.part_of is not None else None
        if again is not None:  # "… công nhận 380 mô hình; năm 2025 là 412 mô hình"
            mentions[i] = again
        elif (  # "(tập thể 7.800, …)" of a count of models; parts of a total measured late
            total is not None
            and total.measure is not None
            and total.unit_of_measure == mention.unit_of_measure
        ):  # ("năm 2025 là 62 mô hình. Trong đó, lĩnh vực kinh tế 28 mô hình, …")
            mentions[i] = measured_as_total(mention, total)
        elif (
            mention.measure is None
            and not denied(mention)  # "không công nhận 6 mô hình": none
            and mention.unit_of_measure in MODEL_UNITS
            and mention.award_form is None
            and isinstance(mention.value, Count)
            and "noun" in mention.evidence
            and not DONE_TO.match(folded, spans[i][1])
            and not done_to_its_subject(source, mention)  # "Số mô hình tham gia dự thi là 45"
            and (  # "đánh giá 30 mô hình đạt loại tốt": graded, not only acted on
                graded_after(folded, spans[i][1])
                or not DONE_BEFORE.search(folded, max(0, spans[i][0] - 60), spans[i][0])
            )
            and not _COMPARED.search(folded, max(0, spans[i][0] - 50), spans[i][0])
            and (total is None or total.measure is not None)
        ):  # "13 mô hình mẫu": how many models there are; not "65 mô hình được giới thiệu"
            evidence = {**mention.evidence, "measure": mention.evidence["noun"]}
            mentions[i] = attrs.evolve(mention, measure="models", evidence=evidence)
    exemplars_among_models(mentions)
    _bases_of_their_change(folded, mentions, spans)  # "So với năm 2024 (1.169 …), số …"
    acts_of_the_runs(folded, mentions, spans)  # "lần lượt có 42, 38 và 35 mô hình được …"
    _covered_out_of_their_units(mentions)
    changes_in_percent(folded, mentions, spans)  # "tăng 36 mô hình (12,8%)"
    asked_in_the_heading(source, mentions, spans)  # "kính trình …:" over "1. Công nhận 24 …"
    acts_of_the_sections(source, mentions, spans)  # "2. Kết quả công nhận" over "- Cấp tỉnh: 18"
    return mentions


def _bases_of_their_change(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """The value of the period compared, heading its sentence, measures what its change does.

    "So với năm 2024 (1.169 mô hình, điển hình), số mô hình được công nhận giảm 49": the
    1.169 were recognised in 2024, in place.
    """
    for i in range(len(mentions) - 1):
        base, change = mentions[i], mentions[i + 1]
        if (
            base.measure is None
            and not denied(base)
            and change.change is not None
            and verb_said(change)
            and _COMPARED.search(folded, max(0, spans[i][0] - 50), spans[i][0])
            and not SENTENCE_END.search(folded, spans[i][1], spans[i + 1][0])
        ):
            evidence = {**base.evidence, "measure": change.evidence["measure"]}
            mentions[i] = attrs.evolve(base, measure=change.measure, evidence=evidence)


def _covered_out_of_their_units(mentions: list[FigureMention]) -> None:
    """Units that have a model, among all those units, are so many out of them, in place.

    "Đảng bộ tỉnh có 1.245 chi bộ, trong đó 1.198 chi bộ (96,2%) xây dựng mô hình": 1.198
    out of 1.245, as "1.198/1.245 chi bộ" is; the 1.245 measure nothing of their own.
    """
    for i, mention in enumerate(mentions):
        k = mention.subset_of if mention.subset_of is not None else mention.part_of
        if k is None or mention.measure != "coverage" or mention.out_of is not None:
            continue
        units = mentions[k]
        if (
            units.measure is None
            and fold(units.noun or "-") == fold(mention.noun or "")
            and isinstance(units.value, Count)
            and isinstance(mention.value, Count)
            and mention.value.high is not None  # not "trên 1.198 chi bộ": of no one count
            and units.value.low >= mention.value.high
        ):
            mentions[i] = attrs.evolve(mention, out_of=units.value, subset_of=None, part_of=None)


def _stages(folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]) -> None:
    """A total whose parts say different stages of a model counts models by status.

    "xác nhận 130 mô hình …: 104 đạt điển hình cấp cơ sở … và đề nghị 3 mô hình cấp
    tỉnh": the 3 are proposed, not recognised, so the breakdown is of models (each
    once), and each part keeps its stage as its status. Not models appraised ("đã thẩm
    định 48 mô hình, trong đó công nhận 41 …"): no figure, whose parts with an act of
    their own stand alone.
    """
    by_total: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.part_of is not None:
            by_total.setdefault(mention.part_of, []).append(i)
    for total, parts in by_total.items():
        if appraised(folded, mentions, total, spans[total][0]):
            for i in parts:  # "đã thẩm định 48 mô hình, trong đó công nhận 41 …": no total
                if verb_said(mentions[i]):
                    mentions[i] = attrs.evolve(mentions[i], part_of=None)
            continue
        _acts_of_their_total(mentions, total, parts)  # not the verb of a count between
        said = {mentions[i].measure or "models" for i in (total, *parts)}  # "có": a stock
        if len(said) < 2:
            continue
        if not said <= STAGES.keys() | {"models"}:
            _acts_among(mentions, total, parts)
            continue
        among = _among_the_total(mentions, total, parts, said)
        if among is not None:
            for i in among:
                mentions[i] = attrs.evolve(mentions[i], part_of=None, subset_of=total)
            continue
        for i in parts:
            part = mentions[i]
            evidence = dict(part.evidence)
            if "measure" in evidence:
                evidence["status"] = evidence["measure"]
            status = STAGES.get(str(part.measure))
            mentions[i] = attrs.evolve(part, measure="models", status=status, evidence=evidence)
        mentions[total] = attrs.evolve(mentions[total], measure="models")


def _acts_of_their_total(mentions: list[FigureMention], total: int, parts: list[int]) -> None:
    """Parts that took the verb of a count between them and their total take the total's.

    "… công nhận 198 mô hình, điển hình …; 12 mô hình được đề nghị công nhận cấp tỉnh.
    Trong đó: khối Đảng 18 mô hình; khối chính quyền 54 mô hình; …": the items say no act
    of their own, and the one they took is the 12's; they are cells of the 198, in place.
    """
    whole = mentions[total]
    first = min(parts)
    if whole.measure is None or "measure" not in whole.evidence or first <= total + 1:
        return
    others = {mentions[k].evidence.get("measure") for k in range(total + 1, first)} - {None}
    for i in parts:
        part = mentions[i]
        if part.measure != whole.measure and part.evidence.get("measure") in others:
            evidence = {**part.evidence, "measure": whole.evidence["measure"]}
            mentions[i] = attrs.evolve(part, measure=whole.measure, evidence=evidence)


def _acts_among(mentions: list[FigureMention], total: int, parts: list[int]) -> None:
    """The parts of another act than their total's are among it, no cells of it, in place.

    "xã có 23 mô hình, trong đó 5 mô hình được UBND huyện công nhận, 3 mô hình được Huyện
    ủy biểu dương": some of the 23 were recognised, some honoured; they do not add up to it.
    """
    own = mentions[total].measure or "models"  # "có": a stock
    for i in parts:
        if mentions[i].measure not in (None, own):
            mentions[i] = attrs.evolve(mentions[i], part_of=None, subset_of=total)


def _among_the_total(
    mentions: Sequence[FigureMention], total: int, parts: list[int], said: set[str]
) -> list[int] | None:
    """The parts of another stage than their total's that are among it, not its cells.

    "đăng ký 128 mô hình, trong đó 96 … đã được công nhận cấp xã", and those proposed:
    among the registered (or built: "xây dựng 86 mô hình, trong đó 24 … công nhận …"); the
    recognised proposed to a higher level, when no part is of another stage;
    "… 980 tập thể và 340 cá nhân; có 86 mô hình được công nhận cấp tỉnh": the parts of
    the total's own measure add up, and the 86 are among them. ``None`` when neither.
    """
    first = mentions[total].measure
    if first in ("registered", "built") and said <= {first, "recognised", "proposed"}:
        return [i for i in parts if mentions[i].measure in ("recognised", "proposed")]
    if (
        first == "recognised"
        and said == {first, "proposed"}
        and all(mentions[i].measure == "proposed" for i in parts)
    ):  # "412 … được công nhận, trong đó 36 … được đề nghị công nhận cấp tỉnh": among them
        return parts
    alike = [i for i in parts if mentions[i].measure == mentions[total].measure]
    if alike and exact(mentions[total]) == sum(exact(mentions[i]) or 0 for i in alike):
        return sorted(set(parts) - set(alike))
    return None
