"""Synthetic but realistic record-level data, for benchmarks, docs and property tests.

Everything here is invented: a province-like tree of areas and models with a plausible
mix of fields and recognition ladders, seeded and deterministic. The proportions follow
the seed reports (Ninh Bình's field mix: about 28 % economy, 54 % culture-society, 10 %
defence-security, 8 % political system; Sơn La's 72 % collective models) but no figure
produced here describes a real place.
"""

from __future__ import annotations

import datetime as dt
import random

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Dims, Figure
from danvan._hierarchy import Hierarchy
from danvan._measures import UnitOfMeasure
from danvan._models import (
    Appraised,
    Model,
    ModelEvent,
    Proposed,
    Recognised,
    Registered,
    Stopped,
)
from danvan._periods import Period
from danvan._programmes import Movement, Phase
from danvan._reports import Report
from danvan._sources import Source
from danvan._units import Unit
from danvan._vocabulary import AdminLevel, Field, HolderKind, ModelKind, RecognitionLevel
from danvan.exceptions import InvalidValueError

__all__ = ["ROOT", "dataset", "hierarchy"]

#: The id of the synthetic country at the root of every synthetic hierarchy.
ROOT = "synth"
_FIELDS = [Field.ECONOMY, Field.CULTURE_SOCIETY, Field.DEFENCE_SECURITY, Field.POLITICAL_SYSTEM]
_FIELD_WEIGHTS = [28, 54, 10, 8]
_PHASE = Period.parse("2021-2025")
_YEARS = range(2021, 2026)


def hierarchy(provinces: int = 3, districts: int = 4, communes: int = 5) -> Hierarchy:
    """A synthetic country: ``provinces`` × ``districts`` × ``communes`` areas.

    Args:
        provinces: How many provinces.
        districts: Districts per province.
        communes: Communes per district.

    Returns:
        The hierarchy, rooted at the unit ``"synth"``.

    Examples:
        >>> from danvan import AdminLevel
        >>> h = hierarchy(2, 3, 4)
        >>> len(h), len(h.level_units(AdminLevel.COMMUNE))
        (33, 24)
    """
    units = [Unit(id=ROOT, name="Quốc gia mẫu", level=AdminLevel.CENTRAL)]
    for p in range(provinces):
        pid = f"{ROOT}/p{p}"
        units.append(
            Unit(
                id=pid,
                name=f"Tỉnh Mẫu {p}",
                level=AdminLevel.PROVINCE,
                parent=ROOT,
                division="tỉnh",
            )
        )
        for d in range(districts):
            did = f"{pid}/d{d}"
            division = "thành phố" if d == 0 else "huyện"
            units.append(
                Unit(
                    id=did,
                    name=f"{division.capitalize()} Mẫu {p}.{d}",
                    level=AdminLevel.DISTRICT,
                    parent=pid,
                    division=division,
                )
            )
            units += [
                Unit(
                    id=f"{did}/c{c}",
                    name=f"Xã Mẫu {p}.{d}.{c}",
                    level=AdminLevel.COMMUNE,
                    parent=did,
                    division="xã",
                )
                for c in range(communes)
            ]
    return Hierarchy(units)


def _events(
    rng: random.Random, commune: str, district: str, province: str
) -> tuple[ModelEvent, ...]:
    day = _PHASE.start + dt.timedelta(days=rng.randrange(900))
    events: list[ModelEvent] = [Registered(on=day, by=commune)]
    ladder = [
        (RecognitionLevel.GRASSROOTS, commune, 0.6),
        (RecognitionLevel.DISTRICT, district, 0.3),
        (RecognitionLevel.PROVINCE, province, 0.2),
    ]
    reached = None
    for level, body, chance in ladder:
        if rng.random() >= chance:
            break
        day += dt.timedelta(days=rng.randrange(20, 200))
        if reached is None:
            events.append(Appraised(on=day, by=body))
        events.append(Recognised(on=day, level=level, by=body))
        reached = level
    if reached is not None and reached < RecognitionLevel.PROVINCE and rng.random() < 0.08:
        above = (
            RecognitionLevel.DISTRICT
            if reached is RecognitionLevel.GRASSROOTS
            else RecognitionLevel.PROVINCE
        )
        day += dt.timedelta(days=rng.randrange(1, 60))
        events.append(
            Proposed(
                on=day,
                level=above,
                by=commune if reached is RecognitionLevel.GRASSROOTS else district,
            )
        )
    if rng.random() < 0.03:
        events.append(Stopped(on=day + dt.timedelta(days=rng.randrange(1, 300)), reason="giải thể"))
    return tuple(events)


