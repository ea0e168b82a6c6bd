"""Movement, Phase, Directive and Review."""

import datetime as dt

import pytest

from danvan import (
    Directive,
    DirectiveStatus,
    DocumentSymbol,
    DocumentType,
    Movement,
    Period,
    Phase,
    Review,
    ReviewKind,
    Role,
    dumps,
    loads,
)
from danvan.exceptions import InvalidEntityError, InvalidSymbolError

D = dt.date


class TestMovement:
    def test_builtins(self) -> None:
        """The programmes the seed reports mention are predefined, with distinct ids."""
        builtins = [
            Movement.DAN_VAN_KHEO,
            Movement.GOVERNMENT_MASS_MOBILISATION,
            Movement.GRASSROOTS_DEMOCRACY,
            Movement.DIRECT_DIALOGUE,
        ]
        assert len({m.id for m in builtins}) == 4
        assert "Dân vận khéo" in Movement.DAN_VAN_KHEO.name

    def test_invalid_id(self) -> None:
        """A movement needs an id."""
        with pytest.raises(InvalidEntityError):
            Movement(id="", name="x")


class TestPhase:
    def test_contains_overlaps_midterm(self) -> None:
        """The 2021-2025 phase holds the Ninh Bình review and peaks mid 2023."""
        phase = Phase(id="dvk/2021-2025", movement="dan-van-kheo", period=Period.parse("2021-2025"))
        other = Phase(id="dvk/2016-2020", movement="dan-van-kheo", period=Period.parse("2016-2020"))
        assert phase.contains(D(2023, 9, 25))
        assert phase.contains(Period.parse("2021-2023"))
        assert not phase.overlaps(other)
        assert phase.overlaps(Period.parse("2025-2026"))
        assert phase.mid_term() == D(2023, 7, 1)

    def test_irregular_phase(self) -> None:
        """Phases need not be five calendar years."""
        phase = Phase(id="x/2022-2026", movement="m", period=Period.parse("2022-2026"))
        assert phase.mid_term() == D(2024, 7, 1)


class TestDirective:
    def test_type_and_id_from_symbol(self) -> None:
        """A symbol string is parsed; type and id follow from it."""
        directive = Directive(symbol="2108-QĐ/TU", issued_on=D(2015, 5, 20))
        assert directive.symbol == DocumentSymbol.parse("2108-QD/TU")
        assert directive.doc_type is DocumentType.DECISION
        assert directive.id == "2108-QĐ/TU"
        assert directive.status is DirectiveStatus.ISSUED

    def test_two_year_evaluation_is_due_late_2023(self) -> None:
        """'2 năm thực hiện Chỉ thị … ngày 28/9/2021' is due on 28/9/2023."""
        assert Directive(symbol="11-CT/TU", issued_on=D(2021, 9, 28)).anniversary(2) == D(
            2023, 9, 28
        )

    def test_anniversary_needs_a_date(self) -> None:
        """Without an issue date there is no anniversary to compute."""
        with pytest.raises(InvalidEntityError, match="unknown"):
            Directive(symbol="11-CT/TU").anniversary(2)

    def test_draft_without_symbol(self) -> None:
        """The draft regulation that will replace 2108-QĐ/TU has no symbol yet."""
        draft = Directive(
            id="son-la/du-thao-quy-dinh-doi-thoai",
            doc_type=DocumentType.REGULATION,
            title="Quy định về đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền …",
            supersedes=["2108-QĐ/TU"],
            status=DirectiveStatus.DRAFT,
        )
        assert draft.symbol is None
        assert draft.supersedes == (DocumentSymbol.parse("2108-QĐ/TU"),)

    def test_no_symbol_needs_type_and_id(self) -> None:
        """A document without a symbol must say its type and id."""
        with pytest.raises(InvalidEntityError, match="doc_type"):
            Directive(id="x")
        with pytest.raises(InvalidEntityError, match="id"):
            Directive(doc_type=DocumentType.RESOLUTION)

    def test_type_must_match_symbol(self) -> None:
        """A directive symbol with a plan type is contradictory."""
        with pytest.raises(InvalidEntityError, match="names a directive"):
            Directive(symbol="11-CT/TU", doc_type=DocumentType.PLAN)

    def test_bad_symbol(self) -> None:
        """A bad symbol string raises the symbol's own error."""
        with pytest.raises(InvalidSymbolError):
            Directive(symbol="11/CT/TU/")


