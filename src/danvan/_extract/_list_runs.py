"""Runs of counts: what is written after the last count of a run is each count's.

"Công nhận 8 mô hình, 12 điển hình “Dân vận khéo” cấp huyện năm 2025": the level and the
period after the 12 are the 8's too; "1.246 tập thể, 2.318 cá nhân được khen thưởng":
the verb (and its award) after the last count is each one's, and so, for bodies' counts
side by side, is the level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._body_names import names_a_body
from danvan._extract._cells import HOLDER_UNITS
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, verb_after, verb_said, whole_of
from danvan._extract._figure_words import AND, JOINED

__all__ = ["after_the_last", "batch_goes_on", "verb_after_a_list"]


def after_the_last(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give the level and the period written after the last count of a run to each count.

    "Công nhận 8 mô hình, 12 điển hình “Dân vận khéo” cấp huyện năm 2025": the 8 are of
    the district level and of 2025 too. Only counts joined by a comma or "và" alone, of
    one measure and one total, that name neither themselves; in place.
    """
    for i in range(len(mentions) - 1, 0, -1):
        last = mentions[i]
        for name in ("level", "period"):
            said = last.evidence.get(name)
            if getattr(last, name) is None or said is None or said[1][0] < last.span[1]:
                continue  # none, or written before its number: no run's
            j = i - 1
            while j >= 0 and _alike(mentions[j], last, name):
                if not AND.fullmatch(folded, spans[j][1], spans[j + 1][0]):
                    break
                evidence = {**mentions[j].evidence, name: said}
                mentions[j] = attrs.evolve(
                    mentions[j], evidence=evidence, **{name: getattr(last, name)}
                )
                j -= 1


def batch_goes_on(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    mention: FigureMention,
    span: tuple[int, int],
) -> FigureMention:
    """A count of holders with no verb, right after one of other holders, is of its batch.

    "… khen thưởng 15 tập thể, 20 cá nhân …; 8 tập thể, 10 cá nhân có thành tích …": the
    8 took the verb the semicolon carries to its clause, and the 10 beside them were
    commended too. Only the count before's own act, of other holders, joined by a comma
    or "và" alone.
    """
    if mention.measure is not None or mention.holder is None or not mentions:
        return mention
    before = mentions[-1]
    if (
        before.measure is None
        or before.holder in (None, mention.holder)
        or not AND.fullmatch(folded, spans[-1][1], span[0])
    ):
        return mention
    evidence = dict(mention.evidence)
    if (said := before.evidence.get("measure")) is not None:
        evidence["measure"] = said
    return attrs.evolve(mention, measure=before.measure, evidence=evidence)


def verb_after_a_list(
    source: CleanText,
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
    mention: FigureMention,
    span: tuple[int, int],
) -> None:
    """The verb after the last of a few counts is the verb of each of them.

    "1.246 tập thể, 2.318 cá nhân được khen thưởng": both were commended; "3 tập thể, 5
    cá nhân được Thủ tướng Chính phủ tặng Bằng khen": both have its award, also when the
    first had only its total's verb ("biểu dương 60 tập thể, 90 cá nhân; trong đó 20 tập
    thể, 30 cá nhân được nhận Bằng khen …"). So with bodies' counts side by side, the
    level too: "Hội Cựu chiến binh có 27 mô hình, Hội Nông dân có 19 mô hình được công
    nhận cấp tỉnh" are both the province's recognised models, as are owners' counts side
    by side: "8 mô hình của ngành Giáo dục và 3 mô hình của ngành Y tế được công nhận …",
    and years' counts: "Năm 2023 có 1.302 mô hình, năm 2024 có 1.419 mô hình được …".
    """
    if mention.measure is None or not verb_after(mention):
        return  # no verb, or one before the number
    folded = source.folded
    taken: dict[str, Any] = {"measure": mention.measure}
    if mention.award_form is not None and mention.evidence["award_form"][1][0] > span[1]:
        taken.update(award_form=mention.award_form, issuer_words=mention.issuer_words)
    start, i = span[0], len(mentions) - 1
    while i >= 0:
        bodies = _bodies_side_by_side(source, mentions[i], mention, spans[i], start)
        bodies = bodies or _owned_side_by_side(folded, mentions[i], spans[i][1], start)
        bodies = bodies or _years_side_by_side(folded, mentions[i], spans[i], start)
        if not (
            bodies
            or (
                (
                    mentions[i].measure is None
                    or _its_totals_verb(source.original, mentions, i)
                    or _awarded_together(folded, mentions[i], mention, (spans[i][1], start))
                )
                and JOINED.fullmatch(folded, spans[i][1], start)
                and not _has_then_some(folded, (mentions[i], mention), (spans[i][0], span[0]))
                and _cells_alike(mentions[i], mention)
            )
        ):
            break
        given = dict(taken)
        level = mention.evidence.get("level")
        if bodies and level is not None and level[1][0] > mention.span[1]:
            given["level"] = mention.level  # "…, LĐLĐ có 19 mô hình được công nhận cấp tỉnh"
        evidence = {**mentions[i].evidence}
        evidence.update((k, mention.evidence[k]) for k in given if k in mention.evidence)
        mentions[i] = attrs.evolve(mentions[i], evidence=evidence, **given)
        start, i = spans[i][0], i - 1


