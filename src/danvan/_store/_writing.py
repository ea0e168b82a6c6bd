"""Writing to the store: one transaction per change, the change log, conflicts shown.

Every write runs between ``BEGIN IMMEDIATE`` and ``COMMIT``: a process killed at any
point leaves the store as it was before, and a second writer waits for the first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from danvan._store._derived import Provinces, forget, write
from danvan._store._documents import KINDS, Document, read_document
from danvan._store._log import StoreChange
from danvan.exceptions import StoreError
from danvan.serialization import SCHEMA

__all__ = ["Transaction", "conflict", "put", "rebuild", "referred"]


class Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error."""

    def __init__(self, db: sqlite3.Connection, path: Path, wait: float) -> None:
        self.db, self.path, self.wait = db, path, wait

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(self.path, _why(error, self.wait)) from error
        return self.db

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.db.execute("COMMIT")
                return
            self.db.execute("ROLLBACK")
        except sqlite3.Error as failed:  # the disk is full, the file went away …
            if self.db.in_transaction:
                self.db.rollback()
            raise StoreError(self.path, _why(failed, self.wait)) from failed
        if isinstance(error, sqlite3.Error):
            raise StoreError(self.path, _why(error, self.wait)) from error


def _why(error: sqlite3.Error, wait: float) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return (
            f"another process is writing to it and did not finish in {wait:g} s "
            f"({text}); nothing was added"
        )
    return f"cannot write to it ({text}); nothing was added"


def referred(report: dict[str, Any]) -> dict[str, set[str]]:
    """The models and awards a report (in its wire form) refers to."""
    figures = report.get("figures", ())
    return {
        "award": set(report.get("awards", ())),
        "model": set(report.get("models", ())) | {f["model"] for f in figures if "model" in f},
    }


def put(
    db: sqlite3.Connection,
    document: Document,
    old: str | None,
    now: dt.datetime,
    provinces: Provinces,
) -> StoreChange:
    db.execute(
        "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?)",
        (document.hash, document.kind, SCHEMA, document.text),
    )
    db.execute(
        "INSERT OR REPLACE INTO current VALUES (?, ?, ?)",
        (document.kind, document.key, document.hash),
    )
    action = "added" if old is None else "replaced"
    db.execute(
        "INSERT INTO changes (at, kind, key, action, old_hash, new_hash) VALUES (?,?,?,?,?,?)",
        (now.isoformat(), document.kind, document.key, action, old, document.hash),
    )
    forget(db, document.kind, document.key)
    write(db, document.kind, document.data, provinces, document.value)
    return StoreChange(document.kind, document.key, action, now, old, document.hash)


def conflict(db: sqlite3.Connection, document: Document, stored: str) -> str:
    content, wire = db.execute(
        "SELECT content, wire FROM documents WHERE hash = ?", (stored,)
    ).fetchone()
    old = read_document(document.kind, content, wire)
    shown = "; ".join(_differences(old, document.data)[:5])
    return f"{document.kind} {document.key!r} @ {document.path}: {shown}"


def _differences(old: Any, new: Any, path: str = "") -> list[str]:
    """Where two wire-form values differ: "title: 'A' (stored) → 'B' (new)"."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [
            found
            for key in dict.fromkeys([*old, *new])
            for found in _differences(old.get(key), new.get(key), f"{path}.{key}")
        ]
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [
            found
            for i, (a, b) in enumerate(zip(old, new, strict=True))
            for found in _differences(a, b, f"{path}[{i}]")
        ]
    if old == new:
        return []
    return [f"{path.lstrip('.') or '$'}: {_cut(old)} (stored) → {_cut(new)} (new)"]


def _cut(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def rebuild(db: sqlite3.Connection) -> None:
    """Write every derived row again from the documents (inside the caller's transaction)."""
    for name in ("figures", "awards", "models", "units"):
        db.execute(f"DELETE FROM {name}")  # noqa: S608
    provinces = Provinces(db)
    for kind in KINDS:
        rows = db.execute(
            "SELECT d.content, d.wire FROM current c JOIN documents d ON d.hash = c.hash "
            "WHERE c.kind = ? ORDER BY c.rowid",
            (kind,),
        ).fetchall()
        documents = [read_document(kind, content, wire) for content, wire in rows]
        if kind == "unit":
            for data in documents:
                provinces.learn(data)
        for data in documents:
            write(db, kind, data, provinces)