class TestReview:
    def test_evaluation_years(self) -> None:
        """An N-year evaluation records N."""
        review = Review(
            id="r", kinds=ReviewKind.EVALUATION, organisers="u", years=2, held_on=D(2023, 11, 22)
        )
        assert review.years == 2

    def test_years_are_positive(self) -> None:
        """Years are a whole number of at least 1."""
        with pytest.raises(InvalidEntityError, match="at least 1"):
            Review(id="r", kinds=ReviewKind.EVALUATION, organisers="u", years=0)

    def test_years_of_any_kind(self) -> None:
        """'Tổng kết 10 năm' and 'sau 3 năm phát động': years belong to any kind."""
        review = Review(id="r", kinds=ReviewKind.FINAL, organisers="u", years=10)
        assert review.years == 10

    def test_several_kinds_organisers_and_roles(self) -> None:
        """'Ban Dân vận Huyện ủy phối hợp Hội Cựu chiến binh, Hội Nông dân huyện tổ chức hội
        nghị tổng kết 5 năm và biểu dương điển hình', chaired by a named official."""
        chair = Role(
            role="chủ trì",
            name="Nguyễn Văn H.",
            position="Trưởng Ban Dân vận Huyện ủy",
            unit="h/ban-dan-van",
        )
        review = Review(
            id="r",
            kinds=(ReviewKind.FINAL, ReviewKind.HONOURING),
            organisers=("h/ban-dan-van", "h/hoi-ccb", "h/hoi-nong-dan"),
            years=5,
            roles=(chair,),
        )
        assert loads(dumps(review), Review) == review
        with pytest.raises(InvalidEntityError, match="twice"):
            Review(id="r", kinds=(ReviewKind.FINAL, ReviewKind.FINAL), organisers="u")
        with pytest.raises(InvalidEntityError, match="at least one"):
            Review(id="r", kinds=ReviewKind.FINAL, organisers=())

    @pytest.mark.parametrize(
        ("wording", "kind"),
        [
            ("hội nghị rút kinh nghiệm", ReviewKind.LESSONS_LEARNED),
            ("hội thi", ReviewKind.CONTEST),
            ("bình xét, công nhận", ReviewKind.APPRAISAL),
        ],
    )
    def test_new_kinds(self, wording: str, kind: ReviewKind) -> None:
        """Lessons-learned conferences, contests and appraisal sessions are reviews too."""
        assert ReviewKind.parse(wording) is kind

    def test_a_unit_under_review(self) -> None:
        """A delegation assesses a district: the unit under review is named."""
        review = Review(
            id="r",
            kinds=ReviewKind.THEMATIC,
            organisers="t/ban-dan-van",
            under_review="t/h",
        )
        assert review.under_review == "t/h"


class TestDocumentsLinked:
    """ "Thực hiện Chỉ thị số 11-CT/TU …, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 52-KH/HU"."""

    def test_number_without_a_symbol(self) -> None:
        """ "Kế hoạch số 03, ngày 12/4/2025": the number is kept though no symbol is written."""
        plan = Directive(
            id="kh-03-2025",
            doc_type=DocumentType.PLAN,
            number="03",
            issued_on=D(2025, 4, 12),
        )
        assert (plan.number, plan.symbol) == ("03", None)

    def test_number_of_a_symbol(self) -> None:
        """With a symbol the number is the symbol's; another number is refused."""
        assert Directive(symbol="52-KH/HU").number == "52"
        with pytest.raises(InvalidEntityError, match="gives the number 52"):
            Directive(symbol="52-KH/HU", number="53")

    def test_implements(self) -> None:
        """A district plan implements the province's directive; both travel in the dataset."""
        from danvan import Dataset, dumps, loads
        from danvan.exceptions import DatasetError

        directive = Directive(symbol="11-CT/TU", issued_on=D(2021, 9, 28))
        plan = Directive(symbol="52-KH/HU", implements=("11-CT/TU",))
        dataset = Dataset(directives=(directive, plan))
        assert loads(dumps(dataset)) == dataset
        assert dumps(plan) == '{"symbol":"52-KH/HU","implements":["11-CT/TU"]}'
        with pytest.raises(
            DatasetError, match=r"unknown directive '11-CT/TU' @ \$\.directives\[0\]"
        ):
            Dataset(directives=(plan,))
