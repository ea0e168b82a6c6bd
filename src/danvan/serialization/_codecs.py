"""Generated codecs for the classes a large file holds by the hundred thousand.

A dataset of national scale is mostly models, their events and units. For classes
whose fields are all plain (text, integers, dates, codes, optional or repeated ones),
this module builds, once per class, a pair of closures that read and write the wire
form directly: no per-field dispatch, no hook lookup. Structuring ends in the class
constructor, so every validator runs exactly as for hand-written construction.

The converter uses its general hooks for every other class, and a detailed pass for
error messages; a test checks that both give the same wire form.

With the optional ``msgspec`` accelerator, :func:`struct_writer` writes the same wire
form as a msgspec ``Struct`` instead of a dict: one compiled call per object instead of
a dict grown key by key. A field at its default is left out exactly where the dict
writer leaves its key out: by msgspec itself when the default equals only itself (None,
a vocabulary member), otherwise by passing ``UNSET``.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Mapping
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs

from danvan._dates import Day, PartialDate
from danvan._models import EVENT_KINDS, AnyModelEvent, Model, ModelEvent
from danvan._terms import Term
from danvan._units import Unit
from danvan._validators import flatten, type_check_of
from danvan.serialization._primitives import hook, is_any_event, of_kind
from danvan.serialization._readers import (
    DATE_PLAIN,
    DAY_PLAIN,
    MISSING,
    SHARED_FIELDS,
    NotPlain,
    Plain,
    Reader,
    Writer,
    code_of,
    fail,
    identity,
    read_bool,
    read_int,
    read_str,
    read_strings,
    share,
    term_reader,
)


def plain_of(hint: Any) -> Plain:
    origin, args = get_origin(hint), get_args(hint)
    for kind, reader, expected in ((str, read_str, "a string"), (int, read_int, "an integer")):
        if hint is kind:
            inline = f"item if type(item) is {kind.__name__} else fail(item, {expected!r})"
            return Plain(reader, identity, ("one", kind), inline, "item")
    if hint is bool:
        return Plain(read_bool, identity, ("one", bool), write_inline="item")
    if hint is dt.date:
        return DATE_PLAIN
    if hint == Day:
        return DAY_PLAIN
    if isinstance(hint, type) and issubclass(hint, Term):
        # msgspec writes a vocabulary member as its value, the code.
        return Plain(
            term_reader(hint),
            code_of,
            ("one", hint),
            None,
            "item._value_",
            struct_inline="item",
            coded=True,
        )
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = plain_of(next(a for a in args if a is not type(None)))
        inner_read, inner_write = inner.read, inner.write
        guarantees = None if inner.guarantees is None else ("optional", inner.guarantees[1])
        return Plain(
            lambda v: None if v is None else inner_read(v),
            lambda v: None if v is None else inner_write(v),
            guarantees,
            present=inner,
        )
    if hint == AnyModelEvent:
        codec = event_codec()
        # The event reader only ever builds instances of the event classes.
        return Plain(codec.read, codec.write, ("one", ModelEvent), writers=codec.writers)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = plain_of(args[0])
        item_read, item_write = item.read, item.write
        shape = None if item.guarantees is None else ("tuple", item.guarantees[1])
        return Plain(
            lambda v: [item_read(i) for i in v] if type(v) is list else fail(v, "an array"),
            lambda v: [item_write(i) for i in v],
            shape,
            items=item,
        )
    if origin is Mapping and args == (str, str):
        return Plain(read_strings, dict)
    raise NotPlain(hint)


@attrs.frozen
class Codec:
    """Read and write one class's wire form."""

    read: Reader
    write: Writer
    writers: Mapping[type, Writer] | None = None  # for a union: the writer of each class


