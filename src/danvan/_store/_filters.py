"""Which stored figures a query asks for, read from the derived tables.

By unit and the units under it, period, movement and measure; the conditions are SQL
with parameters, never with the values written into the text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from danvan._measures import Measure
from danvan._messages import closest
from danvan._periods import Period, period_given
from danvan.exceptions import UnknownTermError, UnknownUnitError

__all__ = ["Filters"]

_UNDER = (
    "WITH RECURSIVE under(unit) AS (SELECT ? UNION "
    "SELECT u.unit FROM units u JOIN under ON u.parent = under.unit) "
)


class Filters:
    """The conditions of one query, checked against what the store holds."""

    def __init__(
        self,
        db: sqlite3.Connection,
        to: str,
        *,
        unit: str | None,
        period: Period | int | str | None,
        movement: str | None,
        measure: str | None,
    ) -> None:
        self.db, self.unit = db, unit
        self.none = all(x is None for x in (unit, period, movement, measure))
        self._where: list[str] = []
        self._params: list[Any] = []
        if unit is not None:
            if db.execute("SELECT 1 FROM units WHERE unit = ?", (unit,)).fetchone() is None:
                held = [u for (u,) in db.execute("SELECT unit FROM units ORDER BY unit")]
                close = closest(unit, held)
                guess = f" (did you mean {close!r}?)" if close else ""
                raise UnknownUnitError(unit, f"no unit of this id in the store{guess}")
            self._where.append("scope IN (SELECT unit FROM under)")
        if period is not None:
            period = period_given(period, to=to, name="period")  # 2023, "năm 2023"
            end = period.end or dt.date.max
            self._where.append(
                "period_start IS NOT NULL AND period_start <= ? "
                "AND (period_end IS NULL OR period_end >= ?)"
            )
            self._params += [end.isoformat(), period.start.isoformat()]
        if movement is not None:
            self._where.append("(',' || movement || ',') LIKE ?")
            self._params.append(f"%,{movement},%")
        if measure is not None:
            _check_measure(db, measure)
            self._where.append("measure = ?")
            self._params.append(measure)

    def figures(self) -> list[tuple[str, int]]:
        """The report and position of each figure that matches, in order."""
        where = " AND ".join(self._where) or "1"
        head, params = (_UNDER, [self.unit, *self._params]) if self.unit else ("", self._params)
        query = f"{head}SELECT report, position FROM figures WHERE {where}"  # noqa: S608
        query += " ORDER BY report, position"
        return [(report, position) for report, position in self.db.execute(query, params)]

    def models(self) -> set[str]:
        """The models of the unit asked for and the units under it (none without one)."""
        if self.unit is None:
            return set()
        query = _UNDER + "SELECT model FROM models WHERE unit IN (SELECT unit FROM under)"  # noqa: S608
        return {model for (model,) in self.db.execute(query, (self.unit,))}


def _check_measure(db: sqlite3.Connection, measure: str) -> None:
    """A measure is built in, or one the store's figures give; else it is misspelt."""
    known = [m.code for m in Measure.builtins()]
    known += [m for (m,) in db.execute("SELECT DISTINCT measure FROM figures") if m not in known]
    if measure not in known:
        raise UnknownTermError(measure, "Measure", known)
