"""The summary of a dataset, report by report: what ``danvan summarize`` prints.

For each report: who held it, where and when, for which movement and phase; every
figure with its breakdowns and what :func:`~danvan.check` says of it; field shares;
coverage; awards. Then what the reports say together. Figures of different places and
periods are listed side by side, never added up: they answer different questions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import attrs

from danvan._awards import Award
from danvan._breakdowns import breakdowns
from danvan._checks import check
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._directives import Movement, Phase, Review
from danvan._figures import Dims, Figure, Report
from danvan._files import csv_text
from danvan._lang import Lang, check_lang
from danvan._periods import Period
from danvan._rules import Finding, Severity
from danvan._shares import Share, shares
from danvan._tables import Table
from danvan._terms import Term
from danvan._units import Unit
from danvan._vocabulary import Field, ReviewKind

__all__ = ["FigureLine", "Mark", "ReportSummary", "Summary", "summarize"]


class Mark(Term):
    """What checking says of one figure."""

    RECONCILES = ("reconciles", "khớp", "reconciles")
    ERROR = ("error", "lỗi", "error")
    WARNING = ("warning", "cần xem lại", "warning")
    UNCHECKED = ("unchecked", "không có số để đối chiếu", "nothing to check against")

    @property
    def symbol(self) -> str:
        """One character for the mark: ✓, ✗, ⚠ or ·."""
        return {"reconciles": "✓", "error": "✗", "warning": "⚠", "unchecked": "·"}[self.value]


@attrs.frozen
class FigureLine:
    """One figure of a report with what checking says of it.

    Attributes:
        figure: The figure.
        path: Its JSON path in the dataset.
        depth: 0 for a figure that stands alone or is a total, 1 for a part.
        mark: Reconciles, error, warning, or nothing to check against.
        findings: The findings that name this figure.
        sums: For a total, each breakdown as the parts' values in order.
    """

    figure: Figure
    path: str
    depth: int
    mark: Mark
    findings: tuple[Finding, ...] = ()
    sums: tuple[tuple[Count, ...], ...] = ()


@attrs.frozen
class ReportSummary:
    """One report as the summary shows it."""

    report: Report
    path: str
    unit: Unit
    area: Unit
    when: dt.date | None
    review: Review | None
    movements: tuple[Movement, ...]
    phase: Phase | None
    lines: tuple[FigureLine, ...]
    shares: tuple[Share, ...]
    coverage: tuple[Figure, ...]
    awards: tuple[Award, ...]
    findings: tuple[Finding, ...]


@attrs.frozen
class Summary:
    """A dataset summarised report by report; render with ``to_text``, ``to_dict``, ``to_csv``.

    Examples:
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

    def marks(self) -> dict[Mark, int]:
        """How many figures got each mark."""
        counts = dict.fromkeys(Mark, 0)
        for report in self.reports:
            for line in report.lines:
                counts[line.mark] += 1
        return counts

    def to_text(self, lang: Lang = "vi") -> str:
        """The summary as text for a terminal, in ``lang`` (``"vi"`` or ``"en"``)."""
        return "\n".join(_Text(self, check_lang(lang)).lines()) + "\n"

    def to_dict(self, lang: Lang = "vi") -> dict[str, Any]:
        """The summary as JSON-ready data, labels in ``lang``."""
        lang = check_lang(lang)
        return {
            "reports": [_report_dict(self.dataset, r, lang) for r in self.reports],
            "across_reports": _across_dict(self, lang),
        }

    def to_csv(self, lang: Lang = "vi", *, bom: bool = False) -> str:
        """One row per figure, with its mark and the reasons."""
        lang = check_lang(lang)
        columns = [
            "report",
            "path",
            "id",
            "part_of",
            "measure",
            "value",
            "qualifier",
            "out_of",
            "scope",
            "period",
            "cell",
            "mark",
            "reasons",
        ]
        rows = (
            {
                "report": report.report.id,
                "path": line.path,
                "id": f.id or "",
                "part_of": f.part_of or "",
                "measure": f.measure,
                "value": f.value.value,
                "qualifier": f.value.qualifier.value,
                "out_of": "" if f.out_of is None else f.out_of.value,
                "scope": f.scope,
                "period": _period(f.period, lang),
                "cell": _cell_label(f.dims, lang),
                "mark": line.mark.value,
                "reasons": " | ".join(_message(x, lang) for x in line.findings),
            }
            for report in self.reports
            for line in report.lines
            for f in (line.figure,)
        )
        return csv_text(columns, rows, bom=bom)


