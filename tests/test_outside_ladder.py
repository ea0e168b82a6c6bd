"""Bodies outside the territorial ladder: military regions, commands that answer to
their province and to their region, units an article never names, and the documents
of the armed forces' political bodies."""

import datetime as dt

import pytest

from danvan import (
    AdminLevel,
    DocumentSymbol,
    DocumentSystem,
    DocumentType,
    Hierarchy,
    Unit,
    UnitKind,
    dumps,
    loads,
)
from danvan.exceptions import HierarchyError


def units() -> list[Unit]:
    return [
        Unit(id="vn", name="Việt Nam", level=AdminLevel.CENTRAL),
        Unit(
            id="vn/qk2",
            name="Quân khu 2",
            kind=UnitKind.ARMED_FORCES_UNIT,
            level=AdminLevel.REGION,
            parent="vn",
        ),
        Unit(id="vn/son-la", name="Tỉnh Sơn La", level=AdminLevel.PROVINCE, parent="vn"),
        Unit(
            id="vn/son-la/bo-chqs",
            name="Bộ Chỉ huy Quân sự tỉnh Sơn La",
            kind=UnitKind.ARMED_FORCES_UNIT,
            level=AdminLevel.PROVINCE,
            parent="vn/son-la",
            reports_to="vn/qk2",
        ),
        Unit(
            id="vn/son-la/xa-chua-ro",
            name="Xã (không nêu tên)",
            level=AdminLevel.COMMUNE,
            parent="vn/son-la",
            notes=("the article names no commune; the province is inferred from the publisher",),
        ),
    ]


class TestBodies:
    def test_a_command_answers_to_its_province_and_its_region(self) -> None:
        """Its figures roll up by area (parent); its functional chain is reports_to."""
        hierarchy = Hierarchy(units())
        command = hierarchy.get("vn/son-la/bo-chqs")
        assert (command.parent, command.reports_to) == ("vn/son-la", "vn/qk2")
        assert hierarchy.area_of(command.id).id == "vn/son-la"
        assert loads(dumps(hierarchy), Hierarchy) == hierarchy

    def test_reports_to_an_unknown_unit(self) -> None:
        """A functional link to a unit the hierarchy lacks is named."""
        broken = [
            *units()[:3],
            Unit(
                id="x",
                name="Bộ Chỉ huy",
                kind=UnitKind.ARMED_FORCES_UNIT,
                level=AdminLevel.PROVINCE,
                parent="vn/son-la",
                reports_to="vn/qk9",
            ),
        ]
        with pytest.raises(HierarchyError, match="reports to an unknown unit 'vn/qk9'"):
            Hierarchy(broken)

    def test_a_view_at_a_day_drops_a_link_to_a_unit_gone(self) -> None:
        """On a day its region no longer exists, a command reports to no one."""
        ended = [*units()]
        ended[1] = Unit(
            id="vn/qk2",
            name="Quân khu 2",
            kind=UnitKind.ARMED_FORCES_UNIT,
            level=AdminLevel.REGION,
            parent="vn",
            valid_to=dt.date(2025, 6, 30),
        )
        view = Hierarchy(ended).at(dt.date(2025, 7, 1))
        assert view.get("vn/son-la/bo-chqs").reports_to is None

    def test_a_unit_the_article_never_names_says_so(self) -> None:
        """Notes say how a unit was identified."""
        commune = Hierarchy(units()).get("vn/son-la/xa-chua-ro")
        assert "inferred" in commune.notes[0]


class TestArmedForcesDocuments:
    def test_political_body_guidance_is_its_own_system(self) -> None:
        """'418/HD-CT' is guidance of a political body, not a state document."""
        symbol = DocumentSymbol.parse("418/HD-CT")
        assert symbol.system is DocumentSystem.ARMED_FORCES
        assert symbol.doc_type is DocumentType.GUIDANCE
        assert str(symbol) == "418/HD-CT"
        assert DocumentSymbol.parse("45/KH-UBND").system is DocumentSystem.STATE


class TestRecognisedByABody:
    """'Được Đảng ủy Khối các cơ quan tỉnh công nhận': the body and where it sits."""

    def hierarchy(self) -> Hierarchy:
        bloc = Unit(
            id="vn/son-la/duk",
            name="Đảng ủy Khối các cơ quan tỉnh",
            kind=UnitKind.PARTY_AGENCY_BLOC,
            level=AdminLevel.PROVINCE,
            parent="vn/son-la",
        )
        return Hierarchy([*units(), bloc])

    def test_at_the_level_of_its_area(self) -> None:
        """The bloc committee recognises at province level; above it is refused."""
        from danvan import Dataset, Model, Movement, Recognised, RecognitionLevel
        from danvan.exceptions import DatasetError

        def with_recognition(level: RecognitionLevel) -> Dataset:
            model = Model(
                id="m",
                title="Cơ quan dân vận khéo",
                unit="vn/son-la/bo-chqs",
                movement="dan-van-kheo",
                events=(Recognised(on=dt.date(2024, 5, 1), level=level, by="vn/son-la/duk"),),
            )
            return Dataset(
                hierarchy=self.hierarchy(), movements=(Movement.DAN_VAN_KHEO,), models=(model,)
            )

        assert with_recognition(RecognitionLevel.PROVINCE).models[0].top_level() is (
            RecognitionLevel.PROVINCE
        )
        with pytest.raises(DatasetError, match="cannot recognise at central level"):
            with_recognition(RecognitionLevel.CENTRAL)
