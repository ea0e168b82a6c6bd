"""The cattrs converter of the wire form, and the migrations between its versions.

Two converters are built: a fast one, and a detailed one that collects every problem
with its JSON path, used only to explain an input the fast one refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, cast, get_type_hints

import attrs
import cattrs
import cattrs.cols
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._dates import Day, PartialDate
from danvan._directives import Directive
from danvan._documents import DocumentSymbol
from danvan._hierarchy import Hierarchy
from danvan._measures import UnitOfMeasure
from danvan._models import EVENT_KINDS, AnyModelEvent, Model, ModelEvent
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._reports import Report
from danvan._terms import Term
from danvan._units import Unit, UnitChange
from danvan.serialization._codecs import register_fast_codecs
from danvan.serialization._decoding import raw_items
from danvan.serialization._primitives import (
    hook,
    is_any_event,
    is_mapping,
    is_pair,
    is_sequence,
    of_kind,
    strict_mapping,
    strict_sequence,
    structure_amount,
    structure_count,
    structure_decimal,
    structure_figure_value,
    structure_fraction,
    structure_percent,
    structure_period,
    structure_symbol,
    unstructure_amount,
    unstructure_count,
    unstructure_figure_value,
    unstructure_percent,
    unstructure_period,
)
from danvan.serialization._readers import (
    fail,
    read_bool,
    read_date,
    read_day,
    read_int,
    read_str,
    term_reader,
)
from danvan.serialization._structs import register_struct_writers
from danvan.serialization._version import SCHEMA, SCHEMA_1

_EVENT_BY_KIND: dict[str, type[ModelEvent]] = {kind.kind: kind for kind in EVENT_KINDS}

# A step migrates a document of one schema version to the next; the chain is walked
# from a file's version to SCHEMA.
Migration = Callable[[dict[str, Any]], dict[str, Any]]


_read_unit = term_reader(UnitOfMeasure)


def read_unit_of_measure(value: Any) -> UnitOfMeasure | str:
    """A built-in unit of measure by its code, or the code of one a dataset defines."""
    text = read_str(value)
    try:
        return cast(UnitOfMeasure, _read_unit(text))
    except ValueError:
        if text.split() != [text]:
            raise ValueError(
                f"a unit of measure is a built-in code or the code of a unit the dataset "
                f"defines, without spaces: {text!r}"
            ) from None
        return text


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """danvan/1 to danvan/2: fields that held one value hold a list.

    Figures, reviews, directives and awards name ``movements`` (one set of figures may
    be given for two linked movements); a review has ``organisers`` and ``kinds``; a
    report has ``units`` and ``reviews``. Everything else was only added, so it stays
    as it is. Shapes this step does not know are left for reading to report.
    """
    reports = data.get("reports")
    figures = [
        figure
        for report in (reports if isinstance(reports, list) else ())
        if isinstance(report, dict) and isinstance(report.get("figures"), list)
        for figure in report["figures"]
    ]
    for key in ("reviews", "directives", "awards"):
        items = data.get(key)
        figures += items if isinstance(items, list) else []
    for item in figures:
        _to_list(item, "movement", "movements")
    reviews = data.get("reviews")
    for review in reviews if isinstance(reviews, list) else ():
        _to_list(review, "organiser", "organisers")
        _to_list(review, "kind", "kinds")
    for report in reports if isinstance(reports, list) else ():
        _to_list(report, "unit", "units")
        _to_list(report, "review", "reviews")
    return data


def _to_list(item: Any, one: str, many: str) -> None:
    """Rename a field that held one value to the field that holds a list of them."""
    if isinstance(item, dict) and one in item and many not in item:
        value = item.pop(one)
        item[many] = [] if value is None else [value]


MIGRATIONS: tuple[tuple[str, str, Migration], ...] = ((SCHEMA_1, SCHEMA, _from_1),)


def make_converter(*, detailed: bool, msgspec: Any = None) -> cattrs.Converter:
    """A converter for the wire form.

    Args:
        detailed: Collect every problem with its path (slower), for error messages.
        msgspec: The msgspec module: write the classes with fast codecs as msgspec
            structs, for msgspec to encode, instead of dicts.
    """
    converter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    converter.register_structure_hook(str, hook(read_str))
    converter.register_structure_hook(int, hook(read_int))
    converter.register_structure_hook(bool, hook(read_bool))
    converter.register_structure_hook(dt.date, hook(read_date))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(Fraction, structure_fraction)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(Decimal, structure_decimal)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(DocumentSymbol, structure_symbol)
    converter.register_unstructure_hook(DocumentSymbol, str)
    converter.register_structure_hook(Count, structure_count)
    converter.register_unstructure_hook(Count, unstructure_count)
    converter.register_structure_hook(Percent, structure_percent)
    converter.register_unstructure_hook(Percent, unstructure_percent)
    converter.register_structure_hook(Amount, structure_amount)
    converter.register_unstructure_hook(Amount, unstructure_amount)
    converter.register_structure_hook_func(
        lambda t: t == Count | Percent | Amount, structure_figure_value
    )
    converter.register_unstructure_hook_func(
        lambda t: t == Count | Percent | Amount, unstructure_figure_value
    )
    converter.register_structure_hook_func(
        lambda t: t == UnitOfMeasure | str, hook(read_unit_of_measure)
    )
    converter.register_unstructure_hook_func(lambda t: t == UnitOfMeasure | str, str)
    converter.register_structure_hook_func(lambda t: t == Day, hook(read_day))
    converter.register_structure_hook_func(
        lambda t: t == Day | None, hook(lambda v: None if v is None else read_day(v))
    )
    converter.register_unstructure_hook_func(
        lambda t: t in (Day, Day | None, PartialDate),
        lambda day: None if day is None else day.isoformat(),
    )
    converter.register_structure_hook(Period, structure_period)
    converter.register_unstructure_hook(Period, unstructure_period)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Term),
        lambda t: hook(term_reader(t)),
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Term), lambda member: member.value
    )
    converter.register_structure_hook_factory(is_sequence, strict_sequence(converter))
    converter.register_unstructure_hook_func(is_pair, list)
    converter.register_structure_hook_factory(is_mapping, strict_mapping(converter))
    _register_events(converter)
    _register_directive(converter)
    if not detailed:
        register_fast_codecs(converter)
    if msgspec is not None:
        register_struct_writers(converter, msgspec)
    for item in (Model, Report):  # the items of a dataset's long arrays come raw
        hooked = raw_items(converter.get_structure_hook(item), item)
        converter.register_structure_hook(item, hooked)
    # Last: the hooks of a hierarchy and a dataset are built from those of their fields.
    _register_hierarchy(converter)
    _register_dataset(converter)
    return converter


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

    converter.register_structure_hook_func(is_any_event, structure)
    for cls in EVENT_KINDS:
        converter.register_structure_hook(cls, of_kind(cls, structure))
        converter.register_unstructure_hook(cls, unstructure)
    converter.register_unstructure_hook_func(lambda t: t == AnyModelEvent, unstructure)


def _register_directive(converter: cattrs.Converter) -> None:
    # A directive's type, id and number default to what its symbol says; they are
    # written only when they say something else (or when there is no symbol).
    fields = make_dict_unstructure_fn(
        Directive,
        converter,
        _cattrs_omit_if_default=True,
        doc_type=override(omit_if_default=False),
        id=override(omit_if_default=False),
        number=override(omit_if_default=False),
    )

    def unstructure(directive: Directive) -> dict[str, Any]:
        data = fields(directive)
        if directive.number is None:
            del data["number"]
        if directive.symbol is not None:
            if directive.doc_type is directive.symbol.doc_type:
                del data["doc_type"]
            if directive.id == str(directive.symbol):
                del data["id"]
            if directive.number == directive.symbol.number:
                data.pop("number", None)
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
        data = migrate(value)
        return structure_fields({k: v for k, v in data.items() if k != "schema"}, Dataset)

    converter.register_unstructure_hook(Dataset, unstructure)
    converter.register_structure_hook(Dataset, structure)


def migrate(
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
