"""One JSON form for every danvan value.

Enums are written as their codes, dates as ISO 8601 (``YYYY-MM-DD``), document symbols
as canonical strings, shares as exact fractions (``"1/3"``), decimal numbers (percents)
as text (``"12.5"``), so that no digit is lost on the way, counts as a compact object
that keeps the qualifier (``{"value": 1000, "qualifier": "over"}``), model events with a
``"kind"`` tag, and fields left at their defaults are omitted. A :class:`~danvan.Dataset`
file starts with ``"schema": "danvan/2"`` (files of ``danvan/1`` are read too).

Reading is strict: unknown keys, wrong types, unknown codes and non-canonical symbols
are refused, and every problem is listed with its JSON path in one
:class:`~danvan.exceptions.StructureError`.

This package is the only place that imports cattrs; its converters are private
(``_converter``), with generated codecs for the classes a large file holds by the
hundred thousand (``_codecs``), msgspec structs for writing them fast (``_structs``),
the JSON Schema (``_schema``), CSV tables (``_csv``) and the salvage of damaged files
(``_salvage``). With the ``fast`` extra (``pip install -e ".[fast]"``, which installs
msgspec) reading and writing large files is faster, and the text written is the same.

Examples:
    >>> from danvan import Count, parse_count
    >>> from danvan.serialization import dumps, loads
    >>> text = dumps(parse_count("trên 1.000"))
    >>> text
    '{"value":1000,"qualifier":"over"}'
    >>> loads(text, Count) == parse_count("trên 1.000")
    True
"""

from __future__ import annotations

import functools
import json
import os
import select
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast, overload

import cattrs

from danvan._arguments import given
from danvan._bulk import collector_paused
from danvan._dataset import Dataset
from danvan._files import write_atomic
from danvan.exceptions import StructureError
from danvan.serialization._convert import from_dict, to_dict
from danvan.serialization._converter import make_converter
from danvan.serialization._csv import (
    FIGURE_COLUMNS,
    MODEL_COLUMNS,
    figures_from_csv,
    figures_to_csv,
    models_from_csv,
    models_to_csv,
)
from danvan.serialization._decoding import Reading, decode, msgspec_module, reading, repeated_keys
from danvan.serialization._excel import figures_from_excel, figures_to_excel
from danvan.serialization._readers import forget_shared
from danvan.serialization._schema import json_schema
from danvan.serialization._structs import struct_encoder
from danvan.serialization._version import SCHEMA

__all__ = [
    "FIGURE_COLUMNS",
    "MAX_BYTES",
    "MODEL_COLUMNS",
    "SCHEMA",
    "WAIT_SECONDS",
    "dump",
    "dumps",
    "figures_from_csv",
    "figures_from_excel",
    "figures_to_csv",
    "figures_to_excel",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "models_from_csv",
    "models_to_csv",
    "to_dict",
]

T = TypeVar("T")


@functools.cache
def _struct_converter(msgspec: Any) -> cattrs.Converter:
    return make_converter(detailed=False, msgspec=msgspec)


def _encode(data: Any, indent: int | None) -> bytes:
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return text.encode("utf-8", errors="surrogatepass")


def dumps(value: Any, *, indent: int | None = None) -> str:
    """Serialise a danvan value to JSON text (compact, or indented by ``indent``).

    The text of a danvan value is the same with or without the optional ``msgspec``
    accelerator (the ``fast`` extra).

    Args:
        value: Any danvan value, or a list or tuple of them.
        indent: Spaces per level of indentation; compact when ``None``.

    Returns:
        The JSON text.
    """
    return _encode_value(value, indent).decode("utf-8", errors="surrogatepass")


def _encode_value(value: Any, indent: int | None) -> bytes:
    fast = msgspec_module()
    with collector_paused():
        if fast is not None and (indent is None or indent > 0):
            try:
                structs = _struct_converter(fast).unstructure(value)
                text = cast(bytes, struct_encoder(fast).encode(structs))
            except UnicodeEncodeError:  # lone surrogates, which msgspec refuses: use json
                pass
            else:
                return (
                    text if indent is None else cast(bytes, fast.json.format(text, indent=indent))
                )
        return _encode(to_dict(value), indent)


@overload
def loads(text: str | bytes) -> Dataset: ...
@overload
def loads(text: str | bytes, type_: type[T]) -> T: ...
def loads(text: str | bytes, type_: type[Any] = Dataset) -> Any:
    """Read a danvan value (a :class:`~danvan.Dataset` by default) from JSON text.

    Args:
        text: The JSON text, as ``str`` or UTF-8 ``bytes``.
        type_: The danvan type to read.

    Returns:
        The value, validated exactly as if it had been built in Python.

    Raises:
        StructureError: The text is not JSON (with line and column), or describes no
            valid ``type_`` (every problem, with its JSON path).
        DanvanError: ``text`` is neither ``str`` nor ``bytes``.
    """
    given(text, (str, bytes), to="loads", name="text")  # not a dict json.load gave
    state, stop = reading()
    try:
        return _loads(text, type_, state)
    finally:
        stop()
        forget_shared()


