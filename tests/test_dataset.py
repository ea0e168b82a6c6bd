"""Dataset: the seed reports as data, and cross-reference checking."""

import datetime as dt

import attrs
import pytest

from danvan import (
    AdminLevel,
    Count,
    Dataset,
    Field,
    Hierarchy,
    HolderKind,
    Measure,
    Model,
    Movement,
    Recognised,
    RecognitionLevel,
    Replicated,
    Unit,
    UnitKind,
)
from danvan.exceptions import DatasetError
from tests.seeds import ninh_binh, son_la_city

D = dt.date


class TestSeedReports:
    def test_son_la_city(self) -> None:
        """Seed 000: 104 + 23 + 3 = 130, 11 collectives and 5 individuals commended."""
        ds = son_la_city()
        report = ds.report("seed-000")
        total = report.figure("confirmed")
        assert total.value == Count(130)
        assert sum((f.value for f in report.parts("confirmed")), Count(0)) == total.value
        proposed = report.figure("proposed-province")
        assert proposed.dims.level is RecognitionLevel.PROVINCE
        assert proposed.dims.status is not None
        assert proposed.dims.status.value == "proposed"
        award = ds.award("tp-son-la/2023-11-22/giay-khen")
        assert award.total == Count(16)
        directive = ds.directive("11-CT/TU")
        review = ds.review("tp-son-la/2023-11-22")
        assert review.held_on == directive.anniversary(2) + dt.timedelta(days=55)
        assert review.notes

    def test_ninh_binh(self) -> None:
        """Seed 003: the field breakdown sums to 1.635; commendations keep 'trên'."""
        ds = ninh_binh()
        report = ds.report("seed-003")
        parts = report.parts("registered")
        assert [p.dims.field for p in parts] == list(Field)
        assert sum((p.value for p in parts), Count(0)) == report.figure("registered").value
        commended = report.figure("commended").value
        assert (commended.low, commended.high) == (1001, None)
        assert ds.phase("dan-van-kheo/2021-2025").contains(ds.review("ninh-binh/2023-09-25").period)  # type: ignore[arg-type]

    def test_lookups_fail_clearly(self) -> None:
        """Asking for an unknown id names it."""
        with pytest.raises(DatasetError, match="no model has id 'nope'"):
            son_la_city().model("nope")
        assert son_la_city().measure("registered") is Measure.REGISTERED


class TestReferences:
    def test_every_dangling_reference_with_its_path(self) -> None:
        """Broken references are all listed, each with its JSON path."""
        good = son_la_city()
        bad_model = Model(
            id="m",
            title="Dân vận khéo trong giải phóng mặt bằng",
            unit="vn/nowhere",
            movement="no-such-movement",
            phase="no-phase",
            events=(Replicated(on=D(2023, 1, 1), to=("vn/elsewhere",)),),
        )
        report = good.reports[0]
        broken_figure = attrs.evolve(
            report.figures[1], part_of="missing", measure="unknown_measure"
        )
        with pytest.raises(DatasetError) as info:
            attrs.evolve(
                good,
                models=(*good.models, bad_model),
                reports=(attrs.evolve(report, figures=(report.figures[0], broken_figure)),),
            )
        problems = info.value.problems
        assert "unknown unit 'vn/nowhere' @ $.models[1].unit" in problems
        assert "unknown movement 'no-such-movement' @ $.models[1].movement" in problems
        assert "unknown phase 'no-phase' @ $.models[1].phase" in problems
        assert "unknown unit 'vn/elsewhere' @ $.models[1].events[0].to[0]" in problems
        assert "unknown figure 'missing' @ $.reports[0].figures[1].part_of" in problems
        [measure] = [p for p in problems if p.startswith("unknown measure 'unknown_measure'")]
        assert measure.endswith(", coverage) @ $.reports[0].figures[1].measure")  # known ones
        assert len(problems) == 6

    def test_recognition_above_the_body_level(self) -> None:
        """A ward's steering committee cannot recognise at province level."""
        units = [
            Unit(id="p", name="Tỉnh P", level=AdminLevel.PROVINCE),
            Unit(id="w", name="Phường W", level=AdminLevel.COMMUNE, parent="p"),
            Unit(
                id="w/bcd",
                name="Ban Chỉ đạo phường W",
                kind=UnitKind.STEERING_COMMITTEE,
                level=AdminLevel.COMMUNE,
                parent="w",
            ),
        ]
        model = Model(
            id="m",
            title="Mô hình",
            unit="w",
            movement="dan-van-kheo",
            holder=HolderKind.COLLECTIVE,
            events=(Recognised(on=D(2023, 1, 1), level=RecognitionLevel.PROVINCE, by="w/bcd"),),
        )
        with pytest.raises(DatasetError) as info:
            Dataset(hierarchy=Hierarchy(units), movements=(Movement.DAN_VAN_KHEO,), models=(model,))
        assert info.value.problems == (
            "w/bcd (commune) cannot recognise at province level @ $.models[0].events[0].level",
        )

    def test_duplicate_ids(self) -> None:
        """Two movements with one id are refused."""
        with pytest.raises(DatasetError, match=r"duplicate id 'dan-van-kheo' @ \$.movements\[1\]"):
            Dataset(movements=(Movement.DAN_VAN_KHEO, Movement.DAN_VAN_KHEO))

    def test_custom_measure(self) -> None:
        """A dataset may define a measure, but not redefine a built-in one."""
        trees = Measure(code="trees_planted", label_vi="cây trồng", label_en="trees planted")
        assert Dataset(measures=(trees,)).measure("trees_planted") is trees
        with pytest.raises(DatasetError, match="already defined"):
            Dataset(measures=(Measure.REGISTERED,))
