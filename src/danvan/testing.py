"""Hypothesis strategies for danvan's public types.

Applications built on danvan can property-test their own code against valid,
internally consistent danvan values::

    from hypothesis import given
    from danvan.testing import hierarchies

    @given(hierarchies())
    def test_my_rollup(hierarchy): ...

Vocabularies (``Field``, ``RecognitionLevel`` …) need no strategy of their own:
``st.sampled_from(Field)`` draws their members.

Requires the ``testing`` extra: ``pip install "danvan[testing]"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from danvan._awards import Award, Recipient
from danvan._counting import count_models
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._directives import Directive, DirectiveStatus, Movement, Phase, Review
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._extract import (
    DEFAULT_EXTRACTORS,
    DateMention,
    Extractor,
    PeriodMention,
    Reference,
    ReferenceKind,
    Resolution,
    find_dates,
    find_periods,
    find_references,
    resolve,
)
from danvan._figures import Dims, Figure, FigureStatus, Report, Source
from danvan._hierarchy import Hierarchy
from danvan._measures import AcrossTime, AcrossUnits, Measure, UnitOfMeasure
from danvan._models import (
    EVENT_KINDS,
    Appraised,
    Built,
    Honoured,
    Model,
    ModelEvent,
    ModelStatus,
    Proposed,
    Recognised,
    Registered,
    Replicated,
    Stopped,
    Supported,
)
from danvan._numbers import Percent
from danvan._periods import Period
from danvan._reconcile import Reconciliation
from danvan._rules import BUILTIN_RULES, OPERATORS, Finding, Rule, Severity, Verdict
from danvan._shares import Coverage, Share
from danvan._summary import FigureLine, ReportSummary, Summary, summarize
from danvan._tables import Table
from danvan._units import ChangeKind, Unit, UnitChange
from danvan._vocabulary import (
    AdminLevel,
    AwardForm,
    CountingRule,
    Field,
    HolderKind,
    ModelKind,
    Qualifier,
    RecognitionLevel,
    ReviewKind,
    UnitKind,
)
from danvan.exceptions import DanvanError

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise DanvanError('danvan.testing needs hypothesis: pip install "danvan[testing]"') from error

__all__ = [
    "REORGANISATION",
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

C = TypeVar("C")
T = TypeVar("T")

#: The day the district tier ended and provinces and communes merged.
REORGANISATION = dt.date(2025, 7, 1)

_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(str.strip)
_ID = st.from_regex(r"[a-z0-9][a-z0-9/-]{0,20}", fullmatch=True)
_DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
_NAMES = ["Quyết Thắng", "Chiềng Lề", "Tô Hiệu", "Mường Lạn", "Sốp Cộp", "Bắc Hồng", "Nam Hồng"]
_MAGNITUDES = [10**k for k in range(1, 10)]
_ISSUERS = ["TU", "ThU", "HU", "ĐU", "ĐUK", "TW", "BDVTU", "BCĐ", "UBND", "CP"]


@st.composite
def counts(draw: st.DrawFn, max_value: int = 10**9) -> Count:
    """Counts of every qualifier, each with its default interval."""
    qualifier = draw(st.sampled_from(Qualifier))
    if qualifier is Qualifier.MANY:
        return Count(draw(st.sampled_from(_MAGNITUDES)), qualifier)
    low = 1 if qualifier is Qualifier.UNDER else 0
    return Count(draw(st.integers(min_value=low, max_value=max_value)), qualifier)


@st.composite
def symbols(draw: st.DrawFn) -> DocumentSymbol:
    """Party and state document symbols of every type each system uses."""
    system = draw(st.sampled_from(DocumentSystem))
    doc_type = draw(st.sampled_from([t for t in DocumentType if system in t.systems]))
    number = draw(st.from_regex(r"[0-9]{1,5}", fullmatch=True))
    if system is DocumentSystem.PARTY:
        return DocumentSymbol(number, doc_type, draw(st.sampled_from(_ISSUERS)), system)
    if doc_type is DocumentType.OFFICIAL_LETTER:
        unit = draw(st.sampled_from(["VX", "KT", "NC", "TH"]))
        return DocumentSymbol(number, doc_type, f"UBND-{unit}", system)
    year = draw(st.none() | st.integers(1945, 2099))
    return DocumentSymbol(number, doc_type, draw(st.sampled_from(_ISSUERS)), system, year)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods between 2000 and 2035: whole years or arbitrary day ranges."""
    if draw(st.booleans()):
        first = draw(st.integers(2000, 2035))
        return Period.years(first, draw(st.integers(first, 2035)))
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)))
    end = draw(st.dates(start, dt.date(2035, 12, 31)))
    return Period(start, end)


