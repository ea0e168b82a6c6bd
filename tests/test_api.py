"""The public surface: what `import danvan` offers, pinned."""

import danvan
import danvan.exceptions


def test_all_is_pinned() -> None:
    """Nothing leaks into or vanishes from the public API unnoticed."""
    assert sorted(danvan.__all__) == sorted(
        [
            "AdminLevel",
            "AwardForm",
            "Count",
            "DanvanError",
            "DocumentSymbol",
            "DocumentSystem",
            "DocumentType",
            "Field",
            "HolderKind",
            "ModelKind",
            "Percent",
            "Qualifier",
            "RecognitionLevel",
            "ReviewKind",
            "UnitKind",
            "__version__",
            "fold",
            "parse_count",
            "parse_date",
            "parse_number",
            "slugify",
        ]
    )


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
