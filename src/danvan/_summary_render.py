"""A summary rendered: text for a terminal, JSON-ready data, CSV rows; Vietnamese or English.

Figures of different places and periods are listed side by side, never added up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any, Protocol

import attrs

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Figure
from danvan._files import csv_text
from danvan._lang import Lang
from danvan._model_summary import ModelRecords
from danvan._numbers import Percent
from danvan._report_summary import FigureLine, Mark, ReportSummary
from danvan._rules import Finding
from danvan._summary_awards import AwardKey, award_totals, keys_overlapping
from danvan._summary_words import (
    cell_text,
    count_text,
    date_text,
    measure_label,
    message,
    period_text,
    review_kind,
    severity,
    unit_text,
    value_fields,
    w,
)
from danvan._tables import Table
from danvan._vocabulary import HolderKind

__all__ = [
    "SummaryParts",
    "by_measure",
    "cell_text",
    "count_text",
    "csv_text_of",
    "date_text",
    "dict_of",
    "measure_label",
    "message",
    "period_text",
    "review_kind",
    "severity",
    "w",
]


class SummaryParts(Protocol):
    """What rendering reads of a summary."""

    @property
    def dataset(self) -> Dataset:
        """The dataset summarised."""

    @property
    def reports(self) -> tuple[ReportSummary, ...]:
        """Each report's summary."""

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the checks."""

    @property
    def models(self) -> ModelRecords | None:
        """The model records counted, if the dataset has any."""

    def marks(self) -> dict[Mark, int]:
        """How many figures got each mark."""


def dict_of(summary: SummaryParts, lang: Lang) -> dict[str, Any]:
    """The summary as JSON-ready data."""
    return {
        "reports": [_report_dict(summary.dataset, r, lang) for r in summary.reports],
        "models": None if summary.models is None else _models_dict(summary.models, lang),
        "across_reports": _across_dict(summary, lang),
    }


#: The columns of the summary's CSV rows: one per figure.
FIGURE_LINE_COLUMNS = (
    "report",
    "path",
    "id",
    "part_of",
    "subset_of",
    "restates",
    "change",
    "measure",
    "value",
    "qualifier",
    "unit",
    "out_of",
    "scope",
    "period",
    "cell",
    "status",
    "programmes",
    "mark",
    "reasons",
)


def csv_text_of(summary: SummaryParts, lang: Lang, *, bom: bool) -> str:
    """One CSV row per figure, with its mark and the reasons."""
    return csv_text(FIGURE_LINE_COLUMNS, figure_line_rows(summary, lang), bom=bom)


def figure_line_rows(summary: SummaryParts, lang: Lang) -> Iterator[dict[str, Any]]:
    """One row per figure of every report, with its mark and the reasons."""
    for report in summary.reports:
        for line in report.lines:
            f = line.figure
            yield {
                "report": report.report.id,
                "path": line.path,
                "id": f.id or "",
                "part_of": f.part_of or "",
                "subset_of": f.subset_of or "",
                "restates": f.restates or "",  # a count restated, or a share's count
                "change": "" if f.change is None else f.change.value,  # "tăng 18": no count
                "measure": f.measure,
                # A percentage is written "80%", which spreadsheets read as one.
                "value": f"{f.value.value}%" if isinstance(f.value, Percent) else f.value.value,
                "qualifier": f.value.qualifier.value,
                "unit": unit_text(summary.dataset, f, lang),
                "out_of": "" if f.out_of is None else f.out_of.value,
                "scope": f.scope,
                "period": period_text(f.period, lang),
                "cell": cell_text(f.dims, lang),
                "status": f.status.value,
                "programmes": " ".join(line.programmes),
                "mark": line.mark.value,
                "reasons": " | ".join(message(x, lang) for x in line.findings),
            }


def by_measure(summary: SummaryParts) -> dict[str, list[tuple[ReportSummary, Figure]]]:
    """The totals each report gives, grouped by measure, in report order.

    A change ("tăng 124 mô hình") and a subset ("trong đó 125 mô hình …") are no totals
    of their measure: listed beside them, they would read as one. Some of a count of
    another measure are their measure's total ("3.245 mô hình, trong đó 2.156 mô hình được
    công nhận": the recognised). A figure that restates another is listed once, as that
    one. A count of one named cell that is no part of a total (a body's own report: "các
    cấp Hội đăng ký 214 mô hình") is listed with its cell.
    """
    rows: dict[str, list[tuple[ReportSummary, Figure]]] = defaultdict(list)
    for report in summary.reports:
        measures = {line.figure.id: line.figure.measure for line in report.lines}
        for line in report.lines:
            figure = line.figure
            if (
                line.depth == 0
                and attrs.evolve(figure.dims, category=None).is_total
                and figure.change is None
                and (
                    figure.subset_of is None
                    or measures.get(figure.subset_of, figure.measure) != figure.measure
                )
                and figure.restates is None  # listed once, as the figure it restates
            ):
                rows[figure.measure].append((report, figure))
    return dict(rows)


def _figure_dict(dataset: Dataset, line: FigureLine, lang: Lang) -> dict[str, Any]:
    f = line.figure
    return {
        "path": line.path,
        "id": f.id,
        "part_of": f.part_of,
        "subset_of": f.subset_of,
        "restates": f.restates,
        "measure": f.measure,
        "measure_label": measure_label(dataset, f, lang),
        **value_fields(f.value),
        "text": count_text(f.value, lang),
        "qualifier": f.value.qualifier.value,
        "unit_of_measure": str(f.unit_of_measure),
        "unit_text": unit_text(dataset, f, lang),
        "occurrences": f.occurrences,
        "change": None if f.change is None else f.change.value,
        "of": f.of,
        "out_of": None if f.out_of is None else f.out_of.value,
        "scope": f.scope,
        "period": None
        if f.period is None
        else {
            "start": f.period.start.isoformat(),
            "end": None if f.period.end is None else f.period.end.isoformat(),
        },
        "as_of": None if f.as_of is None else f.as_of.isoformat(),
        "cell": cell_text(f.dims, lang) or None,
        "mark": line.mark.value,
        "status": f.status.value,
        "programmes": list(line.programmes),
        "breakdowns": [
            {"parts": [p.value for p in s.parts], "complete": s.complete} for s in line.sums
        ],
        "findings": [_finding_dict(x, lang) for x in line.findings],
    }


def _finding_dict(finding: Finding, lang: Lang) -> dict[str, Any]:
    return {
        "rule": finding.code,
        "severity": finding.severity.value,
        "message": message(finding, lang),
        "paths": list(finding.paths),
        "residual": finding.residual,
    }


def _report_dict(dataset: Dataset, r: ReportSummary, lang: Lang) -> dict[str, Any]:
    return {
        "id": r.report.id,
        "path": r.path,
        "title": r.report.title,
        "units": [{"id": u.id, "name": u.name} for u in r.units],
        "area": {"id": r.area.id, "name": r.area.name},
        "when": None if r.when is None else r.when.isoformat(),
        "published_on": None if r.published_on is None else r.published_on.isoformat(),
        "reviews": [
            {
                "id": review.id,
                "kinds": [kind.value for kind in review.kinds],
                "years": review.years,
                "notes": list(review.notes),
            }
            for review in r.reviews
        ],
        "movements": [m.id for m in r.movements],
        "own_programmes": list(r.own_programmes),
        "phase": None if r.phase is None else r.phase.id,
        "documents": list(r.report.directives),
        "figures": [_figure_dict(dataset, line, lang) for line in r.lines],
        "shares": [
            {"field": s.key, "count": s.count.value, "percent": str(s.percent)} for s in r.shares
        ],
        "shares_of_total": r.shares_of_total,
        "shares_of": None if r.shares_of is None else r.shares_of.id,
        "coverage": [
            {
                **value_fields(f.value),
                "out_of": None if f.out_of is None else f.out_of.value,
                "label": f.dims.label,
                "level": None if f.dims.level is None else f.dims.level.value,
                "category": f.dims.category,
            }
            for f in r.coverage
        ],
        "awards": [
            {
                "id": a.id,
                "form": None if a.form is None else a.form.value,
                "form_text": AwardKey.of(a).text(lang),
                "status": a.status.value,
                "occurrences": a.occurrences,
                "issuer": a.issuer,
                "issuer_text": a.issuer_text,
                "proposer": a.proposer,
                "on": None if a.on is None else a.on.isoformat(),
                **{
                    name: None if (count := a.count(holder)) is None else count.value
                    for name, holder in _RECIPIENTS
                },
            }
            for a in r.awards
        ],
        "notes": list(r.report.notes),
    }


def _across_dict(summary: SummaryParts, lang: Lang) -> dict[str, Any]:
    overlapping = keys_overlapping(summary.findings, summary.dataset.awards)
    return {
        "marks": {m.value: n for m, n in summary.marks().items()},
        "by_measure": {
            code: [
                {
                    "report": r.report.id,
                    "scope": f.scope,
                    **value_fields(f.value),
                    "out_of": None if f.out_of is None else f.out_of.value,
                    "unit_of_measure": str(f.unit_of_measure),
                    "occurrences": f.occurrences,
                    "text": count_text(f.value, lang),
                    "cell": cell_text(f.dims, lang) or None,
                }
                for r, f in rows
            ]
            for code, rows in by_measure(summary).items()
        },
        "awards": [
            {
                "movements": list(key.movements),
                "form": None if key.form is None else key.form.value,
                "form_text": key.text(lang),
                "status": key.status.value,
                "occurrences": key.occurrences,
                "batches": t.batches,
                "may_overlap": key in overlapping,
                **_recipient_fields("collectives", t.collectives),
                **_recipient_fields("individuals", t.individuals),
                **_recipient_fields("households", t.households),
                **_recipient_fields("others", t.others),
            }
            for key, t in award_totals(summary.reports).items()
        ],
        "findings": [_finding_dict(f, lang) for f in summary.findings],
    }


# The recipients of an award by the kind its counts name (``None``: not said).
_RECIPIENTS = (
    ("collectives", HolderKind.COLLECTIVE),
    ("individuals", HolderKind.INDIVIDUAL),
    ("households", HolderKind.HOUSEHOLD),
    ("others", None),
)


def _recipient_fields(name: str, count: Count | None) -> dict[str, Any]:
    """A total of recipients with its qualifier, so that "over 20" is never read as 20.

    Null when a batch does not give the count.
    """
    if count is None:
        return {name: None, f"{name}_qualifier": None}
    return {name: count.value, f"{name}_qualifier": count.qualifier.value}


def _models_dict(m: ModelRecords, lang: Lang) -> dict[str, Any]:
    def cells(table: Table) -> list[dict[str, Any]]:
        return [
            {
                "movements": list(f.movements),
                "field": f.dims.fields[0].value if f.dims.fields else None,
                "level": None if f.dims.level is None else f.dims.level.value,
                "status": None if f.dims.status is None else f.dims.status.value,
                "label": cell_text(f.dims, lang) or None,
                "value": f.value.value,
            }
            for f in table
        ]

    return {
        "records": m.records,
        "counted": m.counted,
        "rule": m.rule.value,
        "rule_text": m.rule.label(lang),
        "total": cells(m.total),
        "by_field": cells(m.by_field),
        "by_level": cells(m.by_level),
        "coverage": [
            {
                "area": a.area.id,
                "label": a.coverage.label,
                "expected": list(a.coverage.expected),
                "covered": list(a.coverage.covered),
                "missing": list(a.coverage.missing),
            }
            for a in m.coverage
        ],
    }
