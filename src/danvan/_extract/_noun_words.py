"""The head nouns after a number in a report, folded as extraction reads them.

What is counted: models and exemplars, who holds them, people by their standing,
households, the works and amounts a report gives ("mô hình", "tập thể", "cán bộ", "hộ",
"km", "tỷ đồng"), nouns of three words no built-in unit names, and the places and bodies
a share of which have a model ("8/8 huyện").
"""

from __future__ import annotations

from danvan._measures import UnitOfMeasure
from danvan._vocabulary import HolderKind, ModelKind

__all__ = ["COMPOUND_NOUNS", "NOUNS", "PEOPLE_NOUNS", "PEOPLE_WORDS", "PLACES"]

#: People by their standing, folded, longest first: "1.520 lượt cán bộ, đảng viên"; no
#: "công nhân" (workers), which folds as "công nhận" (recognised) does.
# fmt: off
PEOPLE_NOUNS = (
    "nguoi co uy tin", "gia lang", "truong ban", "ngu dan", "giao dan", "chuc sac",
    "nguoi dan", "can bo", "cong chuc", "vien chuc", "dang vien", "doan vien", "hoi vien",
    "doanh nhan", "nong dan", "cuu chien binh", "giao vien", "em hoc sinh", "hoc sinh",
    "sinh vien", "tinh nguyen vien", "chien si", "thanh nien", "lao dong", "tre em", "nguoi",
)
# fmt: on
#: The same, as one alternative of a pattern: "cán bộ, công chức" are people of two kinds.
PEOPLE_WORDS = "|".join(PEOPLE_NOUNS).replace(" ", r"\s")
#: Head nouns, longest first: (folded words, unit of measure, model kind, holder kind).
NOUNS: tuple[tuple[str, UnitOfMeasure, ModelKind | None, HolderKind | None], ...] = (
    ("mo hinh, dien hinh", UnitOfMeasure.MODELS_AND_EXEMPLARS, None, None),
    ("mo hinh va dien hinh", UnitOfMeasure.MODELS_AND_EXEMPLARS, None, None),
    ("mo hinh dien hinh", UnitOfMeasure.MODELS_AND_EXEMPLARS, None, None),
    ("mh, dh", UnitOfMeasure.MODELS_AND_EXEMPLARS, None, None),  # as tables write them
    ("tap the, ca nhan", UnitOfMeasure.RECIPIENTS, None, None),
    ("tap the va ca nhan", UnitOfMeasure.RECIPIENTS, None, None),
    ("tap the ca nhan", UnitOfMeasure.RECIPIENTS, None, None),
    ("ho gia dinh dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, HolderKind.HOUSEHOLD),
    ("ho gia dinh", UnitOfMeasure.HOUSEHOLDS, None, HolderKind.HOUSEHOLD),
    ("ngay cong", UnitOfMeasure.WORKDAYS, None, None),
    # houses given to the poor, by their kind or their classifier: "56 nhà đại đoàn kết"
    ("nha dai doan ket", UnitOfMeasure.HOUSES, None, None),
    ("nha tinh nghia", UnitOfMeasure.HOUSES, None, None),
    ("nha tinh thuong", UnitOfMeasure.HOUSES, None, None),
    ("nha nhan ai", UnitOfMeasure.HOUSES, None, None),
    ("nha dong doi", UnitOfMeasure.HOUSES, None, None),  # built for veterans by the army
    ("can nha", UnitOfMeasure.HOUSES, None, None),
    ("can", UnitOfMeasure.HOUSES, None, None),  # "…, trong đó năm 2025 là 1.904 căn"
    ("ngoi nha", UnitOfMeasure.HOUSES, None, None),
    ("nha o", UnitOfMeasure.HOUSES, None, None),
    ("mai am", UnitOfMeasure.HOUSES, None, None),  # "96 “Mái ấm công đoàn”"
    ("nha", UnitOfMeasure.HOUSES, None, None),  # alone: not "nhà máy", "nhà văn hóa"
    # awards counted by their certificates: "trao 245 Giấy khen", one to each recipient
    ("ky niem chuong", UnitOfMeasure.RECIPIENTS, None, None),
    ("giay khen", UnitOfMeasure.RECIPIENTS, None, None),
    ("bang khen", UnitOfMeasure.RECIPIENTS, None, None),
    ("luot nguoi", UnitOfMeasure.PEOPLE, None, None),
    ("hoi nghi", UnitOfMeasure.CONFERENCES, None, None),
    # exemplars by their holder: "86 tập thể điển hình, 124 cá nhân điển hình"
    ("tap the dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, HolderKind.COLLECTIVE),
    ("ca nhan dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, HolderKind.INDIVIDUAL),
    ("tam guong dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),
    ("tam guong", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),  # "86 tấm gương …"
    ("guong dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),
    ("guong", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),  # "32 gương người tốt, …"
    ("mo hinh", UnitOfMeasure.MODELS, ModelKind.MODEL, None),
    ("mh", UnitOfMeasure.MODELS, ModelKind.MODEL, None),  # "120 MH"
    ("dien hinh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),
    ("dh", UnitOfMeasure.EXEMPLARS, ModelKind.EXEMPLAR, None),  # "MH: 2.156; ĐH: 1.256"
    ("tap the", UnitOfMeasure.COLLECTIVES, None, HolderKind.COLLECTIVE),
    ("ca nhan", UnitOfMeasure.INDIVIDUALS, None, HolderKind.INDIVIDUAL),
    ("don vi", UnitOfMeasure.UNITS, None, None),
    *((words, UnitOfMeasure.PEOPLE, None, None) for words in PEOPLE_NOUNS),
    ("dong chi", UnitOfMeasure.PEOPLE, None, None),  # "46 đồng chí": no money
    ("cuoc", UnitOfMeasure.CONFERENCES, None, None),
    ("buoi doi thoai", UnitOfMeasure.CONFERENCES, None, None),  # "18 buổi đối thoại"
    ("dong", UnitOfMeasure.VND, None, None),
    ("d", UnitOfMeasure.VND, None, None),  # "350 triệu đ", "350 tr.đ"
    ("vnd", UnitOfMeasure.VND, None, None),
    ("km", UnitOfMeasure.KM, None, None),
    ("ha", UnitOfMeasure.HA, None, None),
    ("m2", UnitOfMeasure.M2, None, None),
    ("m²", UnitOfMeasure.M2, None, None),
    ("met vuong", UnitOfMeasure.M2, None, None),
    ("m", UnitOfMeasure.M, None, None),  # "3.500 m đường bê tông": after "m2", "mô hình"
    ("met", UnitOfMeasure.M, None, None),
    ("ho", UnitOfMeasure.HOUSEHOLDS, None, HolderKind.HOUSEHOLD),
)

#: Nouns of three words no built-in unit names, folded: "18 tổ hợp tác", "5 hợp tác xã".
# fmt: off
COMPOUND_NOUNS = (
    "to hop tac", "hop tac xa", "cau lac bo", "to tu quan", "to dan pho", "khu dan cu",
    "nha van hoa", "diem sinh hoat", "doan kiem tra", "doan cong tac", "to tiet kiem",
    "to vay von", "to hoa giai", "camera an ninh", "to an ninh trat tu", "cau dan sinh",
    "to cong tac", "hoa giai vien", "nha ve sinh", "nha ban tru", "diem phan tram",
    "thi sinh",  # "thí sinh" holds "thì", a noun's end elsewhere
    # "cơ sở" folds as "có số" does: "12 cơ sở Hội" are Association chapters
    "co so hoi", "co so doan", "co so dang", "to chuc co so dang",  # "56/58 tổ chức cơ sở đảng"
    "cong doan co so",  # "1.126/1.204 công đoàn cơ sở"
)
# fmt: on

# fmt: off
#: Nouns of places and bodies: "tại 8/8 huyện" counts the places that have a model.
PLACES = frozenset([
    "xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "dac khu", "tinh",
    "don vi", "co quan", "thon", "xom", "ban", "buon", "ap", "soc", "khom", "to dan pho",
    "khu dan cu", "khu pho", "chi bo", "dang bo", "truong hoc", "to chuc co so dang", "co so dang",
    "chi hoi", "chi doan", "to hoi", "co so doan", "co so hoi",  # a mass organisation's own
    "cong doan co so", "cong doan",  # "1.126/1.204 công đoàn cơ sở": a trade union's
])
# fmt: on
#: The same, as one alternative of a pattern, longest first: "khối xã, phường" names units
#: of two kinds.
PLACE_WORDS = "|".join(sorted(PLACES, key=len, reverse=True)).replace(" ", r"\s")
