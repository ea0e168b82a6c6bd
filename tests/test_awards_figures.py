"""Award, Recipient, Figure, Dims, Source and Report."""

import datetime as dt

import attrs
import pytest

from danvan import (
    Award,
    AwardForm,
    AwardStatus,
    Count,
    Dims,
    Field,
    Figure,
    FigureStatus,
    HolderKind,
    Measure,
    Recipient,
    Report,
    Source,
    UnitOfMeasure,
    parse_count,
)
from danvan.exceptions import InvalidEntityError, UnknownTermError

D = dt.date


class TestAward:
    def test_counted_batch(self) -> None:
        """'giấy khen cho 11 tập thể, 5 cá nhân': counts, and their total."""
        award = Award(
            id="a",
            form=AwardForm.CERTIFICATE_OF_COMMENDATION,
            issuer="ubnd",
            collectives=Count(11),
            individuals=Count(5),
        )
        assert award.count(HolderKind.COLLECTIVE) == Count(11)
        assert award.total == Count(16)

    def test_named_batch(self) -> None:
        """Named recipients are counted by kind."""
        award = Award(
            id="a",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="ubnd",
            recipients=[
                Recipient(holder=HolderKind.COLLECTIVE, name="Phường Quyết Thắng"),
                Recipient(holder=HolderKind.INDIVIDUAL, name="Nguyễn Văn A"),
                Recipient(holder=HolderKind.INDIVIDUAL, name="Trần Thị B"),
            ],
        )
        assert award.count(HolderKind.INDIVIDUAL) == Count(2)
        assert award.total == Count(3)

    def test_unknown_count_is_not_zero(self) -> None:
        """When only collectives are counted, the total is unknown."""
        award = Award(
            id="a", form=AwardForm.CERTIFICATE_OF_MERIT, issuer="u", collectives=Count(20)
        )
        assert award.count(HolderKind.INDIVIDUAL) is None
        assert award.total is None

    def test_named_or_counted_not_both(self) -> None:
        """A batch is named or counted, not both at once."""
        with pytest.raises(InvalidEntityError, match="not both"):
            Award(
                id="a",
                form=AwardForm.CERTIFICATE_OF_MERIT,
                issuer="u",
                recipients=[Recipient(holder=HolderKind.COLLECTIVE, name="Xã Tân Lập")],
                collectives=Count(1),
            )

    def test_batch_without_a_number(self) -> None:
        """'trao Giấy khen cho các tập thể có thành tích': mentioned, not counted."""
        award = Award(id="a", form=AwardForm.CERTIFICATE_OF_COMMENDATION, issuer="ubnd")
        assert award.count(HolderKind.COLLECTIVE) is None
        assert award.count(HolderKind.INDIVIDUAL) is None
        assert award.total is None

    def test_form_unstated(self) -> None:
        """'biểu dương, khen thưởng 936 tập thể': no form is named."""
        award = Award(id="a", issuer="ubnd", collectives=Count(936))
        assert award.form is None

    def test_recipients_of_unstated_kind(self) -> None:
        """'tặng Bằng khen cho 87 tập thể và 41 điển hình': 41 of unstated kind."""
        award = Award(
            id="a",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="ubnd",
            collectives=Count(87),
            individuals=Count(0),
            others=Count(41),
        )
        assert award.count(None) == Count(41)
        assert award.total == Count(128)
        partial = attrs.evolve(award, individuals=None)
        assert partial.total is None

    def test_proposed_with_its_proposer(self) -> None:
        """'đề nghị UBND tỉnh tặng Bằng khen cho 26 mô hình': proposed, not conferred."""
        award = Award(
            id="a",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer="ubnd-tinh",
            status=AwardStatus.PROPOSED,
            proposer="ban-dan-van-huyen",
            others=Count(26),
        )
        assert award.is_proposed
        assert AwardStatus.parse("đề nghị") is AwardStatus.PROPOSED
        with pytest.raises(InvalidEntityError, match="proposer"):
            attrs.evolve(award, status=AwardStatus.CONFERRED)

    def test_unnamed_issuer_keeps_the_words(self) -> None:
        """'được các cấp khen thưởng': no one issuer, the words kept."""
        award = Award(id="a", issuer_text="các cấp", collectives=Count(15))
        assert award.issuer is None
        assert award.issuer_text == "các cấp"
        with pytest.raises(InvalidEntityError, match="issuer"):
            Award(id="a", collectives=Count(15))

    def test_occurrences_and_source(self) -> None:
        """'212 lượt tập thể, cá nhân được khen thưởng' counts occurrences; quoted."""
        quote = "có 212 lượt tập thể, cá nhân được khen thưởng"
        award = Award(
            id="a",
            issuer_text="các cấp",
            others=Count(212),
            occurrences=True,
            source=Source(quote=quote),
        )
        assert award.occurrences
        assert award.source is not None
        assert award.source.quote == quote

    def test_form_is_an_award_form(self) -> None:
        """An emulation title is no award form."""
        with pytest.raises(UnknownTermError):
            AwardForm.parse("Chiến sĩ thi đua")