@st.composite
def hierarchies(draw: st.DrawFn, max_units: int = 25) -> Hierarchy:
    """Valid dated trees of areas, with a reorganisation on :data:`REORGANISATION`.

    Some leaf units end the day before it and pass, by merges and splits (with given
    or assumed shares), to new units that start on it.
    """
    count = draw(st.integers(1, max_units))
    units: list[dict[str, Any]] = []
    levels = list(AdminLevel)
    for i in range(count):
        if i == 0:
            parent, level = None, AdminLevel.PROVINCE
        else:
            parent_index = draw(st.integers(0, i - 1))
            parent = units[parent_index]["id"]
            ceiling = units[parent_index]["level"].rank
            level = draw(st.sampled_from(levels[: ceiling + 1]))
        name = f"{draw(st.sampled_from(_NAMES))} {i}"
        units.append({"id": f"u{i}", "name": name, "level": level, "parent": parent})
    parents = {u["parent"] for u in units}
    leaves = [u for u in units[1:] if u["id"] not in parents]
    ending = draw(st.lists(st.sampled_from(leaves), unique_by=lambda u: u["id"])) if leaves else []
    new_count = draw(st.integers(1, 3)) if ending else 0
    new_ids = [f"n{i}" for i in range(new_count)]
    changes = []
    for unit in ending:
        unit["valid_to"] = REORGANISATION - dt.timedelta(days=1)
        targets = draw(st.lists(st.sampled_from(new_ids), min_size=1, max_size=2, unique=True))
        if len(targets) == 1:
            changes.append(
                UnitChange(
                    kind=ChangeKind.MERGE,
                    on=REORGANISATION,
                    sources=(unit["id"],),
                    targets=tuple(targets),
                )
            )
            continue
        shares: dict[str, Fraction] = {}
        if draw(st.booleans()):
            first = Fraction(draw(st.integers(1, 9)), 10)
            shares = {targets[0]: first, targets[1]: 1 - first}
        changes.append(
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=REORGANISATION,
                sources=(unit["id"],),
                targets=tuple(targets),
                shares=shares,
            )
        )
    built = [Unit(**fields) for fields in units]
    built += [
        Unit(
            id=new_id,
            name=f"Phường {i}",
            level=AdminLevel.COMMUNE,
            parent="u0",
            valid_from=REORGANISATION,
        )
        for i, new_id in enumerate(new_ids)
    ]
    return Hierarchy(built, changes)


@st.composite
def units(draw: st.DrawFn) -> Unit:
    """Single units of any kind and level, with aliases and codes."""
    start = draw(st.none() | _DAYS)
    end = draw(st.none() | st.dates(start or dt.date(2015, 1, 1), dt.date(2035, 1, 1)))
    return Unit(
        id=draw(_ID),
        name=draw(_TEXT),
        kind=draw(st.sampled_from(UnitKind)),
        level=draw(st.sampled_from(AdminLevel)),
        parent=draw(st.none() | _ID.map(lambda p: f"parent/{p}")),
        valid_from=start,
        valid_to=end,
        aliases=tuple(draw(st.lists(_TEXT, max_size=2))),
        codes=draw(st.dictionaries(st.sampled_from(["gso", "local"]), _ID, max_size=2)),
        division=draw(st.none() | st.sampled_from(["tỉnh", "thị xã", "phường"])),
    )


def movements() -> st.SearchStrategy[Movement]:
    """The built-in movements."""
    return st.sampled_from(
        [
            Movement.DAN_VAN_KHEO,
            Movement.GOVERNMENT_MASS_MOBILISATION,
            Movement.GRASSROOTS_DEMOCRACY,
            Movement.DIRECT_DIALOGUE,
        ]
    )


@st.composite
def phases(draw: st.DrawFn, movement: str = "dan-van-kheo") -> Phase:
    """Phases of a movement over whole years."""
    first = draw(st.integers(2009, 2030))
    last = first + draw(st.integers(0, 5))
    return Phase(
        id=f"{movement}/{first}-{last}",
        movement=movement,
        period=Period.years(first, last),
        name=draw(st.none() | _TEXT),
    )


