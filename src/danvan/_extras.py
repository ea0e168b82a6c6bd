"""Optional extras: imported when first needed, with one clear error when missing.

danvan's runtime needs only attrs, cattrs and python-dateutil. pandas, polars,
matplotlib, msgspec, hypothesis and the admin-unit data package are extras, imported
inside the function that needs them so that ``import danvan`` stays fast. danvan is not
on a package index yet, so the hint says how to install an extra from a clone.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from danvan.exceptions import DanvanError

__all__ = ["install_hint", "optional"]


def install_hint(extra: str) -> str:
    """How to install ``extra``: from a clone of danvan, into the environment in use.

    Examples:
        >>> from danvan._extras import install_hint
        >>> install_hint("plot")
        'pip install -e ".[plot]" (run in a clone of danvan)'
    """
    return f'pip install -e ".[{extra}]" (run in a clone of danvan)'


def optional(extra: str, module: str) -> ModuleType:
    """Import ``module`` of the extra ``extra``.

    Raises:
        DanvanError: The module is not installed; the message names the extra and how
            to install it.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise DanvanError(
            f"{module} is needed for this, from the {extra!r} extra: {install_hint(extra)}"
        ) from error
