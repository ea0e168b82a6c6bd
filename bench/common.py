"""Timing helpers shared by the benchmarks: best of a few runs, printed as a table."""

import ctypes
import gc
import time
from collections.abc import Callable
from pathlib import Path
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


def _status(field: str) -> int:
    """A memory figure of this process, in bytes (Linux: /proc/self/status)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def peak_added(fn: Callable[[], Any]) -> tuple[int, Any]:
    """Run ``fn``; the most resident memory it held over what the process held before.

    Read from the operating system (the process's peak, reset before ``fn`` runs, with the
    memory freed before handed back to it), so it counts every allocation, Arrow's
    buffers from the system allocator too (which ``tracemalloc`` does not see), and the
    result itself. Linux with glibc only.
    """
    gc.collect()
    ctypes.CDLL(None).malloc_trim(0)  # memory freed before is handed back, not reused
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")  # peak := now
    before = _status("VmRSS")
    result = fn()
    return _status("VmHWM") - before, result
