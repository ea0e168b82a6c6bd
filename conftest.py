"""Hypothesis profiles for the whole test suite, registered once.

``ci`` (the default) runs every property with enough examples to find edge cases and no
health check that trips on a busy machine: CI shares two cores with other work, so
neither a deadline nor "input generation is slow" says anything about danvan. ``quick``
(``DANVAN_HYPOTHESIS_PROFILE=quick make test``) runs a few examples each, for a fast
local loop. ``fuzz`` (``make fuzz``) runs the properties of every public entry point
with 10 000 examples each.

Nothing here fills the namespace of doctests or of the docs' code blocks: each imports
what it uses, as a reader typing it in would. What the docs' blocks write with
``tempfile`` (a chart, a workbook, a store) goes under pytest's own temporary folder, which
pytest prunes, rather than piling up in the system's.
"""

import os
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
    print_blob=True,
)
settings.register_profile("quick", parent=settings.get_profile("ci"), max_examples=10)
# `make fuzz`: the robustness properties with a campaign's budget.
settings.register_profile("fuzz", parent=settings.get_profile("ci"), max_examples=10_000)
settings.load_profile(os.environ.get("DANVAN_HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True, scope="session")
def _temporary_files_under_pytest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Send ``tempfile``'s folders and files of the whole run under pytest's base folder."""
    before = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tempfile"))
    yield
    tempfile.tempdir = before
