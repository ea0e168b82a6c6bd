"""danvan.vn on the real data: both maps, the official conversion, lookups, crosswalks."""

import datetime as dt
from collections import Counter
from fractions import Fraction

import pytest

from danvan import (
    AdminLevel,
    ChangeKind,
    Table,
    crosswalk,
    usual_bodies,
    vn,
)
from danvan.exceptions import DanvanError
from tests.seeds import registered

D = dt.date
OLD, NEW = vn.OLD_MAP_LAST_DAY, vn.NEW_MAP_FIRST_DAY


@pytest.fixture(scope="module")
def tree():  # type: ignore[no-untyped-def]
    return vn.hierarchy()


def test_provinces_on_each_map(tree) -> None:  # type: ignore[no-untyped-def]
    """63 provinces on 30 June 2025, 34 on 1 July 2025."""
    assert len(tree.level_units(AdminLevel.PROVINCE, at=OLD)) == 63
    assert len(tree.level_units(AdminLevel.PROVINCE, at=NEW)) == 34
    assert tree.level_units(AdminLevel.DISTRICT, at=NEW) == []
    communes = tree.level_units(AdminLevel.COMMUNE, at=NEW)
    assert len(communes) == 3321
    assert Counter(u.division for u in communes)["đặc khu"] == 13


def test_every_old_commune_goes_whole_to_the_new_map(tree) -> None:  # type: ignore[no-untyped-def]
    """Each pre-2025 commune's successors are new communes whose shares sum to 1."""
    old_communes = tree.level_units(AdminLevel.COMMUNE, at=OLD)
    assert len(old_communes) > 10_000
    for commune in old_communes:
        successors = tree.successors(commune.id, to=NEW)
        assert sum(successors.values()) == 1, commune.id
        assert all(tree.get(s).is_valid_at(NEW) for s in successors), commune.id
        assert all(tree.get(s).level is AdminLevel.COMMUNE for s in successors), commune.id


def test_every_new_commune_has_a_predecessor(tree) -> None:  # type: ignore[no-untyped-def]
    """Each post-2025 commune was formed from at least one old commune (or island district)."""
    for commune in tree.level_units(AdminLevel.COMMUNE, at=NEW):
        assert tree.predecessors(commune.id), commune.id


def test_divided_communes_have_assumed_equal_shares(tree) -> None:  # type: ignore[no-untyped-def]
    """The conversion gives no shares for divided communes: equal, marked assumed."""
    splits = [c for c in tree.changes if c.kind is ChangeKind.SPLIT and len(c.targets) > 1]
    assert splits
    assert all(c.assumed_shares for c in splits)
    communes = [c for c in splits if tree.get(c.sources[0]).level is AdminLevel.COMMUNE]
    assert all(set(c.shares.values()) == {Fraction(1, len(c.targets))} for c in communes)


@pytest.mark.parametrize(
    ("name", "day", "level", "unit_id", "gso"),
    [
        ("Sơn La", D(2023, 11, 22), AdminLevel.PROVINCE, "vn/son-la", "14"),
        ("Thành phố Sơn La", D(2023, 11, 22), AdminLevel.DISTRICT, "vn/son-la/thanh-pho-son-la",
         "116"),
        ("Ninh Bình", D(2023, 9, 25), AdminLevel.PROVINCE, "vn/ninh-binh-cu", "37"),
        ("Thị xã Hồng Lĩnh", D(2018, 12, 19), AdminLevel.DISTRICT, "vn/ha-tinh/thi-xa-hong-linh",
         "437"),
    ],
)  # fmt: skip
def test_seed_units_are_found_at_their_reports_dates(
    name: str, day: D, level: AdminLevel, unit_id: str, gso: str
) -> None:
    """The units the seed reports name, found by name on the day of each report."""
    [found, *_] = vn.find(name, at=day, level=level)
    assert (found.id, found.codes["gso"]) == (unit_id, gso)


def test_quyet_thang_ward_within_son_la_city(tree) -> None:  # type: ignore[no-untyped-def]
    """Phường Quyết Thắng of Sơn La city, among the country's eight Quyết Thắng."""
    found = vn.find("Phường Quyết Thắng", at=D(2023, 11, 22), within="vn/son-la/thanh-pho-son-la")
    assert [u.id for u in found] == ["vn/son-la/thanh-pho-son-la/phuong-quyet-thang"]
    [successor] = vn.successors(found[0])
    assert vn.province_of(successor).id == "vn/son-la"
    assert tree.get(successor).valid_from == NEW


