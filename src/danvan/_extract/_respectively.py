"""Counts a report gives "lần lượt" (respectively) to the cells it lists before them.

"Các cấp tỉnh, huyện, xã đã công nhận lần lượt 45, 212 và 890 mô hình": three counts,
each of a level; "Các năm 2023, 2024, 2025 toàn huyện công nhận lần lượt là 112, 128,
141 mô hình": each of a year, and so with "qua các năm … lần lượt là 245, …, 326 mô hình
(từ năm 2021 đến năm 2025)"; "Số mô hình được công nhận cấp tỉnh, cấp huyện, cấp xã
tương ứng là 38, 176 và 642": the noun is the subject's. The numbers before the last take
its noun (or the subject's), and each the cell its place in the list names: a level, a
year, a field, a holder, a kind of model or a body; or the act it names: "Số mô hình đăng
ký và được công nhận lần lượt là 420 và 386". When the list names as many of none
of them as there are numbers, each count keeps the list's words
(``FigureMention.respectively_words``) and a draft leaves it out for the reviewer, rather
than give every count the same cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._extract._borrowed_nouns import counted_before
from danvan._extract._clean import CleanText
from danvan._extract._figure_changes import change_before
from danvan._extract._figure_mention import FigureMention, verb_said
from danvan._extract._figure_nouns import noun_after, subject_before
from danvan._extract._figure_places import UNIT_KIND
from danvan._extract._figure_verbs import Verb, verb_in, words_at
from danvan._extract._figure_words import SENTENCE_END, TIER
from danvan._extract._unit_kinds import a_unit_named
from danvan._extract._values_in_turn import (
    Noun,
    clause_start,
    counts_in,
    counts_in_turn,
    value_in_turn,
    years_in_turn,
)
from danvan._figures import Change
from danvan._periods import Period
from danvan._text import fold
from danvan._vocabulary import Field, HolderKind, ModelKind, RecognitionLevel

__all__ = ["Run", "acts_of_the_runs", "cell_in_the_run", "noun_of_the_run", "run_at"]


# The word that gives a list's counts to its cells in turn, and the numbers after it.
# A verb may come between them: "… lần lượt đăng ký 214, 596 và 874 mô hình".
# A change before bare numbers gives them in turn too: "cấp huyện và cấp tỉnh tăng 12 và 18".
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_MARKER = re.compile(
    r"\b(?:lan\sluot|tuong\sung)(?:\s(?!va\b)[a-z]+){0,3}?\s?:?\s(?=[0-9])"
    rf"|\b(?:tang|giam)\s(?:them\s)?(?={_NUMBER.pattern}(?:\s?,|\sva)\s[0-9])"
    # …and so do bare numbers joined after a verb, no word between them: "Hội Nông dân và
    # Hội Phụ nữ có 86 và 74 mô hình", "… cấp tỉnh và cấp huyện là 45 và 312"
    rf"|\b(?:co|la|dat)\s(?={_NUMBER.pattern}(?:\s?,|\sva)\s[0-9])"
)
# Each number may have its noun: "lần lượt tăng 12 mô hình và 18 mô hình".
_COUNT = rf"{_NUMBER.pattern}(?:\s(?!va\b)[a-z]+){{0,3}}"
_RUN = re.compile(rf"{_COUNT}(?:\s?(?:,\sva|,|\sva|;)\s?{_COUNT})+")
_REACH = 120  # how far before a number its marker is read
_LOOK_AHEAD = 40  # how far after a marker its numbers are made sure of
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
# Levels listed after one "cấp" or each after its own: "các cấp tỉnh, huyện, xã".
_LEVELS = re.compile(rf"\bcap\s{TIER}(?:\s?(?:,\sva|,|va)\s?(?:cap\s)?{TIER})*")
_TIER = re.compile(TIER)
_SUBJECT_LEVEL = re.compile(rf"\bcap\s{TIER}\b")
_ITEMS = re.compile(r"\s?(?:,\sva|,|\sva)\s")
_MAX_ITEM_WORDS = 8
# The words after the last cell, before "lần lượt": "… Đoàn Thanh niên đã xây dựng".
_VERB_AFTER = re.compile(
    r"\s(?:da|duoc|dang\sky|xay\sdung|cong\snhan|co|dat|trien\skhai|thuc\shien|toan)\b"
)
# Words that open a clause before its list of cells, no cell: "Trong năm", "Năm 2025".
_SET_APART = re.compile(r"(?:trong|nam|qua|den|tai|toan|rieng|ket\squa)\b")
# The mass organisations written after the Front, one block with it.
_ORGANISATIONS = re.compile(r"(?:cac\s)?doan\sthe\b")
_FRONT = re.compile(r"\b(?:mat\stran|mttq)\b")


@attrs.frozen
class Run:
    """A list of numbers given in turn to the cells before them.

    Attributes:
        marker: The span of "lần lượt" or "tương ứng" (with "là").
        numbers: The span of each number, in order.
    """

    marker: tuple[int, int]
    numbers: tuple[tuple[int, int], ...]


def run_at(folded: str, start: int) -> Run | None:
    """The run the number at ``start`` is in, or ``None``."""
    near = _MARKER.finditer(folded, max(0, start - _REACH), start + _LOOK_AHEAD)
    markers = [marker for marker in near if marker.end() <= start]
    if not markers:
        return None
    marker = markers[-1]
    run = _RUN.match(folded, marker.end())
    if run is None or not run.start() <= start < run.end():
        return None
    numbers = tuple(n.span() for n in _NUMBER.finditer(folded, run.start(), run.end()))
    if start not in (a for a, _ in numbers):
        return None
    return Run(marker.span(), numbers)


def cell_in_the_run(
    source: CleanText, run: Run, start: int, evidence: dict[str, tuple[str, tuple[int, int]]]
) -> dict[str, Any]:
    """The cell the list before the run names for the number at ``start``, and its change.

    A mapping of attribute names to values; their words are added to ``evidence``. A
    change said before the run is each count's: "tăng lần lượt 12 và 18 mô hình",
    "lần lượt tăng 12, 18 mô hình".
    """
    change = _change_of(source, run)
    if counts_in_turn(source.folded, run.marker[0], len(run.numbers)) is not None:
        return {}  # "…; con số này năm 2024 lần lượt là 1.048 và 602": the counts' cells
    if change is None:
        cell = _cell(source, run, start, evidence)
        every = evidence.get("average_words")
        if "period" in cell and every is not None and fold(every[0]) in ("hang nam", "moi nam"):
            del evidence["average_words"]  # "hằng năm lần lượt là 980, …": each year's own
            cell["average_words"] = None
        return cell
    counts = _counts_of(source.folded, _clause_start(source.folded, run), run.marker[0])
    # "… 320 mô hình và 145 điển hình, tăng lần lượt 12 và 18": each count's change, no cell
    cell = {} if len(counts) == len(run.numbers) else _cell(source, run, start, evidence)
    cell.update(_said(source, evidence, "change", change[0], change[1:]))
    return cell


def _change_of(source: CleanText, run: Run) -> tuple[Change, int, int] | None:
    """The change said before a run, or before its marker: each of its numbers is one."""
    return change_before(source, run.numbers[0][0]) or change_before(source, run.marker[0])


def _cell(
    source: CleanText, run: Run, start: int, evidence: dict[str, tuple[str, tuple[int, int]]]
) -> dict[str, Any]:
    """The cell the list before the run names for the number at ``start``."""
    folded = source.folded
    i = [a for a, _ in run.numbers].index(start)
    n = len(run.numbers)
    a, b = _clause_start(folded, run), run.marker[0]
    years = list(_YEAR.finditer(folded, a, b))
    if len(years) == n:
        year = years[i]
        return _said(source, evidence, "period", Period.parse(f"năm {year[0]}"), year.span())
    each = years_in_turn(folded, run.numbers[-1][1], n, a, b)
    if each is not None:  # "… qua các năm lần lượt là 245, …, 326 (từ năm 2021 đến năm 2025)"
        period = Period.parse(f"năm {each[0] + i}")
        return _said(source, evidence, "period", period, each[1])
    levels = [t for m in _LEVELS.finditer(folded, a, b) for t in _TIER.finditer(m[0])]
    if len(levels) == n:
        listed = _LEVELS.search(folded, a, b)
        at = (listed.start() if listed is not None else a) + levels[i].start()
        level = RecognitionLevel._lookup(f"cấp {levels[i][0]}")
        if level is not None:
            return _said(source, evidence, "level", level, (at, at + len(levels[i][0])))
    verbs = _verbs_listed(source, a, b, n)
    if verbs is not None:  # "Số mô hình đăng ký và được công nhận lần lượt là 420 và 386"
        evidence["measure"] = verbs[i][0][1]
        if _of_another_act(source, verbs, i, evidence.get("level")):
            del evidence["level"]  # "…, đề nghị cấp tỉnh công nhận lần lượt là 512, …, 12"
            return {"measure": verbs[i][0][0], "level": None}
        first_act = source.at(verbs[0][0][1][1][0])
        shared = _SUBJECT_LEVEL.search(folded, a, first_act)  # "Số mô hình cấp huyện đăng ký …"
        if "level" in evidence or shared is None:
            return {"measure": verbs[i][0][0]}
        level = RecognitionLevel._lookup(shared[0])
        return {"measure": verbs[i][0][0], **_said(source, evidence, "level", level, shared.span())}
    items = _regrouped(folded, _items(folded, a, b), n)
    places = _places(source, items) if len(items) == n else None
    if places is not None:  # "Các huyện Nho Quan, Gia Viễn, Hoa Lư lần lượt có …": theirs
        return _said(source, evidence, "place_words", places[i], items[i])
    if len(items) == n:
        for name, vocabulary in (("fields", Field), ("holder", HolderKind), ("kind", ModelKind)):
            members = [vocabulary._lookup(source.clean[x:y]) for x, y in items]
            if all(members):  # "kinh tế, văn hóa - xã hội …", "tập thể, cá nhân"
                member = (members[i],) if name == "fields" else members[i]
                return _said(source, evidence, name, member, items[i])
        if all(  # a count is no cell: "Hai huyện có 12 xã và 9 xã lần lượt …"
            len(folded[x:y].split()) <= _MAX_ITEM_WORDS and not _NUMBER.search(folded, x, y)
            for x, y in items
        ):
            x, y = items[i]
            return _said(source, evidence, "category", source.clean[x:y], items[i])
    return _cells_before(source, run, i, (a, b), evidence)


def _cells_before(
    source: CleanText,
    run: Run,
    i: int,
    clause: tuple[int, int],
    evidence: dict[str, tuple[str, tuple[int, int]]],
) -> dict[str, Any]:
    """The cell of the run before ("… tương ứng là"), or the clause's words for a reviewer."""
    a, b = clause
    before = _run_before(source.folded, run, a)
    if before is not None:  # "… lần lượt là 412, 486 và 530; số điển hình tương ứng là 96, …"
        return _cell(source, before, before.numbers[i][0], evidence)
    written = source.clean[a:b]
    words = written.strip()
    at = a + len(written) - len(written.lstrip())  # the words' own span, not the spaces'
    return _said(source, evidence, "respectively_words", words, (at, at + len(words)))


