"""Counting rules, roll-up, crosswalk, coverage, shares and comparison, on the seed reports."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import (
    AdminLevel,
    ChangeKind,
    Count,
    CountingRule,
    Dataset,
    Field,
    Hierarchy,
    Model,
    ModelStatus,
    Movement,
    Proposed,
    Recognised,
    RecognitionLevel,
    Registered,
    Table,
    Unit,
    UnitChange,
    UnitKind,
    Verdict,
    compare,
    count_models,
    coverage,
    crosswalk,
    field_balance,
    reconcile,
    rollup,
    shares,
    synth,
)
from danvan.exceptions import InvalidValueError
from tests.seeds import registered, son_la_city, son_la_units

D = dt.date
G, DI, P = RecognitionLevel.GRASSROOTS, RecognitionLevel.DISTRICT, RecognitionLevel.PROVINCE
DVK = Movement.DAN_VAN_KHEO.id
CITY = "vn/son-la/tp-son-la"
WARD = f"{CITY}/quyet-thang"


def son_la_models() -> list[Model]:
    """130 models built to match seed 000: 104 grassroots, 23 city, 3 proposed to province."""
    models = []
    for i in range(130):
        events: list[object] = [
            Registered(on=D(2022, 1, 10), by=WARD),
            Recognised(on=D(2022, 12, 1), level=G, by=WARD),
        ]
        if i >= 104:
            events.append(Recognised(on=D(2023, 6, 1), level=DI, by=f"{CITY}/ubnd"))
        if i >= 127:
            events.append(Proposed(on=D(2023, 11, 22), level=P, by=f"{CITY}/thanh-uy"))
        models.append(
            Model(
                id=f"sl{i}",
                title=f"Mô hình Dân vận khéo {i}",
                unit=WARD,
                movement=DVK,
                field=list(Field)[i % 4],
                events=tuple(events),  # type: ignore[arg-type]
            )
        )
    return models


class TestSonLaCity:
    def test_distinct_highest_reproduces_the_report(self) -> None:
        """104 grassroots + 23 city + 3 proposed to province = 130 distinct models."""
        hierarchy = Hierarchy(son_la_units())
        table = count_models(
            son_la_models(), hierarchy=hierarchy, by=("level",), at=D(2023, 11, 22)
        )
        cells = {(f.dims.level, f.dims.status): f.value.value for f in table}
        assert cells == {(G, None): 104, (DI, None): 23, (P, ModelStatus.PROPOSED): 3}
        assert sum(f.value.value for f in table) == 130
        assert (table.rule, table.at) == (CountingRule.DISTINCT_HIGHEST, D(2023, 11, 22))
        assert table.provenance == "distinct_highest at 2023-11-22"

    def test_proposed_is_not_a_recognition(self) -> None:
        """Counting every recognition gives 130 grassroots and 26 city, none at province."""
        table = count_models(
            son_la_models(),
            hierarchy=Hierarchy(son_la_units()),
            by=("level",),
            rule=CountingRule.EVERY_RECOGNITION,
        )
        assert {f.dims.level: f.value.value for f in table} == {G: 130, DI: 26}

    def test_before_the_proposal(self) -> None:
        """At an earlier date the three were still city-level models."""
        table = count_models(
            son_la_models(), hierarchy=Hierarchy(son_la_units()), by=("level",), at=D(2023, 7, 1)
        )
        assert {f.dims.level: f.value.value for f in table} == {G: 104, DI: 26}

    def test_reconciles_with_the_report(self) -> None:
        """The reported breakdown and the computed one match cell by cell."""
        report = son_la_city().report("seed-000")
        computed = count_models(
            son_la_models(), hierarchy=Hierarchy(son_la_units()), by=("level",), scope=CITY
        )
        parts = [f for f in report.figures if f.part_of is not None]
        verdicts = [r.verdict for r in reconcile(parts, computed)]
        assert verdicts == [Verdict.MATCH] * 3


def hong_linh() -> tuple[Hierarchy, list[Model]]:
    """Seed 004: 112 models registered in 2018, 27 at province and 85 at town level."""
    units = [
        Unit(id="vn/ha-tinh", name="Tỉnh Hà Tĩnh", level=AdminLevel.PROVINCE),
        Unit(
            id="vn/ha-tinh/bcd",
            name="Ban Chỉ đạo phong trào thi đua Dân vận khéo tỉnh Hà Tĩnh",
            kind=UnitKind.STEERING_COMMITTEE,
            level=AdminLevel.PROVINCE,
            parent="vn/ha-tinh",
        ),
        Unit(
            id="vn/ha-tinh/hong-linh",
            name="Thị xã Hồng Lĩnh",
            level=AdminLevel.DISTRICT,
            parent="vn/ha-tinh",
            valid_to=D(2025, 6, 30),
        ),
        Unit(
            id="vn/ha-tinh/hong-linh/bcd",
            name="Ban Chỉ đạo phong trào thi đua Dân vận khéo thị xã",
            kind=UnitKind.STEERING_COMMITTEE,
            level=AdminLevel.DISTRICT,
            parent="vn/ha-tinh/hong-linh",
            valid_to=D(2025, 6, 30),
        ),
    ]
    fields = [Field.ECONOMY] * 19 + [Field.CULTURE_SOCIETY] * 67
    fields += [Field.DEFENCE_SECURITY] * 12 + [Field.POLITICAL_SYSTEM] * 14
    models = [
        Model(
            id=f"hl{i}",
            title=f"Mô hình {i}",
            unit="vn/ha-tinh/hong-linh",
            movement=DVK,
            field=field,
            events=(
                Registered(
                    on=D(2018, 3, 1),
                    by="vn/ha-tinh/bcd" if i < 27 else "vn/ha-tinh/hong-linh/bcd",
                ),
            ),
        )
        for i, field in enumerate(fields)
    ]
    return Hierarchy(units), models


class TestHongLinh:
    def test_registrations_by_field(self) -> None:
        """19 economy, 67 culture-society, 12 defence-security, 14 political system."""
        hierarchy, models = hong_linh()
        table = count_models(
            models, hierarchy=hierarchy, by=("field",), rule=CountingRule.REGISTRATIONS
        )
        assert [f.value.value for f in table] == [19, 67, 12, 14]
        assert {f.measure for f in table} == {"registered"}

    def test_registrations_by_level(self) -> None:
        """27 registered at province level, 85 at town (district) level: 112 in all."""
        hierarchy, models = hong_linh()
        table = count_models(
            models, hierarchy=hierarchy, by=("level",), rule=CountingRule.REGISTRATIONS
        )
        assert {f.dims.level: f.value.value for f in table} == {DI: 85, P: 27}

    def test_year_dimension(self) -> None:
        """All 112 registrations fall in 2018."""
        hierarchy, models = hong_linh()
        table = count_models(
            models, hierarchy=hierarchy, by=("year",), rule=CountingRule.REGISTRATIONS
        )
        assert [(f.period.start.year if f.period else None, f.value.value) for f in table] == [
            (2018, 112)
        ]


def ninh_binh_records() -> tuple[Hierarchy, list[Model]]:
    """Seed 003 at record level: 1.635 models in 8 districts, 451/878/166/140 by field."""
    units = [Unit(id="nb", name="Tỉnh Ninh Bình", level=AdminLevel.PROVINCE, division="tỉnh")]
    names = [
        "Thành phố Ninh Bình",
        "Thành phố Tam Điệp",
        "Huyện Nho Quan",
        "Huyện Gia Viễn",
        "Huyện Hoa Lư",
        "Huyện Yên Khánh",
        "Huyện Kim Sơn",
        "Huyện Yên Mô",
    ]
    for i, name in enumerate(names):
        division = "thành phố" if name.startswith("Thành phố") else "huyện"
        units.append(
            Unit(
                id=f"nb/d{i}", name=name, level=AdminLevel.DISTRICT, parent="nb", division=division
            )
        )
    fields = [Field.ECONOMY] * 451 + [Field.CULTURE_SOCIETY] * 878
    fields += [Field.DEFENCE_SECURITY] * 166 + [Field.POLITICAL_SYSTEM] * 140
    models = [
        Model(
            id=f"nb{i}",
            title=f"Mô hình {i}",
            unit=f"nb/d{i % 8}",
            movement=DVK,
            field=field,
            events=(Registered(on=D(2021, 7, 1) + dt.timedelta(days=i % 700), by=f"nb/d{i % 8}"),),
        )
        for i, field in enumerate(fields)
    ]
    return Hierarchy(units), models


class TestNinhBinh:
    def test_fields_sum_to_total(self) -> None:
        """451 + 878 + 166 + 140 = 1.635 registrations in 2021-2023."""
        hierarchy, models = ninh_binh_records()
        table = count_models(
            models,
            hierarchy=hierarchy,
            by=("field",),
            rule=CountingRule.REGISTRATIONS,
            period=danvan_period("2021-2023"),
        )
        assert [f.value.value for f in table] == [451, 878, 166, 140]

    def test_coverage_eight_of_eight(self) -> None:
        """Models in 8/8 districts and cities, written as the report writes it."""
        hierarchy, models = ninh_binh_records()
        cover = coverage(models, hierarchy, scope="nb", level=AdminLevel.DISTRICT)
        assert str(cover) == "8/8 thành phố, huyện"
        assert cover.complete
        few = coverage(models[:3], hierarchy, scope="nb", level=AdminLevel.DISTRICT)
        assert str(few) == "3/8 thành phố, huyện"
        assert len(few.missing) == 5

    def test_field_shares_and_balance(self) -> None:
        """Political-system models are 8.6 %: a field-balance finding under 10 %."""
        hierarchy, models = ninh_binh_records()
        table = count_models(
            models, hierarchy=hierarchy, by=("field",), rule=CountingRule.REGISTRATIONS
        )
        percents = {s.key: s.percent for s in shares(table, "field")}
        assert percents == {
            "economy": Decimal("27.6"),
            "culture_society": Decimal("53.7"),
            "defence_security": Decimal("10.2"),
            "political_system": Decimal("8.6"),
        }
        findings = field_balance(table)
        assert [f.code for f in findings] == ["field_balance"]
        assert "8,6 %" in findings[0].message
        assert field_balance(table, threshold=Decimal(5)) == []


def danvan_period(text: str):  # type: ignore[no-untyped-def]
    from danvan import Period

    return Period.parse(text)


class TestRollup:
    def test_units_roll_up_to_provinces(self) -> None:
        """Communes' counts summed to provinces equal counting at province directly."""
        ds = synth.dataset(models=400, seed=5)
        by_commune = count_models(ds.models, hierarchy=ds.hierarchy, by=("unit", "field"))
        rolled = rollup(by_commune, ds.hierarchy, to=AdminLevel.PROVINCE)
        direct = count_models(
            ds.models, hierarchy=ds.hierarchy, by=("unit", "field"), unit_level=AdminLevel.PROVINCE
        )

        def cells(table: Table) -> set[tuple[str, object, Count]]:
            return {(f.scope, f.dims.field, f.value) for f in table}

        assert cells(rolled) == cells(direct)
        assert rolled.level is AdminLevel.PROVINCE
        assert "rollup to province" in rolled.provenance

    def test_non_additive_measure_refused(self) -> None:
        """Figures whose measure does not add up across units are not summed."""
        from danvan import Dims, Figure, FigureStatus, Measure, UnitOfMeasure

        distinct = Measure(
            code="people_reached",
            label_vi="người",
            label_en="people",
            across_units=danvan_across_units(),
        )
        figure = Figure(
            measure="people_reached",
            value=Count(3),
            unit_of_measure=UnitOfMeasure.PEOPLE,
            scope="synth/p0/d0",
            movements=DVK,
            dims=Dims(),
            status=FigureStatus.COMPUTED,
        )
        with pytest.raises(InvalidValueError, match="do not add up"):
            rollup(
                Table((figure,)), synth.hierarchy(), to=AdminLevel.PROVINCE, measures=(distinct,)
            )

    @given(st.integers(0, 10_000), st.integers(20, 200))
    def test_children_sum_to_parent(self, seed: int, n: int) -> None:
        """For every province, the roll-up of its districts equals its own count."""
        ds = synth.dataset(models=n, seed=seed, provinces=2, districts=3, communes=2)
        districts = count_models(
            ds.models, hierarchy=ds.hierarchy, by=("unit",), unit_level=AdminLevel.DISTRICT
        )
        provinces = count_models(
            ds.models, hierarchy=ds.hierarchy, by=("unit",), unit_level=AdminLevel.PROVINCE
        )
        rolled = rollup(districts, ds.hierarchy, to=AdminLevel.PROVINCE)
        assert {f.scope: f.value for f in rolled} == {f.scope: f.value for f in provinces}


