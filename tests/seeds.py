"""Two seed reports built by hand from their text, as a user of the entities would.

Sơn La city (seed 000): the two-year evaluation of directive 11-CT/TU, 22/11/2023.
Ninh Bình (seed 003): the mid-term review 2021-2023 of plan 26-KH/TU, 25/9/2023.
Quotes are verbatim from the seed files.
"""

import datetime as dt
from typing import Any

import attrs

from danvan import (
    AdminLevel,
    Award,
    AwardForm,
    Count,
    Dataset,
    Dims,
    Directive,
    Field,
    Figure,
    FigureStatus,
    Hierarchy,
    Model,
    ModelStatus,
    Movement,
    Period,
    Phase,
    RecognitionLevel,
    Report,
    Review,
    ReviewKind,
    Source,
    Table,
    Unit,
    UnitKind,
    UnitOfMeasure,
    parse_count,
)

DVK = Movement.DAN_VAN_KHEO.id
PHASE = "dan-van-kheo/2021-2025"
SON_LA_URL = (
    "https://baosonla.org.vn/thoi-su-chinh-tri/"
    "thanh-pho-danh-gia-nam-thuc-hien-chi-thi-so-11-cttu-cua-ban-thuong-vu-tinh-uy-ZsT0jjISR.html"
)
SON_LA_QUOTE = (
    "Qua đánh giá, thẩm định, có 104 mô hình đạt điển hình cấp cơ sở, 23 mô hình điển "
    "hình cấp Thành phố và đề nghị 3 mô hình điển hình cấp tỉnh."
)
NINH_BINH_QUOTE = (
    "Trong giai đoạn 2021-2023, toàn tỉnh đã đăng ký xây dựng 1.635 mô hình, điển hình "
    "Dân vận khéo trên các lĩnh vực, trong đó có 451 mô hình thuộc lĩnh vực kinh tế; 878 mô "
    "hình thuộc lĩnh vực văn hóa - xã hội; 166 mô hình thuộc lĩnh vực an ninh quốc phòng; "
    "140 mô hình thuộc lĩnh vực xây dựng hệ thống chính trị."
)


def area(uid: str, name: str, level: AdminLevel, parent: str | None = None) -> Unit:
    return Unit(id=uid, name=name, level=level, parent=parent)


def body(
    uid: str,
    name: str,
    kind: UnitKind,
    level: AdminLevel,
    parent: str,
    valid_to: dt.date | None = None,
) -> Unit:
    return Unit(id=uid, name=name, kind=kind, level=level, parent=parent, valid_to=valid_to)


DISTRICT_TIER_END = dt.date(2025, 6, 30)


def son_la_units() -> list[Unit]:
    p, d, c = AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE
    return [
        area("vn/son-la", "Tỉnh Sơn La", p),
        body("vn/son-la/tinh-uy", "Tỉnh ủy Sơn La", UnitKind.PARTY_COMMITTEE, p, "vn/son-la"),
        body(
            "vn/son-la/tinh-uy/btv",
            "Ban Thường vụ Tỉnh ủy Sơn La",
            UnitKind.PARTY_STANDING_COMMITTEE,
            p,
            "vn/son-la/tinh-uy",
        ),
        Unit(
            id="vn/son-la/tp-son-la",
            name="Thành phố Sơn La",
            level=d,
            parent="vn/son-la",
            valid_to=DISTRICT_TIER_END,
        ),
        body(
            "vn/son-la/tp-son-la/thanh-uy",
            "Thành ủy Sơn La",
            UnitKind.PARTY_COMMITTEE,
            d,
            "vn/son-la/tp-son-la",
            DISTRICT_TIER_END,
        ),
        body(
            "vn/son-la/tp-son-la/ubnd",
            "UBND thành phố Sơn La",
            UnitKind.PEOPLES_COMMITTEE,
            d,
            "vn/son-la/tp-son-la",
            DISTRICT_TIER_END,
        ),
        Unit(
            id="vn/son-la/tp-son-la/quyet-thang",
            name="Phường Quyết Thắng",
            level=c,
            parent="vn/son-la/tp-son-la",
            valid_to=DISTRICT_TIER_END,
        ),
    ]


