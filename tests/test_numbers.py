"""parse_number(): Vietnamese notation, never confusing a thousands dot with a decimal comma."""

from decimal import Decimal

import pytest

from danvan import Percent, parse_number
from danvan._numbers import format_number
from danvan.exceptions import AmbiguousNumberError, InvalidNumberError


class TestParseNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1.967", 1967),
            ("1.635", 1635),
            ("130", 130),
            ("05", 5),
            ("12.000.000", 12_000_000),
            ("1,5", Decimal("1.5")),
            ("50,5", Decimal("50.5")),
            ("0,125", Decimal("0.125")),
            ("1.635,5", Decimal("1635.5")),
            ("50,5 triệu", 50_500_000),
            ("300 nghìn", 300_000),
            ("300 ngàn", 300_000),
            ("300 nghin", 300_000),
            ("2 tỷ", 2_000_000_000),
            ("1,5 nghìn tỷ", 1_500_000_000_000),
            ("1,25 nghìn", 1250),
            ("0,5 nghìn", 500),
            ("1,2345 nghìn", Decimal("1234.5")),
            ("1 tỷ 200 triệu", 1_200_000_000),  # an amount in parts, as reports write money
            ("2 tỷ 350 triệu 500 nghìn", 2_350_500_000),
            ("3 triệu 500 nghìn", 3_500_000),
        ],
    )
    def test_vietnamese_notation(self, text: str, expected: int | Decimal) -> None:
        """Dots group thousands, a comma marks decimals, words multiply."""
        result = parse_number(text)
        assert result == expected
        assert type(result) is type(expected)

    @pytest.mark.parametrize(
        ("text", "value"),
        [("2,8%", Decimal("2.8")), ("8,6 %", Decimal("8.6")), ("100 phần trăm", Decimal(100))],
    )
    def test_percentages(self, text: str, value: Decimal) -> None:
        """A percent sign gives a Percent, not a bare number."""
        assert parse_number(text) == Percent(value)

    def test_percent_fraction_and_str(self) -> None:
        """A Percent knows its fraction and writes itself back."""
        assert Percent(Decimal("8.6")).fraction == Decimal("0.086")
        assert str(Percent(Decimal("8.6"))) == "8,6%"

    @pytest.mark.parametrize("text", ["1,500", "1,635", "1.5", "50.55", "1,000,000"])
    def test_ambiguous_is_an_error(self, text: str) -> None:
        """A string that reads differently in English notation is refused, not guessed."""
        with pytest.raises(AmbiguousNumberError) as info:
            parse_number(text)
        assert info.value.value == text

    @pytest.mark.parametrize(
        "text", ["", "abc", "gần 300", "1,635.5", "5%  triệu", "2 % triệu", "-5", "1.2.3", "9" * 50]
    )
    def test_not_a_number(self, text: str) -> None:
        """Anything else is an InvalidNumberError naming the text."""
        with pytest.raises(InvalidNumberError) as info:
            parse_number(text)
        assert info.value.value == text

    @pytest.mark.parametrize(
        ("text", "why"), [("1 triệu 200 triệu", "below"), ("2 tỷ 1.200 triệu", "not a number")]
    )
    def test_an_amount_in_parts_goes_down(self, text: str, why: str) -> None:
        """Each part of "1 tỷ 200 triệu" is below the one before, or it is no amount."""
        with pytest.raises(InvalidNumberError, match=why):
            parse_number(text)

    def test_percent_with_multiplier(self) -> None:
        """A percentage cannot be multiplied by nghìn."""
        with pytest.raises(InvalidNumberError, match="multiplier"):
            parse_number("5 nghìn %")


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("value", "lang", "expected"),
        [
            (1635, "vi", "1.635"),
            (1635, "en", "1,635"),
            (12_000_000, "vi", "12.000.000"),
            (Decimal("50.5"), "vi", "50,5"),
            (Decimal("1635.25"), "en", "1,635.25"),
            (-3, "vi", "-3"),
            (0, "vi", "0"),
        ],
    )
    def test_formats(self, value: int | Decimal, lang: str, expected: str) -> None:
        """Numbers are written back in the notation of the language."""
        assert format_number(value, lang) == expected

    @pytest.mark.parametrize("value", [0, 7, 1635, 12_000_000, Decimal("50.5"), Decimal("0.125")])
    def test_round_trip(self, value: int | Decimal) -> None:
        """Formatting and parsing again gives the same number."""
        assert parse_number(format_number(value)) == value


class TestPercentValues:
    @pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), "abc", None, 2.5, True])
    def test_refused(self, value: object) -> None:
        """NaN, infinity, text that is no number, floats and other types are refused."""
        with pytest.raises(InvalidNumberError):
            Percent(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("value", "expected"), [(5, "5%"), ("2.8", "2,8%")])
    def test_accepted(self, value: object, expected: str) -> None:
        """Whole numbers, decimals and decimal text are percents."""
        assert str(Percent(value)) == expected  # type: ignore[arg-type]