def _loads(text: str | bytes, type_: type[Any], state: Reading) -> Any:
    try:
        with collector_paused():
            data = decode(text, type_)
    except StructureError:  # a repeated key, with its path
        raise
    except json.JSONDecodeError as error:
        raise StructureError(
            [f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno} @ $"]
        ) from error
    except (RecursionError, UnicodeDecodeError, TypeError) as error:
        raise StructureError([f"cannot read as JSON: {type(error).__name__} @ $"]) from error
    except ValueError as error:  # an integer literal of more digits than Python converts
        problem = "cannot read as JSON: a number of more than 4 300 digits, which no value holds"
        raise StructureError([f"{problem} @ $"]) from error
    try:
        with collector_paused():
            value = from_dict(data, type_)
    except StructureError as error:
        repeated = repeated_keys(text) if state.suspect else None
        if repeated is not None:
            raise repeated from error
        raise
    if state.repeated:
        repeated = repeated_keys(text)
        if repeated is not None:
            raise repeated
    return value


def dump(value: Any, path: str | os.PathLike[str], *, indent: int | None = 2) -> None:
    """Write a danvan value to ``path`` as JSON, atomically.

    The text goes to a temporary file in the same folder, is flushed to disk and then
    renamed over ``path``, so a crash mid-write leaves any old file whole. A new file
    gets the mode your umask gives; a file written over keeps its mode.

    Args:
        value: Any danvan value.
        path: The file to write; its folder must exist.
        indent: Spaces per level of indentation; compact when ``None``.

    Raises:
        FileWriteError: The file cannot be written; the message names the path.
    """
    write_atomic(path, _encode_value(value, indent) + b"\n")


#: The largest file :func:`load` reads unless told otherwise: 512 MiB. A national file of
#: a million models is about 320 MB.
MAX_BYTES = 512 * 2**20


#: How long :func:`load` waits for more bytes from a pipe or a device: 60 seconds.
WAIT_SECONDS = 60.0


@overload
def load(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = MAX_BYTES,
    wait: float | None = WAIT_SECONDS,
) -> Dataset: ...
@overload
def load(
    path: str | os.PathLike[str],
    type_: type[T],
    *,
    max_bytes: int | None = MAX_BYTES,
    wait: float | None = WAIT_SECONDS,
) -> T: ...
def load(
    path: str | os.PathLike[str],
    type_: type[Any] = Dataset,
    *,
    max_bytes: int | None = MAX_BYTES,
    wait: float | None = WAIT_SECONDS,
) -> Any:
    """Read a danvan value (a :class:`~danvan.Dataset` by default) from a JSON file.

    Args:
        path: The file (a pipe or a device is read too, up to ``max_bytes``).
        type_: The danvan type to read.
        max_bytes: Refuse more bytes than this (``None``: no limit), so that a huge
            file or an endless device (``/dev/zero``) is refused instead of filling
            memory.
        wait: For a pipe or a device, how many seconds to wait for its next bytes
            (``None``: for ever), so that a pipe whose writer never finishes is
            refused instead of hanging.

    Returns:
        The value, validated exactly as if it had been built in Python.

    Raises:
        StructureError: The file cannot be read, is larger than ``max_bytes``, sends
            nothing for ``wait`` seconds, or holds no valid ``type_``.
    """
    try:
        data = _read_bytes(Path(path), max_bytes, wait)
    except TimeoutError:
        raise StructureError(
            [f"cannot read {path!r}: nothing more came in {wait:g} s (pass wait=) @ $"]
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise StructureError([f"cannot read {path!r}: {reason} @ $"]) from error
    except (TypeError, ValueError) as error:  # not a path, or a NUL character in it
        raise StructureError([f"cannot read {path!r}: {error} @ $"]) from error
    if data is None:
        raise StructureError(
            [f"cannot read {path!r}: larger than {max_bytes:,} bytes (pass max_bytes=) @ $"]
        )
    return loads(data, type_)


_CHUNK = 2**20


def _read_bytes(path: Path, limit: int | None, wait: float | None) -> bytes | None:
    """The file's bytes, or ``None`` when there are more than ``limit``.

    A pipe or a device is opened without blocking and read as its bytes come; more than
    ``wait`` seconds without any raises ``TimeoutError``.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb", buffering=0):  # closes the descriptor
        info = os.fstat(fd)
        size = _CHUNK
        read: Callable[[int], bytes]
        if stat.S_ISREG(info.st_mode):
            if limit is not None and info.st_size > limit:
                return None
            os.set_blocking(fd, True)
            read = functools.partial(os.read, fd)
            size = info.st_size + 1  # the whole file in one read, no copy to join
        else:
            read = _waiting_reader(fd, wait)
        chunks: list[bytes] = []
        total = 0
        while limit is None or total <= limit:
            chunk = read(size if limit is None else min(size, limit + 1 - total))
            if not chunk:
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            size = _CHUNK
        return None


def _waiting_reader(fd: int, wait: float | None) -> Callable[[int], bytes]:
    """Read a pipe or a device as its bytes come, waiting at most ``wait`` s each time."""
    if not hasattr(select, "poll"):  # no poll on this system: read, blocking
        os.set_blocking(fd, True)
        return lambda size: os.read(fd, size)
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    timeout = None if wait is None else max(0, round(wait * 1000))

    def read(size: int) -> bytes:
        while True:
            if not poller.poll(timeout):
                raise TimeoutError
            try:
                return os.read(fd, size)
            except BlockingIOError:  # woken with nothing to read yet
                continue

    return read
