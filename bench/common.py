"""Timing helpers shared by the benchmarks: best of a few runs, printed as a table."""

import gc
import time
from collections.abc import Callable
from typing import Any


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Run ``fn`` ``repeat`` times; return the fastest wall time in seconds and a result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None  # free the previous result outside the timed region
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def row(label: str, seconds: float, peer: float | None = None) -> None:
    ratio = f"{seconds / peer:6.2f}x peer" if peer else ""
    print(f"  {label:<48} {seconds * 1000:10.1f} ms  {ratio}")
