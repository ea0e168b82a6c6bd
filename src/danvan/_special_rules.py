"""The built-in rules two sides cannot say, applied by their code.

Dates, the units a coverage figure counts, one quantity stated several times, parts of
another measure than their total, award batches across movements or told twice, the
balance of fields: each is a function of a rule and a dataset, keeping its severity.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable

from danvan._awards import Award
from danvan._breakdowns import field_balances, reports_of
from danvan._builtin_rules import (
    AWARDS_LISTED_ONCE,
    AWARDS_NOT_NESTED,
    AWARDS_ONE_MOVEMENT,
    COVERAGE_NOT_ABOVE_UNITS,
    COVERAGE_NOT_ABOVE_UNITS_LISTED,
    EVENTS_IN_PHASE,
    FIELD_BALANCE,
    PART_MEASURES_ITS_TOTAL,
    PERCENT_CONSISTENT,
    PERIODS_ADD_UP,
    REVIEW_AFTER_START,
    SAME_QUANTITY,
)
from danvan._counts import Count, share_agrees
from danvan._coverage_rules import coverages_of_the_units_listed, coverages_out_of
from danvan._dataset import Dataset
from danvan._dates import PartialDate, format_day, last_day
from danvan._figures import Figure, quantity_kind, shared_counts
from danvan._lang import Lang
from danvan._nested_awards import alike_batches, awards_nested
from danvan._numbers import Amount, Percent
from danvan._period_sums import periods_summed
from danvan._periods import Period
from danvan._rules import Finding, Rule

__all__ = ["SPECIAL_RULES", "cell_of"]


def cell_of(figure: Figure) -> tuple[object, ...]:
    """What two figures must share to be compared.

    Scope, movement, breakdown cell, and the kind of quantity (count or percentage,
    occurrences, change).
    """
    dims = figure.dims
    return (
        *quantity_kind(figure),
        figure.scope,
        figure.movements,
        dims.fields,
        dims.level,
        dims.holder,
        dims.kind,
        dims.status,
        dims.category,
    )


# -- the rules two sides cannot say ---------------------------------------------------------


def _same_quantities(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Figures of one quantity, in one report or several, that cannot all be true.

    One quantity: the same measure and unit of measure, scope, movement, period, day and
    breakdown cell, and for a share, the same quantity it is a share of ("đạt 94,3%" of
    the registered and "chiếm 7,4%" of the province's recognised are two). Every pair is
    compared (not only neighbours); a pair linked by ``restates`` is left to the
    restatement rule. A subset ("trong đó 125 mô hình nhân rộng trong toàn tỉnh") is the
    quantity its own words say, which no cell holds: it is compared with its superset by
    the subset rule, and with nothing here.
    """
    seen: dict[tuple[object, ...], list[tuple[int, str, Figure]]] = defaultdict(list)
    for r, report, path in reports_of(dataset):
        by_id = {f.id: f for f in report.figures if f.id}
        for i, figure in enumerate(report.figures):
            if figure.subset_of is not None:
                continue
            base = by_id.get(figure.of or "")
            of = None if base is None else _one_quantity(base)
            seen[(*_one_quantity(figure), of)].append((r, f"{path}.figures[{i}]", figure))
    found = []
    for group in seen.values():
        for (r_a, path_a, a), (r_b, path_b, b) in itertools.combinations(group, 2):
            linked = r_a == r_b and (a.restates == b.id or b.restates == a.id) and a.id
            if not linked and not _consistent(a, b):
                found.append(
                    rule.finding(
                        f"{a.value} và {b.value}",
                        f"{a.value.format('en')} and {b.value.format('en')}",
                        [path_a, path_b],
                    )
                )
    return found


def _one_quantity(figure: Figure) -> tuple[object, ...]:
    """What makes two figures one quantity: measure, unit, cell, period and day."""
    key = (figure.measure, figure.unit_of_measure, cell_of(figure), figure.period)
    return (*key, figure.as_of)


def _consistent(a: Figure, b: Figure) -> bool:
    """Whether two figures of one quantity can both be true.

    A count and a percentage are different quantities, and never contradict.
    """
    if isinstance(a.value, Percent) and isinstance(b.value, Percent):
        return a.value.consistent_with(b.value)
    if isinstance(a.value, Count) and isinstance(b.value, Count):
        return a.value.consistent_with(b.value)
    if isinstance(a.value, Amount) and isinstance(b.value, Amount):
        return a.value.consistent_with(b.value)
    return True


