"""Every public function, method and class says what it takes, returns and raises."""

import enum
import inspect
from collections.abc import Iterator
from types import ModuleType

import attrs
import pytest

import danvan
import danvan.serialization
import danvan.synth
import danvan.testing
import danvan.vn

MODULES: tuple[ModuleType, ...] = (
    danvan,
    danvan.serialization,
    danvan.synth,
    danvan.vn,
    danvan.testing,
)


def _public() -> Iterator[tuple[str, object]]:
    for module in MODULES:
        names = getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")])
        for name in names:
            value = getattr(module, name)
            if isinstance(value, ModuleType) or not callable(value):
                continue
            if getattr(value, "__module__", "").split(".")[0] != "danvan":
                continue
            yield f"{module.__name__}.{name}", value
            if isinstance(value, type):
                for attribute in vars(value):
                    member = getattr(value, attribute, None)
                    if attribute.startswith("_") or not callable(member):
                        continue
                    if inspect.isfunction(member) or inspect.ismethod(member):
                        yield f"{module.__name__}.{name}.{attribute}", member


PUBLIC = dict(_public())


def _missing(value: object) -> list[str]:
    doc = inspect.getdoc(value) or ""
    if not doc:
        return ["a docstring"]
    if isinstance(value, type):
        if issubclass(value, enum.Enum) or not attrs.has(value):
            return []
        inherited = {
            a.name for base in value.__mro__[1:] if attrs.has(base) for a in attrs.fields(base)
        }
        own = [a for a in attrs.fields(value) if a.init and a.name not in inherited]
        return ["Attributes:"] if own and "Attributes:" not in (value.__doc__ or "") else []
    try:
        signature = inspect.signature(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []
    missing = []
    if [p for p in signature.parameters.values() if p.name not in ("self", "cls")]:
        missing += [] if "Args:" in doc else ["Args:"]
    returns = signature.return_annotation
    # A strategy's summary line says what it draws; "Returns: a strategy" would repeat it.
    strategy = getattr(value, "__module__", "").startswith("danvan.testing")
    if returns not in (None, "None", inspect.Signature.empty) and not strategy:
        missing += [] if ("Returns:" in doc or "Yields:" in doc) else ["Returns:"]
    return missing


def test_inventory() -> None:
    """The inventory is taken from the modules: every exported callable is in it."""
    assert "danvan.check" in PUBLIC
    assert "danvan.Hierarchy.successors" in PUBLIC
    assert "danvan.serialization.figures_to_csv" in PUBLIC
    assert len(PUBLIC) > 150


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_sections(name: str) -> None:
    """Google-style sections for what the callable takes and returns."""
    assert _missing(PUBLIC[name]) == []
