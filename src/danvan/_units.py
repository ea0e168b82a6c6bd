"""Units and their dated changes.

A unit (đơn vị) is an administrative area (tỉnh, huyện, xã, thôn) or a body attached
to one: a Party committee, a steering committee, a People's Committee, the Fatherland
Front, a mass organisation, an agency, an armed-forces unit. Units live for a span of
time; on 1 July 2025 the district tier ended and provinces and communes were merged,
so change events (rename, merge, split, move, abolish) link old units to their
successors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from danvan._terms import Term
from danvan._validators import (
    check_date,
    check_free_text,
    check_id,
    check_optional_id,
    check_required_date,
    check_text,
    check_texts,
    frozen_mapping,
    instance_of,
    to_tuple,
    tuple_of,
)
from danvan._vocabulary import AdminLevel, UnitKind
from danvan.exceptions import InvalidEntityError

__all__ = ["ChangeKind", "Unit", "UnitChange"]


def _check_valid_to(unit: Unit, attribute: Any, value: dt.date | None) -> None:
    check_date(unit, attribute, value)
    if value is not None and unit.valid_from is not None and value < unit.valid_from:
        raise InvalidEntityError(value, f"unit {unit.id} ends before it begins")


@attrs.frozen(kw_only=True)
class Unit:
    """An administrative area or a body attached to one.

    Attributes:
        id: Stable id; path-like slugs read well (``vn/son-la/tp-son-la``).
        name: The Vietnamese name, with its type word ("Thành phố Sơn La").
        kind: What sort of unit it is.
        level: The tier it belongs to; a body takes the tier of its area.
        parent: The id of the unit it hangs under, ``None`` for a root.
        valid_from: First day it existed, ``None`` if earlier than anything recorded.
        valid_to: Last day it existed, ``None`` while it still exists.
        aliases: Other names (older names, short forms).
        codes: Codes by scheme, e.g. ``{"gso": "14"}`` for the statistics office.
        division: The division type as written (tỉnh, thành phố, thị xã, phường …).
        reports_to: The id of the unit it answers to along a functional chain, when that
            is not its ``parent``: a provincial military command hangs under its
            province (where its figures roll up) and reports to its military region.
        notes: How it was identified when the report does not name it ("the province
            is inferred from the publisher").

    Examples:
        >>> import datetime
        >>> from danvan import AdminLevel, Unit, UnitKind
        >>> town = Unit(id="vn/ha-tinh/hong-linh", name="Thị xã Hồng Lĩnh",
        ...             kind=UnitKind.ADMINISTRATIVE_AREA, level=AdminLevel.DISTRICT,
        ...             parent="vn/ha-tinh", valid_to=datetime.date(2025, 6, 30))
        >>> town.is_valid_at(datetime.date(2018, 12, 19))
        True
    """

    id: str = attrs.field(validator=check_id)
    name: str = attrs.field(validator=check_text)
    kind: UnitKind = attrs.field(
        default=UnitKind.ADMINISTRATIVE_AREA, validator=instance_of(UnitKind)
    )
    level: AdminLevel = attrs.field(validator=instance_of(AdminLevel))
    parent: str | None = attrs.field(default=None, validator=check_optional_id)
    valid_from: dt.date | None = attrs.field(default=None, validator=check_date)
    valid_to: dt.date | None = attrs.field(default=None, validator=_check_valid_to)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)
    codes: Mapping[str, str] = attrs.field(factory=dict, converter=frozen_mapping, hash=False)
    division: str | None = attrs.field(default=None, validator=check_free_text)
    reports_to: str | None = attrs.field(default=None, validator=check_optional_id)
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)

    def __attrs_post_init__(self) -> None:
        if self.parent == self.id:
            raise InvalidEntityError(self.id, "a unit cannot be its own parent")

    def is_valid_at(self, day: dt.date) -> bool:
        """Whether the unit existed on ``day``.

        Args:
            day: The day.

        Returns:
            ``True`` when ``day`` lies between ``valid_from`` and ``valid_to`` (either open).
        """
        after_start = self.valid_from is None or self.valid_from <= day
        return after_start and (self.valid_to is None or day <= self.valid_to)

    @property
    def is_area(self) -> bool:
        """Whether the unit is an administrative area rather than a body."""
        return self.kind is UnitKind.ADMINISTRATIVE_AREA


class ChangeKind(Term):
    """What happened to units on a given day."""

    ESTABLISH = ("establish", "thành lập", "establish")
    RENAME = ("rename", "đổi tên", "rename")
    MERGE = ("merge", "sáp nhập", "merge", "hợp nhất")
    SPLIT = ("split", "chia tách", "split", "điều chỉnh một phần")
    MOVE = ("move", "điều chuyển", "move")
    ABOLISH = ("abolish", "giải thể", "abolish", "kết thúc hoạt động")


def _to_shares(value: Mapping[str, Any]) -> Mapping[str, Fraction]:
    try:
        return MappingProxyType({key: Fraction(share) for key, share in dict(value).items()})
    except (TypeError, ValueError, ZeroDivisionError) as error:
        raise InvalidEntityError(value, "shares must be numbers") from error


@attrs.frozen(kw_only=True)
class UnitChange:
    """A dated change linking units to their successors.

    Attributes:
        kind: What happened.
        on: The first day of the new state.
        sources: The units before the change.
        targets: The units after it.
        shares: For a split, the share of the source each target received; when the
            source gives none, equal shares are filled in and ``assumed_shares`` set.
        assumed_shares: Whether the shares are an assumption rather than a fact.

    Examples:
        >>> import datetime
        >>> from danvan import ChangeKind, UnitChange
        >>> change = UnitChange(kind=ChangeKind.SPLIT, on=datetime.date(2025, 7, 1),
        ...                     sources=("old",), targets=("a", "b"))
        >>> dict(change.shares), change.assumed_shares
        ({'a': Fraction(1, 2), 'b': Fraction(1, 2)}, True)
    """

    kind: ChangeKind = attrs.field(validator=instance_of(ChangeKind))
    on: dt.date = attrs.field(validator=check_required_date)
    sources: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    targets: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    shares: Mapping[str, Fraction] = attrs.field(factory=dict, converter=_to_shares, hash=False)
    assumed_shares: bool = False

    def __attrs_post_init__(self) -> None:
        arity = {
            ChangeKind.ESTABLISH: (0, 0, 1, None),
            ChangeKind.ABOLISH: (1, None, 0, 0),
            ChangeKind.RENAME: (1, 1, 1, 1),
            ChangeKind.MOVE: (1, 1, 1, 1),
            ChangeKind.MERGE: (1, None, 1, 1),
            ChangeKind.SPLIT: (1, 1, 1, None),
        }[self.kind]
        min_s, max_s, min_t, max_t = arity
        if not (min_s <= len(self.sources) and (max_s is None or len(self.sources) <= max_s)):
            raise InvalidEntityError(self.sources, f"a {self.kind.value} has the wrong sources")
        if not (min_t <= len(self.targets) and (max_t is None or len(self.targets) <= max_t)):
            raise InvalidEntityError(self.targets, f"a {self.kind.value} has the wrong targets")
        if len(set(self.targets)) != len(self.targets):
            raise InvalidEntityError(self.targets, "a target is named twice")
        if self.shares and self.kind is not ChangeKind.SPLIT:
            raise InvalidEntityError(dict(self.shares), "only a split has shares")
        if self.kind is ChangeKind.SPLIT:
            self._check_shares()

    def _check_shares(self) -> None:
        if not self.shares:
            equal = Fraction(1, len(self.targets))
            object.__setattr__(self, "shares", MappingProxyType(dict.fromkeys(self.targets, equal)))
            object.__setattr__(self, "assumed_shares", True)
            return
        if set(self.shares) != set(self.targets):
            raise InvalidEntityError(dict(self.shares), "shares must name every target, once")
        if any(share <= 0 for share in self.shares.values()) or sum(self.shares.values()) != 1:
            raise InvalidEntityError(dict(self.shares), "shares must be positive and sum to 1")

    def share_of(self, target: str) -> Fraction:
        """The share of a source that went to ``target`` (1 for anything but a split).

        Args:
            target: The id of one of the change's targets.

        Returns:
            The share, as an exact fraction.
        """
        return self.shares.get(target, Fraction(1))