def _run_before(folded: str, run: Run, a: int) -> Run | None:
    """The run of as many counts in the clause before a run "tương ứng" (correspondingly)."""
    if not folded.startswith("tuong ung", run.marker[0]):
        return None
    last = max(_NUMBER.finditer(folded, max(0, a - _REACH), a), key=re.Match.start, default=None)
    before = None if last is None else run_at(folded, last.start())
    if before is None or len(before.numbers) != len(run.numbers):
        return None
    return None if SENTENCE_END.search(folded, before.numbers[-1][1], a) else before


# A unit's kind heading the list of their names ("Các huyện Nho Quan, Gia Viễn"), or
# each one's ("Huyện Nho Quan, huyện Gia Viễn").
_KINDS_OF = re.compile(rf"cac\s(?P<kind>{UNIT_KIND})\s")


def _places(source: CleanText, items: list[tuple[int, int]]) -> list[str] | None:
    """The units a list of cells names, each with its kind; ``None`` if it names none."""
    folded, places = source.folded, [source.clean[x:y] for x, y in items]
    first = _KINDS_OF.match(folded, *items[0])
    if first is not None:
        kind = source.clean[first.start("kind") : first.end("kind")].lower()
        places = [f"{kind} {source.clean[first.end() : items[0][1]]}"]
        places += (f"{kind} {source.clean[x:y]}" for x, y in items[1:])
    return places if all(map(a_unit_named, places)) else None  # "Ban Dân vận" is no "bản"


