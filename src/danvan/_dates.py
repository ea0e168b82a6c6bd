"""Dates as Vietnamese reports write them, and calendar arithmetic.

Reports write the day first ("ngày 28/9/2021", "Ngày 05 tháng 12 năm 2018"), often
with the time of day or the weekday in front ("Chiều 19/12", "Thứ Hai, 6/2/2023"),
and often without the year, which then comes from the context. This is the only
module that imports python-dateutil.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from typing import Any, TypeAlias

import attrs
from dateutil.relativedelta import relativedelta

from danvan._lang import Lang, check_lang
from danvan._text import fold
from danvan._validators import checks_type
from danvan.exceptions import AmbiguousDateError, InvalidDateError, InvalidEntityError

__all__ = [
    "Day",
    "PartialDate",
    "add_months",
    "check_day",
    "check_required_day",
    "first_day",
    "format_day",
    "last_day",
    "parse_date",
]

_WEEKDAYS = {
    "thu hai": 0,
    "thu 2": 0,
    "thu ba": 1,
    "thu 3": 1,
    "thu tu": 2,
    "thu 4": 2,
    "thu nam": 3,
    "thu 5": 3,
    "thu sau": 4,
    "thu 6": 4,
    "thu bay": 5,
    "thu 7": 5,
    "chu nhat": 6,
    "cn": 6,
}
_WEEKDAY_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_DATE = re.compile(
    r"(?:(?P<weekday>" + "|".join(_WEEKDAYS) + r")\s*,?\s*)?"
    r"(?:(?:sang|chieu|toi|trua|dem)\s+)?"
    r"(?:ngay\s+)?"
    r"(?:"
    r"(?P<d1>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m1>\d{1,2})(?:\s*(?P=sep)\s*(?P<y1>\d{4}))?"
    r"|"
    r"(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?nam\s+(?P<y2>\d{4}))?"
    r")"
    r"\s*[.,]?"
)
_MAX_TEXT = 80
_LEAP_SEARCH = 8


def parse_date(
    text: str,
    *,
    default_year: int | None = None,
    reference: dt.date | None = None,
) -> dt.date:
    """Parse a Vietnamese date phrase, day first.

    Args:
        text: "ngày 28/9/2021", "28-9-2021", "28.9.2021", "Ngày 05 tháng 12 năm 2018",
            "Chiều 19/12", "Thứ Hai, 6/2/2023" …
        default_year: The year of a date written without one.
        reference: When the year is missing and no ``default_year`` is given, the
            latest such date not after ``reference`` (the publication date, say).

    Returns:
        The date.

    Raises:
        AmbiguousDateError: No year in the text, and neither ``default_year`` nor
            ``reference`` given.
        InvalidDateError: Not a date, no such day, or a weekday that does not match.

    Examples:
        >>> import datetime
        >>> from danvan import parse_date
        >>> parse_date("Ngày 05 tháng 12 năm 2018")
        datetime.date(2018, 12, 5)
        >>> parse_date("Chiều 19/12", default_year=2018)
        datetime.date(2018, 12, 19)
        >>> parse_date("22/11", reference=datetime.date(2024, 2, 1))
        datetime.date(2023, 11, 22)
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        raise InvalidDateError(text)
    match = _DATE.fullmatch(fold(text))
    if match is None:
        raise InvalidDateError(text)
    day = int(match["d1"] or match["d2"])
    month = int(match["m1"] or match["m2"])
    year_text = match["y1"] or match["y2"]
    if year_text is not None:
        result = _make(int(year_text), month, day, text)
    elif default_year is not None:
        result = _make(default_year, month, day, text)
    elif reference is not None:
        result = _latest_not_after(reference, month, day, text)
    else:
        raise AmbiguousDateError(text)
    weekday = match["weekday"]
    if weekday is not None and _WEEKDAYS[weekday] != result.weekday():
        raise InvalidDateError(
            text, f"{result:%d/%m/%Y} was a {_WEEKDAY_VI[result.weekday()]}, not as written"
        )
    return result


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError, TypeError) as error:  # a year such as 10**20
        raise InvalidDateError(text, f"no such day ({error})") from None


