"""The kind of what a count of holders or models counts: exemplars among them.

"624 cá nhân được công nhận là điển hình" count exemplars, and so do the collectives
beside them and people named so ("3.214 hội viên được công nhận điển hình", with the
counts by level after them); a count of "mô hình" with exemplars among its parts counts both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from danvan._extract._cells import sets_a_cell
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, whole_of
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import AND, MODEL_UNITS, THE_MOVEMENT
from danvan._extract._noun_words import PEOPLE_WORDS
from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = [
    "exemplars_among_models",
    "exemplars_named",
    "kind_sets_a_cell",
    "kinds_by_cell",
    "kinds_checked",
    "kinds_named_after",
]

# What makes a count of holders one of exemplars: "624 cá nhân được công nhận là điển hình".
_NAMED_EXEMPLARS = re.compile(  # …or "46 hội viên đạt điển hình": people are individuals
    rf"(?:(?:,|\sva)\s(?:{PEOPLE_WORDS})\b|(?:,|\sva)(?:\s[a-z]+){{1,3}}?)?"  # "…, người có uy tín"
    r"(?:\s(?:trong|o|tai|thuoc)(?:\s(?!mo\shinh)[a-z]+){1,6}?)?"  # "… trong đồng bào …"
    r"\s(?P<words>(?:da\s)?(?:duoc\s(?:[a-z]+\s){0,4}?(?:cong\snhan|binh\schon|suy\ston"
    r"|(?P<honoured>tuyen\sduong|bieu\sduong))\s(?:la\s)?|dat\s)(?:guong\s)?dien\shinh)\b"
)
_HOLDERS = frozenset(  # …and households: "15 hộ gia đình được biểu dương là điển hình"
    (UnitOfMeasure.COLLECTIVES, UnitOfMeasure.INDIVIDUALS, UnitOfMeasure.HOUSEHOLDS)
)


def exemplars_named(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Counts of holders named exemplars count exemplars, in place; so do those beside.

    "624 cá nhân được công nhận là điển hình"; "148 tập thể, 296 cá nhân được công nhận
    điển hình" and "18 tập thể, 26 cá nhân điển hình": the collectives too.
    """
    for i, mention in enumerate(mentions):
        named = _NAMED_EXEMPLARS.match(source.folded, spans[i][1]) if mention.noun else None
        if named is not None and mention.kind is None and mention.unit_of_measure in _HOLDERS:
            mentions[i] = _as_exemplars(mention, words_at(source, *named.span("words")))
        elif named is not None and _people(mention):  # "3.214 hội viên được công nhận điển
            words = words_at(source, *named.span("words"))  # hình"; and their parts after them
            measure = "honoured" if named["honoured"] else "recognised"
            for k in (i, *(k for k in range(i + 1, len(mentions)) if mentions[k].part_of == i)):
                if k == i or (_people(mentions[k]) and not mentions[k].noun):
                    mentions[k] = _people_as_exemplars(mentions[k], words, measure)
        said = mentions[i].evidence.get("kind") or mentions[i].evidence.get("noun")
        j = i - 1
        while (
            mentions[i].kind is ModelKind.EXEMPLAR
            and mentions[i].holder is not None
            and said is not None
            and j >= 0
            and mentions[j].unit_of_measure in _HOLDERS
            and mentions[j].kind is None
            and mentions[j].holder not in (None, mentions[i].holder)
            and AND.fullmatch(source.folded, spans[j][1], spans[j + 1][0])
        ):
            mentions[j] = _as_exemplars(mentions[j], said)
            j -= 1


def _as_exemplars(mention: FigureMention, said: tuple[str, tuple[int, int]]) -> FigureMention:
    evidence = {**mention.evidence, "kind": said}
    return attrs.evolve(
        mention, unit_of_measure=UnitOfMeasure.EXEMPLARS, kind=ModelKind.EXEMPLAR, evidence=evidence
    )


def _people(mention: FigureMention) -> bool:
    return mention.unit_of_measure is UnitOfMeasure.PEOPLE and mention.kind is None


def _people_as_exemplars(
    mention: FigureMention, said: tuple[str, tuple[int, int]], measure: str
) -> FigureMention:
    """People named exemplars, as individual exemplars, measured by the act that named them."""
    mention = _as_exemplars(mention, said)
    evidence = {**mention.evidence, "holder": said}
    if mention.measure is None:
        evidence["measure"] = said
    return attrs.evolve(
        mention,
        holder=HolderKind.INDIVIDUAL,
        measure=mention.measure or measure,
        evidence=evidence,
    )


