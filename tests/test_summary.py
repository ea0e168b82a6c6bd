"""summarize(): every seed figure, its breakdown, and what checking says of it."""

import csv
import io
import json
from typing import Any

import attrs
import pytest

from danvan import (
    Count,
    Dims,
    Field,
    Figure,
    FigureLine,
    Mark,
    PartsSum,
    Summary,
    load_example,
    summarize,
)
from danvan.exceptions import InvalidValueError

SEEDS = load_example()
SUMMARY = summarize(SEEDS)


def line(report_id: str, figure_id: str) -> FigureLine:
    [report] = [r for r in SUMMARY.reports if r.report.id == report_id]
    [found] = [x for x in report.lines if x.figure.id == figure_id]
    return found


class TestMarks:
    def test_every_figure_once(self) -> None:
        """Each figure of each report appears on exactly one line."""
        for report in SUMMARY.reports:
            assert sorted(x.path for x in report.lines) == sorted(
                f"{report.path}.figures[{i}]" for i in range(len(report.report.figures))
            )

    def test_reconciled_breakdowns(self) -> None:
        """104 + 23 + 3 = 130 and both Hồng Lĩnh breakdowns reconcile."""
        confirmed = line("seed-000", "confirmed")
        assert confirmed.mark is Mark.RECONCILES
        assert confirmed.sums == (PartsSum((Count(104), Count(23), Count(3)), complete=True),)
        registered = line("seed-004", "registered")
        assert [([c.value for c in s.parts], s.complete) for s in registered.sums] == [
            ([27, 85], True),
            ([19, 67, 12, 14], True),
        ]
        assert registered.mark is Mark.RECONCILES

    def test_flagged_with_reason(self) -> None:
        """Ninh Bình's 1.999 recognised is flagged, with the counting-rule explanation."""
        recognised = line("seed-003", "recognised")
        assert recognised.mark is Mark.WARNING
        [finding] = recognised.findings
        assert "every recognition" in finding.message_en

    def test_standalone_figures_are_unchecked(self) -> None:
        """A figure with nothing to compare against says so rather than claiming ✓."""
        assert line("seed-003", "supported").mark is Mark.UNCHECKED

    def test_parts_follow_their_total(self) -> None:
        """Parts come right after their total, one level deeper."""
        report = SUMMARY.reports[0]
        assert [x.depth for x in report.lines[:4]] == [0, 1, 1, 1]

    def test_broken_breakdown_is_an_error(self) -> None:
        """A part changed so the parts no longer add up marks the total and parts ✗."""
        report = SEEDS.reports[0]
        figures = list(report.figures)
        figures[1] = attrs.evolve(figures[1], value=Count(105))
        broken = attrs.evolve(SEEDS, reports=(attrs.evolve(report, figures=figures),))
        summary = summarize(broken)
        assert [x.mark for x in summary.reports[0].lines[:4]] == [Mark.ERROR] * 4


