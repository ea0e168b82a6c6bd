"""danvan: typed models, parsers and aggregation rules for the "Dân vận khéo" movement.

Everything a user needs is importable from here; see ``__all__``.
"""

from importlib.metadata import PackageNotFoundError, version

from danvan._awards import Award, Recipient
from danvan._counts import Count, parse_count
from danvan._dataset import Dataset
from danvan._dates import parse_date
from danvan._directives import Directive, DirectiveStatus, Movement, Phase, Review
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._figures import Dims, Figure, FigureStatus, Report, Source
from danvan._hierarchy import Hierarchy
from danvan._measures import AcrossTime, AcrossUnits, Measure, UnitOfMeasure
from danvan._models import (
    Appraised,
    Built,
    Honoured,
    Model,
    ModelEvent,
    ModelStatus,
    Proposed,
    Recognised,
    Registered,
    Replicated,
    Stopped,
    Supported,
)
from danvan._numbers import Percent, parse_number
from danvan._periods import Period
from danvan._text import fold, slugify
from danvan._units import ChangeKind, Unit, UnitChange
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
    "AcrossTime",
    "AcrossUnits",
    "AdminLevel",
    "AwardForm",
    "ChangeKind",
    "DirectiveStatus",
    "DocumentSystem",
    "DocumentType",
    "Field",
    "FigureStatus",
    "HolderKind",
    "ModelKind",
    "ModelStatus",
    "Qualifier",
    "RecognitionLevel",
    "ReviewKind",
    "UnitKind",
    "UnitOfMeasure",
    # text primitives
    "Count",
    "DocumentSymbol",
    "Percent",
    "fold",
    "parse_count",
    "parse_date",
    "parse_number",
    "slugify",
    # units and their dated tree
    "Hierarchy",
    "Unit",
    "UnitChange",
    # documents, programmes, time
    "Directive",
    "Movement",
    "Period",
    "Phase",
    "Review",
    # models and their events
    "Appraised",
    "Built",
    "Honoured",
    "Model",
    "ModelEvent",
    "Proposed",
    "Recognised",
    "Registered",
    "Replicated",
    "Stopped",
    "Supported",
    # awards
    "Award",
    "Recipient",
    # figures, reports, the bundle
    "Dataset",
    "Dims",
    "Figure",
    "Measure",
    "Report",
    "Source",
    # errors
    "DanvanError",
    # metadata
    "__version__",
]
