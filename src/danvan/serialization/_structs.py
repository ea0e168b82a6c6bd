"""Writing with the optional msgspec accelerator: models, events and units as structs.

The text written is byte for byte what the standard library writes from the dicts.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any, get_args

import cattrs
import cattrs.cols

from danvan._models import EVENT_KINDS, AnyModelEvent, Model
from danvan._units import Unit
from danvan.serialization._codecs import (
    event_struct_writers,
    struct_writer,
)
from danvan.serialization._primitives import is_sequence


def register_struct_writers(converter: cattrs.Converter, msgspec: Any) -> None:
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
    encoder = struct_encoder(msgspec)
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
        return is_sequence(type_) and args[-1:] == (Ellipsis,) and args[0] in written

    def sequence_hook(type_: Any) -> Callable[[Sequence[Any]], Any]:
        item_writer = written[get_args(type_)[0]]

        def write(part: Sequence[Any]) -> list[Any]:
            return [item_writer(item) for item in part]

        return lambda items: _in_slices(items, write, encoder, msgspec)

    converter.register_unstructure_hook_factory(is_written_sequence, sequence_hook)


# Long arrays of structs are encoded this many items at a time: the structs of one slice
# are freed before the next is built, so their memory is reused while still in cache.
SLICE = 1024


def _in_slices(
    items: Sequence[Any], write: Callable[[Sequence[Any]], list[Any]], encoder: Any, msgspec: Any
) -> Any:
    """Encode a long sequence slice by slice into one JSON array, as ``msgspec.Raw``."""
    if len(items) <= SLICE:
        return write(items)
    buffer = bytearray()
    for start in range(0, len(items), SLICE):
        # Each slice is written as an array over the closing bracket of the last one;
        # its opening bracket then becomes the comma between the two.
        offset = max(len(buffer) - 1, 0)
        encoder.encode_into(write(items[start : start + SLICE]), buffer, offset)
        buffer[offset] = 0x2C if start else 0x5B  # "," or "["
    return msgspec.Raw(buffer)


@functools.cache
def struct_encoder(msgspec: Any) -> Any:
    return msgspec.json.Encoder(enc_hook=_encode_other)


def _encode_other(value: Any) -> Any:
    """What msgspec cannot write by itself: a subclass of date (a datetime is no date)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