def son_la_city() -> Dataset:
    """Seed 000 as a dataset."""
    city = "vn/son-la/tp-son-la"
    source = Source(title="Thành phố đánh giá 2 năm thực hiện Chỉ thị số 11-CT/TU", url=SON_LA_URL)
    quoted = Source(title=source.title, url=SON_LA_URL, quote=SON_LA_QUOTE)
    figure = {
        "measure": "models",
        "unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS,
        "scope": city,
        "movements": DVK,
        "period": Period(dt.date(2021, 9, 28), dt.date(2023, 11, 22)),
        "source": quoted,
    }
    return Dataset(
        hierarchy=Hierarchy(son_la_units()),
        movements=(Movement.DAN_VAN_KHEO,),
        phases=(
            Phase(
                id=PHASE,
                movement=DVK,
                period=Period.parse("giai đoạn 2021-2025"),
                launched_by=("11-CT/TU",),
            ),
        ),
        directives=(
            Directive(
                symbol="11-CT/TU",
                issued_on=dt.date(2021, 9, 28),
                issuer="vn/son-la/tinh-uy/btv",
                title='về đẩy mạnh thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025',
                movements=DVK,
                phase=PHASE,
            ),
        ),
        reviews=(
            Review(
                id="tp-son-la/2023-11-22",
                kinds=ReviewKind.EVALUATION,
                years=2,
                organisers=f"{city}/thanh-uy",
                held_on=dt.date(2023, 11, 22),
                directives=("11-CT/TU",),
                movements=DVK,
                phase=PHASE,
                notes=("year not written ('Ngày 22/11'): 2 years after 28/9/2021 gives 2023",),
            ),
        ),
        models=(
            Model(
                id="tp-son-la/chinh-quyen-than-thien",
                title="Chính quyền thân thiện",
                unit=f"{city}/quyet-thang",
                movement=DVK,
                phase=PHASE,
            ),
        ),
        awards=(
            Award(
                id="tp-son-la/2023-11-22/giay-khen",
                form=AwardForm.CERTIFICATE_OF_COMMENDATION,
                issuer=f"{city}/ubnd",
                on=dt.date(2023, 11, 22),
                movements=DVK,
                review="tp-son-la/2023-11-22",
                collectives=Count(11),
                individuals=Count(5),
            ),
        ),
        reports=(
            Report(
                id="seed-000",
                source=source,
                units=f"{city}/thanh-uy",
                title=source.title or "",
                reviews="tp-son-la/2023-11-22",
                directives=("11-CT/TU",),
                awards=("tp-son-la/2023-11-22/giay-khen",),
                models=("tp-son-la/chinh-quyen-than-thien",),
                figures=(
                    Figure(id="confirmed", value=Count(130), **figure),
                    Figure(
                        id="grassroots",
                        part_of="confirmed",
                        value=Count(104),
                        dims=Dims(level=RecognitionLevel.GRASSROOTS, label="cấp cơ sở"),
                        **figure,
                    ),
                    Figure(
                        id="city",
                        part_of="confirmed",
                        value=Count(23),
                        dims=Dims(level=RecognitionLevel.DISTRICT, label="cấp Thành phố"),
                        **figure,
                    ),
                    Figure(
                        id="proposed-province",
                        part_of="confirmed",
                        value=Count(3),
                        dims=Dims(
                            level=RecognitionLevel.PROVINCE,
                            status=ModelStatus.PROPOSED,
                            label="đề nghị … cấp tỉnh",
                        ),
                        **figure,
                    ),
                ),
            ),
        ),
    )


