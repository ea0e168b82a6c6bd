"""Hierarchy: the dated tree of units, its validation and lookups."""

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings

from danvan import AdminLevel, ChangeKind, Hierarchy, Unit, UnitChange, UnitKind
from danvan.exceptions import HierarchyError, UnknownUnitError
from danvan.testing import REORGANISATION, hierarchies
from tests.seeds import son_la_units

D = dt.date
BEFORE, AFTER = D(2025, 6, 30), D(2025, 7, 1)


@pytest.fixture
def son_la() -> Hierarchy:
    return Hierarchy(son_la_units())


class TestValidation:
    def test_seed_units_build(self, son_la: Hierarchy) -> None:
        """The Sơn La units of the seed reports form a valid tree."""
        assert len(son_la) == 7
        assert "vn/son-la/tp-son-la" in son_la

    def test_every_problem_listed(self) -> None:
        """Duplicates, unknown parents, level inversions and cycles are all reported at once."""
        units = [
            Unit(id="p", name="Tỉnh P", level=AdminLevel.PROVINCE),
            Unit(id="p", name="Tỉnh P again", level=AdminLevel.PROVINCE),
            Unit(id="c", name="Xã C", level=AdminLevel.COMMUNE, parent="nowhere"),
            Unit(id="d", name="Huyện D", level=AdminLevel.PROVINCE, parent="e"),
            Unit(id="e", name="Xã E", level=AdminLevel.COMMUNE, parent="d"),
        ]
        with pytest.raises(HierarchyError) as info:
            Hierarchy(units)
        problems = "\n".join(info.value.problems)
        assert "duplicate id 'p'" in problems
        assert "unknown parent 'nowhere'" in problems
        assert "above its parent" in problems
        assert "its own ancestor" in problems
        assert len(info.value.problems) == 4
        assert "4 problems" in str(info.value)

    def test_parent_must_outlive_child(self) -> None:
        """A ward cannot exist after its town was abolished."""
        units = [
            Unit(id="t", name="Thị xã T", level=AdminLevel.DISTRICT, valid_to=BEFORE),
            Unit(id="w", name="Phường W", level=AdminLevel.COMMUNE, parent="t"),
        ]
        with pytest.raises(HierarchyError, match="when its parent t does not"):
            Hierarchy(units)

    def test_change_names_known_units(self) -> None:
        """A change that names an unknown unit is refused."""
        change = UnitChange(kind=ChangeKind.MERGE, on=AFTER, sources=("a",), targets=("zzz",))
        with pytest.raises(HierarchyError, match="unknown unit 'zzz'"):
            Hierarchy([Unit(id="a", name="Xã A", level=AdminLevel.COMMUNE)], [change])

    def test_wrong_types(self) -> None:
        """Non-units and non-changes are named, not crashed on."""
        with pytest.raises(HierarchyError) as info:
            Hierarchy(["vn"], ["merge"])  # type: ignore[list-item]
        assert len(info.value.problems) == 2


class TestLookups:
    def test_get_unknown(self, son_la: Hierarchy) -> None:
        """An unknown id raises UnknownUnitError, not KeyError."""
        with pytest.raises(UnknownUnitError) as info:
            son_la.get("vn/ha-noi")
        assert info.value.value == "vn/ha-noi"

    def test_get_at_date(self, son_la: Hierarchy) -> None:
        """Sơn La city existed at its 2023 review but not after July 2025."""
        assert son_la.get("vn/son-la/tp-son-la", at=D(2023, 11, 22)).name == "Thành phố Sơn La"
        with pytest.raises(UnknownUnitError, match="did not exist"):
            son_la.get("vn/son-la/tp-son-la", at=AFTER)

    def test_children_and_roots(self, son_la: Hierarchy) -> None:
        """Children are the units directly below; roots have no parent."""
        assert [u.id for u in son_la.roots()] == ["vn/son-la"]
        assert {u.id for u in son_la.children("vn/son-la")} == {
            "vn/son-la/tinh-uy",
            "vn/son-la/tp-son-la",
        }
        assert [u.id for u in son_la.children("vn/son-la", at=AFTER)] == ["vn/son-la/tinh-uy"]

    def test_ancestors_nearest_first(self, son_la: Hierarchy) -> None:
        """The City Party Committee hangs under the city, under the province."""
        assert [u.id for u in son_la.ancestors("vn/son-la/tp-son-la/thanh-uy")] == [
            "vn/son-la/tp-son-la",
            "vn/son-la",
        ]

    def test_descendants(self, son_la: Hierarchy) -> None:
        """Descendants include bodies and areas below, filtered by date."""
        below = {u.id for u in son_la.descendants("vn/son-la/tp-son-la")}
        assert below == {
            "vn/son-la/tp-son-la/thanh-uy",
            "vn/son-la/tp-son-la/ubnd",
            "vn/son-la/tp-son-la/quyet-thang",
        }
        assert {u.id for u in son_la.descendants("vn/son-la", at=AFTER)} == {
            "vn/son-la/tinh-uy",
            "vn/son-la/tinh-uy/btv",
        }

    def test_area_of_a_body(self, son_la: Hierarchy) -> None:
        """A body belongs to the area it hangs under; an area to itself."""
        assert son_la.area_of("vn/son-la/tp-son-la/thanh-uy").id == "vn/son-la/tp-son-la"
        assert son_la.area_of("vn/son-la/tinh-uy/btv").id == "vn/son-la"
        assert son_la.area_of("vn/son-la").id == "vn/son-la"

    def test_at_date(self, son_la: Hierarchy) -> None:
        """The tree as it stood after the reform has no city."""
        after = son_la.at(AFTER)
        assert "vn/son-la/tp-son-la" not in after
        assert len(after) == 3

    def test_level_units(self, son_la: Hierarchy) -> None:
        """The areas of a tier, bodies excluded."""
        assert [u.id for u in son_la.level_units(AdminLevel.DISTRICT)] == ["vn/son-la/tp-son-la"]
        assert son_la.level_units(AdminLevel.DISTRICT, at=AFTER) == []