class TestReportFacts:
    def test_who_where_when(self) -> None:
        """Held by the city Party committee, in Sơn La city, on 22/11/2023."""
        report = SUMMARY.reports[0]
        assert [u.name for u in report.units] == ["Thành ủy Sơn La"]
        assert report.area.name == "Thành phố Sơn La"
        assert report.when is not None
        assert report.when.isoformat() == "2023-11-22"
        assert report.phase is not None
        assert report.phase.id == "dan-van-kheo/2021-2025"

    def test_field_shares(self) -> None:
        """Ninh Bình: 27,6 / 53,7 / 10,2 / 8,6 %."""
        report = SUMMARY.reports[3]
        assert [str(s.percent) for s in report.shares] == ["27.6", "53.7", "10.2", "8.6"]

    def test_a_bodys_models_by_field_are_no_shares_of_the_area(self) -> None:
        """A union's models by field say nothing of the province's shares by field."""
        report = SEEDS.reports[3]
        total = attrs.evolve(
            report.figures[0],
            id="union",
            dims=attrs.evolve(report.figures[0].dims, category="Hội Nông dân"),
        )
        parts = [
            attrs.evolve(f, id=f"union-{i}", part_of="union")
            for i, f in enumerate(report.figures)
            if f.part_of == report.figures[0].id
        ]
        union = attrs.evolve(report, figures=(total, *parts))
        summary = summarize(attrs.evolve(SEEDS, reports=(union,)))
        assert [str(s.value) for s in (total, *parts)] == ["1.635", "451", "878", "166", "140"]
        assert summary.reports[0].shares == ()
        assert "Tỷ trọng theo lĩnh vực" not in summary.to_text()

    def test_shares_of_merged_fields_are_named_in_the_summarys_language(self) -> None:
        """Fields merged into one bucket are named by their labels, in Vietnamese too."""
        report = SEEDS.reports[3]
        total = report.figures[0]
        merged = [
            Figure(
                measure=total.measure,
                value=Count(value),
                unit_of_measure=total.unit_of_measure,
                scope=total.scope,
                movements=total.movements,
                period=total.period,
                dims=attrs.evolve(total.dims, fields=fields),
                source=total.source,
                id=f"merged-{i}",
                part_of=total.id,
            )
            for i, (value, fields) in enumerate(
                [
                    (1329, (Field.ECONOMY, Field.CULTURE_SOCIETY)),
                    (306, (Field.DEFENCE_SECURITY, Field.POLITICAL_SYSTEM)),
                ]
            )
        ]
        two = attrs.evolve(report, figures=(total, *merged))
        text = summarize(attrs.evolve(SEEDS, reports=(two,))).to_text()
        assert (
            "Tỷ trọng theo lĩnh vực của 1.635 mô hình, điển hình (đăng ký xây dựng), 2021-2023: "
            "kinh tế + văn hóa - xã hội 81,3 %, quốc phòng - an ninh + "
            "xây dựng hệ thống chính trị 18,7 %"
        ) in text

    def test_shares_by_field_name_the_total_they_are_of(self) -> None:
        """Registered and recognised models both broken down by field: the line says which."""
        [report] = [r for r in SEEDS.reports if r.id == "seed-003"]
        registered = next(f for f in report.figures if f.id == "registered")
        recognised = attrs.evolve(
            registered, id="recognised-2025", measure="recognised", value=Count(500)
        )
        cells = [
            attrs.evolve(
                registered,
                id=f"recognised-{field.value}",
                measure="recognised",
                value=Count(value),
                part_of=recognised.id,
                dims=Dims(fields=(field,)),
            )
            for field, value in [
                (Field.ECONOMY, 100),
                (Field.CULTURE_SOCIETY, 100),
                (Field.DEFENCE_SECURITY, 100),
                (Field.POLITICAL_SYSTEM, 200),
            ]
        ]
        both = attrs.evolve(report, figures=(*report.figures, recognised, *cells))
        summary = summarize(attrs.evolve(SEEDS, reports=(both,)))
        [shares] = [x for x in summary.to_text().splitlines() if "Tỷ trọng" in x]
        assert shares.startswith(
            "  Tỷ trọng theo lĩnh vực của 1.635 mô hình, điển hình (đăng ký xây dựng), 2021-2023:"
        )
        [english] = [x for x in summary.to_text(lang="en").splitlines() if "Shares" in x]
        assert english.startswith(
            "  Shares by field of 1,635 models and exemplars (registered), 2021-2023:"
        )
        [data] = summary.to_dict()["reports"]
        assert data["shares_of"] == "registered"

    def test_report_without_figures(self) -> None:
        """Seed 001 has no figures and says so."""
        report = SUMMARY.reports[1]
        assert report.lines == ()
        assert "(không có số liệu)" in SUMMARY.to_text()


class TestRendering:
    def test_text_lists_every_seed_figure(self) -> None:
        """Every figure the reports give appears, written as the reports write it."""
        text = SUMMARY.to_text("vi")
        for number in ("130", "104", "23", "1.967", "1.411", "556", "208", "426", "1.635"):
            assert f" {number} " in text
        for number in ("451", "878", "166", "140", "1.999", "trên 1.000", "8/8", "24", "112"):
            assert number in text
        assert "VHXH và chỉnh trang đô thị → văn hóa - xã hội" in text
        assert "Giấy khen — UBND thành phố Sơn La (22/11/2023): 11 tập thể, 5 cá nhân" in text

    def test_english(self) -> None:
        """English labels and English number notation."""
        text = SUMMARY.to_text("en")
        assert "1,635 models and exemplars (registered), 2021-2023" in text
        assert "certificate of merit" in text
        assert "evaluation after 2 years" in text

    def test_json(self) -> None:
        """JSON holds the same marks as the text, and is JSON."""
        data = json.loads(json.dumps(SUMMARY.to_dict("en")))
        figures = [f for r in data["reports"] for f in r["figures"]]
        assert len(figures) == sum(len(r.report.figures) for r in SUMMARY.reports)
        marks = {m.value: n for m, n in SUMMARY.marks().items()}
        assert data["across_reports"]["marks"] == marks
        by_measure = data["across_reports"]["by_measure"]["registered"]
        assert [(r["scope"], r["value"]) for r in by_measure] == [
            ("vn/ninh-binh", 1635),
            ("vn/ha-tinh/hong-linh", 112),
        ]

    def test_csv(self) -> None:
        """One row per figure, with the mark and the reasons."""
        rows = list(csv.DictReader(io.StringIO(SUMMARY.to_csv("vi"))))
        assert len(rows) == sum(len(r.report.figures) for r in SUMMARY.reports)
        [row] = [r for r in rows if r["report"] == "seed-003" and r["id"] == "recognised"]
        assert row["mark"] == "warning"
        assert "mỗi lượt công nhận" in row["reasons"]
        assert SUMMARY.to_csv(bom=True).startswith("\ufeff")

    def test_unknown_language(self) -> None:
        """Only vi and en."""
        with pytest.raises(InvalidValueError, match="fr"):
            SUMMARY.to_text("fr")


