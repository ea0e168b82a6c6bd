"""Percentages as figures, as reports write them.

"Đến nay toàn huyện có 318 mô hình, trong đó hơn 80% mô hình hoạt động hiệu quả";
"tỷ lệ hộ nghèo còn 3,4%". A percentage is a figure of its own, a share of another
figure (``of=``), and never enters a sum with counts.
"""

from decimal import Decimal

import attrs
import pytest

from danvan import (
    AdminLevel,
    Count,
    Figure,
    Percent,
    Qualifier,
    Source,
    Table,
    UnitOfMeasure,
    check,
    dumps,
    loads,
    parse_count,
    parse_number,
    rollup,
    summarize,
)
from danvan.exceptions import DanvanError, InvalidCountError, InvalidEntityError, InvalidNumberError
from tests.seeds import ninh_binh, ninh_binh_with

QUOTE = Source(quote="toàn huyện có 318 mô hình, trong đó hơn 80% mô hình hoạt động hiệu quả")
COMMON = {
    "unit_of_measure": UnitOfMeasure.MODELS,
    "scope": "vn/ninh-binh",
    "movements": "dan-van-kheo",
    "source": QUOTE,
}
TOTAL = Figure(id="co", measure="in_operation", value=Count(318), **COMMON)
SHARE = Figure(
    id="hieu-qua", measure="in_operation", value=parse_number("hơn 80%"), of="co", **COMMON
)


with_figures = ninh_binh_with


class TestParsing:
    def test_qualified_percentage(self) -> None:
        """'hơn 80%' is over 80 percent, and says so in either language."""
        share = parse_number("hơn 80%")
        assert share == Percent(Decimal(80), Qualifier.OVER)
        assert (str(share), share.format("en")) == ("trên 80%", "over 80%")
        assert parse_number("khoảng 3,4 phần trăm") == Percent(Decimal("3.4"), Qualifier.ABOUT)

    def test_no_circle_between_the_parsers(self) -> None:
        """Each parser names the other for what it does not read, and Figure takes both."""
        with pytest.raises(InvalidCountError, match="parse_number"):
            parse_count("hơn 80%")
        with pytest.raises(InvalidNumberError, match="parse_count"):
            parse_number("gần 300")
        assert isinstance(SHARE.value, Percent)

    def test_bounds_follow_the_qualifier(self) -> None:
        """'gần 80%' and 'khoảng 80%' allow a tenth below; 'hơn 80%' has no ceiling."""
        assert parse_number("gần 80%").bounds == (Decimal(72), Decimal(80))
        assert parse_number("khoảng 80%").bounds == (Decimal(72), Decimal(88))
        assert parse_number("hơn 80%").consistent_with(parse_number("85%"))
        assert not parse_number("hơn 80%").consistent_with(parse_number("75%"))

    def test_many_is_no_percentage_qualifier(self) -> None:
        """'hàng trăm' qualifies counts only."""
        with pytest.raises(DanvanError, match="MANY"):
            Percent(Decimal(80), Qualifier.MANY)


class TestFigure:
    def test_share_of_another_figure(self) -> None:
        """A percentage names the figure it is a share of; it round-trips on the wire."""
        dataset = with_figures(TOTAL, SHARE)
        assert loads(dumps(dataset)) == dataset
        assert '"value":{"percent":"80","qualifier":"over"}' in dumps(SHARE)

    def test_of_is_for_percentages(self) -> None:
        """A count is no share (of=), and a percentage has no 'out of' (use of=)."""
        with pytest.raises(InvalidEntityError, match="only a percentage"):
            attrs.evolve(TOTAL, of="x")
        with pytest.raises(InvalidEntityError, match="of="):
            attrs.evolve(SHARE, out_of=Count(318))

    def test_of_names_a_figure_of_the_report(self) -> None:
        """An unknown base is a dataset problem with its path."""
        with pytest.raises(DanvanError, match=r"unknown figure 'khong-co' @ .*\.of"):
            with_figures(TOTAL, attrs.evolve(SHARE, of="khong-co"))


