r"""JSON text to the wire form's plain values: in slices, and refusing repeated keys.

A national file holds a million models. Decoding it whole builds a tree of dicts
several times the size of the text before a single model exists. With the optional
``msgspec`` accelerator, a dataset's long arrays (``models``, ``reports``) are decoded
as raw slices of the text instead, and each item is decoded only when it is read into
its object (:func:`item`), so the tree of one item is freed before the next is built.

JSON lets an object repeat a key, and every fast decoder keeps the last value
silently: ``{"schema": "danvan/9", "schema": "danvan/2"}`` would read as danvan/2.
danvan refuses a repeated key, naming its path. The fast way to know there is none:
every key of compact or indented JSON text ends in ``":``, so the text holds as many
``":`` as its objects hold keys, plus those escaped inside strings, which writing the
decoded value again reproduces one for one. Where the counts differ, or the text is
written in a way the count cannot see (a space before a colon, a quote written as
``\u0022``), the standard library's decoder finds the repeated key and its path.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, cast, get_args, get_origin

from danvan.exceptions import StructureError
from danvan.serialization._version import SCHEMA

__all__ = [
    "Reading",
    "SLICED_KEYS",
    "decode",
    "item",
    "msgspec_module",
    "raw_items",
    "raw_type",
    "reading",
    "repeated_keys",
]

#: The arrays of a dataset read item by item.
SLICED_KEYS = frozenset({"models", "reports"})

_KEY_END = b'":'
# What the count cannot see: a space between a key and its colon, a quote as an escape.
_UNCOUNTABLE = re.compile(rb'"\s+:|\\u0022', re.IGNORECASE)


@functools.cache
def msgspec_module() -> Any:
    """The optional msgspec module (the ``fast`` extra), or ``None`` without it."""
    try:
        return importlib.import_module("msgspec")
    except ImportError:
        return None


class Reading:
    """What one reading of a text has counted, to tell whether a key was repeated."""

    def __init__(self) -> None:
        self.text_keys = 0  # the ":" in the whole text
        self.value_keys = 0  # the keys of what was decoded
        self.suspect = False  # an item whose own count disagrees

    @property
    def repeated(self) -> bool:
        """Whether a key may be repeated: then the exact (slower) decoder must say."""
        return self.suspect or self.text_keys != self.value_keys


_READING: ContextVar[Reading | None] = ContextVar("danvan_reading", default=None)


def reading() -> tuple[Reading, Callable[[], None]]:
    """Start counting for one text; call the second value to stop."""
    state = Reading()
    token = _READING.set(state)
    return state, lambda: _READING.reset(token)


def _as_bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8", errors="surrogatepass")


def _keys_of(fast: Any, value: Any) -> int | None:
    """How many ``":`` the compact text of ``value`` holds; ``None`` if it has no text."""
    try:
        return int(fast.json.encode(value).count(_KEY_END))
    except (UnicodeEncodeError, TypeError, ValueError, OverflowError):
        return None


def decode(text: str | bytes, type_: Any) -> Any:
    """The plain value of ``text``, long arrays of a dataset as raw slices.

    Raises:
        json.JSONDecodeError: The text is not JSON.
        ValueError, RecursionError, UnicodeDecodeError: From the standard decoder.
    """
    state = _READING.get()
    fast = msgspec_module()
    if fast is None or state is None:
        return _exact(text)
    raw = _as_bytes(text)
    if _UNCOUNTABLE.search(raw):
        return _exact(text)
    state.text_keys = raw.count(_KEY_END)
    sliced = _sliced(fast, raw, type_, state)
    if sliced is not None:
        return sliced
    try:
        value = fast.json.decode(raw)
    except (fast.MsgspecError, UnicodeEncodeError):
        return _exact(text)  # names the line and column of what is wrong
    keys = _keys_of(fast, value)
    if keys is None:
        return _exact(text)
    state.value_keys = keys
    return value


