"""Hypothesis strategies for danvan's public types.

Applications built on danvan can property-test their own code against valid,
internally consistent danvan values::

    from hypothesis import given
    from danvan.testing import hierarchies

    @given(hierarchies())
    def test_my_rollup(hierarchy): ...

Requires the ``testing`` extra: ``pip install "danvan[testing]"``.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from danvan._counts import Count
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._hierarchy import Hierarchy
from danvan._periods import Period
from danvan._units import ChangeKind, Unit, UnitChange
from danvan._vocabulary import AdminLevel, Qualifier
from danvan.exceptions import DanvanError

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise DanvanError('danvan.testing needs hypothesis: pip install "danvan[testing]"') from error

__all__ = ["REORGANISATION", "counts", "hierarchies", "periods", "symbols"]

#: The day the district tier ended and provinces and communes merged.
REORGANISATION = dt.date(2025, 7, 1)

_NAMES = ["Quyết Thắng", "Chiềng Lề", "Tô Hiệu", "Mường Lạn", "Sốp Cộp", "Bắc Hồng", "Nam Hồng"]
_MAGNITUDES = [10**k for k in range(1, 10)]
_ISSUERS = ["TU", "ThU", "HU", "ĐU", "ĐUK", "TW", "BDVTU", "BCĐ", "UBND", "CP"]


@st.composite
def counts(draw: st.DrawFn, max_value: int = 10**9) -> Count:
    """Counts of every qualifier, each with its default interval."""
    qualifier = draw(st.sampled_from(Qualifier))
    if qualifier is Qualifier.MANY:
        return Count(draw(st.sampled_from(_MAGNITUDES)), qualifier)
    low = 1 if qualifier is Qualifier.UNDER else 0
    return Count(draw(st.integers(min_value=low, max_value=max_value)), qualifier)


@st.composite
def symbols(draw: st.DrawFn) -> DocumentSymbol:
    """Party and state document symbols of every type each system uses."""
    system = draw(st.sampled_from(DocumentSystem))
    doc_type = draw(st.sampled_from([t for t in DocumentType if system in t.systems]))
    number = draw(st.from_regex(r"[0-9]{1,5}", fullmatch=True))
    if system is DocumentSystem.PARTY:
        return DocumentSymbol(number, doc_type, draw(st.sampled_from(_ISSUERS)), system)
    if doc_type is DocumentType.OFFICIAL_LETTER:
        unit = draw(st.sampled_from(["VX", "KT", "NC", "TH"]))
        return DocumentSymbol(number, doc_type, f"UBND-{unit}", system)
    year = draw(st.none() | st.integers(1945, 2099))
    return DocumentSymbol(number, doc_type, draw(st.sampled_from(_ISSUERS)), system, year)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods between 2000 and 2035: whole years or arbitrary day ranges."""
    if draw(st.booleans()):
        first = draw(st.integers(2000, 2035))
        return Period.years(first, draw(st.integers(first, 2035)))
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)))
    end = draw(st.dates(start, dt.date(2035, 12, 31)))
    return Period(start, end)


@st.composite
def hierarchies(draw: st.DrawFn, max_units: int = 25) -> Hierarchy:
    """Valid dated trees of areas, with a reorganisation on :data:`REORGANISATION`.

    Some leaf units end the day before it and pass, by merges and splits (with given
    or assumed shares), to new units that start on it.
    """
    count = draw(st.integers(1, max_units))
    units: list[dict[str, Any]] = []
    levels = list(AdminLevel)
    for i in range(count):
        if i == 0:
            parent, level = None, AdminLevel.PROVINCE
        else:
            parent_index = draw(st.integers(0, i - 1))
            parent = units[parent_index]["id"]
            ceiling = units[parent_index]["level"].rank
            level = draw(st.sampled_from(levels[: ceiling + 1]))
        name = f"{draw(st.sampled_from(_NAMES))} {i}"
        units.append({"id": f"u{i}", "name": name, "level": level, "parent": parent})
    parents = {u["parent"] for u in units}
    leaves = [u for u in units[1:] if u["id"] not in parents]
    ending = draw(st.lists(st.sampled_from(leaves), unique_by=lambda u: u["id"])) if leaves else []
    new_count = draw(st.integers(1, 3)) if ending else 0
    new_ids = [f"n{i}" for i in range(new_count)]
    changes = []
    for unit in ending:
        unit["valid_to"] = REORGANISATION - dt.timedelta(days=1)
        targets = draw(st.lists(st.sampled_from(new_ids), min_size=1, max_size=2, unique=True))
        if len(targets) == 1:
            changes.append(
                UnitChange(
                    kind=ChangeKind.MERGE,
                    on=REORGANISATION,
                    sources=(unit["id"],),
                    targets=tuple(targets),
                )
            )
            continue
        shares: dict[str, Fraction] = {}
        if draw(st.booleans()):
            first = Fraction(draw(st.integers(1, 9)), 10)
            shares = {targets[0]: first, targets[1]: 1 - first}
        changes.append(
            UnitChange(
                kind=ChangeKind.SPLIT,
                on=REORGANISATION,
                sources=(unit["id"],),
                targets=tuple(targets),
                shares=shares,
            )
        )
    built = [Unit(**fields) for fields in units]
    built += [
        Unit(
            id=new_id,
            name=f"Phường {i}",
            level=AdminLevel.COMMUNE,
            parent="u0",
            valid_from=REORGANISATION,
        )
        for i, new_id in enumerate(new_ids)
    ]
    return Hierarchy(built, changes)