def danvan_across_units():  # type: ignore[no-untyped-def]
    from danvan import AcrossUnits

    return AcrossUnits.COUNT_DISTINCT


class TestCrosswalk:
    def reorganised(self) -> Hierarchy:
        commune = AdminLevel.COMMUNE
        before, after = D(2025, 6, 30), D(2025, 7, 1)
        units = [
            Unit(id="a", name="Xã A", level=commune, valid_to=before),
            Unit(id="b", name="Xã B", level=commune, valid_to=before),
            Unit(id="c", name="Xã C", level=commune, valid_to=before),
            Unit(id="n1", name="Xã Mới 1", level=commune, valid_from=after),
            Unit(id="n2", name="Xã Mới 2", level=commune, valid_from=after),
            Unit(id="gone", name="Xã Giải thể", level=commune, valid_to=before),
        ]
        changes = [
            UnitChange(kind=ChangeKind.MERGE, on=after, sources=("a", "b"), targets=("n1",)),
            UnitChange(kind=ChangeKind.SPLIT, on=after, sources=("c",), targets=("n1", "n2")),
            UnitChange(kind=ChangeKind.ABOLISH, on=after, sources=("gone",)),
        ]
        return Hierarchy(units, changes)

    def test_merge_split_and_unallocated(self) -> None:
        """Merges add, splits divide (assumed equal), the abolished go to 'unallocated'."""
        h = self.reorganised()
        result = crosswalk(
            registered({"a": 10, "b": 5, "c": 7, "gone": 2, "zzz": 1}), h, to=D(2026, 1, 1)
        )
        assert isinstance(result, Table)
        by_scope = {f.scope: f for f in result}
        assert by_scope["n1"].value == Count(10 + 5 + 4)
        assert by_scope["n2"].value == Count(3)
        assert by_scope["unallocated"].value == Count(3)
        assert any("no successor" in n for n in by_scope["unallocated"].notes)
        assert any("shares assumed" in n for n in by_scope["n2"].notes)

    @given(
        st.dictionaries(
            st.sampled_from(["a", "b", "c", "gone"]), st.integers(0, 10_000), min_size=1
        )
    )
    def test_totals_kept(self, values: dict[str, int]) -> None:
        """The total before equals the total after, unallocated row included."""
        result = crosswalk(registered(values), self.reorganised(), to=D(2026, 1, 1))
        assert isinstance(result, Table)
        assert sum(f.value.value for f in result) == sum(values.values())

    def test_models_move_to_largest_successor(self) -> None:
        """A model moves whole to its unit's successor."""
        h = self.reorganised()
        model = Model(id="m", title="t", unit="c", movement=DVK)
        moved = crosswalk([model], h, to=D(2026, 1, 1))
        assert isinstance(moved, list)
        assert moved[0].unit == "n2"


