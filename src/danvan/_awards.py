"""Awards: formal commendations (khen thưởng) given by a body.

A body issues an award form (Giấy khen, Bằng khen …) to collectives and individuals,
usually at a review conference. Reports seldom name the recipients; they count them
("11 tập thể, 5 cá nhân"), so an award batch holds either named recipients or counts.
Emulation titles (danh hiệu thi đua) are not award forms and are not modelled here.
"""

from __future__ import annotations

import attrs

from danvan._counts import Count
from danvan._dates import Day, check_day
from danvan._documents import DocumentSymbol
from danvan._occasions import AwardForm
from danvan._sources import Source
from danvan._terms import Term
from danvan._validators import (
    check_free_text,
    check_id,
    check_ids,
    check_optional_id,
    check_optional_text,
    check_text,
    instance_of,
    optional_instance_of,
    to_ids,
    to_tuple,
    tuple_of,
)
from danvan._vocabulary import HolderKind
from danvan.exceptions import InvalidEntityError

__all__ = ["Award", "AwardStatus", "Recipient"]


@attrs.frozen(kw_only=True)
class Recipient:
    """A named collective or individual who received an award.

    Attributes:
        holder: Collective or individual.
        name: The name as reported.
        unit: The unit the recipient belongs to (or is), when known.
    """

    holder: HolderKind = attrs.field(validator=instance_of(HolderKind))
    name: str = attrs.field(validator=check_text)
    unit: str | None = attrs.field(default=None, validator=check_optional_id)


class AwardStatus(Term):
    """Whether an award was conferred or only proposed to the body that confers it."""

    CONFERRED = ("conferred", "đã khen thưởng", "conferred", "tặng", "trao", "khen thưởng")
    PROPOSED = ("proposed", "đề nghị khen thưởng", "proposed", "đề nghị", "đề xuất")


@attrs.frozen(kw_only=True)
class Award:
    """A batch of one award form issued by one body, or proposed to it.

    Give named ``recipients``, or counts (``collectives``, ``individuals``,
    ``households`` and ``others``), or neither when the report mentions a batch without
    a number ("trao Giấy khen cho các tập thể …"): a count the report does not state is
    ``None`` and is never shown or added up as 0. The counts of a named batch are
    computed from its recipients.

    Attributes:
        id: Stable id.
        form: The award form; ``None`` when the report does not say ("biểu dương, khen
            thưởng 936 tập thể").
        issuer: The id of the body that issues it (a People's Committee chairman's
            certificate is issued by that committee); for a proposed award, the body
            asked to issue it. ``None`` when the report does not name one body.
        issuer_text: The report's words for the issuer ("các cấp", "Chủ tịch UBND
            thành phố"), kept as written; required when ``issuer`` is ``None``.
        on: The day given, ``None`` when unknown.
        decision: The symbol of the award decision, when known.
        movements: The movements the award belongs to.
        review: The review at which it was given.
        status: Conferred, or only proposed ("đề nghị UBND tỉnh tặng Bằng khen cho 26
            mô hình").
        proposer: The id of the body that proposed it, for a proposed award.
        recipients: Named recipients.
        collectives: Counted collective recipients.
        individuals: Counted individual recipients.
        households: Counted households ("… cho 8 tập thể, 12 cá nhân và 3 hộ gia
            đình": 3); ``None`` when the report names none.
        others: Counted recipients the report does not say are collectives or
            individuals ("87 tập thể và 41 điển hình": 41).
        occurrences: Whether the counts are award occurrences (lượt: "212 lượt tập thể,
            cá nhân được khen thưởng"), in which one recipient may count more than once.
        citation: What it was for, as reported.
        source: Where it was read, with the sentence quoted.

    Examples:
        >>> from danvan import Award, AwardForm, Count
        >>> award = Award(id="a1", form=AwardForm.CERTIFICATE_OF_COMMENDATION,
        ...               issuer="ubnd-tp-son-la", collectives=Count(11), individuals=Count(5))
        >>> award.total
        Count(value=16, qualifier=<Qualifier.EXACT: 'exact'>, low=16, high=16)
    """

    id: str = attrs.field(validator=check_id)
    form: AwardForm | None = attrs.field(default=None, validator=optional_instance_of(AwardForm))
    issuer: str | None = attrs.field(default=None, validator=check_optional_id)
    issuer_text: str | None = attrs.field(default=None, validator=check_optional_text)
    on: Day | None = attrs.field(default=None, validator=check_day)
    decision: DocumentSymbol | None = attrs.field(
        default=None, validator=optional_instance_of(DocumentSymbol)
    )
    movements: tuple[str, ...] = attrs.field(default=(), converter=to_ids, validator=check_ids)
    review: str | None = attrs.field(default=None, validator=check_optional_id)
    status: AwardStatus = attrs.field(
        default=AwardStatus.CONFERRED, validator=instance_of(AwardStatus)
    )
    proposer: str | None = attrs.field(default=None, validator=check_optional_id)
    recipients: tuple[Recipient, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Recipient)
    )
    collectives: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    individuals: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    households: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    others: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    occurrences: bool = attrs.field(default=False, validator=instance_of(bool))
    citation: str | None = attrs.field(default=None, validator=check_free_text)
    source: Source | None = attrs.field(default=None, validator=optional_instance_of(Source))

    def __attrs_post_init__(self) -> None:
        counts = (self.collectives, self.individuals, self.households, self.others)
        counted = any(c is not None for c in counts)
        if self.recipients and counted:
            raise InvalidEntityError(self.id, "give named recipients or counts, not both")
        if self.issuer is None and self.issuer_text is None:
            raise InvalidEntityError(
                self.id, "an award names its issuer, or keeps the report's words in issuer_text"
            )
        if self.proposer is not None and self.status is not AwardStatus.PROPOSED:
            raise InvalidEntityError(
                self.id, "only a proposed award has a proposer (status=AwardStatus.PROPOSED)"
            )

    @property
    def is_proposed(self) -> bool:
        """Whether the award was only proposed, not conferred."""
        return self.status is AwardStatus.PROPOSED

    def count(self, holder: HolderKind | None) -> Count | None:
        """How many recipients of a kind; ``None`` when the report does not say.

        Args:
            holder: A holder kind, or ``None`` for the recipients the report counts
                without saying of which kind (``others``).

        Returns:
            The count of the named recipients of that kind, or the counted batch's count.
        """
        if self.recipients:
            return Count(sum(1 for r in self.recipients if r.holder is holder))
        if holder is None:
            return self.others
        return {
            HolderKind.COLLECTIVE: self.collectives,
            HolderKind.INDIVIDUAL: self.individuals,
            HolderKind.HOUSEHOLD: self.households,
        }.get(holder)

    @property
    def total(self) -> Count | None:
        """All recipients; ``None`` when the number of collectives or individuals is unknown.

        Households and recipients of unstated kind (``others``) are added when given.
        """
        if self.recipients:
            return Count(len(self.recipients))
        if self.collectives is None or self.individuals is None:
            return None
        given = (c for c in (self.households, self.others) if c is not None)
        return sum(given, self.collectives + self.individuals)