def exemplars_among_models(mentions: list[FigureMention]) -> None:
    """A count of "mô hình" with exemplars among its parts counts both, in place.

    "công nhận 1.426 mô hình …, trong đó có 328 điển hình cá nhân": the report calls
    models and exemplars alike "mô hình", and the 328 are among them.
    """
    for part in mentions:
        i = whole_of(part)
        if i is None or part.unit_of_measure is not UnitOfMeasure.EXEMPLARS:
            continue
        total = mentions[i]
        if total.unit_of_measure is UnitOfMeasure.MODELS:
            evidence = {**total.evidence, "unit_of_measure": (part.text, part.span)}
            mentions[i] = attrs.evolve(  # of both kinds, no more of models alone
                total,
                unit_of_measure=UnitOfMeasure.MODELS_AND_EXEMPLARS,
                kind=None,
                evidence=evidence,
            )


# The words after a model's noun that name its kind, up to its item's end: "215 mô hình
# tự quản, 86 mô hình tổ hòa giải"; not a verb, a place, a level or a period.
_KIND_AFTER = re.compile(
    r"\s(?!(?:duoc|da|dang|co|la|cua|tai|o|trong|thuoc|voi|cho|nam|giai|moi|cap|linh|tap|ca"
    r"|ho|tren|deu|van|con|tang|giam|chiem|dat|dvk|dan\svan\skheo)\b)"  # the movement's name
    r"(?P<words>[^,.;:()\n0-9“\"]{2,40}?)"
    r"(?=\s?[,.;)\n]|\sva\s|$)"
)


