"""Programmes, their phases, and the conferences that review them.

A movement (phong trào) or programme, such as "Dân vận khéo" or the "Năm dân vận
chính quyền", runs in phases (giai đoạn), each launched by directives or plans (chỉ
thị, kế hoạch) and looked back on at review conferences: yearly, at mid-term (sơ kết),
at the end (tổng kết) or N years after a directive ("đánh giá 2 năm thực hiện").
Figures of different programmes are never summed together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from danvan._dates import Day, check_day
from danvan._occasions import ReviewKind
from danvan._periods import Period
from danvan._validators import (
    check_free_text,
    check_id,
    check_ids,
    check_optional_id,
    check_optional_text,
    check_some_ids,
    check_text,
    check_texts,
    instance_of,
    optional_instance_of,
    to_ids,
    to_tuple,
    tuple_of,
)
from danvan.exceptions import InvalidEntityError

__all__ = ["Movement", "Phase", "Review", "Role"]


@attrs.frozen(kw_only=True)
class Movement:
    """A programme that figures, models and awards belong to.

    Attributes:
        id: Stable id, e.g. ``"dan-van-kheo"``.
        name: The Vietnamese name.
        name_en: The English name.
        aliases: Other names reports use.
        part_of: The id of the movement this one narrows ("mô hình 'Dân vận khéo' trong
            xây dựng nông thôn mới" is part of "Dân vận khéo"). Its figures and models
            stay its own; :meth:`Dataset.merge_movements` counts them as the parent's
            when asked.

    Examples:
        >>> from danvan import Movement
        >>> Movement.DAN_VAN_KHEO.name
        'Phong trào thi đua "Dân vận khéo"'
    """

    DAN_VAN_KHEO: ClassVar[Movement]
    GOVERNMENT_MASS_MOBILISATION: ClassVar[Movement]
    GRASSROOTS_DEMOCRACY: ClassVar[Movement]
    DIRECT_DIALOGUE: ClassVar[Movement]

    id: str = attrs.field(validator=check_id)
    name: str = attrs.field(validator=check_text)
    name_en: str | None = attrs.field(default=None, validator=check_free_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)
    part_of: str | None = attrs.field(default=None, validator=check_optional_id)

    def __attrs_post_init__(self) -> None:
        if self.part_of == self.id:
            raise InvalidEntityError(self.id, "a movement cannot be part of itself")


def part_of_chain(known: Mapping[str, Movement], movement_id: str) -> list[str]:
    """The ids of the movements ``movement_id`` is part of, nearest first.

    The chain stops at an id ``known`` lacks, and at the first id met twice: a chain that
    comes back to ``movement_id`` ends with it.
    """
    chain: list[str] = []
    parent = known[movement_id].part_of
    while parent is not None and parent in known and parent not in chain:
        chain.append(parent)
        parent = known[parent].part_of
    return chain


def part_of_problems(movements: Sequence[Movement]) -> list[str]:
    """Each ``part_of`` naming no movement, or leading back to its own, with its path."""
    known = {m.id: m for m in movements}
    problems = []
    for i, movement in enumerate(movements):
        path, parent = f"movements[{i}].part_of", movement.part_of
        if parent is not None and parent not in known:
            problems.append(f"unknown movement {parent!r} @ $.{path}")
        if movement.id in part_of_chain(known, movement.id):
            problems.append(f"movement {movement.id!r} is part of itself @ $.{path}")
    return problems


Movement.DAN_VAN_KHEO = Movement(
    id="dan-van-kheo",
    name='Phong trào thi đua "Dân vận khéo"',
    name_en='"Skilful mass mobilisation" emulation movement',
    aliases=("Dân vận khéo",),
)
Movement.GOVERNMENT_MASS_MOBILISATION = Movement(
    id="nam-dan-van-chinh-quyen",
    name='"Năm dân vận chính quyền"',
    name_en="Year of government mass mobilisation",
)
Movement.GRASSROOTS_DEMOCRACY = Movement(
    id="quy-che-dan-chu-co-so",
    name="Thực hiện quy chế dân chủ ở cơ sở",
    name_en="Grassroots democracy",
    aliases=("QCDC",),
)
Movement.DIRECT_DIALOGUE = Movement(
    id="doi-thoai-truc-tiep",
    name="Người đứng đầu đối thoại trực tiếp với nhân dân",
    name_en="Direct dialogue of leaders with the people",
)


@attrs.frozen(kw_only=True)
class Phase:
    """A named period of a movement, launched by directives.

    Attributes:
        id: Stable id, e.g. ``"dan-van-kheo/2021-2025"``.
        movement: The movement's id.
        period: The days it covers.
        name: The name reports give it ("giai đoạn 2021-2025").
        launched_by: Ids of the directives or plans that opened it.

    The national movement's two phases are built in: ``Phase.DAN_VAN_KHEO_2016_2020``
    and ``Phase.DAN_VAN_KHEO_2021_2025``.

    Examples:
        >>> from danvan import Period, Phase
        >>> phase = Phase(id="dvk/2021-2025", movement="dan-van-kheo",
        ...               period=Period.parse("giai đoạn 2021-2025"))
        >>> phase.mid_term()
        datetime.date(2023, 7, 1)
        >>> Phase.DAN_VAN_KHEO_2021_2025.id
        'dan-van-kheo/2021-2025'
    """

    DAN_VAN_KHEO_2016_2020: ClassVar[Phase]
    DAN_VAN_KHEO_2021_2025: ClassVar[Phase]

    id: str = attrs.field(validator=check_id)
    movement: str = attrs.field(validator=check_id)
    period: Period = attrs.field(validator=instance_of(Period))
    name: str | None = attrs.field(default=None, validator=check_free_text)
    launched_by: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )

    def contains(self, other: Day | Period) -> bool:
        """Whether a day or a period lies inside the phase.

        Args:
            other: A day, a month or year (all of it), or a period.

        Returns:
            ``True`` when it lies inside the phase's period.
        """
        return self.period.contains(other)

    def overlaps(self, other: Phase | Period) -> bool:
        """Whether the phase shares a day with another phase or period.

        Args:
            other: Another phase, or a period.

        Returns:
            ``True`` when they share a day.
        """
        return self.period.overlaps(other.period if isinstance(other, Phase) else other)

    def mid_term(self) -> dt.date:
        """The day halfway through, where a mid-term review (sơ kết) falls.

        Returns:
            The midpoint of the phase's period (:meth:`Period.midpoint`).
        """
        return self.period.midpoint()


Phase.DAN_VAN_KHEO_2016_2020 = Phase(
    id="dan-van-kheo/2016-2020",
    movement=Movement.DAN_VAN_KHEO.id,
    period=Period.years(2016, 2020),
    name="giai đoạn 2016-2020",
)
Phase.DAN_VAN_KHEO_2021_2025 = Phase(
    id="dan-van-kheo/2021-2025",
    movement=Movement.DAN_VAN_KHEO.id,
    period=Period.years(2021, 2025),
    name="giai đoạn 2021-2025",
)


def _to_kinds(value: object) -> object:
    return (value,) if isinstance(value, ReviewKind) else to_tuple(value)  # type: ignore[arg-type]


def _check_kinds(review: Review, attribute: Any, value: tuple[Any, ...]) -> None:
    if not value or not all(isinstance(kind, ReviewKind) for kind in value):
        raise InvalidEntityError(value, "kinds names one ReviewKind or more")
    if len(set(value)) != len(value):
        raise InvalidEntityError(value, "kinds names a kind twice")


@attrs.frozen(kw_only=True)
class Role:
    """A named person's part in a review.

    "Đồng chí Nguyễn Văn A., Phó Bí thư Tỉnh ủy, dự và chỉ đạo hội nghị".

    Attributes:
        role: The part, as written ("chủ trì", "dự và chỉ đạo", "báo cáo tham luận").
        name: The person's name as written.
        position: Their office, as written ("Phó Bí thư Thường trực Tỉnh ủy").
        unit: The id of their unit, when known.
    """

    role: str = attrs.field(validator=check_text)
    name: str = attrs.field(validator=check_text)
    position: str | None = attrs.field(default=None, validator=check_optional_text)
    unit: str | None = attrs.field(default=None, validator=check_optional_id)


@attrs.frozen(kw_only=True)
class Review:
    """A review conference or report: what was looked back on, by whom, when.

    Attributes:
        id: Stable id.
        kinds: What it is: annual, N-year evaluation, mid-term, final, honouring,
            thematic, lessons-learned, contest, appraisal; several at once ("tổng kết 5
            năm … và biểu dương điển hình"). One kind alone may be given as a member.
        organisers: The ids of the organising units ("Ban Dân vận Huyện ủy phối hợp Hội
            Cựu chiến binh, Hội Nông dân huyện tổ chức"); one alone may be given as a
            string.
        held_on: The day it was held, ``None`` when unknown.
        period: The period it covers.
        directives: Ids of the documents reviewed.
        movements: The movements reviewed (one conference may review two linked ones).
        phase: The phase reviewed.
        years: How many years it looks back on, whatever its kind ("tổng kết 10 năm",
            "sau 3 năm phát động").
        title: Its name as reported.
        notes: What was inferred rather than read, and why (a year a report omits).
        under_review: The id of the unit a delegation assesses, when the review is of
            one unit ("Đoàn kiểm tra của Ban Dân vận Tỉnh ủy làm việc với Huyện ủy").
        roles: Named people and their parts (who chaired, who attended).
    """

    id: str = attrs.field(validator=check_id)
    kinds: tuple[ReviewKind, ...] = attrs.field(converter=_to_kinds, validator=_check_kinds)
    organisers: tuple[str, ...] = attrs.field(converter=to_ids, validator=check_some_ids)
    held_on: Day | None = attrs.field(default=None, validator=check_day)
    period: Period | None = attrs.field(default=None, validator=optional_instance_of(Period))
    directives: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )
    movements: tuple[str, ...] = attrs.field(default=(), converter=to_ids, validator=check_ids)
    phase: str | None = attrs.field(default=None, validator=check_optional_id)
    years: int | None = None
    title: str | None = attrs.field(default=None, validator=check_free_text)
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)
    under_review: str | None = attrs.field(default=None, validator=check_optional_id)
    roles: tuple[Role, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Role))

    def __attrs_post_init__(self) -> None:
        if self.years is not None and (type(self.years) is not int or self.years < 1):
            raise InvalidEntityError(self.years, "years must be a whole number of at least 1")
