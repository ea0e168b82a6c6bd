"""Junk in, only DanvanError out, and quickly: every text parser under hostile input."""

import contextlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan import (
    AdminLevel,
    DanvanError,
    DocumentSymbol,
    Field,
    RecognitionLevel,
    UnitKind,
    parse_count,
    parse_date,
    parse_number,
)


def _date(text: str) -> object:
    return parse_date(text, default_year=2023)


PARSERS: list[Callable[[str], object]] = [
    parse_number,
    parse_count,
    parse_date,
    _date,
    DocumentSymbol.parse,
    Field.parse,
    RecognitionLevel.parse,
    AdminLevel.parse,
    UnitKind.parse,
]
# Text made of the characters parsers care about, so hypothesis reaches deep branches.
WORDS = ["trên", "gần", "nghìn", "ngày", "CT", "TU", "Đ", "tháng", "năm", "hàng"]
ALPHABET = st.sampled_from([*"0123456789.,/-–%: ", *WORDS])
SEEDISH = st.lists(ALPHABET, max_size=30).map("".join)


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: getattr(p, "__qualname__", str(p)))
class TestJunk:
    @given(st.text() | SEEDISH)
    def test_only_danvan_errors(self, parser: Callable[[str], object], text: str) -> None:
        """Any text either parses or raises a DanvanError."""
        with contextlib.suppress(DanvanError):
            parser(text)

    @settings(max_examples=20, deadline=None)
    @given(st.sampled_from(["9", "1.", "-/", "1-1/", "a ", " ", "trên 1"]))
    def test_100_kb_returns_quickly(self, parser: Callable[[str], object], unit: str) -> None:
        """A 100 kB string is refused up front rather than scanned by a pattern."""
        text = unit * (100_000 // len(unit))
        with pytest.raises(DanvanError):
            parser(text)
