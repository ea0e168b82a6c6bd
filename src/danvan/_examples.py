"""The example data shipped with danvan, built by hand from the five seed reports."""

from __future__ import annotations

import functools
from importlib import resources

from danvan._dataset import Dataset
from danvan.exceptions import UnknownTermError

__all__ = ["EXAMPLES", "load_example"]

#: The names :func:`load_example` accepts, the first being the default.
EXAMPLES: tuple[str, ...] = ("seeds",)


def load_example(name: str | None = None) -> Dataset:
    """The bundled example dataset ``name`` (by default ``"seeds"``).

    ``"seeds"`` holds the five reports the project started from (Sơn La city 2023,
    Sơn La province 2023 and 2018, Ninh Bình 2023, Hồng Lĩnh 2018): their units,
    documents, phases, reviews, figures with the sentences they come from, awards and
    named models. Facts the reports leave out are left out; inferred ones (a year
    not written) say so in ``notes``.

    Args:
        name: The example's name.

    Returns:
        The dataset.

    Raises:
        UnknownTermError: No example has that name.

    Examples:
        >>> from danvan import load_example
        >>> seeds = load_example()
        >>> [report.id for report in seeds.reports]
        ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']
        >>> str(seeds.report("seed-003").figure("registered").value)
        '1.635'
    """
    chosen = EXAMPLES[0] if name is None else name
    if chosen not in EXAMPLES:
        raise UnknownTermError(name, "example", list(EXAMPLES))
    return _load(chosen)


@functools.cache
def _load(name: str) -> Dataset:
    from danvan.serialization import loads  # noqa: PLC0415 - keep `import danvan` fast

    text = resources.files("danvan").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    dataset: Dataset = loads(text, Dataset)
    return dataset
