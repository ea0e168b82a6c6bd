"""Award batches of a report over a longer time that may count those of a shorter one.

A province's five-year report says "UBND tỉnh tặng Bằng khen cho 156 tập thể" for all its
years; its report of the last year says "UBND tỉnh tặng Bằng khen cho 20 tập thể". Both
batches are listed, under two ids, and the award totals add the 20 twice. A batch of no
day of its own stands for its report's time: the reviews' periods, else its figures'.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from danvan._awards import Award
from danvan._breakdowns import reports_of
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._periods import Period
from danvan._reports import Report
from danvan._rules import Finding, Rule
from danvan._vocabulary import HolderKind

__all__ = ["alike_batches", "awards_nested"]


def awards_nested(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Batches alike of one area whose time lies within another's, of another report.

    Alike: form, giver, status, programme, and counts of occurrences or of recipients; the
    longer batch gives at least as many of each kind both give. A batch of a day of its own
    is one event: two such are never nested (``awards_listed_once`` reads them).
    """
    spans = {report.id: _span(report, dataset) for _, report, _ in reports_of(dataset)}
    awards = {award.id: (i, award) for i, award in enumerate(dataset.awards)}
    told: dict[tuple[object, ...], list[tuple[Award, Report]]] = defaultdict(list)
    for _, report, _ in reports_of(dataset):  # each batch with each report of an area
        for award_id in report.awards:
            if award_id in awards:
                award = awards[award_id][1]
                for unit in report.units:
                    told[(*alike_batches(award), unit)].append((award, report))
    found: dict[tuple[str, str], Finding] = {}
    for group in told.values():
        for (a, outer), (b, inner) in itertools.permutations(group, 2):
            if (a.id, b.id) not in found and _within(a, outer, b, inner, spans):
                found[a.id, b.id] = rule.finding(
                    f"{a.id} gồm {b.id}?",
                    f"{a.id} counting {b.id}?",
                    [f"$.awards[{awards[a.id][0]}]", f"$.awards[{awards[b.id][0]}]"],
                )
    return list(found.values())


def alike_batches(award: Award) -> tuple[object, ...]:
    """What batches of one kind share: form, giver, status, programme, what they count.

    The giver's words are read as alike but for case and spacing.
    """
    giver = " ".join(award.issuer_text.casefold().split()) if award.issuer_text else None
    return (award.form, award.issuer, giver, award.status, award.movements, award.occurrences)


def _span(report: Report, dataset: Dataset) -> Period | None:
    """The time a report tells of: its reviews' periods, else its figures', joined."""
    periods = [dataset.review(r).period for r in report.reviews]
    if not any(periods):
        periods = [f.period for f in report.figures]
    closed = [p for p in periods if p is not None and p.end is not None]
    if not closed:
        return None
    return Period(min(p.start for p in closed), max(p.end for p in closed if p.end))


def _within(
    longer: Award,
    outer: Report,
    shorter: Award,
    inner: Report,
    spans: dict[str, Period | None],
) -> bool:
    """Whether ``shorter``, as ``inner`` tells it, may be in ``longer`` of ``outer``'s time.

    Not when one report lists both (it tells them apart), nor when ``longer`` is one
    event on its own day, nor when both give as many of each kind; the counts of
    ``longer`` hold those of ``shorter``.
    """
    if longer.on is not None or outer.id == inner.id or shorter.id in outer.awards:
        return False
    if all(longer.count(h) == shorter.count(h) for h in _HOLDERS):
        return False  # one batch told twice, maybe: ``awards_listed_once`` reads it
    if longer.id in inner.awards or (span := spans[outer.id]) is None:
        return False
    if shorter.on is not None:
        nested = span.contains(shorter.on) and not _one_day(span)
    else:
        time = spans[inner.id]
        nested = time is not None and span.contains(time) and span != time
    return nested and _counts_within(longer, shorter)


def _one_day(span: Period) -> bool:
    return span.end == span.start


def _counts_within(longer: Award, shorter: Award) -> bool:
    """Whether ``longer`` gives at least as many of each kind both give, and one such kind."""
    both = 0
    for holder in _HOLDERS:
        outer, inner = longer.count(holder), shorter.count(holder)
        if outer is None or inner is None:
            continue
        if not _at_least(outer, inner):
            return False
        both += 1
    return both > 0


_HOLDERS = (HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL, HolderKind.HOUSEHOLD, None)


def _at_least(outer: Count, inner: Count) -> bool:
    return outer.high is None or outer.high >= inner.low
