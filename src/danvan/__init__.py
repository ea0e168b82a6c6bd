"""danvan: typed models, parsers and aggregation rules for the "Dân vận khéo" movement.

Everything a user needs is importable from here; see ``__all__``.
"""

import importlib as _importlib
import typing as _typing

from danvan._awards import Award, AwardStatus, Recipient
from danvan._bodies import usual_bodies
from danvan._breakdowns import field_balance
from danvan._checks import check
from danvan._counting import count_models
from danvan._counts import Count, parse_count
from danvan._dataset import Dataset
from danvan._dates import PartialDate, parse_date
from danvan._directives import Directive, DirectiveStatus
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._extract import (
    DEFAULT_EXTRACTORS,
    DateMention,
    Draft,
    Extractor,
    FigureMention,
    PeriodMention,
    Reference,
    ReferenceKind,
    Resolution,
    annotate,
    draft_report,
    find_dates,
    find_figures,
    find_periods,
    find_references,
    resolve,
)
from danvan._figures import Change, Completeness, Dims, Figure, FigureStatus
from danvan._hierarchy import Hierarchy
from danvan._measures import (
    AcrossTime,
    AcrossUnits,
    Measure,
    Per,
    UnitOfMeasure,
    UnitOfMeasureDefinition,
)
from danvan._model_table import ModelTable
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
from danvan._numbers import Amount, Percent, parse_number
from danvan._occasions import AwardForm, ReviewKind
from danvan._periods import Period
from danvan._programmes import Movement, Phase, Review, Role
from danvan._quantities import Quantity, parse_quantity
from danvan._ranking import RankedUnit, Ranking, rank_units
from danvan._reconcile import Reconciliation, reconcile
from danvan._reports import Report
from danvan._rollup import crosswalk, merge_movements, rollup
from danvan._rules import Finding, Findings, Rule, Severity, Verdict
from danvan._shares import Coverage, Difference, Share, compare, coverage, shares
from danvan._sources import Source
from danvan._summary import (
    AreaCoverage,
    FigureLine,
    Mark,
    ModelRecords,
    PartsSum,
    ReportSummary,
    Summary,
    summarize,
)
from danvan._tables import Table
from danvan._text import fold, slugify
from danvan._units import ChangeKind, Unit, UnitChange
from danvan._vocabulary import (
    AdminLevel,
    CountingRule,
    Field,
    HolderKind,
    ModelKind,
    Qualifier,
    RecognitionLevel,
    UnitKind,
    parse_fields,
)
from danvan.exceptions import DanvanError

if _typing.TYPE_CHECKING:
    from danvan._examples import load_example
    from danvan._parquet import write_parquet
    from danvan._store import Store, StoreChange, StoredReport
    from danvan.serialization import dump, dumps, load, loads
    from danvan.serialization._schema import json_schema

    __version__: str

# Loaded on first use so that `import danvan` stays fast: serialization builds its
# converters, and package metadata pulls in half the standard library.
_LAZY = {
    "dump": "danvan.serialization",
    "dumps": "danvan.serialization",
    "load": "danvan.serialization",
    "loads": "danvan.serialization",
    "json_schema": "danvan.serialization._schema",
    "load_example": "danvan._examples",
    "Store": "danvan._store",
    "StoreChange": "danvan._store",
    "StoredReport": "danvan._store",
    "write_parquet": "danvan._parquet",
}


def __getattr__(name: str) -> object:
    if name == "__version__":
        metadata = _importlib.import_module("importlib.metadata")
        try:
            return metadata.version("danvan")
        except metadata.PackageNotFoundError:  # pragma: no cover - from a source tree
            return "0+unknown"
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'danvan' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The lazy names are public before their first use; the public submodule
    # ``exceptions`` is always loaded.
    return sorted({*__all__, "exceptions"})


__all__ = [
    # vocabularies
    "AcrossTime",
    "AcrossUnits",
    "AdminLevel",
    "AwardForm",
    "AwardStatus",
    "Change",
    "ChangeKind",
    "Completeness",
    "CountingRule",
    "DirectiveStatus",
    "DocumentSystem",
    "DocumentType",
    "Field",
    "FigureStatus",
    "HolderKind",
    "ModelKind",
    "ModelStatus",
    "Per",
    "Qualifier",
    "RecognitionLevel",
    "ReviewKind",
    "Severity",
    "UnitKind",
    "UnitOfMeasure",
    "Verdict",
    # text primitives
    "Count",
    "DocumentSymbol",
    "Percent",
    "Amount",
    "Quantity",
    "fold",
    "parse_count",
    "parse_date",
    "parse_fields",
    "parse_number",
    "parse_quantity",
    "slugify",
    # units and their dated tree
    "Hierarchy",
    "Unit",
    "UnitChange",
    "usual_bodies",
    # documents, programmes, time
    "Directive",
    "Movement",
    "PartialDate",
    "Period",
    "Phase",
    "Review",
    "Role",
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
    "UnitOfMeasureDefinition",
    # many reports over many years, and the bridge to engines
    "ModelTable",
    "Store",
    "StoreChange",
    "StoredReport",
    "write_parquet",
    # aggregation
    "Coverage",
    "Difference",
    "RankedUnit",
    "Ranking",
    "Share",
    "Table",
    "compare",
    "count_models",
    "coverage",
    "crosswalk",
    "merge_movements",
    "rank_units",
    "rollup",
    "shares",
    # checks
    "Finding",
    "Findings",
    "Reconciliation",
    "Rule",
    "check",
    "field_balance",
    "reconcile",
    # references, periods, dates and figures in text
    "DEFAULT_EXTRACTORS",
    "DateMention",
    "Draft",
    "Extractor",
    "FigureMention",
    "PeriodMention",
    "Reference",
    "ReferenceKind",
    "Resolution",
    "annotate",
    "draft_report",
    "find_dates",
    "find_figures",
    "find_periods",
    "find_references",
    "resolve",
    # summaries and the bundled example
    "AreaCoverage",
    "FigureLine",
    "ModelRecords",
    "PartsSum",
    "Mark",
    "ReportSummary",
    "Summary",
    "load_example",
    "summarize",
    # serialization
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    # errors
    "DanvanError",
    # metadata
    "__version__",
]