@st.composite
def directives(draw: st.DrawFn, issuers: list[str] | None = None) -> Directive:
    """Documents with or without a symbol; drafts without one."""
    issuer = draw(st.none() | st.sampled_from(issuers)) if issuers else None
    if draw(st.booleans()):
        symbol = draw(symbols())
        return Directive(
            symbol=symbol,
            issued_on=draw(st.none() | _DAYS),
            issuer=issuer,
            title=draw(st.none() | _TEXT),
            supersedes=tuple(draw(st.lists(symbols(), max_size=1))),
        )
    return Directive(
        id=f"draft/{draw(_ID)}",
        doc_type=draw(st.sampled_from(DocumentType)),
        title=draw(_TEXT),
        issuer=issuer,
        status=DirectiveStatus.DRAFT,
    )


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """Sources with any subset of their fields."""
    start = draw(st.integers(0, 5000))
    return Source(
        title=draw(_TEXT),
        publisher=draw(st.none() | _TEXT),
        url=draw(st.none() | st.just("https://baosonla.org.vn/x")),
        published_on=draw(st.none() | _DAYS),
        quote=draw(st.none() | _TEXT),
        span=draw(st.none() | st.integers(0, 500).map(lambda n: (start, start + n))),
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
        category=draw(st.none() | _TEXT),
        label=draw(st.none() | _TEXT),
    )


@st.composite
def figures(
    draw: st.DrawFn, scopes: list[str] | None = None, movement: str = "dan-van-kheo"
) -> Figure:
    """Figures of built-in measures; reported ones carry a source."""
    status = draw(st.sampled_from(FigureStatus))
    source = draw(sources()) if status is not FigureStatus.COMPUTED else draw(st.none() | sources())
    return Figure(
        measure=draw(st.sampled_from(Measure.builtins())).code,
        value=draw(counts(max_value=10**6)),
        unit_of_measure=draw(st.sampled_from(UnitOfMeasure)),
        scope=draw(st.sampled_from(scopes)) if scopes else draw(_ID),
        movement=movement,
        period=draw(st.none() | periods()),
        dims=draw(dims()),
        status=status,
        source=source,
        out_of=draw(st.none() | counts(max_value=10**4)),
        notes=tuple(draw(st.lists(_TEXT, max_size=1))),
    )


def _events(draw: st.DrawFn, bodies: list[Unit], units_ids: list[str]) -> tuple[ModelEvent, ...]:
    day = draw(_DAYS)
    events: list[ModelEvent] = [Registered(on=day)]

    def later() -> dt.date:
        nonlocal day
        day = min(day + dt.timedelta(days=draw(st.integers(0, 200))), dt.date(2035, 12, 31))
        return day

    if draw(st.booleans()):
        events.append(Built(on=later()))
    if draw(st.booleans()):
        events.append(Appraised(on=later()))
    top: RecognitionLevel | None = None
    for level in list(RecognitionLevel)[: draw(st.integers(0, 4))]:
        able = [b for b in bodies if RecognitionLevel.for_admin_level(b.level) >= level]
        named: bool = draw(st.booleans())
        by = draw(st.sampled_from(able)).id if able and named else None
        events.append(Recognised(on=later(), level=level, by=by))
        top = level
    if top is not RecognitionLevel.CENTRAL and draw(st.booleans()):
        above = [lvl for lvl in RecognitionLevel if top is None or lvl > top]
        events.append(Proposed(on=later(), level=draw(st.sampled_from(above))))
    if draw(st.booleans()):
        events.append(Honoured(on=later()))
    if draw(st.booleans()):
        events.append(Supported(on=later(), note=draw(st.none() | _TEXT)))
    replicated: bool = draw(st.booleans())
    if units_ids and replicated:
        to = tuple(draw(st.lists(st.sampled_from(units_ids), max_size=2, unique=True)))
        events.append(Replicated(on=later(), to=to))
    if draw(st.booleans()):
        events.append(Stopped(on=later(), reason=draw(st.none() | _TEXT)))
    return tuple(events)


