"""Figures as an Excel workbook, and back: the offices that run the movement live in Excel.

The workbook holds one sheet, "figures", with the columns of the figures CSV table
(``FIGURE_COLUMNS``) as its header, so that it reads back through the same reader and
the same checks: counts are numbers, a qualifier has its own column, and everything
else is text. Needs the ``excel`` extra (openpyxl).
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

from danvan._dataset import Dataset
from danvan._extras import optional
from danvan._figures import Figure
from danvan._files import csv_text, write_atomic, xlsx_bytes
from danvan.exceptions import StructureError
from danvan.serialization._csv import FIGURE_COLUMNS, figure_rows, figures_from_csv

__all__ = ["figures_from_excel", "figures_to_excel"]

_SHEET = "figures"
# Columns whose cells are whole numbers when given: Excel shows them as numbers.
_NUMBERS = frozenset({"value", "low", "high", "out_of"})


def figures_to_excel(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write every figure of every report to an Excel workbook, atomically.

    Args:
        dataset: The dataset.
        path: The ``.xlsx`` file.

    Raises:
        DanvanError: openpyxl is not installed (the ``excel`` extra).
        FileWriteError: The file cannot be written.
    """
    rows = ({k: _number(k, v) for k, v in row.items()} for row in figure_rows(dataset))
    write_atomic(path, xlsx_bytes([(_SHEET, FIGURE_COLUMNS, rows)]))


def figures_from_excel(path: str | os.PathLike[str]) -> list[tuple[str, Figure]]:
    """Read the figures of a workbook written by :func:`figures_to_excel`.

    Args:
        path: The ``.xlsx`` file.

    Returns:
        Each figure with the id of its report, as :func:`figures_from_csv` gives them.

    Raises:
        StructureError: The file cannot be read as a workbook, has no "figures" sheet,
            or a row is not a valid figure (with its row and column).
        DanvanError: openpyxl is not installed (the ``excel`` extra).
    """
    openpyxl = optional("excel", "openpyxl")
    shown = os.fspath(path) if isinstance(path, str | os.PathLike) else path
    unreadable = (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile)
    try:
        book = openpyxl.load_workbook(io.BytesIO(Path(path).read_bytes()), read_only=True)
    except unreadable as error:
        raise StructureError([f"cannot read {shown!r} as a workbook: {error} @ $"]) from error
    try:
        if _SHEET not in book.sheetnames:
            raise StructureError([f"no sheet {_SHEET!r} in {shown!r} @ $"])
        rows = book[_SHEET].iter_rows(values_only=True)
        header = [str(c) if c is not None else "" for c in next(rows, ())]
        records = [{h: _text(v) for h, v in zip(header, row, strict=False)} for row in rows]
    finally:
        book.close()
    return figures_from_csv(csv_text(header, records))


def _number(column: str, text: str) -> Any:
    return int(text) if column in _NUMBERS and text.isdigit() else (text or None)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
