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

import contextlib
import datetime as dt
import functools
import importlib.metadata
import importlib.util
import json
import sqlite3
from fractions import Fraction

from danvan._hierarchy import Hierarchy
from danvan._units import Unit
from danvan._vocabulary import AdminLevel
from danvan.exceptions import DanvanError
from danvan.vn._builder import INSTALL as _INSTALL
from danvan.vn._builder import NEW_MAP_FIRST_DAY, OLD_MAP_LAST_DAY
from danvan.vn._builder import PACKAGE as _PACKAGE
from danvan.vn._builder import Builder as _Builder
from danvan.vn._builder import data_dir as _data_dir

__all__ = [
    "NEW_MAP_FIRST_DAY",
    "OLD_MAP_LAST_DAY",
    "find",
    "hierarchy",
    "province_of",
    "source",
    "successors",
]


def source() -> str:
    """Where the map comes from: the package, its version and licence.

    Returns:
        A line naming the package, its version and its licence.

    Raises:
        DanvanError: The ``vn`` extra is not installed.
    """
    _data_dir()
    version = importlib.metadata.version(_PACKAGE)
    return f"{_PACKAGE} {version} (MIT licence): official names, codes and the 2025 conversion"


@functools.cache
def hierarchy() -> Hierarchy:
    """Both maps and the changes between them, as one dated hierarchy (built once).

    Returns:
        The 63 provinces, their districts and communes valid to 30 June 2025, the 34
        provinces and 3,321 communes from 1 July 2025, and the official conversion as
        dated changes.

    Raises:
        DanvanError: The ``vn`` extra is not installed, or its data cannot be read.
    """
    data = _data_dir()
    try:
        # closing(): a connection's own context manager commits but does not close, and
        # Python 3.13 warns of the connection left open.
        uri = f"file:{data / 'dataset.db'}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
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

    Args:
        name: The name as written, diacritics and type words optional.
        at: Keep units that existed on this day.
        level: Keep units of this tier.
        within: Keep units below this unit.

    Returns:
        The matching units, best first.

    Raises:
        DanvanError: The ``vn`` extra is not installed.

    Examples:
        >>> from danvan import AdminLevel
        >>> [u.id for u in find("Sơn La", level=AdminLevel.PROVINCE)]
        ['vn/son-la']
    """
    return hierarchy().find(name, at=at, level=level, within=within)


def successors(unit: Unit | str, *, to: dt.date = NEW_MAP_FIRST_DAY) -> dict[str, Fraction]:
    """Where a unit had gone on ``to`` (by default the first day of the new map), with shares.

    Args:
        unit: A unit of either map, or its id.
        to: The day of the map to follow the changes to.

    Returns:
        Each successor's id with the share of the unit it took.

    Raises:
        UnknownUnitError: No unit of the map has that id.
        DanvanError: The ``vn`` extra is not installed.

    Examples:
        >>> successors("vn/ninh-binh-cu")
        {'vn/ninh-binh': Fraction(1, 1)}
    """
    return hierarchy().successors(unit.id if isinstance(unit, Unit) else unit, to=to)


def province_of(unit: Unit | str) -> Unit:
    """The province a unit belongs to, on whichever map the unit is.

    Args:
        unit: A unit of either map, or its id.

    Returns:
        The province: the unit itself when it is one.

    Raises:
        UnknownUnitError: No unit of the map has that id.
        DanvanError: The ``vn`` extra is not installed, or the unit lies in no province.

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
