"""The awards of a draft: counts of one form, giver and act side by side, as batches.

"Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể và 11 cá nhân" is one batch with two
counts; a batch with no one giver is left out, saying who gave it when many did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from danvan._awards import Award, AwardStatus
from danvan._counts import Count
from danvan._dates import Day, PartialDate
from danvan._extract._cells import exact
from danvan._extract._draft_quotes import quoted
from danvan._extract._figure_mention import FigureMention
from danvan._measures import UnitOfMeasure
from danvan._occasions import AwardForm
from danvan._periods import Period
from danvan._sources import Source
from danvan._text import fold_each
from danvan._vocabulary import HolderKind

__all__ = [
    "add_to_batch",
    "award_asked",
    "award_of",
    "awards_of_batches",
    "batches_totalled",
    "by_holder",
    "no_giver",
]


def add_to_batch(batches: list[list[FigureMention]], mention: FigureMention) -> None:
    """Counts of one form, issuer and act (given or proposed), side by side: one batch."""
    last = batches[-1][-1] if batches else None
    same = last is not None and (last.award_form, last.issuer_words, last.measure) == (
        mention.award_form,
        mention.issuer_words,
        mention.measure,
    )
    if same and _recipients(mention) not in {_recipients(m) for m in batches[-1]}:
        batches[-1].append(mention)
    else:
        batches.append([mention])


def by_holder(mentions: Sequence[FigureMention]) -> dict[int, list[int]]:
    """The collectives and individuals each count of an award's recipients holds, by index.

    "tặng Giấy khen cho 18 mô hình, điển hình tiêu biểu (12 tập thể, 6 cá nhân)": the
    batch gives 12 collectives and 6 individuals; only parts that add up to their count.
    """
    parts: dict[int, list[int]] = {}
    for k, part in enumerate(mentions):
        total = part.part_of
        if total is not None and part.holder in _ASKED_FOR and isinstance(part.value, Count):
            parts.setdefault(total, []).append(k)
    return {
        i: held
        for i, held in parts.items()
        if mentions[i].awarded
        and mentions[i].holder is None
        and isinstance(whole := mentions[i].value, Count)
        and whole.is_exact
        and len({mentions[k].holder for k in held}) == len(held) > 1
        and _sum_of(mentions[k] for k in held) == whole.value
    }


def batches_totalled(
    batches: Sequence[Sequence[FigureMention]], mentions: Sequence[FigureMention]
) -> set[int]:
    """The indices of the batches that total batches of one form each drawn from them.

    "… khen thưởng 24 tập thể, 36 cá nhân; trong đó tặng Bằng khen cho 10 tập thể, 16 cá
    nhân, tặng Giấy khen cho 14 tập thể, 20 cá nhân": the first batch adds up the others,
    which say more; a summary counts the recipients once.
    """
    at = {m.span: i for i, m in enumerate(mentions)}
    drawn: dict[int, list[FigureMention]] = {}  # the counts drawn from a count, by its index
    for mention in (m for batch in batches for m in batch if m.award_form is not None):
        total = mention.subset_of if mention.subset_of is not None else mention.part_of
        if total is not None:
            drawn.setdefault(total, []).append(mention)
    return {
        k
        for k, batch in enumerate(batches)
        if all(
            (value := exact(m)) is not None and _sum_of(drawn.get(at[m.span], ())) == value
            for m in batch
        )
    }


def _sum_of(counts: Iterable[FigureMention]) -> int | None:
    """The sum of counts' exact values; ``None`` for none, or when one allows more than one."""
    values = [exact(m) for m in counts]
    return None if not values or None in values else sum(v for v in values if v is not None)


