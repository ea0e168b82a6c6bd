"""CSV tables of figures and models: lossless for what a table holds, strict on reading."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import Model
from danvan import testing as dst
from danvan.exceptions import StructureError
from danvan.serialization import (
    FIGURE_COLUMNS,
    figures_from_csv,
    figures_to_csv,
    models_from_csv,
    models_to_csv,
)
from tests.seeds import ninh_binh, son_la_city


class TestFigures:
    @pytest.mark.parametrize("build", [son_la_city, ninh_binh])
    def test_seed_round_trip(self, build: object) -> None:
        """Every seed figure comes back equal, with its report id."""
        dataset = build()  # type: ignore[operator]
        rows = figures_from_csv(figures_to_csv(dataset))
        expected = [(r.id, f) for r in dataset.reports for f in r.figures]
        assert rows == expected

    def test_one_row_per_figure(self) -> None:
        """The Ninh Bình table has a header and one row per figure, qualifiers readable."""
        text = figures_to_csv(ninh_binh())
        lines = text.splitlines()
        assert lines[0].split(",") == list(FIGURE_COLUMNS)
        assert len(lines) == 1 + 7
        assert "commended,1000,over,,," in text

    @given(dst.datasets())
    def test_generated_round_trip(self, dataset: object) -> None:
        """Figures of generated datasets survive the table."""
        rows = figures_from_csv(figures_to_csv(dataset))  # type: ignore[arg-type]
        assert rows == [(r.id, f) for r in dataset.reports for f in r.figures]  # type: ignore[attr-defined]

    def test_bom(self) -> None:
        """bom=True starts with a byte-order mark, and reading skips it."""
        text = figures_to_csv(ninh_binh(), bom=True)
        assert text.startswith("\ufeffreport,")
        assert len(figures_from_csv(text)) == 7

    def test_bad_cells_are_named(self) -> None:
        """A bad cell names its row and what is wrong."""
        lines = figures_to_csv(ninh_binh()).splitlines()
        lines[2] = lines[2].replace("registered,451", "registered,45l", 1)
        lines[3] = lines[3].replace("models_and_exemplars", "mô hình", 1)
        with pytest.raises(StructureError) as info:
            figures_from_csv("\r\n".join(lines))
        joined = "\n".join(info.value.problems)
        assert "'45l' @ row 3.value" in joined
        assert "'mô hình'" in joined  # a code has no spaces; a label is no code
        assert "(row 4)" in joined

    def test_columns_checked(self) -> None:
        """Unknown and missing columns are refused, not ignored."""
        with pytest.raises(StructureError, match="unknown column 'colour'"):
            figures_from_csv("colour\r\nred\r\n")

    def test_table_of_the_first_format_reads(self) -> None:
        """A table written before the columns added later (restates … of) reads."""
        import csv
        import io

        rows = list(csv.reader(io.StringIO(figures_to_csv(ninh_binh()))))
        later = [
            *("restates", "subset_of", "breakdowns", "as_of", "percent", "of", "occurrences"),
            *("change", "compared_to_start", "compared_to_end", "model", "directive", "amount"),
        ]
        keep = len(FIGURE_COLUMNS) - len(later)
        assert rows[0][keep:] == later
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(row[:keep] for row in rows)
        old = out.getvalue()
        assert figures_from_csv(old) == figures_from_csv(figures_to_csv(ninh_binh()))

    def test_a_percentage_has_its_own_column(self) -> None:
        """'hơn 80% mô hình hoạt động hiệu quả': percent filled, value empty, read back."""
        import attrs

        from danvan import Figure, Source, UnitOfMeasure, parse_number

        dataset = ninh_binh()
        report = dataset.reports[0]
        share = Figure(
            id="hieu-qua",
            measure="in_operation",
            value=parse_number("hơn 80%"),
            unit_of_measure=UnitOfMeasure.MODELS,
            scope=report.figures[0].scope,
            movements=report.figures[0].movements,
            of=report.figures[0].id,
            source=Source(quote="hơn 80% mô hình hoạt động hiệu quả"),
        )
        report = attrs.evolve(report, figures=(*report.figures, share))
        dataset = attrs.evolve(dataset, reports=(report, *dataset.reports[1:]))
        text = figures_to_csv(dataset)
        import csv
        import io

        row = list(csv.DictReader(io.StringIO(text)))[len(report.figures) - 1]
        assert (row["value"], row["percent"], row["qualifier"]) == ("", "80", "over")
        assert row["of"] == report.figures[0].id
        assert (report.id, share) in figures_from_csv(text)

    def test_an_amount_has_its_own_column(self) -> None:
        """'làm mới gần 46,5 km đường': amount filled, value empty, read back."""
        from decimal import Decimal

        import attrs

        from danvan import Amount, Figure, Qualifier, Source, UnitOfMeasure

        dataset = ninh_binh()
        report = dataset.reports[0]
        road = Figure(
            measure="built",
            value=Amount(Decimal("46.5"), Qualifier.NEARLY),
            unit_of_measure=UnitOfMeasure.KM,
            scope=report.figures[0].scope,
            movements=report.figures[0].movements,
            source=Source(quote="các mô hình đã làm mới gần 46,5 km đường giao thông"),
        )
        report = attrs.evolve(report, figures=(*report.figures, road))
        dataset = attrs.evolve(dataset, reports=(report, *dataset.reports[1:]))
        text = figures_to_csv(dataset)
        import csv
        import io

        row = list(csv.DictReader(io.StringIO(text)))[len(report.figures) - 1]
        assert (row["value"], row["amount"], row["qualifier"]) == ("", "46.5", "nearly")
        assert (report.id, road) in figures_from_csv(text)

    def test_ragged_row(self) -> None:
        """A row with more cells than columns is refused."""
        text = figures_to_csv(ninh_binh()).rstrip() + ",extra\r\n"
        with pytest.raises(StructureError, match="more cells than columns"):
            figures_from_csv(text)


class TestModels:
    @given(st.lists(dst.models(), max_size=5))
    def test_round_trip(self, models: list[Model]) -> None:
        """Models, events included, come back equal."""
        assert models_from_csv(models_to_csv(models, bom=True)) == models

    def test_events_cell_must_be_json(self) -> None:
        """A broken events cell is named."""
        text = "id,title,kind,holder,field,unit,movement,phase,events\r\nm,t,,,,u,dvk,,[{\r\n"
        with pytest.raises(StructureError, match=r"not JSON.*row 2\.events"):
            models_from_csv(text)


class TestBadTables:
    """Every broken table is a StructureError naming the row (and cell), nothing else."""

    def test_short_row(self) -> None:
        """A row cut short names its row and what is missing."""
        lines = figures_to_csv(ninh_binh()).splitlines()
        lines[2] = ",".join(lines[2].split(",")[:3])
        with pytest.raises(StructureError, match=r"got '' @ row 3\.value"):
            figures_from_csv("\r\n".join(lines))

    def test_cell_over_the_csv_limit(self) -> None:
        """A cell larger than the csv module reads is refused with its row."""
        lines = figures_to_csv(ninh_binh()).splitlines()
        lines[2] = lines[2].replace("registered,451", "registered," + "4" * 200_000, 1)
        with pytest.raises(StructureError, match=r"not CSV: field larger than field limit"):
            figures_from_csv("\r\n".join(lines))

    def test_deeply_nested_events(self) -> None:
        """An events cell nested a hundred thousand deep names its row and column."""
        text = models_to_csv(son_la_city().models)
        lines = text.splitlines()
        cells = lines[1].split(",")
        deep = '"' + "[" * 100_000 + '"'
        lines[1] = ",".join([*cells[:8], deep])
        with pytest.raises(StructureError, match=r"@ row 2\.events"):
            models_from_csv("\r\n".join(lines))

    def test_not_text(self) -> None:
        """A table that is not text is refused as such."""
        with pytest.raises(StructureError, match="not NoneType"):
            figures_from_csv(None)  # type: ignore[arg-type]