class TestInvariants:
    @given(st.integers(0, 10_000), st.integers(1, 150))
    def test_every_recognition_never_below_distinct(self, seed: int, n: int) -> None:
        """Counting recognitions never gives fewer than the recognised models."""
        ds = synth.dataset(models=n, seed=seed, provinces=1, districts=2, communes=2)
        every = count_models(
            ds.models, hierarchy=ds.hierarchy, by=(), rule=CountingRule.EVERY_RECOGNITION
        )
        recognised = sum(1 for m in ds.models if m.is_recognised())
        assert sum(f.value.value for f in every) >= recognised

    @given(st.integers(0, 10_000), st.integers(1, 150))
    def test_shares_of_a_complete_breakdown(self, seed: int, n: int) -> None:
        """Shares of a complete breakdown sum to 100 % within rounding."""
        ds = synth.dataset(models=n, seed=seed, provinces=1, districts=2, communes=2)
        table = count_models(
            ds.models, hierarchy=ds.hierarchy, by=("field",), rule=CountingRule.REGISTRATIONS
        )
        rows = shares(table, "field")
        assert abs(sum(s.percent for s in rows) - 100) <= Decimal("0.05") * len(rows)


class TestCompare:
    def test_growth_between_periods(self) -> None:
        """Differences and growth between two periods of the same rule."""
        hierarchy, models = ninh_binh_records()
        first = count_models(
            models,
            hierarchy=hierarchy,
            by=("field",),
            rule=CountingRule.REGISTRATIONS,
            period=danvan_period("2021"),
        )
        later = count_models(
            models,
            hierarchy=hierarchy,
            by=("field",),
            rule=CountingRule.REGISTRATIONS,
            period=danvan_period("2022"),
        )
        diffs = {d.key[2].field: d for d in compare(first, later)}
        assert diffs[Field.ECONOMY].change == 267 - 184
        assert diffs[Field.ECONOMY].growth == Decimal("45.1")
        # 2022 has no defence-security registrations in these records: unknown, not zero.
        assert diffs[Field.DEFENCE_SECURITY].after is None
        assert diffs[Field.DEFENCE_SECURITY].change is None

    def test_refuses_different_rules(self) -> None:
        """A distinct count is not compared with a count of recognitions."""
        ds = synth.dataset(models=50, seed=1)
        a = count_models(ds.models, hierarchy=ds.hierarchy, by=("field",))
        b = count_models(
            ds.models, hierarchy=ds.hierarchy, by=("field",), rule=CountingRule.EVERY_RECOGNITION
        )
        with pytest.raises(InvalidValueError, match="counting rules"):
            compare(a, b)