def _cells_alike(one: FigureMention, other: FigureMention) -> bool:
    """Whether two counts side by side both name a level of their own, or neither does.

    "37 tập thể, 54 cá nhân được khen thưởng cấp huyện": the level after the verb is both
    counts'; not "…, 86 mô hình cấp tỉnh, 45 mô hình được nhân rộng": a level's count,
    then another list's item.
    """
    return _own_level(one) == _own_level(other)


def _own_level(mention: FigureMention) -> bool:
    """Whether a count names a level of its own: not after a verb after it, of a list."""
    level, verb = mention.evidence.get("level"), mention.evidence.get("measure")
    if level is None:
        return False
    return verb is None or verb[1][0] < mention.span[1] or level[1][0] < verb[1][0]


_AND = re.compile(r"\s(?:,\s)?va\s")


def _awarded_together(
    folded: str, first: FigureMention, awarded: FigureMention, between: tuple[int, int]
) -> bool:
    """Whether a count of recipients before "và" shares the award said after the next one.

    "… công nhận 8 mô hình cấp tỉnh, 2 tập thể và 3 cá nhân được tặng Giấy khen": the 2
    collectives were given the award too, whatever verb the list before them had.
    """
    return (
        awarded.award_form is not None
        and first.award_form is None
        and first.unit_of_measure in HOLDER_UNITS
        and awarded.unit_of_measure in HOLDER_UNITS
        and _AND.fullmatch(folded, *between) is not None
    )


_HAS = re.compile(r"(?:^|\s)(?:hien\s|da\s|van\s)?co\s$")
# A model's name in quotes, not the movement's: "12 mô hình “Tổ tự quản”".
_NAMED_APART = re.compile(r"[“\"«](?!dan\svan\skheo|dvk[”\"»])")


def _has_then_some(
    folded: str, counts: tuple[FigureMention, FigureMention], starts: tuple[int, int]
) -> bool:
    """Whether the first of two counts is had and the last is some of the same.

    "Hội Nông dân có 56 mô hình, 20 mô hình được công nhận": 20 of the 56, not a list
    of two counts recognised ("Cấp huyện có 21 mô hình, cấp xã có 87 mô hình được công
    nhận"), nor of two models named apart ("có 12 mô hình “Tổ tự quản” và 15 mô hình
    “Camera an ninh” được công nhận"), nor of more than the first.
    """
    (first, last), (a, b) = counts, starts
    values = (first.value, last.value)
    return (
        (first.unit_of_measure, first.holder) == (last.unit_of_measure, last.holder)
        and not _NAMED_APART.search(folded, a, b)
        and not (
            isinstance(values[0], Count)
            and isinstance(values[1], Count)
            and (values[1].value > values[0].value)
        )
        # not two cells: "… có 1.048 mô hình cấp xã và 79 mô hình cấp tỉnh được công nhận"
        and first.level in (None, last.level)
        and (not first.fields or first.fields == last.fields)
        and _HAS.search(folded, max(0, a - 10), a) is not None
        and _HAS.search(folded, max(0, b - 10), b) is None
    )


# A body's count beside another's: "Hội Cựu chiến binh có 27 mô hình, Hội Nông dân có ".
_BODY_HAS = re.compile(
    r",\s(?!(?:trong\sdo|rieng|gom|cu\sthe|dong\sthoi)\b)[^,.;:()\n0-9]{2,50}?\sco\s"
)


