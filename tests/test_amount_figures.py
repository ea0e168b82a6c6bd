"""Measures with a fraction as figures: "làm mới 46,5 km đường", "gần 1,5 ha đất".

A count is whole; a length or an area is not. An amount is a figure of its own, exact,
with its qualifier; it is compared only with amounts and never added to counts.
"""

from decimal import Decimal

import attrs
import pytest

from danvan import (
    AdminLevel,
    Amount,
    Count,
    Figure,
    Qualifier,
    Source,
    Table,
    UnitOfMeasure,
    check,
    dumps,
    json_schema,
    loads,
    parse_quantity,
    rollup,
    summarize,
)
from danvan.exceptions import DanvanError, InvalidEntityError, InvalidNumberError
from tests.seeds import ninh_binh, ninh_binh_with

QUOTE = Source(quote="các mô hình đã làm mới gần 46,5 km đường giao thông nông thôn")
ROAD = Figure(
    id="duong",
    measure="built",
    value=parse_quantity("gần 46,5 km").amount,
    unit_of_measure=UnitOfMeasure.KM,
    scope="vn/ninh-binh",
    movements="dan-van-kheo",
    source=QUOTE,
)


class TestValue:
    def test_read_from_a_quantity(self) -> None:
        """'gần 46,5 km' is an exact 46.5, nearly, written back as the report does."""
        assert ROAD.value == Amount(Decimal("46.5"), Qualifier.NEARLY)
        assert (str(ROAD.value), ROAD.value.format("en")) == ("gần 46,5", "nearly 46.5")

    def test_bounds_follow_the_qualifier(self) -> None:
        """'khoảng 10' allows 9 to 11; 'hơn 10' has no upper bound."""
        assert Amount(10, Qualifier.ABOUT).bounds == (Decimal(9), Decimal(11))
        assert Amount(10, Qualifier.OVER).bounds[1] == Decimal("Infinity")
        assert Amount("46.5").consistent_with(Amount(47, Qualifier.NEARLY))
        assert not Amount("46.5").consistent_with(Amount(40))

    @pytest.mark.parametrize("value", [Decimal(-1), Decimal("1.1234567"), Decimal(10**16)])
    def test_out_of_range_is_refused(self, value: Decimal) -> None:
        """Negative, more than six decimals, or beyond 10^15: refused, naming the value."""
        with pytest.raises(InvalidNumberError, match="amount"):
            Amount(value)

    def test_many_is_no_qualifier_of_an_amount(self) -> None:
        with pytest.raises(InvalidNumberError, match="MANY"):
            Amount(100, Qualifier.MANY)


class TestFigure:
    def test_a_count_unit_is_refused(self) -> None:
        """'46,5 mô hình' is no quantity: models are counted whole."""
        with pytest.raises(InvalidEntityError, match="counted whole"):
            attrs.evolve(ROAD, unit_of_measure=UnitOfMeasure.MODELS)

    def test_a_unit_the_dataset_defines_is_allowed(self) -> None:
        """'12,5 tấn' of a unit the dataset defines."""
        figure = attrs.evolve(ROAD, unit_of_measure="tonnes")
        assert figure.unit_of_measure == "tonnes"

    def test_no_out_of(self) -> None:
        with pytest.raises(InvalidEntityError, match="out_of"):
            attrs.evolve(ROAD, out_of=Count(50))

    def test_round_trips_and_matches_the_schema(self) -> None:
        """The wire form tells an amount by its key, and its schema says so."""
        import json

        import jsonschema

        text = dumps(ROAD)
        assert '"value":{"amount":"46.5","qualifier":"nearly"}' in text
        assert loads(text, Figure) == ROAD
        jsonschema.validate(json.loads(text), json_schema(Figure))

    def test_a_negative_amount_in_a_file_is_named(self) -> None:
        """A bad amount in a file names its path."""
        text = dumps(ROAD).replace('"46.5"', '"-46.5"')
        with pytest.raises(DanvanError, match=r"at least 0.*value"):
            loads(text, Figure)


class TestNeverSummed:
    def test_checks_leave_counts_alone(self) -> None:
        """An amount beside the counts raises no finding of its own."""
        before = [f.message for f in check(ninh_binh())]
        assert [f.message for f in check(ninh_binh_with(ROAD))] == before

    def test_two_amounts_of_one_quantity_compared(self) -> None:
        """'gần 46,5 km' in the headline and 38 km below cannot both be true."""
        other = attrs.evolve(ROAD, id="duong-2", value=Amount(38))
        found = [
            f for f in check(ninh_binh_with(ROAD, other)) if f.code == "same_quantity_consistent"
        ]
        assert len(found) == 1
        agreeing = attrs.evolve(other, value=Amount(45))
        assert not [
            f for f in check(ninh_binh_with(ROAD, agreeing)) if f.code == "same_quantity_consistent"
        ]

    def test_rollup_refuses_an_amount(self) -> None:
        """Added to counts, an amount would misstate them: refused, naming the figure."""
        with pytest.raises(DanvanError, match="duong"):
            rollup(Table([ROAD]), ninh_binh().hierarchy, to=AdminLevel.PROVINCE)

    def test_summary_prints_the_amount(self) -> None:
        """The summary shows 'gần 46,5 km', and its JSON an amount, never a count."""
        summary = summarize(ninh_binh_with(ROAD))
        assert "gần 46,5 km" in summary.to_text("vi")
        [line] = [
            line
            for report in summary.to_dict("en")["reports"]
            for line in report["figures"]
            if line["id"] == "duong"
        ]
        assert (line["value"], line["amount"]) == (None, 46.5)

    def test_a_table_marks_it(self) -> None:
        """A table of figures says which row is an amount, beside its value."""
        [row] = Table([ROAD]).to_rows()
        assert (row["value"], row["amount"], row["qualifier"]) == (
            Decimal("46.5"),
            True,
            "nearly",
        )
