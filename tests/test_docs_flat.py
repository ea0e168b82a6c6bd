"""The flat tables' page in the docs is the schema the code writes."""

from pathlib import Path

from danvan._flat import EVENT_FIELDS, FIGURE_TABLE, RECIPIENT_FIELDS
from danvan._flat_models import MODEL_TABLE
from danvan._flat_records import AWARD_TABLE, UNIT_TABLE, Column

PAGE = Path(__file__).parent.parent / "docs" / "reference" / "flat-tables.md"

_ARROW = {
    "text": "string",
    "code": "dictionary<int32, string>",
    "int": "int64",
    "decimal": "decimal128(38, 12)",
    "date": "date32",
    "bool": "bool",
    "texts": "list<string>",
    "codes": "list<string>",
    "events": "list<struct<event fields>>",
    "recipients": "list<struct<recipient fields>>",
}

_INTRO = """# Flat tables

The one flat schema that `Table.to_arrow()`, `ModelTable.to_arrow()`, the Arrow stream
(`pyarrow.table(t)`, `polars.DataFrame(t)`, DuckDB), `to_pandas()`, `to_polars()` and
`write_parquet` give. Codes are the JSON form's codes (dictionary-encoded in Arrow), a
count is its value with its qualifier and interval, a percentage and an amount with a
fraction ("46,5 km") are exact decimals, a period is its first and last day, and the ids
that tie a figure to its report and to the total it breaks down are kept: sum only the
rows whose `part_of` is empty to add totals.
Each field's description is also in the Arrow schema, as the field's `doc` metadata.
Every field of the classes has its column; a test fails when one is added without.
"""


def _table(title: str, columns: tuple[Column, ...]) -> str:
    lines = [f"## {title}", "", "| column | type | holds |", "|---|---|---|"]
    lines += [f"| `{c.name}` | `{_ARROW[c.type]}` | {c.doc} |" for c in columns]
    return "\n".join(lines) + "\n"


def page() -> str:
    """The page as the schema writes it."""
    tables = [
        _table("Figures (one row per figure)", FIGURE_TABLE),
        _table("Models (one row per model)", MODEL_TABLE),
        _table("Event fields (the struct of a model's `events`)", EVENT_FIELDS),
        _table("Awards (one row per award batch)", AWARD_TABLE),
        _table("Recipient fields (the struct of an award's `recipients`)", RECIPIENT_FIELDS),
        _table("Units (one row per unit)", UNIT_TABLE),
    ]
    return _INTRO + "\n" + "\n".join(tables)


def test_the_page_is_the_schema() -> None:
    assert PAGE.read_text(encoding="utf-8") == page()
