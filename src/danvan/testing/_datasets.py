"""Strategies for figures, reports, measures and whole datasets."""

from __future__ import annotations

import attrs

from danvan._builtin_rules import BUILTIN_RULES
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import (
    AMOUNT_UNITS,
    BREAKDOWN_DIMENSIONS,
    Change,
    Completeness,
    Dims,
    Figure,
    FigureStatus,
)
from danvan._measures import (
    AcrossTime,
    AcrossUnits,
    Measure,
    Per,
    UnitOfMeasure,
    UnitOfMeasureDefinition,
)
from danvan._models import (
    ModelStatus,
)
from danvan._numbers import Amount, Percent
from danvan._programmes import Movement
from danvan._reports import Report
from danvan._rules import OPERATORS, Rule, Severity
from danvan._vocabulary import (
    Field,
    HolderKind,
    ModelKind,
    RecognitionLevel,
)
from danvan.testing._documents import directives, phases, reviews, sources
from danvan.testing._hypothesis import st
from danvan.testing._models import awards, models
from danvan.testing._units import hierarchies
from danvan.testing._values import (
    DAYS,
    IDS,
    TEXT,
    amounts,
    counts,
    fields_of,
    percents,
    periods,
)


@st.composite
def dims(draw: st.DrawFn) -> Dims:
    """Breakdown cells, including merged fields and local categories."""
    return Dims(
        fields=tuple(draw(st.lists(st.sampled_from(Field), max_size=2, unique=True))),
        level=draw(st.none() | st.sampled_from(RecognitionLevel)),
        holder=draw(st.none() | st.sampled_from(HolderKind)),
        kind=draw(st.none() | st.sampled_from(ModelKind)),
        status=draw(st.none() | st.sampled_from(ModelStatus)),
        category=draw(st.none() | TEXT),
        label=draw(st.none() | TEXT),
    )


@st.composite
def figures(
    draw: st.DrawFn,
    scopes: list[str] | None = None,
    movements: tuple[str, ...] = ("dan-van-kheo",),
) -> Figure:
    """Figures of built-in measures; reported ones carry a source.

    Args:
        scopes: Unit ids to draw the scope from; any id when ``None``.
        movements: The movements a figure names one or more of.
    """
    status = draw(st.sampled_from(FigureStatus))
    source = draw(sources()) if status is not FigureStatus.COMPUTED else draw(st.none() | sources())
    value = draw(counts(max_value=10**6) | percents() | amounts())
    change = draw(st.none() | st.sampled_from(Change))
    units = _MEASURED_UNITS if isinstance(value, Amount) else [*UnitOfMeasure, *DEFINED_UNIT_CODES]
    return Figure(
        measure=draw(st.sampled_from(Measure.builtins())).code,
        value=value,
        unit_of_measure=draw(st.sampled_from(units)),
        scope=draw(st.sampled_from(scopes)) if scopes else draw(IDS),
        movements=tuple(
            draw(st.lists(st.sampled_from(movements), min_size=1, max_size=2, unique=True))
        ),
        period=draw(st.none() | periods()),
        dims=draw(dims()),
        status=status,
        source=source,
        out_of=None if not isinstance(value, Count) else draw(st.none() | counts(max_value=10**4)),
        notes=tuple(draw(st.lists(TEXT, max_size=1))),
        breakdowns=draw(_BREAKDOWNS),
        as_of=draw(st.none() | DAYS),
        occurrences=draw(st.booleans()),
        change=change,
        compared_to=draw(st.none() | periods()) if change is not None else None,
    )


#: Units of measure every generated dataset defines; generated figures may use them.
DEFINED_UNITS = (
    UnitOfMeasureDefinition(code="classrooms", label_vi="phòng học", label_en="classrooms"),
    UnitOfMeasureDefinition(
        code="vnd_per_person_year",
        label_vi="đồng/người/năm",
        label_en="VND per person per year",
        of=UnitOfMeasure.VND,
        per=(Per.PERSON, Per.YEAR),
    ),
)
DEFINED_UNIT_CODES = tuple(unit.code for unit in DEFINED_UNITS)
# What an amount with a fraction may measure: lengths, areas, money, workdays, a unit
# the dataset defines.
_MEASURED_UNITS = [*AMOUNT_UNITS, *DEFINED_UNIT_CODES]


_BREAKDOWNS = st.dictionaries(
    st.sampled_from(BREAKDOWN_DIMENSIONS), st.sampled_from(Completeness), max_size=2
)


