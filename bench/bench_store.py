"""The store and the bridge to engines, beside peers measured in the same run.

- Adding reports to a store (one transaction, canonical JSON, derived tables) beside the
  floor of writing the same JSON texts to SQLite with nothing else, and beside dumping
  the dataset as one JSON file.
- Asking a store for one province's figures of one year beside loading the dataset's
  JSON file and filtering in Python.
- Figures to Arrow (the flat schema) beside ``pyarrow.Table.from_pylist`` of the
  table's plain rows; models to Parquet and back.

Run: ``python -m bench.bench_store [REPORTS [MODELS]]``.
"""

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402

from bench.common import best_of, row  # noqa: E402
from danvan import ModelTable, Store, Table, dump, dumps, load, write_parquet  # noqa: E402
from danvan.synth import dataset  # noqa: E402


def main(reports: int = 5000, models: int = 200_000) -> None:
    ds = dataset(models=models, reports=reports, seed=5, provinces=34, districts=30)
    figures = [f for r in ds.reports for f in r.figures]
    print(f"store and engines: {reports:,} reports ({len(figures):,} figures), {models:,} models")
    folder = Path(tempfile.mkdtemp())
    report_only = type(ds)(hierarchy=ds.hierarchy, movements=ds.movements, reports=ds.reports)

    def add() -> None:
        path = folder / "kho.sqlite"
        path.unlink(missing_ok=True)
        with Store(path) as store:
            store.add(report_only)

    def floor() -> None:
        path = folder / "floor.sqlite"
        path.unlink(missing_ok=True)
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE d (id TEXT PRIMARY KEY, content TEXT)")
            db.executemany("INSERT INTO d VALUES (?, ?)", ((r.id, dumps(r)) for r in ds.reports))

    added, _ = best_of(add, repeat=1)
    bare, _ = best_of(floor, repeat=1)
    dumped, _ = best_of(lambda: dump(report_only, folder / "all.json"), repeat=1)
    row("Store.add, reports with derived tables", added, bare)
    row("  peer: the same JSON into SQLite, nothing else", bare)
    row("  peer: dump the dataset to one JSON file", dumped)

    province = ds.hierarchy.units[1].id  # the first province under the root
    with Store(folder / "kho.sqlite") as store:
        queried, found = best_of(lambda: store.figures(unit=province, period=2023))

    def scan() -> list[object]:
        loaded = load(folder / "all.json")
        return [
            f
            for r in loaded.reports
            for f in r.figures
            if f.scope.startswith(province + "/") and f.period and f.period.end.year == 2023
        ]

    scanned, expected = best_of(scan, repeat=1)
    assert len(found) == len(expected)
    row(f"Store.figures(one province, 2023): {len(found):,}", queried, scanned)
    row("  peer: load the JSON file and filter", scanned)

    table = Table(figures, reports=[r.id for r in ds.reports for _ in r.figures])
    arrowed, _ = best_of(table.to_arrow)
    plain, _ = best_of(lambda: pa.Table.from_pylist(table.to_rows()))
    row(f"Table.to_arrow, {len(figures):,} figures (flat schema)", arrowed, plain)
    row("  peer: pyarrow.Table.from_pylist(table.to_rows())", plain)

    written, _ = best_of(
        lambda: write_parquet(ds, folder / "models.parquet", table="models"), repeat=1
    )
    read, back = best_of(lambda: ModelTable.from_arrow(folder / "models.parquet"), repeat=1)
    assert len(back) == models
    size = (folder / "models.parquet").stat().st_size
    as_json = len(json.dumps([json.loads(dumps(m)) for m in ds.models[:1000]])) * models / 1000
    row(f"write_parquet, {models:,} models ({size / 1e6:.1f} MB)", written)
    row(f"ModelTable.from_arrow, the same file (JSON ~{as_json / 1e6:.0f} MB)", read)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*args)
