"""check() and reconcile(): findings on the seed reports and on broken data."""

import attrs
import pytest

from danvan import (
    AdminLevel,
    Change,
    Count,
    Dataset,
    Dims,
    Field,
    Figure,
    FigureStatus,
    Finding,
    Hierarchy,
    HolderKind,
    ModelKind,
    Movement,
    Period,
    RecognitionLevel,
    Report,
    Rule,
    Severity,
    Source,
    Unit,
    UnitOfMeasure,
    Verdict,
    check,
    parse_count,
    reconcile,
)
from danvan._builtin_rules import BUILTIN_RULES
from danvan._rules import compare_counts as _compare
from danvan.exceptions import InvalidValueError, UnknownTermError
from tests.seeds import ninh_binh, son_la_city


class TestSeedReports:
    def test_son_la_city_is_consistent(self) -> None:
        """104 + 23 + 3 = 130: no finding."""
        assert check(son_la_city()) == []

    def test_ninh_binh_recognised_above_registered(self) -> None:
        """1.999 recognised > 1.635 registered: a warning that explains the counting rule."""
        findings = check(ninh_binh())
        assert [f.code for f in findings] == ["recognised_not_above_registered", "field_balance"]
        finding = findings[0]
        assert finding.severity is Severity.WARNING
        assert finding.residual == 1999 - 1635
        assert "mỗi lượt công nhận" in finding.message
        assert "every recognition" in finding.message_en
        assert finding.paths == ("$.reports[0].figures[5]", "$.reports[0].figures[0]")
        assert str(finding).startswith("⚠ [recognised_not_above_registered]")

    def test_ninh_binh_few_political_system_models(self) -> None:
        """ "mô hình trên lĩnh vực xây dựng hệ thống chính trị còn ít": 140 of 1.635."""
        finding = check(ninh_binh())[1]
        assert finding.severity is Severity.INFO
        assert "political-system building 8.6 % (140 of 1,635)" in finding.message_en
        assert "xây dựng hệ thống chính trị 8,6 % (140 trên 1.635)" in finding.message
        assert finding.paths[0] == "$.reports[0].figures[0]"
        assert len(finding.paths) == 5


class TestTwoBreakdownsOfOneTotal:
    """Hồng Lĩnh: 112 models, 27 + 85 by level and 19 + 67 + 12 + 14 by field."""

    def dataset(self, culture: int = 67) -> Dataset:
        units = [
            Unit(id="vn/ha-tinh", name="Tỉnh Hà Tĩnh", level=AdminLevel.PROVINCE),
            Unit(
                id="vn/ha-tinh/hong-linh",
                name="Thị xã Hồng Lĩnh",
                level=AdminLevel.DISTRICT,
                parent="vn/ha-tinh",
            ),
        ]
        common = {
            "measure": "registered",
            "unit_of_measure": UnitOfMeasure.MODELS,
            "scope": "vn/ha-tinh/hong-linh",
            "movements": "dan-van-kheo",
            "source": Source(
                quote="năm 2018 các cơ quan, đơn vị, địa phương đã đăng ký 112 mô hình"
            ),
        }
        parts = [
            ("province", Dims(level=RecognitionLevel.PROVINCE, label="cấp tỉnh"), 27),
            ("town", Dims(level=RecognitionLevel.DISTRICT, label="cấp Thị xã"), 85),
            ("economy", Dims(fields=(Field.ECONOMY,), label="lĩnh vực kinh tế"), 19),
            (
                "culture",
                Dims(fields=(Field.CULTURE_SOCIETY,), label="VHXH và chỉnh trang đô thị"),
                culture,
            ),
            ("security", Dims(fields=(Field.DEFENCE_SECURITY,), label="ANQP"), 12),
            (
                "party",
                Dims(
                    fields=(Field.POLITICAL_SYSTEM,),
                    label="xây dựng đảng, xây dựng chính quyền",
                ),
                14,
            ),
        ]
        figures = [Figure(id="registered", value=Count(112), **common)] + [
            Figure(id=fid, part_of="registered", value=Count(n), dims=dims, **common)
            for fid, dims, n in parts
        ]
        report = Report(
            id="seed-004",
            source=Source(title="Hồng Lĩnh"),
            units="vn/ha-tinh/hong-linh",
            title="Sơ kết 01 năm thực hiện Chỉ thị số 20-CT/ThU",
            figures=figures,
        )
        return Dataset(
            hierarchy=Hierarchy(units), movements=(Movement.DAN_VAN_KHEO,), reports=(report,)
        )

    def test_each_breakdown_sums_on_its_own(self) -> None:
        """Neither breakdown is added to the other: no finding."""
        assert check(self.dataset()) == []

    def test_a_broken_field_breakdown_is_named(self) -> None:
        """66 instead of 67: the field breakdown, and only it, is one short."""
        [finding] = check(self.dataset(culture=66))
        assert finding.code == "breakdown_sum"
        assert finding.residual == -1
        parts = tuple(f"$.reports[0].figures[{i}]" for i in range(3, 7))
        assert finding.paths == ("$.reports[0].figures[0]", *parts)


class TestCoverageOutOf:
    def test_more_covered_than_there_are(self) -> None:
        """'9/8 huyện' cannot be: the coverage rule says so."""
        dataset = ninh_binh()
        report = dataset.reports[0]
        coverage = Figure(
            measure="coverage",
            value=Count(9),
            out_of=Count(8),
            unit_of_measure=UnitOfMeasure.UNITS,
            scope="vn/ninh-binh",
            movements="dan-van-kheo",
            dims=Dims(label="9/8 huyện, thành phố"),
            source=Source(quote="tại 9/8 huyện, thành phố"),
        )
        broken = attrs.evolve(
            dataset, reports=(attrs.evolve(report, figures=(*report.figures, coverage)),)
        )
        found = [f for f in check(broken) if f.code == "coverage_not_above_units"]
        assert [(f.residual, f.paths) for f in found] == [(1, ("$.reports[0].figures[7]",))]


