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

import bisect
import functools
import re
from decimal import Decimal
from typing import Any

import attrs

from danvan._bulk import collector_paused
from danvan._counts import Count
from danvan._extract._adding_up import parts_by_body
from danvan._extract._average_parts import parts_past_an_average
from danvan._extract._bare_numbers import bare_after_a_verb
from danvan._extract._bodies_beside import bodies_beside_their_total
from danvan._extract._borrowed_nouns import (
    counted_in_a_change,
    counted_in_a_share,
    noun_of_its_label,
    noun_of_the_count_before,
    noun_of_the_years_after,
)
from danvan._extract._bracket_nouns import noun_before_its_bracket
from danvan._extract._breakdowns import finish
from danvan._extract._categories import name_categories
from danvan._extract._cells import cells_in_their_totals
from danvan._extract._clean import CleanText, Spans
from danvan._extract._figure_acted import covered_share
from danvan._extract._figure_awards import givers_of_their_batch
from danvan._extract._figure_candidates import Unread, figure_candidates
from danvan._extract._figure_changes import a_bare_change
from danvan._extract._figure_kinds import kinds_named_after
from danvan._extract._figure_levels import level_of_the_heading
from danvan._extract._figure_links import linked
from danvan._extract._figure_meaning import around
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_nouns import noun_after, noun_as_written
from danvan._extract._figure_periods import name_periods
from danvan._extract._figure_subjects import (
    cell_label,
    subject_of_the_change,
    subject_of_the_list,
    subject_said_again,
)
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import THEN_TO, VALUE_COMPARED
from danvan._extract._heading_lines import cells_of_the_heading_lines
from danvan._extract._html_tables import html_grids, html_tables
from danvan._extract._in_words import numbers_in_words
from danvan._extract._list_items import item_words
from danvan._extract._list_runs import after_the_last, verb_after_a_list
from danvan._extract._lists import Totals, total_of
from danvan._extract._mentions import DateMention, dates_in, periods_in
from danvan._extract._places_alike import places_named_alike
from danvan._extract._places_go_on import places_go_on, places_said_again
from danvan._extract._quotes import quoted_spans
from danvan._extract._references import Reference, references_in
from danvan._extract._respectively import Run, cell_in_the_run, noun_of_the_run, run_at
from danvan._extract._same_period import same_period_of_another_year, years_raised_to
from danvan._extract._stacked_tables import stacked_grids
from danvan._extract._table_figures import table_figures
from danvan._extract._table_totals import columns_under_a_total
from danvan._extract._text_tables import grids, text_tables
from danvan._extract._totals_after import total_after_its_parts
from danvan._measures import UnitOfMeasure
from danvan._numbers import Percent, parse_number
from danvan._qualifiers import QUALIFIER_PREFIXES
from danvan._quantities import parse_quantity
from danvan._vocabulary import HolderKind, ModelKind, Qualifier, RecognitionLevel
from danvan.exceptions import DanvanError, UnknownTermError

__all__ = ["FigureMention", "figures_and_unread", "find_figures"]
_Read = tuple[list[FigureMention], list[Unread], list[int], list[Reference]]  # what is read