class TestFind:
    @pytest.mark.parametrize(
        "name", ["Quyết Thắng", "phường Quyết Thắng", "quyet thang", "Phuong Quyet Thang"]
    )
    def test_type_word_and_diacritics_optional(self, son_la: Hierarchy, name: str) -> None:
        """Names match without diacritics and with or without the type word."""
        assert [u.id for u in son_la.find(name)] == ["vn/son-la/tp-son-la/quyet-thang"]

    def test_all_matches_ranked(self, son_la: Hierarchy) -> None:
        """'Sơn La' names the province and the city: both come back, province first."""
        assert [u.id for u in son_la.find("Sơn La")] == ["vn/son-la", "vn/son-la/tp-son-la"]
        assert [u.id for u in son_la.find("thành phố Sơn La")] == [
            "vn/son-la/tp-son-la",
            "vn/son-la",
        ]

    def test_filters(self, son_la: Hierarchy) -> None:
        """at, level and within narrow the matches."""
        assert [u.id for u in son_la.find("Sơn La", at=AFTER)] == ["vn/son-la"]
        assert [u.id for u in son_la.find("Sơn La", level=AdminLevel.DISTRICT)] == [
            "vn/son-la/tp-son-la"
        ]
        assert [u.id for u in son_la.find("Sơn La", within="vn/son-la")] == ["vn/son-la/tp-son-la"]
        assert son_la.find("Hồng Lĩnh") == []

    def test_aliases(self) -> None:
        """A unit is found by an older name."""
        h = Hierarchy(
            [Unit(id="x", name="Phường Mới", aliases=("Xã Cũ",), level=AdminLevel.COMMUNE)]
        )
        assert [u.id for u in h.find("Cũ")] == ["x"]

    def test_bodies_rank_below_areas(self) -> None:
        """An area outranks a body of the same name."""
        h = Hierarchy(
            [
                Unit(id="a", name="Sơn La", level=AdminLevel.PROVINCE),
                Unit(
                    id="b",
                    name="Sơn La",
                    kind=UnitKind.AGENCY,
                    level=AdminLevel.PROVINCE,
                    parent="a",
                ),
            ]
        )
        assert [u.id for u in h.find("Sơn La")] == ["a", "b"]


