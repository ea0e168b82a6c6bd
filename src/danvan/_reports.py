"""Reports: the published articles that give figures, and how a notebook shows one."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

from danvan._figures import Figure
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._measures import measure_label, unit_label
from danvan._sources import Source
from danvan._validators import (
    check_id,
    check_ids,
    check_some_ids,
    check_text,
    check_texts,
    instance_of,
    to_ids,
    to_tuple,
    tuple_of,
)
from danvan.exceptions import InvalidEntityError

__all__ = ["Report"]


@attrs.frozen(kw_only=True, repr=False)
class Report(Displayed):
    """One published report or article, with the figures it gives.

    Attributes:
        id: Stable id.
        source: The article.
        units: The ids of the units it is about, the reporting (organising) one first;
            one article may be about two communes. One id alone may be a string.
        title: Its headline.
        reviews: The ids of the reviews it reports on (one article may cover several
            conferences).
        figures: Its figures, totals and their parts.
        directives: Ids of the documents it mentions.
        awards: Ids of the awards it reports.
        models: Ids of the models it names.
        notes: What was inferred in encoding it, and why.
    """

    id: str = attrs.field(validator=check_id)
    source: Source = attrs.field(validator=instance_of(Source))
    units: tuple[str, ...] = attrs.field(converter=to_ids, validator=check_some_ids)
    title: str = attrs.field(validator=check_text)
    reviews: tuple[str, ...] = attrs.field(default=(), converter=to_ids, validator=check_ids)
    figures: tuple[Figure, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Figure)
    )
    directives: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )
    awards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    models: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=check_texts)

    def __repr__(self) -> str:  # a line for a screen; the fields hold everything
        title = self.title if len(self.title) <= 40 else self.title[:39] + "…"
        return f"Report({self.id!r}, {title!r}, {len(self.figures)} figures)"

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The report as a notebook shows it: its title and a row per figure.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.

        Examples:
            >>> from danvan import load_example
            >>> page = load_example().reports[3].to_html(lang="en")
            >>> "<th>measure</th>" in page, "<td>registered</td>" in page
            (True, True)
        """
        lang = check_lang(lang)
        headers = _HEADERS[lang]
        where = ", ".join(
            str(p) for p in (self.source.publisher, self.source.published_on) if p is not None
        )
        caption = f"{self.id}: {self.title}" + (f" ({where})" if where else "")
        rows = (
            (
                f.id,
                measure_label(f.measure, lang),
                f.value.format(lang),
                unit_label(f.unit_of_measure, lang),
                f.scope,
                f.period,
                ", ".join(t.label(lang) for t in _terms(f)),
                f.part_of,
            )
            for f in self.figures
        )
        return table(caption, headers, rows, lang, max_rows)

    def __attrs_post_init__(self) -> None:
        seen = Counter(f.id for f in self.figures if f.id is not None)
        duplicates = sorted(i for i, n in seen.items() if n > 1)
        if duplicates:
            raise InvalidEntityError(duplicates, f"report {self.id}: figure ids repeat")

    def figure(self, figure_id: str) -> Figure:
        """The figure with ``figure_id``.

        Args:
            figure_id: The figure's id.

        Returns:
            The figure.

        Raises:
            InvalidEntityError: No figure of this report has that id.
        """
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        raise InvalidEntityError(figure_id, f"report {self.id} has no such figure")

    def parts(self, figure_id: str) -> tuple[Figure, ...]:
        """The figures that are parts of ``figure_id``.

        Args:
            figure_id: The id of a total.

        Returns:
            Its parts, in report order; empty when it has none.
        """
        return tuple(f for f in self.figures if f.part_of == figure_id)


_HEADERS: dict[str, list[str]] = {
    "vi": ["số liệu", "chỉ tiêu", "giá trị", "đơn vị tính", "đơn vị", "thời kỳ", "chiều", "thuộc"],
    "en": ["figure", "measure", "value", "unit of measure", "scope", "period", "cell", "part of"],
}


def _terms(figure: Figure) -> list[Any]:
    """The figure's breakdown cell as terms: its fields, level, holder, kind and status."""
    dims = figure.dims
    named = (dims.level, dims.holder, dims.kind, dims.status)
    return [*dims.fields, *(t for t in named if t is not None)]
