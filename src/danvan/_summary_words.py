"""The words of a summary in Vietnamese and English, and the text of its values."""

from __future__ import annotations

from typing import Any

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._dates import Day, format_day
from danvan._figures import Dims, Figure
from danvan._lang import Lang
from danvan._numbers import Amount, Percent
from danvan._occasions import ReviewKind
from danvan._periods import Period
from danvan._programmes import Review
from danvan._rules import Finding

_WORDS = {
    "summary": ("Tổng hợp", "Summary of"),
    "and": (", ", " and "),
    "report": ("báo cáo", "report"),
    "report_heading": ("Báo cáo", "Report"),
    "model_record": ("hồ sơ mô hình", "model record"),
    "figure": ("số liệu", "figure"),
    "naming": ("liên quan", "naming"),
    "model_records": ("Hồ sơ mô hình", "Model records"),
    "rule": ("Cách đếm", "Counted as"),
    "counted": ("Số mô hình", "Models counted"),
    "not_counted": (
        "Chưa đếm (chưa có đăng ký hay công nhận)",
        "Not counted (no registration or recognition)",
    ),
    "by_field": ("Theo lĩnh vực", "By field"),
    "by_level": ("Theo cấp", "By level"),
    "no_by_field": ("chưa xếp lĩnh vực", "no field given"),
    "no_by_level": ("chưa được công nhận", "not yet recognised"),
    "with_model": (  # of the units the dataset lists, which may be only some of them
        "Đơn vị có mô hình (trong số đơn vị dữ liệu liệt kê)",
        "Units with a model (of those the data lists)",
    ),
    "without_model": ("chưa có", "none in"),
    "who": ("Đơn vị", "Held by"),
    "when": ("Thời gian", "When"),
    "published": ("ngày đăng", "published"),
    "figures_of": ("số liệu:", "figures of"),
    "movement": ("Phong trào", "Movement"),
    "phase": ("giai đoạn", "phase"),
    "documents": ("Văn bản", "Documents"),
    "figures": ("Số liệu", "Figures"),
    "no_figures": ("(không có số liệu)", "(no figures)"),
    "shares": ("Tỷ trọng theo lĩnh vực", "Shares by field"),
    "shares_of": ("của", "of"),
    "shares_of_parts": (
        "trên tổng các phần báo cáo nêu theo lĩnh vực, chưa phải trên tổng số",
        "of the parts the report states by field, not of the total",
    ),
    "other_programme": ("phong trào khác", "other programme"),
    "programme": ("phong trào", "programme"),
    "coverage": ("Độ bao phủ", "Coverage"),
    "awards": ("Khen thưởng", "Awards"),
    "notes": ("Ghi chú", "Notes"),
    "across": ("Các báo cáo cùng nhau", "Across the reports"),
    "marks": ("Số liệu đã đối chiếu", "Figures checked"),
    "by_measure": ("Theo chỉ tiêu (không cộng gộp)", "By measure (listed, not added up)"),
    "collectives": ("tập thể", "collectives"),
    "individuals": ("cá nhân", "individuals"),
    "recipients": ("người nhận", "recipients"),
    "households": ("hộ gia đình", "households"),
    "others": ("không rõ tập thể hay cá nhân", "not said whether collective or individual"),
    "no_form": ("khen thưởng (hình thức không nêu)", "award (form not stated)"),
    "proposed": ("đề nghị", "proposed:"),
    "occurrences": ("lượt", "occurrences"),
    "batch": ("đợt", "batch"),
    "may_overlap": (
        "⚠ có thể trùng nhau, xem phần phát hiện",
        "⚠ some may be counted twice, see the findings",
    ),
    "unnamed_issuer": ("chưa gắn với đơn vị nào của dữ liệu", "no body of the dataset"),
    "findings": ("Phát hiện", "Findings"),
    "none": ("không có", "none"),
    "as_of": ("tính đến ngày", "as of"),
    "restates": ("nhắc lại số liệu", "restates"),
    "among": ("nằm trong số liệu", "among"),
}


def w(key: str, lang: Lang) -> str:
    vi, en = _WORDS[key]
    return en if lang == "en" else vi


def severity(finding: Finding, lang: Lang) -> str:
    return finding.severity.value if lang == "en" else finding.severity.label_vi


def message(finding: Finding, lang: Lang) -> str:
    return finding.message_en if lang == "en" else finding.message


def date_text(day: Day | None, lang: Lang) -> str:
    if day is None:
        return "?"
    return format_day(day, lang)


def cell_text(dims: Dims, lang: Lang) -> str:
    """The report's own wording for a cell, with the canonical dimension beside it."""
    canonical = [f.label(lang) for f in dims.fields]
    members = (dims.level, dims.holder, dims.kind, dims.status)
    canonical += [member.label(lang) for member in members if member is not None]
    if dims.category is not None and not dims.label:
        canonical.append(dims.category)
    known = ", ".join(canonical)
    if dims.label and known:
        return f"{dims.label} → {known}"
    return dims.label or known


def review_kind(review: Review, lang: Lang) -> str:
    """Its kinds, and the years it looks back on.

    "đánh giá 2 năm thực hiện", "tổng kết (10 năm), biểu dương, tôn vinh".
    """
    n = review.years
    words = []
    for kind in review.kinds:
        if kind is ReviewKind.EVALUATION and n:
            words.append(
                f"evaluation after {n} year{'s' if n > 1 else ''}"
                if lang == "en"
                else f"đánh giá {n} năm thực hiện"
            )
        else:
            words.append(kind.label(lang))
    if n and ReviewKind.EVALUATION not in review.kinds:
        words[0] += f" ({n} year{'s' if n > 1 else ''})" if lang == "en" else f" ({n} năm)"
    return ", ".join(words)


def period_text(period: Period | None, lang: Lang) -> str:
    if period is None:
        return ""
    if lang == "vi":
        return str(period)
    if period.end is None:
        return (
            f"since {period.start.year}"
            if period.is_whole_years
            else (f"since {period.start.isoformat()}")
        )
    if period.is_whole_years:
        start, end = period.start.year, period.end.year
        return str(start) if start == end else f"{start}-{end}"
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


def count_text(value: Count | Percent | Amount, lang: Lang) -> str:
    return value.format(lang)


def value_fields(value: Count | Percent | Amount) -> dict[str, Any]:
    """A figure's value for the JSON form.

    ``value`` for a count; ``percent`` for a percentage and ``amount`` for an amount with
    a fraction, with ``value`` null, so that neither is ever read as a count.
    """
    if isinstance(value, Percent):
        return {"value": None, "percent": float(value.value)}
    if isinstance(value, Amount):
        return {"value": None, "amount": float(value.value)}
    return {"value": value.value}


def measure_label(dataset: Dataset, figure: Figure, lang: Lang) -> str:
    measure = dataset.measure(figure.measure)
    return measure.label_en if lang == "en" else measure.label_vi


def unit_text(dataset: Dataset, figure: Figure, lang: Lang) -> str:
    """What a figure's value counts, as a reader reads it: "mô hình", "lượt hộ", "ha"."""
    unit = dataset.unit_of_measure(figure.unit_of_measure).label(lang)
    if figure.occurrences:
        return f"{w('occurrences', lang)} {unit}" if lang == "vi" else f"{unit} (occurrences)"
    return unit
