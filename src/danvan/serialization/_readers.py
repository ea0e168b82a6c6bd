"""Strict readers of plain wire values, and which field types count as plain.

A field is plain when it is text, an integer, a date, a vocabulary code, or an optional
or repeated one of those; the classes whose fields are all plain get generated codecs
(:mod:`danvan.serialization._codecs`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from danvan._dates import Day, PartialDate
from danvan._terms import Term
from danvan._validators import TypeCheck

Reader = Callable[[Any], Any]
Writer = Callable[[Any], Any]

MISSING = object()
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class NotPlain(Exception):  # noqa: N818 - a signal between two functions, never raised out
    """A field type this module does not handle; the class uses the general converter."""


def fail(value: object, expected: str) -> Any:
    """Raise the ValueError every reader raises for a value of the wrong type."""
    raise ValueError(f"expected {expected}, got {type(value).__name__} {value!r}"[:200])


def read_str(value: Any) -> str:
    """Read a JSON string."""
    return value if type(value) is str else fail(value, "a string")


def read_int(value: Any) -> int:
    """Read a JSON integer (not a boolean, not a float)."""
    return value if type(value) is int else fail(value, "an integer")


def read_bool(value: Any) -> bool:
    """Read true or false."""
    return value if type(value) is bool else fail(value, "true or false")


#: The days read so far, each one object however many events fall on it: a million
#: models' events fall on a few thousand days. Dates are immutable, so sharing is safe.
_DAYS: dict[str, dt.date] = {}
_MAX_DAYS = 100_000


def read_date(value: Any) -> dt.date:
    """Read an ISO 8601 calendar date, exactly ``YYYY-MM-DD``."""
    day = _DAYS.get(value) if type(value) is str else None
    if day is not None:
        return day
    if type(value) is not str or not _DATE.fullmatch(value):
        return fail(value, "a date as YYYY-MM-DD")  # type: ignore[no-any-return]
    day = dt.date.fromisoformat(value)
    if len(_DAYS) < _MAX_DAYS:
        _DAYS[value] = day
    return day


#: The ids that many objects of one file repeat (the unit of a model, the unit that
#: acted in an event, a movement, a phase, a parent), each kept once while a file is
#: read: see :func:`shared_ids`.
SHARED_FIELDS = frozenset({"unit", "by", "movement", "phase", "parent", "division", "reports_to"})
_SHARED: dict[str, str] = {}
share = _SHARED.setdefault


def forget_shared() -> None:
    """Let go of the ids kept while a file was read."""
    _SHARED.clear()


_PARTIAL_DATE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>0[1-9]|1[0-2]))?")


def read_day(value: Any) -> Day:
    """Read a day (``YYYY-MM-DD``) or a day known to its month (``YYYY-MM``) or year."""
    if type(value) is str:
        if _DATE.fullmatch(value):
            return read_date(value)
        partial = _PARTIAL_DATE.fullmatch(value)
        if partial is not None:
            month = partial["month"]
            return PartialDate(int(partial["year"]), None if month is None else int(month))
    return fail(value, "a date as YYYY-MM-DD, YYYY-MM or YYYY")  # type: ignore[no-any-return]


def term_reader(cls: type[Term]) -> Reader:
    """Read a vocabulary member from its code."""
    by_code = {member.value: member for member in cls}
    codes = ", ".join(by_code)

    def read(value: Any) -> Term:
        try:
            return by_code[value]
        except (KeyError, TypeError):
            raise ValueError(
                f"unknown {cls.__name__} code {value!r} (accepted: {codes})"[:300]
            ) from None

    return read


def identity(value: Any) -> Any:
    return value


def code_of(member: Term) -> str:
    return member._value_


@attrs.frozen
class Plain:
    """How one field type is read and written, and what its reader guarantees."""

    read: Reader
    write: Writer
    guarantees: TypeCheck | None = None
    inline: str | None = None  # a read expression over `item`, when cheap to inline
    write_inline: str | None = None  # a write expression over `item`
    present: Plain | None = None  # for an optional type: how a value that is there reads
    items: Plain | None = None  # for a repeated type: how each item reads and writes
    writers: Mapping[type, Writer] | None = None  # for a union: the writer of each class
    struct_inline: str | None = None  # a write expression for msgspec, if not write_inline
    coded: bool = False  # a vocabulary member, written as its code


def read_strings(value: Any) -> dict[str, str]:
    if type(value) is not dict or not all(type(v) is str for v in value.values()):
        return fail(value, "an object of strings")  # type: ignore[no-any-return]
    return value


def _isoformat(day: Day) -> str:
    return day.isoformat()


DATE_PLAIN = Plain(
    read_date,
    dt.date.isoformat,
    ("one", dt.date),
    None,
    "item.isoformat()",
    # msgspec writes a date as isoformat() does (a subclass through enc_hook).
    struct_inline="item",
)
#: A day, or a month or year: both write themselves as ISO text. msgspec writes a date
#: itself; a partial date it would write as an object, so it is written here (the
#: struct writers' namespace holds PartialDate).
DAY_PLAIN = Plain(
    read_day,
    _isoformat,
    ("one", Day),
    None,
    "item.isoformat()",
    struct_inline="item if item.__class__ is not PartialDate else item.isoformat()",
)
