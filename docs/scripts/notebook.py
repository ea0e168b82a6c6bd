"""The figures of a sơ kết (mid-term review) as a notebook computes them.

Run it to regenerate the chart on the how-to page:
``python docs/scripts/notebook.py docs/images``.
"""

import json
import sys
from pathlib import Path

from danvan import AdminLevel, Period, check, count_models, coverage, shares
from danvan.synth import ROOT, dataset


def main(out: Path) -> dict[str, object]:
    """Compute the mid-term figures of a synthetic province and draw the field chart."""
    ds = dataset(models=3000, seed=2023)  # record-level data: one entry per model
    province = ds.hierarchy.children(ROOT)[0].id
    midterm = Period.parse("2021-2023")

    # 1. Models recognised in the first half of the phase, by field and level
    table = count_models(
        ds.models, hierarchy=ds.hierarchy, by=("field", "level"), period=midterm, scope=province
    )
    # 2. The field shares a report gives as percentages
    by_field = count_models(
        ds.models, hierarchy=ds.hierarchy, by=("field",), period=midterm, scope=province
    )
    field_shares = {s.key: str(s.percent) for s in shares(by_field, "field")}
    # 3. Districts with at least one model ("8/8 huyện, thành phố")
    districts = coverage(ds.models, ds.hierarchy, scope=province, level=AdminLevel.DISTRICT)
    # 4. What the checks say of the dataset
    findings = check(ds)
    # 5. The chart for the report, and what it shows, to tell whether it is current
    ax = by_field.plot("field", lang="vi", path=out / "notebook-fields.png")
    labels = [t.get_text() for t in ax.get_xticklabels()]
    heights = [int(p.get_height()) for p in ax.patches]
    shown = {"title": ax.get_title(), "bars": dict(zip(labels, heights, strict=True))}
    (out / "notebook-fields.json").write_text(
        json.dumps(shown, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {
        "cells": len(table),
        "models": sum(f.value.value for f in by_field),
        "shares": field_shares,
        "coverage": str(districts),
        "findings": len(findings),
    }


if __name__ == "__main__":
    sys.stdout.write(f"{main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path())}\n")
