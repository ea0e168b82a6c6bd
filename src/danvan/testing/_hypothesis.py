"""Hypothesis, or a clear error naming the extra that installs it."""

from __future__ import annotations

from danvan.exceptions import DanvanError

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise DanvanError(
        'danvan.testing needs hypothesis: pip install -e ".[testing]" from a clone of danvan'
    ) from error

__all__ = ["assume", "st"]
