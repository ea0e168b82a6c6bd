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

# The grammar of periods, one named group per piece, so that Period.parse (a whole text)
# and find_periods (a period inside a text) read the same wordings the same way. It runs
# on folded text (lower case, no diacritics).
_PREFIX = r"(?:(?P<word>giai\s+doan|nhiem\s+ky|thoi\s+ky|ky|nam)\s+)?"
_DASH = r"\s*-\s*"
_FORMS = (
    # 6 tháng đầu năm 2020, 6 tháng cuối năm 2020
    r"(?P<months>[1-9]|1[01])\s+thang\s+(?P<side>dau|cuoi)\s+nam\s+(?P<part_year>(?:19|20)\d\d)",
    # từ năm 2009 đến nay, từ đầu năm 2019 đến nay
    r"tu\s+(?:dau\s+)?(?:nam\s+)?(?P<since>(?:19|20)\d\d)\s+(?:den|toi)\s+nay",
    # từ ngày 28/9/2021 đến ngày 22/11/2023, 28/9/2021 - 22/11/2023
    (
        r"(?:tu\s+(?:ngay\s+)?)?(?P<day_a>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
        r"(?:\s*-\s*|\s+den\s+(?:ngay\s+)?)(?P<day_b>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
    ),
    # giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, 2019 – 2020; năm 2018, 2018
    rf"{_PREFIX}(?P<first>(?:19|20)\d\d)(?:{_DASH}(?P<last>(?:19|20)\d\d))?",
)
_GRAMMAR = "|".join(f"(?:{form})" for form in _FORMS)
_WHOLE = re.compile(_GRAMMAR)
#: Where a period may start and end inside running text: not inside a number, a date
#: or a word.
PERIOD_IN_TEXT = re.compile(rf"(?<![\w/.-])(?:{_GRAMMAR})(?![\w/]|[.,-]\d|\s?-\s?\d)")
_ACCEPTED = (
    "accepted forms: 'năm 2018', '2021-2023', 'giai đoạn 2016-2020', "
    "'6 tháng đầu năm 2020', 'từ năm 2009 đến nay' (with reference=), "
    "'28/9/2021 - 22/11/2023'"
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

    Attributes:
        start: The first day.
        end: The last day, not before ``start``.

    Examples:
        >>> import datetime
        >>> from danvan import Period
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
        """The calendar year ``year``.

        Args:
            year: The year.

        Returns:
            1 January to 31 December of ``year``.

        Raises:
            InvalidPeriodError: Not a year a date can hold.
        """
        return cls.years(year, year)

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """The calendar years ``first`` to ``last``, both whole.

        Args:
            first: The first year.
            last: The last year, the same as ``first`` or later.

        Returns:
            1 January of ``first`` to 31 December of ``last``.

        Raises:
            InvalidPeriodError: Not years a date can hold, or ``last`` before ``first``.
        """
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

        Returns:
            The period.

        Raises:
            InvalidPeriodError: Not a period, or "đến nay" without ``reference``.
        """
        if not isinstance(text, str) or len(text) > _MAX_TEXT:
            raise InvalidPeriodError(text, _ACCEPTED)
        match = _WHOLE.fullmatch(fold(text).strip(" .,"))
        if match is None:
            raise InvalidPeriodError(text, f"not a period; {_ACCEPTED}")
        return cls._of_match(text, match, reference)

    @classmethod
    def _of_match(cls, text: str, match: re.Match[str], reference: dt.date | None) -> Period:
        """The period a match of the grammar names."""
        if match["first"] is not None:
            return cls._years_of(text, int(match["first"]), int(match["last"] or match["first"]))
        if match["part_year"] is not None:
            months, year = int(match["months"]), int(match["part_year"])
            if match["side"] == "dau":
                return cls(dt.date(year, 1, 1), add_months(dt.date(year, 1, 1), months) - _DAY)
            return cls(add_months(dt.date(year, 12, 31) + _DAY, -months), dt.date(year, 12, 31))
        if match["since"] is not None:
            if reference is None:
                raise InvalidPeriodError(text, "'đến nay' (until now) needs reference=")
            return cls._checked(text, dt.date(int(match["since"]), 1, 1), reference)
        try:
            start, end = parse_date(match["day_a"]), parse_date(match["day_b"])
        except DanvanError as error:
            raise InvalidPeriodError(text, f"not a period ({error})") from None
        return cls._checked(text, start, end)

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
        """Whether a day, or a whole period, lies inside this one.

        Args:
            other: A day, or a period.

        Returns:
            ``True`` when the day, or every day of the period, lies inside this one.
        """
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        Args:
            other: Another period.

        Returns:
            ``True`` when they share a day.
        """
        return self.start <= other.end and other.start <= self.end

    def midpoint(self) -> dt.date:
        """The day halfway through, counted in whole months: where a mid-term review falls.

        Returns:
            The first day of the middle month: 1 July 2023 for 2021-2025.

        Examples:
            >>> from danvan import Period
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
