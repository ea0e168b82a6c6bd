"""One JSON form for every danvan value.

Enums are written as their codes, dates as ISO 8601 (``YYYY-MM-DD``), document symbols
as canonical strings, shares as exact fractions (``"1/3"``), decimal numbers (percents)
as text (``"12.5"``), so that no digit is lost on the way, counts as a compact object
that keeps the qualifier (``{"value": 1000, "qualifier": "over"}``), model events with a
``"kind"`` tag, and fields left at their defaults are omitted. A :class:`~danvan.Dataset`
file starts with ``"schema": "danvan/1"``.

Reading is strict: unknown keys, wrong types, unknown codes and non-canonical symbols
are refused, and every problem is listed with its JSON path in one
:class:`~danvan.exceptions.StructureError`.

This is the only module that imports cattrs; its converter is private. With the
``fast`` extra (``pip install "danvan[fast]"``, which installs msgspec) reading and
writing large files is faster, and the text written is the same.

Examples:
    >>> text = dumps(parse_count("trên 1.000"))
    >>> text
    '{"value":1000,"qualifier":"over"}'
    >>> loads(text, Count) == parse_count("trên 1.000")
    True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import importlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar, cast, get_args, get_origin, get_type_hints

import attrs
import cattrs
import cattrs.cols
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from danvan._counts import Count
from danvan._csv import (
    FIGURE_COLUMNS,
    MODEL_COLUMNS,
    figures_from_csv,
    figures_to_csv,
    models_from_csv,
    models_to_csv,
)
from danvan._dataset import Dataset
from danvan._directives import Directive
from danvan._documents import DocumentSymbol
from danvan._hierarchy import Hierarchy
from danvan._models import EVENT_KINDS, AnyModelEvent, Model, ModelEvent
from danvan._periods import Period
from danvan._schema import DECIMAL_PATTERN, json_schema
from danvan._terms import Term
from danvan._units import Unit, UnitChange
from danvan._vocabulary import Qualifier
from danvan._wire import (
    codec_for,
    event_codec,
    event_struct_writers,
    fail,
    read_bool,
    read_date,
    read_int,
    read_str,
    struct_writer,
    term_reader,
)
from danvan.exceptions import DanvanError, DatasetError, StructureError

__all__ = [
    "FIGURE_COLUMNS",
    "MODEL_COLUMNS",
    "SCHEMA",
    "figures_from_csv",
    "figures_to_csv",
    "models_from_csv",
    "models_to_csv",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "to_dict",
]

#: The wire format version this danvan writes and reads.
SCHEMA = "danvan/1"

T = TypeVar("T")

_FRACTION = re.compile(r"[0-9]{1,12}(?:/[1-9][0-9]{0,11})?")
_DECIMAL = re.compile(DECIMAL_PATTERN)
_COUNT_KEYS = frozenset({"value", "qualifier", "low", "high"})
_PERIOD_KEYS = frozenset({"start", "end"})
_EVENT_BY_KIND: dict[str, type[ModelEvent]] = {kind.kind: kind for kind in EVENT_KINDS}

# A step migrates a document of one schema version to the next; the chain is walked
# from a file's version to SCHEMA. Empty while danvan/1 is the only version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: tuple[tuple[str, str, Migration], ...] = ()


# -- strict primitives -------------------------------------------------------------------


def _hook(reader: Callable[[Any], Any]) -> Callable[[Any, type], Any]:
    return lambda value, _: reader(value)


def _structure_fraction(value: Any, _: type) -> Fraction:
    if type(value) is not str or not _FRACTION.fullmatch(value):
        return cast(Fraction, fail(value, 'a fraction such as "1/3"'))
    return Fraction(value)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        return cast(Decimal, fail(value, 'a decimal number as text, such as "12.5"'))
    return Decimal(value)


def _structure_symbol(value: Any, _: type) -> DocumentSymbol:
    if type(value) is not str:
        return cast(DocumentSymbol, fail(value, 'a document symbol such as "11-CT/TU"'))
    symbol = DocumentSymbol.parse(value)
    if str(symbol) != value:
        raise ValueError(f"document symbol {value!r} is not canonical: write {str(symbol)!r}")
    return symbol


def _check_keys(value: Any, allowed: frozenset[str], what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        return cast(Mapping[str, Any], fail(value, f"an object ({what})"))
    extra = value.keys() - allowed
    if extra:
        raise ValueError(f"unknown keys for {what}: {', '.join(sorted(map(repr, extra)))}")
    return value


# -- compact value objects ---------------------------------------------------------------


def _unstructure_count(count: Count) -> dict[str, Any]:
    data: dict[str, Any] = {"value": count.value}
    if count.qualifier is not Qualifier.EXACT:
        data["qualifier"] = count.qualifier.value
    default = Count(count.value, count.qualifier)
    if count.low != default.low:
        data["low"] = count.low
    if count.high != default.high:
        data["high"] = count.high
    return data


_read_qualifier = term_reader(Qualifier)


def _structure_count(value: Any, _: type) -> Count:
    data = _check_keys(value, _COUNT_KEYS, "Count")
    if "value" not in data:
        raise ValueError("Count needs 'value'")
    fields: dict[str, Any] = {"value": read_int(data["value"])}
    if "qualifier" in data:
        fields["qualifier"] = _read_qualifier(data["qualifier"])
    if "low" in data:
        fields["low"] = read_int(data["low"])
    if "high" in data:
        high = data["high"]
        fields["high"] = None if high is None else read_int(high)
    return Count(**fields)


def _structure_period(value: Any, _: type) -> Period:
    data = _check_keys(value, _PERIOD_KEYS, "Period")
    if data.keys() != _PERIOD_KEYS:
        raise ValueError("Period needs 'start' and 'end'")
    return Period(read_date(data["start"]), read_date(data["end"]))


def _unstructure_period(period: Period) -> dict[str, str]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


# -- the converter -----------------------------------------------------------------------


def _make_converter(*, detailed: bool, msgspec: Any = None) -> cattrs.Converter:
    """A converter for the wire form.

    Args:
        detailed: Collect every problem with its path (slower), for error messages.
        msgspec: The msgspec module: write the classes with fast codecs as msgspec
            structs, for msgspec to encode, instead of dicts.
    """
    converter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    converter.register_structure_hook(str, _hook(read_str))
    converter.register_structure_hook(int, _hook(read_int))
    converter.register_structure_hook(bool, _hook(read_bool))
    converter.register_structure_hook(dt.date, _hook(read_date))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(DocumentSymbol, _structure_symbol)
    converter.register_unstructure_hook(DocumentSymbol, str)
    converter.register_structure_hook(Count, _structure_count)
    converter.register_unstructure_hook(Count, _unstructure_count)
    converter.register_structure_hook(Period, _structure_period)
    converter.register_unstructure_hook(Period, _unstructure_period)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Term),
        lambda t: _hook(term_reader(t)),
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Term), lambda member: member.value
    )
    converter.register_structure_hook_factory(_is_sequence, _strict_sequence(converter))
    converter.register_unstructure_hook_func(_is_pair, list)
    converter.register_structure_hook_factory(_is_mapping, _strict_mapping(converter))
    _register_events(converter)
    _register_directive(converter)
    _register_hierarchy(converter)
    _register_dataset(converter)
    if not detailed:
        _register_fast_codecs(converter)
    if msgspec is not None:
        _register_struct_writers(converter, msgspec)
    return converter


def _register_fast_codecs(converter: cattrs.Converter) -> None:
    """Use the specialised codecs of :mod:`danvan._wire` for the classes that allow them."""
    events = event_codec()
    converter.register_structure_hook_func(lambda t: t == AnyModelEvent, _hook(events.read))
    converter.register_unstructure_hook_func(lambda t: t == AnyModelEvent, events.write)
    for cls in EVENT_KINDS:
        converter.register_structure_hook(cls, _of_kind(cls, _hook(events.read)))
        converter.register_unstructure_hook(cls, (events.writers or {})[cls])
    for plain in (Model, Unit):
        codec = codec_for(plain)
        if codec is not None:
            converter.register_structure_hook(plain, _hook(codec.read))
            converter.register_unstructure_hook(plain, codec.write)


def _register_struct_writers(converter: cattrs.Converter, msgspec: Any) -> None:
    """Write the classes that have fast codecs as msgspec structs (same text, less work)."""
    events = event_struct_writers(msgspec)
    converter.register_unstructure_hook_func(
        lambda t: t == AnyModelEvent, lambda event: events[type(event)](event)
    )
    for cls in EVENT_KINDS:
        converter.register_unstructure_hook(cls, events[cls])
    written: dict[type, Callable[[Any], Any]] = dict(events)
    for plain in (Model, Unit):
        writer = struct_writer(plain, msgspec)
        if writer is not None:
            converter.register_unstructure_hook(plain, writer)
            written[plain] = writer
    encoder = _struct_encoder(msgspec)
    # A list or tuple given without a type (``dumps(models)``): look each class's hook
    # up once, not once an item. The encoder writes a list and a tuple alike.
    hook_of = converter.get_unstructure_hook

    def unstructure_items(items: Sequence[Any]) -> Any:
        hooks: dict[type, Callable[[Any], Any]] = {}

        def hook(cls: type) -> Callable[[Any], Any]:
            found = hooks[cls] = hook_of(cls)
            return found

        def write(part: Sequence[Any]) -> list[Any]:
            return [(hooks.get(type(item)) or hook(type(item)))(item) for item in part]

        return _in_slices(items, write, encoder, msgspec)

    converter.register_unstructure_hook(list, unstructure_items)
    converter.register_unstructure_hook(tuple, unstructure_items)

    def is_written_sequence(type_: Any) -> bool:
        args = get_args(type_)
        return _is_sequence(type_) and args[-1:] == (Ellipsis,) and args[0] in written

    def sequence_hook(type_: Any) -> Callable[[Sequence[Any]], Any]:
        item_writer = written[get_args(type_)[0]]

        def write(part: Sequence[Any]) -> list[Any]:
            return [item_writer(item) for item in part]

        return lambda items: _in_slices(items, write, encoder, msgspec)

    converter.register_unstructure_hook_factory(is_written_sequence, sequence_hook)


# Long arrays of structs are encoded this many items at a time: the structs of one slice
# are freed before the next is built, so their memory is reused while still in cache.
_SLICE = 1024


def _in_slices(
    items: Sequence[Any], write: Callable[[Sequence[Any]], list[Any]], encoder: Any, msgspec: Any
) -> Any:
    """Encode a long sequence slice by slice into one JSON array, as ``msgspec.Raw``."""
    if len(items) <= _SLICE:
        return write(items)
    buffer = bytearray()
    for start in range(0, len(items), _SLICE):
        # Each slice is written as an array over the closing bracket of the last one;
        # its opening bracket then becomes the comma between the two.
        offset = max(len(buffer) - 1, 0)
        encoder.encode_into(write(items[start : start + _SLICE]), buffer, offset)
        buffer[offset] = 0x2C if start else 0x5B  # "," or "["
    return msgspec.Raw(buffer)


def _register_events(converter: cattrs.Converter) -> None:
    structure_by_kind = {
        kind: make_dict_structure_fn(cls, converter) for kind, cls in _EVENT_BY_KIND.items()
    }
    unstructure_by_class = {
        cls: make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
        for cls in EVENT_KINDS
    }

    def structure(value: Any, _: type) -> ModelEvent:
        if not isinstance(value, dict):
            return cast(ModelEvent, fail(value, "an object (model event)"))
        kind = value.get("kind")
        if not isinstance(kind, str) or kind not in structure_by_kind:
            raise ValueError(
                f"unknown event kind {kind!r} (accepted: {', '.join(structure_by_kind)})"
            )
        fields = {key: item for key, item in value.items() if key != "kind"}
        return structure_by_kind[kind](fields, _EVENT_BY_KIND[kind])

    def unstructure(event: ModelEvent) -> dict[str, Any]:
        return {"kind": event.kind, **unstructure_by_class[type(event)](event)}

    converter.register_structure_hook_func(lambda t: t == AnyModelEvent, structure)
    for cls in EVENT_KINDS:
        converter.register_structure_hook(cls, _of_kind(cls, structure))
        converter.register_unstructure_hook(cls, unstructure)
    converter.register_unstructure_hook_func(lambda t: t == AnyModelEvent, unstructure)


def _of_kind(
    cls: type[ModelEvent], structure: Callable[[Any, type], ModelEvent]
) -> Callable[[Any, type], ModelEvent]:
    """Read one event class: its wire form, with its own ``"kind"``, as in a model."""

    def structure_kind(value: Any, type_: type) -> ModelEvent:
        if isinstance(value, dict):
            kind = value.get("kind")
            if "kind" not in value:
                raise ValueError("required field 'kind' is missing")
            if kind != cls.kind:
                raise ValueError(f"kind {kind!r} is not a {cls.__name__}: expected {cls.kind!r}")
        return structure(value, type_)

    return structure_kind


def _is_sequence(type_: Any) -> bool:
    return get_origin(type_) in (tuple, list)


def _is_pair(type_: Any) -> bool:
    """A fixed-length tuple of plain values (a span), written as a JSON array."""
    args = get_args(type_)
    return get_origin(type_) is tuple and bool(args) and args[-1] is not Ellipsis


def _is_mapping(type_: Any) -> bool:
    return get_origin(type_) in (Mapping, dict)


def _strict_sequence(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, type], Any]]:
    # cattrs accepts any iterable as a sequence (a dict, even a string); the wire
    # format says arrays, so anything else is refused before cattrs sees it.
    def factory(type_: Any) -> Callable[[Any, type], Any]:
        args = get_args(type_)
        if get_origin(type_) is list:
            inner = cattrs.cols.list_structure_factory(type_, converter)
        elif len(args) == 2 and args[1] is Ellipsis:
            inner = cattrs.cols.homogenous_tuple_structure_factory(type_, converter)
        else:

            def inner(value: list[Any], _: type) -> tuple[Any, ...]:
                if len(value) != len(args):
                    raise ValueError(f"expected an array of {len(args)} items, got {len(value)}")
                return tuple(converter.structure(v, a) for v, a in zip(value, args, strict=True))

        def structure(value: Any, cl: type) -> Any:
            if type(value) is not list:
                return fail(value, "an array")
            return inner(value, cl)

        return structure

    return factory


def _strict_mapping(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, type], Any]]:
    def factory(type_: Any) -> Callable[[Any, type], Any]:
        inner = cattrs.cols.mapping_structure_factory(type_, converter)

        def structure(value: Any, cl: type) -> Any:
            if type(value) is not dict:
                return fail(value, "an object")
            return inner(value, cl)

        return structure

    return factory


def _register_directive(converter: cattrs.Converter) -> None:
    # A directive's type and id default to what its symbol says; they are written
    # only when they say something else (or when there is no symbol).
    fields = make_dict_unstructure_fn(
        Directive,
        converter,
        _cattrs_omit_if_default=True,
        doc_type=override(omit_if_default=False),
        id=override(omit_if_default=False),
    )

    def unstructure(directive: Directive) -> dict[str, Any]:
        data = fields(directive)
        if directive.symbol is not None:
            if directive.doc_type is directive.symbol.doc_type:
                del data["doc_type"]
            if directive.id == str(directive.symbol):
                del data["id"]
        return data

    converter.register_unstructure_hook(Directive, unstructure)


@attrs.frozen
class _HierarchyShape:
    """The wire shape of a Hierarchy, so that cattrs tracks paths into it."""

    units: tuple[Unit, ...] = ()
    changes: tuple[UnitChange, ...] = ()


def _register_hierarchy(converter: cattrs.Converter) -> None:
    shape = make_dict_structure_fn(_HierarchyShape, converter)

    def structure(value: Any, _: type) -> Hierarchy:
        data = shape(value, _HierarchyShape)
        return Hierarchy(data.units, data.changes)

    def unstructure(hierarchy: Hierarchy) -> dict[str, Any]:
        data: dict[str, Any] = {"units": converter.unstructure(hierarchy.units, tuple[Unit, ...])}
        if hierarchy.changes:
            data["changes"] = converter.unstructure(hierarchy.changes, tuple[UnitChange, ...])
        return data

    converter.register_structure_hook(Hierarchy, structure)
    converter.register_unstructure_hook(Hierarchy, unstructure)


_DATASET_FIELDS = tuple(
    (field.name, get_type_hints(Dataset)[field.name])
    for field in attrs.fields(Dataset)
    if field.init
)


def _dataset_dict(converter: cattrs.Converter, dataset: Dataset) -> dict[str, Any]:
    """A dataset's wire form: the schema version first, fields left at defaults out."""
    data: dict[str, Any] = {"schema": SCHEMA}
    for name, hint in _DATASET_FIELDS:
        value = getattr(dataset, name)
        if name == "hierarchy":
            data[name] = converter.unstructure(value, Hierarchy)
        elif value:
            data[name] = converter.unstructure(value, hint)
    return data


