"""Bar charts of figures (the ``plot`` extra): what :meth:`danvan.Table.plot` draws.

Labels are in the chosen language, a proposal is its own bar and is never merged into a
level's, long labels wrap, and the title names what is counted, where and when, then
the counting rule in words.
"""

from __future__ import annotations

import importlib
import io
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from danvan._extras import optional
from danvan._figures import Figure, count_of
from danvan._files import write_atomic
from danvan._lang import Lang
from danvan._measures import UnitOfMeasure, measure_label
from danvan._numbers import format_number
from danvan._vocabulary import CountingRule

__all__ = ["bar_chart", "chart_title"]

_WRAP = 16  # characters of a bar's label per line


def chart_title(
    figures: Sequence[Figure], rule: CountingRule | None, heading: str, lang: Lang
) -> str:
    """What is counted, where and when; then the counting rule, in words."""
    measures = {f.measure for f in figures}
    units = {f.unit_of_measure for f in figures}
    scopes = {f.scope for f in figures}
    periods = {str(f.period) for f in figures if f.period is not None}
    what = []
    if len(measures) == 1:
        what.append(measure_label(next(iter(measures)), lang))
    if len(units) == 1:
        unit = next(iter(units))
        label = unit.label(lang) if isinstance(unit, UnitOfMeasure) else unit
        if not (what and what[0].startswith(label)):  # "mô hình, điển hình (…)" says it
            what.append(label)
    if len(scopes) == 1:
        what.append(next(iter(scopes)))
    if len(periods) == 1:
        what.append(next(iter(periods)))
    said = rule.label(lang) if rule is not None else heading
    return "\n".join(part for part in (" — ".join(what), said) if part)


def bar_chart(
    figures: Sequence[Figure],
    by: str,
    *,
    lang: Lang,
    title: str,
    path: str | Path | None,
    ax: Any,
    cell: Callable[[Figure, str], Any],
) -> Any:
    """Bars of the figures' values by ``by``; saved to ``path`` when given."""
    optional("plot", "matplotlib")
    pyplot = importlib.import_module("matplotlib.pyplot")
    totals: dict[str, int] = {}
    for figure in figures:
        key = _label(figure, by, lang, cell)
        if figure.dims.status is not None:  # proposed is its own bar, never merged
            key = f"{key}, {figure.dims.status.label(lang)}"
        totals[key] = totals.get(key, 0) + count_of(figure).value
    if ax is None:
        _, ax = pyplot.subplots(figsize=(7, 4))
    names = [textwrap.fill(name, _WRAP) for name in totals]
    bars = ax.bar(names, list(totals.values()), color="#b22222")
    ax.bar_label(bars, labels=[format_number(v, lang) for v in totals.values()])
    ax.margins(y=0.15)  # room above the tallest bar for its value
    ax.set_title(title, fontsize=10)
    ax.set_ylabel("số lượng" if lang == "vi" else "count")
    if path is not None:
        ax.figure.tight_layout()
        image = io.BytesIO()
        suffix = Path(path).suffix.lstrip(".").lower() or "png"
        ax.figure.savefig(image, format=suffix, dpi=120)
        write_atomic(path, image.getvalue())
    return ax


def _label(figure: Figure, by: str, lang: Lang, cell: Callable[[Figure, str], Any]) -> str:
    dims = figure.dims
    if by == "level" and dims.level is None:
        return "chưa được công nhận" if lang == "vi" else "not yet recognised"
    if by == "field":
        return " + ".join(f.label(lang) for f in dims.fields) or (
            "khác" if lang == "vi" else "other"
        )
    member = getattr(dims, by, None)
    if member is not None:
        return str(member.label(lang))
    value = cell(figure, by)
    return "—" if value is None else str(value)
