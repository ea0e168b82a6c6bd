"""Hypothesis, or a clear error naming the extra that installs it."""

from __future__ import annotations

from danvan._extras import install_hint
from danvan.exceptions import DanvanError

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise DanvanError(f"danvan.testing needs hypothesis: {install_hint('testing')}") from error

__all__ = ["assume", "st"]