def _sliced(fast: Any, raw: bytes, type_: Any, state: Reading) -> Any:
    """A dataset or a list decoded to its top level only, or ``None`` to decode whole."""
    sequence = get_origin(type_) in (list, tuple)
    try:
        if sequence and get_args(type_)[0] is not Ellipsis:
            return fast.json.decode(raw, type=list[fast.Raw])
        if getattr(type_, "__name__", None) != "Dataset":
            return None
        top = fast.json.decode(raw, type=dict[str, fast.Raw])
        if fast.json.decode(top.get("schema", b"null")) != SCHEMA:
            return None  # an older form is migrated as a whole tree
        data: dict[str, Any] = {}
        state.value_keys += len(top)
        for key, value in top.items():
            if key in SLICED_KEYS:
                try:
                    data[key] = fast.json.decode(value, type=list[fast.Raw])
                    continue
                except fast.ValidationError:
                    pass  # not an array: read whole, and refused as it is
            data[key] = fast.json.decode(value)
            keys = _keys_of(fast, data[key])
            if keys is None:
                return None
            state.value_keys += keys
    except (fast.MsgspecError, UnicodeEncodeError):
        return None
    return data


def item(raw: Any) -> Any:
    """One raw item of a long array, decoded, its keys counted."""
    fast = msgspec_module()
    try:
        value = fast.json.decode(raw)
    except fast.MsgspecError as error:  # what the top level skipped: a number too large
        reason = str(error).split(" - at ")[0]
        raise ValueError(f"cannot read as JSON: {reason}") from None
    state = _READING.get()
    if state is not None:
        keys = _keys_of(fast, value)
        if keys is None or keys != bytes(raw).count(_KEY_END):
            state.suspect = True
        else:
            state.value_keys += keys
    return value


def raw_type() -> type | None:
    """The class of a raw item, or ``None`` without msgspec."""
    fast = msgspec_module()
    return None if fast is None else cast(type, fast.Raw)


def raw_items(structure: Callable[[Any, Any], Any], cls: type) -> Callable[[Any, Any], Any]:
    """A structure hook that first decodes an item left raw by :func:`decode`.

    An item already built (by a first pass over the same list) is taken as it is.
    """
    raw = raw_type()
    if raw is None:
        return structure

    def read(value: Any, type_: Any) -> Any:
        if type(value) is raw:
            value = item(value)
        elif type(value) is cls:
            return value
        return structure(value, type_)

    return read


class _Repeated(dict[str, Any]):
    """An object whose key ``repeated`` appeared more than once."""

    repeated: str


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) == len(pairs):
        return value
    seen: set[str] = set()
    marked = _Repeated(value)
    marked.repeated = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return marked


def _exact(text: str | bytes) -> Any:
    """Decode with the standard library, refusing a repeated key with its path."""
    value = json.loads(text, object_pairs_hook=_pairs)
    problem = _first_repeated(value)
    if problem is not None:
        raise StructureError([problem])
    return value


def repeated_keys(text: str | bytes) -> StructureError | None:
    """The error naming a repeated key of ``text``, or ``None`` when there is none."""
    try:
        _exact(text)
    except StructureError as error:
        return error
    except (ValueError, RecursionError):
        return None
    return None


def _first_repeated(value: Any) -> str | None:
    stack: list[tuple[Any, str]] = [(value, "$")]
    while stack:
        current, path = stack.pop()
        if isinstance(current, dict):
            if isinstance(current, _Repeated):
                return f"key {current.repeated!r} appears more than once @ {path}"
            stack.extend(
                (v, f"{path}.{k}")
                for k, v in reversed(current.items())
                if isinstance(v, dict | list)
            )
        elif isinstance(current, list):
            stack.extend(
                (v, f"{path}[{i}]")
                for i, v in reversed(list(enumerate(current)))
                if isinstance(v, dict | list)
            )
    return None