def _register_dataset(converter: cattrs.Converter) -> None:
    structure_fields = make_dict_structure_fn(Dataset, converter)

    def unstructure(dataset: Dataset) -> dict[str, Any]:
        return _dataset_dict(converter, dataset)

    def structure(value: Any, _: type) -> Dataset:
        if not isinstance(value, dict):
            return cast(Dataset, fail(value, "an object (Dataset)"))
        data = _migrate(value)
        return structure_fields({k: v for k, v in data.items() if k != "schema"}, Dataset)

    converter.register_unstructure_hook(Dataset, unstructure)
    converter.register_structure_hook(Dataset, structure)


def _migrate(
    data: dict[str, Any], steps: Sequence[tuple[str, str, Migration]] = MIGRATIONS
) -> dict[str, Any]:
    """Bring a dataset document of an older schema version up to :data:`SCHEMA`."""
    version = data.get("schema")
    if version is None:
        raise ValueError(
            f"missing 'schema' key: a danvan dataset starts with \"schema\": {SCHEMA!r}"
        )
    seen = set()
    while version != SCHEMA:
        step = next((s for s in steps if s[0] == version), None)
        if step is None or version in seen:
            if isinstance(version, str) and _is_newer(version):
                raise ValueError(
                    f"schema {version!r} is newer than this danvan reads ({SCHEMA!r}): "
                    "upgrade danvan"
                )
            raise ValueError(f"unknown schema {version!r}; this danvan reads {SCHEMA!r}")
        seen.add(version)
        data = step[2](data)
        version = step[1]
        data["schema"] = version
    return data