def _repeated_write(plain: Plain, i: int, namespace: dict[str, Any]) -> str | None:
    """A list-comprehension that writes a repeated field without a call per list."""
    items = plain.items
    if items is None:
        return None
    if items.writers is not None:
        namespace[f"wt{i}"] = items.writers
        return f"[wt{i}[type(e)](e) for e in item]"
    namespace[f"wi{i}"] = items.write
    return f"[wi{i}(e) for e in item]"


def codec_for(cls: type, *, tag: tuple[str, str] | None = None) -> Codec | None:
    """Build the codec of an attrs class, or ``None`` if a field type is not plain.

    The reader and writer are compiled from generated source, one straight line per
    field, the way attrs and cattrs build their own methods. The reader does what the
    class's ``__init__`` does, in the same order: it sets every field (converted), then
    runs every validator, then ``__attrs_post_init__``; it leaves out only the
    validators whose whole job is a type check its own readers already guarantee.

    Args:
        cls: The attrs class.
        tag: A ``(key, value)`` pair written first and accepted on reading (the
            ``"kind"`` of a model event).
    """
    shape = _fields_of(cls)
    if shape is None:
        return None
    fields, plains = shape
    names = {f.name for f in fields} | ({tag[0]} if tag else set())
    namespace: dict[str, Any] = {
        "cls": cls,
        "fail": fail,
        "share": share,
        "MISSING": MISSING,
        "names": frozenset(names),
        "title": cls.__name__,
        "new": object.__new__,
        "setattr": object.__setattr__,
    }
    read = [
        "def read(value):",
        "    if type(value) is not dict:",
        "        return fail(value, f'an object ({title})')",
        "    if not value.keys() <= names:",
        "        extra = ', '.join(sorted(map(repr, value.keys() - names)))",
        "        raise ValueError(f'unknown keys: {extra}')",
    ]
    write = [
        "def write(obj):",
        f"    data = {{{tag[0]!r}: {tag[1]!r}}}" if tag else "    data = {}",
    ]
    checks: list[str] = []
    for i, (field, plain) in enumerate(zip(fields, plains, strict=True)):
        source = _FieldSource(i, field, plain, namespace)
        read += source.read()
        checks += source.checks()
        write += source.write()
    read.append("    obj = new(cls)")
    read += [f"    setattr(obj, {f.name!r}, v{i})" for i, f in enumerate(fields)]
    read += checks
    if hasattr(cls, "__attrs_post_init__"):
        read.append("    obj.__attrs_post_init__()")
    read.append("    return obj")
    write.append("    return data")
    code = "\n".join([*read, "", *write]) + "\n"
    exec(compile(code, f"<danvan codec {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    return Codec(namespace["read"], namespace["write"])


def _fields_of(cls: type) -> tuple[list[attrs.Attribute[Any]], list[Plain]] | None:
    """The fields a class's wire form holds and how each is handled, or ``None``."""
    try:
        hints = get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        plains = [plain_of(hints[f.name]) for f in fields]
    except NotPlain:
        return None
    if any(getattr(f.default, "takes_self", False) for f in fields):
        return None
    return fields, plains


def struct_writer(
    cls: type, msgspec: types.ModuleType, *, tag: tuple[str, str] | None = None
) -> Writer | None:
    """Build a writer of an attrs class's wire form as a msgspec ``Struct``.

    The struct has the wire form's keys in the same order (the tag first), and msgspec
    encodes it to the very text the dict from :func:`codec_for` encodes to. Returns
    ``None`` if a field type is not plain.

    Args:
        cls: The attrs class.
        msgspec: The msgspec module, imported by the caller.
        tag: A ``(key, value)`` pair written first (the ``"kind"`` of a model event).
    """
    shape = _fields_of(cls)
    if shape is None:
        return None
    fields, plains = shape
    if any(f.name.startswith("_") for f in fields):  # pragma: no cover - no such field
        return None
    namespace: dict[str, Any] = {
        "UNSET": msgspec.UNSET,
        "msgspec": msgspec,
        "PartialDate": PartialDate,
    }
    write = ["def write(obj):"]
    struct_fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for i, (field, plain) in enumerate(zip(fields, plains, strict=True)):
        lines, struct_field = _FieldSource(i, field, plain, namespace).write_struct()
        write += lines
        struct_fields.append(struct_field)
    namespace["Struct"] = msgspec.defstruct(
        f"{cls.__name__}Wire",
        struct_fields,
        kw_only=True,
        omit_defaults=True,
        gc=False,  # a wire struct holds values and other wire structs, never a cycle
        **({"tag_field": tag[0], "tag": tag[1]} if tag else {}),
    )
    arguments = ", ".join(f"{f.name}=v{i}" for i, f in enumerate(fields))
    write.append(f"    return Struct({arguments})")
    code = "\n".join(write) + "\n"
    exec(compile(code, f"<danvan struct writer {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    return namespace["write"]  # type: ignore[no-any-return]


class _FieldSource:
    """The generated source that reads, checks and writes one field."""

    def __init__(self, i: int, field: attrs.Attribute[Any], plain: Plain, ns: dict[str, Any]):
        self.i, self.field, self.plain, self.ns = i, field, plain, ns
        default = field.default
        factory = getattr(default, "factory", None)
        if isinstance(default, attrs.Factory) and factory is not None:  # type: ignore[arg-type]
            ns[f"f{i}"] = factory
            default = factory()
        self.default = default
        self.required = field.default is attrs.NOTHING
        # An optional field whose default is None never writes a None, and reads a
        # present value with the inner type's (cheaper) reader and writer.
        self.present = plain.present if plain.present is not None and default is None else None
        ns[f"a{i}"], ns[f"d{i}"] = field, default

    def read(self) -> list[str]:
        i, name, field, ns = self.i, self.field.name, self.field, self.ns
        lines = [f"    item = value.get({name!r}, MISSING)", "    if item is MISSING:"]
        if self.required:
            lines.append(f"        raise ValueError({f'required field {name!r} is missing'!r})")
        elif f"f{i}" in ns:
            lines.append(f"        v{i} = f{i}()")
        else:
            lines.append(f"        v{i} = d{i}")
        reading = self.present or self.plain
        ns[f"r{i}"] = reading.read
        if self.present is not None:
            lines += ["    elif item is None:", f"        v{i} = None"]
        lines += ["    else:", f"        v{i} = {reading.inline or f'r{i}(item)'}"]
        if name in SHARED_FIELDS and reading.guarantees == ("one", str):  # an id kept once
            lines.append(f"        v{i} = share(v{i}, v{i})")
        if field.converter is not None:
            ns[f"c{i}"] = field.converter
            lines.append(f"    v{i} = c{i}(v{i})")
        return lines

    def checks(self) -> list[str]:
        lines = []
        for j, validator in enumerate(flatten(self.field.validator)):
            checked = type_check_of(validator)
            if checked is not None and checked == self.plain.guarantees:
                continue
            self.ns[f"check{self.i}_{j}"] = validator
            lines.append(f"    check{self.i}_{j}(obj, a{self.i}, v{self.i})")
        return lines

    def _expression(self, *, structs: bool = False) -> str:
        """The expression, over ``item``, of the field's wire value."""
        i = self.i
        writing = self.present or self.plain
        self.ns[f"w{i}"] = writing.write
        if structs and writing.items is not None and writing.items.writers is not None:
            self.ns[f"wt{i}"] = event_struct_writers(self.ns["msgspec"])
            return f"[wt{i}[type(e)](e) for e in item]"
        if structs and writing.struct_inline is not None:
            return writing.struct_inline
        return writing.write_inline or _repeated_write(writing, i, self.ns) or f"w{i}(item)"

    def write(self) -> list[str]:
        i, name = self.i, self.field.name
        expression = self._expression()
        lines = [f"    item = obj.{name}"]
        if self.required:
            return [*lines, f"    data[{name!r}] = {expression}"]
        return [
            *lines,
            f"    if not (item is d{i} or item == d{i}):",
            f"        data[{name!r}] = {expression}",
        ]

    def write_struct(self) -> tuple[list[str], tuple[str, Any] | tuple[str, Any, Any]]:
        """The source that fills the field's struct value, and the struct field."""
        i, name = self.i, self.field.name
        expression = self._expression(structs=True)
        field: tuple[str, Any] | tuple[str, Any, Any] = (name, Any)
        # A value msgspec writes as it is, with a default that equals only itself (None,
        # a vocabulary member), is passed as it is: msgspec leaves it out exactly when
        # the dict writer does. Any other default is tested here, as the dict writer
        # tests it, and left out as UNSET.
        if expression == "item" and (
            self.required or self.default is None or isinstance(self.default, Term)
        ):
            if not self.required:
                field = (name, Any, self.default)
            if not self.plain.coded:
                return [f"    v{i} = obj.{name}"], field
            # The code is cheaper to get here than for msgspec from the member; a
            # member's code is one string, so the default stays the same object.
            if isinstance(self.default, Term):
                field = (name, Any, self.default._value_)
            return [f"    v{i} = obj.{name}._value_"], field
        lines = [f"    item = obj.{name}"]
        if self.required:
            return [*lines, f"    v{i} = {expression}"], field
        test = f"    v{i} = UNSET if (item is d{i} or item == d{i}) else {expression}"
        return [*lines, test], (name, Any, self.ns["UNSET"])


@functools.cache
def event_codec() -> Codec:
    """The codec of every model event, tagged on the wire by ``"kind"``."""
    by_kind: dict[str, Codec] = {}
    writers: dict[type, Writer] = {}
    for cls in EVENT_KINDS:
        codec = codec_for(cls, tag=("kind", cls.kind))
        if codec is None:  # pragma: no cover - every event field is plain
            raise AssertionError(cls)
        by_kind[cls.kind] = codec
        writers[cls] = codec.write
    kinds = ", ".join(by_kind)

    def read(value: Any) -> ModelEvent:
        if type(value) is not dict:
            return fail(value, "an object (model event)")  # type: ignore[no-any-return]
        kind = value.get("kind")
        codec = by_kind.get(kind) if type(kind) is str else None
        if codec is None:
            raise ValueError(f"unknown event kind {kind!r} (accepted: {kinds})")
        return codec.read(value)  # type: ignore[no-any-return]

    def write(event: ModelEvent) -> dict[str, Any]:
        return writers[type(event)](event)  # type: ignore[no-any-return]

    return Codec(read, write, writers)


@functools.cache
def event_struct_writers(msgspec: types.ModuleType) -> Mapping[type, Writer]:
    """The struct writer of every model event class, tagged by ``"kind"``."""
    writers: dict[type, Writer] = {}
    for cls in EVENT_KINDS:
        writer = struct_writer(cls, msgspec, tag=("kind", cls.kind))
        if writer is None:  # pragma: no cover - every event field is plain
            raise AssertionError(cls)
        writers[cls] = writer
    return writers


def register_fast_codecs(converter: cattrs.Converter) -> None:
    """Use the generated codecs for the classes that allow them."""
    events = event_codec()
    converter.register_structure_hook_func(is_any_event, hook(events.read))
    converter.register_unstructure_hook_func(lambda t: t == AnyModelEvent, events.write)
    for cls in EVENT_KINDS:
        converter.register_structure_hook(cls, of_kind(cls, hook(events.read)))
        converter.register_unstructure_hook(cls, (events.writers or {})[cls])
    for plain in (Model, Unit):
        codec = codec_for(plain)
        if codec is not None:
            converter.register_structure_hook(plain, hook(codec.read))
            converter.register_unstructure_hook(plain, codec.write)
