"""find_references, find_periods, find_dates and resolve on the seed reports' wordings."""

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import (
    Count,
    Directive,
    DocumentType,
    Extractor,
    ReferenceKind,
    annotate,
    find_dates,
    find_figures,
    find_periods,
    find_references,
    load_example,
    resolve,
)
from danvan.testing import symbols

D = dt.date
FULL, SHORT, BACK, NAMED = (
    ReferenceKind.FULL,
    ReferenceKind.SHORT,
    ReferenceKind.BACK,
    ReferenceKind.NAMED,
)

# Sentences of the seed reports, verbatim, with what each reference in them is.
SEED_CASES = [
    (
        (
            "Ngày 22/11, Thành ủy Sơn La đã tổ chức Hội nghị đánh giá 2 năm thực hiện Chỉ thị số "
            "11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh thực hiện phong trào "
            "thi đua “Dân vận khéo” giai đoạn 2021-2025."
        ),
        [
            (
                "Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy",
                FULL,
                "11-CT/TU",
                D(2021, 9, 28),
                "của Ban Thường vụ Tỉnh ủy",
            )
        ],
    ),
    (
        (
            "Ban Thường vụ Tỉnh ủy Sơn La đã ban hành Chỉ thị 11-CT/TU, ngày 28/9/2021 về đẩy "
            "mạnh thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025."
        ),
        [
            (
                "Chỉ thị 11-CT/TU, ngày 28/9/2021",
                FULL,
                "11-CT/TU",
                D(2021, 9, 28),
                "Ban Thường vụ Tỉnh ủy Sơn La",  # the issuer written before "đã ban hành"
            )
        ],
    ),
    (
        (
            "góp phần thực hiện thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội Đảng bộ tỉnh "
            "lần thứ XV, nhiệm kỳ 2020 - 2025 đã đề ra./."
        ),
        [
            (
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025",
                NAMED,
                None,
                None,
                None,
            )
        ],
    ),
    (
        (
            "Hội nghị đánh giá thực hiện Quyết định 2108-QĐ/TU ngày 20/5/2015 của Ban Thường vụ "
            "tỉnh ủy về Quy định về người đứng đầu cấp ủy, chính quyền các cấp trực tiếp đối "
            "thoại với nhân dân; Kế hoạch 13-KH/TU ngày 26/5/2016 của Ban Thường vụ tỉnh ủy về "
            "thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016-2020"
        ),
        [
            (
                "Quyết định 2108-QĐ/TU ngày 20/5/2015 của Ban Thường vụ tỉnh ủy",
                FULL,
                "2108-QĐ/TU",
                D(2015, 5, 20),
                "của Ban Thường vụ tỉnh ủy",
            ),
            (
                "Kế hoạch 13-KH/TU ngày 26/5/2016 của Ban Thường vụ tỉnh ủy",
                FULL,
                "13-KH/TU",
                D(2016, 5, 26),
                "của Ban Thường vụ tỉnh ủy",
            ),
        ],
    ),
    (
        (
            "Tiếp tục chỉ đạo triển khai thực hiện có hiệu quả Kế hoạch số 26-KH/TU, ngày "
            "24/6/2021 của Ban Thường vụ Tỉnh ủy về thực hiện phong trào thi đua Dân vận khéo "
            "giai đoạn 2021-2025."
        ),
        [
            (
                "Kế hoạch số 26-KH/TU, ngày 24/6/2021 của Ban Thường vụ Tỉnh ủy",
                FULL,
                "26-KH/TU",
                D(2021, 6, 24),
                "của Ban Thường vụ Tỉnh ủy",
            )
        ],
    ),
    (
        (
            "Chiều ngày 19/12, Ban thường vụ Thị ủy đã sơ kết 01 năm thực hiện Chỉ thị số "
            "20-CT/ThU của Ban Thường vụ Thị ủy về tăng cường sự lãnh đạo, chỉ đạo"
        ),
        [
            (
                "Chỉ thị số 20-CT/ThU của Ban Thường vụ Thị ủy",
                FULL,
                "20-CT/ThU",
                None,
                "của Ban Thường vụ Thị ủy",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEED_CASES)
def test_seed_sentences(text: str, expected: list[tuple[object, ...]]) -> None:
    """Each reference of the seed sentences, with its span, kind, symbol, date, issuer."""
    found = find_references(text)
    assert [(r.text, r.kind, r.symbol and str(r.symbol), r.issued_on, r.issuer_text)
            for r in found] == expected  # fmt: skip
    for reference in found:
        start, end = reference.span
        assert text[start:end] == reference.text


def test_subject_is_kept() -> None:
    """The "về …" phrase after a reference is its subject."""
    [reference] = find_references(SEED_CASES[0][0])
    assert reference.subject is not None
    assert reference.subject.startswith("về đẩy mạnh thực hiện phong trào thi đua")


@pytest.mark.parametrize(
    ("text", "kind", "doc_type", "number"),
    [
        ("theo Chỉ thị 11 của Tỉnh ủy", SHORT, DocumentType.DIRECTIVE, "11"),
        ("Kế hoạch số 07 đã đề ra", SHORT, DocumentType.PLAN, "07"),
        ("Chỉ thị trên đã đi vào cuộc sống", BACK, DocumentType.DIRECTIVE, None),
        ("Quyết định nói trên được sửa đổi", BACK, DocumentType.DECISION, None),
        ("Kế hoạch này áp dụng", BACK, DocumentType.PLAN, None),
        ("thuc hien Chi thi so 11-CT/TU cua Ban Thuong vu", FULL, DocumentType.DIRECTIVE, "11"),
        ("Kế hoạch 12- KH/TU ngày 3/4/2022", FULL, DocumentType.PLAN, "12"),
        ("Quyết định số 15/2021/QĐ-UBND", FULL, DocumentType.DECISION, "15"),
        ("Kế hoạch 123/KH-UBND của UBND tỉnh", FULL, DocumentType.PLAN, "123"),
    ],
)
def test_habits(text: str, kind: ReferenceKind, doc_type: DocumentType, number: str) -> None:
    """Short and back-references, no diacritics, stray spaces, state symbols."""
    [reference] = find_references(text)
    assert (reference.kind, reference.doc_type, reference.number) == (kind, doc_type, number)


def test_several_in_one_sentence() -> None:
    """References joined by "và" and commas are each found, in order."""
    found = find_references("Chỉ thị số 11-CT/TU, 12-CT/TU và Kế hoạch 26-KH/TU")
    assert [str(r.symbol) for r in found] == ["11-CT/TU", "12-CT/TU", "26-KH/TU"]


def test_html_and_entities() -> None:
    """Tags and entities are cleaned; spans still point into the original."""
    text = "<p>Thực hiện <b>Chỉ thị số 11-CT/TU</b> ng&agrave;y 28/9/2021</p>"
    [reference] = find_references(text)
    assert str(reference.symbol) == "11-CT/TU"
    start, end = reference.span
    assert text[start:end] == reference.text
    assert reference.text.startswith("Chỉ thị số 11-CT/TU</b>")
    assert reference.issued_on == D(2021, 9, 28)


def test_decomposed_text() -> None:
    """Text in NFD (as some sources send it) is found with spans into the original."""
    import unicodedata

    text = unicodedata.normalize("NFD", "thực hiện Chỉ thị số 11-CT/TU của Tỉnh ủy")
    [reference] = find_references(text)
    assert text[reference.span[0] : reference.span[1]] == reference.text
    assert str(reference.symbol) == "11-CT/TU"


@pytest.mark.parametrize(
    "text",
    [
        "toàn tỉnh đã đăng ký xây dựng 1.635 mô hình",
        "tại 8/8 huyện, thành phố",
        "Ngày 22/11, Thành ủy tổ chức hội nghị",
        "đạt 8,6 % và 50,5 triệu đồng",
        "mô hình “Dân vận khéo 4-1” và mô hình 3/2",
        "liên hệ 0212.3852.123 hoặc 0912-345-678",
        "https://baosonla.org.vn/thanh-pho-danh-gia-nam-thuc-hien-chi-thi-so-11-cttu-cua-ban",
        "giai đoạn 2021-2025",
    ],
)
def test_no_false_positives(text: str) -> None:
    """Counts, ratios, dates, percentages, money, model names, phones, URLs: nothing."""
    assert find_references(text) == []


def test_hostile_text_raises_nothing() -> None:
    """Long runs of digits, dashes and slashes finish and find nothing bogus."""
    hostile = "1-/" * 30_000 + "12-" * 10_000 + "9/" * 10_000
    assert all(r.symbol is not None for r in find_references(hostile))
    find_periods(hostile)
    find_dates(hostile)


@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    """Any text: no exception, and every span is the reference's text."""
    for reference in find_references(text):
        assert text[reference.span[0] : reference.span[1]] == reference.text


@given(symbols(), st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)))
def test_generated_symbol_and_date(symbol: object, day: dt.date) -> None:
    """A generated symbol and date embedded in a sentence are found with their span."""
    words = f"{symbol.doc_type.label_vi} số {symbol}"  # type: ignore[attr-defined]
    text = f"Thực hiện {words} ngày {day.day}/{day.month}/{day.year} của Tỉnh ủy, đạt kết quả."
    found = [r for r in find_references(text) if r.kind is FULL]
    assert [str(r.symbol) for r in found] == [str(symbol)]
    assert found[0].issued_on == day
    assert text[found[0].span[0] : found[0].span[1]] == found[0].text


@given(st.text(alphabet="0123456789 ./-,:", max_size=200))
def test_no_symbol_no_full_reference(text: str) -> None:
    """Text without letters holds no symbol, so no full reference."""
    assert [r for r in find_references(text) if r.kind is FULL] == []


def test_pluggable_extractor() -> None:
    """A user's pattern for a local habit, without editing the library."""
    letters = Extractor(
        name="cong-van",
        pattern=r"\bcong van so (?P<number>\d{1,5})\b",
        kind=SHORT,
        doc_type=DocumentType.OFFICIAL_LETTER,
        literals=("cong van",),
    )
    [reference] = find_references("theo Công văn số 45 ngày 3/4/2022", extractors=[letters])
    assert (reference.number, reference.issued_on) == ("45", D(2022, 4, 3))


def test_bad_extractor() -> None:
    """A pattern without a number group is refused with its name."""
    from danvan.exceptions import DanvanError

    with pytest.raises(DanvanError, match="mine"):
        Extractor(name="mine", pattern=r"cong van", kind=SHORT)


class TestPeriodsAndDates:
    def test_periods(self) -> None:
        """Phases, terms and years as reports write them; lone numbers are not years."""
        text = "giai đoạn 2021-2025; nhiệm kỳ 2020 - 2025; năm 2018. Có 2018 mô hình, 2021-2023."
        assert [(str(m.period), m.text) for m in find_periods(text)] == [
            ("2021-2025", "giai đoạn 2021-2025"),
            ("2020-2025", "nhiệm kỳ 2020 - 2025"),
            ("năm 2018", "năm 2018"),
            ("2021-2023", "2021-2023"),
        ]

    def test_years_up_to_another(self) -> None:
        """A run of years written with "đến" is the run, not its first year alone."""
        text = "Giai đoạn 2021 đến 2025, toàn huyện có 412 mô hình; năm 2024 đến nay có 96."
        found = find_periods(text, reference=D(2025, 11, 30))
        assert [(str(m.period), m.text) for m in found] == [
            ("2021-2025", "Giai đoạn 2021 đến 2025"),
            ("01/01/2024 - 30/11/2025", "năm 2024 đến nay"),
        ]

    def test_a_dates_year_is_no_period(self) -> None:
        """The year of "ngày 20 tháng 10 năm 2025" is the date's, and no run of years goes
        on over the line's end into the next line's "Đến cuối năm …"."""
        text = "Hòa Bình, ngày 20 tháng 10 năm 2025\nĐến cuối năm 2025, huyện có 142 mô hình."
        assert [(str(m.period), m.text) for m in find_periods(text)] == [("năm 2025", "năm 2025")]
        assert find_periods(text)[0].span == (text.index("cuối") + 5, text.index(", huyện"))
        assert find_periods("Ngày 20 tháng 10 năm 2025, huyện họp.") == []

    def test_dates(self) -> None:
        """Full dates with spans; day and month alone are left to parse_date."""
        text = "Ngày 05 tháng 12 năm 2018, xét Quyết định ngày 20/5/2015; ngày 22/11 họp."
        found = find_dates(text)
        assert [m.date for m in found] == [D(2018, 12, 5), D(2015, 5, 20)]
        for mention in found:
            assert text[mention.span[0] : mention.span[1]] == mention.text


class TestResolve:
    def test_seed_references_resolve_to_bundled_directives(self) -> None:
        """Full, short and back-references and the congress resolution link to the data."""
        text = (
            "Thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy. Sau 2 năm, "
            "Chỉ thị 11 đã đi vào cuộc sống; Chỉ thị trên được quán triệt. Nghị quyết Đại "
            "hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025. Kế hoạch 13-KH/TU, Quyết "
            "định 2108-QĐ/TU và Chỉ thị số 20-CT/ThU."
        )
        directives = load_example().directives
        resolved = resolve(find_references(text), directives)
        ids = [(r.reference.kind.value, r.directive.id if r.directive else None) for r in resolved]
        assert ids == [
            ("full", "11-CT/TU"),
            ("short", "11-CT/TU"),
            ("back", "11-CT/TU"),
            ("named", "son-la/nghi-quyet-dai-hoi-xv"),
            ("full", "13-KH/TU"),
            ("full", "2108-QĐ/TU"),
            ("full", "20-CT/ThU"),
        ]

    def test_unknown_stays_unresolved(self) -> None:
        """A symbol no directive has resolves to None."""
        [resolution] = resolve(find_references("Chỉ thị số 99-CT/TU"), load_example().directives)
        assert resolution.directive is None


SEED_TEXTS = Path(__file__).parent / "data" / "seed-texts"
_BTV = "của Ban Thường vụ Tỉnh ủy"
_BTV_LOWER = "của Ban Thường vụ tỉnh ủy"
_PROGRAMME = "Chương trình phối hợp thực hiện công tác dân vận, “Năm dân vận chính quyền”"
# Every document reference in the five seed reports, in order: (text, kind, symbol, date,
# issuer). Read off the reports by hand; generic words ("xây dựng kế hoạch", "các nghị
# quyết, kế hoạch") and "Nghị quyết Đại hội Đảng các cấp" name no one document.
WHOLE_SEEDS = {
    "000": [
        (f"Chỉ thị số 11-CT/TU {_BTV}", FULL, "11-CT/TU", None, _BTV),
        (f"Chỉ thị số 11-CT/TU ngày 28/9/2021 {_BTV}", FULL, "11-CT/TU", D(2021, 9, 28), _BTV),
        ("Chỉ thị số 11-CT/TU", FULL, "11-CT/TU", None, None),
        ("Chỉ thị số 11-CT/TU", FULL, "11-CT/TU", None, None),
        (f"Chỉ thị 11-CT/TU {_BTV}", FULL, "11-CT/TU", None, _BTV),
        (f"Chỉ thị số 11-CT/TU {_BTV}", FULL, "11-CT/TU", None, _BTV),
    ],
    "001": [
        (
            "Chỉ thị 11-CT/TU, ngày 28/9/2021",
            FULL,
            "11-CT/TU",
            D(2021, 9, 28),
            "Ban Thường vụ Tỉnh ủy Sơn La",
        ),
        ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025", NAMED, None, None,
         None),
    ],
    "002": [
        ("Quyết định 2108-QĐ/TU", FULL, "2108-QĐ/TU", None, None),
        (f"Kế hoạch 13-KH/TU {_BTV_LOWER}", FULL, "13-KH/TU", None, _BTV_LOWER),
        (_PROGRAMME, NAMED, None, None, None),
        (
            f"Quyết định 2108-QĐ/TU ngày 20/5/2015 {_BTV_LOWER}",
            FULL,
            "2108-QĐ/TU",
            D(2015, 5, 20),
            _BTV_LOWER,
        ),
        (
            f"Kế hoạch 13-KH/TU ngày 26/5/2016 {_BTV_LOWER}",
            FULL,
            "13-KH/TU",
            D(2016, 5, 26),
            _BTV_LOWER,
        ),
        (_PROGRAMME, NAMED, None, None, None),
        ("Quyết định 2108-QĐ/TU", FULL, "2108-QĐ/TU", None, None),
        (f"Kế hoạch 13-KH/TU {_BTV_LOWER}", FULL, "13-KH/TU", None, _BTV_LOWER),
        (_PROGRAMME, NAMED, None, None, None),
        ("Quy định", NAMED, None, None, None),  # "thực hiện Quy định về người đứng đầu …"
        ("Quyết định", BACK, None, None, None),  # "cụ thể hóa Quyết định."
        (
            "Chương trình phối hợp thực hiện công tác dân vận, “Năm Dân vận chính quyền 2018”",
            NAMED,
            None,
            None,
            None,
        ),
        ("Quy định", NAMED, None, None, None),  # "dự thảo Quy định về đối thoại …"
        (
            f"Quyết định 2108-QĐ/TU ngày 20/5/2015 {_BTV_LOWER}",
            FULL,
            "2108-QĐ/TU",
            D(2015, 5, 20),
            _BTV_LOWER,
        ),
    ],
    "003": [
        (f"Kế hoạch số 26-KH/TU, ngày 24/6/2021 {_BTV}", FULL, "26-KH/TU", D(2021, 6, 24), _BTV),
    ],
    "004": [
        ("Chỉ thị số 20-CT/ThU của Ban Thường vụ Thị ủy", FULL, "20-CT/ThU", None,
         "của Ban Thường vụ Thị ủy"),
        ("Chỉ thị số 20-CT/ThU của Ban Thường vụ Thị ủy", FULL, "20-CT/ThU", None,
         "của Ban Thường vụ Thị ủy"),
        ("Chỉ thị 20-CT/ThU", FULL, "20-CT/ThU", None, None),
    ],
}  # fmt: skip
# What each seed's references resolve to in the bundled dataset, in order.
WHOLE_SEED_TARGETS = {
    "000": ["11-CT/TU"] * 6,
    "001": ["11-CT/TU", "son-la/nghi-quyet-dai-hoi-xv"],
    "002": [
        "2108-QĐ/TU",
        "13-KH/TU",
        "son-la/chuong-trinh-nam-dan-van-chinh-quyen-2018",
        "2108-QĐ/TU",
        "13-KH/TU",
        "son-la/chuong-trinh-nam-dan-van-chinh-quyen-2018",
        "2108-QĐ/TU",
        "13-KH/TU",
        "son-la/chuong-trinh-nam-dan-van-chinh-quyen-2018",
        "2108-QĐ/TU",  # the regulation that decision 2108-QĐ/TU issued
        "2108-QĐ/TU",
        "son-la/chuong-trinh-nam-dan-van-chinh-quyen-2018",
        "son-la/du-thao-quy-dinh-doi-thoai",
        "2108-QĐ/TU",
    ],
    "003": ["26-KH/TU"],
    "004": ["20-CT/ThU"] * 3,
}