def test_seed_units_mapped_forward(tree) -> None:  # type: ignore[no-untyped-def]
    """Sơn La stays whole; Ninh Bình joins Hà Nam and Nam Định; Hồng Lĩnh town splits."""
    assert vn.successors("vn/son-la") == {"vn/son-la": 1}
    assert vn.successors("vn/ninh-binh-cu") == {"vn/ninh-binh": 1}
    merged = {s for c in tree.changes if "vn/ninh-binh" in c.targets for s in c.sources}
    assert merged == {"vn/ha-nam", "vn/nam-dinh", "vn/ninh-binh-cu"}
    town = vn.successors("vn/ha-tinh/thi-xa-hong-linh")
    assert {tree.get(u).name for u in town} == {"Phường Bắc Hồng Lĩnh", "Phường Nam Hồng Lĩnh"}
    assert sum(town.values()) == 1
    # Bắc Hồng Lĩnh also took in Xuân Lam commune of Nghi Xuân district.
    predecessors = {
        ward: {tree.get(p).name for p in tree.predecessors(ward) if "/xa-" in p or "/phuong-" in p}
        for ward in ("vn/ha-tinh/phuong-bac-hong-linh", "vn/ha-tinh/phuong-nam-hong-linh")
    }
    assert predecessors == {
        "vn/ha-tinh/phuong-bac-hong-linh": {
            "Phường Bắc Hồng", "Phường Trung Lương", "Phường Đức Thuận", "Xã Xuân Lam",
        },
        "vn/ha-tinh/phuong-nam-hong-linh": {"Phường Nam Hồng", "Phường Đậu Liêu", "Xã Thuận Lộc"},
    }  # fmt: skip


def test_province_of_on_either_map() -> None:
    """The province of a commune, old or new, and of a province itself."""
    assert vn.province_of("vn/ha-tinh/thi-xa-hong-linh/phuong-bac-hong").id == "vn/ha-tinh"
    assert vn.province_of("vn/ha-tinh/phuong-bac-hong-linh").id == "vn/ha-tinh"
    assert vn.province_of("vn/ninh-binh-cu").id == "vn/ninh-binh-cu"


def test_crosswalk_of_a_whole_province_keeps_the_total(tree) -> None:  # type: ignore[no-untyped-def]
    """Figures by pre-2025 district of Hà Tĩnh, recounted on the 2025 communes."""
    districts = tree.children("vn/ha-tinh", at=OLD)
    # 12: Lộc Hà district had joined Thạch Hà on 1 January 2025, before the old map ended.
    assert len(districts) == 12
    values = {d.id: 7 * i + 3 for i, d in enumerate(districts)}
    values["vn/ha-tinh/thi-xa-hong-linh"] = 112  # Hồng Lĩnh registered 112 models in 2018
    table = registered(values)
    result = crosswalk(table, tree, to=NEW)
    assert isinstance(result, Table)
    assert sum(f.value.value for f in result) == sum(values.values())
    assert all(tree.get(f.scope).is_valid_at(NEW) for f in result)
    assert {vn.province_of(f.scope).id for f in result} == {"vn/ha-tinh"}
    by_scope = {f.scope: f for f in result}
    north, south = (
        by_scope["vn/ha-tinh/phuong-bac-hong-linh"],
        by_scope["vn/ha-tinh/phuong-nam-hong-linh"],
    )
    assert north.value.value + south.value.value >= 112
    assert any("assumed" in note for note in north.notes)


def test_bodies_of_real_areas(tree) -> None:  # type: ignore[no-untyped-def]
    """usual_bodies names the bodies of a real new commune and of a province."""
    ward = tree.get("vn/ha-tinh/phuong-bac-hong-linh")
    names = [b.name for b in usual_bodies(ward)]
    assert names[:2] == [
        "Đảng ủy phường Bắc Hồng Lĩnh",
        "Ban Thường vụ Đảng ủy phường Bắc Hồng Lĩnh",
    ]
    assert all(b.valid_from == NEW for b in usual_bodies(ward))
    assert usual_bodies(tree.get("vn/ha-noi"))[0].name == "Thành ủy Hà Nội"


def test_lookups_by_id_and_name_are_quick(tree) -> None:  # type: ignore[no-untyped-def]
    """The same hierarchy object every time (built once); lookups work by id and name."""
    assert vn.hierarchy() is tree
    assert tree.get("vn/son-la").name == "Tỉnh Sơn La"
    assert vn.find("Bắc Hồng Lĩnh")[0].id == "vn/ha-tinh/phuong-bac-hong-linh"
    assert "MIT" in vn.source()


def test_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the package, a clear error names the extra to install."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "vietnamadminunits" else real(name, *a),
    )
    vn.hierarchy.cache_clear()
    try:
        with pytest.raises(DanvanError, match=r'pip install -e "\.\[vn\]"'):
            vn.hierarchy()
        with pytest.raises(DanvanError, match=r'pip install -e "\.\[vn\]"'):
            vn.source()
    finally:
        monkeypatch.undo()
        vn.hierarchy.cache_clear()


def test_data_in_an_unexpected_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A package version whose tables are laid out differently: a clear DanvanError."""
    monkeypatch.setattr(vn._Builder, "build", lambda self: self.merged_provinces["nowhere"])
    vn.hierarchy.cache_clear()
    try:
        with pytest.raises(DanvanError, match="not laid out as danvan expects"):
            vn.hierarchy()
    finally:
        monkeypatch.undo()
        vn.hierarchy.cache_clear()


def test_the_data_file_is_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The admin-unit database is closed after reading (Python 3.13 warns otherwise)."""
    import sqlite3

    opened: list[sqlite3.Connection] = []
    real = sqlite3.connect

    def recording(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real(*args, **kwargs)  # type: ignore[call-overload]
        opened.append(connection)
        return connection  # type: ignore[no-any-return]

    monkeypatch.setattr(sqlite3, "connect", recording)
    vn.hierarchy.cache_clear()
    try:
        vn.hierarchy()
    finally:
        vn.hierarchy.cache_clear()
    assert opened
    for connection in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            connection.execute("SELECT 1")
