"""What a store lists: its reports, and the change log of what was added and replaced."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["StoreChange", "StoredReport"]


@attrs.frozen
class StoreChange:
    """One entry of a store's change log.

    Attributes:
        kind: What changed: ``"report"``, ``"unit"``, ``"model"`` …
        key: Its id (or code).
        action: ``"added"`` or ``"replaced"``.
        at: When, in UTC.
        old_hash: The SHA-256 of the content replaced, ``None`` for an addition.
        new_hash: The SHA-256 of the content stored.
    """

    kind: str
    key: str
    action: str
    at: dt.datetime
    old_hash: str | None
    new_hash: str


@attrs.frozen
class StoredReport:
    """A report the store holds, as :meth:`Store.reports` lists it.

    Attributes:
        id: The report's id.
        title: Its title, if it has one.
        figures: How many figures it gives.
        hash: The SHA-256 of its canonical JSON.
        updated: When it was last added or replaced, in UTC.
    """

    id: str
    title: str | None
    figures: int
    hash: str
    updated: dt.datetime