def ninh_binh() -> Dataset:
    """Seed 003 as a dataset."""
    province = "vn/ninh-binh"
    p = AdminLevel.PROVINCE
    units = [
        area(province, "Tỉnh Ninh Bình", p),
        body(f"{province}/tinh-uy", "Tỉnh ủy Ninh Bình", UnitKind.PARTY_COMMITTEE, p, province),
        body(
            f"{province}/tinh-uy/btv",
            "Ban Thường vụ Tỉnh ủy Ninh Bình",
            UnitKind.PARTY_STANDING_COMMITTEE,
            p,
            f"{province}/tinh-uy",
        ),
        body(
            f"{province}/bcd-dvk",
            "Ban Chỉ đạo phong trào thi đua Dân vận khéo tỉnh",
            UnitKind.STEERING_COMMITTEE,
            p,
            province,
        ),
        body(f"{province}/ubnd", "UBND tỉnh Ninh Bình", UnitKind.PEOPLES_COMMITTEE, p, province),
    ]
    source = Source(
        title="Sơ kết phong trào thi đua Dân vận khéo của tỉnh giai đoạn 2021-2023",
        publisher="Báo Ninh Bình",
    )
    period = Period.parse("giai đoạn 2021-2023")
    registered = {
        "measure": "registered",
        "unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS,
        "scope": province,
        "movements": DVK,
        "period": period,
        "source": Source(title=source.title, quote=NINH_BINH_QUOTE),
    }
    parts = [
        ("economy", Field.ECONOMY, 451, "lĩnh vực kinh tế"),
        ("culture-society", Field.CULTURE_SOCIETY, 878, "lĩnh vực văn hóa - xã hội"),
        ("defence-security", Field.DEFENCE_SECURITY, 166, "lĩnh vực an ninh quốc phòng"),
        ("political-system", Field.POLITICAL_SYSTEM, 140, "lĩnh vực xây dựng hệ thống chính trị"),
    ]
    return Dataset(
        hierarchy=Hierarchy(units),
        movements=(Movement.DAN_VAN_KHEO,),
        phases=(
            Phase(
                id=PHASE, movement=DVK, period=Period.parse("2021-2025"), launched_by=("26-KH/TU",)
            ),
        ),
        directives=(
            Directive(
                symbol="26-KH/TU",
                issued_on=dt.date(2021, 6, 24),
                issuer=f"{province}/tinh-uy/btv",
                title="về thực hiện phong trào thi đua Dân vận khéo giai đoạn 2021-2025",
                movements=DVK,
                phase=PHASE,
            ),
        ),
        reviews=(
            Review(
                id="ninh-binh/2023-09-25",
                kinds=ReviewKind.MID_TERM,
                organisers=f"{province}/bcd-dvk",
                held_on=dt.date(2023, 9, 25),
                period=period,
                directives=("26-KH/TU",),
                movements=DVK,
                phase=PHASE,
                notes=("year not written ('Chiều 25/9'): the review of 2021-2023 gives 2023",),
            ),
        ),
        awards=(
            Award(
                id="ninh-binh/2023-09-25/bang-khen",
                form=AwardForm.CERTIFICATE_OF_MERIT,
                issuer=f"{province}/ubnd",
                on=dt.date(2023, 9, 25),
                movements=DVK,
                review="ninh-binh/2023-09-25",
                collectives=Count(20),
                individuals=Count(10),
            ),
        ),
        reports=(
            Report(
                id="seed-003",
                source=source,
                units=f"{province}/bcd-dvk",
                title=source.title or "",
                reviews="ninh-binh/2023-09-25",
                directives=("26-KH/TU",),
                awards=("ninh-binh/2023-09-25/bang-khen",),
                figures=(
                    Figure(id="registered", value=Count(1635), **registered),
                    *(
                        Figure(
                            id=f"registered/{fid}",
                            part_of="registered",
                            value=Count(n),
                            dims=Dims(fields=(field,), label=label),
                            **registered,
                        )
                        for fid, field, n, label in parts
                    ),
                    Figure(
                        id="recognised",
                        measure="recognised",
                        value=Count(1999),
                        unit_of_measure=UnitOfMeasure.MODELS_AND_EXEMPLARS,
                        scope=province,
                        movements=DVK,
                        period=period,
                        source=Source(
                            title=source.title,
                            quote="Ban Chỉ đạo cấp xã, cấp huyện đã tiến hành khảo sát, thẩm "
                            'định, bình xét và công nhận 1.999 mô hình, điển hình "Dân vận khéo"',
                        ),
                    ),
                    Figure(
                        id="commended",
                        measure="commended",
                        value=parse_count("trên 1.000"),
                        unit_of_measure=UnitOfMeasure.RECIPIENTS,
                        scope=province,
                        movements=DVK,
                        period=period,
                        source=Source(
                            title=source.title,
                            quote="trên 1.000 tập thể và cá nhân tiêu biểu đã được UBND các "
                            "cấp khen thưởng",
                        ),
                    ),
                ),
            ),
        ),
    )


