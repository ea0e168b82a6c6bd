"""Figures in report text: "đăng ký xây dựng 40 mô hình", "trong đó 27 mô hình cấp tỉnh".

:func:`find_figures` reads a report the way the reference extractor does:

1. **clean** the text, keeping offsets, and **claim** the spans of dates, periods and
   document references first, so that "ngày 22/11", "năm 2023" and "Kế hoạch số 03" are
   never figures;
2. **read** each number with its qualifier, multiplier words and percent sign through
   :func:`~danvan.parse_number` and :func:`~danvan.parse_quantity` (one number grammar),
   and the head noun after it; durations ("01 năm"), ordinals ("lần thứ 3") and numbers
   inside quoted names are left out;
3. **attach meaning** from the words around it: the verb (the measure), the level, the
   field, the holder and the kind, each with the words that decided it (``evidence``);
4. **group breakdowns**: the numbers after "trong đó", inside brackets or after "gồm"
   break down the figure before them (``part_of``).

It never invents: an attribute the words do not give stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from danvan._counts import Count
from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_meaning import around, noun_after, words_at
from danvan._extract._figure_words import (
    CANDIDATE,
    NOT_FIGURE_AFTER,
    NOT_FIGURE_BEFORE,
    NOT_RATIO_BEFORE,
)
from danvan._extract._mentions import find_dates, find_periods
from danvan._extract._references import find_references
from danvan._figures import Change
from danvan._measures import UnitOfMeasure
from danvan._numbers import QUALIFIER_PREFIXES, Percent, parse_number
from danvan._occasions import AwardForm
from danvan._quantities import parse_quantity
from danvan._vocabulary import Field, HolderKind, ModelKind, Qualifier, RecognitionLevel
from danvan.exceptions import DanvanError

__all__ = ["FigureMention", "find_figures"]


@attrs.frozen(kw_only=True)
class FigureMention:
    """A figure as a report's text gives it, with the words that decided its meaning.

    Attributes:
        span: Start and end, in the original text, of the number with its qualifier and
            head noun.
        text: The text of that span.
        value: A :class:`~danvan.Count` (with its qualifier) or a
            :class:`~danvan.Percent`.
        out_of: The denominator of a ratio ("8/8 huyện"), else ``None``.
        noun: The head noun as written ("mô hình", "tập thể", "phòng học"); empty when
            none follows.
        unit_of_measure: The built-in unit the noun names, else ``None``.
        occurrences: Whether the text counts occurrences ("286 lượt hộ").
        measure: The code of the built-in measure the verb says ("registered",
            "recognised" …), ``None`` when the text does not say.
        holder: Collective, individual or household, when the noun says.
        kind: Model or exemplar, when the noun says.
        level: The level written after it ("cấp huyện"), else ``None``.
        fields: The fields written with it ("lĩnh vực kinh tế").
        change: Increase or decrease, for "tăng 120 mô hình".
        movement_words: The words that tie the figure to a programme ("trong thực hiện
            Quy chế dân chủ ở cơ sở"), so that figures of different programmes are never
            summed; ``None`` when its clause names none.
        award_form: For a batch of awards, the form the words name ("Giấy khen").
        issuer_words: For a batch of awards, who gives them, as written ("của Chủ tịch
            UBND thành phố"). "tặng Giấy khen … cho 11 tập thể và 5 cá nhân" is one
            batch: both counts carry its form and issuer.
        part_of: The index, in the list :func:`find_figures` returns, of the total this
            figure breaks down ("trong đó", brackets, "gồm"), else ``None``: a part
            sets a level, a field, a holder or a kind its total does not.
        subset_of: The index of the figure this one is a subset of without being a
            cell of a breakdown ("1.930 mô hình, trong đó 1.642 mô hình hoạt động hiệu
            quả"), else ``None``.
        evidence: For each attribute set from the words, the words and their span in
            the original text.
    """

    span: tuple[int, int]
    text: str
    value: Count | Percent
    out_of: Count | None = None
    noun: str = ""
    unit_of_measure: UnitOfMeasure | None = None
    occurrences: bool = False
    measure: str | None = None
    holder: HolderKind | None = None
    kind: ModelKind | None = None
    level: RecognitionLevel | None = None
    fields: tuple[Field, ...] = ()
    change: Change | None = None
    movement_words: str | None = None
    award_form: AwardForm | None = None
    issuer_words: str | None = None
    part_of: int | None = None
    subset_of: int | None = None
    evidence: dict[str, tuple[str, tuple[int, int]]] = attrs.field(factory=dict, eq=False)


# Between the two counts of one award batch: "11 tập thể và 5 cá nhân".
_AND = re.compile(r"\s?(?:,|va|,\sva)\s?")
_LIST_REACH = 1500
_QUOTE = re.compile('[“”"«»]')
# A quoted name is short: a quote left open longer than this is a stray mark.
_NAME_REACH = 200


def find_figures(text: str) -> list[FigureMention]:
    """Every figure a report's text gives, in order, with what its words say of it.

    Args:
        text: The report text, plain or HTML.

    Returns:
        The figures, each with its span in ``text``; parts point at their total.

    Raises:
        DanvanError: ``text`` is not a string.

    Examples:
        >>> from danvan import find_figures
        >>> [total, province, town] = find_figures(
        ...     "Toàn thị xã đăng ký xây dựng 112 mô hình, trong đó 27 mô hình cấp tỉnh, "
        ...     "85 mô hình cấp thị xã.")
        >>> str(total.value), total.noun, total.measure
        ('112', 'mô hình', 'registered')
        >>> province.part_of, province.level.value, town.level.value
        (0, 'province', 'district')
    """
    if not isinstance(text, str):
        raise DanvanError(f"find_figures needs text (str), not {type(text).__name__}")
    source = CleanText(text)
    claimed = Spans(
        m.span
        for found in (find_dates(text), find_periods(text), find_references(text))
        for m in found
    )
    quoted = _quoted(source.clean)
    mentions: list[FigureMention] = []
    spans: list[tuple[int, int]] = []  # in the folded text
    for match in _candidates(source, claimed, quoted):
        found = _mention(source, match, spans)
        if found is None:
            continue
        mention, span = found
        if mention.part_of is not None:
            mention = _second_breakdown(source.folded, mention, span[0], mentions, spans)
        if mention.part_of is not None and not _sets_a_cell(mention, mentions[mention.part_of]):
            mention = attrs.evolve(mention, part_of=None, subset_of=mention.part_of)
        if mentions and mention.award_form is None and mention.holder is not None:
            mention = _same_batch(source, spans[-1], span, mentions[-1], mention)
        if mention.part_of is not None and mention.measure is None:
            total = mentions[mention.part_of]
            if total.measure is not None:  # a part measures what its total measures
                evidence = {**mention.evidence, "measure": total.evidence["measure"]}
                mention = attrs.evolve(mention, measure=total.measure, evidence=evidence)
        mentions.append(mention)
        spans.append(span)
    return _kinds_checked(mentions)


def _kinds_checked(mentions: list[FigureMention]) -> list[FigureMention]:
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
    return mentions


def _only_kind(part: FigureMention, total: FigureMention) -> bool:
    return _sets_a_cell(part, attrs.evolve(total, kind=part.kind)) is False


def _second_breakdown(
    folded: str,
    mention: FigureMention,
    start: int,
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
) -> FigureMention:
    """A list after a semicolon that breaks down the total again, by another dimension.

    "112 mô hình, trong đó 27 … cấp tỉnh, 85 … cấp thị xã; chia theo lĩnh vực: 19 …":
    the 19 is a part of the 112, not of the 85 before it.
    """
    before = mentions[mention.part_of] if mention.part_of is not None else None
    if before is None or before.part_of is None or mention.part_of is None:
        return mention
    if ";" not in folded[spans[mention.part_of][1] : start]:
        return mention
    if _dimension(mention) in (None, _dimension(before)):
        return mention
    return attrs.evolve(mention, part_of=before.part_of)


def _dimension(mention: FigureMention) -> str | None:
    for name in ("level", "fields", "holder", "kind"):
        if getattr(mention, name):
            return name
    return None


def _same_batch(
    source: CleanText,
    before: tuple[int, int],
    span: tuple[int, int],
    first: FigureMention,
    mention: FigureMention,
) -> FigureMention:
    """The second count of one batch ("cho 11 tập thể và 5 cá nhân") takes its award."""
    if first.award_form is None or not _AND.fullmatch(source.folded, before[1], span[0]):
        return mention
    evidence = {k: v for k, v in first.evidence.items() if k in ("award_form", "issuer_words")}
    return attrs.evolve(
        mention,
        award_form=first.award_form,
        issuer_words=first.issuer_words,
        measure=mention.measure or first.measure,
        evidence={**mention.evidence, **evidence},
    )


def _sets_a_cell(part: FigureMention, total: FigureMention) -> bool:
    """Whether a figure in a list under a total says which cell of it it is."""
    return bool(
        (part.level is not None and part.level is not total.level)
        or (part.fields and part.fields != total.fields)
        or (part.holder is not None and part.holder is not total.holder)
        or (part.kind is not None and total.kind is None)
    )


def _quoted(clean: str) -> Spans:
    """The spans inside quotation marks: names, where a number is part of the name."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE.finditer(clean):
        i = mark.start()
        if opened is None or i - opened > _NAME_REACH:
            opened = i
        else:
            spans.append((opened, i))
            opened = None
    return Spans(spans)


def _candidates(source: CleanText, claimed: Spans, quoted: Spans) -> Iterator[re.Match[str]]:
    folded = source.folded
    for match in CANDIDATE.finditer(folded):
        start = match.start("number")
        if claimed.covers(source.span(start, start + 1)[0]) or quoted.covers(start):
            continue
        if NOT_FIGURE_BEFORE.search(folded, max(0, start - 12), start):
            continue
        if match["percent"] is None and NOT_FIGURE_AFTER.match(folded, match.end()):
            continue
        number = match["number"]
        if number.isdigit() and len(number) == 4 and number[:2] in ("19", "20"):
            continue  # a year
        out_of = match["out_of"]
        if out_of is not None and (
            "," in number
            or int(number.replace(".", "")) > int(out_of)
            or NOT_RATIO_BEFORE.search(folded, max(0, start - 8), start)
        ):
            continue  # "22/11", "Sáng 5/12": a day, not a ratio
        yield match


def _mention(
    source: CleanText, match: re.Match[str], spans: list[tuple[int, int]]
) -> tuple[FigureMention, tuple[int, int]] | None:
    """The mention a candidate number makes, or ``None`` if it is no figure after all."""
    folded, clean = source.folded, source.clean
    start, end = match.start(), match.end()
    evidence: dict[str, tuple[str, tuple[int, int]]] = {}
    values: dict[str, Any] = {}
    if match["percent"] is not None:
        qualifier = QUALIFIER_PREFIXES.get(match["qualifier"] or "", Qualifier.EXACT)
        try:
            percent = parse_number(clean[match.start("number") : end].replace(" ", ""))
        except DanvanError:
            return None
        if not isinstance(percent, Percent):
            return None
        values["value"] = attrs.evolve(percent, qualifier=qualifier)
    else:
        noun_end, unit, kind, holder = noun_after(folded, end)
        number_end = match.end("multiplier") if match["multiplier"] else match.end("number")
        try:  # the number through the one number grammar, with the noun after it
            quantity = parse_quantity(clean[start:number_end] + clean[end:noun_end])
            count = quantity.count  # a fraction ("1,5 ha") is no count
        except DanvanError:
            return None
        noun = clean[end:noun_end].strip()
        if not noun:
            return None  # a bare number ("1396", a page's counter) says nothing countable
        values.update(
            value=count,
            unit_of_measure=unit,
            kind=kind,
            holder=holder,
            occurrences=quantity.occurrences,
            noun=noun.removeprefix("lượt").strip(),
        )
        evidence["noun"] = words_at(source, noun_end - len(noun), noun_end)
        end = max(end, noun_end)
        if match["out_of"] is not None:
            values["out_of"] = Count(int(match["out_of"]))
    values.update(around(source, start, end, evidence))
    mention = FigureMention(
        span=source.span(start, end),
        text=source.original_text(start, end),
        part_of=_total_of(folded, start, spans),
        evidence=evidence,
        **values,
    )
    return mention, (start, end)


def _total_of(folded: str, start: int, spans: list[tuple[int, int]]) -> int | None:
    """The figure a number breaks down: the last one before the list that holds it.

    A list starts at "trong đó", "gồm", "cụ thể", a colon or an open bracket, in the same
    sentence; semicolons separate its parts, not sentences.
    """
    reach = max(0, start - _LIST_REACH)  # a list is read back this far at most
    sentence = 1 + max(
        folded.rfind(". ", reach, start),
        folded.rfind("! ", reach, start),
        folded.rfind("? ", reach, start),
        folded.rfind("\n", reach, start),
        reach - 1,
    )
    opening = max(
        _last_as_word(folded, "trong do", sentence, start),
        _last_as_word(folded, "gom", sentence, start),
        _last_as_word(folded, "cu the", sentence, start),
        folded.rfind(":", sentence, start),
        _open_bracket(folded, sentence, start),
    )
    if opening < 0:
        return None
    for i in range(len(spans) - 1, -1, -1):
        a, b = spans[i]
        if a < sentence:
            return None
        between = folded[b:opening]
        if b <= opening and between.count(")") <= between.count("("):
            return i  # not a figure inside brackets closed before the list
    return None


def _last_as_word(folded: str, word: str, start: int, end: int) -> int:
    """Where ``word`` last stands as a word in ``folded[start:end]``, or -1."""
    at = folded.rfind(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not folded[at - 1].isalnum()) and not folded[after : after + 1].isalnum():
            return at
        at = folded.rfind(word, start, at)
    return -1


def _open_bracket(folded: str, start: int, end: int) -> int:
    """The last bracket opened in ``folded[start:end]`` and still open at ``end``, or -1."""
    at = folded.rfind("(", start, end)
    if at >= 0 and folded.find(")", at, end) >= 0:
        return -1
    return at
