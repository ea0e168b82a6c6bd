"""Period: the spans of time reports cover."""

import datetime as dt

import pytest
from hypothesis import given

from danvan import Period, find_periods
from danvan.exceptions import InvalidPeriodError
from danvan.testing import periods

D = dt.date


class TestParse:
    @pytest.mark.parametrize(
        ("text", "start", "end"),
        [
            ("năm 2018", D(2018, 1, 1), D(2018, 12, 31)),
            ("2018", D(2018, 1, 1), D(2018, 12, 31)),
            ("2021-2023", D(2021, 1, 1), D(2023, 12, 31)),
            ("giai đoạn 2016-2020", D(2016, 1, 1), D(2020, 12, 31)),
            ("giai đoạn 2021- 2025", D(2021, 1, 1), D(2025, 12, 31)),
            ("giai đoạn 2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
            ("nhiệm kỳ 2020 - 2025", D(2020, 1, 1), D(2025, 12, 31)),
            ("2019 – 2020", D(2019, 1, 1), D(2020, 12, 31)),
            ("6 tháng đầu năm 2020", D(2020, 1, 1), D(2020, 6, 30)),
            ("6 tháng cuối năm 2020", D(2020, 7, 1), D(2020, 12, 31)),
            ("9 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 9, 30)),
            ("9 tháng năm 2025", D(2025, 1, 1), D(2025, 9, 30)),
            ("Sáu tháng cuối năm 2025", D(2025, 7, 1), D(2025, 12, 31)),  # months in words
            ("chín tháng đầu năm 2024", D(2024, 1, 1), D(2024, 9, 30)),
            ("Mười một tháng năm 2025", D(2025, 1, 1), D(2025, 11, 30)),
            ("6 tháng năm 2025", D(2025, 1, 1), D(2025, 6, 30)),
            ("quý I/2025", D(2025, 1, 1), D(2025, 3, 31)),
            ("Quý III năm 2025", D(2025, 7, 1), D(2025, 9, 30)),
            ("quý 4/2024", D(2024, 10, 1), D(2024, 12, 31)),
            ("quý I và quý II năm 2025", D(2025, 1, 1), D(2025, 6, 30)),
            ("quý III, IV/2024", D(2024, 7, 1), D(2024, 12, 31)),
            ("quý I - quý III/2025", D(2025, 1, 1), D(2025, 9, 30)),
            ("quý I đến quý III năm 2025", D(2025, 1, 1), D(2025, 9, 30)),
            ("năm 2024 và năm 2025", D(2024, 1, 1), D(2025, 12, 31)),
            ("2 năm 2024, 2025", D(2024, 1, 1), D(2025, 12, 31)),
            ("các năm 2023, 2024 và 2025", D(2023, 1, 1), D(2025, 12, 31)),
            ("tháng 10 và tháng 11 năm 2025", D(2025, 10, 1), D(2025, 11, 30)),
            ("tháng 9/2025", D(2025, 9, 1), D(2025, 9, 30)),
            ("tháng 2 năm 2024", D(2024, 2, 1), D(2024, 2, 29)),
            ("28/09/2021 - 22/11/2023", D(2021, 9, 28), D(2023, 11, 22)),
            ("từ ngày 28/9/2021 đến ngày 22/11/2023", D(2021, 9, 28), D(2023, 11, 22)),
            ("từ năm 2021 đến năm 2025", D(2021, 1, 1), D(2025, 12, 31)),
            ("Từ đầu năm 2022 đến hết năm 2024", D(2022, 1, 1), D(2024, 12, 31)),
            ("giai đoạn 2021 đến 2025", D(2021, 1, 1), D(2025, 12, 31)),
            ("nhiệm kỳ 2020 tới năm 2025", D(2020, 1, 1), D(2025, 12, 31)),
            ("năm 2022 đến hết năm 2024", D(2022, 1, 1), D(2024, 12, 31)),
            ("từ tháng 1 đến tháng 9 năm 2025", D(2025, 1, 1), D(2025, 9, 30)),
            ("tháng 1 - tháng 6/2025", D(2025, 1, 1), D(2025, 6, 30)),
            ("từ tháng 10/2024 đến hết tháng 3/2025", D(2024, 10, 1), D(2025, 3, 31)),
        ],
    )
    def test_report_wordings(self, text: str, start: dt.date, end: dt.date) -> None:
        """The period phrases of the seed reports and their peers."""
        assert Period.parse(text) == Period(start, end)

    def test_until_now(self) -> None:
        """'từ năm 2009 đến nay' ends on the reference day, and runs on without one."""
        assert Period.parse("từ năm 2009 đến nay", reference=D(2023, 9, 25)) == Period(
            D(2009, 1, 1), D(2023, 9, 25)
        )
        assert Period.parse("từ năm 2009 đến nay") == Period.since(D(2009, 1, 1))
        assert Period.parse("năm 2024 đến nay") == Period.since(D(2024, 1, 1))

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "2025-2021",
            "giai đoạn",
            "22/11",
            "năm 18",
            "31/2/2021 - 1/3/2021",
            "từ tháng 9 đến tháng 3 năm 2025",
            "quý I và quý III năm 2025",  # two quarters apart: no one period
            "quý III - quý I/2025",
            "năm 2020 và 2025",
            "3 năm 2024, 2025",
            "tháng 9 và tháng 11 năm 2025",
            "x" * 100,
        ],
    )
    def test_invalid(self, text: str) -> None:
        """Other text, and periods running backwards, are InvalidPeriodError."""
        with pytest.raises(InvalidPeriodError):
            Period.parse(text)

    def test_backwards_day_range(self) -> None:
        """A day range that ends before it starts is refused."""
        with pytest.raises(InvalidPeriodError, match="before it starts"):
            Period.parse("22/11/2023 - 28/9/2021")

    @given(periods())
    def test_round_trip(self, period: Period) -> None:
        """Period.parse(str(p)) == p."""
        assert Period.parse(str(period)) == period