def figure(**changes: object) -> Figure:
    fields: dict[str, object] = {
        "measure": "registered",
        "value": Count(451),
        "unit_of_measure": UnitOfMeasure.MODELS,
        "scope": "vn/ninh-binh",
        "movements": "dan-van-kheo",
        "source": Source(quote="451 mô hình thuộc lĩnh vực kinh tế"),
    }
    fields.update(changes)
    return Figure(**fields)  # type: ignore[arg-type]


class TestFigure:
    def test_computed_needs_no_source(self) -> None:
        """A computed figure may lack a source; a reported one may not."""
        assert figure(source=None, status=FigureStatus.COMPUTED).source is None
        with pytest.raises(InvalidEntityError, match="without a source"):
            figure(source=None)

    def test_value_must_be_a_count(self) -> None:
        """A bare int is refused, so qualifiers are never lost by accident."""
        with pytest.raises(InvalidEntityError, match="parse_count"):
            figure(value=451)

    def test_not_part_of_itself(self) -> None:
        """A figure cannot be its own part."""
        with pytest.raises(InvalidEntityError):
            figure(id="x", part_of="x")

    def test_qualified_value_kept(self) -> None:
        """'trên 1.000' stays 'over 1,000'."""
        assert str(figure(value=parse_count("trên 1.000")).value) == "trên 1.000"


class TestDims:
    def test_merged_fields(self) -> None:
        """A category may name several fields; order is canonical."""
        dims = Dims(fields=[Field.POLITICAL_SYSTEM, Field.ECONOMY])
        assert dims.fields == (Field.ECONOMY, Field.POLITICAL_SYSTEM)
        assert dims.field is None
        assert Dims(fields=Field.ECONOMY).field is Field.ECONOMY

    def test_local_label_kept(self) -> None:
        """Hồng Lĩnh's 'VHXH và chỉnh trang đô thị' keeps its wording beside the field."""
        dims = Dims(
            fields=(Field.CULTURE_SOCIETY,),
            category="chỉnh trang đô thị",
            label="lĩnh vực VHXH và chỉnh trang đô thị",
        )
        assert dims.field is Field.CULTURE_SOCIETY
        assert not dims.is_total
        assert Dims().is_total

    def test_fields_must_be_fields(self) -> None:
        """Strings are not fields."""
        with pytest.raises(InvalidEntityError):
            Dims(fields=("economy",))  # type: ignore[arg-type]
        with pytest.raises(InvalidEntityError):
            Dims(fields="economy")  # type: ignore[arg-type]


class TestSource:
    def test_span(self) -> None:
        """A span is a pair of ordered offsets."""
        assert Source(quote="x", span=[3, 10]).span == (3, 10)  # type: ignore[arg-type]
        for bad in [(5, 1), (-1, 2), (1, 2, 3)]:
            with pytest.raises(InvalidEntityError):
                Source(quote="x", span=bad)  # type: ignore[arg-type]

    def test_empty_source(self) -> None:
        """A source that names nothing is no source."""
        with pytest.raises(InvalidEntityError, match="at least"):
            Source()


class TestReport:
    def test_parts(self) -> None:
        """Parts point at their total by id."""
        report = Report(
            id="r",
            source=Source(title="Sơ kết"),
            units="u",
            title="Sơ kết",
            figures=[figure(id="total", value=Count(1635)), figure(id="eco", part_of="total")],
        )
        assert report.figure("total").value == Count(1635)
        assert [f.id for f in report.parts("total")] == ["eco"]
        with pytest.raises(InvalidEntityError):
            report.figure("nope")

    def test_duplicate_figure_ids(self) -> None:
        """Figure ids are unique within a report."""
        with pytest.raises(InvalidEntityError, match="repeat"):
            Report(
                id="r",
                source=Source(title="Sơ kết"),
                units="u",
                title="t",
                figures=[figure(id="x")] * 2,
            )


class TestMeasure:
    def test_builtins(self) -> None:
        """Built-in measures are found by code and say how they add up."""
        assert Measure.get("registered") is Measure.REGISTERED
        assert Measure.get("in_operation").across_time.value == "last"
        assert len({m.code for m in Measure.builtins()}) == len(Measure.builtins())
        with pytest.raises(UnknownTermError):
            Measure.get("trees_planted")