def summarize(dataset: Dataset) -> Summary:
    """Summarise every report of ``dataset`` with what :func:`check` finds.

    Examples:
        >>> summary = summarize(load_example())
        >>> print(summary.to_text("en").splitlines()[0])
        Summary of 5 reports
    """
    findings = tuple(check(dataset))
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        for path in finding.paths:
            by_path[path].append(finding)
    reports = tuple(
        _summarize_report(dataset, i, report, by_path) for i, report in enumerate(dataset.reports)
    )
    return Summary(dataset=dataset, reports=reports, findings=findings)


def _summarize_report(
    dataset: Dataset, r: int, report: Report, by_path: dict[str, list[Finding]]
) -> ReportSummary:
    path = f"$.reports[{r}]"
    review = dataset.review(report.review) if report.review is not None else None
    when = review.held_on if review is not None else None
    when = when or report.source.published_on
    movement_ids = dict.fromkeys(f.movement for f in report.figures)
    if review is not None and review.movement is not None:
        movement_ids = {review.movement: None, **movement_ids}
    phase_id = review.phase if review is not None else None
    lines = tuple(_lines(report, path, by_path))
    found: dict[int, Finding] = {}
    for line in lines:
        for finding in line.findings:
            found[id(finding)] = finding
    return ReportSummary(
        report=report,
        path=path,
        unit=dataset.hierarchy.get(report.unit),
        area=dataset.hierarchy.area_of(report.unit),
        when=when,
        review=review,
        movements=tuple(dataset.movement(m) for m in movement_ids),
        phase=dataset.phase(phase_id) if phase_id is not None else None,
        lines=lines,
        shares=tuple(_field_shares(report)),
        coverage=tuple(f for f in report.figures if f.measure == "coverage"),
        awards=tuple(dataset.award(a) for a in report.awards),
        findings=tuple(found.values()),
    )


def _lines(report: Report, path: str, by_path: dict[str, list[Finding]]) -> Iterator[FigureLine]:
    parts_of: dict[int, list[list[int]]] = defaultdict(list)
    in_breakdown: set[int] = set()
    for total, parts in breakdowns(report):
        parts_of[total].append(parts)
        in_breakdown.update([total, *parts])

    def line(i: int, depth: int) -> FigureLine:
        figure = report.figures[i]
        figure_path = f"{path}.figures[{i}]"
        findings = tuple(by_path.get(figure_path, ()))
        severities = {f.severity for f in findings}
        if Severity.ERROR in severities:
            mark = Mark.ERROR
        elif Severity.WARNING in severities:
            mark = Mark.WARNING
        elif i in in_breakdown or figure.out_of is not None:
            mark = Mark.RECONCILES
        else:
            mark = Mark.UNCHECKED
        sums = tuple(tuple(report.figures[j].value for j in parts) for parts in parts_of.get(i, []))
        return FigureLine(figure, figure_path, depth, mark, findings, sums)

    for i, figure in enumerate(report.figures):
        if figure.part_of is not None and i in in_breakdown:
            continue
        yield line(i, 0)
        for parts in parts_of.get(i, []):
            for j in parts:
                yield line(j, 1)


def _field_shares(report: Report) -> list[Share]:
    for _, parts in breakdowns(report):
        figures = [report.figures[j] for j in parts]
        if all(f.dims.fields for f in figures) and len(figures) > 1:
            return shares(Table(figures), "field")
    return []


# -- rendering --------------------------------------------------------------------------

_WORDS = {
    "summary": ("Tổng hợp {n} báo cáo", "Summary of {n} reports"),
    "report": ("Báo cáo", "Report"),
    "who": ("Đơn vị", "Held by"),
    "when": ("Thời gian", "When"),
    "movement": ("Phong trào", "Movement"),
    "phase": ("giai đoạn", "phase"),
    "documents": ("Văn bản", "Documents"),
    "figures": ("Số liệu", "Figures"),
    "no_figures": ("(không có số liệu)", "(no figures)"),
    "shares": ("Tỷ trọng theo lĩnh vực", "Shares by field"),
    "coverage": ("Độ bao phủ", "Coverage"),
    "awards": ("Khen thưởng", "Awards"),
    "notes": ("Ghi chú", "Notes"),
    "across": ("Các báo cáo cùng nhau", "Across the reports"),
    "marks": ("Số liệu đã đối chiếu", "Figures checked"),
    "by_measure": ("Theo chỉ tiêu (không cộng gộp)", "By measure (listed, not added up)"),
    "collectives": ("tập thể", "collectives"),
    "individuals": ("cá nhân", "individuals"),
    "recipients": ("người nhận", "recipients"),
    "findings": ("Phát hiện", "Findings"),
    "none": ("không có", "none"),
}