class TestPeriod:
    def test_end_before_start(self) -> None:
        """A period cannot end before it starts."""
        with pytest.raises(InvalidPeriodError):
            Period(D(2023, 1, 2), D(2023, 1, 1))

    def test_not_dates(self) -> None:
        """Both ends are dates."""
        with pytest.raises(InvalidPeriodError):
            Period("2021", "2023")  # type: ignore[arg-type]
        with pytest.raises(InvalidPeriodError):
            Period.years(2021, 10_000)

    def test_contains_and_overlaps(self) -> None:
        """The Ninh Bình mid-term 2021-2023 lies inside the phase 2021-2025."""
        phase, midterm = Period.parse("2021-2025"), Period.parse("2021-2023")
        assert phase.contains(midterm)
        assert not midterm.contains(phase)
        assert phase.contains(D(2023, 9, 25))
        assert midterm.overlaps(Period.parse("2023-2025"))
        assert not midterm.overlaps(Period.parse("2024-2025"))

    def test_days_and_whole_years(self) -> None:
        """A leap year has 366 days; a day range is no run of whole years."""
        assert Period.year(2024).days == 366
        assert Period.year(2024).is_whole_years
        assert not Period(D(2024, 1, 2), D(2024, 12, 31)).is_whole_years

    def test_midpoint(self) -> None:
        """Halfway through a five-year phase is mid 2023."""
        assert Period.parse("2021-2025").midpoint() == D(2023, 7, 1)
        assert Period.parse("2016-2020").midpoint() == D(2018, 7, 1)

    def test_str(self) -> None:
        """Whole years print as reports write them."""
        assert str(Period.parse("giai đoạn 2021-2025")) == "2021-2025"
        assert str(Period.year(2018)) == "năm 2018"
        assert str(Period(D(2021, 9, 28), D(2023, 11, 22))) == "28/09/2021 - 22/11/2023"


class TestOneGrammar:
    """find_periods and Period.parse read every wording of either's tests the same way."""

    WORDINGS = (
        "năm 2018",
        "2021-2023",
        "giai đoạn 2016-2020",
        "giai đoạn 2021- 2025",
        "giai đoạn 2021 - 2025",
        "nhiệm kỳ 2020 - 2025",
        "2019 – 2020",
        "6 tháng đầu năm 2020",
        "6 tháng cuối năm 2020",
        "9 tháng đầu năm 2024",
        "sáu tháng đầu năm 2025",
        "ba tháng cuối năm 2024",
        "quý II/2025",
        "quý I và quý II năm 2025",
        "năm 2024 và năm 2025",
        "tháng 10 và tháng 11 năm 2025",
        "tháng 10/2025",
        "28/09/2021 - 22/11/2023",
        "từ ngày 28/9/2021 đến ngày 22/11/2023",
        "từ năm 2009 đến nay",
        "từ đầu năm 2019 đến nay",
        "từ tháng 7/2025 đến nay",
        "từ năm 2021 đến năm 2025",
    )

    @pytest.mark.parametrize("wording", WORDINGS)
    def test_alone_and_in_a_sentence(self, wording: str) -> None:
        """A wording found inside a sentence is the period parse gives for it alone."""

        reference = D(2023, 9, 25)
        sentence = f"Hội nghị sơ kết {wording}, tại hội trường"
        try:
            expected = [Period.parse(wording, reference=reference)]
        except InvalidPeriodError:
            expected = []
        found = find_periods(sentence, reference=reference)
        assert [m.period for m in found] == expected
        assert [m.text for m in found] == ([wording] if expected else [])

    def test_part_of_a_year_is_not_the_whole_year(self) -> None:
        """'6 tháng đầu năm 2020' in a sentence is the first half, as parse reads it."""

        [mention] = find_periods("Kết quả 6 tháng đầu năm 2020 cho thấy")
        assert mention.period == Period(D(2020, 1, 1), D(2020, 6, 30))

    def test_until_now_is_not_its_first_year(self) -> None:
        """'từ năm 2009 đến nay' is never read as 2009 alone: open, or closed on reference=."""

        text = "từ năm 2009 đến nay, toàn tỉnh có 318 mô hình"
        [mention] = find_periods(text)
        assert mention.period == Period.since(D(2009, 1, 1))
        [mention] = find_periods(text, reference=D(2023, 9, 25))
        assert mention.period == Period(D(2009, 1, 1), D(2023, 9, 25))


