"""Count and parse_count(): qualified counts and the intervals they allow."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import Count, Qualifier, parse_count
from danvan.exceptions import InvalidCountError, UnknownTermError
from danvan.testing import counts


class TestParseCount:
    @pytest.mark.parametrize(
        ("text", "value", "qualifier", "low", "high"),
        [
            ("1.635", 1635, Qualifier.EXACT, 1635, 1635),
            ("130", 130, Qualifier.EXACT, 130, 130),
            ("trên 1.000", 1000, Qualifier.OVER, 1001, None),
            ("hơn 350", 350, Qualifier.OVER, 351, None),
            ("hơn 350 nữa", 350, Qualifier.OVER, 351, None),
            ("dưới 50", 50, Qualifier.UNDER, 0, 49),
            ("chưa đến 50", 50, Qualifier.UNDER, 0, 49),
            ("khoảng 200", 200, Qualifier.ABOUT, 180, 220),
            ("xấp xỉ 1.000", 1000, Qualifier.ABOUT, 900, 1100),
            ("trên dưới 500", 500, Qualifier.ABOUT, 450, 550),  # about: not over, not under
            ("chừng 15", 15, Qualifier.ABOUT, 13, 17),
            ("gần 300 nghìn", 300_000, Qualifier.NEARLY, 270_000, 300_000),
            ("ngót 500", 500, Qualifier.NEARLY, 450, 500),  # just short of it
            ("ít nhất 20", 20, Qualifier.AT_LEAST, 20, None),
            ("không dưới 20", 20, Qualifier.AT_LEAST, 20, None),
            ("hàng nghìn", 1000, Qualifier.MANY, 1000, 9999),
            ("hàng trăm", 100, Qualifier.MANY, 100, 999),
            ("hàng chục nghìn", 10_000, Qualifier.MANY, 10_000, 99_999),
            ("hàng vạn", 10_000, Qualifier.MANY, 10_000, 99_999),  # "vạn": ten thousand
            ("trên 2 vạn", 20_000, Qualifier.OVER, 20_001, None),
            ("hang ngan", 1000, Qualifier.MANY, 1000, 9999),
            ("hàng chục tỷ", 10**10, Qualifier.MANY, 10**10, 10**11 - 1),  # of đồng
            ("hàng trăm tỷ", 10**11, Qualifier.MANY, 10**11, 10**12 - 1),
            ("hàng nghìn tỷ", 10**12, Qualifier.MANY, 10**12, 10**13 - 1),
            ("TRÊN 1.000", 1000, Qualifier.OVER, 1001, None),
        ],
    )
    def test_wordings(
        self, text: str, value: int, qualifier: Qualifier, low: int, high: int | None
    ) -> None:
        """Each qualifier word gives its interval."""
        count = parse_count(text)
        assert (count.value, count.qualifier, count.low, count.high) == (
            value,
            qualifier,
            low,
            high,
        )

    @pytest.mark.parametrize(
        "text", ["", "trên", "1,5", "2,8%", "hàng văn", "1.635 mô hình", "gần -3", "1,500"]
    )
    def test_not_a_count(self, text: str) -> None:
        """Fractions, percentages, vague words we do not know and trailing nouns are refused."""
        with pytest.raises(InvalidCountError) as info:
            parse_count(text)
        assert info.value.value == text

    @given(counts())
    def test_round_trip(self, count: Count) -> None:
        """parse_count(str(c)) == c for every count with its default interval."""
        assert parse_count(str(count)) == count


class TestCount:
    def test_defaults_to_exact(self) -> None:
        """Count(n) is exactly n."""
        assert Count(11) == Count(11, Qualifier.EXACT, low=11, high=11)
        assert Count(11).is_exact

    @pytest.mark.parametrize("value", [-1, 1.5, True, "3"])
    def test_rejects_non_counts(self, value: object) -> None:
        """A count is a whole number of at least zero."""
        with pytest.raises(InvalidCountError):
            Count(value)  # type: ignore[arg-type]

    def test_many_needs_a_power_of_ten(self) -> None:
        """'hàng' (many) is an order of magnitude."""
        with pytest.raises(InvalidCountError, match="power of ten"):
            Count(300, Qualifier.MANY)

    def test_nothing_is_under_zero(self) -> None:
        """'dưới 0' allows no value."""
        with pytest.raises(InvalidCountError):
            Count(0, Qualifier.UNDER)

    def test_interval_must_be_ordered(self) -> None:
        """high below low is refused."""
        with pytest.raises(InvalidCountError):
            Count(10, Qualifier.ABOUT, low=12, high=11)
        with pytest.raises(InvalidCountError):
            Count(10, Qualifier.ABOUT, low=-1, high=11)

    def test_exact_allows_only_itself(self) -> None:
        """An exact count cannot carry a wider interval."""
        with pytest.raises(InvalidCountError):
            Count(10, Qualifier.EXACT, low=9, high=10)

    def test_english_format(self) -> None:
        """format('en') writes English wording and notation."""
        assert parse_count("trên 1.000").format("en") == "over 1,000"
        assert parse_count("hàng nghìn").format("en") == "thousands"
        assert Count(1635).format("en") == "1,635"
        with pytest.raises(UnknownTermError):
            Count(1).format("de")

    def test_contains(self) -> None:
        """A count contains exactly the values of its interval."""
        over = parse_count("trên 1.000")
        assert not over.contains(1000)
        assert over.contains(1001)
        assert over.contains(10**9)
        assert not parse_count("dưới 50").contains(50)


class TestConsistency:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("hơn 350", "356"),
            ("gần 300 nghìn", "298.410"),
            ("trên 1.000", "1.014"),
            ("khoảng 2.000", "1.999"),
            ("hàng nghìn", "1.635"),
        ],
    )
    def test_agreeing_reports(self, a: str, b: str) -> None:
        """Two wordings of one quantity that can both be true are consistent."""
        assert parse_count(a).consistent_with(parse_count(b))
        assert parse_count(b).consistent_with(parse_count(a))

    @pytest.mark.parametrize(
        ("a", "b"), [("1.635", "1.999"), ("trên 1.000", "998"), ("dưới 50", "hơn 60")]
    )
    def test_disagreeing_reports(self, a: str, b: str) -> None:
        """Wordings that cannot both be true are not."""
        assert not parse_count(a).consistent_with(parse_count(b))

    def test_plain_int(self) -> None:
        """A plain int is an exact count."""
        assert parse_count("hơn 350").consistent_with(356)


class TestAddition:
    def test_exact_parts_sum_exactly(self) -> None:
        """The Ninh Bình field breakdown adds up to 1.635."""
        parts = [Count(451), Count(878), Count(166), Count(140)]
        assert sum(parts, Count(0)) == Count(1635)
        assert sum(parts) == Count(1635)

    def test_weakest_qualifier_wins(self) -> None:
        """'trên 1.000' plus 14 is over 1.014."""
        total = parse_count("trên 1.000") + 14
        assert total.qualifier is Qualifier.OVER
        assert (total.low, total.high) == (1015, None)

    def test_intervals_add(self) -> None:
        """Mixed qualifiers add their intervals exactly."""
        total = parse_count("khoảng 100") + parse_count("dưới 10")
        assert total.qualifier is Qualifier.ABOUT
        assert (total.low, total.high) == (90, 119)

    def test_orders_of_magnitude_become_about(self) -> None:
        """A sum of 'hàng …' counts is approximate, with its interval kept."""
        total = parse_count("hàng nghìn") + parse_count("hàng trăm")
        assert total.qualifier is Qualifier.ABOUT
        assert (total.low, total.high) == (1100, 10998)

    def test_not_a_count(self) -> None:
        """Adding something else is a TypeError, as for any number."""
        with pytest.raises(TypeError):
            _ = Count(1) + "2"  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = Count(1) + True  # type: ignore[operator]

    @given(st.lists(counts(), min_size=1, max_size=5))
    def test_sum_interval_contains_sum_of_values_in_parts(self, parts: list[Count]) -> None:
        """Any choice of values allowed by the parts is allowed by the sum."""
        total = sum(parts, Count(0))
        assert total.contains(sum(p.low for p in parts))


class TestAbsurdMagnitudes:
    """A number past any count is refused with a DanvanError, never Python's digit limit."""

    def test_construction(self) -> None:
        """Count(10**5000) and an interval end past the bound are refused, briefly named."""
        from danvan.exceptions import InvalidCountError

        with pytest.raises(InvalidCountError, match="more than 4 000 digits"):
            Count(10**5000)
        with pytest.raises(InvalidCountError, match="at most 1,000,000,000,000,000"):
            Count(10**15 + 1)
        assert Count(10**15).value == 10**15

    def test_wrong_types(self) -> None:
        """A qualifier given as text, or a value that is no whole number, is named."""
        from danvan import Qualifier
        from danvan.exceptions import InvalidCountError

        with pytest.raises(InvalidCountError, match="qualifier"):
            Count(5, "over")  # type: ignore[arg-type]
        with pytest.raises(InvalidCountError, match="whole number"):
            Count("5", Qualifier.ABOUT)  # type: ignore[arg-type]

    def test_reading(self) -> None:
        """A JSON literal of 5 000 digits, or one past the bound, is a StructureError."""
        from danvan import loads
        from danvan.exceptions import StructureError

        with pytest.raises(StructureError, match="more than 4 300 digits"):
            loads('{"value": ' + "9" * 5000 + "}", Count)
        with pytest.raises(StructureError, match="at most"):
            loads('{"value": ' + "9" * 20 + "}", Count)

    def test_csv_cell(self) -> None:
        """A 5 000-digit cell of a figures table is refused, shortened in the message."""
        from danvan.exceptions import StructureError
        from danvan.serialization import figures_from_csv, figures_to_csv
        from tests.seeds import ninh_binh

        lines = figures_to_csv(ninh_binh()).splitlines()
        lines[1] = lines[1].replace("1635", "9" * 5000, 1)
        with pytest.raises(StructureError, match=r"\(5000 characters\) @ row 2\.value"):
            figures_from_csv("\r\n".join(lines))
