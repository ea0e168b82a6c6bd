"""Days known only to their month or year, as reports give them.

"Tháng 10/2022, Báo … đăng bài" (a publication known to the month); "được UBND huyện
công nhận năm 2022" (a recognition known to the year); "Kế hoạch ban hành tháng 3/2021".
"""

import datetime as dt

import attrs
import pytest

from danvan import (
    Award,
    Count,
    Directive,
    DocumentType,
    HolderKind,
    Model,
    ModelKind,
    PartialDate,
    Period,
    Recognised,
    RecognitionLevel,
    Registered,
    Review,
    ReviewKind,
    Source,
    check,
    dumps,
    load_example,
    loads,
    summarize,
)
from danvan.exceptions import InvalidDateError, InvalidEntityError, StructureError

OCTOBER = PartialDate(2022, 10)
YEAR = PartialDate(2022)


class TestPartialDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("10/2022", OCTOBER),
            ("tháng 10/2022", OCTOBER),
            ("Tháng 10 năm 2022", OCTOBER),
            ("2022-10", OCTOBER),
            ("năm 2022", YEAR),
            ("2022", YEAR),
        ],
    )
    def test_parse(self, text: str, expected: PartialDate) -> None:
        """Month-and-year and year wordings of reports, and the ISO forms."""
        assert PartialDate.parse(text) == expected

    @pytest.mark.parametrize("text", ["13/2022", "ngày 14/8", "quý III/2022", "2022-10-05"])
    def test_refused_with_the_accepted_forms(self, text: str) -> None:
        """A wording it does not read says which forms it does."""
        with pytest.raises(InvalidDateError, match=r"month and year|from 1 to 12"):
            PartialDate.parse(text)

    def test_the_span_it_covers(self) -> None:
        """October 2022 is 1 to 31 October; 2022 is the whole year."""
        assert (OCTOBER.first, OCTOBER.last) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
        assert (YEAR.first, YEAR.last) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
        assert (str(OCTOBER), OCTOBER.format("en"), str(YEAR)) == ("10/2022", "2022-10", "2022")

    def test_ordering_is_by_the_whole_span(self) -> None:
        """Before a day only when all of it is; neither before nor after a day inside."""
        assert dt.date(2022, 11, 1) > OCTOBER
        assert dt.date(2022, 9, 30) < OCTOBER
        inside = dt.date(2022, 10, 15)
        assert not inside > OCTOBER
        assert not inside < OCTOBER
        assert dt.date(2022, 10, 31) >= OCTOBER
        assert not YEAR < OCTOBER

    def test_contains(self) -> None:
        """A period contains a month only when it contains every day of it."""
        assert Period.years(2022, 2022).contains(OCTOBER)
        assert not Period(dt.date(2022, 10, 10), dt.date(2022, 12, 31)).contains(OCTOBER)


class TestWhereDaysAreTaken:
    def test_source_review_directive_award(self) -> None:
        """Each takes a month or a year, and its wire form is ISO."""
        source = Source(title="Sơ kết phong trào", published_on=OCTOBER)
        assert dumps(source) == '{"title":"Sơ kết phong trào","published_on":"2022-10"}'
        assert loads(dumps(source), Source) == source
        review = Review(id="r", kinds=ReviewKind.ANNUAL, organisers="u", held_on=YEAR)
        assert loads(dumps(review), Review) == review
        plan = Directive(
            id="kh-03",
            doc_type=DocumentType.PLAN,
            number="03",
            title="Kế hoạch số 03",
            issued_on=PartialDate(2021, 3),
        )
        with pytest.raises(InvalidEntityError, match="known only as 03/2021"):
            plan.anniversary(5)
        award = Award(id="a", issuer="u", collectives=Count(3), on=YEAR)
        assert loads(dumps(award), Award) == award

    def test_a_bad_month_names_its_path(self) -> None:
        """'2022-13' is no day, month or year."""
        with pytest.raises(StructureError, match=r"YYYY-MM or YYYY.*@ \$\.published_on"):
            loads('{"title": "x", "published_on": "2022-13"}', Source)

    def test_a_datetime_is_still_refused(self) -> None:
        """A moment is no day."""
        with pytest.raises(InvalidEntityError):
            Source(title="x", published_on=dt.datetime(2022, 10, 5, 8, 0, tzinfo=dt.UTC))  # type: ignore[arg-type]


class TestModelEvents:
    MODEL = Model(
        id="m",
        title="Mô hình 'Dân vận khéo' trong xây dựng nông thôn mới",
        kind=ModelKind.MODEL,
        holder=HolderKind.COLLECTIVE,
        unit="u",
        movement="dan-van-kheo",
        events=(
            Registered(on=PartialDate(2021)),
            Recognised(on=OCTOBER, level=RecognitionLevel.DISTRICT),
        ),
    )

    def test_status_only_once_all_of_the_month_has_passed(self) -> None:
        """'công nhận tháng 10/2022': recognised by 31 October, not yet on the 15th."""
        assert self.MODEL.status(at=dt.date(2022, 10, 31)).value == "recognised"
        assert self.MODEL.status(at=dt.date(2022, 10, 15)).value == "registered"
        assert loads(dumps(self.MODEL), Model) == self.MODEL

    def test_a_month_before_a_day_inside_it_is_no_disorder(self) -> None:
        """A dated event inside the month of the one before it keeps the history in order."""
        events = (
            *self.MODEL.events,
            Recognised(on=dt.date(2022, 10, 20), level=RecognitionLevel.PROVINCE),
        )
        assert attrs.evolve(self.MODEL, events=events).events[-1].on == dt.date(2022, 10, 20)

    def test_summary_prints_the_month(self) -> None:
        """A publication known to its month is printed as the report gives it."""
        dataset = load_example()
        report = dataset.reports[1]
        source = attrs.evolve(report.source, published_on=OCTOBER)
        changed = attrs.evolve(report, source=source)
        dataset = attrs.evolve(dataset, reports=(dataset.reports[0], changed, *dataset.reports[2:]))
        assert "ngày đăng 10/2022" in summarize(dataset).to_text("vi")
        assert check(dataset) == check(load_example())
