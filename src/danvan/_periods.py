"""Periods of time as reports name them.

A report covers a year ("năm 2018"), half a year ("6 tháng đầu năm 2020"), a span of
years ("2021-2023", "giai đoạn 2016-2020", "nhiệm kỳ 2020 - 2025") or runs "from 2009
until now" (từ năm 2009 đến nay). A :class:`Period` is a closed range of days.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from danvan._dates import add_months, parse_date
from danvan._text import fold
from danvan.exceptions import DanvanError, InvalidPeriodError

__all__ = ["Period"]

_YEAR = r"((?:19|20)\d{2})"
_DASH = r"\s*[-–—]\s*"
_SPAN = re.compile(rf"(?:(?:giai doan|nhiem ky|thoi ky|ky)\s+)?{_YEAR}{_DASH}{_YEAR}")
_ONE_YEAR = re.compile(rf"(?:nam\s+)?{_YEAR}")
_PART_YEAR = re.compile(rf"(?P<months>[1-9]|1[01])\s+thang\s+(?P<side>dau|cuoi)\s+nam\s+{_YEAR}")
_SINCE = re.compile(rf"tu\s+(?:nam\s+)?{_YEAR}\s+(?:den|toi)\s+nay")
_DAYS = re.compile(
    r"(?:tu\s+(?:ngay\s+)?)?(?P<a>[0-9/.-]{6,10})(?:\s*[-–—]\s*|\s+den\s+(?:ngay\s+)?)(?P<b>[0-9/.-]{6,10})"
)
_MAX_TEXT = 80


def _check_end(period: Period, attribute: Any, end: dt.date) -> None:
    if not isinstance(end, dt.date) or not isinstance(period.start, dt.date):
        raise InvalidPeriodError((period.start, end), "a period runs between two dates")
    if end < period.start:
        raise InvalidPeriodError((period.start, end), "a period cannot end before it starts")


@attrs.frozen(order=True)
class Period:
    """A closed range of days, ``start`` and ``end`` included.

    Examples:
        >>> Period.parse("giai đoạn 2021-2025")
        Period(start=datetime.date(2021, 1, 1), end=datetime.date(2025, 12, 31))
        >>> Period.parse("2021-2023").contains(datetime.date(2023, 9, 25))
        True
        >>> str(Period.year(2018))
        'năm 2018'
    """

    start: dt.date
    end: dt.date = attrs.field(validator=_check_end)

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year``."""
        return cls.years(year, year)

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """The calendar years ``first`` to ``last``, both whole."""
        try:
            return cls(dt.date(first, 1, 1), dt.date(last, 12, 31))
        except (TypeError, ValueError) as error:
            raise InvalidPeriodError((first, last), "not a span of years") from error

    @classmethod
    def parse(cls, text: str, *, reference: dt.date | None = None) -> Period:
        """Parse a period as reports write it.

        Args:
            text: "năm 2018", "6 tháng đầu năm 2020", "2021-2023", "giai đoạn 2016-2020",
                "nhiệm kỳ 2020 - 2025", "từ năm 2009 đến nay", "28/9/2021 - 22/11/2023".
            reference: The day "nay" (now) means; needed for "… đến nay".

        Raises:
            InvalidPeriodError: Not a period, or "đến nay" without ``reference``.
        """
        if not isinstance(text, str) or len(text) > _MAX_TEXT:
            raise InvalidPeriodError(text)
        key = fold(text).strip(" .,")
        if match := _SPAN.fullmatch(key):
            return cls._years_of(text, int(match[1]), int(match[2]))
        if match := _ONE_YEAR.fullmatch(key):
            return cls.year(int(match[1]))
        if match := _PART_YEAR.fullmatch(key):
            months, year = int(match["months"]), int(match[3])
            if match["side"] == "dau":
                return cls(dt.date(year, 1, 1), add_months(dt.date(year, 1, 1), months) - _DAY)
            return cls(add_months(dt.date(year, 12, 31) + _DAY, -months), dt.date(year, 12, 31))
        if match := _SINCE.fullmatch(key):
            if reference is None:
                raise InvalidPeriodError(text, "'đến nay' (until now) needs reference=")
            return cls._checked(text, dt.date(int(match[1]), 1, 1), reference)
        if match := _DAYS.fullmatch(key):
            try:
                start, end = parse_date(match["a"]), parse_date(match["b"])
            except DanvanError as error:
                raise InvalidPeriodError(text, f"not a period ({error})") from None
            return cls._checked(text, start, end)
        raise InvalidPeriodError(text)

    @classmethod
    def _years_of(cls, text: str, first: int, last: int) -> Period:
        if last < first:
            raise InvalidPeriodError(text, "a period cannot end before it starts")
        return cls.years(first, last)

    @classmethod
    def _checked(cls, text: str, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise InvalidPeriodError(text, "a period cannot end before it starts")
        return cls(start, end)

    @property
    def is_whole_years(self) -> bool:
        """Whether the period is a run of whole calendar years."""
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31)

    @property
    def days(self) -> int:
        """The number of days, both ends included."""
        return (self.end - self.start).days + 1

    def contains(self, other: dt.date | Period) -> bool:
        """Whether a day, or a whole period, lies inside this one."""
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def midpoint(self) -> dt.date:
        """The day halfway through, counted in whole months: where a mid-term review falls.

        Examples:
            >>> Period.parse("2021-2025").midpoint()
            datetime.date(2023, 7, 1)
        """
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
        return add_months(self.start, months // 2)

    def __str__(self) -> str:
        if self.is_whole_years:
            if self.start.year == self.end.year:
                return f"năm {self.start.year}"
            return f"{self.start.year}-{self.end.year}"
        return f"{self.start:%d/%m/%Y} - {self.end:%d/%m/%Y}"


_DAY = dt.timedelta(days=1)
