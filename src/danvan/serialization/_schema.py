"""JSON Schema (draft 2020-12) of danvan's wire format, generated from the attrs classes.

The schema mirrors :mod:`danvan.serialization` rule for rule: codes as enums, dates and
symbols and shares as patterned strings, counts and periods as small objects, events
tagged by ``"kind"``, no unknown keys, fields with defaults optional.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._dates import PartialDate
from danvan._documents import DocumentSymbol, DocumentType
from danvan._hierarchy import Hierarchy
from danvan._models import EVENT_KINDS, AnyModelEvent
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._terms import Term
from danvan._units import Unit, UnitChange
from danvan._validators import check_id, check_text, flatten
from danvan._vocabulary import Qualifier
from danvan.exceptions import InvalidValueError
from danvan.serialization._version import SCHEMA

__all__ = ["DECIMAL_PATTERN", "SCHEMA_ID", "json_schema"]

SCHEMA_ID = "https://danvan.readthedocs.io/schema/danvan-1.json"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
#: A finite decimal number as ``str(Decimal)`` writes it: "12.5", "-0.25", "1E+3".
DECIMAL_PATTERN = r"-?[0-9]{1,60}(?:\.[0-9]{1,60})?(?:E[+-][0-9]{1,6})?"
_ID = {"type": "string", "pattern": "^[^\\s]{1,200}$"}
_TEXT = {"type": "string", "pattern": "\\S"}


def _alternatives(abbreviations: list[str]) -> str:
    return "|".join(sorted(abbreviations, key=len, reverse=True))


def _symbol_schema() -> dict[str, Any]:
    party = [t.party_abbr for t in DocumentType if t.party_abbr]
    state = [t.state_abbr for t in DocumentType if t.state_abbr]
    part = "[0-9A-Za-zĐđ]+"
    issuer = f"{part}(-{part})*"
    forms = [
        f"[0-9]{{1,6}}-({_alternatives(party)})/{issuer}",
        f"[0-9]{{1,6}}/((19|20)[0-9]{{2}}/)?({_alternatives(state)})-{issuer}",
        f"[0-9]{{1,6}}/{part}-{issuer}",
    ]
    return {
        "type": "string",
        "description": "Canonical number-and-symbol, e.g. 11-CT/TU, 15/2021/QĐ-UBND, 45/UBND-VX",
        "pattern": "^(" + "|".join(f"({form})" for form in forms) + ")$",
    }


def _enum(cls: type[Term]) -> dict[str, Any]:
    return {"enum": [member.value for member in cls], "title": cls.__name__}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder first: recursive types terminate
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type) -> dict[str, Any]:
        if cls is Count:
            return self.count()
        if cls is Percent:
            return self.qualified_decimal("percent", f"^{DECIMAL_PATTERN}$", "Percent")
        if cls is Amount:
            return self.qualified_decimal("amount", r"^[0-9]{1,16}(?:\.[0-9]{1,6})?$", "Amount")
        if cls is Period:
            return self.closed({"start": _DATE, "end": _DATE}, ["start"], "Period")
        if cls is Hierarchy:
            return self.closed(
                {
                    "units": {"type": "array", "items": self.ref(Unit)},
                    "changes": {"type": "array", "items": self.ref(UnitChange)},
                },
                [],
                "Hierarchy",
            )
        hints = get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            properties[field.name] = self.field(field, hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        if cls in EVENT_KINDS:
            properties = {"kind": {"const": cls.kind}, **properties}
            required = ["kind", *required]
        if cls is Dataset:
            properties = {"schema": {"const": SCHEMA}, **properties}
            required = ["schema", *required]
        schema = self.closed(properties, required, cls.__name__)
        if cls.__doc__:
            schema["description"] = cls.__doc__.strip().split("\n")[0]
        return schema

    @staticmethod
    def closed(properties: dict[str, Any], required: list[str], title: str) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "title": title,
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        return schema

    def qualified_decimal(self, key: str, pattern: str, name: str) -> dict[str, Any]:
        """A percentage or an amount: exact decimal text under ``key``, and its qualifier."""
        return self.closed(
            {
                key: {"type": "string", "pattern": pattern},
                "qualifier": {"enum": [q.value for q in Qualifier if q is not Qualifier.MANY]},
            },
            [key],
            name,
        )

    def count(self) -> dict[str, Any]:
        natural = {"type": "integer", "minimum": 0}
        return self.closed(
            {
                "value": natural,
                "qualifier": _enum(Qualifier),
                "low": natural,
                "high": {"anyOf": [natural, {"type": "null"}]},
            },
            ["value"],
            "Count",
        )

    def field(self, field: attrs.Attribute[Any], hint: Any) -> dict[str, Any]:
        validators = flatten(field.validator)
        if hint is str and check_id in validators:
            return dict(_ID)
        if hint is str and check_text in validators:
            return dict(_TEXT)
        if get_origin(hint) in (Union, types.UnionType) and check_id in validators:
            return {"anyOf": [dict(_ID), {"type": "null"}]}
        return self.type(hint)

    def type(self, hint: Any) -> dict[str, Any]:
        origin, args = get_origin(hint), get_args(hint)
        if hint == AnyModelEvent:
            return {"oneOf": [self.ref(kind) for kind in EVENT_KINDS]}
        if origin in (Union, types.UnionType):
            options = [self.type(a) for a in args if a is not type(None)]
            schema = options[0] if len(options) == 1 else {"anyOf": options}
            if type(None) in args:
                return {"anyOf": [schema, {"type": "null"}]}
            return schema
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.type(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.type(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if origin in (Mapping, dict, typing.Mapping):
            return {"type": "object", "additionalProperties": self.type(args[1])}
        return self.leaf(hint)

    def leaf(self, hint: Any) -> dict[str, Any]:
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is dt.date:
            return dict(_DATE)
        if hint is PartialDate:
            return {
                "type": "string",
                "description": "A day known only to its month or year",
                "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2]))?$",
            }
        if hint is Fraction:
            return {"type": "string", "pattern": "^[0-9]{1,12}(/[1-9][0-9]{0,11})?$"}
        if hint is Decimal:
            return {"type": "string", "pattern": f"^{DECIMAL_PATTERN}$"}
        if hint is DocumentSymbol:
            return _symbol_schema()
        if isinstance(hint, type) and issubclass(hint, Term):
            return _enum(hint)
        if isinstance(hint, type) and (attrs.has(hint) or hint is Hierarchy):
            return self.ref(hint)
        raise InvalidValueError(hint, "danvan has no JSON Schema for this type")


def json_schema(type_: type | None = None) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a danvan type; a Dataset file by default.

    Args:
        type_: Any public danvan type: an entity (``Model``, ``Figure`` …), a value
            (``Count``, ``Period``, ``DocumentSymbol``), a vocabulary, or ``Dataset``.

    Returns:
        The schema, ready for ``json.dumps``.

    Raises:
        InvalidValueError: ``type_`` is not a danvan type.

    Examples:
        >>> from danvan import Count, json_schema
        >>> schema = json_schema()
        >>> schema["properties"]["schema"]
        {'const': 'danvan/2'}
        >>> json_schema(Count)["$defs"]["Count"]["required"]
        ['value']
    """
    builder = _Builder()
    root = builder.type(Dataset if type_ is None else type_)
    schema: dict[str, Any] = {"$schema": _DRAFT}
    if type_ is None or type_ is Dataset:
        schema["$id"] = SCHEMA_ID
        schema["title"] = f"danvan dataset ({SCHEMA})"
    schema.update(root)
    if builder.defs:
        schema["$defs"] = builder.defs
    if "$ref" in root and type_ in (None, Dataset):
        # A dataset document is the Dataset object itself, not a reference to it.
        name = root["$ref"].rsplit("/", 1)[1]
        del schema["$ref"]
        schema.update({k: v for k, v in builder.defs[name].items() if k != "title"})
    return schema
