"""Award batches added up across reports: only those of one programme, form and status.

A batch that several reports list is added once; a count a batch does not give makes
its total unknown, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from danvan._awards import Award, AwardStatus
from danvan._counts import Count
from danvan._lang import Lang
from danvan._occasions import AwardForm
from danvan._report_summary import ReportSummary
from danvan._summary_words import w
from danvan._vocabulary import HolderKind

__all__ = ["AwardCounts", "AwardKey", "award_totals"]


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
    others: Count | None
    batches: int


def award_totals(reports: Iterable[ReportSummary]) -> dict[AwardKey, AwardCounts]:
    """Collectives, individuals and recipients of unstated kind, by :class:`AwardKey`.

    Batches of different programmes, forms or statuses are never added up, nor counts
    of occurrences to counts of recipients. A batch that several reports list (one
    award id) is added once. A count of collectives or individuals one batch does not
    give makes its total unknown (``None``): it is never taken for 0. Recipients of
    unstated kind are added where batches give them.
    """
    totals: dict[AwardKey, AwardCounts] = {}
    seen: set[str] = set()
    for report in reports:
        for award in report.awards:
            if award.id in seen:
                continue
            seen.add(award.id)
            key = AwardKey.of(award)
            t = totals.get(key, AwardCounts(Count(0), Count(0), Count(0), 0))
            others = award.count(None)
            totals[key] = AwardCounts(
                _add(t.collectives, award.count(HolderKind.COLLECTIVE)),
                _add(t.individuals, award.count(HolderKind.INDIVIDUAL)),
                _add(t.others, Count(0) if others is None else others),
                t.batches + 1,
            )
    return totals


def _add(total: Count | None, more: Count | None) -> Count | None:
    return None if total is None or more is None else total + more