class TestNeverSummed:
    def test_checks_leave_counts_alone(self) -> None:
        """A percentage beside counts raises no count finding, and no error."""
        before = {f.code for f in check(with_figures(TOTAL))}
        assert {f.code for f in check(with_figures(TOTAL, SHARE))} == before

    def test_two_percentages_of_one_quantity_compared(self) -> None:
        """'hơn 80%' in the headline and 75% below cannot both be true."""
        other = attrs.evolve(SHARE, id="hieu-qua-2", value=parse_number("75%"))
        found = [
            f
            for f in check(with_figures(TOTAL, SHARE, other))
            if f.code == "same_quantity_consistent"
        ]
        assert len(found) == 1
        agreeing = attrs.evolve(other, value=parse_number("85%"))
        assert not [
            f
            for f in check(with_figures(TOTAL, SHARE, agreeing))
            if f.code == "same_quantity_consistent"
        ]

    def test_two_percentages_of_other_bases_are_two_quantities(self) -> None:
        """ "đạt 94,3%" of the registered and "chiếm 7,4%" of all the province's: both true.

        A share of one cell out of another base is no second value of the first share.
        """
        registered = attrs.evolve(TOTAL, id="dang-ky", measure="registered", value=Count(337))
        whole = attrs.evolve(TOTAL, id="toan-tinh", scope="vn/ninh-binh", value=Count(4300))
        whole = attrs.evolve(whole, dims=attrs.evolve(whole.dims, category="toàn tỉnh"))
        of_registered = attrs.evolve(SHARE, value=parse_number("94,3%"), of="dang-ky")
        of_all = attrs.evolve(SHARE, id="hieu-qua-2", value=parse_number("7,4%"), of="toan-tinh")
        figures = (TOTAL, registered, whole, of_registered, of_all)
        assert not [
            f for f in check(with_figures(*figures)) if f.code == "same_quantity_consistent"
        ]
        same_base = attrs.evolve(of_all, of="dang-ky")
        found = check(with_figures(TOTAL, registered, whole, of_registered, same_base))
        assert [f for f in found if f.code == "same_quantity_consistent"]

    def test_rollup_refuses_a_percentage(self) -> None:
        """Adding percentages of two units would misstate both: refused, naming the figure."""
        dataset = ninh_binh()
        with pytest.raises(DanvanError, match="hieu-qua"):
            rollup(Table([SHARE]), dataset.hierarchy, to=AdminLevel.PROVINCE)

    def test_summary_prints_the_percentage(self) -> None:
        """The summary shows 'trên 80%', and its JSON a percent, never a count."""
        summary = summarize(with_figures(TOTAL, SHARE))
        assert "trên 80%" in summary.to_text("vi")
        [line] = [
            line
            for report in summary.to_dict("en")["reports"]
            for line in report["figures"]
            if line["id"] == "hieu-qua"
        ]
        assert (line["value"], line["percent"], line["of"]) == (None, 80.0, "co")


class TestPercentRule:
    """'270/318 mô hình hoạt động hiệu quả, đạt 84,9%': the share agrees with its counts."""

    EFFECTIVE = Figure(
        id="hieu-qua-so", measure="in_operation", value=Count(270), subset_of="co", **COMMON
    )

    def found(self, *figures: Figure) -> list[str]:
        return [
            f.code for f in check(with_figures(TOTAL, *figures)) if f.code == "percent_consistent"
        ]

    def test_agrees_with_its_counts(self) -> None:
        """84,9% of 318 is 270 (84.91 rounds to 84,9): no finding."""
        share = attrs.evolve(SHARE, value=parse_number("84,9%"), restates="hieu-qua-so")
        assert self.found(self.EFFECTIVE, share) == []

    def test_a_share_cut_at_its_last_digit_agrees(self) -> None:
        """270 of 318 is 84,906 %: written 84,9 (rounded or cut) or 85 it agrees; 84,8 not.

        A share one digit below, or half a digit above, is no share of these counts.
        """
        for written, agrees in (("84,9%", True), ("85%", True), ("84%", True), ("84,8%", False)):
            share = attrs.evolve(SHARE, value=parse_number(written), restates="hieu-qua-so")
            assert (self.found(self.EFFECTIVE, share) == []) is agrees, written
        cut = Figure(id="cut", measure="in_operation", value=Count(187), subset_of="co", **COMMON)
        total = attrs.evolve(TOTAL, value=Count(215))
        for written, agrees in (("86,9%", True), ("87%", True), ("86,8%", False), ("87,1%", False)):
            share = attrs.evolve(SHARE, value=parse_number(written), restates="cut")
            found = [
                f.code
                for f in check(with_figures(total, cut, share))
                if f.code == "percent_consistent"
            ]
            assert (found == []) is agrees, written

    def test_at_odds_with_its_counts(self) -> None:
        """74,9% of 318 is not 270: an error naming both figures."""
        share = attrs.evolve(SHARE, value=parse_number("74,9%"), restates="hieu-qua-so")
        assert self.found(self.EFFECTIVE, share) == ["percent_consistent"]

    def test_qualifiers_are_allowed_for(self) -> None:
        """'hơn 80%' of 318 against 270 (84,9 %) is consistent."""
        share = attrs.evolve(SHARE, restates="hieu-qua-so")
        assert self.found(self.EFFECTIVE, share) == []

    def test_outside_zero_to_hundred(self) -> None:
        """A share of 120% is impossible; a change of 120% is not a share."""
        over = attrs.evolve(SHARE, value=parse_number("120%"))
        assert self.found(over) == ["percent_consistent"]
        from danvan import Change

        growth = attrs.evolve(over, of=None, change=Change.INCREASE)
        assert self.found(growth) == []
