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
from collections.abc import Iterable, Sequence

import attrs

from danvan._counts import Count
from danvan._extract._cells import (
    STAGES,
    counts_what_its_total_counts,
    dimension,
    exact,
    measured_as_total,
    sets_a_cell,
    under_the_total,
)
from danvan._extract._change_links import cell_of_the_one_changed, changes_in_percent
from danvan._extract._clean import CleanText
from danvan._extract._figure_acted import DONE_BEFORE, DONE_TO, done_to_its_subject
from danvan._extract._figure_days import same_act_another_year
from danvan._extract._figure_kinds import exemplars_among_models, exemplars_named, kinds_checked
from danvan._extract._figure_mention import FigureMention, denied, verb_said
from danvan._extract._figure_words import MODEL_UNITS
from danvan._extract._named_again import counts_named_again
from danvan._extract._respectively import acts_of_the_runs
from danvan._text import fold

__all__ = ["finish", "parts_that_add_up"]

# The words a paragraph of parts opens with: "Phân theo lĩnh vực: …", "Cụ thể: …".
_BREAKDOWN_HEAD = re.compile(
    r"\s*(?:[a-z0-9]{1,3}(?:\.[0-9]{1,2})*[.)]\s|[-+•*]\s)?"  # "2.2. Phân theo lĩnh vực:"
    r"(?:(?:phan|chia)\stheo|theo\s(?:linh\svuc|cap)|cu\sthe|trong\sdo)"
)
# A list's item on a line of its own: "- Cấp tỉnh: 42 mô hình;", "+ Kinh tế: 482 mô hình".
_BULLET = re.compile(r"\s*[-+•*–]\s")
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
            and not DONE_BEFORE.search(folded, max(0, spans[i][0] - 60), spans[i][0])
            and not _COMPARED.search(folded, max(0, spans[i][0] - 50), spans[i][0])
            and (total is None or total.measure is not None)
        ):  # "13 mô hình mẫu": how many models there are; not "65 mô hình được giới thiệu"
            evidence = {**mention.evidence, "measure": mention.evidence["noun"]}
            mentions[i] = attrs.evolve(mention, measure="models", evidence=evidence)
    exemplars_among_models(mentions)
    acts_of_the_runs(folded, mentions, spans)  # "lần lượt có 42, 38 và 35 mô hình được …"
    _covered_out_of_their_units(mentions)
    changes_in_percent(folded, mentions, spans)  # "tăng 36 mô hình (12,8%)"
    return mentions


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


