"""Applying validation rules to a dataset.

:func:`check` reads each :class:`~danvan.Rule` as data. A rule whose sides are two
measure codes compares every pair of figures of one report with those measures and the
same scope, movement, period and breakdown cell; a rule on ``sum(parts)`` or ``part``
against ``total`` judges the breakdowns of each report. The findings carry the rule that
found them, with its own code, severity and messages, whether it is built in or the
user's. A few built-in rules judge what two sides cannot say (dates, the units a
coverage figure counts, award batches across movements, the balance of fields); they
are applied by their code, with the severity they are given.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

from danvan._breakdowns import breakdown_rule, breakdowns, field_balances, reports_of
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Figure
from danvan._rules import (
    AWARDS_ONE_MOVEMENT,
    BUILTIN_RULES,
    COVERAGE_NOT_ABOVE_UNITS,
    EVENTS_IN_PHASE,
    FIELD_BALANCE,
    PART_MEASURES_ITS_TOTAL,
    REVIEW_AFTER_START,
    SAME_QUANTITY,
    Finding,
    Rule,
    Severity,
    Verdict,
)
from danvan._vocabulary import AdminLevel
from danvan.exceptions import DanvanError, InvalidValueError, UnknownTermError

__all__ = ["check", "rules_for"]

_Check = Callable[[Dataset], list[Finding]]


# -- two measures -------------------------------------------------------------------------


def _cell(figure: Figure) -> tuple[object, ...]:
    """What two figures must share to be compared: scope, movement and breakdown cell."""
    dims = figure.dims
    return (
        figure.scope,
        figure.movement,
        dims.fields,
        dims.level,
        dims.holder,
        dims.kind,
        dims.status,
        dims.category,
    )


def _measure_rule(rule: Rule, dataset: Dataset) -> list[Finding]:
    """``left op right`` for every comparable pair of figures of the two measures."""
    left_label, right_label = dataset.measure(rule.left), dataset.measure(rule.right)
    found = []
    for _, report, path in reports_of(dataset):
        rights: dict[tuple[object, ...], list[tuple[int, Figure]]] = defaultdict(list)
        for j, figure in enumerate(report.figures):
            if figure.measure == rule.right:
                rights[_cell(figure)].append((j, figure))
        for i, left in enumerate(report.figures):
            if left.measure != rule.left:
                continue
            partners = [
                (j, right)
                for j, right in rights.get(_cell(left), [])
                if j != i and (None in (left.period, right.period) or left.period == right.period)
            ]
            if not partners and rule.missing == "finding":
                found.append(
                    rule.finding(
                        f"không có số {right_label.label_vi} để so sánh",
                        f"no {right_label.label_en} figure to compare with",
                        [f"{path}.figures[{i}]"],
                    )
                )
            for j, right in partners:
                if rule.compare(left.value, right.value) is Verdict.MISMATCH:
                    found.append(
                        rule.finding(
                            f"{left.value} {left_label.label_vi}, "
                            f"{right.value} {right_label.label_vi}",
                            f"{left.value.format('en')} {left_label.label_en}, "
                            f"{right.value.format('en')} {right_label.label_en}",
                            [f"{path}.figures[{i}]", f"{path}.figures[{j}]"],
                            left.value.value - right.value.value,
                        )
                    )
    return found


# -- figures linked to figures ------------------------------------------------------------

_LINKS = {("subset", "superset"): "subset_of", ("restatement", "restated"): "restates"}


def _link_rule(rule: Rule, dataset: Dataset) -> list[Finding]:
    """``left op right`` for each figure and the figure it links to in the same report."""
    link = _LINKS[rule.left, rule.right]
    found = []
    for _, report, path in reports_of(dataset):
        index = {f.id: i for i, f in enumerate(report.figures) if f.id is not None}
        for i, figure in enumerate(report.figures):
            target = getattr(figure, link)
            if target is None or target not in index:
                continue
            other = report.figures[index[target]]
            if rule.compare(figure.value, other.value) is Verdict.MISMATCH:
                found.append(
                    rule.finding(
                        f"{figure.value} và {other.value}",
                        f"{figure.value.format('en')} and {other.value.format('en')}",
                        [f"{path}.figures[{i}]", f"{path}.figures[{index[target]}]"],
                        figure.value.value - other.value.value,
                    )
                )
    return found


# -- the rules two sides cannot say ---------------------------------------------------------


def _coverage(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A coverage figure ("8/8 huyện") above its own denominator or the units there are."""
    found = []
    for _, report, path in reports_of(dataset):
        for i, figure in enumerate(report.figures):
            if figure.measure != "coverage":
                continue
            out_of = figure.out_of
            if out_of is not None and rule.compare(figure.value, out_of) is Verdict.MISMATCH:
                found.append(
                    rule.finding(
                        f"{figure.value}/{out_of}",
                        f"{figure.value.format('en')}/{out_of.format('en')}",
                        [f"{path}.figures[{i}]"],
                        figure.value.value - out_of.value,
                    )
                )
            units = _units_counted(dataset, figure)
            if units and rule.compare(figure.value, Count(units)) is Verdict.MISMATCH:
                found.append(
                    rule.finding(
                        f"{figure.value}/{units}",
                        f"{figure.value.format('en')}/{units}",
                        [f"{path}.figures[{i}]"],
                        figure.value.value - units,
                    )
                )
    return found


