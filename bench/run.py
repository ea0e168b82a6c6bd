"""Run every benchmark and print its figures and ratios to peers measured in the same run."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    bench_aggregation,
    bench_extract,
    bench_figures_quality,
    bench_hierarchy,
    bench_serialization,
    bench_store,
    bench_vn,
)


def main() -> None:
    bench_hierarchy.main()
    bench_serialization.main()
    bench_aggregation.main()
    bench_extract.main()
    bench_figures_quality.corpus()
    bench_figures_quality.seeds()
    bench_store.main()
    bench_vn.main()


if __name__ == "__main__":
    main()