def _bodies_side_by_side(
    source: CleanText,
    mention: FigureMention,
    last: FigureMention,
    span: tuple[int, int],
    start: int,
) -> bool:
    """Whether ``mention`` is a body's count beside the next's, each "X có N", alike.

    ``span`` is its own (folded), ``start`` where the next one's starts.
    """
    folded, end = source.folded, span[1]
    return (
        mention.measure is None
        and "measure" not in mention.evidence
        and folded.endswith(" co ", 0, span[0])
        and mention.unit_of_measure is last.unit_of_measure
        and mention.change is None
        and _BODY_HAS.fullmatch(folded, end, start) is not None
        and (source.clean[end + 2 : end + 3].isupper() or names_a_body(folded[end + 2 : start - 4]))
    )


# A count's owner, then the next count: "8 mô hình của ngành Giáo dục và ".
_OWNED_THEN = re.compile(r"\s(?:cua|thuoc)\s[^,.;:()\n0-9]{2,60}?(?:,|\sva|,\sva)\s")


def _owned_side_by_side(folded: str, mention: FigureMention, end: int, start: int) -> bool:
    """Whether ``mention`` is one owner's count beside the next's, with no act of its own.

    "8 mô hình của ngành Giáo dục và 3 mô hình của ngành Y tế được công nhận cấp tỉnh":
    both were recognised at the province's level. ``end`` is where its noun ends, ``start``
    where the next count starts.
    """
    return (
        not verb_said(mention)
        and mention.change is None
        and _OWNED_THEN.fullmatch(folded, end, start) is not None
    )


# A year's count beside the next year's: "Năm 2023 có 1.302 mô hình, năm 2024 có 1.419 …".
_YEARS = r"(?:nam\s(?:19|20)[0-9]{2}|giai\sdoan\s(?:19|20)[0-9]{2}\s?-\s?(?:19|20)[0-9]{2})"
_A_YEAR_HAS = re.compile(rf"(?:^|[.;:\n]\s?)(?:[-+•]\s)?{_YEARS}(?:\sco|\sla|:)\s?$")
_NEXT_YEAR_HAS = re.compile(rf"\s?(?:,|;|,?\sva)\s{_YEARS}(?:\sco|\sla|:)\s?")


def _years_side_by_side(
    folded: str, mention: FigureMention, span: tuple[int, int], start: int
) -> bool:
    """Whether ``mention`` (at ``span``) is a year's count beside the next year's at ``start``.

    "Năm 2023 có 1.302 mô hình, năm 2024 có 1.419 mô hình được công nhận": both years'
    counts were recognised. Only a count of no act of its own, its year opening its clause.
    """
    return (
        not verb_said(mention)
        and mention.change is None
        and _A_YEAR_HAS.search(folded, max(0, span[0] - 40), span[0]) is not None
        and _NEXT_YEAR_HAS.fullmatch(folded, span[1], start) is not None
    )


def _its_totals_verb(text: str, mentions: list[FigureMention], i: int) -> bool:
    """Whether mention ``i``'s verb is not its own: its total's, its list head's, the last's.

    "…, 24 cá nhân được UBND tỉnh tặng Bằng khen, 68 tập thể, 102 cá nhân được các huyện
    tặng Giấy khen": the verb before the 68 is the 24's, said after it.
    """
    mention = mentions[i]
    total = whole_of(mention)
    said = mention.evidence.get("measure")
    before = mentions[i - 1] if i else None
    return said is not None and (
        (total is not None and said == mentions[total].evidence.get("measure"))
        or (
            before is not None
            and said == before.evidence.get("measure")
            and said[1][0] > before.span[1]
        )
        or ":" in text[said[1][1] : mention.span[0]]  # "… được khen thưởng: 5 tập thể, …"
    )


def _alike(mention: FigureMention, last: FigureMention, name: str) -> bool:
    """Whether ``mention`` may take ``name`` from the last count of its run."""
    return (
        name not in mention.evidence
        and mention.measure == last.measure
        and (mention.part_of, mention.subset_of) == (last.part_of, last.subset_of)
        and mention.change is None
        and last.change is None
        and type(mention.value) is type(last.value)
    )
