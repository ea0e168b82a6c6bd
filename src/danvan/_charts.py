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

__all__ = ["bar_chart", "chart_title", "ranking_chart"]

_WRAP = 16  # characters of a bar's label per line
_INCHES_PER_BAR = 1.4  # room for a label of _WRAP characters
_THIN = 0.04  # a stacked part under this share of the tallest bar shows no number
_TITLE = 72  # characters of a ranking's title per line


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
    stack: str | None = None,
    lang: Lang,
    title: str,
    path: str | Path | None,
    ax: Any,
    cell: Callable[[Figure, str], Any],
) -> Any:
    """Bars of the figures' values by ``by``, stacked by ``stack``; saved to ``path``."""
    pyplot = _pyplot()
    # Proposals are their own bar, or their own part of a bar: never merged into a level.
    marked = "level" if "level" in (by, stack) else (stack or by)
    totals: dict[tuple[str, str], int] = {}
    for figure in figures:
        keys = []
        for dim in (by, stack or ""):
            key = _label(figure, dim, lang, cell) if dim else ""
            status = figure.dims.status
            if dim == marked and status is not None and "status" not in (by, stack):
                key = f"{key}, {status.label(lang)}"
            keys.append(key)
        totals[keys[0], keys[1]] = totals.get((keys[0], keys[1]), 0) + count_of(figure).value
    xs = list(dict.fromkeys(x for x, _ in totals))
    if ax is None:  # wide enough for each bar's wrapped label, and the legend beside
        width = max(7.0, _INCHES_PER_BAR * len(xs) + (2.5 if stack else 1.0))
        _, ax = pyplot.subplots(figsize=(width, 4.5 if stack else 4))
    names = [textwrap.fill(name, _WRAP) for name in xs]
    if stack is None:
        heights = [totals[x, ""] for x in xs]
        bars = ax.bar(names, heights, color="#b22222")
        ax.bar_label(bars, labels=[format_number(v, lang) for v in heights])
    else:
        base = [0] * len(xs)
        tallest = max(
            (sum(v for (x, _), v in totals.items() if x == name) for name in xs), default=0
        )
        for series in dict.fromkeys(s for _, s in totals):
            heights = [totals.get((x, series), 0) for x in xs]
            bars = ax.bar(names, heights, bottom=base, label=textwrap.fill(series, 2 * _WRAP))
            # A part too thin to hold its number is not labelled; the legend names it.
            shown = [format_number(v, lang) if v >= _THIN * tallest else "" for v in heights]
            ax.bar_label(bars, labels=shown, label_type="center", fontsize=8)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        if totals:  # each bar's total above it
            ax.bar_label(bars, labels=[format_number(v, lang) for v in base])
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    ax.margins(y=0.15)  # room above the tallest bar for its value
    ax.set_title(title, fontsize=10)
    ax.set_ylabel("số lượng" if lang == "vi" else "count")
    _save(ax, path)
    return ax


def ranking_chart(
    bars: Sequence[tuple[str, int]],
    *,
    gap: int | None,
    title: str,
    lang: Lang,
    path: str | Path | None,
    ax: Any,
) -> Any:
    """Horizontal bars, first at the top; a dotted line after the first ``gap`` bars."""
    pyplot = _pyplot()
    if ax is None:
        _, ax = pyplot.subplots(figsize=(7, 0.4 * len(bars) + 1.5))
    names = [textwrap.fill(name, 2 * _WRAP) for name, _ in bars]
    counts = [count for _, count in bars]
    shown = ax.barh(range(len(bars)), counts, color="#b22222")
    ax.set_yticks(range(len(bars)), names)
    ax.invert_yaxis()  # the first of the ranking on top
    ax.bar_label(shown, labels=[format_number(v, lang) for v in counts], padding=2)
    ax.margins(x=0.15)  # room right of the longest bar for its value
    if gap is not None:
        ax.axhline(gap - 0.5, color="grey", linestyle=":", linewidth=1)
    ax.set_title(textwrap.fill(title, _TITLE), fontsize=10)
    ax.set_xlabel("số mô hình" if lang == "vi" else "models")
    _save(ax, path)
    return ax


def _pyplot() -> Any:
    optional("plot", "matplotlib")
    return importlib.import_module("matplotlib.pyplot")


def _save(ax: Any, path: str | Path | None) -> None:
    if path is None:
        return
    ax.figure.tight_layout()
    image = io.BytesIO()
    suffix = Path(path).suffix.lstrip(".").lower() or "png"
    ax.figure.savefig(image, format=suffix, dpi=120, bbox_inches="tight")
    write_atomic(path, image.getvalue())


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
