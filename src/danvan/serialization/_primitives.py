"""Strict readers for the values every wire form holds: counts, periods, symbols, numbers.

The wire format says arrays where it says arrays and objects where it says objects;
cattrs alone would accept any iterable, so these hooks refuse anything else first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar, cast, get_args, get_origin

import cattrs
import cattrs.cols
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from danvan._counts import Count
from danvan._documents import DocumentSymbol
from danvan._models import EVENT_KINDS, AnyModelEvent, ModelEvent
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._vocabulary import Qualifier
from danvan.serialization._decoding import raw_type
from danvan.serialization._readers import (
    fail,
    read_date,
    read_int,
    term_reader,
)
from danvan.serialization._schema import DECIMAL_PATTERN

_FRACTION = re.compile(r"[0-9]{1,12}(?:/[1-9][0-9]{0,11})?")
_DECIMAL = re.compile(DECIMAL_PATTERN)
_COUNT_KEYS = frozenset({"value", "qualifier", "low", "high"})
_PERCENT_KEYS = frozenset({"percent", "qualifier"})
_AMOUNT_KEYS = frozenset({"amount", "qualifier"})
D = TypeVar("D", Percent, Amount)
_PERIOD_KEYS = frozenset({"start", "end"})
_EVENT_BY_KIND: dict[str, type[ModelEvent]] = {kind.kind: kind for kind in EVENT_KINDS}

# -- strict primitives -------------------------------------------------------------------


def hook(reader: Callable[[Any], Any]) -> Callable[[Any, type], Any]:
    return lambda value, _: reader(value)


def structure_fraction(value: Any, _: type) -> Fraction:
    if type(value) is not str or not _FRACTION.fullmatch(value):
        return cast(Fraction, fail(value, 'a fraction such as "1/3"'))
    return Fraction(value)


def structure_decimal(value: Any, _: type) -> Decimal:
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        return cast(Decimal, fail(value, 'a decimal number as text, such as "12.5"'))
    return Decimal(value)


def structure_symbol(value: Any, _: type) -> DocumentSymbol:
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


def unstructure_count(count: Count) -> dict[str, Any]:
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


def structure_count(value: Any, _: type) -> Count:
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


def unstructure_percent(percent: Percent) -> dict[str, Any]:
    return _with_qualifier({"percent": str(percent.value)}, percent.qualifier)


def unstructure_amount(amount: Amount) -> dict[str, Any]:
    return _with_qualifier({"amount": f"{amount.value:f}"}, amount.qualifier)  # not "1E+2"


def _with_qualifier(data: dict[str, Any], qualifier: Qualifier) -> dict[str, Any]:
    if qualifier is not Qualifier.EXACT:
        data["qualifier"] = qualifier.value
    return data


def structure_percent(value: Any, _: type) -> Percent:
    return _qualified_decimal(value, Percent, "percent", _PERCENT_KEYS)


def structure_amount(value: Any, _: type) -> Amount:
    return _qualified_decimal(value, Amount, "amount", _AMOUNT_KEYS)


def _qualified_decimal(value: Any, cls: type[D], key: str, keys: frozenset[str]) -> D:
    """A percentage or an amount: its exact number under ``key``, and its qualifier."""
    name = cls.__name__
    data = _check_keys(value, keys, name)
    if key not in data:
        missing = "Percent needs 'percent'" if cls is Percent else "Amount needs 'amount'"
        raise ValueError(missing)
    problems: list[Exception] = []
    number = _attribute(problems, key, Decimal, lambda: structure_decimal(data[key], Decimal))
    qualifier = Qualifier.EXACT
    if "qualifier" in data:
        qualifier = _attribute(
            problems, "qualifier", Qualifier, lambda: _read_qualifier(data["qualifier"])
        )
    if problems:
        raise ClassValidationError(f"While structuring {name}", problems, cls)
    return cls(number, qualifier)


def _attribute(problems: list[Exception], name: str, type_: type, read: Callable[[], Any]) -> Any:
    """Read one attribute; a problem is kept with the attribute's name, for its path."""
    try:
        return read()
    except (ValueError, TypeError) as error:  # what the readers raise
        error.__notes__ = [
            *getattr(error, "__notes__", []),
            AttributeValidationNote(f"Structuring @ attribute {name}", name, type_),
        ]
        problems.append(error)
        return None


def structure_figure_value(value: Any, _: type) -> Count | Percent | Amount:
    """A figure's value: a count, a percentage or an amount, by the key it holds.

    ``{"value": …}``, ``{"percent": …}``, ``{"amount": …}``.
    """
    if isinstance(value, dict) and "percent" in value:
        return structure_percent(value, Percent)
    if isinstance(value, dict) and "amount" in value:
        return structure_amount(value, Amount)
    return structure_count(value, Count)


def unstructure_figure_value(value: Count | Percent | Amount) -> dict[str, Any]:
    if isinstance(value, Percent):
        return unstructure_percent(value)
    if isinstance(value, Amount):
        return unstructure_amount(value)
    return unstructure_count(value)


