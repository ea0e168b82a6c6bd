"""Strategies for units and their dated tree."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from danvan._hierarchy import Hierarchy
from danvan._units import ChangeKind, Unit, UnitChange
from danvan._vocabulary import (
    AdminLevel,
    UnitKind,
)
from danvan.testing._hypothesis import st
from danvan.testing._values import DAYS, IDS, NAMES, REORGANISATION, TEXT, member_of


@st.composite
def hierarchies(draw: st.DrawFn, max_units: int = 25) -> Hierarchy:
    """Valid dated trees of areas, with a reorganisation on :data:`REORGANISATION`.

    Some leaf units end the day before it and pass, by merges and splits (with given
    or assumed shares), to new units that start on it.

    Args:
        max_units: The most units a tree holds.
    """
    count = draw(st.integers(1, max_units))
    units: list[dict[str, Any]] = []
    levels = list(AdminLevel)
    for i in range(count):
        if i == 0:
            parent, level = None, AdminLevel.PROVINCE
        else:
            parent_index = draw(st.integers(0, i - 1))
            parent = units[parent_index]["id"]
            ceiling = units[parent_index]["level"].rank
            level = draw(st.sampled_from(levels[: ceiling + 1]))
        name = f"{draw(st.sampled_from(NAMES))} {i}"
        units.append({"id": f"u{i}", "name": name, "level": level, "parent": parent})
    parents = {u["parent"] for u in units}
    leaves = [u for u in units[1:] if u["id"] not in parents]
    ending = draw(st.lists(st.sampled_from(leaves), unique_by=lambda u: u["id"])) if leaves else []
    new_count = draw(st.integers(1, 3)) if ending else 0
    new_ids = [f"n{i}" for i in range(new_count)]
    changes = []
    for unit in ending:
        unit["valid_to"] = REORGANISATION - dt.timedelta(days=1)
        targets = draw(st.lists(st.sampled_from(new_ids), min_size=1, max_size=2, unique=True))
        if len(targets) == 1:
            changes.append(
                UnitChange(
                    kind=ChangeKind.MERGE,
                    on=REORGANISATION,
                    sources=(unit["id"],),
                    targets=tuple(targets),
                )
            )
            continue
        shares: dict[str, Fraction] = {}
        if draw(st.booleans()):
            first = Fraction(draw(st.integers(1, 9)), 10)
            shares = {targets[0]: first, targets[1]: 1 - first}
        changes.append(
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=REORGANISATION,
                sources=(unit["id"],),
                targets=tuple(targets),
                shares=shares,
            )
        )
    # A unit may also answer to another along a functional chain (a command to its
    # region), and carry a note on how it was identified.
    for unit in units[1:]:
        if draw(st.integers(0, 4)) == 0:
            unit["reports_to"] = draw(st.sampled_from(units))["id"]
            unit["notes"] = (draw(TEXT),)
    built = [Unit(**fields) for fields in units]
    built += [
        Unit(
            id=new_id,
            name=f"Phường {i}",
            level=AdminLevel.COMMUNE,
            parent="u0",
            valid_from=REORGANISATION,
        )
        for i, new_id in enumerate(new_ids)
    ]
    return Hierarchy(built, changes)


@st.composite
def units(draw: st.DrawFn) -> Unit:
    """Single units of any kind and level, with aliases and codes."""
    start = draw(st.none() | DAYS)
    end = draw(st.none() | st.dates(start or dt.date(2015, 1, 1), dt.date(2035, 1, 1)))
    return Unit(
        id=draw(IDS),
        name=draw(TEXT),
        kind=draw(st.sampled_from(UnitKind)),
        level=draw(st.sampled_from(AdminLevel)),
        parent=draw(st.none() | IDS.map(lambda p: f"parent/{p}")),
        valid_from=start,
        valid_to=end,
        aliases=tuple(draw(st.lists(TEXT, max_size=2))),
        codes=draw(st.dictionaries(st.sampled_from(["gso", "local"]), IDS, max_size=2)),
        division=draw(st.none() | st.sampled_from(["tỉnh", "thị xã", "phường"])),
        reports_to=draw(st.none() | IDS),
        notes=tuple(draw(st.lists(TEXT, max_size=1))),
    )


@st.composite
def unit_changes(draw: st.DrawFn) -> UnitChange:
    """Merges and splits taken from valid hierarchies, so their units exist."""
    return member_of(draw, hierarchies(), lambda hierarchy: hierarchy.changes)
