"""The level a report means by "cấp thành phố", given the tier of its city.

A centrally-run city's reports (Hà Nội, Huế …) call the city's own level "cấp thành
phố", a province's level; a city under a province is a district-tier area. The words
alone do not say which: a draft reads them as the tier the caller gives.
"""

from __future__ import annotations

import attrs

from danvan._extract._figure_mention import FigureMention
from danvan._vocabulary import AdminLevel, RecognitionLevel
from danvan.exceptions import AmbiguousTermError, DanvanError, InvalidValueError

__all__ = ["CITIES_OF_THE_CENTRE", "in_the_city", "tier_of_its_city"]

#: The cities that are provinces (since 1 July 2025): "thành phố Huế" is "vn/hue", and its
#: own reports' "cấp thành phố" is a province's level.
CITIES_OF_THE_CENTRE = frozenset(
    ["ha-noi", "ho-chi-minh", "hai-phong", "da-nang", "can-tho", "hue"]
)


def tier_of_its_city(scope: str) -> AdminLevel | None:
    """The tier a report on ``scope`` means by "cấp thành phố", when its scope says it.

    A centrally-run city's own report means the city, a province's level; a report on
    anything else may mean a city under a province, or a city of its own below the
    centre's ("thành phố Thủ Đức"): the scope does not say.
    """
    country, _, city = scope.partition("/")
    return AdminLevel.PROVINCE if country == "vn" and city in CITIES_OF_THE_CENTRE else None


def in_the_city(mentions: list[FigureMention], city: AdminLevel | None) -> list[FigureMention]:
    """The mentions with "cấp thành phố" read as the level of the report's ``city``.

    Raises:
        InvalidValueError: ``city`` is neither ``None`` nor the tier of a city.
    """
    if city is None:
        return mentions
    if city not in (AdminLevel.DISTRICT, AdminLevel.PROVINCE):
        raise InvalidValueError(city, "city= is AdminLevel.PROVINCE or AdminLevel.DISTRICT")
    return [_in_the_city(mention, city) for mention in mentions]


def _in_the_city(mention: FigureMention, city: AdminLevel) -> FigureMention:
    said = mention.evidence.get("level")
    if said is None or mention.level is not None:
        return mention
    try:
        RecognitionLevel.parse(said[0])
    except AmbiguousTermError:  # "cấp thành phố"; not "cấp huyện trở lên" (no one level)
        return attrs.evolve(mention, level=RecognitionLevel.parse(said[0], city=city))
    except DanvanError:
        pass
    return mention
