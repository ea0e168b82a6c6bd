"""Named people and households, shared models, figures about one model or one plan.

"Mô hình nuôi bò sinh sản của gia đình ông Lò Văn H."; "gương điển hình chị Nguyễn Thị
L."; "mô hình 'Khu dân cư tự quản' do hai phường cùng thực hiện"; "mô hình hỗ trợ nhà ở
cho hộ nghèo … với tổng kinh phí 210 triệu đồng".
"""

import attrs
import pytest

from danvan import (
    Count,
    Directive,
    DocumentType,
    Figure,
    HolderKind,
    Model,
    ModelKind,
    Source,
    UnitOfMeasure,
    dumps,
    load_example,
    loads,
)
from danvan.exceptions import DatasetError, InvalidEntityError
from danvan.serialization import models_from_csv, models_to_csv

CITY = "vn/son-la/tp-son-la"


def household_model() -> Model:
    return Model(
        id="bo-sinh-san",
        title="Mô hình nuôi bò sinh sản",
        kind=ModelKind.MODEL,
        holder=HolderKind.HOUSEHOLD,
        holder_name="gia đình ông Lò Văn H.",
        unit=f"{CITY}/quyet-thang",
        partners=(f"{CITY}/ubnd",),
        movement="dan-van-kheo",
        notes=("the ward is inferred from the family's address",),
    )


class TestModels:
    def test_a_household_holds_a_model(self) -> None:
        """'của gia đình ông H.': a household, named as written."""
        assert HolderKind.parse("hộ gia đình") is HolderKind.HOUSEHOLD
        model = household_model()
        assert loads(dumps(model), type(model)) == model

    def test_shared_by_two_wards(self) -> None:
        """Counted once in its owning ward; a body that runs it too is a partner, checked."""
        dataset = load_example()
        with_model = attrs.evolve(dataset, models=(*dataset.models, household_model()))
        assert with_model.models[-1].partners == (f"{CITY}/ubnd",)
        stray = attrs.evolve(household_model(), partners=("vn/nowhere",))
        with pytest.raises(DatasetError, match=r"'vn/nowhere' @ \$\.models\[\d+\]\.partners\[0\]"):
            attrs.evolve(dataset, models=(*dataset.models, stray))
        with pytest.raises(InvalidEntityError, match="partner"):
            attrs.evolve(household_model(), partners=(f"{CITY}/quyet-thang",))

    def test_csv_keeps_the_new_columns(self) -> None:
        """Holder name, partners and notes survive a spreadsheet."""
        model = household_model()
        assert models_from_csv(models_to_csv([model])) == [model]

    def test_an_exemplar_named(self) -> None:
        """'gương điển hình chị Nguyễn Thị L.': an individual exemplar with her name."""
        exemplar = Model(
            id="chi-l",
            title="Gương điển hình trong vận động hiến đất làm đường",
            kind=ModelKind.EXEMPLAR,
            holder=HolderKind.INDIVIDUAL,
            holder_name="chị Nguyễn Thị L.",
            unit=CITY,
            movement="dan-van-kheo",
        )
        assert exemplar.holder_name == "chị Nguyễn Thị L."


class TestFiguresAbout:
    def test_a_figure_of_one_model_and_one_plan(self) -> None:
        """210 million đồng of one model; 25 pilot communes of one plan."""
        dataset = load_example()
        model = household_model()
        plan = Directive(
            id="kh-xa-diem",
            doc_type=DocumentType.PLAN,
            number="03",
            title="Kế hoạch xây dựng xã điểm dân vận khéo",
        )
        said = Source(quote="mô hình hỗ trợ … với tổng kinh phí 210 triệu đồng")
        money = Figure(
            measure="money_raised",
            value=Count(210_000_000),
            unit_of_measure=UnitOfMeasure.VND,
            scope=CITY,
            movements="dan-van-kheo",
            model=model.id,
            source=said,
        )
        pilots = attrs.evolve(
            money,
            measure="coverage",
            value=Count(25),
            unit_of_measure=UnitOfMeasure.UNITS,
            model=None,
            directive=plan.id,
        )
        report = attrs.evolve(
            dataset.reports[0], figures=(*dataset.reports[0].figures, money, pilots)
        )
        changed = attrs.evolve(
            dataset,
            models=(*dataset.models, model),
            directives=(*dataset.directives, plan),
            reports=(report, *dataset.reports[1:]),
        )
        assert loads(dumps(changed)) == changed
        bad = attrs.evolve(report, figures=(attrs.evolve(money, model="x"),))
        with pytest.raises(DatasetError, match=r"unknown model 'x' @ .*\.model"):
            attrs.evolve(changed, reports=(bad, *dataset.reports[1:]))