class TestOpenPeriods:
    """ "Từ năm 2011 đến nay" in an article whose day is unknown: a period that runs on."""

    def test_wordings(self) -> None:
        """Open without reference=, closed on it; onward plans stay open."""
        day = D(2021, 10, 5)
        assert Period.parse("từ năm 2011 đến nay").is_open
        assert Period.parse("từ đầu năm 2019 đến nay") == Period.since(D(2019, 1, 1))
        assert Period.parse("từ ngày 05/12/2018 đến nay") == Period.since(D(2018, 12, 5))
        assert Period.parse("từ tháng 7/2025 đến nay") == Period.since(D(2025, 7, 1))
        after = D(2025, 11, 30)  # since the reorganisation of 1 July 2025
        assert Period.parse("từ tháng 7 năm 2025 đến nay", reference=after) == Period(
            D(2025, 7, 1), after
        )
        assert Period.parse("từ năm 2011 đến nay", reference=day) == Period(D(2011, 1, 1), day)
        onward = "giai đoạn 2024-2030 và những năm tiếp theo"
        assert Period.parse(onward) == Period.parse(onward, reference=day)
        assert Period.parse(onward) == Period.since(D(2024, 1, 1))

    def test_a_start_heading_its_clause_runs_until_now(self) -> None:
        """ "Từ ngày 01/7/2025, …" with no end is since that day, as "… đến nay" is."""
        assert Period.parse("từ ngày 01/7/2025") == Period.since(D(2025, 7, 1))
        assert Period.parse("Từ tháng 7/2025,") == Period.since(D(2025, 7, 1))
        assert Period.parse("từ năm 2021") == Period.since(D(2021, 1, 1))
        [mention] = find_periods("Kể từ ngày 01/7/2025, các xã mới đã đăng ký 96 mô hình")
        assert (mention.text, mention.period) == ("từ ngày 01/7/2025", Period.since(D(2025, 7, 1)))
        assert find_periods("Nghị định có hiệu lực từ ngày 01/7/2025.") == []

    def test_an_aside_between_a_start_and_until_now(self) -> None:
        """ "Từ ngày 01/7/2025 (sau khi sắp xếp …) đến nay": since that day, aside and all."""
        text = (
            "Từ ngày 01/7/2025 (sau khi sắp xếp chính quyền địa phương 2 cấp) đến nay, các xã, "
            "phường mới đã đăng ký 846 mô hình."
        )
        [mention] = find_periods(text)
        assert mention.text == text[: text.index(",")]
        assert mention.period == Period.since(D(2025, 7, 1))
        assert Period.parse("từ tháng 7/2025 (sau sắp xếp) đến nay") == Period.since(D(2025, 7, 1))

    def test_since_after_the_day_things_changed(self) -> None:
        """ "Từ sau ngày 1/7/2025 đến nay, …": since the day the units were merged.

        It was read as that one day, a count of the months after it standing on it.
        """
        text = "Từ sau ngày 1/7/2025 đến nay, các cấp đã đăng ký mới 412 mô hình."
        [mention] = find_periods(text)
        assert (mention.text, mention.period) == (
            "Từ sau ngày 1/7/2025 đến nay",
            Period.since(D(2025, 7, 1)),
        )
        assert Period.parse("từ sau ngày 01/7/2025") == Period.since(D(2025, 7, 1))

    def test_since_an_event_of_a_year(self) -> None:
        """ "từ khi phát động phong trào (năm 2009) đến nay" runs from that year, not in it."""
        since = Period.parse("Từ khi phát động phong trào (năm 2009) đến nay")
        assert since == Period.since(D(2009, 1, 1))
        text = 'Từ khi phát động phong trào thi đua "Dân vận khéo" (2010) đến nay, huyện có …'
        [mention] = find_periods(text, reference=D(2025, 11, 30))
        assert mention.period == Period(D(2010, 1, 1), D(2025, 11, 30))

    def test_a_school_year(self) -> None:
        """ "năm học 2024 - 2025" runs from September to August; two years in turn only."""
        assert Period.parse("năm học 2024 - 2025") == Period(D(2024, 9, 1), D(2025, 8, 31))
        [mention] = find_periods("Năm học 2023-2024, trường có 12 mô hình.")
        assert mention.period == Period(D(2023, 9, 1), D(2024, 8, 31))
        with pytest.raises(InvalidPeriodError, match="two years in turn"):
            Period.parse("năm học 2024 - 2026")

    def test_from_the_years_start_to_a_day(self) -> None:
        """ "từ đầu năm đến ngày 15/11/2025": that year's first day to that day, in text too."""
        assert Period.parse("từ đầu năm đến ngày 15/11/2025") == Period(
            D(2025, 1, 1), D(2025, 11, 15)
        )
        assert Period.parse("Từ đầu năm 2024 đến hết ngày 30/6/2025") == Period(
            D(2024, 1, 1), D(2025, 6, 30)
        )
        [mention] = find_periods("Từ đầu năm đến ngày 20/10/2025, toàn xã đã công nhận 27 mô hình.")
        assert mention.period == Period(D(2025, 1, 1), D(2025, 10, 20))
        with pytest.raises(InvalidPeriodError, match="cannot end before it starts"):
            Period.parse("từ đầu năm 2026 đến ngày 15/11/2025")

    def test_ends_said_unlike(self) -> None:
        """A year or a month to a day or a month: "từ năm 2021 đến 30/6/2025", in text too."""
        assert Period.parse("từ năm 2021 đến ngày 30/6/2025") == Period(
            D(2021, 1, 1), D(2025, 6, 30)
        )
        assert Period.parse("từ năm 2020 đến tháng 9/2024") == Period(D(2020, 1, 1), D(2024, 9, 30))
        assert Period.parse("từ tháng 4/2021 đến hết ngày 15/11/2025") == Period(
            D(2021, 4, 1), D(2025, 11, 15)
        )
        [mention] = find_periods("Lũy kế từ năm 2022 đến 31/10/2025, toàn huyện có 412 mô hình.")
        assert (mention.text, mention.period) == (
            "từ năm 2022 đến 31/10/2025",
            Period(D(2022, 1, 1), D(2025, 10, 31)),
        )
        with pytest.raises(InvalidPeriodError, match="cannot end before it starts"):
            Period.parse("từ năm 2026 đến ngày 15/11/2025")
        with pytest.raises(InvalidPeriodError, match="not a period"):
            Period.parse("từ tháng 3/2021 đến tháng")

    def test_the_past_n_years(self) -> None:
        """'qua 10 năm' and 'trong 5 năm qua' are the years ending on the reference day."""
        day = D(2021, 10, 5)
        assert Period.parse("qua 10 năm", reference=day) == Period(D(2011, 10, 6), day)
        assert Period.parse("trong 5 năm qua", reference=day) == Period(D(2016, 10, 6), day)
        with pytest.raises(InvalidPeriodError, match="needs reference"):
            Period.parse("qua 10 năm")

    def test_refusal_lists_the_forms(self) -> None:
        """A wording that is no period says which forms are accepted."""
        with pytest.raises(InvalidPeriodError, match="accepted forms: 'năm 2018'"):
            Period.parse("sau 3 năm phát động")

    def test_behaviour(self) -> None:
        """An open period contains every later day, overlaps what ends after its start."""
        since = Period.since(D(2011, 1, 1))
        assert since.contains(D(2030, 1, 1))
        assert not since.contains(D(2010, 12, 31))
        assert since.contains(Period.years(2016, 2020))
        assert not Period.years(2016, 2020).contains(since)
        assert since.overlaps(Period.year(2011))
        assert not since.overlaps(Period.year(2010))
        assert since.closed_at(D(2021, 10, 5)) == Period(D(2011, 1, 1), D(2021, 10, 5))
        assert sorted([since, Period.year(2011)]) == [Period.year(2011), since]
        with pytest.raises(InvalidPeriodError, match="open period"):
            since.midpoint()
        with pytest.raises(InvalidPeriodError, match="open period"):
            _ = since.days

    def test_wire_form(self) -> None:
        """An open period is written without its end, and read back."""
        from danvan import dumps, loads

        since = Period.since(D(2011, 1, 1))
        assert dumps(since) == '{"start":"2011-01-01"}'
        assert loads(dumps(since), Period) == since
        assert str(since) == "từ năm 2011 đến nay"
        assert Period.parse(str(Period.since(D(2018, 12, 5)))) == Period.since(D(2018, 12, 5))
