"""Periods of time as reports name them.

A report covers a year ("năm 2018"), half a year ("6 tháng đầu năm 2020"), a span of
years ("2021-2023", "giai đoạn 2016-2020", "nhiệm kỳ 2020 - 2025") or runs "from 2011
until now" (từ năm 2011 đến nay). A :class:`Period` is a range of days, both ends
included; its end is ``None`` while it runs on: "đến nay" in an article whose day is
unknown, "giai đoạn 2024-2030 và những năm tiếp theo".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from danvan._dates import Day, add_months, first_day, last_day, parse_date
from danvan._period_grammar import ACCEPTED, MONTHS_IN_WORDS, WHOLE
from danvan._text import fold
from danvan.exceptions import DanvanError, InvalidPeriodError

__all__ = ["Period"]

_MAX_TEXT = 80
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _check_end(period: Period, attribute: Any, end: dt.date | None) -> None:
    if not isinstance(period.start, dt.date) or not (end is None or isinstance(end, dt.date)):
        raise InvalidPeriodError((period.start, end), "a period runs from a date to a date")
    if end is not None and end < period.start:
        raise InvalidPeriodError((period.start, end), "a period cannot end before it starts")


def _end_order(end: dt.date | None) -> tuple[bool, dt.date]:
    # A period that runs on sorts after every period with the same start that ends.
    return (end is None, end or dt.date.min)


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
    end: dt.date | None = attrs.field(validator=_check_end, order=_end_order)

    @classmethod
    def since(cls, day: dt.date) -> Period:
        """The period from ``day`` on, still running: "từ năm 2011 đến nay".

        Args:
            day: The first day.

        Returns:
            An open period (``end`` is ``None``).
        """
        return cls(day, None)

    @property
    def is_open(self) -> bool:
        """Whether the period runs on (it has no end yet)."""
        return self.end is None

    def closed_at(self, day: dt.date) -> Period:
        """The period ended on ``day``: an open one closed where an article was written.

        Args:
            day: The last day.

        Returns:
            The period from the same start to ``day``.

        Raises:
            InvalidPeriodError: ``day`` is before the start.
        """
        return Period(self.start, day)

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
        except (TypeError, ValueError, OverflowError) as error:
            raise InvalidPeriodError((first, last), "not a span of years") from error

    @classmethod
    def parse(cls, text: str, *, reference: dt.date | None = None) -> Period:
        """Parse a period as reports write it.

        Args:
            text: "năm 2018", "6 tháng đầu năm 2020", "9 tháng năm 2025" (its first
                nine months), "quý I/2025", "quý I và quý II năm 2025", "tháng 9/2025",
                "năm 2024 và năm 2025", "2021-2023", "giai đoạn 2016-2020",
                "nhiệm kỳ 2020 - 2025", "giai đoạn 2024-2030 và những năm tiếp theo",
                "từ năm 2011 đến nay", "từ đầu năm 2019 đến nay", "từ tháng 7/2025 đến
                nay", "từ khi phát động phong trào (năm 2009) đến nay", "28/9/2021 -
                22/11/2023", "từ đầu năm đến ngày 15/11/2025", "năm học 2024 - 2025"
                (1 September to 31 August), "qua 10 năm", "trong 5 năm qua"; a start
                with no end ("từ ngày 01/7/2025", "từ năm 2021") runs until now, as "…
                đến nay" does.
            reference: The day "nay" (now) means, usually the article's: it closes "…
                đến nay" there, and "qua 10 năm" is the ten years ending there.

        Returns:
            The period; "… đến nay" without ``reference`` is open (``end`` is ``None``).

        Raises:
            InvalidPeriodError: Not a period (the message lists the accepted forms), or
                "qua N năm" without ``reference``.

        Examples:
            >>> import datetime
            >>> from danvan import Period
            >>> Period.parse("từ năm 2011 đến nay")
            Period(start=datetime.date(2011, 1, 1), end=None)
            >>> str(Period.parse("từ năm 2011 đến nay", reference=datetime.date(2021, 10, 5)))
            '01/01/2011 - 05/10/2021'
            >>> str(Period.parse("trong 5 năm qua", reference=datetime.date(2021, 10, 5)))
            '06/10/2016 - 05/10/2021'
        """
        if not isinstance(text, str) or len(text) > _MAX_TEXT:
            raise InvalidPeriodError(text, ACCEPTED)
        match = WHOLE.fullmatch(fold(text).strip(" .,"))
        if match is None:
            raise InvalidPeriodError(text, f"not a period; {ACCEPTED}")
        return cls._of_match(text, match, reference)

    @classmethod
    def _of_match(cls, text: str, match: re.Match[str], reference: dt.date | None) -> Period:
        """The period a match of the grammar names."""
        if match["from_year"] is not None:
            return cls._years_of(text, int(match["from_year"]), int(match["to_year"]))
        if match["listed"] is not None:  # "năm 2024 và năm 2025": years in turn
            return cls._listed_years(text, match)
        if match["first"] is not None:
            years = cls._years_of(text, int(match["first"]), int(match["last"] or match["first"]))
            # "… và những năm tiếp theo" runs on past its last year, whatever the day.
            return cls.since(years.start) if match["onward"] else years
        if match["school"] is not None:  # "năm học 2024 - 2025"
            opens, closes = int(match["school"]), int(match["school_end"])
            if closes != opens + 1:
                raise InvalidPeriodError(text, "a school year runs over two years in turn")
            return cls(dt.date(opens, 9, 1), dt.date(closes, 8, 31))
        if match["part_year"] is not None:
            said, year = " ".join(match["months"].split()), int(match["part_year"])
            months = MONTHS_IN_WORDS[said] if said in MONTHS_IN_WORDS else int(said)  # "sáu"
            if match["side"] != "cuoi":  # "6 tháng (đầu) năm 2020"
                return cls(dt.date(year, 1, 1), add_months(dt.date(year, 1, 1), months) - _DAY)
            return cls(add_months(dt.date(year, 12, 31) + _DAY, -months), dt.date(year, 12, 31))
        if match["quarter"] is not None:
            return cls._quarters_of(text, match)
        if match["month"] is not None or match["range_to"] is not None:
            return cls._months_of(text, match)
        since = match["since"] or match["since_month_year"] or match["since_open"]
        if since is not None:  # "từ năm 2011 đến nay", "từ tháng 7/2025 (đến nay)"
            first = dt.date(int(since), int(match["since_month"] or 1), 1)
            return cls._until(first, reference, text)
        past = match["past_a"] or match["past_b"]
        if past is not None:
            if reference is None:
                raise InvalidPeriodError(text, "'qua N năm' (the past N years) needs reference=")
            return cls(add_months(reference, -12 * int(past)) + _DAY, reference)
        return cls._of_days(text, match, reference)

    @classmethod
    def _ends_unlike(cls, text: str, match: re.Match[str]) -> Period:
        """A period whose ends are said unlike: "từ năm 2021 đến ngày 30/6/2025"."""
        year = match["mixed_year"] or match["mixed_month_year"]
        start = dt.date(int(year), int(match["mixed_month"] or 1), 1)
        if match["mixed_day"] is None:  # "… đến tháng 6/2025": to the month's last day
            month = dt.date(int(match["mixed_to_year"]), int(match["mixed_to"]), 1)
            return cls._checked(text, start, add_months(month, 1) - _DAY)
        try:
            end = parse_date(match["mixed_day"])
        except DanvanError as error:
            raise InvalidPeriodError(text, f"not a period ({error})") from None
        return cls._checked(text, start, end)

    @classmethod
    def _of_days(cls, text: str, match: re.Match[str], reference: dt.date | None) -> Period:
        """A period from or to a day: "từ ngày 05/12/2018 đến nay", "28/9/2021 - 22/11/2023"."""
        if match["mixed_year"] is not None or match["mixed_month"] is not None:
            return cls._ends_unlike(text, match)
        try:
            if match["since_day"] is not None:
                return cls._until(parse_date(match["since_day"]), reference, text)
            if match["ytd_day"] is not None:  # "từ đầu năm (2025) đến ngày 15/11/2025"
                end = parse_date(match["ytd_day"])
                start = dt.date(int(match["ytd_year"] or end.year), 1, 1)
            else:
                start, end = parse_date(match["day_a"]), parse_date(match["day_b"])
        except DanvanError as error:
            raise InvalidPeriodError(text, f"not a period ({error})") from None
        return cls._checked(text, start, end)

    @classmethod
    def _listed_years(cls, text: str, match: re.Match[str]) -> Period:
        """Years listed in turn: "năm 2024 và năm 2025", "2 năm 2024, 2025"."""
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", match["listed"])]
        if years != list(range(years[0], years[0] + len(years))):
            raise InvalidPeriodError(text, "years named apart are no one period")
        if match["years_said"] is not None and int(match["years_said"]) != len(years):
            raise InvalidPeriodError(text, "the number of years is not the years listed")
        return cls.years(years[0], years[-1])

    @classmethod
    def _quarters_of(cls, text: str, match: re.Match[str]) -> Period:
        """A quarter ("quý III/2025") or a run of them ("quý I và quý II năm 2025")."""
        year = int(match["quarter_year"])
        last = _QUARTERS.get(match["quarter"]) or int(match["quarter"])
        first = last
        if match["quarter_from"] is not None:
            first = _QUARTERS.get(match["quarter_from"]) or int(match["quarter_from"])
            if match["joint"].strip() in (",", "va") and last != first + 1:
                raise InvalidPeriodError(text, "quarters named apart are no one period")
        start = dt.date(year, 3 * first - 2, 1)
        return cls._checked(text, start, add_months(dt.date(year, 3 * last - 2, 1), 3) - _DAY)

    @classmethod
    def _months_of(cls, text: str, match: re.Match[str]) -> Period:
        """A month ("tháng 9/2025") or a run of months ("từ tháng 1 đến tháng 9/2025")."""
        if match["month"] is not None:
            first = dt.date(int(match["month_year"]), int(match["month"]), 1)
            return cls(first, add_months(first, 1) - _DAY)
        year = int(match["range_year"])
        first = dt.date(int(match["range_from_year"] or year), int(match["range_from"]), 1)
        if match["months_joint"] is not None and add_months(first, 1).month != int(
            match["range_to"]
        ):  # "tháng 10 và tháng 12": no one period
            raise InvalidPeriodError(text, "months named apart are no one period")
        last = add_months(dt.date(year, int(match["range_to"]), 1), 1) - _DAY
        return cls._checked(text, first, last)

    @classmethod
    def _years_of(cls, text: str, first: int, last: int) -> Period:
        if last < first:
            raise InvalidPeriodError(text, "a period cannot end before it starts")
        return cls.years(first, last)

    @classmethod
    def _until(cls, start: dt.date, reference: dt.date | None, text: str = "") -> Period:
        """From ``start`` until now: open, or closed on ``reference``."""
        return cls.since(start) if reference is None else cls._checked(text, start, reference)

    @classmethod
    def _checked(cls, text: str, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise InvalidPeriodError(text, "a period cannot end before it starts")
        return cls(start, end)

    @property
    def is_whole_years(self) -> bool:
        """Whether the period is a run of whole calendar years (an open one from 1 January)."""
        ends = self.end is None or (self.end.month, self.end.day) == (12, 31)
        return (self.start.month, self.start.day) == (1, 1) and ends

    @property
    def days(self) -> int:
        """The number of days, both ends included.

        Raises:
            InvalidPeriodError: The period is open.
        """
        return (self._end("has no length") - self.start).days + 1

    def _end(self, why: str) -> dt.date:
        if self.end is None:
            raise InvalidPeriodError(self, f"an open period {why}")
        return self.end

    def contains(self, other: Day | Period) -> bool:
        """Whether a day, or a whole period, lies inside this one.

        Args:
            other: A day, a day known to its month or year (:class:`PartialDate`: every
                day it may be), or a period.

        Returns:
            ``True`` when the day, or every day of the partial date or the period, lies
            inside this one.
        """
        if type(other) is dt.date:  # the common case, first: checks run it per event
            return self.start <= other and (self.end is None or other <= self.end)
        if isinstance(other, Period):
            if self.end is None:
                return self.start <= other.start
            return self.start <= other.start and other.end is not None and other.end <= self.end
        first, last = first_day(other), last_day(other)
        return self.start <= first and (self.end is None or last <= self.end)

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        Args:
            other: Another period.

        Returns:
            ``True`` when they share a day.
        """
        starts_before_other_ends = other.end is None or self.start <= other.end
        return starts_before_other_ends and (self.end is None or other.start <= self.end)

    def midpoint(self) -> dt.date:
        """The day halfway through, counted in whole months: where a mid-term review falls.

        Returns:
            The first day of the middle month: 1 July 2023 for 2021-2025.

        Raises:
            InvalidPeriodError: The period is open.

        Examples:
            >>> from danvan import Period
            >>> Period.parse("2021-2025").midpoint()
            datetime.date(2023, 7, 1)
        """
        end = self._end("has no midpoint")
        months = (end.year - self.start.year) * 12 + end.month - self.start.month + 1
        return add_months(self.start, months // 2)

    def __str__(self) -> str:
        if self.end is None:
            if (self.start.month, self.start.day) == (1, 1):
                return f"từ năm {self.start.year} đến nay"
            return f"từ {self.start:%d/%m/%Y} đến nay"
        if self.is_whole_years:
            if self.start.year == self.end.year:
                return f"năm {self.start.year}"
            return f"{self.start.year}-{self.end.year}"
        return f"{self.start:%d/%m/%Y} - {self.end:%d/%m/%Y}"


_DAY = dt.timedelta(days=1)


def period_given(value: object, *, to: str, name: str) -> Period:
    """The period an argument ``name`` of function ``to`` gives: a period, a year, or words.

    ``2023`` is the year 2023; "năm 2023", "6 tháng đầu năm 2025" are read as
    :meth:`Period.parse` reads them.

    Raises:
        InvalidPeriodError: It is no period.
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Period.year(value)
    if isinstance(value, str):
        return Period.parse(value)
    raise InvalidPeriodError(value, f"{to}() needs {name}= a period (a Period, 2023, 'năm 2023')")
