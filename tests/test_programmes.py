"""Several programmes at once, and programmes that narrow another.

"Hội nghị tổng kết phong trào thi đua 'Dân vận khéo', xây dựng 'Đơn vị dân vận tốt'"
gives one set of figures for two linked movements; "mô hình 'Dân vận khéo' trong xây
dựng nông thôn mới" is a programme within "Dân vận khéo".
"""

import attrs
import pytest

from danvan import (
    Count,
    Dataset,
    Figure,
    Movement,
    Review,
    ReviewKind,
    Source,
    UnitOfMeasure,
    check,
    dumps,
    loads,
    merge_movements,
    summarize,
)
from danvan.exceptions import DatasetError, InvalidEntityError
from tests.seeds import ninh_binh, ninh_binh_with

GOOD_UNIT = Movement(id="don-vi-dan-van-tot", name='Xây dựng "Đơn vị dân vận tốt"')
RURAL = Movement(
    id="dvk-nong-thon-moi",
    name='"Dân vận khéo" trong xây dựng nông thôn mới',
    part_of="dan-van-kheo",
)
QUOTE = Source(quote="toàn tỉnh có 1.635 mô hình 'Dân vận khéo', 'Đơn vị dân vận tốt'")
COMMON = {
    "measure": "registered",
    "unit_of_measure": UnitOfMeasure.MODELS,
    "scope": "vn/ninh-binh",
    "source": QUOTE,
}


def with_movements(*figures: Figure) -> Dataset:
    movements = (*ninh_binh().movements, GOOD_UNIT, RURAL)
    return ninh_binh_with(*figures, movements=movements)


class TestSeveralAtOnce:
    def test_one_figure_for_two_movements(self) -> None:
        """One set of figures names both movements, and round-trips so."""
        both = Figure(
            id="chung", value=Count(1635), movements=("dan-van-kheo", GOOD_UNIT.id), **COMMON
        )
        dataset = with_movements(both)
        assert loads(dumps(dataset)) == dataset
        assert '"movements":["dan-van-kheo","don-vi-dan-van-tot"]' in dumps(both)

    def test_never_compared_with_one_of_them_alone(self) -> None:
        """A figure for both is no figure of one: no same-quantity comparison."""
        both = Figure(value=Count(1635), movements=("dan-van-kheo", GOOD_UNIT.id), **COMMON)
        one = Figure(value=Count(900), movements="dan-van-kheo", **COMMON)
        found = check(with_movements(both, one))
        assert not [f for f in found if f.code == "same_quantity_consistent"]

    def test_a_review_of_two_movements(self) -> None:
        """A conference reviews both; the summary names both."""
        review = Review(
            id="tong-ket",
            kinds=ReviewKind.FINAL,
            organisers="vn/ninh-binh",
            movements=("dan-van-kheo", GOOD_UNIT.id),
        )
        dataset = with_movements()
        report = attrs.evolve(dataset.reports[0], reviews=review.id)
        dataset = attrs.evolve(dataset, reviews=(*dataset.reviews, review), reports=(report,))
        text = summarize(dataset).to_text("vi")
        assert GOOD_UNIT.name in text

    def test_movements_are_checked(self) -> None:
        """An empty list, a repeated id and an unknown id are refused."""
        with pytest.raises(InvalidEntityError, match="at least one"):
            Figure(value=Count(1), movements=(), **COMMON)
        with pytest.raises(InvalidEntityError, match="twice"):
            Figure(value=Count(1), movements=("a", "a"), **COMMON)
        with pytest.raises(DatasetError, match=r"unknown movement 'x' @ .*movements\[1\]"):
            with_movements(Figure(value=Count(1), movements=("dan-van-kheo", "x"), **COMMON))


class TestNarrowed:
    def test_counted_as_the_parent_only_when_asked(self) -> None:
        """A sub-programme's figure stays its own; merged, it is the parent's, noted."""
        rural = Figure(id="ntm", value=Count(45), movements=RURAL.id, **COMMON)
        other = Figure(id="dc", value=Count(12), movements=GOOD_UNIT.id, **COMMON)
        dataset = with_movements(rural, other)
        assert dataset.reports[0].figure("ntm").movements == (RURAL.id,)
        merged = merge_movements(dataset, into="dan-van-kheo")
        figure = merged.reports[0].figure("ntm")
        assert figure.movements == ("dan-van-kheo",)
        assert "counted as dan-van-kheo" in figure.notes[-1]
        assert merged.reports[0].figure("dc") == other  # unrelated: never added

    def test_a_cycle_is_refused(self) -> None:
        """A movement cannot be part of itself, directly or through another."""
        with pytest.raises(InvalidEntityError):
            Movement(id="a", name="A", part_of="a")
        loop = attrs.evolve(Movement.DAN_VAN_KHEO, part_of=RURAL.id)
        with pytest.raises(DatasetError, match="part of itself"):
            attrs.evolve(with_movements(), movements=(loop, RURAL))


class TestReportsOfSeveral:
    def test_two_units_and_two_reviews(self) -> None:
        """One article about two communes' conferences: both units, both reviews."""
        dataset = with_movements()
        first = dataset.reviews[0]
        second = Review(
            id="hoi-thi",
            kinds=ReviewKind.CONTEST,
            organisers="vn/ninh-binh",
            movements="dan-van-kheo",
        )
        report = attrs.evolve(
            dataset.reports[0],
            units=(dataset.reports[0].units[0], "vn/ninh-binh/ubnd"),
            reviews=(first.id, second.id),
        )
        dataset = attrs.evolve(dataset, reviews=(*dataset.reviews, second), reports=(report,))
        [summary] = summarize(dataset).reports
        assert [u.id for u in summary.units] == list(report.units)
        assert [r.id for r in summary.reviews] == [first.id, second.id]
        text = summarize(dataset).to_text("vi")
        assert "hội thi" in text
        with pytest.raises(DatasetError, match=r"@ \$\.reports\[0\]\.units\[1\]"):
            attrs.evolve(dataset, reports=(attrs.evolve(report, units=("vn/ninh-binh", "x")),))


def test_the_national_phases_are_built_in() -> None:
    """The movement's two phases, for models recorded under them."""
    import datetime as dt

    from danvan import AdminLevel, Dataset, Hierarchy, Model, Movement, Phase, Registered, Unit

    old, new = Phase.DAN_VAN_KHEO_2016_2020, Phase.DAN_VAN_KHEO_2021_2025
    assert (old.id, new.id) == ("dan-van-kheo/2016-2020", "dan-van-kheo/2021-2025")
    assert old.movement == new.movement == Movement.DAN_VAN_KHEO.id
    assert (old.period.start, old.period.end) == (dt.date(2016, 1, 1), dt.date(2020, 12, 31))
    assert new.contains(dt.date(2025, 12, 31))
    assert not new.overlaps(old)
    model = Model(
        id="m", title="Mô hình “Xóm đạo bình yên”", unit="x", movement="dan-van-kheo",
        phase=new.id, events=(Registered(on=dt.date(2022, 3, 1)),),
    )  # fmt: skip
    dataset = Dataset(
        hierarchy=Hierarchy([Unit(id="x", name="Xã Mẫu", level=AdminLevel.COMMUNE)]),
        movements=(Movement.DAN_VAN_KHEO,),
        phases=(old, new),
        models=(model,),
    )
    assert dataset.phase(new.id) is new
