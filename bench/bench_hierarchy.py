"""Hierarchy at national scale: 100 000 units, one chain 10 000 deep.

Peer: a plain dict of parent ids built and walked by hand, the least any tree needs.
"""

import datetime as dt
import sys

from bench.common import best_of, row
from danvan import AdminLevel, Hierarchy, Unit

N_UNITS = 100_000
CHAIN = 10_000


def make_units() -> list[Unit]:
    units = [Unit(id="vn", name="Việt Nam", level=AdminLevel.CENTRAL)]
    provinces = [f"p{i}" for i in range(63)]
    units += [
        Unit(id=p, name=f"Tỉnh {p}", level=AdminLevel.PROVINCE, parent="vn") for p in provinces
    ]
    # One chain of communes 10 000 deep: levels may stay equal down a chain.
    units += [
        Unit(
            id=f"c{i}",
            name=f"Xã chuỗi {i}",
            level=AdminLevel.COMMUNE,
            parent=f"c{i - 1}" if i else "p0",
        )
        for i in range(CHAIN)
    ]
    rest = N_UNITS - len(units)
    units += [
        Unit(
            id=f"x{i}",
            name=f"Xã {i}",
            level=AdminLevel.COMMUNE,
            parent=provinces[i % 63],
            valid_from=dt.date(2025, 7, 1) if i % 2 else None,
        )
        for i in range(rest)
    ]
    return units


def main() -> None:
    units = make_units()
    print(f"hierarchy: {len(units):,} units, chain depth {CHAIN:,}")
    peer_build, parents = best_of(lambda: {u.id: u.parent for u in units})
    build, hierarchy = best_of(lambda: Hierarchy(units))
    row("build (validate + index)", build)
    row("peer: dict of parents", peer_build)
    print(f"  {'ratio':<48} {build / peer_build:10.1f}x")

    deepest = f"c{CHAIN - 1}"

    def walk() -> int:
        depth, current = 0, parents[deepest]
        while current is not None:
            depth, current = depth + 1, parents[current]
        return depth

    peer_walk, peer_depth = best_of(walk)
    ancestors_time, chain = best_of(lambda: hierarchy.ancestors(deepest))
    assert len(chain) == peer_depth, (len(chain), peer_depth)
    row(f"ancestors of the deepest unit ({len(chain):,})", ancestors_time, peer_walk)
    find_time, found = best_of(lambda: hierarchy.find("Xã 4242"))
    row(f"find by name ({len(found)} match)", find_time)
    get_time, _ = best_of(lambda: [hierarchy.get(f"x{i}") for i in range(10_000)])
    row("10 000 lookups by id", get_time)
    print(f"  recursion limit {sys.getrecursionlimit()}: never approached (no recursion)")


if __name__ == "__main__":
    main()
