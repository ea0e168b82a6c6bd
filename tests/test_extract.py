"""find_references, find_periods, find_dates and resolve on the seed reports' wordings."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan import (
    DocumentType,
    Extractor,
    ReferenceKind,
    find_dates,
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
        [("Chỉ thị 11-CT/TU, ngày 28/9/2021", FULL, "11-CT/TU", D(2021, 9, 28), None)],
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
