"""Dates as Vietnamese reports write them, and calendar arithmetic.

Reports write the day first ("ngày 28/9/2021", "Ngày 05 tháng 12 năm 2018"), often
with the time of day or the weekday in front ("Chiều 19/12", "Thứ Hai, 6/2/2023"),
and often without the year, which then comes from the context. This is the only
module that imports python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from danvan._text import fold
from danvan.exceptions import AmbiguousDateError, InvalidDateError

__all__ = ["add_months", "parse_date"]

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
