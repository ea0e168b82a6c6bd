"""The bridge to engines: flat tables, the Arrow stream, Parquet, and DuckDB's answers."""

import datetime as dt
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import attrs
import duckdb
import polars
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan import (
    Count,
    CountingRule,
    DanvanError,
    Figure,
    FigureStatus,
    ModelTable,
    Percent,
    Period,
    Store,
    Table,
    count_models,
    load_example,
    synth,
    testing,
    write_parquet,
)
from danvan._awards import Award, Recipient
from danvan._figures import Dims
from danvan._flat import EVENT_FIELDS, FIGURE_TABLE, RECIPIENT_FIELDS, plain
from danvan._flat_figures import figure_columns
from danvan._flat_models import MODEL_TABLE
from danvan._flat_records import AWARD_TABLE, UNIT_TABLE
from danvan._models import EVENT_KINDS, Model
from danvan._sources import Source
from danvan._units import Unit
from danvan.exceptions import InvalidValueError, StructureError
from danvan.testing import models as model_strategy


def _report_table() -> Table:
    report = load_example().report("seed-004")
    return Table(report.figures, reports=[report.id] * len(report.figures))


class TestTheSchema:
    def test_every_field_of_a_figure_has_its_column(self) -> None:
        """A field added to the classes without a column fails here, not silently."""
        columns = {c.name for c in FIGURE_TABLE}
        # How the nested values spread into columns.
        spread = {
            "value": {"value", "qualifier", "low", "high", "percent"},
            "period": {"period_start", "period_end", "year"},
            "compared_to": {"compared_to_start", "compared_to_end"},
            "dims": set(),
            "source": set(),
        }
        for field in attrs.fields(Figure):
            assert spread.get(field.name, {field.name}) <= columns, field.name
        renamed = {"status": "model_status"}
        for field in attrs.fields(Dims):
            assert renamed.get(field.name, field.name) in columns, field.name
        for field in attrs.fields(Source):
            if field.name == "span":
                assert {"quote_start", "quote_end"} <= columns
            else:
                assert f"source_{field.name}" in columns, field.name

    def test_every_field_of_a_model_and_its_events_has_its_column(self) -> None:
        assert {f.name for f in attrs.fields(Model)} <= {c.name for c in MODEL_TABLE}
        struct = {c.name for c in EVENT_FIELDS}
        for kind in EVENT_KINDS:
            assert {f.name for f in attrs.fields(kind)} <= struct, kind.__name__

    def test_every_field_of_an_award_and_a_unit_has_its_column(self) -> None:
        columns = {c.name for c in AWARD_TABLE}
        for field in attrs.fields(Award):
            if field.name == "source":
                assert {"source_title", "quote_start", "quote_end"} <= columns
            else:
                assert field.name in columns, field.name
        assert {f.name for f in attrs.fields(Recipient)} <= {c.name for c in RECIPIENT_FIELDS}
        assert {f.name for f in attrs.fields(Unit)} <= {c.name for c in UNIT_TABLE}

    def test_the_arrow_types(self) -> None:
        schema = _report_table().to_arrow().schema
        assert pa.types.is_dictionary(schema.field("measure").type)
        assert schema.field("period_start").type == pa.date32()
        assert pa.types.is_decimal(schema.field("percent").type)
        assert schema.field("measure").metadata == {b"doc": b"the measure's code"}


class TestTheStream:
    def test_engines_read_a_table_with_no_adapter(self) -> None:
        table = _report_table()
        arrow = pa.table(table)
        assert arrow.equals(table.to_arrow())
        assert polars.DataFrame(table)["value"].to_list() == [f.value.value for f in table]
        totals = duckdb.sql(
            "SELECT report, SUM(value) FROM arrow WHERE part_of IS NULL "
            "AND measure = 'registered' GROUP BY report"
        ).fetchall()
        assert totals == [("seed-004", 112)]

    def test_percentages_stay_exact(self) -> None:
        figure = Figure(
            measure="share",
            value=Percent(Decimal("84.9")),
            unit_of_measure="percent",
            scope="vn",
            movements="dan-van-kheo",
            period=Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
            status=FigureStatus.COMPUTED,
        )
        [row] = pa.table(Table([figure])).to_pylist()
        assert row["percent"] == Decimal("84.9")
        assert (row["value"], row["year"]) == (None, 2023)

    def test_each_count_keeps_its_interval(self) -> None:
        """An exact count's interval is its value; "trên 1.000" keeps its own."""
        period = Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        counts = [Count(112), Count.parse("trên 1.000"), Count.parse("gần 620 nghìn")]
        figures = [
            Figure(
                measure="registered",
                value=count,
                unit_of_measure="models",
                scope="vn/ninh-binh",
                movements="dan-van-kheo",
                period=period,
                status=FigureStatus.COMPUTED,
                id=f"f{i}",
            )
            for i, count in enumerate(counts)
        ]
        for table in (Table(figures), Table(figures[:1])):  # mixed, and exact alone
            rows = pa.table(table).to_pylist()
            assert [(r["value"], r["qualifier"], r["low"], r["high"]) for r in rows] == [
                (c.value, c.qualifier.value, c.low, c.high) for c in (f.value for f in table)
            ]
        assert pa.table(Table(figures)).column("high").to_pylist()[1] is None

    def test_without_pyarrow_the_extra_is_named(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
        with pytest.raises(DanvanError, match=r"\[arrow\]"):
            _report_table().to_arrow()


class TestModels:
    def test_a_round_trip_through_parquet(self, tmp_path: Path) -> None:
        ds = synth.dataset(models=2000, seed=11)
        path = tmp_path / "mo-hinh.parquet"
        write_parquet(ds, path, table="models")
        back = ModelTable.from_arrow(path)
        assert sorted(back, key=lambda m: m.id) == sorted(ds.models, key=lambda m: m.id)
        provinces = pq.read_table(path).column("province").to_pylist()
        assert provinces == sorted(provinces)  # sorted by province, row groups follow

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(model_strategy(), max_size=6))
    def test_any_models_come_back_equal(self, models: list[Model]) -> None:
        assert list(ModelTable.from_arrow(ModelTable(models))) == models

    def test_a_table_without_the_schema_is_refused(self) -> None:
        with pytest.raises(StructureError, match="missing column 'events'"):
            ModelTable.from_arrow(pa.table({"id": ["x"]}))


