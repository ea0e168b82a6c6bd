"""What the summary's marks say was checked, and the summary of model records."""

import datetime as dt
import json
from pathlib import Path

import attrs

from danvan import (
    AdminLevel,
    Count,
    Dataset,
    Dims,
    Field,
    Figure,
    FigureStatus,
    Hierarchy,
    Mark,
    Model,
    Movement,
    Recognised,
    RecognitionLevel,
    Registered,
    Source,
    Unit,
    UnitOfMeasure,
    check,
    load,
    load_example,
    summarize,
)
from tests.seeds import ninh_binh_with

QUOTE = Source(
    quote="Toàn tỉnh có 700 mô hình được công nhận, trong đó 300 mô hình cấp cơ sở, "
    "315 mô hình cấp huyện"
)
COMMON = {
    "unit_of_measure": UnitOfMeasure.MODELS,
    "scope": "vn/ninh-binh",
    "movements": "dan-van-kheo",
    "source": QUOTE,
}


def by_level(total: int, grassroots: int, district: int) -> Dataset:
    """A recognised total with a breakdown by level that leaves out the province level."""
    return ninh_binh_with(
        Figure(id="t", measure="recognised", value=Count(total), **COMMON),
        Figure(
            id="t/g",
            part_of="t",
            measure="recognised",
            value=Count(grassroots),
            dims=Dims(level=RecognitionLevel.GRASSROOTS, label="cấp cơ sở"),
            **COMMON,
        ),
        Figure(
            id="t/d",
            part_of="t",
            measure="recognised",
            value=Count(district),
            dims=Dims(level=RecognitionLevel.DISTRICT, label="cấp huyện"),
            **COMMON,
        ),
    )


def report_text(dataset: Dataset, lang: str = "vi") -> list[str]:
    """The lines of the first report's block of the summary text."""
    return summarize(dataset).to_text(lang).split("\n\n")[1].splitlines()  # type: ignore[arg-type]


def lines_of(dataset: Dataset) -> dict[str, object]:
    [report] = summarize(dataset).reports
    return {line.figure.id: line for line in report.lines if line.figure.id is not None}


class TestPartialBreakdowns:
    def test_partial_is_marked_partial(self) -> None:
        """300 + 315 under 700: shown ⊃ with ◐, never "=" with ✓."""
        dataset = by_level(700, 300, 315)
        lines = lines_of(dataset)
        assert [lines[i].mark for i in ("t", "t/g", "t/d")] == [Mark.PARTIAL] * 3  # type: ignore[attr-defined]
        [s] = lines["t"].sums  # type: ignore[attr-defined]
        assert (s.complete, s.total) == (False, Count(615))
        [total] = [x for x in report_text(dataset) if "700 mô hình" in x]
        assert total.lstrip().startswith("◐")
        assert "⊃ 300 + 315 (615)" in total
        assert "=" not in total
        [as_dict] = [
            f for f in summarize(dataset).to_dict()["reports"][0]["figures"] if f["id"] == "t"
        ]
        assert as_dict["breakdowns"] == [{"parts": [300, 315], "complete": False}]
        assert as_dict["mark"] == "partial"

    def test_parts_over_the_total_are_an_error(self) -> None:
        """300 + 415 = 715 under 700 is wrong whatever the province level holds."""
        lines = lines_of(by_level(700, 300, 415))
        assert lines["t"].mark is Mark.ERROR  # type: ignore[attr-defined]

    def test_parts_that_add_up_reconcile(self) -> None:
        """385 + 315 = 700: nothing is left for the province level, and that is checked."""
        dataset = by_level(700, 385, 315)
        assert lines_of(dataset)["t"].mark is Mark.RECONCILES  # type: ignore[attr-defined]
        assert "= 385 + 315" in summarize(dataset).to_text()

    def test_symbol(self) -> None:
        assert Mark.PARTIAL.symbol == "◐"
        assert Mark.PARTIAL.label("en") == "partial breakdown"