def dataset(
    models: int = 1000,
    *,
    seed: int = 0,
    provinces: int = 3,
    districts: int = 4,
    communes: int = 5,
    reports: int = 0,
) -> Dataset:
    """A seeded synthetic dataset of ``models`` models on :func:`hierarchy`.

    Areas recognise models themselves (a commune at grassroots level, a district at
    district level, a province at province level), standing in for their steering
    committees.

    Args:
        models: How many models.
        seed: The random seed; the same seed gives the same dataset.
        provinces: Provinces in the synthetic country.
        districts: Districts per province.
        communes: Communes per district.
        reports: How many yearly district reports (one per district and year, 2021 to
            2025), each with a registered total broken down by level and by field
            (parts that add up) and a recognised count.

    Returns:
        A dataset with the hierarchy, the movement, its 2021-2025 phase, the models and
        the reports.

    Raises:
        InvalidValueError: More reports than districts and years.

    Examples:
        >>> ds = dataset(models=50, seed=7)
        >>> len(ds.models), ds.models[0].movement
        (50, 'dan-van-kheo')
        >>> dataset(models=50, seed=7) == ds
        True
    """
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    tree = hierarchy(provinces, districts, communes)
    communes_ids = [u.id for u in tree.level_units(AdminLevel.COMMUNE)]
    movement = Movement.DAN_VAN_KHEO
    phase = Phase(id="dan-van-kheo/2021-2025", movement=movement.id, period=_PHASE)
    built = []
    for i in range(models):
        commune = rng.choice(communes_ids)
        district = commune.rsplit("/", 1)[0]
        province = district.rsplit("/", 1)[0]
        built.append(
            Model(
                id=f"m{i}",
                title=f"Mô hình Dân vận khéo mẫu số {i}",
                kind=ModelKind.EXEMPLAR if rng.random() < 0.15 else ModelKind.MODEL,
                holder=HolderKind.INDIVIDUAL if rng.random() < 0.28 else HolderKind.COLLECTIVE,
                field=rng.choices(_FIELDS, _FIELD_WEIGHTS)[0],
                unit=commune,
                movement=movement.id,
                phase=phase.id,
                events=_events(rng, commune, district, province),
            )
        )
    slots = [(u.id, year) for u in tree.level_units(AdminLevel.DISTRICT) for year in _YEARS]
    if not 0 <= reports <= len(slots):
        raise InvalidValueError(
            reports, f"one report per district and year: at most {len(slots)} on this map"
        )
    chosen = sorted(rng.sample(range(len(slots)), reports))
    written = tuple(_report(rng, i, *slots[slot], movement.id) for i, slot in enumerate(chosen))
    return Dataset(
        hierarchy=tree,
        movements=(movement,),
        phases=(phase,),
        models=tuple(built),
        reports=written,
    )


def _report(rng: random.Random, i: int, district: str, year: int, movement: str) -> Report:
    """A district's yearly report: registered models by level and by field, recognised."""
    period = Period.year(year)
    source = Source(title=f"Báo cáo sơ kết phong trào thi đua Dân vận khéo mẫu số {i}")
    grassroots, district_level = rng.randint(20, 400), rng.randint(2, 60)
    total = grassroots + district_level
    weights = [rng.random() + 0.1 for _ in _FIELDS]
    by_field = [int(total * w / sum(weights)) for w in weights]
    by_field[0] += total - sum(by_field)

    def figure(value: int, id_: str, **more: object) -> Figure:
        return Figure(
            measure=more.pop("measure", "registered"),  # type: ignore[arg-type]
            value=Count(value),
            unit_of_measure=UnitOfMeasure.MODELS,
            scope=district,
            movements=movement,
            period=period,
            source=source,
            id=id_,
            **more,  # type: ignore[arg-type]
        )

    figures = [
        figure(total, "registered"),
        figure(grassroots, "registered/grassroots", part_of="registered",
               dims=Dims(level=RecognitionLevel.GRASSROOTS)),
        figure(district_level, "registered/district", part_of="registered",
               dims=Dims(level=RecognitionLevel.DISTRICT)),
        *(
            figure(n, f"registered/{field.value}", part_of="registered", dims=Dims(fields=(field,)))
            for field, n in zip(_FIELDS, by_field, strict=True)
        ),
        figure(rng.randint(0, total), "recognised", measure="recognised"),
    ]  # fmt: skip
    return Report(
        id=f"r{i}",
        source=source,
        units=district,
        title=f"Sơ kết phong trào thi đua Dân vận khéo năm {year} (mẫu số {i})",
        figures=tuple(figures),
    )
