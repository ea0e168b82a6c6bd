"""Counts after a total that add up to it, each setting a cell: the total's parts.

"… đã xác nhận 130 mô hình điển hình các cấp. Qua thẩm định, có 104 mô hình đạt điển hình
cấp cơ sở, 23 mô hình cấp thành phố và đề nghị 3 mô hình cấp tỉnh": the sentence after a
total, a paragraph headed by a breakdown's words ("Phân theo lĩnh vực: …"), or the bullets
right under a total's line ("- Cấp huyện: 62").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from danvan._counts import Count
from danvan._extract._cells import (
    HOLDER_UNITS,
    counts_what_its_total_counts,
    dimension,
    exact,
    repeats_its_verb,
    sets_a_cell,
    under_the_total,
)
from danvan._extract._figure_acted import DONE_BEFORE
from danvan._extract._figure_mention import FigureMention, verb_said
from danvan._extract._figure_words import MODEL_UNITS

__all__ = ["appraised", "parts_by_body", "parts_that_add_up"]

# The words a paragraph of parts opens with: "Phân theo lĩnh vực: …", "Cụ thể: …".
_BREAKDOWN_HEAD = re.compile(
    r"\s*(?:[a-z0-9]{1,3}(?:\.[0-9]{1,2})*[.)]\s|[-+•*]\s)?"  # "2.2. Phân theo lĩnh vực:"
    r"(?:(?:phan|chia)\stheo|theo\s(?:linh\svuc|cap|chu\sthe|loai\shinh)|cu\sthe|trong\sdo)"
)
# A list's item on a line of its own: "- Cấp tỉnh: 42 mô hình;", "+ Kinh tế: 482 mô hình".
_BULLET = re.compile(r"\s*[-+•*–]\s")


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
        for listed in _runs(sentences):  # the counts, not a share beside one ("(chiếm 48%)")
            run = [  # nor a change: "- Lĩnh vực kinh tế: 112 mô hình (tăng 15 mô hình …);"
                i
                for i in listed
                if isinstance(mentions[i].value, Count) and mentions[i].change is None
            ]
            if len(run) < 2:
                continue
            before = members.get(sentences[run[0]] - 1, [])
            heads = _heads_a_breakdown(folded, spans, run[0])  # "Phân theo lĩnh vực: …"
            by_cells = all(mentions[i].fields for i in run) or all(  # by field, or by body
                mentions[i].category for i in run
            )
            if heads or (len(run) > 2 and by_cells):
                for back in (2, 3):  # or two before: "…. Riêng năm 2025, … Phân theo …: …"
                    before = [*members.get(sentences[run[0]] - back, []), *before]
            # …and, tried last, the count the bulleted list right before the run is under
            before = [*_over_a_list(folded, spans, members, sentences[run[0]] - 1), *before]
            # a list headed by a breakdown's words, or one of three cells or more, may have
            # been read as the parts of the last count before it, which it does not add up to
            misplaced = heads or (len(run) > 2 and by_cells)
            view = _unlinked_if_misplaced(mentions, run) if misplaced else mentions
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


def _over_a_list(
    folded: str, spans: Sequence[tuple[int, int]], members: dict[int, list[int]], sentence: int
) -> list[int]:
    """The counts of the line a bulleted list ending in ``sentence`` is under, if it is one.

    "… có 726 lượt mô hình …; kết quả qua các năm như sau:", then lines "- Năm 2021: đăng
    ký 132, …;" and "Trong đó, cấp huyện 96 mô hình; cấp xã 630 mô hình": the 726.
    """
    at = sentence
    while at in members and _BULLET.match(folded, _line_of(folded, spans[members[at][0]][0])):
        at -= 1
    return members.get(at, []) if at < sentence else []


def _line_of(folded: str, start: int) -> int:
    return folded.rfind("\n", 0, start) + 1


def parts_by_body(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """:func:`parts_that_add_up` again once bodies are named: "Phân theo khối: - Khối …".

    Counts named by a body that is a part of no total ("…. Khối cơ quan tỉnh 84 …") may be
    parts of one, now that their category sets a cell.
    """
    if any(m.category and m.part_of is None for m in mentions):
        parts_that_add_up(folded, mentions, spans)


_BREAKDOWN_WORDS = re.compile(  # "Phân theo lĩnh vực:", "Về cấp công nhận:", "Xét theo cấp"
    r"\b(?:(?:phan|chia|xet)\stheo|(?:theo|ve)\s(?:linh\svuc|cap)"
    r"|tap\strung\s(?:vao|o|tren)\s(?:cac\s)?linh\svuc)\b"  # "Các mô hình tập trung vào …"
)


def _heads_a_breakdown(folded: str, spans: Sequence[tuple[int, int]], first: int) -> bool:
    """Whether the sentence of the mention ``first`` says, before it, what it breaks down by."""
    head = folded[spans[first - 1][1] if first else 0 : spans[first][0]]
    lines = head.split("\n")
    if len(lines) > 1 and _BULLET.match(lines[-1]):  # "Phân theo khối:\n- Khối Đảng: 124"
        head = lines[-2]
    for stop in _SENTENCE_STOPS:
        head = head.rsplit(stop, 1)[-1]
    return _BREAKDOWN_WORDS.search(head) is not None


def _unlinked_if_misplaced(mentions: list[FigureMention], run: list[int]) -> list[FigureMention]:
    """The mentions, the parts of ``run`` unlinked when they break down the wrong total.

    ``run`` is a list headed by a breakdown's words, or of three cells or more.

    "… công nhận 684 mô hình. Riêng năm 2025 công nhận 152 mô hình. Phân theo lĩnh vực:
    kinh tế 250; …": the list was read as parts of the last count, which they do not add
    up to; unlinked (with the measure that total gave them), they may be found the parts
    of the count they add up to. So "… duy trì 21 mô hình …. Có 3 mô hình hoạt động chưa
    hiệu quả. Kết quả cụ thể: - Lĩnh vực kinh tế: 9 mô hình; …" (9 + 7 + 3 + 2).
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
    if appraised(folded, mentions, total, spans[total][0]) and any(map(verb_said, parts)):
        return False  # "… thẩm định 86 mô hình …; qua thẩm định, công nhận 78 …, 8 …"
    between = folded[spans[total][1] : spans[run[0]][0]]
    lines = between.split("\n")
    lines[0] = lines[0].rsplit(". ", 1)[-1] if len(lines) > 1 and ". " in lines[0] else ""
    head = next((line for line in reversed(lines) if not _BULLET.match(line)), "")
    listed = heads or ("\n" in between and _BREAKDOWN_HEAD.match(head) is not None)
    under = all(_BULLET.match(line) for line in lines[1:])  # bulleted right under the total
    if heads or (under and all(map(_bare, parts))):  # "- Cấp huyện: 62", "- Tập thể: 402"
        parts = [counts_what_its_total_counts(p, whole) for p in parts]
    bodies = all(  # "… đăng ký xây dựng 1.426 mô hình. Khối Đảng xây dựng 212 mô hình; …"
        p.category and (p.measure in (None, "models", whole.measure) or repeats_its_verb(p, whole))
        for p in parts
    )
    if not all(_adds_to(p, whole, named=listed or bodies) for p in parts):  # "… 2.146 mô
        return False  # hình. Khối cơ quan tỉnh đăng ký 84 mô hình; khối huyện 1.062 …"
    by_cells = len(parts) > 2 and (bodies or all(p.fields for p in parts))  # by field or body
    if "\n" in between and not (by_cells or listed or under):
        return False
    had = {dimension(m) for m in mentions if m.part_of == total}
    return not had & {dimension(part) for part in parts}


def _bare(part: FigureMention) -> bool:
    """Whether a part says no act, and no noun but its holder, if any: "- Tập thể: 402"."""
    return part.measure is None and part.unit_of_measure in (None, *HOLDER_UNITS)


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
    if line < 0 or between[line:last].strip():  # no words between the two lines
        return False
    if any(stop in between for stop in (". ", "! ", "? ", ".\n")):  # an item ends so
        return False
    first = _BULLET.match(folded, folded.rfind("\n", 0, before[0]) + 1)
    then = _BULLET.match(between, last + 1)  # of one list, marked alike: not "+ …" under "- …"
    return first is not None and then is not None and first[0].strip() == then[0].strip()


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


def appraised(folded: str, mentions: Sequence[FigureMention], total: int, start: int) -> bool:
    """Whether the count ``total`` at ``start`` is of models an act was done to, no figure."""
    return mentions[total].measure is None and bool(
        DONE_BEFORE.search(folded, max(0, start - 60), start)
    )
