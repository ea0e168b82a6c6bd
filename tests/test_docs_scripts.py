"""The scripts that draw the docs' images run and draw them."""

import runpy
import sys
from pathlib import Path

DOCS = Path(__file__).parent.parent / "docs"


def test_notebook_script(tmp_path: Path) -> None:
    """The sơ kết script computes consistent figures and writes the chart."""
    sys.path.insert(0, str(DOCS / "scripts"))
    try:
        namespace = runpy.run_path(str(DOCS / "scripts" / "notebook.py"))
    finally:
        sys.path.remove(str(DOCS / "scripts"))
    result = namespace["main"](tmp_path)
    chart = tmp_path / "notebook-fields.png"
    assert chart.read_bytes().startswith(b"\x89PNG")
    shares = [float(v) for v in result["shares"].values()]
    assert abs(sum(shares) - 100) < 0.5
    assert (DOCS / "images" / "notebook-fields.png").is_file()  # committed, shown on the page
    # The committed chart shows what the current code draws: regenerate it with
    # `python docs/scripts/notebook.py docs/images` when this fails.
    drawn = (tmp_path / "notebook-fields.json").read_text(encoding="utf-8")
    assert (DOCS / "images" / "notebook-fields.json").read_text(encoding="utf-8") == drawn