def _is_newer(version: str) -> bool:
    prefix, _, number = version.partition("/")
    current = int(SCHEMA.partition("/")[2])
    return prefix == "danvan" and number.isdigit() and int(number) > current


_FAST = _make_converter(detailed=False)
_DETAILED = _make_converter(detailed=True)


def _format(exc: BaseException, type_: type | None) -> str:
    problems = getattr(exc, "problems", None)
    if isinstance(exc, DanvanError) and problems:
        return "; ".join(problems)
    if isinstance(exc, DanvanError | ValueError):
        return str(exc).split("\n")[0]
    if isinstance(exc, KeyError):
        return f"required field {exc.args[0]!r} is missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown keys: {', '.join(sorted(map(repr, exc.extra_fields)))}"
    return cattrs.v.format_exception(exc, type_)


# What reading bad input can raise on the fast path: our readers' ValueErrors (danvan's
# own errors among them), cattrs' errors, and Python's own for values of the wrong kind.
_INPUT_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    cattrs.BaseValidationError,
    cattrs.ForbiddenExtraKeysError,
    cattrs.StructureHandlerNotFoundError,
)


def _structure_error(error: BaseException, type_: type) -> StructureError:
    try:
        problems = cattrs.transform_error(error, format_exception=_format)
    except (AttributeError, TypeError, ValueError, KeyError):  # keep the real error visible
        problems = [f"{type(error).__name__}: {error} @ $"]
    return StructureError(problems, type_name=getattr(type_, "__name__", str(type_)))


