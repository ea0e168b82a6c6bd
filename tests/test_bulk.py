"""Reading many objects' attributes into columns: the same columns whichever way they are read."""

from operator import attrgetter

import attrs
import pytest

from danvan import Count, Figure, Period, Qualifier, UnitOfMeasure
from danvan._bulk import _BLOCK, _slot_order, slot_columns
from danvan._figures import Dims
from danvan._sources import Source


@attrs.frozen
class _Base:
    b: int
    a: str


@attrs.frozen
class _Derived(_Base):
    z: int
    y: int | None = None


@attrs.frozen(slots=False)
class _Plain:
    x: int


class _Other(_Derived):
    """A subclass of its own (no attrs): its instances have a ``__dict__``."""


def _by_getattr(items: list[object], names: tuple[str, ...]) -> dict[str, list[object]]:
    return {name: list(map(attrgetter(name), items)) for name in names}


def _figures(n: int) -> list[Figure]:
    return [
        Figure(
            measure="registered" if i % 3 else "recognised",
            value=Count(i, Qualifier.OVER if i % 5 == 0 else Qualifier.EXACT),
            unit_of_measure=UnitOfMeasure.MODELS,
            scope=f"vn/ninh-binh/x{i % 7}",
            movements=("dan-van-kheo",),
            period=Period.parse(str(2016 + i % 10)),
            source=Source(title="Báo cáo sơ kết phong trào thi đua Dân vận khéo"),
            id=f"f{i}",
            part_of=None if i % 4 else f"f{i - 1}",
            notes=("Số liệu báo cáo của Ban Dân vận Huyện ủy",) if i % 11 == 0 else (),
        )
        for i in range(n)
    ]


def test_figures_read_in_one_call_give_the_same_columns_as_getattr() -> None:
    names = ("id", "measure", "value", "scope", "period", "part_of", "notes", "dims")
    figures = _figures(2 * _BLOCK + 17)  # across blocks, and a short last one
    assert _slot_order(Figure, names) is not None  # this interpreter's order is known
    assert slot_columns(figures, names) == _by_getattr(figures, names)


def test_slots_of_a_class_and_its_base_are_each_where_they_belong() -> None:
    items = [_Derived(b=i, a=f"xã {i}", z=-i, y=i * 2 if i % 2 else None) for i in range(50)]
    names = ("a", "b", "y", "z")
    assert slot_columns(items, names) == _by_getattr(items, names)


def test_items_of_another_class_among_them_are_read_one_by_one() -> None:
    items: list[object] = [_Derived(b=i, a="ấp", z=i) for i in range(10)]
    items.insert(5, _Other(b=99, a="khóm", z=98, y=97))
    assert slot_columns(items, ("a", "b", "y", "z")) == _by_getattr(items, ("a", "b", "y", "z"))


def test_a_slot_left_unset_raises_as_getattr_does_not_a_shifted_column() -> None:
    unset = object.__new__(_Derived)
    object.__setattr__(unset, "b", 1)
    object.__setattr__(unset, "z", 2)  # "a" and "y" are never set
    items = [_Derived(b=0, a="tổ", z=0), unset]
    with pytest.raises(AttributeError):
        slot_columns(items, ("b", "z", "a"))
    assert slot_columns(items, ("b", "z")) == {"b": [0, 1], "z": [0, 2]}


def test_classes_without_slots_and_names_that_are_not_slots() -> None:
    plain = [_Plain(x=i) for i in range(5)]
    assert slot_columns(plain, ("x",)) == {"x": [0, 1, 2, 3, 4]}
    dims = [Dims(category="Dân vận khéo")] * 3
    assert slot_columns(dims, ("category", "__class__")) == {
        "category": ["Dân vận khéo"] * 3,
        "__class__": [Dims] * 3,
    }
    assert slot_columns([], ("x",)) == {"x": []}
