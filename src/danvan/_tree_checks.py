"""What makes a set of units a valid tree: known parents, levels, lifetimes, no cycles.

:class:`~danvan.Hierarchy` runs these on construction and lists every problem at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from danvan._units import Unit, UnitChange

__all__ = ["change_problems", "cycle_problems", "is_collection", "parent_problems", "units_at"]


def parent_problems(by_id: Mapping[str, Unit]) -> list[str]:
    """Unknown parents, parents below their child's level, children outliving parents."""
    problems = []
    for unit in by_id.values():
        if unit.reports_to is not None and unit.reports_to not in by_id:
            problems.append(f"{unit.id}: reports to an unknown unit {unit.reports_to!r}")
        if unit.parent is None:
            continue
        parent = by_id.get(unit.parent)
        if parent is None:
            problems.append(f"{unit.id}: unknown parent {unit.parent!r}")
            continue
        if unit.level > parent.level:
            problems.append(
                f"{unit.id}: level {unit.level.value} is above its parent's "
                f"({parent.id}: {parent.level.value})"
            )
        starts_early = parent.valid_from is not None and (
            unit.valid_from is None or unit.valid_from < parent.valid_from
        )
        ends_late = parent.valid_to is not None and (
            unit.valid_to is None or unit.valid_to > parent.valid_to
        )
        if starts_early or ends_late:
            problems.append(f"{unit.id}: exists at a time when its parent {parent.id} does not")
    return problems


def cycle_problems(by_id: Mapping[str, Unit]) -> list[str]:
    """Units that are their own ancestors; found without recursion."""
    state: dict[str, int] = {}  # 1: on the current path, 2: known to reach a root
    problems = []
    for start in by_id:
        path: list[str] = []
        current: str | None = start
        while current is not None and current in by_id and current not in state:
            state[current] = 1
            path.append(current)
            current = by_id[current].parent
        if current is not None and state.get(current) == 1:
            problems.append(f"{current}: is its own ancestor")
        for unit_id in path:
            state[unit_id] = 2
    return problems


def change_problems(changes: Iterable[UnitChange], by_id: Mapping[str, Unit]) -> list[str]:
    """Changes that name units the tree does not hold."""
    return [
        f"change {change.kind.value} on {change.on}: unknown unit {unit_id!r}"
        for change in changes
        for unit_id in (*change.sources, *change.targets)
        if unit_id not in by_id
    ]


def is_collection(value: object) -> bool:
    """Whether ``value`` can be read as a collection of units or changes (text cannot)."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes)


def units_at(units: Iterable[Unit], day: dt.date) -> list[Unit]:
    """The units valid on ``day``; a ``reports_to`` link to a unit gone by then is dropped."""
    alive = [u for u in units if u.is_valid_at(day)]
    ids = {u.id for u in alive}
    return [
        u if u.reports_to is None or u.reports_to in ids else attrs.evolve(u, reports_to=None)
        for u in alive
    ]