def _of_another_act(
    source: CleanText,
    verbs: list[tuple[Verb, tuple[int, int]]],
    i: int,
    said: tuple[str, tuple[int, int]] | None,
) -> bool:
    """Whether the level ``said`` follows the act of another item than the ``i``-th.

    "Số mô hình cấp huyện đăng ký và được công nhận …": the subject's, before every act.
    """
    if said is None:
        return False
    at = said[1][0]
    for j, ((_, (_, verb)), (_, y)) in enumerate(verbs):
        if j != i and verb[0] <= at < source.span(y, y)[0]:
            return True
    return False


def _verbs_listed(
    source: CleanText, a: int, b: int, n: int
) -> list[tuple[Verb, tuple[int, int]]] | None:
    """The ``n`` acts a list of them names before its marker, each its own, with its item.

    "Số mô hình đăng ký, được công nhận, đề nghị cấp tỉnh công nhận lần lượt là …";
    ``None`` when the list names no act in each item, or one twice.
    """
    folded = source.folded
    a += len(folded[a:b]) - len(folded[a:b].lstrip())
    starts = [a, *(m.end() for m in _ITEMS.finditer(folded, a, b))]
    while len(starts) > n and _SET_APART.match(folded, starts[0]):  # "Năm 2025, …"
        starts = starts[1:]
    if len(starts) != n:
        return None
    ends = [*starts[1:], b]  # each item with the comma or "và" after it: no verb in them
    items = list(zip(starts, ends, strict=True))
    said = [
        (verb, item) for item in items if (verb := verb_in(folded[slice(*item)], item[0], source))
    ]
    return said if len(said) == n and len({code for (code, _), _ in said}) == n else None


