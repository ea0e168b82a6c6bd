"""The usual bodies of an area, named as Vietnamese documents name them.

Every province, district and commune has a Party committee (Tỉnh ủy, Thành ủy, Thị
ủy, Huyện ủy, Quận ủy, Đảng ủy xã …) with its standing committee, a People's Committee
(UBND), a People's Council (HĐND), a Fatherland Front committee (Ủy ban MTTQ) and a
steering committee for the movement; provinces and districts also have the Party
committee's mass-mobilisation commission (Ban Dân vận). Typing them by hand for every
area is tedious and error-prone; :func:`usual_bodies` makes them.
"""

from __future__ import annotations

from danvan._units import Unit
from danvan._vocabulary import AdminLevel, UnitKind
from danvan.exceptions import DanvanError

__all__ = ["usual_bodies"]

# The Party committee of an area by its division: (name, id segment).
_COMMITTEES = {
    "tỉnh": ("Tỉnh ủy", "tinh-uy"),
    "thành phố": ("Thành ủy", "thanh-uy"),
    "thị xã": ("Thị ủy", "thi-uy"),
    "huyện": ("Huyện ủy", "huyen-uy"),
    "quận": ("Quận ủy", "quan-uy"),
}
_COMMUNE_DIVISIONS = ("xã", "phường", "thị trấn", "đặc khu")
_DIVISIONS = (*_COMMITTEES, *_COMMUNE_DIVISIONS)


def usual_bodies(area: Unit) -> list[Unit]:
    """The usual bodies of an administrative area, with ids under the area's id.

    Each body takes the area's level and dates. Ids and names follow the conventions of
    Vietnamese documents: ``…/tinh-uy`` "Tỉnh ủy Sơn La", ``…/tinh-uy/btv`` "Ban
    Thường vụ Tỉnh ủy Sơn La", ``…/tinh-uy/ban-dan-van`` "Ban Dân vận Tỉnh ủy Sơn La"
    (provinces and districts only), ``…/ubnd`` "UBND tỉnh Sơn La", ``…/hdnd``,
    ``…/ubmttq`` "Ủy ban MTTQ tỉnh Sơn La", ``…/bcd-dvk`` "Ban Chỉ đạo phong trào thi
    đua Dân vận khéo tỉnh Sơn La". Keep the ones you need; add others by hand.

    Args:
        area: A province, district or commune.

    Returns:
        The Party committee, its standing committee, the mass-mobilisation commission
        (provinces and districts), the People's Committee and Council, the Fatherland
        Front committee and the movement's steering committee.

    Raises:
        DanvanError: ``area`` is a body, the whole country, or its division (tỉnh,
            huyện, xã …) is neither recorded nor written at the start of its name.

    Examples:
        >>> from danvan import AdminLevel, Unit, usual_bodies
        >>> town = Unit(id="vn/ha-tinh/hong-linh", name="Thị xã Hồng Lĩnh",
        ...             level=AdminLevel.DISTRICT, division="thị xã")
        >>> [(b.id, b.name) for b in usual_bodies(town)][:2]
        [('vn/ha-tinh/hong-linh/thi-uy', 'Thị ủy Hồng Lĩnh'), ('vn/ha-tinh/hong-linh/thi-uy/btv', 'Ban Thường vụ Thị ủy Hồng Lĩnh')]
    """  # noqa: E501
    if not isinstance(area, Unit):
        raise DanvanError(f"usual_bodies needs a Unit, not {type(area).__name__}")
    if not area.is_area or area.level is AdminLevel.CENTRAL:
        raise DanvanError(f"{area.id} is not a province, district or commune")
    division, short = _division(area)
    if division in _COMMITTEES:
        committee_word, segment = _COMMITTEES[division]
        committee = f"{committee_word} {short}"
    else:
        committee, segment = f"Đảng ủy {division} {short}", "dang-uy"
    committee_id = f"{area.id}/{segment}"
    where = f"{division} {short}"
    bodies = [
        (committee_id, committee, UnitKind.PARTY_COMMITTEE, area.id),
        (f"{committee_id}/btv", f"Ban Thường vụ {committee}", UnitKind.PARTY_STANDING_COMMITTEE,
         committee_id),
    ]  # fmt: skip
    if area.level is not AdminLevel.COMMUNE:
        bodies.append(
            (
                f"{committee_id}/ban-dan-van",
                f"Ban Dân vận {committee}",
                UnitKind.MASS_MOBILISATION_COMMISSION,
                committee_id,
            )
        )
    bodies += [
        (f"{area.id}/ubnd", f"UBND {where}", UnitKind.PEOPLES_COMMITTEE, area.id),
        (f"{area.id}/hdnd", f"HĐND {where}", UnitKind.PEOPLES_COUNCIL, area.id),
        (f"{area.id}/ubmttq", f"Ủy ban MTTQ {where}", UnitKind.FATHERLAND_FRONT, area.id),
        (
            f"{area.id}/bcd-dvk",
            f"Ban Chỉ đạo phong trào thi đua Dân vận khéo {where}",
            UnitKind.STEERING_COMMITTEE,
            area.id,
        ),
    ]
    return [
        Unit(
            id=unit_id,
            name=name,
            kind=kind,
            level=area.level,
            parent=parent,
            valid_from=area.valid_from,
            valid_to=area.valid_to,
        )
        for unit_id, name, kind, parent in bodies
    ]


def _division(area: Unit) -> tuple[str, str]:
    """The area's division word (lower case) and its name without it."""
    name = area.name.strip()
    division = (area.division or "").strip().lower()
    if not division:
        division = next((d for d in _DIVISIONS if name.lower().startswith(d + " ")), "")
    if division not in _DIVISIONS:
        raise DanvanError(
            f"{area.id}: division {area.division or name!r} is none of {', '.join(_DIVISIONS)}"
        )
    short = name[len(division) :].strip() if name.lower().startswith(division + " ") else name
    return division, short