class TestFiguresBack:
    """Figures read back from Arrow and Parquet are the figures written, with their reports."""

    def test_a_round_trip_through_parquet(self, tmp_path: Path) -> None:
        ds = synth.dataset(models=0, reports=60, seed=8)
        real = load_example()
        for dataset, name in ((ds, "tong-hop.parquet"), (real, "vi-du.parquet")):
            path = tmp_path / name
            write_parquet(dataset, path)
            back = Table.from_arrow(path)
            written = Counter((r.id, f) for r in dataset.reports for f in r.figures)
            assert Counter(zip(back.reports, back.figures, strict=True)) == written

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(testing.figures(), max_size=6))
    def test_any_figures_come_back_equal(self, figures: list[Figure]) -> None:
        reports = [f"bao-cao-{i}" for i in range(len(figures))]
        back = Table.from_arrow(Table(figures, reports=reports))
        assert list(back) == figures
        assert list(back.reports) == reports

    def test_decimals_read_back_as_written(self, tmp_path: Path) -> None:
        """A percentage and an amount keep their digits: no zeros of the table's scale."""
        from danvan import Amount, Percent, Qualifier, Source, UnitOfMeasure

        said = Source(quote="làm mới gần 46,5 km đường; 100% xã có mô hình")
        common = {"scope": "vn/x", "movements": "dan-van-kheo", "source": said}
        figures = [
            Figure(
                measure="built",
                value=Amount(Decimal("46.5"), Qualifier.NEARLY),
                unit_of_measure=UnitOfMeasure.KM,
                **common,
            ),
            Figure(
                measure="coverage",
                value=Percent(Decimal(100)),
                unit_of_measure=UnitOfMeasure.UNITS,
                **common,
            ),
        ]
        path = tmp_path / "so-lieu.parquet"
        pq.write_table(Table(figures).to_arrow(), path)
        back = Table.from_arrow(path)
        assert [str(f.value) for f in back] == ["gần 46,5", "100%"]
        assert list(back) == figures

    def test_a_polars_frame_reads_back(self) -> None:
        table = Table(list(load_example().reports[3].figures))
        assert list(Table.from_arrow(polars.DataFrame(table))) == list(table)

    def test_a_table_without_the_schema_is_refused(self) -> None:
        with pytest.raises(StructureError, match="missing column 'measure'"):
            Table.from_arrow(pa.table({"report": ["x"]}))