class TestPeriodsCompared:
    @staticmethod
    def report(*figures: tuple[str, int, str | None]) -> Dataset:
        """Ninh Bình's report with figures of (measure, value, period) only."""
        dataset = ninh_binh()
        made = tuple(
            Figure(
                measure=measure,
                value=Count(value),
                unit_of_measure=UnitOfMeasure.MODELS,
                scope="vn/ninh-binh",
                movements="dan-van-kheo",
                period=None if period is None else Period.parse(period),
                source=Source(quote=f"{value} mô hình"),
            )
            for measure, value, period in figures
        )
        report = attrs.evolve(dataset.reports[0], figures=made)
        return attrs.evolve(dataset, reports=(report,))

    def test_a_figure_of_no_period_is_of_no_year_of_a_report_of_several(self) -> None:
        """ "Toàn tỉnh hiện có … 1.245 mô hình đã được công nhận" beside "Năm 2022: đăng
        ký 512 …; năm 2023: đăng ký 604 …": of no one of those years, compared with none."""
        dataset = self.report(
            ("recognised", 1245, None),
            ("registered", 512, "năm 2022"),
            ("registered", 604, "năm 2023"),
        )
        assert check(dataset) == []

    def test_a_figure_of_no_period_is_of_the_one_period_of_its_report(self) -> None:
        """Beside figures of one period only, it is of that period: still compared."""
        dataset = self.report(("recognised", 312, None), ("registered", 286, "năm 2025"))
        assert [f.code for f in check(dataset)] == ["recognised_not_above_registered"]


class TestCoverageOfTheUnitsListed:
    @staticmethod
    def with_coverage(districts: int, value: int, out_of: int | None) -> Dataset:
        """Ninh Bình with ``districts`` districts listed and a coverage figure of them."""
        dataset = ninh_binh()
        listed = [
            Unit(
                id=f"vn/ninh-binh/h{k}",
                name=f"Huyện {k}",
                level=AdminLevel.DISTRICT,
                parent="vn/ninh-binh",
            )
            for k in range(districts)
        ]
        coverage = Figure(
            measure="coverage",
            value=Count(value),
            out_of=None if out_of is None else Count(out_of),
            unit_of_measure=UnitOfMeasure.UNITS,
            scope="vn/ninh-binh",
            movements="dan-van-kheo",
            dims=Dims(category="huyện"),
            source=Source(quote=f"{value}/{out_of} huyện có mô hình"),
        )
        report = attrs.evolve(dataset.reports[0], figures=(coverage,))
        hierarchy = Hierarchy([*dataset.hierarchy, *listed])
        return attrs.evolve(dataset, hierarchy=hierarchy, reports=(report,))

    def test_more_than_the_dataset_lists_is_a_warning_not_an_error(self) -> None:
        """'8/8 huyện' where the dataset lists 2 districts: the report may be right, the
        dataset list only some of them; no error."""
        found = check(self.with_coverage(districts=2, value=8, out_of=8))
        assert [(f.code, f.severity, f.residual) for f in found] == [
            ("coverage_not_above_units_listed", Severity.WARNING, 6)
        ]
        assert "lists only some of the units" in found[0].message_en

    def test_as_many_as_the_dataset_lists_is_no_finding(self) -> None:
        assert check(self.with_coverage(districts=8, value=8, out_of=8)) == []

    def test_above_its_own_denominator_is_still_an_error(self) -> None:
        found = check(self.with_coverage(districts=9, value=9, out_of=8))
        assert [(f.code, f.severity) for f in found] == [
            ("coverage_not_above_units", Severity.ERROR)
        ]


class TestBrokenBreakdowns:
    def with_part(self, value: Count) -> object:
        dataset = ninh_binh()
        report = dataset.reports[0]
        figures = list(report.figures)
        figures[1] = attrs.evolve(figures[1], value=value)
        return attrs.evolve(dataset, reports=(attrs.evolve(report, figures=tuple(figures)),))

    def test_complete_breakdown_must_sum(self) -> None:
        """A field breakdown that does not add up is an error with the residual."""
        findings = check(self.with_part(Count(450)))  # type: ignore[arg-type]
        errors = [f for f in findings if f.severity is Severity.ERROR]
        assert [f.code for f in errors] == ["breakdown_sum"]
        assert errors[0].residual == -1
        assert errors[0].paths[0] == "$.reports[0].figures[0]"

    def test_qualified_total_within_interval(self) -> None:
        """'trên 1.000' with parts summing to 1.014 is consistent."""
        from danvan import Figure, FigureStatus, HolderKind, Source, UnitOfMeasure

        common = {
            "measure": "commended",
            "unit_of_measure": UnitOfMeasure.RECIPIENTS,
            "scope": "vn/ninh-binh",
            "movements": "dan-van-kheo",
            "status": FigureStatus.REPORTED,
            "source": Source(title="Sơ kết"),
        }
        total = Figure(id="t", value=parse_count("trên 1.000"), **common)  # type: ignore[arg-type]
        parts = [
            Figure(id=f"p{h}", part_of="t", value=Count(n), dims=Dims(holder=h), **common)  # type: ignore[arg-type]
            for h, n in zip((HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL), (900, 114), strict=True)
        ]
        dataset = ninh_binh()
        report = attrs.evolve(dataset.reports[0], figures=(total, *parts))
        assert check(attrs.evolve(dataset, reports=(report,))) == []

    def test_part_above_total(self) -> None:
        """A part larger than its total is an error naming both."""
        findings = check(self.with_part(Count(2000)))  # type: ignore[arg-type]
        rules = {f.code for f in findings}
        assert "part_not_above_total" in rules
        assert "breakdown_sum" in rules


class TestSameQuantity:
    def test_two_sources_disagree(self) -> None:
        """Two reports of one quantity that cannot both be true are flagged."""
        dataset = ninh_binh()
        report = dataset.reports[0]
        other = attrs.evolve(
            report,
            id="seed-003-copy",
            figures=(attrs.evolve(report.figures[0], value=parse_count("trên 2.000")),),
        )
        findings = check(attrs.evolve(dataset, reports=(report, other)))
        assert "same_quantity_consistent" in {f.code for f in findings}

    def test_two_sources_agree(self) -> None:
        """'hơn 1.600' and 1.635 agree."""
        dataset = ninh_binh()
        report = dataset.reports[0]
        other = attrs.evolve(
            report,
            id="seed-003-headline",
            figures=(attrs.evolve(report.figures[0], value=parse_count("hơn 1.600")),),
        )
        findings = check(attrs.evolve(dataset, reports=(report, other)))
        assert "same_quantity_consistent" not in {f.code for f in findings}