class TestAwardsAcrossReports:
    """Batches of two programmes, one of them without its individuals stated."""

    def dataset(self) -> object:
        import attrs

        from danvan import Award, AwardForm, Count, Movement
        from tests.seeds import ninh_binh

        dataset = ninh_binh()
        other = Award(
            id="ninh-binh/2023/bang-khen-dvcq",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="vn/ninh-binh/ubnd",
            movements=Movement.GOVERNMENT_MASS_MOBILISATION.id,
            collectives=Count(87),
        )
        report = attrs.evolve(dataset.reports[0], awards=(*dataset.reports[0].awards, other.id))
        return attrs.evolve(
            dataset,
            movements=(*dataset.movements, Movement.GOVERNMENT_MASS_MOBILISATION),
            awards=(*dataset.awards, other),
            reports=(report,),
        )

    def test_never_added_across_programmes(self) -> None:
        """Each programme's Bằng khen is its own line: 20 + 10 and 87 + ?, not 107 + 10."""
        from danvan import summarize

        text = summarize(self.dataset()).to_text("en")  # type: ignore[arg-type]
        across = text.split("Across the reports")[1]
        assert "certificate of merit" in across
        lines = [line.strip() for line in across.splitlines() if "certificate of merit" in line]
        assert len(lines) == 2
        assert lines[0].endswith("20 collectives, 10 individuals")
        assert lines[1].endswith("87 collectives, ? individuals")
        assert "107" not in across

    def test_unknown_is_not_zero_in_json(self) -> None:
        """The JSON form gives null, not 0, for a count no batch states."""
        from danvan import summarize

        data = summarize(self.dataset()).to_dict("en")  # type: ignore[arg-type]
        awards = data["across_reports"]["awards"]
        from danvan import Movement

        assert [(a["movements"], a["collectives"], a["individuals"]) for a in awards] == [
            (["dan-van-kheo"], 20, 10),
            ([Movement.GOVERNMENT_MASS_MOBILISATION.id], 87, None),
        ]


def _merit_lines_across(text: str) -> list[str]:
    """The lines of certificates of merit in a Vietnamese summary's part across reports."""
    across = text.split("Các báo cáo cùng nhau")[1]
    return [x.strip() for x in across.splitlines() if x.strip().startswith("Bằng khen")]


class TestAwardBatchesOfSeveralReports:
    """A review restating a batch, beside a batch of the year after."""

    def dataset(self) -> object:
        import datetime as dt

        from danvan import Award, AwardForm, Qualifier
        from tests.seeds import ninh_binh

        dataset = ninh_binh()
        [first] = dataset.reports
        later = Award(
            id="ninh-binh/2024/bang-khen",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="vn/ninh-binh/ubnd",
            on=dt.date(2024, 10, 15),
            movements="dan-van-kheo",
            collectives=Count(15, Qualifier.OVER),
            individuals=Count(8),
        )
        # The review of 2025 lists the batch of 2023 again, with the one of 2024.
        review = attrs.evolve(first, id="nb-2025", awards=(*first.awards, later.id), figures=())
        return attrs.evolve(dataset, awards=(*dataset.awards, later), reports=(first, review))

    def test_a_batch_two_reports_list_is_added_once(self) -> None:
        """20 + 15 collectives in two batches, not 20 + 20 + 15 in three."""
        text = summarize(self.dataset()).to_text("vi")  # type: ignore[arg-type]
        assert _merit_lines_across(text) == ["Bằng khen (2 đợt): trên 35 tập thể, 18 cá nhân"]

    def test_json_keeps_the_qualifier_and_the_batches(self) -> None:
        """ "trên 35" is given as 35 with "over", never as a bare 35."""
        data = summarize(self.dataset()).to_dict("en")  # type: ignore[arg-type]
        [total] = data["across_reports"]["awards"]
        assert (total["batches"], total["collectives"], total["collectives_qualifier"]) == (
            2,
            35,
            "over",
        )
        assert (total["individuals"], total["individuals_qualifier"]) == (18, "exact")

    def test_a_batch_of_unstated_kind_leaves_a_lower_bound(self) -> None:
        """With a batch of 21 of unstated kind, collectives are at least 20 + 15, not 21."""
        from danvan import Award, AwardForm

        dataset = self.dataset()
        models = Award(
            id="ninh-binh/2025/bang-khen-mo-hinh",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="vn/ninh-binh/ubnd",
            movements="dan-van-kheo",
            others=Count(21),
        )
        first, review = dataset.reports  # type: ignore[attr-defined]
        review = attrs.evolve(review, awards=(*review.awards, models.id))
        dataset = attrs.evolve(
            dataset,
            awards=(*dataset.awards, models),  # type: ignore[attr-defined]
            reports=(first, review),
        )
        text = summarize(dataset).to_text("vi")  # type: ignore[arg-type]
        expected = (
            "Bằng khen (3 đợt): ít nhất 36 tập thể, ít nhất 18 cá nhân, "
            "21 không rõ tập thể hay cá nhân"
        )
        assert _merit_lines_across(text) == [expected]

    def test_english_counts_batches(self) -> None:
        text = summarize(self.dataset()).to_text("en")  # type: ignore[arg-type]
        assert "certificate of merit (2 batches): over 35 collectives, 18 individuals" in text


