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
        "Amount",
        "Appraised",
        "AreaCoverage",
        "Award",
        "AwardForm",
        "AwardStatus",
        "Built",
        "Change",
        "ChangeKind",
        "Completeness",
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
        "Draft",
        "Extractor",
        "Field",
        "Figure",
        "FigureLine",
        "FigureMention",
        "FigureStatus",
        "Finding",
        "Findings",
        "Hierarchy",
        "HolderKind",
        "Honoured",
        "Mark",
        "Measure",
        "Model",
        "ModelEvent",
        "ModelKind",
        "ModelRecords",
        "ModelStatus",
        "ModelTable",
        "Movement",
        "PartialDate",
        "PartsSum",
        "Per",
        "Percent",
        "Period",
        "PeriodMention",
        "Phase",
        "Proposed",
        "Qualifier",
        "Quantity",
        "RankedUnit",
        "Ranking",
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
        "Role",
        "Rule",
        "Severity",
        "Share",
        "Source",
        "Stopped",
        "Store",
        "StoreChange",
        "StoredReport",
        "Summary",
        "Supported",
        "Table",
        "Unit",
        "UnitChange",
        "UnitKind",
        "UnitOfMeasure",
        "UnitOfMeasureDefinition",
        "Verdict",
        "__version__",
        "annotate",
        "check",
        "compare",
        "count_models",
        "coverage",
        "crosswalk",
        "draft_report",
        "dump",
        "dumps",
        "field_balance",
        "find_dates",
        "find_figures",
        "find_periods",
        "find_references",
        "fold",
        "json_schema",
        "load",
        "load_example",
        "loads",
        "merge_movements",
        "parse_count",
        "parse_date",
        "parse_fields",
        "parse_number",
        "parse_quantity",
        "rank_units",
        "reconcile",
        "resolve",
        "rollup",
        "shares",
        "slugify",
        "summarize",
        "usual_bodies",
        "write_parquet",
    ]


def test_every_name_exists() -> None:
    """Every name in __all__ is importable."""
    for name in danvan.__all__:
        assert getattr(danvan, name) is not None


def test_errors_are_value_errors() -> None:
    """Every error is a DanvanError; every one about a value a ValueError, a file an OSError."""
    for name in danvan.exceptions.__all__:
        error = getattr(danvan.exceptions, name)
        assert issubclass(error, danvan.DanvanError)
        if error in (danvan.exceptions.FileWriteError, danvan.exceptions.StoreError):
            assert issubclass(error, OSError)
        elif error is not danvan.DanvanError:
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


def _public_values() -> dict[str, object]:
    import types

    return {
        name: value
        for name, value in vars(danvan).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def test_nothing_leaks() -> None:
    """Every public name of the module is in __all__: no helper import leaks."""
    assert set(_public_values()) <= set(danvan.__all__)


def test_dir_lists_the_lazy_names() -> None:
    """dir(danvan) shows the whole API, names loaded on first use included."""
    listed = set(dir(danvan))
    assert set(danvan.__all__) <= listed
    assert "dumps" in listed
    assert not {name for name in listed if not name.startswith("_")} - {
        *danvan.__all__,
        "exceptions",
    }


def _returned_types(function: object) -> set[type]:
    """The danvan classes a public function or method says it returns."""
    import typing

    try:
        hints = typing.get_type_hints(function)
    except (NameError, TypeError):
        return set()
    found: set[type] = set()
    stack = [hints.get("return")]
    while stack:
        hint = stack.pop()
        if isinstance(hint, type) and hint.__module__.startswith("danvan"):
            found.add(hint)
        stack.extend(typing.get_args(hint))
    return found


def test_returned_types_are_read() -> None:
    """The inventory below reads return annotations, unions and containers included."""
    assert _returned_types(danvan.compare) == {danvan.Difference}
    assert danvan.Reconciliation in _returned_types(danvan.reconcile)


def test_every_returned_type_is_exported() -> None:
    """What a public function or method returns can be named by importing it from danvan."""
    exported = {v for v in _public_values().values() if isinstance(v, type)}
    exported |= {getattr(danvan, n) for n in ("Count", "Table")}
    missing = {}
    for name in danvan.__all__:
        value = getattr(danvan, name)
        functions = [value] if callable(value) and not isinstance(value, type) else []
        if isinstance(value, type):
            functions += [
                member
                for attribute, member in vars(value).items()
                if not attribute.startswith("_") and callable(member)
            ]
        for function in functions:
            for returned in _returned_types(function) - exported:
                missing[f"{name}: {getattr(function, '__name__', function)}"] = returned
    assert missing == {}


def test_reference_lists_every_public_name() -> None:
    """Each public name has its entry in the API reference pages."""
    import re

    pages = (Path(__file__).parent.parent / "docs" / "reference").glob("*.md")
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages)
    documented = set(re.findall(r"::: danvan\.(\w+)", text))
    documented |= set(re.findall(r"^\s+- (\w+)$", text, re.M))  # members of a module entry
    if "::: danvan.exceptions" in text:  # the errors page documents the whole module
        documented |= set(danvan.exceptions.__all__)
    missing = [n for n in danvan.__all__ if not n.startswith("_") and n not in documented]
    assert missing == [], f"not in docs/reference: {missing}"