# -- public API --------------------------------------------------------------------------


def to_dict(value: Any) -> Any:
    """Return the JSON-ready form of a danvan value (dicts, lists, strings, numbers)."""
    return _FAST.unstructure(value)


def from_dict(data: Any, type_: type[T]) -> T:
    """Build a danvan value of ``type_`` from its JSON-ready form.

    Raises:
        StructureError: Every problem in ``data``, each with its JSON path.
    """
    try:
        return _FAST.structure(data, type_)
    except DatasetError as error:
        # Cross-references are checked once the shape is right; their paths are exact.
        raise StructureError(error.problems, type_name="Dataset") from error
    except RecursionError:
        raise StructureError(["input nests too deeply @ $"]) from None
    except _INPUT_ERRORS:  # redone below, slower, to find every problem with its path
        return _structure_detailed(data, type_)


def _structure_detailed(data: Any, type_: type[T]) -> T:
    try:
        return _DETAILED.structure(data, type_)
    except RecursionError:
        raise StructureError(["input nests too deeply @ $"]) from None
    except Exception as error:
        raise _structure_error(error, type_) from error


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    # Bulk (de)structuring allocates millions of objects that form no reference
    # cycles; the cyclic collector would scan the growing heap again and again for
    # nothing, which roughly doubles the time. Pause it and restore its state.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@functools.cache
