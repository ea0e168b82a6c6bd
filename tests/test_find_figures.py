"""find_figures on sentences written in the style of real reports (our own wording)."""

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan import (
    AwardForm,
    Change,
    Count,
    Field,
    HolderKind,
    ModelKind,
    ModelStatus,
    Per,
    Percent,
    Period,
    Qualifier,
    RecognitionLevel,
    UnitOfMeasure,
    find_figures,
    parse_quantity,
)
from danvan.exceptions import DanvanError

M, E = ModelKind.MODEL, ModelKind.EXEMPLAR
C, IND, H = HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL, HolderKind.HOUSEHOLD
L = RecognitionLevel
P = Per
R = "recognised"


def _day(year: int, month: int, day: int) -> Period:
    """The period of one day."""
    return Period(start=dt.date(year, month, day), end=dt.date(year, month, day))


U = UnitOfMeasure
CAMPAIGN = "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"

#: Each sentence with the figures a careful reader finds in it: the value as written
#: by danvan, then the attributes to check.
CORPUS: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    (
        (
            "Toàn huyện đã đăng ký xây dựng 1.284 mô hình, trong đó: 402 mô hình thuộc lĩnh "
            "vực kinh tế; 611 mô hình lĩnh vực văn hóa - xã hội; 139 mô hình lĩnh vực quốc "
            "phòng - an ninh; 132 mô hình lĩnh vực xây dựng hệ thống chính trị."
        ),
        [
            ("1.284", {"measure": "registered", "kind": M, "part_of": None}),
            ("402", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "registered"}),
            ("611", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("139", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("132", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        (  # a level of two kinds after an item's count is the next item's, not this one's
            "5 năm qua, có 3.118 mô hình được công nhận, gồm: cấp thành phố 215, cấp quận, "
            "huyện 1.032, cấp xã, phường, thị trấn 1.871."
        ),
        [
            ("3.118", {"measure": "recognised", "part_of": None}),
            ("215", {"level": None, "part_of": 0}),  # "cấp thành phố": the reviewer's
            ("1.032", {"level": L.DISTRICT, "part_of": 0}),
            ("1.871", {"level": L.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        (  # cared for is supported, as helped is
            "Trong 3 tháng, các mô hình đã vận động được hơn 1,8 tỷ đồng chăm lo cho 650 hộ "
            "nghèo, hộ cận nghèo."
        ),
        [
            ("trên 1.800.000.000", {"measure": "money_raised"}),
            ("650", {"measure": "supported", "unit_of_measure": UnitOfMeasure.HOUSEHOLDS}),
        ],
    ),
    (
        (  # a field named "xây dựng lực lượng" builds nothing; models said to lie in
            # fields, in the sentence after their total, are its parts by field
            "Năm 2025, Công an các đơn vị xây dựng, duy trì 312 mô hình. Các mô hình tập "
            "trung vào lĩnh vực bảo đảm an ninh, trật tự: 198 mô hình; lĩnh vực xây dựng lực "
            "lượng: 64 mô hình; lĩnh vực khác: 50 mô hình."
        ),
        [
            ("312", {"part_of": None}),
            ("198", {"part_of": 0, "fields": (Field.DEFENCE_SECURITY,)}),
            ("64", {"part_of": 0, "measure": "in_operation"}),
            ("50", {"part_of": 0, "category": "lĩnh vực khác"}),
        ],
    ),
    (
        (  # units of two kinds that have no model, or their share, are no coverage; models
            # that run as usual ("bình thường") are a grade's cell, as "hiệu quả" is
            "Toàn huyện đăng ký xây dựng 248 mô hình. Kết quả đánh giá: 212 mô hình hoạt động "
            "hiệu quả, 24 mô hình hoạt động bình thường, 12 mô hình hoạt động chưa hiệu quả. "
            "Còn 3/19 xã, thị trấn chưa có mô hình được công nhận cấp huyện; tỷ lệ xã, thị trấn "
            "chưa có mô hình là 15,8%."
        ),
        [
            ("248", {"measure": "registered"}),
            ("212", {"category": "hiệu quả", "part_of": 0}),
            ("24", {"category": "bình thường", "part_of": 0}),
            ("12", {"category": "chưa hiệu quả", "part_of": 0}),
            ("3", {"measure": None, "out_of": Count(19)}),
            ("15,8%", {"measure": None}),
        ],
    ),
    (
        (  # a body's name ends before the manner of its act: "không chỉ", "luôn tích cực"
            "Năm 2025, Hội Nông dân không chỉ xây dựng 45 mô hình; Hội Phụ nữ luôn tích cực "
            "xây dựng 38 mô hình."
        ),
        [
            ("45", {"category": "Hội Nông dân", "measure": "built"}),
            ("38", {"category": "Hội Phụ nữ", "measure": "built"}),
        ],
    ),
    (
        (  # agencies counted as a count's subject are its cell, never all of the area's;
            # units of an area so counted are the area's
            "Năm 2025, có 28/30 sở, ngành đăng ký 65 mô hình. Năm 2025, có 312 chi hội, chi "
            "đoàn xây dựng 528 mô hình. Năm 2025, 100% cơ quan, đơn vị cấp tỉnh đăng ký mô hình "
            "với tổng số 312 mô hình. Năm 2025, 98% chi bộ, 100% cơ quan đăng ký mô hình, với "
            "tổng số 1.245 mô hình."
        ),
        [
            ("28", {"measure": None}),
            ("65", {"measure": "registered", "category": "sở, ngành"}),
            ("312", {"measure": None}),
            ("528", {"measure": "built", "category": None}),
            ("100%", {"measure": "coverage"}),
            ("312", {"measure": "registered", "category": "cơ quan, đơn vị cấp tỉnh"}),
            ("98%", {"measure": "coverage"}),
            ("100%", {"measure": "coverage"}),
            ("1.245", {"measure": "registered", "category": None}),  # of all: the area's
        ],
    ),
    (
        (  # religious establishments hold part of an area's models, as agencies do; money
            # given "cho Quỹ “…”" is the fund's, that the models raise the movement's
            "Năm 2025, các chùa, nhà thờ trên địa bàn đăng ký 18 mô hình; các cơ sở tôn giáo "
            "đã ủng hộ 450 triệu đồng cho Quỹ “Vì người nghèo”; các mô hình vận động được 850 "
            "triệu đồng. Còn 3 xã chưa có mô hình."
        ),
        [
            ("18", {"category": "các chùa, nhà thờ trên địa bàn", "measure": "registered"}),
            ("450.000.000", {"movement_words": "Quỹ “Vì người nghèo”"}),
            ("850.000.000", {"movement_words": None, "measure": "money_raised"}),
            ("3", {"category": None}),
        ],
    ),
    (
        (
            "Năm 2024, thị xã có 96 mô hình được công nhận (31 mô hình cấp thị xã, 65 mô hình "
            "cấp cơ sở)."
        ),
        [
            ("96", {"measure": "recognised", "unit_of_measure": UnitOfMeasure.MODELS}),
            ("31", {"level": L.DISTRICT, "part_of": 0, "measure": "recognised"}),
            ("65", {"level": L.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        (
            "Qua 3 năm, toàn tỉnh có 2.106 mô hình, điển hình (1.523 mô hình tập thể, 583 mô "
            "hình cá nhân), trong đó 1.877 mô hình hoạt động hiệu quả."
        ),
        [
            ("2.106", {"unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS, "kind": None}),
            ("1.523", {"holder": C, "part_of": 0}),
            ("583", {"holder": IND, "part_of": 0}),
            ("1.877", {"part_of": None, "subset_of": 0}),
        ],
    ),
    (
        (
            "Có hơn 450 điển hình được các cấp biểu dương, khen thưởng; gần 620 nghìn lượt "
            "người tham gia."
        ),
        [
            ("trên 450", {"kind": E, "measure": "honoured"}),
            ("gần 620.000", {"occurrences": True, "measure": "participants"}),
        ],
    ),
    (
        (
            "Dịp này, Chủ tịch UBND huyện tặng Giấy khen của Chủ tịch UBND huyện cho 14 tập thể "
            "và 9 cá nhân có thành tích tiêu biểu."
        ),
        [
            (
                "14",
                {
                    "holder": C,
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "của Chủ tịch UBND huyện",
                    "measure": "commended",
                },
            ),
            ("9", {"holder": IND, "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (
        (
            "Các mô hình đã hỗ trợ 312 lượt hộ nghèo với tổng kinh phí 47,2 triệu đồng, làm mới "
            "2.350 km đường giao thông nông thôn."
        ),
        [
            ("312", {"occurrences": True, "holder": H, "measure": "supported"}),
            # the money of the support, not money raised
            ("47.200.000", {"unit_of_measure": UnitOfMeasure.VND, "measure": "supported"}),
            ("2.350", {"unit_of_measure": UnitOfMeasure.KM}),
        ],
    ),
    (
        "Tỷ lệ mô hình hoạt động hiệu quả đạt khoảng 86,5%, tăng 37 mô hình so với năm trước.",
        [
            ("khoảng 86,5%", {"value": Percent("86.5", Qualifier.ABOUT)}),
            ("37", {"change": Change.INCREASE}),
        ],
    ),
    (
        (
            "Sau 02 năm thực hiện Kế hoạch số 26-KH/TU ngày 12/5/2022, hội nghị lần thứ 3 "
            "biểu dương mô hình “Mỗi tuần 1 việc tốt” của xã."
        ),
        [],
    ),
    (
        (
            "Quý II/2025, các chi bộ đăng ký mới 27 mô hình; lũy kế 6 tháng đầu năm đăng ký 83 "
            "mô hình. Trong quý có 15 mô hình được công nhận, lũy kế 6 tháng là 52 mô hình."
        ),
        [
            ("27", {"period": Period.parse("quý II năm 2025")}),
            ("83", {"period": Period.parse("6 tháng đầu năm 2025")}),
            ("15", {"period": Period.parse("quý II năm 2025"), "measure": "recognised"}),
            ("52", {"period": Period.parse("6 tháng đầu năm 2025"), "measure": "recognised"}),
        ],
    ),
    (
        (
            "Năm 2023, toàn phường có 41 mô hình được công nhận; năm 2024 là 47 mô hình. Trong "
            "đó, lĩnh vực kinh tế 19 mô hình, văn hóa - xã hội 28 mô hình."
        ),
        [
            ("41", {"measure": "recognised"}),
            ("47", {"measure": "recognised"}),
            ("19", {"measure": "recognised", "part_of": 1}),
            ("28", {"measure": "recognised", "part_of": 1}),
        ],
    ),
    (
        (
            "Hội Cựu chiến binh huyện có 3 mô hình được Ban Thường vụ Tỉnh ủy công nhận cấp "
            "tỉnh và 11 mô hình được công nhận cấp huyện."
        ),
        [
            ("3", {"category": "Hội Cựu chiến binh huyện", "level": L.PROVINCE}),
            ("11", {"category": "Hội Cựu chiến binh huyện", "level": L.DISTRICT}),
        ],
    ),
    (
        (
            "Các phường đã xây dựng 97 mô hình “Dân vận khéo” gắn với thực hiện phong trào "
            "“Toàn dân bảo vệ an ninh Tổ quốc”."
        ),
        [
            (
                "97",
                {
                    "measure": "built",
                    "category": "gắn với thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc”",
                },
            )
        ],
    ),
    (
        (
            "- Cấp huyện:\n+ Đăng ký: 38 mô hình;\n+ Công nhận: 35 mô hình.\n- Cấp cơ sở:\n"
            "+ Đăng ký: 406 mô hình;\n+ Công nhận: 371 mô hình."
        ),
        [
            ("38", {"level": L.DISTRICT, "measure": "registered"}),
            ("35", {"level": L.DISTRICT, "measure": "recognised"}),
            ("406", {"level": L.GRASSROOTS, "measure": "registered"}),
            ("371", {"level": L.GRASSROOTS, "measure": "recognised"}),
        ],
    ),
    (
        (
            "a) Lĩnh vực quốc phòng - an ninh\n- Đăng ký 27 mô hình;\n- Công nhận 25 mô hình.\n"
            "b) Hội Liên hiệp Phụ nữ huyện\n- Đăng ký 33 mô hình;\n- Công nhận 30 mô hình."
        ),
        [
            ("27", {"fields": (Field.DEFENCE_SECURITY,), "category": None}),
            ("25", {"fields": (Field.DEFENCE_SECURITY,), "category": None}),
            ("33", {"fields": (), "category": "Hội Liên hiệp Phụ nữ huyện"}),
            ("30", {"fields": (), "category": "Hội Liên hiệp Phụ nữ huyện"}),
        ],
    ),
    (
        (
            "- Năm 2023:\n+ Đăng ký: 64 mô hình;\n+ Công nhận: 59 mô hình.\n- Năm 2024:\n"
            "+ Đăng ký: 71 mô hình;\n+ Công nhận: 66 mô hình."
        ),
        [
            ("64", {"period": Period.parse("năm 2023")}),
            ("59", {"period": Period.parse("năm 2023")}),
            ("71", {"period": Period.parse("năm 2024")}),
            ("66", {"period": Period.parse("năm 2024")}),
        ],
    ),
    (
        (
            "Từ năm 2020 đến nay, toàn thị xã có 612 mô hình “Dân vận khéo” được các cấp công "
            "nhận. Riêng năm 2025 có 143 mô hình, trong đó 31 mô hình cấp tỉnh, 112 mô hình "
            "cấp xã."
        ),
        [
            ("612", {"measure": "recognised"}),
            ("143", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("31", {"measure": "recognised", "part_of": 1}),
            ("112", {"measure": "recognised", "part_of": 1}),
        ],
    ),
    (
        "Số mô hình cấp tỉnh là 58 (năm 2024: 47), cấp xã là 1.306 (năm 2024: 1.192).",
        [
            ("58", {"level": L.PROVINCE}),
            ("47", {"level": L.PROVINCE, "period": Period.parse("năm 2024")}),
            ("1.306", {"level": L.GRASSROOTS}),
            ("1.192", {"level": L.GRASSROOTS, "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        (
            "Năm 2025, toàn huyện có 742 mô hình được công nhận. So với năm 2024 (671 mô "
            "hình), số mô hình tăng 71 mô hình."
        ),
        [
            ("742", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("671", {"measure": "recognised", "period": Period.parse("năm 2024")}),
            (
                "71",
                {
                    "measure": "recognised",
                    "change": Change.INCREASE,
                    "period": Period.parse("năm 2025"),  # the paragraph's, "Năm 2025, …"
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
        ],
    ),
    (
        (
            "Thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025, các cấp Hội "
            "đăng ký 436 mô hình. Qua đánh giá, có 402 mô hình được công nhận."
        ),
        [
            ("436", {"measure": "registered", "period": Period.parse("giai đoạn 2021-2025")}),
            # the period ends the clause that opens the paragraph: it frames what follows
            ("402", {"measure": "recognised", "period": Period.parse("giai đoạn 2021-2025")}),
        ],
    ),
    (
        (
            "Năm 2025, toàn xã đăng ký 31 mô hình. Các mô hình tập trung vào các lĩnh vực: "
            "phát triển kinh tế 11 mô hình; xây dựng nông thôn mới 9 mô hình; bảo đảm an ninh "
            "trật tự 6 mô hình; công tác chuyển đổi số 5 mô hình."
        ),
        [
            ("31", {"measure": "registered"}),
            ("11", {"fields": (Field.ECONOMY,), "part_of": 0}),
            # items of a list of fields that name none of the four are cells of their own
            ("9", {"category": "xây dựng nông thôn mới", "part_of": 0}),
            ("6", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("5", {"category": "công tác chuyển đổi số", "part_of": 0}),
        ],
    ),
    (
        (
            "Các mô hình tập trung vào các lĩnh vực: kinh tế 11 mô hình; xây dựng nông thôn mới "
            "9 mô hình; nhân dân đóng góp 1.150 ngày công."
        ),
        [
            ("11", {"fields": (Field.ECONOMY,)}),
            ("9", {"category": "xây dựng nông thôn mới"}),
            ("1.150", {"measure": "workdays", "category": None}),  # no field's item: workdays
        ],
    ),
    (
        (
            "Toàn xã có 40 mô hình được công nhận, tập trung vào các lĩnh vực: phát triển kinh "
            "tế (chiếm 45%), xây dựng nông thôn mới (chiếm 30%), chuyển đổi số (chiếm 25%)."
        ),
        [
            ("40", {"measure": "recognised"}),
            ("45%", {"fields": (Field.ECONOMY,)}),
            ("30%", {"category": "xây dựng nông thôn mới"}),
            ("25%", {"category": "chuyển đổi số"}),
        ],
    ),
    (
        (
            "Theo đồng chí Trưởng Ban Dân vận Huyện ủy, năm 2024, toàn huyện có 215 mô hình "
            "được công nhận. Từ các mô hình, nhân dân đã hiến 3.000 m2 đất."
        ),
        [
            ("215", {"measure": "recognised", "period": Period.parse("năm 2024")}),
            # the period opens the paragraph after whose words they are: it frames both
            ("3.000", {"measure": "land_donated", "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        (
            "Các đơn vị đã trao tặng 1.500 suất quà cho gia đình chính sách; tặng quà cho 320 "
            "hộ nghèo và trao 45 suất học bổng cho học sinh. Khối Đảng có 46 mô hình (tăng 6)."
        ),
        [
            # gifts given support those given them
            ("1.500", {"measure": "supported", "unit_of_measure": None}),
            ("320", {"measure": "supported", "unit_of_measure": U.HOUSEHOLDS}),
            ("45", {"measure": "supported"}),
            ("46", {"measure": "models"}),
            ("6", {"change": Change.INCREASE, "measure": "models"}),  # "tăng" (more), no gift
        ],
    ),
    (
        (
            "Hàng trăm mô hình đã được nhân rộng ra nhiều địa phương, thu hút gần 3.000 lượt "
            "hội viên tham gia."
        ),
        [
            ("hàng trăm", {"measure": "replicated"}),
            # people are not replicated: the act after them is theirs
            ("gần 3.000", {"measure": "participants", "unit_of_measure": U.PEOPLE}),
        ],
    ),
    (
        (
            "Năm 2025, phường đăng ký 42 mô hình. Trong đó, có 26 mô hình thuộc lĩnh vực kinh "
            "tế - xã hội, 16 mô hình thuộc lĩnh vực quốc phòng - an ninh và xây dựng hệ thống "
            "chính trị."
        ),
        [
            ("42", {"measure": "registered"}),
            # "kinh tế - xã hội" (socio-economic) joins two fields, as "… và …" does
            ("26", {"fields": (Field.ECONOMY, Field.CULTURE_SOCIETY), "part_of": 0}),
            ("16", {"fields": (Field.DEFENCE_SECURITY, Field.POLITICAL_SYSTEM), "part_of": 0}),
        ],
    ),
    (
        (
            "6 tháng đầu năm 2025, toàn phường đăng ký 42 mô hình. So với cùng kỳ năm 2024, số "
            "mô hình đăng ký tăng 8 mô hình."
        ),
        [
            ("42", {"period": Period.parse("6 tháng đầu năm 2025")}),
            (
                "8",  # the time it is against is no time of its own: the paragraph's is
                {
                    "change": Change.INCREASE,
                    "period": Period.parse("6 tháng đầu năm 2025"),
                    "compared_to": Period.parse("6 tháng đầu năm 2024"),
                },
            ),
        ],
    ),
    (
        (
            "Năm 2024, cấp xã công nhận 245 mô hình, cấp huyện công nhận 56 mô hình, cấp tỉnh "
            "công nhận 12 mô hình. Tổng số lượt mô hình được công nhận 3 cấp là 313 lượt mô hình."
        ),
        [
            # each a level's share of the recognitions ("lượt") the sum after them counts
            ("245", {"level": L.GRASSROOTS, "part_of": 3, "occurrences": True}),
            ("56", {"level": L.DISTRICT, "part_of": 3, "occurrences": True}),
            ("12", {"level": L.PROVINCE, "part_of": 3, "occurrences": True}),
            ("313", {"measure": "recognised", "level": None, "occurrences": True}),
        ],
    ),
    (
        (
            "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” huy động "
            "được 45,6 tỷ đồng; riêng phong trào “Dân vận khéo” huy động 12,3 tỷ đồng. Phong "
            "trào “Toàn dân bảo vệ an ninh Tổ quốc” có 1.200 tổ tự quản."
        ),
        [
            (
                "45.600.000.000",  # the campaign, subject of its clause, raised it
                {
                    "measure": "money_raised",
                    "movement_words": (
                        "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"
                    ),
                },
            ),
            ("12.300.000.000", {"measure": "money_raised", "movement_words": None}),
            ("1.200", {"movement_words": "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”"}),
        ],
    ),
    (
        (
            "Noi gương ông, 36 hộ dân trong thôn đã hiến tổng cộng 2.800 m2 đất. Tổ dân phố số 5 "
            "đã hiến 120 m2 đất. Trong Ban Chỉ đạo, đã có 12 thành viên tham gia."
        ),
        [
            ("36", {"place_words": None}),
            ("2.800", {"measure": "land_donated", "place_words": "trong thôn"}),  # one village's
            ("120", {"measure": "land_donated", "place_words": "Tổ dân phố số 5"}),
            ("12", {"place_words": None}),  # "Ban" (a board) is no "bản" (a village)
        ],
    ),
    (
        (
            "Toàn huyện có 1.245 mô hình, điển hình được công nhận, gồm 826 mô hình và 419 điển "
            "hình. Trong 826 mô hình, có 512 mô hình tập thể, 314 mô hình cá nhân; trong 419 "
            "điển hình, có 96 điển hình tập thể và 323 điển hình cá nhân."
        ),
        [
            ("1.245", {"measure": "recognised"}),
            ("826", {"part_of": 0, "kind": M}),
            ("419", {"part_of": 0, "kind": E}),
            # each count named again measures what it names, and is no subset of the one before
            ("826", {"measure": "recognised", "part_of": None, "subset_of": None}),
            ("512", {"measure": "recognised", "holder": H.COLLECTIVE, "part_of": 3}),
            ("314", {"measure": "recognised", "holder": H.INDIVIDUAL, "part_of": 3}),
            ("419", {"measure": "recognised", "part_of": None, "subset_of": None}),
            ("96", {"measure": "recognised", "holder": H.COLLECTIVE, "part_of": 6}),
            ("323", {"measure": "recognised", "holder": H.INDIVIDUAL, "part_of": 6}),
        ],
    ),
    (
        (
            "<p>Năm 2025, toàn huyện có 215 mô hình được công nhận, trong đó cấp huyện 48 mô "
            "hình, cấp xã 167 mô hình.</p><table><tr><td>Lĩnh vực</td><td>Số mô hình</td></tr>"
            "<tr><td>Kinh tế</td><td>86</td></tr><tr><td>Văn hóa - xã hội</td><td>74</td></tr>"
            "<tr><td>Quốc phòng - an ninh</td><td>31</td></tr>"
            "<tr><td>Xây dựng hệ thống chính trị</td><td>24</td></tr></table>"
        ),
        [
            ("215", {"measure": "recognised"}),
            ("48", {"level": L.DISTRICT, "part_of": 0}),
            ("167", {"level": L.GRASSROOTS, "part_of": 0}),
            # a table's rows that add up to the count right above it are its cells
            ("86", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "recognised"}),
            ("74", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("31", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("24", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        (
            "Năm 2025, toàn huyện đăng ký 240 mô hình, công nhận 215 mô hình.\n\nLĩnh vực | "
            "Đăng ký | Công nhận\nKinh tế | 130 | 120\nVăn hóa - xã hội | 110 | 95\n"
        ),
        [
            ("240", {"measure": "registered"}),
            ("215", {"measure": "recognised"}),
            # each column of a table breaks down the count above it that it adds up to
            ("130", {"measure": "registered", "part_of": 0}),
            ("120", {"measure": "recognised", "part_of": 1}),
            ("110", {"measure": "registered", "part_of": 0}),
            ("95", {"measure": "recognised", "part_of": 1}),
        ],
    ),
    (
        (
            "Năm 2025, toàn huyện có 215 mô hình được công nhận.\n\nLĩnh vực | Số mô hình\n"
            "Kinh tế | 86\nVăn hóa - xã hội | 74\n"
        ),
        [
            ("215", {"measure": "recognised"}),
            ("86", {"fields": (Field.ECONOMY,), "part_of": None}),  # they add up to no count
            ("74", {"fields": (Field.CULTURE_SOCIETY,), "part_of": None}),
        ],
    ),
    (
        (
            "Đoàn công tác đã đến thăm 3 mô hình tiêu biểu; toàn huyện có 312 hộ tham gia các "
            "mô hình. Ban Dân vận tham mưu xây dựng mô hình tại 8/8 xã."
        ),
        [
            ("3", {"measure": None}),  # models visited: not how many there are
            ("312", {"measure": "participants"}),
            ("8", {"measure": "coverage"}),  # "tham mưu" (advised) is no visit
        ],
    ),
    (
        (
            "Các mô hình đã giúp 2.450 lượt hộ vay vốn, giúp 236 hội viên phụ nữ có việc làm. "
            "Tiêu biểu là 9 mô hình giúp nhau thoát nghèo."
        ),
        [
            ("2.450", {"measure": "supported", "unit_of_measure": U.HOUSEHOLDS}),
            ("236", {"measure": "supported", "unit_of_measure": U.PEOPLE}),
            ("9", {"measure": "models"}),  # "giúp nhau" (mutual help) is the models' aim
        ],
    ),
    (
        (
            "Năm 2025, toàn tỉnh biểu dương 245 gương người tốt, việc tốt và 312 mô hình "
            "“Dân vận khéo”."
        ),
        [
            # the exemplars of good people and good deeds, unquoted, are that programme's
            ("245", {"measure": "honoured", "movement_words": "người tốt, việc tốt"}),
            ("312", {"measure": "honoured", "movement_words": None}),
        ],
    ),
    (
        (
            "Cũng trong năm 2025, các cấp đã xây dựng 326 mô hình học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh, 1.450 mô hình “Dân vận khéo”."
        ),
        [
            # unquoted, the models of studying and following Hồ Chí Minh are that
            # programme's; "Cũng trong năm 2025" is the period of both
            (
                "326",
                {
                    "movement_words": "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                    "Chí Minh",
                    "period": Period.parse("năm 2025"),
                },
            ),
            ("1.450", {"movement_words": None, "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        (
            "Năm qua có 612 mô hình, điển hình mới, nhiều hơn năm 2024 là 57. Xã Gia Phong "
            "có 46 mô hình được công nhận, ít hơn năm trước: 4."
        ),
        [
            ("612", {"measure": "built", "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            # a difference with no noun is the change of the count before it, of both kinds
            (
                "57",
                {
                    "measure": "built",
                    "change": Change.INCREASE,
                    "unit_of_measure": U.MODELS_AND_EXEMPLARS,
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
            ("46", {"measure": "recognised"}),
            ("4", {"measure": "recognised", "change": Change.DECREASE}),
        ],
    ),
    (
        # lettered lines of a "gồm:", each with a colon list of its own: a line's items are
        # its count's, the next line's count the first line's total's; an item of a list by
        # body may be a kind of unit ("thôn 2 mô hình"), or two kinds of people
        (
            "Ban Thường vụ Đảng ủy xã công nhận 31 mô hình, điển hình “Dân vận khéo” cấp xã "
            "năm 2025, gồm:\na) 19 mô hình tập thể: khối Đảng, chính quyền 7 mô hình; khối "
            "Mặt trận và các đoàn thể 10 mô hình; thôn 2 mô hình.\nb) 12 điển hình cá nhân: "
            "cán bộ, đảng viên 5 người; hội viên, nông dân 7 người."
        ),
        [
            ("31", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("19", {"part_of": 0, "holder": H.COLLECTIVE}),
            ("7", {"part_of": 1, "category": "khối Đảng, chính quyền"}),
            ("10", {"part_of": 1, "category": "khối Mặt trận và các đoàn thể"}),
            ("2", {"part_of": 1, "category": "thôn", "measure": "recognised"}),
            ("12", {"part_of": 0, "holder": H.INDIVIDUAL}),
            ("5", {"part_of": 5, "category": "cán bộ, đảng viên"}),
            ("7", {"part_of": 5, "category": "hội viên, nông dân"}),
        ],
    ),
    (
        "Tổ dân phố 5 có 8 mô hình; thôn 3 có 4 mô hình.",
        [("8", {"place_words": "Tổ dân phố 5"}), ("4", {"place_words": "thôn 3"})],
    ),
    (
        # "suất" is a portion of what is given: the noun runs on; a second gift after "và"
        # is given too
        "Chi đoàn đã trao tặng 320 suất quà và 45 suất học bổng cho học sinh nghèo.",
        [
            ("320", {"measure": "supported", "noun": "suất quà"}),
            ("45", {"measure": "supported", "noun": "suất học bổng"}),
        ],
    ),
    (
        # an average is no list's total: the parts after it are of the count before it
        (
            "Giai đoạn 2021 - 2025, Hội Nông dân các cấp đã xây dựng 935 mô hình, bình quân "
            "mỗi năm 187 mô hình. Trong đó, cấp tỉnh công nhận 64 mô hình, cấp huyện công "
            "nhận 301 mô hình."
        ),
        [
            ("935", {"measure": "built"}),
            ("187", {"average_words": "bình quân"}),
            ("64", {"subset_of": 0, "part_of": None, "level": L.PROVINCE}),
            ("301", {"subset_of": 0, "part_of": None, "level": L.DISTRICT}),
        ],
    ),
    (
        # what is said of a noun after it is no part of it; "kho" before it is a noun
        "Các cơ quan đã hỗ trợ 9 xã khó khăn, 15 hộ nghèo và xây 2 kho lạnh.",
        [
            ("9", {"noun": "xã", "measure": "supported"}),
            ("15", {"measure": "supported"}),
            ("2", {"noun": "kho lạnh"}),
        ],
    ),
    (
        # a share's count in brackets is of the share's cell, among what the share is
        (
            "Năm 2025, toàn huyện đã công nhận 512 mô hình. Các mô hình tập thể chiếm 75% "
            "(384 mô hình), mô hình cá nhân chiếm 25% (128 mô hình). Toàn tỉnh có 2.400 mô "
            "hình được công nhận, trong đó: cấp tỉnh 180 mô hình (7,5%), cấp xã chiếm 92,5% "
            "(2.220 mô hình)."
        ),
        [
            ("512", {"measure": "recognised"}),
            ("75%", {"holder": H.COLLECTIVE}),
            ("384", {"holder": H.COLLECTIVE, "part_of": 0, "measure": "recognised"}),
            ("25%", {"holder": H.INDIVIDUAL}),
            ("128", {"holder": H.INDIVIDUAL, "part_of": 0, "measure": "recognised"}),
            ("2.400", {"measure": "recognised"}),
            ("180", {"level": L.PROVINCE, "part_of": 5}),
            ("7,5%", {}),
            ("92,5%", {"level": L.GRASSROOTS, "part_of": 5}),
            ("2.220", {"level": L.GRASSROOTS, "part_of": 5, "subset_of": None}),
        ],
    ),
    (
        # a unit's name is on one line: the heading's, not the words of the next line
        (
            "PHƯỜNG YÊN BÌNH\n\nBáo cáo tổng kết phong trào năm 2025\n\nPhường có 9 tổ dân phố "
            "với 2.845 hộ."
        ),
        [("9", {"place_words": "PHƯỜNG YÊN BÌNH"}), ("2.845", {"place_words": "PHƯỜNG YÊN BÌNH"})],
    ),
    (
        # "ngót" is nearly; units reviewing models have none counted by it
        (
            "Năm 2025, ngót 400 điển hình được tôn vinh. Ban Chỉ đạo hướng dẫn 14/14 xã, phường "
            "rà soát, đánh giá lại mô hình."
        ),
        [
            ("gần 400", {"measure": "honoured", "value": Count(400, Qualifier.NEARLY)}),
            ("14", {"measure": None}),
        ],
    ),
    (
        # "đ" is đồng, after "triệu" or "tr."
        "Chi hội hỗ trợ 240 triệu đ cho 16 hộ nghèo và 85 tr.đ cho hội viên vay vốn.",
        [
            ("240.000.000", {"measure": "supported", "unit_of_measure": U.VND}),
            ("16", {"measure": "supported", "unit_of_measure": U.HOUSEHOLDS}),
            ("85.000.000", {"unit_of_measure": U.VND}),
        ],
    ),
    (
        # a count in brackets after a share among nothing keeps what it is among
        "Toàn tỉnh có 1.180 mô hình được công nhận, đạt 94,4% (1.180/1.250 mô hình đăng ký).",
        [("1.180", {}), ("94,4%", {}), ("1.180", {"subset_of": 0, "out_of": Count(1250)})],
    ),
    (
        # a fund as its clause's subject after a frame, and the Front's festival day: theirs
        (
            "Năm 2025, Quỹ “Vì người nghèo” huyện vận động được 6,2 tỷ đồng, hỗ trợ xây mới 48 "
            "nhà Đại đoàn kết. Nhân Ngày hội Đại đoàn kết toàn dân tộc, có hơn 42 nghìn lượt "
            "người tham gia. Các mô hình “Dân vận khéo” đã vận động ủng hộ Quỹ “Vì người "
            "nghèo” được 380 triệu đồng."
        ),
        [
            ("6.200.000.000", {"movement_words": "Quỹ “Vì người nghèo”"}),
            ("48", {"movement_words": "Quỹ “Vì người nghèo”"}),
            ("trên 42.000", {"movement_words": "Ngày hội Đại đoàn kết toàn dân tộc"}),
            ("380.000.000", {"movement_words": None, "measure": "money_raised"}),
        ],
    ),
    (
        # a year that opens a "trong đó" list labels its cell; a change after a year, no noun
        (
            "Trong 3 năm (2023 - 2025), toàn huyện đã công nhận 512 mô hình, trong đó năm 2023 "
            "là 160, năm 2024 là 170, năm 2025 là 182. So với năm trước: năm 2024 tăng 10, năm "
            "2025 tăng 12."
        ),
        [
            ("512", {"measure": "recognised"}),
            ("160", {"period": Period.parse("năm 2023"), "subset_of": 0, "measure": "recognised"}),
            ("170", {"period": Period.parse("năm 2024"), "subset_of": 0}),
            ("182", {"period": Period.parse("năm 2025"), "subset_of": 0}),
        ],
    ),
    (
        # models slow to get going are a cell by how they stand, not the models there are
        "Hạn chế: vẫn còn 7 mô hình chậm triển khai, 3 mô hình chậm tiến độ.",
        [("7", {"category": "chậm triển khai"}), ("3", {"category": "chậm tiến độ"})],
    ),
    (
        # numbered lines of sections, each a body's: their counts are the body's cells, also
        # "Các xã, phường" beside them, past another count of the line before; and what a
        # body did after its line's semicolon
        (
            "Năm 2025, toàn tỉnh đăng ký 980 mô hình.\n"
            "2.1. Hội Liên hiệp Phụ nữ tỉnh: đăng ký 160 mô hình, công nhận 150 mô hình; vận "
            "động hội viên tiết kiệm được 8,4 tỷ đồng.\n"
            "2.2. Tỉnh đoàn: đăng ký 120 mô hình, công nhận 112 mô hình; tổ chức 64 công trình "
            "thanh niên.\n"
            "2.3. Các xã, phường: đăng ký 700 mô hình, công nhận 655 mô hình."
        ),
        [
            ("980", {"category": None}),
            ("160", {"category": "Hội Liên hiệp Phụ nữ tỉnh", "measure": "registered"}),
            ("150", {"category": "Hội Liên hiệp Phụ nữ tỉnh", "measure": "recognised"}),
            ("8.400.000.000", {"category": "Hội Liên hiệp Phụ nữ tỉnh"}),
            ("120", {"category": "Tỉnh đoàn"}),
            ("112", {"category": "Tỉnh đoàn"}),
            ("64", {}),
            ("700", {"category": "Các xã, phường", "measure": "registered"}),
            ("655", {"category": "Các xã, phường", "measure": "recognised"}),
        ],
    ),
    (
        # the bodies' lines after an area's totals, which their counts add up to, each act's
        (
            "1. Kết quả chung: năm 2025, toàn huyện đăng ký 310 mô hình, công nhận 286 mô hình."
            "\n2. Kết quả của các đơn vị:\n2.1. Hội Nông dân huyện: đăng ký 96 mô hình, công "
            "nhận 90 mô hình; hỗ trợ 45 hộ vay vốn.\n2.2. Huyện đoàn: đăng ký 64 mô hình, công "
            "nhận 58 mô hình.\n2.3. Các xã, thị trấn: đăng ký 150 mô hình, công nhận 138 mô hình."
        ),
        [
            ("310", {"measure": "registered", "part_of": None}),
            ("286", {"measure": "recognised", "part_of": None}),
            ("96", {"part_of": 0, "category": "Hội Nông dân huyện"}),
            ("90", {"part_of": 1}),
            ("45", {"part_of": None}),
            ("64", {"part_of": 0}),
            ("58", {"part_of": 1}),
            ("150", {"part_of": 0, "category": "Các xã, thị trấn"}),
            ("138", {"part_of": 1}),
        ],
    ),
    (
        # a line's exemplars after its models are the line's body's too
        (
            "Năm 2025, huyện công nhận 96 mô hình, điển hình cấp huyện, cụ thể:\n- Khối chính "
            "quyền: 30 mô hình, 9 điển hình;\n- Các xã, thị trấn: 45 mô hình, 12 điển hình."
        ),
        [
            ("96", {"measure": "recognised"}),
            ("30", {"category": "Khối chính quyền", "kind": M, "part_of": 0}),
            ("9", {"category": "Khối chính quyền", "kind": E, "part_of": 0}),
            ("45", {"category": "Các xã, thị trấn", "kind": M}),
            ("12", {"category": "Các xã, thị trấn", "kind": E}),
        ],
    ),
    (
        # a count of times with no noun after "lượt" is a figure, kept for the reviewer
        "Các khu phố lắp đặt 215 camera an ninh; ra quân vệ sinh môi trường 156 lượt.",
        [
            ("215", {"measure": "built", "noun": "camera an ninh"}),
            ("156", {"measure": None, "occurrences": True, "part_of": None}),
        ],
    ),
    (
        # footnotes' marks glued to the words before them are no figures
        'Năm 2025, toàn tỉnh có 3.126 mô hình(1) "Dân vận khéo", trong đó cấp tỉnh 248 mô hình(2).',
        [
            ("3.126", {"measure": "models", "part_of": None}),
            ("248", {"level": L.PROVINCE, "part_of": 0}),
        ],
    ),
    (
        # people by their standing in ethnic, religious and coastal communities, each its
        # own cell beside the other: not one quantity said twice
        "Có 125 người có uy tín, già làng, trưởng bản tham gia mô hình; 5.600 ngư dân tham gia.",
        [
            (
                "125",
                {
                    "measure": "participants",
                    "unit_of_measure": U.PEOPLE,
                    "category": "người có uy tín, già làng, trưởng bản",
                },
            ),
            ("5.600", {"measure": "participants", "noun": "ngư dân", "category": "ngư dân"}),
        ],
    ),
    (
        # a noun's next word that opens a comparison or a year is not of the noun
        "Năm 2025 có 15 xã đạt chuẩn, tăng 3 xã so với năm 2024; 18 thôn năm 2024.",
        [
            ("15", {"noun": "xã"}),
            ("3", {"noun": "xã"}),
            ("18", {"noun": "thôn"}),
        ],
    ),
    (
        # "xây" alone builds; "trị giá" after a noun says what it is worth, not what it is:
        # the worth of gifts given, support given
        "Đồn Biên phòng xây 12 nhà đồng đội, tặng 80 suất quà trị giá 40 triệu đồng.",
        [
            ("12", {"measure": "built", "unit_of_measure": U.HOUSES}),
            ("80", {"noun": "suất quà"}),
            ("40.000.000", {"measure": "supported"}),
        ],
    ),
    (
        # a target set ("đặt mục tiêu") folds as one met ("đạt mục tiêu"): told by its marks
        (
            "Tỉnh đặt mục tiêu năm 2026 có thêm 300 mô hình. Năm 2025, tỉnh đạt mục tiêu có "
            "250 mô hình."
        ),
        [
            ("300", {"target_words": "đặt mục tiêu"}),
            ("250", {"target_words": None}),
        ],
    ),
    (
        # a name alone before a count, beside a unit's named with its kind, is a place too
        (
            "Cả nước có 220.000 mô hình, tiêu biểu là Hà Nội hơn 5.000 mô hình, Thành phố "
            "Hồ Chí Minh 4.800 mô hình; dẫn đầu là Nghệ An với 4.500 mô hình, tiếp đến là "
            "tỉnh Thanh Hóa với 4.200 mô hình."
        ),
        [
            ("220.000", {"place_words": "Cả nước"}),
            ("trên 5.000", {"place_words": "Hà Nội"}),
            ("4.800", {"place_words": "Thành phố Hồ Chí Minh"}),
            ("4.500", {"place_words": "Nghệ An"}),
            ("4.200", {"place_words": "tỉnh Thanh Hóa"}),
        ],
    ),
    (
        # …and so is one first in a list of places "nhiều địa phương … như"
        "Nhiều địa phương có số lượng lớn như Hà Nội hơn 5.000 mô hình, Thanh Hóa 4.200 mô hình.",
        [
            ("trên 5.000", {"place_words": "Hà Nội"}),
            ("4.200", {"place_words": "Thanh Hóa"}),
        ],
    ),
    (
        # "DVK", the movement's name for short, names no kind of model nor a model
        (
            "Năm 2025, toàn tỉnh có 1.245 mô hình DVK, 320 điển hình DVK; đăng ký 98 mô hình "
            "“DVK” cấp tỉnh, trong đó 12 mô hình “Camera an ninh”."
        ),
        [
            ("1.245", {"category": None, "unit_of_measure": U.MODELS}),
            ("320", {"category": None, "unit_of_measure": U.EXEMPLARS}),
            ("98", {"category": None, "level": L.PROVINCE}),
            ("12", {"category": "Camera an ninh", "subset_of": 2}),
        ],
    ),
    (
        # a name alone (each word capitalised) as its clause's subject is a place; words
        # capitalised that name no place ("Nhân dân", "Ban Chỉ đạo") are none
        (
            "Hoa Lư có 45 mô hình mới. Năm 2025, Yên Mô đăng ký 80 mô hình. Nhân dân đã có "
            "1.200 lượt tham gia. Ban Chỉ đạo tỉnh công nhận 30 mô hình; Hội Nông dân có 12 mô "
            "hình."
        ),
        [
            ("45", {"place_words": "Hoa Lư"}),
            ("80", {"place_words": "Yên Mô"}),
            ("1.200", {"place_words": None}),
            ("30", {"place_words": None}),
            ("12", {"place_words": None}),
        ],
    ),
    (
        # a level that appraised and recognised ("thẩm định, công nhận") recognised them
        ("Cấp tỉnh đã thẩm định, công nhận 24 mô hình; cấp xã bình xét và công nhận 140 mô hình."),
        [
            ("24", {"measure": "recognised", "level": L.PROVINCE}),
            ("140", {"measure": "recognised", "level": L.GRASSROOTS}),
        ],
    ),
    (
        # "km2", "km²" (an area) are no kilometres
        "Xã có diện tích 42,6 km2; năm 2025 làm mới 12 km đường và nạo vét 3 km² ao hồ.",
        [
            ("42,6 km2", {"unit_of_measure": None, "noun": "km2"}),
            ("12", {"unit_of_measure": U.KM}),
            ("3", {"unit_of_measure": None}),
        ],
    ),
    (
        # a body of a unit before the reorganisation recognised them: "huyện (cũ)"
        "Năm 2025, xã có 23 mô hình, trong đó 5 mô hình được UBND huyện (cũ) công nhận.",
        [
            ("23", {"measure": "models"}),
            ("5", {"status": ModelStatus.RECOGNISED, "level": L.DISTRICT, "part_of": 0}),
        ],
    ),
    (
        # counts of other acts among a total are some of it, no cells adding up to it
        (
            "Năm 2025, xã có 23 mô hình, trong đó 5 mô hình được UBND huyện công nhận, 3 mô "
            "hình được Huyện ủy biểu dương."
        ),
        [
            ("23", {"measure": "models"}),
            ("5", {"measure": "recognised", "subset_of": 0, "part_of": None}),
            ("3", {"measure": "honoured", "subset_of": 0, "part_of": None}),
        ],
    ),
    (
        # models that are formal only, break the rules, are said twice or weak are cells
        # of them, not all the models there are
        (
            "Năm 2025, toàn tỉnh có 1.245 mô hình; 5 mô hình hoạt động còn hình thức, 0 mô "
            "hình vi phạm quy định, 4 mô hình trùng lặp, 3 mô hình yếu kém."
        ),
        [
            ("1.245", {"category": None}),
            ("5", {"category": "còn hình thức"}),
            ("0", {"category": "vi phạm quy định"}),
            ("4", {"category": "trùng lặp"}),
            ("3", {"category": "yếu kém"}),
        ],
    ),
    (
        # a share its subject names ("số mô hình hoạt động hiệu quả chiếm 86%"): of models,
        # in the cell of its grade
        "Toàn tỉnh có 1.245 mô hình, trong đó số mô hình hoạt động hiệu quả chiếm 86%.",
        [
            ("1.245", {"category": None}),
            ("86%", {"unit_of_measure": U.MODELS, "category": "hiệu quả", "subset_of": 0}),
        ],
    ),
    (
        # a list of topics, each with its count in brackets: no field, each its own cell
        (
            "Năm 2025 có 128 mô hình, tập trung vào cải cách hành chính (52 mô hình), chuyển "
            "đổi số (31 mô hình), bảo vệ môi trường (45 mô hình); mô hình tập thể (21)."
        ),
        [
            ("128", {"category": None}),
            ("52", {"category": "cải cách hành chính", "part_of": 0}),
            ("31", {"category": "chuyển đổi số", "part_of": 0}),
            ("45", {"category": "bảo vệ môi trường", "part_of": 0}),
            ("21", {"category": None, "holder": C}),
        ],
    ),
    (
        # nouns that fold as words no noun runs on over, told by their marks: "tài khoản"
        # (not "tại"), "lá cờ" (not "là có"), "tủ sách" (not "từ"), "chùa" (not "chưa")
        (
            "Năm 2025, Công an cấp 125.000 tài khoản, tặng 1.000 lá cờ Tổ quốc, 12 tủ sách; "
            "46 chùa đăng ký xây dựng mô hình; 6 mô hình chưa được công nhận."
        ),
        [
            ("125.000", {"noun": "tài khoản"}),
            ("1.000", {"noun": "lá cờ"}),
            ("12", {"noun": "tủ sách"}),
            ("46", {"noun": "chùa", "measure": "registered"}),
            ("6", {"noun": "mô hình", "measure": None}),
        ],
    ),
    (
        # a year in brackets after the words that single it out labels its count
        "Năm cao nhất (2023) có 415 mô hình; năm thấp nhất (2021) có 318 mô hình.",
        [
            ("415", {"period": Period.parse("năm 2023")}),
            ("318", {"period": Period.parse("năm 2021")}),
        ],
    ),
    (
        # a percentage right after a change, in brackets or after "tương ứng", is the same
        # change in percent: no share of the count before the change
        (
            "Năm 2025 đăng ký 318 mô hình, tăng 36 mô hình (12,8%) so với năm 2024. Số điển "
            "hình tăng 14 điển hình (tăng 9,5%); số hộ giảm 20 hộ, tương ứng 4%."
        ),
        [
            ("318", {"measure": "registered", "change": None}),
            ("36", {"measure": "registered", "change": Change.INCREASE}),
            ("12,8%", {"measure": "registered", "change": Change.INCREASE, "subset_of": None}),
            ("14", {"unit_of_measure": U.EXEMPLARS, "change": Change.INCREASE}),
            ("9,5%", {"unit_of_measure": U.EXEMPLARS, "change": Change.INCREASE}),
            ("20", {"unit_of_measure": U.HOUSEHOLDS, "change": Change.DECREASE}),
            ("4%", {"unit_of_measure": U.HOUSEHOLDS, "change": Change.DECREASE}),
        ],
    ),
    (
        # after a total of things no unit names, other things done by a verb of their own,
        # and the households taking part in them, are not among it
        (
            "Toàn tỉnh đã lắp đặt 3.815 camera an ninh, trong đó 1.260 camera được kết nối với "
            "Công an xã; thành lập 2.458 tổ liên gia với hơn 24.000 hộ tham gia."
        ),
        [
            ("3.815", {"noun": "camera an ninh", "subset_of": None}),
            ("1.260", {"noun": "camera", "subset_of": 0}),
            ("2.458", {"part_of": None, "subset_of": None}),
            ("trên 24.000", {"unit_of_measure": U.HOUSEHOLDS, "part_of": None, "subset_of": None}),
        ],
    ),
    (
        # a share in brackets after a count of both kinds: "điển hình" is the count's noun,
        # no cell of the share
        (
            "Năm 2025 có 2.146 mô hình, điển hình. Theo lĩnh vực: kinh tế 812 mô hình, điển "
            "hình (37,8%); văn hóa - xã hội 604 (28,1%)."
        ),
        [
            ("2.146", {"unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("812", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("37,8%", {"category": None, "subset_of": 1}),
            ("604", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("28,1%", {"category": None, "subset_of": 3}),
        ],
    ),
    (
        # the value a body's count went up to is the same body's, in its own year
        (
            "Số mô hình do Mặt trận Tổ quốc các cấp chủ trì tăng từ 245 mô hình năm 2021 lên "
            "612 mô hình năm 2025."
        ),
        [
            ("245", {"category": "Mặt trận Tổ quốc các cấp", "period": Period.parse("năm 2021")}),
            ("612", {"category": "Mặt trận Tổ quốc các cấp", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # bodies by their initials and "Huyện đoàn" in a list are cells, no places
        (
            "Năm 2025 có 186 mô hình, trong đó: MTTQ huyện 24 mô hình; Hội CCB 22 mô hình; "
            "Huyện đoàn 17 mô hình; LĐLĐ 12 mô hình."
        ),
        [
            ("186", {"category": None}),
            ("24", {"category": "MTTQ huyện", "place_words": None}),
            ("22", {"category": "Hội CCB", "place_words": None}),
            ("17", {"category": "Huyện đoàn", "place_words": None}),
            ("12", {"category": "LĐLĐ", "place_words": None}),
        ],
    ),
    (
        # bare values each with its own act, after a count and its act: the count's noun
        "Năm 2025, toàn tỉnh có 1.245 mô hình đăng ký, 1.098 được công nhận, 86 được nhân rộng.",
        [
            ("1.245", {"measure": "registered", "unit_of_measure": U.MODELS}),
            ("1.098", {"measure": "recognised", "unit_of_measure": U.MODELS}),
            ("86", {"measure": "replicated", "unit_of_measure": U.MODELS}),
        ],
    ),
    (
        # a ratio in brackets after a share of units, past the words that say which units
        (
            "Năm 2025, 100% tổ chức cơ sở đảng trực thuộc Đảng ủy Khối (62/62) đăng ký xây "
            "dựng mô hình với tổng số 148 mô hình."
        ),
        [
            ("100%", {"measure": "coverage", "unit_of_measure": U.UNITS}),
            ("62", {"measure": "coverage", "unit_of_measure": U.UNITS, "out_of": Count(62)}),
            ("148", {"measure": "registered"}),
        ],
    ),
    (
        # a ratio in words: "45 trong số 50 xã", as "12 trong tổng số 15 xã"
        "Đã có 45 trong số 50 xã đăng ký xây dựng mô hình.",
        [("45", {"out_of": Count(50), "measure": "coverage", "noun": "xã"})],
    ),
    (
        # a bare value after "trong đó" counts what its total counts
        "Năm 2025 có 1.245 mô hình, trong đó 320 do Hội Nông dân xây dựng.",
        [
            ("1.245", {"unit_of_measure": U.MODELS}),
            ("320", {"unit_of_measure": U.MODELS, "category": "Hội Nông dân", "subset_of": 0}),
        ],
    ),
    (
        # a classifier with no noun after it is what is counted: "45 lớp cho …"
        "Tổ chức 86 lớp tập huấn cho hơn 5.000 cán bộ, 45 lớp cho 2.300 hội viên.",
        [
            ("86", {"noun": "lớp tập huấn"}),
            ("trên 5.000", {"noun": "cán bộ"}),
            ("45", {"noun": "lớp"}),
            ("2.300", {"noun": "hội viên"}),
        ],
    ),
    (
        # a month of the year before, to date: "từ tháng 7 đến nay"; "tháng 7" is no figure
        (
            "Năm 2025, toàn tỉnh đăng ký 1.245 mô hình; từ tháng 7 đến nay, các xã đăng ký 236 "
            "mô hình."
        ),
        [
            ("1.245", {"period": Period.parse("năm 2025")}),
            ("236", {"period": Period.parse("từ tháng 7/2025 đến nay")}),
        ],
    ),
    (
        # a result graded, its clause going on with another act: still the count's cell
        "Qua rà soát, 120 mô hình chưa đạt yêu cầu đã được hướng dẫn khắc phục.",
        [("120", {"category": "chưa đạt yêu cầu", "unit_of_measure": U.MODELS})],
    ),
    (
        # grades listed after a count graded: bare values of models, each its grade's cell
        "Năm 2025 có 24 mô hình, trong đó 18 mô hình hoạt động tốt, 4 khá, 2 trung bình.",
        [
            ("24", {"category": None}),
            ("18", {"category": "tốt", "part_of": 0}),
            ("4", {"category": "khá", "part_of": 0, "unit_of_measure": U.MODELS}),
            ("2", {"category": "trung bình", "part_of": 0, "unit_of_measure": U.MODELS}),
        ],
    ),
    (
        "Xếp loại: 96 mô hình xuất sắc, 230 tốt, 45 khá và 12 yếu.",
        [
            ("96", {"category": "xuất sắc"}),
            ("230", {"category": "tốt", "unit_of_measure": U.MODELS}),
            ("45", {"category": "khá", "unit_of_measure": U.MODELS}),
            ("12", {"category": "yếu", "unit_of_measure": U.MODELS}),
        ],
    ),
    (
        # a level's count is no item of the list whose verb comes after the next count
        (
            "Năm 2025, toàn tỉnh có 1.245 mô hình, trong đó 320 mô hình được công nhận cấp "
            "huyện, 86 mô hình cấp tỉnh, 45 mô hình được nhân rộng."
        ),
        [
            ("1.245", {"measure": "models"}),
            ("320", {"level": L.DISTRICT, "status": ModelStatus.RECOGNISED}),
            ("86", {"level": L.PROVINCE, "status": ModelStatus.RECOGNISED}),
            ("45", {"measure": "replicated", "level": None}),
        ],
    ),
    (  # the count before a merger is more than the one after it, none of it; models merged
        # into others are counted, none of what is left
        (
            "Toàn xã hiện duy trì 64 mô hình “Dân vận khéo” (trước sắp xếp, 3 xã có 71 mô "
            "hình; đã rà soát, hợp nhất 7 mô hình trùng lặp)."
        ),
        [
            ("64", {"measure": "in_operation"}),
            ("3", {"measure": None}),
            ("71", {"subset_of": None, "part_of": None}),
            ("7", {"measure": "models", "subset_of": None, "category": "trùng lặp"}),
        ],
    ),
    (  # verbs that fold as the words that number what follows them do: "thụ", "thu" are
        # no "thứ", "gặp" no "gấp"; "Khoá 12" numbers a term
        (
            "Hợp tác xã tiêu thụ 120 tấn nông sản; chi hội thu 45 triệu đồng từ bán phế liệu, "
            "gặp 38 hộ dân để vận động. Khoá 12 có 30 đảng viên."
        ),
        [
            ("120", {"measure": None}),
            ("45.000.000", {"unit_of_measure": U.VND}),
            ("38", {"holder": H.HOUSEHOLD}),
            ("30", {"noun": "đảng viên"}),
        ],
    ),
    (  # words after a number that fold as a year, a time or a kind do: "45 nam" are men,
        # "120 giỏ quà" baskets; "05 (năm) năm" is still a duration
        "Sau 05 (năm) năm, có 75 đoàn viên tham gia, trong đó 45 nam, 30 nữ; trao 120 giỏ quà.",
        [
            ("75", {"measure": "participants"}),
            ("45", {"noun": "nam", "subset_of": 0}),
            ("30", {"noun": "nữ", "subset_of": 0}),
            ("120", {"noun": "giỏ quà"}),
        ],
    ),
    (  # what a length or an area is of starts with no word of a clause ("đã", "để"), as
        # written: "đê" (a dyke) is no "để", "đèn" (lamps) no "đến"
        (
            "Diện tích 45 ha đã được trồng rừng; hiến 3,2 ha để mở đường, đắp 5 km đê bao và "
            "lắp đặt 3,5 km đèn chiếu sáng."
        ),
        [
            ("45", {"category": None}),
            ("3,2 ha", {"category": None, "measure": "land_donated"}),
            ("5", {"category": "đê bao"}),
            ("3,5 km", {"category": "đèn chiếu sáng", "measure": "built"}),
        ],
    ),
    (  # a body's name ends before the words of aspect its act follows ("vẫn"; not the
        # "vận" of "Ban Dân vận")
        (
            "Hội Phụ nữ huyện cũng đã hỗ trợ 45 hộ nghèo. Hội Nông dân vẫn duy trì 38 mô hình; "
            "Lực lượng Công an tiếp tục xây dựng 12 mô hình."
        ),
        [
            ("45", {"category": "Hội Phụ nữ huyện", "measure": "supported"}),
            ("38", {"category": "Hội Nông dân", "measure": "in_operation"}),
            ("12", {"category": "Lực lượng Công an", "measure": "built"}),
        ],
    ),
    (  # "làm" right before a count, or before its list, made the things counted; not
        # "làm nòng cốt", nor the "Lâm" of a place
        (
            "Nhân dân góp 4.500 ngày công để làm 96 km đường giao thông nông thôn, 40 nhà văn "
            "hóa thôn và 12 cầu. Đoàn viên làm nòng cốt trong 45 mô hình ở Lâm Hà."
        ),
        [
            ("4.500", {"measure": "workdays"}),
            ("96", {"measure": "built", "category": "đường giao thông nông thôn"}),
            ("40", {"measure": "built", "noun": "nhà văn hóa"}),
            ("12", {"measure": "built", "noun": "cầu"}),
            ("45", {"measure": "models"}),
        ],
    ),
    (  # the body a subject names after "ở", "thuộc", before what is said of it
        (
            "Số lượng mô hình “Dân vận khéo” ở khối doanh nghiệp còn ít (chỉ 14 mô hình, chiếm "
            "2,1%). Số mô hình thuộc khối Đảng là 86."
        ),
        [
            ("14", {"category": "khối doanh nghiệp", "measure": "models"}),
            ("2,1%", {"category": None}),
            ("86", {"category": "khối Đảng", "measure": "models"}),
        ],
    ),
    (  # models that won a prize are a cell, none of all the models
        (
            "Có 168 mô hình được chọn tham gia Hội thi, 12 mô hình đạt giải. Năm 2025, có 6 mô "
            "hình đạt giải cao tại Hội thi cấp tỉnh."
        ),
        [
            ("168", {"measure": None}),
            ("12", {"measure": "models", "category": "đạt giải"}),
            ("6", {"measure": "models", "category": "đạt giải cao"}),
        ],
    ),
    (  # bare values recognised anew and again among a total take its noun
        "Trong kỳ, huyện đã công nhận 38 mô hình (trong đó công nhận mới 24, công nhận lại 14).",
        [
            ("38", {"measure": "recognised"}),
            ("24", {"measure": "recognised", "category": "mới", "part_of": 0, "noun": "mô hình"}),
            ("14", {"measure": "recognised", "category": "công nhận lại", "part_of": 0}),
        ],
    ),
    (  # a count in brackets after a subject graded: that grade's cell
        "Hạn chế: Một số mô hình còn hình thức (khoảng 12 mô hình); 5 xã chưa có mô hình.",
        [
            ("khoảng 12", {"measure": "models", "category": "còn hình thức"}),
            ("5", {"measure": None}),
        ],
    ),
    (  # a campaign heading a numbered item ties every count of its line to it, however
        # far; not a count the movement is named before
        (
            "1. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”: năm "
            "2025, Nhân dân các xã, phường trong tỉnh hiến 45.000 m2 đất, đóng góp 120 tỷ đồng "
            "và 86.000 ngày công; riêng phong trào “Dân vận khéo” huy động 12,3 tỷ đồng.\n"
            "2. Phong trào thi đua “Dân vận khéo”: các cấp đăng ký 312 mô hình."
        ),
        [
            ("45.000", {"movement_words": CAMPAIGN}),
            ("120.000.000.000", {"movement_words": CAMPAIGN}),
            ("86.000", {"movement_words": CAMPAIGN}),
            ("12.300.000.000", {"movement_words": None, "measure": "money_raised"}),
            ("312", {"movement_words": None, "measure": "registered"}),
        ],
    ),
    (  # a body's name ends before what is said of it: "(là đơn vị) có … nhiều nhất"
        (
            "Hội Phụ nữ có số mô hình nhiều nhất với 286 mô hình; Hội Nông dân là đơn vị có "
            "nhiều điển hình nhất (54 điển hình)."
        ),
        [
            ("286", {"category": "Hội Phụ nữ"}),
            ("54", {"category": "Hội Nông dân"}),
        ],
    ),
    (  # Markdown's emphasis hides no list and no field: "**312 mô hình**", "*kinh tế*"
        (
            "Giai đoạn 2021 - 2025, toàn tỉnh có **1.520 mô hình** được công nhận, trong đó:\n"
            "- Cấp tỉnh: **112 mô hình**;\n- Cấp huyện: **408 mô hình**;\n"
            "- Cấp xã: **1.000 mô hình**.\nVề lĩnh vực, *kinh tế* có 620 mô hình, "
            "*văn hóa - xã hội* 900 mô hình."
        ),
        [
            ("1.520", {"measure": "recognised"}),
            ("112", {"level": L.PROVINCE, "part_of": 0}),
            ("408", {"level": L.DISTRICT, "part_of": 0}),
            ("1.000", {"level": L.GRASSROOTS, "part_of": 0}),
            ("620", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "recognised"}),
            ("900", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
        ],
    ),
    (  # a sentence that names again, by its kind alone or as "ở đây", the unit of the
        # sentence before; not one after the report's own counts
        (
            "Ở thành phố Tam Điệp, Ban Dân vận Thành ủy tham mưu xây dựng 64 mô hình. Thành "
            "phố đã huy động 3,2 tỷ đồng để làm 12 km đường hoa. Huyện Kim Sơn có 312 mô "
            "hình. Các mô hình ở đây tập trung vào lĩnh vực kinh tế (148 mô hình). Toàn tỉnh "
            "có 2.146 mô hình. Thành phố đã huy động 8 tỷ đồng."
        ),
        [
            ("64", {"place_words": "thành phố Tam Điệp"}),
            ("3.200.000.000", {"place_words": "thành phố Tam Điệp"}),
            ("12", {"place_words": "thành phố Tam Điệp"}),
            ("312", {"place_words": "Huyện Kim Sơn"}),
            ("148", {"place_words": "Huyện Kim Sơn"}),
            ("2.146", {"place_words": None}),
            ("8.000.000.000", {"place_words": None}),
        ],
    ),
    (  # units of blood are no units that act; "12/12 đơn vị" are
        "Bệnh viện tiếp nhận 4.212 đơn vị máu; có 12/12 đơn vị đăng ký mô hình.",
        [
            ("4.212", {"unit_of_measure": None, "noun": "đơn vị"}),
            ("12", {"unit_of_measure": U.UNITS, "measure": "coverage"}),
        ],
    ),
    (  # a level alone on a line heads the lines under it; a total line after such
        # sections sums each unit's counts of each level, when they add up
        (
            "2.1. Cấp tỉnh\nBan Chỉ đạo tỉnh công nhận 45 mô hình, 20 điển hình.\n"
            "2.2. Cấp huyện\nCác huyện, thành phố công nhận 312 mô hình, 146 điển hình.\n"
            "2.3. Cấp xã\nCác xã, phường công nhận 1.286 mô hình, 540 điển hình.\n"
            "Tổng cộng toàn tỉnh: 1.643 mô hình, 706 điển hình."
        ),
        [
            ("45", {"level": L.PROVINCE, "part_of": 6}),
            ("20", {"level": L.PROVINCE, "part_of": 7}),
            ("312", {"level": L.DISTRICT, "part_of": 6}),
            ("146", {"level": L.DISTRICT, "part_of": 7}),
            ("1.286", {"level": L.GRASSROOTS, "part_of": 6}),
            ("540", {"level": L.GRASSROOTS, "part_of": 7}),
            ("1.643", {"level": None, "measure": "recognised", "part_of": None}),
            ("706", {"level": None, "measure": "recognised", "part_of": None}),
        ],
    ),
    (  # bodies by their short names are cells: "Đoàn TN", "ĐTN", "LĐLĐ", "HLHPN"
        (
            "Năm 2025, MTTQ và các đoàn thể xây dựng 312 mô hình; trong đó: MTTQ 42, Hội Nông "
            "dân 76, HLHPN 88, Đoàn TN 61, LĐLĐ 45."
        ),
        [
            ("312", {"measure": "built"}),
            ("42", {"category": "MTTQ", "part_of": 0}),
            ("76", {"category": "Hội Nông dân", "part_of": 0}),
            ("88", {"category": "HLHPN", "part_of": 0}),
            ("61", {"category": "Đoàn TN", "part_of": 0, "measure": "built"}),
            ("45", {"category": "LĐLĐ", "part_of": 0}),
        ],
    ),
    (  # the movement tied to another in the subject: its models so tied are a cell
        (
            "Năm 2025, phong trào “Dân vận khéo” gắn với phong trào “Toàn dân bảo vệ an ninh "
            "Tổ quốc” có 126 mô hình."
        ),
        [
            (
                "126",
                {
                    "measure": "models",
                    "category": "gắn với phong trào “Toàn dân bảo vệ an ninh Tổ quốc”",
                    "movement_words": None,
                },
            ),
        ],
    ),
    (  # a batch named by its month is a cell, as "đợt 1" is
        (
            "Trong năm, toàn huyện công nhận 83 mô hình. Trong đó, đợt tháng 6 công nhận 45 mô "
            "hình, đợt tháng 12 công nhận 38 mô hình."
        ),
        [
            ("83", {"measure": "recognised"}),
            ("45", {"category": "đợt tháng 6", "part_of": 0}),
            ("38", {"category": "đợt tháng 12", "part_of": 0}),
        ],
    ),
    (  # the whole year's count after its batches sums them, when they add up to it
        (
            "Năm 2025, đợt 1 công nhận 45 mô hình, đợt 2 công nhận 38 mô hình; cả năm công "
            "nhận 83 mô hình. Quý I công nhận 12 mô hình, quý II công nhận 20 mô hình; cả năm "
            "có 90 mô hình."
        ),
        [
            ("45", {"category": "đợt 1", "part_of": 2}),
            ("38", {"category": "đợt 2", "part_of": 2}),
            ("83", {"measure": "recognised", "part_of": None}),
            ("12", {"part_of": None}),
            ("20", {"part_of": None}),
            ("90", {"measure": "models"}),
        ],
    ),
    (  # a cell named after a count alone: who carries its models out, the region they
        # are in
        (
            "Năm 2025, toàn tỉnh có 312 mô hình “Dân vận khéo” ở vùng đồng bào Khmer, chiếm "
            "28,6% tổng số mô hình của tỉnh. Tiêu biểu là 45 mô hình do các chùa Khmer thực "
            "hiện; 12 mô hình do UBND tỉnh công nhận."
        ),
        [
            ("312", {"category": "ở vùng đồng bào Khmer", "measure": "models"}),
            ("28,6%", {"category": None}),
            ("45", {"category": "các chùa Khmer"}),
            ("12", {"category": None, "measure": "recognised"}),
        ],
    ),
    (  # a slash between the counts of two acts is no rate; "đồng/mô hình" is
        "Năm 2025, đăng ký 412 mô hình / công nhận 386 mô hình; hỗ trợ 50 triệu đồng/mô hình.",
        [
            ("412", {"measure": "registered", "unit_of_measure": U.MODELS}),
            ("386", {"measure": "recognised", "unit_of_measure": U.MODELS}),
            ("50.000.000", {"unit_of_measure": None}),
        ],
    ),
    (  # a change in the next sentence, after a total's breakdown, is the total's
        (
            "Năm 2025, toàn huyện được công nhận 254 mô hình.\nPhân theo lĩnh vực: kinh tế 118 "
            "mô hình; văn hóa - xã hội 72 mô hình; quốc phòng - an ninh 36 mô hình; xây dựng "
            "hệ thống chính trị 28 mô hình.\nSo với năm 2024, số mô hình được công nhận tăng 26 "
            "mô hình."
        ),
        [
            ("254", {"measure": "recognised"}),
            ("118", {"part_of": 0}),
            ("72", {"part_of": 0}),
            ("36", {"part_of": 0}),
            ("28", {"part_of": 0, "fields": (Field.POLITICAL_SYSTEM,)}),
            ("26", {"change": Change.INCREASE, "fields": (), "measure": "recognised"}),
        ],
    ),
    (  # bullets under a numbered level heading are its lines, up to the next numbered line
        (
            "2.1. Cấp tỉnh\n- Đăng ký 45 mô hình;\n- Công nhận 40 mô hình.\n2.2. Cấp huyện\n"
            "- Đăng ký 120 mô hình;\n- Công nhận 112 mô hình.\n3. Điển hình\n"
            "- Biểu dương 24 điển hình."
        ),
        [
            ("45", {"level": L.PROVINCE, "measure": "registered"}),
            ("40", {"level": L.PROVINCE, "measure": "recognised"}),
            ("120", {"level": L.DISTRICT}),
            ("112", {"level": L.DISTRICT}),
            ("24", {"level": None}),
        ],
    ),
    (  # a count named as the movement's is its own, whatever programme is named before
        (
            "Năm 2025, có 1.245 hộ đạt danh hiệu “Gia đình văn hóa” và 312 mô hình “Dân vận "
            "khéo” được công nhận."
        ),
        [
            ("1.245", {"movement_words": "danh hiệu “Gia đình văn hóa”"}),
            ("312", {"movement_words": None, "measure": "recognised"}),
        ],
    ),
    (  # "kết quả" after a count opens the result's own clause: the act before is none of it
        (
            "Năm 2025, Ban Chỉ đạo tỉnh thẩm định 124 mô hình đề nghị công nhận cấp tỉnh, kết "
            "quả có 96 mô hình đạt."
        ),
        [
            ("124", {"measure": None}),
            ("96", {"measure": "models", "category": "đạt", "level": None}),
        ],
    ),
    (  # a second subject of the same noun, left unsaid: its count is of that noun
        "Số mô hình đăng ký năm 2025 là 412; số đã được công nhận: 386.",
        [
            ("412", {"measure": "registered"}),
            ("386", {"measure": "recognised", "unit_of_measure": U.MODELS}),
        ],
    ),
    (  # "Trong đó:" past a bullet or a mark of its own lists parts of the line above it
        (
            "Công nhận: 386 mô hình\n- Trong đó: cấp tỉnh 24, cấp huyện 96, cấp xã 266\n"
            "✅ Biểu dương: 124 điển hình\n👉 Trong đó: tập thể 48, cá nhân 76"
        ),
        [
            ("386", {"measure": "recognised"}),
            ("24", {"level": L.PROVINCE, "part_of": 0}),
            ("96", {"level": L.DISTRICT, "part_of": 0}),
            ("266", {"level": L.GRASSROOTS, "part_of": 0}),
            ("124", {"measure": "honoured"}),
            ("48", {"holder": H.COLLECTIVE, "part_of": 4}),
            ("76", {"holder": H.INDIVIDUAL, "part_of": 4}),
        ],
    ),
    (  # workers ("công nhân") are people, though they fold as "công nhận" does
        (
            "Năm 2025, Công đoàn các cấp vận động 1.200 công nhân tham gia mô hình, hỗ trợ 86 "
            "công nhân lao động có hoàn cảnh khó khăn; 45 mô hình được công nhận."
        ),
        [
            ("1.200", {"unit_of_measure": U.PEOPLE, "measure": "participants"}),
            ("86", {"unit_of_measure": U.PEOPLE, "measure": "supported"}),
            ("45", {"unit_of_measure": U.MODELS, "measure": "recognised"}),
        ],
    ),
    (  # a year singled out after a semicolon, or as the highest, is of the subject before it
        (
            "Số mô hình được công nhận tăng đều qua các năm; riêng năm 2025 đạt cao nhất với "
            "214 mô hình. Số điển hình được biểu dương năm sau nhiều hơn năm trước; năm 2024 "
            "là 96 điển hình."
        ),
        [
            ("214", {"measure": "recognised", "unit_of_measure": U.MODELS}),
            ("96", {"measure": "honoured", "unit_of_measure": U.EXEMPLARS}),
        ],
    ),
    (  # a count in words with its digits in brackets, as official documents write it
        (
            "Năm 2024, các cơ sở Hội đăng ký xây dựng hai mươi lăm (25) mô hình, trong đó năm "
            "(05) mô hình mới; công nhận một trăm linh năm (105) hộ và Hai nghìn ba trăm "
            "(2.300) lượt hội viên tham gia."
        ),
        [
            ("25", {"measure": "registered", "unit_of_measure": U.MODELS}),
            ("5", {"measure": "registered", "unit_of_measure": U.MODELS, "subset_of": 0}),
            ("105", {"measure": "recognised", "unit_of_measure": U.HOUSEHOLDS}),
            ("2.300", {"measure": "participants", "unit_of_measure": U.PEOPLE}),
        ],
    ),
    (  # a steering committee named with its movement's quoted name, in a passive
        (
            "6 tháng đầu năm, có 14 mô hình được Ban Chỉ đạo phong trào thi đua “Dân vận "
            "khéo” của tỉnh công nhận, 5 mô hình được Ban Chỉ đạo phong trào “Dân vận khéo” "
            "huyện biểu dương."
        ),
        [
            ("14", {"measure": "recognised", "level": L.PROVINCE}),
            ("5", {"measure": "honoured", "level": L.DISTRICT}),
        ],
    ),
    (  # money after a year is no cost of a count: the year counts nothing
        (
            "Năm 2025, kinh phí 315 triệu đồng do nhân dân đóng góp; xây 9 nhà, kinh phí 720 "
            "triệu đồng."
        ),
        [
            ("315.000.000", {"measure": "money_raised", "unit_of_measure": U.VND}),
            ("9", {"measure": "built", "unit_of_measure": U.HOUSES}),
            ("720.000.000", {"measure": None, "unit_of_measure": U.VND}),
        ],
    ),
    (  # the worth of gifts given is support given, its money; not after "tăng" (increased)
        (
            "Năm 2025, Hội đã trao 450 phần quà, trị giá 225 triệu đồng; tặng 2.340 suất quà "
            "cho thiếu nhi với tổng trị giá 1,17 tỷ đồng. Số mô hình tăng 12, với tổng kinh phí "
            "3 tỷ đồng."
        ),
        [
            ("450", {"noun": "phần quà"}),
            ("225.000.000", {"measure": "supported", "unit_of_measure": U.VND}),
            ("2.340", {"noun": "suất quà"}),
            ("1.170.000.000", {"measure": "supported", "unit_of_measure": U.VND}),
            ("12", {"measure": "models", "change": Change.INCREASE}),
            ("3.000.000.000", {"measure": None, "unit_of_measure": U.VND}),
        ],
    ),
    (  # a heading that compares ("SO SÁNH", folded as "Sở") names no body
        "II. SO SÁNH\nSo với năm 2023, số mô hình đăng ký tăng 37, số tiền huy động tăng 12%.",
        [
            ("37", {"measure": "registered", "change": Change.INCREASE, "category": None}),
            ("12%", {"category": None}),
        ],
    ),
    (  # the year after the standard met and the level is the recognition's
        (
            "Điều 1. Công nhận 38 mô hình đạt tiêu chuẩn mô hình “Dân vận khéo” cấp tỉnh năm "
            "2025 (có danh sách kèm theo)."
        ),
        [("38", {"measure": "recognised", "level": L.PROVINCE, "period": Period.year(2025)})],
    ),
    (  # land given, its sum in brackets after the words of the act
        (
            "✅ 14 gia đình hiến đất mở đường (tổng 2.300m2); 26 hộ hiến đất (tổng diện tích "
            "4.500 m2)."
        ),
        [
            ("14", {"measure": None}),
            ("2.300", {"measure": "land_donated", "unit_of_measure": U.M2}),
            ("26", {"measure": None}),
            ("4.500", {"measure": "land_donated", "unit_of_measure": U.M2}),
        ],
    ),
    (  # models that went into operation are in operation, not models in general
        "Đến nay, 154 mô hình đã đi vào hoạt động, 32 mô hình đang triển khai.",
        [
            ("154", {"measure": "in_operation", "unit_of_measure": U.MODELS}),
            ("32", {"measure": "models", "category": "đang triển khai"}),
        ],
    ),
    (  # days after a label of workdays are workdays, not a duration; "100 ngày" still is
        "6. Ngày công đóng góp: 3.800 ngày\nChiến dịch ra quân kéo dài 100 ngày.",
        [("3.800", {"measure": "workdays", "unit_of_measure": U.WORKDAYS})],
    ),
    (  # a list's first item bulleted on the line of "Trong đó:", the next ones under it
        (
            "1. Số mô hình đăng ký trong năm: 47\n"
            "   Trong đó: - Lĩnh vực kinh tế: 12\n"
            "             - Lĩnh vực văn hóa - xã hội: 18\n"
            "             - Lĩnh vực quốc phòng - an ninh: 9\n"
            "             - Lĩnh vực xây dựng hệ thống chính trị: 8\n"
            "2. Số mô hình được công nhận: 41"
        ),
        [
            ("47", {"measure": "registered"}),
            ("12", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "registered"}),
            ("18", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0, "measure": "registered"}),
            ("9", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("8", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
            ("41", {"measure": "recognised", "part_of": None}),
        ],
    ),
    (  # each item's unit is the one its label names, before its colon; not the first's
        "Thị trấn Tuy Phước: 14 mô hình; xã Phước Hiệp: 11 mô hình; xã Phước Lộc: 9 mô hình.",
        [
            ("14", {"place_words": "Thị trấn Tuy Phước"}),
            ("11", {"place_words": "xã Phước Hiệp"}),
            ("9", {"place_words": "xã Phước Lộc"}),
        ],
    ),
    (  # people after a count of other things and words of another act did not take part
        (
            "Năm 2025, lực lượng tham gia tìm kiếm cứu nạn 7 vụ, cứu 32 ngư dân gặp nạn; các "
            "mô hình thu hút 1.200 đoàn viên, thanh niên và 800 hội viên tham gia."
        ),
        [
            ("7", {"noun": "vụ"}),
            ("32", {"measure": None, "unit_of_measure": U.PEOPLE}),
            ("1.200", {"unit_of_measure": U.PEOPLE}),
            ("800", {"measure": "participants", "unit_of_measure": U.PEOPLE}),
        ],
    ),
    (  # the number of a unit of the forces names it, in a heading or a passive's body
        (
            "LỮ ĐOÀN 147 HẢI QUÂN\nNăm 2025, Lữ đoàn có 3 mô hình được Bộ Tư lệnh Vùng 3 công "
            "nhận, 2 mô hình được Bộ Tư lệnh Quân khu 4 biểu dương, 1 mô hình được Sư đoàn 324 "
            "công nhận."
        ),
        [
            ("3", {"measure": "recognised", "unit_of_measure": U.MODELS}),
            ("2", {"measure": "honoured", "unit_of_measure": U.MODELS}),
            ("1", {"measure": "recognised", "unit_of_measure": U.MODELS}),
        ],
    ),
    (  # models graded after an appraisal are counted by grade, the first grade's too
        (
            "Năm 2025, Ban Chỉ đạo phường đã kiểm tra 38 mô hình, qua kiểm tra đánh giá 30 mô "
            "hình đạt loại tốt, 6 mô hình đạt loại khá, 2 mô hình chưa đạt."
        ),
        [
            ("38", {"measure": None}),
            ("30", {"measure": "models", "category": "tốt"}),
            ("6", {"measure": "models", "category": "khá"}),
            ("2", {"measure": "models", "category": "chưa đạt"}),
        ],
    ),
    (  # a denial asked for proposes nothing; a recognition run out recognises nothing
        (
            "Năm 2025, Hội đồng đề nghị công nhận 12 mô hình, đề nghị không công nhận 3 mô "
            "hình; số mô hình hết hiệu lực công nhận là 9."
        ),
        [
            ("12", {"measure": "proposed"}),
            ("3", {"measure": None}),
            ("9", {"measure": None}),
        ],
    ),
    (  # a denial holds over the appraisal joined before the act it denies
        (
            "Năm 2025, đã đánh giá, công nhận 14 mô hình; còn 5 mô hình chưa được đánh giá, "
            "công nhận."
        ),
        [("14", {"measure": "recognised"}), ("5", {"measure": None})],
    ),
    (  # "Các mô hình thuộc lĩnh vực …" lists parts of the models counted before, by field
        (
            "Năm 2025, toàn tỉnh công nhận 1.245 mô hình. Các mô hình thuộc lĩnh vực kinh tế "
            "512, văn hóa - xã hội 401."
        ),
        [
            ("1.245", {"measure": "recognised"}),
            ("512", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "recognised"}),
            ("401", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0, "measure": "recognised"}),
        ],
    ),
    (  # an honour after a semicolon is a statement of its own, not an item of the list
        (
            "Giai đoạn 2015 - 2020, toàn tỉnh xây dựng 2.846 mô hình, trong đó công nhận 2.512 "
            "mô hình; biểu dương 648 điển hình."
        ),
        [
            ("2.846", {"measure": "built", "unit_of_measure": U.MODELS}),
            ("2.512", {"measure": "recognised", "subset_of": 0}),
            ("648", {"measure": "honoured", "subset_of": None, "part_of": None}),
        ],
    ),
    (  # "đạt tiêu chuẩn" after a count recognised, its share after, names no cell
        (
            "Qua đánh giá, đã công nhận 1.034 mô hình đạt tiêu chuẩn, chiếm 91,7% số mô hình "
            "đăng ký; 45 mô hình gắn với chuyển đổi số, chiếm 4,4% số mô hình được công nhận."
        ),
        [
            ("1.034", {"measure": "recognised", "category": None}),
            ("91,7%", {"category": None}),
            ("45", {"category": "gắn với chuyển đổi số"}),
            ("4,4%", {}),
        ],
    ),
    (  # land given is land: "đất" after its area names no cell of it
        "Qua các mô hình, Nhân dân đã hiến trên 12 ha đất và 350 m2 đất ở để làm đường.",
        [
            ("trên 12", {"measure": "land_donated", "category": None}),
            ("350", {"measure": "land_donated"}),
        ],
    ),
    (  # the level of a proposal is the asked body's, past who asked in the passive
        (
            "Năm 2025, có 7 mô hình được Huyện ủy công nhận, 2 mô hình được Tỉnh hội đề nghị "
            "Trung ương Hội biểu dương."
        ),
        [
            ("7", {"measure": "recognised", "level": L.DISTRICT}),
            ("2", {"measure": "proposed", "level": L.CENTRAL}),
        ],
    ),
    (  # the percent sign said in words
        "Năm 2025 đăng ký 240 mô hình, đã công nhận 230 mô hình, đạt 95,8 phần trăm.",
        [
            ("240", {"measure": "registered"}),
            ("230", {"measure": "recognised"}),
            ("95,8%", {"measure": "recognised"}),
        ],
    ),
    (  # money given after money given, its noun written on the number: "1.200.000.000đ và"
        "Năm 2025, nhân dân đóng góp 1.200.000.000đ và 350 triệu đ xây dựng cầu dân sinh.",
        [
            ("1.200.000.000", {"measure": "money_raised", "unit_of_measure": U.VND}),
            ("350.000.000", {"measure": "money_raised", "unit_of_measure": U.VND}),
        ],
    ),
    (  # the places one model reached, in brackets after its name, are that model's cell
        (
            "Năm 2025, nhiều mô hình đã được nhân rộng như “Tổ hòa giải ở cơ sở” (nhân rộng ra "
            "230 thôn)."
        ),
        [("230", {"measure": "replicated", "category": "Tổ hòa giải ở cơ sở"})],
    ),
    (  # the form of a batch after its recipients, "bằng hình thức", its verb said or not
        (
            "Năm 2025, UBND huyện khen thưởng 24 tập thể, 36 cá nhân bằng hình thức Giấy khen; "
            "Ban Thường vụ Huyện ủy khen thưởng 5 tập thể bằng hình thức tặng Giấy khen."
        ),
        [
            ("24", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
            ("36", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
            ("5", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (  # bare numbers joined after a verb are given in turn to the cells listed before
        (
            "Năm 2025, Hội Nông dân và Hội Phụ nữ có 86 và 74 mô hình; số mô hình cấp tỉnh và "
            "cấp huyện là 45 và 312; có 86 tập thể và 74 cá nhân được khen thưởng."
        ),
        [
            ("86", {"category": "Hội Nông dân", "unit_of_measure": U.MODELS}),
            ("74", {"category": "Hội Phụ nữ", "unit_of_measure": U.MODELS}),
            ("45", {"level": L.PROVINCE}),
            ("312", {"level": L.DISTRICT}),
            ("86", {"holder": H.COLLECTIVE, "measure": "commended"}),
            ("74", {"holder": H.INDIVIDUAL, "measure": "commended"}),
        ],
    ),
    (  # an aside in brackets between an item's label and its count: the label names it
        (
            "Số mô hình được công nhận: 52 mô hình, trong đó loại xuất sắc (từ 90 điểm trở "
            "lên) 18 mô hình, loại tốt 34 mô hình."
        ),
        [
            ("52", {"measure": "recognised"}),
            ("90", {"noun": "điểm"}),
            ("18", {"category": "xuất sắc", "part_of": 0}),
            ("34", {"category": "tốt", "part_of": 0}),
        ],
    ),
    (  # the level of a body of a tier in a passive, "cấp" between: "UBND cấp huyện"
        (
            "Năm 2025, toàn huyện có 30 mô hình được Ủy ban nhân dân cấp xã công nhận, 12 mô "
            "hình được Ban Chỉ đạo cấp huyện công nhận."
        ),
        [
            ("30", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("12", {"measure": "recognised", "level": L.DISTRICT}),
        ],
    ),
    (  # a body's next count, after the body that recognised the one before, is the body's
        (
            "Năm 2025, Hội Cựu chiến binh tỉnh có 12 mô hình được UBND tỉnh công nhận, 30 mô "
            "hình được UBND cấp huyện công nhận."
        ),
        [
            ("12", {"level": L.PROVINCE, "category": "Hội Cựu chiến binh tỉnh"}),
            ("30", {"level": L.DISTRICT, "category": "Hội Cựu chiến binh tỉnh"}),
        ],
    ),
    (  # pupils sponsored ("nhận đỡ đầu") are supported
        "Năm 2025, các đồn biên phòng nhận đỡ đầu 137 học sinh nghèo.",
        [("137", {"measure": "supported", "noun": "học sinh"})],
    ),
    (  # a subject of the whole force ends the body named before: none of its counts' cells
        (
            "Năm 2025, Đảng ủy Công an tỉnh chỉ đạo 100% đơn vị đăng ký mô hình; toàn lực lượng "
            "có 64 mô hình, trong đó 18 mô hình được Đảng ủy Công an tỉnh công nhận, 5 mô hình "
            "được Ban Dân vận Tỉnh ủy công nhận cấp tỉnh. Hội Phụ nữ nhận đỡ đầu 210 trẻ em."
        ),
        [
            ("100%", {"category": "Đảng ủy Công an tỉnh"}),
            ("64", {"category": None}),
            ("18", {"measure": "recognised", "category": None, "subset_of": 1}),
            ("5", {"level": L.PROVINCE, "category": None}),
            ("210", {"measure": "supported", "unit_of_measure": U.PEOPLE}),
        ],
    ),
    (  # a region after a total, and a subset's level after "trong đó": no cell of both
        (
            "Qua 5 năm, các cấp đã phối hợp với chức sắc, chức việc xây dựng 312 mô hình “Dân "
            "vận khéo” trong vùng giáo, trong đó cấp tỉnh công nhận 28 mô hình, cấp huyện công "
            "nhận 96 mô hình."
        ),
        [
            ("312", {"measure": "built", "category": "trong vùng giáo"}),
            ("28", {"measure": "recognised", "level": L.PROVINCE, "category": None}),
            ("96", {"measure": "recognised", "level": L.DISTRICT, "category": None}),
        ],
    ),
    (  # awards written for short, as terse reports and tables write them: "BK", "GK",
        # "25 TT, 40 CN"; alone, "2 TT" may be two towns (thị trấn), and "-BK/" a symbol's
        (
            "- Khen thưởng: UBND tỉnh tặng BK cho 25 TT, 40 CN; Ban Chỉ đạo tỉnh tặng GK cho "
            "62 TT và 118 CN.\n- Toàn huyện có 15 xã, 2 TT."
        ),
        [
            ("25", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "holder": C, "text": "25 TT"}),
            ("40", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "holder": IND, "text": "40 CN"}),
            ("62", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": C}),
            ("118", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": IND}),
            ("15", {"unit_of_measure": U.UNITS}),
            ("2", {"holder": None, "unit_of_measure": None}),
        ],
    ),
    (  # exemplars written for short beside models: "MH: 2.156; ĐH: 1.256"
        "- Tổng số MH, ĐH toàn tỉnh: 3.412 (MH: 2.156; ĐH: 1.256).",
        [
            ("3.412", {"unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("2.156", {"kind": M, "part_of": 0}),
            ("1.256", {"kind": E, "part_of": 0}),
        ],
    ),
    (  # another programme's words after a count are its, not the next count's of its own
        (
            "Năm 2025, có 2.150 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, 412 hộ "
            "thoát nghèo; 38 hộ hội viên đạt danh hiệu sản xuất kinh doanh giỏi, trong đó cấp "
            "xã 29 hộ."
        ),
        [
            ("2.150", {"movement_words": "danh hiệu sản xuất, kinh doanh giỏi"}),
            ("412", {"measure": "out_of_poverty", "movement_words": None}),
            ("38", {"movement_words": "danh hiệu sản xuất kinh doanh giỏi"}),
            ("29", {"movement_words": "danh hiệu sản xuất kinh doanh giỏi"}),
        ],
    ),
    (  # a lead-in that is an item itself reaches the items marked otherwise under it
        (
            "- Năm 2024, toàn tỉnh đăng ký 1.720 mô hình, trong đó:\n+ Khối Đảng: 205 mô hình;\n"
            "+ Khối chính quyền: 1.515 mô hình.\n- Có 29 mô hình chưa triển khai."
        ),
        [
            ("1.720", {"period": Period.parse("năm 2024")}),
            ("205", {"period": Period.parse("năm 2024"), "part_of": 0}),
            ("1.515", {"period": Period.parse("năm 2024"), "part_of": 0}),
            ("29", {"period": None}),
        ],
    ),
    (  # a numbered lead-in reaches its items up to the next numbered line, "1." as "2."
        (
            "1. Năm 2024, toàn tỉnh đạt các kết quả sau:\n- Đăng ký 36 mô hình;\n"
            "2. Kết quả khác:\n- Công nhận 18 mô hình."
        ),
        [
            ("36", {"period": Period.parse("năm 2024")}),
            ("18", {"period": None}),
        ],
    ),
    (  # the body that built them, and the houses' kind: a cell of both
        "Bộ Chỉ huy Quân sự tỉnh đã tham gia xây dựng 27 nhà đồng đội.",
        [
            (
                "27",
                {
                    "measure": "built",
                    "unit_of_measure": U.HOUSES,
                    "category": "Bộ Chỉ huy Quân sự tỉnh, nhà đồng đội",
                },
            )
        ],
    ),
    (
        "Năm 2025: đăng ký 86 MH, công nhận 79 MH; toàn xã có 214 MH, ĐH “Dân vận khéo”.",
        [
            ("86", {"measure": "registered", "unit_of_measure": U.MODELS}),
            ("79", {"measure": "recognised", "unit_of_measure": U.MODELS}),
            ("214", {"unit_of_measure": U.MODELS_AND_EXEMPLARS}),
        ],
    ),
    (
        (
            "Kết quả qua từng năm được tổng hợp như sau\n2.1. Năm 2024\n- Đăng ký 38 mô hình.\n"
            "2.2 Năm 2025\n- Đăng ký 47 mô hình."
        ),
        [
            ("38", {"period": Period.parse("năm 2024")}),
            ("47", {"period": Period.parse("năm 2025")}),
        ],
    ),
    (
        "Các mô hình đã giúp 236 hội viên phụ nữ có việc làm, vận động 1.480 hộ gia đình tham gia.",
        [("236", {"category": None}), ("1.480", {"measure": "participants", "category": None})],
    ),
    (
        (
            "Qua thẩm định, huyện công nhận 218 mô hình; có 17 mô hình chưa đạt yêu cầu, tiếp "
            "tục theo dõi, đánh giá trong năm 2026."
        ),
        [("218", {"period": None}), ("17", {"period": None})],  # 2026 is still to come
    ),
    (
        (
            "Trong năm, phường công nhận mới 7 mô hình, dừng 9 mô hình không còn hiệu quả; "
            "Hội Nông dân sử dụng 4 mô hình làm điểm."
        ),
        [
            ("7", {"measure": "recognised", "status": None}),
            ("9", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("4", {"status": None}),  # "sử dụng" folds as "dừng" does: no stop
        ],
    ),
    (
        "Từ tháng 1 đến tháng 6 năm 2025, các thôn đăng ký 28 mô hình.",
        [("28", {"period": Period.parse("6 tháng đầu năm 2025"), "measure": "registered"})],
    ),
    (
        (
            "Toàn huyện có 412 mô hình “Dân vận khéo” ở cơ sở, 57 mô hình ở các cơ quan, đơn vị "
            "cấp huyện và 19 mô hình trong lực lượng vũ trang. Tổng cộng 488 mô hình."
        ),
        [
            ("412", {"category": "ở cơ sở", "part_of": 3}),
            ("57", {"category": "ở các cơ quan, đơn vị cấp huyện", "part_of": 3}),
            ("19", {"category": "trong lực lượng vũ trang", "part_of": 3}),
            ("488", {"part_of": None}),
        ],
    ),
    (
        (  # a next sentence's total the items do not add up to is none of theirs
            "Có 40 mô hình ở các xã, 12 mô hình ở các cơ quan. Tổng cộng 60 mô hình."
        ),
        [("40", {"part_of": None}), ("12", {"part_of": None}), ("60", {"part_of": None})],
    ),
    (  # who acted after "do": the recogniser or the builder, each part its own act
        (
            "Lực lượng Công an duy trì 318 mô hình; trong đó 42 mô hình do Công an tỉnh công "
            "nhận, 276 mô hình do Công an cấp xã xây dựng."
        ),
        [
            ("318", {"measure": "in_operation"}),
            ("42", {"measure": "recognised", "level": L.PROVINCE, "subset_of": 0}),
            ("276", {"measure": "built", "subset_of": 0, "category": "Công an cấp xã"}),
        ],
    ),
    (  # "do" a body: the act is that body's; "do" a cause is none
        ("Năm 2025 có 64 mô hình do UBND huyện công nhận; 8 mô hình bị dừng do chưa đạt tiêu chí."),
        [
            ("64", {"measure": "recognised", "level": L.DISTRICT}),
            ("8", {"measure": "models", "status": ModelStatus.STOPPED, "category": None}),
        ],
    ),
    (  # models still watched took no act of the count before them
        (
            "Toàn xã có 24 mô hình, trong đó 17 mô hình đã được công nhận, 7 mô hình đang "
            "theo dõi, đánh giá."
        ),
        [
            ("24", {"measure": "models"}),
            ("17", {"measure": "recognised", "subset_of": 0}),
            ("7", {"measure": "models", "status": None, "category": "đang theo dõi"}),
        ],
    ),
    (  # nor the level that recognised the count before them
        (
            "Toàn phường có 40 mô hình, trong đó cấp phường công nhận 31 mô hình, 9 mô hình "
            "đang tiếp tục theo dõi."
        ),
        [
            ("40", {"measure": "models"}),
            ("31", {"status": ModelStatus.RECOGNISED, "level": L.GRASSROOTS, "part_of": 0}),
            ("9", {"status": None, "level": None, "category": "đang tiếp tục theo dõi"}),
        ],
    ),
    (  # a clause after a semicolon that starts with its verb goes on with the body
        (
            "Đoàn Thanh niên đăng ký 143 mô hình; công nhận 128 mô hình, trong đó 21 mô hình "
            "cấp tỉnh. Toàn tỉnh đăng ký 520 mô hình; công nhận 470 mô hình."
        ),
        [
            ("143", {"measure": "registered", "category": "Đoàn Thanh niên"}),
            ("128", {"measure": "recognised", "category": "Đoàn Thanh niên"}),
            ("21", {"level": L.PROVINCE, "part_of": 1, "category": "Đoàn Thanh niên"}),
            ("520", {"measure": "registered", "category": None}),
            ("470", {"measure": "recognised", "category": None}),
        ],
    ),
    (  # a change of a place's count is that place's
        (
            "Năm 2025, xã Hòa Bình có 18 mô hình (tăng 4 mô hình so với năm 2024); phường "
            "Đông Thành có 22 mô hình, tăng 5 mô hình."
        ),
        [
            ("18", {"place_words": "xã Hòa Bình"}),
            ("4", {"place_words": "xã Hòa Bình", "change": Change.INCREASE}),
            ("22", {"place_words": "phường Đông Thành"}),
            ("5", {"place_words": "phường Đông Thành", "change": Change.INCREASE}),
        ],
    ),
    (  # "Trong đó:" alone after the total's sentence, over its items' lines
        (
            "Giai đoạn 2021 - 2025, toàn huyện đã công nhận 874 mô hình (đạt 91,2%). Trong "
            "đó:\n- Cấp huyện công nhận: 152 mô hình.\n- Cấp xã công nhận: 722 mô hình."
        ),
        [
            ("874", {"measure": "recognised", "period": Period.parse("2021 - 2025")}),
            ("91,2%", {}),
            ("152", {"part_of": 0, "level": L.DISTRICT, "period": Period.parse("2021 - 2025")}),
            ("722", {"part_of": 0, "level": L.GRASSROOTS, "period": Period.parse("2021 - 2025")}),
        ],
    ),
    (  # "tr." for "triệu" before the currency
        "Chi hội đã ủng hộ 150 tr.đồng và 300 ngày công cho 20 trẻ em mồ côi.",
        [
            ("150.000.000", {"measure": "money_raised", "unit_of_measure": U.VND}),
            ("300", {"measure": "workdays", "unit_of_measure": U.WORKDAYS}),
            ("20", {"unit_of_measure": U.PEOPLE, "measure": None}),
        ],
    ),
    (  # a change after a bracket of labelled cells is the total's, of no cell
        (
            "Toàn tỉnh đã công nhận 968 mô hình (cấp tỉnh: 44; cấp huyện: 286; cấp xã: 638), "
            "tăng 7,6% so với năm 2024."
        ),
        [
            ("968", {"measure": "recognised"}),
            ("44", {"level": L.PROVINCE, "part_of": 0}),
            ("286", {"level": L.DISTRICT, "part_of": 0}),
            ("638", {"level": L.GRASSROOTS, "part_of": 0}),
            ("7,6%", {"change": Change.INCREASE, "level": None}),
        ],
    ),
    (  # a kind of model between its noun and its level, numbers written with a zero
        "Đã xây dựng 02 mô hình điểm cấp tỉnh, 07 mô hình mẫu cấp xã.",
        [
            ("2", {"measure": "built", "level": L.PROVINCE}),
            ("7", {"measure": "built", "level": L.GRASSROOTS}),
        ],
    ),
    (  # the body that leads the act, and the mass organisations as one body
        (
            "Ủy ban MTTQ tỉnh chủ trì xây dựng 186 mô hình ở khu dân cư; các tổ chức chính "
            "trị - xã hội xây dựng 874 mô hình."
        ),
        [
            ("186", {"measure": "built", "category": "Ủy ban MTTQ tỉnh"}),
            ("874", {"measure": "built", "category": "các tổ chức chính trị - xã hội"}),
        ],
    ),
    (  # a body's change in brackets is the body's; the countryside's count is no hamlet's
        (
            "Hội Nông dân đăng ký 286 mô hình (tăng 9,2% so với năm trước); Đoàn Thanh niên "
            "đăng ký 148 mô hình (giảm 2,6%). Toàn tỉnh có 1.972 mô hình, trong đó khu vực "
            "nông thôn 1.405 mô hình, khu vực đô thị 567 mô hình."
        ),
        [
            ("286", {"category": "Hội Nông dân"}),
            ("9,2%", {"change": Change.INCREASE, "category": "Hội Nông dân"}),
            ("148", {"category": "Đoàn Thanh niên"}),
            ("2,6%", {"change": Change.DECREASE, "category": "Đoàn Thanh niên"}),
            ("1.972", {"category": None}),
            ("1.405", {"part_of": 4, "category": "khu vực nông thôn"}),
            ("567", {"part_of": 4, "category": "khu vực đô thị"}),
        ],
    ),
    (  # the value a subject's count rose to is of the subject's cell
        "Số mô hình thuộc lĩnh vực văn hóa - xã hội tăng từ 142 lên 315 mô hình.",
        [
            ("142", {"fields": (Field.CULTURE_SOCIETY,)}),
            ("315", {"fields": (Field.CULTURE_SOCIETY,)}),
        ],
    ),
    (  # counts of the years in turn, their range after them
        (
            "Số mô hình được công nhận qua các năm lần lượt là 186, 204 và 231 mô hình (từ năm "
            "2023 đến năm 2025)."
        ),
        [
            ("186", {"measure": "recognised", "period": Period.parse("năm 2023")}),
            ("204", {"measure": "recognised", "period": Period.parse("năm 2024")}),
            ("231", {"measure": "recognised", "period": Period.parse("năm 2025")}),
        ],
    ),
    (  # a label that ends with "thôn" is no hamlet's number: "Các chi bộ thôn: 11"
        (
            "Toàn xã có 27 mô hình đăng ký, cụ thể:\n- Các chi bộ thôn: 11 mô hình;\n- UBND "
            "xã: 5 mô hình;\n- MTTQ và các đoàn thể: 11 mô hình.\nThôn 3 có 4 mô hình."
        ),
        [
            ("27", {"measure": "registered"}),
            ("11", {"part_of": 0, "category": "Các chi bộ thôn"}),
            ("5", {"part_of": 0, "category": "UBND xã"}),
            ("11", {"part_of": 0, "category": "MTTQ và các đoàn thể"}),
            ("4", {"part_of": None}),  # "Thôn 3": the hamlet's name, its 4 models a count
        ],
    ),
    (  # items with their shares in brackets, their sum in the next sentence
        (
            "Về lĩnh vực kinh tế có 918 mô hình (chiếm 42,5%); văn hóa - xã hội 742 mô hình "
            "(34,4%); quốc phòng - an ninh 500 mô hình (23,1%). Tổng số 2.160 mô hình."
        ),
        [
            ("918", {"part_of": 6, "fields": (Field.ECONOMY,)}),
            ("42,5%", {"part_of": None}),
            ("742", {"part_of": 6, "fields": (Field.CULTURE_SOCIETY,)}),
            ("34,4%", {"part_of": None}),
            ("500", {"part_of": 6, "fields": (Field.DEFENCE_SECURITY,)}),
            ("23,1%", {"part_of": None}),
            ("2.160", {"part_of": None}),
        ],
    ),
    (  # models whose recognition ran out are no count of the models there are
        "Năm 2025 có 214 mô hình hết thời hạn công nhận, 132 mô hình được công nhận lại.",
        [("214", {"measure": None}), ("132", {"measure": "recognised"})],
    ),
    (  # the communes' and wards' committees recognised at the grassroots level
        (
            "Có 946 mô hình được UBND các xã, phường công nhận; 152 mô hình được UBND các huyện, "
            "thị xã công nhận."
        ),
        [
            ("946", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("152", {"measure": "recognised", "level": L.DISTRICT}),
        ],
    ),
    (  # what the models did is not among them; people among exemplars are
        (
            "Toàn tỉnh có 1.860 mô hình được công nhận, trong đó có 812 mô hình kinh tế, góp "
            "phần giúp 6.420 hộ thoát nghèo. Có 290 cá nhân điển hình được công nhận, trong đó "
            "96 người là đồng bào dân tộc thiểu số."
        ),
        [
            ("1.860", {"measure": "recognised"}),
            ("812", {"part_of": 0}),
            ("6.420", {"measure": "out_of_poverty", "part_of": None, "subset_of": None}),
            ("290", {"measure": "recognised"}),
            ("96", {"subset_of": 3}),
        ],
    ),
    (  # a sentence with no subject of its own goes on with the body before
        (
            "Hội Cựu chiến binh tỉnh đăng ký 164 mô hình. Qua thẩm định, có 151 mô hình được "
            "công nhận. Có 12 mô hình được đề nghị cấp tỉnh công nhận. Toàn tỉnh có 1.904 mô "
            "hình được công nhận."
        ),
        [
            ("164", {"category": "Hội Cựu chiến binh tỉnh"}),
            ("151", {"measure": "recognised", "category": "Hội Cựu chiến binh tỉnh"}),
            ("12", {"measure": "proposed", "category": "Hội Cựu chiến binh tỉnh"}),
            ("1.904", {"measure": "recognised", "category": None}),
        ],
    ),
    (  # houses built and given are built, not a count commended
        "Các đơn vị lực lượng vũ trang xây tặng 18 nhà tình nghĩa.",
        [("18", {"measure": "built", "unit_of_measure": U.HOUSES})],
    ),
    (  # lines of a level each, their label's colon opening no list of the line before's
        (
            "Kết quả cụ thể:\n+ Cấp tỉnh: đăng ký 52 mô hình, công nhận 47 mô hình;\n+ Cấp "
            "huyện: đăng ký 296 mô hình, công nhận 271 mô hình."
        ),
        [
            ("52", {"measure": "registered", "level": L.PROVINCE, "part_of": None}),
            ("47", {"measure": "recognised", "level": L.PROVINCE, "part_of": None}),
            ("296", {"measure": "registered", "level": L.DISTRICT, "part_of": None}),
            ("271", {"measure": "recognised", "level": L.DISTRICT, "part_of": None}),
        ],
    ),
    (  # lines of a level each, then the line of their totals
        (
            "+ Cấp tỉnh: đăng ký 52 mô hình, công nhận 47 mô hình;\n+ Cấp huyện: đăng ký 296 "
            "mô hình, công nhận 271 mô hình.\nTổng cộng: đăng ký 348 mô hình, công nhận 318 "
            "mô hình."
        ),
        [
            ("52", {"measure": "registered", "level": L.PROVINCE, "part_of": 4}),
            ("47", {"measure": "recognised", "level": L.PROVINCE, "part_of": 5}),
            ("296", {"measure": "registered", "level": L.DISTRICT, "part_of": 4}),
            ("271", {"measure": "recognised", "level": L.DISTRICT, "part_of": 5}),
            ("348", {"measure": "registered", "level": None, "part_of": None}),
            ("318", {"measure": "recognised", "level": None, "part_of": None}),
        ],
    ),
    (  # a body's models after a semicolon and a verb, past a count of other things
        "Hội Nông dân tỉnh vận động hội viên hiến 9.600 m2 đất; xây dựng 38 mô hình.",
        [
            ("9.600", {"measure": "land_donated", "category": "Hội Nông dân tỉnh"}),
            ("38", {"measure": "built", "category": "Hội Nông dân tỉnh"}),
        ],
    ),
    (  # what was given to an end did it; what was chosen to an end is not done yet
        (
            "Nhân dân đóng góp hơn 12.000 ngày công để làm mới 41 km đường giao thông; "
            "hỗ trợ 18 mô hình để nhân rộng ra 25 thôn."
        ),
        [
            ("trên 12.000", {"measure": "workdays"}),
            ("41", {"measure": "built", "unit_of_measure": U.KM}),
            ("18", {"measure": "supported"}),
            ("25", {"measure": None}),
        ],
    ),
    (  # the result of an appraisal, with what set the standard after it
        "Hội đồng công nhận 214 mô hình; còn 17 mô hình chưa đạt tiêu chí đề ra.",
        [
            ("214", {"measure": "recognised", "category": None}),
            ("17", {"measure": "models", "category": "chưa đạt tiêu chí đề ra"}),
        ],
    ),
    (  # a long name of the Front and the bodies with it is theirs, not the area's
        (
            "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện đã xây "
            "dựng 318 mô hình."
        ),
        [
            (
                "318",
                {
                    "measure": "built",
                    "category": (
                        "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện"
                    ),
                },
            )
        ],
    ),
    (  # models side by side, one named by its quoted name alone
        (
            "Toàn huyện có 94 mô hình, trong đó 52 mô hình tự quản về an ninh trật tự, 27 mô "
            "hình “Đèn đường chiếu sáng”, 15 mô hình khác."
        ),
        [
            ("94", {"category": None}),
            ("52", {"category": "tự quản về an ninh trật tự"}),
            ("27", {"category": "Đèn đường chiếu sáng"}),
            ("15", {"category": "khác"}),
        ],
    ),
    (  # a change after a count of another year changes what that count measures
        (
            "Năm 2024, toàn huyện có 1.042 mô hình được công nhận; năm 2025 là 1.117 mô hình, "
            "tăng 75 mô hình."
        ),
        [
            ("1.042", {"measure": R}),
            ("1.117", {"measure": R}),
            ("75", {"measure": R, "change": Change.INCREASE}),
        ],
    ),
    (  # households out of poverty, who they are between their noun and the verb
        (
            "Hội Nông dân huyện có 58 mô hình, giúp 214 hộ hội viên thoát nghèo; các mô hình "
            "khác giúp 37 hộ đồng bào dân tộc thiểu số thoát nghèo."
        ),
        [
            ("58", {"unit_of_measure": U.MODELS}),
            ("214", {"measure": "out_of_poverty", "unit_of_measure": U.HOUSEHOLDS}),
            ("37", {"measure": "out_of_poverty", "unit_of_measure": U.HOUSEHOLDS}),
        ],
    ),
    (  # who took part in a body's models, after "thu hút", are the body's too
        (
            "Huyện đoàn có 47 mô hình, thu hút hơn 6.300 lượt đoàn viên, thanh niên tham gia; "
            "Hội Phụ nữ huyện xây dựng 52 mô hình, thu hút sự tham gia của 2.850 hội viên."
        ),
        [
            ("47", {"category": "Huyện đoàn"}),
            ("trên 6.300", {"measure": "participants", "category": "Huyện đoàn"}),
            ("52", {"measure": "built", "category": "Hội Phụ nữ huyện"}),
            ("2.850", {"measure": "participants", "category": "Hội Phụ nữ huyện"}),
        ],
    ),
    (  # units of one kind as a bare noun after "của" hold their cell of the list
        (
            "Xã đăng ký 38 mô hình, trong đó 7 mô hình của các chi bộ, 17 mô hình của Mặt "
            "trận và các đoàn thể, 14 mô hình của thôn."
        ),
        [
            ("38", {"part_of": None}),
            ("7", {"part_of": 0, "category": "các chi bộ"}),
            ("17", {"part_of": 0, "category": "Mặt trận và các đoàn thể"}),
            ("14", {"part_of": 0, "category": "thôn"}),
        ],
    ),
    (  # a giver of two titles, set apart by a comma, before a passive award
        (
            "Có 9 tập thể và 14 cá nhân được Bộ trưởng, Trưởng Ban Dân vận Trung ương tặng "
            "Kỷ niệm chương “Vì sự nghiệp Dân vận”."
        ),
        [
            (
                "9",
                {
                    "award_form": AwardForm.COMMEMORATIVE_MEDAL,
                    "issuer_words": "Bộ trưởng, Trưởng Ban Dân vận Trung ương",
                },
            ),
            ("14", {"award_form": AwardForm.COMMEMORATIVE_MEDAL, "holder": IND}),
        ],
    ),
    (  # a second batch after the first one's cause takes its form and giver; the first is
        # the government's mass mobilisation's, another programme's
        (
            "Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể, 9 cá nhân có thành tích xuất "
            "sắc trong công tác dân vận chính quyền và 11 tập thể, 17 cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua “Dân vận khéo”."
        ),
        [
            (
                "6",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "movement_words": "trong công tác dân vận chính quyền",
                },
            ),
            (
                "9",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "movement_words": "trong công tác dân vận chính quyền",
                },
            ),
            (
                "11",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "Chủ tịch UBND huyện",
                    "movement_words": "trong phong trào thi đua “Dân vận khéo”",
                },
            ),
            ("17", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": IND}),
        ],
    ),
    (  # a year after another programme's name is no part of it
        (
            "Chủ tịch UBND tỉnh tặng Bằng khen 20 tập thể có thành tích xuất sắc trong phong "
            "trào thi đua “Dân vận khéo” năm 2025; tặng Bằng khen 9 tập thể có thành tích xuất "
            "sắc trong thực hiện QCDC năm 2025."
        ),
        [
            ("20", {"movement_words": "trong phong trào thi đua “Dân vận khéo”"}),
            ("9", {"movement_words": "trong thực hiện QCDC"}),
        ],
    ),
    (  # the body a movement is carried out in, after "Phong trào … trong", holds it
        (
            "Phong trào thi đua “Dân vận khéo” trong lực lượng vũ trang tỉnh có 143 mô hình; "
            "phong trào trong Hội Cựu chiến binh tỉnh có 61 mô hình."
        ),
        [
            ("143", {"category": "lực lượng vũ trang tỉnh"}),
            ("61", {"category": "Hội Cựu chiến binh tỉnh"}),
        ],
    ),
    (  # a verb after "thi đua" is the count's, unless the council of "Thi đua - Khen thưởng"
        (
            "Huyện thực hiện tốt phong trào thi đua, xây dựng 37 mô hình; Hội đồng Thi đua - "
            "Khen thưởng huyện đề nghị tặng Giấy khen cho 6 tập thể."
        ),
        [("37", {"measure": "built"}), ("6", {"measure": "proposed"})],
    ),
    (  # how well models work, after an aspect of their verb, names their cell
        "Toàn huyện có 642 mô hình đang duy trì hoạt động hiệu quả.",
        [("642", {"category": "hiệu quả"})],
    ),
    (  # a sentence of the result goes on with the body of the one before
        (
            "Hội Cựu chiến binh tỉnh đăng ký 118 mô hình. Kết quả có 104 mô hình được công "
            "nhận. Toàn tỉnh công nhận 960 mô hình."
        ),
        [
            ("118", {"category": "Hội Cựu chiến binh tỉnh"}),
            ("104", {"measure": R, "category": "Hội Cựu chiến binh tỉnh"}),
            ("960", {"measure": R, "category": None}),
        ],
    ),
    (  # a failed appraisal with its cause after it is still a failed one
        "Xã công nhận 29 mô hình, 3 mô hình chưa đạt do chưa đủ thời gian thực hiện.",
        [
            ("29", {"measure": R}),
            ("3", {"measure": "models", "category": "chưa đạt"}),
        ],
    ),
    (  # the level of a subject over a list of years, each with its noun
        (
            "Số mô hình cấp tỉnh được công nhận qua các năm lần lượt là: năm 2023: 6 mô hình; "
            "năm 2024: 9 mô hình; năm 2025: 13 mô hình."
        ),
        [
            ("6", {"measure": R, "level": L.PROVINCE, "period": Period.parse("năm 2023")}),
            ("9", {"measure": R, "level": L.PROVINCE, "period": Period.parse("năm 2024")}),
            ("13", {"measure": R, "level": L.PROVINCE, "period": Period.parse("năm 2025")}),
        ],
    ),
    (  # "cùng kỳ năm 2024" is the same part of that year as the sentence's own period
        (
            "6 tháng đầu năm 2025, toàn huyện công nhận 74 mô hình, tăng 9 mô hình so với cùng "
            "kỳ năm 2024; 9 tháng đầu năm 2025 đăng ký 112 mô hình, bằng 108% so với cùng kỳ "
            "năm 2024 (104 mô hình)."
        ),
        [
            ("74", {"period": Period.parse("6 tháng đầu năm 2025")}),
            (
                "9",
                {
                    "change": Change.INCREASE,
                    "compared_to": Period.parse("6 tháng đầu năm 2024"),
                },
            ),
            ("112", {"period": Period.parse("9 tháng đầu năm 2025")}),
            ("108%", {}),
            ("104", {"period": Period.parse("9 tháng đầu năm 2024")}),
        ],
    ),
    (  # units or a body set apart before a clause that opens on its year
        (
            "Tính riêng các xã vùng cao, năm 2025 đã xây dựng 174 mô hình. Đối với khối "
            "doanh nghiệp, năm 2025 có 29 mô hình được công nhận."
        ),
        [
            ("174", {"measure": "built", "category": "các xã vùng cao"}),
            ("29", {"measure": R, "category": "khối doanh nghiệp"}),
        ],
    ),
    (  # a body's models recognised by another body, in a passive that goes on
        "Công an tỉnh xây dựng 57 mô hình, được UBND tỉnh công nhận 19 mô hình.",
        [
            ("57", {"measure": "built", "category": "Công an tỉnh"}),
            ("19", {"measure": R, "category": "Công an tỉnh"}),
        ],
    ),
    (  # models after a body's works no unit names are the body's, none of the works
        (
            "Huyện đoàn ra quân 318 công trình, phần việc thanh niên; trong đó có 24 công "
            "trình cấp huyện; xây dựng 17 mô hình “Dân vận khéo”."
        ),
        [
            ("318", {"unit_of_measure": None, "category": "Huyện đoàn"}),
            ("24", {"part_of": 0}),
            ("17", {"measure": "built", "subset_of": None, "category": "Huyện đoàn"}),
        ],
    ),
    (  # a year's part of a total, in its measure word alone, counts what the total counts
        (
            "Giai đoạn 2021 - 2025, toàn huyện có 3.412 lượt tập thể, cá nhân được khen "
            "thưởng, trong đó năm 2025 có 806 lượt."
        ),
        [
            ("3.412", {"unit_of_measure": U.RECIPIENTS, "measure": "commended"}),
            (
                "806",
                {
                    "unit_of_measure": U.RECIPIENTS,
                    "measure": "commended",
                    "subset_of": 0,
                    "period": Period.parse("năm 2025"),
                },
            ),
        ],
    ),
    (  # a count beside counts of a field, named by words no field names, is its own cell
        (
            "Toàn huyện xây dựng 163 mô hình, trong đó 71 mô hình phát triển kinh tế, 58 mô "
            "hình bảo vệ môi trường, 34 mô hình an ninh trật tự."
        ),
        [
            ("163", {"category": None}),
            ("71", {"fields": (Field.ECONOMY,), "category": None}),
            ("58", {"fields": (), "category": "bảo vệ môi trường"}),
            ("34", {"fields": (Field.DEFENCE_SECURITY,), "category": None}),
        ],
    ),
    (  # "đồng thời" before "tặng" names no giver: the body that acted before it gave
        (
            "Năm 2025, UBND huyện đã ban hành Quyết định công nhận 94 mô hình cấp huyện, "
            "trong đó lĩnh vực kinh tế 41 mô hình, văn hóa - xã hội 53 mô hình; đồng thời tặng "
            "Giấy khen cho 27 tập thể, 36 cá nhân."
        ),
        [
            ("94", {"measure": R}),
            ("41", {"part_of": 0}),
            ("53", {"part_of": 0}),
            ("27", {"issuer_words": "UBND huyện"}),
            ("36", {"issuer_words": "UBND huyện"}),
        ],
    ),
    (  # who took part, of two kinds, the second of three words
        "Các mô hình thu hút trên 8.400 đoàn viên, người lao động tham gia.",
        [("trên 8.400", {"measure": "participants", "unit_of_measure": U.PEOPLE})],
    ),
    (  # what was done to the last of a list's counts is its own, not the first's act
        (
            "Sau sáp nhập, có 1.126 mô hình tiếp tục duy trì hoạt động, 58 mô hình được điều "
            "chỉnh nội dung."
        ),
        [("1.126", {"measure": "in_operation"}), ("58", {"measure": None})],
    ),
    (  # a field that heads its clause, before its subject and verb
        (
            "Trên lĩnh vực văn hóa - xã hội, các xã đã xây dựng 236 mô hình. Về lĩnh vực kinh "
            "tế, toàn huyện có 318 mô hình."
        ),
        [
            ("236", {"measure": "built", "fields": (Field.CULTURE_SOCIETY,)}),
            ("318", {"fields": (Field.ECONOMY,)}),
        ],
    ),
    (  # each year's value in a bracket after a count of one level is of that level
        "Toàn huyện đã có 21 mô hình cấp tỉnh (năm 2023: 5; năm 2024: 7; năm 2025: 9).",
        [
            ("21", {"level": L.PROVINCE}),
            ("5", {"level": L.PROVINCE, "period": Period.parse("năm 2023")}),
            ("7", {"level": L.PROVINCE, "period": Period.parse("năm 2024")}),
            ("9", {"level": L.PROVINCE, "period": Period.parse("năm 2025")}),
        ],
    ),
    (  # a field, a level or a body that labels its line before "có", "đạt", "là"
        (
            "Kết quả cụ thể:\na) Lĩnh vực kinh tế: có 398 mô hình;\nb) Cấp xã: có 1.087 mô hình;\n"
            "c) Hội Nông dân: có 204 mô hình."
        ),
        [
            ("398", {"fields": (Field.ECONOMY,)}),
            ("1.087", {"level": L.GRASSROOTS, "part_of": None}),
            ("204", {"category": "Hội Nông dân"}),
        ],
    ),
    (  # the share of the area's units with a model, of the level it names, needs no count
        "Tỷ lệ thôn, tổ dân phố có mô hình: 96,8%; có 81% xã có mô hình cấp tỉnh.",
        [
            ("96,8%", {"measure": "coverage", "unit_of_measure": U.UNITS, "level": None}),
            ("81%", {"measure": "coverage", "unit_of_measure": U.UNITS, "level": L.PROVINCE}),
        ],
    ),
    (  # a ratio under a line's subject is of the subject's act; a level of before the merger
        (
            "- Số mô hình được công nhận: 1.152/1.238 mô hình đăng ký.\n- Số mô hình đăng ký:"
            " cấp tỉnh 61; cấp huyện (cũ) 297."
        ),
        [
            ("1.152", {"measure": R, "out_of": Count(1238)}),
            ("61", {"measure": "registered", "level": L.PROVINCE}),
            ("297", {"measure": "registered", "level": L.DISTRICT}),
        ],
    ),
    (  # a level after the models' quoted name and their recognition
        "Năm 2025 có 109 mô hình “Dân vận khéo” được công nhận cấp tỉnh.",
        [("109", {"measure": R, "level": L.PROVINCE})],
    ),
    (  # "con" classes an animal counted; "còn lại" (folded alike) is no noun
        (
            "Năm 2025, Hội đã hỗ trợ hội viên 320 con bò giống, 1.500 con gà; 12 hộ còn lại "
            "được vay vốn."
        ),
        [
            ("320", {"noun": "con bò giống", "measure": "supported"}),
            ("1.500", {"noun": "con gà"}),
            ("12", {"noun": "hộ", "holder": H}),
        ],
    ),
    (  # the change of the count of the sentence before, its subject named again
        (
            "Đến nay, toàn huyện có 1.246 mô hình đang duy trì hoạt động. So với năm 2024, số "
            "mô hình giảm 85 mô hình do sáp nhập thôn, tổ dân phố."
        ),
        [
            ("1.246", {"measure": "in_operation"}),
            ("85", {"measure": "in_operation", "change": Change.DECREASE}),
        ],
    ),
    (  # bodies side by side after a body's breakdown: none is among the first's count
        (
            "Hội Nông dân tỉnh có 1.240 mô hình, trong đó 86 mô hình cấp tỉnh; Hội Liên hiệp "
            "Phụ nữ có 980 mô hình, Đoàn Thanh niên có 415 mô hình."
        ),
        [
            ("1.240", {"category": "Hội Nông dân tỉnh"}),
            ("86", {"part_of": 0, "level": L.PROVINCE}),
            ("980", {"category": "Hội Liên hiệp Phụ nữ", "subset_of": None, "part_of": None}),
            ("415", {"category": "Đoàn Thanh niên", "subset_of": None, "part_of": None}),
        ],
    ),
    (  # the area's sum in the next sentence, after the blocs' counts that add up to it
        (
            "Cụ thể: khối Đảng có 54 mô hình; khối chính quyền có 371 mô hình; khối Mặt trận "
            "và các đoàn thể có 498 mô hình. Tổng cộng toàn huyện có 923 mô hình."
        ),
        [
            ("54", {"category": "khối Đảng", "part_of": 3}),
            ("371", {"category": "khối chính quyền", "part_of": 3}),
            ("498", {"part_of": 3}),
            ("923", {"category": None, "part_of": None}),
        ],
    ),
    (  # models built and replicated are those built; a bridge's noun of three words
        (
            "Giai đoạn 2021 - 2025, các cấp đã xây dựng và nhân rộng 3.915 mô hình; các xã đã "
            "nhân rộng 140 mô hình, làm mới 9 cầu dân sinh."
        ),
        [
            ("3.915", {"measure": "built"}),
            ("140", {"measure": "replicated"}),
            ("9", {"noun": "cầu dân sinh", "unit_of_measure": None}),
        ],
    ),
    (  # a label with a comma; the sum's line after the lines of a year's heading
        (
            "Năm 2024:\n+ Khối Đảng: đăng ký 27 mô hình.\n+ Khối chính quyền: đăng ký 104 mô "
            "hình.\n+ Khối Mặt trận, đoàn thể: đăng ký 139 mô hình.\nTổng cộng: đăng ký 270 "
            "mô hình."
        ),
        [
            ("27", {"category": "Khối Đảng", "part_of": 3, "period": Period.year(2024)}),
            ("104", {"category": "Khối chính quyền", "part_of": 3}),
            ("139", {"category": "Khối Mặt trận, đoàn thể", "part_of": 3}),
            ("270", {"part_of": None, "period": Period.year(2024), "measure": "registered"}),
        ],
    ),
    (  # a grade after the count's share in brackets
        (
            "Có 1.904/2.050 mô hình (chiếm 92,9%) duy trì hoạt động hiệu quả; 109 mô hình hoạt "
            "động cầm chừng."
        ),
        [
            ("1.904", {"category": "hiệu quả", "out_of": Count(2050)}),
            ("92,9%", {}),
            ("109", {"category": "cầm chừng"}),
        ],
    ),
    (  # a body's count by year, in brackets: each year's count is the body's
        (
            "Sau 3 năm, Hội Liên hiệp Phụ nữ huyện có 57 mô hình được công nhận (năm 2023: 15 "
            "mô hình; năm 2024: 19 mô hình; năm 2025: 23 mô hình)."
        ),
        [
            ("57", {"category": "Hội Liên hiệp Phụ nữ huyện"}),
            ("15", {"category": "Hội Liên hiệp Phụ nữ huyện", "period": Period.year(2023)}),
            ("19", {"category": "Hội Liên hiệp Phụ nữ huyện", "period": Period.year(2024)}),
            ("23", {"category": "Hội Liên hiệp Phụ nữ huyện", "period": Period.year(2025)}),
        ],
    ),
    (  # the share of units that all have a model recognised at a level
        "Năm 2025, 100% xã, thị trấn đều có mô hình được công nhận cấp huyện.",
        [("100%", {"measure": "coverage", "unit_of_measure": U.UNITS, "level": L.DISTRICT})],
    ),
    (  # batches of months within the year, then the year's sum with its subject
        (
            "Đợt 1 (tháng 6/2025) công nhận 29 mô hình; đợt 2 (tháng 12/2025) công nhận 44 mô "
            "hình. Tổng số mô hình được công nhận năm 2025 là 73 mô hình."
        ),
        [
            ("29", {"category": "Đợt 1", "part_of": 2}),
            ("44", {"category": "đợt 2", "part_of": 2}),
            ("73", {"period": Period.year(2025), "measure": "recognised", "part_of": None}),
        ],
    ),
    (  # years of service, a street block's number and a score's threshold: no figures
        (
            "Ông Lê Văn Hòa, 28 năm công tác ở khu phố 5, nay là Tổ trưởng tổ 3; mô hình đạt "
            "từ 80 điểm trở lên được xét công nhận."
        ),
        [("80", {"noun": "điểm"})],
    ),
    (  # a day of each month is no count; "tổ công tác" is one noun
        "Ngày 15 hằng tháng, tổ tự quản ra quân; xã đã thành lập 7 tổ công tác.",
        [("7", {"noun": "tổ công tác", "measure": "built"})],
    ),
    (  # houses inaugurated were built
        "Dịp này, các xã đã khánh thành 16 nhà đại đoàn kết cho hộ nghèo.",
        [("16", {"measure": "built", "unit_of_measure": U.HOUSES})],
    ),
    (  # "vạn" is ten thousand after a number or "hàng"; "văn bản" and "Vạn Ninh" are not
        (
            "Phong trào ở xã Vạn Ninh thu hút hàng vạn lượt người tham gia, đóng góp 1,2 vạn "
            "ngày công; xã ban hành 9 văn bản."
        ),
        [
            ("hàng chục nghìn", {"measure": "participants", "occurrences": True}),
            ("12.000", {"measure": "workdays"}),
            ("9", {"noun": "văn bản"}),
        ],
    ),
    (  # ", với" its parts after a total of models; "trong đó" of the models, not the members
        (
            "Năm 2025 có 1.186 mô hình, với 254 mô hình cấp tỉnh và 932 mô hình cấp cơ sở. Hội "
            "có 31 mô hình, với 1.420 hội viên tham gia, trong đó 9 mô hình cấp tỉnh."
        ),
        [
            ("1.186", {"part_of": None}),
            ("254", {"part_of": 0, "level": L.PROVINCE}),
            ("932", {"part_of": 0, "level": L.GRASSROOTS}),
            ("31", {"part_of": None}),
            ("1.420", {"part_of": None, "subset_of": None, "measure": "participants"}),
            ("9", {"part_of": 3, "level": L.PROVINCE}),
        ],
    ),
    (  # recipients who "(vinh dự) nhận" an award, its giver after it
        (
            "Dịp này, 6 tập thể và 9 cá nhân vinh dự nhận Bằng khen của Chủ tịch UBND tỉnh; 14 "
            "tập thể, 17 cá nhân nhận Giấy khen của Ban Thường vụ Huyện ủy."
        ),
        [
            ("6", {"holder": C, "award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            ("9", {"holder": IND, "issuer_words": "của Chủ tịch UBND tỉnh"}),
            ("14", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "measure": "commended"}),
            ("17", {"issuer_words": "của Ban Thường vụ Huyện ủy"}),
        ],
    ),
    (  # since an event of a year; a school year; a stock at the end of a year
        (
            "Từ khi phát động phong trào (năm 2009) đến nay, huyện có 4.128 mô hình được công "
            "nhận. Năm học 2024 - 2025, ngành giáo dục có 37 mô hình. Cuối năm 2024, toàn "
            "huyện có 1.902 mô hình."
        ),
        [
            ("4.128", {"period": Period.since(dt.date(2009, 1, 1))}),
            ("37", {"period": Period(dt.date(2024, 9, 1), dt.date(2025, 8, 31))}),
            ("1.902", {"period": None, "as_of": dt.date(2024, 12, 31)}),
        ],
    ),
    (  # two levels' counts had, then the verb after the last: both recognised
        "Đến nay đã có 942 mô hình cấp xã và 71 mô hình cấp tỉnh được công nhận.",
        [
            ("942", {"measure": R, "level": L.GRASSROOTS}),
            ("71", {"measure": R, "level": L.PROVINCE}),
        ],
    ),
    (  # houses among houses, past the money between; those mended take no verb of the total
        (
            "Mặt trận các cấp đã vận động xây dựng 1.132 nhà đại đoàn kết, trị giá hơn 58 tỷ "
            "đồng; trong đó xây mới 907 nhà, sửa chữa 225 nhà."
        ),
        [
            ("1.132", {"measure": "built", "unit_of_measure": U.HOUSES}),
            ("trên 58.000.000.000", {"unit_of_measure": U.VND}),
            ("907", {"measure": "built", "subset_of": 0}),
            ("225", {"measure": None, "subset_of": 0}),
        ],
    ),
    (  # the form of a batch commended, said after its counts
        (
            "Ban Thường vụ Huyện ủy khen thưởng 13 tập thể, 19 cá nhân, mỗi tập thể, cá nhân "
            "được tặng Giấy khen kèm tiền thưởng; UBND huyện khen thưởng 8 tập thể bằng hình "
            "thức tặng Giấy khen."
        ),
        [
            ("13", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": C}),
            ("19", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": IND}),
            ("8", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (  # "Kết quả cụ thể:" over the lines of the total of the sentence before
        (
            "Năm 2025, toàn huyện có 1.133 mô hình được công nhận. Kết quả cụ thể:\n- Cấp "
            "tỉnh: 41 mô hình;\n- Cấp xã: 1.092 mô hình."
        ),
        [
            ("1.133", {"measure": R, "part_of": None}),
            ("41", {"part_of": 0, "level": L.PROVINCE, "measure": R}),
            ("1.092", {"part_of": 0, "level": L.GRASSROOTS, "measure": R}),
        ],
    ),
    (  # a town's party committee recognises at the district's level
        "Năm 2025 có 14 mô hình được Ban Thường vụ Thị ủy công nhận.",
        [("14", {"measure": R, "level": L.DISTRICT})],
    ),
    (  # exemplary households are exemplars their households hold
        "Năm 2025, huyện biểu dương 21 hộ gia đình điển hình.",
        [("21", {"measure": "honoured", "kind": E, "holder": H, "unit_of_measure": U.EXEMPLARS})],
    ),
    (  # a rate of one act over another's count: the ratio is of the first act
        (
            "Tỷ lệ mô hình được công nhận trên tổng số mô hình đăng ký đạt 92,4% (1.071/1.159 "
            "mô hình)."
        ),
        [("92,4%", {}), ("1.071", {"measure": R, "out_of": Count(1159)})],
    ),
    (  # what models are tied to ends before their verb
        (
            "Năm 2025, có 88 mô hình “Dân vận khéo” gắn với chuyển đổi số được công nhận; 41 mô"
            " hình gắn với thực hiện Quy chế dân chủ ở cơ sở."
        ),
        [
            ("88", {"measure": R, "category": "gắn với chuyển đổi số"}),
            ("41", {"category": "gắn với thực hiện Quy chế dân chủ ở cơ sở"}),
        ],
    ),
    (  # a ministry recognises at the central level
        (
            "Năm 2025 có 17 mô hình được Bộ Công an công nhận, 6 mô hình được Bộ Quốc phòng "
            "biểu dương."
        ),
        [
            ("17", {"measure": R, "level": L.CENTRAL}),
            ("6", {"measure": "honoured", "level": L.CENTRAL}),
        ],
    ),
    (  # models about another programme, named right after their noun
        (
            "Năm 2025, tỉnh công nhận 52 mô hình “Dân vận khéo” và 14 mô hình điểm về thực hiện "
            "Quy chế dân chủ ở cơ sở."
        ),
        [
            ("52", {"measure": R, "movement_words": None}),
            ("14", {"movement_words": "về thực hiện Quy chế dân chủ ở cơ sở"}),
        ],
    ),
    (  # a body's clause after a semicolon that starts with "giúp"; mediators, one noun
        (
            "Hội Nông dân tỉnh đã vận động hội viên đóng góp 98.000 ngày công; giúp 1.730 hộ "
            "thoát nghèo. Các thôn có 7.400 hòa giải viên."
        ),
        [
            ("98.000", {"measure": "workdays", "category": "Hội Nông dân tỉnh"}),
            ("1.730", {"measure": "out_of_poverty", "category": "Hội Nông dân tỉnh"}),
            ("7.400", {"noun": "hòa giải viên"}),
        ],
    ),
    (  # a subset named by its topic alone; beside a field they add up to, a part of it
        (
            "Năm 2025 có 517 mô hình, trong đó 96 mô hình bảo vệ môi trường. Hội Nông dân tỉnh "
            "xây dựng 233 mô hình, trong đó 171 mô hình phát triển kinh tế, 62 mô hình bảo vệ "
            "môi trường."
        ),
        [
            ("517", {"category": None}),
            ("96", {"category": "bảo vệ môi trường", "subset_of": 0}),
            ("233", {"category": "Hội Nông dân tỉnh"}),
            ("171", {"fields": (Field.ECONOMY,), "part_of": 2}),
            ("62", {"category": "bảo vệ môi trường", "part_of": 2, "subset_of": None}),
        ],
    ),
    (  # the numbers of a model's unquoted name are no counts; its places are
        "Hội Phụ nữ xây dựng mô hình 5 không, 3 sạch tại 27 thôn.",
        [("27", {"noun": "thôn"})],
    ),
    (  # a medal or an order asked of another body is proposed; an order's class is its name
        (
            "Ban Thường vụ Tỉnh ủy đề nghị Ban Dân vận Trung ương tặng Kỷ niệm chương “Vì sự "
            "nghiệp Dân vận” cho 19 cá nhân; đề nghị Chủ tịch nước tặng Huân chương Lao động "
            "hạng Ba cho 2 tập thể."
        ),
        [
            ("19", {"measure": "proposed", "award_form": AwardForm.COMMEMORATIVE_MEDAL}),
            ("2", {"measure": "proposed", "award_form": AwardForm.ORDER}),
        ],
    ),
    (  # units that each have at least one model are covered, of the level said after it
        (
            "Đến nay, 100% thôn, tổ dân phố có ít nhất 01 mô hình; 38/41 xã có ít nhất 1 mô "
            "hình được công nhận cấp huyện."
        ),
        [
            ("100%", {"measure": "coverage", "level": None}),
            ("ít nhất 1", {"average_words": "100% thôn, tổ dân phố"}),
            ("38", {"measure": "coverage", "out_of": Count(41), "level": L.DISTRICT}),
            ("ít nhất 1", {"average_words": "38/41 xã"}),
        ],
    ),
    (  # the bodies' counts of a group that add up to its count are its parts; not otherwise
        (
            "Lực lượng vũ trang tỉnh có 284 mô hình, trong đó Bộ Chỉ huy Quân sự tỉnh 117 mô "
            "hình, Công an tỉnh 131 mô hình, Bộ đội Biên phòng tỉnh 36 mô hình. Các đoàn thể "
            "có 412 mô hình, trong đó Hội Nông dân 150 mô hình, Đoàn Thanh niên 120 mô hình."
        ),
        [
            ("284", {"category": "Lực lượng vũ trang tỉnh"}),
            ("117", {"category": "Bộ Chỉ huy Quân sự tỉnh", "part_of": 0}),
            ("131", {"category": "Công an tỉnh", "part_of": 0}),
            ("36", {"category": "Bộ đội Biên phòng tỉnh", "part_of": 0}),
            ("412", {"category": "Các đoàn thể"}),
            ("150", {"category": "Hội Nông dân", "part_of": None, "subset_of": 4}),
            ("120", {"category": "Đoàn Thanh niên", "part_of": None, "subset_of": 4}),
        ],
    ),
    (  # the parts of a total of occurrences count occurrences
        (
            "Các cấp đã khen thưởng 1.126 lượt tập thể, 2.084 lượt cá nhân; trong đó cấp tỉnh "
            "khen thưởng 74 tập thể, 103 cá nhân."
        ),
        [
            ("1.126", {"occurrences": True}),
            ("2.084", {"occurrences": True}),
            ("74", {"occurrences": True, "part_of": 0, "level": L.PROVINCE}),
            ("103", {"occurrences": True, "part_of": 1, "level": L.PROVINCE}),
        ],
    ),
    (  # what a body raised for a fund is the fund's; what the models raised for it, theirs
        (
            'Ủy ban MTTQ huyện vận động Quỹ "Vì người nghèo" được 2,6 tỷ đồng, hỗ trợ xây mới '
            '14 nhà Đại đoàn kết; các mô hình "Dân vận khéo" đã vận động ủng hộ Quỹ "Vì người '
            'nghèo" được 410 triệu đồng.'
        ),
        [
            ("2.600.000.000", {"movement_words": 'Quỹ "Vì người nghèo"'}),
            ("14", {"movement_words": 'Quỹ "Vì người nghèo"'}),
            ("410.000.000", {"movement_words": None, "measure": "money_raised"}),
        ],
    ),
    (  # "trong phong trào năm 2025" is the movement in that year, no other programme
        (
            "Tổng số tập thể, cá nhân được khen thưởng trong phong trào năm 2025 là 142, trong "
            "đó 58 tập thể, 84 cá nhân."
        ),
        [
            ("142", {"movement_words": None, "measure": "commended"}),
            ("58", {"movement_words": None, "part_of": 0}),
            ("84", {"movement_words": None, "part_of": 0}),
        ],
    ),
    (  # a title registered for is its programme's; not the count before with its own act
        (
            "Năm 2025, các mô hình đã vận động 430 hộ tham gia phân loại rác tại nguồn, 980 hộ "
            "đăng ký gia đình văn hóa."
        ),
        [
            ("430", {"movement_words": None, "measure": "participants"}),
            ("980", {"movement_words": "đăng ký gia đình văn hóa"}),
        ],
    ),
    (  # a number said again in words in brackets, as official documents write it
        (
            "Năm 2025, xã có 06 (sáu) mô hình được công nhận cấp huyện, 01 (một) mô hình cấp "
            "tỉnh; UBND xã tặng Giấy khen cho 04 (bốn) tập thể, 11 (mười một) cá nhân."
        ),
        [
            ("6", {"measure": "recognised", "level": L.DISTRICT, "noun": "mô hình"}),
            ("1", {"measure": "recognised", "level": L.PROVINCE}),
            ("4", {"holder": H.COLLECTIVE, "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
            ("11", {"holder": H.INDIVIDUAL}),
        ],
    ),
    (  # a field with a verb before its name: "bảo đảm", "giữ gìn"
        "Duy trì 96 mô hình trong lĩnh vực giữ gìn an ninh, trật tự ở khu dân cư.",
        [("96", {"measure": "in_operation", "fields": (Field.DEFENCE_SECURITY,)})],
    ),
    (
        "Tính chung 8 năm công nhận 930 mô hình; các cơ sở góp 640 ngày công.",
        [("930", {"measure": "recognised"}), ("640", {"measure": "workdays"})],
    ),
    (
        (
            "Năm 2022, huyện đăng ký 96 mô hình, trong đó 21 mô hình cấp huyện, 75 mô hình "
            "cấp cơ sở; chia theo lĩnh vực: 30 mô hình lĩnh vực kinh tế, 66 mô hình lĩnh vực "
            "văn hóa - xã hội."
        ),
        [
            ("96", {"part_of": None}),
            ("21", {"part_of": 0, "level": L.DISTRICT}),
            ("75", {"part_of": 0, "level": L.GRASSROOTS}),
            ("30", {"part_of": 0, "fields": (Field.ECONOMY,)}),
            ("66", {"part_of": 0, "fields": (Field.CULTURE_SOCIETY,)}),
        ],
    ),
    (
        (
            "Có hơn 5 ngàn lượt người tham gia; dưới 10% mô hình hoạt động chưa hiệu quả; "
            "mỗi xã có ít nhất 3 mô hình; không dưới 40 hộ được hỗ trợ."
        ),
        [
            ("trên 5.000", {"value": Count(5000, Qualifier.OVER), "measure": "participants"}),
            ("dưới 10%", {"value": Percent(10, Qualifier.UNDER)}),
            ("ít nhất 3", {"value": Count(3, Qualifier.AT_LEAST)}),
            ("ít nhất 40", {"holder": H, "measure": "supported"}),
        ],
    ),
    (
        # A headline, then the body that restates its figure exactly.
        (
            "Hơn 300 mô hình “Dân vận khéo” được công nhận\nNăm 2023, toàn huyện có 318 mô "
            "hình được công nhận."
        ),
        [
            ("trên 300", {"measure": "recognised"}),
            ("318", {"measure": "recognised"}),
        ],
    ),
    (
        "Đến nay, 10/12 xã, thị trấn có mô hình dân vận khéo.",
        [("10", {"out_of": Count(12), "noun": "xã", "measure": "coverage"})],
    ),
    (
        # A bracket that runs over a full stop still holds its list; a field's name
        # with a comma in it ("xây dựng Đảng, chính quyền") is no verb.
        (
            "Năm 2023, huyện đăng ký 64 mô hình (trong đó 20 mô hình cấp huyện, 44 mô hình "
            "cấp cơ sở. Lĩnh vực kinh tế có 30 mô hình, lĩnh vực xây dựng Đảng, chính quyền "
            "34 mô hình)."
        ),
        [
            ("64", {"measure": "registered", "part_of": None}),
            ("20", {"level": L.DISTRICT, "part_of": 0}),
            ("44", {"level": L.GRASSROOTS, "part_of": 0}),
            ("30", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "registered"}),
            (
                "34",
                {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0, "measure": "registered"},
            ),
        ],
    ),
    (
        # Parts in the next sentence that add up to the total; they say different
        # stages, so the breakdown counts models by status.
        (
            "Sau ba năm, huyện đã công nhận 75 mô hình các cấp. Qua thẩm định, có 60 mô hình "
            "đạt điển hình cấp cơ sở, 12 mô hình cấp huyện và đề nghị 3 mô hình cấp tỉnh."
        ),
        [
            ("75", {"measure": "models", "part_of": None}),
            ("60", {"part_of": 0, "measure": "models", "status": ModelStatus.RECOGNISED}),
            ("12", {"part_of": 0, "level": L.DISTRICT, "status": ModelStatus.RECOGNISED}),
            ("3", {"part_of": 0, "level": L.PROVINCE, "status": ModelStatus.PROPOSED}),
        ],
    ),
    (
        # Counts in the next sentence that do not add up to the total are not its parts.
        (
            "Toàn huyện có 80 mô hình được công nhận. Trong đó nổi bật, 50 mô hình cấp cơ "
            "sở và 20 mô hình cấp huyện hoạt động hiệu quả."
        ),
        [
            ("80", {"measure": "recognised"}),
            ("50", {"part_of": None}),
            ("20", {"part_of": None}),
        ],
    ),
    (
        # "cấp thành phố" may be a province's level or a district's: not guessed.
        ("Thành phố xác nhận 40 mô hình. Có 31 mô hình cấp cơ sở và 9 mô hình cấp thành phố."),
        [
            ("40", {"measure": "recognised"}),
            ("31", {"part_of": 0, "level": L.GRASSROOTS}),
            ("9", {"part_of": 0, "level": None, "measure": "recognised"}),
        ],
    ),
    (
        # The second count of an award batch, broken down in the next sentence.
        (
            "Huyện tặng Giấy khen của Chủ tịch UBND huyện cho 11 tập thể và 5 cá nhân. Trong "
            "đó 3 cá nhân cấp xã, 2 cá nhân cấp huyện."
        ),
        [
            ("11", {"measure": "commended", "holder": C}),
            ("5", {"measure": "commended", "holder": IND}),
            ("3", {"part_of": 1, "level": L.GRASSROOTS, "measure": "commended"}),
            ("2", {"part_of": 1, "level": L.DISTRICT, "measure": "commended"}),
        ],
    ),
    (
        # No verb: a count of models says how many models there are.
        "Tiêu biểu là 9 mô hình giúp nhau thoát nghèo ở các bản vùng cao.",
        [("9", {"measure": "models"})],
    ),
    (
        # Places that have a model, and places that held something else; conferences
        # of a dialogue, and conferences of another kind.
        (
            "Các mô hình “Dân vận khéo” đã được triển khai tại 27 xã; ở 14 xã đã tổ chức 52 "
            "hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân, 6 hội nghị sơ kết."
        ),
        [
            ("27", {"noun": "xã", "measure": "coverage"}),
            ("14", {"measure": None}),
            ("52", {"measure": "dialogue_conferences"}),
            ("6", {"measure": None}),
        ],
    ),
    (
        # Orders of magnitude in words; "hàng năm" (yearly) is none.
        ("Hàng năm, hàng nghìn lượt người tham gia các hoạt động; hàng chục nghìn hộ được hỗ trợ."),
        [
            ("hàng nghìn", {"value": Count(1000, Qualifier.MANY), "measure": "participants"}),
            ("hàng chục nghìn", {"holder": H, "measure": "supported"}),
        ],
    ),
    (
        # Places and conferences in a sentence that is not about models or dialogue.
        "Huyện tổ chức 12 hội nghị sơ kết tại 12 xã.",
        [("12", {"measure": None}), ("12", {"measure": None, "noun": "xã"})],
    ),
    (
        # A list whose items name their field without "lĩnh vực" after the first.
        (
            "Qua 5 năm, toàn tỉnh xây dựng được 2.640 mô hình, trong đó lĩnh vực kinh tế "
            "1.012 mô hình, văn hóa - xã hội 904 mô hình, quốc phòng - an ninh 421 mô hình, "
            "xây dựng hệ thống chính trị 303 mô hình."
        ),
        [
            ("2.640", {"measure": "built", "part_of": None}),
            ("1.012", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "built"}),
            ("904", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0, "measure": "built"}),
            ("421", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("303", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        # Parts written as the cell's word, then the number, with no noun after it.
        "Toàn huyện hiện có 287 mô hình, điển hình “Dân vận khéo” (tập thể 165, cá nhân 122).",
        [
            ("287", {"measure": "in_operation", "part_of": None}),
            (
                "165",
                {
                    "holder": C,
                    "part_of": 0,
                    "noun": "",
                    "unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS,
                    "measure": "in_operation",
                },
            ),
            ("122", {"holder": IND, "part_of": 0}),
        ],
    ),
    (
        # The level after the movement's quoted name.
        (
            "Năm 2024, Ban Chỉ đạo đã công nhận 58 mô hình đạt tiêu chuẩn “Dân vận khéo” "
            "cấp huyện và 9 mô hình “Dân vận khéo” cấp tỉnh."
        ),
        [
            ("58", {"measure": "recognised", "level": L.DISTRICT}),
            ("9", {"measure": "recognised", "level": L.PROVINCE}),
        ],
    ),
    (
        # Metres are a length, as kilometres are, written apart, glued or in full; "m²",
        # "m2" an area: what is laid is the cell of its length.
        (
            "Nhân dân tháo dỡ 1.240 m tường rào, làm mới 3.500 m đường bê tông, 850m rãnh "
            "thoát nước và 320 mét đường điện chiếu sáng; hiến 300 m² đất."
        ),
        [
            ("1.240", {"noun": "m", "unit_of_measure": UnitOfMeasure.M, "measure": None}),
            (
                "3.500",
                {
                    "unit_of_measure": UnitOfMeasure.M,
                    "measure": "built",
                    "category": "đường bê tông",
                },
            ),
            (
                "850",
                {"noun": "m", "unit_of_measure": UnitOfMeasure.M, "category": "rãnh thoát nước"},
            ),
            ("320", {"noun": "mét", "unit_of_measure": UnitOfMeasure.M}),
            ("300", {"noun": "m²", "unit_of_measure": UnitOfMeasure.M2}),
        ],
    ),
    (
        # A rate is no sum of money; a unit written with a digit keeps it.
        "Thu nhập bình quân đạt 58,7 triệu đồng/người/năm; nhân dân hiến 1.500 m2 đất.",
        [
            (
                "58.700.000",
                {"noun": "đồng/người/năm", "unit_of_measure": None, "per": (P.PERSON, P.YEAR)},
            ),
            ("1.500", {"noun": "m2", "unit_of_measure": UnitOfMeasure.M2}),
        ],
    ),
    (
        # What a verb does reaches the list after it, not a value or a result after "trị
        # giá", "với" or "giúp" (whose households are supported, not built).
        (
            "Mặt trận huyện đã xây dựng 36 căn nhà đại đoàn kết, trị giá gần 1,8 tỷ đồng, "
            "giúp 36 hộ ổn định cuộc sống. Hội Nông dân xây dựng 18 tổ hợp tác, 5 hợp tác "
            "xã với 940 thành viên."
        ),
        [
            ("36", {"measure": "built"}),
            ("gần 1.800.000.000", {"measure": None, "unit_of_measure": UnitOfMeasure.VND}),
            ("36", {"measure": "supported", "holder": H}),
            ("18", {"measure": "built", "noun": "tổ hợp tác"}),
            ("5", {"measure": "built", "noun": "hợp tác xã"}),
            ("940", {"measure": None}),
        ],
    ),
    (
        # Communes that meet another programme's standard are that programme's figures.
        (
            "Đến nay, 9/11 xã được công nhận đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông "
            "thôn mới nâng cao; toàn huyện công nhận 47 mô hình “Dân vận khéo”."
        ),
        [
            ("9", {"movement_words": "chuẩn nông thôn mới"}),
            ("3", {"movement_words": "chuẩn nông thôn mới nâng cao"}),
            ("47", {"movement_words": None, "measure": "recognised"}),
        ],
    ),
    (
        # The noun before the number, as a line's subject; parts labelled with a colon.
        (
            "Số mô hình được công nhận: 318 (cấp tỉnh: 15; cấp huyện: 74; cấp xã: 229). "
            "Tổng số điển hình đăng ký năm 2025 là 96."
        ),
        [
            ("318", {"noun": "mô hình", "measure": "recognised", "part_of": None}),
            ("15", {"level": L.PROVINCE, "part_of": 0, "unit_of_measure": UnitOfMeasure.MODELS}),
            ("74", {"level": L.DISTRICT, "part_of": 0, "measure": "recognised"}),
            ("229", {"level": L.GRASSROOTS, "part_of": 0}),
            ("96", {"noun": "điển hình", "kind": E, "measure": "registered"}),
        ],
    ),
    (
        # A verb after a list of counts is each one's; a ratio of thousands; "tặng" is
        # no increase; "từ … lên" is no noun.
        (
            "Có 1.126 tập thể, 2.047 cá nhân được khen thưởng; 1.207/1.207 chi bộ có mô "
            "hình. Tỉnh tặng 24 Bằng khen. Số mô hình tăng từ 180 lên 264 mô hình."
        ),
        [
            ("1.126", {"measure": "commended", "holder": C}),
            ("2.047", {"measure": "commended", "holder": IND}),
            ("1.207", {"out_of": Count(1207), "noun": "chi bộ"}),
            ("24", {"change": None, "noun": "Bằng khen"}),
            ("180", {"change": None, "noun": "mô hình"}),  # the value before, its noun after
            ("264", {"change": None, "noun": "mô hình"}),
        ],
    ),
    (
        # Levels written before the number in each item ("cơ sở" is no "số"); a noun
        # after a classifier; an award given in a passive after a list.
        (
            "Các cấp đã công nhận 906 mô hình, trong đó: cấp tỉnh 41 mô hình, cấp huyện 287 "
            "mô hình, cấp cơ sở 578 mô hình. Đã tổ chức 1.318 buổi tuyên truyền. Có 2 tập "
            "thể, 4 cá nhân được Thủ tướng Chính phủ tặng Bằng khen; 7 tập thể được tặng "
            "Giấy khen."
        ),
        [
            ("906", {"measure": "recognised", "part_of": None}),
            ("41", {"level": L.PROVINCE, "part_of": 0}),
            ("287", {"level": L.DISTRICT, "part_of": 0}),
            ("578", {"level": L.GRASSROOTS, "part_of": 0, "measure": "recognised"}),
            ("1.318", {"noun": "buổi tuyên truyền"}),
            (
                "2",
                {
                    "award_form": AwardForm.PRIME_MINISTER_CERTIFICATE,
                    "issuer_words": "Thủ tướng Chính phủ",
                    "measure": "commended",
                },
            ),
            ("4", {"award_form": AwardForm.PRIME_MINISTER_CERTIFICATE, "holder": IND}),
            ("7", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": C}),
        ],
    ),
    (
        # "triển khai thực hiện" a number of models built them; the body that recognised
        # says the level; a ward's level is the grassroots.
        (
            "Các đơn vị đăng ký 1.530 mô hình, đến nay đã triển khai thực hiện 1.497 mô "
            "hình. Có 21 mô hình được UBND tỉnh công nhận, 64 mô hình được Ban Chỉ đạo "
            "huyện công nhận và 30 mô hình cấp phường."
        ),
        [
            ("1.530", {"measure": "registered"}),
            ("1.497", {"measure": "built"}),
            ("21", {"measure": "recognised", "level": L.PROVINCE}),
            ("64", {"measure": "recognised", "level": L.DISTRICT}),
            ("30", {"level": L.GRASSROOTS}),
        ],
    ),
    (
        # "Hội nghị biểu dương" honours the counts listed after it, the second too; it
        # names an event only when other words follow it.
        (
            "Hội nghị tuyên dương 30 tập thể, 42 cá nhân. Hội nghị biểu dương 18 tập thể và 26 "
            "cá nhân."
        ),
        [
            ("30", {"measure": "honoured", "holder": C}),
            ("42", {"measure": "honoured", "holder": IND}),
            ("18", {"measure": "honoured"}),
            ("26", {"measure": "honoured"}),
        ],
    ),
    (
        # "trong các phong trào thi đua yêu nước" ties the count to another programme, its
        # words ending before the verb.
        (
            "Tại Hội nghị, 68 điển hình tiên tiến trong các phong trào thi đua yêu nước được "
            "tôn vinh."
        ),
        [("68", {"movement_words": "trong các phong trào thi đua yêu nước"})],
    ),
    (
        # A line's subject that says what was done to the models ("được thẩm định") gives
        # them no measure: appraised is neither a stock nor a recognition.
        (
            "- Số mô hình, điển hình được thẩm định: 180.\n- Số mô hình, điển hình được công "
            "nhận: 168."
        ),
        [("180", {"measure": None}), ("168", {"measure": "recognised"})],
    ),
    (
        # Amounts of another unit after a total's list are none of it: the workdays and
        # the land are not among the money.
        (
            "Năm 2025, toàn tỉnh đã huy động được 145 tỷ đồng, trong đó nhân dân đóng góp 98 "
            "tỷ đồng; huy động 86.000 ngày công, hiến 312.000 m2 đất."
        ),
        [
            ("145.000.000.000", {"measure": "money_raised"}),
            ("98.000.000.000", {"subset_of": 0}),
            ("86.000", {"measure": "workdays", "subset_of": None, "part_of": None}),
            ("312.000", {"measure": "land_donated", "subset_of": None, "part_of": None}),
        ],
    ),
    (
        # The money "với tổng kinh phí" of support said far before it, past the counts of
        # what it built, is the support's, not money raised.
        (
            "Các cấp đã hỗ trợ xây mới 1.240 nhà Đại đoàn kết, sửa chữa 312 nhà cho hộ nghèo, "
            "hộ cận nghèo với tổng kinh phí 68 tỷ đồng."
        ),
        [
            ("1.240", {"measure": "built"}),
            ("312", {}),
            ("68.000.000.000", {"measure": "supported", "unit_of_measure": U.VND}),
        ],
    ),
    (
        # "Ở cấp tỉnh, …" heads its clause with the level, as "Cấp tỉnh: …" does; "Ban
        # Chỉ đạo" is a body's name, no act of directing, and a district's is the district's.
        (
            "Ở cấp tỉnh, Ban Chỉ đạo công nhận 36 mô hình; ở cấp huyện, các huyện công nhận "
            "248 mô hình. Ban Chỉ đạo huyện Kim Sơn đăng ký 41 mô hình."
        ),
        [
            ("36", {"measure": "recognised", "level": L.PROVINCE}),
            ("248", {"measure": "recognised", "level": L.DISTRICT}),
            ("41", {"measure": "registered", "place_words": "huyện Kim Sơn"}),
        ],
    ),
    (
        # A party committee that recognised says the level as its Standing Committee
        # does; a level after the verb is read past the body and the models' name.
        (
            "Có 4 mô hình được Ban Thường vụ Tỉnh ủy công nhận, 17 mô hình được Huyện ủy "
            "công nhận; 52 mô hình được Đảng ủy xã công nhận. Năm 2025, 9 mô hình được Ban "
            "Thường vụ Huyện ủy công nhận là mô hình “Dân vận khéo” cấp huyện."
        ),
        [
            ("4", {"measure": "recognised", "level": L.PROVINCE}),
            ("17", {"measure": "recognised", "level": L.DISTRICT}),
            ("52", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("9", {"measure": "recognised", "level": L.DISTRICT}),
        ],
    ),
    (
        # A party committee that recognised before the count gives its level; an area
        # does not (it may count every level's), nor a committee whose sentence breaks
        # its count down by level.
        (
            "Ban Thường vụ Tỉnh ủy đã công nhận 36 mô hình; Đảng ủy các xã biểu dương 140 mô "
            "hình. Tỉnh đã công nhận 248 mô hình. Ban Thường vụ Huyện ủy công nhận 153 mô "
            "hình, trong đó cấp huyện 28 mô hình, cấp xã 125 mô hình."
        ),
        [
            ("36", {"measure": "recognised", "level": L.PROVINCE}),
            ("140", {"measure": "honoured", "level": L.GRASSROOTS}),
            ("248", {"measure": "recognised", "level": None}),
            ("153", {"measure": "recognised", "level": None}),
            ("28", {"level": L.DISTRICT, "part_of": 3}),
            ("125", {"level": L.GRASSROOTS, "part_of": 3}),
        ],
    ),
    (
        # Parts named by their holder measure what their total measures, also when no
        # verb says it; a change in brackets is no part of the total before it.
        (
            "Toàn tỉnh có 9.640 mô hình, điển hình; trong đó mô hình tập thể 6.210, cá nhân "
            "3.430. Có 1.118 mô hình (tăng 142 mô hình so với năm 2023)."
        ),
        [
            ("9.640", {"measure": "models"}),
            ("6.210", {"holder": C, "part_of": 0, "measure": "models"}),
            ("3.430", {"holder": IND, "part_of": 0, "measure": "models"}),
            ("1.118", {"measure": "models"}),
            ("142", {"change": Change.INCREASE, "part_of": None, "subset_of": None}),
        ],
    ),
    (
        # Parts that give only a level after the number; a list ends where a new
        # period starts after a semicolon; parts that name only the holder of a total
        # of exemplars.
        (
            "Năm 2023 đăng ký 140 mô hình, trong đó 32 cấp huyện, 108 cấp cơ sở; năm 2024 "
            "đăng ký 152 mô hình, trong đó 40 mô hình cấp huyện, 112 cấp cơ sở. Toàn huyện "
            "có 74 điển hình tiên tiến, gồm 41 tập thể và 33 cá nhân."
        ),
        [
            ("140", {"measure": "registered", "part_of": None}),
            ("32", {"level": L.DISTRICT, "part_of": 0, "unit_of_measure": UnitOfMeasure.MODELS}),
            ("108", {"level": L.GRASSROOTS, "part_of": 0, "measure": "registered"}),
            ("152", {"measure": "registered", "part_of": None, "subset_of": None}),
            ("40", {"level": L.DISTRICT, "part_of": 3}),
            ("112", {"level": L.GRASSROOTS, "part_of": 3}),
            ("74", {"kind": E}),
            (
                "41",
                {"holder": C, "part_of": 6, "unit_of_measure": UnitOfMeasure.EXEMPLARS},
            ),
            ("33", {"holder": IND, "part_of": 6, "measure": "models"}),
        ],
    ),
    (
        # Counts by body: each body names its cell, with or without a total; the
        # report's own area and another unit are no body; one named count alone is none.
        (
            "Năm 2024, Hội Liên hiệp Phụ nữ có 312 mô hình, Hội Nông dân 207 mô hình, Đoàn "
            "Thanh niên 164 mô hình. Toàn tỉnh có 683 mô hình, trong đó Hội Cựu chiến binh "
            "95 mô hình, Mặt trận 588 mô hình. Huyện Kỳ Anh có 40 mô hình, Huyện Can Lộc có "
            "35 mô hình. Thị xã có 58 mô hình."
        ),
        [
            ("312", {"category": "Hội Liên hiệp Phụ nữ", "part_of": None}),
            ("207", {"category": "Hội Nông dân"}),
            ("164", {"category": "Đoàn Thanh niên"}),
            ("683", {"category": None}),
            ("95", {"category": "Hội Cựu chiến binh", "part_of": 3, "measure": "models"}),
            ("588", {"category": "Mặt trận", "part_of": 3}),
            ("40", {"category": None}),
            ("35", {"category": None}),
            ("58", {"category": None}),
        ],
    ),
    (
        # A batch broken down by the level that acted: each part of the total of its own
        # unit, the level written once for the batch; counts by the grade a review gave.
        (
            "Có 52 tập thể, 71 cá nhân được các cấp khen thưởng, trong đó cấp tỉnh khen "
            "thưởng 14 tập thể, 18 cá nhân. Đã có 1.480 mô hình được đánh giá, xếp loại: "
            "tốt 1.205 mô hình, khá 238 mô hình, trung bình 37 mô hình."
        ),
        [
            ("52", {"measure": "commended", "holder": C}),
            ("71", {"measure": "commended", "holder": IND}),
            ("14", {"part_of": 0, "level": L.PROVINCE, "holder": C}),
            ("18", {"part_of": 1, "level": L.PROVINCE, "measure": "commended"}),
            ("1.480", {"part_of": None}),
            ("1.205", {"category": "tốt", "part_of": 4}),
            ("238", {"category": "khá", "part_of": 4}),
            ("37", {"category": "trung bình", "part_of": 4}),
        ],
    ),
    (
        # Targets and forecasts are no results; a target met or exceeded is no target.
        (
            "Phấn đấu đến năm 2030, mỗi xã có ít nhất 5 mô hình, toàn tỉnh xây dựng 2.000 "
            "mô hình. Chỉ tiêu năm 2026: công nhận 300 mô hình cấp huyện. Năm 2025, vượt "
            "chỉ tiêu đề ra, toàn tỉnh công nhận 310 mô hình, đạt 120% chỉ tiêu, xây dựng "
            "40 mô hình mới; dự kiến năm 2026 có thêm 50 mô hình."
        ),
        [
            ("ít nhất 5", {"target_words": "Phấn đấu"}),
            ("2.000", {"target_words": "Phấn đấu", "measure": "built"}),
            ("300", {"target_words": "Chỉ tiêu", "level": L.DISTRICT}),
            ("310", {"target_words": None, "measure": "recognised"}),
            ("120%", {"target_words": None}),
            ("40", {"target_words": None, "measure": "built"}),
            ("50", {"target_words": "dự kiến"}),
        ],
    ),
    (
        # A unit named by name is whose figure it is, and "toàn huyện" after it; a body's
        # name is no such unit of the batch it gives.
        (
            "Huyện Kỳ Anh có 46 mô hình, tiêu biểu như tại xã Yên Hòa có 7 mô hình. UBND "
            "huyện Can Lộc tặng Giấy khen cho 13 tập thể. Ban Thường vụ Huyện ủy biểu dương "
            "22 mô hình; toàn huyện có 91 mô hình."
        ),
        [
            ("46", {"place_words": "Huyện Kỳ Anh"}),
            ("7", {"place_words": "xã Yên Hòa"}),
            ("13", {"place_words": None, "measure": "commended"}),
            # the district named last: its committee, and the whole of it
            ("22", {"place_words": "huyện Can Lộc", "measure": "honoured"}),
            ("91", {"place_words": "huyện Can Lộc"}),
        ],
    ),
    (
        # Shares by field linked by "chiếm"; models that stopped are counted by status.
        (
            "Mô hình trong lĩnh vực kinh tế chiếm 41,7%, văn hóa - xã hội chiếm 29,4%. Đến "
            "cuối năm, có 566 mô hình được duy trì, 73 mô hình ngừng hoạt động."
        ),
        [
            ("41,7%", {"fields": (Field.ECONOMY,)}),
            ("29,4%", {"fields": (Field.CULTURE_SOCIETY,)}),
            ("566", {"measure": "in_operation", "status": None}),
            ("73", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # The stock a year's work raised is no more built; a ratio, an age, a rate per
        # something no Per names.
        (
            "Năm 2024 xây dựng mới 126 mô hình, nâng tổng số mô hình toàn tỉnh lên 2.470 mô "
            "hình, gấp 2 lần năm 2020; đoàn viên từ 18 tuổi tham gia; mỗi mô hình được hỗ "
            "trợ 45 triệu đồng/mô hình."
        ),
        [
            ("126", {"measure": "built"}),
            ("2.470", {"measure": "models"}),
            ("45.000.000", {"noun": "đồng/mô hình", "unit_of_measure": None, "per": ()}),
        ],
    ),
    (
        # A second breakdown of a total, in a paragraph that opens with its words and
        # adds up to it exactly.
        (
            "Đến nay đã có 1.074 mô hình được công nhận, trong đó: cấp huyện 182 mô hình, "
            "cấp xã 892 mô hình.\nPhân theo lĩnh vực: kinh tế 471 mô hình; văn hóa - xã hội "
            "352 mô hình; quốc phòng - an ninh 147 mô hình; xây dựng hệ thống chính trị 104 "
            "mô hình."
        ),
        [
            ("1.074", {"measure": "recognised", "part_of": None}),
            ("182", {"level": L.DISTRICT, "part_of": 0}),
            ("892", {"level": L.GRASSROOTS, "part_of": 0}),
            ("471", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "recognised"}),
            ("352", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("147", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("104", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        # Who gives an award, as the subject before "tặng"; "các huyện" is no one body.
        (
            "Năm 2024, Huyện ủy tặng Giấy khen cho 46 tập thể, 61 cá nhân; UBND tỉnh tặng "
            "Bằng khen cho 6 tập thể; các huyện tặng Giấy khen cho 38 tập thể."
        ),
        [
            (
                "46",
                {"issuer_words": "Huyện ủy", "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION},
            ),
            ("61", {"issuer_words": "Huyện ủy", "holder": IND}),
            ("6", {"issuer_words": "UBND tỉnh", "award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            ("38", {"issuer_words": None, "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (
        # Models launched or set up were built.
        "Năm 2024, các xã đã ra mắt 26 mô hình mới; có 31 mô hình được thành lập.",
        [("26", {"measure": "built"}), ("31", {"measure": "built"})],
    ),
    (
        # New models were built; money is no subject of the verb after it, but raised.
        (
            "Riêng năm 2025, toàn tỉnh có 718 mô hình mới. Nhân dân huy động gần 42 tỷ đồng "
            "xây dựng 236 km đường bê tông."
        ),
        [
            ("718", {"measure": "built"}),
            (
                "gần 42.000.000.000",
                {"measure": "money_raised", "unit_of_measure": UnitOfMeasure.VND},
            ),
            ("236", {"measure": "built", "unit_of_measure": UnitOfMeasure.KM}),
        ],
    ),
    (
        # A standing body's unit names no place the figure is about.
        "Thường trực huyện Kỳ Anh biểu dương 12 mô hình; tại huyện Kỳ Anh có 40 mô hình.",
        [
            ("12", {"place_words": None, "measure": "honoured"}),
            ("40", {"place_words": "huyện Kỳ Anh"}),
        ],
    ),
    (
        # A ratio in words; "tổng số" is no document number; a range is no count.
        (
            "Có 47 trên tổng số 53 xã có mô hình; tổng số 53 xã. Mỗi xã xây dựng từ 3 đến 5 "
            "mô hình, mỗi thôn 2 - 3 mô hình."
        ),
        [
            ("47", {"out_of": Count(53), "noun": "xã", "measure": "coverage"}),
            ("53", {"out_of": None, "noun": "xã"}),
        ],
    ),
    (
        # A qualifier is a word of its own: "chọn" holds "hơn" folded, and says no "over".
        "Ban Chỉ đạo đã lựa chọn 50 mô hình; hơn 20 mô hình được biểu dương.",
        [
            ("50", {"value": Count(50), "text": "50 mô hình"}),
            ("trên 20", {"measure": "honoured"}),
        ],
    ),
    (
        # Bodies that did the same: cells; bodies that did different things: no cells.
        (
            "Năm 2025, Hội Phụ nữ xây dựng 118 mô hình, Hội Nông dân đã xây dựng 93 mô hình. "
            "Ban Chỉ đạo công nhận 14 mô hình, Ban Thường vụ biểu dương 9 mô hình."
        ),
        [
            ("118", {"category": "Hội Phụ nữ", "measure": "built"}),
            ("93", {"category": "Hội Nông dân", "measure": "built"}),
            ("14", {"category": None, "measure": "recognised"}),
            ("9", {"category": None, "measure": "honoured"}),
        ],
    ),
    (
        # Two verbs of one passive; the verb after a list of who took part.
        (
            "Năm 2025, các xã đăng ký 74 mô hình; đến nay đã có 61 mô hình được thẩm định, "
            "công nhận. Có hơn 32 nghìn lượt đoàn viên, hội viên tham gia."
        ),
        [
            ("74", {"measure": "registered"}),
            ("61", {"measure": "recognised"}),
            ("trên 32.000", {"measure": "participants", "occurrences": True}),
        ],
    ),
    (
        # A body that commends with no form said gives a batch; "các cấp" is no one body.
        (
            "Ban Dân vận Huyện ủy đã khen thưởng 07 tập thể và 11 cá nhân; Huyện đoàn khen "
            "thưởng 16 cá nhân. Các cấp đã khen thưởng 95 tập thể."
        ),
        [
            ("7", {"issuer_words": "Ban Dân vận Huyện ủy", "award_form": None}),
            ("11", {"issuer_words": "Ban Dân vận Huyện ủy", "measure": "commended"}),
            ("16", {"issuer_words": "Huyện đoàn", "holder": IND}),
            ("95", {"issuer_words": None, "measure": "commended"}),
        ],
    ),
    (
        # The level after a passive "recognised", with or without "ở".
        (
            "Đến nay có 263 mô hình được công nhận ở cấp xã, 58 mô hình được thẩm định, "
            "công nhận cấp huyện."
        ),
        [
            ("263", {"level": L.GRASSROOTS, "measure": "recognised"}),
            ("58", {"level": L.DISTRICT, "measure": "recognised"}),
        ],
    ),
    (
        # One mass organisation's count is a cell named by it; a council or a steering
        # committee acts for the whole area; "Tỉnh đoàn" is a body, "Tỉnh …" an area.
        (
            "Hội Liên hiệp Phụ nữ tỉnh có 268 mô hình. Hội đồng Thi đua - Khen thưởng tỉnh "
            "công nhận 31 mô hình. Tỉnh đoàn đăng ký 45 mô hình. Tỉnh Quảng Trị có 903 mô "
            "hình."
        ),
        [
            ("268", {"category": "Hội Liên hiệp Phụ nữ tỉnh", "measure": "models"}),
            ("31", {"category": None, "measure": "recognised"}),
            ("45", {"category": "Tỉnh đoàn", "measure": "registered"}),
            ("903", {"category": None}),
        ],
    ),
    (
        # Each figure takes the period its sentence names before it, a part its total's;
        # the period after "so với" is what a change is compared to, no figure's own.
        (
            "Năm 2024 toàn huyện có 188 mô hình; năm 2025 có 231 mô hình, tăng 43 mô hình "
            "so với năm 2024. Phân theo cấp: cấp huyện 40 mô hình, cấp cơ sở 191 mô hình. "
            "So với cùng kỳ năm 2024, có 17 mô hình mới."
        ),
        [
            ("188", {"period": Period.parse("năm 2024"), "compared_to": None}),
            ("231", {"period": Period.parse("năm 2025")}),
            (
                "43",
                {
                    "period": Period.parse("năm 2025"),
                    "compared_to": Period.parse("năm 2024"),
                    "change": Change.INCREASE,
                },
            ),
            ("40", {"period": Period.parse("năm 2025"), "part_of": 1}),
            ("191", {"period": Period.parse("năm 2025"), "part_of": 1}),
            ("17", {"period": None, "measure": "built"}),
        ],
    ),
    (
        # The phase in a movement's name is not the period of the figures after it.
        (
            "Sau 3 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025, "
            "toàn huyện đã công nhận 96 mô hình. Riêng năm 2023, có 41 mô hình."
        ),
        [
            ("96", {"period": None, "measure": "recognised"}),
            ("41", {"period": Period.parse("năm 2023"), "measure": "recognised"}),
        ],
    ),
    (
        # Blocs are bodies too, named without a capital; a count with no verb takes the
        # verb of the named count before it, across a semicolon. "của tập thể": a holder.
        (
            "Khối cơ quan Đảng đăng ký 143 mô hình; khối chính quyền đăng ký 276 mô hình; "
            "lực lượng vũ trang 58 mô hình. Toàn tỉnh có 1.210 mô hình, trong đó 870 mô "
            "hình của tập thể, 340 mô hình của cá nhân."
        ),
        [
            ("143", {"category": "Khối cơ quan Đảng", "measure": "registered"}),
            ("276", {"category": "khối chính quyền", "measure": "registered"}),
            ("58", {"category": "lực lượng vũ trang", "measure": "registered"}),
            ("1.210", {"holder": None}),
            ("870", {"holder": HolderKind.COLLECTIVE, "part_of": 3}),
            ("340", {"holder": HolderKind.INDIVIDUAL, "part_of": 3}),
        ],
    ),
    (
        # A count of another year beside a total is no part of it, but the same figure of
        # that year; "đợt 2" is a batch's number; "cơ quan" is a noun of places.
        (
            "Toàn tỉnh có 1.874 mô hình được công nhận (năm 2024: 1.702 mô hình). Đợt 2 "
            "công nhận 64 mô hình. Có 41/45 cơ quan đăng ký mô hình."
        ),
        [
            ("1.874", {"period": None, "measure": "recognised"}),
            (
                "1.702",
                {
                    "period": Period.parse("năm 2024"),
                    "measure": "recognised",
                    "subset_of": None,
                    "part_of": None,
                },
            ),
            ("64", {"measure": "recognised"}),
            ("41", {"out_of": Count(45), "noun": "cơ quan", "measure": "coverage"}),
        ],
    ),
    (
        # A proposal that another act be done is proposed, with the level it asks of and
        # the body asked to give an award; "đề nghị của …," is no proposal of the count.
        (
            "Các xã công nhận 37 mô hình cấp xã; đề nghị cấp tỉnh công nhận 5 mô hình. "
            "Huyện ủy đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể, 6 cá nhân. Thực hiện "
            "đề nghị của Ban Dân vận, UBND tỉnh công nhận 22 mô hình."
        ),
        [
            ("37", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("5", {"measure": "proposed", "level": L.PROVINCE}),
            ("4", {"measure": "proposed", "issuer_words": "UBND tỉnh"}),
            ("6", {"measure": "proposed", "award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            ("22", {"measure": "recognised"}),
        ],
    ),
    (
        # … also with no "ngày" before the day; not a period from one day to another.
        (
            "Tính đến 31/12/2025, toàn tỉnh có 1.318 mô hình. Từ 01/01/2025 đến 30/11/2025, "
            "đã công nhận 86 mô hình."
        ),
        [
            ("1.318", {"as_of": dt.date(2025, 12, 31), "measure": "models"}),
            ("86", {"as_of": None, "measure": "recognised"}),
        ],
    ),
    (
        # A stock after "Đến ngày …" stands on that day, and so do its parts; a list after
        # a colon takes the verb of its head.
        (
            "Tính đến ngày 31/10/2025, toàn huyện hiện có 702 mô hình, trong đó 96 mô hình "
            "cấp huyện. Kết quả thẩm định, công nhận năm 2025: cấp huyện 29 mô hình; cấp "
            "xã 84 mô hình."
        ),
        [
            ("702", {"as_of": dt.date(2025, 10, 31), "measure": "in_operation"}),
            ("96", {"as_of": dt.date(2025, 10, 31), "part_of": 0}),
            ("29", {"as_of": None, "measure": "recognised", "level": L.DISTRICT}),
            ("84", {"measure": "recognised", "level": L.GRASSROOTS}),
        ],
    ),
    (
        # A period written right after a count is its own, not one that opens the next
        # clause; an area that has the count names no level ("Huyện có 1 mô hình").
        (
            "Số mô hình tăng từ 980 mô hình năm 2021 lên 1.640 mô hình năm 2025. Năm 2025 "
            "có 1.640 mô hình (năm 2024 có 1.415 mô hình). Huyện có 1 mô hình được biểu "
            "dương; có 75 mô hình (tỉnh 9, huyện 66)."
        ),
        [
            ("980", {"period": Period.parse("năm 2021")}),
            ("1.640", {"period": Period.parse("năm 2025")}),
            ("1.640", {"period": Period.parse("năm 2025")}),
            ("1.415", {"period": Period.parse("năm 2024"), "subset_of": None}),
            ("1", {"level": None, "measure": "honoured"}),
            ("75", {"level": None}),
            ("9", {"level": L.PROVINCE, "part_of": 5}),
            ("66", {"level": L.DISTRICT, "part_of": 5}),
        ],
    ),
    (
        # An average is no count; the grade "trung bình" of a review is no average, nor
        # is a count in a clause after one about an average.
        (
            "Mỗi năm, toàn huyện xây dựng mới bình quân 65 mô hình; bình quân mỗi xã có 4 "
            "mô hình. Xếp loại: tốt 310 mô hình, khá 84 mô hình, trung bình 12 mô hình. Thu "
            "nhập bình quân tăng, 52 hộ thoát nghèo."
        ),
        [
            ("65", {"average_words": "bình quân", "measure": "built"}),
            ("4", {"average_words": "bình quân"}),
            ("310", {"average_words": None, "category": "tốt"}),
            ("84", {"average_words": None, "category": "khá"}),
            ("12", {"average_words": None, "category": "trung bình"}),
            ("52", {"average_words": None, "holder": HolderKind.HOUSEHOLD}),
        ],
    ),
    (
        # A count of a level and those above it is of no one level, and no cell.
        (
            "Toàn tỉnh có 3.470 mô hình được công nhận, trong đó 905 mô hình cấp huyện trở "
            "lên, 2.565 mô hình cấp cơ sở."
        ),
        [
            ("3.470", {"level": None}),
            ("905", {"level": None, "part_of": None, "subset_of": 0}),
            ("2.565", {"level": L.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        # A grade after a count names its cell, as a grade before it does; the police and
        # an agency hold part of the area's models.
        (
            "Năm 2025 có 71 mô hình được xếp loại xuất sắc, 143 mô hình loại tốt; loại khá "
            "38 mô hình. Công an tỉnh xây dựng 26 mô hình. Sở Y tế đăng ký 8 mô hình."
        ),
        [
            ("71", {"category": "xuất sắc"}),
            ("143", {"category": "tốt"}),
            ("38", {"category": "khá"}),
            ("26", {"category": "Công an tỉnh", "measure": "built"}),
            ("8", {"category": "Sở Y tế", "measure": "registered"}),
        ],
    ),
    (
        # Counts by grade under a total are its cells.
        "Toàn huyện có 198 mô hình, trong đó 64 mô hình xếp loại xuất sắc, 134 mô hình loại tốt.",
        [
            ("198", {"category": None}),
            ("64", {"category": "xuất sắc", "part_of": 0}),
            ("134", {"category": "tốt", "part_of": 0}),
        ],
    ),
    (
        # A grade at the end of a line's subject names its cell, and the next items of
        # its list count the subject's noun by grade; where a model stands ("đang triển
        # khai", "đã hoàn thành") is no act done to it, and names a cell of the total.
        (
            "Số mô hình được đánh giá xếp loại xuất sắc là 57, loại tốt là 204, loại khá "
            "là 31. Cả huyện đăng ký 310 mô hình, trong đó 262 mô hình đã hoàn thành, 48 mô "
            "hình đang triển khai."
        ),
        [
            ("57", {"category": "xuất sắc", "noun": "mô hình", "part_of": None}),
            (
                "204",
                {"category": "tốt", "noun": "mô hình", "unit_of_measure": UnitOfMeasure.MODELS},
            ),
            ("31", {"category": "khá", "noun": "mô hình"}),
            ("310", {"measure": "registered", "category": None}),
            ("262", {"category": "đã hoàn thành", "part_of": 3, "measure": "registered"}),
            ("48", {"category": "đang triển khai", "part_of": 3, "measure": "registered"}),
        ],
    ),
    (
        # A line's subject may open its sentence, and end with the level of its first
        # count; labelled items after it count its noun, each in its cell. A subject
        # naming no cell is the total of the labelled items after it.
        (
            "Mô hình được công nhận cấp tỉnh: 27; cấp huyện: 143; cấp xã: 388.\n"
            "- Mô hình đăng ký năm 2025: 296; tập thể: 181; cá nhân: 115.\n"
            "Khen thưởng: tập thể: 14; cá nhân: 22."
        ),
        [
            ("27", {"level": L.PROVINCE, "measure": "recognised", "part_of": None}),
            ("143", {"level": L.DISTRICT, "measure": "recognised", "part_of": None}),
            ("388", {"level": L.GRASSROOTS, "unit_of_measure": UnitOfMeasure.MODELS}),
            ("296", {"measure": "registered", "holder": None, "part_of": None}),
            ("181", {"holder": C, "part_of": 3, "unit_of_measure": UnitOfMeasure.MODELS}),
            ("115", {"holder": IND, "part_of": 3, "measure": "registered"}),
            ("14", {"holder": C, "measure": "commended", "part_of": None}),
            ("22", {"holder": IND, "measure": "commended", "part_of": None}),
        ],
    ),
    (
        # A holder labelling an item names its cell when the item's noun counts models.
        "Toàn huyện đăng ký 212 mô hình (tập thể: 128 mô hình; cá nhân: 84 mô hình).",
        [
            ("212", {"holder": None}),
            ("128", {"holder": C, "part_of": 0, "subset_of": None}),
            ("84", {"holder": IND, "part_of": 0, "measure": "registered"}),
        ],
    ),
    (
        # "mới năm 2025" (new, in 2025) is no "mỗi năm" (every year), which folds the
        # same; what a share of the communes did is a figure of each one; an aim after
        # "để" is not done yet, where "đề nghị" proposes.
        (
            "Số mô hình đăng ký mới năm 2025 là 174. Đã có 96,5% xã, phường xây dựng được "
            "ít nhất 02 mô hình. Có 37 mô hình được lựa chọn để nhân rộng; 19 mô hình được "
            "đề nghị công nhận cấp tỉnh."
        ),
        [
            ("174", {"average_words": None, "measure": "registered"}),
            ("96,5%", {"average_words": None}),
            ("ít nhất 2", {"average_words": "96,5% xã, phường"}),
            ("37", {"measure": None}),
            ("19", {"measure": "proposed", "level": L.PROVINCE}),
        ],
    ),
    (
        # Bulleted lists under headings that open with a breakdown's words break down the
        # total before them, by field and by named block, and measure what it measures;
        # a bulleted line that ends a sentence ends the list.
        (
            "2.1. Tổng số mô hình được công nhận: 640 mô hình, trong đó:\n- Cấp huyện: 96 "
            "mô hình;\n- Cấp xã: 544 mô hình.\n2.2. Phân theo lĩnh vực:\n+ Kinh tế: 262 mô "
            "hình;\n+ Văn hóa - xã hội: 214 mô hình;\n+ Quốc phòng - an ninh: 92 mô hình;\n+ "
            "Xây dựng hệ thống chính trị: 72 mô hình.\n2.3. Phân theo khối:\n- Khối chính "
            "quyền: 238 mô hình;\n- Khối Mặt trận và các đoàn thể: 402 mô hình.\n- Có 12 mô "
            "hình cấp huyện được đề nghị công nhận cấp tỉnh."
        ),
        [
            ("640", {"measure": "recognised", "part_of": None}),
            ("96", {"level": L.DISTRICT, "part_of": 0}),
            ("544", {"level": L.GRASSROOTS, "part_of": 0}),
            ("262", {"fields": (Field.ECONOMY,), "part_of": 0, "measure": "recognised"}),
            ("214", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("92", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("72", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
            ("238", {"category": "Khối chính quyền", "part_of": 0, "measure": "recognised"}),
            ("402", {"category": "Khối Mặt trận và các đoàn thể", "part_of": 0}),
            ("12", {"part_of": None, "measure": "proposed"}),
        ],
    ),
    (
        # … and after a sentence of its own that closes on "Trong đó:", each item with
        # its own verb.
        (
            "Các cấp đã công nhận 3.140 mô hình, đạt 85% số mô hình xây dựng. Trong đó:\n"
            "- Cấp tỉnh công nhận 96 mô hình;\n- Cấp huyện công nhận 712 mô hình;\n- Cấp xã "
            "công nhận 2.332 mô hình."
        ),
        [
            ("3.140", {"measure": "recognised"}),
            ("85%", {}),
            ("96", {"level": L.PROVINCE, "part_of": 0}),
            ("712", {"level": L.DISTRICT, "part_of": 0}),
            ("2.332", {"level": L.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        # Units counted as the subject of an act are no count of it; the count after is
        # theirs, not the area's, unless they are all ("Cả 27 xã") or a share of them; a
        # threshold after them is each one's; those who took part are participants.
        (
            "Năm 2025, 3 tỉnh đã công nhận 1.024 mô hình. 3 xã có 64 mô hình. Cả 27 xã có "
            "312 mô hình. Có 45/52 xã có 296 mô hình. Có 12 xã đăng ký 2 mô hình trở lên. "
            "Có 1.850 hộ tham gia 312 mô hình."
        ),
        [
            ("3", {"measure": None}),
            ("1.024", {"measure": "recognised", "place_words": None}),
            ("3", {"measure": None}),
            ("64", {"place_words": "3 xã"}),
            ("27", {}),
            ("312", {"place_words": None}),
            ("45", {"measure": "coverage"}),
            ("296", {"place_words": None}),
            ("12", {"measure": None}),
            ("2", {"average_words": "12 xã"}),
            ("1.850", {"measure": "participants"}),
            ("312", {"measure": None}),
        ],
    ),
    (
        # An award's form before a colon gives its counts after it; the giver after a
        # list's bullet is the body, not the bullet.
        (
            "3. Khen thưởng\n- UBND tỉnh tặng Bằng khen: 12 tập thể, 18 cá nhân.\n+ Ban Dân "
            "vận Tỉnh ủy tặng Giấy khen: 25 tập thể, 40 cá nhân."
        ),
        [
            (
                "12",
                {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "issuer_words": "UBND tỉnh"},
            ),
            ("18", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "holder": IND}),
            (
                "25",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "Ban Dân vận Tỉnh ủy",
                },
            ),
            ("40", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (
        # A quoted title of another programme ties the count to it; the movement's own
        # title does not.
        (
            "Toàn tỉnh có 35.600 hộ đăng ký danh hiệu “Hộ sản xuất, kinh doanh giỏi”. Có 45 "
            "mô hình đạt danh hiệu “Dân vận khéo”."
        ),
        [
            ("35.600", {"movement_words": "danh hiệu “Hộ sản xuất, kinh doanh giỏi”"}),
            ("45", {"measure": "recognised", "movement_words": None}),
        ],
    ),
    (
        # The communes where models were inspected are no coverage; a passive after the
        # places of the models is theirs.
        (
            "Trong tháng 9/2025, Ban Dân vận Huyện ủy kiểm tra 12 mô hình tại 6 xã. Năm 2025 "
            "có 45 mô hình tại 9 xã được công nhận."
        ),
        [
            ("12", {"measure": None}),
            ("6", {"measure": None, "noun": "xã"}),
            ("45", {"measure": "recognised"}),
            ("9", {"measure": "coverage"}),
        ],
    ),
    (
        # "trình" (submitted to) proposes, as "đề nghị" does, and names who is asked;
        # "chương trình", "trình bày" do not. "đồng chí" are people, no money.
        (
            "Đã trình Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân. Ban Dân "
            "vận trình Ban Thường vụ Tỉnh ủy công nhận 5 mô hình. Chương trình công nhận 9 mô "
            "hình. Ban Dân vận Trung ương tặng Kỷ niệm chương cho 46 đồng chí."
        ),
        [
            (
                "8",
                {
                    "measure": "proposed",
                    "award_form": AwardForm.CERTIFICATE_OF_MERIT,
                    "issuer_words": "Chủ tịch UBND tỉnh",
                },
            ),
            ("12", {"measure": "proposed", "holder": IND}),
            ("5", {"measure": "proposed"}),
            ("9", {"measure": "recognised"}),
            (
                "46",
                {
                    "unit_of_measure": UnitOfMeasure.PEOPLE,
                    "noun": "đồng chí",
                    "award_form": AwardForm.COMMEMORATIVE_MEDAL,
                },
            ),
        ],
    ),
    (
        # The value of the year compared, heading its sentence, is no stock of models:
        # the subject after it says what it measures; in the middle of one, it measures
        # what the count it is compared with does.
        (
            "So với năm 2021 (486 mô hình), số mô hình được công nhận năm 2025 tăng gấp 2 "
            "lần. Toàn tỉnh có 1.240 mô hình, tăng 120 mô hình so với năm 2024 (1.120 mô hình)."
        ),
        [
            ("486", {"measure": None, "period": Period.parse("năm 2021")}),
            ("1.240", {"measure": "models"}),
            ("120", {"measure": "models"}),
            ("1.120", {"measure": "models", "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # New models named by a line's subject were built, as after a count; "mỗi"
        # (each) after a count is none.
        "Số mô hình mới năm 2025 là 624. Số mô hình mới: 57. Có 9 mô hình mỗi xã.",
        [
            ("624", {"measure": "built", "average_words": None}),
            ("57", {"measure": "built"}),
            ("9", {"measure": "models", "average_words": "mỗi xã"}),
        ],
    ),
    (
        # A field may follow a model's noun alone, up to its item's end; when the words
        # name more than a field, they are a cell of their own. Kinds of unit joined by
        # commas are one subject.
        (
            "Toàn tỉnh có 530 mô hình, trong đó 190 mô hình kinh tế, 164 mô hình văn hóa - "
            "xã hội, 176 mô hình quốc phòng - an ninh. Có 21 mô hình kinh tế hộ gia đình. "
            "Các xã đăng ký 208 mô hình; các cơ quan, đơn vị khối Đảng, chính quyền đăng "
            "ký 73 mô hình."
        ),
        [
            ("530", {"fields": ()}),
            ("190", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("164", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("176", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("21", {"fields": (), "part_of": None, "category": "kinh tế hộ gia đình"}),
            ("208", {"category": "Các xã"}),
            ("73", {"category": "các cơ quan, đơn vị khối Đảng, chính quyền"}),
        ],
    ),
    (
        # The result of an appraisal names its cell, with "yêu cầu" after it too.
        "Đã thẩm định 52 mô hình: 47 mô hình đạt yêu cầu, 5 mô hình chưa đạt yêu cầu.",
        [
            ("52", {"category": None}),
            ("47", {"category": "đạt yêu cầu"}),
            ("5", {"category": "chưa đạt yêu cầu"}),
        ],
    ),
    (
        # A sentence that opens "Trong đó:" lists the total before it, past a change in
        # brackets, with bodies as the items' labels; a line "Theo lĩnh vực:" lists the
        # same total again; "Cụ thể:" passes over a percentage; "các cấp, các ngành" are
        # no body.
        (
            "Các cấp, các ngành đăng ký 4.210 mô hình (tăng 640 mô hình so với năm 2020). "
            "Trong đó: khối chính quyền 1.730; khối Mặt trận và các đoàn thể 2.015; khối "
            "lực lượng vũ trang 465.\nTheo lĩnh vực: kinh tế 1.560; văn hóa - xã hội "
            "1.340; quốc phòng - an ninh 610; xây dựng hệ thống chính trị 700.\nĐã công "
            "nhận 3.702 mô hình, đạt 87,9%. Cụ thể: cấp tỉnh 205; cấp huyện 1.137; cấp xã "
            "2.360."
        ),
        [
            ("4.210", {"category": None, "measure": "registered"}),
            ("640", {"change": Change.INCREASE, "part_of": None}),
            ("1.730", {"category": "khối chính quyền", "part_of": 0}),
            ("2.015", {"category": "khối Mặt trận và các đoàn thể", "part_of": 0}),
            ("465", {"category": "khối lực lượng vũ trang", "part_of": 0}),
            ("1.560", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("1.340", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("610", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("700", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
            ("3.702", {"measure": "recognised"}),
            ("87,9%", {"part_of": None}),
            ("205", {"level": L.PROVINCE, "part_of": 9}),
            ("1.137", {"level": L.DISTRICT, "part_of": 9}),
            ("2.360", {"level": L.GRASSROOTS, "part_of": 9}),
        ],
    ),
    (
        # Land given and households out of poverty have measures of their own; a
        # household helped but not said to leave poverty is supported.
        (
            "Nhân dân hiến tặng 18.400 m2 đất, hiến đất 3,2 ha để mở đường; các mô hình "
            "giúp 715 hộ thoát nghèo, 240 hộ cận nghèo có thêm việc làm."
        ),
        [
            ("18.400", {"measure": "land_donated", "unit_of_measure": UnitOfMeasure.M2}),
            ("3,2 ha", {"measure": "land_donated", "unit_of_measure": UnitOfMeasure.HA}),
            ("715", {"measure": "out_of_poverty", "unit_of_measure": UnitOfMeasure.HOUSEHOLDS}),
            ("240", {"measure": "supported"}),
        ],
    ),
    (
        # A change right after a count takes its cell; a clause that goes on with a
        # body's verb is that body's; "trong thực hiện phong trào" names no other
        # programme.
        (
            "Toàn huyện có 19 mô hình cấp tỉnh, tăng 4 mô hình; 133 mô hình cấp huyện, "
            "tăng 17 mô hình. Hội Liên hiệp Phụ nữ tỉnh đăng ký 214 mô hình, đã công nhận "
            "198 mô hình. UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích trong thực "
            "hiện phong trào."
        ),
        [
            ("19", {"level": L.PROVINCE, "change": None}),
            ("4", {"level": L.PROVINCE, "change": Change.INCREASE}),
            ("133", {"level": L.DISTRICT}),
            ("17", {"level": L.DISTRICT, "change": Change.INCREASE}),
            ("214", {"category": "Hội Liên hiệp Phụ nữ tỉnh", "measure": "registered"}),
            ("198", {"category": "Hội Liên hiệp Phụ nữ tỉnh", "measure": "recognised"}),
            ("12", {"movement_words": None, "awarded": True}),
        ],
    ),
    (
        # A body named after a count with "của" holds it; "Có" names none; a sum over
        # years is of no one year; "Mỗi" in a model's quoted name makes no figure of
        # each one.
        (
            "Trong tổng số 347 mô hình, có 129 mô hình của khối chính quyền, 176 mô hình "
            "của khối Mặt trận và các đoàn thể, 42 mô hình của các cơ quan, đơn vị lực "
            "lượng vũ trang. Có 35 mô hình của Hội Nông dân. Năm 2024 công nhận 150 mô "
            "hình, năm 2025 công nhận 171 mô hình; tổng 2 năm là 321 mô hình. Mô hình "
            '"Mỗi ngày một việc tốt" được nhân rộng ra 9 xã.'
        ),
        [
            ("347", {"category": None}),
            ("129", {"category": "khối chính quyền", "part_of": 0}),
            ("176", {"category": "khối Mặt trận và các đoàn thể", "part_of": 0}),
            ("42", {"category": "các cơ quan, đơn vị lực lượng vũ trang", "part_of": 0}),
            ("35", {"category": "Hội Nông dân"}),
            ("150", {"period": Period.parse("năm 2024")}),
            ("171", {"period": Period.parse("năm 2025")}),
            # the sum of the years said before it: their span, their act
            ("321", {"period": Period.parse("2024-2025"), "measure": "recognised"}),
            ("9", {"average_words": None, "measure": "replicated"}),
        ],
    ),
    (
        # An event named by its act is no act ("tại Hội nghị biểu dương"), and models made
        # known there are no count of the area's; a multiple ("tăng 1,8 lần") is no figure.
        (
            "Có 64 mô hình tiêu biểu được giới thiệu tại Hội nghị biểu dương. Đến nay đã "
            "công nhận 2.108 mô hình, tăng 1,6 lần so với năm 2020."
        ),
        [
            ("64", {"measure": None}),
            ("2.108", {"measure": "recognised"}),
        ],
    ),
    (
        # A place named before a count is that of every count its clause goes on to;
        # a year between a raising verb and its sum is no count before it.
        (
            "Chi hội Nông dân thôn Bắc có 38 hội viên tham gia mô hình, hỗ trợ 9 hộ nghèo "
            'vay vốn 270 triệu đồng. Số tiền ủng hộ Quỹ "Vì người nghèo" năm 2025 đạt 1,4 '
            "tỷ đồng."
        ),
        [
            ("38", {"place_words": "thôn Bắc"}),
            ("9", {"place_words": "thôn Bắc"}),
            ("270.000.000", {"place_words": "thôn Bắc"}),
            ("1.400.000.000", {"place_words": None, "measure": "money_raised"}),
        ],
    ),
    (
        # The dot of a number ends no clause: the verb reaches the second count; "trong
        # đó" is no part of an issuer's name, nor "đã …" of a body's.
        (
            "Các cấp đã khen thưởng 1.320 tập thể và 2.480 cá nhân, trong đó UBND tỉnh tặng "
            "Bằng khen cho 25 tập thể. Hội Cựu chiến binh đã vận động 1.540 hội viên tham "
            "gia."
        ),
        [
            ("1.320", {"measure": "commended", "holder": HolderKind.COLLECTIVE}),
            ("2.480", {"measure": "commended", "holder": HolderKind.INDIVIDUAL}),
            ("25", {"issuer_words": "UBND tỉnh", "subset_of": 0}),
            ("1.540", {"category": "Hội Cựu chiến binh", "measure": "participants"}),
        ],
    ),
    (
        # Counts by how well models work are cells; "duy trì hiệu quả" after a count
        # grades it, before a count keeps it in operation. A stock total's part with a
        # verb of its own counts models by status; "lượt" alone counts occurrences of what
        # its total counts; "đợt 2" names a batch; "của cấp xã" a level.
        (
            "Phong trào có 1.245 mô hình, trong đó 1.012 mô hình duy trì hiệu quả, 233 mô "
            "hình hoạt động chưa hiệu quả. Toàn tỉnh duy trì hiệu quả 1.190 mô hình. Tính "
            "đến nay có 4.512 mô hình, trong đó cấp tỉnh công nhận 312 mô hình. Đã có trên "
            "3.000 lượt tập thể, cá nhân được khen thưởng, trong đó cấp tỉnh 215 lượt. Đợt 1 "
            "công nhận 86 mô hình, đợt 2 công nhận 92 mô hình. Có 46 mô hình của cấp xã."
        ),
        [
            ("1.245", {"measure": "models"}),
            ("1.012", {"category": "hiệu quả", "measure": "models", "part_of": 0}),
            ("233", {"category": "chưa hiệu quả", "measure": "models", "part_of": 0}),
            ("1.190", {"measure": "in_operation", "category": None}),
            ("4.512", {"measure": "models"}),
            (
                "312",
                {"measure": "models", "status": ModelStatus.RECOGNISED, "part_of": 4},
            ),
            ("trên 3.000", {"occurrences": True}),
            ("215", {"occurrences": True, "unit_of_measure": UnitOfMeasure.RECIPIENTS}),
            ("86", {"category": "Đợt 1", "measure": "recognised"}),
            ("92", {"category": "đợt 2", "measure": "recognised"}),
            ("46", {"level": L.GRASSROOTS}),
        ],
    ),
    (
        # A period after the passive verb is the count's own; the tier of the body that
        # honoured or recognised is the level; a verb right after a count is its own, not
        # the verb the count before it took; a title of another programme is that
        # programme's.
        (
            "Có 604 mô hình được công nhận năm 2024. Có 3 mô hình được Trung ương biểu "
            "dương, 11 mô hình được tỉnh biểu dương. Đã có 1.850 hộ đăng ký và 1.620 hộ đạt "
            "danh hiệu gia đình văn hóa."
        ),
        [
            ("604", {"period": Period.parse("năm 2024"), "measure": "recognised"}),
            ("3", {"level": L.CENTRAL, "measure": "honoured"}),
            ("11", {"level": L.PROVINCE, "measure": "honoured"}),
            ("1.850", {"measure": "registered"}),
            (
                "1.620",
                {"measure": "recognised", "movement_words": "danh hiệu gia đình văn hóa"},
            ),
        ],
    ),
    (
        # A subset is among its total, and counts what it counts; a bloc may be named
        # with "các"; "từ năm … đến năm …" is one period.
        (
            "Hội Nông dân đã hỗ trợ hơn 3.000 hộ vay vốn, trong đó có 1.200 hộ nghèo. "
            "Các cơ quan nhà nước đăng ký 156 mô hình; lực lượng vũ trang 32 mô hình. Từ năm "
            "2021 đến năm 2025, toàn huyện xây dựng 320 mô hình."
        ),
        [
            ("trên 3.000", {"measure": "supported"}),
            ("1.200", {"measure": "supported", "subset_of": 0}),
            ("156", {"category": "Các cơ quan nhà nước", "measure": "registered"}),
            ("32", {"category": "lực lượng vũ trang", "measure": "registered"}),
            ("320", {"period": Period.parse("2021-2025"), "measure": "built"}),
        ],
    ),
    (
        # Money and workdays raised are built-in measures; a count of workdays is always
        # the workdays given; money lent in support is supported, not raised.
        (
            "Nhân dân đóng góp 12,4 tỷ đồng và 15.300 ngày công; hội viên tham gia lao động, "
            "được trên 2.000 ngày công. Hộ được hỗ trợ vay vốn với tổng số tiền 35,6 tỷ đồng."
        ),
        [
            ("12.400.000.000", {"measure": "money_raised"}),
            ("15.300", {"measure": "workdays", "unit_of_measure": UnitOfMeasure.WORKDAYS}),
            ("trên 2.000", {"measure": "workdays"}),
            ("35.600.000.000", {"measure": "supported"}),
        ],
    ),
    (
        # "thực hiện" holds "hiện", no "hiến" (donate): spending is not raising.
        "Các xã đã thực hiện 1,2 tỷ đồng vốn; nhân dân hiến 2 tỷ đồng.",
        [("1.200.000.000", {"measure": None}), ("2.000.000.000", {"measure": "money_raised"})],
    ),
    (
        # A year before the verb is no count whose verb it is: "đăng ký" stays the verb of
        # the count after it, "mới" only says the models are new. The 40 were registered on
        # one day, not in the year; a document's date is no count's day.
        (
            "Năm 2025, tỉnh tiếp tục đăng ký 350 mô hình mới; ngày 10/02/2025 đăng ký 40 mô "
            "hình mới. Thực hiện Kế hoạch số 52-KH/HU ngày 12/4/2025 của Huyện ủy, các xã đã "
            "đăng ký 46 mô hình."
        ),
        [
            ("350", {"measure": "registered", "period": Period.parse("năm 2025")}),
            ("40", {"measure": "registered", "period": _day(2025, 2, 10)}),
            ("46", {"measure": "registered", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # "mô hình về …" names its field, as "thuộc lĩnh vực …" does; "an sinh xã hội" is
        # of culture and society.
        (
            "Các chi bộ đã xây dựng 34 mô hình; trong đó 21 mô hình về phát triển kinh tế, "
            "13 mô hình về an sinh xã hội."
        ),
        [
            ("34", {"fields": ()}),
            ("21", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("13", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
        ],
    ),
    (
        # "với tổng số 248 mô hình" is the verb's own object, not a new role; a word of
        # aspect before the verb after a count is passed over.
        (
            "Có 21/21 xã và 36/36 cơ quan đăng ký xây dựng mô hình với tổng số 248 mô hình. "
            "Đến nay có 1.126 mô hình đang duy trì hoạt động, 3.012 mô hình đang hoạt động."
        ),
        [
            ("21", {"measure": "coverage"}),
            ("36", {"measure": "coverage"}),
            ("248", {"measure": "registered"}),
            ("1.126", {"measure": "in_operation"}),
            ("3.012", {"measure": "in_operation"}),
        ],
    ),
    (
        # Medals and orders are awards, their verb after a list too; an issuer "của …" with
        # no "cho"; a conference is no body that commends.
        (
            "Có 8 tập thể, 12 cá nhân được Ban Dân vận Trung ương tặng Kỷ niệm chương. Hội "
            "nghị đã khen thưởng 45 tập thể, trong đó: Bằng khen của UBND tỉnh 10 tập thể; "
            "Giấy khen của Ban Dân vận Tỉnh ủy 35 tập thể."
        ),
        [
            (
                "8",
                {
                    "measure": "commended",
                    "award_form": AwardForm.COMMEMORATIVE_MEDAL,
                    "issuer_words": "Ban Dân vận Trung ương",
                },
            ),
            ("12", {"measure": "commended", "award_form": AwardForm.COMMEMORATIVE_MEDAL}),
            ("45", {"measure": "commended", "issuer_words": None}),
            ("10", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "issuer_words": "của UBND tỉnh"}),
            (
                "35",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "của Ban Dân vận Tỉnh ủy",
                },
            ),
        ],
    ),
    (
        # Recognised anew and recognised again, side by side, are two cells; "mới" alone
        # names none.
        (
            "Năm 2025 có 35 mô hình mới được công nhận và 12 mô hình được công nhận lại. Có "
            "40 mô hình mới được công nhận."
        ),
        [
            ("35", {"category": "mới", "measure": "recognised"}),
            ("12", {"category": "công nhận lại", "measure": "recognised"}),
            ("40", {"category": None, "measure": "recognised"}),
        ],
    ),
    (
        # A measure with a fraction is a quantity, its qualifier and unit kept.
        (
            "Nhân dân hiến 9.400 m2 đất, làm mới 23,5 km đường giao thông và nạo vét gần "
            "1,5 km kênh mương; hiến 2,3 ha đất sản xuất."
        ),
        [
            ("9.400", {"noun": "m2", "unit_of_measure": UnitOfMeasure.M2}),
            ("23,5 km", {"unit_of_measure": UnitOfMeasure.KM, "text": "23,5 km"}),
            ("gần 1,5 km", {"value": parse_quantity("gần 1,5 km")}),
            ("2,3 ha", {"unit_of_measure": UnitOfMeasure.HA, "noun": "ha"}),
        ],
    ),
    (
        # A field that ends before "và" is the item before's, not the next count's.
        (
            "Hiện có 1.180 mô hình đang duy trì, trong đó 702 mô hình lĩnh vực kinh tế, 251 "
            "mô hình lĩnh vực quốc phòng - an ninh và 227 mô hình lĩnh vực xây dựng hệ thống "
            "chính trị."
        ),
        [
            ("1.180", {"measure": "in_operation"}),
            ("702", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("251", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("227", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        # A bare number after "tăng" changes the figure before it and counts what it counts,
        # the noun of the line's subject.
        "Tổng số mô hình đăng ký năm 2024 là 845, tăng 63 so với năm 2023.",
        [
            ("845", {"measure": "registered", "unit_of_measure": UnitOfMeasure.MODELS}),
            (
                "63",
                {
                    "change": Change.INCREASE,
                    "unit_of_measure": UnitOfMeasure.MODELS,
                    "compared_to": Period.parse("năm 2023"),
                    "noun": "mô hình",
                },
            ),
        ],
    ),
    (
        # "Đến hết năm …" gives the day a stock stands on, not a period it happened in;
        # its parts stand on that day too. "Hằng năm" makes a figure of every year.
        (
            "Tính đến hết năm 2025, toàn huyện có 408 mô hình, trong đó 61 mô hình cấp huyện. "
            "Hằng năm, các chi bộ đăng ký trên 120 mô hình."
        ),
        [
            ("408", {"as_of": dt.date(2025, 12, 31), "period": None}),
            ("61", {"as_of": dt.date(2025, 12, 31), "period": None, "part_of": 0}),
            ("trên 120", {"average_words": "Hằng năm", "measure": "registered"}),
        ],
    ),
    (
        # Bodies joined into one subject are one cell; groups of units are cells too.
        (
            "Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh đăng ký 236 mô hình; khối "
            "các cơ quan đảng, đoàn thể đăng ký 58 mô hình. Riêng năm 2025, các phường đăng "
            "ký 41 mô hình, các cơ quan, đơn vị đăng ký 19 mô hình."
        ),
        [
            ("236", {"category": "Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh"}),
            ("58", {"category": "khối các cơ quan đảng, đoàn thể"}),
            ("41", {"category": "các phường", "measure": "registered"}),
            ("19", {"category": "các cơ quan, đơn vị", "measure": "registered"}),
        ],
    ),
    (
        # "mới" in a part says new among its total, not a verb of its own.
        "Năm 2024, Đảng ủy xã công nhận 23 mô hình cấp cơ sở, trong đó có 9 mô hình mới.",
        [
            ("23", {"measure": "recognised", "level": RecognitionLevel.GRASSROOTS}),
            ("9", {"measure": "recognised", "subset_of": 0}),
        ],
    ),
    (
        # A proposal after the counts: their measure is proposed, the award the one asked.
        (
            "Ban Thường vụ đã lựa chọn 5 mô hình tiêu biểu đề nghị cấp tỉnh công nhận; chọn 7 "
            "tập thể, 9 cá nhân đề nghị Ban Dân vận Trung ương tặng Kỷ niệm chương."
        ),
        [
            ("5", {"measure": "proposed", "award_form": None}),
            (
                "7",
                {
                    "measure": "proposed",
                    "award_form": AwardForm.COMMEMORATIVE_MEDAL,
                    "issuer_words": "Ban Dân vận Trung ương",
                },
            ),
            ("9", {"measure": "proposed", "award_form": AwardForm.COMMEMORATIVE_MEDAL}),
        ],
    ),
    (
        # A grade after a count names its cell alone too; the result of an appraisal is
        # a grade ("đạt", "không đạt"), not the body that appraised; "đất" is no "đạt".
        (
            "Có 207/230 mô hình hoạt động hiệu quả. Hội đồng huyện thẩm định 38 mô hình, "
            "kết quả có 33 mô hình đạt, 5 mô hình không đạt. Nhân dân hiến 4.100 m2 đất, "
            "góp 2.300 ngày công."
        ),
        [
            ("207", {"category": "hiệu quả", "out_of": Count(230)}),
            ("38", {"category": None}),
            ("33", {"category": "đạt"}),
            ("5", {"category": "không đạt"}),
            ("4.100", {"category": None}),
            ("2.300", {"measure": "workdays"}),
        ],
    ),
    (
        # A level after a comma, with its verb before its number, labels the next item.
        ("Số điển hình được khen thưởng là 142, trong đó cấp tỉnh khen 17, cấp huyện khen 125."),
        [
            ("142", {"measure": "commended"}),
            ("17", {"level": RecognitionLevel.PROVINCE, "part_of": 0}),
            ("125", {"level": RecognitionLevel.DISTRICT, "part_of": 0}),
        ],
    ),
    (
        # Certificates counted are awards, one to each recipient; "người dân" is a noun,
        # "người dân tộc" is not.
        (
            "Huyện ủy trao 36 Giấy khen cho các tập thể, cá nhân; đã có hơn 9.000 lượt người "
            "dân tham gia, trong đó 2.100 người dân tộc thiểu số."
        ),
        [
            (
                "36",
                {
                    "measure": "commended",
                    "unit_of_measure": UnitOfMeasure.RECIPIENTS,
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "Huyện ủy",
                },
            ),
            ("trên 9.000", {"noun": "người dân", "measure": "participants"}),
            ("2.100", {"noun": "người", "subset_of": 1}),
        ],
    ),
    (
        # A length is of the thing after its unit (its cell); an act no verb names is no
        # other act's ("và nạo vét"); "làm mới" and "lắp đặt" build.
        (
            "Nhân dân làm mới 21,5 km đường giao thông nông thôn và lắp đặt 9 km đường điện "
            "chiếu sáng, nạo vét gần 3,2 km kênh mương."
        ),
        [
            ("21,5 km", {"measure": "built", "category": "đường giao thông nông thôn"}),
            ("9", {"measure": "built", "category": "đường điện chiếu sáng"}),
            ("gần 3,2 km", {"measure": None, "category": "kênh mương"}),
        ],
    ),
    (
        # A sentence that opens with "Trong đó" lists parts of the count before it.
        (
            "Năm 2025, toàn huyện công nhận 96 mô hình các cấp. Trong đó, có 11 mô hình cấp "
            "tỉnh và 30 mô hình cấp huyện."
        ),
        [
            ("96", {"measure": "recognised"}),
            ("11", {"part_of": 0, "measure": "recognised", "period": Period.parse("năm 2025")}),
            ("30", {"part_of": 0, "level": RecognitionLevel.DISTRICT}),
        ],
    ),
    (
        # A quoted name holds no verb; a conference's kind is no measure; models
        # replicated to different places are different cells; an adviser is no issuer.
        (
            'Từ mô hình "Tuyên dương người tốt", nhân dân hiến 1.200 m2 đất. Huyện tổ chức '
            "3 hội nghị biểu dương. Có 4 mô hình được nhân rộng ra toàn huyện và 9 mô hình "
            "được nhân rộng ra các xã. Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện "
            "ủy khen thưởng 6 tập thể."
        ),
        [
            ("1.200", {"measure": "land_donated"}),
            ("3", {"measure": None, "unit_of_measure": UnitOfMeasure.CONFERENCES}),
            ("4", {"measure": "replicated", "category": "toàn huyện"}),
            ("9", {"measure": "replicated", "category": "các xã"}),
            ("6", {"measure": "commended", "issuer_words": "Ban Thường vụ Huyện ủy"}),
        ],
    ),
    (
        # Models new and built in the year, among those operating, are built; grades.
        (
            "Toàn huyện có 640 mô hình đang hoạt động, trong đó có 52 mô hình mới xây dựng "
            "trong năm. Có 85 mô hình đạt hiệu quả cao, 17 mô hình hoạt động cầm chừng."
        ),
        [
            ("640", {"measure": "in_operation"}),
            ("52", {"measure": "built", "subset_of": 0}),
            ("85", {"category": "hiệu quả cao"}),
            ("17", {"category": "cầm chừng"}),
        ],
    ),
    (
        # A level label heads its clause ("a) Cấp tỉnh: …"); bullets on lines of their own
        # hang from the line that ends with a colon; "đề nghị cấp tỉnh" proposes.
        (
            "Kết quả thực hiện năm 2025:\na) Cấp tỉnh: công nhận 18 mô hình, 27 điển hình;\n"
            "b) Cấp huyện: công nhận 130 mô hình, 9 mô hình đề nghị cấp tỉnh.\n"
            "Toàn huyện có 240 mô hình, trong đó:\n- cấp huyện 52 mô hình;\n- cấp xã 188 mô hình."
        ),
        [
            (
                "18",
                {"level": L.PROVINCE, "measure": "recognised", "period": Period.parse("năm 2025")},
            ),
            ("27", {"level": L.PROVINCE, "kind": ModelKind.EXEMPLAR}),
            ("130", {"level": L.DISTRICT, "measure": "recognised"}),
            ("9", {"level": L.PROVINCE, "measure": "proposed"}),
            ("240", {"part_of": None}),
            ("52", {"part_of": 4, "level": L.DISTRICT}),
            ("188", {"part_of": 4, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # Bulleted statements with subjects of their own are no list of the one before,
        # departments ("Sở") are items of one; a count that something was done to is no
        # count of models.
        (
            "- Số mô hình được công nhận: 310 mô hình; - Số mô hình đề nghị cấp tỉnh công "
            "nhận: 21 mô hình. Có 44 mô hình được giới thiệu trên báo chí. Năm 2025 có 17 mô "
            "hình, trong đó: Sở Y tế 9 mô hình; Sở Tư pháp 8 mô hình."
        ),
        [
            ("310", {"measure": "recognised"}),
            ("21", {"measure": "proposed", "subset_of": None, "part_of": None}),
            ("44", {"measure": None}),
            ("17", {"part_of": None}),
            ("9", {"part_of": 3, "category": "Sở Y tế"}),
            ("8", {"part_of": 3, "category": "Sở Tư pháp"}),
        ],
    ),
    (
        # "gương điển hình" are exemplars; "Tính chung giai đoạn …" heads its clause; a
        # title of another programme in quotes; recognised anew and again are two cells;
        # "với 1.486 mô hình" restates the verb's object.
        (
            "Tính chung giai đoạn 2021-2025, xã công nhận 11 gương điển hình. Có 402 hộ gia "
            'đình được công nhận "Gia đình văn hóa". Năm 2025 có 63 mô hình được công nhận '
            "mới, 20 mô hình được công nhận lại. Các xã đã đăng ký mô hình năm 2025 với 1.486 "
            "mô hình."
        ),
        [
            (
                "11",
                {
                    "unit_of_measure": UnitOfMeasure.EXEMPLARS,
                    "period": Period.parse("2021-2025"),
                    "measure": "recognised",
                },
            ),
            ("402", {"movement_words": 'công nhận "Gia đình văn hóa"'}),
            ("63", {"category": "mới", "measure": "recognised"}),
            ("20", {"category": "công nhận lại", "measure": "recognised"}),
            ("1.486", {"measure": "registered"}),
        ],
    ),
    (
        # Labelled bullets are items of the list their line hangs from, each its own
        # label; the heading's period reaches the lettered lines under it.
        (
            "Toàn tỉnh đăng ký 900 mô hình, trong đó:\n- Lĩnh vực kinh tế: 410 mô hình;\n"
            "- Lĩnh vực văn hóa - xã hội: 300 mô hình;\n- Lĩnh vực xây dựng hệ thống chính "
            "trị: 190 mô hình.\nKết quả thẩm định năm 2025:\na) Cấp tỉnh: công nhận 36 mô hình."
        ),
        [
            ("900", {"measure": "registered"}),
            ("410", {"part_of": 0, "fields": (Field.ECONOMY,)}),
            ("300", {"part_of": 0, "fields": (Field.CULTURE_SOCIETY,)}),
            ("190", {"part_of": 0, "fields": (Field.POLITICAL_SYSTEM,)}),
            ("36", {"level": L.PROVINCE, "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # People by their standing are people; in "X được Y tặng …" Y gives.
        (
            "Có 2.140 lượt cán bộ, đảng viên tham gia. Năm 2025, Hội Nông dân tỉnh được Trung "
            "ương Hội tặng Bằng khen cho 4 tập thể."
        ),
        [
            (
                "2.140",
                {
                    "unit_of_measure": UnitOfMeasure.PEOPLE,
                    "occurrences": True,
                    "measure": "participants",
                },
            ),
            ("4", {"issuer_words": "Trung ương Hội", "measure": "commended"}),
        ],
    ),
    (
        # A subject that names its period gives it to its count; "so với" names none.
        (
            "Số mô hình đăng ký năm 2025 là 1.024 mô hình. Tổng số điển hình được công nhận "
            "trong năm 2024: 356. Qua rà soát, so với năm 2023 là 45 mô hình."
        ),
        [
            ("1.024", {"period": Period.parse("năm 2025"), "measure": "registered"}),
            ("356", {"period": Period.parse("năm 2024"), "measure": "recognised"}),
            ("45", {"period": None}),
        ],
    ),
    (
        # A change in brackets after a count is that count's: its verb is the count's.
        (
            "Qua 5 năm, các cấp đã xây dựng được 8.912 mô hình (tăng 1.234 mô hình so với "
            "giai đoạn trước). Có 40 mô hình ngừng hoạt động."
        ),
        [
            ("8.912", {"measure": "built", "change": None}),
            ("1.234", {"measure": "built", "change": Change.INCREASE, "part_of": None}),
            ("40", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # Grades after the count name cells; in the clause after a total, adding up to it,
        # they are its parts; a body that acts with others ends before "phối hợp"; "đã
        # được công nhận cấp xã".
        (
            "Các cơ quan trong Khối đăng ký 95 mô hình; đến nay có 81 mô hình đạt kết quả "
            "tốt, 14 mô hình đang tiếp tục thực hiện. Có 610 mô hình hoạt động hiệu quả, 57 "
            "mô hình hoạt động trung bình. Bộ đội Biên phòng tỉnh phối hợp xây dựng 9 mô hình. "
            "Các chi hội đăng ký 40 mô hình, trong đó 22 mô hình đã được công nhận cấp xã."
        ),
        [
            ("95", {"measure": "registered"}),
            ("81", {"measure": "registered", "category": "đạt kết quả tốt", "part_of": 0}),
            ("14", {"measure": "registered", "category": "đang tiếp tục thực hiện", "part_of": 0}),
            ("610", {"category": "hiệu quả"}),
            ("57", {"category": "trung bình"}),
            ("9", {"measure": "built", "category": "Bộ đội Biên phòng tỉnh"}),
            # registered, of which some are recognised since: no stock of models
            ("40", {"measure": "registered"}),
            ("22", {"level": L.GRASSROOTS, "measure": R, "part_of": None, "subset_of": 6}),
        ],
    ),
    (
        # A stock's value in another year, in brackets after it, stands on that year's
        # end; models moved to another form have no measure.
        (
            "Lũy kế đến hết năm 2025, toàn tỉnh có 2.531 mô hình được công nhận (năm 2024 là "
            "2.187 mô hình). Có 4 mô hình chuyển sang hình thức khác."
        ),
        [
            ("2.531", {"as_of": dt.date(2025, 12, 31), "period": None}),
            ("2.187", {"as_of": dt.date(2024, 12, 31), "period": None, "measure": R}),
            ("4", {"measure": None}),
        ],
    ),
    (
        # Households helped to build are not built; households helped are supported.
        "Các xã đã giúp 132 hộ xây dựng nhà vệ sinh. Đã hỗ trợ 58 hộ xây dựng nhà ở.",
        [("132", {"measure": "supported"}), ("58", {"measure": "supported"})],
    ),
    (
        # Enterprises, districts and departments beside each other hold parts of the area's
        # models; people are not built as models are, and join in by their body's name.
        (
            "Toàn tỉnh có 31 mô hình của doanh nghiệp, 17 mô hình của các trường học. Năm "
            "2025, các huyện đăng ký 702 mô hình, các sở, ban, ngành đăng ký 193 mô hình. Các "
            "cấp công đoàn đã xây dựng 171 mô hình, thu hút 26.400 đoàn viên công đoàn tham gia."
        ),
        [
            ("31", {"category": "doanh nghiệp"}),
            ("17", {"category": "các trường học"}),
            ("702", {"category": "các huyện", "measure": "registered"}),
            ("193", {"category": "các sở, ban, ngành", "measure": "registered"}),
            ("171", {"category": "Các cấp công đoàn", "measure": "built"}),
            ("26.400", {"measure": "participants"}),
        ],
    ),
    (
        # A total written after its parts ("tổng cộng", "tổng số"): the items before it are
        # its parts; not across a sentence, nor items with no cell.
        (
            "Toàn tỉnh có 1.187 mô hình cấp cơ sở, 296 mô hình cấp huyện, 74 mô hình cấp tỉnh, "
            "tổng cộng 1.557 mô hình. Năm 2025 đăng ký 412 mô hình. Tổng số 3.020 hộ tham gia."
        ),
        [
            ("1.187", {"level": L.GRASSROOTS, "part_of": 3}),
            ("296", {"level": L.DISTRICT, "part_of": 3}),
            ("74", {"level": L.PROVINCE, "part_of": 3}),
            ("1.557", {"part_of": None, "level": None}),
            ("412", {"part_of": None}),
            ("3.020", {"part_of": None}),
        ],
    ),
    (
        # Counts of models side by side, each with the words of its kind, are cells; the
        # council of emulation and commendation names no act.
        (
            "Toàn tỉnh có 223 mô hình tự quản, 91 mô hình tổ hòa giải. Có 13 mô hình được Hội "
            "đồng Thi đua - Khen thưởng tỉnh công nhận là mô hình tiêu biểu."
        ),
        [
            ("223", {"measure": "models", "category": "tự quản"}),
            ("91", {"measure": "models", "category": "tổ hòa giải"}),
            ("13", {"measure": R, "level": L.PROVINCE}),
        ],
    ),
    (
        # The cells of a body's total by level are the body's.
        (
            "Các cấp Hội Cựu chiến binh đã đăng ký 91 mô hình, trong đó cấp tỉnh 7 mô hình, cấp "
            "huyện 29 mô hình, cấp cơ sở 55 mô hình."
        ),
        [
            ("91", {"category": "Các cấp Hội Cựu chiến binh"}),
            ("7", {"level": L.PROVINCE, "category": "Các cấp Hội Cựu chiến binh", "part_of": 0}),
            ("29", {"level": L.DISTRICT, "category": "Các cấp Hội Cựu chiến binh"}),
            ("55", {"level": L.GRASSROOTS, "category": "Các cấp Hội Cựu chiến binh"}),
        ],
    ),
    (
        # Communes with no model count nothing the models do; the body's count goes on
        # past "đến nay".
        (
            "Có 5 xã chưa có mô hình được công nhận cấp huyện. Hội Nông dân huyện đã đăng ký "
            "39 mô hình, đến nay 33 mô hình đã được công nhận."
        ),
        [
            ("5", {"noun": "xã", "measure": None}),
            ("39", {"measure": "registered", "category": "Hội Nông dân huyện"}),
            ("33", {"measure": R, "category": "Hội Nông dân huyện"}),
        ],
    ),
    (
        # Honoured by the central agencies: the central level.
        "Có 17 mô hình được các cơ quan Trung ương biểu dương, 52 mô hình được tỉnh biểu dương.",
        [
            ("17", {"measure": "honoured", "level": L.CENTRAL}),
            ("52", {"measure": "honoured", "level": L.PROVINCE}),
        ],
    ),
    (
        # Models of a kind of economy, side by side: each its own cell, not two counts of
        # the area's models.
        "Toàn tỉnh có 251 mô hình kinh tế tập thể, 193 mô hình kinh tế hộ gia đình.",
        [
            ("251", {"fields": (), "category": "kinh tế tập thể"}),
            ("193", {"fields": (), "category": "kinh tế hộ gia đình"}),
        ],
    ),
    (
        # A body has a count, and some of them are recognised: the verb after the second
        # is not the first's, and both are the body's; levels side by side share it.
        (
            "Hội Nông dân tỉnh có 61 mô hình, 23 mô hình được công nhận cấp tỉnh. Công an tỉnh "
            "có 44 mô hình “Dân vận khéo”, 19 mô hình được Bộ Công an công nhận. Cấp huyện có "
            "26 mô hình, cấp xã có 91 mô hình được công nhận."
        ),
        [
            ("61", {"measure": "models", "level": None, "category": "Hội Nông dân tỉnh"}),
            ("23", {"measure": R, "level": L.PROVINCE, "category": "Hội Nông dân tỉnh"}),
            ("44", {"measure": "models", "category": "Công an tỉnh"}),
            ("19", {"measure": R, "category": "Công an tỉnh"}),
            ("26", {"measure": R, "level": L.DISTRICT}),
            ("91", {"measure": R, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # Bare items before their total ("tổng số 281 mô hình") count what it counts.
        (
            "Các mô hình được công nhận gồm cấp tỉnh 14, cấp huyện 53 và cấp xã 214, tổng số "
            "281 mô hình."
        ),
        [
            ("14", {"level": L.PROVINCE, "part_of": 3, "unit_of_measure": U.MODELS}),
            ("53", {"level": L.DISTRICT, "part_of": 3, "unit_of_measure": U.MODELS}),
            ("214", {"level": L.GRASSROOTS, "part_of": 3, "unit_of_measure": U.MODELS}),
            ("281", {"part_of": None, "unit_of_measure": U.MODELS}),
        ],
    ),
    (
        # A district's department holds part of its models; a classroom is no body.
        (
            "Phòng Giáo dục và Đào tạo huyện có 21 mô hình được công nhận. Huyện đã xây mới "
            "214 phòng học, tăng 16 mô hình so với năm trước."
        ),
        [
            ("21", {"measure": R, "category": "Phòng Giáo dục và Đào tạo huyện"}),
            ("214", {"noun": "phòng học"}),
            ("16", {"category": None, "change": Change.INCREASE}),
        ],
    ),
    (
        # Models among a people or in a work are a cell, not the area's stock; a year is
        # no such cell.
        (
            "Toàn tỉnh có 186 mô hình trong đồng bào dân tộc thiểu số, 29 mô hình “Dân vận "
            "khéo” trong chuyển đổi số. Có 45 mô hình trong năm 2025."
        ),
        [
            ("186", {"measure": "models", "category": "trong đồng bào dân tộc thiểu số"}),
            ("29", {"measure": "models", "category": "trong chuyển đổi số"}),
            ("45", {"category": None, "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # Years' items, only the last with its noun: each counts models, in its own year;
        # the total of no period of its own spans their years, which add up to it.
        (
            "Qua 4 năm, toàn tỉnh có 3.642 mô hình được công nhận, trong đó năm 2022 có 805, "
            "năm 2023 có 893, năm 2024 có 941 và năm 2025 có 1.003 mô hình."
        ),
        [
            ("3.642", {"measure": R, "period": Period.years(2022, 2025)}),
            (
                "805",
                {"measure": R, "unit_of_measure": U.MODELS, "period": Period.parse("năm 2022")},
            ),
            ("893", {"unit_of_measure": U.MODELS, "period": Period.parse("năm 2023")}),
            ("941", {"unit_of_measure": U.MODELS, "period": Period.parse("năm 2024")}),
            ("1.003", {"unit_of_measure": U.MODELS, "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # A body's next act ("đóng góp") goes on with the body; models whose recognition
        # is revoked have stopped, kept apart from the models there are.
        (
            "Hội Nông dân các cấp đã vận động nông dân hiến 18.400 m2 đất, đóng góp 9.500 ngày "
            "công. Trong năm có 4 mô hình bị thu hồi quyết định công nhận."
        ),
        [
            ("18.400", {"category": "Hội Nông dân các cấp", "measure": "land_donated"}),
            ("9.500", {"category": "Hội Nông dân các cấp", "measure": "workdays"}),
            ("4", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # A place that heads its sentence after "Tại" is every count's in it, and no
        # further; "Tại Hội nghị" names no place.
        (
            "Tại huyện Yên Mô, năm 2025 có 174 mô hình được đăng ký, 158 mô hình được công "
            "nhận. Tại Hội nghị, 36 điển hình được biểu dương. Nhân dân đóng góp 2,4 tỷ đồng."
        ),
        [
            ("174", {"place_words": "huyện Yên Mô", "measure": "registered"}),
            ("158", {"place_words": "huyện Yên Mô", "measure": R}),
            ("36", {"place_words": None, "measure": "honoured"}),
            ("2.400.000.000", {"place_words": None}),
        ],
    ),
    (
        # Models not bearing fruit are a cell, not the area's stock.
        "Vẫn còn 14 mô hình chưa phát huy hiệu quả, 5 mô hình không mang lại hiệu quả.",
        [
            ("14", {"measure": "models", "category": "chưa phát huy hiệu quả"}),
            ("5", {"measure": "models", "category": "không mang lại hiệu quả"}),
        ],
    ),
    (
        # A grade's change names the grade's cell; the cost of a body's act is the body's.
        (
            "Số mô hình đạt loại xuất sắc tăng 11 mô hình so với năm 2024. Hội Cựu chiến binh "
            "tỉnh đã xây dựng 38 mô hình, hỗ trợ vốn cho 260 hộ với tổng số tiền 7,8 tỷ đồng."
        ),
        [
            ("11", {"category": "xuất sắc", "change": Change.INCREASE}),
            ("38", {"category": "Hội Cựu chiến binh tỉnh", "measure": "built"}),
            ("260", {"category": "Hội Cựu chiến binh tỉnh", "measure": "supported"}),
            ("7.800.000.000", {"category": "Hội Cựu chiến binh tỉnh", "unit_of_measure": U.VND}),
        ],
    ),
    (
        # A body's change after its count's level is the body's.
        (
            "Năm 2025, Hội Nông dân huyện được công nhận 7 mô hình cấp huyện, tăng 3 mô hình "
            "so với năm 2024."
        ),
        [
            ("7", {"level": L.DISTRICT, "category": "Hội Nông dân huyện"}),
            (
                "3",
                {"level": L.DISTRICT, "category": "Hội Nông dân huyện", "change": Change.INCREASE},
            ),
        ],
    ),
    (
        # Sessions of dialogue are dialogue conferences, others no; a village's number
        # in a name is no figure, but "các thôn 41 mô hình" still counts by village.
        (
            "Trong năm, xã đã tổ chức 14 buổi tuyên truyền và 6 buổi đối thoại với nhân dân. "
            "Chị Lê Thị C, Chi hội trưởng Chi hội Phụ nữ thôn 4, đã vận động 38 hộ tham gia mô "
            "hình. Các thôn 41 mô hình, các tổ dân phố 23 mô hình."
        ),
        [
            ("14", {"measure": None, "noun": "buổi tuyên truyền"}),
            ("6", {"measure": "dialogue_conferences", "unit_of_measure": U.CONFERENCES}),
            ("38", {"measure": "participants"}),
            ("41", {"category": "Các thôn"}),
            ("23", {"category": "các tổ dân phố"}),
        ],
    ),
    (
        # A conference named by its act honours the count right after it (but not one
        # past its name); exemplars found and fostered, models joined, are no count of
        # the area's models.
        (
            'Ngày 20/12/2025, Đảng ủy xã tổ chức Hội nghị biểu dương 27 điển hình "Dân vận '
            'khéo". Tại Hội nghị biểu dương, 12 điển hình được tặng Giấy khen. Đoàn xã đã phát '
            "hiện, bồi dưỡng 14 điển hình tiên tiến. Hội Nông dân xã đã vận động 640 hội viên "
            "tham gia 31 mô hình."
        ),
        [
            ("27", {"measure": "honoured", "kind": E}),
            ("12", {"measure": "commended"}),
            ("14", {"measure": None}),
            ("640", {"measure": "participants"}),
            ("31", {"measure": None}),
        ],
    ),
    (
        # A difference from another year is a change, of the subject's year; a unit's new
        # name in brackets still names the unit; ", với 21 mô hình" goes on with the body.
        (
            "Số điển hình được biểu dương năm 2025 ít hơn năm 2024 là 17 điển hình. Số mô hình "
            "đăng ký năm 2025 tăng so với năm 2024 là 38. Huyện Hoa Lư (nay là phường Hoa Lư) "
            "có 52 mô hình. Bộ Chỉ huy Quân sự tỉnh có 9/9 cơ quan, đơn vị đăng ký mô hình, với "
            "21 mô hình."
        ),
        [
            (
                "17",
                {
                    "change": Change.DECREASE,
                    "period": Period.parse("năm 2025"),
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
            ("38", {"change": Change.INCREASE, "measure": "registered"}),
            ("52", {"place_words": "Huyện Hoa Lư"}),
            ("9", {"measure": "coverage"}),
            ("21", {"measure": "registered", "category": "Bộ Chỉ huy Quân sự tỉnh"}),
        ],
    ),
    (
        # A body's counts by level side by side, the first with its passive verb; models
        # paused are stopped; models changed or merged are no count of the area's.
        (
            "Hội Người cao tuổi tỉnh có 3 mô hình được công nhận cấp tỉnh và 17 mô hình cấp "
            "huyện. Trong năm, có 9 mô hình tạm dừng do sáp nhập thôn, 5 mô hình chuyển đổi "
            "nội dung cho phù hợp."
        ),
        [
            ("3", {"level": L.PROVINCE, "category": "Hội Người cao tuổi tỉnh", "measure": R}),
            ("17", {"level": L.DISTRICT, "category": "Hội Người cao tuổi tỉnh", "measure": R}),
            ("9", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("5", {"measure": None}),
        ],
    ),
    (
        # "Phân theo …:" by any dimension opens a list of the total before it; a count in
        # brackets after the year a change is compared with is that year's, whatever
        # words come first in the brackets; a period before an aside closes its sentence.
        (
            "Năm 2025, toàn xã đăng ký 72 mô hình. Phân theo chủ thể thực hiện: khối Đảng 11 "
            "mô hình, khối chính quyền 19 mô hình, Mặt trận và các đoàn thể 42 mô hình. So với "
            "năm 2024 (tổng của 4 xã trước sắp xếp là 61 mô hình), số mô hình đăng ký tăng 11 "
            "mô hình. Toàn xã công nhận 236 mô hình trong giai đoạn 2021 - 2025 (trong đó 31 "
            "mô hình cấp huyện)."
        ),
        [
            ("72", {"measure": "registered", "period": Period.parse("năm 2025")}),
            ("11", {"measure": "registered", "category": "khối Đảng", "part_of": 0}),
            ("19", {"measure": "registered", "part_of": 0}),
            ("42", {"measure": "registered", "part_of": 0}),
            ("4", {"measure": None}),
            ("61", {"period": Period.parse("năm 2024"), "part_of": None}),
            ("11", {"change": Change.INCREASE, "compared_to": Period.parse("năm 2024")}),
            ("236", {"measure": R, "period": Period.parse("2021 - 2025")}),
            ("31", {"level": L.DISTRICT, "part_of": 7, "period": Period.parse("2021 - 2025")}),
        ],
    ),
    (
        # The holder after "là"; the level of a subject that names no "số"; a count in
        # brackets right after the year a change is set against is that year's, no part.
        (
            "Đến hết năm 2025, toàn tỉnh có 1.836 điển hình là cá nhân và 942 điển hình là "
            "tập thể. Trong đó, mô hình cấp huyện tăng từ 205 mô hình năm 2021 lên 318 mô "
            "hình năm 2025. Năm 2025, các cấp công nhận 426 mô hình, tăng so với năm 2024 "
            "(391 mô hình)."
        ),
        [
            ("1.836", {"holder": HolderKind.INDIVIDUAL, "kind": E}),
            ("942", {"holder": HolderKind.COLLECTIVE, "kind": E}),
            ("205", {"level": L.DISTRICT, "period": Period.parse("năm 2021")}),
            ("318", {"level": L.DISTRICT, "period": Period.parse("năm 2025")}),
            ("426", {"measure": R, "period": Period.parse("năm 2025")}),
            (
                "391",
                {
                    "measure": R,
                    "period": Period.parse("năm 2024"),
                    "part_of": None,
                    "subset_of": None,
                },
            ),
        ],
    ),
    (
        # Models made known or visited are no count of the area's models: no measure.
        (
            "Năm 2025, tỉnh đã in 3.000 cuốn sách ảnh giới thiệu 140 mô hình tiêu biểu. Đài "
            "Phát thanh và Truyền hình tỉnh đã phát sóng 64 điển hình. Đoàn công tác đã "
            "tham quan, học tập 9 mô hình. Toàn tỉnh có 1.180 mô hình."
        ),
        [
            ("3.000", {"measure": None, "noun": "cuốn sách"}),
            ("140", {"measure": None}),
            ("64", {"measure": None}),
            ("9", {"measure": None}),
            ("1.180", {"measure": "models"}),
        ],
    ),
    (
        # Units of one body, however long their subject runs before the act; a cluster
        # named by its number; the units of a bloc in a province's report (but "các cơ
        # quan trong Khối" are all of the bloc's own, in its report).
        (
            "Các đơn vị lực lượng vũ trang trên địa bàn tỉnh đã phối hợp với các xã biên giới "
            "xây dựng 42 mô hình. Cụm thi đua số 2 có 318 mô hình. Các chi bộ trong Đảng bộ "
            "Khối Doanh nghiệp tỉnh đăng ký 57 mô hình. Các cơ quan trong Khối đăng ký 88 mô "
            "hình. Các tổ chức cơ sở đảng trong Đảng bộ Quân sự tỉnh xây dựng 31 mô hình."
        ),
        [
            (
                "42",
                {"measure": "built", "category": "Các đơn vị lực lượng vũ trang trên địa bàn tỉnh"},
            ),
            ("318", {"measure": "models", "category": "Cụm thi đua số 2"}),
            (
                "57",
                {
                    "measure": "registered",
                    "category": "Các chi bộ trong Đảng bộ Khối Doanh nghiệp tỉnh",
                },
            ),
            ("88", {"measure": "registered", "category": None}),
            (
                "31",
                {
                    "measure": "built",
                    "category": "Các tổ chức cơ sở đảng trong Đảng bộ Quân sự tỉnh",
                },
            ),
        ],
    ),
    (
        # Models chosen or made known, whatever they are called, are no count of the area's;
        # talks and dialogues held together are dialogues.
        (
            "Năm 2025 có 3 mô hình tiêu biểu được chọn báo cáo tham luận tại Hội nghị tổng kết. "
            "Có 5 mô hình hiệu quả được giới thiệu trên Báo Ninh Bình. Các cấp đã tổ chức "
            "1.245 cuộc tiếp xúc, đối thoại với Nhân dân."
        ),
        [
            ("3", {"measure": None}),
            ("5", {"measure": None}),
            ("1.245", {"measure": "dialogue_conferences"}),
        ],
    ),
    (
        # Models inspected are no count of recognised ones; those no longer kept up stopped.
        (
            "Đoàn kiểm tra của huyện đã kiểm tra 36 mô hình được công nhận từ các năm trước, "
            "có 2 mô hình không còn duy trì."
        ),
        [
            ("36", {"measure": None}),
            ("2", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # A number that ends a unit's name is the name's: "xã Sơn Kim 2", "Phường 3", "Quận
        # 1"; not the count after a list of kinds ("các xã, phường 33 mô hình").
        (
            "Xã Sơn Kim 1 có 25 hộ tham gia, xã Sơn Kim 2 có 30 hộ tham gia. Quận 1 có 45 mô "
            "hình, Phường 3 có 12 mô hình; các xã, phường 33 mô hình."
        ),
        [
            ("25", {"place_words": "Xã Sơn Kim 1"}),
            ("30", {"place_words": "xã Sơn Kim 2"}),
            ("45", {"place_words": "Quận 1"}),
            ("12", {"place_words": "Phường 3"}),
            ("33", {"place_words": None}),
        ],
    ),
    (
        # Units named by their numbers, listed, are named, not counted: "các phường 1, 2, 3";
        # a level's count in a list stays one ("cấp xã 12, 8 điển hình").
        (
            "Trước khi sắp xếp, các phường 1, 2, 3 và phường Đông Lương đã xây dựng 212 mô "
            "hình. Tổ 5, 7 và 9 có 18 mô hình. Trong đó: cấp tỉnh 5, cấp xã 12, 8 điển hình."
        ),
        [
            ("212", {"measure": "built"}),
            ("18", {"measure": "models"}),
            ("5", {"level": RecognitionLevel.PROVINCE}),
            ("12", {"level": RecognitionLevel.GRASSROOTS}),
            ("8", {"kind": ModelKind.EXEMPLAR}),
        ],
    ),
    (
        # People and households take part; a length after them took none ("trồng 3,5 km").
        (
            "Xã có 120 hộ tham gia, trồng 3,5 km hoa; 1.200 hội viên tham gia, đóng góp 3.000 "
            "ngày công."
        ),
        [
            ("120", {"measure": "participants"}),
            ("3,5 km", {"measure": None}),
            ("1.200", {"measure": "participants"}),
            ("3.000", {"measure": "workdays"}),
        ],
    ),
    (
        # Models recognised among those proposed for a level are of that level.
        (
            "Năm 2025, huyện có 24 mô hình được đề nghị công nhận cấp tỉnh, trong đó 20 mô "
            "hình đã được công nhận."
        ),
        [
            ("24", {"measure": "proposed", "level": RecognitionLevel.PROVINCE}),
            (
                "20",
                {"measure": "recognised", "level": RecognitionLevel.PROVINCE, "subset_of": 0},
            ),
        ],
    ),
    (
        # A rank ("Top 10", "tốp 5") is no count of models.
        (
            "Mô hình của xã đứng trong Top 10 mô hình tiêu biểu toàn quốc; tốp 5 mô hình dẫn "
            "đầu được biểu dương. Năm 2025, tỉnh có 36 mô hình được biểu dương."
        ),
        [("36", {"measure": "honoured"})],
    ),
    (
        # Models among a count of registrations of models and exemplars ("lượt") count
        # registrations too.
        (
            "Năm 2025, toàn tỉnh có 726 lượt mô hình, điển hình đăng ký xây dựng. Trong đó, "
            "cấp huyện 96 mô hình; cấp xã 630 mô hình."
        ),
        [
            ("726", {"occurrences": True}),
            ("96", {"occurrences": True, "part_of": 0}),
            ("630", {"occurrences": True, "part_of": 0}),
        ],
    ),
    (
        # The level after the models' quoted name in a list's item is theirs; bodies of a
        # tier are no level ("các cơ quan, đơn vị cấp tỉnh").
        (
            "Năm 2025, toàn tỉnh có 204 mô hình. Trong đó, mô hình “Dân vận khéo” cấp huyện 24 "
            "mô hình; cấp xã 180 mô hình."
        ),
        [
            ("204", {"level": None}),
            ("24", {"level": RecognitionLevel.DISTRICT, "part_of": 0}),
            ("180", {"level": RecognitionLevel.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        # Models that could not be kept up ("không duy trì được") stopped, as did those "không
        # hoạt động", but not those "không hoạt động hiệu quả" (not effective); models that
        # will be recognised ("sẽ công nhận") are not yet.
        (
            "Rà soát cho thấy 11 mô hình không duy trì được, 4 mô hình không hoạt động; "
            "đầu năm 2026 huyện sẽ công nhận 20 mô hình. Còn 7 mô hình không hoạt động hiệu "
            "quả, 2 mô hình không hoạt động thường xuyên."
        ),
        [
            ("11", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("4", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("20", {"measure": None}),
            ("7", {"status": None}),
            ("2", {"status": None}),
        ],
    ),
    (
        # "mỗi" after a count makes it each one's (not "mới", new); models "do cá nhân làm
        # chủ" are individuals'; a named model's places are no count of places with a model.
        (
            "Các huyện Yên Mô, Yên Khánh có trên 200 mô hình mỗi huyện. Ngoài ra, có 56 mô "
            'hình do cá nhân làm chủ. Mô hình "Tổ tự quản đường làng" ở 12 xã đã duy trì '
            "180 km đường sạch đẹp. Các mô hình “Dân vận khéo” tại 45 xã đều hoạt động tốt."
        ),
        [
            ("trên 200", {"average_words": "mỗi huyện", "measure": "models"}),
            ("56", {"measure": "models", "holder": HolderKind.INDIVIDUAL}),
            ("12", {"measure": None}),
            ("180", {"measure": "in_operation"}),
            ("45", {"measure": "coverage"}),
        ],
    ),
    (
        # A count in brackets after its field's share is of that field; a ratio after
        # "so với số đăng ký" counts what its subject's verb says, out of those registered.
        (
            "Các mô hình thuộc lĩnh vực văn hóa - xã hội là 28,6% (409 mô hình), lĩnh vực kinh "
            "tế chiếm 42,1% (602 mô hình). Số mô hình được công nhận đạt 78,4% so với số đăng "
            "ký (1.146/1.462 mô hình)."
        ),
        [
            ("28,6%", {"fields": (Field.CULTURE_SOCIETY,)}),
            ("409", {"measure": "models", "fields": (Field.CULTURE_SOCIETY,)}),
            ("42,1%", {"fields": (Field.ECONOMY,)}),
            ("602", {"measure": "models", "fields": (Field.ECONOMY,)}),
            ("78,4%", {"measure": "recognised"}),
            ("1.146", {"measure": "recognised", "out_of": Count(1462)}),
        ],
    ),
    (
        # Kinds of unit joined into one subject, beside another's: each count is a cell.
        (
            "Năm 2025, các xã, phường, thị trấn đăng ký 1.024 mô hình, các cơ quan, đơn vị cấp "
            "huyện đăng ký 186 mô hình; các phòng, ban, ngành huyện xây dựng 42 mô hình."
        ),
        [
            ("1.024", {"measure": "registered", "category": "các xã, phường, thị trấn"}),
            ("186", {"measure": "registered", "category": "các cơ quan, đơn vị cấp huyện"}),
            ("42", {"measure": "built", "category": "các phòng, ban, ngành huyện"}),
        ],
    ),
    (
        # "Trong số N … có M …" opens a list with no comma too; a name holding a count
        # before the number is no body's name.
        "Trong số 45 mô hình cấp tỉnh có 12 mô hình của Hội Nông dân.",
        [
            ("45", {"level": L.PROVINCE}),
            ("12", {"category": "Hội Nông dân", "part_of": 0}),
        ],
    ),
    (
        # The level of the bodies of many units that recognised: "UBND các huyện".
        "Có 48 mô hình được UBND các huyện công nhận.",
        [("48", {"measure": R, "level": L.DISTRICT})],
    ),
    (
        # Those who took part in a body's models are the body's count too.
        (
            "Hội Nông dân có 24 mô hình liên kết sản xuất với 1.856 hộ tham gia. Hội Phụ nữ "
            "xây dựng 36 mô hình với sự tham gia của 2.400 hội viên."
        ),
        [
            ("24", {"category": "Hội Nông dân"}),
            ("1.856", {"measure": "participants", "category": "Hội Nông dân"}),
            ("36", {"category": "Hội Phụ nữ"}),
            ("2.400", {"measure": "participants", "category": "Hội Phụ nữ"}),
        ],
    ),
    (
        # What a body raised, listed, is all the body's: money, then workdays or land.
        (
            "Hội Nông dân xã vận động hội viên góp 120 triệu đồng, 450 ngày công làm đường. "
            "Mặt trận xã vận động Nhân dân hiến 1.200 m2 đất và đóng góp 320 ngày công."
        ),
        [
            ("120.000.000", {"measure": "money_raised", "category": "Hội Nông dân xã"}),
            ("450", {"measure": "workdays", "category": "Hội Nông dân xã"}),
            ("1.200", {"measure": "land_donated", "category": "Mặt trận xã"}),
            ("320", {"measure": "workdays", "category": "Mặt trận xã"}),
        ],
    ),
    (
        # Whose models they are, written after the noun or in the subject: the people of a
        # cell, a household; a passive past those words still says what was done.
        (
            "Có 58 mô hình của đồng bào dân tộc thiểu số được công nhận. Số mô hình của hộ "
            "gia đình là 412. Có 36 mô hình trong đồng bào dân tộc thiểu số được công nhận."
        ),
        [
            ("58", {"measure": R, "category": "của đồng bào dân tộc thiểu số"}),
            ("412", {"measure": "models", "holder": H}),
            ("36", {"measure": R, "category": "trong đồng bào dân tộc thiểu số"}),
        ],
    ),
    (
        # A level after the models' quoted name, in a subject, is the count's (and that of
        # the year compared); what the last cell of a list "lần lượt" has is no name of it;
        # the communes the list names, after their kind, are each count's place.
        (
            'Số mô hình "Dân vận khéo" cấp xã được công nhận là 98 mô hình (năm 2024: 86 mô '
            "hình). Các xã Yên Thắng, Yên Hòa, Yên Lâm có số mô hình nhiều nhất, lần lượt là "
            "42, 38, 35 mô hình."
        ),
        [
            ("98", {"measure": R, "level": L.GRASSROOTS}),
            ("86", {"measure": R, "level": L.GRASSROOTS, "period": Period.year(2024)}),
            ("42", {"place_words": "xã Yên Thắng", "category": None}),
            ("38", {"place_words": "xã Yên Hòa"}),
            ("35", {"place_words": "xã Yên Lâm"}),
        ],
    ),
    (
        # Fields joined are one merged bucket; "các lĩnh vực …" names every field, no cell.
        (
            "Có 96/126 mô hình (76,2%) thuộc lĩnh vực kinh tế và văn hóa - xã hội. Toàn huyện "
            "có 126 mô hình ở các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh."
        ),
        [
            ("96", {"fields": (Field.ECONOMY, Field.CULTURE_SOCIETY), "out_of": Count(126)}),
            ("76,2%", {"fields": ()}),
            ("126", {"fields": ()}),
        ],
    ),
    (
        # Fields merged before a count's colon, or joined before the count itself, are one
        # bucket; a field joined before the next item's count is that item's.
        (
            "Lĩnh vực kinh tế và văn hóa - xã hội: 96 mô hình. Lĩnh vực quốc phòng - an ninh "
            "và xây dựng hệ thống chính trị có 30 mô hình."
        ),
        [
            ("96", {"fields": (Field.ECONOMY, Field.CULTURE_SOCIETY)}),
            ("30", {"fields": (Field.DEFENCE_SECURITY, Field.POLITICAL_SYSTEM)}),
        ],
    ),
    (
        # A count that names its fields after it does not take the item before's.
        (
            "Toàn huyện có 126 mô hình, trong đó 96 mô hình thuộc lĩnh vực kinh tế và văn hóa "
            "- xã hội, 30 mô hình thuộc lĩnh vực quốc phòng - an ninh và xây dựng hệ thống "
            "chính trị."
        ),
        [
            ("126", {"fields": ()}),
            ("96", {"fields": (Field.ECONOMY, Field.CULTURE_SOCIETY), "part_of": 0}),
            ("30", {"fields": (Field.DEFENCE_SECURITY, Field.POLITICAL_SYSTEM), "part_of": 0}),
        ],
    ),
    (
        # The country's count is the country's; models merged, and what they were merged
        # into, are no count of models there are.
        (
            'Cả nước có hơn 60.000 mô hình "Dân vận khéo" được công nhận. Trong tổng số hơn '
            "60.000 mô hình của cả nước, tỉnh có 2.140 mô hình. Qua rà soát, có 46 mô hình "
            "trùng lặp đã được hợp nhất thành 18 mô hình."
        ),
        [
            ("trên 60.000", {"place_words": "Cả nước", "measure": R}),
            ("trên 60.000", {"place_words": "cả nước"}),
            ("2.140", {"place_words": None}),
            ("46", {"measure": None}),
            ("18", {"measure": None}),
        ],
    ),
    (
        # A run of days is the period a count is of, its last day no day it stands on.
        "Từ ngày 01/01/2025 đến ngày 30/11/2025, toàn tỉnh công nhận 412 mô hình.",
        [
            (
                "412",
                {
                    "measure": R,
                    "period": Period(dt.date(2025, 1, 1), dt.date(2025, 11, 30)),
                    "as_of": None,
                },
            ),
        ],
    ),
    (
        # A proposal to revoke models' recognition recognises and proposes none.
        (
            "Có 2 mô hình được đề nghị thu hồi quyết định công nhận do không còn hoạt động. "
            "Ban Chỉ đạo đề nghị thu hồi quyết định công nhận 3 mô hình."
        ),
        [("2", {"measure": None}), ("3", {"measure": None})],
    ),
    (
        # Another year's count with no verb counts what the year before's did; a plan's
        # count in brackets is its target, and "kế hoạch 400" before a noun no document.
        (
            "Năm 2024 toàn tỉnh công nhận 380 mô hình; năm 2025 là 412 mô hình. Kết quả công "
            "nhận năm 2025 đạt 103% kế hoạch (kế hoạch 400 mô hình)."
        ),
        [
            ("380", {"measure": R, "period": Period.year(2024)}),
            ("412", {"measure": R, "period": Period.year(2025)}),
            ("103%", {"measure": R}),
            ("400", {"target_words": "kế hoạch"}),
        ],
    ),
    (
        # A body's count after its share of the total is its cell; its share is no name.
        (
            "Năm 2025, toàn tỉnh có 1.846 mô hình, trong đó khối chính quyền chiếm 41,2% tổng "
            "số mô hình với 761 mô hình; các hội, đoàn thể chiếm tỷ lệ cao nhất với 893 mô hình."
        ),
        [
            ("1.846", {"measure": "models", "category": None}),
            ("41,2%", {"measure": "models", "category": "khối chính quyền"}),
            ("761", {"measure": "models", "category": "khối chính quyền", "part_of": 0}),
            ("893", {"measure": "models", "category": "các hội, đoàn thể", "part_of": 0}),
        ],
    ),
    (
        # A body that directed its units to act names their cell, not with its act's words.
        (
            "Bộ Chỉ huy Quân sự tỉnh đã chỉ đạo các cơ quan, đơn vị xây dựng 64 mô hình; "
            "Hội Cựu chiến binh phối hợp với các chi hội, tổ hội đăng ký 37 mô hình."
        ),
        [
            ("64", {"measure": "built", "category": "Bộ Chỉ huy Quân sự tỉnh"}),
            ("37", {"measure": "registered", "category": "Hội Cựu chiến binh"}),
        ],
    ),
    (
        # "Trong tổng số N, có …" opens a list; models chosen for something are no stock
        # of models, nor are their parts; a field outside the four is a cell of its own;
        # dossiers are no households; a period that closes a sentence is its counts'.
        (
            "Trong tổng số 1.276 mô hình, có 904 mô hình tập thể và 372 mô hình cá nhân. "
            "Tỉnh đã lựa chọn 24 điển hình để tuyên truyền, gồm 10 tập thể, 14 cá nhân. Có "
            "86 mô hình thuộc lĩnh vực bảo vệ môi trường. Huyện thẩm định 57 hồ sơ mô hình. "
            "Đã công nhận 31 mô hình cấp huyện và 142 mô hình cấp xã trong năm 2024."
        ),
        [
            ("1.276", {"measure": "models", "part_of": None}),
            ("904", {"holder": HolderKind.COLLECTIVE, "part_of": 0}),
            ("372", {"holder": HolderKind.INDIVIDUAL, "part_of": 0}),
            ("24", {"measure": None}),
            ("10", {"measure": None, "part_of": 3}),
            ("14", {"measure": None, "part_of": 3}),
            ("86", {"fields": (), "category": "lĩnh vực bảo vệ môi trường"}),
            ("57", {"noun": "hồ sơ", "unit_of_measure": None, "holder": None}),
            ("31", {"level": L.DISTRICT, "period": Period.parse("năm 2024")}),
            ("142", {"level": L.GRASSROOTS, "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # A grade alone after the noun names a cell, but not "mô hình tốt, cách làm
        # hay"; a closed bracket does not end the clause of its verb; "vinh danh"
        # honours; a field's name ends before the words that link it to its count.
        (
            "Kết quả bình xét: 41 mô hình xuất sắc, 118 mô hình tốt, 26 mô hình khá. Có "
            "300 mô hình tốt, cách làm hay. Số mô hình cấp huyện công nhận tăng từ 64 mô "
            "hình (năm 2022) lên 97 mô hình (năm 2025). Có 12 tập thể được vinh danh. Trên "
            "lĩnh vực kinh tế, có 512 mô hình."
        ),
        [
            ("41", {"category": "xuất sắc"}),
            ("118", {"category": "tốt"}),
            ("26", {"category": "khá"}),
            ("300", {"category": None}),
            ("64", {"measure": "recognised", "period": Period.parse("năm 2022")}),
            ("97", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("12", {"measure": "honoured", "holder": HolderKind.COLLECTIVE}),
            ("512", {"fields": (Field.ECONOMY,), "category": None}),
        ],
    ),
    (
        # The level a proposal before the count names is the level proposed.
        (
            "Ban Chỉ đạo huyện đề nghị cấp tỉnh công nhận 17 mô hình. Số mô hình được đề "
            "nghị cấp tỉnh công nhận: 9 mô hình."
        ),
        [
            ("17", {"measure": "proposed", "level": L.PROVINCE}),
            ("9", {"measure": "proposed", "level": L.PROVINCE}),
        ],
    ),
    (
        # A subject's holder; the next item's subject after a comma; models tied to
        # different aims are cells; "Cụ thể:" lists the sentence before; a result
        # after a target is none; a field before the words after it.
        (
            "Số mô hình tập thể là 806, mô hình cá nhân là 215. Huyện xây dựng 64 mô hình "
            "gắn với chuyển đổi số, 37 mô hình gắn với bảo vệ môi trường. Năm 2024 công "
            "nhận 420 mô hình. Cụ thể: cấp huyện 95 mô hình, cấp xã 325 mô hình. Chỉ tiêu "
            "là công nhận 100 mô hình; kết quả đạt 123 mô hình. Có 71 mô hình trong lĩnh "
            "vực kinh tế đã giúp 40 hộ."
        ),
        [
            ("806", {"holder": HolderKind.COLLECTIVE, "unit_of_measure": UnitOfMeasure.MODELS}),
            ("215", {"holder": HolderKind.INDIVIDUAL}),
            ("64", {"measure": "built", "category": "gắn với chuyển đổi số"}),
            ("37", {"measure": "built", "category": "gắn với bảo vệ môi trường"}),
            ("420", {"measure": "recognised", "part_of": None}),
            ("95", {"level": L.DISTRICT, "part_of": 4, "period": Period.parse("năm 2024")}),
            ("325", {"level": L.GRASSROOTS, "part_of": 4}),
            ("100", {"target_words": "Chỉ tiêu"}),
            ("123", {"target_words": None}),
            ("71", {"fields": (Field.ECONOMY,)}),
            ("40", {"fields": (), "category": None}),
        ],
    ),
    (
        # The next count of a list is about the place the first one names.
        "Huyện Anh Sơn tổ chức biểu dương 18 tập thể, 26 cá nhân điển hình.",
        [
            ("18", {"place_words": "Huyện Anh Sơn", "measure": "honoured"}),
            ("26", {"place_words": "Huyện Anh Sơn", "measure": "honoured"}),
        ],
    ),
    (
        # "Trong số N" opens a list of its N; a verb denied says no measure; a list after
        # a change breaks down the count before the change; a count in brackets after a
        # model's quoted name is that model's; "mỗi …" makes a figure of each one.
        (
            "Trong số 35 mô hình được đề nghị, tỉnh công nhận 31 mô hình, không công nhận "
            "4 mô hình. Có 12 mô hình chưa được công nhận. Toàn huyện có 214 mô hình, tăng "
            "19 mô hình; trong đó, 40 mô hình cấp huyện, 174 mô hình cấp xã. Các mô hình "
            'được nhân rộng: "Dân vận khéo trong thu thuế" (7 xã), "Ngày thứ Bảy '
            'xanh" (11 xã). Mỗi chi hội đăng ký ít nhất 2 mô hình; mỗi mô hình được hỗ '
            "trợ 5 triệu đồng. Mô hình mới được công nhận năm 2025 là 64 mô hình."
        ),
        [
            ("35", {"measure": "proposed", "part_of": None}),
            ("31", {"measure": "recognised", "subset_of": 0}),
            ("4", {"measure": None, "subset_of": None}),  # not among the recognised
            ("12", {"measure": None}),
            ("214", {"measure": "models", "part_of": None}),
            ("19", {"change": Change.INCREASE, "part_of": None}),
            ("40", {"level": L.DISTRICT, "part_of": 4}),
            ("174", {"level": L.GRASSROOTS, "part_of": 4}),
            ("7", {"measure": "replicated", "category": "Dân vận khéo trong thu thuế"}),
            ("11", {"measure": "replicated", "category": "Ngày thứ Bảy xanh"}),
            ("ít nhất 2", {"average_words": "Mỗi chi hội"}),
            ("5.000.000", {"average_words": "mỗi mô hình"}),
            ("64", {"average_words": None, "measure": "recognised"}),
        ],
    ),
    (
        # A verb after a list of levels is each one's; what every unit has is no total;
        # models handed something are no count of the models there are.
        (
            "Cấp huyện có 21 mô hình, cấp xã có 87 mô hình được công nhận. Đến nay, 100% "
            "xã, thị trấn có ít nhất 1 mô hình. Ban Tổ chức trao Giấy chứng nhận cho 16 mô "
            "hình tiêu biểu."
        ),
        [
            ("21", {"measure": "recognised", "level": L.DISTRICT}),
            ("87", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("100%", {}),
            ("ít nhất 1", {"average_words": "100% xã, thị trấn"}),
            ("16", {"measure": None}),
        ],
    ),
    (
        # "đề xuất" proposes; what every unit registers is each one's; exemplars shown
        # somewhere ("được giới thiệu") after their quoted name are no count of them.
        (
            "Có 18 mô hình được đề xuất khen thưởng. Năm 2025, 100% chi bộ đăng ký ít nhất "
            '1 mô hình, với tổng số 64 mô hình. Có 9 điển hình "Dân vận khéo" được giới '
            "thiệu trên báo tỉnh."
        ),
        [
            ("18", {"measure": "proposed"}),
            ("100%", {}),
            ("ít nhất 1", {"average_words": "100% chi bộ"}),
            ("64", {"measure": "registered", "average_words": None}),
            ("9", {"measure": None}),
        ],
    ),
    (
        # A count in brackets after its field's name is of that field.
        (
            "Các mô hình tập trung vào lĩnh vực kinh tế (74 mô hình), văn hóa - xã hội (52 "
            "mô hình) và xây dựng hệ thống chính trị (19 mô hình)."
        ),
        [
            ("74", {"fields": (Field.ECONOMY,)}),
            ("52", {"fields": (Field.CULTURE_SOCIETY,)}),
            ("19", {"fields": (Field.POLITICAL_SYSTEM,)}),
        ],
    ),
    (
        # A count denied its verb after a list is none of the list; a span of time before
        # the verb is no count that takes it; models inspected are no stock; "cần củng
        # cố" names a cell.
        (
            "Tỉnh công nhận 86 mô hình, trong đó 50 mô hình tập thể, 36 mô hình cá nhân; "
            "không công nhận 5 mô hình. Trong 6 tháng đầu năm 2025, các xã đã công nhận 40 "
            "mô hình mới. Kết quả kiểm tra 30 mô hình: 26 mô hình hoạt động tốt, 4 mô hình "
            "cần củng cố."
        ),
        [
            ("86", {"measure": "recognised"}),
            ("50", {"part_of": 0, "holder": HolderKind.COLLECTIVE}),
            ("36", {"part_of": 0, "holder": HolderKind.INDIVIDUAL}),
            ("5", {"measure": None, "part_of": None, "subset_of": None}),
            ("40", {"measure": "recognised", "period": Period.parse("6 tháng đầu năm 2025")}),
            ("30", {"measure": None}),
            ("26", {"category": "tốt"}),
            ("4", {"category": "cần củng cố"}),
        ],
    ),
    (
        # A period after a passive of a few words is the count's; the Party committee of
        # a bloc holds part of the area's models.
        (
            "Có 126 mô hình được xây dựng mới trong năm 2025. Đảng ủy Khối doanh nghiệp "
            "tỉnh có 38 mô hình đăng ký."
        ),
        [
            ("126", {"measure": "built", "period": Period.parse("năm 2025")}),
            ("38", {"measure": "registered", "category": "Đảng ủy Khối doanh nghiệp tỉnh"}),
        ],
    ),
    (
        # …and after the words that praise the models: "… tiêu biểu năm 2025".
        "Ninh Bình: Biểu dương 116 mô hình, điển hình “Dân vận khéo” tiêu biểu năm 2025",
        [("116", {"measure": "honoured", "period": Period.parse("năm 2025")})],
    ),
    (
        # A clause that goes on after a time phrase, with "có" or "giúp", is the body's
        # too; a verb of its own that measures nothing is not the clause before's verb.
        (
            "Hội Cựu chiến binh các cấp đăng ký 184 mô hình, đến nay đã có 161 mô hình "
            "được công nhận. Đoàn Thanh niên huyện xây dựng 52 công trình, giúp nhân dân "
            "3.600 ngày công. Hội Phụ nữ huyện vận động 870 hội viên tham gia tổ tiết kiệm, "
            "giúp 95 hội viên thoát nghèo."
        ),
        [
            ("184", {"measure": "registered", "category": "Hội Cựu chiến binh các cấp"}),
            ("161", {"measure": "recognised", "category": "Hội Cựu chiến binh các cấp"}),
            ("52", {"measure": "built", "unit_of_measure": None}),
            ("3.600", {"measure": "workdays", "category": "Đoàn Thanh niên huyện"}),
            ("870", {"measure": "participants", "category": "Hội Phụ nữ huyện"}),
            ("95", {"measure": "supported", "category": "Hội Phụ nữ huyện"}),
        ],
    ),
    (
        # Houses, by kind or by classifier; two kinds are two cells; a house mended is
        # not built, nor are works made and mended together; a factory or a cultural
        # house is no house given.
        (
            "Năm 2025, Ủy ban MTTQ huyện đã vận động xây dựng 64 nhà đại đoàn kết và 9 căn "
            "nhà tình nghĩa, sửa chữa 23 ngôi nhà cho hộ khó khăn; xây mới 30 nhà, 5 nhà "
            "văn hóa thôn và 2 nhà máy nước sạch. Các xã đã xây dựng, sửa chữa 41 nhà ở và "
            "làm mới, nâng cấp 12,5 km đường giao thông."
        ),
        [
            ("64", {"measure": "built", "unit_of_measure": UnitOfMeasure.HOUSES}),
            ("9", {"noun": "căn nhà", "category": "nhà tình nghĩa", "measure": "built"}),
            ("23", {"measure": None, "unit_of_measure": UnitOfMeasure.HOUSES}),
            ("30", {"measure": "built", "unit_of_measure": UnitOfMeasure.HOUSES}),
            ("5", {"noun": "nhà văn hóa", "unit_of_measure": None}),
            ("2", {"noun": "nhà máy", "unit_of_measure": None}),
            ("41", {"measure": None, "unit_of_measure": UnitOfMeasure.HOUSES}),
            ("12,5 km", {"measure": None, "unit_of_measure": UnitOfMeasure.KM}),
        ],
    ),
    (
        # The value a change leaves is of the changed count; a total of every year after
        # it is not; households out of poverty named in a line's subject.
        (
            "Số mô hình được công nhận năm 2025 giảm 37 mô hình so với năm 2024, chỉ còn "
            "418 mô hình. Tỉnh đăng ký thêm 64 mô hình, tăng 9 mô hình, nâng tổng số lên "
            "2.310 mô hình. Số hộ thoát nghèo năm 2025 là 318 hộ."
        ),
        [
            (
                "37",
                {
                    "measure": "recognised",
                    "change": Change.DECREASE,
                    "period": Period.parse("năm 2025"),
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
            ("418", {"measure": "recognised", "change": None, "period": Period.parse("năm 2025")}),
            ("64", {"measure": "registered"}),
            ("9", {"measure": "registered", "change": Change.INCREASE}),
            ("2.310", {"measure": "models"}),
            ("318", {"measure": "out_of_poverty", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # A second batch of one sentence, its giver written after the form.
        (
            "Ban Thường vụ Huyện ủy tặng Giấy khen cho 21 tập thể, 34 cá nhân; 7 tập thể, "
            "5 cá nhân được tặng Bằng khen của Ban Thường vụ Tỉnh ủy vì có thành tích xuất "
            "sắc; 2 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ."
        ),
        [
            ("21", {"issuer_words": "Ban Thường vụ Huyện ủy"}),
            ("34", {"issuer_words": "Ban Thường vụ Huyện ủy"}),
            (
                "7",
                {
                    "issuer_words": "của Ban Thường vụ Tỉnh ủy",
                    "award_form": AwardForm.CERTIFICATE_OF_MERIT,
                },
            ),
            ("5", {"issuer_words": "của Ban Thường vụ Tỉnh ủy", "holder": IND}),
            ("2", {"award_form": AwardForm.PRIME_MINISTER_CERTIFICATE}),
        ],
    ),
    (
        # "giúp đỡ" is supported, after a year or in a clause that goes on with a body.
        (
            "Năm 2025, Hội Cựu chiến binh tỉnh đã giúp đỡ 236 hộ hội viên khó khăn về nhà "
            "ở. Bộ đội Biên phòng tỉnh phối hợp xây dựng 19 mô hình, giúp đỡ 310 hộ gia "
            "đình phát triển kinh tế."
        ),
        [
            ("236", {"measure": "supported", "unit_of_measure": UnitOfMeasure.HOUSEHOLDS}),
            ("19", {"measure": "built", "category": "Bộ đội Biên phòng tỉnh"}),
            ("310", {"measure": "supported", "category": "Bộ đội Biên phòng tỉnh"}),
        ],
    ),
    (
        # "duy trì hoạt động hiệu quả" after a count grades it, before a count keeps the
        # models; a subject may span years; a Party committee of the police is a body.
        (
            "Toàn huyện có 684 mô hình, trong đó 571 mô hình duy trì hoạt động hiệu quả, "
            "113 mô hình hoạt động cầm chừng. Các xã duy trì hoạt động hiệu quả 402 mô "
            "hình. Tổng số tập thể, cá nhân được khen thưởng trong 5 năm là 1.046, trong "
            "đó 412 tập thể, 634 cá nhân. Đảng ủy Công an tỉnh chỉ đạo xây dựng 37 mô hình."
        ),
        [
            ("684", {"measure": "models"}),
            ("571", {"part_of": 0, "category": "hiệu quả"}),
            ("113", {"part_of": 0, "category": "cầm chừng"}),
            ("402", {"measure": "in_operation", "category": None}),
            ("1.046", {"measure": "commended", "unit_of_measure": UnitOfMeasure.RECIPIENTS}),
            ("412", {"part_of": 4, "holder": C}),
            ("634", {"part_of": 4, "holder": IND}),
            ("37", {"category": "Đảng ủy Công an tỉnh"}),
        ],
    ),
    (
        # Words quoted after the verb that says them are read; a model's quoted name is
        # not; the communes a new one was merged from are no figure; a period after
        # "Trong 2 năm" heads its clause.
        (
            "Đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy cho biết: “Năm 2025, toàn tỉnh đã công "
            "nhận 734 mô hình”. Mô hình “Mỗi tuần 1 việc tốt” được nhân rộng. Phường Trung "
            "Sơn được thành lập trên cơ sở sáp nhập 4 phường, hiện có 19 mô hình. Trong 2 "
            "năm 2024 - 2025, toàn huyện đã xây dựng 57 nhà đại đoàn kết."
        ),
        [
            ("734", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("19", {"measure": "in_operation"}),
            ("57", {"measure": "built", "period": Period.parse("2024 - 2025")}),
        ],
    ),
    (
        # A line's subject may name the body whose count it gives, and the next items of
        # its list name other bodies: each a cell of its own, none the total of the rest.
        (
            "Số mô hình của khối Đảng là 214, khối chính quyền là 586, khối Mặt trận và "
            "các đoàn thể là 731. Số mô hình đăng ký: 310; Hội Nông dân: 95; Đoàn Thanh "
            "niên: 80."
        ),
        [
            ("214", {"category": "khối Đảng", "part_of": None, "measure": "models"}),
            ("586", {"category": "khối chính quyền", "part_of": None, "measure": "models"}),
            ("731", {"category": "khối Mặt trận và các đoàn thể", "part_of": None}),
            ("310", {"category": None, "measure": "registered"}),
            ("95", {"category": "Hội Nông dân", "part_of": 3, "measure": "registered"}),
            ("80", {"category": "Đoàn Thanh niên", "part_of": 3}),
        ],
    ),
    (
        # A list opened by "gồm" with no total before it takes the verb before "gồm"; a
        # proposal may ask a body to consider the act.
        (
            "Các mô hình tiêu biểu được chọn, nhân rộng ra các xã gồm 27 mô hình. Đề nghị "
            "Ban Thường vụ Huyện ủy xem xét công nhận 9 mô hình cấp huyện."
        ),
        [
            ("27", {"measure": "replicated"}),
            ("9", {"measure": "proposed", "level": L.DISTRICT}),
        ],
    ),
    (
        # An award received ("được nhận"), its giver after the form; not "công nhận".
        (
            "Tại hội nghị, 6 tập thể và 11 cá nhân được nhận Giấy khen của Ban Thường vụ "
            "Huyện ủy; 14 mô hình được công nhận."
        ),
        [
            (
                "6",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": "của Ban Thường vụ Huyện ủy",
                },
            ),
            ("11", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION, "holder": IND}),
            ("14", {"measure": "recognised", "award_form": None}),
        ],
    ),
    (
        # Indented bullets hang from the line that ends with a colon.
        (
            "Toàn huyện đăng ký 456 mô hình, trong đó:\n  - cấp tỉnh 45 mô hình;\n  - cấp "
            "huyện 120 mô hình;\n  - cấp xã 291 mô hình."
        ),
        [
            ("456", {"measure": "registered", "part_of": None}),
            ("45", {"measure": "registered", "part_of": 0, "level": L.PROVINCE}),
            ("120", {"part_of": 0, "level": L.DISTRICT}),
            ("291", {"part_of": 0, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # Models found no longer fit and struck off the list stopped.
        (
            "Qua rà soát, có 37 mô hình không còn phù hợp; 12 mô hình được loại khỏi danh "
            "sách theo dõi."
        ),
        [
            ("37", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("12", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # A quarter and a month are periods; a stock "đến hết tháng …" stands on its last
        # day; a half-year written without its year is of the year before it.
        (
            "Quý I/2025, toàn huyện đăng ký 64 mô hình. Tháng 9/2025, Ban Chỉ đạo tỉnh công "
            "nhận 38 mô hình. Tính đến hết tháng 10/2025, toàn tỉnh có 3.412 mô hình. Trong 6 "
            "tháng đầu năm 2025 công nhận 218 mô hình; 6 tháng cuối năm công nhận 194 mô hình. "
            "Toàn tỉnh có 4.000 mô hình."
        ),
        [
            ("64", {"period": Period.parse("quý I/2025")}),
            ("38", {"period": Period.parse("tháng 9/2025")}),
            ("3.412", {"period": None, "as_of": dt.date(2025, 10, 31)}),
            ("218", {"period": Period.parse("6 tháng đầu năm 2025")}),
            ("194", {"period": Period.parse("6 tháng cuối năm 2025")}),
            ("4.000", {"period": None}),  # of no half: the next sentence
        ],
    ),
    (
        # A day written without its year is of the count's own year, when it has one; a
        # count of no year keeps the words (its draft takes the year of period=).
        (
            "Trong năm 2025 (tính đến ngày 30/11), các xã đã đăng ký 126 mô hình. Tính đến "
            "ngày 15/10, toàn huyện có 1.084 mô hình. Từ ngày 01/01 đến ngày 30/9, công "
            "nhận 72 mô hình."
        ),
        [
            ("126", {"period": Period.parse("năm 2025"), "as_of": dt.date(2025, 11, 30)}),
            ("1.084", {"period": None, "as_of": None}),
            ("72", {"as_of": None}),
        ],
    ),
    (
        # A clause that sets the count against another time heads no body's name.
        (
            "So với giai đoạn trước, số mô hình được công nhận là 1.245. Bên cạnh đó, Hội "
            "Cựu chiến binh có 96 mô hình."
        ),
        [
            ("1.245", {"category": None, "measure": R}),
            ("96", {"category": "Hội Cựu chiến binh"}),
        ],
    ),
    (
        # A kind of model whose name joins two words by a comma is named whole.
        "Toàn xã có 74 mô hình chăn nuôi, trồng trọt; 38 mô hình tự quản về môi trường.",
        [
            ("74", {"category": "chăn nuôi, trồng trọt", "measure": "models"}),
            ("38", {"category": "tự quản về môi trường", "measure": "models"}),
        ],
    ),
    (
        # A subject's level before its period; a subject's total up to a year's end.
        (
            "Số mô hình được công nhận cấp huyện từ năm 2022 đến nay là 348 mô hình. Số điển "
            "hình được biểu dương cấp tỉnh tính đến hết năm 2025 là 96."
        ),
        [
            (
                "348",
                {"level": L.DISTRICT, "measure": R, "period": Period.parse("từ năm 2022 đến nay")},
            ),
            ("96", {"level": L.PROVINCE, "period": None, "as_of": dt.date(2025, 12, 31)}),
        ],
    ),
    (
        # Models recognised, some of them proposed to a higher level: among them, no cell.
        (
            "Có 318 mô hình được công nhận cấp xã, trong đó 27 mô hình được đề nghị công nhận "
            "cấp huyện."
        ),
        [
            ("318", {"measure": R, "level": L.GRASSROOTS}),
            ("27", {"measure": "proposed", "level": L.DISTRICT, "subset_of": 0, "part_of": None}),
        ],
    ),
    (  # a number ending a village's name in an address, before the unit above it, is
        # the name's: "thôn Bản Duồng 1, thị trấn …", "tổ dân phố Tân Lập 2, phường …"
        (
            "Hội viên Hà Văn Cẩn, ở thôn Bản Duồng 1, thị trấn Bằng Lũng có mô hình nuôi ong. "
            "Ông Lê Văn Bình ở tổ dân phố Tân Lập 2, phường Đông Sơn giúp 12 hộ thoát nghèo."
        ),
        [("12", {"measure": "out_of_poverty"})],
    ),
    (  # …but not the count of one of a list of units: "xã Đông 3, xã Tây 4 mô hình"
        "Năm 2025, thôn Đông 3, thôn Tây 4 mô hình được công nhận.",
        [("3", {}), ("4", {})],
    ),
    (  # a level's count after another level's breakdown is beside that count, not in it
        (
            "Năm 2024, cấp huyện có 36 mô hình đăng ký, trong đó 29 mô hình được đánh giá hiệu "
            "quả; cấp cơ sở có 148 mô hình đăng ký, trong đó 131 mô hình được công nhận."
        ),
        [
            ("36", {"measure": "registered", "level": L.DISTRICT, "part_of": None}),
            ("29", {"subset_of": 0}),
            ("148", {"measure": "registered", "level": L.GRASSROOTS, "part_of": None}),
            ("131", {"measure": R, "subset_of": 2}),
        ],
    ),
    (
        # The period of a total raised to, named in its subject.
        (
            "Năm 2025, tỉnh công nhận 61 mô hình cấp tỉnh, nâng tổng số mô hình cấp tỉnh giai "
            "đoạn 2021 - 2025 lên 257 mô hình."
        ),
        [
            ("61", {"measure": R, "period": Period.parse("năm 2025")}),
            ("257", {"level": L.PROVINCE, "period": Period.parse("giai đoạn 2021 - 2025")}),
        ],
    ),
    (
        # What models are tied to is named whole, however long.
        (
            "Các xã đã xây dựng 340 mô hình “Dân vận khéo” gắn với thực hiện nhiệm vụ chính "
            "trị của địa phương."
        ),
        [("340", {"category": "gắn với thực hiện nhiệm vụ chính trị của địa phương"})],
    ),
    (
        # Money given in support from a budget is no money the people raised.
        (
            "Kinh phí hỗ trợ từ ngân sách cho các mô hình là 850 triệu đồng; nhân dân đóng "
            "góp 4,2 tỷ đồng."
        ),
        [
            ("850.000.000", {"measure": "supported"}),
            ("4.200.000.000", {"measure": "money_raised"}),
        ],
    ),
    (
        # Models still watched after an appraisal are a cell of their own.
        (
            "Qua thẩm định 52 mô hình, có 41 mô hình đạt, 7 mô hình chưa đạt yêu cầu, 4 mô "
            "hình đang tiếp tục theo dõi."
        ),
        [
            ("52", {"category": None}),
            ("41", {"category": "đạt"}),
            ("7", {"category": "chưa đạt yêu cầu"}),
            ("4", {"category": "đang tiếp tục theo dõi"}),
        ],
    ),
    (
        # The passive after "mô hình hay, cách làm …" is of the models.
        "Năm 2025, có 84 mô hình hay, cách làm hiệu quả được các cấp biểu dương.",
        [("84", {"measure": "honoured"})],
    ),
    (
        # Money given with workdays shares their verb; money takes no part in anything.
        (
            "Nhân dân trong xã đóng góp 1.840 ngày công và gần 2,3 tỷ đồng để bê tông hóa "
            "đường làng. Chi hội vận động 64 hộ tham gia, trao 180 triệu đồng cho quỹ."
        ),
        [
            ("1.840", {"measure": "workdays"}),
            (
                "gần 2.300.000.000",
                {"measure": "money_raised", "unit_of_measure": UnitOfMeasure.VND},
            ),
            ("64", {"measure": "participants"}),
            ("180.000.000", {"measure": None, "unit_of_measure": UnitOfMeasure.VND}),
        ],
    ),
    (
        # A house's kind may be written in quotes, after its classifier or alone; a
        # number before a quoted name that is no house counts what the name names, of no
        # unit danvan knows; a body's name ends at its act.
        (
            "Năm 2025, Công đoàn huyện xây dựng 14 “Mái ấm công đoàn”; Mặt trận xã bàn "
            "giao 3 căn nhà tình nghĩa; toàn huyện xây dựng 5 căn “Nhà đại đoàn kết” và 2 "
            "mái ấm tình thương; thôn có 1 “Nhà văn hóa kiểu mẫu”."
        ),
        [
            (
                "14",
                {
                    "measure": "built",
                    "unit_of_measure": UnitOfMeasure.HOUSES,
                    "text": "14 “Mái ấm công đoàn”",  # the quote closed, as it opens
                    "noun": "“Mái ấm công đoàn”",
                },
            ),
            (  # the body's, of a kind
                "3",
                {
                    "unit_of_measure": UnitOfMeasure.HOUSES,
                    "category": "Mặt trận xã, nhà tình nghĩa",
                },
            ),
            ("5", {"unit_of_measure": UnitOfMeasure.HOUSES, "category": "Nhà đại đoàn kết"}),
            ("2", {"unit_of_measure": UnitOfMeasure.HOUSES, "category": "mái ấm tình thương"}),
            ("1", {"unit_of_measure": None, "noun": "“Nhà văn hóa kiểu mẫu”"}),
        ],
    ),
    (
        # Meeting the criteria grades a count; a passive verb after a quoted name is the
        # count's.
        (
            "Qua thẩm định, 1.284 mô hình đạt tiêu chí “Dân vận khéo”, 57 mô hình chưa đạt "
            "tiêu chí. Năm 2025 có 311 mô hình đạt tiêu chí “Dân vận khéo” và được Ban Chỉ "
            "đạo cấp huyện công nhận. Ban Chỉ đạo huyện công nhận 356 mô hình đạt tiêu chí, "
            "trong đó cấp huyện 48 mô hình, cấp xã 308 mô hình."
        ),
        [
            ("1.284", {"measure": "models", "category": "đạt tiêu chí"}),
            ("57", {"measure": "models", "category": "chưa đạt tiêu chí"}),
            ("311", {"measure": "recognised", "category": None}),
            # every model recognised met the criteria: no cell of the recognised
            ("356", {"measure": "recognised", "category": None}),
            ("48", {"part_of": 3, "level": L.DISTRICT}),
            ("308", {"part_of": 3, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # An item headed by a year or a level with no verb takes the verb of the item
        # before it, headed alike, and so does the change after it; not an item with
        # other words before its count, nor one with a verb of its own.
        (
            "Năm 2024 có 968 mô hình được công nhận; năm 2025 có 1.043 mô hình, tăng 75 "
            "mô hình. Cấp tỉnh có 36 mô hình được biểu dương; cấp huyện có 214 mô hình. "
            "Năm 2024 có 968 mô hình được công nhận; năm 2025 có 1.043 mô hình đang hoạt "
            "động. Năm 2024 công nhận 968 mô hình; năm 2025 toàn tỉnh có 4.210 mô hình."
        ),
        [
            ("968", {"measure": "recognised"}),
            ("1.043", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("75", {"measure": "recognised", "change": Change.INCREASE}),
            ("36", {"measure": "honoured"}),
            ("214", {"measure": "honoured", "level": RecognitionLevel.DISTRICT}),
            ("968", {"measure": "recognised"}),
            ("1.043", {"measure": "in_operation"}),
            ("968", {"measure": "recognised"}),
            ("4.210", {"measure": "models"}),
        ],
    ),
    (
        # A proposal that models stop is no count of models stopped, nor of all models;
        # the phase in the movement's name closing a sentence is no count's period.
        (
            "Qua rà soát, thống nhất duy trì 1.908 mô hình, đề nghị dừng 97 mô hình không "
            "còn phù hợp; 23 mô hình đã ngừng hoạt động. Toàn tỉnh có 1.126 tập thể, 1.874 "
            "cá nhân được khen thưởng trong phong trào thi đua “Dân vận khéo” giai đoạn "
            "2021 - 2025."
        ),
        [
            ("1.908", {"measure": "in_operation"}),
            ("97", {"measure": None, "status": None}),
            ("23", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("1.126", {"measure": "commended", "period": None}),
            ("1.874", {"measure": "commended", "period": None}),
        ],
    ),
    (
        # Models under way, before their count, are in operation; models that brought
        # results are graded by them, not all the area's.
        (
            "Năm 2025, toàn tỉnh đăng ký mới 436 mô hình, nâng tổng số mô hình đang triển "
            "khai lên 3.518 mô hình. Hàng trăm mô hình đã mang lại hiệu quả thiết thực; "
            "1.742 mô hình phát huy hiệu quả."
        ),
        [
            ("436", {"measure": "registered"}),
            ("3.518", {"measure": "in_operation"}),
            ("hàng trăm", {"measure": "models", "category": "hiệu quả"}),
            ("1.742", {"measure": "models", "category": "hiệu quả"}),
        ],
    ),
    (
        # What a new commune has is not what established it, but what a clause names
        # before "có" is; models by field are among the registrants that a total
        # counts, not its cells; a level after the criteria met is the count's.
        (
            "Xã mới được thành lập trên cơ sở hợp nhất 3 xã, có 31 thôn, 44 chi bộ. Năm "
            "2025, toàn xã có 72 tập thể, cá nhân đăng ký xây dựng mô hình (tập thể 40, cá "
            "nhân 32). Trong đó, lĩnh vực kinh tế 30 mô hình; văn hóa - xã hội 42 mô hình. "
            "Ban Chỉ đạo công nhận 64 mô hình đạt tiêu chí “Dân vận khéo” cấp xã. Các cấp "
            "biểu dương 21 mô hình, có 9 mô hình cấp tỉnh. Trong số các mô hình được biểu "
            "dương, có 7 mô hình của tập thể."
        ),
        [
            ("31", {"measure": None}),
            ("44", {"measure": None}),
            ("72", {"measure": "registered", "unit_of_measure": UnitOfMeasure.RECIPIENTS}),
            ("40", {"part_of": 2, "holder": C}),
            ("32", {"part_of": 2, "holder": IND}),
            ("30", {"part_of": None, "subset_of": 2, "fields": (Field.ECONOMY,)}),
            ("42", {"part_of": None, "subset_of": 2}),
            ("64", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("21", {"measure": "honoured"}),
            ("9", {"measure": "honoured", "level": L.PROVINCE}),
            ("7", {"measure": "honoured", "holder": C}),
        ],
    ),
    (
        # A batch's period heads its clause, and the next batch's in the sentence.
        (
            "Trong đợt 1 năm 2025, Hội đồng Thi đua - Khen thưởng tỉnh xét công nhận 38 mô "
            "hình; đợt 2 xét công nhận 47 mô hình."
        ),
        [
            ("38", {"category": "đợt 1", "period": Period.parse("năm 2025")}),
            ("47", {"category": "đợt 2", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # A bullet like the one of the line that opens a list is that line's sibling,
        # no item of its list; a count registered but not yet under way is a cell.
        (
            "- Năm 2025, toàn tỉnh đăng ký 1.720 mô hình, trong đó:\n"
            "+ Khối Đảng: 205 mô hình;\n+ Khối chính quyền: 1.515 mô hình.\n"
            "- Kết quả công nhận: cấp tỉnh công nhận 38 mô hình; cấp xã công nhận 1.490 mô "
            "hình.\n- Có 29 mô hình đăng ký nhưng chưa triển khai."
        ),
        [
            ("1.720", {"measure": "registered"}),
            ("205", {"part_of": 0, "category": "Khối Đảng"}),
            ("1.515", {"part_of": 0, "category": "Khối chính quyền"}),
            ("38", {"part_of": None, "measure": "recognised", "level": L.PROVINCE}),
            ("1.490", {"part_of": None, "measure": "recognised", "level": L.GRASSROOTS}),
            ("29", {"measure": "registered", "category": "chưa triển khai"}),
        ],
    ),
    (
        # A sentence that opens with its total, "Trong 118 mô hình mới, …", lists its cells.
        (
            "Trong 118 mô hình mới, lĩnh vực kinh tế có 46 mô hình (chiếm 39%), văn hóa - xã "
            "hội 40 mô hình, quốc phòng - an ninh 18 mô hình, xây dựng hệ thống chính trị 14 "
            "mô hình."
        ),
        [
            ("118", {"measure": "built"}),
            ("46", {"part_of": 0, "measure": "built", "fields": (Field.ECONOMY,)}),
            ("39%", {"subset_of": 1}),
            ("40", {"part_of": 0, "measure": "built"}),
            ("18", {"part_of": 0, "measure": "built"}),
            ("14", {"part_of": 0, "measure": "built"}),
        ],
    ),
    (
        # The value a change leaves, in brackets after it or after the subject it is
        # of, is of the change's or the subject's measure.
        (
            "Năm 2025, số mô hình đăng ký giảm 31 mô hình so với năm 2024 (từ 347 xuống 316 "
            "mô hình). Số mô hình được công nhận tăng mạnh (từ 408 lên 571 mô hình)."
        ),
        [
            ("31", {"measure": "registered", "change": Change.DECREASE}),
            ("347", {"change": None}),
            ("316", {"measure": "registered", "period": Period.parse("năm 2025")}),
            ("408", {"change": None}),
            ("571", {"measure": "recognised"}),
        ],
    ),
    (
        # Items labelled by a kind of model count those, in the subject's period; a
        # body set apart ("Riêng …") names its count, among the total before it.
        (
            "Tổng số mô hình, điển hình được công nhận năm 2025 là 1.876 (mô hình 1.043, "
            "điển hình 833). Riêng khối doanh nghiệp có 61 mô hình."
        ),
        [
            ("1.876", {"measure": "recognised", "period": Period.parse("năm 2025")}),
            ("1.043", {"part_of": 0, "kind": ModelKind.MODEL, "measure": "recognised"}),
            ("833", {"part_of": 0, "kind": ModelKind.EXEMPLAR, "measure": "recognised"}),
            ("61", {"measure": "recognised", "category": "khối doanh nghiệp", "subset_of": 0}),
        ],
    ),
    (
        # Counts with only their total's verb take the award said after the last of
        # them; the giver runs on over "nhân dân".
        (
            "Hội nghị đã biểu dương 58 tập thể, 87 cá nhân tiêu biểu; trong đó 19 tập thể, "
            "28 cá nhân được nhận Bằng khen của Ủy ban nhân dân tỉnh."
        ),
        [
            ("58", {"measure": "honoured"}),
            ("87", {"measure": "honoured"}),
            (
                "19",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_MERIT,
                    "issuer_words": "của Ủy ban nhân dân tỉnh",
                    "subset_of": 0,
                },
            ),
            ("28", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "subset_of": 1}),
        ],
    ),
    (
        # Notable examples are cells by what they are about, in the field named before
        # them; "xây dựng gia đình văn hóa" after a model is its aim, no verb.
        (
            "Trong lĩnh vực văn hóa - xã hội, nổi bật là 296 mô hình bảo vệ môi trường, 117 "
            "mô hình xây dựng gia đình văn hóa."
        ),
        [
            (
                "296",
                {
                    "measure": "models",
                    "fields": (Field.CULTURE_SOCIETY,),
                    "category": "bảo vệ môi trường",
                },
            ),
            ("117", {"measure": "models", "category": "xây dựng gia đình văn hóa"}),
        ],
    ),
    (
        # A mass body holds the collectives and the individuals it counts, and the models
        # it keeps up well; a conference is no body.
        (
            "Công an tỉnh có 148 tập thể, 296 cá nhân được công nhận điển hình. Bộ đội Biên "
            "phòng tỉnh duy trì hiệu quả 21 mô hình. Hội nghị đã biểu dương 54 tập thể."
        ),
        [
            ("148", {"category": "Công an tỉnh", "holder": C, "measure": "recognised"}),
            ("296", {"category": "Công an tỉnh", "holder": IND, "measure": "recognised"}),
            ("21", {"category": "Bộ đội Biên phòng tỉnh", "measure": "in_operation"}),
            ("54", {"category": None, "measure": "honoured"}),
        ],
    ),
    (
        # "góp" raises money as "đóng góp" does; "góp phần" raises nothing.
        (
            "Nhân dân đã hiến 4.150 m2 đất, góp hơn 1,4 tỷ đồng và 2.050 ngày công. Các mô "
            "hình đã góp phần giúp 1.120 hộ thoát nghèo."
        ),
        [
            ("4.150", {"measure": "land_donated"}),
            ("trên 1.400.000.000", {"measure": "money_raised"}),
            ("2.050", {"measure": "workdays"}),
            ("1.120", {"measure": "out_of_poverty"}),
        ],
    ),
    (
        # A year after the count's level or its model's quoted name is the count's.
        (
            "Ban Chỉ đạo tỉnh đã công nhận 43 mô hình cấp tỉnh năm 2025. Huyện công nhận 11 "
            "điển hình “Dân vận khéo” năm 2024."
        ),
        [
            ("43", {"level": L.PROVINCE, "period": Period.parse("năm 2025")}),
            ("11", {"measure": "recognised", "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # The number of a hamlet, a group or a quarter is no figure.
        "Chi hội Cựu chiến binh xóm 7 vận động 41 hộ tham gia; tổ 5, khu 2 có 28 hộ.",
        [
            ("41", {"measure": "participants"}),
            ("28", {"unit_of_measure": UnitOfMeasure.HOUSEHOLDS}),
        ],
    ),
    (
        # A person named as the subject gives one person's figure; a place whose name
        # starts like a title ("Ba Đình", "Anh Sơn") is no person.
        (
            "Bà Lê Thị Hoa, 62 tuổi, đã hiến 350 m2 đất. Ba Đình có 118 mô hình được công "
            "nhận. Anh Sơn đã xây dựng 86 mô hình."
        ),
        [
            ("350", {"average_words": "Bà Lê Thị Hoa", "measure": "land_donated"}),
            ("118", {"average_words": None, "measure": "recognised", "place_words": "Ba Đình"}),
            ("86", {"average_words": None, "measure": "built", "place_words": "Anh Sơn"}),
        ],
    ),
    (
        # "9 tháng năm 2025" are its first nine months.
        "Tính chung 9 tháng năm 2025, toàn tỉnh công nhận 671 mô hình.",
        [("671", {"measure": "recognised", "period": Period.parse("9 tháng đầu năm 2025")})],
    ),
    (
        # A count's change right after it is of the count's period.
        "Tổng số mô hình đăng ký năm 2025 là 2.471, tăng 263 mô hình so với năm 2024.",
        [
            ("2.471", {"measure": "registered", "period": Period.parse("năm 2025")}),
            (
                "263",
                {
                    "measure": "registered",
                    "change": Change.INCREASE,
                    "period": Period.parse("năm 2025"),
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
        ],
    ),
    (
        # The level and the year after the last count of a run are each count's; not
        # those of a count with another verb.
        (
            "Ban Thường vụ Huyện ủy công nhận 9 mô hình và 14 điển hình “Dân vận khéo” cấp "
            "huyện năm 2024. Các xã triển khai 37 mô hình, 21 mô hình được công nhận năm 2025."
        ),
        [
            ("9", {"level": L.DISTRICT, "period": Period.parse("năm 2024")}),
            ("14", {"level": L.DISTRICT, "period": Period.parse("năm 2024")}),
            ("37", {"measure": "built", "period": None}),
            ("21", {"measure": "recognised", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # A grade that ends a line's subject names the cell, as one after the count does.
        (
            "Số mô hình “Dân vận khéo” tiếp tục hoạt động hiệu quả là 281/305 mô hình; số "
            "mô hình hoạt động chưa hiệu quả: 24."
        ),
        [
            ("281", {"category": "hiệu quả", "measure": "models", "out_of": Count(305)}),
            ("24", {"category": "chưa hiệu quả", "measure": "models"}),
        ],
    ),
    (
        # A body's name ends at its act: "thu hút", "giúp", "kết nạp".
        "Đoàn Thanh niên xã thu hút gần 1.900 lượt đoàn viên tham gia các phần việc.",
        [("gần 1.900", {"category": "Đoàn Thanh niên xã", "measure": "participants"})],
    ),
    (
        # A number after a word of place, right after another count's words, is where
        # that count's act was done: the road was lit, not built.
        (
            "Đoàn viên đã lắp đặt 860 bóng đèn chiếu sáng trên 42 km đường liên thôn, "
            "ngõ xóm. Xã làm mới trên 12 km đường bê tông, 3 km kênh mương."
        ),
        [
            ("860", {"measure": "built", "noun": "bóng đèn"}),
            ("trên 42", {"measure": None}),
            ("trên 12", {"measure": "built"}),
            ("3", {"measure": "built"}),
        ],
    ),
    (
        # A model that failed its appraisal was not recognised, though the verb of the
        # count before it says so; "tiếp tục thực hiện" names a cell as "mới" does.
        (
            "Hội đồng thẩm định huyện công nhận 48 mô hình, 6 mô hình chưa đủ điều kiện, 2 "
            "mô hình không đạt. Các chi bộ đăng ký 274 mô hình, trong đó có 206 mô hình "
            "tiếp tục thực hiện từ năm trước."
        ),
        [
            ("48", {"measure": "recognised", "category": None}),
            ("6", {"measure": "models", "category": "chưa đủ điều kiện"}),
            ("2", {"measure": "models", "category": "không đạt"}),
            ("274", {"measure": "registered"}),
            ("206", {"measure": "registered", "category": "tiếp tục thực hiện"}),
        ],
    ),
    (
        # The period a change is compared to is no later count's period: the heading's is.
        (
            "Kết quả năm 2025: đăng ký 468 mô hình (tăng 39 mô hình so với năm 2024), công "
            "nhận 377 mô hình."
        ),
        [
            ("468", {"period": Period.parse("năm 2025")}),
            ("39", {"period": Period.parse("năm 2025"), "compared_to": Period.parse("năm 2024")}),
            ("377", {"measure": "recognised", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # A verb in an aside closed before a list is not its items' verb: the levels are
        # of the recognised, not of the registered.
        (
            "Các cấp đã công nhận 1.318 mô hình, điển hình (đạt 79,4% số đăng ký), gồm: cấp "
            "tỉnh 58, cấp huyện 364, cấp xã 896."
        ),
        [
            ("1.318", {"measure": "recognised", "status": None}),
            ("79,4%", {}),
            ("58", {"measure": "recognised", "level": L.PROVINCE, "part_of": 0, "status": None}),
            ("364", {"measure": "recognised", "level": L.DISTRICT, "part_of": 0}),
            ("896", {"measure": "recognised", "level": L.GRASSROOTS, "part_of": 0}),
        ],
    ),
    (
        # Counts given "lần lượt" (in turn) to the levels listed before them: the numbers
        # before the last take its noun, each its level.
        "Các cấp tỉnh, huyện và xã đã lần lượt công nhận 37, 194 và 705 mô hình.",
        [
            ("37", {"level": L.PROVINCE, "measure": "recognised", "noun": "mô hình"}),
            ("194", {"level": L.DISTRICT, "measure": "recognised"}),
            ("705", {"level": L.GRASSROOTS, "measure": "recognised"}),
        ],
    ),
    (
        # … to years, the noun a line's subject names ("tương ứng là").
        "Số mô hình đăng ký các năm 2023, 2024, 2025 tương ứng là 1.186, 1.240 và 1.302.",
        [
            ("1.186", {"period": Period.parse("năm 2023"), "measure": "registered"}),
            ("1.240", {"period": Period.parse("năm 2024"), "noun": "mô hình"}),
            ("1.302", {"period": Period.parse("năm 2025"), "measure": "registered"}),
        ],
    ),
    (
        # … to fields, to bodies after the words that open the clause.
        (
            "Lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh lần lượt có 412, 530, "
            "118 mô hình. Trong năm, Hội Nông dân, Hội Cựu chiến binh lần lượt đăng ký 96 và "
            "41 mô hình."
        ),
        [
            ("412", {"fields": (Field.ECONOMY,)}),
            ("530", {"fields": (Field.CULTURE_SOCIETY,)}),
            ("118", {"fields": (Field.DEFENCE_SECURITY,)}),
            ("96", {"category": "Hội Nông dân", "measure": "registered"}),
            ("41", {"category": "Hội Cựu chiến binh", "measure": "registered"}),
        ],
    ),
    (
        # The mass organisations after the Front are its block, one cell with it; words
        # that open the clause are no cell.
        (
            "Năm 2025, khối chính quyền và khối Mặt trận, các đoàn thể lần lượt đăng ký 126 "
            "và 299 mô hình."
        ),
        [
            ("126", {"category": "khối chính quyền", "measure": "registered"}),
            ("299", {"category": "khối Mặt trận, các đoàn thể"}),
        ],
    ),
    (
        # Two counts, three names the commas and "và" part: which two is not said.
        "Hội Nông dân và Hội Cựu chiến binh, Đoàn Thanh niên lần lượt xây dựng 12 và 9 mô hình.",
        [
            (
                "12",
                {
                    "category": None,
                    "respectively_words": "Hội Nông dân và Hội Cựu chiến binh, Đoàn Thanh niên",
                },
            ),
            ("9", {"category": None}),
        ],
    ),
    (
        # Cells not as many as the counts: each keeps the list's words, no cell invented.
        "Hai xã Yên Thành, Yên Hòa lần lượt có 12, 9 và 15 mô hình.",
        [
            ("12", {"respectively_words": "Hai xã Yên Thành, Yên Hòa", "level": None}),
            ("9", {"respectively_words": "Hai xã Yên Thành, Yên Hòa", "category": None}),
            ("15", {"respectively_words": "Hai xã Yên Thành, Yên Hòa"}),
        ],
    ),
    (
        # A threshold each of many reaches is no count; a model spread to communes is
        # replicated there, no coverage of the area; a change right after a body's count
        # is of the body's cell.
        (
            "Có 31/33 xã có từ 4 mô hình trở lên. Mô hình “Bữa cơm nghĩa tình” được nhân "
            "rộng ra 14/33 xã. Khối chính quyền đăng ký 318 mô hình, tăng 27 mô hình."
        ),
        [
            ("31", {"measure": "coverage"}),
            ("4", {"average_words": "từ 4 mô hình trở lên"}),
            ("14", {"measure": "replicated", "out_of": Count(33)}),
            ("318", {"category": "Khối chính quyền"}),
            ("27", {"category": "Khối chính quyền", "change": Change.INCREASE}),
        ],
    ),
    (
        # A batch's number names a cell of the total it is in: "đợt 1: 52".
        "Năm 2025, tỉnh công nhận 143 mô hình; trong đó, đợt 1: 52, đợt 2: 91.",
        [
            ("143", {"measure": "recognised"}),
            ("52", {"category": "đợt 1", "part_of": 0, "measure": "recognised"}),
            ("91", {"category": "đợt 2", "part_of": 0}),
        ],
    ),
    (
        # Two programmes' batches in one sentence, each with its own words; the second's
        # counts are not swallowed by a document title running on to the quoted name.
        (
            "Ban Thường vụ Thị ủy khen thưởng 9 tập thể, 13 cá nhân trong thực hiện Quy chế "
            "dân chủ ở cơ sở và 7 tập thể, 11 cá nhân trong phong trào thi đua “Dân vận khéo”."
        ),
        [
            ("9", {"movement_words": "trong thực hiện Quy chế dân chủ ở cơ sở"}),
            ("13", {"movement_words": "trong thực hiện Quy chế dân chủ ở cơ sở"}),
            ("7", {"movement_words": "trong phong trào thi đua “Dân vận khéo”"}),
            ("11", {"movement_words": "trong phong trào thi đua “Dân vận khéo”"}),
        ],
    ),
    (
        # An area acting in a list's item gives its level; not an area that acts alone,
        # which may be every level's.
        (
            "Toàn tỉnh công nhận 274 mô hình, trong đó tỉnh công nhận 41 mô hình, các huyện "
            "công nhận 233 mô hình. Từ năm 2021 đến nay, huyện đã công nhận 388 mô hình."
        ),
        [
            ("274", {"level": None}),
            ("41", {"level": L.PROVINCE, "part_of": 0}),
            ("233", {"level": L.DISTRICT, "part_of": 0}),
            ("388", {"level": None}),
        ],
    ),
    (
        # The verb right after a count's noun is its own when another count stands
        # between it and the verb before; a bloc named by its units is a cell, the
        # report's own bloc ("trong Khối") is not.
        (
            "Hội Nông dân xã đã xây dựng 27 mô hình kinh tế, thu hút 640 hội viên tham gia. "
            "Các cơ quan khối Nội chính đăng ký 33 mô hình. Các cơ quan, đơn vị trong Khối "
            "đăng ký 164 mô hình."
        ),
        [
            ("27", {"measure": "built"}),
            ("640", {"measure": "participants"}),
            ("33", {"category": "Các cơ quan khối Nội chính"}),
            ("164", {"category": None, "measure": "registered"}),
        ],
    ),
    (
        # Two batches in one sentence, each with its giver after its counts: the verb
        # before the second batch's first count is the first batch's; "các huyện" are many
        # bodies, no one giver.
        (
            "Có 11 tập thể, 19 cá nhân được UBND tỉnh tặng Bằng khen, 57 tập thể, 83 cá nhân "
            "được các huyện tặng Giấy khen."
        ),
        [
            ("11", {"award_form": AwardForm.CERTIFICATE_OF_MERIT, "issuer_words": "UBND tỉnh"}),
            ("19", {"award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            (
                "57",
                {
                    "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION,
                    "issuer_words": None,
                },
            ),
            ("83", {"award_form": AwardForm.CERTIFICATE_OF_COMMENDATION}),
        ],
    ),
    (
        # A Party organisation of the armed forces holds part of an area's models.
        "Đảng bộ Quân sự tỉnh có 29 mô hình được công nhận, trong đó 7 mô hình cấp tỉnh.",
        [
            ("29", {"category": "Đảng bộ Quân sự tỉnh", "measure": "recognised"}),
            ("7", {"level": L.PROVINCE, "part_of": 0}),
        ],
    ),
    (
        # A body that holds models names the cell of a count with a level after it; a body
        # that recognised does not ("UBND tỉnh công nhận …": its level is the cell). The
        # verb and level after the last of the bodies' counts are each one's.
        (
            "Ngành Giáo dục có 74 mô hình, ngành Y tế có 39 mô hình được công nhận cấp tỉnh. "
            "Ủy ban nhân dân tỉnh công nhận 28 mô hình cấp tỉnh."
        ),
        [
            ("74", {"category": "Ngành Giáo dục", "measure": "recognised", "level": L.PROVINCE}),
            ("39", {"category": "ngành Y tế", "level": L.PROVINCE}),
            ("28", {"category": None, "level": L.PROVINCE}),
        ],
    ),
    (
        # Bodies' counts side by side, the passive verb and level after the last; not a
        # part after "trong đó", which has its total's verb.
        (
            "Hội Cựu chiến binh có 27 mô hình, Hội Nông dân có 34 mô hình, Liên đoàn Lao động "
            "có 19 mô hình được công nhận cấp huyện. Toàn huyện có 860 mô hình, trong đó có "
            "45 mô hình được công nhận cấp tỉnh."
        ),
        [
            ("27", {"category": "Hội Cựu chiến binh", "measure": R, "level": L.DISTRICT}),
            ("34", {"category": "Hội Nông dân", "measure": R, "level": L.DISTRICT}),
            ("19", {"category": "Liên đoàn Lao động", "measure": R, "level": L.DISTRICT}),
            ("860", {"measure": "models", "level": None}),
            ("45", {"level": L.PROVINCE, "part_of": 3}),
        ],
    ),
    (
        # The level of a line's subject, with its period between, also when the noun is
        # said again after the value; a change of no verb gives the value it leaves its
        # cell.
        (
            "Số mô hình được công nhận cấp huyện năm 2025 là 214 mô hình. Số mô hình cấp tỉnh "
            "năm 2025 giảm 5 mô hình so với năm 2024 (từ 61 xuống 56 mô hình)."
        ),
        [
            ("214", {"level": L.DISTRICT, "measure": R}),
            ("5", {"level": L.PROVINCE, "change": Change.DECREASE}),
            ("61", {}),
            ("56", {"level": L.PROVINCE, "change": None}),
        ],
    ),
    (
        # Another movement's name, quoted as the name of the models counted, ties them to
        # it; the movement's own models linked to it stay its own.
        (
            "Các chi bộ xây dựng 38 mô hình “Học tập và làm theo tư tưởng, đạo đức, phong cách "
            "Hồ Chí Minh”; toàn xã có 46 mô hình “Dân vận khéo” gắn với việc học tập và làm "
            "theo tấm gương đạo đức của Bác."
        ),
        [
            ("38", {"movement_words": "Học tập và làm theo tư tưởng"}),
            ("46", {"movement_words": None, "measure": "models"}),
        ],
    ),
    (
        # Holders named exemplars, after them or by their noun, count exemplars; so do the
        # holders beside them.
        (
            "Có 624 cá nhân được công nhận là điển hình “Dân vận khéo” các cấp. Huyện đã biểu "
            "dương 18 tập thể, 26 cá nhân điển hình."
        ),
        [
            ("624", {"kind": E, "holder": IND, "unit_of_measure": U.EXEMPLARS, "measure": R}),
            ("18", {"kind": E, "holder": C, "unit_of_measure": U.EXEMPLARS}),
            ("26", {"kind": E, "holder": IND, "unit_of_measure": U.EXEMPLARS}),
        ],
    ),
    (
        # A body's counts by level side by side are all the body's; a body that acted
        # names no cell.
        (
            "Hội Cựu chiến binh tỉnh có 46 mô hình cấp tỉnh, 128 mô hình cấp huyện. UBND tỉnh "
            "công nhận 36 mô hình cấp tỉnh, 120 mô hình cấp huyện."
        ),
        [
            ("46", {"category": "Hội Cựu chiến binh tỉnh", "level": L.PROVINCE}),
            ("128", {"category": "Hội Cựu chiến binh tỉnh", "level": L.DISTRICT}),
            ("36", {"category": None, "level": L.PROVINCE}),
            ("120", {"category": None, "level": L.DISTRICT}),
        ],
    ),
    (
        # A clause that goes on with a body's count: a grade's cell among the body's.
        "Hội Nông dân tỉnh đăng ký 128 mô hình, đến nay có 121 mô hình đạt kết quả tốt.",
        [
            ("128", {"category": "Hội Nông dân tỉnh", "measure": "registered"}),
            ("121", {"category": "đạt kết quả tốt", "subset_of": 0, "part_of": None}),
        ],
    ),
    (
        # A count that acts and then proposes ("… và đề nghị …") keeps its own act; money
        # "with" a support is the support's.
        (
            "UBND xã đã công nhận 24 mô hình “Dân vận khéo” cấp xã và đề nghị UBND tỉnh công "
            "nhận 3 mô hình cấp tỉnh. Hội đã hỗ trợ 28 hộ nghèo sửa chữa nhà ở với số tiền 840 "
            "triệu đồng."
        ),
        [
            ("24", {"measure": R, "level": L.GRASSROOTS}),
            ("3", {"measure": "proposed", "level": L.PROVINCE}),
            ("28", {"measure": "supported"}),
            ("840.000.000", {"measure": "supported"}),
        ],
    ),
    (
        # Models carried out "do chính quyền" are the government bloc's; the government as
        # the subject of a recognition acts for the area, no cell.
        (
            "Toàn huyện có 45 mô hình, trong đó 7 mô hình do chính quyền thực hiện, 38 mô hình "
            "do Mặt trận và các đoàn thể thực hiện. Năm 2025, chính quyền các cấp đã công nhận "
            "12 mô hình."
        ),
        [
            ("45", {"category": None}),
            ("7", {"category": "chính quyền", "part_of": 0}),
            ("38", {"category": "Mặt trận và các đoàn thể", "part_of": 0}),
            ("12", {"category": None, "measure": R}),
        ],
    ),
    (
        # A count right after an item's semicolon is one more object of its verb and body,
        # unless it has a verb of its own; some units set apart by where they are name a
        # cell, all of them none.
        (
            "Đoàn Thanh niên đăng ký 124 công trình, phần việc thanh niên; 96 mô hình “Dân vận "
            "khéo”. Huyện ủy tặng Giấy khen cho 21 tập thể; 7 tập thể được tặng Bằng khen của "
            "UBND tỉnh. Các xã vùng cao đăng ký 76 mô hình. Các xã, phường đăng ký 2.400 mô "
            "hình."
        ),
        [
            ("124", {"measure": "registered", "unit_of_measure": None}),
            ("96", {"measure": "registered", "category": "Đoàn Thanh niên"}),
            ("21", {"issuer_words": "Huyện ủy"}),
            ("7", {"issuer_words": "của UBND tỉnh", "award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            ("76", {"category": "Các xã vùng cao"}),
            ("2.400", {"category": None, "measure": "registered"}),
        ],
    ),
    (
        # A level heading a subject is its level; an item labelled by a year leaves its
        # subject to the count before; a count after an item's semicolon is of the unit
        # that item names.
        (
            "Số mô hình cấp tỉnh được công nhận giai đoạn 2021 - 2025 là 236, trong đó năm "
            "2025 là 58. Năm 2025, xã Yên Khánh công nhận 9 mô hình cấp xã; 2 mô hình được đề "
            "nghị công nhận cấp tỉnh."
        ),
        [
            ("236", {"level": L.PROVINCE, "measure": R, "period": Period.parse("2021-2025")}),
            ("58", {"level": L.PROVINCE, "measure": R, "period": Period.parse("năm 2025")}),
            ("9", {"place_words": "xã Yên Khánh"}),
            ("2", {"place_words": "xã Yên Khánh", "measure": "proposed"}),
        ],
    ),
    (
        # A value in another year in brackets is of the same cell; bare years label the
        # items of a line headed by a level; the value after "từ 1.102 xuống" counts what
        # the line's "Số …" names (the dot of "1.102" ends no clause).
        (
            "Năm 2025 có 45 mô hình được công nhận cấp tỉnh (năm 2024: 39 mô hình).\n"
            "Mô hình cấp huyện: 2023 có 186 mô hình; 2024 có 214 mô hình.\n"
            "Số mô hình giảm từ 1.102 xuống còn 1.064 do sáp nhập thôn."
        ),
        [
            ("45", {"level": L.PROVINCE, "period": Period.parse("năm 2025")}),
            ("39", {"level": L.PROVINCE, "measure": R, "period": Period.parse("năm 2024")}),
            ("186", {"level": L.DISTRICT, "period": Period.parse("năm 2023")}),
            ("214", {"level": L.DISTRICT, "period": Period.parse("năm 2024")}),
            ("1.102", {"unit_of_measure": U.MODELS}),
            ("1.064", {"unit_of_measure": U.MODELS, "noun": "mô hình"}),
        ],
    ),
    (
        # A result after a count is no verb of the count after the semicolon; an item
        # "số …" is a subject of its own; "trong đó mô hình cấp tỉnh là 312" a part; the
        # body asked by a proposal gives its batch.
        (
            "Các mô hình đã giúp 486 hộ thoát nghèo; 1.240 hộ có thu nhập khá. Số tập thể "
            "được khen thưởng năm 2025 là 46, số cá nhân là 72. Tổng số mô hình toàn tỉnh là "
            "6.218 mô hình, trong đó mô hình cấp tỉnh là 312. Ban Dân vận Tỉnh ủy đề xuất Ban "
            "Thường vụ Tỉnh ủy khen thưởng 12 tập thể."
        ),
        [
            ("486", {"measure": "out_of_poverty"}),
            ("1.240", {"measure": None}),
            ("46", {"holder": C, "measure": "commended"}),
            ("72", {"holder": IND, "measure": "commended"}),
            ("6.218", {"unit_of_measure": U.MODELS}),
            ("312", {"level": L.PROVINCE, "part_of": 4}),
            ("12", {"measure": "proposed", "issuer_words": "Ban Thường vụ Tỉnh ủy"}),
        ],
    ),
    (
        # Models built, some of them recognised since: the built stay built, the
        # recognised are among them, and both are the body's.
        (
            "Năm 2025, lực lượng Công an tỉnh xây dựng 86 mô hình, trong đó 24 mô hình được "
            "công nhận cấp tỉnh."
        ),
        [
            ("86", {"measure": "built", "category": "lực lượng Công an tỉnh"}),
            (
                "24",
                {
                    "measure": R,
                    "level": L.PROVINCE,
                    "subset_of": 0,
                    "category": "lực lượng Công an tỉnh",
                },
            ),
        ],
    ),
    (
        # The body a subject names after "do" holds the count, its act cut off.
        "Số mô hình do Mặt trận Tổ quốc các cấp chủ trì là 248.",
        [("248", {"category": "Mặt trận Tổ quốc các cấp", "unit_of_measure": U.MODELS})],
    ),
    (
        # A bare change counts what its line's subject names.
        "Số mô hình được công nhận tăng 124 so với năm 2024.",
        [("124", {"unit_of_measure": U.MODELS, "measure": R, "change": Change.INCREASE})],
    ),
    (
        # Models stopped ("bị dừng") have stopped; models inspected are no count of them.
        (
            "Trong năm có 18 mô hình bị dừng do không còn phù hợp. Cấp ủy các cấp đã kiểm "
            "tra, giám sát 215 mô hình."
        ),
        [
            ("18", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("215", {"measure": None}),
        ],
    ),
    (
        # A grade after the models' quoted name names their cell; the giver of a batch by
        # a decision signed gives it.
        (
            "Đến tháng 6/2025, xã có 57 mô hình “Dân vận khéo” đang hoạt động hiệu quả. Chủ "
            "tịch UBND tỉnh đã ký Quyết định số 2087/QĐ-UBND ngày 05/12/2025 tặng Bằng khen "
            "cho 9 tập thể."
        ),
        [
            ("57", {"category": "hiệu quả", "measure": "models"}),
            ("9", {"issuer_words": "Chủ tịch UBND tỉnh", "holder": C}),
        ],
    ),
    (
        # "lắp đặt" ("đặt" folds as "đạt" does) is the body's act, not a link to its count.
        "Hội Phụ nữ huyện lắp đặt 12 km đường điện chiếu sáng.",
        [("12", {"category": "Hội Phụ nữ huyện", "measure": "built"})],
    ),
    (
        # Models entered in a contest are no count of the models there are.
        "Năm 2025, huyện có 14 mô hình tham gia Hội thi “Dân vận khéo” cấp tỉnh.",
        [("14", {"measure": None})],
    ),
    (
        # A sentence that opens "Phân theo …:" lists the parts of the total before it.
        (
            "Năm 2025, toàn huyện đăng ký 310 mô hình. Phân theo khối: khối Đảng 28 mô hình, "
            "khối chính quyền 97 mô hình, khối Mặt trận và các đoàn thể 185 mô hình."
        ),
        [
            ("310", {"measure": "registered"}),
            ("28", {"measure": "registered", "category": "khối Đảng", "part_of": 0}),
            ("97", {"measure": "registered", "part_of": 0}),
            ("185", {"measure": "registered", "part_of": 0}),
        ],
    ),
    (
        # Every Party cell and mass body of an area is the area, no body's cell.
        (
            "Đảng ủy xã chỉ đạo các chi bộ, đoàn thể đăng ký xây dựng 53 mô hình. Các đoàn "
            "thể đăng ký 22 mô hình."
        ),
        [("53", {"category": None}), ("22", {"category": "Các đoàn thể"})],
    ),
    (
        # A place's noun ends before a verb: "thôn", not "thôn xây".
        "Xã có 14/14 thôn xây dựng được mô hình, 9/9 thôn bản có mô hình.",
        [("14", {"noun": "thôn", "measure": "coverage"}), ("9", {"noun": "thôn bản"})],
    ),
    (
        # "Riêng cấp tỉnh khen thưởng …": the level that acted, after "riêng"; "căn" alone
        # after a count of houses counts houses, "cán bộ" none.
        (
            "Có 74 tập thể, 109 cá nhân được các cấp khen thưởng; riêng cấp tỉnh khen thưởng "
            "14 tập thể, 21 cá nhân. Năm 2025 xây mới 318 căn nhà, năm 2024 là 296 căn. Có "
            "1.240 lượt cán bộ tham gia."
        ),
        [
            ("74", {"level": None}),
            ("109", {"level": None}),
            ("14", {"level": L.PROVINCE, "measure": "commended"}),
            ("21", {"level": L.PROVINCE}),
            ("318", {"unit_of_measure": UnitOfMeasure.HOUSES, "measure": "built"}),
            ("296", {"unit_of_measure": UnitOfMeasure.HOUSES, "measure": "built"}),
            ("1.240", {"unit_of_measure": UnitOfMeasure.PEOPLE, "measure": "participants"}),
        ],
    ),
    (
        # A clause that sets a body apart before the count's names its cell; one that
        # sets a year apart names none.
        (
            "Chỉ tính riêng khối chính quyền, đã có 388 mô hình được công nhận. Riêng năm "
            "2025, đã có 412 mô hình được công nhận."
        ),
        [("388", {"category": "khối chính quyền"}), ("412", {"category": None})],
    ),
    (
        # The level a change's subject names is the change's.
        "Năm 2025, số mô hình được công nhận cấp huyện giảm 41 mô hình so với năm 2024.",
        [("41", {"level": L.DISTRICT, "change": Change.DECREASE, "measure": "recognised"})],
    ),
    (
        # A count under a total that says an act of its own, no stage of a model's, is
        # among the total, no cell of it.
        (
            "Năm 2025, cấp ủy các cấp biểu dương, khen thưởng 263 mô hình, trong đó tỉnh "
            "biểu dương 38 mô hình."
        ),
        [
            ("263", {"measure": "commended"}),
            ("38", {"measure": "honoured", "level": L.PROVINCE, "part_of": None, "subset_of": 0}),
        ],
    ),
    (
        # A count of "mô hình" with exemplars among its parts counts both.
        (
            "Năm 2025, các cấp đã công nhận 1.390 mô hình, trong đó có 1.052 mô hình tập thể, "
            "338 điển hình cá nhân."
        ),
        [
            ("1.390", {"unit_of_measure": UnitOfMeasure.MODELS_AND_EXEMPLARS}),
            ("1.052", {"unit_of_measure": UnitOfMeasure.MODELS, "part_of": 0}),
            ("338", {"unit_of_measure": UnitOfMeasure.EXEMPLARS, "part_of": 0}),
        ],
    ),
    (
        # Changes given in turn: each is a change, of its level, with the noun its
        # clause counts, compared with the year after them.
        (
            "Số mô hình được công nhận cấp tỉnh, cấp huyện lần lượt tăng 9 và 26 so với năm "
            "2024. Các cấp tỉnh, huyện tăng lần lượt 4 mô hình và 15 mô hình."
        ),
        [
            ("9", {"change": Change.INCREASE, "level": L.PROVINCE, "noun": "mô hình"}),
            ("26", {"change": Change.INCREASE, "level": L.DISTRICT, "measure": "recognised"}),
            ("4", {"change": Change.INCREASE, "level": L.PROVINCE}),
            ("15", {"change": Change.INCREASE, "level": L.DISTRICT}),
        ],
    ),
    (
        # … with no "lần lượt": one change before bare numbers gives them in turn; the
        # counts before a change in turn are what each number changes.
        (
            "Năm 2025, số mô hình cấp xã và cấp huyện giảm 31 và 7 so với năm trước. Toàn "
            "huyện có 286 mô hình và 97 điển hình, tăng lần lượt 22 và 6 so với năm 2024."
        ),
        [
            ("31", {"change": Change.DECREASE, "level": L.GRASSROOTS, "noun": "mô hình"}),
            ("7", {"change": Change.DECREASE, "level": L.DISTRICT}),
            ("286", {"change": None, "kind": ModelKind.MODEL}),
            ("97", {"change": None, "kind": ModelKind.EXEMPLAR}),
            ("22", {"change": Change.INCREASE, "kind": ModelKind.MODEL, "noun": "mô hình"}),
            (
                "6",
                {
                    "change": Change.INCREASE,
                    "kind": ModelKind.EXEMPLAR,
                    "compared_to": Period.parse("năm 2024"),
                },
            ),
        ],
    ),
    (
        # A change is of every count listed after it; the period a sentence opens with
        # after "So với" is what its changes are compared with; "số điển hình" is the
        # subject of its clause, no body.
        (
            "So với năm 2024, số mô hình được công nhận tăng 17 mô hình và số điển hình "
            "tăng 8 điển hình. Cả huyện có 312 mô hình, tăng 21 mô hình và 11 điển hình."
        ),
        [
            ("17", {"change": Change.INCREASE, "compared_to": Period.parse("năm 2024")}),
            ("8", {"change": Change.INCREASE, "category": None, "measure": "recognised"}),
            ("312", {"change": None}),
            ("21", {"change": Change.INCREASE}),
            ("11", {"change": Change.INCREASE, "kind": ModelKind.EXEMPLAR}),
        ],
    ),
    (
        # A subject's level before its period; the next item after a change is another
        # cell of the subject, no part of its first count; a change right after its count
        # is of the count's level.
        (
            "Số điển hình được biểu dương cấp tỉnh năm 2025 là 57, tăng 6 điển hình so với "
            "năm 2024; cấp xã là 611, giảm 23 điển hình. Số mô hình đăng ký mới: cấp tỉnh "
            "38, tăng 4 mô hình; cấp xã 517, tăng 45 mô hình."
        ),
        [
            ("57", {"level": L.PROVINCE, "measure": "honoured", "kind": E}),
            ("6", {"level": L.PROVINCE, "change": Change.INCREASE, "measure": "honoured"}),
            ("611", {"level": L.GRASSROOTS, "measure": "honoured", "part_of": None}),
            ("23", {"level": L.GRASSROOTS, "change": Change.DECREASE, "measure": "honoured"}),
            ("38", {"level": L.PROVINCE, "measure": "registered"}),
            ("4", {"level": L.PROVINCE, "change": Change.INCREASE}),
            ("517", {"level": L.GRASSROOTS, "measure": "registered"}),
            ("45", {"level": L.GRASSROOTS, "change": Change.INCREASE}),
        ],
    ),
    (
        # The level that recognised, in a passive with "cấp".
        (
            "Giai đoạn 2021 - 2025, có 286 mô hình được cấp tỉnh công nhận, 2.417 mô hình "
            "được cấp huyện công nhận và 6.902 mô hình được cấp cơ sở công nhận."
        ),
        [
            ("286", {"level": L.PROVINCE, "measure": "recognised"}),
            ("2.417", {"level": L.DISTRICT, "measure": "recognised"}),
            ("6.902", {"level": L.GRASSROOTS, "measure": "recognised"}),
        ],
    ),
    (
        # A grade said whole: "hiệu quả chưa cao" is no "hiệu quả"; "đủ điều kiện công
        # nhận" is a result of the appraisal, as "chưa đủ điều kiện" is.
        (
            "Có 1.402 mô hình hoạt động hiệu quả, 164 mô hình hiệu quả chưa cao. Qua thẩm "
            "định, 36 mô hình đủ điều kiện công nhận cấp huyện, 5 mô hình chưa đủ điều kiện."
        ),
        [
            ("1.402", {"category": "hiệu quả"}),
            ("164", {"category": "hiệu quả chưa cao"}),
            ("36", {"category": "đủ điều kiện công nhận cấp huyện", "measure": "models"}),
            ("5", {"category": "chưa đủ điều kiện", "measure": "models"}),
        ],
    ),
    (
        # A body's act with "mới", "được" after its verb names the body still; a proposal
        # asks for the act after "xem xét,".
        (
            "Hội Nông dân xã duy trì 11 mô hình, Đoàn Thanh niên xã xây dựng mới 6 mô hình, "
            "Hội Phụ nữ xã xây dựng được 8 mô hình. Ban Chỉ đạo xã công nhận 19 mô hình cấp "
            "xã; đề nghị Đảng ủy cấp trên xem xét, công nhận 2 mô hình cấp tỉnh."
        ),
        [
            ("11", {"category": "Hội Nông dân xã", "measure": "in_operation"}),
            ("6", {"category": "Đoàn Thanh niên xã", "measure": "built"}),
            ("8", {"category": "Hội Phụ nữ xã", "measure": "built"}),
            ("19", {"measure": "recognised", "level": L.GRASSROOTS}),
            ("2", {"measure": "proposed", "level": L.PROVINCE}),
        ],
    ),
    (
        # A stage after a count ("chưa triển khai") is its cell, and takes no act from
        # the count before it.
        (
            "Toàn xã có 64 mô hình đã triển khai, 9 mô hình chưa triển khai. Các chi bộ đăng "
            "ký 73 mô hình, trong đó 61 mô hình đang triển khai, 12 mô hình chưa thực hiện."
        ),
        [
            ("64", {"measure": "built"}),
            ("9", {"measure": "models", "category": "chưa triển khai"}),
            ("73", {"measure": "registered"}),
            ("61", {"category": "đang triển khai", "part_of": 2}),
            ("12", {"measure": "registered", "category": "chưa thực hiện", "part_of": 2}),
        ],
    ),
    (
        # An estimate said at the head of its clause; models not yet appraised are a cell.
        (
            "Ước cả năm 2025, toàn huyện xây dựng khoảng 640 mô hình. Đến nay còn 38 mô hình "
            "chưa được thẩm định."
        ),
        [
            ("khoảng 640", {"estimate_words": "Ước cả năm 2025", "measure": "built"}),
            ("38", {"category": "chưa được thẩm định", "measure": "models"}),
        ],
    ),
    (
        # The level after the movement's name and "tiêu biểu".
        "Ban Thường vụ Huyện ủy biểu dương 27 mô hình “Dân vận khéo” tiêu biểu cấp huyện.",
        [("27", {"level": L.DISTRICT, "measure": "honoured"})],
    ),
    (
        # Bare values of a change count what the clause's "số …" names.
        "Qua 3 năm, số điển hình tăng từ 214 (năm 2022) lên 387 (năm 2024).",
        [
            ("214", {"noun": "điển hình", "kind": E, "period": Period.parse("năm 2022")}),
            ("387", {"noun": "điển hình", "kind": E, "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # A quarter named without its year is of the year before it.
        "Trong 9 tháng năm 2025, toàn huyện đăng ký 356 mô hình; riêng quý III có 64 mô hình.",
        [
            ("356", {"period": Period.parse("9 tháng năm 2025")}),
            ("64", {"period": Period.parse("quý III năm 2025"), "kind": M}),
        ],
    ),
    (
        # Models appraised take no act of the count before them: they are a cell, or the
        # total their grades break down.
        (
            "Cả huyện có 486 mô hình đăng ký, đã có 402 mô hình được đánh giá, trong đó 151 "
            "mô hình xếp loại tốt, 251 mô hình xếp loại khá. Có 312 mô hình đăng ký, 270 mô "
            "hình được thẩm định."
        ),
        [
            ("486", {"measure": "registered"}),
            ("402", {"measure": "models", "category": None}),
            ("151", {"category": "tốt", "part_of": 1}),
            ("251", {"category": "khá", "part_of": 1}),
            ("312", {"measure": "registered"}),
            ("270", {"measure": None, "category": "được thẩm định"}),
        ],
    ),
    (
        # Cells that add up to their total leave a count of another stage among them, no
        # cell: the total stays what was built.
        (
            "Các cấp đã xây dựng 860 mô hình, trong đó có 610 mô hình tập thể và 250 mô hình "
            "cá nhân; có 57 mô hình được công nhận cấp tỉnh."
        ),
        [
            ("860", {"measure": "built"}),
            ("610", {"measure": "built", "part_of": 0, "status": None}),
            ("250", {"measure": "built", "part_of": 0}),
            ("57", {"measure": "recognised", "part_of": None, "subset_of": 0}),
        ],
    ),
    (
        # "cơ sở" folds as "có số": a noun still; a noun of three words is whole.
        "Có 9 cơ sở Hội được UBND tỉnh tặng Bằng khen; các chi hội duy trì 41 tổ tiết kiệm.",
        [
            ("9", {"noun": "cơ sở Hội", "award_form": AwardForm.CERTIFICATE_OF_MERIT}),
            ("41", {"noun": "tổ tiết kiệm", "measure": "in_operation"}),
        ],
    ),
    (
        # A count in brackets after its field's name takes the verb before the field.
        (
            "Các mô hình được công nhận năm 2025 chủ yếu thuộc lĩnh vực kinh tế (176 mô hình) "
            "và văn hóa - xã hội (143 mô hình). Bằng khen (2 đợt): 35 tập thể."
        ),
        [
            ("176", {"measure": "recognised", "fields": (Field.ECONOMY,)}),
            ("143", {"measure": "recognised", "fields": (Field.CULTURE_SOCIETY,)}),
            ("2", {"measure": None}),
            ("35", {"measure": "commended"}),
        ],
    ),
    (
        # A count of a year within its total's span is among them, of their level.
        (
            "Giai đoạn 2021 - 2025, cấp huyện công nhận 1.046 mô hình; trong đó năm 2025 "
            "công nhận 236 mô hình."
        ),
        [
            ("1.046", {"level": L.DISTRICT, "period": Period.years(2021, 2025)}),
            (
                "236",
                {
                    "level": L.DISTRICT,
                    "period": Period.parse("năm 2025"),
                    "subset_of": 0,
                    "part_of": None,
                },
            ),
        ],
    ),
    (
        # The level of a change's subject is the values' before and after it too.
        (
            "Sau 5 năm, số mô hình cấp cơ sở tăng 2,1 lần, từ 940 lên 1.974 mô hình. Số điển "
            "hình cấp huyện tăng từ 37 điển hình (năm 2021) lên 62 điển hình (năm 2025)."
        ),
        [
            ("940", {"level": L.GRASSROOTS}),
            ("1.974", {"level": L.GRASSROOTS}),
            ("37", {"level": L.DISTRICT, "period": Period.parse("năm 2021")}),
            ("62", {"level": L.DISTRICT, "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # The level after a passive of commending; models do not take part as people do;
        # a body's award joined to its other act is its batch.
        (
            "Có 37 tập thể, 54 cá nhân được khen thưởng cấp huyện; 6 tập thể, 9 cá nhân được "
            "khen thưởng cấp tỉnh. Có 7 mô hình được chọn tham gia Chương trình “Dân vận khéo” "
            "trên truyền hình. Năm 2025, UBND huyện công nhận 29 mô hình và tặng Giấy khen cho "
            "11 tập thể."
        ),
        [
            ("37", {"level": L.DISTRICT, "measure": "commended"}),
            ("54", {"level": L.DISTRICT}),
            ("6", {"level": L.PROVINCE}),
            ("9", {"level": L.PROVINCE}),
            ("7", {"measure": None}),
            ("29", {"measure": "recognised"}),
            (
                "11",
                {"issuer_words": "UBND huyện", "award_form": AwardForm.CERTIFICATE_OF_COMMENDATION},
            ),
        ],
    ),
    (
        # The level after each count of a proposal is its own, not the first count's.
        "Năm 2025, huyện đề nghị công nhận 8 mô hình cấp huyện, 3 mô hình cấp tỉnh.",
        [
            ("8", {"level": L.DISTRICT, "measure": "proposed"}),
            ("3", {"level": L.PROVINCE, "measure": "proposed"}),
        ],
    ),
    (
        # The body that carries models out, after "do": its cell.
        (
            "Trong 24 mô hình, có 15 mô hình do Hội Nông dân thực hiện, 9 mô hình do Đoàn "
            "Thanh niên thực hiện."
        ),
        [
            ("24", {"measure": "models"}),
            ("15", {"category": "Hội Nông dân", "part_of": 0}),
            ("9", {"category": "Đoàn Thanh niên", "part_of": 0}),
        ],
    ),
    (
        # A body's name ends at "tổ chức" as at any act; a noun of three words is whole.
        "Đoàn Thanh niên các cấp tổ chức 248 công trình; toàn tỉnh có 4.210 tổ hòa giải.",
        [
            ("248", {"category": "Đoàn Thanh niên các cấp"}),
            ("4.210", {"noun": "tổ hòa giải"}),
        ],
    ),
    (
        # A special zone is a unit by name; a proposal to keep models and to stop others
        # keeps and stops nothing yet.
        (
            "Đặc khu Cồn Cỏ có 6 mô hình được công nhận. Ban Chỉ đạo rà soát 1.540 mô hình, "
            "đề nghị duy trì 1.392 mô hình, dừng 148 mô hình."
        ),
        [
            ("6", {"place_words": "Đặc khu Cồn Cỏ", "measure": "recognised"}),
            ("1.540", {"measure": None}),
            ("1.392", {"measure": None}),
            ("148", {"measure": None}),
        ],
    ),
    (
        # Counts before "lần lượt" with no change are no cells of the numbers after it.
        "Hai huyện có 12 xã và 9 xã lần lượt đăng ký 45 và 60 mô hình.",
        [
            ("12", {"noun": "xã"}),
            ("9", {"noun": "xã"}),
            ("45", {"category": None, "respectively_words": "Hai huyện có 12 xã và 9 xã"}),
            ("60", {"category": None, "measure": "registered"}),
        ],
    ),
    (
        # "lượt" with no noun after it counts what the line's subject names.
        "Tổng số lượt người tham gia các mô hình là trên 18.000 lượt.",
        [("trên 18.000", {"noun": "người", "occurrences": True, "measure": "participants"})],
    ),
    (
        # A field's name ends before the change it has.
        "Các mô hình trong lĩnh vực văn hóa - xã hội tăng 23 mô hình so với năm 2024.",
        [("23", {"fields": (Field.CULTURE_SOCIETY,), "category": None, "change": Change.INCREASE})],
    ),
    (
        # A subject before a colon heads a list of years; every item after the second is
        # of the subject too, as each item after "trong đó năm …" is.
        (
            "Số mô hình được công nhận qua các năm: năm 2022 là 415, năm 2023 là 468, năm "
            "2024 là 502. Số điển hình là 96, trong đó năm 2023 là 30, năm 2024 là 33."
        ),
        [
            ("415", {"measure": R, "noun": "mô hình", "period": Period.parse("năm 2022")}),
            ("468", {"measure": R, "noun": "mô hình", "period": Period.parse("năm 2023")}),
            ("502", {"measure": R, "noun": "mô hình", "period": Period.parse("năm 2024")}),
            ("96", {"noun": "điển hình", "period": None}),
            ("30", {"noun": "điển hình", "period": Period.parse("năm 2023")}),
            ("33", {"noun": "điển hình", "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # A quoted name between the noun and its verb, in either kind of quotes.
        (
            'Toàn phường có 58 mô hình "Dân vận khéo" đăng ký xây dựng; 41 mô hình “Dân vận '
            "khéo” đang duy trì hoạt động."
        ),
        [("58", {"measure": "registered"}), ("41", {"measure": "in_operation"})],
    ),
    (
        # A unit a sentence opens on is the place of a clause that goes on with it as its
        # subject, and of the counts of a line it labels; a body that opens one is none.
        (
            "Phường Yên Thành được thành lập trên cơ sở sáp nhập 3 phường, hiện có 21 mô "
            "hình. Ban Dân vận Huyện ủy đã chủ trì thẩm định, công nhận 30 mô hình cấp huyện.\n"
            "- Xã Gia Lạc: đã xây dựng 12 mô hình, công nhận 8 mô hình.\n"
            "Toàn huyện có 25 xã, đã xây dựng 410 mô hình."
        ),
        [
            ("21", {"measure": "in_operation", "place_words": "Phường Yên Thành"}),
            ("30", {"measure": R, "place_words": None}),
            ("12", {"measure": "built", "place_words": "Xã Gia Lạc"}),
            ("8", {"measure": R, "place_words": "Xã Gia Lạc"}),
            ("25", {"noun": "xã", "place_words": None}),
            ("410", {"measure": "built", "place_words": None}),
        ],
    ),
    (
        # A figure in brackets between a count's noun and its verb hides no verb; a bare
        # value of another year in brackets counts what the count before counts, and its
        # year is its own, not the next clause's.
        (
            "Tính đến 30/6/2025, có 1.024/1.120 mô hình (91,4%) đang duy trì hoạt động. "
            "Toàn tỉnh có 1.240 mô hình (tăng 120 mô hình) được công nhận. Năm 2025 có 86 "
            "điển hình (năm 2024: 72) được biểu dương. Các xã đăng ký 690 mô hình (năm 2024 là "
            "615), công nhận 512 mô hình."
        ),
        [
            ("1.024", {"measure": "in_operation"}),
            ("91,4%", {}),
            ("1.240", {"measure": R}),
            ("120", {"measure": R}),
            ("86", {"measure": "honoured", "period": Period.parse("năm 2025")}),
            ("72", {"noun": "điển hình", "period": Period.parse("năm 2024")}),
            ("690", {"measure": "registered", "period": None}),
            ("615", {"noun": "mô hình", "period": Period.parse("năm 2024")}),
            ("512", {"measure": R, "period": None}),
        ],
    ),
    (
        # Support given with its money, past the colon of a line's subject.
        "Số hộ được hỗ trợ xây nhà đại đoàn kết: 86 hộ, với tổng kinh phí 4,3 tỷ đồng.",
        [("86", {"measure": "supported"}), ("4.300.000.000", {"measure": "supported"})],
    ),
    (
        # A fund as the subject of its clause, and a campaign named before ("trong Cuộc
        # vận động"), tie their counts to those programmes; money given to a fund by the
        # movement's models does not.
        (
            'Quỹ "Vì người nghèo" phường vận động được 386 triệu đồng, hỗ trợ xây mới 5 nhà '
            "Đại đoàn kết. Ban Thường trực UBMTTQ phường tặng Giấy khen cho 7 khu dân cư có "
            "thành tích trong Cuộc vận động. Các mô hình đã ủng hộ Quỹ “Vì người nghèo” 95 "
            "triệu đồng."
        ),
        [
            ("386.000.000", {"movement_words": 'Quỹ "Vì người nghèo"'}),
            ("5", {"movement_words": 'Quỹ "Vì người nghèo"'}),
            ("7", {"movement_words": "trong Cuộc vận động", "awarded": True}),
            ("95.000.000", {"movement_words": None, "measure": "money_raised"}),
        ],
    ),
    (
        # The number of a breakdown's kinds ("gồm 3 lĩnh vực:", "gồm 2 loại:") is no
        # figure, nor the total of the list after it; one kind is a cell ("32 cấp huyện").
        # A bare value in brackets after its noun counts it, with the holder it names.
        (
            "Năm 2025, toàn xã đăng ký 36 mô hình, gồm 3 lĩnh vực: kinh tế 12 mô hình, văn "
            "hóa - xã hội 14 mô hình, quốc phòng - an ninh 10 mô hình. Các mô hình được công "
            "nhận gồm 2 loại: mô hình tập thể (21) và mô hình cá nhân (9). Năm 2024 đăng ký 30 "
            "mô hình, trong đó 8 cấp huyện, 22 cấp xã."
        ),
        [
            ("36", {"measure": "registered"}),
            ("12", {"part_of": 0, "fields": (Field.ECONOMY,)}),
            ("14", {"part_of": 0}),
            ("10", {"part_of": 0}),
            ("21", {"measure": R, "noun": "mô hình", "holder": C, "part_of": None}),
            ("9", {"measure": R, "noun": "mô hình", "holder": IND, "part_of": None}),
            ("30", {"period": Period.parse("năm 2024")}),
            ("8", {"part_of": 6, "level": L.DISTRICT}),
            ("22", {"part_of": 6, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # A subject that names a level gives it to its change, to the value the change
        # leaves, and to the count of its "có".
        (
            "Các mô hình cấp xã tăng 215 mô hình so với cùng kỳ, đạt 2.231 mô hình. Mô hình "
            "cấp huyện hiện có 412 mô hình. Toàn tỉnh có 2.980 mô hình."
        ),
        [
            ("215", {"level": L.GRASSROOTS, "change": Change.INCREASE}),
            ("2.231", {"level": L.GRASSROOTS, "change": None}),
            ("412", {"level": L.DISTRICT}),
            ("2.980", {"level": None}),
        ],
    ),
    (
        # "this number" in another year is the same quantity: its noun, cell and verb.
        (
            "Năm 2024, tỉnh có 2.540 mô hình được công nhận; năm 2025, con số này là 2.840. "
            "Năm 2024 có 96 điển hình cấp huyện được biểu dương, năm 2025 con số đó tăng lên 118."
        ),
        [
            ("2.540", {"measure": R, "period": Period.parse("năm 2024")}),
            ("2.840", {"measure": R, "noun": "mô hình", "period": Period.parse("năm 2025")}),
            ("96", {"measure": "honoured", "level": L.DISTRICT}),
            ("118", {"measure": "honoured", "level": L.DISTRICT, "noun": "điển hình"}),
        ],
    ),
    (
        # Acts listed before "lần lượt" give each number its own; a level in the subject,
        # before them all, is every count's, and one after an act only that act's.
        (
            "Số mô hình đăng ký và được công nhận lần lượt là 420 và 386. Năm 2025, số mô "
            "hình đăng ký, được công nhận, đề nghị cấp tỉnh công nhận lần lượt là 512, 468 và "
            "12. Số điển hình cấp huyện đăng ký và được biểu dương tương ứng là 64 và 51."
        ),
        [
            ("420", {"measure": "registered", "category": None}),
            ("386", {"measure": R, "category": None}),
            ("512", {"measure": "registered", "level": None}),
            ("468", {"measure": R, "level": None}),
            ("12", {"measure": "proposed", "level": L.PROVINCE}),
            ("64", {"measure": "registered", "level": L.DISTRICT}),
            ("51", {"measure": "honoured", "level": L.DISTRICT}),
        ],
    ),
    (
        # The verb after a list of holders' counts, each "của" its holder, is each one's;
        # a count beside one that is some of it is not.
        (
            "Có 128 mô hình của tập thể, 64 mô hình của cá nhân được công nhận. Toàn tỉnh có "
            "9.640 mô hình, 1.118 mô hình được công nhận."
        ),
        [
            ("128", {"measure": R, "holder": C}),
            ("64", {"measure": R, "holder": IND}),
            ("9.640", {"measure": "models"}),
            ("1.118", {"measure": R}),
        ],
    ),
    (
        # A bare number after the act of a count just before it counts what that one does.
        (
            "Hội Phụ nữ huyện đăng ký 64 mô hình, đã công nhận 58. Xã xây dựng 12 mô hình và "
            "nhân rộng 5."
        ),
        [
            ("64", {"measure": "registered"}),
            ("58", {"measure": R, "noun": "mô hình"}),
            ("12", {"measure": "built"}),
            ("5", {"measure": "replicated", "noun": "mô hình"}),
        ],
    ),
    (
        # An item's last words name its field, its count in brackets after them.
        (
            "Năm 2025, toàn xã có 64 mô hình, tập trung vào phát triển kinh tế (25 mô hình), "
            "bảo đảm an ninh trật tự (11 mô hình), xây dựng nếp sống văn minh (20 mô hình) và "
            "xây dựng hệ thống chính trị (8 mô hình)."
        ),
        [
            ("64", {"fields": ()}),
            ("25", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("11", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("20", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("8", {"fields": (Field.POLITICAL_SYSTEM,), "part_of": 0}),
        ],
    ),
    (
        # The sector written after a count with "ở" or "tại" names its cell; the units of
        # the area do not ("ở các xã, phường" are all of them).
        (
            "Năm 2025, xã đăng ký 318 mô hình, trong đó 42 mô hình tại các cơ quan, đơn vị và "
            "276 mô hình ở khu dân cư. Toàn huyện có 1.200 mô hình ở các xã, thị trấn."
        ),
        [
            ("318", {"category": None}),
            ("42", {"category": "các cơ quan, đơn vị", "part_of": 0}),
            ("276", {"category": "khu dân cư", "part_of": 0}),
            ("1.200", {"category": None}),
        ],
    ),
    (
        # The villages of the south and the highlands are places too ("ấp", "khóm",
        # "xóm"), and a village may be named by its number ("khóm 3", "thôn 4").
        (
            "Toàn xã công nhận 46 mô hình; trong đó ấp Tân Hưng có 12 mô hình, khóm 3 có 8 mô "
            "hình. Xóm Bãi Trữ có 6 mô hình. Thôn 4 có 35 hộ tham gia mô hình."
        ),
        [
            ("46", {"place_words": None}),
            ("12", {"place_words": "ấp Tân Hưng"}),
            ("8", {"place_words": "khóm 3"}),
            ("6", {"place_words": "Xóm Bãi Trữ"}),
            ("35", {"place_words": "Thôn 4", "measure": "participants"}),
        ],
    ),
    (
        # A certificate issued recognises; one handed over at a ceremony says no measure.
        (
            "UBND xã cấp Giấy chứng nhận cho 12 mô hình “Dân vận khéo”; 9 mô hình được cấp "
            "giấy chứng nhận năm 2024. Ban Tổ chức trao Giấy chứng nhận cho 16 mô hình."
        ),
        [
            ("12", {"measure": R}),
            ("9", {"measure": R, "period": Period.parse("năm 2024")}),
            ("16", {"measure": None}),
        ],
    ),
    (
        # Each item of a list of bodies may say whose with "do" or "của" again.
        (
            "Các mô hình do Đoàn Thanh niên chủ trì là 126 mô hình, do Hội Phụ nữ chủ trì là "
            "212 mô hình. Số mô hình do Hội Nông dân chủ trì là 98, do Hội Cựu chiến binh chủ "
            "trì là 64. Số mô hình của khối Đảng là 41, của khối chính quyền là 102."
        ),
        [
            ("126", {"category": "Đoàn Thanh niên"}),
            ("212", {"category": "Hội Phụ nữ"}),
            ("98", {"category": "Hội Nông dân"}),
            ("64", {"category": "Hội Cựu chiến binh", "noun": "mô hình"}),
            ("41", {"category": "khối Đảng"}),
            ("102", {"category": "khối chính quyền", "noun": "mô hình"}),
        ],
    ),
    (
        # A body's clause of its own, with its verb, after another body's "trong đó" list
        # is no subset of that body's count; a list item after a semicolon is.
        (
            "Hội Nông dân tỉnh có 1.240 mô hình, trong đó 215 mô hình cấp tỉnh; Hội Liên hiệp "
            "Phụ nữ có 980 mô hình, trong đó 180 mô hình cấp tỉnh. Khối Mặt trận có 500 mô "
            "hình, trong đó: Hội Nông dân 200 mô hình; Hội Phụ nữ 160 mô hình."
        ),
        [
            ("1.240", {"category": "Hội Nông dân tỉnh"}),
            ("215", {"part_of": 0}),
            ("980", {"category": "Hội Liên hiệp Phụ nữ", "subset_of": None, "part_of": None}),
            ("180", {"part_of": 2}),
            ("500", {"category": "Khối Mặt trận"}),
            ("200", {"subset_of": 4}),
            ("160", {"subset_of": 4}),
        ],
    ),
    (
        # The movement's own models in a work ("mô hình “Dân vận khéo” trong thực hiện cải
        # cách hành chính") are the movement's, that work naming their cell; "trong thực
        # hiện Quy chế dân chủ" after a count of no name is another programme's.
        (
            "Huyện xây dựng 24 mô hình dân vận khéo trong thực hiện chuyển đổi số. Mô hình "
            "“Dân vận khéo” trong thực hiện cải cách hành chính có 18 mô hình. Có 45 mô hình "
            "trong thực hiện Quy chế dân chủ ở cơ sở."
        ),
        [
            ("24", {"movement_words": None, "category": "trong thực hiện chuyển đổi số"}),
            ("18", {"movement_words": None, "category": "trong thực hiện cải cách hành chính"}),
            ("45", {"movement_words": "trong thực hiện Quy chế dân chủ ở cơ sở"}),
        ],
    ),
    (
        # A holder after the quoted name of what is counted is its holder.
        "Toàn xã có 12 điển hình “Dân vận khéo” là cá nhân, 5 điển hình là tập thể.",
        [("12", {"holder": IND}), ("5", {"holder": C})],
    ),
    (
        # "gương" counts exemplars; one named with another movement's quoted title is that
        # movement's.
        (
            "Năm 2025, huyện có 86 gương điển hình tiên tiến được biểu dương, trong đó 32 gương "
            'người tốt, việc tốt. Có 15 gương "Người tốt, việc tốt" được UBND tỉnh khen thưởng.'
        ),
        [
            ("86", {"measure": "honoured", "kind": ModelKind.EXEMPLAR}),
            ("32", {"unit_of_measure": UnitOfMeasure.EXEMPLARS, "subset_of": 0}),
            ("15", {"movement_words": "Người tốt, việc tốt"}),
        ],
    ),
    (
        # Counts of models side by side, each with its own words after its noun, are two
        # kinds; a total beside one of them, or one with a cell of its own, stays as it is.
        (
            "Có 120 mô hình sản xuất giỏi; 86 mô hình tự quản ở khu dân cư. Toàn tỉnh có 312 "
            "mô hình, 45 mô hình về bảo vệ môi trường. Có 1.240 mô hình dân vận khéo, 312 mô "
            "hình mới."
        ),
        [
            ("120", {"category": "sản xuất giỏi"}),
            ("86", {"category": "tự quản ở khu dân cư"}),
            ("312", {"category": None}),
            ("45", {"category": "về bảo vệ môi trường"}),
            ("1.240", {"category": None}),
            ("312", {"category": None, "measure": "built"}),
        ],
    ),
    (
        # Where or whose each count of a list is, said before it, names its cell.
        (
            "Các mô hình ở vùng đồng bào dân tộc thiểu số là 64 mô hình, ở vùng giáo là 22 mô "
            "hình. Toàn tỉnh có 312 mô hình, trong đó có 45 mô hình."
        ),
        [
            ("64", {"category": "ở vùng đồng bào dân tộc thiểu số"}),
            ("22", {"category": "ở vùng giáo"}),
            ("312", {"category": None}),
            ("45", {"category": None, "subset_of": 2}),
        ],
    ),
    (
        # A line's subject after "Các" counts its bare values; whose each is ("do …") is
        # its cell, none of them the total of the others.
        "Các mô hình do thanh niên làm chủ là 52, do phụ nữ làm chủ là 76.",
        [
            ("52", {"noun": "mô hình", "category": "do thanh niên làm chủ", "part_of": None}),
            ("76", {"category": "do phụ nữ làm chủ", "part_of": None, "subset_of": None}),
        ],
    ),
    (
        # "trong đó" after a subject that names its body makes the next item a part of
        # it, the body's too.
        "Số mô hình do Mặt trận Tổ quốc các cấp chủ trì là 248, trong đó cấp tỉnh 12.",
        [
            ("248", {"category": "Mặt trận Tổ quốc các cấp"}),
            ("12", {"part_of": 0, "level": L.PROVINCE, "category": "Mặt trận Tổ quốc các cấp"}),
        ],
    ),
    (
        # The tier of the units that act after another item's count is the count's level;
        # a unit named right before the bracket of a count is its place.
        (
            "Năm 2025, cấp tỉnh công nhận 45 mô hình; các huyện, thành phố công nhận 412 mô "
            "hình. Các đơn vị có ít mô hình là huyện Nho Quan (86 mô hình), huyện Gia Viễn (92 "
            "mô hình)."
        ),
        [
            ("45", {"level": L.PROVINCE}),
            ("412", {"level": L.DISTRICT, "measure": R}),
            ("86", {"place_words": "huyện Nho Quan"}),
            ("92", {"place_words": "huyện Gia Viễn"}),
        ],
    ),
    (
        # The level a passive proposal asks for, past the body asked and its review.
        (
            "Có 6 mô hình được đề nghị Ban Thường vụ Tỉnh ủy công nhận cấp tỉnh; 9 điển hình "
            "được đề nghị Ban Thường vụ Huyện ủy xem xét, công nhận cấp huyện."
        ),
        [
            ("6", {"measure": "proposed", "level": L.PROVINCE}),
            ("9", {"measure": "proposed", "level": L.DISTRICT}),
        ],
    ),
    (
        # Bare numbers listed by field after "phân theo lĩnh vực" break down the total a
        # sentence or two before whose sum they are, past a count of one year between
        # (they were read as parts of that year's); some fields alone, the count before.
        (
            "Cả nhiệm kỳ, toàn thị xã công nhận 684 mô hình, điển hình. Riêng năm 2025 công "
            "nhận 152 mô hình, điển hình.\nPhân theo lĩnh vực: kinh tế 250; văn hóa - xã hội "
            "221; quốc phòng - an ninh 96; xây dựng hệ thống chính trị 117.\nNăm 2024 đăng ký "
            "170 mô hình. Chia theo lĩnh vực: kinh tế 61; văn hóa - xã hội 59."
        ),
        [
            ("684", {"measure": R, "part_of": None}),
            ("152", {"measure": R, "part_of": None}),
            ("250", {"part_of": 0, "measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("221", {"part_of": 0, "fields": (Field.CULTURE_SOCIETY,)}),
            ("96", {"part_of": 0}),
            ("117", {"part_of": 0, "fields": (Field.POLITICAL_SYSTEM,)}),
            ("170", {"measure": "registered"}),
            ("61", {"part_of": 6, "measure": "registered"}),
            ("59", {"part_of": 6, "fields": (Field.CULTURE_SOCIETY,)}),
        ],
    ),
    (
        # A clause or a sentence with no subject of its own goes on with the body before
        # it; one with its own subject does not.
        (
            "Hội Cựu chiến binh tỉnh đăng ký 148 mô hình; đến nay có 131 mô hình được công "
            "nhận. Đoàn Thanh niên tỉnh đăng ký 96 mô hình. Đến nay, đã có 90 mô hình được "
            "công nhận. Hội Nông dân tỉnh đăng ký 210 mô hình. Qua đánh giá, toàn tỉnh có "
            "2.300 mô hình được công nhận."
        ),
        [
            ("148", {"category": "Hội Cựu chiến binh tỉnh", "measure": "registered"}),
            ("131", {"category": "Hội Cựu chiến binh tỉnh", "measure": R}),
            ("96", {"category": "Đoàn Thanh niên tỉnh"}),
            ("90", {"category": "Đoàn Thanh niên tỉnh", "measure": R}),
            ("210", {"category": "Hội Nông dân tỉnh"}),
            ("2.300", {"category": None, "measure": R}),
        ],
    ),
    (
        # The total a body's new count brings its own to is that body's too.
        (
            "Đảng ủy Công an tỉnh chỉ đạo xây dựng 58 mô hình mới, nâng tổng số mô hình đang "
            "duy trì trong toàn lực lượng lên 204 mô hình."
        ),
        [
            ("58", {"category": "Đảng ủy Công an tỉnh"}),
            ("204", {"category": "Đảng ủy Công an tỉnh", "measure": "in_operation"}),
        ],
    ),
    (
        # "tuyến đường" (a road) folds as "tuyên dương" (honoured) does, and is no verb;
        # a camera's noun is read whole.
        (
            "Các xã làm mới 86 tuyến đường hoa, 24 cổng trường an toàn giao thông và lắp đặt "
            "1.420 camera an ninh. Huyện tuyên dương 18 điển hình."
        ),
        [
            ("86", {"measure": "built", "noun": "tuyến đường"}),
            ("24", {"measure": "built", "noun": "cổng trường"}),
            ("1.420", {"noun": "camera an ninh"}),
            ("18", {"measure": "honoured"}),
        ],
    ),
    (
        # A commemorative medal's name unquoted: "Vì sự nghiệp …" gives no reason.
        (
            "Ban Dân vận Trung ương tặng Kỷ niệm chương Vì sự nghiệp Dân vận cho 9 cá nhân; "
            "7 cá nhân được tặng Kỷ niệm chương Vì sự nghiệp Dân vận của Ban Dân vận Tỉnh ủy."
        ),
        [
            ("9", {"award_form": AwardForm.COMMEMORATIVE_MEDAL}),
            ("7", {"award_form": AwardForm.COMMEMORATIVE_MEDAL}),
        ],
    ),
    (
        # People counted after a subject of exemplars are its individual exemplars.
        "Số điển hình cá nhân được công nhận trong năm là 138 người.",
        [("138", {"measure": R, "unit_of_measure": U.EXEMPLARS, "holder": IND})],
    ),
    (
        # Another programme's words run on past its document's symbol.
        (
            "UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích trong thực hiện Chỉ thị số "
            "05-CT/TW của Bộ Chính trị."
        ),
        [("12", {"movement_words": "trong thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"})],
    ),
    (
        # A bulleted item labelled by a long body's name is one more part of the total.
        (
            "Năm 2025, toàn tỉnh có 2.416 mô hình được công nhận, cụ thể:\n- Khối Đảng: 188 mô "
            "hình;\n- Khối chính quyền: 962 mô hình;\n- Khối Mặt trận Tổ quốc và các đoàn thể "
            "chính trị - xã hội: 1.124 mô hình;\n- Lực lượng vũ trang: 142 mô hình."
        ),
        [
            ("2.416", {"part_of": None}),
            ("188", {"part_of": 0}),
            ("962", {"part_of": 0}),
            ("1.124", {"part_of": 0, "subset_of": None}),
            ("142", {"part_of": 0, "category": "Lực lượng vũ trang"}),
        ],
    ),
    (
        # "Về cấp công nhận:" after a list by bloc heads a second breakdown of the total.
        (
            "Năm 2025, toàn tỉnh công nhận 1.530 mô hình, cụ thể:\n- Khối Đảng: 230 mô hình;\n"
            "- Khối chính quyền: 1.300 mô hình.\nVề cấp công nhận: cấp tỉnh 60; cấp huyện 410; "
            "cấp cơ sở 1.060."
        ),
        [
            ("1.530", {"part_of": None}),
            ("230", {"part_of": 0}),
            ("1.300", {"part_of": 0}),
            ("60", {"part_of": 0, "level": L.PROVINCE, "measure": R}),
            ("410", {"part_of": 0, "unit_of_measure": U.MODELS}),
            ("1.060", {"part_of": 0, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # A stock stands on the day that heads its clause; a clause after it that heads
        # with a period of its own counts that period's flows, on no day. "Cả năm",
        # "Ước cả năm" head a clause with their year.
        (
            "Tính đến ngày 30/9/2025, toàn huyện có 1.180 mô hình đang duy trì; trong 9 tháng "
            "đầu năm, các xã đăng ký mới 74 mô hình. Ước cả năm 2025, toàn huyện công nhận "
            "khoảng 96 mô hình. Cả năm 2024, toàn huyện công nhận 88 mô hình."
        ),
        [
            ("1.180", {"as_of": dt.date(2025, 9, 30), "measure": "in_operation"}),
            ("74", {"as_of": None, "measure": "registered"}),
            ("khoảng 96", {"period": Period.parse("năm 2025"), "measure": R}),
            ("88", {"period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # A numbered line whose label names a body, then its acts: each count that body's,
        # a part of the total of them after it; the line's number is none; "Tổng cộng"
        # before a body's name is no part of it.
        (
            "Kết quả của các cơ quan, đơn vị như sau:\n"
            "1. Hội Cựu chiến binh huyện: đăng ký 14 mô hình, công nhận 12 mô hình.\n"
            "2. Huyện đoàn: đăng ký 21 mô hình, công nhận 19 mô hình.\n"
            "Tổng cộng các đoàn thể đăng ký 35 mô hình, công nhận 31 mô hình."
        ),
        [
            ("14", {"category": "Hội Cựu chiến binh huyện", "measure": "registered", "part_of": 4}),
            ("12", {"category": "Hội Cựu chiến binh huyện", "measure": R, "part_of": 5}),
            ("21", {"category": "Huyện đoàn", "measure": "registered", "part_of": 4}),
            ("19", {"category": "Huyện đoàn", "measure": R, "part_of": 5}),
            ("35", {"category": "các đoàn thể", "part_of": None}),
            ("31", {"category": "các đoàn thể", "measure": R}),
        ],
    ),
    (
        # The blocs' counts on the lines before the area's totals of each act are their
        # parts, when they add up; not when they do not.
        (
            "a) Khối Đảng: đăng ký 44 mô hình, đã công nhận 40 mô hình.\n"
            "b) Khối chính quyền: đăng ký 176 mô hình, đã công nhận 165 mô hình.\n"
            "Toàn huyện đăng ký 220 mô hình, công nhận 206 mô hình."
        ),
        [
            ("44", {"category": "Khối Đảng", "part_of": 4}),
            ("40", {"category": "Khối Đảng", "part_of": None}),
            ("176", {"part_of": 4, "measure": "registered"}),
            ("165", {"part_of": None, "measure": R}),
            ("220", {"category": None, "part_of": None}),
            ("206", {"category": None, "measure": R}),
        ],
    ),
    (
        # Counts labelled by their year in a bracket after a total over the years, each
        # item after a semicolon, or after the subject's colon: each that year's.
        (
            "Sau 3 năm, toàn huyện có 430 mô hình được công nhận (năm 2023: 128; năm 2024: 140; "
            "năm 2025: 162). Số điển hình được tuyên dương: 2024: 36; 2025: 41."
        ),
        [
            ("430", {"measure": R}),
            ("128", {"measure": R, "period": Period.parse("năm 2023")}),
            ("140", {"measure": R, "period": Period.parse("năm 2024")}),
            ("162", {"measure": R, "period": Period.parse("năm 2025")}),
            ("36", {"measure": "honoured", "period": Period.parse("năm 2024")}),
            ("41", {"measure": "honoured", "period": Period.parse("năm 2025")}),
        ],
    ),
    (
        # The same cell of another year, in brackets after it: that year's, of that cell.
        "Năm 2025, toàn tỉnh công nhận 1.260 mô hình, trong đó cấp tỉnh 52 (năm 2024 là 47).",
        [
            ("1.260", {"measure": R}),
            ("52", {"level": L.PROVINCE, "part_of": 0}),
            ("47", {"level": L.PROVINCE, "part_of": None, "period": Period.parse("năm 2024")}),
        ],
    ),
    (
        # A count before a quoted name counts what it names; a watch team's noun is whole.
        "Công an tỉnh có 238 tổ an ninh trật tự cơ sở, 1.040 “Camera an ninh”.",
        [
            ("238", {"noun": "tổ an ninh trật tự"}),
            ("1.040", {"noun": "“Camera an ninh”", "unit_of_measure": None}),
        ],
    ),
    (
        # The party cells with the Front and the unions are every body: the area's count;
        # the Front and the unions alone are a bloc.
        (
            "Năm 2025, Đảng ủy phường chỉ đạo các chi bộ, Mặt trận và các đoàn thể đăng ký "
            "xây dựng 58 mô hình. Mặt trận và các đoàn thể phường đăng ký 31 mô hình."
        ),
        [
            ("58", {"category": None, "measure": "registered"}),
            ("31", {"category": "Mặt trận và các đoàn thể phường"}),
        ],
    ),
    (
        # Houses handed over were built; land handed over is no work built.
        (
            "Mặt trận huyện đã bàn giao 126 căn nhà đại đoàn kết; nhân dân giải phóng mặt "
            "bằng, bàn giao 38,5 ha đất cho các dự án."
        ),
        [
            ("126", {"measure": "built", "unit_of_measure": U.HOUSES}),
            ("38,5 ha", {"measure": None}),
        ],
    ),
    (
        # A change in percent counts what the subject of its clause counts.
        (
            "Năm 2025, số mô hình đăng ký tăng 11,5%, số điển hình được công nhận giảm 3,2% so "
            "với năm 2024."
        ),
        [
            ("11,5%", {"unit_of_measure": U.MODELS, "measure": "registered"}),
            ("3,2%", {"unit_of_measure": U.EXEMPLARS, "measure": R, "change": Change.DECREASE}),
        ],
    ),
    (
        # A lettered list by field, one item with its change in brackets, then one by
        # holder: two breakdowns of the total; the change is no part.
        (
            "Năm 2025, toàn huyện đã xây dựng 286 mô hình “Dân vận khéo”, kết quả cụ thể như "
            "sau:\na) Theo lĩnh vực:\n- Lĩnh vực kinh tế: 112 mô hình (tăng 15 mô hình so với "
            "năm 2024);\n- Lĩnh vực văn hóa - xã hội: 86 mô hình;\n- Lĩnh vực quốc phòng, an "
            "ninh: 40 mô hình;\n- Lĩnh vực xây dựng hệ thống chính trị: 48 mô hình.\nb) Theo "
            "chủ thể:\n- Tập thể: 201 mô hình;\n- Cá nhân: 85 mô hình."
        ),
        [
            ("286", {"measure": "built", "part_of": None}),
            ("112", {"part_of": 0, "fields": (Field.ECONOMY,)}),
            ("15", {"part_of": None, "change": Change.INCREASE}),
            ("86", {"part_of": 0}),
            ("40", {"part_of": 0}),
            ("48", {"part_of": 0}),
            ("201", {"part_of": 0, "holder": HolderKind.COLLECTIVE}),
            ("85", {"part_of": 0, "holder": HolderKind.INDIVIDUAL}),
        ],
    ),
    (
        # Each grade of the result names its own cell, "trung bình" too.
        "Kết quả: có 38/42 mô hình đạt kết quả tốt; 4 mô hình đạt kết quả trung bình.",
        [
            ("38", {"category": "đạt kết quả tốt"}),
            ("4", {"category": "đạt kết quả trung bình"}),
        ],
    ),
    (
        # A giver whose name ends with a number ("Quân khu 9", "Sư đoàn 330", "Quận 1") is
        # one body: what is asked of it is proposed, what it gave is its batch; the number is
        # no count.
        (
            "Bộ Chỉ huy Quân sự tỉnh đã khen thưởng 8 tập thể, 15 cá nhân; đề nghị Quân khu 9 "
            "khen thưởng 2 tập thể, 3 cá nhân. Năm 2025, Sư đoàn 330 tặng Giấy khen cho 6 tập "
            "thể. UBND Quận 1 tặng Giấy khen cho 15 tập thể."
        ),
        [
            ("8", {"measure": "commended", "issuer_words": "Bộ Chỉ huy Quân sự tỉnh"}),
            ("15", {"measure": "commended"}),
            ("2", {"measure": "proposed", "issuer_words": "Quân khu 9"}),
            ("3", {"measure": "proposed", "issuer_words": "Quân khu 9"}),
            ("6", {"measure": "commended", "issuer_words": "Sư đoàn 330"}),
            ("15", {"measure": "commended", "issuer_words": "UBND Quận 1"}),
        ],
    ),
    (
        # A level's label with an aside before its colon still names the part's level.
        (
            "Các đơn vị đăng ký xây dựng 42 mô hình, trong đó:\n+ Cấp tỉnh: 6 mô hình;\n+ Cấp "
            "huyện (Ban CHQS, nay là Ban Chỉ huy Phòng thủ khu vực): 14 mô hình;\n+ Cấp xã (Ban "
            "CHQS xã, phường): 22 mô hình."
        ),
        [
            ("42", {"measure": "registered"}),
            ("6", {"part_of": 0, "level": L.PROVINCE}),
            ("14", {"part_of": 0, "level": L.DISTRICT, "subset_of": None}),
            ("22", {"part_of": 0, "level": L.GRASSROOTS, "subset_of": None}),
        ],
    ),
    (
        # A change after the clause that says its subject changed is of that subject's act;
        # a count after such a clause that says its own act keeps it.
        (
            "Qua 5 năm, số mô hình được công nhận tăng đều qua các năm; năm 2025 tăng 53 mô "
            "hình so với năm 2021. Số mô hình đăng ký giảm nhẹ; năm 2025 giảm 4 mô hình. Số "
            "điển hình được biểu dương tăng; toàn huyện xây dựng 12 mô hình."
        ),
        [
            ("53", {"measure": "recognised", "change": Change.INCREASE}),
            ("4", {"measure": "registered", "change": Change.DECREASE}),
            ("12", {"measure": "built", "change": None}),
        ],
    ),
    (
        # A programme done well ("thực hiện hiệu quả Quy chế dân chủ") still names it; the
        # movement's own models named after the count stay the movement's.
        (
            "Cùng với đó, huyện đã thực hiện hiệu quả Quy chế dân chủ ở cơ sở, tổ chức 126 "
            "cuộc đối thoại với Nhân dân. Các xã đã thực hiện tốt Quy chế dân chủ, có 45 mô "
            "hình “Dân vận khéo” được công nhận."
        ),
        [
            ("126", {"movement_words": "thực hiện hiệu quả Quy chế dân chủ ở cơ sở"}),
            ("45", {"movement_words": None, "measure": "recognised"}),
        ],
    ),
    (
        # "Among the new models" breaks down the count of new ones, not the total the
        # sentence raised after it; and none when no count says they are new.
        (
            "Từ tháng 7/2025 đến nay, các chi bộ, đoàn thể đăng ký mới 15 mô hình, nâng tổng "
            "số mô hình trên địa bàn xã lên 64 mô hình. Trong số mô hình mới, có 6 mô hình "
            "thuộc lĩnh vực chuyển đổi số. Năm 2025 toàn huyện có 210 mô hình, trong đó 38 mô "
            "hình mới được xây dựng. Trong số các mô hình mới, có 12 mô hình cấp huyện. Xã "
            "duy trì 40 mô hình. Trong số các mô hình mới, có 3 mô hình cấp xã."
        ),
        [
            ("15", {"measure": "registered"}),
            ("64", {"subset_of": None}),
            ("6", {"subset_of": 0, "part_of": None}),
            ("210", {}),
            ("38", {"subset_of": 3}),
            ("12", {"part_of": 4, "level": L.DISTRICT}),
            ("40", {}),
            ("3", {"part_of": None, "subset_of": None, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # Counts given in turn to blocs take the act said after the last; to units of a
        # kind written once or each, each unit's; "Ban Dân vận" is a body, no "bản".
        (
            "Khối Đảng, khối chính quyền lần lượt có 38 và 91 mô hình được công nhận. Huyện "
            "Kim Sơn, huyện Yên Mô lần lượt có 64 và 57 mô hình. Ban Dân vận, Ban Tuyên giáo "
            "lần lượt có 9 và 11 mô hình."
        ),
        [
            ("38", {"category": "Khối Đảng", "measure": R}),
            ("91", {"category": "khối chính quyền", "measure": R}),
            ("64", {"place_words": "Huyện Kim Sơn"}),
            ("57", {"place_words": "huyện Yên Mô"}),
            ("9", {"place_words": None, "category": "Ban Dân vận"}),
            ("11", {"place_words": None, "category": "Ban Tuyên giáo"}),
        ],
    ),
    (
        # A village's tier is no village numbered: "cấp thôn 88 mô hình" is 88 models, where
        # "thôn 5 có 3 mô hình" is village 5's 3 models.
        (
            "Năm 2024, toàn huyện đăng ký 312 mô hình, trong đó cấp huyện 28 mô hình, cấp xã "
            "196 mô hình, cấp thôn 88 mô hình. Riêng thôn 5 có 3 mô hình."
        ),
        [
            ("312", {"measure": "registered"}),
            ("28", {"part_of": 0, "level": L.DISTRICT}),
            ("196", {"part_of": 0, "level": L.GRASSROOTS}),
            ("88", {"part_of": 0, "level": None}),  # no tier of government: a cell
            ("3", {"part_of": None}),
        ],
    ),
    (
        # A body of a tier said as one recognises at that level, beside other tiers' own
        # acts; a steering committee of an area alone may count every level's.
        (
            "Qua thẩm định, Ban Chỉ đạo cấp tỉnh công nhận 41 mô hình; cấp huyện công nhận "
            "230 mô hình. UBND cấp huyện đã công nhận 57 mô hình. Ban Chỉ đạo huyện công "
            "nhận 90 mô hình, trong đó cấp huyện 20 mô hình."
        ),
        [
            ("41", {"level": L.PROVINCE, "measure": R}),
            ("230", {"level": L.DISTRICT, "part_of": None}),
            ("57", {"level": L.DISTRICT}),
            ("90", {"level": None}),
            ("20", {"level": L.DISTRICT, "part_of": 3}),
        ],
    ),
    (
        # Items on lines of their own, each a sentence, and their sum after them: its parts
        # when they add up to it; a sum they do not add up to is no one's.
        (
            "- Lĩnh vực kinh tế: 52 mô hình (chiếm 40%).\n- Lĩnh vực văn hóa - xã hội: 78 mô "
            "hình (chiếm 60%).\nTổng số: 130 mô hình.\n- Lĩnh vực kinh tế: 12 mô hình.\n- "
            "Lĩnh vực quốc phòng - an ninh: 9 mô hình.\nTổng cộng: 25 mô hình."
        ),
        [
            ("52", {"part_of": 4, "fields": (Field.ECONOMY,)}),
            ("40%", {"part_of": None}),
            ("78", {"part_of": 4, "fields": (Field.CULTURE_SOCIETY,)}),
            ("60%", {"part_of": None}),
            ("130", {"part_of": None}),
            ("12", {"part_of": None}),
            ("9", {"part_of": None}),
            ("25", {"part_of": None}),
        ],
    ),
    (
        # What an area has now, after an act of no count: a stock, not what was done; a
        # count after another's act keeps it ("… từ 4 mô hình …, đã nhân rộng ra 26").
        (
            "Các mô hình “Dân vận khéo” không ngừng được nhân rộng, đến nay toàn huyện có 187 "
            "mô hình. Từ 4 mô hình ban đầu, đến nay xã đã nhân rộng ra 26 mô hình."
        ),
        [
            ("187", {"measure": "models"}),
            ("4", {"measure": "models"}),
            ("26", {"measure": "replicated"}),
        ],
    ),
    (
        # A passive after who they are, at length: "… là người có uy tín trong đồng bào dân
        # tộc thiểu số được biểu dương".
        (
            "Có 41 cá nhân là người có uy tín trong cộng đồng các dân tộc thiểu số được biểu "
            "dương tại hội nghị."
        ),
        [("41", {"measure": "honoured", "holder": IND})],
    ),
    (
        # Recognised after their grade and its comma, a list by level after: the count's act;
        # a count right after the act is that act's. Models that could not be kept going
        # ("không duy trì được hoạt động") stopped.
        (
            "Qua đánh giá, có 2.904 mô hình, điển hình đạt tiêu chí, được các cấp công nhận, "
            "trong đó cấp tỉnh công nhận 96, cấp huyện công nhận 708, cấp cơ sở công nhận "
            "2.100. Có 60 mô hình hiệu quả, được công nhận 52 mô hình. Có 118 mô hình không "
            "duy trì được hoạt động."
        ),
        [
            ("2.904", {"measure": R, "category": None}),
            ("96", {"measure": R, "level": L.PROVINCE, "part_of": 0}),
            ("708", {"measure": R, "level": L.DISTRICT, "part_of": 0}),
            ("2.100", {"measure": R, "level": L.GRASSROOTS, "part_of": 0}),
            ("60", {"measure": "models"}),
            ("52", {"measure": R}),
            ("118", {"measure": "models", "status": ModelStatus.STOPPED}),
        ],
    ),
    (
        # The place of an example after "tiêu biểu như" is the example's, not the count's;
        # a place said of the count itself is its.
        (
            "Lĩnh vực kinh tế có 132 mô hình, tiêu biểu như mô hình “Liên kết trồng rau an "
            "toàn” ở xã Khánh Thành. Có 17 mô hình được công nhận ở huyện Yên Khánh."
        ),
        [
            ("132", {"place_words": None, "fields": (Field.ECONOMY,)}),
            ("17", {"place_words": "huyện Yên Khánh"}),
        ],
    ),
    (
        # "Tổng" alone gives the sum of the items before it, as "tổng cộng" does: the items
        # are its parts, and it counts what they count.
        (
            "Kết quả: cấp tỉnh công nhận 14 mô hình; cấp huyện 92; cấp xã 230. Tổng: 336 mô "
            "hình. Khối Đảng 40 mô hình, khối chính quyền 65 mô hình; tổng 105 mô hình."
        ),
        [
            ("14", {"part_of": 3, "level": L.PROVINCE, "measure": R}),
            ("92", {"part_of": 3, "level": L.DISTRICT}),
            ("230", {"part_of": 3, "level": L.GRASSROOTS}),
            ("336", {"part_of": None, "measure": R, "level": None}),
            ("40", {"part_of": 6, "category": "Khối Đảng"}),
            ("65", {"part_of": 6, "category": "khối chính quyền"}),
            ("105", {"part_of": None}),
        ],
    ),
    (
        # A sum a list's last item raises to is of all the items, of no one's level, and
        # they are its parts ("nâng tổng số lên", no noun between); after one count, of that
        # count's.
        (
            "Cấp tỉnh 16 mô hình, cấp huyện 90 mô hình, cấp xã 240 mô hình, nâng tổng số lên "
            "346 mô hình. Năm 2025 công nhận thêm 38 mô hình cấp tỉnh, nâng tổng số lên 290 mô "
            "hình."
        ),
        [
            ("16", {"level": L.PROVINCE, "part_of": 3}),
            ("90", {"level": L.DISTRICT, "part_of": 3}),
            ("240", {"level": L.GRASSROOTS, "part_of": 3}),
            ("346", {"level": None, "part_of": None}),
            ("38", {"level": L.PROVINCE, "measure": R}),
            ("290", {"level": L.PROVINCE, "measure": R}),
        ],
    ),
    (
        # Models kept up (spread, supported) that were recognised before: the act is the
        # verb that takes them, the passive after them says what they had been.
        (
            "Các chi hội tiếp tục duy trì 26 mô hình “Dân vận khéo” đã được công nhận; Đoàn "
            "xã nhân rộng 4 mô hình đã được huyện công nhận năm 2023. Hội Nông dân hỗ trợ 3 mô "
            "hình được công nhận cấp tỉnh. Toàn xã hiện có 52 mô hình đã được công nhận."
        ),
        [
            ("26", {"measure": "in_operation"}),
            ("4", {"measure": "replicated"}),
            ("3", {"measure": "supported"}),
            ("52", {"measure": R}),
        ],
    ),
    (
        # The subject of a total is not a cell of its parts: they are among the area's.
        (
            "Giai đoạn 2020 - 2025, các cơ quan, đơn vị trong Công an tỉnh đã xây dựng 85 mô "
            "hình “Dân vận khéo”, trong đó 19 mô hình được công nhận cấp tỉnh, 66 mô hình cấp "
            "cơ sở. Hội Cựu chiến binh xây dựng 40 mô hình, trong đó 25 mô hình kinh tế."
        ),
        [
            ("85", {"category": None, "measure": "built"}),
            ("19", {"category": None, "subset_of": 0, "level": L.PROVINCE}),
            ("66", {"category": None, "subset_of": 0, "level": L.GRASSROOTS}),
            ("40", {"category": "Hội Cựu chiến binh"}),
            ("25", {"category": "Hội Cựu chiến binh", "part_of": 3}),
        ],
    ),
    (
        # Years listed after a total to date, with its share between, that add up to it: each
        # year's count is of the total's act, and the total spans the years.
        (
            "Các chi bộ đã xây dựng 240 mô hình, lũy kế đến nay có 198 mô hình được công nhận, "
            "đạt tỷ lệ 82,5%. Kết quả qua các năm như sau: năm 2022 có 61 mô hình; năm 2023 có "
            "70 mô hình; năm 2024 có 67 mô hình."
        ),
        [
            ("240", {"measure": "built"}),
            ("198", {"measure": R, "period": Period.years(2022, 2024)}),
            ("82,5%", {"subset_of": None}),
            ("61", {"measure": R, "subset_of": 1, "period": Period.year(2022)}),
            ("70", {"measure": R, "subset_of": 1}),
            ("67", {"measure": R, "subset_of": 1, "period": Period.year(2024)}),
        ],
    ),
    (
        # A count graded after another count's predicate is in its grade, not of that act;
        # a verb that takes its count keeps it, graded or not.
        (
            "Có 9 mô hình không duy trì hoạt động, 4 mô hình không hoạt động thường xuyên. "
            "Sau sắp xếp, 12 xã được hợp nhất thành 4 xã mới, tiếp tục duy trì 318 mô hình "
            "đang hoạt động hiệu quả."
        ),
        [
            ("9", {"measure": "models", "status": ModelStatus.STOPPED}),
            ("4", {"measure": "models", "category": "không hoạt động thường xuyên"}),
            ("12", {"measure": None}),
            ("4", {"measure": None}),
            ("318", {"measure": "in_operation"}),
        ],
    ),
    (
        # Models found or chosen by an act of their own after others were made: not made.
        (
            "Năm 2025, các chi hội đã xây dựng 28 mô hình và phát hiện 41 điển hình “Dân vận "
            "khéo”; các đoàn thể xây dựng 16 mô hình, lựa chọn 9 mô hình tiêu biểu để nhân "
            "rộng. Hội Nông dân xây dựng 12 mô hình và 7 điển hình."
        ),
        [
            ("28", {"measure": "built"}),
            ("41", {"measure": None}),
            ("16", {"measure": "built"}),
            ("9", {"measure": None}),
            ("12", {"measure": "built"}),
            ("7", {"measure": "built"}),
        ],
    ),
    (
        # A year's count beside the next year's takes the act said after the last; not a
        # stock of all before a year's count.
        (
            "Năm 2023 có 846 mô hình, năm 2024 có 902 mô hình được công nhận. Toàn tỉnh có "
            "1.245 mô hình, năm 2025 có 311 mô hình được công nhận."
        ),
        [
            ("846", {"measure": R, "period": Period.year(2023)}),
            ("902", {"measure": R, "period": Period.year(2024)}),
            ("1.245", {"measure": "models"}),
            ("311", {"measure": R, "period": Period.year(2025)}),
        ],
    ),
    (
        # "phòng, chống" is one word of a topic's name, its comma in it.
        (
            "Đến nay đã có 64 mô hình được công nhận, trong đó có 18 mô hình về phòng, chống "
            "ma túy; 46 mô hình về bảo đảm an ninh trật tự ở cơ sở."
        ),
        [
            ("64", {"measure": R}),
            ("18", {"category": "về phòng, chống ma túy", "part_of": 0}),
            ("46", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
        ],
    ),
    (
        # "nông thôn mới" names a topic, no village: its words are the cell's.
        (
            "Các mô hình tập trung vào phát triển kinh tế (86 mô hình), xây dựng nông thôn mới "
            "(64 mô hình), cải cách hành chính (27 mô hình)."
        ),
        [
            ("86", {"fields": (Field.ECONOMY,), "category": None}),
            ("64", {"fields": (), "category": "xây dựng nông thôn mới"}),
            ("27", {"fields": (), "category": "cải cách hành chính"}),
        ],
    ),
    (
        # A Ban Dân vận honours at the level of its party committee, the centre's too.
        (
            "Ban Dân vận Trung ương đã biểu dương 180 điển hình tiêu biểu toàn quốc; Ban Dân "
            "vận Tỉnh ủy biểu dương 42 điển hình."
        ),
        [
            ("180", {"measure": "honoured", "level": L.CENTRAL}),
            ("42", {"measure": "honoured", "level": L.PROVINCE}),
        ],
    ),
    (
        # A level in a change's subject, the change a multiple compared to a year.
        (
            "Số mô hình cấp huyện tăng gấp 3 lần so với năm 2020, từ 42 lên 126 mô hình. "
            "Số mô hình cấp xã tăng 2,5 lần, từ 310 lên 775 mô hình."
        ),
        [
            ("42", {"level": L.DISTRICT}),
            ("126", {"level": L.DISTRICT}),
            ("310", {"level": L.GRASSROOTS}),
            ("775", {"level": L.GRASSROOTS}),
        ],
    ),
    (
        # The comma of "mô hình, điển hình" in the total a sentence opens on ends no list.
        (
            "Trong 968 mô hình, điển hình được công nhận có 512 mô hình thuộc lĩnh vực kinh "
            "tế, 301 mô hình văn hóa - xã hội, 155 mô hình quốc phòng - an ninh."
        ),
        [
            ("968", {"measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("512", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("301", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("155", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
        ],
    ),
    (
        # A body's act may run on with "thực hiện": the body is still its subject.
        (
            "Những năm qua, các cấp Hội Cựu chiến binh đã đăng ký và thực hiện 128 mô hình. "
            "Năm 2024, Đoàn Thanh niên tỉnh triển khai thực hiện 46 mô hình."
        ),
        [
            ("128", {"measure": "registered", "category": "các cấp Hội Cựu chiến binh"}),
            ("46", {"measure": "built", "category": "Đoàn Thanh niên tỉnh"}),
        ],
    ),
    (
        # A running total from a year to a day spans them both.
        "Lũy kế từ năm 2021 đến 30/6/2025, toàn thành phố đã công nhận 1.876 mô hình.",
        [("1.876", {"measure": R, "period": Period(dt.date(2021, 1, 1), dt.date(2025, 6, 30))})],
    ),
    (
        # Years' bare values after their acts, under a lead-in of no count: each counts
        # what the last count of its act counted, not the count right before.
        (
            "Giai đoạn 2021 - 2024, toàn tỉnh đã đăng ký xây dựng 2.310 mô hình, điển hình; "
            "đã công nhận 2.044 mô hình, điển hình.\nChia theo đối tượng: 1.520 mô hình tập "
            "thể và 524 điển hình cá nhân.\nKết quả qua từng năm:\n- Năm 2021: đăng ký 520, "
            "công nhận 468;\n- Năm 2022: đăng ký 590, công nhận 515."
        ),
        [
            ("2.310", {"measure": "registered"}),
            ("2.044", {"measure": R}),
            ("1.520", {"holder": H.COLLECTIVE}),
            ("524", {"holder": H.INDIVIDUAL}),
            ("520", {"measure": "registered", "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("468", {"measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
            ("590", {"measure": "registered", "period": Period.year(2022)}),
            ("515", {"measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
        ],
    ),
    (
        # What a change is compared with is no topic of its models, beside cells or not.
        (
            "Sau 3 năm, toàn huyện đã xây dựng được 412 mô hình, tăng 96 mô hình so với giai "
            "đoạn trước. Trong số này, có 230 mô hình trong lĩnh vực kinh tế."
        ),
        [
            ("412", {"measure": "built"}),
            ("96", {"change": Change.INCREASE, "category": None}),
            ("230", {"fields": (Field.ECONOMY,), "part_of": 0}),
        ],
    ),
    (
        # A share in brackets between two named items leaves the act to the next item.
        (
            "Các xã vùng cao công nhận 318 mô hình (chiếm 41,2%); các xã, thị trấn vùng "
            "thấp 454 mô hình (chiếm 58,8%)."
        ),
        [
            ("318", {"measure": R, "category": "Các xã vùng cao"}),
            ("41,2%", {}),
            ("454", {"measure": R, "category": "các xã, thị trấn vùng thấp"}),
            ("58,8%", {}),
        ],
    ),
    (
        # …and so does a share of the whole after a comma.
        (
            "Năm 2025, Mặt trận Tổ quốc các cấp chủ trì xây dựng 286 mô hình, chiếm 22,8%; các "
            "đoàn thể 604 mô hình, chiếm 48,2%; các cơ quan nhà nước 364 mô hình, chiếm 29%."
        ),
        [
            ("286", {"measure": "built", "category": "Mặt trận Tổ quốc các cấp"}),
            ("22,8%", {}),
            ("604", {"measure": "built", "category": "các đoàn thể"}),
            ("48,2%", {}),
            ("364", {"measure": "built", "category": "các cơ quan nhà nước"}),
            ("29%", {}),
        ],
    ),
    (
        # A level's label with an aside before its colon is still the level.
        (
            "Kết quả công nhận:\n- Cấp huyện (cũ): công nhận 214 mô hình, 96 điển hình;\n"
            "- Cấp xã: công nhận 845 mô hình, 312 điển hình."
        ),
        [
            ("214", {"measure": R, "level": L.DISTRICT}),
            ("96", {"measure": R, "level": L.DISTRICT}),
            ("845", {"level": L.GRASSROOTS}),
            ("312", {"level": L.GRASSROOTS}),
        ],
    ),
    (
        # The Party's bodies and the government side by side are the whole area: no cell.
        (
            "Năm 2025, các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn "
            "thể chính trị - xã hội huyện đã đăng ký 684 mô hình. Mặt trận Tổ quốc và các "
            "đoàn thể đăng ký 215 mô hình."
        ),
        [
            ("684", {"measure": "registered", "category": None}),
            ("215", {"category": "Mặt trận Tổ quốc và các đoàn thể"}),
        ],
    ),
    (
        # The count after a share, "tương ứng" or "với" it, is the share's cell's count.
        (
            "Giai đoạn 2021 - 2025, toàn tỉnh có 1.830 mô hình được các cấp công nhận, trong "
            "đó mô hình của đồng bào dân tộc thiểu số chiếm 42%, tương ứng 769 mô hình; mô "
            "hình của khối doanh nghiệp chiếm 6% số mô hình, với 110 mô hình."
        ),
        [
            ("1.830", {"measure": R}),
            ("42%", {"category": "của đồng bào dân tộc thiểu số"}),
            ("769", {"measure": R, "category": "của đồng bào dân tộc thiểu số", "subset_of": 0}),
            ("6%", {"category": "khối doanh nghiệp"}),  # a bloc's cell
            ("110", {"measure": R, "category": "khối doanh nghiệp", "part_of": 0}),
        ],
    ),
    (
        # A passive after a count's parts in brackets is the count's act, and theirs.
        (
            "Tại hội nghị, 126 mô hình, điển hình (gồm 84 mô hình tập thể và 42 điển hình cá "
            "nhân) được biểu dương. Năm 2024, có 212 mô hình (trong đó 38 mô hình cấp tỉnh) "
            "được công nhận."
        ),
        [
            ("126", {"measure": "honoured"}),
            ("84", {"measure": "honoured", "part_of": 0}),
            ("42", {"measure": "honoured", "part_of": 0}),
            ("212", {"measure": R}),
            ("38", {"measure": R, "level": L.PROVINCE, "part_of": 3}),
        ],
    ),
    (
        # A list's opening names what its bare values count, and the count they break down.
        (
            "Đến ngày 30/9/2025 có 34 mô hình được Ban Chỉ đạo xã công nhận. Trong các mô "
            "hình được công nhận: lĩnh vực kinh tế 14, văn hóa - xã hội 10, quốc phòng - an "
            "ninh 6, xây dựng hệ thống chính trị 4."
        ),
        [
            ("34", {"measure": R}),
            ("14", {"measure": R, "unit_of_measure": U.MODELS, "part_of": 0}),
            ("10", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("6", {"fields": (Field.DEFENCE_SECURITY,), "part_of": 0}),
            ("4", {"unit_of_measure": U.MODELS, "part_of": 0}),
        ],
    ),
    (
        # "Trong số đó có N …, M …" lists parts of the count before: N is no total of M.
        (
            "Năm 2024, quận đã công nhận 312 mô hình, điển hình. Trong số đó có 205 mô hình "
            "tập thể, 107 điển hình cá nhân. Trong số các mô hình được công nhận có 18 mô "
            "hình cấp thành phố, 294 mô hình cấp quận."
        ),
        [
            ("312", {"measure": R}),
            ("205", {"holder": H.COLLECTIVE, "part_of": 0}),
            ("107", {"holder": H.INDIVIDUAL, "part_of": 0}),
            ("18", {"measure": R, "part_of": 0}),
            ("294", {"measure": R, "part_of": 0}),
        ],
    ),
    (
        # An average beside a total leaves the periods listed after it the total's.
        (
            "Qua 10 năm, toàn huyện đã xây dựng 1.318 mô hình, điển hình, bình quân mỗi năm "
            "132 mô hình, điển hình. Trong đó, giai đoạn 2015 - 2020 có 540 mô hình, điển "
            "hình; giai đoạn 2021 - 2025 có 778 mô hình, điển hình."
        ),
        [
            ("1.318", {"measure": "built", "period": Period.years(2015, 2025)}),
            ("132", {}),
            ("540", {"measure": "built", "subset_of": 0, "period": Period.years(2015, 2020)}),
            ("778", {"measure": "built", "subset_of": 0, "period": Period.years(2021, 2025)}),
        ],
    ),
    (
        # A subject that names a level heads a list of levels, no total of the next ones.
        (
            "Số mô hình cấp tỉnh được công nhận là 46, tăng 8 so với năm 2023; cấp huyện "
            "312; cấp xã 845."
        ),
        [
            ("46", {"measure": R, "level": L.PROVINCE}),
            ("8", {"change": Change.INCREASE}),
            ("312", {"measure": R, "level": L.DISTRICT, "part_of": None}),
            ("845", {"measure": R, "level": L.GRASSROOTS, "part_of": None}),
        ],
    ),
    (
        # Models and exemplars of each level's line are the items of a sum of both after.
        (
            "Kết quả:\n- Cấp tỉnh: công nhận 36 mô hình, 14 điển hình;\n- Cấp xã: công nhận "
            "812 mô hình, 305 điển hình.\nTổng cộng có 1.167 mô hình, điển hình được công nhận."
        ),
        [
            ("36", {"level": L.PROVINCE, "part_of": 4}),
            ("14", {"level": L.PROVINCE, "part_of": 4}),
            ("812", {"level": L.GRASSROOTS, "part_of": 4}),
            ("305", {"level": L.GRASSROOTS, "part_of": 4}),
            ("1.167", {"measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
        ],
    ),
    (
        # Models still followed up, or still being finished, were not recognised.
        (
            "Đến ngày 15/12/2025 có 41 mô hình được Ban Thường vụ Đảng ủy phường công nhận, "
            "6 mô hình tiếp tục theo dõi; cấp xã công nhận 22 mô hình, 4 mô hình tiếp tục hoàn "
            "thiện."
        ),
        [
            ("41", {"measure": R}),
            ("6", {"measure": "models", "category": "tiếp tục theo dõi"}),
            ("22", {"measure": R}),
            ("4", {"measure": "models", "category": "tiếp tục hoàn thiện"}),
        ],
    ),
    (
        # "trong các phong trào thi đua" are many movements: the count is none of ours.
        (
            "Ban Thường vụ Huyện ủy biểu dương 1.120 lượt tập thể, cá nhân điển hình trong "
            "các phong trào thi đua, trong đó có 286 lượt trong phong trào “Dân vận khéo”."
        ),
        [
            ("1.120", {"measure": "honoured", "movement_words": "trong các phong trào thi đua"}),
            ("286", {"measure": "honoured", "movement_words": "trong phong trào “Dân vận khéo”"}),
        ],
    ),
    (
        # One year's bare value after a total of years counts what the total counts.
        (
            "Giai đoạn 2021 - 2025, toàn tỉnh có 4.912 mô hình, điển hình được các cấp công "
            "nhận; riêng năm 2025 là 1.036."
        ),
        [
            ("4.912", {"measure": R, "period": Period.years(2021, 2025)}),
            ("1.036", {"measure": R, "unit_of_measure": U.MODELS_AND_EXEMPLARS}),
        ],
    ),
    (
        # A count of no act whose share says its total: a cell of that total, of its act;
        # not of another count its share does not fit.
        (
            "Năm 2024, toàn huyện đăng ký 324 mô hình, công nhận 298 mô hình. Các mô hình "
            "tập trung ở lĩnh vực kinh tế (126 mô hình, chiếm 42,3%) và văn hóa - xã hội (94 "
            "mô hình, chiếm 31,5%)."
        ),
        [
            ("324", {"measure": "registered"}),
            ("298", {"measure": R}),
            ("126", {"measure": R, "fields": (Field.ECONOMY,), "part_of": 1}),
            ("42,3%", {}),
            ("94", {"measure": R, "fields": (Field.CULTURE_SOCIETY,), "part_of": 1}),
            ("31,5%", {}),
        ],
    ),
    (
        # A share that fits no count before says no total: the count stays as it was read.
        "Năm 2024, toàn huyện công nhận 298 mô hình. Lĩnh vực kinh tế có 126 mô hình (chiếm 50%).",
        [("298", {"measure": R}), ("126", {"measure": "models", "part_of": None}), ("50%", {})],
    ),
    (
        # A count of no cell its share, written first, says is some of a total.
        (
            "Giai đoạn 2020 - 2025, toàn tỉnh có 2.214 mô hình được các cấp công nhận. Đáng "
            "chú ý, đồng bào dân tộc thiểu số đóng góp 35% số mô hình, với 775 mô hình."
        ),
        [("2.214", {"measure": R}), ("35%", {}), ("775", {"measure": R, "subset_of": 0})],
    ),
    (
        # Models that help are no count of those helped: the models are the subject.
        "Hơn 60 mô hình “Dân vận khéo” hỗ trợ đồng bào vùng cao phát triển sản xuất",
        [("trên 60", {"measure": "models", "unit_of_measure": U.MODELS})],
    ),
    (
        # Models recognised as the notable ones, who recognised them between: their own cell.
        (
            "Riêng năm 2024, Công an huyện có 12 mô hình được Ban Thường vụ Huyện ủy công "
            "nhận là mô hình “Dân vận khéo” tiêu biểu."
        ),
        [("12", {"measure": R, "category": "Công an huyện, tiêu biểu"})],
    ),
    (
        # "thu gom" (gathered) opens no list as "gồm" (comprising) does: the 150 elderly
        # taught are no participants of the days of work before.
        (
            "Chi đoàn đã tham gia 18 buổi làm vệ sinh đường làng, thu gom hơn 4 tấn rác; mở "
            "lớp hướng dẫn sử dụng điện thoại thông minh cho 150 người cao tuổi."
        ),
        [("18", {}), ("trên 4", {"measure": None}), ("150", {"measure": None})],
    ),
    (
        # A change after a semicolon that ends a list of parts, its comparison first, is
        # the total's: not of the last part's level.
        (
            "Năm 2024, toàn xã có 46 mô hình được công nhận, gồm 9 mô hình cấp huyện, 37 mô "
            "hình cấp xã; so với năm 2023 tăng 7 mô hình."
        ),
        [
            ("46", {"measure": R}),
            ("9", {"level": L.DISTRICT, "part_of": 0}),
            ("37", {"level": L.GRASSROOTS, "part_of": 0}),
            ("7", {"level": None, "part_of": None, "change": Change.INCREASE, "measure": R}),
        ],
    ),
    (
        # The rest of a total by field, a cell of its own, written before or after its count.
        (
            "Các chi hội đã xây dựng 318 mô hình, trong đó lĩnh vực kinh tế 204 mô hình, các "
            "lĩnh vực khác 114 mô hình. Các đoàn thể đăng ký 96 mô hình, trong đó 58 mô hình "
            "thuộc lĩnh vực văn hóa - xã hội, 38 mô hình thuộc các lĩnh vực khác."
        ),
        [
            ("318", {"measure": "built"}),
            ("204", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("114", {"category": "các lĩnh vực khác", "part_of": 0, "subset_of": None}),
            ("96", {"measure": "registered"}),
            ("58", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 3}),
            ("38", {"category": "các lĩnh vực khác", "part_of": 3}),
        ],
    ),
    (
        # Models not yet registered are no count of the registered.
        "Năm 2025, có 84 mô hình đã đăng ký, còn lại 12 mô hình chưa đăng ký.",
        [
            ("84", {"measure": "registered"}),
            ("12", {"category": "chưa đăng ký", "measure": "models"}),
        ],
    ),
    (
        # The Party cells, the Front and the mass bodies a commune's committee directs are
        # every body of the commune: the commune's count, not the Front's bloc.
        (
            "Năm 2025, Đảng ủy xã đã chỉ đạo các chi, đảng bộ trực thuộc, MTTQ và các đoàn "
            "thể đăng ký 27 mô hình; riêng MTTQ và các đoàn thể đăng ký 11 mô hình."
        ),
        [("27", {"category": None}), ("11", {"category": "MTTQ và các đoàn thể"})],
    ),
    (
        # A bulleted line's label names each of its counts, whatever it names (a Party
        # cell, people), past a line of more counts before it.
        (
            "Kết quả năm 2025:\n"
            "- Chi bộ thôn: 6/6 chi bộ đăng ký 6 mô hình, được công nhận 5 mô hình.\n"
            "- Khối đoàn thể: đăng ký 9 mô hình, được công nhận 8 mô hình, 1 mô hình chưa đạt.\n"
            "- Cán bộ, công chức: đăng ký 14 mô hình cá nhân, được công nhận 13 mô hình."
        ),
        [
            ("6", {"measure": "coverage"}),
            ("6", {"measure": "registered", "category": "Chi bộ thôn"}),
            ("5", {"measure": R, "category": "Chi bộ thôn"}),
            ("9", {"measure": "registered", "category": "Khối đoàn thể"}),
            ("8", {"measure": R, "category": "Khối đoàn thể"}),
            ("1", {}),
            ("14", {"measure": "registered", "category": "Cán bộ, công chức"}),
            ("13", {"measure": R, "category": "Cán bộ, công chức"}),
        ],
    ),
    (
        # A headline's place ends with its line: not the next line's first capital word.
        (
            "Gần 700 mô hình “Dân vận khéo” trên địa bàn huyện Nghi Xuân\n\nĐến nay, toàn "
            "huyện có 684 mô hình được công nhận."
        ),
        [
            ("gần 700", {"place_words": "huyện Nghi Xuân"}),
            ("684", {"place_words": "huyện Nghi Xuân", "measure": R}),  # "toàn huyện": it
        ],
    ),
    (
        # The movement's own among another programme's count, whose quoted name has a comma:
        # the 38 are the movement's, the 215 the other programme's, named whole.
        (
            "Năm 2025, Hội Phụ nữ tỉnh đã tuyên dương 215 điển hình tiên tiến trong phong trào "
            "thi đua “Phụ nữ tích cực học tập, lao động sáng tạo”, trong đó có 38 điển hình "
            "“Dân vận khéo”."
        ),
        [
            (
                "215",
                {
                    "measure": "honoured",
                    "movement_words": (
                        "trong phong trào thi đua “Phụ nữ tích cực học tập, lao động sáng tạo”"
                    ),
                },
            ),
            ("38", {"measure": "honoured", "movement_words": "Dân vận khéo", "subset_of": 0}),
        ],
    ),
    (
        # Notable ones recognised as such, no quoted name between: a cell of their own.
        "Năm 2025, Giám đốc Sở Y tế đã công nhận 14 mô hình là mô hình tiêu biểu.",
        [("14", {"measure": R, "category": "tiêu biểu"})],
    ),
    (
        # A lettered line's subject with its grade names its count's cell, as a bulleted
        # line's does: the 9 are the models that failed, not more models.
        (
            "Kết quả đánh giá năm 2025:\na) Mô hình đạt yêu cầu: 47 mô hình;\n"
            "b) Mô hình không đạt: 9 mô hình."
        ),
        [("47", {"category": "đạt yêu cầu"}), ("9", {"category": "không đạt"})],
    ),
    (
        # The fields some models span, listed, name no cell: not the first field alone.
        (
            "Năm 2025, toàn huyện có 1.246 mô hình được đăng ký xây dựng, trong đó có 1.105 mô "
            "hình trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh được triển "
            "khai hiệu quả."
        ),
        [("1.246", {"measure": "registered"}), ("1.105", {"category": None, "subset_of": 0})],
    ),
    (
        # A numbered unit framing its sentence: its number is its name's, no count, and
        # the counts after the comma are its own.
        "Tại xã Cẩm Thịnh 2, mô hình “Xóm không rác” đã vận động 38 hộ dân hiến 420 m2 đất.",
        [
            ("38", {"place_words": "xã Cẩm Thịnh 2"}),
            ("420", {"measure": "land_donated", "place_words": "xã Cẩm Thịnh 2"}),
        ],
    ),
    (
        # Labelled items of what was given: workdays after another item's semicolon, and
        # land named as the line's subject.
        (
            "Kết quả năm 2025:\n- Kinh phí vận động: 42,5 tỷ đồng; ngày công: 31.200 ngày.\n"
            "- Đất hiến mở rộng đường: 18.600 m2."
        ),
        [
            ("42.500.000.000", {"measure": "money_raised"}),
            ("31.200", {"measure": "workdays", "unit_of_measure": U.WORKDAYS}),
            ("18.600", {"measure": "land_donated"}),
        ],
    ),
    (
        # A count after a semicolon that goes on with the body's models is the body's, its
        # level said: not the area's models at that level.
        (
            "Năm 2025, Hội Cựu chiến binh huyện duy trì 54 mô hình, xây dựng mới 9 mô hình; "
            "11 mô hình được công nhận cấp huyện."
        ),
        [
            ("54", {"measure": "in_operation", "category": "Hội Cựu chiến binh huyện"}),
            ("9", {"measure": "built", "category": "Hội Cựu chiến binh huyện"}),
            ("11", {"measure": R, "level": L.DISTRICT, "category": "Hội Cựu chiến binh huyện"}),
        ],
    ),
    (
        # A range each of some units falls in is no count, either bound; the units that
        # fall in it are named by it.
        (
            "Năm 2025, toàn huyện có 21 xã, thị trấn có mô hình được công nhận, trong đó 8 xã "
            "có từ 10 mô hình trở lên, 13 xã có từ 4 đến dưới 10 mô hình."
        ),
        [
            ("21", {"measure": "coverage"}),
            ("8", {"category": "xã có từ 10 mô hình trở lên", "part_of": 0}),
            ("10", {"average_words": "từ 10 mô hình trở lên"}),
            ("13", {"category": "xã có từ 4 đến dưới 10 mô hình", "part_of": 0}),
            ("4", {"average_words": "từ 4 đến dưới 10 mô hình"}),
            ("dưới 10", {"average_words": "từ 4 đến dưới 10 mô hình"}),
        ],
    ),
    (
        # A unit named after another's count, joined by "và", is the subject of the count
        # after it, not the unit before.
        (
            "Năm 2024, huyện Gia Viễn có 64 mô hình được công nhận và thành phố Tam Điệp có "
            "38 mô hình; xã Gia Sinh có 9 mô hình và xã Gia Tân 2 có 7 mô hình."
        ),
        [
            ("64", {"measure": R, "place_words": "huyện Gia Viễn"}),
            ("38", {"place_words": "thành phố Tam Điệp"}),
            ("9", {"place_words": "xã Gia Sinh"}),
            ("7", {"place_words": "xã Gia Tân 2"}),
        ],
    ),
    (
        # Units set apart by where they are, heading the clause before its comma, frame
        # its counts and their parts: a part of the area, not the whole.
        (
            "Năm 2025, ở các xã vùng đồng bào dân tộc thiểu số, cấp ủy, chính quyền cơ sở đã "
            "xây dựng 96 mô hình, trong đó 40 mô hình thuộc lĩnh vực kinh tế. Tại các xã "
            "miền núi, các cấp đã công nhận 52 mô hình."
        ),
        [
            ("96", {"measure": "built", "category": "các xã vùng đồng bào dân tộc thiểu số"}),
            ("40", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("52", {"measure": R, "category": "các xã miền núi"}),
        ],
    ),
    (
        # Units named together before one count are its subject together, not the one of
        # them next to it; a count of units named after their kind is of the kind alone.
        (
            "Năm 2024, xã Gia Thanh, xã Gia Xuân và xã Gia Trấn có 41 mô hình. Trước khi "
            "sắp xếp, 2 phường Nam Bình, Thanh Bình (cũ) có tổng số 57 mô hình."
        ),
        [
            ("41", {"place_words": "xã Gia Thanh, xã Gia Xuân và xã Gia Trấn"}),
            ("2", {"noun": "phường", "measure": None}),
            ("57", {"place_words": "2 phường Nam Bình, Thanh Bình (cũ)"}),
        ],
    ),
    (
        # The value of the year compared, in brackets after the change, "là" or "có", counts
        # what the changed count does.
        (
            "Năm 2025, 81 mô hình được công nhận. So với năm 2024, số mô hình được công nhận "
            "tăng 11 mô hình (năm 2024 là 70 mô hình)."
        ),
        [
            ("81", {"measure": R}),
            ("11", {"measure": R, "change": Change.INCREASE}),
            ("70", {"measure": R, "period": Period.parse("2024")}),
        ],
    ),
    (
        # A total of all the units of the kinds after lines of each is the area's, not the
        # unit of the last line: "các xã, thị trấn đăng ký" names no one unit.
        (
            "- Xã Kim Tân: đăng ký 12 mô hình;\n- Thị trấn Phát Diệm: đăng ký 15 mô hình.\n"
            "Tổng cộng, các xã, thị trấn đăng ký 27 mô hình."
        ),
        [
            ("12", {"place_words": "Xã Kim Tân"}),
            ("15", {"place_words": "Thị trấn Phát Diệm"}),
            ("27", {"measure": "registered", "place_words": None}),
        ],
    ),
    (
        # A bloc's count broken down by its bodies, each with its own clause and verb after
        # "Trong đó": the bodies' counts add up to it, its parts.
        (
            "Năm 2025, khối Mặt trận và các đoàn thể đăng ký 215 mô hình. Trong đó, Hội Nông "
            "dân đăng ký 64 mô hình; Hội Phụ nữ đăng ký 72 mô hình; Đoàn Thanh niên đăng ký 79 "
            "mô hình."
        ),
        [
            ("215", {"measure": "registered", "category": "khối Mặt trận và các đoàn thể"}),
            ("64", {"category": "Hội Nông dân", "part_of": 0}),
            ("72", {"category": "Hội Phụ nữ", "part_of": 0}),
            ("79", {"category": "Đoàn Thanh niên", "part_of": 0}),
        ],
    ),
    (
        # Units set apart by where they are, after a count among a total, name its cell.
        (
            "Năm 2025, xã đăng ký 18 mô hình, trong đó 7 mô hình ở các thôn đồng bào dân tộc "
            "thiểu số; tỉnh có 180 mô hình, trong đó 70 mô hình ở các xã biên giới."
        ),
        [
            ("18", {"category": None}),
            ("7", {"category": "ở các thôn đồng bào dân tộc thiểu số", "part_of": 0}),
            ("180", {"category": None}),
            ("70", {"category": "ở các xã biên giới", "part_of": 2}),
        ],
    ),
    (
        # The rest of a breakdown by field, "ở các lĩnh vực khác", is its last cell.
        (
            "Năm 2024, toàn tỉnh đăng ký 214 mô hình, trong đó 131 mô hình thuộc lĩnh vực "
            "kinh tế, 47 mô hình thuộc lĩnh vực văn hóa - xã hội và 36 mô hình ở các lĩnh vực "
            "khác."
        ),
        [
            ("214", {"measure": "registered"}),
            ("131", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("47", {"fields": (Field.CULTURE_SOCIETY,), "part_of": 0}),
            ("36", {"category": "các lĩnh vực khác", "part_of": 0}),
        ],
    ),
    (
        # A subject's level before "qua các năm" is each year's value's, and their sum's.
        (
            "Số mô hình được công nhận cấp tỉnh qua các năm: năm 2023: 61 mô hình; năm 2024: "
            "68 mô hình; năm 2025: 74 mô hình. Tổng cộng 3 năm là 203 mô hình."
        ),
        [
            ("61", {"level": L.PROVINCE, "period": Period.parse("2023"), "subset_of": 3}),
            ("68", {"level": L.PROVINCE, "period": Period.parse("2024"), "subset_of": 3}),
            ("74", {"level": L.PROVINCE, "period": Period.parse("2025"), "subset_of": 3}),
            ("203", {"measure": R, "level": L.PROVINCE, "period": Period.parse("2023-2025")}),
        ],
    ),
    (
        # Who exemplars among a total are, after "là", however many words say it.
        (
            "Năm 2025, các cấp đã biểu dương 312 gương điển hình, trong đó có 86 gương là người "
            "có uy tín trong đồng bào dân tộc thiểu số, chức sắc, chức việc tôn giáo."
        ),
        [
            ("312", {"measure": "honoured", "kind": ModelKind.EXEMPLAR}),
            (
                "86",
                {
                    "category": (
                        "người có uy tín trong đồng bào dân tộc thiểu số, chức sắc, chức việc "
                        "tôn giáo"
                    ),
                    "subset_of": 0,
                },
            ),
        ],
    ),
    (
        # A line labelled by a unit as it was, "(cũ)" before its colon, is that unit's.
        (
            "* Xã Gia Phong: năm 2025 có 16 mô hình được công nhận.\n* Huyện Kim Sơn (cũ): "
            "Giai đoạn 2021-2025 có 412 mô hình được công nhận."
        ),
        [
            ("16", {"measure": R, "place_words": "Xã Gia Phong"}),
            ("412", {"measure": R, "place_words": "Huyện Kim Sơn (cũ)"}),
        ],
    ),
    (
        # A semicolon inside an aside of years closed before "Trong đó" starts no new
        # statement: the parts after it break down the total before the aside.
        (
            "Qua 3 năm, toàn tỉnh có 2.136 mô hình, điển hình được công nhận (năm 2023: 652; "
            "năm 2024: 718; năm 2025: 766).\nTrong đó, mô hình tập thể 1.580, điển hình cá nhân "
            "556."
        ),
        [
            ("2.136", {"measure": R, "part_of": None}),
            ("652", {"subset_of": 0, "part_of": None}),
            ("718", {"subset_of": 0}),
            ("766", {"subset_of": 0}),
            ("1.580", {"measure": R, "part_of": 0, "holder": HolderKind.COLLECTIVE}),
            ("556", {"measure": R, "part_of": 0, "holder": HolderKind.INDIVIDUAL}),
        ],
    ),
    (
        # A city named by its party committee is the city "thành phố" alone stands for.
        (
            "Ban Dân vận Thành ủy Hoa Lư tổ chức gặp mặt các điển hình tiêu biểu. Năm 2025, "
            "thành phố có 215 mô hình được công nhận."
        ),
        [("215", {"measure": R, "place_words": "Hoa Lư"})],
    ),
    (
        # The changes after a unit's counts are that unit's too.
        (
            "Năm 2025, huyện Kim Sơn có 215 mô hình, 348 điển hình được công nhận, tăng 18 mô "
            "hình, 42 điển hình so với năm 2024."
        ),
        [
            ("215", {"place_words": "huyện Kim Sơn"}),
            ("348", {"place_words": "huyện Kim Sơn"}),
            ("18", {"place_words": "huyện Kim Sơn", "change": Change.INCREASE}),
            ("42", {"place_words": "huyện Kim Sơn", "change": Change.INCREASE}),
        ],
    ),
    (
        # "huyện mới có" (had only) is the district named before, and so is the count after
        # the semicolon of a later year: "; đến năm 2025 đã có 386".
        (
            "Huyện Nho Quan thực hiện phong trào từ năm 2015. Năm 2015, huyện mới có 42 mô "
            "hình; đến năm 2025 đã có 386 mô hình."
        ),
        [
            ("42", {"place_words": "Huyện Nho Quan"}),
            ("386", {"place_words": "Huyện Nho Quan"}),
        ],
    ),
    (
        # "sở, ban, ngành" (the departments) is one label: "sở" alone read as no item's word.
        (
            "Toàn tỉnh có 1.284 mô hình, trong đó cấp tỉnh 96 mô hình (sở, ban, ngành 63 mô "
            "hình, các đơn vị sự nghiệp 33 mô hình), cấp xã 1.188 mô hình."
        ),
        [
            ("1.284", {"category": None}),
            ("96", {"part_of": 0, "level": L.PROVINCE}),
            ("63", {"part_of": 1, "category": "sở, ban, ngành"}),
            ("33", {"part_of": 1, "category": "các đơn vị sự nghiệp"}),
            ("1.188", {"part_of": 0, "level": L.GRASSROOTS}),
        ],
    ),
    (
        # A body whose long name ends with its unit's is that unit's subject past a comma;
        # a headline's name before its colon is the name alone.
        (
            "Kim Sơn: Công nhận 132 mô hình “Dân vận khéo” năm 2024\n\nBan Chỉ đạo thực hiện "
            "Quy chế dân chủ ở cơ sở và phong trào “Dân vận khéo” huyện Kim Sơn vừa họp, bình "
            "xét, công nhận 132 mô hình năm 2024. Trong đó có 58 mô hình cá nhân và 74 mô hình "
            "tập thể."
        ),
        [
            ("132", {"measure": R, "place_words": "Kim Sơn"}),
            ("132", {"measure": R, "place_words": "huyện Kim Sơn"}),
            ("58", {"part_of": 1, "holder": HolderKind.INDIVIDUAL}),
            ("74", {"part_of": 1, "holder": HolderKind.COLLECTIVE}),
        ],
    ),
    (
        # Land given, its area said after what it is for.
        "Nhân dân thôn Đông hiến đất mở rộng ngõ xóm với tổng diện tích 2.350 m2.",
        [("2.350", {"measure": "land_donated", "unit_of_measure": UnitOfMeasure.M2})],
    ),
    (
        # The field that has the most, then its count, is that count's field.
        (
            "Năm 2025, toàn tỉnh có 3.412 mô hình. Số mô hình trong lĩnh vực kinh tế tăng "
            "mạnh nhất, với 1.245 mô hình. Trong đó, lĩnh vực văn hóa - xã hội chiếm nhiều "
            "nhất (1.102 mô hình)."
        ),
        [
            ("3.412", {"fields": ()}),
            ("1.245", {"fields": (Field.ECONOMY,)}),
            ("1.102", {"fields": (Field.CULTURE_SOCIETY,)}),
        ],
    ),
    (
        # A count in brackets after its share, past the words of the share's cell, is the
        # count of that cell.
        (
            "Năm 2025, có 95,2% mô hình được đánh giá hoạt động hiệu quả (1.764/1.853 mô "
            "hình); 89 mô hình (4,8%) hiệu quả chưa cao."
        ),
        [
            ("95,2%", {"category": "hiệu quả"}),
            ("1.764", {"category": "hiệu quả"}),
            ("89", {"category": "hiệu quả chưa cao"}),
            ("4,8%", {"subset_of": 2}),
        ],
    ),
    (
        # A province's body that guides the communes is no commune's: the count after it
        # is not the commune named before.
        (
            "Xã Gia Hưng có 12 mô hình. Ủy ban MTTQ tỉnh hướng dẫn các xã xây dựng, công "
            "nhận 45 mô hình. Ủy ban MTTQ Việt Nam xã Gia Sinh chủ trì, phối hợp các đoàn thể "
            "xây dựng, công nhận 14 mô hình."
        ),
        [
            ("12", {"place_words": "Xã Gia Hưng"}),
            ("45", {"place_words": None}),
            ("14", {"place_words": "xã Gia Sinh"}),
        ],
    ),
    (
        # The kind alone after a year that opens its clause is the unit named before.
        "Huyện Kim Sơn có 245 mô hình; năm 2025 huyện đã có thêm 32 mô hình mới.",
        [
            ("245", {"place_words": "Huyện Kim Sơn"}),
            ("32", {"place_words": "Huyện Kim Sơn"}),
        ],
    ),
    (
        # The models "với" after the share of a body's units are the body's, whether the
        # body is the clause's subject or the label the paragraph opens on.
        (
            "Năm 2025, Sở Giáo dục và Đào tạo chỉ đạo 100% đơn vị trực thuộc đăng ký xây dựng "
            "mô hình với 64 mô hình."
        ),
        [
            ("100%", {"category": "Sở Giáo dục và Đào tạo"}),
            ("64", {"measure": "registered", "category": "Sở Giáo dục và Đào tạo"}),
        ],
    ),
    (
        (
            "Sở Y tế tỉnh: Năm 2025, 100% bệnh viện, trung tâm y tế trực thuộc Sở đăng ký xây "
            "dựng mô hình với 86 mô hình."
        ),
        [
            ("100%", {"category": "Sở Y tế tỉnh"}),
            ("86", {"measure": "registered", "category": "Sở Y tế tỉnh"}),
        ],
    ),
    (
        # Units of the area that have models of a level, past the area's words, and the
        # count of those models after "với": models of that level, not all there are.
        (
            "Đến nay, có 32/32 xã, phường trên địa bàn tỉnh có mô hình “Dân vận khéo” cấp "
            "tỉnh, với 186 mô hình."
        ),
        [
            ("32", {"measure": "coverage", "level": L.PROVINCE}),
            ("186", {"level": L.PROVINCE}),
        ],
    ),
    (
        # Money named in a long subject of its line, past a comma, before "là": raised.
        (
            "Tổng số tiền Nhân dân đóng góp làm đường, sửa nhà văn hóa, lắp điện chiếu sáng "
            "từ các mô hình trong năm là 31,6 tỷ đồng."
        ),
        [("31.600.000.000", {"measure": "money_raised"})],
    ),
    (
        # A school's models by who holds them, after "của": its faculties', and its offices
        # named together ("các phòng, ban, trung tâm"), cells of the total.
        (
            "Năm học 2024-2025, Đảng bộ Trường Cao đẳng Y tế đăng ký 41 mô hình, trong đó có 25 "
            "mô hình của các khoa, 16 mô hình của các phòng, ban, trung tâm."
        ),
        [
            ("41", {"measure": "registered"}),
            ("25", {"category": "các khoa", "part_of": 0}),
            ("16", {"category": "các phòng, ban, trung tâm", "part_of": 0}),
        ],
    ),
    (
        # A body's own report, named by its headline: what a clause that goes on from its
        # count did is the body's too, not the area's.
        (
            "Bộ đội Biên phòng tỉnh Lai Châu: Dân vận khéo nơi vùng biên\nNhững năm qua, Bộ Chỉ "
            "huy Bộ đội Biên phòng tỉnh Lai Châu đã chỉ đạo các đồn xây dựng, duy trì 31 mô hình."
            " Các mô hình như “Nâng bước em tới trường”, “Mỗi đồn một làng”, “Bộ đội Biên phòng "
            "chung tay xóa nhà tạm” đã hỗ trợ 158 học sinh nghèo, giúp 74 hộ đồng bào thoát "
            "nghèo."
        ),
        [
            ("31", {"category": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"}),
            ("158", {"category": "Bộ đội Biên phòng tỉnh Lai Châu"}),
            ("74", {"measure": "out_of_poverty", "category": "Bộ đội Biên phòng tỉnh Lai Châu"}),
        ],
    ),
    (
        # "còn" before the verb after the noun is a word of aspect: the models kept up.
        (
            "Lũy kế đến hết quý I/2025, toàn tỉnh có 2.917 mô hình “Dân vận khéo” còn duy trì "
            "hoạt động."
        ),
        [("2.917", {"measure": "in_operation"})],
    ),
    (
        # People of two kinds named exemplars, the second of four words: individuals
        # recognised as exemplars.
        (
            "Giai đoạn 2020-2025, có 274 già làng, người có uy tín trong đồng bào dân tộc thiểu "
            "số được công nhận là điển hình “Dân vận khéo” các cấp."
        ),
        [("274", {"measure": R, "holder": HolderKind.INDIVIDUAL})],
    ),
    (
        # A level said where the models are ("ở cấp xã có …"): the count's level, no cell.
        "Năm 2025, ở cấp cơ sở có 1.136 mô hình; ở cấp huyện có 287 mô hình.",
        [
            ("1.136", {"level": L.GRASSROOTS, "category": None}),
            ("287", {"level": L.DISTRICT, "category": None}),
        ],
    ),
    (
        # Parts labelled by a kind of model and its level, their values bare: each is of
        # the total of its kind, not of the count right before it.
        (
            "Năm 2025, toàn tỉnh công nhận 1.318 mô hình, 547 điển hình; trong đó mô hình cấp "
            "tỉnh 52, điển hình cấp tỉnh 31."
        ),
        [
            ("1.318", {"unit_of_measure": UnitOfMeasure.MODELS}),
            ("547", {"unit_of_measure": UnitOfMeasure.EXEMPLARS}),
            ("52", {"unit_of_measure": UnitOfMeasure.MODELS, "level": L.PROVINCE, "part_of": 0}),
            ("31", {"unit_of_measure": UnitOfMeasure.EXEMPLARS, "level": L.PROVINCE, "part_of": 1}),
        ],
    ),
    (
        # What those a body mobilised gave is the body's, as what it raised itself; a
        # parish named is such a body.
        (
            "Năm 2025, Hội Cựu chiến binh tỉnh đã vận động 860 hộ hội viên đóng góp trên 2,4 tỷ "
            "đồng, hiến 950 m2 đất làm đường."
        ),
        [
            ("860", {"category": "Hội Cựu chiến binh tỉnh"}),
            (
                "trên 2.400.000.000",
                {"measure": "money_raised", "category": "Hội Cựu chiến binh tỉnh"},
            ),
            ("950", {"measure": "land_donated", "category": "Hội Cựu chiến binh tỉnh"}),
        ],
    ),
    (
        (
            "Năm 2025, Ban Hành giáo xứ Tân Mỹ đã vận động 420 hộ giáo dân đóng góp 780 triệu "
            "đồng làm nhà văn hóa."
        ),
        [
            ("420", {"category": "Ban Hành giáo xứ Tân Mỹ"}),
            ("780.000.000", {"measure": "money_raised", "category": "Ban Hành giáo xứ Tân Mỹ"}),
        ],
    ),
    (
        # New models and those kept up from earlier years, then the sum they raise: each of
        # its own act, among it, not a second count of the models there are; the body's.
        (
            "Năm 2025, Hội Liên hiệp Phụ nữ các cấp xây dựng mới 64 mô hình, duy trì 198 mô hình "
            "từ các năm trước, nâng tổng số lên 262 mô hình."
        ),
        [
            ("64", {"measure": "built", "subset_of": 2}),
            ("198", {"measure": "in_operation", "subset_of": 2}),
            ("262", {"measure": "in_operation", "category": "Hội Liên hiệp Phụ nữ các cấp"}),
        ],
    ),
    (
        # New models with the models' quoted name before "mới": built.
        "Năm 2025, toàn tỉnh có thêm 286 mô hình “Dân vận khéo” mới.",
        [("286", {"measure": "built"})],
    ),
    (
        # The level of the body that recognised, said by a committee of a body's or by
        # bodies of a tier: the province's, the communes'.
        (
            "Năm 2025, có 36 mô hình được Ban Cán sự đảng UBND tỉnh công nhận, 287 mô hình được "
            "các Đảng ủy xã, phường công nhận."
        ),
        [("36", {"level": L.PROVINCE}), ("287", {"level": L.GRASSROOTS})],
    ),
    (
        # Households named exemplars beside individuals: exemplars, each of its holder.
        (
            "Năm 2025, có 17 hộ gia đình, 32 cá nhân được biểu dương là điển hình “Dân vận khéo” "
            "cấp xã."
        ),
        [
            ("17", {"unit_of_measure": UnitOfMeasure.EXEMPLARS, "holder": HolderKind.HOUSEHOLD}),
            ("32", {"unit_of_measure": UnitOfMeasure.EXEMPLARS, "holder": HolderKind.INDIVIDUAL}),
        ],
    ),
    (
        # The body's next count after a passive whose body has a number ("Quân khu 4"): the
        # body's, as the one before.
        (
            "Năm 2025, lực lượng vũ trang tỉnh đã xây dựng 48 mô hình. Có 5 mô hình được Bộ Tư "
            "lệnh Quân khu 4 công nhận, 3 mô hình được Tổng cục Chính trị biểu dương."
        ),
        [
            ("48", {"category": "lực lượng vũ trang tỉnh"}),
            ("5", {"measure": R, "category": "lực lượng vũ trang tỉnh"}),
            ("3", {"measure": "honoured", "category": "lực lượng vũ trang tỉnh"}),
        ],
    ),
    (
        # "còn lại" in a list of parts is the rest, a cell of the total.
        "Năm 2025, xã có 40 mô hình, trong đó lĩnh vực kinh tế 25 mô hình, còn lại 15 mô hình.",
        [
            ("40", {}),
            ("25", {"fields": (Field.ECONOMY,), "part_of": 0}),
            ("15", {"category": "còn lại", "part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[t[:30] for t, _ in CORPUS])
def test_corpus(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    found = find_figures(text)
    assert [str(m.value) for m in found] == [value for value, _ in expected]
    for mention, (_, attributes) in zip(found, expected, strict=True):
        for name, value in attributes.items():
            assert getattr(mention, name) == value, (mention.text, name)


def test_spans_and_evidence_point_into_the_text() -> None:
    """Each span is the number with its head noun; each piece of evidence is its words."""
    text = CORPUS[0][0]
    for mention in find_figures(text):
        a, b = mention.span
        assert text[a:b] == mention.text
        for words, (x, y) in mention.evidence.values():
            assert text[x:y] == words
    first = find_figures(text)[0]
    assert first.text == "1.284 mô hình"
    assert first.evidence["measure"][0] == "đăng ký xây dựng"


def test_html_keeps_offsets() -> None:
    html = "<p>Toàn xã có <b>45</b> mô hình được công nhận.</p>"
    [mention] = find_figures(html)
    assert html[mention.span[0] : mention.span[0] + 2] == "45"
    assert mention.measure == "recognised"


def test_a_space_on_each_side_of_a_tag_is_one() -> None:
    """ "xây dựng <b> 45 </b> mô hình": the noun after the tag is still the count's."""
    html = "<p>Năm 2025, Hội đăng ký xây dựng <b> 45 </b> mô hình.</p>"
    [mention] = find_figures(html)
    assert (mention.value, mention.measure, mention.unit_of_measure) == (
        Count(45),
        "registered",
        U.MODELS,
    )


def test_a_number_said_twice_is_one_mention_over_both() -> None:
    """Words then digits, or digits then words: one count, its span over both sayings."""
    text = "Xã đăng ký hai mươi lăm (25) mô hình, công nhận 12 (mười hai) mô hình trong năm (2025)."
    registered, recognised = find_figures(text)
    assert text[slice(*registered.span)] == "hai mươi lăm (25) mô hình"
    assert (registered.value, registered.measure) == (Count(25), "registered")
    assert text[slice(*recognised.span)] == "12 (mười hai) mô hình"
    assert (recognised.value, recognised.measure) == (Count(12), "recognised")
    html = "<p>Hội đăng ký xây dựng <b>hai mươi lăm (25)</b> mô hình.</p>"
    [mention] = find_figures(html)
    assert (mention.value, mention.measure, mention.unit_of_measure) == (
        Count(25),
        "registered",
        U.MODELS,
    )
    assert html[mention.span[0] : mention.span[0] + 3] == "hai"


def test_a_web_pages_hidden_characters_are_read_through() -> None:
    """Zero-width spaces, joiners, soft hyphens and a byte-order mark hide no figure.

    Copied from a web page, "1.245\u200b mô hình" was no figure and was not said to be
    none; "đăng\u200d ký" lost its verb.
    """
    text = (
        "\ufeffNăm 2025, toàn tỉnh đăng\u200d ký 1.245\u200b mô hình; Chủ tịch UBND tỉnh "
        "tặng Giấy\u00ad khen cho 12\u2060 tập thể."
    )
    models, collectives = find_figures(text)
    assert (models.value, models.measure, models.unit_of_measure) == (
        Count(1245),
        "registered",
        U.MODELS,
    )
    assert text[models.span[0] : models.span[1]] == "1.245\u200b mô hình"
    assert (collectives.value, collectives.award_form) == (
        Count(12),
        AwardForm.CERTIFICATE_OF_COMMENDATION,
    )
    assert text[slice(*collectives.evidence["award_form"][1])] == "Giấy\u00ad khen"


def test_html_paragraphs_are_sentences() -> None:
    """A paragraph's end is a sentence's, even with no space after its full stop."""
    html = "<p>Năm 2024 có 215 mô hình.</p><p>Toàn tỉnh có <b>302</b> mô hình</p>"
    first, second = find_figures(html)
    assert first.period == Period.parse("năm 2024")
    assert second.period is None  # not the year of the paragraph before
    assert html[second.span[0] : second.span[1]] == "302</b> mô hình"


def test_a_subject_says_its_holder_with_its_words() -> None:
    """Every attribute read has the words that decided it, a subject's holder too."""
    text = "Số mô hình cá nhân được công nhận năm 2025 là 74."
    [mention] = find_figures(text)
    words, (start, end) = mention.evidence["holder"]
    assert (mention.holder, words, text[start:end]) == (IND, "cá nhân", "cá nhân")


def test_what_the_text_does_not_say_stays_none() -> None:
    [mention] = find_figures("Báo cáo nêu 317 phòng học.")
    assert (mention.noun, mention.unit_of_measure, mention.measure) == ("phòng học", None, None)
    assert (mention.level, mention.fields, mention.holder) == (None, (), None)


def test_a_change_first_in_the_text() -> None:
    """A change with no figure before it: a percentage is read alone, a bare number not."""
    [mention] = find_figures("Số mô hình đăng ký tăng 15% so với năm trước.")
    assert (str(mention.value), mention.change) == ("15%", Change.INCREASE)
    assert find_figures("So với cùng kỳ, tăng 12 so với năm 2024.") == []


def test_refuses_what_is_not_text() -> None:
    with pytest.raises(DanvanError, match="needs text"):
        find_figures(None)  # type: ignore[arg-type]


@given(st.text(alphabet="0123456789.,%/ -()môhìnhtậpểcánđóngy:;\n", max_size=200))
def test_any_text_gives_mentions_inside_it(text: str) -> None:
    for mention in find_figures(text):
        a, b = mention.span
        assert 0 <= a < b <= len(text)
        assert text[a:b] == mention.text


# Words of report sentences that the rules read: any order of them is text to read.
_REPORT_WORDS = (
    *("tăng", "giảm", "so với", "năm 2024", "Đến hết năm 2025,", "Hằng năm,", "Trong đó,"),
    *("trong đó", "gồm", "có", "mô hình", "điển hình", "1.200", "45", "46,5", "%", "km"),
    *(",", ".", ";", ":", "\n- ", "\na) ", "(", ")", '"', "cấp tỉnh", "cấp huyện:", "và"),
    *("Giấy khen", "tặng", "cho", "tập thể", "cá nhân", "được", "công nhận", "đề nghị"),
    *("hiệu quả", "mới", "lại", "với", "nhân rộng ra", "các xã", "Hội Nông dân", "đạt"),
    *("tham mưu", "Ban Thường vụ", "làm mới", "đường", "hộ", "lượt", "người dân", "Số"),
    *("Trong số", "không", "chưa", "mỗi", "Mỗi chi bộ", "100%", "Cụ thể:", "gắn với", "là"),
    *("lĩnh vực", "kinh tế", "đề xuất", "trao", "tốt", "khá", "đã hoàn thành", "hồ sơ", "“"),
    *("loại xuất sắc", "loại tốt", "đang triển khai", "Số mô hình đạt"),
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_REPORT_WORDS), max_size=40))
def test_any_report_words_are_read(words: list[str]) -> None:
    """Report words in any order are read, each mention inside the text: never a crash."""
    text = " ".join(words)
    for mention in find_figures(text):
        assert text[mention.span[0] : mention.span[1]] == mention.text


def test_marked_in_html_beside_references() -> None:
    """Figures and references marked in one text; a part names the index of its total."""
    from danvan import annotate, find_references

    text = "Thực hiện Kế hoạch 26-KH/TU, toàn xã đăng ký 40 mô hình, trong đó 12 mô hình cấp huyện."
    marked = annotate(text, [*find_references(text), *find_figures(text)])
    assert '<mark class="danvan-ref" data-kind="full"' in marked
    assert (
        '<mark class="danvan-fig" data-index="1" data-value="12" data-measure="registered" '
        'data-unit="models" data-level="district" data-part-of="0">12 mô hình</mark>'
    ) in marked


def test_batches_of_other_programmes_say_which() -> None:
    """Two batches in one sentence, each tied to its own programme by its words."""
    text = (
        "Trong phong trào thi đua Dân vận khéo, huyện tặng Giấy khen của Chủ tịch UBND huyện "
        "cho 14 tập thể; trong thực hiện Quy chế dân chủ ở cơ sở, tặng Giấy khen của Chủ tịch "
        "UBND huyện cho 6 tập thể."
    )
    first, second = find_figures(text)
    assert first.movement_words == "Trong phong trào thi đua Dân vận khéo"
    assert second.movement_words == "trong thực hiện Quy chế dân chủ ở cơ sở"


def test_the_words_of_a_run_with_no_cells_are_quoted_where_they_are() -> None:
    """The evidence of "lần lượt" whose words name no cells quotes those words exactly."""
    text = "Năm 2025, các xã lần lượt đăng ký 250, 260 mô hình."
    for mention in find_figures(text):
        words, (a, b) = mention.evidence["respectively_words"]
        assert words == text[a:b] == "Năm 2025, các xã"
