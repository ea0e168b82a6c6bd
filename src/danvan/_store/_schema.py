"""The store's SQLite file: how it is known, its tables, and its migrations.

A danvan store is an SQLite file whose ``PRAGMA application_id`` is :data:`APPLICATION_ID`
and whose ``PRAGMA user_version`` is the version of its tables. The documents are the
truth; the tables of figures, awards, models and units are derived from them and are
rebuilt whenever their shape changes (``meta.derived``), so a migration never has to
rewrite a document.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from danvan.exceptions import StoreError

__all__ = ["APPLICATION_ID", "DERIVED", "VERSION", "connect"]

#: "dvan" as a big-endian integer: what makes an SQLite file a danvan store.
APPLICATION_ID = 0x6476616E
#: The version of the store's own tables, in ``PRAGMA user_version``.
VERSION = 1
#: The version of the derived tables' shape; they are rebuilt when it changes.
DERIVED = 3  # 2: figures.amount; 3: awards.households
# How long a writer waits for another one to finish, in seconds.
BUSY_SECONDS = 60.0

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    wire TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE TABLE current (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    hash TEXT NOT NULL REFERENCES documents(hash),
    PRIMARY KEY (kind, key)
);
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    action TEXT NOT NULL,
    old_hash TEXT,
    new_hash TEXT NOT NULL
);
CREATE INDEX changes_by_key ON changes (kind, key);
"""

DERIVED_TABLES = """
CREATE TABLE figures (
    report TEXT NOT NULL, figure TEXT, position INTEGER NOT NULL,
    scope TEXT NOT NULL, province TEXT, year INTEGER,
    period_start TEXT, period_end TEXT,
    measure TEXT NOT NULL, unit_of_measure TEXT NOT NULL,
    level TEXT, fields TEXT, holder TEXT, kind TEXT, model_status TEXT,
    value INTEGER, percent TEXT, amount TEXT, qualifier TEXT, low INTEGER, high INTEGER,
    part_of TEXT, subset_of TEXT, movement TEXT, status TEXT,
    quote_start INTEGER, quote_end INTEGER,
    PRIMARY KEY (report, position)
);
CREATE INDEX figures_by_scope ON figures (scope);
CREATE INDEX figures_by_province_year ON figures (province, year);
CREATE INDEX figures_by_measure ON figures (measure);
CREATE TABLE awards (
    award TEXT PRIMARY KEY, form TEXT, issuer TEXT, on_day TEXT, year INTEGER,
    movement TEXT, collectives INTEGER, individuals INTEGER,
    households INTEGER, others INTEGER
);
CREATE TABLE models (
    model TEXT PRIMARY KEY, name TEXT, unit TEXT, province TEXT, kind TEXT,
    holder TEXT, fields TEXT, movement TEXT, first_day TEXT, events INTEGER
);
CREATE INDEX models_by_unit ON models (unit);
CREATE TABLE units (
    unit TEXT PRIMARY KEY, name TEXT, level TEXT, parent TEXT, province TEXT
);
"""
DERIVED_NAMES = ("figures", "awards", "models", "units")


def _script(db: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` in the open transaction (executescript commits)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


# The steps from each version to the next; version 0 is a new, empty file.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: lambda db: _script(db, _TABLES),
}


def connect(
    path: str | os.PathLike[str],
    *,
    rebuild: Callable[[sqlite3.Connection], None],
    wait: float = BUSY_SECONDS,
) -> sqlite3.Connection:
    """Open the store at ``path``, creating it if there is no file there.

    ``rebuild`` writes the derived tables again from the documents, when their shape
    has changed; it runs in the migration's transaction.

    Raises:
        StoreError: The file is not a danvan store (it is left as it is), or was made
            by a newer danvan, or cannot be opened.
    """
    where = Path(path)
    fresh = not where.exists() or (where.is_file() and where.stat().st_size == 0)
    if where.exists() and not where.is_file():
        raise StoreError(path, "it is not a file")
    if not fresh:
        _identify(where)
    try:
        db = sqlite3.connect(where, timeout=wait, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(path, f"cannot open it ({error})") from error
    db.execute("PRAGMA foreign_keys = ON")
    try:
        _migrate(db, path, rebuild)
    except sqlite3.DatabaseError as error:
        db.close()
        raise StoreError(path, f"cannot open it ({error})") from error
    except BaseException:
        db.close()
        raise
    return db


def _identify(where: Path) -> None:
    """Refuse a file that is not a danvan store, before SQLite writes anything to it."""
    with where.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise StoreError(where, "it is not a danvan store (not an SQLite file); left as it is")
    application = int.from_bytes(header[68:72], "big")
    if application != APPLICATION_ID:
        raise StoreError(where, "it is an SQLite file but not a danvan store; left as it is")


def _migrate(
    db: sqlite3.Connection, path: object, rebuild: Callable[[sqlite3.Connection], None]
) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        raise StoreError(
            path,
            f"it is a store of version {version}, newer than this danvan reads "
            f"({VERSION}): upgrade danvan",
        )
    if version == VERSION and _derived_version(db) == DERIVED:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another may have won
        while version < VERSION:
            _MIGRATIONS[version](db)
            version += 1
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {VERSION}")
        if _derived_version(db) != DERIVED:
            for name in DERIVED_NAMES:
                db.execute(f"DROP TABLE IF EXISTS {name}")
            _script(db, DERIVED_TABLES)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('derived', ?)", (str(DERIVED),))
            rebuild(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _derived_version(db: sqlite3.Connection) -> int | None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'derived'").fetchone()
    except sqlite3.OperationalError:
        return None
    return int(row[0]) if row is not None else None
