"""The bundled example data: the five seed reports, as the reports state them."""

import datetime as dt
import json

import pytest

from danvan import (
    AwardForm,
    Count,
    DirectiveStatus,
    DocumentType,
    Field,
    HolderKind,
    Qualifier,
    RecognitionLevel,
    check,
    dumps,
    json_schema,
    load_example,
    loads,
)
from danvan._examples import EXAMPLES
from danvan.exceptions import UnknownTermError

D = dt.date
SEEDS = load_example()


def values(report_id: str, total: str) -> list[int]:
    report = SEEDS.report(report_id)
    return [f.value.value for f in report.parts(total)]


class TestLoading:
    def test_default_is_seeds(self) -> None:
        """`load_example()` and `load_example("seeds")` are the same data."""
        assert load_example() == load_example("seeds") == SEEDS
        assert EXAMPLES[0] == "seeds"

    def test_unknown_name(self) -> None:
        """An unknown name says which names exist."""
        with pytest.raises(UnknownTermError, match="seeds") as caught:
            load_example("hanoi")
        assert caught.value.value == "hanoi"

    def test_round_trip_and_schema(self) -> None:
        """The bundled file is a plain danvan file: it round-trips and fits the schema."""
        jsonschema = pytest.importorskip("jsonschema")
        assert loads(dumps(SEEDS), type(SEEDS)) == SEEDS
        jsonschema.validate(json.loads(dumps(SEEDS)), json_schema())


class TestDocuments:
    def test_every_document_the_reports_name(self) -> None:
        """Seven documents named in the reports, plus the 2018 coordination programme."""
        ids = {d.id for d in SEEDS.directives}
        assert {"11-CT/TU", "2108-QĐ/TU", "13-KH/TU", "26-KH/TU", "20-CT/ThU"} <= ids
        assert len(ids) == 8

    def test_dates_and_issuers(self) -> None:
        """Dates as the reports write them; 20-CT/ThU's date is not given, so unknown."""
        issued = {d.id: d.issued_on for d in SEEDS.directives}
        assert issued["11-CT/TU"] == D(2021, 9, 28)
        assert issued["2108-QĐ/TU"] == D(2015, 5, 20)
        assert issued["13-KH/TU"] == D(2016, 5, 26)
        assert issued["26-KH/TU"] == D(2021, 6, 24)
        assert issued["20-CT/ThU"] is None
        assert SEEDS.directive("11-CT/TU").issuer == "vn/son-la/tinh-uy/btv"
        assert SEEDS.directive("26-KH/TU").issuer == "vn/ninh-binh/tinh-uy/btv"

    def test_draft_replaces_2108(self) -> None:
        """The draft regulation on direct dialogue will replace 2108-QĐ/TU."""
        [draft] = [d for d in SEEDS.directives if d.status is DirectiveStatus.DRAFT]
        assert draft.doc_type is DocumentType.REGULATION
        assert [str(s) for s in draft.supersedes] == ["2108-QĐ/TU"]

    def test_congress_resolution(self) -> None:
        """The 15th provincial Party congress resolution, term 2020-2025, has no symbol."""
        [resolution] = [d for d in SEEDS.directives if d.doc_type is DocumentType.RESOLUTION]
        assert resolution.symbol is None
        assert "lần thứ XV" in (resolution.title or "")


class TestReviews:
    def test_inferred_years_are_recorded(self) -> None:
        """Where a report writes no year, the review says how the year was inferred."""
        held = {r.id: r for r in SEEDS.reviews}
        assert held["tp-son-la/2023-11-22"].held_on == D(2023, 11, 22)
        assert held["ninh-binh/2023-09-25"].held_on == D(2023, 9, 25)
        assert held["hong-linh/2018-12-19"].held_on == D(2018, 12, 19)
        for review_id in ("tp-son-la/2023-11-22", "ninh-binh/2023-09-25", "hong-linh/2018-12-19"):
            assert any("year not written" in note for note in held[review_id].notes)
        assert held["son-la/2018-12-05"].notes == ()  # "Ngày 05 tháng 12 năm 2018"

    def test_two_years_after_the_directive(self) -> None:
        """The Sơn La city review falls two years after 11-CT/TU."""
        directive = SEEDS.directive("11-CT/TU")
        review = SEEDS.review("tp-son-la/2023-11-22")
        assert review.years == 2
        assert directive.anniversary(2).year == review.held_on.year  # type: ignore[union-attr]


