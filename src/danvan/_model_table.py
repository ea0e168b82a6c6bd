"""Model records as one flat table, for Arrow, Parquet, pandas, polars and DuckDB."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from danvan._arrow import arrow_chunks, arrow_columns
from danvan._extras import optional
from danvan._flat import plain, provinces
from danvan._flat_models import MODEL_TABLE, model_columns, models_from_columns
from danvan._hierarchy import Hierarchy
from danvan._models import Model
from danvan.exceptions import InvalidValueError

__all__ = ["ModelTable"]


class ModelTable:
    """Model records as the flat models table: one row per model, its events nested.

    ``pyarrow.table(t)``, ``polars.DataFrame(t)`` and DuckDB read it through the Arrow
    C stream interface; :meth:`from_arrow` reads the same models back.

    Args:
        models: The models.
        hierarchy: The units, to give each model's province.

    Examples:
        >>> from danvan import ModelTable
        >>> from danvan.synth import dataset
        >>> ds = dataset(models=50, seed=2)
        >>> table = ModelTable(ds.models, ds.hierarchy)
        >>> len(table), table.columns[:3]
        (50, ('id', 'title', 'kind'))
    """

    def __init__(self, models: Iterable[Model], hierarchy: Hierarchy | None = None) -> None:
        self.models = tuple(models)
        self.hierarchy = hierarchy
        if not all(isinstance(m, Model) for m in self.models):
            raise InvalidValueError(models, "a ModelTable holds Model values")

    def __repr__(self) -> str:
        return f"ModelTable({len(self.models)} models)"

    def __len__(self) -> int:
        return len(self.models)

    def __iter__(self) -> Iterator[Model]:
        return iter(self.models)

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(c.name for c in MODEL_TABLE)

    def to_arrow(self) -> Any:
        """The models as a ``pyarrow.Table`` (needs the ``arrow`` extra).

        Returns:
            The table, its codes dictionary-encoded, its events a list of structs.

        Raises:
            DanvanError: pyarrow is not installed.
        """
        models, province = self.models, provinces(self.hierarchy)
        return arrow_chunks(
            MODEL_TABLE, len(models), lambda rows: model_columns(models[rows], province)
        )

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        """The Arrow C stream interface, so engines read the table with no adapter.

        Args:
            requested_schema: A schema capsule the reader asks for, if any.

        Returns:
            A PyCapsule holding the stream of :meth:`to_arrow`.
        """
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def to_pandas(self) -> Any:
        """The models as a pandas DataFrame (needs the ``pandas`` extra).

        Returns:
            A ``pandas.DataFrame``, one row per model, its events as lists of dicts.

        Raises:
            DanvanError: pandas is not installed.
        """
        pandas = optional("pandas", "pandas")
        return pandas.DataFrame(plain(model_columns(self.models, provinces(self.hierarchy))))

    def to_polars(self) -> Any:
        """The models as a polars DataFrame (needs the ``polars`` and ``arrow`` extras).

        Returns:
            A ``polars.DataFrame``, read from :meth:`to_arrow`.

        Raises:
            DanvanError: polars or pyarrow is not installed.
        """
        polars = optional("polars", "polars")
        return polars.from_arrow(self.to_arrow())

    @classmethod
    def from_arrow(cls, source: Any) -> ModelTable:
        """The models a table of the flat models schema holds, as they were written.

        Args:
            source: A ``pyarrow.Table``, anything with ``__arrow_c_stream__`` (a polars
                frame, a DuckDB result), or the path of a Parquet file.

        Returns:
            The models, equal to those written.

        Raises:
            StructureError: A column of the schema is missing.
            InvalidValueError: A value no model may have.
            DanvanError: pyarrow is not installed.
        """
        columns = arrow_columns(source, MODEL_TABLE, "models")
        return cls(models_from_columns(columns))
