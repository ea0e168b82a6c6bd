"""Quantities with their unit words, units of measure a dataset defines, occurrences,
changes and rates, in wordings of the kind district and provincial reports use."""

from decimal import Decimal

import attrs
import pytest

from danvan import (
    Change,
    Count,
    Dataset,
    Figure,
    Per,
    Period,
    Source,
    UnitOfMeasure,
    UnitOfMeasureDefinition,
    check,
    dumps,
    loads,
    parse_count,
    parse_quantity,
)
from danvan.exceptions import (
    DanvanError,
    DatasetError,
    InvalidCountError,
    InvalidEntityError,
    InvalidNumberError,
)
from tests.seeds import ninh_binh_with

CLASSROOMS = UnitOfMeasureDefinition(
    code="classrooms", label_vi="phòng học", label_en="classrooms", aliases=("phòng",)
)
INCOME = UnitOfMeasureDefinition(
    code="vnd_per_person_year",
    label_vi="đồng/người/năm",
    label_en="VND per person per year",
    of=UnitOfMeasure.VND,
    per=(Per.PERSON, Per.YEAR),
)
QUOTE = Source(quote="huyện đã xây mới, sửa chữa 317 phòng học, tăng 120 mô hình so với năm trước")
COMMON = {"scope": "vn/ninh-binh", "movements": "dan-van-kheo", "source": QUOTE}


def with_figures(*figures: Figure, units: tuple[UnitOfMeasureDefinition, ...] = ()) -> Dataset:
    return ninh_binh_with(*figures, units_of_measure=units)


class TestParseQuantity:
    @pytest.mark.parametrize(
        ("text", "number", "unit"),
        [
            ("210 triệu đồng", 210_000_000, UnitOfMeasure.VND),
            ("2.315 km", 2315, UnitOfMeasure.KM),
            ("158 ha", 158, UnitOfMeasure.HA),
            ("612.870 ngày công", 612_870, UnitOfMeasure.WORKDAYS),
            ("1,5 tỷ đồng", 1_500_000_000, UnitOfMeasure.VND),
            ("gần 5 ngàn người", 5000, UnitOfMeasure.PEOPLE),
            ("150 tr.đồng", 150_000_000, UnitOfMeasure.VND),  # "tr." for "triệu" before money
            ("2,5 tr đồng", 2_500_000, UnitOfMeasure.VND),
        ],
    )
    def test_built_in_units(self, text: str, number: int, unit: UnitOfMeasure) -> None:
        """Money, lengths, areas, workdays and people, with their multiplier words."""
        quantity = parse_quantity(text)
        assert (quantity.number, quantity.unit) == (number, unit)

    def test_tr_is_a_million_only_before_the_currency(self) -> None:
        """ "150 tr.đồng" is 150 million dong, its words "đồng"; "150 trẻ em" are children."""
        assert parse_quantity("150 tr.đồng").words == "đồng"
        children = parse_quantity("150 trẻ em")
        assert (children.number, children.words) == (150, "trẻ em")

    def test_words_kept_when_no_unit_fits(self) -> None:
        """'hơn 300 chuyến xe': over 300, the words kept, no unit guessed."""
        quantity = parse_quantity("hơn 300 chuyến xe")
        assert quantity.count == parse_count("hơn 300")
        assert (quantity.unit, quantity.words) == (None, "chuyến xe")

    def test_a_dataset_unit_by_its_label_or_alias(self) -> None:
        """'317 phòng học' is the dataset's classrooms, and so is '12 Phòng'."""
        assert parse_quantity("317 phòng học", units=[CLASSROOMS]).unit == CLASSROOMS
        assert parse_quantity("12 Phòng", units=[CLASSROOMS]).unit == CLASSROOMS
        assert parse_quantity("317 phòng học").unit is None

    def test_occurrences(self) -> None:
        """'286 lượt' and '212 lượt tập thể, cá nhân' count occurrences."""
        bare = parse_quantity("286 lượt")
        assert (bare.number, bare.occurrences, bare.words) == (286, True, "")
        awards = parse_quantity("212 lượt tập thể, cá nhân")
        assert (awards.unit, awards.occurrences) == (UnitOfMeasure.RECIPIENTS, True)

    def test_van_is_ten_thousand_and_van_ban_no_multiplier(self) -> None:
        """ "1,5 vạn ngày công" are 15 000 workdays; "12 văn bản" (folded alike) are 12."""
        workdays = parse_quantity("1,5 vạn ngày công")
        assert (workdays.number, workdays.unit) == (15_000, UnitOfMeasure.WORKDAYS)
        papers = parse_quantity("12 văn bản")
        assert (papers.number, papers.words) == (12, "văn bản")
        crowd = parse_quantity("hàng vạn lượt người")
        assert crowd.count == parse_count("hàng chục nghìn")

    def test_an_order_of_magnitude_in_words(self) -> None:
        """'hàng nghìn lượt người': thousands, counted as parse_count counts them."""
        crowd = parse_quantity("hàng nghìn lượt người")
        assert crowd.count == parse_count("hàng nghìn")
        assert (crowd.unit, crowd.occurrences) == (UnitOfMeasure.PEOPLE, True)
        assert parse_quantity("hàng chục nghìn hộ").count.high == 99_999
        with pytest.raises(InvalidNumberError):
            parse_quantity("hàng năm")  # yearly: no magnitude

    def test_a_rate(self) -> None:
        """'47,2 triệu đồng/người/năm': VND per person per year, or the dataset's rate."""
        rate = parse_quantity("47,2 triệu đồng/người/năm")
        assert (rate.number, rate.unit, rate.per) == (
            47_200_000,
            UnitOfMeasure.VND,
            (Per.PERSON, Per.YEAR),
        )
        assert parse_quantity("47,2 triệu đồng/người/năm", units=[INCOME]).unit == INCOME

    def test_a_fraction_is_no_count(self) -> None:
        """'1,5 ha' is a quantity, but not a count."""
        area = parse_quantity("1,5 ha")
        assert area.number == Decimal("1.5")
        with pytest.raises(InvalidCountError):
            _ = area.count

    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("gần 46,5 km", "gần 46,5 km"),
            ("286 lượt hộ", "286 lượt hộ"),
            ("47,2 triệu đồng/người/năm", "47.200.000 đồng/người/năm"),
            ("hơn 300", "trên 300"),
        ],
    )
    def test_written_as_a_report_writes_it(self, text: str, written: str) -> None:
        """A quantity reads back with its qualifier, its unit words and what it is per."""
        assert str(parse_quantity(text)) == written

    @pytest.mark.parametrize("text", ["phòng học", "80% mô hình", "1,500 ha", ""])
    def test_refused(self, text: str) -> None:
        """No number, a percentage, an ambiguous number: each a DanvanError."""
        with pytest.raises(InvalidNumberError):
            parse_quantity(text)

    def test_unknown_rate_base(self) -> None:
        """A rate per something unknown names the accepted ones."""
        with pytest.raises(DanvanError, match="person"):
            parse_quantity("5 triệu đồng/chiếc")