class TestFigures:
    def test_son_la_city(self) -> None:
        """130 models: 104 grassroots, 23 city, 3 proposed to the province."""
        report = SEEDS.report("seed-000")
        assert report.figure("confirmed").value == Count(130)
        assert values("seed-000", "confirmed") == [104, 23, 3]
        proposed = report.figure("proposed-province")
        assert proposed.dims.status is not None
        assert proposed.dims.status.value == "proposed"

    def test_son_la_2018(self) -> None:
        """208 and 426 dialogue conferences; 1.967 models, 1.411 collective, 556 individual."""
        report = SEEDS.report("seed-002")
        assert report.figure("dialogues/district").value == Count(208)
        assert report.figure("dialogues/commune").value == Count(426)
        assert report.figure("models").value == Count(1967)
        holders = [f.dims.holder for f in report.parts("models")]
        assert holders == [HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL]
        assert values("seed-002", "models") == [1411, 556]

    def test_ninh_binh(self) -> None:
        """1.635 registered by field, 1.999 recognised, over 1.000 commended, 8/8, 24."""
        report = SEEDS.report("seed-003")
        assert values("seed-003", "registered") == [451, 878, 166, 140]
        assert report.figure("recognised").value == Count(1999)
        commended = report.figure("commended").value
        assert commended.qualifier is Qualifier.OVER
        assert commended.value == 1000
        coverage = report.figure("coverage")
        assert (coverage.value, coverage.out_of) == (Count(8), Count(8))
        assert report.figure("supported").value == Count(24)

    def test_hong_linh_two_breakdowns(self) -> None:
        """112 models: 27 + 85 by level and 19 + 67 + 12 + 14 by field; 65 recognised; 8."""
        report = SEEDS.report("seed-004")
        parts = report.parts("registered")
        by_level = [f.value.value for f in parts if f.dims.level is not None]
        by_field = [f.value.value for f in parts if f.dims.fields]
        assert by_level == [27, 85]
        assert by_field == [19, 67, 12, 14]
        levels = [f.dims.level for f in parts if f.dims.level is not None]
        assert levels == [RecognitionLevel.PROVINCE, RecognitionLevel.DISTRICT]
        assert report.figure("recognised").value == Count(65)
        assert report.figure("honoured").value == Count(8)

    def test_local_labels_map_to_fields(self) -> None:
        """The report's own wording stays on the figure, mapped to the canonical field."""
        labels = {
            f.dims.label: f.dims.field for f in SEEDS.report("seed-004").figures if f.dims.fields
        }
        assert labels["lĩnh vực VHXH và chỉnh trang đô thị"] is Field.CULTURE_SOCIETY
        assert labels["lĩnh vực xây dựng đảng, xây dựng chính quyền"] is Field.POLITICAL_SYSTEM
        assert labels["lĩnh vực ANQP"] is Field.DEFENCE_SECURITY

    def test_every_figure_quotes_its_sentence(self) -> None:
        """Each figure's source quotes the sentence, with its offsets in the article."""
        for report in SEEDS.reports:
            for figure in report.figures:
                assert figure.source is not None
                quote = figure.source.quote or ""
                assert figure.value.format("vi") in quote, (report.id, figure.id)
                assert figure.source.span is not None
                start, end = figure.source.span
                assert end - start == len(quote)

    def test_movements(self) -> None:
        """Dialogue conferences belong to the direct-dialogue programme, models to DVK."""
        report = SEEDS.report("seed-002")
        assert report.figure("dialogues/district").movements == ("doi-thoai-truc-tiep",)
        assert report.figure("models").movements == ("dan-van-kheo",)


class TestAwardsAndModels:
    def test_award_batches(self) -> None:
        """Giấy khen to 11 collectives and 5 individuals; Bằng khen to 20 and 10."""
        batches = {(a.form, a.collectives, a.individuals) for a in SEEDS.awards}
        assert batches == {
            (AwardForm.CERTIFICATE_OF_COMMENDATION, Count(11), Count(5)),
            (AwardForm.CERTIFICATE_OF_MERIT, Count(20), Count(10)),
        }

    def test_named_models(self) -> None:
        """'Chính quyền thân thiện' of Quyết Thắng ward is a named model."""
        model = SEEDS.model("tp-son-la/chinh-quyen-than-thien")
        assert SEEDS.hierarchy.get(model.unit).name == "Phường Quyết Thắng"


class TestUnits:
    def test_reorganised_units_end_on_30_june_2025(self) -> None:
        """Hồng Lĩnh town and the old Ninh Bình province exist in 2018 and 2023, not after."""
        hierarchy = SEEDS.hierarchy
        for unit_id, day in (
            ("vn/ha-tinh/hong-linh", D(2018, 12, 19)),
            ("vn/ninh-binh", D(2023, 9, 25)),
        ):
            unit = hierarchy.get(unit_id)
            assert unit.is_valid_at(day)
            assert not unit.is_valid_at(D(2025, 7, 1))

    def test_found_by_name(self) -> None:
        """The seed units are found by the names reports use."""
        assert SEEDS.hierarchy.find("Hồng Lĩnh")[0].id == "vn/ha-tinh/hong-linh"
        assert SEEDS.hierarchy.find("Quyết Thắng")[0].id == "vn/son-la/tp-son-la/quyet-thang"


class TestChecks:
    def test_what_check_says(self) -> None:
        """Only what the reports raise themselves: 1.999 > 1.635, few political-system models."""
        assert [f.code for f in check(SEEDS)] == [
            "recognised_not_above_registered",
            "field_balance",
        ]