class TestCountModelsArguments:
    def test_unknown_dimension(self) -> None:
        """An unknown dimension names itself."""
        with pytest.raises(InvalidValueError, match="colour"):
            count_models([], hierarchy=Hierarchy([]), by=("colour",))

    def test_movements_never_mix(self) -> None:
        """Models of two movements give separate figures."""
        h = Hierarchy([Unit(id="x", name="Xã X", level=AdminLevel.COMMUNE)])
        models = [
            Model(
                id="a",
                title="a",
                unit="x",
                movement="dan-van-kheo",
                events=(Registered(on=D(2022, 1, 1)),),
            ),
            Model(
                id="b",
                title="b",
                unit="x",
                movement="quy-che-dan-chu-co-so",
                events=(Registered(on=D(2022, 1, 1)),),
            ),
        ]
        table = count_models(models, hierarchy=h, by=())
        assert sorted(f.movements for f in table) == [("dan-van-kheo",), ("quy-che-dan-chu-co-so",)]

    def test_scope(self) -> None:
        """Only models under the scope are counted."""
        ds = synth.dataset(models=300, seed=4)
        inside = count_models(ds.models, hierarchy=ds.hierarchy, by=(), scope="synth/p0")
        expected = sum(1 for m in ds.models if m.unit.startswith("synth/p0/"))
        assert sum(f.value.value for f in inside) == expected
        assert {f.scope for f in inside} == {"synth/p0"}

    def test_dataset_type(self) -> None:
        """Synthetic datasets are real, checked datasets."""
        assert isinstance(synth.dataset(models=5), Dataset)


def test_coverage_of_a_level_the_scope_lacks_is_refused() -> None:
    """Communes under a province that holds none: an error, never "0/0 xã"."""
    hierarchy = Hierarchy(son_la_units())
    with pytest.raises(InvalidValueError, match="no unit of this level"):
        coverage([], hierarchy, scope="vn/son-la", level=AdminLevel.VILLAGE)
