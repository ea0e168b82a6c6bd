"""Bulk work: building many objects at once without the cyclic collector's rescans.

Reading a national file, or resolving a hundred thousand references, allocates objects
that form no reference cycles. CPython's cyclic collector would scan the growing heap
again and again for nothing, which doubles the time and makes it grow faster than the
input. :func:`collector_paused` pauses it for such a stretch and restores its state.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block, and restore its state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