class TestRule:
    @pytest.mark.parametrize(
        ("left", "op", "right", "verdict"),
        [
            ("5", "<=", "5", Verdict.MATCH),
            ("6", "<=", "5", Verdict.MISMATCH),
            ("trên 1.000", "<=", "1.014", Verdict.WITHIN_QUALIFIER),
            ("trên 1.000", "<=", "999", Verdict.MISMATCH),
            ("5", "<", "5", Verdict.MISMATCH),
            ("4", "<", "5", Verdict.MATCH),
            ("5", ">=", "4", Verdict.MATCH),
            ("5", ">", "6", Verdict.MISMATCH),
            ("hơn 350", "=", "356", Verdict.WITHIN_QUALIFIER),
            ("1.635", "=", "1.999", Verdict.MISMATCH),
            ("1.635", "=", "1.635", Verdict.MATCH),
        ],
    )
    def test_comparison_with_intervals(
        self, left: str, op: str, right: str, verdict: Verdict
    ) -> None:
        """Operators compare the intervals of qualified counts."""
        assert _compare(parse_count(left), op, parse_count(right)) is verdict

    def test_rule_as_data(self) -> None:
        """A user rule carries its sides, operator, severity and both messages."""
        rule = Rule(
            code="honoured_not_above_recognised",
            left="honoured",
            op="<=",
            right="recognised",
            severity=Severity.WARNING,
            message_vi="số biểu dương lớn hơn số công nhận",
            message_en="more honoured than recognised",
        )
        assert rule.compare(Count(8), Count(65)) is Verdict.MATCH
        assert rule.message("en") == "more honoured than recognised"

    def test_invalid_operator(self) -> None:
        """An unknown operator is refused."""
        with pytest.raises(InvalidValueError):
            Rule(
                code="x",
                left="a",
                op="≈",
                right="b",
                severity=Severity.INFO,
                message_vi="x",
                message_en="x",
            )

    def test_builtin_rules_have_distinct_codes(self) -> None:
        """Each built-in rule is named once."""
        codes = [r.code for r in BUILTIN_RULES]
        assert len(codes) == len(set(codes))

    def test_findings_serialise(self) -> None:
        """A finding round-trips through JSON."""
        from danvan import dumps, loads

        finding = check(ninh_binh())[0]
        assert loads(dumps(finding), Finding) == finding


class TestReconcile:
    def test_verdicts(self) -> None:
        """Reported and computed side by side: match, within qualifier, mismatch, not comparable."""
        report = ninh_binh().reports[0]
        registered = report.figures[:5]
        computed = [
            attrs.evolve(
                f, value=Count(f.value.value + (1 if f.dims.field is Field.ECONOMY else 0))
            )
            for f in registered
        ]
        rows = reconcile(registered, computed)
        assert [r.verdict for r in rows] == [
            Verdict.MATCH,
            Verdict.MISMATCH,
            Verdict.MATCH,
            Verdict.MATCH,
            Verdict.MATCH,
        ]
        assert rows[1].residual == 1
        commended = report.figure("commended")
        within = reconcile([commended], [attrs.evolve(commended, value=Count(1014))])
        assert within[0].verdict is Verdict.WITHIN_QUALIFIER
        other_measure = reconcile([commended], [attrs.evolve(commended, measure="honoured")])
        assert other_measure[0].verdict is Verdict.NOT_COMPARABLE
        missing = reconcile([commended], [])
        assert missing[0].verdict is Verdict.NOT_COMPARABLE
        assert "không so sánh được" in str(missing[0])


class TestAwardMovements:
    def test_awards_of_two_movements_summed(self) -> None:
        """A commended figure that adds award batches of two movements is an error."""
        from danvan import Award, AwardForm, Figure, FigureStatus, Movement, Source, UnitOfMeasure

        dataset = ninh_binh()
        dvk_award = dataset.awards[0]
        other = Award(
            id="ninh-binh/qcdc",
            form=AwardForm.CERTIFICATE_OF_COMMENDATION,
            issuer=dvk_award.issuer,
            movements=Movement.GRASSROOTS_DEMOCRACY.id,
            collectives=Count(4),
            individuals=Count(2),
        )
        summed = Figure(
            id="awards-total",
            measure="commended",
            value=Count(30 + 6),
            unit_of_measure=UnitOfMeasure.RECIPIENTS,
            scope="vn/ninh-binh",
            movements="dan-van-kheo",
            status=FigureStatus.REPORTED,
            source=Source(title="Sơ kết"),
        )
        report = attrs.evolve(
            dataset.reports[0],
            awards=(dvk_award.id, other.id),
            figures=(*dataset.reports[0].figures, summed),
        )
        broken = attrs.evolve(
            dataset,
            movements=(*dataset.movements, Movement.GRASSROOTS_DEMOCRACY),
            awards=(dvk_award, other),
            reports=(report,),
        )
        findings = [f for f in check(broken) if f.code == "awards_one_movement"]
        assert len(findings) == 1
        assert findings[0].paths == ("$.reports[0].figures[7]",)
        # The same figure equal to one movement's awards is fine.
        fine = attrs.evolve(
            broken,
            reports=(
                attrs.evolve(
                    report, figures=(*report.figures[:-1], attrs.evolve(summed, value=Count(30)))
                ),
            ),
        )
        assert [f for f in check(fine) if f.code == "awards_one_movement"] == []


