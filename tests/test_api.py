"""The public surface: what `import danvan` offers, pinned."""

from pathlib import Path

import danvan
import danvan.exceptions


def test_all_is_pinned() -> None:
    """Nothing leaks into or vanishes from the public API unnoticed."""
    assert sorted(danvan.__all__) == [
        "AcrossTime",
        "AcrossUnits",
        "AdminLevel",
        "Appraised",
        "Award",
        "AwardForm",
        "Built",
        "ChangeKind",
        "Count",
        "CountingRule",
        "Coverage",
        "DEFAULT_EXTRACTORS",
        "DanvanError",
        "Dataset",
        "DateMention",
        "Difference",
        "Dims",
        "Directive",
        "DirectiveStatus",
        "DocumentSymbol",
        "DocumentSystem",
        "DocumentType",
        "Extractor",
        "Field",
        "Figure",
        "FigureLine",
        "FigureStatus",
        "Finding",
        "Hierarchy",
        "HolderKind",
        "Honoured",
        "Mark",
        "Measure",
        "Model",
        "ModelEvent",
        "ModelKind",
        "ModelStatus",
        "Movement",
        "Percent",
        "Period",
        "PeriodMention",
        "Phase",
        "Proposed",
        "Qualifier",
        "Recipient",
        "Recognised",
        "RecognitionLevel",
        "Reconciliation",
        "Reference",
        "ReferenceKind",
        "Registered",
        "Replicated",
        "Report",
        "ReportSummary",
        "Resolution",
        "Review",
        "ReviewKind",
        "Rule",
        "Severity",
        "Share",
        "Source",
        "Stopped",
        "Summary",
        "Supported",
        "Table",
        "Unit",
        "UnitChange",
        "UnitKind",
        "UnitOfMeasure",
        "Verdict",
        "__version__",
        "annotate",
        "check",
        "compare",
        "count_models",
        "coverage",
        "crosswalk",
        "dump",
        "dumps",
        "field_balance",
        "find_dates",
        "find_periods",
        "find_references",
        "fold",
        "json_schema",
        "load",
        "load_example",
        "loads",
        "parse_count",
        "parse_date",
        "parse_number",
        "reconcile",
        "resolve",
        "rollup",
        "shares",
        "slugify",
        "summarize",
        "usual_bodies",
    ]


def test_every_name_exists() -> None:
    """Every name in __all__ is importable."""
    for name in danvan.__all__:
        assert getattr(danvan, name) is not None


def test_errors_are_value_errors() -> None:
    """Every value error is both a DanvanError and a ValueError."""
    for name in danvan.exceptions.__all__:
        error = getattr(danvan.exceptions, name)
        assert issubclass(error, danvan.DanvanError)
        if error is not danvan.DanvanError:
            assert issubclass(error, ValueError)


def test_version() -> None:
    """The version comes from the installed metadata."""
    assert danvan.__version__[0].isdigit()


def test_error_tree_on_docs_page_matches_module() -> None:
    """The tree drawn on the errors page is the one in the exceptions module docstring."""
    doc = danvan.exceptions.__doc__ or ""
    page = (Path(__file__).parent.parent / "docs" / "errors.md").read_text(encoding="utf-8")
    tree = doc.split("```text\n")[1].split("```")[0]
    assert tree in page
    for name in danvan.exceptions.__all__:
        assert name in tree