@st.composite
def events(draw: st.DrawFn, kind: type[ModelEvent] | None = None) -> ModelEvent:
    """Single model events, of one ``kind`` (a class such as ``Recognised``) or of any.

    Each has every field its class holds, set or left at its default.
    """
    cls = kind if kind is not None else draw(st.sampled_from(EVENT_KINDS))
    if cls not in EVENT_KINDS:
        raise DanvanError(f"events(kind=...) takes a model event class, not {cls!r}")
    fields: dict[str, Any] = {"on": draw(_DAYS), "by": draw(st.none() | _ID)}
    if cls in (Recognised, Proposed):
        fields["level"] = draw(st.sampled_from(RecognitionLevel))
    if cls is Supported:
        fields["note"] = draw(st.none() | _TEXT)
    if cls is Replicated:
        fields["to"] = tuple(draw(st.lists(_ID, max_size=2, unique=True)))
    if cls is Stopped:
        fields["reason"] = draw(st.none() | _TEXT)
    return cls(**fields)


@st.composite
def models(
    draw: st.DrawFn,
    hierarchy: Hierarchy | None = None,
    movement: str = "dan-van-kheo",
    phase: str | None = None,
) -> Model:
    """Models with consistent histories.

    Events are in order, recognitions respect the recognising bodies' levels and
    proposals go above the level reached.
    """
    unit_list = list(hierarchy) if hierarchy is not None else []
    unit_ids = [u.id for u in unit_list]
    return Model(
        id=draw(_ID),
        title=draw(_TEXT),
        kind=draw(st.sampled_from(ModelKind)),
        holder=draw(st.sampled_from(HolderKind)),
        field=draw(st.none() | st.sampled_from(Field)),
        unit=draw(st.sampled_from(unit_ids)) if unit_ids else draw(_ID),
        movement=movement,
        phase=phase,
        events=_events(draw, unit_list, unit_ids),
    )


@st.composite
def awards(draw: st.DrawFn, issuers: list[str] | None = None) -> Award:
    """Award batches, named or counted."""
    issuer = draw(st.sampled_from(issuers)) if issuers else draw(_ID)
    common = {
        "id": f"award/{draw(_ID)}",
        "form": draw(st.sampled_from(AwardForm)),
        "issuer": issuer,
        "on": draw(st.none() | _DAYS),
        "decision": draw(st.none() | symbols()),
        "citation": draw(st.none() | _TEXT),
    }
    if draw(st.booleans()):
        named = draw(
            st.lists(
                st.builds(Recipient, holder=st.sampled_from(HolderKind), name=_TEXT),
                min_size=1,
                max_size=3,
            )
        )
        return Award(recipients=tuple(named), **common)
    return Award(
        collectives=draw(st.none() | counts(max_value=1000)),
        individuals=draw(counts(max_value=1000)),
        **common,
    )


@st.composite
def reviews(draw: st.DrawFn, organisers: list[str] | None = None) -> Review:
    """Reviews of every kind; N-year evaluations carry N."""
    kind = draw(st.sampled_from(ReviewKind))
    return Review(
        id=f"review/{draw(_ID)}",
        kind=kind,
        organiser=draw(st.sampled_from(organisers)) if organisers else draw(_ID),
        held_on=draw(st.none() | _DAYS),
        period=draw(st.none() | periods()),
        years=draw(st.integers(1, 5)) if kind is ReviewKind.EVALUATION else None,
        title=draw(st.none() | _TEXT),
        notes=tuple(draw(st.lists(_TEXT, max_size=1))),
    )


@st.composite
def reports(draw: st.DrawFn, scopes: list[str] | None = None) -> Report:
    """Reports with a total and parts that point at it."""
    scope_list = scopes or [draw(_ID)]
    total = draw(figures(scopes=scope_list))
    total = Figure(**{**_fields(total), "id": "total"})
    parts = [
        Figure(**{**_fields(part), "id": f"part-{i}", "part_of": "total"})
        for i, part in enumerate(draw(st.lists(figures(scopes=scope_list), max_size=3)))
    ]
    return Report(
        id=f"report/{draw(_ID)}",
        source=draw(sources()),
        unit=draw(st.sampled_from(scope_list)),
        title=draw(_TEXT),
        figures=(total, *parts),
    )


def _fields(value: Any) -> dict[str, Any]:
    return {a.name: getattr(value, a.name) for a in attrs.fields(type(value)) if a.init}


