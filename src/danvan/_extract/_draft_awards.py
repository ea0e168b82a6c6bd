"""The awards of a draft: counts of one form, giver and act side by side, as batches.

"Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể và 11 cá nhân" is one batch with two
counts; a batch with no one giver is left out, saying who gave it when many did.
"""

from __future__ import annotations

import re

from danvan._awards import Award, AwardStatus
from danvan._counts import Count
from danvan._extract._figure_mention import FigureMention
from danvan._sources import Source
from danvan._text import fold_each
from danvan._vocabulary import HolderKind

__all__ = ["add_to_batch", "award_of", "no_giver"]


def add_to_batch(batches: list[list[FigureMention]], mention: FigureMention) -> None:
    """Counts of one form, issuer and act (given or proposed), side by side: one batch."""
    last = batches[-1][-1] if batches else None
    same = last is not None and (last.award_form, last.issuer_words, last.measure) == (
        mention.award_form,
        mention.issuer_words,
        mention.measure,
    )
    if same and mention.holder not in {m.holder for m in batches[-1]}:
        batches[-1].append(mention)
    else:
        batches.append([mention])


def award_of(
    batch: list[FigureMention], award_id: str, *, quoted: Source, movement: str
) -> Award | None:
    """The award a batch says, quoted by ``quoted``; ``None`` with no one giver."""
    first = batch[0]
    if first.issuer_words is None or _proposer(first) is not None:
        return None
    counts: dict[HolderKind | None, Count] = {}
    for mention in batch:
        if isinstance(mention.value, Count):
            holder = mention.holder if mention.holder is not HolderKind.HOUSEHOLD else None
            counts[holder] = mention.value
    return Award(
        id=award_id,
        form=first.award_form,
        issuer_text=first.issuer_words.removeprefix("của ").removeprefix("Của "),  # the giver
        status=AwardStatus.PROPOSED if first.measure == "proposed" else AwardStatus.CONFERRED,
        movements=movement,
        occurrences=any(m.occurrences for m in batch),
        source=quoted,
        collectives=counts.get(HolderKind.COLLECTIVE),
        individuals=counts.get(HolderKind.INDIVIDUAL),
        others=counts.get(None),
    )


def _proposer(mention: FigureMention) -> str | None:
    """The body that proposed an award, when the words read as its giver name it.

    "Ban Chỉ đạo đã đề nghị khen thưởng 28 tập thể": who is to give them is not said.
    """
    words = mention.issuer_words
    if mention.measure != "proposed" or words is None:
        return None
    proposal = _PROPOSED_BY.search(fold_each(words))
    return None if proposal is None else words[: proposal.start()]


_PROPOSED_BY = re.compile(r"\s(?:da\s)?de\s(?:nghi|xuat)$")


def no_giver(mention: FigureMention) -> str:
    """Why a batch of awards is left out for want of one giver."""
    if (proposer := _proposer(mention)) is not None:
        return f"proposed by '{proposer}' to a giver not said: add it by hand"
    many = mention.evidence.get("issuer_words")
    if many is None:
        return "the issuer is not said"
    return f"given by many bodies ('{many[0]}'), not one: add it unless it totals other batches"