def _part_measures(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A part filed under a total that is another quantity.

    Another measure or unit of measure, a percentage under a count, occurrences under
    distinct holders, a change under a level, a figure of another programme: such a
    part is no cell of the breakdown, and is not added up.
    """
    found = []
    for _, report, path in reports_of(dataset):
        index = {f.id: i for i, f in enumerate(report.figures) if f.id is not None}
        for i, part in enumerate(report.figures):
            if part.part_of is None or part.part_of not in index:
                continue
            total_index = index[part.part_of]
            total = report.figures[total_index]
            if _quantity(part) == _quantity(total):
                continue
            programmes = part.movements != total.movements
            part_vi, total_vi = (
                _describe(dataset, f, "vi", programmes=programmes) for f in (part, total)
            )
            part_en, total_en = (
                _describe(dataset, f, "en", programmes=programmes) for f in (part, total)
            )
            found.append(
                rule.finding(
                    f"{part_vi} dưới {total_vi}",
                    f"{part_en} under {total_en}",
                    [f"{path}.figures[{i}]", f"{path}.figures[{total_index}]"],
                )
            )
    return found


def _quantity(figure: Figure) -> tuple[object, ...]:
    return (figure.measure, figure.unit_of_measure, *quantity_kind(figure))


_KIND_WORDS = {
    "percent": ("tỷ lệ", "percentage"),
    "amount": ("lượng đo", "amount"),
    "occurrences": ("lượt", "occurrences"),
    "change": ("mức tăng/giảm", "change"),
}


def _describe(dataset: Dataset, figure: Figure, lang: Lang, *, programmes: bool = False) -> str:
    """A figure's quantity in words: "in_operation (models, percentage)".

    With ``programmes``, the movements it belongs to as well.
    """
    words = [dataset.unit_of_measure(figure.unit_of_measure).label(lang)]
    if programmes:
        words += list(figure.movements) or ["?"]
    kinds = {
        "percent": isinstance(figure.value, Percent),
        "amount": isinstance(figure.value, Amount),
        "occurrences": figure.occurrences,
        "change": figure.change is not None,
    }
    words += [_KIND_WORDS[k][lang == "en"] for k, on in kinds.items() if on]
    return f"{figure.measure} ({', '.join(words)})"


def _award_movements(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A commendation figure that equals a sum of award batches across movements."""
    found = []
    for _, report, path in reports_of(dataset):
        by_movement: dict[tuple[str, ...], list[Count]] = defaultdict(list)
        for award_id in report.awards:
            award = dataset.award(award_id)
            if award.total is not None:
                by_movement[award.movements].append(award.total)
        if len(by_movement) < 2:
            continue
        across = sum((c for counts in by_movement.values() for c in counts), Count(0))
        within = [sum(counts, Count(0)) for counts in by_movement.values()]
        for i, figure in enumerate(report.figures):
            if figure.measure != "commended" or not isinstance(figure.value, Count):
                continue
            if not figure.value.is_exact:
                continue
            if figure.value == across and figure.value not in within:
                found.append(
                    rule.finding(
                        f"{figure.value} = tổng các đợt khen của {len(by_movement)} phong trào",
                        f"{figure.value.format('en')} is the total of {len(by_movement)} movements",
                        [f"{path}.figures[{i}]"],
                    )
                )
    return found


def _awards_listed_once(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Award batches alike in every respect, listed by different reports of one area.

    Two drafts of one conference's news list its batch under two ids; a report that lists
    both tells them apart, and reports of different areas ("Chủ tịch UBND xã" of two
    communes) give different batches.
    """
    areas: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    listed: dict[str, set[int]] = defaultdict(set)
    for r, report, _ in reports_of(dataset):
        for award_id in report.awards:
            areas[award_id].add(report.units)
            listed[award_id].add(r)
    alike: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, award in enumerate(dataset.awards):
        if award.id in listed:
            alike[_batch(award)].append(i)
    found = []
    for group in alike.values():
        for i, j in itertools.combinations(group, 2):
            a, b = dataset.awards[i], dataset.awards[j]
            if listed[a.id] & listed[b.id] or not areas[a.id] & areas[b.id]:
                continue
            if all(_unsaid_or_equal(getattr(a, n), getattr(b, n)) for n in _MAY_BE_UNSAID):
                found.append(
                    rule.finding(
                        f"{a.id} và {b.id}",
                        f"{a.id} and {b.id}",
                        [f"$.awards[{i}]", f"$.awards[{j}]"],
                    )
                )
    return found


# What a batch may leave unsaid that another alike says: its day, decision and review.
_MAY_BE_UNSAID = ("on", "decision", "review")


def _batch(award: Award) -> tuple[object, ...]:
    """What two alike batches share: all but their id, source, notes and what may be unsaid."""
    return (
        *alike_batches(award),
        award.proposer,
        award.collectives,
        award.individuals,
        award.households,
        award.others,
        award.recipients,
    )


def _unsaid_or_equal(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _events_in_phase(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A model's dated event outside the period of the model's phase."""
    found = []
    phases = {p.id: p for p in dataset.phases}
    for m, model in enumerate(dataset.models):
        phase = phases.get(model.phase) if model.phase is not None else None
        if phase is None:
            continue
        for e, event in enumerate(model.events):
            on = event.on
            # A month or year is outside only when none of it is inside: no false alarm.
            inside = phase.contains(on) or (
                isinstance(on, PartialDate) and phase.period.overlaps(Period(on.first, on.last))
            )
            if not inside:
                found.append(
                    rule.finding(
                        f"{format_day(on)} ngoài {phase.period}",
                        f"{event.on.isoformat()} outside {phase.period}",
                        [f"$.models[{m}].events[{e}].on"],
                    )
                )
    return found


def _reviews_after_start(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A review held before the period it reviews began."""
    found = []
    for r, review in enumerate(dataset.reviews):
        # A day known to its month or year is early only when all of it is.
        if (
            review.held_on is not None
            and review.period is not None
            and last_day(review.held_on) < review.period.start
        ):
            found.append(
                rule.finding(
                    f"{format_day(review.held_on)} trước {format_day(review.period.start)}",
                    f"{review.held_on.isoformat()} before {review.period.start.isoformat()}",
                    [f"$.reviews[{r}].held_on"],
                )
            )
    return found


def _percentages(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A percentage outside 0-100, or one at odds with the count it restates.

    A change ("tăng 120%") may exceed 100 and is left alone. A percentage that
    ``restates`` a count and is ``of`` a base (or restates a ratio) must lie within what
    the two counts allow, rounded to its last written digit or cut there.
    """
    found = []
    for _, report, path in reports_of(dataset):
        index = {f.id: i for i, f in enumerate(report.figures) if f.id is not None}
        by_id = {f.id: f for f in report.figures if f.id is not None}
        for i, figure in enumerate(report.figures):
            share = figure.value
            if not isinstance(share, Percent) or figure.change is not None:
                continue
            low, high = share.bounds
            where = [f"{path}.figures[{i}]"]
            if high < 0 or low > 100:
                found.append(rule.finding(f"{share}", share.format("en"), where))
                continue
            part_i = index.get(figure.restates or "")
            if (counts := shared_counts(figure, by_id)) is None:
                continue
            counted, whole = counts
            if not share_agrees(share, counted, whole):
                ratio = f"{counted}/{whole}"
                found.append(
                    rule.finding(
                        f"{share} và {ratio}",
                        f"{share.format('en')} and {counted.format('en')}/{whole.format('en')}",
                        [*where, f"{path}.figures[{part_i}]"],
                    )
                )
    return found


SPECIAL_RULES: dict[str, Callable[[Rule, Dataset], list[Finding]]] = {
    PERCENT_CONSISTENT.code: _percentages,
    COVERAGE_NOT_ABOVE_UNITS.code: coverages_out_of,
    COVERAGE_NOT_ABOVE_UNITS_LISTED.code: coverages_of_the_units_listed,
    PART_MEASURES_ITS_TOTAL.code: _part_measures,
    SAME_QUANTITY.code: _same_quantities,
    AWARDS_ONE_MOVEMENT.code: _award_movements,
    AWARDS_LISTED_ONCE.code: _awards_listed_once,
    AWARDS_NOT_NESTED.code: awards_nested,
    PERIODS_ADD_UP.code: periods_summed,
    EVENTS_IN_PHASE.code: _events_in_phase,
    REVIEW_AFTER_START.code: _reviews_after_start,
    FIELD_BALANCE.code: field_balances,
}