class TestWhatAFigureIs:
    def test_computed_says_so(self) -> None:
        """A figure danvan computed is labelled so in both languages; a reported one is not."""
        computed = Figure(
            id="sum",
            measure="recognised",
            value=Count(615),
            status=FigureStatus.COMPUTED,
            **{k: v for k, v in COMMON.items() if k != "source"},
        )
        reported = Figure(id="said", measure="honoured", value=Count(37), **COMMON)
        dataset = ninh_binh_with(computed, reported)
        for lang, word in (("vi", "(tính toán)"), ("en", "(computed)")):
            [line] = [x for x in report_text(dataset, lang) if "615" in x]
            assert word in line
            [line] = [x for x in report_text(dataset, lang) if " 37 " in x]
            assert word not in line
        summary = summarize(dataset)
        row = next(r for r in summary.to_csv().splitlines() if "615" in r)
        assert "computed" in row.split(",")

    def test_other_programme_says_which(self) -> None:
        """A figure of another programme in a Dân vận khéo review names that programme."""
        good_unit = Movement(id="don-vi-dan-van-tot", name='Xây dựng "Đơn vị dân vận tốt"')
        other = Figure(
            id="dvt",
            measure="recognised",
            value=Count(42),
            **{**COMMON, "movements": good_unit.id},
        )
        own = Figure(id="own", measure="recognised", value=Count(57), **COMMON)
        dataset = ninh_binh_with(other, own, movements=(Movement.DAN_VAN_KHEO, good_unit))
        lines = lines_of(dataset)
        assert lines["dvt"].programmes == ("don-vi-dan-van-tot",)  # type: ignore[attr-defined]
        assert lines["own"].programmes == ()  # type: ignore[attr-defined]
        [line] = [x for x in report_text(dataset) if " 42 " in x]
        assert 'phong trào khác: Xây dựng "Đơn vị dân vận tốt"' in line
        [line] = [x for x in report_text(dataset) if " 57 " in x]
        assert "phong trào khác" not in line

    def test_a_report_of_two_programmes_calls_neither_other(self) -> None:
        """A review naming no programme, its figures of two: each figure says its own.

        Neither is "another programme" than the report's: the report is of both, and
        each line names its programme so that the two are never read as one.
        """
        good_unit = Movement(id="don-vi-dan-van-tot", name='Xây dựng "Đơn vị dân vận tốt"')
        dataset = ninh_binh_with(
            Figure(
                id="dvt",
                measure="recognised",
                value=Count(42),
                **{**COMMON, "movements": good_unit.id},
            ),
            Figure(id="own", measure="recognised", value=Count(57), **COMMON),
            movements=(Movement.DAN_VAN_KHEO, good_unit),
        )
        review = attrs.evolve(dataset.reviews[0], movements=())
        dataset = attrs.evolve(dataset, reviews=(review,))
        [report] = summarize(dataset).reports
        assert report.own_programmes == ()
        lines = lines_of(dataset)
        assert lines["dvt"].programmes == ("don-vi-dan-van-tot",)  # type: ignore[attr-defined]
        assert lines["own"].programmes == ("dan-van-kheo",)  # type: ignore[attr-defined]
        text = report_text(dataset)
        [line] = [x for x in text if " 42 " in x]
        assert 'phong trào: Xây dựng "Đơn vị dân vận tốt"]' in line
        assert not any("phong trào khác" in x for x in text)
        [line] = [x for x in report_text(dataset, "en") if " 57 " in x]
        assert "[programme: " in line
        assert "other programme" not in line


class TestFindingsAgreeWithMarks:
    def test_count_of_figures_named(self) -> None:
        """The findings list says how many figures it names: those marked ✗ or ⚠."""
        for dataset in (load_example(), by_level(700, 300, 415)):
            summary = summarize(dataset)
            marks = summary.marks()
            flagged = marks[Mark.ERROR] + marks[Mark.WARNING]
            text = summary.to_text("en")
            [heading] = [x for x in text.splitlines() if x.startswith("Findings:")]
            assert heading.endswith(f"naming {flagged} figure{'s' if flagged != 1 else ''}")

    def test_each_finding_once(self) -> None:
        """Three figures stating one quantity: each contradiction listed once."""
        said = [
            Figure(id=f"r{i}", measure="registered", value=Count(n), **COMMON)
            for i, n in enumerate((310, 318, 318))
        ]
        summary = summarize(ninh_binh_with(*said))
        assert len(set(summary.findings)) == len(summary.findings)
        listed = [x for x in summary.to_text().splitlines() if x.startswith("  ") and " @ " in x]
        assert len(listed) == len(set(listed))


def test_migrated_reads_the_same() -> None:
    """The seeds in the first wire format summarise exactly as in the current one."""
    old = load(Path(__file__).parent / "data" / "v1" / "seeds.json")
    for lang in ("vi", "en"):
        assert summarize(old).to_text(lang) == summarize(load_example()).to_text(lang)
        assert json.dumps(summarize(old).to_dict(lang)) == json.dumps(
            summarize(load_example()).to_dict(lang)
        )


