"""Hypothesis strategies for danvan's public types.

Applications built on danvan can property-test their own code against valid,
internally consistent danvan values::

    from hypothesis import given
    from danvan.testing import hierarchies

    @given(hierarchies())
    def test_my_rollup(hierarchy): ...

Vocabularies (``Field``, ``RecognitionLevel`` …) need no strategy of their own:
``st.sampled_from(Field)`` draws their members.

Requires the ``testing`` extra: ``pip install -e ".[testing]"`` in a clone of danvan.
"""

from danvan.testing._computed import (
    coverages,
    figure_lines,
    findings,
    reconciliations,
    report_summaries,
    shares,
    summaries,
    tables,
)
from danvan.testing._datasets import datasets, dims, figures, measures, reports, rules
from danvan.testing._documents import directives, movements, phases, reviews, sources
from danvan.testing._models import awards, events, models, recipients
from danvan.testing._text import (
    date_mentions,
    extractors,
    period_mentions,
    references,
    resolutions,
)
from danvan.testing._units import hierarchies, unit_changes, units
from danvan.testing._values import REORGANISATION, amounts, counts, percents, periods, symbols

__all__ = [
    "REORGANISATION",
    "amounts",
    "awards",
    "counts",
    "coverages",
    "datasets",
    "date_mentions",
    "dims",
    "directives",
    "events",
    "extractors",
    "figure_lines",
    "figures",
    "findings",
    "hierarchies",
    "measures",
    "models",
    "movements",
    "percents",
    "period_mentions",
    "periods",
    "phases",
    "recipients",
    "reconciliations",
    "references",
    "report_summaries",
    "reports",
    "resolutions",
    "reviews",
    "rules",
    "shares",
    "sources",
    "summaries",
    "symbols",
    "tables",
    "unit_changes",
    "units",
]
