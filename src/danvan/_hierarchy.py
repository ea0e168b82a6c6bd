"""The dated tree of units.

Units hang under their parents: communes under districts under provinces, and each
body under the area it belongs to (the Town Party Committee of Hồng Lĩnh under the
town), so that figures roll up by area. The tree changes over time, so every lookup
can be asked "as it stood on" a date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction

from danvan._dates import day_given
from danvan._successions import follow_changes
from danvan._tree_checks import (
    change_problems,
    cycle_problems,
    is_collection,
    parent_problems,
    units_at,
)
from danvan._unit_names import split_name
from danvan._units import Unit, UnitChange
from danvan._validators import is_a
from danvan._vocabulary import AdminLevel
from danvan.exceptions import HierarchyError, UnknownUnitError

__all__ = ["Hierarchy"]


class Hierarchy:
    """Units and their changes, validated as a dated tree.

    Construction checks that ids are unique, parents are known and cover the child's
    lifetime, there are no cycles, no unit sits above its parent's level, and changes
    name known units; it raises one :class:`~danvan.exceptions.HierarchyError`
    listing every problem. Lookups never recurse, so very deep trees are fine. A day
    (``at=``, ``to=``) may be a date or written ("2025-07-01", "01/7/2025"), a tier a
    member, its code or its name ("district", "huyện").

    Examples:
        >>> from danvan import AdminLevel, Hierarchy, Unit
        >>> h = Hierarchy([
        ...     Unit(id="vn/son-la", name="Tỉnh Sơn La", level=AdminLevel.PROVINCE),
        ...     Unit(id="vn/son-la/tp-son-la", name="Thành phố Sơn La",
        ...          level=AdminLevel.DISTRICT, parent="vn/son-la"),
        ... ])
        >>> [u.id for u in h.find("TP Sơn La")]
        ['vn/son-la/tp-son-la', 'vn/son-la']
        >>> [u.id for u in h.ancestors("vn/son-la/tp-son-la")]
        ['vn/son-la']
    """

    __slots__ = ("_by_id", "_by_name", "_changes", "_children", "_from", "_to", "_units")

    def __init__(self, units: Iterable[Unit], changes: Iterable[UnitChange] = ()) -> None:
        for given, what in ((units, "units"), (changes, "changes")):
            if not is_collection(given):
                raise HierarchyError(given, [f"{what} must be a list or tuple, not {given!r}"])
        self._units: tuple[Unit, ...] = tuple(units)
        problems: list[str] = []
        given = tuple(changes)
        problems += [
            f"changes[{i}] is not a UnitChange: {c!r}"
            for i, c in enumerate(given)
            if not is_a(c, UnitChange)
        ]
        valid = (c for c in given if is_a(c, UnitChange))
        self._changes: tuple[UnitChange, ...] = tuple(sorted(valid, key=lambda c: c.on))
        self._by_id: dict[str, Unit] = {}
        for i, unit in enumerate(self._units):
            if not is_a(unit, Unit):
                problems.append(f"units[{i}] is not a Unit: {unit!r}")
            elif unit.id in self._by_id:
                problems.append(f"units[{i}]: duplicate id {unit.id!r}")
            else:
                self._by_id[unit.id] = unit
        self._children: dict[str | None, list[Unit]] = defaultdict(list)
        self._by_name: dict[str, list[Unit]] = defaultdict(list)
        for unit in self._by_id.values():
            self._children[unit.parent].append(unit)
            for name in {split_name(n)[1] for n in (unit.name, *unit.aliases)}:
                self._by_name[name].append(unit)
        problems += parent_problems(self._by_id)
        problems += cycle_problems(self._by_id)
        problems += change_problems(self._changes, self._by_id)
        self._from: dict[str, list[UnitChange]] = defaultdict(list)
        self._to: dict[str, list[UnitChange]] = defaultdict(list)
        for change in self._changes:
            for source in change.sources:
                self._from[source].append(change)
            for target in change.targets:
                self._to[target].append(change)
        if problems:
            raise HierarchyError(f"{len(self._units)} units", problems)

    # -- collection protocol -------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._by_id.values())

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._by_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hierarchy):
            return NotImplemented
        return self._units == other._units and self._changes == other._changes

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Hierarchy({len(self._units)} units, {len(self._changes)} changes)"

    @property
    def units(self) -> tuple[Unit, ...]:
        """Every unit, in the order given."""
        return self._units

    @property
    def changes(self) -> tuple[UnitChange, ...]:
        """Every change, in date order."""
        return self._changes

    # -- lookups -------------------------------------------------------------------

    def get(self, unit_id: str, *, at: dt.date | None = None) -> Unit:
        """Return the unit with ``unit_id``.

        Args:
            unit_id: The unit's id.
            at: Refuse a unit that did not exist on this day.

        Returns:
            The unit.

        Raises:
            UnknownUnitError: No such unit, or it did not exist on ``at``.
        """
        unit = self._by_id.get(unit_id)
        if unit is None:
            raise UnknownUnitError(unit_id)
        at = _day(at, "Hierarchy.get")
        if at is not None and not unit.is_valid_at(at):
            raise UnknownUnitError(unit_id, f"unit did not exist on {at.isoformat()}")
        return unit

    def roots(self, *, at: dt.date | None = None) -> list[Unit]:
        """Units without a parent (existing on ``at``, when given).

        Args:
            at: Keep only units that existed on this day.

        Returns:
            The root units, in the order given.
        """
        at = _day(at, "Hierarchy.roots")
        return [u for u in self._children.get(None, ()) if at is None or u.is_valid_at(at)]

    def children(self, unit_id: str, *, at: dt.date | None = None) -> list[Unit]:
        """The units directly under ``unit_id`` (existing on ``at``, when given).

        Args:
            unit_id: The unit's id.
            at: Keep only units that existed on this day.

        Returns:
            The children, in the order given.

        Raises:
            UnknownUnitError: No unit has that id.
        """
        at = _day(at, "Hierarchy.children")
        self.get(unit_id, at=at)
        return [u for u in self._children.get(unit_id, ()) if at is None or u.is_valid_at(at)]

    def ancestors(self, unit_id: str, *, at: dt.date | None = None) -> list[Unit]:
        """The units above ``unit_id``, nearest first.

        Args:
            unit_id: The unit's id.
            at: Keep only units that existed on this day.

        Returns:
            The parent, its parent and so on up to a root.

        Raises:
            UnknownUnitError: No unit has that id.
        """
        unit = self.get(unit_id, at=at)
        chain = []
        while unit.parent is not None:
            unit = self._by_id[unit.parent]
            chain.append(unit)
        return chain

    def descendants(self, unit_id: str, *, at: dt.date | None = None) -> list[Unit]:
        """Every unit below ``unit_id``, depth first (existing on ``at``, when given).

        Args:
            unit_id: The unit's id.
            at: Keep only units that existed on this day.

        Returns:
            Every unit below, depth first.

        Raises:
            UnknownUnitError: No unit has that id.
        """
        at = _day(at, "Hierarchy.descendants")
        self.get(unit_id, at=at)
        found: list[Unit] = []
        stack = list(reversed(self._children.get(unit_id, ())))
        while stack:
            unit = stack.pop()
            if at is not None and not unit.is_valid_at(at):
                continue
            found.append(unit)
            stack.extend(reversed(self._children.get(unit.id, ())))
        return found

    def area_of(self, unit_id: str) -> Unit:
        """The administrative area a unit belongs to: itself, or its nearest area above.

        Args:
            unit_id: The unit's id (an area, or a body such as a steering committee).

        Returns:
            The area: the unit itself when it is one.

        Raises:
            UnknownUnitError: No unit has that id.
        """
        unit = self.get(unit_id)
        while not unit.is_area and unit.parent is not None:
            unit = self._by_id[unit.parent]
        return unit

    def at(self, day: dt.date) -> Hierarchy:
        """The tree as it stood on ``day``: only the units that existed then.

        Args:
            day: The day.

        Returns:
            A hierarchy of the units valid on ``day``, without the change events; a
            ``reports_to`` link to a unit gone by then is no link on that day.

        Raises:
            InvalidDateError: ``day`` is no day (a date, or written "2025-07-01").
        """
        return Hierarchy(units_at(self._units, day_given(day, to="Hierarchy.at", name="day")))

    def find(
        self,
        name: str,
        *,
        at: dt.date | None = None,
        level: AdminLevel | None = None,
        within: str | None = None,
    ) -> list[Unit]:
        """Every unit called ``name``, best match first; never a silent pick of one.

        Diacritics, case and type words ("tỉnh", "huyện", "phường", "TP") are optional.
        A match whose type word agrees ("TP" and "thành phố") ranks first, then one
        where either side has none, then one whose type word differs; then areas
        above bodies, higher levels above lower.

        Args:
            name: The name as written.
            at: Keep units that existed on this day.
            level: Keep units of this tier.
            within: Keep units below this unit.

        Returns:
            The matching units, best first; empty when none matches.

        Raises:
            UnknownUnitError: ``within`` names no unit.
        """
        if within is not None:
            self.get(within)
        at = _day(at, "Hierarchy.find")
        level = None if level is None else AdminLevel.parse(level)  # "huyện", "district"
        wanted_type, wanted = split_name(name)
        candidates = self._by_name.get(wanted, [])
        found = []
        for unit in candidates:
            if at is not None and not unit.is_valid_at(at):
                continue
            if level is not None and unit.level is not level:
                continue
            if within is not None and within not in {a.id for a in self.ancestors(unit.id)}:
                continue
            types = {split_name(n)[0] for n in (unit.name, *unit.aliases)}
            if wanted_type is not None and wanted_type in types:
                agreement = 0
            elif wanted_type is None or types == {None}:
                agreement = 1
            else:
                agreement = 2
            found.append(((agreement, not unit.is_area, -unit.level.rank, unit.id), unit))
        return [unit for _, unit in sorted(found, key=lambda pair: pair[0])]

    def successors(self, unit_id: str, *, to: dt.date) -> dict[str, Fraction]:
        """Where a unit's territory or remit had gone by ``to``, with shares.

        Follows chains of renames, merges, moves and splits (with their shares) in date
        order. Shares sum to 1 unless part of the unit was abolished without successor.
        A unit untouched by changes is its own successor while it exists; one that ended
        before ``to`` with no change recorded has none.

        Args:
            unit_id: The unit's id.
            to: The day of the map to follow the changes to.

        Returns:
            Each successor's id with the share of the unit it took; empty when the unit
            ended before ``to`` with no change recorded.

        Raises:
            UnknownUnitError: No unit has that id.

        Examples:
            >>> import datetime
            >>> from danvan import AdminLevel, ChangeKind, Hierarchy, Unit, UnitChange
            >>> h = Hierarchy(
            ...     [Unit(id="a", name="Xã A", level=AdminLevel.COMMUNE,
            ...           valid_to=datetime.date(2025, 6, 30)),
            ...      Unit(id="b", name="Xã B", level=AdminLevel.COMMUNE,
            ...           valid_from=datetime.date(2025, 7, 1))],
            ...     [UnitChange(kind=ChangeKind.MERGE, on=datetime.date(2025, 7, 1),
            ...                 sources=("a",), targets=("b",))])
            >>> h.successors("a", to=datetime.date(2026, 1, 1))
            {'b': Fraction(1, 1)}
        """
        self.get(unit_id)
        to = day_given(to, to="Hierarchy.successors", name="to")  # "2025-07-01" too
        return follow_changes(unit_id, to, self._from, lambda unit: self.get(unit).valid_to)

    def predecessors(self, unit_id: str) -> list[str]:
        """The units that changes name as sources of ``unit_id``.

        Args:
            unit_id: The unit's id.

        Returns:
            The ids of the units it was formed from, in the order of the changes.

        Raises:
            UnknownUnitError: No unit has that id.
        """
        self.get(unit_id)
        return [s for change in self._to.get(unit_id, ()) for s in change.sources if s != unit_id]

    def level_units(self, level: AdminLevel, *, at: dt.date | None = None) -> Sequence[Unit]:
        """Every administrative area of a tier (existing on ``at``, when given).

        Args:
            level: The tier.
            at: Keep only areas that existed on this day.

        Returns:
            The areas of that tier, in the order given.
        """
        at, level = _day(at, "Hierarchy.level_units"), AdminLevel.parse(level)  # "district"
        return [
            u
            for u in self._by_id.values()
            if u.is_area and u.level is level and (at is None or u.is_valid_at(at))
        ]


def _day(at: object, to: str) -> dt.date | None:
    """The day ``at`` of method ``to``, a date or one written ("2025-07-01"), if any."""
    return None if at is None else day_given(at, to=to, name="at")