def _w(key: str, lang: Lang) -> str:
    vi, en = _WORDS[key]
    return en if lang == "en" else vi


def _label(term: Term, lang: Lang) -> str:
    return term.label_en if lang == "en" else term.label_vi


def _severity(finding: Finding, lang: Lang) -> str:
    return finding.severity.value if lang == "en" else finding.severity.label_vi


def _message(finding: Finding, lang: Lang) -> str:
    return finding.message_en if lang == "en" else finding.message


def _date(day: dt.date | None, lang: Lang) -> str:
    if day is None:
        return "?"
    return day.isoformat() if lang == "en" else f"{day:%d/%m/%Y}"


def _cell_label(dims: Dims, lang: Lang) -> str:
    """The report's own wording for a cell, with the canonical dimension beside it."""
    canonical = [_label(f, lang) for f in dims.fields]
    members = (dims.level, dims.holder, dims.kind, dims.status)
    canonical += [_label(member, lang) for member in members if member is not None]
    if dims.category is not None and not dims.label:
        canonical.append(dims.category)
    known = ", ".join(canonical)
    if dims.label and known:
        return f"{dims.label} → {known}"
    return dims.label or known


def _review_kind(review: Review, lang: Lang) -> str:
    if review.kind is ReviewKind.EVALUATION and review.years:
        n = review.years
        if lang == "en":
            return f"evaluation after {n} year{'s' if n > 1 else ''}"
        return f"đánh giá {n} năm thực hiện"
    return _label(review.kind, lang)


def _period(period: Period | None, lang: Lang) -> str:
    if period is None:
        return ""
    if lang == "vi":
        return str(period)
    if period.is_whole_years:
        start, end = period.start.year, period.end.year
        return str(start) if start == end else f"{start}-{end}"
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


def _count(value: Count, lang: Lang) -> str:
    return value.format(lang)


def _measure(dataset: Dataset, figure: Figure, lang: Lang) -> str:
    measure = dataset.measure(figure.measure)
    return measure.label_en if lang == "en" else measure.label_vi


