"""Exemplars counted by who they are: people and households in a breakdown of exemplars.

"860 điển hình cá nhân được công nhận, gồm: 305 cán bộ, công chức; 248 đảng viên, …",
"356 điển hình, gồm 128 tập thể, 196 cá nhân và 32 hộ gia đình".
"""

from __future__ import annotations

import attrs

from danvan._extract._figure_mention import FigureMention
from danvan._extract._noun_words import PEOPLE_NOUNS
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = ["exemplars_who_are", "households_among_exemplars", "names_people"]


def exemplars_who_are(part: FigureMention, total: FigureMention) -> FigureMention:
    """People counted in a breakdown of exemplars, as exemplars of who they are.

    "860 điển hình cá nhân được công nhận, gồm: 305 cán bộ, công chức; 248 đảng viên, …":
    the 305 are exemplars, their kind of person their cell.
    """
    households = households_among_exemplars(part, total)  # "…, 196 cá nhân và 32 hộ gia đình"
    if not households and (
        part.unit_of_measure is not UnitOfMeasure.PEOPLE
        or total.unit_of_measure is not UnitOfMeasure.EXEMPLARS
        or part.occurrences
        or not names_people(part.noun)
    ):
        return part
    evidence = {**part.evidence}
    if "noun" in total.evidence:
        evidence["unit_of_measure"] = total.evidence["noun"]
    return attrs.evolve(part, unit_of_measure=UnitOfMeasure.EXEMPLARS, evidence=evidence)


def households_among_exemplars(part: FigureMention, total: FigureMention) -> bool:
    """Whether a count of families breaks down a count of exemplars by who holds them.

    "356 điển hình, gồm 128 tập thể, 196 cá nhân và 32 hộ gia đình": 32 household
    exemplars; not households that did something ("… 1.200 hộ gia đình tham gia").
    """
    return (
        part.unit_of_measure is UnitOfMeasure.HOUSEHOLDS
        and total.unit_of_measure is UnitOfMeasure.EXEMPLARS
        and fold(part.noun or "") == "ho gia dinh"
        and part.measure is None
        and not part.occurrences
    )


def names_people(noun: str | None) -> bool:
    """Whether a count's noun names people by their standing: "cán bộ", "người"."""
    return noun is not None and fold(noun) in PEOPLE_NOUNS
