"""Vietnam's two maps built from the ``vietnamadminunits`` package's tables.

One pass over each table: provinces, districts and communes of the map of 30 June 2025,
the provinces and communes of 1 July 2025, and the official conversion as dated changes.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import importlib.util
from collections import Counter, defaultdict
from fractions import Fraction
from pathlib import Path
from typing import Any

from danvan._extras import install_hint
from danvan._hierarchy import Hierarchy
from danvan._text import slugify
from danvan._units import ChangeKind, Unit, UnitChange
from danvan._vocabulary import AdminLevel
from danvan.exceptions import DanvanError

__all__ = ["INSTALL", "NEW_MAP_FIRST_DAY", "OLD_MAP_LAST_DAY", "PACKAGE", "Builder", "data_dir"]


#: The last day of the 63-province map with districts.
OLD_MAP_LAST_DAY = dt.date(2025, 6, 30)
#: The first day of the 34-province map without districts.
NEW_MAP_FIRST_DAY = dt.date(2025, 7, 1)

PACKAGE = "vietnamadminunits"
INSTALL = install_hint("vn")


def data_dir() -> Path:
    """The data folder of the installed package, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DanvanError(f"danvan.vn needs the {PACKAGE} package; install it with: {INSTALL}")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


_Row = tuple[Any, ...]


