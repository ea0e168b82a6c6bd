"""Awards: formal commendations (khen thưởng) given by a body.

A body issues an award form (Giấy khen, Bằng khen …) to collectives and individuals,
usually at a review conference. Reports seldom name the recipients; they count them
("11 tập thể, 5 cá nhân"), so an award batch holds either named recipients or counts.
Emulation titles (danh hiệu thi đua) are not award forms and are not modelled here.
"""

from __future__ import annotations

import datetime as dt

import attrs

from danvan._counts import Count
from danvan._documents import DocumentSymbol
from danvan._validators import (
    check_date,
    check_id,
    check_optional_id,
    check_text,
    instance_of,
    optional_instance_of,
    to_tuple,
    tuple_of,
)
from danvan._vocabulary import AwardForm, HolderKind
from danvan.exceptions import InvalidEntityError

__all__ = ["Award", "Recipient"]


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


@attrs.frozen(kw_only=True)
class Award:
    """A batch of one award form issued by one body.

    Give either ``recipients`` (named) or ``collectives`` / ``individuals`` (counted);
    the counts of a named batch are computed from its recipients.

    Attributes:
        id: Stable id.
        form: The award form.
        issuer: The issuing unit's id (a People's Committee chairman's certificate is
            issued by that committee).
        on: The day given, ``None`` when unknown.
        decision: The symbol of the award decision, when known.
        movement: The movement the award belongs to.
        review: The review at which it was given.
        recipients: Named recipients.
        collectives: Counted collective recipients.
        individuals: Counted individual recipients.
        citation: What it was for, as reported.

    Examples:
        >>> from danvan import Award, AwardForm, Count
        >>> award = Award(id="a1", form=AwardForm.CERTIFICATE_OF_COMMENDATION,
        ...               issuer="ubnd-tp-son-la", collectives=Count(11), individuals=Count(5))
        >>> award.total
        Count(value=16, qualifier=<Qualifier.EXACT: 'exact'>, low=16, high=16)
    """

    id: str = attrs.field(validator=check_id)
    form: AwardForm = attrs.field(validator=instance_of(AwardForm))
    issuer: str = attrs.field(validator=check_id)
    on: dt.date | None = attrs.field(default=None, validator=check_date)
    decision: DocumentSymbol | None = attrs.field(
        default=None, validator=optional_instance_of(DocumentSymbol)
    )
    movement: str | None = attrs.field(default=None, validator=check_optional_id)
    review: str | None = attrs.field(default=None, validator=check_optional_id)
    recipients: tuple[Recipient, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Recipient)
    )
    collectives: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    individuals: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    citation: str | None = None

    def __attrs_post_init__(self) -> None:
        counted = self.collectives is not None or self.individuals is not None
        if self.recipients and counted:
            raise InvalidEntityError(self.id, "give named recipients or counts, not both")
        if not self.recipients and not counted:
            raise InvalidEntityError(self.id, "an award needs recipients or counts")

    def count(self, holder: HolderKind) -> Count | None:
        """How many recipients of a kind; ``None`` when the report does not say.

        Args:
            holder: Collectives or individuals.

        Returns:
            The count of the named recipients of that kind, or the counted batch's count.
        """
        if self.recipients:
            return Count(sum(1 for r in self.recipients if r.holder is holder))
        return self.collectives if holder is HolderKind.COLLECTIVE else self.individuals

    @property
    def total(self) -> Count | None:
        """All recipients; ``None`` when a count is unknown."""
        parts = [self.count(holder) for holder in HolderKind]
        if any(part is None for part in parts):
            return None
        return sum((p for p in parts if p is not None), Count(0))