def find_figures(text: str) -> list[FigureMention]:
    """Every figure a report's text gives, in order, with what its words say of it.

    A table copied as lines of cells is read cell by cell: its column's header says what
    is counted, its row's label the cell or the total the others are parts of.

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
    return figures_and_unread(text)[0]


def figures_and_unread(text: str) -> _Read:
    """The figures :func:`find_figures` reads, the numbers it reads as none, the tables.

    And the document references read first. The numbers come with why they are no figure;
    the tables are where each starts that none of whose numbers were read. A range ("từ 30
    đến 40 mô hình", "2 - 3 mô hình") or a number that reads two ways ("1,240 mô hình") is
    no count: no figure holds it, and a draft says so rather than lose it; so is a table it
    could not read.
    """
    if not isinstance(text, str):
        raise DanvanError(f"find_figures needs text (str), not {type(text).__name__}")
    unread: list[Unread] = []
    with collector_paused():  # many small objects, none of them in a cycle
        source = CleanText(text)
        periods, dates = periods_in(source), dates_in(source)  # one cleaned text for all
        references = references_in(source)
        tables = sorted(  # a grid's cells, read by its header below
            [*grids(text, text_tables(text)), *html_grids(text), *stacked_grids(text)],
            key=lambda grid: grid.span,
        )
        claimed = Spans(
            [*(m.span for found in (dates, periods, references) for m in found)]
            + [table.span for table in tables if table.rows]
        )
        quoted = quoted_spans(source, claimed, unread)
        mentions: list[FigureMention] = []
        spans: list[tuple[int, int]] = []  # in the folded text
        totals = Totals()  # which of them may be a list's total, and whose part each is
        numbers_in_words(source, claimed, quoted, unread)  # "hai mô hình": kept with a note
        for match in figure_candidates(source, claimed, quoted, unread):
            found = _mention(source, match, spans, totals)
            if found is None:
                bare_after_a_verb(source, match, unread)  # "năm 2024: đăng ký 980, …"
                continue
            mention, span = found
            mention = linked(source, mention, span, mentions, spans)
            verb_after_a_list(source, mentions, spans, mention, span)
            mentions.append(mention)
            spans.append(span)
            totals.add(mention)
        finish(source, mentions, spans)
        parts_past_an_average(source.folded, mentions, spans)  # "…, bình quân …; trong đó …"
        name_categories(source, mentions, spans)
        parts_by_body(source.folded, mentions, spans)  # "Phân theo khối:\n- Khối Đảng: 86 …"
        kinds_named_after(source, mentions, spans)  # "215 mô hình tự quản, 86 mô hình …"
        name_periods(source, mentions, spans, periods, _outside(dates, references))
        same_period_of_another_year(source, mentions, spans)  # "…; cùng kỳ năm 2024 …"
        years_raised_to(source, mentions, spans)  # "…, nâng tổng số … trong năm lên 412"
        after_the_last(source.folded, mentions, spans)
        level_of_the_heading(source, mentions, spans)
        cells_of_the_heading_lines(source, mentions, spans)  # "- Cấp tỉnh:\n+ Đăng ký: 45 …"
        places_named_alike(source, mentions, spans)  # "… là Hà Nội hơn 5.000 mô hình, tỉnh …"
        places_go_on(source, mentions, spans)
        places_said_again(source, mentions, spans)  # "…. Thành phố đã huy động 3,2 tỷ đồng"
        total_after_its_parts(source.folded, mentions, spans)  # "…, tổng cộng 1.563 mô hình"
        bodies_beside_their_total(source.folded, mentions, spans)  # "Khối Đảng: …\nToàn huyện …"
        cells_in_their_totals(mentions)  # "… 45 mô hình cấp tỉnh (đợt 1: 21 …; đợt 2: 24 …)"
        givers_of_their_batch(mentions)  # "… khen thưởng 24 tập thể; trong đó tặng Bằng khen …"
        if tables:  # "TT | Lĩnh vực | Số mô hình đăng ký | …"
            cells, not_read = table_figures(text, tables, functools.cache(find_figures))
            mentions = _merged(mentions, cells)
            unread.extend(not_read)
        read = [m.span[0] for m in mentions] + [a for a, _, _ in unread]
        whole = sorted(  # the tables no number of which was read: a draft says where
            start
            for start, end in {*html_tables(text), *(table.span for table in tables)}
            if not any(start <= at < end for at in read)
        )
        return mentions, sorted(unread), whole, references


def _merged(prose: list[FigureMention], tables: list[FigureMention]) -> list[FigureMention]:
    """The figures of the prose and of the tables in one list, in order of the text.

    Each ``part_of`` and ``subset_of`` points at the same figure in the merged list; a
    table's rows that add up to a count right above it are its parts.
    """
    if not tables:
        return prose
    order = sorted(
        [
            *((m.span, 0, i) for i, m in enumerate(prose)),
            *((m.span, 1, i) for i, m in enumerate(tables)),
        ]
    )
    where = {(side, i): k for k, (_, side, i) in enumerate(order)}
    result = []
    for _, side, i in order:
        mention = (prose, tables)[side][i]
        if mention.part_of is not None or mention.subset_of is not None:
            part_of = None if mention.part_of is None else where[side, mention.part_of]
            subset_of = None if mention.subset_of is None else where[side, mention.subset_of]
            mention = attrs.evolve(mention, part_of=part_of, subset_of=subset_of)
        result.append(mention)
    columns_under_a_total(result, {k for k, (_, side, _) in enumerate(order) if side})
    return result


def _outside(dates: list[DateMention], references: list[Reference]) -> list[DateMention]:
    """The dates that are no document's: not "Kế hoạch số 52-KH/HU ngày 12/4/2025"'s."""
    spans = sorted(r.span for r in references)
    starts = [a for a, _ in spans]
    kept = []
    for date in dates:
        k = bisect.bisect_right(starts, date.span[0]) - 1
        if k < 0 or spans[k][1] < date.span[1]:
            kept.append(date)
    return kept


def _names_a_cell(values: dict[str, Any]) -> bool:
    """Whether the words of a bare number's item name a cell: "(tập thể 165, …)".

    A place names one too: "(huyện Gia Viễn 312, huyện Nho Quan 286)", whose counts a
    draft leaves out for those units' reports.
    """
    return isinstance(values["value"], Count) and any(
        values.get(name) for name in ("holder", "level", "fields", "place_words")
    )


def _percent_values(
    source: CleanText, match: re.Match[str], evidence: dict[str, tuple[str, tuple[int, int]]]
) -> dict[str, Any] | None:
    """A percentage, with its qualifier ("hơn 80%"); of a change, what its subject counts.

    "Số mô hình được công nhận tăng 8,2% so với năm 2024": of models.
    """
    qualifier = QUALIFIER_PREFIXES.get(match["qualifier"] or "", Qualifier.EXACT)
    try:
        percent = parse_number(source.clean[match.start("number") : match.end()].replace(" ", ""))
    except DanvanError:
        return None
    if not isinstance(percent, Percent):
        return None
    percent = attrs.evolve(percent, qualifier=qualifier)
    changed = counted_in_a_change(source.folded, match.start())
    changed = changed or counted_in_a_share(source.folded, match.start())  # "số … chiếm 86%"
    if changed is None and (covered := covered_share(source.folded, *match.span())):
        units, level = covered
        evidence["unit_of_measure"] = words_at(source, *units)  # "Tỷ lệ thôn có mô hình: 98%"
        noun = source.clean[slice(*units)]
        if level is not None:  # "85% xã có mô hình cấp tỉnh": of those with one of that level
            evidence["level"] = words_at(source, *level)
        tier = None if level is None else RecognitionLevel._lookup(source.folded[slice(*level)])
        return {"value": percent, "unit_of_measure": UnitOfMeasure.UNITS, "noun": noun} | (
            {} if tier is None else {"level": tier}
        )
    if changed is None:
        return {"value": percent}
    (a, b), unit, kind, holder = changed
    evidence["unit_of_measure"] = words_at(source, a, b)
    return {"value": percent, "unit_of_measure": unit, "kind": kind, "holder": holder}


# A bare value before a change: "từ 312 xuống 286 mô hình", "từ 42 (năm 2021) lên 76 …".
_THEN_THE_VALUE = re.compile(rf"{THEN_TO}(?<=\s)[0-9][0-9.,]*(?=\s)")


def _noun_of_the_value_after(
    source: CleanText, start: int, end: int, run: Run | None
) -> tuple[tuple[int, int], UnitOfMeasure, ModelKind | None, HolderKind | None] | None:
    """The noun a bare value takes from elsewhere, and its span, if any.

    A value before a change shares the noun of the value after it ("từ 312 xuống 286 mô
    hình"); an item labelled by a kind of model counts those ("(mô hình 1.102, điển hình
    832)", "mô hình cấp tỉnh 45"); a number of a ``run`` given "lần lượt" takes the run's.
    """
    if run is not None:
        return noun_of_the_run(source, run, start)
    if (labelled := noun_of_its_label(source.folded, start)) is not None:
        return labelled  # "(mô hình 1.102, điển hình 832)", "mô hình cấp tỉnh 45"
    then = _THEN_THE_VALUE.match(source.folded, end) or VALUE_COMPARED.match(source.folded, end)
    if then is None:  # "số mô hình tăng từ 812 (năm 2022) lên 1.046 (năm 2024)", "năm 2021
        years = noun_of_the_years_after(source.folded, start, end)  # có 712, năm 2022 có …"
        before = noun_of_the_count_before(source.folded, start, end)  # "86 mô hình (năm 2024: 72)"
        labelled = noun_before_its_bracket(source.folded, start, end)  # "mô hình cá nhân (78)"
        return years or before or labelled or counted_in_a_change(source.folded, start)
    noun_end, unit, kind, holder = noun_after(source.folded, then.end())
    noun = source.clean[then.end() : noun_end].strip()
    if unit is None or not noun:
        return counted_in_a_change(source.folded, start)
    return (noun_end - len(noun), noun_end), unit, kind, holder


def _mention(
    source: CleanText, match: re.Match[str], spans: list[tuple[int, int]], totals: Totals
) -> tuple[FigureMention, tuple[int, int]] | None:
    """The mention a candidate number makes, or ``None`` if it is no figure after all."""
    folded, clean = source.folded, source.clean
    start, end = match.start(), match.end()
    evidence: dict[str, tuple[str, tuple[int, int]]] = {}
    values: dict[str, Any] = {}
    list_at, subject = start, None  # where its list item starts; a noun's words before it
    total, run = None, None  # its total, when a list's subject says it; its "lần lượt" run
    body = alone = False  # whether a bare number's item names a cell; is in no list, no change
    if match["percent"] is not None:
        if (share := _percent_values(source, match, evidence)) is None:
            return None
        values.update(share)
    else:
        noun_end, unit, kind, holder = noun_as_written(source, end)  # "hộ", not "họ"
        number_end = match.end("multiplier") if match["multiplier"] else match.end("number")
        words = clean[end:noun_end]
        try:  # the number through the one number grammar, with the noun after it
            try:
                quantity = parse_quantity(clean[start:number_end] + words)
            except UnknownTermError:  # per something no Per names ("đồng/mô hình")
                quantity = parse_quantity(clean[start:number_end] + words.split("/")[0])
        except DanvanError:
            return None
        # "lần lượt 45, 212 và 890 mô hình"; "… là trên 25.000 lượt": the subject's noun
        noun, run = ("" if words.strip() == "lượt" else words.strip()), run_at(folded, start)
        borrowed = None if noun else _noun_of_the_value_after(source, start, end, run)
        if borrowed is not None:  # "từ 312 xuống 286 mô hình", "(mô hình 1.102, …)"
            (a, b), unit, kind, holder = borrowed
            noun, evidence["noun"] = clean[a:b], words_at(source, a, b)
        elif noun:  # "Số mô hình cấp tỉnh năm 2025 là 78 mô hình", "Số điển hình … là 412 người"
            evidence["noun"], (subject, unit, kind, holder) = (
                words_at(source, noun_end - len(noun), noun_end),
                subject_said_again(folded, start, (unit, kind, holder), spans),
            )
        elif (before := subject_of_the_list(folded, start, spans)) is not None:
            ((a, b), subject, unit, kind, holder, held), total = before  # "Số mô hình …: 245"
            noun, list_at, evidence["noun"] = clean[a:b], a, words_at(source, a, b)
            said = {} if held is None else {"holder": words_at(source, *held)}
            evidence.update(said)  # "Số mô hình tập thể là 616": the holder's words
        else:  # a part named before it ("tập thể 165"), a change, or a bare number
            item = item_words(folded, start)
            list_at = start if item is None else item[0]
            total = total_of(folded, list_at, spans, totals)
            alone = total is None and run is None and not a_bare_change(source, start, spans)
            body = cell_label(folded, start) is not None  # "cấp huyện: 156", "năm 2024: 158"
            if alone and item is None and not body and not quantity.occurrences:
                return None  # "1396", a page's counter, says nothing countable; "156 lượt" does
        values.update(
            value=quantity if isinstance(quantity.number, Decimal) else quantity.count,
            unit_of_measure=unit,
            kind=kind,
            holder=holder,
            occurrences=quantity.occurrences,
            per=quantity.per,
            noun=noun.removeprefix("lượt").strip(),
        )
        end = max(end, noun_end)
        if match["out_of"] is not None:
            values["out_of"] = Count(int(match["out_of"].replace(".", "")))
    unit = values.get("unit_of_measure")
    values.update(  # a value after a change, in brackets: "(từ 412 lên 586 …)"
        around(
            source,
            start,
            end,
            evidence,
            unit=unit,
            subject=subject or subject_of_the_change(folded, start),
        )
    )
    values.update({} if run is None else cell_in_the_run(source, run, start, evidence))  # lần lượt
    if match["percent"] is None and not (
        values["noun"]
        or values.get("occurrences")
        or _names_a_cell(values)
        or (values.get("change") and not alone)
        or body
    ):
        return None  # a bare number in a list, its item naming no cell
    mention = FigureMention(
        span=source.span(start, end),
        text=source.original_text(start, end),
        part_of=total_of(folded, list_at, spans, totals, unit) if total is None else total,
        evidence=evidence,
        **values,
    )
    return mention, (start, end)
