"""Patterns written to be found fast find what the plain patterns find, on any text."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan._extract._clean import matches_at
from danvan._extract._figure_words import CANDIDATE, candidates
from danvan._extract._mentions import _DATE, _DATE_START
from danvan._extract._patterns import at_word_start
from danvan._text import fold_each

# Report words around numbers, dates and qualifiers, joined in any order.
_PIECES = [
    "trên",
    "gần",
    "khoảng",
    "ít nhất",
    "không dưới",
    "hàng trăm",
    "hàng nghìn",
    "1.635",
    "8,6%",
    "28/9/2021",
    "05 tháng 12 năm 2018",
    "12",
    "2025",
    "3/5",
    "x12",
    "-7",
    "mô hình",
    "tập thể",
    "Ngày",
    "năm",
    ",",
    ".",
    "/",
    "(",
    "\n",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join) | st.text(
    alphabet="0123456789 ./-,%trênghàn", max_size=60
)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_numbers_found_where_they_start(text: str) -> None:
    """Trying the number pattern only where a number starts misses none."""
    folded = fold_each(text)
    assert _spans(candidates(folded)) == _spans(CANDIDATE.finditer(folded))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_dates_found_where_they_start(text: str) -> None:
    """Trying the date pattern only where a number starts misses none."""
    folded = fold_each(text)
    assert _spans(matches_at(_DATE, _DATE_START, folded)) == _spans(_DATE.finditer(folded))


def test_words_at_their_start_only() -> None:
    """As ``\\b(?:…)`` matches: "bình quân" and "trung bình", not inside another word."""
    pattern = re.compile(at_word_start(r"binh\squan", r"trung\sbinh") + r"\b")
    text = "binh quan, trung binh; xbinh quan, atrung binh, binh quanh"
    assert [m.group() for m in pattern.finditer(text)] == ["binh quan", "trung binh"]


def test_words_must_start_with_a_letter() -> None:
    with pytest.raises(ValueError, match="start with a letter"):
        at_word_start(r"\bdot")