class TestUnitsOfMeasure:
    def test_a_figure_in_a_dataset_unit(self) -> None:
        """A figure gives the code; the dataset gives the labels; the wire keeps both."""
        built = Figure(measure="built", value=Count(317), unit_of_measure="classrooms", **COMMON)
        dataset = with_figures(built, units=(CLASSROOMS,))
        assert dataset.unit_of_measure("classrooms").label("en") == "classrooms"
        assert loads(dumps(dataset)) == dataset

    def test_an_undefined_unit_is_named(self) -> None:
        """A code no definition gives is a dataset problem with its path."""
        built = Figure(measure="built", value=Count(317), unit_of_measure="phong_hoc", **COMMON)
        with pytest.raises(DatasetError, match=r"'phong_hoc' @ .*unit_of_measure"):
            with_figures(built)

    def test_a_built_in_code_is_the_member(self) -> None:
        """'models' written as text is UnitOfMeasure.MODELS, and no definition may take it."""
        figure = Figure(measure="built", value=Count(3), unit_of_measure="models", **COMMON)
        assert figure.unit_of_measure is UnitOfMeasure.MODELS
        with pytest.raises(InvalidEntityError, match="built-in"):
            UnitOfMeasureDefinition(code="models", label_vi="mô hình", label_en="models")

    def test_a_rate_says_what_it_is_per(self) -> None:
        """A rate of a unit without 'per' is refused."""
        with pytest.raises(InvalidEntityError, match="per"):
            UnitOfMeasureDefinition(
                code="income", label_vi="thu nhập", label_en="income", of=UnitOfMeasure.VND
            )