def _msgspec() -> Any:
    """The optional msgspec module (``danvan[fast]``), or ``None`` without it."""
    try:
        return importlib.import_module("msgspec")
    except ImportError:
        return None


@functools.cache
def _struct_converter(msgspec: Any) -> cattrs.Converter:
    return _make_converter(detailed=False, msgspec=msgspec)


@functools.cache
def _struct_encoder(msgspec: Any) -> Any:
    return msgspec.json.Encoder(enc_hook=_encode_other)


def _encode_other(value: Any) -> Any:
    """What msgspec cannot write by itself: a subclass of date (a datetime is no date)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _encode(data: Any, indent: int | None) -> bytes:
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return text.encode("utf-8", errors="surrogatepass")


def _decode(text: str | bytes) -> Any:
    fast = _msgspec()
    if fast is not None:
        try:
            return fast.json.decode(text)
        except (fast.MsgspecError, UnicodeEncodeError):  # lone surrogates in a str
            pass  # json below accepts what json accepts, and names line and column
    return json.loads(text)


def dumps(value: Any, *, indent: int | None = None) -> str:
    """Serialise a danvan value to JSON text (compact, or indented by ``indent``).

    The text of a danvan value is the same with or without the optional ``msgspec``
    accelerator (the ``fast`` extra).
    """
    return _encode_value(value, indent).decode("utf-8", errors="surrogatepass")


def _encode_value(value: Any, indent: int | None) -> bytes:
    fast = _msgspec()
    with _collector_paused():
        if fast is not None and (indent is None or indent > 0):
            try:
                structs = _struct_converter(fast).unstructure(value)
                text = cast(bytes, _struct_encoder(fast).encode(structs))
            except UnicodeEncodeError:  # lone surrogates, which msgspec refuses: use json
                pass
            else:
                return (
                    text if indent is None else cast(bytes, fast.json.format(text, indent=indent))
                )
        return _encode(to_dict(value), indent)


def loads(text: str | bytes, type_: type[T]) -> T:
    """Read a danvan value of ``type_`` from JSON text.

    Raises:
        StructureError: The text is not JSON (with line and column), or describes no
            valid ``type_`` (every problem, with its JSON path).
    """
    try:
        with _collector_paused():
            data = _decode(text)
    except json.JSONDecodeError as error:
        raise StructureError(
            [f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno} @ $"]
        ) from error
    except (RecursionError, UnicodeDecodeError, TypeError) as error:
        raise StructureError([f"cannot read as JSON: {type(error).__name__} @ $"]) from error
    with _collector_paused():
        return from_dict(data, type_)


def dump(value: Any, path: str | os.PathLike[str], *, indent: int | None = 2) -> None:
    """Write a danvan value to ``path`` as JSON, atomically.

    The text goes to a temporary file in the same folder, is flushed to disk and then
    renamed over ``path``, so a crash mid-write leaves any old file whole.
    """
    write_atomic(Path(path), _encode_value(value, indent) + b"\n")


def write_atomic(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below before the rename
        "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        Path(handle.name).replace(path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def load(path: str | os.PathLike[str], type_: type[T] = Dataset) -> T:  # type: ignore[assignment]
    """Read a danvan value (a :class:`~danvan.Dataset` by default) from a JSON file.

    Raises:
        StructureError: The file cannot be read, or holds no valid ``type_``.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise StructureError([f"cannot read {os.fspath(path)!r}: {error.strerror} @ $"]) from error
    return loads(data, type_)
