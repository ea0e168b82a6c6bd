"""Periods and dates named in report text, with their spans.

Each candidate is read with the grammar of its value (:meth:`Period.parse`,
:func:`parse_date`), so extraction and parsing never disagree about a wording.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

import attrs

from danvan._dates import parse_date
from danvan._extract._clean import CleanText, matches_at
from danvan._period_grammar import PERIOD_IN_TEXT, PERIOD_STARTS
from danvan._periods import Period
from danvan.exceptions import DanvanError

__all__ = [
    "DateMention",
    "PeriodMention",
    "dates_in",
    "find_dates",
    "find_periods",
    "periods_in",
]


@attrs.frozen
class PeriodMention:
    """A period named in a text ("giai đoạn 2021-2025", "năm 2018").

    Attributes:
        period: The period, as :meth:`~danvan.Period.parse` reads the words.
        span: ``(start, end)`` offsets in the original text.
        text: The original text of the span.
    """

    period: Period
    span: tuple[int, int]
    text: str


@attrs.frozen
class DateMention:
    """A date written in a text ("ngày 28/9/2021", "05 tháng 12 năm 2018").

    Attributes:
        date: The date.
        span: ``(start, end)`` offsets in the original text.
        text: The original text of the span.
    """

    date: dt.date
    span: tuple[int, int]
    text: str


_DATE = re.compile(
    r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d\d)(?![\w/.-])"
    r"|(?<![\w])(\d{1,2})\sthang\s(\d{1,2})\snam\s((?:19|20)\d\d)\b"
)

# Where a date can start: a digit that starts a number.
_DATE_START = re.compile(r"[0-9](?<!\w[0-9])")


def find_periods(text: str, *, reference: dt.date | None = None) -> list[PeriodMention]:
    """Periods named in ``text``: "giai đoạn 2021-2025", "6 tháng đầu năm 2020", "năm 2018".

    Every wording :meth:`Period.parse` reads is found, and read by it. A lone year
    counts only after "năm", "giai đoạn", "nhiệm kỳ" or "thời kỳ" (a bare "2018" is as
    likely a count); "từ năm 2009 đến nay" needs ``reference`` (the day "nay" means)
    and is left out without it, rather than read as 2009 alone.

    Args:
        text: The report text, plain or HTML.
        reference: The day "nay" (now) means, for "… đến nay".

    Returns:
        The mentions in order of appearance, with spans in ``text``.

    Raises:
        DanvanError: ``text`` is not a string.

    Examples:
        >>> from danvan import find_periods
        >>> [(str(m.period), m.text) for m in find_periods("giai đoạn 2021- 2025, năm 2018")]
        [('2021-2025', 'giai đoạn 2021- 2025'), ('năm 2018', 'năm 2018')]
        >>> [str(m.period) for m in find_periods("6 tháng đầu năm 2020")]
        ['01/01/2020 - 30/06/2020']
    """
    return periods_in(_cleaned("find_periods", text), reference=reference)


def periods_in(source: CleanText, *, reference: dt.date | None = None) -> list[PeriodMention]:
    """The periods of a text already cleaned: :func:`find_periods` without the checks."""

    def read(match: re.Match[str], words: str) -> Period | None:
        if match["first"] is not None and match["word"] is None and match["last"] is None:
            return None  # a bare year
        return Period.parse(words, reference=reference)

    found = _read_all(source, PERIOD_IN_TEXT, read, starts=PERIOD_STARTS)
    return [PeriodMention(*period) for period in found]


def find_dates(text: str) -> list[DateMention]:
    """Full dates written in ``text`` ("28/9/2021", "05 tháng 12 năm 2018").

    A day and month without a year ("22/11") is left out: which year it is depends on
    context, see :func:`parse_date` with ``default_year``.

    Args:
        text: The report text, plain or HTML.

    Returns:
        The dates in order of appearance, with spans in ``text``.

    Raises:
        DanvanError: ``text`` is not a string.

    Examples:
        >>> from danvan import find_dates
        >>> [m.date.isoformat() for m in find_dates("ngày 28/9/2021 và 05 tháng 12 năm 2018")]
        ['2021-09-28', '2018-12-05']
    """
    return dates_in(_cleaned("find_dates", text))


def dates_in(source: CleanText) -> list[DateMention]:
    """The dates of a text already cleaned: :func:`find_dates` without the checks."""
    return [
        DateMention(*found)
        for found in _read_all(
            source, _DATE, lambda _, words: parse_date(words), starts=_DATE_START
        )
    ]


_T = TypeVar("_T")


def _cleaned(name: str, text: str) -> CleanText:
    """The text, cleaned; a clear error when it is no string."""
    if not isinstance(text, str):
        raise DanvanError(f"{name} needs text (str), not {type(text).__name__}")
    return CleanText(text)


def _read_all(
    source: CleanText,
    pattern: re.Pattern[str],
    read: Callable[[re.Match[str], str], _T | None],
    *,
    starts: re.Pattern[str] | None = None,
) -> Iterator[tuple[_T, tuple[int, int], str]]:
    """Each match of ``pattern`` that ``read`` makes a value of, with its span and text.

    ``read`` gets the match in the folded text and the cleaned words it covers; a
    ``DanvanError`` or ``None`` from it means the words are no such value after all.
    With ``starts``, the pattern is tried only where it finds one (see
    :func:`~danvan._extract._clean.matches_at`).
    """
    folded = source.folded
    found = pattern.finditer(folded) if starts is None else matches_at(pattern, starts, folded)
    for match in found:
        try:
            value = read(match, source.clean[match.start() : match.end()])
        except DanvanError:
            continue
        if value is not None:
            yield value, source.span(*match.span()), source.original_text(*match.span())