def _latest_not_after(reference: dt.date, month: int, day: int, text: str) -> dt.date:
    _make(2000, month, day, text)  # 2000 is a leap year: only impossible days fail here
    for year in range(reference.year, reference.year - _LEAP_SEARCH, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    raise InvalidDateError(text, f"no such day within {_LEAP_SEARCH} years before {reference}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by whole months, clamped to the end of a shorter month.

    Examples:
        >>> import datetime
        >>> add_months(datetime.date(2021, 9, 28), 24)
        datetime.date(2023, 9, 28)
        >>> add_months(datetime.date(2024, 2, 29), 12)
        datetime.date(2025, 2, 28)
    """
    result: dt.date = day + relativedelta(months=months)
    return result


# -- days known only to the month or the year ------------------------------------------

_PARTIAL = re.compile(
    r"(?:thang\s+)?(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})"
    r"|(?:thang\s+)?(?P<m2>\d{1,2})\s*,?\s*nam\s+(?P<y2>\d{4})"
    r"|(?:nam\s+)?(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})"
)


def _check_year(date: PartialDate, attribute: Any, value: Any) -> None:
    if type(value) is not int or not dt.MINYEAR <= value <= dt.MAXYEAR:
        raise InvalidDateError(value, f"a year is a whole number from 1 to {dt.MAXYEAR}")


def _check_month(date: PartialDate, attribute: Any, value: Any) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 12):
        raise InvalidDateError(value, "a month is a whole number from 1 to 12")


@attrs.frozen(order=False)
class PartialDate:
    """A day known only to its month ("10/2022") or its year ("năm 2022").

    Wherever danvan takes a day it also takes a partial date (:data:`Day`). Comparing
    and containing treat it as the span of days it covers: :attr:`first` to :attr:`last`.
    Its wire form is ISO: ``"2022-10"``, ``"2022"``.

    Attributes:
        year: The year.
        month: The month, when known.

    Examples:
        >>> from danvan import PartialDate
        >>> october = PartialDate.parse("tháng 10/2022")
        >>> october.isoformat(), str(october), october.last
        ('2022-10', '10/2022', datetime.date(2022, 10, 31))
        >>> PartialDate.parse("năm 2022").first
        datetime.date(2022, 1, 1)
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)

    @property
    def first(self) -> dt.date:
        """The first day it may be."""
        return dt.date(self.year, self.month or 1, 1)

    @property
    def last(self) -> dt.date:
        """The last day it may be."""
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    # Compared with a day or another partial date, a partial date is the span of days
    # it covers: it is before a day only when all of it is, after only when all of it
    # is. A date compared with it defers to these (Python reflects the comparison).
    def __lt__(self, other: object) -> bool:
        return _span(self)[1] < _span(other)[0]

    def __le__(self, other: object) -> bool:
        return _span(self)[1] <= _span(other)[0]

    def __gt__(self, other: object) -> bool:
        return _span(self)[0] > _span(other)[1]

    def __ge__(self, other: object) -> bool:
        return _span(self)[0] >= _span(other)[1]

    def isoformat(self) -> str:
        """The ISO form.

        Returns:
            ``"2022-10"``, or ``"2022"`` for a year.
        """
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    def format(self, lang: Lang = "vi") -> str:
        """As a report in ``lang`` writes it: "10/2022" or "2022"; English gives ISO.

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The partial date as text.

        Raises:
            UnknownTermError: An unknown language.
        """
        if check_lang(lang) == "en" or self.month is None:
            return self.isoformat()
        return f"{self.month:02d}/{self.year}"

    def __str__(self) -> str:
        return self.format("vi")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a month and year or a year as reports and files write them.

        Args:
            text: "10/2022", "tháng 10/2022", "tháng 10 năm 2022", "năm 2022", "2022",
                "2022-10".

        Returns:
            The partial date.

        Raises:
            InvalidDateError: None of those forms, or no such month.
        """
        if not isinstance(text, str) or len(text) > _MAX_TEXT:
            raise InvalidDateError(text)
        match = _PARTIAL.fullmatch(fold(text).strip())
        if match is None:
            raise InvalidDateError(
                text,
                "a partial date is a month and year ('10/2022', 'tháng 10 năm 2022', "
                "'2022-10') or a year ('năm 2022', '2022')",
            )
        year = match["y1"] or match["y2"] or match["y3"] or match["y4"]
        month = match["m1"] or match["m2"] or match["m4"]
        return cls(int(year), None if month is None else int(month))


#: A day, or a day known only to its month or year.
Day: TypeAlias = dt.date | PartialDate


def _span(value: object) -> tuple[dt.date, dt.date]:
    if isinstance(value, PartialDate | dt.date) and not isinstance(value, dt.datetime):
        return first_day(value), last_day(value)
    raise TypeError(f"cannot compare a PartialDate with {type(value).__name__}")


def format_day(day: Day, lang: Lang = "vi") -> str:
    """A day as a report in ``lang`` writes it: "22/11/2023", "10/2022"; ISO in English."""
    if isinstance(day, PartialDate):
        return day.format(lang)
    return day.isoformat() if check_lang(lang) == "en" else f"{day:%d/%m/%Y}"


def first_day(day: Day) -> dt.date:
    """The first day a day or a partial date may be."""
    return day.first if isinstance(day, PartialDate) else day


def last_day(day: Day) -> dt.date:
    """The last day a day or a partial date may be."""
    return day.last if isinstance(day, PartialDate) else day


def check_required_day(owner: object, attribute: Any, value: Any) -> None:
    """Validate a day: a date (not a datetime) or a :class:`PartialDate`."""
    if value is None:
        raise InvalidEntityError(value, f"{attribute.name} must be a date, or a PartialDate")
    check_day(owner, attribute, value)


checks_type(check_required_day, "one", Day)  # type: ignore[arg-type]


def check_day(owner: object, attribute: Any, value: Any) -> None:
    """Validate an optional day: a date (not a datetime) or a :class:`PartialDate`."""
    if value is None or isinstance(value, PartialDate):
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidEntityError(
            value, f"{attribute.name} must be a date, or a PartialDate (month or year)"
        )


def day_given(value: object, *, to: str, name: str) -> dt.date:
    """The day an argument ``name`` of function ``to`` gives: a date, or one written.

    "2025-07-01" or "01/7/2025" are read; a ``datetime`` (a moment, not a day) is not.

    Raises:
        InvalidDateError: It is no day.
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value.strip())
        with contextlib.suppress(InvalidDateError):
            return parse_date(value)
    raise InvalidDateError(value, f"{to}() needs {name}= a day ('2025-07-01', '01/7/2025')")