def award_of(
    batch: list[FigureMention],
    award_id: str,
    *,
    quoted: Source,
    movement: str,
    held: Mapping[tuple[int, int], Sequence[FigureMention]] = MappingProxyType({}),
) -> Award | None:
    """The award a batch says, quoted by ``quoted``; ``None`` with no one giver.

    A form of the State's the text names no giver of ("3 tập thể được tặng Huân chương Lao
    động hạng Ba") has the one the law names (see :func:`given_by`).

    ``held`` gives, by a count's span, the counts of collectives and individuals it
    holds (see :func:`by_holder`), which the award counts instead.
    """
    first = batch[0]
    giver, by_law = given_by(first)
    if giver is None:
        return None
    counts: dict[HolderKind | None, Count] = {}
    for mention in (m for recipients in batch for m in held.get(recipients.span, [recipients])):
        if isinstance(mention.value, Count):
            counts[_recipients(mention)] = mention.value
    return Award(
        id=award_id,
        form=first.award_form,
        issuer_text=giver.removeprefix("của ").removeprefix("Của "),  # the giver
        status=(
            AwardStatus.PROPOSED
            if first.measure == "proposed" or (by_law and _proposer(first) is not None)
            else AwardStatus.CONFERRED
        ),
        on=_day_of(first.period),
        movements=movement,
        occurrences=any(m.occurrences for m in batch),
        source=quoted,
        collectives=counts.get(HolderKind.COLLECTIVE),
        individuals=counts.get(HolderKind.INDIVIDUAL),
        households=counts.get(HolderKind.HOUSEHOLD),
        others=counts.get(None),
    )


def given_by(first: FigureMention) -> tuple[str | None, bool]:
    """Who gives a batch's award, as the text says or the law names; and if the law.

    "Chủ tịch UBND tỉnh tặng …": the text's; "3 tập thể được tặng Huân chương …", "… đề
    nghị tặng Huân chương … cho 2 tập thể": the State President, whom the law names,
    proposed to or not. ``None`` for another form proposed to a giver not said.
    """
    law, proposer = _BY_LAW.get(first.award_form), _proposer(first)
    if proposer is not None:
        return law, law is not None
    if first.issuer_words is not None:
        return first.issuer_words, False
    return law, law is not None


def _day_of(period: Period | None) -> Day | None:
    """The day the text gives a batch, or its month or year: "Ngày 12/11/2025, …", "Năm 2023, …".

    ``None`` for a longer period, which no day holds.
    """
    if period is None or period.end is None:
        return None
    start, end = period.start, period.end
    if start == end:
        return start
    if start.day == 1 and end == PartialDate(start.year, start.month).last:
        return PartialDate(start.year, start.month)
    whole_year = Period.year(start.year)
    return PartialDate(start.year) if (start, end) == (whole_year.start, whole_year.end) else None


def _recipients(mention: FigureMention) -> HolderKind | None:
    """Who a count of an award's recipients counts: persons ("5 đồng chí") are individuals.

    Units are collectives ("6 chi bộ", "3 xã"); ``None`` for what the noun does not say.
    """
    if mention.holder is None and mention.unit_of_measure is UnitOfMeasure.PEOPLE:
        return HolderKind.INDIVIDUAL  # "đồng chí", "cán bộ", "hội viên", "người"
    if mention.holder is None and mention.unit_of_measure is UnitOfMeasure.UNITS:
        return HolderKind.COLLECTIVE  # "chi bộ", "đơn vị", "xã"
    return mention.holder


def _proposer(mention: FigureMention) -> str | None:
    """The body that proposed an award, when the words read as its giver name it.

    "Ban Chỉ đạo đã đề nghị khen thưởng 28 tập thể", "Ban Dân vận đã tham mưu khen
    thưởng 15 tập thể": who is to give them is not said.
    """
    words = mention.issuer_words
    if words is None:
        return None
    proposal = _PROPOSED_BY.search(fold_each(words))
    return None if proposal is None else words[: proposal.start()]


_PROPOSED_BY = re.compile(r"(?:^|\s)(?:da\s)?(?:de\s(?:nghi|xuat)|tham\smuu)$")
# An award asked for after a proposal: "(được) đề nghị khen thưởng", "đề nghị tặng".
_AN_AWARD_ASKED = re.compile(r"\s?(?:khen|tang)\b")
_ASKED_FOR = frozenset((HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL))


