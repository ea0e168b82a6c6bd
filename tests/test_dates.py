"""parse_date(): Vietnamese date phrases, day first, with the year from context."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import parse_date
from danvan._dates import add_months
from danvan.exceptions import AmbiguousDateError, InvalidDateError


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ngày 28/9/2021", dt.date(2021, 9, 28)),
            ("28-9-2021", dt.date(2021, 9, 28)),
            ("28.9.2021", dt.date(2021, 9, 28)),
            ("Ngày 05 tháng 12 năm 2018", dt.date(2018, 12, 5)),
            ("05/12/2018", dt.date(2018, 12, 5)),
            ("ngày 20/5/2015", dt.date(2015, 5, 20)),
            ("ngày 24/6/2021,", dt.date(2021, 6, 24)),
            ("Thứ Hai, 6/2/2023", dt.date(2023, 2, 6)),
            ("thu 2, 6/2/2023", dt.date(2023, 2, 6)),
            ("ngay 28 / 9 / 2021", dt.date(2021, 9, 28)),
            ("5 tháng 12, năm 2018", dt.date(2018, 12, 5)),
        ],
    )
    def test_full_dates(self, text: str, expected: dt.date) -> None:
        """Dates from the seed reports in each of their forms."""
        assert parse_date(text) == expected

    @pytest.mark.parametrize("text", ["Ngày 22/11", "Chiều 19/12", "Chiều 25/9", "Ngày 5/12"])
    def test_year_from_default(self, text: str) -> None:
        """A date without its year takes default_year."""
        assert parse_date(text, default_year=2023).year == 2023

    def test_year_from_reference(self) -> None:
        """Without default_year, the latest such date not after the reference."""
        assert parse_date("22/11", reference=dt.date(2023, 11, 22)) == dt.date(2023, 11, 22)
        assert parse_date("22/11", reference=dt.date(2023, 11, 21)) == dt.date(2022, 11, 22)
        assert parse_date("29/2", reference=dt.date(2023, 6, 1)) == dt.date(2020, 2, 29)

    def test_default_year_wins_over_reference(self) -> None:
        """An explicit year beats inference."""
        assert parse_date("19/12", default_year=2018, reference=dt.date(2024, 1, 1)) == dt.date(
            2018, 12, 19
        )

    def test_no_year_no_context(self) -> None:
        """A date without a year and without context is ambiguous, not guessed."""
        with pytest.raises(AmbiguousDateError) as info:
            parse_date("Ngày 22/11")
        assert info.value.value == "Ngày 22/11"
        assert isinstance(info.value, InvalidDateError)

    @pytest.mark.parametrize("text", ["31/2/2021", "29/2/2023", "0/1/2020", "12/13/2020"])
    def test_no_such_day(self, text: str) -> None:
        """Days that do not exist are InvalidDateError."""
        with pytest.raises(InvalidDateError, match="no such day"):
            parse_date(text)

    def test_impossible_day_without_year(self) -> None:
        """31/4 does not exist in any year."""
        with pytest.raises(InvalidDateError):
            parse_date("31/4", reference=dt.date(2024, 1, 1))

    def test_weekday_must_match(self) -> None:
        """A weekday that contradicts the date is an error, not ignored."""
        with pytest.raises(InvalidDateError, match="Thứ Hai"):
            parse_date("Thứ Ba, 6/2/2023")

    @pytest.mark.parametrize(
        "text",
        ["", "tháng 12 năm 2018", "2018-12-05", "28/9/21", "năm 2018", "28/9-2021", "x" * 200],
    )
    def test_not_a_date(self, text: str) -> None:
        """Other text is InvalidDateError naming it."""
        with pytest.raises(InvalidDateError) as info:
            parse_date(text)
        assert info.value.value == text

    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    def test_every_day_month_year_form(self, day: dt.date) -> None:
        """Every date written d/m/yyyy and 'ngày d tháng m năm yyyy' parses back."""
        assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
        assert parse_date(f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}") == day


class TestAddMonths:
    def test_two_years_after_a_directive(self) -> None:
        """Two years after 28/9/2021 is 28/9/2023."""
        assert add_months(dt.date(2021, 9, 28), 24) == dt.date(2023, 9, 28)

    def test_clamps_to_month_end(self) -> None:
        """31 January plus a month is the end of February."""
        assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
