"""A dataset's model records as the summary shows them: counted, by field and level.

A dataset may hold model records and no report at all (a district's register of its
models, or a generated one). Its summary counts them under the default rule, each
model once at the highest level it reached, by field and by level, and says which
units of each tier have a model and which have none.
"""

from __future__ import annotations

import attrs

from danvan._counting import count_models
from danvan._dataset import Dataset
from danvan._figures import count_of
from danvan._shares import Coverage, coverage
from danvan._tables import Table
from danvan._units import Unit
from danvan._vocabulary import CountingRule

__all__ = ["AreaCoverage", "ModelRecords", "summarize_models"]

RULE = CountingRule.DISTINCT_HIGHEST


@attrs.frozen
class AreaCoverage:
    """The units of one tier under one area, with and without a model.

    Attributes:
        area: The area (a province, say).
        coverage: Its units of the tier (its communes), and those with a model.
    """

    area: Unit
    coverage: Coverage


@attrs.frozen
class ModelRecords:
    """What a dataset's model records say, counted under one rule.

    Attributes:
        records: How many model records the dataset holds.
        rule: The counting rule: each model once, at the highest level it reached.
        total: The models counted, one figure per movement; a record with no
            registration or recognition is not counted.
        by_field: The same, by field.
        by_level: The same, by level; a model registered and not yet recognised has
            no level.
        coverage: For each area with models, each tier of units under it.
    """

    records: int
    rule: CountingRule
    total: Table
    by_field: Table
    by_level: Table
    coverage: tuple[AreaCoverage, ...]

    @property
    def counted(self) -> int:
        """How many records the rule counts."""
        return sum(count_of(f).value for f in self.total)


def summarize_models(dataset: Dataset) -> ModelRecords | None:
    """The model records of ``dataset`` counted under the default rule; ``None`` if none."""
    if not dataset.models:
        return None
    hierarchy = dataset.hierarchy

    def counted(*by: str) -> Table:
        return count_models(dataset.models, hierarchy, by=by, rule=RULE)

    with_models = {m.unit for m in dataset.models if m.unit in hierarchy}
    covered: list[AreaCoverage] = []
    for root in hierarchy.roots():
        below = hierarchy.descendants(root.id)
        if not root.is_area or not with_models & {root.id, *(u.id for u in below)}:
            continue
        levels = sorted({u.level for u in below if u.is_area}, key=lambda level: -level.rank)
        covered.extend(
            AreaCoverage(root, coverage(dataset.models, hierarchy, scope=root.id, level=level))
            for level in levels
        )
    return ModelRecords(
        records=len(dataset.models),
        rule=RULE,
        total=counted(),
        by_field=counted("field"),
        by_level=counted("level"),
        coverage=tuple(covered),
    )