class TestSuccessors:
    def build(self) -> Hierarchy:
        commune = AdminLevel.COMMUNE
        units = [
            Unit(id="old1", name="Xã Một", level=commune, valid_to=BEFORE),
            Unit(id="old2", name="Xã Hai", level=commune, valid_to=BEFORE),
            Unit(id="mid", name="Xã Giữa", level=commune, valid_from=AFTER, valid_to=D(2026, 1, 1)),
            Unit(id="new1", name="Xã Mới 1", level=commune, valid_from=AFTER),
            Unit(id="new2", name="Xã Mới 2", level=commune, valid_from=D(2026, 1, 2)),
            Unit(id="new3", name="Xã Mới 3", level=commune, valid_from=D(2026, 1, 2)),
        ]
        changes = [
            UnitChange(kind=ChangeKind.MERGE, on=AFTER, sources=("old1", "old2"), targets=("mid",)),
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=AFTER,
                sources=("old2",),
                targets=("new1",),
            ),
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=D(2026, 1, 2),
                sources=("mid",),
                targets=("new2", "new3"),
                shares={"new2": "1/4", "new3": "3/4"},
            ),
        ]
        return Hierarchy(units, changes)

    def test_chain_of_merge_and_split(self) -> None:
        """A merge then a split with shares carries the shares through."""
        h = self.build()
        assert h.successors("old1", to=D(2027, 1, 1)) == {
            "new2": Fraction(1, 4),
            "new3": Fraction(3, 4),
        }
        assert h.successors("old1", to=D(2025, 12, 31)) == {"mid": Fraction(1)}

    def test_untouched_unit_is_its_own_successor(self) -> None:
        """Before any change, a unit succeeds itself."""
        assert self.build().successors("old1", to=D(2020, 1, 1)) == {"old1": Fraction(1)}

    def test_predecessors(self) -> None:
        """Changes are followed backwards too."""
        assert sorted(self.build().predecessors("mid")) == ["old1", "old2"]

    def test_continuing_source(self) -> None:
        """A split whose source continues keeps its share and follows its later changes."""
        commune = AdminLevel.COMMUNE
        units = [
            Unit(id="a", name="Xã A", level=commune, valid_to=D(2030, 1, 1)),
            Unit(id="b", name="Xã B", level=commune, valid_from=AFTER),
            Unit(id="c", name="Xã C", level=commune, valid_from=D(2030, 1, 2)),
        ]
        changes = [
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=AFTER,
                sources=("a",),
                targets=("a", "b"),
                shares={"a": "1/2", "b": "1/2"},
            ),
            UnitChange(kind=ChangeKind.MERGE, on=D(2030, 1, 2), sources=("a",), targets=("c",)),
        ]
        h = Hierarchy(units, changes)
        assert h.successors("a", to=D(2031, 1, 1)) == {"b": Fraction(1, 2), "c": Fraction(1, 2)}

    def test_abolished_unit_has_no_successor(self) -> None:
        """Abolition without successor leaves nothing to carry over."""
        units = [Unit(id="a", name="Xã A", level=AdminLevel.COMMUNE, valid_to=BEFORE)]
        h = Hierarchy(units, [UnitChange(kind=ChangeKind.ABOLISH, on=AFTER, sources=("a",))])
        assert h.successors("a", to=AFTER) == {}

    def test_ended_without_a_recorded_change(self) -> None:
        """Sơn La city ended on 30/6/2025; with no change recorded it succeeds nobody."""
        units = [
            Unit(
                id="tp-son-la",
                name="Thành phố Sơn La",
                level=AdminLevel.DISTRICT,
                valid_to=D(2025, 6, 30),
            )
        ]
        h = Hierarchy(units)
        assert h.successors("tp-son-la", to=D(2025, 7, 1)) == {}
        assert h.successors("tp-son-la", to=D(2025, 6, 30)) == {"tp-son-la": Fraction(1)}

    def test_long_chain_does_not_recurse(self) -> None:
        """A 5 000-step chain of renames is followed without a recursion error."""
        n = 5_000
        units = [
            Unit(
                id=f"u{i}",
                name=f"Xã {i}",
                level=AdminLevel.COMMUNE,
                valid_from=D(2000, 1, 1) + dt.timedelta(days=i) if i else None,
                valid_to=D(2000, 1, 1) + dt.timedelta(days=i) if i < n - 1 else None,
            )
            for i in range(n)
        ]
        changes = [
            UnitChange(
                kind=ChangeKind.RENAME,
                on=D(2000, 1, 1) + dt.timedelta(days=i + 1),
                sources=(f"u{i}",),
                targets=(f"u{i + 1}",),
            )
            for i in range(n - 1)
        ]
        h = Hierarchy(units, changes)
        assert h.successors("u0", to=D(2100, 1, 1)) == {f"u{n - 1}": Fraction(1)}


class TestInvariants:
    @settings(max_examples=60)
    @given(hierarchies())
    def test_descendants_of_each_ancestor(self, h: Hierarchy) -> None:
        """A unit is among the descendants of each of its ancestors."""
        for unit in h:
            for ancestor in h.ancestors(unit.id):
                assert unit in h.descendants(ancestor.id)

    @settings(max_examples=60)
    @given(hierarchies())
    def test_views_at_dates_are_trees(self, h: Hierarchy) -> None:
        """The tree at any date is itself valid, holding exactly the units alive then."""
        for day in (REORGANISATION - dt.timedelta(days=1), REORGANISATION):
            view = h.at(day)
            assert {u.id for u in view} == {u.id for u in h if u.is_valid_at(day)}
            for unit in view:
                assert unit.parent is None or unit.parent in view

    @settings(max_examples=60)
    @given(hierarchies())
    def test_successor_shares_sum_to_one(self, h: Hierarchy) -> None:
        """Every unit's successors after the reorganisation have shares summing to 1."""
        for unit in h:
            shares = h.successors(unit.id, to=REORGANISATION)
            assert sum(shares.values()) == 1
            for successor in shares:
                assert h.get(successor).is_valid_at(REORGANISATION)
