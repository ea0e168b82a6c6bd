"""A dataset as documents: one canonical JSON text per unit, document, model or report.

The store keeps each part of a dataset as the JSON the wire form gives it, compact and
with its keys in the wire form's order, so that a report comes back byte for byte as
``danvan.dumps`` writes it. Each document is known by its kind and its id (or code),
and by the SHA-256 of its text; a unit change, which has no id, is known by what
happened to which units on which day.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from danvan._dataset import Dataset
from danvan.serialization import SCHEMA, from_dict, to_dict
from danvan.serialization._converter import migrate

__all__ = ["KINDS", "Document", "assemble", "documents_of", "read_document"]

#: Each kind of document: where its items stand in a dataset's wire form, and the key
#: that names one (``None``: a unit change, named by what happened to which units on
#: which day).
KINDS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "unit": (("hierarchy", "units"), "id"),
    "unit_change": (("hierarchy", "changes"), None),
    "movement": (("movements",), "id"),
    "phase": (("phases",), "id"),
    "directive": (("directives",), "id"),
    "review": (("reviews",), "id"),
    "measure": (("measures",), "code"),
    "unit_of_measure": (("units_of_measure",), "code"),
    "rule": (("rules",), "code"),
    "model": (("models",), "id"),
    "award": (("awards",), "id"),
    "report": (("reports",), "id"),
}


@attrs.frozen
class Document:
    """One part of a dataset as canonical JSON text.

    Attributes:
        kind: What it is: a key of :data:`KINDS`.
        key: Its id (or code); for a unit change, what happened to which units when.
        text: The canonical JSON text.
        hash: The SHA-256 of the text, in hex.
        path: Where it stood in the dataset it came from ("$.reports[2]").
        data: The text read back, as the wire form's dict.
        value: The danvan value it was made from, when there is one at hand.
    """

    kind: str
    key: str
    text: str
    hash: str
    path: str
    data: dict[str, Any] = attrs.field(eq=False, repr=False)
    value: Any = attrs.field(default=None, eq=False, repr=False)


def canonical(data: Any) -> str:
    """The compact JSON text of a wire-form value, as ``danvan.dumps`` writes it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def documents_of(dataset: Dataset) -> Iterator[Document]:
    """Every part of ``dataset`` as a document, definitions first and reports last."""
    wire = to_dict(dataset)
    for kind, (where, name) in KINDS.items():
        items = _at(wire, where)
        values: Any = dataset
        for step in where:
            values = getattr(values, step)
        for i, (item, value) in enumerate(zip(items, values, strict=True)):
            text = canonical(item)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            key = str(getattr(value, name)) if name is not None else _change_key(value)
            path = "$." + ".".join(where) + f"[{i}]"
            yield Document(kind, key, text, digest, path, item, value)


def _change_key(change: Any) -> str:
    """One change of a map, whatever its shares say: "merge 2025-07-01 a+b>c"."""
    sources, targets = "+".join(change.sources), "+".join(change.targets)
    return f"{change.kind.value} {change.on.isoformat()} {sources}>{targets}"


def _at(wire: dict[str, Any], where: tuple[str, ...]) -> list[Any]:
    node: Any = wire
    for step in where:
        node = node.get(step) if isinstance(node, dict) else None
    return node if isinstance(node, list) else []


def read_document(kind: str, text: str, wire: str) -> dict[str, Any]:
    """A stored document's dict, brought up from the wire version it was stored in."""
    data: dict[str, Any] = json.loads(text)
    if wire == SCHEMA:
        return data
    where, _ = KINDS[kind]
    wrapped: dict[str, Any] = {"schema": wire}
    node = wrapped
    for step in where[:-1]:
        node = node.setdefault(step, {})
    node[where[-1]] = [data]
    migrated = migrate(wrapped)
    return _at(migrated, where)[0]  # type: ignore[no-any-return]


def assemble(parts: Iterable[tuple[str, dict[str, Any]]]) -> Dataset:
    """A dataset of documents, each given as its kind and its dict, validated whole."""
    wire: dict[str, Any] = {"schema": SCHEMA}
    for kind, data in parts:
        where, _ = KINDS[kind]
        node = wire
        for step in where[:-1]:
            node = node.setdefault(step, {})
        node.setdefault(where[-1], []).append(data)
    dataset: Dataset = from_dict(wire, Dataset)
    return dataset