class TestAwardsListedOnce:
    """Two reports of one area listing one batch under two ids: a warning, not silence."""

    @staticmethod
    def _two_reports(second_units: str = "vn/son-la", **changed: object) -> Dataset:
        from danvan import Award, AwardForm, load_example

        dataset = load_example()
        batch = Award(
            id="tin-a/gk",
            form=AwardForm.CERTIFICATE_OF_COMMENDATION,
            issuer_text="Ban Dân vận Tỉnh ủy",
            movements="dan-van-kheo",
            collectives=Count(28),
            individuals=Count(35),
        )
        again = attrs.evolve(batch, id="tin-b/gk", **changed)
        first = Report(
            id="tin-a",
            source=Source(title="Tin A"),
            units="vn/son-la",
            title="Tổng kết",
            awards=(batch.id,),
        )
        second = Report(
            id="tin-b",
            source=Source(title="Tin B"),
            units=second_units,
            title="Tổng kết",
            awards=(again.id,),
        )
        return attrs.evolve(dataset, awards=(batch, again), reports=(first, second))

    def test_alike_batches_of_two_reports_are_flagged(self) -> None:
        found = [f for f in check(self._two_reports()) if f.code == "awards_listed_once"]
        assert [(f.severity, f.paths) for f in found] == [
            (Severity.WARNING, ("$.awards[0]", "$.awards[1]"))
        ]
        assert "tin-a/gk và tin-b/gk" in found[0].message
        # the giver's words alike but for case and spacing, a day one of them leaves unsaid
        import datetime as dt

        loose = self._two_reports(issuer_text="ban dân vận  Tỉnh ủy", on=dt.date(2025, 12, 18))
        assert [f.code for f in check(loose) if f.code == "awards_listed_once"] != []

    @pytest.mark.parametrize(
        "changed",
        [
            {"individuals": Count(36)},
            {"form": None},
            {"issuer_text": "Ban Thường vụ Tỉnh ủy"},
            {"movements": "doi-thoai-truc-tiep"},
        ],
        ids=["counts", "form", "giver", "programme"],
    )
    def test_batches_that_differ_are_not(self, changed: dict[str, object]) -> None:
        dataset = self._two_reports(**changed)
        assert [f for f in check(dataset) if f.code == "awards_listed_once"] == []

    def test_reports_of_other_areas_or_one_report_listing_both_are_not(self) -> None:
        """ "Chủ tịch UBND xã" of two communes gives two batches; so does one report's list."""
        other_area = self._two_reports(second_units="vn/son-la/tp-son-la")
        assert [f for f in check(other_area) if f.code == "awards_listed_once"] == []
        dataset = self._two_reports()
        both = attrs.evolve(dataset.reports[0], awards=("tin-a/gk", "tin-b/gk"))
        one_lists_both = attrs.evolve(dataset, reports=(both, dataset.reports[1]))
        assert [f for f in check(one_lists_both) if f.code == "awards_listed_once"] == []


class TestAwardsNotNested:
    """A batch of a five-year report and one alike of a year within it: perhaps counted
    in it, which the award totals would add again; a warning, not silence."""

    @staticmethod
    def _reports(
        inner_years: tuple[int, int] = (2025, 2025),
        inner_units: str = "vn/son-la",
        **changed: object,
    ) -> Dataset:
        from danvan import load_example
        from tests.seeds import nested_batches

        return nested_batches(
            load_example(), "vn/son-la", inner_years=inner_years, inner_unit=inner_units, **changed
        )

    @staticmethod
    def _found(dataset: Dataset) -> list[Finding]:
        return [f for f in check(dataset) if f.code == "awards_not_nested"]

    def test_a_batch_of_a_year_within_a_five_year_reports_is_flagged(self) -> None:
        [found] = self._found(self._reports())
        assert (found.severity, found.paths) == (Severity.WARNING, ("$.awards[0]", "$.awards[1]"))
        assert "tk-5-nam/bk gồm tk-2025/bk?" in found.message
        import datetime as dt  # a batch of its own day within the five years: the same

        assert self._found(self._reports(on=dt.date(2025, 12, 18))) != []

    @pytest.mark.parametrize(
        ("years", "units", "changed"),
        [
            ((2021, 2025), "vn/son-la", {}),  # two reports of one time: two batches
            ((2026, 2026), "vn/son-la", {}),  # a year after the five
            ((2025, 2025), "vn/son-la/tp-son-la", {}),  # another area's
            ((2025, 2025), "vn/son-la", {"collectives": Count(160)}),  # more than it holds
            ((2025, 2025), "vn/son-la", {"form": None}),  # another form
            ((2025, 2025), "vn/son-la", {"issuer_text": "Ban Thường vụ Tỉnh ủy"}),  # giver
        ],
        ids=["same-time", "after", "other-area", "more", "form", "giver"],
    )
    def test_batches_that_cannot_be_nested_are_not(
        self, years: tuple[int, int], units: str, changed: dict[str, object]
    ) -> None:
        assert self._found(self._reports(years, units, **changed)) == []

    def test_two_batches_of_as_many_are_one_told_twice_not_nested(self) -> None:
        """Two articles of one conference, one saying its day: one batch told twice, which
        ``awards_listed_once`` flags; no batch of a longer time holds the other."""
        import datetime as dt

        as_many = {"collectives": Count(156), "individuals": Count(218)}
        for on in (None, dt.date(2025, 12, 18)):
            dataset = self._reports((2025, 2025), "vn/son-la", on=on, **as_many)
            assert self._found(dataset) == []
            codes = [f.code for f in check(dataset)]
            assert codes.count("awards_listed_once") == 1, on


