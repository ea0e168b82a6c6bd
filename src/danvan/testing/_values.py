"""Strategies for the values the other strategies build on: counts, symbols, periods, percents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from danvan._counts import Count
from danvan._dates import PartialDate
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._numbers import Amount, Percent
from danvan._periods import Period
from danvan._vocabulary import (
    Qualifier,
)
from danvan.testing._hypothesis import st

C = TypeVar("C")
T = TypeVar("T")

#: The day the district tier ended and provinces and communes merged.
REORGANISATION = dt.date(2025, 7, 1)

TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(str.strip)
IDS = st.from_regex(r"[a-z0-9][a-z0-9/-]{0,20}", fullmatch=True)
DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
#: Days, and days known only to their month or year ("10/2022", "năm 2022").
SOME_DAYS = DAYS | st.builds(PartialDate, st.integers(2015, 2030), st.none() | st.integers(1, 12))
NAMES = ["Quyết Thắng", "Chiềng Lề", "Tô Hiệu", "Mường Lạn", "Sốp Cộp", "Bắc Hồng", "Nam Hồng"]
MAGNITUDES = [10**k for k in range(1, 10)]
ISSUERS = ["TU", "ThU", "HU", "ĐU", "ĐUK", "TW", "BDVTU", "BCĐ", "UBND", "CP"]


@st.composite
def counts(draw: st.DrawFn, max_value: int = 10**9) -> Count:
    """Counts of every qualifier, each with its default interval.

    Args:
        max_value: The largest value drawn.
    """
    qualifier = draw(st.sampled_from(Qualifier))
    if qualifier is Qualifier.MANY:
        return Count(draw(st.sampled_from(MAGNITUDES)), qualifier)
    low = 1 if qualifier is Qualifier.UNDER else 0
    return Count(draw(st.integers(min_value=low, max_value=max_value)), qualifier)


@st.composite
def symbols(draw: st.DrawFn) -> DocumentSymbol:
    """Party and state document symbols of every type each system uses."""
    system = draw(st.sampled_from(DocumentSystem))
    doc_type = draw(st.sampled_from([t for t in DocumentType if system in t.systems]))
    number = draw(st.from_regex(r"[0-9]{1,5}", fullmatch=True))
    if system is DocumentSystem.PARTY:
        return DocumentSymbol(number, doc_type, draw(st.sampled_from(ISSUERS)), system)
    if system is DocumentSystem.ARMED_FORCES:  # "418/HD-CT"
        return DocumentSymbol(number, doc_type, "CT", system)
    if doc_type is DocumentType.OFFICIAL_LETTER:
        unit = draw(st.sampled_from(["VX", "KT", "NC", "TH"]))
        return DocumentSymbol(number, doc_type, f"UBND-{unit}", system)
    year = draw(st.none() | st.integers(1945, 2099))
    return DocumentSymbol(number, doc_type, draw(st.sampled_from(ISSUERS)), system, year)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods between 2000 and 2035: whole years, day ranges, or open ("đến nay")."""
    shape = draw(st.sampled_from(["years", "days", "open"]))
    if shape == "years":
        first = draw(st.integers(2000, 2035))
        return Period.years(first, draw(st.integers(first, 2035)))
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)))
    if shape == "open":
        return Period.since(start)
    end = draw(st.dates(start, dt.date(2035, 12, 31)))
    return Period(start, end)


def fields_of(value: Any) -> dict[str, Any]:
    return {a.name: getattr(value, a.name) for a in attrs.fields(type(value)) if a.init}


def member_of(
    draw: st.DrawFn, strategy: st.SearchStrategy[C], items: Callable[[C], Sequence[T]]
) -> T:
    """One of the ``items`` of a value drawn from ``strategy`` that has some."""
    value = draw(strategy.filter(lambda drawn: bool(items(drawn))))
    return draw(st.sampled_from(items(value)))


PERCENTS = st.decimals(min_value=0, max_value=1000, places=2)


@st.composite
def percents(draw: st.DrawFn) -> Percent:
    """Percents as reports write them ("2,8%", "100%", "hơn 80%"), up to two decimals."""
    qualifier = draw(st.sampled_from([q for q in Qualifier if q is not Qualifier.MANY]))
    return Percent(draw(PERCENTS), qualifier)


@st.composite
def amounts(draw: st.DrawFn) -> Amount:
    """Amounts with a fraction as reports write them ("46,5 km", "gần 1,5 ha")."""
    qualifier = draw(st.sampled_from([q for q in Qualifier if q is not Qualifier.MANY]))
    return Amount(draw(st.decimals(min_value=0, max_value=10**6, places=3)), qualifier)