@st.composite
def datasets(draw: st.DrawFn, max_models: int = 8) -> Dataset:
    """Internally consistent datasets: every reference points at something that exists."""
    hierarchy = draw(hierarchies(max_units=12))
    unit_ids = [u.id for u in hierarchy]
    movement = Movement.DAN_VAN_KHEO
    phase = draw(phases(movement.id))
    docs = draw(st.lists(directives(issuers=unit_ids), max_size=3, unique_by=lambda d: d.id))
    the_reviews = draw(st.lists(reviews(organisers=unit_ids), max_size=2, unique_by=lambda r: r.id))
    the_models = draw(
        st.lists(
            models(hierarchy, movement.id, phase.id), max_size=max_models, unique_by=lambda m: m.id
        )
    )
    the_awards = draw(st.lists(awards(issuers=unit_ids), max_size=2, unique_by=lambda a: a.id))
    the_reports = draw(st.lists(reports(scopes=unit_ids), max_size=2, unique_by=lambda r: r.id))
    return Dataset(
        hierarchy=hierarchy,
        movements=(movement,),
        phases=(phase,),
        directives=tuple(docs),
        reviews=tuple(the_reviews),
        models=tuple(the_models),
        awards=tuple(the_awards),
        reports=tuple(the_reports),
    )


# -- values that danvan computes or finds ------------------------------------------------


def _member(
    draw: st.DrawFn, strategy: st.SearchStrategy[C], items: Callable[[C], Sequence[T]]
) -> T:
    """One of the ``items`` of a value drawn from ``strategy`` that has some."""
    value = draw(strategy.filter(lambda drawn: bool(items(drawn))))
    return draw(st.sampled_from(items(value)))


@st.composite
def recipients(draw: st.DrawFn) -> Recipient:
    """Named award recipients, collective or individual, with or without a unit."""
    return Recipient(
        holder=draw(st.sampled_from(HolderKind)),
        name=draw(st.sampled_from(_NAMES)) if draw(st.booleans()) else draw(_TEXT),
        unit=draw(st.none() | _ID),
    )


@st.composite
def unit_changes(draw: st.DrawFn) -> UnitChange:
    """Merges and splits taken from valid hierarchies, so their units exist."""
    return _member(draw, hierarchies(), lambda hierarchy: hierarchy.changes)


@st.composite
def measures(draw: st.DrawFn) -> Measure:
    """The built-in measures and custom ones with any aggregation rules."""
    if draw(st.booleans()):
        return draw(st.sampled_from(Measure.builtins()))
    return Measure(
        code=draw(st.from_regex(r"custom_[a-z]{1,12}", fullmatch=True)),
        label_vi=draw(_TEXT),
        label_en=draw(_TEXT),
        across_units=draw(st.sampled_from(AcrossUnits)),
        across_time=draw(st.sampled_from(AcrossTime)),
        zero_is_missing=draw(st.booleans()),
    )


_PERCENTS = st.decimals(min_value=0, max_value=1000, places=2)


@st.composite
def percents(draw: st.DrawFn) -> Percent:
    """Percents as reports write them ("2,8%", "100%"), with up to two decimals."""
    return Percent(draw(_PERCENTS))


@st.composite
def shares(draw: st.DrawFn) -> Share:
    """A cell's count and its percent of the total."""
    return Share(key=draw(_ID), count=draw(counts(max_value=10**6)), percent=draw(_PERCENTS))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """What a check found, with paths and, for numeric rules, a residual."""
    return Finding(
        rule=draw(rules()),
        message=draw(_TEXT),
        message_en=draw(_TEXT),
        paths=tuple(draw(st.lists(st.sampled_from(["$.reports[0]", "$.models[1]"]), max_size=2))),
        residual=draw(st.none() | st.integers(-(10**6), 10**6)),
    )


def rules() -> st.SearchStrategy[Rule]:
    """Check rules: the built-in ones at any severity, and rules comparing two measures."""
    builtin = st.builds(
        attrs.evolve, st.sampled_from(BUILTIN_RULES), severity=st.sampled_from(Severity)
    )
    measures = st.sampled_from([m.code for m in Measure.builtins()])
    own = st.builds(
        Rule,
        code=_ID,
        left=measures,
        op=st.sampled_from(OPERATORS),
        right=measures,
        severity=st.sampled_from(Severity),
        missing=st.sampled_from(["skip", "finding"]),
        message_vi=_TEXT,
        message_en=_TEXT,
    )
    return builtin | own