class TestRulesAreData:
    """check() applies any Rule by its sides, with the rule's own severity and messages."""

    COMMENDED_NOT_ABOVE_REGISTERED = Rule(
        code="commended_not_above_registered",
        left="commended",
        op="<=",
        right="registered",
        severity=Severity.ERROR,
        message_vi="số được khen thưởng vượt số mô hình đăng ký",
        message_en="more commended than models registered",
    )

    def test_user_rule_comparing_two_measures(self) -> None:
        """'trên 1.000' commended against 451 … registered: only the total cell pairs."""
        rule = attrs.evolve(self.COMMENDED_NOT_ABOVE_REGISTERED, right="recognised", op="<")
        dataset = ninh_binh()
        report = dataset.reports[0]
        # 2.100 commended against 1.999 recognised in the same cell breaks "<".
        figures = list(report.figures)
        figures[6] = attrs.evolve(figures[6], value=Count(2100))
        broken = attrs.evolve(dataset, reports=(attrs.evolve(report, figures=tuple(figures)),))
        [finding] = check(broken, rules=[rule])
        assert finding.rule == rule
        assert finding.severity is Severity.ERROR
        assert finding.message_en == (
            "more commended than models registered: 2,100 commended, 1,999 recognised"
        )
        assert finding.paths == ("$.reports[0].figures[6]", "$.reports[0].figures[5]")
        assert finding.residual == 101
        assert check(dataset, rules=[rule]) == []

    def test_builtin_breakdown_rule_with_another_severity(self) -> None:
        """breakdown_sum passed as a warning reports warnings, not errors."""
        dataset = ninh_binh()
        report = dataset.reports[0]
        figures = list(report.figures)
        figures[1] = attrs.evolve(figures[1], value=Count(450))
        broken = attrs.evolve(dataset, reports=(attrs.evolve(report, figures=tuple(figures)),))
        [builtin] = [r for r in BUILTIN_RULES if r.code == "breakdown_sum"]
        softer = attrs.evolve(builtin, severity=Severity.WARNING)
        [finding] = check(broken, rules=[softer])
        assert (finding.code, finding.severity, finding.residual) == (
            "breakdown_sum",
            Severity.WARNING,
            -1,
        )

    def test_special_builtin_keeps_the_severity_given(self) -> None:
        """field_balance, which no two sides can say, reports at the severity it is passed."""
        [builtin] = [r for r in BUILTIN_RULES if r.code == "field_balance"]
        louder = attrs.evolve(builtin, severity=Severity.WARNING)
        [finding] = check(ninh_binh(), rules=[louder])
        assert finding.severity is Severity.WARNING

    def test_rules_stored_in_the_dataset(self) -> None:
        """A dataset's rules are applied by default and travel with its JSON."""
        from danvan import dumps, loads

        rule = attrs.evolve(
            self.COMMENDED_NOT_ABOVE_REGISTERED,
            left="registered",
            op=">",
            right="recognised",
            severity=Severity.INFO,
        )
        dataset = attrs.evolve(ninh_binh(), rules=(rule,))
        assert loads(dumps(dataset)) == dataset
        found = [f for f in check(dataset) if f.code == rule.code]
        # 1.635 registered is not above 1.999 recognised: "registered > recognised" fails.
        assert [(f.severity, f.paths) for f in found] == [
            (Severity.INFO, ("$.reports[0].figures[0]", "$.reports[0].figures[5]"))
        ]

    def test_dataset_rule_replaces_the_builtin_of_its_code(self) -> None:
        """A stored rule with a built-in code overrides it: the seeds' warning becomes info."""
        [builtin] = [r for r in BUILTIN_RULES if r.code == "recognised_not_above_registered"]
        dataset = attrs.evolve(ninh_binh(), rules=(attrs.evolve(builtin, severity=Severity.INFO),))
        found = [f for f in check(dataset) if f.code == builtin.code]
        assert [f.severity for f in found] == [Severity.INFO]

    def test_rules_by_code(self) -> None:
        """A built-in rule can be named by its code; an unknown code is refused by name."""
        assert [f.code for f in check(ninh_binh(), rules=["recognised_not_above_registered"])] == [
            "recognised_not_above_registered"
        ]
        with pytest.raises(UnknownTermError, match="no_such_rule"):
            check(ninh_binh(), rules=["no_such_rule"])

    def test_rule_whose_sides_mean_nothing(self) -> None:
        """A side that is no measure and no breakdown is an error naming the rule."""
        rule = attrs.evolve(self.COMMENDED_NOT_ABOVE_REGISTERED, code="mine", left="happiness")
        with pytest.raises(InvalidValueError, match=r"mine.*happiness"):
            check(ninh_binh(), rules=[rule])

    def test_missing_partner_as_a_finding(self) -> None:
        """missing='finding': a figure with nothing to compare against is reported."""
        rule = attrs.evolve(
            self.COMMENDED_NOT_ABOVE_REGISTERED, right="supported", missing="finding"
        )
        [finding] = check(ninh_binh(), rules=[rule])
        assert finding.paths == ("$.reports[0].figures[6]",)
        assert "no supported figure to compare with" in finding.message_en

    def test_recognised_above_registered_cell_by_cell(self) -> None:
        """640 recognised against 515 registered in the economy cell is flagged too."""
        dataset = ninh_binh()
        report = dataset.reports[0]
        economy = report.figures[1]
        recognised = attrs.evolve(
            economy, id="recognised/economy", measure="recognised", value=Count(640), part_of=None
        )
        changed = attrs.evolve(report, figures=(*report.figures, recognised))
        findings = check(attrs.evolve(dataset, reports=(changed,)), rules=[RECOGNISED])
        assert [f.paths for f in findings] == [
            ("$.reports[0].figures[5]", "$.reports[0].figures[0]"),
            ("$.reports[0].figures[7]", "$.reports[0].figures[1]"),
        ]

    def test_changes_are_not_compared_as_counts(self) -> None:
        """ "… đăng ký tăng 37, … công nhận tăng 41": more recognised than registered?

        A change's size says nothing of another's; the two increases were set against each
        other as counts and flagged. The counts themselves still are.
        """
        quote = "So với năm 2023, số mô hình đăng ký tăng 37, số mô hình được công nhận tăng 41."
        common = {"change": Change.INCREASE, "source": Source(quote=quote)}
        report = _report_of(
            _figure(id="r/f0", value=Count(37), **common),
            _figure(id="r/f1", measure="recognised", value=Count(41), **common),
            _figure(id="r/f2", value=Count(524)),
            _figure(id="r/f3", measure="recognised", value=Count(538)),
        )
        findings = check(_dataset_of(report), rules=[RECOGNISED])
        assert [f.paths for f in findings] == [
            ("$.reports[0].figures[3]", "$.reports[0].figures[2]")
        ]


[RECOGNISED] = [r for r in BUILTIN_RULES if r.code == "recognised_not_above_registered"]


def _report_of(*figures: Figure, report_id: str = "r") -> Report:
    return Report(
        id=report_id,
        source=Source(title="Sơ kết phong trào thi đua Dân vận khéo"),
        units="vn/ninh-binh",
        title="Sơ kết",
        figures=figures,
    )


