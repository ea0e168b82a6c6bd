"""The notebook under docs/ runs from top to bottom, and every display in it is short."""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parent.parent / "docs" / "notebooks" / "so-ket.ipynb"


def test_the_repository_keeps_it_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel that runs this interpreter, whatever other Python kernels are installed."""
    spec = tmp_path / "jupyter" / "kernels" / "danvan-test"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "danvan tests", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return "danvan-test"


def test_it_runs_and_every_display_is_short(kernel: str, tmp_path: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=600,  # per cell, generous for a busy machine; no cell is timed
        startup_timeout=300,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    for output in outputs:
        data = output.get("data", {})
        assert len(data.get("text/plain", "")) < 4000
        if "text/html" in data:
            ET.fromstring(data["text/html"])  # noqa: S314 - our own output, well-formed
    charts = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(charts) == 2  # the stacked chart and the ranking
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Bộ dữ liệu: 29 đơn vị, 5 báo cáo" in html  # the bundled reports
    assert "Summary of 5 reports" in html  # the English display
    assert "<th>hạng</th>" in html  # the ranking
