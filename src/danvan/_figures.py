"""Figures and their sources.

Most of what is known about the movement is numbers in reports: "đã đăng ký xây
dựng 1.635 mô hình …, trong đó có 451 mô hình thuộc lĩnh vực kinh tế". A
:class:`Figure` keeps such a number with everything needed to use it honestly: what
it measures, its qualifier, the unit and period it covers, the movement it belongs to,
its breakdown dimensions, whether it was reported or computed, and the sentence it
came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from danvan._counts import Count
from danvan._measures import UnitOfMeasure
from danvan._models import ModelStatus
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._sources import Source
from danvan._terms import Term
from danvan._validators import (
    check_date,
    check_free_text,
    check_id,
    check_optional_id,
    check_some_ids,
    check_texts,
    frozen_mapping,
    instance_of,
    optional_instance_of,
    to_ids,
    to_tuple,
)
from danvan._vocabulary import Field, HolderKind, ModelKind, RecognitionLevel
from danvan.exceptions import InvalidEntityError, InvalidValueError

__all__ = [
    "AMOUNT_UNITS",
    "BREAKDOWN_DIMENSIONS",
    "Change",
    "Completeness",
    "Dims",
    "Figure",
    "FigureStatus",
    "Source",
]


class FigureStatus(Term):
    """Where a figure comes from."""

    REPORTED = ("reported", "số liệu báo cáo", "reported")
    ESTIMATED = ("estimated", "ước tính", "estimated")
    PROVISIONAL = ("provisional", "số liệu tạm tính", "provisional")
    COMPUTED = ("computed", "tính toán", "computed")


class Change(Term):
    """Which way a figure that is a change went ("tăng 120 mô hình so với năm trước")."""

    INCREASE = ("increase", "tăng", "increase", "tăng thêm")
    DECREASE = ("decrease", "giảm", "decrease", "giảm bớt")


class Completeness(Term):
    """Whether a report gives a breakdown whole or only in part.

    "1.635 mô hình, trong đó 451 kinh tế, 878 văn hóa - xã hội, 166 quốc phòng - an
    ninh, 140 xây dựng hệ thống chính trị" is complete; "… trong đó có 451 mô hình kinh
    tế" (the excerpt stops there, or the report names only the largest fields) is partial.
    """

    COMPLETE = ("complete", "đầy đủ", "complete", "du", "toan bo")
    PARTIAL = ("partial", "một phần", "partial", "mot so")


#: The dimensions a total is broken down by, in the order a part's first one is read.
BREAKDOWN_DIMENSIONS = ("fields", "level", "holder", "kind", "status", "category")


def _to_breakdowns(value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise InvalidEntityError(value, "breakdowns map a dimension to its completeness")
    unknown = sorted(str(k) for k in value if k not in BREAKDOWN_DIMENSIONS)
    if unknown:
        raise InvalidEntityError(
            unknown, f"a breakdown is by one of {', '.join(BREAKDOWN_DIMENSIONS)}"
        )
    if not all(isinstance(v, Completeness) for v in value.values()):
        raise InvalidEntityError(value, "each breakdown is Completeness.COMPLETE or PARTIAL")
    return frozen_mapping(value) if value else _NO_BREAKDOWNS


# The breakdowns of a figure that declares none, and the cell of a total: one for all
# the figures that have them, as a million figures' columns read each once.
_NO_BREAKDOWNS: Mapping[str, Completeness] = frozen_mapping({})


def _sorted_fields(value: object) -> tuple[Field, ...]:
    if isinstance(value, Field):
        return (value,)
    if isinstance(value, list | tuple | set | frozenset):
        try:
            return tuple(sorted(set(value), key=list(Field).index))
        except ValueError:
            pass
    raise InvalidEntityError(value, "fields must be Field members")


@attrs.frozen(kw_only=True)
class Dims:
    """The breakdown cell a figure belongs to. Unset dimensions are ``None``.

    Attributes:
        fields: The field or fields (a report may merge two in one category).
        level: A recognition level.
        holder: Collective or individual.
        kind: Model or exemplar.
        status: A model status ("proposed to a higher level").
        category: A local category that is no field (a target group, "chỉnh trang đô
            thị").
        label: The report's own wording for the cell ("VHXH và chỉnh trang đô thị").
    """

    fields: tuple[Field, ...] = attrs.field(default=(), converter=_sorted_fields)
    level: RecognitionLevel | None = attrs.field(
        default=None, validator=optional_instance_of(RecognitionLevel)
    )
    holder: HolderKind | None = attrs.field(
        default=None, validator=optional_instance_of(HolderKind)
    )
    kind: ModelKind | None = attrs.field(default=None, validator=optional_instance_of(ModelKind))
    status: ModelStatus | None = attrs.field(
        default=None, validator=optional_instance_of(ModelStatus)
    )
    category: str | None = attrs.field(default=None, validator=check_free_text)
    label: str | None = attrs.field(default=None, validator=check_free_text)

    @property
    def field(self) -> Field | None:
        """The single field of the cell; ``None`` when none or several."""
        return self.fields[0] if len(self.fields) == 1 else None

    @property
    def is_total(self) -> bool:
        """Whether no dimension is set: the figure is a total.

        The report's wording (``label``) is no dimension: "tổng số mô hình" labels a
        total, not a cell.
        """
        return attrs.evolve(self, label=None) == _TOTAL


_TOTAL = Dims()


_BUILTIN_UNITS = {member.value: member for member in UnitOfMeasure}


def _to_unit(value: Any) -> Any:
    """A built-in unit's code is read as the member, so both spellings are one unit."""
    return _BUILTIN_UNITS.get(value, value) if isinstance(value, str) else value


def _check_unit(figure: Figure, attribute: Any, value: Any) -> None:
    if isinstance(value, UnitOfMeasure):
        return
    if not isinstance(value, str) or value.split() != [value]:
        raise InvalidEntityError(
            value,
            "unit_of_measure is a UnitOfMeasure, or the code of a unit of measure the "
            "dataset defines (UnitOfMeasureDefinition)",
        )


def _check_value(figure: Figure, attribute: Any, value: Any) -> None:
    if not isinstance(value, Count | Percent | Amount):
        raise InvalidEntityError(
            value,
            "a figure's value is a Count (parse_count: '1.635', 'hơn 310'), a Percent "
            "(parse_number: 'hơn 80%') or an Amount (a measure with a fraction: '46,5 km')",
        )


#: The built-in units an amount with a fraction may measure; the rest are counted whole.
AMOUNT_UNITS = (
    UnitOfMeasure.KM,
    UnitOfMeasure.M,
    UnitOfMeasure.HA,
    UnitOfMeasure.M2,
    UnitOfMeasure.VND,
    UnitOfMeasure.WORKDAYS,
)
_WHOLE_UNITS = frozenset(UnitOfMeasure) - set(AMOUNT_UNITS)


@attrs.frozen(kw_only=True)
class Figure:
    """A number a report gives, or one danvan computed.

    Attributes:
        measure: The code of what it measures (see :class:`Measure`).
        value: The count, with its qualifier, the percentage ("hơn 80% mô hình hoạt
            động hiệu quả": a :class:`Percent` of ``unit_of_measure``), or an
            :class:`Amount` of ``unit_of_measure`` with a fraction ("làm mới 46,5 km
            đường giao thông").
        unit_of_measure: What it counts: a :class:`UnitOfMeasure`, or the code of a
            :class:`UnitOfMeasureDefinition` of the dataset ("phòng học").
        scope: The id of the unit it covers.
        movements: The ids of the movements it belongs to: one, or several when a report
            gives one set of figures for linked movements ("phong trào thi đua 'Dân vận
            khéo', xây dựng 'Đơn vị dân vận tốt'"). One id alone may be given as a string.
        period: The period it covers, when known.
        dims: The breakdown cell.
        status: Reported, estimated, provisional or computed.
        source: Where it was read; required unless computed.
        id: Stable id, needed when parts point at it.
        part_of: The id of the total this figure is a part of.
        out_of: What the value is out of, for a ratio a report writes as "8/8 huyện".
        notes: What was inferred, and why.
        restates: The id of a figure of the same report that gives the same quantity in
            other words ("hơn 310" in the headline restated as 318 below, or the reverse);
            for a percentage, the count it is the share of: of its ``of``, or of the
            count's own ``out_of`` for a ratio ("1.953/2.148 thôn …, chiếm 90,9%").
        subset_of: The id of a figure of the same report this one is among, without
            being a cell of a breakdown that adds up: 1.642 of 1.930 registered models
            "được triển khai hiệu quả".
        as_of: The day a stock stands on ("đến nay, toàn huyện có 318 mô hình", "hiện
            có", "hiện duy trì"): a count of what exists then, not of what happened in a
            period.
        occurrences: Whether the value counts occurrences (lượt: "286 lượt hộ được hỗ
            trợ"), in which one holder may count more than once; never compared with
            a count of distinct holders.
        change: For a change against an earlier period ("tăng 120 mô hình so với năm
            trước"), which way it went; a change is never added to, or compared with,
            stocks and flows.
        compared_to: The earlier period a change is against, when the report says.
        model: The id of the model the figure is about ("mô hình hỗ trợ nhà ở … 210 triệu
            đồng"), when it belongs to one.
        directive: The id of the document (a plan) the figure is about ("25 xã điểm" of
            a plan), when it belongs to one.
        of: For a percentage, the id of the figure of the same report it is a share of
            ("hơn 80% mô hình" of the 318 models).
        breakdowns: For a total, how the report gives each of its breakdowns, by the
            dimension its parts break it down by (``{"fields": Completeness.PARTIAL}``
            when "trong đó" names only some fields). A breakdown the report says nothing
            about is judged by whether its parts cover every member of their dimension.

    Examples:
        >>> from danvan import Count, Figure, Source, UnitOfMeasure
        >>> total = Figure(id="nb-registered", measure="registered", value=Count(1635),
        ...                unit_of_measure=UnitOfMeasure.MODELS_AND_EXEMPLARS,
        ...                scope="vn/ninh-binh", movements="dan-van-kheo",
        ...                source=Source(quote="toàn tỉnh đã đăng ký xây dựng 1.635 mô hình"))
        >>> str(total.value)
        '1.635'
    """

    measure: str = attrs.field(validator=check_id)
    value: Count | Percent | Amount = attrs.field(validator=_check_value)
    unit_of_measure: UnitOfMeasure | str = attrs.field(converter=_to_unit, validator=_check_unit)
    scope: str = attrs.field(validator=check_id)
    movements: tuple[str, ...] = attrs.field(converter=to_ids, validator=check_some_ids)
    period: Period | None = attrs.field(default=None, validator=optional_instance_of(Period))
    dims: Dims = attrs.field(default=_TOTAL, validator=instance_of(Dims))
    status: FigureStatus = attrs.field(
        default=FigureStatus.REPORTED, validator=instance_of(FigureStatus)
    )
    source: Source | None = attrs.field(default=None, validator=optional_instance_of(Source))
    id: str | None = attrs.field(default=None, validator=check_optional_id)
    part_of: str | None = attrs.field(default=None, validator=check_optional_id)
    out_of: Count | None = attrs.field(default=None, validator=optional_instance_of(Count))
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)
    restates: str | None = attrs.field(default=None, validator=check_optional_id)
    subset_of: str | None = attrs.field(default=None, validator=check_optional_id)
    breakdowns: Mapping[str, Completeness] = attrs.field(
        factory=dict, converter=_to_breakdowns, hash=False
    )
    as_of: dt.date | None = attrs.field(default=None, validator=check_date)
    of: str | None = attrs.field(default=None, validator=check_optional_id)
    occurrences: bool = attrs.field(default=False, validator=instance_of(bool))
    model: str | None = attrs.field(default=None, validator=check_optional_id)
    directive: str | None = attrs.field(default=None, validator=check_optional_id)
    change: Change | None = attrs.field(default=None, validator=optional_instance_of(Change))
    compared_to: Period | None = attrs.field(default=None, validator=optional_instance_of(Period))

    def __attrs_post_init__(self) -> None:
        if self.compared_to is not None and self.change is None:
            raise InvalidEntityError(
                self.id or self.measure, "only a change (change=) is compared to a period"
            )
        if self.source is None and self.status is not FigureStatus.COMPUTED:
            raise InvalidEntityError(
                self.id or self.measure, "a figure without a source must have status computed"
            )
        if isinstance(self.value, Percent) and self.out_of is not None:
            raise InvalidEntityError(
                self.id or self.measure, "a percentage has no out_of: name its base with of="
            )
        if isinstance(self.value, Amount) and (
            self.out_of is not None or self.unit_of_measure in _WHOLE_UNITS
        ):
            raise InvalidEntityError(
                self.id or self.measure,
                f"an amount with a fraction ({self.value}) measures a length, an area, money "
                "or a unit the dataset defines, not what is counted whole, and has no out_of",
            )
        if self.of is not None and not isinstance(self.value, Percent):
            raise InvalidEntityError(
                self.id or self.measure, "only a percentage is a share of another figure (of=)"
            )
        for link in ("part_of", "restates", "subset_of", "of"):
            if getattr(self, link) is not None and getattr(self, link) == self.id:
                raise InvalidEntityError(self.id, f"a figure cannot be {link} itself")


