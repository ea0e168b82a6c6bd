"""What a figure measures, and how that measure adds up.

"1.635 mô hình đã đăng ký" and "1.999 mô hình được công nhận" are different measures:
registrations are a flow that adds up over years, models in operation a stock whose
latest value counts, and a count of distinct models cannot be summed across units
that share them. Each :class:`Measure` says so, and the aggregation rules obey.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from danvan._lang import Lang, check_lang
from danvan._terms import Term
from danvan._validators import (
    check_id,
    check_text,
    check_texts,
    instance_of,
    optional_instance_of,
)
from danvan.exceptions import InvalidEntityError, UnknownTermError

__all__ = [
    "AcrossTime",
    "AcrossUnits",
    "Measure",
    "measure_label",
    "MODEL_UNITS",
    "Per",
    "UnitOfMeasure",
    "UnitOfMeasureDefinition",
    "unit_label",
]


class AcrossUnits(Term):
    """How figures of sibling units combine into their parent's."""

    SUM = ("sum", "cộng", "sum")
    COUNT_DISTINCT = ("count_distinct", "đếm không trùng", "count distinct")
    NONE = ("none", "không cộng", "does not add up")


class AcrossTime(Term):
    """How figures of consecutive periods combine."""

    SUM = ("sum", "cộng dồn", "sum (a flow)")
    LAST = ("last", "giá trị cuối kỳ", "last value (a stock)")
    NONE = ("none", "không cộng", "does not add up")


class UnitOfMeasure(Term):
    """What a figure counts or measures."""

    MODELS = ("models", "mô hình", "models")
    EXEMPLARS = ("exemplars", "điển hình", "exemplars")
    MODELS_AND_EXEMPLARS = ("models_and_exemplars", "mô hình, điển hình", "models and exemplars")
    COLLECTIVES = ("collectives", "tập thể", "collectives")
    INDIVIDUALS = ("individuals", "cá nhân", "individuals")
    RECIPIENTS = (
        "recipients",
        "tập thể và cá nhân",
        "collectives and individuals",
        "tập thể, cá nhân",
        "tập thể cá nhân",
    )
    CONFERENCES = ("conferences", "hội nghị", "conferences", "cuộc")
    PEOPLE = ("people", "người", "people", "lượt người")
    HOUSEHOLDS = ("households", "hộ", "households")
    HOUSES = ("houses", "nhà", "houses", "căn nhà", "ngôi nhà")
    UNITS = ("units", "đơn vị", "units")
    VND = ("vnd", "đồng", "VND", "VNĐ")
    WORKDAYS = ("workdays", "ngày công", "workdays")
    KM = ("km", "km", "kilometres")
    M = ("m", "m", "metres", "mét")
    HA = ("ha", "ha", "hectares")
    M2 = ("m2", "m²", "square metres", "m2", "mét vuông")
    PERCENT = ("percent", "%", "percent", "phần trăm")


#: The units that count models or exemplars.
MODEL_UNITS = frozenset(
    (UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS, UnitOfMeasure.MODELS_AND_EXEMPLARS)
)


class Per(Term):
    """What a rate is per: "47,2 triệu đồng/người/năm" is VND per person per year."""

    PERSON = ("person", "người", "person", "nhân khẩu", "khẩu", "lao động")
    HOUSEHOLD = ("household", "hộ", "household", "gia đình")
    YEAR = ("year", "năm", "year")
    MONTH = ("month", "tháng", "month")
    DAY = ("day", "ngày", "day")


