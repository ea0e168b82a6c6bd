"""Awards and units as flat columns, beside figures and models.

An award's counts keep their qualifiers and its named recipients are a list of structs;
a unit keeps its province (from the hierarchy), its dated validity and its codes in
other registries as ``"registry=code"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from danvan._awards import Award
from danvan._counts import Count
from danvan._flat import (
    SOURCE_COLUMNS,
    Column,
    Provinces,
    code_of,
    column,
    columns_of,
    iso,
    no_province,
    provinces,
    source_cells,
)
from danvan._hierarchy import Hierarchy

__all__ = ["AWARD_TABLE", "UNIT_TABLE", "award_columns", "unit_columns"]


def _counted(holder: str) -> tuple[Column, Column]:
    return (
        column(holder, "int", f"how many {holder} (the value of the count)"),
        column(f"{holder}_qualifier", "code", f"how exactly the {holder} are counted"),
    )


#: The columns of the awards table, one row per award batch.
AWARD_TABLE: tuple[Column, ...] = (
    column("id", "text", "the award batch's id"),
    column("form", "code", "Giấy khen, Bằng khen …"),
    column("issuer", "code", "the unit that gives it"),
    column("issuer_text", "text", "the giver as the report writes it"),
    column("province", "code", "the province of the giver, when the hierarchy says"),
    column("on", "text", "the day, ISO; a month or a year when that is all it says"),
    column("decision", "text", "the symbol of the decision that confers it"),
    column("movements", "codes", "the movements it is given in"),
    column("review", "code", "the review it was given at"),
    column("status", "code", "conferred or proposed"),
    column("proposer", "code", "the unit that proposed it"),
    column("recipients", "recipients", "named recipients (see the recipient fields)"),
    *_counted("collectives"),
    *_counted("individuals"),
    *_counted("households"),
    *_counted("others"),
    column("occurrences", "bool", "whether it counts occurrences ('lượt')"),
    column("citation", "text", "what it is given for"),
    *SOURCE_COLUMNS,
)

#: The columns of the units table, one row per unit.
UNIT_TABLE: tuple[Column, ...] = (
    column("id", "text", "the unit's id"),
    column("name", "text", "its name"),
    column("kind", "code", "administrative area, Party committee, mass organisation …"),
    column("level", "code", "central, province, district or commune"),
    column("parent", "code", "the unit above it"),
    column("province", "code", "the province it lies in"),
    column("valid_from", "date", "the first day it existed, when known"),
    column("valid_to", "date", "the last day it existed, when it ended"),
    column("aliases", "texts", "other names"),
    column("codes", "texts", "its codes in other registries, as 'registry=code'"),
    column("division", "text", "its division as the official list writes it"),
    column("reports_to", "code", "the unit it reports to, when not its parent"),
    column("notes", "texts", "notes"),
)


def _count(count: Count | None) -> tuple[int | None, str | None]:
    return (None, None) if count is None else (count.value, count.qualifier.value)


def award_columns(
    awards: Iterable[Award], province: Provinces = no_province
) -> dict[str, list[Any]]:
    """The columns of :data:`AWARD_TABLE`; ``province``, each giver's province."""
    rows = (
        (
            a.id,
            code_of(a.form),
            a.issuer,
            a.issuer_text,
            province(a.issuer) if a.issuer is not None else None,
            iso(a.on),
            str(a.decision) if a.decision is not None else None,
            list(a.movements),
            a.review,
            a.status.value,
            a.proposer,
            [{"holder": r.holder.value, "name": r.name, "unit": r.unit} for r in a.recipients],
            *_count(a.collectives),
            *_count(a.individuals),
            *_count(a.households),
            *_count(a.others),
            a.occurrences,
            a.citation,
            *source_cells(a.source),
        )
        for a in awards
    )
    return columns_of(AWARD_TABLE, rows)


def unit_columns(hierarchy: Hierarchy) -> dict[str, list[Any]]:
    """The columns of :data:`UNIT_TABLE` for every unit of ``hierarchy``."""
    province = provinces(hierarchy)
    rows = (
        (
            u.id,
            u.name,
            u.kind.value,
            u.level.value,
            u.parent,
            province(u.id),
            u.valid_from,
            u.valid_to,
            list(u.aliases),
            [f"{registry}={code}" for registry, code in u.codes.items()],
            u.division,
            u.reports_to,
            list(u.notes),
        )
        for u in hierarchy.units
    )
    return columns_of(UNIT_TABLE, rows)
