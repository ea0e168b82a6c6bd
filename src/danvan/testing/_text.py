"""Strategies for what extraction finds in text: references, resolutions, mentions."""

from __future__ import annotations

from danvan._documents import DocumentSymbol, DocumentType
from danvan._extract import (
    DEFAULT_EXTRACTORS,
    DateMention,
    Extractor,
    PeriodMention,
    Reference,
    ReferenceKind,
    Resolution,
    find_dates,
    find_periods,
    find_references,
    resolve,
)
from danvan.testing._documents import directives
from danvan.testing._hypothesis import assume, st
from danvan.testing._values import DAYS, symbols


@st.composite
def extractors(draw: st.DrawFn) -> Extractor:
    """The built-in extractors and a custom one for numbered official letters."""
    custom = Extractor(
        name="cong-van",
        pattern=r"\bcong van (?P<number>\d{1,5})\b",
        kind=ReferenceKind.SHORT,
        doc_type=DocumentType.OFFICIAL_LETTER,
        literals=("cong van",),
    )
    return draw(st.sampled_from((*DEFAULT_EXTRACTORS, custom)))


ISSUER_NAMES = ["Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Ban Chấp hành Trung ương"]


def citing(draw: st.DrawFn, symbol: DocumentSymbol) -> str:
    day = draw(DAYS)
    issuer = draw(st.sampled_from(ISSUER_NAMES))
    return (
        f"Thực hiện {symbol.doc_type.label_vi} số {symbol} ngày {day.day}/{day.month}/"
        f"{day.year} của {issuer} về công tác dân vận"
    )


@st.composite
def references(draw: st.DrawFn) -> Reference:
    """References found by :func:`~danvan.find_references` in a sentence citing a symbol."""
    found = find_references(citing(draw, draw(symbols())))
    assume(bool(found))
    return draw(st.sampled_from(found))


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    """References resolved against directives, the cited one among them or not."""
    registry = [d for d in draw(st.lists(directives(), max_size=2)) if d.symbol is not None]
    symbol = draw(st.sampled_from([d.symbol for d in registry])) if registry else None
    found = find_references(citing(draw, symbol or draw(symbols())))
    assume(bool(found))
    return draw(st.sampled_from(resolve(found, registry)))


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    """Dates found by :func:`~danvan.find_dates`, written with numbers or words."""
    day = draw(DAYS)
    text = draw(
        st.sampled_from(
            [
                f"Hội nghị ngày {day.day}/{day.month}/{day.year} đã biểu dương các mô hình",
                f"Ngày {day.day} tháng {day.month} năm {day.year}, Ban Dân vận tổ chức sơ kết",
            ]
        )
    )
    return find_dates(text)[0]


@st.composite
def period_mentions(draw: st.DrawFn) -> PeriodMention:
    """Periods found by :func:`~danvan.find_periods` in "giai đoạn 2021 - 2025" wordings."""
    first = draw(st.integers(2000, 2030))
    last = first + draw(st.integers(1, 5))
    return find_periods(f"Tổng kết phong trào giai đoạn {first} - {last} trên địa bàn")[0]
