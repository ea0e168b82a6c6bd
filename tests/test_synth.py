"""danvan.synth: seeded synthetic datasets, with reports whose figures check and add up."""

import pytest

from danvan import check, summarize, synth
from danvan.exceptions import InvalidValueError


def test_reports_whose_parts_add_up() -> None:
    ds = synth.dataset(models=20, reports=30, seed=4)
    assert len(ds.reports) == 30
    assert synth.dataset(models=20, reports=30, seed=4) == ds
    for report in ds.reports:
        figures = {f.id: f for f in report.figures}
        total = figures["registered"].value.value
        by_level = [f.value.value for f in report.figures if f.part_of and f.dims.level]
        by_field = [f.value.value for f in report.figures if f.part_of and f.dims.fields]
        assert sum(by_level) == sum(by_field) == total
    slots = {(r.units, r.figures[0].period) for r in ds.reports}
    assert len(slots) == 30  # one report per district and year


def test_they_check_without_errors_and_summarise() -> None:
    ds = synth.dataset(models=20, reports=30, seed=4)
    assert [f for f in check(ds) if f.severity.value == "error"] == []
    assert summarize(ds).to_text().startswith("Tổng hợp 30 báo cáo, 20 hồ sơ mô hình")


def test_more_reports_than_districts_and_years_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="at most 60 on this map"):
        synth.dataset(models=0, reports=61)
