"""One report as a summary shows it: each figure with what checking says of it.

A figure that a breakdown adds up to, or whose coverage ratio holds, *reconciles*; one a
rule found fault with is an *error* or a *warning*; one nothing can be checked against
is left *unchecked*, never silently passed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from danvan._awards import Award
from danvan._breakdowns import breakdowns, is_complete
from danvan._counts import Count, share_agrees
from danvan._dataset import Dataset
from danvan._dates import Day
from danvan._figures import Figure, count_of, is_count, shared_counts
from danvan._numbers import Percent
from danvan._programmes import Movement, Phase, Review
from danvan._reports import Report
from danvan._rules import Finding, Severity
from danvan._shares import Share, shares
from danvan._tables import Table
from danvan._terms import Term
from danvan._units import Unit

__all__ = ["FigureLine", "Mark", "PartsSum", "ReportSummary", "count_marks", "summarize_report"]


class Mark(Term):
    """What checking says of one figure."""

    RECONCILES = ("reconciles", "khớp", "reconciles")
    PARTIAL = ("partial", "mới nêu một phần", "partial breakdown")
    ERROR = ("error", "lỗi", "error")
    WARNING = ("warning", "cần xem lại", "warning")
    UNCHECKED = ("unchecked", "không có số để đối chiếu", "nothing to check against")

    @property
    def symbol(self) -> str:
        """One character for the mark: ✓, ◐, ✗, ⚠ or ·."""
        return _SYMBOLS[self.value]


_SYMBOLS = {"reconciles": "✓", "partial": "◐", "error": "✗", "warning": "⚠", "unchecked": "·"}


@attrs.frozen
class PartsSum:
    """One breakdown of a total as the summary shows it.

    Attributes:
        parts: The parts' values, in the report's order.
        complete: Whether the parts are the whole of the total: the breakdown covers
            every member of its dimension (or the report declares it complete), or the
            parts add up to the total exactly. A partial breakdown is shown "⊃", never "=".
    """

    parts: tuple[Count, ...]
    complete: bool

    @property
    def total(self) -> Count:
        """The parts added up."""
        return sum(self.parts, Count(0))


@attrs.frozen
class FigureLine:
    """One figure of a report with what checking says of it.

    Attributes:
        figure: The figure.
        path: Its JSON path in the dataset.
        depth: 0 for a figure that stands alone or is a total, 1 for a part.
        mark: Reconciles (a whole breakdown adds up, or a coverage ratio holds),
            partial (only a partial breakdown, whose parts stay below the total), error,
            warning, or nothing to check against.
        findings: The findings that name this figure.
        sums: For a total, each of its breakdowns.
        programmes: The movements of a figure that are not all the report's own
            programmes, so that it is never read with the report's own figures; empty
            for a figure of the report's own. In a report of several programmes none of
            which is its own (see `ReportSummary.own_programmes`), every figure's.
    """

    figure: Figure
    path: str
    depth: int
    mark: Mark
    findings: tuple[Finding, ...] = ()
    sums: tuple[PartsSum, ...] = ()
    programmes: tuple[str, ...] = ()


@attrs.frozen
class ReportSummary:
    """One report as the summary shows it.

    Attributes:
        report: The report.
        path: Its JSON path in the dataset.
        units: The units it is about, the reporting one first.
        area: The administrative area of the reporting unit.
        when: The day of its first review held on a known day; ``None`` when the report
            does not say.
        published_on: The day it was published, when known: not the review's day.
        reviews: The reviews it reports on.
        movements: The movements its figures belong to.
        own_programmes: The ids of the programmes the report is about: those its
            reviews name or, when they name none, the one programme of all its figures.
            Empty when its reviews name none and its figures are of several: then no
            figure is of "another" programme, and each line names its own.
        phase: The phase of its review, when known.
        lines: Its figures, totals followed by their parts.
        shares: Each field's share of its field breakdown.
        shares_of_total: Whether the shares are of the total; when ``False`` they are
            of the parts the report states by field, which fall short of the total.
        shares_of: The total whose breakdown by field gives the shares (registered or
            recognised models …), or ``None`` when there are no shares.
        coverage: Its coverage figures ("8/8 huyện").
        awards: Its award batches.
        findings: What the checks found in it.
    """

    report: Report
    path: str
    units: tuple[Unit, ...]
    area: Unit
    when: Day | None
    published_on: Day | None
    reviews: tuple[Review, ...]
    movements: tuple[Movement, ...]
    own_programmes: tuple[str, ...]
    phase: Phase | None
    lines: tuple[FigureLine, ...]
    shares: tuple[Share, ...]
    shares_of_total: bool
    coverage: tuple[Figure, ...]
    awards: tuple[Award, ...]
    findings: tuple[Finding, ...]
    shares_of: Figure | None = None


def summarize_report(
    dataset: Dataset, r: int, report: Report, by_path: dict[str, list[Finding]]
) -> ReportSummary:
    path = f"$.reports[{r}]"
    reviews = tuple(dataset.review(r) for r in report.reviews)
    when = next((r.held_on for r in reviews if r.held_on is not None), None)
    movement_ids = dict.fromkeys(
        (
            *(m for r in reviews for m in r.movements),
            *(m for f in report.figures for m in f.movements),
        )
    )
    phase_id = next((r.phase for r in reviews if r.phase is not None), None)
    own = dict.fromkeys(m for r in reviews for m in r.movements)
    if not own:  # the one programme of all its figures; none when they are of several
        of_figures = dict.fromkeys(m for f in report.figures for m in f.movements)
        own = of_figures if len(of_figures) == 1 else {}
    lines = tuple(_lines(report, path, by_path, own))
    shared, of_total, shares_of = _field_shares(report)
    found: dict[int, Finding] = {}
    for line in lines:
        for finding in line.findings:
            found[id(finding)] = finding
    return ReportSummary(
        report=report,
        path=path,
        units=tuple(dataset.hierarchy.get(u) for u in report.units),
        area=dataset.hierarchy.area_of(report.units[0]),
        when=when,
        published_on=report.source.published_on,
        reviews=reviews,
        movements=tuple(dataset.movement(m) for m in movement_ids),
        own_programmes=tuple(own),
        phase=dataset.phase(phase_id) if phase_id is not None else None,
        lines=lines,
        shares=tuple(shared),
        shares_of_total=of_total,
        coverage=tuple(f for f in report.figures if f.measure == "coverage" and is_count(f)),
        awards=tuple(dataset.award(a) for a in report.awards),
        findings=tuple(found.values()),
        shares_of=None if shares_of is None else report.figures[shares_of],
    )


def _lines(
    report: Report, path: str, by_path: dict[str, list[Finding]], own: dict[str, None]
) -> Iterator[FigureLine]:
    sums: dict[int, list[PartsSum]] = defaultdict(list)
    parts_of: dict[int, list[list[int]]] = defaultdict(list)
    whole: set[int] = set()
    partial: set[int] = set()
    for total, parts in breakdowns(report):
        figures = [report.figures[j] for j in parts]
        values = tuple(count_of(f) for f in figures)
        complete = is_complete(report.figures[total], figures) or sum(values, Count(0)) == count_of(
            report.figures[total]
        )
        sums[total].append(PartsSum(values, complete=complete))
        parts_of[total].append(parts)
        (whole if complete else partial).update([total, *parts])
    agreeing = _agreeing_shares(report)  # "đạt 92,1%": 198 out of 215 gives it

    def line(i: int, depth: int) -> FigureLine:
        figure = report.figures[i]
        figure_path = f"{path}.figures[{i}]"
        findings = tuple(by_path.get(figure_path, ()))
        severities = {f.severity for f in findings}
        if Severity.ERROR in severities:
            mark = Mark.ERROR
        elif Severity.WARNING in severities:
            mark = Mark.WARNING
        elif i in whole or i in agreeing or figure.out_of is not None:
            mark = Mark.RECONCILES
        elif i in partial:
            mark = Mark.PARTIAL
        else:
            mark = Mark.UNCHECKED
        other = () if own.keys() >= set(figure.movements) else figure.movements
        return FigureLine(figure, figure_path, depth, mark, findings, tuple(sums.get(i, ())), other)

    in_breakdown = whole | partial
    for i, figure in enumerate(report.figures):
        if figure.part_of is not None and i in in_breakdown:
            continue
        yield line(i, 0)
        for parts in parts_of.get(i, []):
            for j in parts:
                yield line(j, 1)


def _agreeing_shares(report: Report) -> set[int]:
    """The percentages that are the shares their counts give: "đạt 92,1%" of 198 out of 215."""
    ids = {f.id: f for f in report.figures if f.id is not None}
    found = set()
    for i, figure in enumerate(report.figures):
        share = figure.value
        if not isinstance(share, Percent) or figure.change is not None:
            continue
        counts = shared_counts(figure, ids)
        if counts is not None and share_agrees(share, *counts):
            found.add(i)
    return found


def _field_shares(report: Report) -> tuple[list[Share], bool, int | None]:
    """Each field's share of the first breakdown by field, whether of the total, the total.

    Fields that add up to the total give shares of the total (three of the four fields,
    when they do, leave nothing for the fourth).
    Otherwise the shares are of the parts stated by field, and the summary must say so:
    read as shares of the total they would overstate every field. A total of one body or
    one level ("Hội Nông dân tỉnh có 158 mô hình, trong đó 96 mô hình kinh tế …") gives
    no shares: the line would state them as the area's.
    """
    found: tuple[list[Share], bool, int | None] = ([], False, None)
    for total, parts in breakdowns(report):
        of = report.figures[total].dims
        if of.category is not None or of.level is not None:
            continue  # a body's or a level's models by field: not the area's shares
        figures = [report.figures[j] for j in parts]
        by_field = [f for f in figures if f.dims.fields]
        if len(by_field) < 2:
            continue
        # fields that add up to the total leave none out, declared complete or not
        of_total = sum((count_of(f) for f in by_field), Count(0)) == count_of(report.figures[total])
        if of_total:
            return shares(Table(by_field), "field"), True, total
        if not found[0]:
            found = (shares(Table(by_field), "field"), False, total)
    return found


def count_marks(reports: Iterable[ReportSummary]) -> dict[Mark, int]:
    """How many figures of the reports got each mark."""
    counts = dict.fromkeys(Mark, 0)
    for report in reports:
        for line in report.lines:
            counts[line.mark] += 1
    return counts