def kinds_named_after(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """The kinds of models named after their noun, in place: cells, or another programme's.

    See :func:`kinds_side_by_side` and :func:`wider_than_the_movement`.
    """
    kinds_side_by_side(source, mentions, spans)
    wider_than_the_movement(source, mentions, spans)


def kinds_side_by_side(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Counts of models side by side, each followed by the words of its kind, in place.

    "Toàn tỉnh có 215 mô hình tự quản, 86 mô hình tổ hòa giải": two cells named by their
    words, not two counts of the area's models.
    """
    for i in range(1, len(mentions)):
        pair = (mentions[i - 1], mentions[i])
        kinds = [_KIND_AFTER.match(source.folded, spans[j][1]) for j in (i - 1, i)]
        if (
            any(m.unit_of_measure not in MODEL_UNITS or m.measure != "models" for m in pair)
            or any(m.level or m.fields or m.holder or m.category or m.status for m in pair)
            or any(m.part_of is not None or m.subset_of is not None for m in pair)
            or kinds[0] is None
            or kinds[1] is None
            or not AND.fullmatch(source.folded, kinds[0].end(), spans[i][0])
        ):
            continue
        for j, kind in zip((i - 1, i), (kinds[0], kinds[1]), strict=True):
            a, b = kind.span("words")
            evidence = {**mentions[j].evidence, "category": words_at(source, a, b)}
            name = source.clean[a:b]
            mentions[j] = attrs.evolve(mentions[j], category=name, evidence=evidence)


# The movement's name right after a count's noun: "126 mô hình “Dân vận khéo”".
_THE_MOVEMENTS_OWN = re.compile(rf"\s?[“\"«]?(?P<name>{THE_MOVEMENT})\b")
# Words after a noun that say how the models are, not of what kind: "215 mô hình mới",
# "… mô hình hoạt động hiệu quả", "… mô hình tiêu biểu".
_HOW_THEY_ARE = re.compile(
    r"(?:moi|diem|mau|tieu\sbieu|hieu\squa|hoat\sdong|xuat\ssac|khac|nay|dien\shinh|hien\sco)\b"
)


def wider_than_the_movement(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """A count of models of a kind of their own, the movement's among them, in place.

    "Toàn tỉnh có 480 mô hình tự quản về an ninh trật tự, trong đó 126 mô hình “Dân vận
    khéo”": the 480 are models of another kind (their words tie them to it, as another
    programme's are), and the 126 named for the movement are its own, of that kind still:
    their cell is named by the kind's words. Among another programme's count, they are
    the movement's own too: "… biểu dương 128 điển hình … trong phong trào “Cựu chiến
    binh gương mẫu”, trong đó có 46 điển hình “Dân vận khéo”".
    """
    folded = source.folded
    for i, part in enumerate(mentions):
        at = whole_of(part)
        own = _THE_MOVEMENTS_OWN.match(folded, spans[i][1]) if at is not None else None
        if at is None or own is None or part.movement_words is not None:
            continue
        total = mentions[at]
        a, b = own.span("name")
        if total.movement_words is not None:  # another programme's, the movement's among
            evidence = {**part.evidence, "movement_words": words_at(source, a, b)}  # them:
            mentions[i] = attrs.evolve(part, movement_words=source.clean[a:b], evidence=evidence)
            continue  # "… 128 điển hình … trong phong trào “…”, trong đó 46 điển hình “DVK”"
        kind = _KIND_AFTER.match(folded, spans[at][1])
        if (
            kind is None
            or _HOW_THEY_ARE.match(folded, kind.start("words"))
            or total.unit_of_measure not in MODEL_UNITS
            or _THE_MOVEMENTS_OWN.search(folded, *kind.span("words"))
        ):
            continue
        a, b = kind.span("words")
        said = words_at(source, a, b)
        mentions[at] = attrs.evolve(
            total, movement_words=said[0], evidence={**total.evidence, "movement_words": said}
        )
        a, b = own.span("name")
        evidence = {**part.evidence, "movement_words": words_at(source, a, b)}
        if part.category is None:  # of that kind still: a cell, not all the movement's models
            evidence["category"] = said
        mentions[i] = attrs.evolve(
            part,
            movement_words=source.clean[a:b],
            category=part.category or said[0],
            evidence=evidence,
        )


def kinds_by_cell(mentions: Sequence[FigureMention]) -> dict[tuple[object, ...], set[object]]:
    """The kinds the parts of each total name, by the rest of the cell they name and in all."""
    kinds: dict[tuple[object, ...], set[object]] = defaultdict(set)
    for mention in mentions:
        kinds[_cell_but_kind(mention)].add(mention.kind)
        kinds[_breakdown(mention)].add(mention.kind)
    return kinds


def kind_sets_a_cell(mention: FigureMention, kinds: dict[tuple[object, ...], set[object]]) -> bool:
    """Whether ``mention``'s kind sets its cell among the parts of its total.

    It does where another part differs from it by kind alone, or where the parts of its
    breakdown (those that name a cell by the same dimensions) are of two kinds.

    ``kinds`` is what :func:`kinds_by_cell` gives for the mentions. "cấp xã công nhận 39
    mô hình, 5 điển hình": of one level, a model's and an exemplar's cell; so are "3.215 mô
    hình tập thể và 1.641 điển hình cá nhân"; "kinh tế 105 mô hình" beside other fields is
    no cell of models.
    """
    if mention.kind is None or mention.part_of is None:
        return False
    other = {None, mention.kind}
    by_kind = kinds.get(_cell_but_kind(mention), set()) - other
    return bool(by_kind or kinds.get(_breakdown(mention), set()) - other)


def _cell_but_kind(mention: FigureMention) -> tuple[object, ...]:
    return (mention.part_of, mention.level, mention.fields, mention.holder, mention.category)


def _breakdown(mention: FigureMention) -> tuple[object, ...]:
    """The total a part breaks down and the dimensions its cell is named by."""
    named = (mention.level, mention.fields, mention.holder, mention.category)
    return (mention.part_of, *(bool(value) for value in named))


def kinds_checked(mentions: list[FigureMention]) -> None:
    """Parts that differ from their total only by kind are cells only beside another kind.

    "2.106 mô hình, điển hình, trong đó 1.877 mô hình hoạt động hiệu quả" is a subset;
    "trong đó 1.500 mô hình, 606 điển hình" is a breakdown by kind.
    """
    by_total: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.part_of is not None and _only_kind(mention, mentions[mention.part_of]):
            by_total.setdefault(mention.part_of, []).append(i)
    for total, parts in by_total.items():
        if len({mentions[i].kind for i in parts}) < 2:
            for i in parts:
                mentions[i] = attrs.evolve(mentions[i], part_of=None, subset_of=total)


def _only_kind(part: FigureMention, total: FigureMention) -> bool:
    return sets_a_cell(part, attrs.evolve(total, kind=part.kind)) is False
