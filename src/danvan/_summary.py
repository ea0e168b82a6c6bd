"""The summary of a dataset, report by report: what ``danvan summarize`` prints.

For each report: who held it, where and when, for which movement and phase; every
figure with its breakdowns and what :func:`~danvan.check` says of it; field shares;
coverage; awards. Then what the reports say together. Figures of different places and
periods are listed side by side, never added up: they answer different questions.
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

import attrs

from danvan._arguments import given
from danvan._checks import check
from danvan._dataset import Dataset
from danvan._files import write_atomic
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._model_summary import AreaCoverage, ModelRecords, summarize_models
from danvan._report_summary import (
    FigureLine,
    Mark,
    PartsSum,
    ReportSummary,
    count_marks,
    summarize_report,
)
from danvan._rules import Finding
from danvan._summary_excel import xlsx_of
from danvan._summary_render import csv_text_of, dict_of
from danvan._summary_text import text_of

__all__ = [
    "AreaCoverage",
    "FigureLine",
    "Mark",
    "ModelRecords",
    "PartsSum",
    "ReportSummary",
    "Summary",
    "summarize",
]


@attrs.frozen(repr=False)
class Summary(Displayed):
    """A dataset summarised report by report; render with ``to_text``, ``to_dict``, ``to_csv``.

    Attributes:
        dataset: The dataset summarised.
        reports: Each report's summary, in dataset order.
        findings: Every finding of the checks, errors first, each once.
        models: The dataset's model records counted under the default rule; ``None``
            when it has none.

    Examples:
        >>> from danvan import load_example, summarize
        >>> summary = summarize(load_example())
        >>> [r.report.id for r in summary.reports][:2]
        ['seed-000', 'seed-001']
        >>> line = summary.reports[0].lines[0]
        >>> str(line.figure.value), line.mark.symbol
        ('130', '✓')
    """

    dataset: Dataset
    reports: tuple[ReportSummary, ...]
    findings: tuple[Finding, ...]
    models: ModelRecords | None = None

    def __repr__(self) -> str:  # a line for a screen; to_text shows everything
        marks = ", ".join(f"{m.symbol} {n}" for m, n in self.marks().items() if n)
        models = "" if self.models is None else f", {self.models.records} model records"
        findings = _flagged(self.findings)
        noun = "finding" if findings == 1 else "findings"
        return f"Summary({len(self.reports)} reports{models}; {marks}; {findings} {noun})"

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The summary as a notebook shows it: each report's marks and findings.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        first, last = ("báo cáo", "phát hiện") if lang == "vi" else ("report", "findings")
        headers = [first, *(m.symbol for m in Mark), last]
        rows = []
        for r in self.reports:
            marks = count_marks([r])  # once per report
            rows.append(
                (r.report.id, *(n or "" for n in marks.values()), _flagged(r.findings) or "")
            )
        found = _flagged(self.findings)
        if lang == "vi":
            caption = f"Tổng hợp {len(self.reports)} báo cáo; {found} phát hiện"
        else:
            caption = f"Summary of {len(self.reports)} reports; {found} findings"
        return table(caption, headers, rows, lang, max_rows)

    def marks(self) -> dict[Mark, int]:
        """How many figures got each mark.

        Returns:
            Each mark with the number of figures that got it.
        """
        return count_marks(self.reports)

    def to_text(self, lang: Lang = "vi") -> str:
        """The summary as text for a terminal, in ``lang`` (``"vi"`` or ``"en"``).

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The text, one line per fact.

        Raises:
            UnknownTermError: An unknown language.
        """
        return text_of(self, check_lang(lang))

    def to_dict(self, lang: Lang = "vi") -> dict[str, Any]:
        """The summary as JSON-ready data, labels in ``lang``.

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            ``{"reports": […], "across_reports": {…}}``, ready for ``json.dumps``.

        Raises:
            UnknownTermError: An unknown language.
        """
        return dict_of(self, check_lang(lang))

    def to_excel(self, path: str | os.PathLike[str], lang: Lang = "vi") -> None:
        """Write the summary as an Excel workbook, atomically (needs the ``excel`` extra).

        One sheet per report (a row per figure, with its mark and the reasons), one of
        the reports' totals side by side, and one of the findings; headers in ``lang``.

        Args:
            path: The ``.xlsx`` file.
            lang: ``"vi"`` or ``"en"``.

        Raises:
            UnknownTermError: An unknown language.
            DanvanError: openpyxl is not installed, or the file cannot be written.
        """
        write_atomic(path, xlsx_of(self, check_lang(lang)))

    def to_csv(self, lang: Lang = "vi", *, bom: bool = False) -> str:
        """One row per figure, with its mark and the reasons.

        Args:
            lang: ``"vi"`` or ``"en"``.
            bom: Start with a byte-order mark, so that Excel reads the text as UTF-8.

        Returns:
            The CSV text.

        Raises:
            UnknownTermError: An unknown language.
        """
        return csv_text_of(self, check_lang(lang), bom=bom)


def _flagged(findings: tuple[Finding, ...]) -> int:
    """How many findings are errors or warnings: notes are not flagged."""
    return sum(1 for f in findings if f.severity.value != "info")


def summarize(dataset: Dataset) -> Summary:
    """Summarise every report of ``dataset`` with what :func:`check` finds.

    Args:
        dataset: The dataset.

    Returns:
        The summary; render it with ``to_text``, ``to_dict`` or ``to_csv``.

    Examples:
        >>> from danvan import load_example, summarize
        >>> summary = summarize(load_example())
        >>> print(summary.to_text("en").splitlines()[0])
        Summary of 5 reports and 2 model records
    """
    given(dataset, Dataset, to="summarize", name="dataset")
    findings = tuple(dict.fromkeys(check(dataset)))  # each finding once
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        for path in dict.fromkeys(finding.paths):
            by_path[path].append(finding)
    reports = tuple(
        summarize_report(dataset, i, report, by_path) for i, report in enumerate(dataset.reports)
    )
    return Summary(
        dataset=dataset, reports=reports, findings=findings, models=summarize_models(dataset)
    )