def registered(values: dict[str, int]) -> Table:
    """A table of computed 'registered' counts, one per unit id: input for roll-ups."""
    return Table(
        tuple(
            Figure(
                measure="registered",
                value=Count(value),
                unit_of_measure=UnitOfMeasure.MODELS,
                scope=scope,
                movements=DVK,
                dims=Dims(),
                status=FigureStatus.COMPUTED,
            )
            for scope, value in values.items()
        )
    )


def ninh_binh_with(*figures: Figure, **changes: Any) -> Dataset:
    """The Ninh Bình seed report with ``figures`` added after its own.

    It is its dataset's only report; ``changes`` replace other fields of the dataset (its
    movements, units of measure …).
    """
    dataset = ninh_binh()
    report = dataset.reports[0]
    changed = attrs.evolve(report, figures=(*report.figures, *figures))
    return attrs.evolve(dataset, reports=(changed,), **changes)


def nested_batches(
    dataset: Dataset,
    unit: str,
    inner: tuple[int, int | None] = (20, 30),
    outer: tuple[int, int | None] = (156, 218),
    inner_years: tuple[int, int] = (2025, 2025),
    inner_unit: str | None = None,
    **changed: Any,
) -> Dataset:
    """``dataset`` with only two reports of ``unit``, each listing one alike batch.

    "tk-5-nam" tells of 2021-2025, its batch "UBND tỉnh tặng Bằng khen cho 156 tập thể,
    218 cá nhân" (``outer``: collectives, individuals); "tk-2025" of ``inner_years``
    (of ``inner_unit``, else ``unit``), its batch ``inner`` with ``changed`` fields.
    """

    def batch(rid: str, counts: tuple[int, int | None]) -> Award:
        collectives, individuals = counts
        return Award(
            id=f"{rid}/bk",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer_text="UBND tỉnh",
            movements=DVK,
            collectives=Count(collectives),
            individuals=None if individuals is None else Count(individuals),
        )

    def report(rid: str, units: str, years: tuple[int, int], award: Award) -> Report:
        figure = Figure(
            id=f"{rid}/f0",
            measure="recognised",
            value=Count(412),
            unit_of_measure=UnitOfMeasure.MODELS,
            scope=units,
            movements=DVK,
            period=Period.years(*years),
            source=Source(quote="412 mô hình được công nhận"),
        )
        return Report(
            id=rid,
            source=Source(title=rid),
            units=units,
            title="Tổng kết",
            figures=(figure,),
            awards=(award.id,),
        )

    five_years = batch("tk-5-nam", outer)
    one_year = attrs.evolve(batch("tk-2025", inner), **changed)
    reports = (
        report("tk-5-nam", unit, (2021, 2025), five_years),
        report("tk-2025", inner_unit or unit, inner_years, one_year),
    )
    return attrs.evolve(dataset, awards=(five_years, one_year), reports=reports)
