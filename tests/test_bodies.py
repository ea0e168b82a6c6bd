"""usual_bodies: the bodies of an area, named as the seed reports name them."""

import pytest

from danvan import AdminLevel, Unit, UnitKind, load_example, usual_bodies
from danvan.exceptions import DanvanError


def test_the_seed_bodies_are_the_usual_ones() -> None:
    """Every body typed by hand in the bundled data is what usual_bodies makes for its area."""
    hierarchy = load_example().hierarchy
    made = {
        body.id: body
        for area in hierarchy
        if area.is_area and area.level is not AdminLevel.CENTRAL
        for body in usual_bodies(area)
    }
    typed = [unit for unit in hierarchy if unit.id in made]
    assert len(typed) == 21
    assert all(made[unit.id] == unit for unit in typed)


def test_a_commune() -> None:
    """A commune: Đảng ủy with its standing committee; no Ban Dân vận at that level."""
    ward = Unit(id="vn/son-la/quyet-thang", name="Phường Quyết Thắng", level=AdminLevel.COMMUNE)
    bodies = usual_bodies(ward)
    assert [(b.id.removeprefix("vn/son-la/quyet-thang/"), b.name, b.kind) for b in bodies] == [
        ("dang-uy", "Đảng ủy phường Quyết Thắng", UnitKind.PARTY_COMMITTEE),
        ("dang-uy/btv", "Ban Thường vụ Đảng ủy phường Quyết Thắng",
         UnitKind.PARTY_STANDING_COMMITTEE),
        ("ubnd", "UBND phường Quyết Thắng", UnitKind.PEOPLES_COMMITTEE),
        ("hdnd", "HĐND phường Quyết Thắng", UnitKind.PEOPLES_COUNCIL),
        ("ubmttq", "Ủy ban MTTQ phường Quyết Thắng", UnitKind.FATHERLAND_FRONT),
        ("bcd-dvk", "Ban Chỉ đạo phong trào thi đua Dân vận khéo phường Quyết Thắng",
         UnitKind.STEERING_COMMITTEE),
    ]  # fmt: skip
    assert all(b.level is AdminLevel.COMMUNE for b in bodies)


@pytest.mark.parametrize(
    "unit",
    [
        Unit(id="vn", name="Việt Nam", level=AdminLevel.CENTRAL),
        Unit(id="x/ubnd", name="UBND xã X", kind=UnitKind.PEOPLES_COMMITTEE,
             level=AdminLevel.COMMUNE),
        Unit(id="x/thon", name="Thôn Bản Mòn", level=AdminLevel.VILLAGE),
    ],
)  # fmt: skip
def test_refused(unit: Unit) -> None:
    """The country, a body, or an area whose division is not known: DanvanError naming it."""
    with pytest.raises(DanvanError, match=unit.id):
        usual_bodies(unit)