class TestAwardBatchesNested:
    """A five-year report's batch and one alike of its last year: their total may count
    some recipients twice, and says so beside it and in the JSON."""

    @staticmethod
    def dataset(last_year: int = 2025) -> object:
        from tests.seeds import nested_batches, ninh_binh

        return nested_batches(
            ninh_binh(),
            "vn/ninh-binh",
            inner=(20, None),
            outer=(156, None),
            inner_years=(last_year, last_year),
        )

    def test_the_total_says_some_may_be_counted_twice(self) -> None:
        from danvan import summarize

        summary = summarize(self.dataset())  # type: ignore[arg-type]
        assert _merit_lines_across(summary.to_text("vi")) == [
            "Bằng khen (2 đợt): 176 tập thể, ? cá nhân (⚠ có thể trùng nhau, xem phần phát hiện)"
        ]
        [total] = summary.to_dict("en")["across_reports"]["awards"]
        assert (total["collectives"], total["may_overlap"]) == (176, True)

    def test_batches_of_years_apart_are_added_without_a_word(self) -> None:
        from danvan import summarize

        summary = summarize(self.dataset(last_year=2026))  # type: ignore[arg-type]
        assert _merit_lines_across(summary.to_text("vi")) == [
            "Bằng khen (2 đợt): 176 tập thể, ? cá nhân"
        ]
        [total] = summary.to_dict("en")["across_reports"]["awards"]
        assert total["may_overlap"] is False

    def test_one_batch_told_by_two_articles_is_said_too(self) -> None:
        """Two reports of one year, each with "156 tập thể": one batch, maybe, told twice."""
        from danvan import Period, summarize
        from tests.seeds import nested_batches, ninh_binh

        twice = nested_batches(
            ninh_binh(),
            "vn/ninh-binh",
            inner=(156, None),
            outer=(156, None),
            inner_years=(2025, 2025),
        )
        twice = attrs.evolve(  # both of the year 2025
            twice,
            reports=tuple(
                attrs.evolve(
                    r,
                    figures=tuple(attrs.evolve(f, period=Period.year(2025)) for f in r.figures),
                )
                for r in twice.reports
            ),
        )
        summary = summarize(twice)
        assert _merit_lines_across(summary.to_text("vi")) == [
            "Bằng khen (2 đợt): 312 tập thể, ? cá nhân (⚠ có thể trùng nhau, xem phần phát hiện)"
        ]
        [total] = summary.to_dict("en")["across_reports"]["awards"]
        assert total["may_overlap"] is True