def count_of(figure: Figure) -> Count:
    """A figure's value as a count; a percentage or an amount is refused, naming the figure.

    Counting, roll-ups and breakdown sums add counts; a percentage never enters a sum.

    Raises:
        InvalidValueError: The figure gives a percentage or an amount.
    """
    if isinstance(figure.value, Percent):
        raise InvalidValueError(
            figure.id or f"{figure.measure} {figure.value}",
            f"a percentage ({figure.value}) is not added up with counts",
        )
    if isinstance(figure.value, Amount):
        raise InvalidValueError(
            figure.id or f"{figure.measure} {figure.value}",
            f"an amount ({figure.value}) is not added up with counts",
        )
    return figure.value


def is_count(figure: Figure) -> bool:
    """Whether a figure gives a count (not a percentage nor an amount)."""
    return isinstance(figure.value, Count)


def quantity_kind(figure: Figure) -> tuple[object, ...]:
    """What two figures must share to be added up or compared at all.

    A count, a percentage or an amount; of distinct holders or of occurrences; a level, or a
    change (and which way); of one programme: figures of other movements are never
    combined.
    """
    return (type(figure.value), figure.occurrences, figure.change, figure.movements)


def shared_counts(share: Figure, figures: Mapping[str, Figure]) -> tuple[Count, Count] | None:
    """The two counts a percentage is the share of, its report's ``figures`` by id.

    The count it ``restates`` out of the one it is ``of``; with no ``of``, a restated
    ratio's value out of its ``out_of`` ("1.953/2.148 thôn …, chiếm 90,9%"). ``None``
    when they give no two counts.
    """
    part = figures.get(share.restates or "")
    if part is None or not is_count(part):
        return None
    if share.of is None:
        return None if part.out_of is None else (count_of(part), part.out_of)
    base = figures.get(share.of)
    return (count_of(part), count_of(base)) if base is not None and is_count(base) else None
