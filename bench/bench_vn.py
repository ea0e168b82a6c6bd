"""The real map: building both vintages and the conversion, and looking units up.

Needs the ``vn`` extra. Peer: reading the same rows and conversion tables raw (sqlite
rows and parsed JSON), the least any use of the data does; danvan also builds and
validates about 14 000 units and 4 500 changes and indexes them by id, parent and name.
"""

import datetime as dt
import json
import sqlite3
import time
import tracemalloc

from bench.common import best_of, row
from danvan import AdminLevel, vn


def _raw() -> int:
    data = vn._data_dir()
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT * FROM admin_units_legacy").fetchall()
        rows += connection.execute("SELECT * FROM admin_units").fetchall()
    tables = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    return len(rows) + len(tables)


def _build() -> object:
    vn.hierarchy.cache_clear()
    return vn.hierarchy()


def main() -> None:
    print(f"vn: {vn.source()}")
    peer, _ = best_of(_raw)
    build, tree = best_of(_build)
    row(f"build both maps ({len(tree):,} units, {len(tree.changes):,} changes)", build, peer)
    row("peer: read the rows and tables raw", peer)
    vn.hierarchy.cache_clear()
    tracemalloc.start()
    vn.hierarchy()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  {'peak memory while building (tracemalloc)':<48} {peak / 2**20:10.1f} MB")
    ids = [u.id for u in tree][:10_000]
    seconds, _ = best_of(lambda: [tree.get(i) for i in ids])
    row("10 000 lookups by id", seconds)
    day = dt.date(2018, 12, 19)
    seconds, found = best_of(lambda: vn.find("Hồng Lĩnh", at=day))
    row(f"find('Hồng Lĩnh', at=2018-12-19): {len(found)} found", seconds)
    seconds, found = best_of(lambda: vn.find("Quyết Thắng"))
    row(f"find('Quyết Thắng'): {len(found)} found", seconds)
    start = time.perf_counter()
    for unit in tree.level_units(AdminLevel.DISTRICT, at=vn.OLD_MAP_LAST_DAY):
        tree.successors(unit.id, to=vn.NEW_MAP_FIRST_DAY)
    row("successors of every pre-2025 district", time.perf_counter() - start)


if __name__ == "__main__":
    main()