def _dataset_of(*reports: Report) -> Dataset:
    return attrs.evolve(ninh_binh(), reports=reports)


def _figure(**fields: object) -> Figure:
    common: dict[str, object] = {
        "measure": "registered",
        "unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS,
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
        "source": Source(quote="toàn huyện đăng ký 45 mô hình"),
    }
    return Figure(**{**common, **fields})  # type: ignore[arg-type]


class TestSameQuantityEverywhere:
    """ "Khoảng 310" between 300 and 320 hid the contradiction of the two exact figures."""

    def reports(self, last: str) -> Dataset:
        values = ("300", "khoảng 310", last)
        return _dataset_of(
            *(
                _report_of(_figure(value=parse_count(v)), report_id=f"r{i}")
                for i, v in enumerate(values)
            )
        )

    def test_every_pair(self) -> None:
        """300 and 320 cannot both be true, though each agrees with "khoảng 310"."""
        found = [f for f in check(self.reports("320")) if f.code == "same_quantity_consistent"]
        assert [f.paths for f in found] == [("$.reports[0].figures[0]", "$.reports[2].figures[0]")]

    def test_consistent_stays_quiet(self) -> None:
        """300, "khoảng 310" and 300 again raise nothing."""
        assert check(self.reports("300")) == []

    def test_within_one_report(self) -> None:
        """A headline's "hơn 310" and a body's 300, not linked as a restatement, are flagged."""
        report = _report_of(_figure(value=parse_count("hơn 310")), _figure(value=Count(300)))
        assert [f.code for f in check(_dataset_of(report))] == ["same_quantity_consistent"]

    def test_subsets_are_quantities_of_their_own(self) -> None:
        """ "523 mô hình …, trong đó 125 mô hình nhân rộng trong toàn tỉnh, 60 …": no clash.

        A subset above its superset is still refused, by the subset rule.
        """
        total = _figure(id="t", value=Count(523))
        wide = _figure(id="w", value=Count(125), subset_of="t")
        near = _figure(id="n", value=Count(60), subset_of="t")
        assert check(_dataset_of(_report_of(total, wide, near))) == []
        above = _figure(id="a", value=Count(600), subset_of="t")
        codes = [f.code for f in check(_dataset_of(_report_of(total, above)))]
        assert codes == ["subset_not_above_set"]


def _by_field_and_by_name(total: int, fields: tuple[int, ...], named: dict[str, int]) -> Dataset:
    """A total broken down by the four fields, and parts named by a category of their own."""
    parts = [
        _figure(id=f"t/{f.value}", part_of="t", value=Count(n), dims=Dims(fields=(f,)))
        for f, n in zip(Field, fields, strict=True)
    ]
    parts += [
        _figure(id=f"t/c{i}", part_of="t", value=Count(n), dims=Dims(category=name))
        for i, (name, n) in enumerate(named.items())
    ]
    return _dataset_of(_report_of(_figure(id="t", value=Count(total)), *parts))


class TestOtherBucket:
    """Four fields plus "6 mô hình vùng đồng bào dân tộc thiểu số" make 45."""

    def report(self, bucket: int) -> Dataset:
        return _by_field_and_by_name(45, (12, 15, 8, 4), {"vùng đồng bào dân tộc thiểu số": bucket})

    def test_bucket_completes_the_breakdown(self) -> None:
        """39 by field and 6 in the bucket add up to 45: no false error of 6."""
        assert [f.code for f in check(self.report(6)) if f.severity is Severity.ERROR] == []

    def test_bucket_that_does_not_add_up(self) -> None:
        """With 7 in the bucket the breakdown is one over."""
        errors = [f for f in check(self.report(7)) if f.severity is Severity.ERROR]
        assert [(f.code, f.residual) for f in errors] == [("breakdown_sum", 1)]


class TestBucketBesideABreakdownOfItsOwn:
    """215 models: by body in one sentence, by field (one item of no field) in another.

    "Trong đó, Công an cấp tỉnh 35 mô hình, Công an cấp xã 180 mô hình." and "Các mô hình
    tập trung vào lĩnh vực bảo đảm an ninh trật tự (142 mô hình), cải cách hành chính (41
    mô hình) và an sinh xã hội (32 mô hình).": each adds up to 215 alone; the item of no
    field is the fields' "other", not a part of the bodies' breakdown.
    """

    def report(self, reform: int) -> Dataset:
        bodies = Source(quote="Trong đó, Công an cấp tỉnh 35 mô hình, Công an cấp xã 180 mô hình.")
        fields = Source(
            quote="Các mô hình tập trung vào lĩnh vực bảo đảm an ninh trật tự (142 mô hình), cải "
            f"cách hành chính ({reform} mô hình) và an sinh xã hội (32 mô hình)."
        )
        cells = [
            (35, Dims(category="Công an cấp tỉnh"), bodies),
            (180, Dims(category="Công an cấp xã"), bodies),
            (142, Dims(fields=(Field.DEFENCE_SECURITY,)), fields),
            (reform, Dims(category="cải cách hành chính"), fields),
            (32, Dims(fields=(Field.CULTURE_SOCIETY,)), fields),
        ]
        parts = [
            _figure(id=f"t/{i}", part_of="t", value=Count(n), dims=dims, source=source)
            for i, (n, dims, source) in enumerate(cells)
        ]
        return _dataset_of(_report_of(_figure(id="t", value=Count(215)), *parts))

    def test_each_breakdown_adds_up_alone(self) -> None:
        """Summed together they made 430 against 215: a false error."""
        assert [f.code for f in check(self.report(41)) if f.severity is Severity.ERROR] == []

    def test_the_bucket_is_summed_with_the_fields(self) -> None:
        """With 45 items of administrative reform the fields' breakdown is 4 over."""
        errors = [f for f in check(self.report(45)) if f.severity is Severity.ERROR]
        assert [(f.code, f.residual) for f in errors] == [("parts_not_above_total", 4)]


