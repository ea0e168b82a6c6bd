"""The store and the bridge to engines, at the sizes the targets name, beside peers.

- A store: ten years of a province's reports (10 000 reports) added, added again (no
  change), and listed; the floor of writing the same JSON texts to SQLite alone.
- Figures (1 000 000 by default) to Arrow beside ``pyarrow.Table.from_pylist`` of the
  same rows as dicts; written to Parquet; the national roll-up and one province-year in
  DuckDB over that file.
- Model records (1 000 000 by default) to Arrow, with the memory it takes.

Run: ``python -m bench.bench_store [REPORTS [FIGURE_REPORTS [MODELS]]]``.
"""

import contextlib
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402

from bench.common import best_of, peak_added, row  # noqa: E402
from danvan import Dataset, ModelTable, Store, Table, dumps, write_parquet  # noqa: E402
from danvan._flat import plain  # noqa: E402
from danvan._flat_figures import figure_columns  # noqa: E402
from danvan.synth import dataset  # noqa: E402


def store(reports: int, folder: Path) -> None:
    ds = dataset(models=0, reports=reports, seed=5, provinces=1, districts=reports // 5 + 1)
    figures = sum(len(r.figures) for r in ds.reports)
    print(f"a store: {reports:,} reports, {figures:,} figures")
    path = folder / "kho.sqlite"

    def add() -> None:
        path.unlink(missing_ok=True)
        with Store(path) as opened:
            opened.add(ds)

    def again() -> None:
        with Store(path) as opened:
            assert opened.add(ds) == ()

    def floor() -> None:
        bare = folder / "floor.sqlite"
        bare.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(bare)) as db, db:
            db.execute("CREATE TABLE d (id TEXT PRIMARY KEY, content TEXT)")
            db.executemany("INSERT INTO d VALUES (?, ?)", ((r.id, dumps(r)) for r in ds.reports))

    added, _ = best_of(add, repeat=1)
    bare, _ = best_of(floor, repeat=1)
    row("Store.add (target: 10 000 reports in 10 s)", added, bare)
    row("  peer: the same JSON into SQLite, nothing else", bare)
    row("Store.add again, nothing to change (target 3 s)", best_of(again, repeat=1)[0])
    with Store(path) as opened:
        listed, entries = best_of(opened.reports)
        assert len(entries) == reports
        row("Store.reports (target: 10 000 in 1 s)", listed)
        province = ds.hierarchy.units[1].id
        row(
            "Store.figures(one province, 2023)",
            best_of(lambda: opened.figures(unit=province, period=2023))[0],
        )


def figures(reports: int, folder: Path) -> None:
    provinces, districts = 34, reports // (34 * 5) + 1
    ds = dataset(models=0, reports=reports, seed=5, provinces=provinces, districts=districts)
    everything = [f for r in ds.reports for f in r.figures]
    ids = [r.id for r in ds.reports for _ in r.figures]
    print(f"figures: {len(everything):,} in {reports:,} reports")
    table = Table(everything, reports=ids)
    arrowed, arrow = best_of(table.to_arrow, repeat=1)
    pylist = _from_pylist(everything, ids)
    row("Table.to_arrow (target: 1 000 000 in 2 s, 4x the peer)", arrowed, pylist)
    row("  peer: pyarrow.Table.from_pylist, the same rows as dicts", pylist)
    del arrow
    path = folder / "figures.parquet"
    only_reports = Dataset(hierarchy=ds.hierarchy, movements=ds.movements, reports=ds.reports)
    written, _ = best_of(lambda: write_parquet(only_reports, path), repeat=1)
    row(f"write_parquet ({path.stat().st_size / 1e6:.1f} MB; target 1 s, 20 MB)", written)
    rollup = (
        "SELECT province, year, SUM(value) FROM read_parquet($p) "
        "WHERE measure = 'registered' AND part_of IS NULL GROUP BY ALL"
    )
    one = (
        "SELECT SUM(value) FROM read_parquet($p) WHERE province = $province AND year = 2023 "
        "AND measure = 'registered' AND part_of IS NULL"
    )
    province = ds.hierarchy.units[1].id
    row(
        "DuckDB: national roll-up over it (target 0.2 s)",
        best_of(lambda: duckdb.execute(rollup, {"p": str(path)}).fetchall())[0],
    )
    row(
        "DuckDB: one province-year (target 0.05 s)",
        best_of(lambda: duckdb.execute(one, {"p": str(path), "province": province}).fetchall())[0],
    )


def _from_pylist(everything: list[object], ids: list[str]) -> float:
    """The peer: pyarrow.Table.from_pylist of the same rows, as dicts."""
    columns = plain(figure_columns(everything, ids))  # type: ignore[arg-type]
    rows = [dict(zip(columns, cells, strict=True)) for cells in zip(*columns.values(), strict=True)]
    return best_of(lambda: pa.Table.from_pylist(rows), repeat=1)[0]


def models(count: int) -> None:
    ds = dataset(models=count, seed=5, provinces=34, districts=20)
    print(f"models: {count:,}")
    table = ModelTable(ds.models, ds.hierarchy)
    peak, (arrowed, arrow) = peak_added(lambda: best_of(table.to_arrow, repeat=1))
    size = arrow.nbytes
    del arrow
    memory = f"peak added {peak / size:.1f}x the table's {size / 1e6:.0f} MB"
    row(f"ModelTable.to_arrow (target 3 s; {memory})", arrowed)


def main(reports: int = 10_000, figure_reports: int = 125_000, count: int = 1_000_000) -> None:
    folder = Path(tempfile.mkdtemp())
    store(reports, folder)
    figures(figure_reports, folder)
    models(count)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
