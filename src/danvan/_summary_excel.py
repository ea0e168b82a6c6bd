"""A summary as an Excel workbook: a sheet per report, the reports together, the findings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from danvan._files import Sheet, xlsx_bytes
from danvan._lang import Lang
from danvan._summary_render import (
    FIGURE_LINE_COLUMNS,
    SummaryParts,
    by_measure,
    figure_line_rows,
    message,
    period_text,
    severity,
)
from danvan._summary_words import cell_text, unit_text
from danvan._table_cells import column_label

__all__ = ["xlsx_of"]

# Each column's header, in Vietnamese and English, beside those a table's columns have.
_HEADERS = {
    "report": ("Báo cáo", "Report"),
    "path": ("Vị trí (JSON)", "JSON path"),
    "id": ("Mã", "Id"),
    "part_of": ("Thuộc số liệu", "Part of"),
    "subset_of": ("Nằm trong số liệu", "Among"),
    "restates": ("Nhắc lại số liệu", "Restates"),
    "change": ("Tăng, giảm", "Change"),
    "unit": ("Đơn vị tính", "Unit"),
    "out_of": ("Trên tổng số", "Out of"),
    "scope": ("Địa bàn", "Scope"),
    "period": ("Thời kỳ", "Period"),
    "cell": ("Phân loại", "Cell"),
    "status": ("Nguồn số liệu", "Status"),
    "programmes": ("Phong trào (để trống: của báo cáo)", "Programme (blank: the report's)"),
    "mark": ("Kết quả đối chiếu", "Mark"),
    "reasons": ("Lý do", "Reasons"),
    "severity": ("Mức độ", "Severity"),
    "rule": ("Quy tắc", "Rule"),
    "message": ("Nội dung", "Message"),
    "paths": ("Vị trí (JSON)", "JSON paths"),
}
_SHEETS = {
    "across": ("Các báo cáo", "Across the reports"),
    "findings": ("Phát hiện", "Findings"),
}


def xlsx_of(summary: SummaryParts, lang: Lang) -> bytes:
    """The summary as a workbook: one sheet per report, the reports together, findings."""
    vi = lang == "vi"
    headers = {c: column_label(c, lang) for c in ("measure", "value", "qualifier")}
    headers |= {column: (vi_label if vi else en) for column, (vi_label, en) in _HEADERS.items()}
    rows = list(figure_line_rows(summary, lang))
    sheets: list[Sheet] = [
        (r.report.id, FIGURE_LINE_COLUMNS, [x for x in rows if x["report"] == r.report.id])
        for r in summary.reports
    ]
    across = ("measure", "report", "scope", "cell", "value", "qualifier", "unit", "period")
    sheets.append((_SHEETS["across"][not vi], across, list(_across(summary, lang))))
    findings = [
        {
            "severity": severity(f, lang),
            "rule": f.code,
            "message": message(f, lang),
            "paths": ", ".join(f.paths),
        }
        for f in summary.findings
    ]
    sheets.append((_SHEETS["findings"][not vi], ("severity", "rule", "message", "paths"), findings))
    return xlsx_bytes(sheets, headers)


def _across(summary: SummaryParts, lang: Lang) -> Iterator[dict[str, Any]]:
    """The totals the reports give, by measure: listed, never added up."""
    for code, rows in by_measure(summary).items():
        measure = summary.dataset.measure(code)
        label = measure.label_vi if lang == "vi" else measure.label_en
        for report, figure in rows:
            yield {
                "measure": label,
                "report": report.report.id,
                "scope": figure.scope,
                "cell": cell_text(figure.dims, lang) or None,
                "value": figure.value.value,
                "qualifier": figure.value.qualifier.value,
                "unit": unit_text(summary.dataset, figure, lang),
                "period": period_text(figure.period, lang),
            }
