"""Vietnam's real administrative map before and after 1 July 2025, with the crosswalk.

On 1 July 2025 the district tier ended, 63 provinces became 34 and about 10 000
communes became 3 321. :func:`hierarchy` holds both maps as one dated
:class:`~danvan.Hierarchy`:

- the pre-2025 provinces, districts and communes, valid until 30 June 2025;
- the post-2025 provinces and communes, valid from 1 July 2025;
- a province that was left whole (Sơn La, Hà Tĩnh …) is one unit on both maps;
- :class:`~danvan.UnitChange` events from the official conversion: each new commune is
  a merge of the old communes that went to it whole; an old commune divided among
  several new ones is a split, with equal shares marked as assumed (the conversion
  gives none); each old district is a split among the new communes its communes went
  to, each commune weighing the same (assumed too when there is more than one); each
  merged province is a merge of its old provinces.

Ids are stable paths: ``vn/son-la`` for a province, ``vn/ha-tinh/thi-xa-hong-linh`` for
a district, ``vn/ha-tinh/thi-xa-hong-linh/phuong-bac-hong`` for a pre-2025 commune,
``vn/ha-tinh/phuong-bac-hong-linh`` for a post-2025 one. A pre-2025 province that ended
and whose name a new province took gets ``-cu`` ("cũ", old, as Vietnamese documents
write it): ``vn/ninh-binh-cu`` became part of ``vn/ninh-binh``. Official codes are in
``codes["gso"]``.

The pre-2025 map is the map of 30 June 2025, its last day. Changes before then (Lộc
Hà district joined Thạch Hà on 1 January 2025; many communes merged in 2019-2020 and
2023-2025) are not recorded: a unit that ended earlier is not in it, and a unit of 30
June 2025 stands for its whole territory as if it had always existed. Add earlier
units and changes to your own hierarchy when a report needs them. The bodies of each
area are not in the map; :func:`danvan.usual_bodies` makes them.

The data comes from the ``vietnamadminunits`` package (MIT licence), which packages
the official names, codes and conversion tables; it is installed by the ``vn`` extra:
``pip install -e ".[vn]"`` in a clone of danvan. danvan reads its data files; nothing is copied into
danvan.

Examples:
    >>> import datetime
    >>> from danvan import vn
    >>> town = vn.find("Hồng Lĩnh", at=datetime.date(2018, 12, 19))[0]
    >>> town.id, town.codes["gso"]
    ('vn/ha-tinh/thi-xa-hong-linh', '437')
    >>> sorted(vn.hierarchy().get(u).name for u in vn.successors(town.id))
    ['Phường Bắc Hồng Lĩnh', 'Phường Nam Hồng Lĩnh']
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.metadata
import importlib.util
import json
import sqlite3
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

__all__ = [
    "NEW_MAP_FIRST_DAY",
    "OLD_MAP_LAST_DAY",
    "find",
    "hierarchy",
    "province_of",
    "source",
    "successors",
]

#: The last day of the 63-province map with districts.
OLD_MAP_LAST_DAY = dt.date(2025, 6, 30)
#: The first day of the 34-province map without districts.
NEW_MAP_FIRST_DAY = dt.date(2025, 7, 1)

_PACKAGE = "vietnamadminunits"
_INSTALL = install_hint("vn")


def source() -> str:
    """Where the map comes from: the package, its version and licence."""
    _data_dir()
    version = importlib.metadata.version(_PACKAGE)
    return f"{_PACKAGE} {version} (MIT licence): official names, codes and the 2025 conversion"


@functools.cache
def hierarchy() -> Hierarchy:
    """Both maps and the changes between them, as one dated hierarchy (built once).

    Raises:
        DanvanError: The ``vn`` extra is not installed, or its data cannot be read.
    """
    data = _data_dir()
    try:
        with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as connection:
            old_rows = connection.execute(
                "SELECT province, provinceShort, provinceKey, provinceCode, district, "
                "districtShort, districtType, districtKey, districtCode, ward, wardType, "
                "wardKey, wardCode FROM admin_units_legacy"
            ).fetchall()
            new_rows = connection.execute(
                "SELECT province, provinceShort, provinceKey, provinceCode, ward, wardType, "
                "wardKey, wardCode FROM admin_units"
            ).fetchall()
        conversion = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    except (OSError, sqlite3.Error, ValueError) as error:
        raise DanvanError(f"cannot read the {_PACKAGE} data in {data}: {error}") from error
    try:
        return _Builder(old_rows, new_rows, conversion).build()
    except (KeyError, IndexError, TypeError, AttributeError) as error:
        raise DanvanError(
            f"the {_PACKAGE} data in {data} is not laid out as danvan expects "
            f"({type(error).__name__}: {error}); {_INSTALL} installs a version it reads"
        ) from error


def find(
    name: str,
    *,
    at: dt.date | None = None,
    level: AdminLevel | None = None,
    within: str | None = None,
) -> list[Unit]:
    """Units called ``name`` on the real map (on ``at``, at ``level``, below ``within``).

    Best match first, as :meth:`danvan.Hierarchy.find` ranks them; never a silent pick.

    Examples:
        >>> from danvan import AdminLevel
        >>> [u.id for u in find("Sơn La", level=AdminLevel.PROVINCE)]
        ['vn/son-la']
    """
    return hierarchy().find(name, at=at, level=level, within=within)


def successors(unit: Unit | str, *, to: dt.date = NEW_MAP_FIRST_DAY) -> dict[str, Fraction]:
    """Where a unit had gone on ``to`` (by default the first day of the new map), with shares.

    Examples:
        >>> successors("vn/ninh-binh-cu")
        {'vn/ninh-binh': Fraction(1, 1)}
    """
    return hierarchy().successors(unit.id if isinstance(unit, Unit) else unit, to=to)


def province_of(unit: Unit | str) -> Unit:
    """The province a unit belongs to, on whichever map the unit is.

    Examples:
        >>> province_of("vn/ha-tinh/phuong-bac-hong-linh").name
        'Tỉnh Hà Tĩnh'
    """
    tree = hierarchy()
    found = tree.get(unit.id if isinstance(unit, Unit) else unit)
    if found.level is AdminLevel.PROVINCE:
        return found
    for ancestor in tree.ancestors(found.id):
        if ancestor.level is AdminLevel.PROVINCE:
            return ancestor
    raise DanvanError(f"{found.id} belongs to no province")


def _data_dir() -> Path:
    """The data folder of the installed package, found without importing it."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DanvanError(f"danvan.vn needs the {_PACKAGE} package; install it with: {_INSTALL}")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


_Row = tuple[Any, ...]


class _Builder:
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
