"""Names every doctest (in src/ and docs/) may use without importing them."""

import datetime
import decimal
from typing import Any

import pytest

import danvan


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace["datetime"] = datetime
    doctest_namespace["Decimal"] = decimal.Decimal
    doctest_namespace["danvan"] = danvan
    for name in danvan.__all__:
        doctest_namespace[name] = getattr(danvan, name)
