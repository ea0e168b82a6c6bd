"""Models and exemplars, and the dated events of their life.

A model (mô hình "Dân vận khéo") is a way of doing mass mobilisation that works and can
be replicated; an exemplar (điển hình) is a collective or person held up as an example.
A unit registers one (đăng ký), builds it, a steering committee appraises it and
recognises it (công nhận) at its own level, may propose it to the next level (đề nghị),
honour it, support it, replicate it, and it may stop. A model's status and top level
are computed from these events, never stored beside them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, TypeAlias

import attrs

from danvan._dates import Day, check_required_day, day_given
from danvan._terms import Term
from danvan._validators import (
    check_free_text,
    check_id,
    check_ids,
    check_optional_id,
    check_optional_text,
    check_text,
    check_texts,
    checks_type,
    instance_of,
    optional_instance_of,
    to_tuple,
    tuple_of,
)
from danvan._vocabulary import Field, HolderKind, ModelKind, RecognitionLevel
from danvan.exceptions import InvalidEntityError, ModelHistoryError

__all__ = [
    "Appraised",
    "Built",
    "Honoured",
    "Model",
    "ModelEvent",
    "ModelStatus",
    "Proposed",
    "Recognised",
    "Registered",
    "Replicated",
    "Stopped",
    "Supported",
]


class ModelStatus(Term):
    """Where a model stands, derived from its latest defining event."""

    REGISTERED = ("registered", "đã đăng ký", "registered")
    BUILDING = ("building", "đang xây dựng", "being built")
    APPRAISED = ("appraised", "đã thẩm định", "appraised")
    RECOGNISED = ("recognised", "đã công nhận", "recognised")
    PROPOSED = ("proposed", "đã đề nghị cấp trên công nhận", "proposed to a higher level")
    STOPPED = ("stopped", "dừng", "stopped")


@attrs.frozen(kw_only=True, weakref_slot=False)
class ModelEvent:
    """Something that happened to a model on a day, by a body where one acted.

    Attributes:
        on: The day, or the month or year when that is all the report says (a
            :class:`PartialDate`: "được công nhận năm 2022").
        by: The acting unit's id, where the report names one.
    """

    kind: ClassVar[str] = "event"
    status: ClassVar[ModelStatus | None] = None

    on: Day = attrs.field(validator=check_required_day)
    by: str | None = attrs.field(default=None, validator=check_optional_id)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Registered(ModelEvent):
    """The unit committed to build the model (đăng ký xây dựng)."""

    kind: ClassVar[str] = "registered"
    status: ClassVar[ModelStatus | None] = ModelStatus.REGISTERED


@attrs.frozen(kw_only=True, weakref_slot=False)
class Built(ModelEvent):
    """The model was put into practice (xây dựng, triển khai)."""

    kind: ClassVar[str] = "built"
    status: ClassVar[ModelStatus | None] = ModelStatus.BUILDING


@attrs.frozen(kw_only=True, weakref_slot=False)
class Appraised(ModelEvent):
    """A steering committee surveyed and appraised it (khảo sát, thẩm định, bình xét)."""

    kind: ClassVar[str] = "appraised"
    status: ClassVar[ModelStatus | None] = ModelStatus.APPRAISED


@attrs.frozen(kw_only=True, weakref_slot=False)
class Recognised(ModelEvent):
    """A body recognised it as a model of a level (công nhận).

    Attributes:
        level: The level recognised at; at most the level of the body ``by``.
    """

    kind: ClassVar[str] = "recognised"
    status: ClassVar[ModelStatus | None] = ModelStatus.RECOGNISED

    level: RecognitionLevel = attrs.field(validator=instance_of(RecognitionLevel))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Proposed(ModelEvent):
    """A body proposed it for recognition at a higher level (đề nghị). Not a recognition.

    Attributes:
        level: The level proposed to.
    """

    kind: ClassVar[str] = "proposed"
    status: ClassVar[ModelStatus | None] = ModelStatus.PROPOSED

    level: RecognitionLevel = attrs.field(validator=instance_of(RecognitionLevel))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Honoured(ModelEvent):
    """It was praised in public (biểu dương, tôn vinh); not an award."""

    kind: ClassVar[str] = "honoured"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Supported(ModelEvent):
    """It received resources (hỗ trợ).

    Attributes:
        note: What was given, as reported.
    """

    kind: ClassVar[str] = "supported"

    note: str | None = attrs.field(default=None, validator=check_free_text)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Replicated(ModelEvent):
    """It was spread to other units (nhân rộng).

    Attributes:
        to: Ids of the units it was replicated to.
    """

    kind: ClassVar[str] = "replicated"

    to: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Stopped(ModelEvent):
    """It stopped working (dừng hoạt động); nothing happens to it after.

    Attributes:
        reason: Why, as reported.
    """

    kind: ClassVar[str] = "stopped"
    status: ClassVar[ModelStatus | None] = ModelStatus.STOPPED

    reason: str | None = attrs.field(default=None, validator=check_free_text)


#: Every kind of model event, for type annotations and serialization.
AnyModelEvent: TypeAlias = (
    Registered
    | Built
    | Appraised
    | Recognised
    | Proposed
    | Honoured
    | Supported
    | Replicated
    | Stopped
)
EVENT_KINDS: tuple[type[ModelEvent], ...] = (
    Registered,
    Built,
    Appraised,
    Recognised,
    Proposed,
    Honoured,
    Supported,
    Replicated,
    Stopped,
)


def _check_event_types(model: Model, attribute: Any, events: Any) -> None:
    if not isinstance(events, tuple) or not all(isinstance(e, EVENT_KINDS) for e in events):
        raise ModelHistoryError(events, "events must be model events (Registered, Recognised …)")


# Readers that build the events themselves skip this check and keep the history rules.
checks_type(_check_event_types, "tuple", ModelEvent)


def _check_history(model: Model, attribute: Any, events: tuple[ModelEvent, ...]) -> None:
    top: RecognitionLevel | None = None
    previous: ModelEvent | None = None
    for i, event in enumerate(events):
        if previous is not None:
            if event.on < previous.on:
                raise ModelHistoryError(event, f"events[{i}] happens before the event it follows")
            if type(previous) is Stopped:
                raise ModelHistoryError(event, f"events[{i}] happens after the model stopped")
        kind = type(event)
        if kind is Proposed and top is not None and event.level <= top:  # type: ignore[attr-defined]
            raise ModelHistoryError(
                event,
                f"events[{i}] proposes {event.level.value} level, "  # type: ignore[attr-defined]
                f"but the model is already recognised at {top.value} level",
            )
        if kind is Recognised:
            level = event.level  # type: ignore[attr-defined]
            top = level if top is None or level > top else top
        previous = event


def _check_partners(model: Model, attribute: Any, partners: tuple[str, ...]) -> None:
    # Validators run once every field is set, so the owning unit is known here.
    if model.unit in partners:
        raise InvalidEntityError(model.id, "the owning unit is no partner of its own model")


@attrs.frozen(kw_only=True, weakref_slot=False)
class Model:
    """A model or exemplar of the movement, with its dated life.

    Attributes:
        id: Stable id.
        title: Its name as reported ("Chính quyền thân thiện").
        kind: Model or exemplar.
        holder: Collective, individual or household.
        field: The field it works in, ``None`` when unknown.
        unit: The owning unit's id: where the model is counted.
        movement: The movement's id.
        phase: The phase's id, ``None`` when unknown.
        events: Its life, in date order.
        holder_name: Who holds it, as written ("chị Nguyễn Thị L.", "gia đình ông H.").
        partners: Ids of units that share it without owning it (a model two wards run
            together is counted once, in its ``unit``).
        notes: What was inferred rather than read, and why.

    Examples:
        >>> import datetime
        >>> from danvan import Field, Model, Proposed, Recognised, RecognitionLevel, Registered
        >>> m = Model(id="m1", title="Chính quyền thân thiện", unit="phuong-quyet-thang",
        ...           movement="dan-van-kheo", field=Field.POLITICAL_SYSTEM, events=(
        ...     Registered(on=datetime.date(2022, 1, 10)),
        ...     Recognised(on=datetime.date(2022, 12, 1), level=RecognitionLevel.GRASSROOTS),
        ...     Proposed(on=datetime.date(2023, 11, 22), level=RecognitionLevel.PROVINCE),
        ... ))
        >>> m.top_level(), m.status().value
        (<RecognitionLevel.GRASSROOTS: 'grassroots'>, 'proposed')
    """

    id: str = attrs.field(validator=check_id)
    title: str = attrs.field(validator=check_text)
    kind: ModelKind = attrs.field(default=ModelKind.MODEL, validator=instance_of(ModelKind))
    holder: HolderKind = attrs.field(
        default=HolderKind.COLLECTIVE, validator=instance_of(HolderKind)
    )
    field: Field | None = attrs.field(default=None, validator=optional_instance_of(Field))
    unit: str = attrs.field(validator=check_id)
    movement: str = attrs.field(validator=check_id)
    phase: str | None = attrs.field(default=None, validator=check_optional_id)
    events: tuple[AnyModelEvent, ...] = attrs.field(
        default=(), converter=to_tuple, validator=[_check_event_types, _check_history]
    )
    holder_name: str | None = attrs.field(default=None, validator=check_optional_text)
    partners: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=[check_ids, _check_partners]
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)

    def _until(self, at: dt.date | None) -> tuple[AnyModelEvent, ...]:
        if at is None:
            return self.events
        if type(at) is not dt.date:  # "2025-07-01"; a datetime is refused
            at = day_given(at, to="Model", name="at")
        return tuple(e for e in self.events if e.on <= at)

    def status(self, *, at: dt.date | None = None) -> ModelStatus | None:
        """Where the model stood on ``at`` (by its latest events); ``None`` before any.

        Args:
            at: Read the events up to this day; all of them when ``None``.

        Returns:
            The status its latest event gives, or ``None``.
        """
        status = None
        for event in self._until(at):
            if event.status is not None:
                status = event.status
        return status

    @property
    def recognitions(self) -> tuple[Recognised, ...]:
        """Every recognition, in date order."""
        return tuple(e for e in self.events if isinstance(e, Recognised))

    def top_level(self, *, at: dt.date | None = None) -> RecognitionLevel | None:
        """The highest level recognised by ``at``; ``None`` if never recognised.

        Args:
            at: Read the events up to this day; all of them when ``None``.

        Returns:
            The level, or ``None``.
        """
        levels = [e.level for e in self._until(at) if isinstance(e, Recognised)]
        return max(levels) if levels else None

    def is_recognised(
        self, level: RecognitionLevel | None = None, *, at: dt.date | None = None
    ) -> bool:
        """Whether it was recognised by ``at``, at ``level`` or higher when given.

        Args:
            level: The lowest level that counts; any level when ``None``.
            at: Read the events up to this day; all of them when ``None``.

        Returns:
            ``True`` when a recognition at ``level`` or above happened by ``at``.
        """
        top = self.top_level(at=at)
        return top is not None and (level is None or top >= level)

    def pending_proposal(self, *, at: dt.date | None = None) -> RecognitionLevel | None:
        """The level it was proposed to and not (yet) recognised at, by ``at``.

        Args:
            at: Read the events up to this day; all of them when ``None``.

        Returns:
            The level proposed to, or ``None`` when no proposal is pending.
        """
        pending = None
        for event in self._until(at):
            if isinstance(event, Proposed):
                pending = event.level
            elif isinstance(event, Recognised) and pending is not None and event.level >= pending:
                pending = None
        return pending