class TestHouseholdsGivenAnAward:
    """ "… tặng Bằng khen cho 8 tập thể, 12 cá nhân và 3 hộ gia đình": households are said."""

    def dataset(self) -> object:
        from danvan import Award, AwardForm, HolderKind, Recipient
        from tests.seeds import ninh_binh

        dataset = ninh_binh()
        [first] = dataset.reports
        counted = Award(
            id="nb/bang-khen-ho",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="vn/ninh-binh/ubnd",
            movements="dan-van-kheo",
            collectives=Count(8),
            individuals=Count(12),
            households=Count(3),
        )
        named = Award(
            id="nb/giay-khen-ho",
            form=AwardForm.CERTIFICATE_OF_COMMENDATION,
            issuer="vn/ninh-binh/ubnd",
            movements="dan-van-kheo",
            recipients=(
                Recipient(holder=HolderKind.COLLECTIVE, name="Chi hội Nông dân thôn Đông"),
                Recipient(holder=HolderKind.HOUSEHOLD, name="Gia đình ông Nguyễn Văn Hòa"),
            ),
        )
        report = attrs.evolve(first, awards=(*first.awards, counted.id, named.id))
        return attrs.evolve(dataset, awards=(*dataset.awards, counted, named), reports=(report,))

    def test_each_batch_says_its_households(self) -> None:
        text = summarize(self.dataset()).to_text("vi")  # type: ignore[arg-type]
        mine = text.split("Các báo cáo cùng nhau")[0]
        assert "UBND tỉnh Ninh Bình: 8 tập thể, 12 cá nhân, 3 hộ gia đình" in mine
        assert "1 tập thể, 0 cá nhân, 1 hộ gia đình" in mine
        assert "không rõ tập thể hay cá nhân" not in text

    def test_totals_add_the_households_of_every_batch(self) -> None:
        across = summarize(self.dataset()).to_text("en").split("Across the reports")[1]  # type: ignore[arg-type]
        lines = [x.strip() for x in across.splitlines() if "households" in x]
        assert lines == [
            "certificate of merit (2 batches): 28 collectives, 22 individuals, 3 households",
            "certificate of commendation: 1 collectives, 0 individuals, 1 households",
        ]
        data = summarize(self.dataset()).to_dict("en")  # type: ignore[arg-type]
        awards = data["across_reports"]["awards"]
        assert [(a["households"], a["others"]) for a in awards] == [(3, 0), (1, 0)]
        [report] = data["reports"]
        named = report["awards"][-1]  # its counts are its recipients'
        assert [a["households"] for a in report["awards"]][-2:] == [3, 1]
        assert (named["collectives"], named["individuals"], named["others"]) == (1, 0, 0)

    def test_the_batch_total_counts_its_households(self) -> None:
        from danvan import HolderKind

        counted = self.dataset().awards[-2]  # type: ignore[attr-defined]
        assert counted.total == Count(23)
        assert counted.count(HolderKind.HOUSEHOLD) == Count(3)


def _summary_of(*figures: Figure) -> Summary:
    """The summary of the Ninh Bình seed with one report "r" of just these figures."""
    from tests.seeds import ninh_binh

    dataset = ninh_binh()
    report = attrs.evolve(dataset.reports[0], id="r", figures=figures, awards=())
    return summarize(attrs.evolve(dataset, reports=(report,)))


def _listed_across(figure: Figure) -> tuple[str, dict[str, Any]]:
    """How one figure is listed across the reports: its text (vi), its row of the dict (en)."""
    summary = _summary_of(figure)
    across = summary.to_text("vi").split("Các báo cáo cùng nhau")[1]
    [row] = summary.to_dict("en")["across_reports"]["by_measure"][figure.measure]
    return across, row


def test_changes_and_subsets_are_no_totals_of_their_measure() -> None:
    """ "tăng 124 mô hình" and "trong đó 125 …" are not listed as totals across reports."""
    from danvan import Change, Figure, Source

    common = {
        "measure": "recognised",
        "unit_of_measure": "models",
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
        "source": Source(quote="Toàn tỉnh công nhận 986 mô hình, tăng 124 mô hình."),
    }
    figures = (
        Figure(id="all", value=Count(986), **common),  # type: ignore[arg-type]
        Figure(id="up", value=Count(124), change=Change.INCREASE, **common),  # type: ignore[arg-type]
        Figure(id="some", value=Count(125), subset_of="all", **common),  # type: ignore[arg-type]
    )
    summary = _summary_of(*figures)
    data = summary.to_dict("en")
    listed = data["across_reports"]["by_measure"]["recognised"]
    assert [r["value"] for r in listed] == [986]
    rows = list(csv.DictReader(io.StringIO(summary.to_csv())))
    assert [(r["value"], r["change"], r["subset_of"]) for r in rows] == [
        ("986", "", ""),
        ("124", "increase", ""),
        ("125", "", "all"),
    ]


def test_some_of_a_count_of_another_measure_is_its_measures_total() -> None:
    """ "3.245 mô hình, trong đó 2.156 mô hình được công nhận": the recognised are listed
    across reports as the area's; some of a count of their own measure are not."""
    from danvan import Figure, Source

    common = {
        "unit_of_measure": "models",
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
        "source": Source(
            quote="Toàn tỉnh có 3.245 mô hình, trong đó 2.156 mô hình được công nhận; đăng ký "
            "mới 410 mô hình, trong đó 96 mô hình đăng ký lần đầu."
        ),
    }
    figures = (
        Figure(id="all", measure="models", value=Count(3245), **common),  # type: ignore[arg-type]
        Figure(id="rec", measure="recognised", value=Count(2156), subset_of="all", **common),  # type: ignore[arg-type]
        Figure(id="reg", measure="registered", value=Count(410), **common),  # type: ignore[arg-type]
        Figure(id="first", measure="registered", value=Count(96), subset_of="reg", **common),  # type: ignore[arg-type]
    )
    listed = _summary_of(*figures).to_dict("en")["across_reports"]["by_measure"]
    assert {m: [r["value"] for r in rows] for m, rows in listed.items()} == {
        "models": [3245],
        "recognised": [2156],
        "registered": [410],
    }


