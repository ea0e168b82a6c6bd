"""Field validators shared by the entities.

attrs validators that raise :class:`~danvan.exceptions.InvalidEntityError` naming the
field and the value, so that a wrong construction never surfaces as a bare TypeError.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from danvan.exceptions import InvalidEntityError

__all__ = [
    "check_date",
    "check_id",
    "check_optional_id",
    "check_text",
    "frozen_mapping",
    "instance_of",
    "optional_instance_of",
    "is_a",
    "to_tuple",
    "tuple_of",
]

_ID = re.compile(r"[^\s]{1,200}")


def check_id(owner: object, attribute: Any, value: Any) -> None:
    """Validate an id: a non-empty string without white space."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise InvalidEntityError(value, f"{attribute.name} must be a non-empty id without spaces")


def check_text(owner: object, attribute: Any, value: Any) -> None:
    """Validate a required piece of text."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidEntityError(value, f"{attribute.name} must be non-empty text")


def check_optional_id(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional id."""
    if value is not None:
        check_id(owner, attribute, value)


def check_date(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional date (and refuse datetimes, which compare badly with dates)."""
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidEntityError(value, f"{attribute.name} must be a date")


def frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """Copy a mapping into a read-only view, so frozen entities stay frozen."""
    return MappingProxyType(dict(value))


def instance_of(kind: type) -> Any:
    """An attrs validator raising :class:`InvalidEntityError` instead of TypeError."""

    def check(owner: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidEntityError(value, f"{attribute.name} must be a {kind.__name__}")

    return check


def tuple_of(kind: type) -> Any:
    """An attrs validator for a tuple whose items are all ``kind``."""

    def check(owner: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise InvalidEntityError(value, f"{attribute.name} must be {kind.__name__} items")

    return check


def optional_instance_of(kind: type) -> Any:
    """Like :func:`instance_of`, also accepting ``None``."""
    check_kind = instance_of(kind)

    def check(owner: object, attribute: Any, value: Any) -> None:
        if value is not None:
            check_kind(owner, attribute, value)

    return check


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Turn any iterable (a list from JSON, a generator) into a tuple."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidEntityError(value, "expected a sequence")
    return tuple(value)


def is_a(value: object, kind: type) -> bool:
    """``isinstance`` for input whose declared type promises more than callers keep."""
    return isinstance(value, kind)
