"""Unit and UnitChange: construction rules."""

import datetime as dt
from fractions import Fraction

import pytest

from danvan import AdminLevel, ChangeKind, Unit, UnitChange, UnitKind
from danvan.exceptions import InvalidEntityError

D = dt.date


def town(**changes: object) -> Unit:
    fields: dict[str, object] = {
        "id": "vn/ha-tinh/hong-linh",
        "name": "Thị xã Hồng Lĩnh",
        "level": AdminLevel.DISTRICT,
        "parent": "vn/ha-tinh",
        "valid_to": D(2025, 6, 30),
    }
    fields.update(changes)
    return Unit(**fields)  # type: ignore[arg-type]


class TestUnit:
    def test_defaults(self) -> None:
        """A unit is an administrative area unless said otherwise."""
        unit = town()
        assert unit.kind is UnitKind.ADMINISTRATIVE_AREA
        assert unit.is_area
        assert unit.aliases == ()
        assert dict(unit.codes) == {}

    def test_validity(self) -> None:
        """Hồng Lĩnh existed in 2018 and not after the July 2025 reform."""
        unit = town(valid_from=D(2008, 1, 1))
        assert unit.is_valid_at(D(2018, 12, 19))
        assert not unit.is_valid_at(D(2025, 7, 1))
        assert not unit.is_valid_at(D(2007, 12, 31))

    def test_codes_are_read_only_and_hashable(self) -> None:
        """Codes read like a mapping, cannot be changed, and the unit stays hashable."""
        unit = town(codes={"gso": "436"})
        assert unit.codes["gso"] == "436"
        with pytest.raises(TypeError):
            unit.codes["gso"] = "x"  # type: ignore[index]
        assert hash(unit) == hash(town(codes={"gso": "436"}))
        assert unit == town(codes={"gso": "436"})
        assert unit != town(codes={"gso": "999"})

    def test_aliases_from_list(self) -> None:
        """Aliases given as a list become a tuple."""
        assert town(aliases=["Hồng Lĩnh"]).aliases == ("Hồng Lĩnh",)

    @pytest.mark.parametrize(
        ("field", "value", "needle"),
        [
            ("id", "", "id"),
            ("id", "has space", "id"),
            ("name", "  ", "name"),
            ("level", "district", "level"),
            ("kind", "area", "kind"),
            ("parent", 3, "parent"),
            ("valid_to", D(1999, 1, 1), "ends before it begins"),
            ("valid_from", "2008-01-01", "valid_from"),
            ("aliases", "Hồng Lĩnh", "sequence"),
            ("parent", "vn/ha-tinh/hong-linh", "own parent"),
        ],
    )
    def test_invalid(self, field: str, value: object, needle: str) -> None:
        """Each invalid field raises InvalidEntityError naming the problem."""
        with pytest.raises(InvalidEntityError, match=needle):
            town(**{"valid_from": D(2008, 1, 1), field: value})


class TestUnitChange:
    def test_merge(self) -> None:
        """Two wards merged into one new ward: each source goes whole."""
        change = UnitChange(
            kind=ChangeKind.MERGE, on=D(2025, 7, 1), sources=("a", "b"), targets=("c",)
        )
        assert change.share_of("c") == 1
        assert not change.assumed_shares

    def test_split_with_shares(self) -> None:
        """A split with given shares keeps them exactly."""
        change = UnitChange(
            kind=ChangeKind.SPLIT,
            on=D(2025, 7, 1),
            sources=("a",),
            targets=("b", "c"),
            shares={"b": "1/3", "c": Fraction(2, 3)},
        )
        assert change.share_of("b") == Fraction(1, 3)
        assert not change.assumed_shares

    def test_split_without_shares_is_equal_and_assumed(self) -> None:
        """Without shares a split is equal, and says so."""
        change = UnitChange(
            kind=ChangeKind.SPLIT, on=D(2025, 7, 1), sources=("a",), targets=("b", "c", "d")
        )
        assert set(change.shares.values()) == {Fraction(1, 3)}
        assert change.assumed_shares

    @pytest.mark.parametrize(
        ("kind", "sources", "targets", "shares", "needle"),
        [
            (ChangeKind.MERGE, ("a",), ("b", "c"), {}, "targets"),
            (ChangeKind.MERGE, (), ("b",), {}, "sources"),
            (ChangeKind.RENAME, ("a", "b"), ("c",), {}, "sources"),
            (ChangeKind.ESTABLISH, ("a",), ("b",), {}, "sources"),
            (ChangeKind.ABOLISH, ("a",), ("b",), {}, "targets"),
            (ChangeKind.SPLIT, ("a",), ("b", "b"), {}, "twice"),
            (ChangeKind.SPLIT, ("a",), ("b", "c"), {"b": 1}, "every target"),
            (ChangeKind.SPLIT, ("a",), ("b", "c"), {"b": "1/2", "c": "1/3"}, "sum to 1"),
            (ChangeKind.SPLIT, ("a",), ("b", "c"), {"b": 2, "c": -1}, "positive"),
            (ChangeKind.SPLIT, ("a",), ("b", "c"), {"b": "x", "c": 1}, "numbers"),
            (ChangeKind.MERGE, ("a",), ("b",), {"b": 1}, "only a split"),
        ],
    )
    def test_invalid(
        self,
        kind: ChangeKind,
        sources: tuple[str, ...],
        targets: tuple[str, ...],
        shares: dict[str, object],
        needle: str,
    ) -> None:
        """Changes with the wrong arity or shares are refused."""
        with pytest.raises(InvalidEntityError, match=needle):
            UnitChange(
                kind=kind,
                on=D(2025, 7, 1),
                sources=sources,
                targets=targets,
                shares=shares,  # type: ignore[arg-type]
            )