class TestAtItsBound:
    """ "trên 1.250 mô hình (kinh tế 412, văn hóa - xã hội 380, …)" adding up to 1.250."""

    def report(self, total: str, fields: tuple[int, ...]) -> Dataset:
        parts = [
            _figure(id=f"t/{f.value}", part_of="t", value=Count(n), dims=Dims(fields=(f,)))
            for f, n in zip(Field, fields, strict=True)
        ]
        return _dataset_of(_report_of(_figure(id="t", value=parse_count(total)), *parts))

    def test_parts_at_the_number_written_are_a_warning(self) -> None:
        """The parts agree with the number the report wrote: its "trên" is loose."""
        [found] = check(self.report("trên 1.250", (412, 380, 215, 243)))
        assert (found.code, found.severity, found.residual) == (
            "breakdown_sum",
            Severity.WARNING,
            0,
        )
        assert "cách viết lỏng, hoặc thiếu một phần" in found.message
        assert "loose wording, or a part left out" in found.message_en

    def test_parts_below_the_number_written_are_still_an_error(self) -> None:
        """1.240 is short of "trên 1.250" by more than the wording: an error, as before."""
        [found] = check(self.report("trên 1.250", (412, 380, 215, 233)))
        assert (found.code, found.severity) == ("breakdown_sum", Severity.ERROR)
        assert "cách viết lỏng" not in found.message

    def test_parts_above_it_agree(self) -> None:
        """1.262 is over 1.250: nothing to say; nor of "dưới 1.250" at 1.249."""
        assert check(self.report("trên 1.250", (412, 380, 215, 255))) == []
        assert check(self.report("dưới 1.250", (412, 380, 215, 242))) == []
        [under] = check(self.report("dưới 1.250", (412, 380, 215, 243)))
        assert under.severity is Severity.WARNING


class TestTwoBreakdowns:
    """ "6.842 mô hình. Trong đó: khối chính quyền 2.914; … Theo lĩnh vực: kinh tế 2.530 …"."""

    def report(self, bloc: int) -> Dataset:
        blocs = {
            "khối chính quyền": 2914,
            "khối Mặt trận Tổ quốc và các đoàn thể": 3106,
            "khối lực lượng vũ trang": bloc,
        }
        return _by_field_and_by_name(6842, (2530, 2190, 958, 1164), blocs)

    def test_blocs_beside_fields_are_a_breakdown_of_their_own(self) -> None:
        """The blocs add up to the total alone: no false error of 6.842 too many."""
        assert [f.code for f in check(self.report(822)) if f.severity is Severity.ERROR] == []

    def test_blocs_that_do_not_add_up_are_still_refused(self) -> None:
        """With 823 in the last bloc, the blocs come to one more than the total."""
        errors = [f for f in check(self.report(823)) if f.severity is Severity.ERROR]
        assert [(f.code, f.residual) for f in errors] == [("parts_not_above_total", 1)]

    def test_fields_that_add_up_alone_leave_some_blocs_apart(self) -> None:
        """ "164 …: khối Đảng 38; khối chính quyền 57 (…). Theo lĩnh vực: …" (fields 164).

        Two blocs of three said: the fields add up alone, so the blocs are no "other"
        field (which would make 259); the blocs are a partial breakdown, under 164.
        """
        blocs = {"khối Đảng": 38, "khối chính quyền": 57}
        dataset = _by_field_and_by_name(164, (61, 52, 19, 32), blocs)
        assert [f.code for f in check(dataset) if f.severity is Severity.ERROR] == []
        over = _by_field_and_by_name(164, (61, 52, 19, 32), {**blocs, "các xã": 70})
        errors = [f for f in check(over) if f.severity is Severity.ERROR]
        assert [f.code for f in errors] == ["parts_not_above_total"]


class TestCellsOfTheTotal:
    """ "124 mô hình … cấp tỉnh (đợt 1: 58 …; đợt 2: 66 …), trong đó 82 tập thể, 42 cá nhân"."""

    def report(self, individuals: int) -> Dataset:
        province = RecognitionLevel.PROVINCE
        total = _figure(id="t", value=Count(124), dims=Dims(level=province))
        parts = [
            _figure(
                id="b1", part_of="t", value=Count(58), dims=Dims(level=province, category="đợt 1")
            ),
            _figure(
                id="b2", part_of="t", value=Count(66), dims=Dims(level=province, category="đợt 2")
            ),
            _figure(
                id="c", part_of="t", value=Count(82),
                dims=Dims(level=province, holder=HolderKind.COLLECTIVE),
            ),
            _figure(
                id="i", part_of="t", value=Count(individuals),
                dims=Dims(level=province, holder=HolderKind.INDIVIDUAL),
            ),
        ]  # fmt: skip
        return _dataset_of(_report_of(total, *parts))

    def test_the_totals_level_is_no_breakdown_by_level(self) -> None:
        """The parts carry the total's level: two breakdowns (batch, holder), no error of 248."""
        assert [f.code for f in check(self.report(42)) if f.severity is Severity.ERROR] == []

    def test_each_breakdown_is_still_judged(self) -> None:
        """With 43 individuals the holders come to one more than the total."""
        errors = [f for f in check(self.report(43)) if f.severity is Severity.ERROR]
        assert [(f.code, f.residual) for f in errors] == [("breakdown_sum", 1)]


class TestPartsMeasureTheirTotal:
    """ "740 tập thể, cá nhân được khen thưởng, … 60 mô hình được chọn dự hội nghị"."""

    def report(self, measure: str, unit: UnitOfMeasure) -> Dataset:
        total = _figure(
            id="t", measure="commended", unit_of_measure=UnitOfMeasure.RECIPIENTS, value=Count(740)
        )
        part = _figure(
            id="p", part_of="t", measure=measure, unit_of_measure=unit, value=Count(60),
            dims=Dims(category="được chọn dự hội nghị"),
        )  # fmt: skip
        return _dataset_of(_report_of(total, part))

    def test_part_of_another_measure(self) -> None:
        """60 models filed under 740 commended recipients is a warning naming both."""
        found = [
            f
            for f in check(self.report("models", UnitOfMeasure.MODELS_AND_EXEMPLARS))
            if f.code == "part_measures_its_total"
        ]
        assert [(f.severity, f.paths) for f in found] == [
            (Severity.WARNING, ("$.reports[0].figures[1]", "$.reports[0].figures[0]"))
        ]

    def test_part_of_the_same_measure(self) -> None:
        """60 commended recipients among 740 raise nothing."""
        assert check(self.report("commended", UnitOfMeasure.RECIPIENTS)) == []


