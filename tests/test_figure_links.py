"""Figures linked to figures as reports link them: restated, among others, broken down in part.

The wordings are of the kind real reports use, with numbers changed:
"đến nay toàn huyện có hơn 310 mô hình … cụ thể 318 mô hình" (one quantity written two
ways); "1.642/1.930 mô hình đăng ký được triển khai hiệu quả" (among, not a cell);
"trong đó có 451 mô hình kinh tế, 878 mô hình văn hóa - xã hội" (a breakdown the report
gives only in part).
"""

from typing import ClassVar

import attrs
import pytest

from danvan import (
    Completeness,
    Count,
    Dataset,
    Dims,
    Field,
    Figure,
    FigureStatus,
    Report,
    Source,
    UnitOfMeasure,
    check,
    dumps,
    loads,
    parse_count,
)
from danvan.exceptions import DatasetError, InvalidEntityError
from tests.seeds import ninh_binh, ninh_binh_with

QUOTE = Source(quote="toàn huyện có hơn 310 mô hình, cụ thể 318 mô hình được công nhận")
COMMON = {
    "unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS,
    "scope": "vn/ninh-binh",
    "movements": "dan-van-kheo",
    "source": QUOTE,
}


with_figures = ninh_binh_with


def codes(dataset: Dataset) -> list[str]:
    return [f.code for f in check(dataset) if f.code not in ("recognised_not_above_registered",)]


class TestRestatements:
    HEADLINE = Figure(id="headline", measure="recognised", value=parse_count("hơn 310"), **COMMON)

    def test_headline_and_body_agree(self) -> None:
        """ "hơn 310" in the headline and 318 below are one quantity: no finding."""
        body = Figure(
            id="body", measure="recognised", value=Count(318), restates="headline", **COMMON
        )
        dataset = with_figures(self.HEADLINE, body)
        assert "restatement_consistent" not in codes(dataset)
        assert loads(dumps(dataset)) == dataset

    def test_restatement_that_cannot_be_the_same(self) -> None:
        """ "hơn 310" restated as 300 cannot both be true: an error naming both figures."""
        body = Figure(
            id="body", measure="recognised", value=Count(300), restates="headline", **COMMON
        )
        [finding] = [
            f for f in check(with_figures(self.HEADLINE, body)) if f.code.startswith("rest")
        ]
        assert finding.paths == ("$.reports[0].figures[8]", "$.reports[0].figures[7]")
        assert "two wordings of one quantity" in finding.message_en

    def test_restatement_is_no_part(self) -> None:
        """A restated figure is not a cell: its total's breakdowns are unchanged."""
        body = Figure(
            id="body", measure="recognised", value=Count(318), restates="headline", **COMMON
        )
        assert codes(with_figures(self.HEADLINE, body)) == codes(ninh_binh())


class TestSubsets:
    REGISTERED_ALL = Figure(id="all", measure="registered", value=Count(1930), **COMMON)

    def among(self, n: int) -> Figure:
        return Figure(id="effective", measure="built", value=Count(n), subset_of="all", **COMMON)

    def test_among_is_not_a_breakdown(self) -> None:
        """1.642 of 1.930 "được triển khai hiệu quả" is no cell: no breakdown_sum error."""
        dataset = with_figures(self.REGISTERED_ALL, self.among(1642))
        assert codes(dataset) == codes(ninh_binh())

    def test_among_cannot_exceed_its_set(self) -> None:
        """2.000 said to be among 1.930 is an error with the excess."""
        [finding] = [
            f
            for f in check(with_figures(self.REGISTERED_ALL, self.among(2000)))
            if f.code == "subset_not_above_set"
        ]
        assert finding.residual == 70

    def test_link_to_a_figure_that_is_not_there(self) -> None:
        """A subset of an unknown figure is refused with the path of the link."""
        lost = attrs.evolve(self.among(10), subset_of="nowhere")
        with pytest.raises(DatasetError, match=r"unknown figure 'nowhere' @ \$\.reports\[0\]"):
            with_figures(lost)

    def test_link_to_itself(self) -> None:
        """A figure cannot be among itself."""
        with pytest.raises(InvalidEntityError, match="subset_of itself"):
            attrs.evolve(self.among(10), subset_of="effective")


