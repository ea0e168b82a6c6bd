"""rank_units: the communes that lead and those that lag, units with no model included."""

import datetime as dt
from pathlib import Path

import pytest

from danvan import (
    AdminLevel,
    CountingRule,
    DanvanError,
    Hierarchy,
    Model,
    Period,
    Recognised,
    RecognitionLevel,
    Unit,
    UnitKind,
    count_models,
    rank_units,
)
from danvan.synth import ROOT, dataset

DVK = "dan-van-kheo"


def _hierarchy() -> Hierarchy:
    area = UnitKind.ADMINISTRATIVE_AREA
    return Hierarchy(
        [
            Unit(id="vn/ht", name="Hà Tĩnh", kind=area, level=AdminLevel.PROVINCE),
            Unit(
                id="vn/ht/cx", name="Can Lộc", kind=area, level=AdminLevel.DISTRICT, parent="vn/ht"
            ),
            *(
                Unit(
                    id=f"vn/ht/cx/{slug}",
                    name=name,
                    kind=area,
                    level=AdminLevel.COMMUNE,
                    parent="vn/ht/cx",
                )
                for slug, name in (
                    ("tung-loc", "xã Tùng Lộc"),
                    ("vuong-loc", "xã Vượng Lộc"),
                    ("thien-loc", "xã Thiên Lộc"),
                    ("nghen", "thị trấn Nghèn"),
                )
            ),
        ]
    )


def _model(i: int, unit: str, year: int = 2022, movement: str = DVK) -> Model:
    recognised = Recognised(on=dt.date(year, 10, 1), level=RecognitionLevel.GRASSROOTS, by=unit)
    return Model(
        id=f"m{i}", title=f"Mô hình số {i}", unit=unit, movement=movement, events=[recognised]
    )


def _models() -> list[Model]:
    tung, vuong, nghen = "vn/ht/cx/tung-loc", "vn/ht/cx/vuong-loc", "vn/ht/cx/nghen"
    units = [tung, tung, tung, vuong, nghen, vuong, "vn/ht/cx"]  # the last is the district's
    return [_model(i, unit) for i, unit in enumerate(units)]


def test_a_commune_with_no_model_is_ranked_last() -> None:
    ranking = rank_units(_models(), _hierarchy(), scope="vn/ht/cx", level=AdminLevel.COMMUNE)
    assert [(u.rank, u.name, u.count) for u in ranking] == [
        (1, "xã Tùng Lộc", 3),
        (2, "xã Vượng Lộc", 2),
        (3, "thị trấn Nghèn", 1),
        (4, "xã Thiên Lộc", 0),
    ]
    assert ranking.elsewhere == 1  # the district's own model is in no commune's count
    assert [u.name for u in ranking.top(1)] == ["xã Tùng Lộc"]
    assert [u.name for u in ranking.bottom(2)] == ["thị trấn Nghèn", "xã Thiên Lộc"]
    assert ranking.bottom(0) == ()
    assert repr(ranking) == (
        "Ranking(4 commune units; most 3 (xã Tùng Lộc), fewest 0 (xã Thiên Lộc))"
    )


def test_ties_share_a_place() -> None:
    models = _models()[:5]  # Tùng Lộc 3, Vượng Lộc 1, Nghèn 1, Thiên Lộc 0
    ranking = rank_units(models, _hierarchy(), scope="vn/ht/cx", level=AdminLevel.COMMUNE)
    assert [(u.rank, u.count) for u in ranking] == [(1, 3), (2, 1), (2, 1), (4, 0)]


def test_period_and_rule_are_those_of_count_models() -> None:
    models = [*_models(), _model(9, "vn/ht/cx/thien-loc", year=2019)]
    in_2022 = rank_units(
        models,
        _hierarchy(),
        scope="vn/ht/cx",
        level=AdminLevel.COMMUNE,
        period=Period.parse("năm 2022"),
    )
    assert in_2022.units[-1].count == 0  # Thiên Lộc's model was recognised in 2019
    every = rank_units(
        models,
        _hierarchy(),
        scope="vn/ht/cx",
        level=AdminLevel.COMMUNE,
        rule=CountingRule.EVERY_RECOGNITION,
    )
    assert {u.name: u.count for u in every}["xã Thiên Lộc"] == 1
    assert "năm 2022" in in_2022.caption() or "2022" in in_2022.caption()


def test_counts_add_up_to_count_models_on_synthetic_data() -> None:
    ds = dataset(models=2000, seed=11)
    province = ds.hierarchy.children(ROOT)[0].id
    ranking = rank_units(ds.models, ds.hierarchy, scope=province, level=AdminLevel.COMMUNE)
    total = sum(f.value.value for f in count_models(ds.models, ds.hierarchy, by=(), scope=province))
    assert sum(u.count for u in ranking) + ranking.elsewhere == total
    communes = [
        u for u in ds.hierarchy.descendants(province) if u.is_area and u.level is AdminLevel.COMMUNE
    ]
    assert len(ranking) == len(communes)


def test_bad_requests_are_refused() -> None:
    with pytest.raises(DanvanError, match="no unit of this level lies under"):
        rank_units(_models(), _hierarchy(), scope="vn/ht/cx/nghen", level=AdminLevel.COMMUNE)
    with pytest.raises(DanvanError, match="vn/ht/nowhere"):
        rank_units(_models(), _hierarchy(), scope="vn/ht/nowhere", level=AdminLevel.COMMUNE)
    mixed = [*_models(), _model(8, "vn/ht/cx/nghen", movement="quy-che-dan-chu")]
    with pytest.raises(DanvanError, match="pass movement="):
        rank_units(mixed, _hierarchy(), scope="vn/ht/cx", level=AdminLevel.COMMUNE)
    ranking = rank_units(
        mixed, _hierarchy(), scope="vn/ht/cx", level=AdminLevel.COMMUNE, movement=DVK
    )
    assert {u.name: u.count for u in ranking}["thị trấn Nghèn"] == 1


def test_display_and_chart(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ranking = rank_units(_models(), _hierarchy(), scope="vn/ht/cx", level=AdminLevel.COMMUNE)
    page = ranking._repr_html_()
    ET.fromstring(page)  # noqa: S314 - our own output
    assert "<th>hạng</th>" in page
    assert "<td>xã Thiên Lộc</td><td>0</td>" in page
    assert "<th>rank</th>" in ranking.to_html(lang="en")
    ax = ranking.plot(1, path=tmp_path / "rank.png")
    assert (tmp_path / "rank.png").read_bytes()[:4] == b"\x89PNG"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["1. xã Tùng Lộc", "4. xã Thiên Lộc"]  # the first and the last
    assert [p.get_width() for p in ax.patches] == [3, 0]
    assert ax.get_title().startswith("Xếp hạng 4 đơn vị cấp xã thuộc vn/ht/cx")
    whole = ranking.plot(5, lang="en")
    assert len(whole.patches) == 4  # few enough to draw whole
    assert whole.get_xlabel() == "models"
    plt.close("all")
