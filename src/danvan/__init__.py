"""danvan: typed models, parsers and aggregation rules for the "Dân vận khéo" movement.

Everything a user needs is importable from here; see ``__all__``.
"""

from importlib.metadata import PackageNotFoundError, version

from danvan._counts import Count, parse_count
from danvan._dates import parse_date
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._numbers import Percent, parse_number
from danvan._text import fold, slugify
from danvan._vocabulary import (
    AdminLevel,
    AwardForm,
    Field,
    HolderKind,
    ModelKind,
    Qualifier,
    RecognitionLevel,
    ReviewKind,
    UnitKind,
)
from danvan.exceptions import DanvanError

try:
    __version__ = version("danvan")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    # vocabularies
    "AdminLevel",
    "AwardForm",
    "DocumentSystem",
    "DocumentType",
    "Field",
    "HolderKind",
    "ModelKind",
    "Qualifier",
    "RecognitionLevel",
    "ReviewKind",
    "UnitKind",
    # text primitives
    "Count",
    "DocumentSymbol",
    "Percent",
    "fold",
    "parse_count",
    "parse_date",
    "parse_number",
    "slugify",
    # errors
    "DanvanError",
    # metadata
    "__version__",
]