def _said(
    source: CleanText,
    evidence: dict[str, tuple[str, tuple[int, int]]],
    name: str,
    value: object,
    span: tuple[int, int],
) -> dict[str, Any]:
    evidence[name] = words_at(source, *span)
    return {name: value}


def _items(folded: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items a list of cells before its marker holds, the verb after the last cut."""
    b = a + len(folded[a:b].rstrip(" ,"))  # "…, Yên Lâm có số mô hình nhiều nhất, lần lượt"
    starts = [a, *(m.end() for m in _ITEMS.finditer(folded, a, b))]
    ends = [m.start() for m in _ITEMS.finditer(folded, a, b)]
    last = _VERB_AFTER.search(folded, starts[-1], b)
    ends.append(last.start() if last is not None else b)
    items = []
    for x, y in zip(starts, ends, strict=True):
        first = x + len(folded[x:y]) - len(folded[x:y].lstrip())
        items.append((first, first + len(folded[x:y].strip())))
    return [(x, y) for x, y in items if x < y]


def _regrouped(folded: str, items: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The items as ``n`` cells, where the list's commas and "và" split some of them.

    Words that open the clause are no cell ("Trong năm, khối Đảng, …"); the mass
    organisations written after the Front are its block ("Khối chính quyền và khối Mặt
    trận, các đoàn thể": two cells).
    """
    while len(items) > n and _SET_APART.match(folded, *items[0]):
        items = items[1:]
    joined = [items[0]] if items else []
    for x, y in items[1:]:
        if _ORGANISATIONS.match(folded, x) and _FRONT.search(folded, *joined[-1]):
            joined[-1] = (joined[-1][0], y)
        else:
            joined.append((x, y))
    return joined


def noun_of_the_run(source: CleanText, run: Run, start: int) -> Noun | None:
    """The noun after the run's last number, or the one its line's subject names.

    When the clause before the run counts as many things as the run has numbers, the
    number at ``start`` is the change of its count in turn ("Toàn huyện có 320 mô hình
    và 145 điển hình, tăng lần lượt 12 và 18"): its noun is that count's.
    """
    folded = source.folded
    if (turn := counts_in_turn(folded, run.marker[0], len(run.numbers))) is not None:
        return turn[[x for x, _ in run.numbers].index(start)][1]  # "…; năm 2024 lần lượt là"
    last = run.numbers[-1][1]
    noun_end, unit, kind, holder = noun_after(folded, last)
    noun = source.clean[last:noun_end].strip()
    if unit is not None and noun:
        return (noun_end - len(noun), noun_end), unit, kind, holder
    subject = subject_before(folded, run.numbers[0][0])  # "Số mô hình … tương ứng là 38, …"
    if subject is not None:
        span, _, unit, kind, holder, _ = subject
        return span, unit, kind, holder
    a = _clause_start(folded, run)
    counts = _counts_of(folded, a, run.marker[0])
    if len(counts) == len(run.numbers) and _change_of(source, run) is not None:
        return counts[[x for x, _ in run.numbers].index(start)]
    # "Số mô hình cấp huyện, cấp tỉnh lần lượt tăng 12 và 18": the noun its clause counts
    return counted_before(folded, a, run.marker[0])


def acts_of_the_runs(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Each count of a run takes the act said after its last, in place.

    "Các khối … lần lượt có 42, 38 và 35 mô hình được công nhận": all three recognised, not
    the first only models (its noun alone said what it counts).
    """
    starts = {a: i for i, (a, _) in enumerate(spans)}
    for i, (a, _) in enumerate(spans):
        mention, run = mentions[i], run_at(folded, a)
        turn = None
        if run is not None:  # "…; con số này năm 2024 lần lượt là 1.048 và 602"
            turn = value_in_turn(
                folded, mentions, spans, i, marker=run.marker[0], numbers=run.numbers
            )
        if turn is not None:
            mentions[i] = turn
        if turn is not None or mention.evidence.get("measure") != mention.evidence.get("noun"):
            continue  # its own verb, or none: only a measure its noun gave is taken over
        last = None if run is None else starts.get(run.numbers[-1][0])
        if last is None or last == i or not verb_said(mentions[last]):
            continue
        measure = mentions[last].evidence["measure"]
        evidence = {**mention.evidence, "measure": measure}
        mentions[i] = attrs.evolve(mention, measure=mentions[last].measure, evidence=evidence)


def _counts_of(folded: str, a: int, b: int) -> list[Noun]:
    """The nouns of the counts in ``folded[a:b]``: "320 mô hình và 145 điển hình"."""
    return [noun for _, noun in counts_in(folded, a, b)]


def _clause_start(folded: str, run: Run) -> int:
    """Where the clause of the cells before the run's marker starts."""
    return clause_start(folded, run.marker[0], _REACH)
