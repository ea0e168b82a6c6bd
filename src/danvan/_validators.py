"""Field validators shared by the entities.

attrs validators that raise :class:`~danvan.exceptions.InvalidEntityError` naming the
field and the value, so that a wrong construction never surfaces as a bare TypeError.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from danvan.exceptions import InvalidEntityError

__all__ = [
    "TypeCheck",
    "check_date",
    "check_id",
    "check_optional_id",
    "check_required_date",
    "check_text",
    "checks_type",
    "flatten",
    "frozen_mapping",
    "instance_of",
    "optional_instance_of",
    "is_a",
    "to_tuple",
    "tuple_of",
    "type_check_of",
]

_MAX_ID = 200

#: What a validator that only checks a type checks: ("one" | "optional" | "tuple", type).
#: Readers that already guarantee it (see danvan.serialization._codecs) may skip such a validator.
TypeCheck = tuple[str, type | types.UnionType]
_TYPE_CHECK = "danvan_type_check"


def checks_type(validator: Any, shape: str, kind: type) -> Any:
    """Mark a validator whose whole job is checking that a value is of ``kind``."""
    setattr(validator, _TYPE_CHECK, (shape, kind))
    return validator


def type_check_of(validator: Any) -> TypeCheck | None:
    """The type a validator checks, if checking a type is all it does."""
    return getattr(validator, _TYPE_CHECK, None)


def check_id(owner: object, attribute: Any, value: Any) -> None:
    """Validate an id: 1 to 200 characters, none of them white space."""
    # str.split() splits on exactly the characters regex \s matches, and returns
    # [value] itself for text without white space: twice as fast as a regex.
    if type(value) is not str or len(value) > _MAX_ID or value.split() != [value]:
        raise InvalidEntityError(value, f"{attribute.name} must be a non-empty id without spaces")


def check_text(owner: object, attribute: Any, value: Any) -> None:
    """Validate a required piece of text: not empty, not only white space, valid Unicode."""
    if not isinstance(value, str) or not value or value.isspace():
        raise InvalidEntityError(value, f"{attribute.name} must be non-empty text")
    if _SURROGATE.search(value):
        # A lone surrogate is no character: the text could not be written as UTF-8.
        raise InvalidEntityError(value, f"{attribute.name} holds a lone surrogate")


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_free_text(owner: object, attribute: Any, value: Any) -> None:
    """Validate optional free text (a quote, a note, a title).

    ``None``, or text that can be written as UTF-8, so that what is dumped can be loaded.
    """
    if value is not None and (not isinstance(value, str) or _SURROGATE.search(value)):
        raise InvalidEntityError(value, f"{attribute.name} must be text without lone surrogates")


def check_texts(owner: object, attribute: Any, value: tuple[Any, ...]) -> None:
    """Validate a tuple of free texts (notes, aliases), each as :func:`check_free_text`."""
    for item in value:
        if not isinstance(item, str) or _SURROGATE.search(item):
            raise InvalidEntityError(
                item, f"{attribute.name} must hold text without lone surrogates"
            )


def check_optional_text(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional piece of text: ``None``, or text as :func:`check_text` wants."""
    if value is not None:
        check_text(owner, attribute, value)


def check_optional_id(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional id."""
    if value is not None and (
        type(value) is not str or len(value) > _MAX_ID or value.split() != [value]
    ):
        raise InvalidEntityError(value, f"{attribute.name} must be a non-empty id without spaces")


def check_required_date(owner: object, attribute: Any, value: Any) -> None:
    """Validate a required date (a datetime is refused: it compares badly with dates)."""
    if type(value) is not dt.date and (
        not isinstance(value, dt.date) or isinstance(value, dt.datetime)
    ):
        raise InvalidEntityError(value, f"{attribute.name} must be a date")


def check_date(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional date (and refuse datetimes, which compare badly with dates)."""
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidEntityError(value, f"{attribute.name} must be a date")


checks_type(check_required_date, "one", dt.date)
checks_type(check_date, "optional", dt.date)


def frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """Copy a mapping into a read-only view, so frozen entities stay frozen.

    Raises:
        InvalidEntityError: ``value`` is no mapping.
    """
    if not isinstance(value, Mapping):
        raise InvalidEntityError(value, "expected a mapping (a dict)")
    return MappingProxyType(dict(value))


def instance_of(kind: type) -> Any:
    """An attrs validator raising :class:`InvalidEntityError` instead of TypeError."""

    def check(owner: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidEntityError(value, f"{attribute.name} must be a {kind.__name__}")

    return checks_type(check, "one", kind)


def tuple_of(kind: type) -> Any:
    """An attrs validator for a tuple whose items are all ``kind``."""

    def check(owner: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise InvalidEntityError(value, f"{attribute.name} must be {kind.__name__} items")

    return checks_type(check, "tuple", kind)


def optional_instance_of(kind: type) -> Any:
    """Like :func:`instance_of`, also accepting ``None``."""
    check_kind = instance_of(kind)

    def check(owner: object, attribute: Any, value: Any) -> None:
        if value is not None:
            check_kind(owner, attribute, value)

    return checks_type(check, "optional", kind)


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Turn any iterable (a list from JSON, a generator) into a tuple."""
    if type(value) is tuple:
        return value
    if type(value) is list:
        return tuple(value)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidEntityError(value, "expected a sequence")
    return tuple(value)


def to_ids(value: str | Iterable[str]) -> tuple[Any, ...]:
    """Ids as a tuple; one id alone is a tuple of one ("dan-van-kheo")."""
    return (value,) if isinstance(value, str) else to_tuple(value)


def check_ids(owner: object, attribute: Any, value: tuple[Any, ...]) -> None:
    """Validate a tuple of ids, each as :func:`check_id` wants, none repeated."""
    for item in value:
        check_id(owner, attribute, item)
    if len(set(value)) != len(value):
        raise InvalidEntityError(value, f"{attribute.name} names an id twice")


def check_some_ids(owner: object, attribute: Any, value: tuple[Any, ...]) -> None:
    """Validate a tuple of one id or more."""
    if not value:
        raise InvalidEntityError(value, f"{attribute.name} names at least one id")
    check_ids(owner, attribute, value)


def is_a(value: object, kind: type) -> bool:
    """``isinstance`` for input whose declared type promises more than callers keep."""
    return isinstance(value, kind)


def flatten(validator: Any) -> list[Any]:
    """The single validators inside an attrs validator (which may combine several)."""
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)
    if inner is not None:
        return [v for item in inner for v in flatten(item)]
    return [validator]