def test_occurrences_across_reports_say_so() -> None:
    """ "trên 350 lượt người" is never listed across the reports as 350 people."""
    from danvan import Figure, Qualifier, Source

    took_part = Figure(
        id="took-part",
        measure="participants",
        value=Count(350, Qualifier.OVER),
        unit_of_measure="people",
        occurrences=True,
        scope="vn/ninh-binh",
        movements="dan-van-kheo",
        source=Source(quote="… với trên 350 lượt cán bộ, đảng viên tham dự."),
    )
    across, row = _listed_across(took_part)
    assert "trên 350 lượt người — Tỉnh Ninh Bình" in across
    assert (row["value"], row["unit_of_measure"], row["occurrences"]) == (350, "people", True)


def test_a_share_of_units_across_reports_keeps_what_it_is_out_of() -> None:
    """ "Có 45/48 xã, phường có mô hình" is listed as 45/48, never as 45 units alone."""
    from danvan import Dims, Figure, Source

    covered = Figure(
        id="covered",
        measure="coverage",
        value=Count(45),
        out_of=Count(48),
        unit_of_measure="units",
        dims=Dims(category="xã, phường"),
        scope="vn/ninh-binh",
        movements="dan-van-kheo",
        source=Source(quote="Có 45/48 xã, phường đăng ký xây dựng mô hình “Dân vận khéo”."),
    )
    across, row = _listed_across(covered)
    assert "45/48 đơn vị [xã, phường] — Tỉnh Ninh Bình" in across
    assert (row["value"], row["out_of"]) == (45, 48)


def test_a_restatement_says_which_figure_it_restates() -> None:
    """A headline's "25 mô hình" restating the body's is marked, never read as 25 more."""
    from danvan import Figure, Source

    common = {
        "measure": "honoured",
        "unit_of_measure": "models",
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
    }
    headline = Figure(  # type: ignore[arg-type]
        id="r/f0", value=Count(25), source=Source(quote="… biểu dương 25 mô hình"), **common
    )
    body = Figure(  # type: ignore[arg-type]
        id="r/f1",
        value=Count(25),
        restates="r/f0",
        source=Source(quote="Đảng ủy xã đã biểu dương 25 mô hình tiêu biểu"),
        **common,
    )
    summary = _summary_of(headline, body)
    lines = [x.strip() for x in summary.to_text("vi").splitlines() if "25 mô hình" in x]
    assert lines[:2] == [
        "· 25 mô hình (biểu dương) — Tỉnh Ninh Bình",
        "· 25 mô hình (biểu dương) — Tỉnh Ninh Bình (nhắc lại số liệu r/f0)",
    ]
    figures = summary.to_dict("en")["reports"][0]["figures"]
    assert [f["restates"] for f in figures] == [None, "r/f0"]
    rows = list(csv.DictReader(io.StringIO(summary.to_csv("en"))))
    assert [(r["value"], r["restates"]) for r in rows] == [("25", ""), ("25", "r/f0")]


def test_some_of_a_cell_is_marked_and_compared_with_no_other_measure() -> None:
    """144 "among" 318 registered: marked so, and 291 recognised is not set against it."""
    from danvan import Figure, Source

    common = {
        "unit_of_measure": "models",
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
        "dims": Dims(category="Hội Nông dân tỉnh"),
    }
    registered = Figure(  # type: ignore[arg-type]
        id="r/f0", value=Count(318), measure="registered", source=Source(quote="…"), **common
    )
    some = Figure(  # type: ignore[arg-type]
        id="r/f1",
        value=Count(144),
        measure="registered",
        subset_of="r/f0",
        source=Source(quote="… bảo vệ môi trường (144 mô hình)"),
        **common,
    )
    recognised = Figure(  # type: ignore[arg-type]
        id="r/f2", value=Count(291), measure="recognised", source=Source(quote="…"), **common
    )
    summary = _summary_of(registered, some, recognised)
    lines = [x.strip() for x in summary.to_text("vi").splitlines() if "mô hình (" in x]
    assert [line.endswith("(nằm trong số liệu r/f0)") for line in lines] == [False, True, False]
    assert [f.rule.code for f in summary.findings] == []
    own = attrs.evolve(some, subset_of=None)  # the same 144 as the cell's own: 291 is too many
    codes = [f.rule.code for f in _summary_of(own, recognised).findings]
    assert codes == ["recognised_not_above_registered"]


