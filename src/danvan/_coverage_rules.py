"""The built-in rules on coverage figures ("8/8 huyện"), applied by their code.

A coverage figure is above its own denominator ("9/8 huyện": an error of the report), or
above the units of its tier the dataset lists under its scope (a warning: the dataset may
list only some of them).
"""

from __future__ import annotations

from collections.abc import Iterator

from danvan._breakdowns import reports_of
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Figure, count_of, is_count
from danvan._rules import Finding, Rule, Verdict
from danvan._vocabulary import AdminLevel
from danvan.exceptions import InvalidValueError

__all__ = ["coverages_of_the_units_listed", "coverages_out_of"]


def _coverages(dataset: Dataset) -> Iterator[tuple[Figure, Count, str]]:
    """Each coverage figure that is a count, its count, and its path."""
    for _, report, path in reports_of(dataset):
        for i, figure in enumerate(report.figures):
            if figure.measure == "coverage" and is_count(figure):
                yield figure, count_of(figure), f"{path}.figures[{i}]"


def _above(rule: Rule, value: Count, units: Count, path: str) -> list[Finding]:
    """The finding of ``rule`` when ``value`` units are more than ``units``, if they are."""
    if rule.compare(value, units) is not Verdict.MISMATCH:
        return []
    said = (f"{value}/{units}", f"{value.format('en')}/{units.format('en')}")
    return [rule.finding(*said, [path], value.value - units.value)]


def coverages_out_of(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A coverage figure above its own denominator: "9/8 huyện"."""
    return [
        finding
        for figure, value, path in _coverages(dataset)
        if figure.out_of is not None
        for finding in _above(rule, value, figure.out_of, path)
    ]


def coverages_of_the_units_listed(rule: Rule, dataset: Dataset) -> list[Finding]:
    """A coverage figure above the units of its tier the dataset lists under its scope."""
    return [
        finding
        for figure, value, path in _coverages(dataset)
        if (units := _units_listed(dataset, figure))
        for finding in _above(rule, value, Count(units), path)
    ]


def _units_listed(dataset: Dataset, figure: Figure) -> int:
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
