"""The columns of a :class:`~danvan.Table`: each figure's cell in each, and their headers."""

from __future__ import annotations

from typing import Any

from danvan._counts import Count
from danvan._figures import Figure
from danvan._lang import Lang
from danvan._numbers import Amount, Percent
from danvan._periods import Period

__all__ = ["COLUMNS", "DIMENSIONS", "cell", "column_label"]

#: The dimensions a table can be broken down by, in column order.
DIMENSIONS = ("movement", "unit", "year", "field", "level", "holder", "kind", "status")
# "percent" is True on a row whose value is a percentage, "amount" on one whose value is
# an amount with a fraction ("46,5 km"): neither is a count.
COLUMNS = (
    *DIMENSIONS,
    "measure",
    "value",
    "percent",
    "amount",
    "qualifier",
    "low",
    "high",
    "category",
    "label",
)


# Each column's header in Vietnamese and English, for people reading a workbook.
_LABELS = {
    "movement": ("Phong trào", "Movement"),
    "unit": ("Đơn vị", "Unit"),
    "year": ("Năm", "Year"),
    "field": ("Lĩnh vực", "Field"),
    "level": ("Cấp", "Level"),
    "holder": ("Chủ thể", "Holder"),
    "kind": ("Loại", "Kind"),
    "status": ("Tình trạng", "Status"),
    "measure": ("Chỉ tiêu", "Measure"),
    "value": ("Số lượng", "Value"),
    "percent": ("Tỷ lệ (%)", "Percentage"),
    "amount": ("Lượng đo", "Amount"),
    "qualifier": ("Mức độ chính xác", "Qualifier"),
    "low": ("Từ", "Low"),
    "high": ("Đến", "High"),
    "category": ("Nhóm", "Category"),
    "label": ("Cách ghi trong báo cáo", "As the report writes it"),
}


def column_label(column: str, lang: Lang) -> str:
    """A column's header in ``lang``; the column's name when it has none."""
    vi, en = _LABELS.get(column, (column, column))
    return vi if lang == "vi" else en


def _year(period: Period | None) -> int | str | None:
    """A period's year when it is within one, else its text."""
    if period is None:
        return None
    if period.end is not None and period.start.year == period.end.year:
        return period.start.year
    return str(period)


def cell(figure: Figure, column: str) -> Any:
    """The value of one column (a dimension, the measure, the value …) for a figure."""
    dims = figure.dims
    match column:
        case "movement":
            return "+".join(figure.movements)
        case "unit":
            return figure.scope
        case "year":
            return _year(figure.period)
        case "field":
            return "+".join(f.value for f in dims.fields) or None
        case "level" | "holder" | "kind" | "status":
            member = getattr(dims, column)
            return None if member is None else member.value
        case "measure":
            return figure.measure
        case "value":
            return figure.value.value
        case "qualifier":
            return figure.value.qualifier.value
        case "low":
            return figure.value.low if isinstance(figure.value, Count) else None
        case "high":
            return figure.value.high if isinstance(figure.value, Count) else None
        case "percent" | "amount":
            kind = Percent if column == "percent" else Amount
            return True if isinstance(figure.value, kind) else None
        case _:
            return getattr(dims, column)
