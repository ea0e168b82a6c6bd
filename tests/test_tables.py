"""Table: rows, CSV, pandas, polars, HTML, text and charts."""

import builtins
from pathlib import Path
from typing import Any

import pytest

from danvan import CountingRule, DanvanError, Table, count_models, load_example, synth
from tests.test_counting import hong_linh


@pytest.fixture
def table() -> Table:
    hierarchy, models = hong_linh()
    return count_models(models, hierarchy=hierarchy, by=("field",), rule=CountingRule.REGISTRATIONS)


class TestTable:
    def test_rows(self, table: Table) -> None:
        """One row per cell, with the dimensions that are used."""
        rows = table.to_rows()
        assert [r["field"] for r in rows] == [
            "economy",
            "culture_society",
            "defence_security",
            "political_system",
        ]
        assert [r["value"] for r in rows] == [19, 67, 12, 14]
        assert "level" not in rows[0]
        assert len(table) == 4
        assert [f.value.value for f in table] == [19, 67, 12, 14]

    def test_pandas(self, table: Table) -> None:
        """to_pandas gives the flat figures table: one row per figure, codes as written."""
        frame = table.to_pandas()
        assert [list(f) for f in frame["fields"]] == [
            ["economy"],
            ["culture_society"],
            ["defence_security"],
            ["political_system"],
        ]
        assert frame["value"].sum() == 112
        assert list(frame.columns[:4]) == ["report", "id", "part_of", "subset_of"]

    def test_polars(self, table: Table) -> None:
        """to_polars gives the same rows, with typed columns."""
        frame = table.to_polars()
        assert frame["value"].sum() == 112
        assert str(frame.schema["period_start"]) == "Date"

    def test_frames_keep_the_breakdown_links(self) -> None:
        """A total and its parts stay told apart: summing the totals only is one filter."""
        example = load_example()
        report = example.report("seed-004")
        table = Table(report.figures, reports=[report.id] * len(report.figures))
        frame = table.to_pandas()
        totals = frame[frame["part_of"].isna() & (frame["measure"] == "registered")]
        assert list(totals["value"]) == [112]
        assert set(frame["report"]) == {"seed-004"}
        assert "registered" in set(frame[frame["part_of"] == "registered"]["part_of"])

    def test_reports_must_match_the_figures(self, table: Table) -> None:
        with pytest.raises(DanvanError, match="give the report of each of the 4 figures"):
            Table(table.figures, reports=["a"])

    def test_plot_writes_png(self, table: Table, tmp_path: Path) -> None:
        """plot() draws a bar chart and saves it as PNG."""
        import matplotlib

        matplotlib.use("Agg")
        path = tmp_path / "fields.png"
        ax = table.plot("field", lang="vi", path=path)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert next(t.get_text() for t in ax.get_xticklabels()) == "kinh tế"
        what, rule = ax.get_title().split("\n")
        assert what == "đăng ký xây dựng — mô hình, điển hình — vn/ha-tinh"  # measure, unit, scope
        assert rule == "mỗi lượt đăng ký"  # the rule in words, in the chart's language
        assert "registrations" not in ax.get_title()  # never its code
        ax = table.plot("field", lang="en")
        assert [t.get_text() for t in ax.get_xticklabels()][1] == "culture and\nsociety"
        assert ax.get_title().endswith("\nevery registration")
        import matplotlib.pyplot as plt

        plt.close("all")

    def test_stacked_plot_by_field_and_level(self, tmp_path: Path) -> None:
        """Each field's bar is split by level; proposals are their own part, never merged."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        from danvan import Hierarchy, count_models
        from tests.seeds import son_la_units
        from tests.test_counting import son_la_models

        table = count_models(son_la_models(), Hierarchy(son_la_units()), by=("field", "level"))
        ax = table.plot("field", stack="level", path=tmp_path / "stacked.png")
        assert (tmp_path / "stacked.png").read_bytes()[:4] == b"\x89PNG"
        legend = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]
        assert legend == ["cấp cơ sở", "cấp huyện", "cấp tỉnh, đã đề nghị cấp trên công nhận"]
        fields = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
        parts: dict[tuple[str, str], float] = {}
        for series, container in zip(legend, ax.containers[: len(legend)], strict=True):
            for field, bar in zip(fields, container, strict=True):
                parts[field, series] = bar.get_height()
        expected: dict[tuple[str, str], int] = {}
        for f in table:
            level = f.dims.level.label("vi")  # type: ignore[union-attr]
            if f.dims.status is not None:
                level += ", " + f.dims.status.label("vi")
            key = (f.dims.fields[0].label("vi"), level)
            expected[key] = expected.get(key, 0) + f.value.value  # type: ignore[union-attr]
        assert {k: v for k, v in parts.items() if v} == expected
        assert sum(parts.values()) == 130  # every model once, proposals included apart
        plt.close("all")

    def test_plot_refuses_a_bad_stack(self, table: Table) -> None:
        with pytest.raises(DanvanError, match="plot by one of"):
            table.plot("field", stack="colour")
        with pytest.raises(DanvanError, match="other than the bars'"):
            table.plot("field", stack="field")

    def test_plot_keeps_proposed_apart(self) -> None:
        """District 1 recognised and 1 proposed are two bars, never one bar of 2."""
        import matplotlib

        matplotlib.use("Agg")
        from danvan import Hierarchy, count_models
        from tests.seeds import son_la_units
        from tests.test_counting import son_la_models

        table = count_models(son_la_models(), Hierarchy(son_la_units()), by=("level",))
        ax = table.plot("level", lang="vi")
        bars = {
            t.get_text().replace("\n", " "): p.get_height()
            for t, p in zip(ax.get_xticklabels(), ax.patches, strict=True)
        }
        assert bars == {
            "cấp cơ sở": 104,
            "cấp huyện": 23,
            "cấp tỉnh, đã đề nghị cấp trên công nhận": 3,
        }
        import matplotlib.pyplot as plt

        plt.close("all")

    def test_plot_unknown_dimension(self, table: Table) -> None:
        """Plotting by an unknown dimension names it."""
        with pytest.raises(DanvanError, match="colour"):
            table.plot("colour")

    def test_html_and_text(self, table: Table) -> None:
        """Notebooks get an HTML table; print() a readable one."""
        page = table._repr_html_()
        assert page.startswith("<table><caption>every registration (registrations)</caption>")
        assert "<td>culture_society</td>" in page
        text = str(table)
        assert text.splitlines()[0] == "every registration (registrations)"
        assert "culture_society" in text

    def test_csv(self, table: Table, tmp_path: Path) -> None:
        """to_csv writes the rows; bom=True for Excel."""
        path = tmp_path / "t.csv"
        text = table.to_csv(path, bom=True)
        assert text.startswith("\ufeffmovement,unit,field,measure,value")
        assert path.read_bytes().decode("utf-8") == text

    def test_missing_extra(self, table: Table, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, a clear error names the extra to install."""
        real_import = builtins.__import__

        def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
            if name == "pandas":
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
        monkeypatch.setattr(builtins, "__import__", no_pandas)
        with pytest.raises(
            DanvanError, match=r'pip install -e "\.\[pandas\]" \(run in a clone of danvan\)'
        ):
            table.to_pandas()

    def test_empty_table(self) -> None:
        """An empty table still has columns and text."""
        empty = count_models(synth.dataset(models=0).models, hierarchy=synth.hierarchy(), by=())
        assert len(empty) == 0
        assert empty.to_rows() == []
        assert "distinct_highest" in str(empty)