class TestCellsOfOneCell:
    """ "2.146 mô hình, điển hình …. Cấp thành phố công nhận 96 mô hình, 42 điển hình; …"."""

    def report(self, *, city: str | None) -> Dataset:
        """The city level's models and exemplars, its level unsaid (``city`` its words)."""
        total = _figure(id="t", value=Count(2146))
        parts = [
            _figure(id=f"p{i}", part_of="t", value=Count(n), dims=Dims(kind=kind, category=city))
            for i, (kind, n) in enumerate(((ModelKind.MODEL, 96), (ModelKind.EXEMPLAR, 42)))
        ]
        return _dataset_of(_report_of(total, *parts))

    def test_every_kind_of_one_cell_is_no_breakdown_of_the_total(self) -> None:
        """Every kind of the city's 138 is not every kind of the 2.146: no error of 2.008."""
        found = check(self.report(city="Cấp thành phố"))
        assert [f.code for f in found if f.severity is Severity.ERROR] == []

    def test_every_kind_of_the_total_still_adds_up(self) -> None:
        """With no cell of their own, models and exemplars are all of the 2.146."""
        errors = [f for f in check(self.report(city=None)) if f.severity is Severity.ERROR]
        assert [(f.code, f.residual) for f in errors] == [("breakdown_sum", -2008)]


class TestPeriodsAddUp:
    """The years of a five-year report's flow against its five years' figure."""

    @staticmethod
    def _found(*figures: Figure) -> list[Finding]:
        return [f for f in check(_dataset_of(_report_of(*figures))) if f.code == "periods_add_up"]

    @staticmethod
    def _years(*values: str, measure: str = "recognised", first: int = 2021) -> list[Figure]:
        return [
            _figure(
                id=f"y{first + k}",
                measure=measure,
                value=parse_count(v),
                period=Period.year(first + k),
            )
            for k, v in enumerate(values)
        ]

    def test_years_that_cover_the_period_add_up_to_its_figure(self) -> None:
        whole = _figure(
            id="t", measure="recognised", value=Count(1900), period=Period.years(2021, 2025)
        )
        years = self._years("300", "350", "400", "400", "450")  # 1.900
        assert self._found(whole, *years) == []
        typed = self._years("300", "350", "400", "400", "540")  # 1.990
        [found] = self._found(whole, *typed)
        assert found.severity is Severity.ERROR
        assert found.paths == tuple(f"$.reports[0].figures[{k}]" for k in range(6))
        assert found.residual == 90
        assert "≠ 1.900 (2021-2025)" in found.message

    def test_some_years_add_up_to_no_more_than_the_period(self) -> None:
        whole = _figure(
            id="t", measure="recognised", value=Count(1000), period=Period.years(2021, 2025)
        )
        assert self._found(whole, *self._years("300", "350")) == []
        [found] = self._found(whole, *self._years("600", "500"))
        assert "> 1.000 (2021-2025)" in found.message

    def test_a_qualified_figure_holds_the_years_it_may(self) -> None:
        """ "Hơn 1.800 mô hình" over five years holds years adding up to 1.900."""
        whole = _figure(
            id="t",
            measure="recognised",
            value=parse_count("hơn 1.800"),
            period=Period.years(2021, 2025),
        )
        assert self._found(whole, *self._years("300", "350", "400", "400", "450")) == []

    def test_stocks_overlaps_and_other_cells_are_left_alone(self) -> None:
        """Models kept up do not add over years; two periods that overlap count days twice;
        a cell of its own is no part of the period's figure."""
        stock = _figure(
            id="t", measure="in_operation", value=Count(500), period=Period.years(2021, 2022)
        )
        assert self._found(stock, *self._years("400", "450", measure="in_operation")) == []
        whole = _figure(
            id="t", measure="recognised", value=Count(500), period=Period.years(2021, 2023)
        )
        overlapping = [
            _figure(id=f"o{k}", measure="recognised", value=Count(400), period=period)
            for k, period in enumerate((Period.years(2021, 2022), Period.years(2022, 2023)))
        ]
        assert self._found(whole, *overlapping) == []
        province = _figure(
            id="p",
            measure="recognised",
            value=Count(400),
            period=Period.year(2021),
            dims=Dims(level=RecognitionLevel.PROVINCE),
        )
        assert self._found(whole, province, *self._years("200", "250")[1:]) == []
        assert self._found(whole, *self._years("200", "250", "300")) != []  # the same, added

    def test_an_estimate_of_a_year_is_no_part_of_the_sum(self) -> None:
        """ "ước tính" figures may be corrected later: they are not held to the sum."""
        whole = _figure(
            id="t", measure="recognised", value=Count(1000), period=Period.years(2024, 2025)
        )
        first, second = self._years("400", "800", first=2024)
        assert self._found(whole, first, second) != []
        estimated = attrs.evolve(second, status=FigureStatus.ESTIMATED)
        assert self._found(whole, first, estimated) == []


def test_a_drafted_report_whose_years_do_not_add_up_is_flagged() -> None:
    """A five-year report's year mistyped (968 for 986): the sum no longer makes 4.865."""
    from danvan import Source as Src
    from danvan import draft_report

    text = (
        "Kết quả 5 năm (2020-2024), toàn tỉnh công nhận {} mô hình “Dân vận khéo”. Cụ thể: năm "
        "2020 có 812 mô hình; năm 2021 có 905 mô hình; năm 2022 có 968 mô hình; năm 2023 có "
        "1.034 mô hình; năm 2024 có 1.128 mô hình."
    )

    def found(total: str) -> list[str]:
        draft = draft_report(
            text.format(total),
            id="nb-5",
            source=Src(title="t"),
            scope="vn/ninh-binh",
            movement="dan-van-kheo",
        )
        return [f.code for f in check(draft.into(ninh_binh())) if f.code == "periods_add_up"]

    assert found("4.847") == []
    assert found("4.865") == ["periods_add_up"]