def no_giver(mention: FigureMention) -> str:
    """Why a batch of awards is left out for want of one giver."""
    if (proposer := _proposer(mention)) == "":  # "Đề nghị tặng Giấy khen cho 20 cá nhân"
        return "proposed for an award to a giver not said: add it by hand"
    if proposer is not None:
        return f"proposed by '{proposer}' to a giver not said: add it by hand"
    many = mention.evidence.get("issuer_words")
    if many is None:
        return "the issuer is not said"
    return f"given by many bodies ('{many[0]}'), not one: add it unless it totals other batches"


def award_asked(mention: FigureMention, text: str) -> str | None:
    """Why holders proposed for an award no form nor giver names are left out.

    "48 tập thể, 35 cá nhân được đề nghị khen thưởng": a proposal of awards, not models
    proposed for recognition (``proposed``), and no batch without its giver.
    """
    said = mention.evidence.get("measure")
    if mention.measure != "proposed" or mention.awarded or mention.holder not in _ASKED_FOR:
        return None
    end = said[1][1] if said is not None else 0
    if said is None or _AN_AWARD_ASKED.match(fold_each(text[end : end + 10])) is None:
        return None
    return "proposed for an award to a giver not said: add it by hand"


# The giver the law names for a form of the State's, when a report says none: "3 tập thể
# được tặng Huân chương Lao động hạng Ba" (Law on Emulation and Commendation: the State
# President confers orders, State honorary titles and the State's prizes).
_BY_LAW: dict[AwardForm | None, str] = dict.fromkeys(
    (
        AwardForm.ORDER,
        AwardForm.STATE_HONORARY_TITLE,
        AwardForm.HO_CHI_MINH_PRIZE,
        AwardForm.STATE_PRIZE,
    ),
    "Chủ tịch nước",
)
_GIVER_BY_LAW = "the issuer is not said; the law names the giver of {}: '{}'"
_PROPOSED_BY_LAW = "proposed by '{}'; the law names the giver of {}: '{}'"


def _by_law(first: FigureMention, award: Award) -> str:
    """The note on a batch given the giver the law names, and on who proposed it."""
    form = award.form.label("vi") if award.form is not None else ""
    proposer = _proposer(first)
    if proposer:  # "Ban Thi đua - Khen thưởng tỉnh đề nghị tặng Huân chương …": its words
        return _PROPOSED_BY_LAW.format(proposer, form, award.issuer_text)
    return _GIVER_BY_LAW.format(form, award.issuer_text)


_TOTALLED = (
    "the total of the batches of one form each drawn from it, drafted as awards or noted apart"
)


def awards_of_batches(
    batches: list[list[FigureMention]],
    held: Mapping[tuple[int, int], Sequence[FigureMention]],
    left_out: list[str],
    *,
    id: str,  # noqa: A002 - the report's id, as draft_report names it
    read: str,
    source: Source,
    movement: str,
    of: list[FigureMention],
) -> tuple[list[Award], list[str]]:
    """The award of each batch of the mentions ``of``, save those left out, saying why.

    A batch with no one giver is left out, and one that totals batches of one form each
    drawn from it ("khen thưởng 24 tập thể, …; trong đó tặng Bằng khen cho 10 tập thể"):
    each is added to ``left_out``. A form of the State's whose giver the text does not
    say has the one the law names, in a note returned with the awards.
    """
    inferred: list[str] = []
    awards: list[Award] = []
    totals = batches_totalled(batches, of)
    for k, batch in enumerate(batches):
        a, b = batch[0].span[0], batch[-1].span[1]
        words = read[a:b]  # each count of the batch named: "356 tập thể, 512 cá nhân"
        if k in totals:
            left_out.append(f"'{words}' @ {a}: {_TOTALLED}")
            continue
        said = quoted(read, (a, b), source)
        award = award_of(batch, f"{id}/a{len(awards)}", quoted=said, movement=movement, held=held)
        if award is None:
            left_out.append(f"'{words}' @ {a}: {no_giver(batch[0])}")
            continue
        if given_by(batch[0])[1] and award.form is not None:
            inferred.append(f"'{words}' @ {a}: {_by_law(batch[0], award)}")
        awards.append(award)
    return awards, inferred