class TestAwardBatchesOfOtherKinds:
    """A proposed batch, one of unstated form and one counted in occurrences."""

    def summary_text(self, lang: str) -> str:
        import attrs

        from danvan import Award, AwardForm, AwardStatus, Count, summarize
        from tests.seeds import ninh_binh

        dataset = ninh_binh()
        extra = (
            Award(
                id="nb/de-nghi-bang-khen",
                form=AwardForm.CERTIFICATE_OF_MERIT,
                issuer="vn/ninh-binh/ubnd",
                status=AwardStatus.PROPOSED,
                proposer="vn/ninh-binh/ubnd",
                movements="dan-van-kheo",
                others=Count(26),
            ),
            Award(
                id="nb/cac-cap-khen",
                issuer_text="các cấp",
                movements="dan-van-kheo",
                collectives=Count(936),
            ),
            Award(
                id="nb/luot-khen",
                issuer_text="các cấp",
                movements="dan-van-kheo",
                others=Count(212),
                occurrences=True,
            ),
        )
        ids = (*dataset.reports[0].awards, *(a.id for a in extra))
        report = attrs.evolve(dataset.reports[0], awards=ids)
        dataset = attrs.evolve(dataset, awards=(*dataset.awards, *extra), reports=(report,))
        return summarize(dataset).to_text(lang)  # type: ignore[arg-type]

    def test_each_kind_is_its_own_line(self) -> None:
        """Proposed is never added to conferred, nor occurrences to recipients."""
        across = self.summary_text("vi").split("Các báo cáo cùng nhau")[1]
        lines = [line.strip() for line in across.splitlines() if "tập thể" in line]
        assert "Bằng khen: 20 tập thể, 10 cá nhân" in lines
        assert "đề nghị Bằng khen: 26 không rõ tập thể hay cá nhân" in lines
        assert "khen thưởng (hình thức không nêu): 936 tập thể, ? cá nhân" in lines
        assert "khen thưởng (hình thức không nêu) (lượt): 212 không rõ tập thể hay cá nhân" in lines
        assert "46" not in across  # 20 + 26 never added

    def test_unnamed_issuer_shows_the_words(self) -> None:
        """The report's words for the issuer are printed, marked as no named body."""
        text = self.summary_text("en")
        assert "award (form not stated) — các cấp (no body of the dataset)" in text


def test_dates_say_what_they_are() -> None:
    """A report without a review date shows '?' and its publication date, labelled so."""
    from danvan import load_example, summarize

    summary = summarize(load_example())
    [article] = [r for r in summary.reports if r.report.id == "seed-001"]
    assert (article.when, article.published_on) == (None, article.report.source.published_on)
    vi = summary.to_text("vi")
    assert "Thời gian: ? (ngày đăng 06/02/2023)" in vi
    en = summary.to_text("en")
    assert "When: ? (published 2023-02-06)" in en
    data = summary.to_dict("en")["reports"][1]
    assert (data["when"], data["published_on"]) == (None, "2023-02-06")


def test_a_report_with_no_day_shows_the_periods_of_its_figures() -> None:
    """A drafted report (no review, no publication day): '?' and its figures' periods."""
    from danvan import Source, draft_report, load_example, summarize

    example = load_example()
    draft = draft_report(
        "Năm 2025, toàn tỉnh đăng ký 86 mô hình. Trong 9 tháng năm 2025, nhân dân hiến 8.650 "
        "m2 đất. Năm 2024, toàn tỉnh đăng ký 72 mô hình.",
        id="t1",
        source=Source(title="Bản tin"),
        scope="vn/ninh-binh",
        movement="dan-van-kheo",
    )
    dataset = attrs.evolve(example, reports=(draft.report,))
    vi = summarize(dataset).to_text("vi")
    assert "Thời gian: ? (số liệu: năm 2024; năm 2025; 01/01/2025 - 30/09/2025)" in vi
    assert "When: ? (figures of 2024; 2025; 2025-01-01 to 2025-09-30)" in summarize(
        dataset
    ).to_text("en")


