"""The embedded store: many reports over many years in one SQLite file (standard library).

See :class:`Store`.
"""

from __future__ import annotations

from danvan._store._store import Store, StoreChange, StoredReport

__all__ = ["Store", "StoreChange", "StoredReport"]