class _Text:
    def __init__(self, summary: Summary, lang: Lang) -> None:
        self.s = summary
        self.lang = lang
        self.ds = summary.dataset

    def w(self, key: str) -> str:
        return _w(key, self.lang)

    def lines(self) -> Iterator[str]:
        yield self.w("summary").format(n=len(self.s.reports))
        for report in self.s.reports:
            yield ""
            yield from self.report(report)
        yield ""
        yield from self.across()

    def report(self, r: ReportSummary) -> Iterator[str]:
        lang = self.lang
        yield f"{self.w('report')} {r.report.id}: {r.report.title}"
        where = [r.area.name, *(u.name for u in self.ds.hierarchy.ancestors(r.area.id))]
        yield f"  {self.w('who')}: {r.unit.name} ({', '.join(where)})"
        when = _date(r.when, lang)
        if r.review is not None:
            when += f" — {_review_kind(r.review, lang)}"
        yield f"  {self.w('when')}: {when}"
        if r.movements:
            names = "; ".join(self._movement(m) for m in r.movements)
            phase = (
                f" — {self.w('phase')} {_period(r.phase.period, lang)}"
                if r.phase is not None
                else ""
            )
            yield f"  {self.w('movement')}: {names}{phase}"
        if r.report.directives:
            documents = ", ".join(self._document(d) for d in r.report.directives)
            yield f"  {self.w('documents')}: {documents}"
        yield (
            f"  {self.w('figures')}:"
            if r.lines
            else f"  {self.w('figures')}: {self.w('no_figures')}"
        )
        for line in r.lines:
            yield from self.figure(line)
        if r.shares:
            cells = ", ".join(f"{self._field(s.key)} {self._percent(s)} %" for s in r.shares)
            yield f"  {self.w('shares')}: {cells}"
        for figure in r.coverage:
            out_of = f"/{_count(figure.out_of, lang)}" if figure.out_of is not None else ""
            label = f" ({figure.dims.label})" if figure.dims.label else ""
            yield f"  {self.w('coverage')}: {_count(figure.value, lang)}{out_of}{label}"
        for award in r.awards:
            yield f"  {self.w('awards')}: {self._award(award)}"
        notes = (*(r.review.notes if r.review else ()), *r.report.notes)
        for note in notes:
            yield f"  {self.w('notes')}: {note}"

    def _movement(self, movement: Movement) -> str:
        return movement.name_en or movement.name if self.lang == "en" else movement.name

    def _document(self, doc_id: str) -> str:
        directive = self.ds.directive(doc_id)
        if directive.symbol is not None:
            return str(directive.symbol)
        return f"{_label(directive.doc_type, self.lang)} “{directive.title or directive.id}”"

    def _field(self, key: str) -> str:
        codes = {f.value: f for f in Field}
        return _label(codes[key], self.lang) if key in codes else key

    def _percent(self, share: Share) -> str:
        text = str(share.percent)
        return text if self.lang == "en" else text.replace(".", ",")

    def figure(self, line: FigureLine) -> Iterator[str]:
        lang, f = self.lang, line.figure
        indent = "    " + "    " * line.depth
        value = _count(f.value, lang)
        if f.out_of is not None:
            value += f"/{_count(f.out_of, lang)}"
        if line.depth:
            text = f"{value} {_cell_label(f.dims, lang)}"
        else:
            cell = _cell_label(f.dims, lang)
            period = f", {_period(f.period, lang)}" if f.period is not None else ""
            text = f"{value} {_measure(self.ds, f, lang)}{period}"
            if cell:
                text += f" [{cell}]"
            scope = self.ds.hierarchy.get(f.scope).name if f.scope in self.ds.hierarchy else f.scope
            text += f" — {scope}"
        for parts in line.sums:
            total = sum(parts, Count(0))
            text += f" = {' + '.join(_count(p, lang) for p in parts)}"
            if total != f.value:
                text += f" ({_count(total, lang)})"
        yield f"{indent}{line.mark.symbol} {text}"
        for finding in line.findings:
            if finding.paths[0] == line.path:  # once, on the figure the finding is about
                yield f"{indent}    {_severity(finding, lang)}: {_message(finding, lang)}"

    def _award(self, award: Award) -> str:
        lang = self.lang
        issuer = self.ds.hierarchy.get(award.issuer).name
        who = []
        if award.collectives is not None:
            who.append(f"{_count(award.collectives, lang)} {self.w('collectives')}")
        if award.individuals is not None:
            who.append(f"{_count(award.individuals, lang)} {self.w('individuals')}")
        if award.recipients and not who:
            who.append(f"{len(award.recipients)} {self.w('recipients')}")
        on = f" ({_date(award.on, lang)})" if award.on else ""
        return f"{_label(award.form, lang)} — {issuer}{on}: {', '.join(who)}"

    def across(self) -> Iterator[str]:
        lang = self.lang
        yield f"{self.w('across')}:"
        marks = self.s.marks()
        yield (
            "  "
            + self.w("marks")
            + ": "
            + ", ".join(f"{m.symbol} {n} {_label(m, lang)}" for m, n in marks.items() if n)
        )
        yield f"  {self.w('by_measure')}:"
        for code, rows in _by_measure(self.s).items():
            measure = self.ds.measure(code)
            yield f"    {measure.label_en if lang == 'en' else measure.label_vi}:"
            for r, f in rows:
                period = f", {_period(f.period, lang)}" if f.period is not None else ""
                scope = (
                    self.ds.hierarchy.get(f.scope).name if f.scope in self.ds.hierarchy else f.scope
                )
                yield f"      {_count(f.value, lang)} — {scope}{period} ({r.report.id})"
        totals = _award_totals(self.s)
        if totals:
            yield f"  {self.w('awards')}:"
            for form, (collectives, individuals) in totals.items():
                yield (
                    f"    {_label(form, lang)}: {_count(collectives, lang)} "
                    f"{self.w('collectives')}, {_count(individuals, lang)} {self.w('individuals')}"
                )
        findings = [f for f in self.s.findings if f.severity is not Severity.INFO]
        yield f"  {self.w('findings')}: " + (str(len(findings)) if findings else self.w("none"))
        for finding in findings:
            where = ", ".join(finding.paths)
            yield f"    {_severity(finding, lang)}: {_message(finding, lang)} @ {where}"