def test_a_bodys_own_report_is_listed_as_its_cell_beside_the_areas() -> None:
    """A Women's Union's report beside the province's: its counts are the Union's.

    Listed with their cell, not as the province's own count, and never checked against
    the province's as one quantity given twice.
    """
    from danvan import Source, draft_report, load_example, summarize

    example = load_example()
    reports = [
        draft_report(
            f"{head}\n\nBÁO CÁO\nKết quả phong trào thi đua “Dân vận khéo” năm 2024\n\n"
            f"Năm 2024, {who} đăng ký xây dựng {n} mô hình “Dân vận khéo”.",
            id=report_id,
            source=Source(title=head),
            scope="vn/ninh-binh",
            movement="dan-van-kheo",
        ).report
        for report_id, head, who, n in (
            ("area", "BAN DÂN VẬN TỈNH ỦY NINH BÌNH", "toàn tỉnh", "1.246"),
            ("union", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH", "các cấp Hội", "214"),
        )
    ]
    summary = summarize(attrs.evolve(example, reports=tuple(reports)))
    text = summary.to_text("vi")
    assert "1.246 mô hình — Tỉnh Ninh Bình, năm 2024 (area)" in text
    assert "214 mô hình [HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH] — Tỉnh Ninh Bình" in text
    assert not [f for f in summary.findings if f.code == "same_quantity_consistent"]
    rows = summary.to_dict("vi")["across_reports"]["by_measure"]["registered"]
    assert [(row["report"], row["cell"]) for row in rows] == [
        ("area", None),
        ("union", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH"),
    ]


def test_one_report_is_singular() -> None:
    """'Summary of 1 report', in English as in Vietnamese."""
    import attrs

    from danvan import load_example, summarize

    seeds = load_example()
    one = attrs.evolve(seeds, reports=seeds.reports[3:4], models=())
    assert summarize(one).to_text("en").startswith("Summary of 1 report\n")
    assert summarize(one).to_text().startswith("Tổng hợp 1 báo cáo\n")
    assert summarize(seeds).to_text("en").startswith("Summary of 5 reports and 2 model records\n")
    assert summarize(seeds).to_text().startswith("Tổng hợp 5 báo cáo, 2 hồ sơ mô hình\n")


def test_no_heading_over_nothing() -> None:
    """A report without figures gives no empty 'figures checked' or 'by measure' heading."""
    import attrs

    from danvan import load_example, summarize

    seeds = load_example()
    [bare] = [r for r in seeds.reports if not r.figures]
    text = summarize(attrs.evolve(seeds, reports=(bare,))).to_text("en")
    across = text.split("Across the reports")[1]
    assert "By measure" not in across
    assert "Figures checked" not in across
    assert "Findings: none" in across


def test_a_drafts_notes_read_in_the_summarys_language() -> None:
    """What a draft left out is said in Vietnamese in a Vietnamese summary, a note of one's
    own as written."""
    from danvan import Source, draft_report
    from tests.seeds import ninh_binh

    dataset = ninh_binh()
    draft = draft_report(
        "Toàn tỉnh xây dựng 412 mô hình. Phấn đấu đến năm 2030 có 2.500 mô hình.",
        id="nhap",
        source=Source(title="Tin mẫu"),
        scope="vn/ninh-binh",
        movement="dan-van-kheo",
    )
    report = attrs.evolve(draft.report, notes=(*draft.report.notes, "Số liệu do xã gửi."))
    summary = summarize(attrs.evolve(dataset, reports=(report,), awards=()))
    vietnamese, english = summary.to_text(), summary.to_text("en")
    why = "chỉ tiêu, mục tiêu ('Phấn đấu'), không phải kết quả"
    assert f"Ghi chú: chưa đưa vào bản nháp: '2.500 mô hình' (ký tự thứ 57): {why}" in vietnamese
    assert "Ghi chú: Số liệu do xã gửi." in vietnamese
    assert "not drafted: '2.500 mô hình' @ 57: a target ('Phấn đấu'), not a result" in english


def test_a_report_of_the_area_itself_names_it_once() -> None:
    """ "Đơn vị: Tỉnh Ninh Bình", not "Tỉnh Ninh Bình (Tỉnh Ninh Bình)"; a body its area."""
    from tests.seeds import ninh_binh

    dataset = ninh_binh()
    [report] = dataset.reports
    own = attrs.evolve(report, id="nb-own", units=("vn/ninh-binh",))
    text = summarize(attrs.evolve(dataset, reports=(report, own))).to_text("vi")
    who = [line.strip() for line in text.splitlines() if line.strip().startswith("Đơn vị:")]
    assert who == [
        "Đơn vị: Ban Chỉ đạo phong trào thi đua Dân vận khéo tỉnh (Tỉnh Ninh Bình)",
        "Đơn vị: Tỉnh Ninh Bình",
    ]


def test_a_count_of_models_alone_is_never_said_of_exemplars_too() -> None:
    """ "2.450 mô hình" is "2.450 mô hình (mỗi mô hình một lần)", not "mô hình, điển hình"."""
    from danvan import Figure, Source

    def of(unit: str) -> Figure:
        return Figure(
            id=f"models-{unit}",
            measure="models",
            value=Count(2450),
            unit_of_measure=unit,
            scope="vn/ninh-binh",
            movements="dan-van-kheo",
            source=Source(quote="Toàn tỉnh có 2.450 mô hình."),
        )

    vi = _summary_of(of("models")).to_text("vi")
    assert "2.450 mô hình (mỗi mô hình một lần)" in vi
    assert "điển hình" not in vi.split("Các báo cáo cùng nhau")[0].split("Số liệu:")[1]
    en = _summary_of(of("models_and_exemplars")).to_text("en")
    assert "2,450 models and exemplars (each once)" in en
