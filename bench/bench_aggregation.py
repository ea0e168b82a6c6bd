"""Counting and checking at national scale, beside a pandas groupby on a flat table.

The tree: 1 country, 20 provinces, 400 districts, 9 600 communes (10 021 units, 4 levels).
danvan counts models by field × level (distinct models at their highest level) rolled
up to every province, straight from the model objects. The pandas peer gets a flat
table already prepared (province, field, top level per model: the preparation is not
timed) and computes the same counts with groupby.
"""

import functools
import gc
import sys
import time

from bench.common import best_of, row
from danvan import AdminLevel, Model, check, count_models, synth

SIZES = tuple(int(a) for a in sys.argv[1:] if a.isdigit()) or (100_000, 300_000, 1_000_000)


def _level(model: Model) -> str | None:
    level = model.pending_proposal() or model.top_level()
    return None if level is None else level.value


def main() -> None:
    import pandas as pd

    print("aggregation: count by field x level to every province, and check")
    for n in SIZES:
        ds = synth.dataset(models=n, seed=0, provinces=20, districts=20, communes=24)
        count = functools.partial(
            count_models,
            ds.models,
            hierarchy=ds.hierarchy,
            by=("unit", "field", "level"),
            unit_level=AdminLevel.PROVINCE,
        )
        seconds, table = best_of(count, repeat=3)
        frame = pd.DataFrame(
            {
                "province": [m.unit.rsplit("/", 2)[0] for m in ds.models],
                "field": [m.field.value if m.field else None for m in ds.models],
                "level": [_level(m) for m in ds.models],
            }
        )
        # The whole groupby is timed, once: pandas caches a frame's grouping afterwards.
        gc.collect()
        started = time.perf_counter()
        counts = frame.groupby(["province", "field", "level"], dropna=False).size()
        peer = time.perf_counter() - started
        assert int(counts.sum()) == n == sum(f.value.value for f in table)
        checking, findings = best_of(functools.partial(check, ds), repeat=1)
        print(f" {n:,} models on {len(ds.hierarchy):,} units")
        row("count_models by province x field x level", seconds, peer)
        row("pandas groupby on a prepared flat table", peer)
        row(f"check ({len(findings)} findings)", checking)
        print(f"  {'per model: count':<48} {seconds / n * 1e6:10.2f} µs")
        del ds, frame


if __name__ == "__main__":
    main()