@st.composite
def coverages(draw: st.DrawFn) -> Coverage:
    """Units expected under a scope and the ones covered."""
    expected = draw(st.lists(_ID, max_size=6, unique=True))
    covered = [u for u in expected if draw(st.booleans())]
    return Coverage(expected=tuple(expected), covered=tuple(covered), label=draw(_TEXT))


@st.composite
def reconciliations(draw: st.DrawFn) -> Reconciliation:
    """A reported figure beside a computed one (either may be missing)."""
    return Reconciliation(
        reported=draw(st.none() | figures()),
        computed=draw(st.none() | figures()),
        verdict=draw(st.sampled_from(Verdict)),
    )


@st.composite
def extractors(draw: st.DrawFn) -> Extractor:
    """The built-in extractors and a custom one for numbered official letters."""
    custom = Extractor(
        name="cong-van",
        pattern=r"\bcong van (?P<number>\d{1,5})\b",
        kind=ReferenceKind.SHORT,
        doc_type=DocumentType.OFFICIAL_LETTER,
        literals=("cong van",),
    )
    return draw(st.sampled_from((*DEFAULT_EXTRACTORS, custom)))


_ISSUER_NAMES = ["Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Ban Chấp hành Trung ương"]


def _citing(draw: st.DrawFn, symbol: DocumentSymbol) -> str:
    day = draw(_DAYS)
    issuer = draw(st.sampled_from(_ISSUER_NAMES))
    return (
        f"Thực hiện {symbol.doc_type.label_vi} số {symbol} ngày {day.day}/{day.month}/"
        f"{day.year} của {issuer} về công tác dân vận"
    )


@st.composite
def references(draw: st.DrawFn) -> Reference:
    """References found by :func:`~danvan.find_references` in a sentence citing a symbol."""
    found = find_references(_citing(draw, draw(symbols())))
    assume(bool(found))
    return draw(st.sampled_from(found))


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    """References resolved against directives, the cited one among them or not."""
    registry = [d for d in draw(st.lists(directives(), max_size=2)) if d.symbol is not None]
    symbol = draw(st.sampled_from([d.symbol for d in registry])) if registry else None
    found = find_references(_citing(draw, symbol or draw(symbols())))
    assume(bool(found))
    return draw(st.sampled_from(resolve(found, registry)))


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    """Dates found by :func:`~danvan.find_dates`, written with numbers or words."""
    day = draw(_DAYS)
    text = draw(
        st.sampled_from(
            [
                f"Hội nghị ngày {day.day}/{day.month}/{day.year} đã biểu dương các mô hình",
                f"Ngày {day.day} tháng {day.month} năm {day.year}, Ban Dân vận tổ chức sơ kết",
            ]
        )
    )
    return find_dates(text)[0]


@st.composite
def period_mentions(draw: st.DrawFn) -> PeriodMention:
    """Periods found by :func:`~danvan.find_periods` in "giai đoạn 2021 - 2025" wordings."""
    first = draw(st.integers(2000, 2030))
    last = first + draw(st.integers(1, 5))
    return find_periods(f"Tổng kết phong trào giai đoạn {first} - {last} trên địa bàn")[0]


@st.composite
def tables(draw: st.DrawFn) -> Table:
    """Tables of computed figures: a generated dataset's models counted."""
    dataset = draw(datasets(max_models=6))
    return count_models(
        dataset.models,
        hierarchy=dataset.hierarchy,
        by=draw(st.sampled_from([(), ("field",), ("field", "level"), ("unit",)])),
        rule=draw(st.sampled_from(CountingRule)),
    )


@st.composite
def summaries(draw: st.DrawFn) -> Summary:
    """What :func:`~danvan.summarize` makes of a generated dataset."""
    return summarize(draw(datasets(max_models=4)))


@st.composite
def report_summaries(draw: st.DrawFn) -> ReportSummary:
    """One report's summary, from a generated dataset that has reports."""
    return _member(draw, summaries(), lambda summary: summary.reports)


@st.composite
def figure_lines(draw: st.DrawFn) -> FigureLine:
    """One line of a report summary: a figure with its mark and findings."""
    return _member(draw, report_summaries(), lambda report: report.lines)