def _aliases(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (value,)  # type: ignore[return-value]


def _per(value: object) -> tuple[Any, ...]:
    items: tuple[Any, ...] = tuple(value) if isinstance(value, list | tuple) else (value,)
    return tuple(Per.parse(item) if isinstance(item, str) else item for item in items)


def _check_per(owner: object, attribute: Any, value: tuple[Any, ...]) -> None:
    if not all(isinstance(item, Per) for item in value):
        raise InvalidEntityError(value, "per is a tuple of Per members (person, year …)")


def _check_code(owner: object, attribute: Any, value: Any) -> None:
    check_id(owner, attribute, value)
    if value in _BUILTIN_UNIT_CODES:
        raise InvalidEntityError(
            value, "a built-in unit of measure: use UnitOfMeasure, not a definition"
        )


@attrs.frozen(kw_only=True)
class UnitOfMeasureDefinition:
    """A unit of measure a dataset defines beside the built-in :class:`UnitOfMeasure`.

    Reports count classrooms, houses, bridges, trips, contests and delegates; a dataset
    names each once, and its figures give the code as their ``unit_of_measure``. A rate
    ("triệu đồng/người/năm") is a unit of another unit ``per`` persons, households or
    periods.

    Attributes:
        code: Stable snake_case code, different from every built-in one.
        label_vi: Vietnamese label ("phòng học").
        label_en: English label ("classrooms").
        aliases: Further wordings reports use for it ("phòng").
        of: For a rate, the unit it is a rate of (``UnitOfMeasure.VND``).
        per: For a rate, what it is per, in order (person, then year).

    Examples:
        >>> from danvan import Per, UnitOfMeasure, UnitOfMeasureDefinition
        >>> income = UnitOfMeasureDefinition(code="vnd_per_person_year",
        ...     label_vi="đồng/người/năm", label_en="VND per person per year",
        ...     of=UnitOfMeasure.VND, per=(Per.PERSON, Per.YEAR))
        >>> income.is_rate
        True
    """

    code: str = attrs.field(validator=_check_code)
    label_vi: str = attrs.field(validator=check_text)
    label_en: str = attrs.field(validator=check_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases, validator=check_texts)
    of: UnitOfMeasure | None = attrs.field(
        default=None, validator=optional_instance_of(UnitOfMeasure)
    )
    per: tuple[Per, ...] = attrs.field(default=(), converter=_per, validator=_check_per)

    def __attrs_post_init__(self) -> None:
        if self.of is not None and not self.per:
            raise InvalidEntityError(self.code, "a rate of a unit says what it is per (per=)")

    @property
    def is_rate(self) -> bool:
        """Whether the unit is a rate (per person, per year …)."""
        return bool(self.per)

    def label(self, lang: Lang = "vi") -> str:
        """The label in ``lang``.

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The label.

        Raises:
            UnknownTermError: An unknown language.
        """
        return self.label_en if check_lang(lang) == "en" else self.label_vi


def unit_label(unit: UnitOfMeasure | UnitOfMeasureDefinition | str, lang: Lang = "vi") -> str:
    """The label of a unit of measure, or its code when it is a code not resolved."""
    return unit if isinstance(unit, str) else unit.label(lang)


@attrs.frozen(kw_only=True)
class Measure:
    """A quantity figures report, with its aggregation rules.

    The built-in measures are class attributes (``Measure.REGISTERED`` …); a dataset
    may define more.

    Attributes:
        code: Stable snake_case code.
        label_vi: Vietnamese label.
        label_en: English label.
        across_units: How sibling units' figures combine.
        across_time: How consecutive periods' figures combine.
        zero_is_missing: Whether a report's silence may be read as zero (never, for
            the built-ins: unknown is not zero).
    """

    MODELS: ClassVar[Measure]
    REGISTERED: ClassVar[Measure]
    BUILT: ClassVar[Measure]
    IN_OPERATION: ClassVar[Measure]
    RECOGNISED: ClassVar[Measure]
    PROPOSED: ClassVar[Measure]
    HONOURED: ClassVar[Measure]
    COMMENDED: ClassVar[Measure]
    SUPPORTED: ClassVar[Measure]
    REPLICATED: ClassVar[Measure]
    DIALOGUE_CONFERENCES: ClassVar[Measure]
    PARTICIPANTS: ClassVar[Measure]
    MONEY_RAISED: ClassVar[Measure]
    WORKDAYS: ClassVar[Measure]
    COVERAGE: ClassVar[Measure]
    LAND_DONATED: ClassVar[Measure]
    OUT_OF_POVERTY: ClassVar[Measure]

    code: str = attrs.field(validator=check_id)
    label_vi: str = attrs.field(validator=check_text)
    label_en: str = attrs.field(validator=check_text)
    across_units: AcrossUnits = attrs.field(
        default=AcrossUnits.SUM, validator=instance_of(AcrossUnits)
    )
    across_time: AcrossTime = attrs.field(default=AcrossTime.SUM, validator=instance_of(AcrossTime))
    zero_is_missing: bool = False

    @classmethod
    def builtins(cls) -> tuple[Measure, ...]:
        """Every built-in measure.

        Returns:
            The built-in measures, in a fixed order.
        """
        return _BUILTINS

    @classmethod
    def get(cls, code: str) -> Measure:
        """The built-in measure with ``code``.

        Args:
            code: The measure's code.

        Returns:
            The measure.

        Raises:
            UnknownTermError: No built-in measure has that code.
        """
        for measure in _BUILTINS:
            if measure.code == code:
                return measure
        raise UnknownTermError(code, "Measure", [m.code for m in _BUILTINS])


def measure_label(code: str, lang: Lang = "vi") -> str:
    """The label of a built-in measure in ``lang``; any other code as it is."""
    for measure in _BUILTINS:
        if measure.code == code:
            return measure.label_en if lang == "en" else measure.label_vi
    return code


def _flow(code: str, vi: str, en: str) -> Measure:
    return Measure(code=code, label_vi=vi, label_en=en)


Measure.MODELS = Measure(
    code="models",
    label_vi="mô hình, điển hình (mỗi mô hình một lần)",
    label_en="models and exemplars (each once)",
    across_time=AcrossTime.LAST,
)
Measure.REGISTERED = _flow("registered", "đăng ký xây dựng", "registered")
Measure.BUILT = _flow("built", "xây dựng, triển khai", "built")
Measure.IN_OPERATION = Measure(
    code="in_operation",
    label_vi="hiện có",
    label_en="in operation",
    across_time=AcrossTime.LAST,
)
Measure.RECOGNISED = _flow("recognised", "được công nhận", "recognised")
Measure.PROPOSED = _flow("proposed", "đề nghị lên cấp trên", "proposed to a higher level")
Measure.HONOURED = _flow("honoured", "biểu dương", "honoured")
Measure.COMMENDED = _flow("commended", "khen thưởng", "commended")
Measure.SUPPORTED = _flow("supported", "hỗ trợ", "supported")
Measure.REPLICATED = _flow("replicated", "nhân rộng", "replicated")
Measure.DIALOGUE_CONFERENCES = _flow(
    "dialogue_conferences", "hội nghị đối thoại", "dialogue conferences"
)
Measure.PARTICIPANTS = _flow("participants", "người tham gia", "participants")
Measure.MONEY_RAISED = _flow("money_raised", "kinh phí huy động", "money raised")
Measure.WORKDAYS = _flow("workdays", "ngày công", "workdays")
Measure.LAND_DONATED = _flow("land_donated", "đất hiến", "land donated")
Measure.OUT_OF_POVERTY = _flow("out_of_poverty", "hộ thoát nghèo", "households out of poverty")
Measure.COVERAGE = Measure(
    code="coverage",
    label_vi="đơn vị có mô hình",
    label_en="units with a model",
    across_units=AcrossUnits.SUM,
    across_time=AcrossTime.LAST,
)

_BUILTIN_UNIT_CODES = frozenset(member.value for member in UnitOfMeasure)

_BUILTINS: tuple[Measure, ...] = (
    Measure.MODELS,
    Measure.REGISTERED,
    Measure.BUILT,
    Measure.IN_OPERATION,
    Measure.RECOGNISED,
    Measure.PROPOSED,
    Measure.HONOURED,
    Measure.COMMENDED,
    Measure.SUPPORTED,
    Measure.REPLICATED,
    Measure.DIALOGUE_CONFERENCES,
    Measure.PARTICIPANTS,
    Measure.MONEY_RAISED,
    Measure.WORKDAYS,
    Measure.LAND_DONATED,
    Measure.OUT_OF_POVERTY,
    Measure.COVERAGE,
)