@pytest.mark.parametrize("name", sorted(WHOLE_SEEDS))
def test_whole_seed_reports(name: str) -> None:
    """Every reference of each whole seed report, with its exact span, and nothing else."""
    text = (SEED_TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    found = find_references(text)
    assert [(r.text, r.kind, r.symbol and str(r.symbol), r.issued_on, r.issuer_text)
            for r in found] == WHOLE_SEEDS[name]  # fmt: skip
    position = 0
    for reference in found:
        start, end = reference.span
        assert text[start:end] == reference.text
        assert start >= position
        position = end


@pytest.mark.parametrize("name", sorted(WHOLE_SEED_TARGETS))
def test_whole_seed_reports_resolve(name: str) -> None:
    """Each seed reference, short, back and named ones too, links to a bundled document."""
    text = (SEED_TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    resolved = resolve(find_references(text), load_example().directives)
    assert [r.directive.id if r.directive else None for r in resolved] == WHOLE_SEED_TARGETS[name]


def test_named_by_subject_keeps_the_subject() -> None:
    """A capitalised type word followed by "về …" is a named document with its subject."""
    text = "Ba năm qua, thực hiện Quy định về người đứng đầu cấp ủy, chính quyền các cấp."
    [reference] = find_references(text)
    assert (reference.kind, reference.doc_type) == (NAMED, DocumentType.REGULATION)
    assert reference.subject == "về người đứng đầu cấp ủy, chính quyền các cấp"


def test_date_and_issuer_written_before() -> None:
    """ "Ngày …, <body> đã ban hành Chỉ thị …" gives the date and the issuer."""
    text = "Ngày 28/9/2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 11-CT/TU về đẩy mạnh."
    [reference] = find_references(text)
    assert reference.text == "Chỉ thị số 11-CT/TU"
    assert (reference.issued_on, reference.issuer_text) == (D(2021, 9, 28), "Ban Thường vụ Tỉnh ủy")
    text = "Ngày 05 tháng 12 năm 2018, UBND tỉnh ban hành Kế hoạch 123/KH-UBND."
    [reference] = find_references(text)
    assert (reference.issued_on, reference.issuer_text) == (D(2018, 12, 5), "UBND tỉnh")
    text = "Ngày 18/11/2025, Chủ tịch UBND tỉnh ban hành Quyết định số 2716/QĐ-UBND."
    [reference] = find_references(text)  # a chairman: the head of the committee
    assert (reference.issued_on, reference.issuer_text) == (D(2025, 11, 18), "Chủ tịch UBND tỉnh")


@pytest.mark.parametrize(
    "text",
    [
        "các nghị quyết, kế hoạch, chương trình hành động của Ban Dân vận Trung ương",
        "chủ động xây dựng kế hoạch, đẩy mạnh việc tuyên truyền",
        "gắn với thực hiện chủ đề công tác năm, Nghị quyết Đại hội Đảng các cấp; kết quả",
        "xây dựng kế hoạch về tổ chức hội nghị",
    ],
)
def test_generic_type_words_are_not_references(text: str) -> None:
    """Type words used generically, as the seed reports use them, name no document."""
    assert find_references(text) == []


def test_a_type_word_before_a_count_is_no_document() -> None:
    """ "kế hoạch 400 mô hình" is a plan's target; "Kế hoạch 15 của UBND huyện" is one."""
    text = "Đạt 103% kế hoạch (kế hoạch 400 mô hình), theo Kế hoạch 15 của UBND huyện."
    assert [r.text for r in find_references(text)] == ["Kế hoạch 15 của UBND huyện"]


def test_a_type_word_as_a_verb_before_a_count_is_no_document() -> None:
    """ "hướng dẫn 45 chi bộ đăng ký" guides 45 Party cells; its count is read as one.

    Not a noun that reads as another word after a document's number: "Quyết định 15 đồng
    ý …", "Nghị quyết 05 Tỉnh ủy Ninh Bình".
    """
    text = "Năm 2025, Ban Dân vận hướng dẫn 45 chi bộ, 12 thôn đăng ký mô hình."
    assert find_references(text) == []
    assert [(m.value, m.noun) for m in find_figures(text)] == [
        (Count(45), "chi bộ"),
        (Count(12), "thôn"),
    ]
    named = "Quyết định 15 đồng ý cho 8 mô hình; thực hiện Nghị quyết 05 Tỉnh ủy Ninh Bình."
    assert [r.text for r in find_references(named)] == ["Quyết định 15", "Nghị quyết 05"]


class TestAnnotate:
    TEXT = (
        "Ngày 22/11, Thành ủy Sơn La đánh giá 2 năm thực hiện Chỉ thị số 11-CT/TU ngày "
        "28/9/2021 của Ban Thường vụ Tỉnh ủy; Chỉ thị trên <quan trọng> & *cấp bách*."
    )

    def test_html_marks_each_reference_and_escapes_the_rest(self) -> None:
        """Every reference wrapped in a <mark> with its data; the text escaped."""
        found = find_references(self.TEXT)
        marked = annotate(self.TEXT, found)
        assert marked.count('<mark class="danvan-ref"') == 2
        assert 'data-kind="full" data-type="directive" data-symbol="11-CT/TU">' in marked
        assert 'data-kind="back" data-type="directive">Chỉ thị trên</mark>' in marked
        assert "&lt;quan trọng&gt; &amp; *cấp bách*." in marked
        # Taking the marks out gives back exactly the original text.
        plain = re.sub(r"<[^>]+>", "", marked)
        assert html.unescape(plain) == self.TEXT

    def test_html_links_resolved_references(self) -> None:
        """With resolutions and href, each resolved reference is a link to its document."""
        resolved = resolve(find_references(self.TEXT), load_example().directives)
        marked = annotate(self.TEXT, resolved, href=lambda d: f"/documents/{d.id}")
        assert marked.count('data-directive="11-CT/TU"><a href="/documents/11-CT/TU">') == 2

    def test_markdown(self) -> None:
        """Markdown: bold, or links with href; Markdown's own characters escaped."""
        found = find_references(self.TEXT)
        marked = annotate(self.TEXT, found, markup="markdown")
        assert "**Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy**" in marked
        assert "\\<quan trọng\\> & \\*cấp bách\\*." in marked
        resolved = resolve(found, load_example().directives)
        linked = annotate(self.TEXT, resolved, markup="markdown", href=lambda d: f"#{d.id}")
        assert "[Chỉ thị trên](#11-CT/TU)" in linked

    def test_foreign_or_overlapping_references_are_refused(self) -> None:
        """References from another text, overlapping ones and unknown markup: DanvanError."""
        from danvan.exceptions import DanvanError

        found = find_references(self.TEXT)
        with pytest.raises(DanvanError, match="not in this text"):
            annotate("một văn bản khác", found)
        with pytest.raises(DanvanError, match="overlaps"):
            annotate(self.TEXT, [found[0], found[0]])
        with pytest.raises(DanvanError, match="'latex'"):
            annotate(self.TEXT, found, markup="latex")  # type: ignore[arg-type]

    def test_span_ends_at_the_last_word_not_a_trailing_tag(self) -> None:
        """In HTML, a reference ends at its last character, before any closing tags."""
        text = "<p>Thực hiện <b>Chỉ thị số 11-CT/TU</b> ng&agrave;y 28/9/2021</p><br/>"
        [reference] = find_references(text)
        assert reference.text == "Chỉ thị số 11-CT/TU</b> ng&agrave;y 28/9/2021"
        # "<sơ kết>" is no tag: plain text with angle brackets is kept as it is.
        text = "so sánh <sơ kết> với Chỉ thị số 11-CT/TU"
        [reference] = find_references(text)
        assert reference.span == (len("so sánh <sơ kết> với "), len(text))


@pytest.mark.parametrize(
    ("text", "kind", "doc_type", "number"),
    [
        ("thực hiện QĐ số 2108-QĐ/TU của Ban Thường vụ", FULL, DocumentType.DECISION, "2108"),
        ("KH 13-KH/TU ngày 26/5/2016", FULL, DocumentType.PLAN, "13"),
        ("theo KH số 07 của UBND huyện", SHORT, DocumentType.PLAN, "07"),
        ("quán triệt NQ số 26-NQ/TU", FULL, DocumentType.RESOLUTION, "26"),
    ],
)
def test_abbreviated_type_words(
    text: str, kind: ReferenceKind, doc_type: DocumentType, number: str
) -> None:
    """Abbreviated type words ("QĐ", "KH", "NQ") before a symbol or "số" start the reference."""
    [reference] = find_references(text)
    assert (reference.kind, reference.doc_type, reference.number) == (kind, doc_type, number)
    assert reference.text.startswith(("QĐ", "KH", "NQ"))


def test_abbreviations_alone_are_not_references() -> None:
    """Without "số" or a symbol, "CT 11" or "kh 6" may be anything: nothing is found."""
    assert find_references("CT 11 đã hoàn thành, kh 6 mô hình") == []


def test_resolve_takes_the_nearest_earlier_reference() -> None:
    """A back-reference links to the nearest earlier document of its type; a short one
    to the nearest earlier of its type and number, however many came between."""
    directives = [Directive(symbol="11-CT/TU"), Directive(symbol="20-CT/ThU")]
    text = (
        "Thực hiện Chỉ thị số 11-CT/TU và Chỉ thị số 20-CT/ThU; Chỉ thị trên được quán triệt. "
        + "Kế hoạch số 1. " * 1000
        + "Chỉ thị 11 đi vào cuộc sống."
    )
    resolved = resolve(find_references(text), directives)
    linked = [(r.reference.text, r.directive.id if r.directive else None) for r in resolved]
    assert linked[:3] == [
        ("Chỉ thị số 11-CT/TU", "11-CT/TU"),
        ("Chỉ thị số 20-CT/ThU", "20-CT/ThU"),
        ("Chỉ thị trên", "20-CT/ThU"),
    ]
    assert linked[-1] == ("Chỉ thị 11", "11-CT/TU")
    assert {d for _, d in linked[3:-1]} == {None}


class TestWhatDocumentsAlsoWrite:
    """Wordings of our own in the shapes real documents and articles have."""

    def test_the_date_line_under_a_documents_number(self) -> None:
        text = "Số 21-HD/ĐUK\nYên Bái, ngày 8 tháng 3 năm 2024\nHƯỚNG DẪN về phong trào"
        first = find_references(text)[0]
        assert (str(first.symbol), first.issued_on) == ("21-HD/ĐUK", dt.date(2024, 3, 8))

    @pytest.mark.parametrize(
        "heading",
        [
            "Số 58-BC/ĐU\t\tYên Thắng, ngày 12 tháng 12 năm 2025",  # two columns on one line
            "Số 58-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Thắng, ngày 12 tháng 12 năm 2025",
            "Số 58-BC/ĐU\n*\nYên Thắng, ngày 12/12/2025",
        ],
    )
    def test_the_date_line_past_the_motto_or_beside_the_number(self, heading: str) -> None:
        text = f"ĐẢNG BỘ XÃ YÊN THẮNG\n{heading}\n\nBÁO CÁO\nKết quả năm 2025"
        first = find_references(text)[0]
        assert (str(first.symbol), first.issued_on) == ("58-BC/ĐU", dt.date(2025, 12, 12))

    def test_a_date_in_the_text_after_the_heading_is_not_its_day(self) -> None:
        text = (
            "Số 58-BC/ĐU\nBÁO CÁO\nKết quả năm 2025\n\nNgày 12/12/2025, Ban Thường vụ, ngày "
            "3/4/2025 họp."
        )
        assert find_references(text)[0].issued_on is None

    def test_a_number_without_a_symbol(self) -> None:
        [ref] = find_references("Thực hiện Kế hoạch số 05, ngày 20/3/2025 của Ban Thường vụ.")
        assert (ref.kind, ref.number, ref.issued_on) == (
            ReferenceKind.SHORT,
            "05",
            dt.date(2025, 3, 20),
        )

    def test_a_scheme_known_by_its_quoted_title(self) -> None:
        [ref] = find_references("Triển khai Đề án “Nâng cao hiệu quả công tác dân vận” tỉnh.")
        assert (ref.kind, ref.doc_type) == (ReferenceKind.NAMED, DocumentType.SCHEME)
        assert ref.text == "Đề án “Nâng cao hiệu quả công tác dân vận”"

    def test_a_quoted_title_has_no_count_before_it(self) -> None:
        """A programme's name, counts, then a movement's quoted name name no document."""
        text = (
            "Khen thưởng 9 tập thể trong thực hiện Quy chế dân chủ ở cơ sở và 7 tập thể "
            "trong phong trào thi đua “Dân vận khéo”. Chương trình phối hợp năm 2025 “Dân "
            "vận khéo vì an sinh” được triển khai."
        )
        [ref] = find_references(text)
        assert ref.text == "Chương trình phối hợp năm 2025 “Dân vận khéo vì an sinh”"

    def test_the_subject_ends_where_the_sentence_moves_on(self) -> None:
        text = (
            "Huyện ủy ban hành Kế hoạch số 14-KH/HU về phong trào thi đua Dân vận khéo, "
            "đồng thời giao các chi bộ triển khai."
        )
        [ref] = find_references(text)
        assert ref.subject == "về phong trào thi đua Dân vận khéo"

    def test_the_adviser_is_kept_apart_from_the_issuer(self) -> None:
        text = (
            "Ban Dân vận Thị ủy đã tham mưu Ban Thường vụ Thị ủy ban hành Kế hoạch số "
            "09-KH/ThU về phong trào."
        )
        [ref] = find_references(text)
        assert (ref.issuer_text, ref.adviser_text) == (
            "Ban Thường vụ Thị ủy",
            "Ban Dân vận Thị ủy",
        )

    def test_a_back_reference_carries_what_it_points_back_to(self) -> None:
        text = (
            "Ngày 2/6/2024, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 31-KH/TU về phong "
            "trào. Thực hiện Kế hoạch trên, các huyện đăng ký mô hình."
        )
        full, back = resolve(find_references(text), [])
        assert back.antecedent == full.reference
        assert (back.reference.issued_on, back.reference.issuer_text) == (
            dt.date(2024, 6, 2),
            "Ban Thường vụ Tỉnh ủy",
        )
        assert full.antecedent is None

    def test_an_alias_that_repeats_the_symbol_points_back(self) -> None:
        """ "(sau đây viết tắt là Đề án số 07-ĐA/TU)" is the scheme named just before it."""
        text = (
            "Ngày 15/8/2022, Ban Thường vụ Huyện ủy ban hành Đề án số 07-ĐA/HU về xây dựng "
            "mô hình dân vận khéo ở khu dân cư (sau đây viết tắt là Đề án số 07-ĐA/HU). Thực "
            "hiện Đề án 07, các xã đăng ký mô hình."
        )
        first, alias, short = resolve(find_references(text), [])
        assert alias.antecedent == first.reference
        assert (alias.reference.issued_on, alias.reference.issuer_text) == (
            dt.date(2022, 8, 15),
            "Ban Thường vụ Huyện ủy",
        )
        assert short.reference.issued_on == dt.date(2022, 8, 15)

    def test_the_same_symbol_of_another_date_is_another_document(self) -> None:
        text = (
            "Kế hoạch số 12-KH/HU ngày 3/2/2021 về phong trào năm 2021; Kế hoạch số 12-KH/HU "
            "ngày 7/3/2022 về phong trào năm 2022."
        )
        _, second = resolve(find_references(text), [])
        assert second.antecedent is None
        assert second.reference.issued_on == dt.date(2022, 3, 7)
