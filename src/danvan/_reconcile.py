"""Reconciling reported figures with computed ones, cell by cell.

A report says 130 models; counting the register gives 128. :func:`reconcile` pairs
each reported figure with the computed one of the same cell and says whether they
match, match within the report's qualifier ("trên 1.000"), or do not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from danvan._arguments import items_of
from danvan._figures import Figure, count_of, is_count
from danvan._models import ModelStatus
from danvan._rules import Verdict, compare_counts
from danvan._tables import Table

__all__ = ["Reconciliation", "reconcile"]


@attrs.frozen
class Reconciliation:
    """A reported figure beside the computed one for the same cell.

    Attributes:
        reported: The figure a report gives, ``None`` for a cell only counted.
        computed: The figure counted for the same cell, ``None`` when none was.
        verdict: Match, match within the qualifier, mismatch, or not comparable.
    """

    reported: Figure | None
    computed: Figure | None
    verdict: Verdict

    @property
    def residual(self) -> int | None:
        """Computed minus reported, when both exist."""
        if self.reported is None or self.computed is None:
            return None
        return count_of(self.computed).value - count_of(self.reported).value

    def __str__(self) -> str:
        reported = "—" if self.reported is None else str(self.reported.value)
        computed = "—" if self.computed is None else str(self.computed.value)
        return f"{reported} ↔ {computed}: {self.verdict.label_vi}"


def _cell(figure: Figure) -> tuple[object, ...]:
    dims = figure.dims
    status = None if dims.status in (ModelStatus.RECOGNISED, None) else dims.status
    return (figure.movements, figure.scope, dims.fields, dims.level, dims.holder, dims.kind, status)


def reconcile(
    reported: Table | Iterable[Figure], computed: Table | Iterable[Figure]
) -> list[Reconciliation]:
    """Pair reported and computed figures cell by cell and judge each pair.

    Figures pair when they cover the same movement, scope and breakdown cell. A pair
    of different measures is not comparable; exact equal counts match; a qualified
    count ("trên 1.000") that allows the computed value is within the qualifier.

    Args:
        reported: The figures a report gives.
        computed: The figures counted from the register (:func:`~danvan.count_models`).

    Returns:
        One reconciliation per reported figure, then one per computed figure that no
        reported figure paired with.
    """
    reported = _figures_of(reported, "reported")
    computed = _figures_of(computed, "computed")
    computed_by_cell: dict[tuple[object, ...], Figure] = {}
    for figure in computed:
        computed_by_cell.setdefault(_cell(figure), figure)
    result = []
    used = set()
    for figure in reported:
        key = _cell(figure)
        other = computed_by_cell.get(key)
        if other is None:
            result.append(Reconciliation(figure, None, Verdict.NOT_COMPARABLE))
            continue
        used.add(key)
        if other.measure != figure.measure or not (is_count(figure) and is_count(other)):
            result.append(Reconciliation(figure, other, Verdict.NOT_COMPARABLE))
        else:
            result.append(
                Reconciliation(
                    figure, other, compare_counts(count_of(figure), "=", count_of(other))
                )
            )
    result += [
        Reconciliation(None, figure, Verdict.NOT_COMPARABLE)
        for key, figure in computed_by_cell.items()
        if key not in used
    ]
    return result


def _figures_of(figures: Table | Iterable[Figure], name: str) -> Table | Sequence[Figure]:
    """A table as it is, or the figures given, each checked to be one."""
    return (
        figures
        if isinstance(figures, Table)
        else items_of(figures, Figure, to="reconcile", name=name)
    )
