"""Excel workbooks: tables, summaries and figures, as offices open them."""

from pathlib import Path

import openpyxl  # the dev extras install it; users get it with the 'excel' extra
import pytest

from danvan import count_models, load_example, summarize
from danvan.exceptions import DanvanError, StructureError
from danvan.serialization import (
    figures_from_csv,
    figures_from_excel,
    figures_to_csv,
    figures_to_excel,
)
from danvan.synth import dataset


def test_table_headers_in_vietnamese_numbers_as_numbers(tmp_path: Path) -> None:
    ds = dataset(models=40, seed=3)
    table = count_models(ds.models, ds.hierarchy, by=("field",))
    path = tmp_path / "bang.xlsx"
    table.to_excel(path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Phong trào", "Đơn vị", "Lĩnh vực"]
    assert "Số lượng" in header
    assert "Mức độ chính xác" in header
    values = [row[header.index("Số lượng")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(v, int) for v in values)
    assert sum(values) == sum(f.value.value for f in table)
    assert sheet.freeze_panes == "A2"
    table.to_excel(path, lang="en")
    assert openpyxl.load_workbook(path).active["A1"].value == "Movement"


def test_figures_round_trip(tmp_path: Path) -> None:
    """The figures workbook reads back to the very figures the CSV table gives."""
    seeds = load_example()
    path = tmp_path / "so-lieu.xlsx"
    figures_to_excel(seeds, path)
    assert figures_from_excel(path) == figures_from_csv(figures_to_csv(seeds))
    sheet = openpyxl.load_workbook(path)["figures"]
    header = [c.value for c in sheet[1]]
    first = [c.value for c in sheet[2]]
    assert first[header.index("value")] == 130  # a number, not text


def test_summary_workbook(tmp_path: Path) -> None:
    path = tmp_path / "tong-hop.xlsx"
    summarize(load_example()).to_excel(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "Các báo cáo", "Phát hiện",
    ]  # fmt: skip
    report = book["seed-003"]
    header = [c.value for c in report[1]]
    assert header[:3] == ["Báo cáo", "Vị trí (JSON)", "Mã"]
    rows = list(report.iter_rows(min_row=2, values_only=True))
    assert rows[0][header.index("Số lượng")] == 1635
    findings = list(book["Phát hiện"].iter_rows(min_row=2, values_only=True))
    assert findings[0][1] == "recognised_not_above_registered"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    """A cell that starts with "=" is written as text: opening the file runs nothing."""
    from danvan._files import xlsx_bytes

    path = tmp_path / "x.xlsx"
    path.write_bytes(xlsx_bytes([("s", ("a",), [{"a": "=1+1"}])]))
    cell = openpyxl.load_workbook(path).active["A2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_not_a_workbook(tmp_path: Path) -> None:
    text = tmp_path / "bao-cao.txt"
    text.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(StructureError, match="as a workbook"):
        figures_from_excel(text)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from danvan._cli import main

    path = tmp_path / "c.xlsx"
    assert main(["convert", "--to", "xlsx", "-o", str(path)]) == 0
    assert len(figures_from_excel(path)) == 28
    assert main(["summarize", "--format", "xlsx"]) == 2
    assert "--output" in capsys.readouterr().err


def test_without_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without openpyxl, the error names the 'excel' extra and how to install it."""
    import importlib

    real = importlib.import_module

    def without_openpyxl(name: str, *args: object) -> object:
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib, "import_module", without_openpyxl)
    with pytest.raises(DanvanError, match=r"'excel' extra: pip install -e \"\.\[excel\]\""):
        summarize(load_example()).to_excel(tmp_path / "x.xlsx")
