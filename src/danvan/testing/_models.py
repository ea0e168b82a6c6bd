"""Strategies for models with their dated events, and award batches."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from danvan._awards import Award, AwardStatus, Recipient
from danvan._dates import PartialDate
from danvan._hierarchy import Hierarchy
from danvan._models import (
    EVENT_KINDS,
    Appraised,
    Built,
    Honoured,
    Model,
    ModelEvent,
    Proposed,
    Recognised,
    Registered,
    Replicated,
    Stopped,
    Supported,
)
from danvan._occasions import AwardForm
from danvan._units import Unit
from danvan._vocabulary import (
    Field,
    HolderKind,
    ModelKind,
    RecognitionLevel,
)
from danvan.exceptions import DanvanError
from danvan.testing._documents import sources
from danvan.testing._hypothesis import st
from danvan.testing._values import DAYS, IDS, NAMES, SOME_DAYS, TEXT, counts, symbols


def event_history(
    draw: st.DrawFn, bodies: list[Unit], units_ids: list[str]
) -> tuple[ModelEvent, ...]:
    day = draw(DAYS)
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
        events.append(Supported(on=later(), note=draw(st.none() | TEXT)))
    replicated: bool = draw(st.booleans())
    if units_ids and replicated:
        to = tuple(draw(st.lists(st.sampled_from(units_ids), max_size=2, unique=True)))
        events.append(Replicated(on=later(), to=to))
    if draw(st.booleans()):
        events.append(Stopped(on=later(), reason=draw(st.none() | TEXT)))
    # A report may give one event only to its month or year ("công nhận năm 2022"); the
    # span holds the day, so the history stays in order.
    if draw(st.integers(0, 3)) == 0:
        i = draw(st.integers(0, len(events) - 1))
        on = events[i].on
        month = on.month if draw(st.booleans()) else None
        events[i] = attrs.evolve(events[i], on=PartialDate(on.year, month))
    return tuple(events)


@st.composite
def events(draw: st.DrawFn, kind: type[ModelEvent] | None = None) -> ModelEvent:
    """Single model events, of one ``kind`` (a class such as ``Recognised``) or of any.

    Each has every field its class holds, set or left at its default.

    Args:
        kind: The event class to draw; any when ``None``.
    """
    cls = kind if kind is not None else draw(st.sampled_from(EVENT_KINDS))
    if cls not in EVENT_KINDS:
        raise DanvanError(f"events(kind=...) takes a model event class, not {cls!r}")
    fields: dict[str, Any] = {"on": draw(SOME_DAYS), "by": draw(st.none() | IDS)}
    if cls in (Recognised, Proposed):
        fields["level"] = draw(st.sampled_from(RecognitionLevel))
    if cls is Supported:
        fields["note"] = draw(st.none() | TEXT)
    if cls is Replicated:
        fields["to"] = tuple(draw(st.lists(IDS, max_size=2, unique=True)))
    if cls is Stopped:
        fields["reason"] = draw(st.none() | TEXT)
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

    Args:
        hierarchy: The units to place models and recognising bodies in; any ids when
            ``None``.
        movement: The models' movement.
        phase: The models' phase id.
    """
    unit_list = list(hierarchy) if hierarchy is not None else []
    unit_ids = [u.id for u in unit_list]
    unit = draw(st.sampled_from(unit_ids)) if unit_ids else draw(IDS)
    others = st.sampled_from(unit_ids) if unit_ids else IDS
    partners = draw(st.lists(others.filter(lambda u: u != unit), max_size=2, unique=True))
    return Model(
        id=draw(IDS),
        title=draw(TEXT),
        kind=draw(st.sampled_from(ModelKind)),
        holder=draw(st.sampled_from(HolderKind)),
        field=draw(st.none() | st.sampled_from(Field)),
        unit=unit,
        movement=movement,
        phase=phase,
        events=event_history(draw, unit_list, unit_ids),
        holder_name=draw(st.none() | TEXT),
        partners=tuple(partners),
        notes=tuple(draw(st.lists(TEXT, max_size=1))),
    )


@st.composite
def awards(draw: st.DrawFn, issuers: list[str] | None = None) -> Award:
    """Award batches, named, counted, or mentioned without a number.

    Conferred or proposed, with a named issuer or only the report's words for it.

    Args:
        issuers: Unit ids to draw the issuer and proposer from; any id when ``None``.
    """
    unit = st.sampled_from(issuers) if issuers else IDS
    issuer = draw(st.none() | unit)
    proposed = draw(st.booleans())
    common: dict[str, Any] = {
        "id": f"award/{draw(IDS)}",
        "form": draw(st.none() | st.sampled_from(AwardForm)),
        "issuer": issuer,
        "issuer_text": draw(TEXT) if issuer is None else draw(st.none() | TEXT),
        "on": draw(st.none() | SOME_DAYS),
        "decision": draw(st.none() | symbols()),
        "citation": draw(st.none() | TEXT),
        "status": AwardStatus.PROPOSED if proposed else AwardStatus.CONFERRED,
        "proposer": draw(st.none() | unit) if proposed else None,
        "source": draw(st.none() | sources()),
    }
    if draw(st.booleans()):
        named = draw(
            st.lists(
                st.builds(Recipient, holder=st.sampled_from(HolderKind), name=TEXT),
                min_size=1,
                max_size=3,
            )
        )
        return Award(recipients=tuple(named), **common)
    return Award(
        collectives=draw(st.none() | counts(max_value=1000)),
        individuals=draw(st.none() | counts(max_value=1000)),
        households=draw(st.none() | counts(max_value=1000)),
        others=draw(st.none() | counts(max_value=1000)),
        occurrences=draw(st.booleans()),
        **common,
    )


@st.composite
def recipients(draw: st.DrawFn) -> Recipient:
    """Named award recipients, collective or individual, with or without a unit."""
    return Recipient(
        holder=draw(st.sampled_from(HolderKind)),
        name=draw(st.sampled_from(NAMES)) if draw(st.booleans()) else draw(TEXT),
        unit=draw(st.none() | IDS),
    )