class TestDeclaredBreakdowns:
    """ "trong đó có 451 mô hình kinh tế, 878 văn hóa - xã hội": the report says which."""

    def report(self, *, declared: Completeness | None, parts: dict[Field, int]) -> Dataset:
        total = Figure(
            id="t",
            measure="registered",
            value=Count(1635),
            breakdowns={} if declared is None else {"fields": declared},
            **COMMON,
        )
        cells = [
            Figure(
                id=f"t/{field.value}",
                part_of="t",
                measure="registered",
                value=Count(n),
                dims=Dims(fields=(field,)),
                **COMMON,
            )
            for field, n in parts.items()
        ]
        dataset = ninh_binh()
        report = Report(
            id="excerpt", source=QUOTE, units="vn/ninh-binh", title="Trích", figures=(total, *cells)
        )
        return attrs.evolve(dataset, reports=(report,))

    TWO: ClassVar[dict[Field, int]] = {Field.ECONOMY: 451, Field.CULTURE_SOCIETY: 878}
    ALL_OFF_BY_ONE: ClassVar[dict[Field, int]] = {
        Field.ECONOMY: 450,
        Field.CULTURE_SOCIETY: 878,
        Field.DEFENCE_SECURITY: 166,
        Field.POLITICAL_SYSTEM: 140,
    }

    def test_two_fields_said_nothing(self) -> None:
        """Two of four fields, nothing declared: partial, 1.329 ≤ 1.635 is fine."""
        assert codes(self.report(declared=None, parts=self.TWO)) == []

    def test_two_fields_declared_complete(self) -> None:
        """Declared complete, two fields must add up to the total: an error of 306."""
        findings = check(self.report(declared=Completeness.COMPLETE, parts=self.TWO))
        assert [(f.code, f.residual) for f in findings] == [("breakdown_sum", 1329 - 1635)]

    def test_four_fields_declared_partial(self) -> None:
        """All four fields but declared partial: not held to the total, and no field balance."""
        dataset = self.report(declared=Completeness.PARTIAL, parts=self.ALL_OFF_BY_ONE)
        assert codes(dataset) == []
        inferred = self.report(declared=None, parts=self.ALL_OFF_BY_ONE)
        assert codes(inferred) == ["breakdown_sum", "field_balance"]

    def test_declaration_round_trips_and_is_checked(self) -> None:
        """The declaration travels with the figure; an unknown dimension is refused."""
        dataset = self.report(declared=Completeness.PARTIAL, parts=self.TWO)
        assert loads(dumps(dataset)) == dataset
        assert '"breakdowns":{"fields":"partial"}' in dumps(dataset.reports[0].figures[0])
        with pytest.raises(InvalidEntityError, match="a breakdown is by one of"):
            Figure(
                id="x", measure="registered", value=Count(1), breakdowns={"colour": "x"}, **COMMON
            )


class TestLabels:
    def test_a_label_does_not_make_a_cell(self) -> None:
        """ "toàn tỉnh" labels a total; it stays a total, paired with other totals."""
        assert Dims(label="toàn tỉnh").is_total
        assert not Dims(label="toàn tỉnh", fields=(Field.ECONOMY,)).is_total
        dataset = ninh_binh()
        report = dataset.reports[0]
        figures = list(report.figures)
        recognised = figures[5]
        figures[5] = attrs.evolve(recognised, dims=Dims(label="toàn tỉnh"))
        labelled = attrs.evolve(dataset, reports=(attrs.evolve(report, figures=tuple(figures)),))
        assert [f.code for f in check(labelled)] == [f.code for f in check(dataset)]

    def test_computed_figures_keep_no_source(self) -> None:
        """Links are allowed on computed figures too (no source needed)."""
        figure = Figure(
            id="c",
            measure="models",
            value=Count(1),
            unit_of_measure=UnitOfMeasure.MODELS,
            scope="s",
            movements="m",
            status=FigureStatus.COMPUTED,
            restates="d",
        )
        assert figure.restates == "d"