def parts_that_add_up(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Counts in the sentence after a total that each set a cell and add up to it.

    "… đã xác nhận 130 mô hình điển hình các cấp. Qua thẩm định, có 104 mô hình đạt
    điển hình cấp cơ sở, 23 mô hình cấp thành phố và đề nghị 3 mô hình cấp tỉnh." The
    total is any count of that sentence that is no part, also one broken down already
    by another dimension ("…, trong đó: cấp huyện 186 mô hình, cấp xã 912 mô hình.
    Phân theo lĩnh vực: kinh tế 486 mô hình; …"), and a new paragraph may open with
    the words of a breakdown; one by field, or its words, two or three sentences after it.
    """
    for stops in (_CLAUSE_STOPS, _SENTENCE_STOPS):  # "231 …; cấp huyện 47, cấp xã 184" first
        sentences = _sentences(folded, spans, stops)
        members: dict[int, list[int]] = {}
        for i, sentence in enumerate(sentences):
            members.setdefault(sentence, []).append(i)
        for listed in _runs(sentences):  # the counts, not a share beside one: "(chiếm 48%)"
            run = [i for i in listed if isinstance(mentions[i].value, Count)]
            if len(run) < 2:
                continue
            before = members.get(sentences[run[0]] - 1, [])
            heads = _heads_a_breakdown(folded, spans, run[0])  # "Phân theo lĩnh vực: …"
            if heads or (len(run) > 2 and all(mentions[i].fields for i in run)):  # by field
                for back in (2, 3):  # or two before: "…. Riêng năm 2025, … Phân theo …: …"
                    before = [*members.get(sentences[run[0]] - back, []), *before]
            view = _unlinked_if_misplaced(mentions, run) if heads else mentions
            wholes = dict.fromkeys(  # "… công nhận 1.012 mô hình. Trong đó, cấp tỉnh 52, …
                [*reversed(before), *(view[t].part_of for t in reversed(before))]
            )  # Nổi bật là …"
            total = next(
                (
                    t
                    for t in wholes
                    if t is not None and _breaks_down(folded, view, spans, t, run, heads=heads)
                ),
                None,
            )
            if total is None:
                continue
            parts = [counts_what_its_total_counts(view[i], mentions[total]) for i in run]
            for i, part in zip(run, under_the_total(parts, mentions[total], total), strict=True):
                mentions[i] = part


_BREAKDOWN_WORDS = re.compile(  # "Phân theo lĩnh vực:", "Về cấp công nhận:", "Xét theo cấp"
    r"\b(?:(?:phan|chia|xet)\stheo|(?:theo|ve)\s(?:linh\svuc|cap))\b"
)


def _heads_a_breakdown(folded: str, spans: Sequence[tuple[int, int]], first: int) -> bool:
    """Whether the sentence of the mention ``first`` says, before it, what it breaks down by."""
    head = folded[spans[first - 1][1] if first else 0 : spans[first][0]]
    for stop in _SENTENCE_STOPS:
        head = head.rsplit(stop, 1)[-1]
    return _BREAKDOWN_WORDS.search(head) is not None


def _unlinked_if_misplaced(mentions: list[FigureMention], run: list[int]) -> list[FigureMention]:
    """The mentions, the parts of ``run`` unlinked when they break down the wrong total.

    ``run`` is a list headed by a breakdown's words.

    "… công nhận 684 mô hình. Riêng năm 2025 công nhận 152 mô hình. Phân theo lĩnh vực:
    kinh tế 250; …": the list was read as parts of the last count, which they do not add
    up to; unlinked (with the measure that total gave them), they may be found the parts
    of the count they add up to.
    """
    parents = {mentions[i].part_of for i in run}
    if len(parents) != 1:
        return mentions
    [parent] = parents
    if parent is None or exact(mentions[parent]) in (None, _sum(mentions[i] for i in run)):
        return mentions
    given = mentions[parent].evidence.get("measure")
    view = list(mentions)
    for i in run:
        part = attrs.evolve(mentions[i], part_of=None)
        if given and part.evidence.get("measure") == given:
            evidence = {k: v for k, v in part.evidence.items() if k != "measure"}
            part = attrs.evolve(part, measure=None, evidence=evidence)
        view[i] = part
    return view


def _sum(parts: Iterable[FigureMention]) -> int:
    return sum(p.value.value for p in parts if isinstance(p.value, Count))


def _breaks_down(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    total: int,
    run: list[int],
    *,
    heads: bool,
) -> bool:
    """Whether the counts of ``run`` are the parts of ``total`` by a dimension of their own.

    In a paragraph of its own, three counts or more each name a field or a body, or the
    paragraph opens with a breakdown's words ("Phân theo khối:"), whose items may be named
    cells ("- Khối Đảng: 86 mô hình;"); ``heads``: the run's sentence does ("Phân theo …:").
    """
    whole = mentions[total]
    parts = [mentions[i] for i in run]
    if whole.part_of is not None:
        return False
    if _sum(parts) != exact(whole):
        return False
    if _appraised(folded, mentions, total, spans[total][0]) and any(map(verb_said, parts)):
        return False  # "… thẩm định 86 mô hình …; qua thẩm định, công nhận 78 …, 8 …"
    between = folded[spans[total][1] : spans[run[0]][0]]
    lines = between.split("\n")
    lines[0] = lines[0].rsplit(". ", 1)[-1] if len(lines) > 1 and ". " in lines[0] else ""
    head = next((line for line in reversed(lines) if not _BULLET.match(line)), "")
    listed = "\n" in between and (heads or _BREAKDOWN_HEAD.match(head) is not None)
    if heads:
        parts = [counts_what_its_total_counts(p, whole) for p in parts]
    bodies = all(p.category and p.measure in (None, "models", whole.measure) for p in parts)
    if not all(_adds_to(p, whole, named=listed or bodies) for p in parts):  # "… 2.146 mô
        return False  # hình. Khối cơ quan tỉnh đăng ký 84 mô hình; khối huyện 1.062 …"
    by_cells = len(parts) > 2 and (bodies or all(p.fields for p in parts))  # by field or body
    under = all(_BULLET.match(line) for line in lines[1:])  # bulleted right under the total
    if "\n" in between and not (by_cells or listed or under):
        return False
    had = {dimension(m) for m in mentions if m.part_of == total}
    return not had & {dimension(part) for part in parts}


_SENTENCE_STOPS = (". ", "! ", "? ", "\n")
_CLAUSE_STOPS = (*_SENTENCE_STOPS, "; ")


def _sentences(folded: str, spans: Sequence[tuple[int, int]], stops: tuple[str, ...]) -> list[int]:
    """The index of the sentence (or the clause, with "; " among ``stops``) of each mention."""
    numbers: list[int] = []
    current = 0
    for i, (a, _) in enumerate(spans):
        if i:
            between = folded[spans[i - 1][1] : a]
            if any(stop in between for stop in stops) and not _next_item(folded, spans[i - 1], a):
                current += 1
        numbers.append(current)
    return numbers


def _next_item(folded: str, before: tuple[int, int], a: int) -> bool:
    """Whether the number at ``a`` is in the list's item after the one ``before`` is in.

    Each item on a line of its own after a bullet, blank lines between them or none: the
    list is read as one sentence.
    """
    between = folded[before[1] : a]
    line, last = between.find("\n"), between.rfind("\n")
    return (
        line >= 0
        and not between[line:last].strip()  # no words between the two lines
        and not any(stop in between for stop in (". ", "! ", "? ", ".\n"))  # an item ends so
        and _BULLET.match(folded, folded.rfind("\n", 0, before[0]) + 1) is not None
        and _BULLET.match(between, last + 1) is not None
    )


def _runs(sentences: list[int]) -> list[list[int]]:
    """The mentions of each sentence, two or more."""
    runs: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        runs.setdefault(sentence, []).append(i)
    return [run for run in runs.values() if len(run) >= 2]


def _adds_to(part: FigureMention, total: FigureMention, *, named: bool = False) -> bool:
    """Whether ``part`` may be a cell of ``total``; ``named``: a cell its words name will do."""
    same_unit = (
        part.unit_of_measure == total.unit_of_measure
        or {
            part.unit_of_measure,
            total.unit_of_measure,
        }
        <= MODEL_UNITS
    )
    return (
        part.part_of is None
        and part.subset_of is None
        and part.award_form is None
        and part.out_of is None
        and exact(part) is not None
        and same_unit
        and (sets_a_cell(part, total) or bool(named and part.category and not total.category))
    )


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
        if _appraised(folded, mentions, total, spans[total][0]):
            for i in parts:  # "đã thẩm định 48 mô hình, trong đó công nhận 41 …": no total
                if verb_said(mentions[i]):
                    mentions[i] = attrs.evolve(mentions[i], part_of=None)
            continue
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


def _acts_among(mentions: list[FigureMention], total: int, parts: list[int]) -> None:
    """The parts of another act than their total's are among it, no cells of it, in place.

    "xã có 23 mô hình, trong đó 5 mô hình được UBND huyện công nhận, 3 mô hình được Huyện
    ủy biểu dương": some of the 23 were recognised, some honoured; they do not add up to it.
    """
    own = mentions[total].measure or "models"  # "có": a stock
    for i in parts:
        if mentions[i].measure not in (None, own):
            mentions[i] = attrs.evolve(mentions[i], part_of=None, subset_of=total)


def _appraised(folded: str, mentions: Sequence[FigureMention], total: int, start: int) -> bool:
    """Whether the count ``total`` at ``start`` is of models an act was done to, no figure."""
    return mentions[total].measure is None and bool(
        DONE_BEFORE.search(folded, max(0, start - 60), start)
    )


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