class Builder:
    """Units and changes from the package's tables, in one pass over each."""

    def __init__(self, old: list[_Row], new: list[_Row], conversion: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.merged_provinces: dict[str, list[str]] = conversion["DICT_PROVINCE"]
        self.whole: dict[str, dict[str, list[str]]] = conversion["DICT_PROVINCE_WARD_NO_DIVIDED"]
        self.divided: dict[str, dict[str, list[dict[str, Any]]]] = conversion[
            "DICT_PROVINCE_WARD_DIVIDED"
        ]
        self.units: list[Unit] = [Unit(id="vn", name="Việt Nam", level=AdminLevel.CENTRAL)]
        self.changes: list[UnitChange] = []
        self.province_id: dict[tuple[str, str], str] = {}  # (map, key) -> id
        self.old_ids: dict[str, str] = {}  # "province_district_ward" key -> id
        self.new_ids: dict[tuple[str, str], str] = {}  # (province key, ward key) -> id
        self.district_communes: dict[str, list[str]] = defaultdict(list)

    def build(self) -> Hierarchy:
        self._provinces()
        self._old_map()
        self._new_map()
        self._commune_changes()
        self._district_changes()
        return Hierarchy(self.units, self.changes)

    def _provinces(self) -> None:
        old = {row[2]: row for row in self.old}
        new = {row[2]: row for row in self.new}
        kept = {key for key, sources in self.merged_provinces.items() if sources == [key]}
        new_slugs = {slugify(row[1]) for key, row in new.items() if key not in kept}
        for key, row in sorted(old.items(), key=lambda item: item[1][3]):
            slug = slugify(row[1])
            whole = key in kept
            if not whole and slug in new_slugs:
                slug += "-cu"
            self._province(f"vn/{slug}", row, valid_to=None if whole else OLD_MAP_LAST_DAY)
            self.province_id["old", key] = f"vn/{slug}"
            if whole:
                self.province_id["new", key] = f"vn/{slug}"
        for key, row in sorted(new.items(), key=lambda item: item[1][3]):
            if key in kept:
                continue
            unit_id = f"vn/{slugify(row[1])}"
            self._province(unit_id, row, valid_from=NEW_MAP_FIRST_DAY)
            self.province_id["new", key] = unit_id
            sources = tuple(self.province_id["old", k] for k in self.merged_provinces[key])
            self.changes.append(
                UnitChange(
                    kind=ChangeKind.MERGE, on=NEW_MAP_FIRST_DAY, sources=sources, targets=(unit_id,)
                )
            )

    def _province(self, unit_id: str, row: _Row, **dates: dt.date | None) -> None:
        name: str = row[0]
        division = name[: -len(row[1])].strip()  # "Tỉnh Sơn La" without "Sơn La"
        self._area(
            unit_id, name, AdminLevel.PROVINCE, "vn", code=row[3], division=division, **dates
        )

    def _area(
        self,
        unit_id: str,
        name: str,
        level: AdminLevel,
        parent: str,
        *,
        code: str,
        division: str,
        valid_from: dt.date | None = None,
        valid_to: dt.date | None = None,
    ) -> None:
        self.units.append(
            Unit(
                id=unit_id,
                name=name,
                level=level,
                parent=parent,
                valid_from=valid_from,
                valid_to=valid_to,
                codes={"gso": code},
                division=division.lower() or None,
            )
        )

    def _old_map(self) -> None:
        districts: set[str] = set()
        same = Counter(
            (self.province_id["old", row[2]], row[4], slugify(row[9]))
            for row in self.old
            if row[9] is not None
        )
        for row in self.old:
            province_key, district, district_type, district_key, district_code = (
                row[2], row[4], row[6], row[7], row[8]
            )  # fmt: skip
            province = self.province_id["old", province_key]
            district_id = f"{province}/{slugify(district)}"
            if district_id not in districts:
                districts.add(district_id)
                self._area(
                    district_id,
                    district,
                    AdminLevel.DISTRICT,
                    province,
                    code=district_code,
                    division=district_type,
                    valid_to=OLD_MAP_LAST_DAY,
                )
                # Island districts had no communes; the conversion names them by
                # "province_district_".
                self.old_ids[f"{province_key}_{district_key}_"] = district_id
            ward, ward_type, ward_key, ward_code = row[9:13]
            if ward is None:
                continue
            unit_id = _commune_id(
                district_id, ward, ward_code, same[province, district, slugify(ward)]
            )
            self._area(
                unit_id,
                ward,
                AdminLevel.COMMUNE,
                district_id,
                code=ward_code,
                division=ward_type,
                valid_to=OLD_MAP_LAST_DAY,
            )
            self.old_ids[f"{province_key}_{district_key}_{ward_key}"] = unit_id
            self.district_communes[district_id].append(unit_id)

    def _new_map(self) -> None:
        same = Counter((row[2], slugify(row[4])) for row in self.new)
        for row in self.new:
            province = self.province_id["new", row[2]]
            ward, ward_type, ward_key, ward_code = row[4:8]
            unit_id = _commune_id(province, ward, ward_code, same[row[2], slugify(ward)])
            self._area(
                unit_id,
                ward,
                AdminLevel.COMMUNE,
                province,
                code=ward_code,
                division=ward_type,
                valid_from=NEW_MAP_FIRST_DAY,
            )
            self.new_ids[row[2], ward_key] = unit_id

    def _commune_changes(self) -> None:
        self.commune_shares: dict[str, dict[str, Fraction]] = {}
        for province_key, wards in self.whole.items():
            for ward_key, old_keys in wards.items():
                target = self.new_ids[province_key, ward_key]
                sources = tuple(self.old_ids[key] for key in old_keys)
                if not sources:
                    continue
                self.changes.append(
                    UnitChange(
                        kind=ChangeKind.MERGE,
                        on=NEW_MAP_FIRST_DAY,
                        sources=sources,
                        targets=(target,),
                    )
                )
                for unit_id in sources:
                    self.commune_shares[unit_id] = {target: Fraction(1)}
        for province_key, pieces in self.divided.items():
            for old_key, parts in pieces.items():
                unit_id = self.old_ids[old_key]
                targets = tuple(self.new_ids[province_key, part["newWardKey"]] for part in parts)
                change = UnitChange(
                    kind=ChangeKind.SPLIT, on=NEW_MAP_FIRST_DAY, sources=(unit_id,), targets=targets
                )
                self.changes.append(change)
                self.commune_shares[unit_id] = dict(change.shares)

    def _district_changes(self) -> None:
        for district_id, communes in self.district_communes.items():
            shares: dict[str, Fraction] = defaultdict(Fraction)
            for commune in communes:
                for target, share in self.commune_shares[commune].items():
                    shares[target] += share / len(communes)
            self.changes.append(
                UnitChange(
                    kind=ChangeKind.SPLIT,
                    on=NEW_MAP_FIRST_DAY,
                    sources=(district_id,),
                    targets=tuple(shares),
                    shares=shares,
                    assumed_shares=len(shares) > 1,
                )
            )


def _commune_id(parent: str, name: str, code: str, namesakes: int) -> str:
    """``parent/slug``, with the code when namesakes share the slug.

    Communes whose names differ only in diacritics ("Xã Minh Quán", "Xã Minh Quân")
    share a slug, so each of them gets its code too.
    """
    slug = slugify(name)
    return f"{parent}/{slug}" if namesakes == 1 else f"{parent}/{slug}-{code}"