class TestStocks:
    """ "Đến nay, toàn huyện có 318 mô hình": a stock on a day, not a flow over a period."""

    def test_as_of_and_open_period(self) -> None:
        """A stock keeps its day and an open period; both travel and show in the summary."""
        import datetime as dt

        from danvan import Period, summarize

        stock = Figure(
            id="stock",
            measure="in_operation",
            value=Count(318),
            period=Period.parse("từ năm 2011 đến nay"),
            as_of=dt.date(2021, 10, 5),
            **COMMON,
        )
        dataset = with_figures(stock)
        assert loads(dumps(dataset)) == dataset
        assert '"period":{"start":"2011-01-01"},' in dumps(stock)
        text = summarize(dataset).to_text("en")
        assert "318 models and exemplars (in operation), since 2011, as of 2021-10-05" in text
        vi = summarize(dataset).to_text("vi")
        assert "từ năm 2011 đến nay, tính đến ngày 05/10/2021" in vi


class TestSharesInTheSummary:
    def test_shares_of_a_partial_breakdown_say_their_base(self) -> None:
        """ "trong đó 451 kinh tế, 878 văn hóa - xã hội": shares of the 1.329 stated, said so."""
        from danvan import summarize

        partial = TestDeclaredBreakdowns().report(declared=None, parts=TestDeclaredBreakdowns.TWO)
        summary = summarize(partial)
        [report] = summary.reports
        assert [str(s.percent) for s in report.shares] == ["33.9", "66.1"]  # of 451 + 878
        assert not report.shares_of_total
        for lang, words in (
            ("vi", "chưa phải trên tổng số"),
            ("en", "of the parts the report states by field, not of the total"),
        ):
            [line] = [x for x in summary.to_text(lang).splitlines() if "%" in x]
            assert words in line
        assert summary.to_dict()["reports"][0]["shares_of_total"] is False
        declared = TestDeclaredBreakdowns().report(
            declared=Completeness.PARTIAL, parts=TestDeclaredBreakdowns.ALL_OFF_BY_ONE
        )
        assert not summarize(declared).reports[0].shares_of_total

    def test_shares_of_fields_that_add_up_to_the_total(self) -> None:
        """Two fields whose counts are the whole 1.635 leave nothing for the others."""
        from danvan import summarize

        whole = {Field.ECONOMY: 757, Field.CULTURE_SOCIETY: 878}
        for declared in (None, Completeness.PARTIAL):
            dataset = TestDeclaredBreakdowns().report(declared=declared, parts=whole)
            summary = summarize(dataset)
            [report] = summary.reports
            assert [str(s.percent) for s in report.shares] == ["46.3", "53.7"]
            assert report.shares_of_total
            assert "chưa phải trên tổng số" not in summary.to_text()

    def test_shares_of_a_complete_breakdown(self) -> None:
        """The four fields of the Ninh Bình report give their shares, 27,6 % … 8,6 %."""
        from danvan import summarize

        summary = summarize(ninh_binh())
        [report] = summary.reports
        assert [str(s.percent) for s in report.shares] == ["27.6", "53.7", "10.2", "8.6"]
        assert report.shares_of_total
        assert "chưa phải trên tổng số" not in summary.to_text()


def test_a_finding_says_what_was_assumed() -> None:
    """An undeclared breakdown judged complete says so; a declared one says nothing more."""
    from danvan import Field

    total = Figure(id="t", measure="registered", value=Count(45), **COMMON)
    parts = [
        Figure(
            id=f"p{i}",
            measure="registered",
            value=Count(n),
            part_of="t",
            dims=Dims(fields=(field,)),
            **COMMON,
        )
        for i, (field, n) in enumerate(zip(Field, (9, 31, 4, 2), strict=True))
    ]
    [assumed] = [f for f in check(with_figures(total, *parts)) if f.code == "breakdown_sum"]
    assert "taken as complete as the parts cover every field" in assumed.message_en
    declared = attrs.evolve(total, breakdowns={"fields": Completeness.COMPLETE})
    [stated] = [f for f in check(with_figures(declared, *parts)) if f.code == "breakdown_sum"]
    assert "taken as complete" not in stated.message_en
