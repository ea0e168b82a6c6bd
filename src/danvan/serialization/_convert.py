"""Between danvan values and their JSON-ready form, with every problem named by its path."""

from __future__ import annotations

from typing import Any, TypeVar

import cattrs
import cattrs.cols

from danvan.exceptions import MAX_LISTED, DanvanError, DatasetError, StructureError
from danvan.serialization._converter import make_converter
from danvan.serialization._primitives import problem_budget

T = TypeVar("T")

_FAST = make_converter(detailed=False)
_DETAILED = make_converter(detailed=True)


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


def _structure_error(error: BaseException, type_: type, *, complete: bool) -> StructureError:
    count, first = _first_problems(error, MAX_LISTED)
    try:
        problems = cattrs.transform_error(first, format_exception=_format)
    except (AttributeError, TypeError, ValueError, KeyError):  # keep the real error visible
        problems = [f"{type(error).__name__}: {error} @ $"]
    return StructureError(
        problems, type_name=getattr(type_, "__name__", str(type_)), count=count, complete=complete
    )


def _first_problems(error: BaseException, limit: int) -> tuple[int, BaseException]:
    """How many problems ``error`` holds, and the error trimmed to the first ``limit``.

    Formatting every problem of a file broken a hundred thousand times takes seconds;
    only the first ones are listed, and all are counted.
    """
    if not isinstance(error, BaseExceptionGroup):
        return 1, error
    total = 0
    stack: list[BaseException] = [error]
    while stack:
        current = stack.pop()
        if isinstance(current, BaseExceptionGroup):
            stack.extend(current.exceptions)
        else:
            total += 1
    if total <= limit:
        return total, error
    kept = 0

    def keep(leaf: BaseException) -> bool:
        nonlocal kept
        if isinstance(leaf, BaseExceptionGroup):
            return False  # look inside
        kept += 1
        return kept <= limit

    return total, error.subgroup(keep) or error


# -- public API --------------------------------------------------------------------------


def to_dict(value: Any) -> Any:
    """Return the JSON-ready form of a danvan value (dicts, lists, strings, numbers).

    Args:
        value: Any danvan value.

    Returns:
        Its wire form, as :func:`danvan.dumps` writes it before encoding.
    """
    return _FAST.unstructure(value)


def from_dict(data: Any, type_: type[T]) -> T:
    """Build a danvan value of ``type_`` from its JSON-ready form.

    Args:
        data: The wire form, as ``json.loads`` gives it.
        type_: The danvan type to build.

    Returns:
        The value, validated exactly as if it had been built in Python.

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
    with problem_budget(MAX_LISTED) as left:
        try:
            return _DETAILED.structure(data, type_)
        except RecursionError:
            raise StructureError(["input nests too deeply @ $"]) from None
        except Exception as error:
            raise _structure_error(error, type_, complete=left[0] > 0) from error
