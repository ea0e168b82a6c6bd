"""Figures and models as CSV tables, for spreadsheets.

One row per figure (with the id of the report it belongs to) or per model. Every field
a table can hold has a column; lists (a figure's fields, notes, a model's events) are
written in their JSON form inside one cell, so a table read back gives the same
values. ``bom=True`` starts the text with a byte-order mark, which Excel needs to read
UTF-8. Rows are read through :func:`danvan.serialization.from_dict`, so they are checked
exactly as JSON is; a bad row raises :class:`~danvan.exceptions.StructureError` naming
the row and the column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from danvan._dataset import Dataset
from danvan._figures import Figure
from danvan._files import csv_text
from danvan._models import Model
from danvan.exceptions import StructureError
from danvan.serialization._convert import from_dict, to_dict

__all__ = [
    "FIGURE_COLUMNS",
    "MODEL_COLUMNS",
    "figures_from_csv",
    "figures_to_csv",
    "models_from_csv",
    "models_to_csv",
]

FIGURE_COLUMNS = (
    "report",
    "id",
    "part_of",
    "measure",
    "value",
    "qualifier",
    "low",
    "high",
    "out_of",
    "unit_of_measure",
    "scope",
    "movement",
    "period_start",
    "period_end",
    "fields",
    "level",
    "holder",
    "kind",
    "model_status",
    "category",
    "label",
    "status",
    "source_title",
    "source_publisher",
    "source_url",
    "source_published_on",
    "source_quote",
    "source_span",
    "notes",
    "restates",
    "subset_of",
    "breakdowns",
    "as_of",
    "percent",
    "of",
    "occurrences",
    "change",
    "compared_to_start",
    "compared_to_end",
    "model",
    "directive",
    "amount",
)
MODEL_COLUMNS = (
    "id",
    "title",
    "kind",
    "holder",
    "field",
    "unit",
    "movement",
    "phase",
    "events",
    "holder_name",
    "partners",
    "notes",
)
#: Columns added after the first version: a table written before them still reads.
_ADDED_LATER = frozenset(
    (*FIGURE_COLUMNS[FIGURE_COLUMNS.index("restates") :], "holder_name", "partners", "notes")
)
#: Model columns that hold a list, written as JSON in their cell.
_MODEL_LISTS = frozenset({"events", "partners", "notes"})
_BOM = "\ufeff"
# "high" may be unbounded (None) while present; an empty cell cannot say so.
_UNBOUNDED = "unbounded"
# More digits than any count may have (danvan.Count allows up to 10**15).
_MAX_DIGITS = 20


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _figure_row(report: str, wire: dict[str, Any]) -> dict[str, str]:
    value, period = wire["value"], wire.get("period") or {}
    dims, source = wire.get("dims") or {}, wire.get("source") or {}
    high = _UNBOUNDED if "high" in value and value["high"] is None else value.get("high")
    row = {
        "report": report,
        "id": wire.get("id"),
        "part_of": wire.get("part_of"),
        "measure": wire["measure"],
        "value": value.get("value"),
        "percent": value.get("percent"),
        "amount": value.get("amount"),
        "qualifier": value.get("qualifier"),
        "low": value.get("low"),
        "high": high,
        "out_of": wire.get("out_of"),
        "unit_of_measure": wire["unit_of_measure"],
        "scope": wire["scope"],
        # One movement as its id, as tables of the first format wrote it; several as JSON.
        "movement": wire["movements"][0] if len(wire["movements"]) == 1 else wire["movements"],
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "fields": dims.get("fields"),
        "level": dims.get("level"),
        "holder": dims.get("holder"),
        "kind": dims.get("kind"),
        "model_status": dims.get("status"),
        "category": dims.get("category"),
        "label": dims.get("label"),
        "status": wire.get("status"),
        "source_title": source.get("title"),
        "source_publisher": source.get("publisher"),
        "source_url": source.get("url"),
        "source_published_on": source.get("published_on"),
        "source_quote": source.get("quote"),
        "source_span": source.get("span"),
        "notes": wire.get("notes"),
        "restates": wire.get("restates"),
        "subset_of": wire.get("subset_of"),
        "breakdowns": wire.get("breakdowns"),
        "as_of": wire.get("as_of"),
        "of": wire.get("of"),
        "occurrences": "true" if wire.get("occurrences") else None,
        "change": wire.get("change"),
        "compared_to_start": (wire.get("compared_to") or {}).get("start"),
        "compared_to_end": (wire.get("compared_to") or {}).get("end"),
        "model": wire.get("model"),
        "directive": wire.get("directive"),
    }
    return {key: _cell(item) for key, item in row.items()}


def figures_to_csv(dataset: Dataset, *, bom: bool = False) -> str:
    """Every figure of every report, one row each.

    Args:
        dataset: The dataset.
        bom: Start with a byte-order mark, so that Excel reads the text as UTF-8.

    Returns:
        The CSV text, with the columns of ``FIGURE_COLUMNS``.
    """
    return csv_text(FIGURE_COLUMNS, figure_rows(dataset), bom=bom)


def figure_rows(dataset: Dataset) -> Iterator[dict[str, str]]:
    """Every figure of every report as a row of text cells, for CSV and Excel."""
    for report in dataset.reports:
        for figure in report.figures:
            yield _figure_row(report.id, to_dict(figure))


def models_to_csv(models: Iterable[Model], *, bom: bool = False) -> str:
    """Models, one row each; events as JSON in their cell.

    Args:
        models: The models.
        bom: Start with a byte-order mark, so that Excel reads the text as UTF-8.

    Returns:
        The CSV text, with the columns of ``MODEL_COLUMNS``.
    """
    rows = (
        {column: _cell(wire.get(column)) for column in MODEL_COLUMNS}
        for wire in (to_dict(model) for model in models)
    )
    return csv_text(MODEL_COLUMNS, rows, bom=bom)


def _rows(text: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    if not isinstance(text, str):
        raise StructureError(
            [f"a CSV table is text (str), not {type(text).__name__} @ $"], type_name="CSV"
        )
    reader = csv.DictReader(io.StringIO(text.removeprefix(_BOM)))
    try:
        yield from _checked_rows(reader, columns)
    except csv.Error as error:  # a cell over the csv module's limit, a NUL, a bad quote
        raise StructureError(
            [f"not CSV: {error} @ row {reader.line_num}"], type_name="CSV"
        ) from error


def _checked_rows(
    reader: csv.DictReader[str], columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    header = tuple(reader.fieldnames or ())
    unknown = [c for c in header if c not in columns]
    missing = [c for c in columns if c not in header and c not in _ADDED_LATER]
    if unknown or missing:
        problems = [f"unknown column {c!r} @ header" for c in unknown]
        problems += [f"missing column {c!r} @ header" for c in missing]
        raise StructureError(problems, type_name="CSV")
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise StructureError([f"more cells than columns @ row {number}"], type_name="CSV")
        yield number, {column: row.get(column) or "" for column in columns}


def _json_cell(row: dict[str, str], column: str, number: int) -> Any:
    try:
        return json.loads(row[column])
    except json.JSONDecodeError as error:
        raise StructureError(
            [f"not JSON: {error.msg} @ row {number}.{column}"], type_name="CSV"
        ) from error
    except RecursionError:
        raise StructureError(
            [f"JSON nested too deeply @ row {number}.{column}"], type_name="CSV"
        ) from None


def _number(row: dict[str, str], column: str, number: int) -> Any:
    text = row[column]
    if text.isascii() and text.isdigit() and len(text) <= _MAX_DIGITS:
        return int(text)
    shown = repr(text) if len(text) <= 40 else f"{text[:40]!r}… ({len(text)} characters)"
    raise StructureError([f"expected a whole number, got {shown} @ row {number}.{column}"])


def _flag(row: dict[str, str], column: str, number: int) -> bool | None:
    """A yes-or-no cell: "true", or empty for no."""
    text = row[column]
    if text in ("", "false"):
        return None
    if text == "true":
        return True
    raise StructureError(
        [f"expected 'true' or an empty cell, got {text[:40]!r} @ row {number}.{column}"]
    )


def _figure_wire(row: dict[str, str], number: int) -> dict[str, Any]:
    def some(**cells: Any) -> dict[str, Any]:
        return {key: item for key, item in cells.items() if item not in ("", None)}

    # A percentage fills "percent" and an amount "amount", leaving "value" empty; a count
    # the reverse.
    if row["percent"]:
        value: dict[str, Any] = {"percent": row["percent"]}
    elif row.get("amount"):  # a table written before amounts has no such column
        value = {"amount": row["amount"]}
    else:
        value = {"value": _number(row, "value", number)}
    if row["qualifier"]:
        value["qualifier"] = row["qualifier"]
    if row["low"]:
        value["low"] = _number(row, "low", number)
    if row["high"]:
        value["high"] = None if row["high"] == _UNBOUNDED else _number(row, "high", number)
    dims = some(
        fields=_json_cell(row, "fields", number) if row["fields"] else None,
        level=row["level"],
        holder=row["holder"],
        kind=row["kind"],
        status=row["model_status"],
        category=row["category"],
        label=row["label"],
    )
    source = some(
        title=row["source_title"],
        publisher=row["source_publisher"],
        url=row["source_url"],
        published_on=row["source_published_on"],
        quote=row["source_quote"],
        span=_json_cell(row, "source_span", number) if row["source_span"] else None,
    )
    period = (
        some(start=row["period_start"], end=row["period_end"])
        if row["period_start"] or row["period_end"]
        else None
    )
    return some(
        measure=row["measure"],
        value=value,
        unit_of_measure=row["unit_of_measure"],
        scope=row["scope"],
        movements=_json_cell(row, "movement", number)
        if row["movement"].startswith("[")
        else [row["movement"]],
        period=period,
        dims=dims or None,
        status=row["status"],
        source=source or None,
        id=row["id"],
        part_of=row["part_of"],
        out_of=_json_cell(row, "out_of", number) if row["out_of"] else None,
        notes=_json_cell(row, "notes", number) if row["notes"] else None,
        restates=row["restates"],
        subset_of=row["subset_of"],
        of=row["of"],
        occurrences=_flag(row, "occurrences", number),
        change=row["change"],
        compared_to=some(start=row["compared_to_start"], end=row["compared_to_end"]) or None,
        model=row["model"],
        directive=row["directive"],
        breakdowns=_json_cell(row, "breakdowns", number) if row["breakdowns"] else None,
        as_of=row["as_of"],
    )


def _read(
    text: str,
    columns: tuple[str, ...],
    to_wire: Callable[[dict[str, str], int], dict[str, Any]],
    type_: type,
) -> list[tuple[dict[str, str], Any]]:
    found: list[tuple[dict[str, str], Any]] = []
    problems: list[str] = []
    for number, row in _rows(text, columns):
        try:
            found.append((row, from_dict(to_wire(row, number), type_)))
        except StructureError as error:
            problems += [f"{p} (row {number})" for p in error.problems]
    if problems:
        raise StructureError(problems, type_name=f"{type_.__name__} CSV")
    return found


def figures_from_csv(text: str) -> list[tuple[str, Figure]]:
    """Read figure rows back: pairs of (report id, figure).

    Args:
        text: CSV text with the columns of ``FIGURE_COLUMNS``, with or without a BOM.

    Returns:
        One (report id, figure) pair per row, in order.

    Raises:
        StructureError: Every bad row and cell, each named.
    """
    return [
        (row["report"], figure) for row, figure in _read(text, FIGURE_COLUMNS, _figure_wire, Figure)
    ]


def _model_wire(row: dict[str, str], number: int) -> dict[str, Any]:
    wire: dict[str, Any] = {c: row[c] for c in MODEL_COLUMNS if c not in _MODEL_LISTS and row[c]}
    for column in _MODEL_LISTS:
        if row[column]:
            wire[column] = _json_cell(row, column, number)
    return wire


def models_from_csv(text: str) -> list[Model]:
    """Read model rows back.

    Args:
        text: CSV text with the columns of ``MODEL_COLUMNS``, with or without a BOM.

    Returns:
        One model per row, in order.

    Raises:
        StructureError: Every bad row and cell, each named.
    """
    return [model for _, model in _read(text, MODEL_COLUMNS, _model_wire, Model)]
