"""Where a unit's territory went: its changes followed, in date order, with their shares.

Renames, merges, moves and splits carry a unit's territory (or remit) on to the units
after it; a split divides it by the official shares. The walk is in date order, and
merges two paths that meet, so that diamonds of splits and merges stay linear.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction

from danvan._units import ChangeKind, UnitChange

__all__ = ["follow_changes"]

_DAY = dt.timedelta(days=1)


def follow_changes(
    unit_id: str,
    to: dt.date,
    changes_from: Mapping[str, Sequence[UnitChange]],
    valid_to: Callable[[str], dt.date | None],
) -> dict[str, Fraction]:
    """Each unit ``unit_id``'s territory had gone to by ``to``, with the share it took.

    ``changes_from`` gives the changes each unit is a source of, in date order;
    ``valid_to`` the day each unit ended, if it did. A unit that ended before ``to`` with
    no change recorded has no successor.
    """
    result: dict[str, Fraction] = defaultdict(Fraction)
    # States (day reached, unit) with their weight, processed in date order and
    # merged when two paths meet.
    pending: dict[tuple[dt.date, str], Fraction] = {(dt.date.min, unit_id): Fraction(1)}
    queue: list[tuple[dt.date, str]] = [(dt.date.min, unit_id)]
    while queue:
        key = heapq.heappop(queue)
        weight = pending.pop(key, None)
        if weight is None:
            continue
        since, current = key
        change = _next_change(changes_from.get(current, ()), since, to)
        if change is None:
            ended = valid_to(current)
            if ended is None or ended >= to:  # one that ended without a change has none
                result[current] += weight
            continue
        for target in change.targets:
            share = weight * change.share_of(target)
            next_key = (change.on, target) if target != current else (change.on + _DAY, target)
            if next_key not in pending:
                heapq.heappush(queue, next_key)
            pending[next_key] = pending.get(next_key, Fraction(0)) + share
    return dict(result)


def _next_change(changes: Sequence[UnitChange], since: dt.date, to: dt.date) -> UnitChange | None:
    for change in changes:
        if since <= change.on <= to and change.kind is not ChangeKind.ESTABLISH:
            return change
    return None