@st.composite
def reports(
    draw: st.DrawFn,
    scopes: list[str] | None = None,
    movements: tuple[str, ...] = ("dan-van-kheo",),
) -> Report:
    """Reports with a total and parts that point at it.

    Args:
        scopes: Unit ids to draw the report's unit and its figures' scopes from.
        movements: The movements its figures name.
    """
    scope_list = scopes or [draw(IDS)]
    some = figures(scopes=scope_list, movements=movements)
    total = draw(some)
    total = Figure(**{**fields_of(total), "id": "total"})
    parts = [
        Figure(**{**fields_of(part), "id": f"part-{i}", "part_of": "total"})
        for i, part in enumerate(draw(st.lists(some, max_size=3)))
    ]
    # A figure may restate the total, or be among it, as headlines and "trong đó" do.
    linked = [
        Figure(**{**fields_of(other), "id": f"linked-{i}", draw(_link(other)): "total"})
        for i, other in enumerate(draw(st.lists(some, max_size=1)))
    ]
    return Report(
        id=f"report/{draw(IDS)}",
        source=draw(sources()),
        units=tuple(
            draw(st.lists(st.sampled_from(scope_list), min_size=1, max_size=2, unique=True))
        ),
        title=draw(TEXT),
        figures=(total, *parts, *linked),
    )


def _link(figure: Figure) -> st.SearchStrategy[str]:
    """How a figure may point at the total: a percentage may also be a share of it."""
    links = ["restates", "subset_of"]
    return st.sampled_from([*links, "of"] if isinstance(figure.value, Percent) else links)


@st.composite
def datasets(draw: st.DrawFn, max_models: int = 8) -> Dataset:
    """Internally consistent datasets: every reference points at something that exists.

    Args:
        max_models: The most models a dataset holds.
    """
    hierarchy = draw(hierarchies(max_units=12))
    unit_ids = [u.id for u in hierarchy]
    movement = Movement.DAN_VAN_KHEO
    # A second, linked programme: one set of figures may be given for both.
    linked = Movement.GOVERNMENT_MASS_MOBILISATION
    phase = draw(phases(movement.id))
    docs = draw(st.lists(directives(issuers=unit_ids), max_size=3, unique_by=lambda d: d.id))
    if len(docs) > 1:  # a later document implements the first, as plans implement directives
        docs[-1] = attrs.evolve(docs[-1], implements=(docs[0].id,))
    the_reviews = draw(st.lists(reviews(organisers=unit_ids), max_size=2, unique_by=lambda r: r.id))
    the_models = draw(
        st.lists(
            models(hierarchy, movement.id, phase.id), max_size=max_models, unique_by=lambda m: m.id
        )
    )
    the_awards = draw(st.lists(awards(issuers=unit_ids), max_size=2, unique_by=lambda a: a.id))
    the_reports = draw(
        st.lists(
            reports(scopes=unit_ids, movements=(movement.id, linked.id)),
            max_size=2,
            unique_by=lambda r: r.id,
        )
    )
    the_rules = draw(st.lists(rules(), max_size=2, unique_by=lambda r: r.code))
    return Dataset(
        hierarchy=hierarchy,
        movements=(movement, linked),
        phases=(phase,),
        directives=tuple(docs),
        reviews=tuple(the_reviews),
        models=tuple(the_models),
        awards=tuple(the_awards),
        reports=tuple(the_reports),
        rules=tuple(the_rules),
        units_of_measure=DEFINED_UNITS,
    )


# -- values that danvan computes or finds ------------------------------------------------


@st.composite
def measures(draw: st.DrawFn) -> Measure:
    """The built-in measures and custom ones with any aggregation rules."""
    if draw(st.booleans()):
        return draw(st.sampled_from(Measure.builtins()))
    return Measure(
        code=draw(st.from_regex(r"custom_[a-z]{1,12}", fullmatch=True)),
        label_vi=draw(TEXT),
        label_en=draw(TEXT),
        across_units=draw(st.sampled_from(AcrossUnits)),
        across_time=draw(st.sampled_from(AcrossTime)),
        zero_is_missing=draw(st.booleans()),
    )


def rules() -> st.SearchStrategy[Rule]:
    """Check rules: the built-in ones at any severity, and rules comparing two measures."""
    builtin = st.builds(
        attrs.evolve, st.sampled_from(BUILTIN_RULES), severity=st.sampled_from(Severity)
    )
    measures = st.sampled_from([m.code for m in Measure.builtins()])
    own = st.builds(
        Rule,
        code=IDS,
        left=measures,
        op=st.sampled_from(OPERATORS),
        right=measures,
        severity=st.sampled_from(Severity),
        missing=st.sampled_from(["skip", "finding"]),
        message_vi=TEXT,
        message_en=TEXT,
    )
    return builtin | own
