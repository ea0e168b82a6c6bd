"""Strategies for what danvan computes: tables, shares, findings, rules, summaries."""

from __future__ import annotations

from danvan._counting import count_models
from danvan._reconcile import Reconciliation
from danvan._rules import Finding, Verdict
from danvan._shares import Coverage, Share
from danvan._summary import FigureLine, ReportSummary, Summary, summarize
from danvan._tables import Table
from danvan._vocabulary import (
    CountingRule,
)
from danvan.testing._datasets import datasets, figures, rules
from danvan.testing._hypothesis import st
from danvan.testing._values import IDS, PERCENTS, TEXT, counts, member_of


@st.composite
def shares(draw: st.DrawFn) -> Share:
    """A cell's count and its percent of the total."""
    return Share(key=draw(IDS), count=draw(counts(max_value=10**6)), percent=draw(PERCENTS))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """What a check found, with paths and, for numeric rules, a residual."""
    return Finding(
        rule=draw(rules()),
        message=draw(TEXT),
        message_en=draw(TEXT),
        paths=tuple(draw(st.lists(st.sampled_from(["$.reports[0]", "$.models[1]"]), max_size=2))),
        residual=draw(st.none() | st.integers(-(10**6), 10**6)),
    )


@st.composite
def coverages(draw: st.DrawFn) -> Coverage:
    """Units expected under a scope and the ones covered."""
    expected = draw(st.lists(IDS, max_size=6, unique=True))
    covered = [u for u in expected if draw(st.booleans())]
    return Coverage(expected=tuple(expected), covered=tuple(covered), label=draw(TEXT))


@st.composite
def reconciliations(draw: st.DrawFn) -> Reconciliation:
    """A reported figure beside a computed one (either may be missing)."""
    return Reconciliation(
        reported=draw(st.none() | figures()),
        computed=draw(st.none() | figures()),
        verdict=draw(st.sampled_from(Verdict)),
    )


@st.composite
def tables(draw: st.DrawFn) -> Table:
    """Tables of computed figures: a generated dataset's models counted."""
    dataset = draw(datasets(max_models=6))
    return count_models(
        dataset.models,
        hierarchy=dataset.hierarchy,
        by=draw(st.sampled_from([(), ("field",), ("field", "level"), ("unit",)])),
        rule=draw(st.sampled_from(CountingRule)),
    )


@st.composite
def summaries(draw: st.DrawFn) -> Summary:
    """What :func:`~danvan.summarize` makes of a generated dataset."""
    return summarize(draw(datasets(max_models=4)))


@st.composite
def report_summaries(draw: st.DrawFn) -> ReportSummary:
    """One report's summary, from a generated dataset that has reports."""
    return member_of(draw, summaries(), lambda summary: summary.reports)


@st.composite
def figure_lines(draw: st.DrawFn) -> FigureLine:
    """One line of a report summary: a figure with its mark and findings."""
    return member_of(draw, report_summaries(), lambda report: report.lines)