def _units_counted(dataset: Dataset, figure: Figure) -> int:
    """How many units of the tier a coverage figure names lie under its scope (0: unknown)."""
    if figure.dims.category is None or figure.scope not in dataset.hierarchy:
        return 0
    try:
        level = AdminLevel.parse(figure.dims.category)
    except InvalidValueError:
        return 0
    day = figure.period.end if figure.period is not None else None
    return sum(
        1
        for u in dataset.hierarchy.descendants(figure.scope)
        if u.is_area and u.level is level and (day is None or u.is_valid_at(day))
    )


def _same_quantities(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Figures of one quantity, in one report or several, that cannot all be true.

    One quantity: the same measure and unit of measure, scope, movement, period, day and
    breakdown cell. Every pair is compared (not only neighbours); a pair linked by
    ``restates`` is left to the restatement rule.
    """
    seen: dict[tuple[object, ...], list[tuple[int, str, Figure]]] = defaultdict(list)
    for r, report, path in reports_of(dataset):
        for i, figure in enumerate(report.figures):
            key = (figure.measure, figure.unit_of_measure, _cell(figure), figure.period)
            seen[(*key, figure.as_of)].append((r, f"{path}.figures[{i}]", figure))
    found = []
    for group in seen.values():
        for (r_a, path_a, a), (r_b, path_b, b) in itertools.combinations(group, 2):
            linked = r_a == r_b and (a.restates == b.id or b.restates == a.id) and a.id
            if not linked and not a.value.consistent_with(b.value):
                found.append(
                    rule.finding(
                        f"{a.value} và {b.value}",
                        f"{a.value.format('en')} and {b.value.format('en')}",
                        [path_a, path_b],
                    )
                )
    return found


def _part_measures(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A part filed under a total of another measure or unit of measure."""
    found = []
    for _, report, path in reports_of(dataset):
        for total_index, part_indexes in breakdowns(report):
            total = report.figures[total_index]
            for i in part_indexes:
                part = report.figures[i]
                if (part.measure, part.unit_of_measure) == (total.measure, total.unit_of_measure):
                    continue
                found.append(
                    rule.finding(
                        f"{part.measure} ({part.unit_of_measure.label_vi}) dưới "
                        f"{total.measure} ({total.unit_of_measure.label_vi})",
                        f"{part.measure} ({part.unit_of_measure.label_en}) under "
                        f"{total.measure} ({total.unit_of_measure.label_en})",
                        [f"{path}.figures[{i}]", f"{path}.figures[{total_index}]"],
                    )
                )
    return found


def _award_movements(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A commendation figure that equals a sum of award batches across movements."""
    found = []
    for _, report, path in reports_of(dataset):
        by_movement: dict[str | None, list[Count]] = defaultdict(list)
        for award_id in report.awards:
            award = dataset.award(award_id)
            if award.total is not None:
                by_movement[award.movement].append(award.total)
        if len(by_movement) < 2:
            continue
        across = sum((c for counts in by_movement.values() for c in counts), Count(0))
        within = [sum(counts, Count(0)) for counts in by_movement.values()]
        for i, figure in enumerate(report.figures):
            if figure.measure != "commended" or not figure.value.is_exact:
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


def _events_in_phase(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A model's dated event outside the period of the model's phase."""
    found = []
    phases = {p.id: p for p in dataset.phases}
    for m, model in enumerate(dataset.models):
        phase = phases.get(model.phase) if model.phase is not None else None
        if phase is None:
            continue
        for e, event in enumerate(model.events):
            if not phase.contains(event.on):
                found.append(
                    rule.finding(
                        f"{event.on:%d/%m/%Y} ngoài {phase.period}",
                        f"{event.on.isoformat()} outside {phase.period}",
                        [f"$.models[{m}].events[{e}].on"],
                    )
                )
    return found


def _reviews_after_start(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A review held before the period it reviews began."""
    found = []
    for r, review in enumerate(dataset.reviews):
        if (
            review.held_on is not None
            and review.period is not None
            and review.held_on < review.period.start
        ):
            found.append(
                rule.finding(
                    f"{review.held_on:%d/%m/%Y} trước {review.period.start:%d/%m/%Y}",
                    f"{review.held_on.isoformat()} before {review.period.start.isoformat()}",
                    [f"$.reviews[{r}].held_on"],
                )
            )
    return found


_BY_CODE: dict[str, Callable[[Rule, Dataset], list[Finding]]] = {
    COVERAGE_NOT_ABOVE_UNITS.code: _coverage,
    PART_MEASURES_ITS_TOTAL.code: _part_measures,
    SAME_QUANTITY.code: _same_quantities,
    AWARDS_ONE_MOVEMENT.code: _award_movements,
    EVENTS_IN_PHASE.code: _events_in_phase,
    REVIEW_AFTER_START.code: _reviews_after_start,
    FIELD_BALANCE.code: field_balances,
}
_BREAKDOWN_SIDES = ("sum(parts)", "part")


def _applied(rule: Rule, dataset: Dataset) -> _Check:
    """How ``rule`` is applied to a dataset; refuses a rule no reading of its sides fits."""
    special = _BY_CODE.get(rule.code)
    if special is not None:
        return functools.partial(special, rule)
    if rule.left in _BREAKDOWN_SIDES and rule.right == "total":
        return functools.partial(breakdown_rule, rule)
    if (rule.left, rule.right) in _LINKS:
        return functools.partial(_link_rule, rule)
    unknown = [side for side in (rule.left, rule.right) if not _is_measure(dataset, side)]
    if not unknown:
        return functools.partial(_measure_rule, rule)
    raise InvalidValueError(
        rule.code,
        f"rule {rule.code!r} cannot be applied: {', '.join(map(repr, unknown))} is no measure "
        "of this dataset; other sides are 'sum(parts)' or 'part' against 'total', "
        "'subset' against 'superset' and 'restatement' against 'restated'",
    )


def _is_measure(dataset: Dataset, code: str) -> bool:
    try:
        dataset.measure(code)
    except DanvanError:
        return False
    return True


def rules_for(dataset: Dataset, rules: Sequence[Rule | str] | None = None) -> tuple[Rule, ...]:
    """The rules :func:`check` applies to ``dataset``.

    Args:
        dataset: The dataset; its own :attr:`~danvan.Dataset.rules` replace the built-in
            rules of the same code and add to them.
        rules: The rules to apply instead: :class:`~danvan.Rule` values, or the codes
            of built-in rules and of the dataset's.

    Returns:
        The rules, in the order they are applied.

    Raises:
        UnknownTermError: A code names no built-in rule and no rule of the dataset.
    """
    known = {rule.code: rule for rule in (*BUILTIN_RULES, *dataset.rules)}
    if rules is None:
        return tuple(known.values())
    chosen = []
    for rule in rules:
        if isinstance(rule, Rule):
            chosen.append(rule)
        elif isinstance(rule, str) and rule in known:
            chosen.append(known[rule])
        else:
            raise UnknownTermError(rule, "rule", sorted(known))
    return tuple(chosen)


def check(dataset: Dataset, *, rules: Sequence[Rule | str] | None = None) -> list[Finding]:
    """Apply validation rules to every report, figure and model of a dataset.

    Args:
        dataset: What to check.
        rules: The rules to apply (:class:`~danvan.Rule` values or rule codes); by
            default the built-in rules, with the dataset's own rules replacing those of
            the same code and adding to them.

    Returns:
        The findings, errors first, then warnings, then notes; an empty list when
        everything agrees.

    Raises:
        InvalidValueError: A rule whose sides name no measure and no breakdown.
        UnknownTermError: A rule code that names no rule.

    Examples:
        >>> from danvan import check
        >>> from danvan.synth import dataset
        >>> check(dataset(models=100, seed=3))
        []
    """
    applied = [_applied(rule, dataset) for rule in rules_for(dataset, rules)]
    found = [finding for apply in applied for finding in apply(dataset)]
    order = list(Severity)
    return sorted(found, key=lambda f: (order.index(f.severity), _report_of(f)))


def _report_of(finding: Finding) -> int:
    """The index of the first report a finding points into (-1 for none), for ordering."""
    path = finding.paths[0] if finding.paths else ""
    if not path.startswith("$.reports["):
        return -1
    return int(path[len("$.reports[") : path.index("]")])
