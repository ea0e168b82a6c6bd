"""The house: modules a reader can hold in mind, imported one way, layer by layer."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "danvan"

#: The layers of DESIGN.md, lowest first. A module may import its own layer and those
#: below it, never one above. Every module of the package must be placed here.
LAYERS: dict[str, tuple[str, ...]] = {
    "foundations": (
        "_messages",
        "exceptions",
        "_bulk",
        "_extras",
        "_lang",
        "_text",
        "_files",
        "_html",
        "_validators",
        "_arguments",
    ),
    "vocabulary": ("_terms", "_vocabulary", "_occasions"),
    "text primitives": (
        "_qualifiers",
        "_numbers",
        "_counts",
        "_dates",
        "_period_grammar",
        "_periods",
        "_documents",
    ),
    "entities": (
        "_units",
        "_unit_names",
        "_tree_checks",
        "_successions",
        "_hierarchy",
        "_bodies",
        "_measures",
        "_quantities",
        "_models",
        "_directives",
        "_programmes",
        "_sources",
        "_awards",
        "_figures",
        "_reports",
        "_rules",
        "_builtin_rules",
        "_dataset_refs",
        "_dataset",
    ),
    "rules": (
        "_flat",
        "_arrow",
        "_flat_figures",
        "_flat_models",
        "_flat_records",
        "_charts",
        "_table_cells",
        "_tables",
        "_model_table",
        "_counting",
        "_rollup",
        "_shares",
        "_ranking",
        "_breakdowns",
        "_coverage_rules",
        "_nested_awards",
        "_period_sums",
        "_special_rules",
        "_checks",
        "_reconcile",
        "_report_summary",
        "_model_summary",
        "_summary_words",
        "_summary_awards",
        "_summary_render",
        "_summary_excel",
        "_summary_text",
        "_summary",
    ),
    "extraction": ("_extract",),
    "edges": (
        "serialization",
        "_store",
        "_parquet",
        "_examples",
        "synth",
        "vn",
        "testing",
        "_cli",
        "__main__",
        "",  # the package itself: danvan/__init__.py
    ),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """Every danvan module ``name`` imports, at the top, inside functions or for typing."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1]])
                base = f"{base}.{node.module}" if node.module else base
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else ""
    for index, members in enumerate(LAYERS.values()):
        if top in members:
            return index
    raise AssertionError(f"{module} is in no layer: place it in LAYERS")


def test_every_module_has_a_layer() -> None:
    """A new module is placed in a layer deliberately."""
    for module in MODULES:
        _layer(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_down(module: str) -> None:
    """A module imports only its own layer and the layers below it."""
    upward = sorted(m for m in GRAPH[module] if _layer(m) > _layer(module))
    assert upward == [], f"{module} imports from a higher layer"


def test_no_import_cycle() -> None:
    """No module imports itself back, directly or through others, even inside a function."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycle = [*stack[stack.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module: str) -> None:
    """No module grows past 400 lines: a concept that grows becomes a subpackage."""
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


def test_design_page_lists_the_layers() -> None:
    """docs/design.md names every module of every layer, as the test above places them."""
    page = (SRC.parent.parent / "docs" / "design.md").read_text(encoding="utf-8")
    for layer, members in LAYERS.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| {layer} |"))
        for member in members:
            if member:
                assert f"`{member}`" in row, f"{member} missing from the {layer} row"