def _by_measure(summary: Summary) -> dict[str, list[tuple[ReportSummary, Figure]]]:
    """The totals each report gives, grouped by measure, in report order."""
    rows: dict[str, list[tuple[ReportSummary, Figure]]] = defaultdict(list)
    for report in summary.reports:
        for line in report.lines:
            if line.depth == 0 and line.figure.dims.is_total:
                rows[line.figure.measure].append((report, line.figure))
    return dict(rows)


def _award_totals(summary: Summary) -> dict[Any, tuple[Count, Count]]:
    totals: dict[Any, tuple[Count, Count]] = {}
    for report in summary.reports:
        for award in report.awards:
            c, i = totals.get(award.form, (Count(0), Count(0)))
            totals[award.form] = (
                c + (award.collectives or Count(0)),
                i + (award.individuals or Count(0)),
            )
    return totals


def _figure_dict(dataset: Dataset, line: FigureLine, lang: Lang) -> dict[str, Any]:
    f = line.figure
    return {
        "path": line.path,
        "id": f.id,
        "part_of": f.part_of,
        "measure": f.measure,
        "measure_label": _measure(dataset, f, lang),
        "value": f.value.value,
        "text": _count(f.value, lang),
        "qualifier": f.value.qualifier.value,
        "out_of": None if f.out_of is None else f.out_of.value,
        "scope": f.scope,
        "period": None
        if f.period is None
        else {"start": f.period.start.isoformat(), "end": f.period.end.isoformat()},
        "cell": _cell_label(f.dims, lang) or None,
        "mark": line.mark.value,
        "breakdowns": [[p.value for p in parts] for parts in line.sums],
        "findings": [_finding_dict(x, lang) for x in line.findings],
    }


def _finding_dict(finding: Finding, lang: Lang) -> dict[str, Any]:
    return {
        "rule": finding.code,
        "severity": finding.severity.value,
        "message": _message(finding, lang),
        "paths": list(finding.paths),
        "residual": finding.residual,
    }


def _report_dict(dataset: Dataset, r: ReportSummary, lang: Lang) -> dict[str, Any]:
    return {
        "id": r.report.id,
        "path": r.path,
        "title": r.report.title,
        "unit": {"id": r.unit.id, "name": r.unit.name},
        "area": {"id": r.area.id, "name": r.area.name},
        "when": None if r.when is None else r.when.isoformat(),
        "review": None
        if r.review is None
        else {"id": r.review.id, "kind": r.review.kind.value, "notes": list(r.review.notes)},
        "movements": [m.id for m in r.movements],
        "phase": None if r.phase is None else r.phase.id,
        "documents": list(r.report.directives),
        "figures": [_figure_dict(dataset, line, lang) for line in r.lines],
        "shares": [
            {"field": s.key, "count": s.count.value, "percent": str(s.percent)} for s in r.shares
        ],
        "coverage": [
            {
                "value": f.value.value,
                "out_of": None if f.out_of is None else f.out_of.value,
                "label": f.dims.label,
            }
            for f in r.coverage
        ],
        "awards": [
            {
                "id": a.id,
                "form": a.form.value,
                "issuer": a.issuer,
                "on": None if a.on is None else a.on.isoformat(),
                "collectives": None if a.collectives is None else a.collectives.value,
                "individuals": None if a.individuals is None else a.individuals.value,
            }
            for a in r.awards
        ],
        "notes": list(r.report.notes),
    }


def _across_dict(summary: Summary, lang: Lang) -> dict[str, Any]:
    return {
        "marks": {m.value: n for m, n in summary.marks().items()},
        "by_measure": {
            code: [
                {
                    "report": r.report.id,
                    "scope": f.scope,
                    "value": f.value.value,
                    "text": _count(f.value, lang),
                }
                for r, f in rows
            ]
            for code, rows in _by_measure(summary).items()
        },
        "awards": {
            form.value: {"collectives": c.value, "individuals": i.value}
            for form, (c, i) in _award_totals(summary).items()
        },
        "findings": [_finding_dict(f, lang) for f in summary.findings],
    }