class TestModelRecords:
    """A district's register of models and no report."""

    DISTRICT = "vn/x"

    def dataset(self) -> Dataset:
        d = self.DISTRICT
        units = [
            Unit(id=d, name="Huyện Mường Xanh", level=AdminLevel.DISTRICT),
            *(
                Unit(id=f"{d}/{c}", name=f"Xã {name}", level=AdminLevel.COMMUNE, parent=d)
                for c, name in (("a", "Nà Sản"), ("b", "Chiềng Pấc"), ("c", "Tà Xùa"))
            ),
        ]
        day = dt.date

        def model(i: str, unit: str, field: Field, *events: object) -> Model:
            return Model(
                id=i,
                title=f"Mô hình {i}",
                unit=f"{d}/{unit}",
                movement="dan-van-kheo",
                field=field,
                events=events,  # type: ignore[arg-type]
            )

        models = (
            model(
                "tuyen-duong",
                "a",
                Field.ECONOMY,
                Registered(on=day(2022, 3, 1), by=f"{d}/a"),
                Recognised(on=day(2023, 5, 1), level=RecognitionLevel.GRASSROOTS, by=f"{d}/a"),
            ),
            model(
                "doc-sach",
                "b",
                Field.CULTURE_SOCIETY,
                Registered(on=day(2022, 4, 1), by=f"{d}/b"),
            ),
            model("chua-ro", "b", Field.ECONOMY),
        )
        return Dataset(
            hierarchy=Hierarchy(units), movements=(Movement.DAN_VAN_KHEO,), models=models
        )

    def test_counted_by_field_and_level(self) -> None:
        """Two of three records counted: one economy, one culture; one grassroots, one not."""
        records = summarize(self.dataset()).models
        assert records is not None
        assert (records.records, records.counted) == (3, 2)
        assert {f.dims.fields: f.value.value for f in records.by_field} == {
            (Field.ECONOMY,): 1,
            (Field.CULTURE_SOCIETY,): 1,
        }
        assert {f.dims.level: f.value.value for f in records.by_level} == {
            None: 1,
            RecognitionLevel.GRASSROOTS: 1,
        }
        [area] = records.coverage
        assert area.coverage.missing == (f"{self.DISTRICT}/c",)

    def test_text(self) -> None:
        """It reads as a register, not as "0 reports"."""
        vi = summarize(self.dataset()).to_text()
        assert vi.startswith("Tổng hợp 3 hồ sơ mô hình\n")
        assert "0 báo cáo" not in vi
        assert "Số mô hình (mỗi mô hình một lần, ở cấp cao nhất đạt được): 2" in vi
        assert "Theo lĩnh vực: kinh tế: 1; văn hóa - xã hội: 1" in vi
        assert "Theo cấp: chưa được công nhận: 1; cấp cơ sở: 1" in vi
        listed = "Đơn vị có mô hình (trong số đơn vị dữ liệu liệt kê), Huyện Mường Xanh"
        assert f"{listed}: 2/3 xã (chưa có: Xã Tà Xùa)" in vi
        assert "Các báo cáo cùng nhau" not in vi  # no heading over nothing
        en = summarize(self.dataset()).to_text("en")
        assert en.startswith("Summary of 3 model records\n")
        assert "Not counted (no registration or recognition): 1" in en
        assert "By level: not yet recognised: 1; grassroots level: 1" in en
        assert "Units with a model (of those the data lists), Huyện Mường Xanh: 2/3" in en

    def test_dict(self) -> None:
        models = summarize(self.dataset()).to_dict()["models"]
        assert (models["records"], models["counted"], models["rule"]) == (
            3,
            2,
            "distinct_highest",
        )
        assert models["coverage"][0]["missing"] == [f"{self.DISTRICT}/c"]

    def test_no_models_no_section(self) -> None:
        seeds = load_example()
        summary = summarize(attrs.evolve(seeds, models=(), reports=seeds.reports[3:]))
        assert summary.models is None
        assert summary.to_dict()["models"] is None
        assert "Hồ sơ mô hình" not in summary.to_text()


def test_part_of_another_programme_is_no_cell() -> None:
    """42 "Đơn vị dân vận tốt" units filed under the movement's 100: a warning, not a cell."""
    good_unit = Movement(id="don-vi-dan-van-tot", name='Xây dựng "Đơn vị dân vận tốt"')
    total = Figure(id="t", measure="recognised", value=Count(100), **COMMON)

    def part(movement: str, n: int) -> Figure:
        return Figure(
            id=f"t/{movement}",
            part_of="t",
            measure="recognised",
            value=Count(n),
            dims=Dims(level=RecognitionLevel.GRASSROOTS),
            **{**COMMON, "movements": movement},
        )

    movements = (Movement.DAN_VAN_KHEO, good_unit)
    other = ninh_binh_with(total, part(good_unit.id, 42), movements=movements)
    [finding] = [f for f in check(other) if f.code == "part_measures_its_total"]
    assert "don-vi-dan-van-tot" in finding.message_en
    assert lines_of(other)["t"].sums == ()  # type: ignore[attr-defined]
    own = ninh_binh_with(total, part("dan-van-kheo", 42), movements=movements)
    assert [f for f in check(own) if f.code == "part_measures_its_total"] == []
    assert lines_of(own)["t"].sums != ()  # type: ignore[attr-defined]
