"""Tables of figures: what every aggregation returns.

A :class:`Table` is an ordered collection of :class:`~danvan.Figure` values (computed
or reported), with the rule that made them. It turns into rows, CSV, a pandas or polars
frame, an HTML table in a notebook, or a bar chart; pandas, polars and matplotlib are
optional extras imported only when asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from danvan._arrow import arrow_chunks, arrow_columns
from danvan._charts import bar_chart, chart_title
from danvan._extras import optional
from danvan._figures import Figure
from danvan._files import csv_text, write_atomic, xlsx_bytes
from danvan._flat import FIGURE_TABLE, Columns, plain
from danvan._flat_figures import figure_columns, figures_from_columns
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._table_cells import COLUMNS, DIMENSIONS, cell, column_label
from danvan._validators import check_date, optional_instance_of, to_tuple, tuple_of
from danvan._vocabulary import AdminLevel, CountingRule
from danvan.exceptions import InvalidValueError

__all__ = ["Table"]


@attrs.frozen(repr=False)
class Table(Displayed):
    """Figures computed (or gathered) by one rule, with how they were made.

    The provenance is structured: the counting rule, the day counted up to, and the
    tier and map a roll-up or crosswalk placed the figures on. :attr:`heading` writes
    it out.

    Attributes:
        figures: The figures, one per cell.
        rule: The counting rule that made them; ``None`` for figures gathered from
            reports.
        at: The day counted up to ("what had happened by"), when one was set.
        level: The tier of areas the figures were rolled up to, when they were.
        map_on: The day of the map the figures were placed on by a roll-up or a
            crosswalk, when one was set.
        title: What the table shows.
        reports: The id of the report each figure comes from (``None`` for a computed
            one); empty when no figure has a report.

    Examples:
        >>> from danvan import count_models
        >>> from danvan.synth import dataset
        >>> ds = dataset(models=200, seed=1)
        >>> table = count_models(ds.models, hierarchy=ds.hierarchy, by=("field",))
        >>> sum(f.value.value for f in table) == len(ds.models)
        True
        >>> table.to_rows()[0]["field"]
        'economy'
        >>> table.rule
        <CountingRule.DISTINCT_HIGHEST: 'distinct_highest'>
    """

    figures: tuple[Figure, ...] = attrs.field(converter=to_tuple, validator=tuple_of(Figure))
    rule: CountingRule | None = attrs.field(
        default=None, kw_only=True, validator=optional_instance_of(CountingRule)
    )
    at: dt.date | None = attrs.field(default=None, kw_only=True, validator=check_date)
    level: AdminLevel | None = attrs.field(
        default=None, kw_only=True, validator=optional_instance_of(AdminLevel)
    )
    map_on: dt.date | None = attrs.field(default=None, kw_only=True, validator=check_date)
    title: str | None = attrs.field(default=None, kw_only=True)
    reports: tuple[str | None, ...] = attrs.field(default=(), kw_only=True, converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        if self.reports and len(self.reports) != len(self.figures):
            raise InvalidValueError(
                self.reports, f"give the report of each of the {len(self.figures)} figures"
            )

    @property
    def provenance(self) -> str:
        """How the figures were made, in words.

        Examples:
            >>> import datetime
            >>> from danvan import AdminLevel, CountingRule, Table
            >>> Table([], rule=CountingRule.EVERY_RECOGNITION, at=datetime.date(2023, 9, 25),
            ...       level=AdminLevel.PROVINCE).provenance
            'every_recognition at 2023-09-25; rollup to province'
        """
        parts = [self.rule.value if self.rule is not None else "reported"]
        if self.at is not None:
            parts[0] += f" at {self.at.isoformat()}"
        if self.level is not None:
            on = f" at {self.map_on.isoformat()}" if self.map_on is not None else ""
            parts.append(f"rollup to {self.level.value}{on}")
        elif self.map_on is not None:
            parts.append(f"crosswalk to {self.map_on.isoformat()}")
        return "; ".join(parts)

    @property
    def heading(self) -> str:
        """What the table shows and how it was made."""
        if self.title:
            return f"{self.title} ({self.provenance})"
        return self.provenance

    def _heading(self, lang: Lang) -> str:
        """The heading with the counting rule written out in ``lang``; a title as given."""
        if self.rule is None or self.title:
            return self.heading
        return f"{self.rule.label(lang)} ({self.provenance})"

    def __repr__(self) -> str:  # a line for a screen; print() and to_rows show the rows
        noun = "figure" if len(self.figures) == 1 else "figures"
        return f"Table({len(self.figures)} {noun}; {self.heading})"

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures)

    def __len__(self) -> int:
        return len(self.figures)

    def columns(self) -> tuple[str, ...]:
        """The columns that hold something in at least one row.

        Returns:
            The column names, dimensions first; ``("measure", "value")`` for an empty table.
        """
        used = [c for c in COLUMNS if any(cell(f, c) is not None for f in self.figures)]
        return tuple(used) or ("measure", "value")

    def to_rows(self) -> list[dict[str, Any]]:
        """One dict per figure: its dimensions, measure and value with its interval.

        Returns:
            The rows, with the columns of :meth:`columns`.
        """
        columns = self.columns()
        return [{c: cell(figure, c) for c in columns} for figure in self.figures]

    def to_csv(self, path: str | Path | None = None, *, bom: bool = False) -> str:
        """The rows as CSV text; also written to ``path`` when given.

        Args:
            path: A file to write as well, atomically.
            bom: Start with a byte-order mark, so that Excel reads the text as UTF-8.

        Returns:
            The CSV text.
        """
        text = csv_text(self.columns(), self.to_rows(), bom=bom)
        if path is not None:
            write_atomic(path, text.encode("utf-8"))
        return text

    def to_excel(self, path: str | Path, *, lang: Lang = "vi") -> None:
        """Write the rows as an Excel workbook, atomically (needs the ``excel`` extra).

        Args:
            path: The ``.xlsx`` file.
            lang: The headers' language, ``"vi"`` or ``"en"``.

        Raises:
            DanvanError: openpyxl is not installed, or the file cannot be written.
        """
        headers = {c: column_label(c, check_lang(lang)) for c in self.columns()}
        title = self.title or "danvan"
        write_atomic(path, xlsx_bytes([(title, self.columns(), self.to_rows())], headers))

    def to_pandas(self) -> Any:
        """The figures as a pandas DataFrame (needs the ``pandas`` extra).

        The columns are those of the flat figures table (see the docs' "Flat tables"):
        each figure's report, id and ``part_of`` stay, so a total is never summed with its
        own breakdown by accident, and a period is its first and last day.

        Returns:
            A ``pandas.DataFrame``, one row per figure.

        Raises:
            DanvanError: pandas is not installed.
        """
        pandas = optional("pandas", "pandas")
        return pandas.DataFrame(plain(self._flat()))

    def to_polars(self) -> Any:
        """The figures as a polars DataFrame (needs the ``polars`` extra).

        Returns:
            A ``polars.DataFrame`` with the columns of :meth:`to_pandas`.

        Raises:
            DanvanError: polars is not installed.
        """
        polars = optional("polars", "polars")
        columns = plain(self._flat())
        schema = {c.name: _POLARS[c.type](polars) for c in FIGURE_TABLE}
        return polars.DataFrame(columns, schema=schema)

    def to_arrow(self) -> Any:
        """The figures as a ``pyarrow.Table`` (needs the ``arrow`` extra).

        Returns:
            A ``pyarrow.Table`` of the flat figures table: codes dictionary-encoded,
            percentages as exact decimals, periods as dates.

        Raises:
            DanvanError: pyarrow is not installed.
        """
        figures, reports = self.figures, self.reports
        return arrow_chunks(
            FIGURE_TABLE,
            len(figures),
            lambda rows: figure_columns(figures[rows], reports[rows] if reports else ()),
        )

    @classmethod
    def from_arrow(cls, source: Any) -> Table:
        """The figures a table of the flat figures schema holds, each with its report.

        What :meth:`to_arrow` or :func:`~danvan.write_parquet` wrote reads back as the
        same figures; Parquet keeps them sorted by province and year.

        Args:
            source: A ``pyarrow.Table``, anything with ``__arrow_c_stream__`` (a polars
                frame, a DuckDB result), or the path of a Parquet file.

        Returns:
            A table of the figures, in the order of the rows, with each one's report.

        Raises:
            StructureError: A column of the schema is missing.
            InvalidValueError: A value no figure may have.
            DanvanError: pyarrow is not installed.
        """
        figures, reports = figures_from_columns(arrow_columns(source, FIGURE_TABLE, "figures"))
        return cls(figures, reports=reports)

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        """The Arrow C stream interface, so engines read a table with no adapter.

        ``pyarrow.table(t)``, ``polars.DataFrame(t)`` and DuckDB read it.

        Args:
            requested_schema: A schema capsule the reader asks for, if any.

        Returns:
            A PyCapsule holding the stream of :meth:`to_arrow`.
        """
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def _flat(self) -> Columns:
        return figure_columns(self.figures, self.reports)

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The table as a notebook shows it: its heading, then a row per figure.

        Args:
            lang: The language of the heading and of the note on rows left out.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        columns = self.columns()
        rows = (tuple(row.values()) for row in self.to_rows())
        return table(self._heading(lang), columns, rows, lang, max_rows)

    def __str__(self) -> str:
        rows = self.to_rows()
        columns = [c for c in self.columns() if c not in ("qualifier", "low", "high")]
        shown = [
            [str(f.value) if c == "value" else ("" if r[c] is None else str(r[c])) for c in columns]
            for r, f in zip(rows, self.figures, strict=True)
        ]
        widths = [max([len(c), *(len(row[i]) for row in shown)]) for i, c in enumerate(columns)]
        lines = [self.heading]
        lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        lines += [
            "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
            for row in shown
        ]
        return "\n".join(lines)

    def plot(
        self,
        by: str,
        *,
        stack: str | None = None,
        lang: Lang = "vi",
        path: str | Path | None = None,
        ax: Any = None,
    ) -> Any:
        """A bar chart of the values by one dimension (needs the ``plot`` extra).

        Args:
            by: The dimension on the x axis ("field", "level", "unit" …).
            stack: A second dimension that splits each bar into parts, with a legend:
                ``plot("field", stack="level")`` draws each field's models by level.
            lang: Labels in Vietnamese ("vi") or English ("en").
            path: Save the chart as an image here (PNG by its suffix).
            ax: A matplotlib Axes to draw on; a new figure otherwise.

        Returns:
            The matplotlib Axes.

        Raises:
            InvalidValueError: ``by`` or ``stack`` is not a dimension, or both are the same.
            UnknownTermError: An unknown language.
            DanvanError: matplotlib is not installed.
        """
        for dim in (by, stack):
            if dim is not None and dim not in DIMENSIONS:
                raise InvalidValueError(dim, f"plot by one of {', '.join(DIMENSIONS)}")
        if stack == by:
            raise InvalidValueError(stack, "stack by a dimension other than the bars'")
        lang = check_lang(lang)
        title = chart_title(self.figures, self.rule, self.heading, lang)
        return bar_chart(
            self.figures, by, stack=stack, lang=lang, title=title, path=path, ax=ax, cell=cell
        )


# The polars type of each kind of flat column.
_POLARS: dict[str, Any] = {
    "text": lambda pl: pl.String,
    "code": lambda pl: pl.Categorical,
    "int": lambda pl: pl.Int64,
    "decimal": lambda pl: pl.Decimal(38, 12),
    "date": lambda pl: pl.Date,
    "bool": lambda pl: pl.Boolean,
    "texts": lambda pl: pl.List(pl.String),
    "codes": lambda pl: pl.List(pl.String),
}
