"""Award batches added up across reports: only those of one programme, form and status.

A batch that several reports list is added once; a count a batch does not give makes
its total unknown, never 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from danvan._awards import Award, AwardStatus
from danvan._counts import Count
from danvan._lang import Lang
from danvan._occasions import AwardForm
from danvan._report_summary import ReportSummary
from danvan._rules import Finding
from danvan._summary_words import w
from danvan._vocabulary import HolderKind, Qualifier

__all__ = ["AwardCounts", "AwardKey", "award_totals", "keys_overlapping"]


@attrs.frozen
class AwardKey:
    """What award batches must share to be added up.

    Programme, form, status, and whether they count occurrences (lượt) or recipients.
    """

    movements: tuple[str, ...]
    form: AwardForm | None
    status: AwardStatus
    occurrences: bool

    @classmethod
    def of(cls, award: Award) -> AwardKey:
        return cls(award.movements, award.form, award.status, award.occurrences)

    def text(self, lang: Lang) -> str:
        """The form as a reader reads it.

        "Bằng khen", "đề nghị Bằng khen", "khen thưởng (hình thức không nêu)".
        """
        form = self.form.label(lang) if self.form is not None else w("no_form", lang)
        if self.status is AwardStatus.PROPOSED:
            form = f"{w('proposed', lang)} {form}"
        return f"{form} ({w('occurrences', lang)})" if self.occurrences else form


@attrs.frozen
class AwardCounts:
    """The recipients of the batches one :class:`AwardKey` adds up, and how many."""

    collectives: Count | None
    individuals: Count | None
    households: Count
    others: Count
    batches: int


def award_totals(reports: Iterable[ReportSummary]) -> dict[AwardKey, AwardCounts]:
    """Collectives, individuals, households and recipients of unstated kind, by key.

    Batches of different programmes, forms or statuses are never added up, nor counts
    of occurrences to counts of recipients. A batch that several reports list (one
    award id) is added once. A count of collectives or individuals a batch does not
    give is never taken for 0: the total is then at least what the other batches give
    ("ít nhất 35"), or unknown (``None``) when no batch gives it. Households and
    recipients of unstated kind are added where batches give them (0 when none does).
    """
    added: dict[AwardKey, list[Award]] = {}
    seen: set[str] = set()
    for report in reports:
        for award in report.awards:
            if award.id not in seen:
                seen.add(award.id)
                added.setdefault(AwardKey.of(award), []).append(award)
    return {
        key: AwardCounts(
            _at_least(a.count(HolderKind.COLLECTIVE) for a in batches),
            _at_least(a.count(HolderKind.INDIVIDUAL) for a in batches),
            _given(a.count(HolderKind.HOUSEHOLD) for a in batches),
            _given(a.count(None) for a in batches),
            len(batches),
        )
        for key, batches in added.items()
    }


def _given(counts: Iterable[Count | None]) -> Count:
    """The sum of the counts batches give, 0 when none does."""
    return sum((c for c in counts if c is not None), Count(0))


def _at_least(counts: Iterable[Count | None]) -> Count | None:
    """The sum of the counts batches give; a lower bound when some batch gives none."""
    given = list(counts)
    stated = [c for c in given if c is not None]
    if not stated:
        return None
    total = sum(stated, Count(0))
    return total if len(stated) == len(given) else Count(total.low, Qualifier.AT_LEAST)


_AN_AWARD = re.compile(r"\$\.awards\[([0-9]+)\]")


def keys_overlapping(findings: Iterable[Finding], awards: tuple[Award, ...]) -> set[AwardKey]:
    """The keys whose totals add batches a finding says one may count the other of.

    ``awards_not_nested``: a five-year report's batch and one of its last year, alike;
    ``awards_listed_once``: one batch, maybe, told by two articles of one conference.
    """
    return {
        AwardKey.of(awards[int(at[1])])
        for finding in findings
        if finding.code in ("awards_not_nested", "awards_listed_once")
        for path in finding.paths
        if (at := _AN_AWARD.fullmatch(path)) is not None and int(at[1]) < len(awards)
    }
