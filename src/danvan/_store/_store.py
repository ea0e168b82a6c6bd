"""The embedded store: many reports over many years in one SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from danvan._dataset import Dataset
from danvan._periods import Period
from danvan._reports import Report
from danvan._store._derived import Provinces
from danvan._store._documents import KINDS, Document, assemble, documents_of, read_document
from danvan._store._filters import Filters
from danvan._store._log import StoreChange, StoredReport
from danvan._store._schema import BUSY_SECONDS as WAIT_SECONDS
from danvan._store._schema import connect
from danvan._store._writing import Transaction, conflict, put, rebuild, referred
from danvan._tables import Table
from danvan.exceptions import (
    InvalidValueError,
    StoreConflictError,
    StoreError,
    StructureError,
)
from danvan.serialization import from_dict, to_dict

__all__ = ["Store", "StoreChange", "StoredReport"]

# Documents a report may need beside it: every definition but records and reports.
_DEFINITIONS = tuple(k for k in KINDS if k not in ("model", "award", "report"))


class Store:
    """Reports, models and their definitions, year after year, in one SQLite file.

    Each report (and each unit, document, model, award …) is kept as its canonical danvan
    JSON: it comes back exactly as it went in. Tables of figures, awards, models and
    units are derived from them for queries, and can be read with any SQLite tool.

    Args:
        path: The store's file. It is created if there is none; a file that is not a
            danvan store is never changed.
        wait: How many seconds a write waits for another process's write to finish.

    Raises:
        StoreError: ``path`` is not a danvan store, was made by a newer danvan, or
            cannot be opened.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from danvan import Store, load_example
        >>> folder = tempfile.mkdtemp()
        >>> with Store(Path(folder) / "kho.sqlite") as store:
        ...     changes = store.add(load_example())
        ...     [r.id for r in store.reports()][:2]
        ['seed-000', 'seed-001']
    """

    def __init__(self, path: str | os.PathLike[str], *, wait: float = WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.wait = wait
        self._db: sqlite3.Connection | None = connect(path, rebuild=rebuild, wait=wait)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({os.fspath(self.path)!r})"

    def close(self) -> None:
        """Close the file; the store cannot be used after."""
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def db(self) -> sqlite3.Connection:
        """The open SQLite connection, for reading the derived tables with SQL."""
        if self._db is None:
            raise StoreError(self.path, "the store is closed")
        return self._db

    def add(self, item: Dataset | Report, *, replace: bool = False) -> tuple[StoreChange, ...]:
        """Add a dataset, or one report, in one transaction.

        A report alone must refer only to what the store (or the report) holds. Content
        already stored is left as it is; other content under a stored id is refused,
        every conflict listed, unless ``replace`` is set. Each addition and replacement
        is written to the change log.

        Args:
            item: A :class:`~danvan.Dataset`, validated on construction, or a
                :class:`~danvan.Report`.
            replace: Replace stored content that differs under the same id.

        Returns:
            The changes made, in order; empty when everything was stored already.

        Raises:
            StructureError: A report refers to what neither it nor the store holds
                (each problem with its path in the report).
            StoreConflictError: Content differs under stored ids, and ``replace`` is
                not set; nothing is added.
            StoreError: Another process held the store longer than ``wait`` seconds,
                or the file cannot be written; nothing is added.
        """
        if isinstance(item, Report):
            item = self._with_definitions(item)
        elif not isinstance(item, Dataset):
            raise InvalidValueError(item, "a store adds a Dataset or a Report")
        documents = list(documents_of(item))
        with self._writing() as db:
            stored = self._hashes(db, documents)
            conflicts = [
                conflict(db, document, stored[document.kind, document.key])
                for document in documents
                if stored.get((document.kind, document.key), document.hash) != document.hash
            ]
            if conflicts and not replace:
                raise StoreConflictError(self.path, conflicts)
            now = dt.datetime.now(dt.UTC).replace(microsecond=0)
            changes = []
            provinces = Provinces(db)
            for document in documents:
                if document.kind == "unit":
                    provinces.learn(document.data)
            for document in documents:
                old = stored.get((document.kind, document.key))
                if old == document.hash:
                    continue
                changes.append(put(db, document, old, now, provinces))
        return tuple(changes)

    def reports(self) -> tuple[StoredReport, ...]:
        """The reports the store holds.

        Returns:
            Each report's id, title, number of figures, hash and last change, by id.
        """
        rows = self.db.execute(
            "SELECT c.key, c.hash, d.content, d.wire, "
            "(SELECT MAX(at) FROM changes g WHERE g.kind = 'report' AND g.key = c.key) "
            "FROM current c JOIN documents d ON d.hash = c.hash "
            "WHERE c.kind = 'report' ORDER BY c.key"
        )
        listed = []
        for key, digest, content, wire, at in rows:
            data = read_document("report", content, wire)
            listed.append(
                StoredReport(
                    id=key,
                    title=data.get("title"),
                    figures=len(data.get("figures", ())),
                    hash=digest,
                    updated=dt.datetime.fromisoformat(at),
                )
            )
        return tuple(listed)

    def report(self, report_id: str) -> Report:
        """The report stored under ``report_id``.

        Args:
            report_id: The report's id.

        Returns:
            The report, equal to the one added (or the last that replaced it).

        Raises:
            InvalidValueError: The store holds no report of that id.
        """
        found = self.db.execute(
            "SELECT d.content, d.wire FROM current c JOIN documents d ON d.hash = c.hash "
            "WHERE c.kind = 'report' AND c.key = ?",
            (report_id,),
        ).fetchone()
        if found is None:
            known = [
                r[0]
                for r in self.db.execute(
                    "SELECT key FROM current WHERE kind = 'report' ORDER BY key LIMIT 20"
                )
            ]
            raise InvalidValueError(
                report_id, f"no report of this id in the store (it holds {known})"
            )
        report: Report = from_dict(read_document("report", *found), Report)
        return report

    def history(self, report_id: str) -> tuple[StoreChange, ...]:
        """The change log of one report: when it was added, and each replacement.

        Args:
            report_id: The report's id.

        Returns:
            The changes, oldest first; empty when the store never held the report.
        """
        rows = self.db.execute(
            "SELECT kind, key, action, at, old_hash, new_hash FROM changes "
            "WHERE kind = 'report' AND key = ? ORDER BY seq",
            (report_id,),
        )
        return tuple(
            StoreChange(kind, key, action, dt.datetime.fromisoformat(at), old, new)
            for kind, key, action, at, old, new in rows
        )

    def dataset(
        self,
        *,
        unit: str | None = None,
        period: Period | int | str | None = None,
        movement: str | None = None,
        measure: str | None = None,
    ) -> Dataset:
        """A dataset of the reports with a figure that matches, and what they need.

        Every definition (units, documents, movements …) comes with it; reports come
        whole, so that their breakdowns stay whole. Without a filter, everything.

        Args:
            unit: A unit's id: figures about it or a unit under it.
            period: A :class:`~danvan.Period`, a year or its words ("năm 2023"):
                figures whose period overlaps it.
            movement: A movement's id: figures of it.
            measure: A measure's code: figures of it.

        Returns:
            The dataset, validated as any other.
        """
        filters = Filters(
            self.db, "Store.dataset", unit=unit, period=period, movement=movement, measure=measure
        )
        keys = None if filters.none else sorted({report for report, _ in filters.figures()})
        reports = list(self._documents("report", keys))
        wanted: dict[str, set[str]] = {"model": set(), "award": set()}
        for _, data in reports:
            for kind, needed in referred(data).items():
                wanted[kind] |= needed
        records: list[tuple[str, dict[str, Any]]] = []
        for kind in ("model", "award"):
            if filters.none:
                records += self._documents(kind, None)
            else:
                chosen = wanted[kind] | (filters.models() if kind == "model" else set())
                records += self._documents(kind, sorted(chosen))
        return self._dataset(records, reports)

    def figures(
        self,
        *,
        unit: str | None = None,
        period: Period | int | str | None = None,
        movement: str | None = None,
        measure: str | None = None,
    ) -> Table:
        """The figures that match, as a :class:`~danvan.Table`, report by report.

        Args:
            unit: A unit's id: figures about it or a unit under it.
            period: A :class:`~danvan.Period`, a year or its words ("năm 2023"):
                figures whose period overlaps it.
            movement: A movement's id: figures of it.
            measure: A measure's code: figures of it.

        Returns:
            The figures, in the order of their reports' ids and within each report,
            each with its report's id (:attr:`Table.reports <danvan.Table.reports>`).
        """
        filters = Filters(
            self.db, "Store.figures", unit=unit, period=period, movement=movement, measure=measure
        )
        chosen = filters.figures()
        by_report: dict[str, list[int]] = {}
        for report, position in chosen:
            by_report.setdefault(report, []).append(position)
        figures, reports = [], []
        for _, data in self._documents("report", sorted(by_report)):
            stored: Report = from_dict(data, Report)
            figures += [stored.figures[position] for position in by_report[stored.id]]
            reports += [stored.id] * len(by_report[stored.id])
        return Table(figures, title=f"figures of {self.path.name}", reports=reports)

    def _dataset(
        self, records: list[tuple[str, dict[str, Any]]], reports: list[tuple[str, dict[str, Any]]]
    ) -> Dataset:
        parts = [part for kind in _DEFINITIONS for part in self._documents(kind, None)]
        return assemble([*parts, *records, *reports])

    def _documents(self, kind: str, keys: list[str] | None) -> Iterator[tuple[str, dict[str, Any]]]:
        query = (
            "SELECT d.content, d.wire FROM current c JOIN documents d ON d.hash = c.hash "
            "WHERE c.kind = ?"
        )
        if keys is None:
            rows: Iterable[tuple[str, str]] = self.db.execute(query + " ORDER BY c.rowid", (kind,))
        else:
            rows = (
                row
                for key in keys
                for row in self.db.execute(query + " AND c.key = ?", (kind, key))
            )
        for content, wire in rows:
            yield kind, read_document(kind, content, wire)

    def _with_definitions(self, report: Report) -> Dataset:
        """The report with the definitions and records of the store it refers to."""
        data = to_dict(report)
        records = [
            record
            for kind, keys in referred(data).items()
            for record in self._documents(kind, sorted(keys))
        ]
        try:
            return self._dataset(records, [("report", data)])
        except StructureError as error:  # its paths, in the report the caller gave
            problems = [p.replace("@ $.reports[0]", "@ $") for p in error.problems]
            raise StructureError(
                problems, "Report: it refers to what neither it nor the store holds"
            ) from None

    def _hashes(
        self, db: sqlite3.Connection, documents: list[Document]
    ) -> dict[tuple[str, str], str]:
        kinds = {d.kind for d in documents}
        stored: dict[tuple[str, str], str] = {}
        for kind in kinds:
            for key, digest in db.execute("SELECT key, hash FROM current WHERE kind = ?", (kind,)):
                stored[kind, key] = digest
        return stored

    def _writing(self) -> Transaction:
        return Transaction(self.db, self.path, self.wait)
