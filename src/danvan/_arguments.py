"""What a public function is given, checked as it is called: a ``DanvanError`` naming it.

A notebook that passes ``json.load``'s dict where a :class:`~danvan.Dataset` goes, or a
model's id where the model goes, gets told which argument is wrong and what it is, not an
``AttributeError`` from deep inside.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any, TypeVar

from danvan.exceptions import DanvanError

__all__ = ["given", "items_of"]

_T = TypeVar("_T")


def given(value: object, kind: type | tuple[type, ...], *, to: str, name: str) -> None:
    """Refuse ``value`` unless it is a ``kind``: the argument ``name`` of function ``to``.

    Raises:
        DanvanError: It is not.
    """
    if not isinstance(value, kind):
        raise DanvanError(f"{to}() needs {name}= a {_names(kind)}, not {type(value).__name__}")


def items_of(
    values: Any, kind: type[_T] | tuple[type[_T], ...], *, to: str, name: str
) -> Sequence[_T]:
    """The items of ``values``, each a ``kind``: the argument ``name`` of function ``to``.

    A generator is read once, here, into a list; a list or a tuple is kept as it is.

    Raises:
        DanvanError: ``values`` is no collection of items (text, a mapping, ``None``), or
            one of them is no ``kind``, named by its place.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise DanvanError(
            f"{to}() needs {name}= {_names(kind)} objects, not {type(values).__name__}"
        )
    listed = values if isinstance(values, list | tuple) else list(values)
    if not all(map(isinstance, listed, repeat(kind))):
        at = next(i for i, item in enumerate(listed) if not isinstance(item, kind))
        raise DanvanError(
            f"{to}() needs {name}= {_names(kind)} objects: item {at} is of type "
            f"{type(listed[at]).__name__}"
        )
    return listed


def _names(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)