class TestChunks:
    """Large tables are made a chunk of rows at a time; the result is the same table."""

    @pytest.fixture
    def small_chunks(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("danvan._arrow.CHUNK", 7)

    def test_figures_in_chunks_are_the_figures_in_one(
        self, small_chunks: None, tmp_path: Path
    ) -> None:
        ds = synth.dataset(models=0, reports=12, seed=4)
        figures = [f for r in ds.reports for f in r.figures]
        reports = [r.id for r in ds.reports for _ in r.figures]
        arrow = Table(figures, reports=reports).to_arrow()
        assert arrow.column("measure").num_chunks > 1
        assert arrow.to_pylist() == pa.table(plain(figure_columns(figures, reports))).to_pylist()
        back = Table.from_arrow(arrow)
        assert (list(back), list(back.reports)) == (figures, reports)
        write_parquet(ds, tmp_path / "so-lieu.parquet")
        assert Counter(Table.from_arrow(tmp_path / "so-lieu.parquet")) == Counter(figures)

    def test_models_in_chunks_come_back_equal(self, small_chunks: None) -> None:
        ds = synth.dataset(models=40, seed=6)
        arrow = ModelTable(ds.models, ds.hierarchy).to_arrow()
        assert arrow.column("events").num_chunks > 1
        assert list(ModelTable.from_arrow(arrow)) == list(ds.models)
        provinces = arrow.column("province").to_pylist()
        assert None not in provinces  # each chunk finds the province of its units


class TestParquet:
    def test_figures_of_a_store_with_their_reports(self, tmp_path: Path) -> None:
        with Store(tmp_path / "kho.sqlite") as store:
            store.add(load_example())
            write_parquet(store, tmp_path / "so-lieu.parquet")
        rows = pq.read_table(tmp_path / "so-lieu.parquet").to_pylist()
        assert len(rows) == 28
        assert {r["report"] for r in rows} == {"seed-000", "seed-002", "seed-003", "seed-004"}
        keys = [(r["province"], r["year"]) for r in rows]
        assert keys == sorted(keys)

    def test_one_folder_per_year(self, tmp_path: Path) -> None:
        write_parquet(load_example(), tmp_path / "theo-nam", partition_by=("year",))
        assert sorted(p.name for p in (tmp_path / "theo-nam").iterdir()) == [
            "year=2018",
            "year=2023",
        ]

    def test_awards_and_units(self, tmp_path: Path) -> None:
        example = load_example()
        write_parquet(example, tmp_path / "khen-thuong.parquet", table="awards")
        write_parquet(example, tmp_path / "don-vi.parquet", table="units")
        awards = pq.read_table(tmp_path / "khen-thuong.parquet").to_pylist()
        giay_khen = next(a for a in awards if a["id"] == "tp-son-la/2023-11-22/giay-khen")
        assert (giay_khen["collectives"], giay_khen["individuals"]) == (11, 5)
        assert giay_khen["province"] == "vn/son-la"
        units = pq.read_table(tmp_path / "don-vi.parquet").to_pylist()
        assert len(units) == len(example.hierarchy.units)
        hong_linh = next(u for u in units if u["id"] == "vn/ha-tinh/hong-linh")
        assert hong_linh["province"] == "vn/ha-tinh"

    def test_what_it_cannot_write_is_named(self, tmp_path: Path) -> None:
        with pytest.raises(InvalidValueError, match="write one of the tables"):
            write_parquet(load_example(), tmp_path / "x.parquet", table="reports")
        with pytest.raises(InvalidValueError, match="partition by columns"):
            write_parquet(load_example(), tmp_path / "x", partition_by=("tinh",))


_ROLLUP = """
WITH events AS (
    SELECT id, field, UNNEST(events) AS e, generate_subscripts(events, 1) AS i
    FROM read_parquet($path)
), ranked AS (
    SELECT id, field, i, e.kind AS kind,
        CASE e.level WHEN 'grassroots' THEN 0 WHEN 'district' THEN 1
                     WHEN 'province' THEN 2 WHEN 'central' THEN 3 END AS r
    FROM events
), last_proposal AS (
    SELECT id, arg_max(r, i) AS r, max(i) AS i FROM ranked WHERE kind = 'proposed' GROUP BY id
), per_model AS (
    SELECT m.id, m.field,
        (SELECT max(r) FROM ranked x WHERE x.id = m.id AND x.kind = 'recognised') AS top,
        (SELECT p.r FROM last_proposal p WHERE p.id = m.id AND NOT EXISTS (
            SELECT 1 FROM ranked q WHERE q.id = p.id AND q.kind = 'recognised'
            AND q.i > p.i AND q.r >= p.r)) AS pending
    FROM read_parquet($path) m WHERE len(m.events) > 0
)
SELECT field, COALESCE(pending, top) AS r, pending IS NOT NULL AS proposed, COUNT(*)
FROM per_model GROUP BY ALL
"""


def test_duckdb_counts_each_model_once_at_its_highest_level(tmp_path: Path) -> None:
    """The national roll-up in SQL over Parquet equals count_models' distinct_highest."""
    ds = synth.dataset(models=5000, seed=3)
    path = tmp_path / "mo-hinh.parquet"
    write_parquet(ds, path, table="models")
    levels = [None, "grassroots", "district", "province", "central"]
    in_sql = {
        (field, levels[(r if r is not None else -1) + 1], proposed, n)
        for field, r, proposed, n in duckdb.execute(_ROLLUP, {"path": str(path)}).fetchall()
    }
    table = count_models(
        ds.models, hierarchy=ds.hierarchy, by=("field", "level"), rule=CountingRule.DISTINCT_HIGHEST
    )
    in_python = {
        (
            f.dims.fields[0].value if f.dims.fields else None,
            f.dims.level.value if f.dims.level is not None else None,
            f.dims.status is not None,
            f.value.value,
        )
        for f in table
        if isinstance(f.value, Count)
    }
    assert in_sql == in_python
    assert sum(n for *_, n in in_sql) == sum(1 for m in ds.models if m.events)