def structure_period(value: Any, _: type) -> Period:
    data = _check_keys(value, _PERIOD_KEYS, "Period")
    if "start" not in data:
        raise ValueError("Period needs 'start' (and 'end', unless it runs on)")
    end = data.get("end")
    return Period(read_date(data["start"]), None if end is None else read_date(end))


def unstructure_period(period: Period) -> dict[str, str]:
    # An open period ("từ năm 2011 đến nay") is written without its end.
    if period.end is None:
        return {"start": period.start.isoformat()}
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


# -- the converter -----------------------------------------------------------------------


def is_sequence(type_: Any) -> bool:
    return get_origin(type_) in (tuple, list)


def is_pair(type_: Any) -> bool:
    """A fixed-length tuple of plain values (a span), written as a JSON array."""
    args = get_args(type_)
    return get_origin(type_) is tuple and bool(args) and args[-1] is not Ellipsis


def is_mapping(type_: Any) -> bool:
    return get_origin(type_) in (Mapping, dict)


# How many more problems a detailed reading looks for before it stops: a file broken a
# hundred thousand times is reported in a fraction of a second, not read to its end.
_BUDGET: ContextVar[list[int] | None] = ContextVar("danvan_problem_budget", default=None)


@contextmanager
def problem_budget(limit: int) -> Iterator[list[int]]:
    """Stop reading arrays once ``limit`` problems are found; yields what is left."""
    left = [limit]
    token = _BUDGET.set(left)
    try:
        yield left
    finally:
        _BUDGET.reset(token)


def _leaves(error: BaseException) -> int:
    if isinstance(error, BaseExceptionGroup):
        return sum(_leaves(e) for e in error.exceptions)
    return 1


def _budgeted_items(type_: Any, converter: cattrs.Converter) -> Callable[[Any, type], list[Any]]:
    """Read an array's items, noting every item's problems with its index.

    As cattrs' detailed reading does, but it stops at the item where the problem budget
    runs out.
    """
    item_type = get_args(type_)[0]
    try:
        handler = converter.get_structure_hook(item_type)
    except RecursionError:  # a type that holds itself: look the hook up late
        handler = converter.structure

    def structure(value: list[Any], _: type) -> list[Any]:
        budget = _BUDGET.get()
        errors: list[Exception] = []
        items = []
        for ix, item in enumerate(value):
            try:
                items.append(handler(item, item_type))
            except Exception as error:  # gathered with its index, as cattrs does
                note = IterableValidationNote(f"Structuring {type_} @ index {ix}", ix, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
                if budget is not None:
                    budget[0] -= _leaves(error)
                    if budget[0] <= 0:
                        break
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return items

    return structure


def strict_sequence(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, type], Any]]:
    # cattrs accepts any iterable as a sequence (a dict, even a string); the wire
    # format says arrays, so anything else is refused before cattrs sees it.
    def factory(type_: Any) -> Callable[[Any, type], Any]:
        args = get_args(type_)
        if (
            converter.detailed_validation
            and args
            and (get_origin(type_) is list or (len(args) == 2 and args[1] is Ellipsis))
        ):
            items = _budgeted_items(type_, converter)
            tuple_of = get_origin(type_) is tuple

            def detailed(value: list[Any], cl: type) -> Any:
                read = items(value, cl)
                return tuple(read) if tuple_of else read

            inner: Callable[[Any, type], Any] = detailed
        elif get_origin(type_) is list:
            inner = cattrs.cols.list_structure_factory(type_, converter)
        elif len(args) == 2 and args[1] is Ellipsis:
            inner = cattrs.cols.homogenous_tuple_structure_factory(type_, converter)
        else:

            def inner(value: list[Any], _: type) -> tuple[Any, ...]:
                if len(value) != len(args):
                    raise ValueError(f"expected an array of {len(args)} items, got {len(value)}")
                return tuple(converter.structure(v, a) for v, a in zip(value, args, strict=True))

        raw = raw_type()
        if raw is not None and not converter.detailed_validation and args:
            handler = converter.get_structure_hook(args[0])
            tuple_of = get_origin(type_) is tuple

            def structure(value: Any, cl: type) -> Any:
                if type(value) is not list:
                    return fail(value, "an array")
                if not value or type(value[0]) is not raw:
                    return inner(value, cl)
                # Items left raw by the decoder: each is replaced by its object as it
                # is built, so its text is freed, and a second, detailed pass over the
                # same list finds the objects already built.
                for i, item in enumerate(value):
                    value[i] = handler(item, args[0])
                return tuple(value) if tuple_of else value

        else:

            def structure(value: Any, cl: type) -> Any:
                if type(value) is not list:
                    return fail(value, "an array")
                return inner(value, cl)

        return structure

    return factory


def strict_mapping(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, type], Any]]:
    def factory(type_: Any) -> Callable[[Any, type], Any]:
        inner = cattrs.cols.mapping_structure_factory(type_, converter)

        def structure(value: Any, cl: type) -> Any:
            if type(value) is not dict:
                return fail(value, "an object")
            return inner(value, cl)

        return structure

    return factory


def is_any_event(type_: Any) -> bool:
    """The union of the event classes, or their base: read as the class the kind names."""
    return type_ is ModelEvent or type_ == AnyModelEvent


def of_kind(
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