class TestOccurrencesAndChanges:
    def test_occurrences_never_compared_with_distinct_holders(self) -> None:
        """'286 lượt hộ được hỗ trợ' and '120 hộ được hỗ trợ' are no one quantity."""
        distinct = Figure(
            measure="supported",
            value=Count(120),
            unit_of_measure=UnitOfMeasure.HOUSEHOLDS,
            **COMMON,
        )
        visits = attrs.evolve(distinct, value=Count(286), occurrences=True)
        found = check(with_figures(distinct, visits))
        assert not [f for f in found if f.code == "same_quantity_consistent"]
        twice = attrs.evolve(distinct, value=Count(150))
        found = check(with_figures(distinct, twice))
        assert [f for f in found if f.code == "same_quantity_consistent"]

    def test_a_change_is_no_part_and_no_level(self) -> None:
        """'tăng 120 mô hình so với năm trước' under a total of 318 is flagged, not summed."""
        total = Figure(
            id="co",
            measure="in_operation",
            value=Count(318),
            unit_of_measure=UnitOfMeasure.MODELS,
            **COMMON,
        )
        increase = attrs.evolve(
            total,
            id="tang",
            value=Count(120),
            part_of="co",
            change=Change.INCREASE,
            compared_to=Period.years(2022, 2022),
        )
        found = check(with_figures(total, increase))
        codes = [f.code for f in found]
        assert "part_measures_its_total" in codes
        assert "breakdown_sum" not in codes
        [finding] = [f for f in found if f.code == "part_measures_its_total"]
        assert "change" in finding.message_en

    def test_compared_to_needs_a_change(self) -> None:
        """An earlier period belongs to a change only."""
        with pytest.raises(InvalidEntityError, match="change"):
            Figure(
                measure="built",
                value=Count(3),
                unit_of_measure=UnitOfMeasure.MODELS,
                compared_to=Period.years(2022, 2022),
                **COMMON,
            )

    def test_parse_change(self) -> None:
        """'tăng' and 'giảm' are the two ways."""
        assert Change.parse("tăng") is Change.INCREASE
        assert Change.parse("giảm") is Change.DECREASE


class TestSummaryPrintsUnits:
    def test_every_value_says_what_it_counts(self) -> None:
        """'317 classrooms (built)', '286 occurrences … (supported)', 'tăng 24 …'."""
        from danvan import summarize

        rooms = Figure(measure="built", value=Count(317), unit_of_measure="classrooms", **COMMON)
        visits = Figure(
            measure="supported",
            value=Count(286),
            unit_of_measure=UnitOfMeasure.HOUSEHOLDS,
            occurrences=True,
            **COMMON,
        )
        growth = Figure(
            measure="in_operation",
            value=Count(24),
            unit_of_measure=UnitOfMeasure.MODELS,
            change=Change.INCREASE,
            **COMMON,
        )
        helped = Figure(
            measure="supported",
            value=Count(312),
            unit_of_measure=UnitOfMeasure.HOUSEHOLDS,
            **COMMON,
        )
        dataset = with_figures(rooms, visits, growth, helped, units=(CLASSROOMS,))
        vi = summarize(dataset).to_text("vi")
        assert "317 phòng học (xây dựng, triển khai)" in vi
        assert "286 lượt hộ (hỗ trợ)" in vi
        assert "312 hộ (hỗ trợ)" in vi  # "hộ" is no "hỗ" of "hỗ trợ": the unit is said
        assert "tăng 24 mô hình (hiện có)" in vi
        en = summarize(dataset).to_text("en")
        assert "317 classrooms (built)" in en
        assert "286 households (occurrences) (supported)" in en

    def test_json_and_csv_say_it_too(self) -> None:
        """The JSON and CSV forms carry the unit beside the value, in the chosen language."""
        import csv
        import io

        from danvan import summarize

        visits = Figure(
            measure="supported",
            value=Count(286),
            unit_of_measure=UnitOfMeasure.HOUSEHOLDS,
            occurrences=True,
            **COMMON,
        )
        forest = Figure(measure="built", value=Count(158), unit_of_measure="ha_forest", **COMMON)
        hectares = UnitOfMeasureDefinition(
            code="ha_forest", label_vi="ha rừng", label_en="ha of forest"
        )
        summary = summarize(with_figures(visits, forest, units=(hectares,)))
        figures = {f["value"]: f for f in summary.to_dict("vi")["reports"][0]["figures"]}
        assert (figures[286]["unit_of_measure"], figures[286]["unit_text"]) == (
            "households",
            "lượt hộ",
        )
        assert figures[286]["occurrences"] is True
        assert figures[158]["unit_text"] == "ha rừng"
        rows = {r["value"]: r for r in csv.DictReader(io.StringIO(summary.to_csv("en")))}
        assert rows["286"]["unit"] == "households (occurrences)"
        assert rows["158"]["unit"] == "ha of forest"
