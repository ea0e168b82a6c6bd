"""Applying validation rules to a dataset.

:func:`check` reads each :class:`~danvan.Rule` as data. A rule whose sides are two
measure codes compares every pair of figures of one report with those measures and the
same scope, movement, period and breakdown cell (a figure of no period is of its
report's one period, if its figures give one at most); a rule on ``sum(parts)`` or ``part``
against ``total`` judges the breakdowns of each report. The findings carry the rule that
found them, with its own code, severity and messages, whether it is built in or the
user's. A few built-in rules judge what two sides cannot say (dates, the units a
coverage figure counts, award batches across movements, the balance of fields); they
are applied by their code, with the severity they are given.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence

from danvan._arguments import given
from danvan._breakdowns import breakdown_rule, reports_of
from danvan._builtin_rules import BUILTIN_RULES
from danvan._dataset import Dataset
from danvan._figures import Figure, count_of, is_count
from danvan._measures import MODEL_UNITS
from danvan._periods import Period
from danvan._rules import Finding, Findings, Rule, Severity, Verdict
from danvan._special_rules import SPECIAL_RULES, cell_of
from danvan.exceptions import DanvanError, InvalidValueError, UnknownTermError

__all__ = ["check", "rules_for"]

_Check = Callable[[Dataset], list[Finding]]


def _one_period(figures: tuple[Figure, ...]) -> bool:
    """Whether the figures that give a period all give the same one."""
    return len({f.period for f in figures if f.period is not None}) <= 1


def _of_one_time(left: Period | None, right: Period | None, *, one: bool) -> bool:
    """Whether two figures of a report are of one time, and so may be compared.

    Of one period, or of none said; a figure of no period beside one of a period only
    when the report's figures give one period at most: beside the years of a report of
    several ("Năm 2022: đăng ký 512 …"), "hiện có 2.156 mô hình, … 1.245 … đã được công
    nhận" is of no year of them.
    """
    return left == right or (None in (left, right) and one)


def _measure_rule(rule: Rule, dataset: Dataset) -> list[Finding]:
    """``left op right`` for every comparable pair of figures of the two measures."""
    left_label, right_label = dataset.measure(rule.left), dataset.measure(rule.right)
    found = []
    for _, report, path in reports_of(dataset):
        some = _some_of_their_cell(report.figures)
        one = _one_period(report.figures)
        rights: dict[tuple[object, ...], list[tuple[int, Figure]]] = defaultdict(list)
        for j, figure in enumerate(report.figures):
            if figure.measure == rule.right and _a_count(figure) and j not in some:
                rights[cell_of(figure)].append((j, figure))
        for i, left in enumerate(report.figures):
            if left.measure != rule.left or not _a_count(left) or i in some:
                continue
            partners = [
                (j, right)
                for j, right in rights.get(cell_of(left), [])
                if j != i
                and _of_one_time(left.period, right.period, one=one)
                and not _other_models(left, right)
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
                a, b = count_of(left), count_of(right)
                if rule.compare(a, b) is Verdict.MISMATCH:
                    found.append(
                        rule.finding(
                            f"{a} {left_label.label_vi}, {b} {right_label.label_vi}",
                            f"{a.format('en')} {left_label.label_en}, "
                            f"{b.format('en')} {right_label.label_en}",
                            [f"{path}.figures[{i}]", f"{path}.figures[{j}]"],
                            a.value - b.value,
                        )
                    )
    return found


def _a_count(figure: Figure) -> bool:
    """Whether a figure counts what its measure says: not a change ("tăng 41").

    The size of a change says nothing of another's: "… đăng ký tăng 37, … công nhận tăng 41".
    """
    return is_count(figure) and figure.change is None


def _other_models(left: Figure, right: Figure) -> bool:
    """Whether two figures count other models: "1.438 điển hình" are no count of "1.214 mô hình".

    A count of models may be set against one of recipients, by a rule that says so.
    """
    units = {left.unit_of_measure, right.unit_of_measure}
    return len(units) > 1 and units <= MODEL_UNITS


def _some_of_their_cell(figures: Sequence[Figure]) -> set[int]:
    """The figures among another of their measure and cell: some of it, not the cell's.

    "đăng ký 524 mô hình, gồm: … bảo vệ môi trường (148 mô hình)": the 148 are no count
    of the cell the 524 are, so no rule compares them as that cell's.
    """
    index = {figure.id: figure for figure in figures}
    return {
        i
        for i, figure in enumerate(figures)
        if (among := index.get(figure.subset_of or "")) is not None
        and among.measure == figure.measure
        and cell_of(among) == cell_of(figure)
    }


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
            if not (is_count(figure) and is_count(other)):
                continue  # a percentage restating or among another: the percentage rule
            a, b = count_of(figure), count_of(other)
            if rule.compare(a, b) is Verdict.MISMATCH:
                found.append(
                    rule.finding(
                        f"{a} và {b}",
                        f"{a.format('en')} and {b.format('en')}",
                        [f"{path}.figures[{i}]", f"{path}.figures[{index[target]}]"],
                        a.value - b.value,
                    )
                )
    return found


_BREAKDOWN_SIDES = ("sum(parts)", "part")


def _applied(rule: Rule, dataset: Dataset) -> _Check:
    """How ``rule`` is applied to a dataset; refuses a rule no reading of its sides fits."""
    special = SPECIAL_RULES.get(rule.code)
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


def check(dataset: Dataset, *, rules: Sequence[Rule | str] | None = None) -> Findings:
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
    given(dataset, Dataset, to="check", name="dataset")
    applied = [_applied(rule, dataset) for rule in rules_for(dataset, rules)]
    found = [finding for apply in applied for finding in apply(dataset)]
    order = list(Severity)
    return Findings(sorted(found, key=lambda f: (order.index(f.severity), _report_of(f))))


def _report_of(finding: Finding) -> int:
    """The index of the first report a finding points into (-1 for none), for ordering."""
    path = finding.paths[0] if finding.paths else ""
    if not path.startswith("$.reports["):
        return -1
    return int(path[len("$.reports[") : path.index("]")])
