"""DocumentSymbol: Party and state numbers-and-symbols as real text writes them."""

import pytest
from hypothesis import given

from danvan import DocumentSymbol, DocumentSystem, DocumentType
from danvan.exceptions import InvalidSymbolError
from danvan.testing import symbols

PARTY = DocumentSystem.PARTY
STATE = DocumentSystem.STATE


class TestParse:
    @pytest.mark.parametrize(
        ("text", "number", "doc_type", "issuer", "system", "year"),
        [
            ("11-CT/TU", "11", DocumentType.DIRECTIVE, "TU", PARTY, None),
            ("2108-QĐ/TU", "2108", DocumentType.DECISION, "TU", PARTY, None),
            ("13-KH/TU", "13", DocumentType.PLAN, "TU", PARTY, None),
            ("26-KH/TU", "26", DocumentType.PLAN, "TU", PARTY, None),
            ("20-CT/ThU", "20", DocumentType.DIRECTIVE, "ThU", PARTY, None),
            ("08-QĐi/TW", "08", DocumentType.REGULATION, "TW", PARTY, None),
            ("01-NQ/ĐUK", "01", DocumentType.RESOLUTION, "ĐUK", PARTY, None),
            ("15/2021/QĐ-UBND", "15", DocumentType.DECISION, "UBND", STATE, 2021),
            ("98/2023/NĐ-CP", "98", DocumentType.DECREE, "CP", STATE, 2023),
            ("123/KH-UBND", "123", DocumentType.PLAN, "UBND", STATE, None),
            ("45/UBND-VX", "45", DocumentType.OFFICIAL_LETTER, "UBND-VX", STATE, None),
            ("07/QyĐ-UBND", "07", DocumentType.REGULATION, "UBND", STATE, None),
        ],
    )
    def test_canonical_forms(
        self,
        text: str,
        number: str,
        doc_type: DocumentType,
        issuer: str,
        system: DocumentSystem,
        year: int | None,
    ) -> None:
        """Seed-report symbols and the state forms give every part."""
        symbol = DocumentSymbol.parse(text)
        assert (symbol.number, symbol.doc_type, symbol.issuer, symbol.system, symbol.year) == (
            number,
            doc_type,
            issuer,
            system,
            year,
        )
        assert str(symbol) == text

    @pytest.mark.parametrize(
        ("text", "canonical"),
        [
            ("12- KH/TU", "12-KH/TU"),
            ("11 - CT / TU", "11-CT/TU"),
            ("11–CT/TU", "11-CT/TU"),
            ("11—CT/TU", "11-CT/TU"),
            ("2108-QÐ/TU", "2108-QĐ/TU"),
            ("2108-QD/TU", "2108-QĐ/TU"),
            ("15/2021/QD-UBND", "15/2021/QĐ-UBND"),
            ("15/2021/qđ-ubnd", "15/2021/QĐ-UBND"),
            ("20-ct/thu", "20-CT/ThU"),
            ("05-NQ/DU", "05-NQ/ĐU"),
            ("Số: 11-CT/TU", "11-CT/TU"),
            ("  11-CT/TU  ", "11-CT/TU"),
            ("123/QD-TTG", "123/QĐ-TTg"),
        ],
    )
    def test_messy_text(self, text: str, canonical: str) -> None:
        """Stray spaces, dashes, look-alikes and missing diacritics give the canonical form."""
        assert str(DocumentSymbol.parse(text)) == canonical

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("12-XY/TU", "unknown party document type 'XY'"),
            ("12/2020/XY-UBND", "unknown state document type 'XY'"),
            ("12/QĐi-UBND", "Party abbreviation"),
            ("CT/TU", "starts with the document number"),
            ("11-CT", "missing '/'"),
            ("11-CT/", "missing issuer"),
            ("", "empty"),
            ("8/8", "not of the form"),
            ("22/11", "not of the form"),
            ("1.635", "missing '/'"),
            ("11-CT/TU" * 20, "too long"),
        ],
    )
    def test_invalid_says_which_part(self, text: str, reason: str) -> None:
        """Anything else raises InvalidSymbolError saying what is wrong."""
        with pytest.raises(InvalidSymbolError, match=reason) as info:
            DocumentSymbol.parse(text)
        assert info.value.value == text


class TestConstruct:
    def test_party_symbol_has_no_year(self) -> None:
        """Party symbols carry no year."""
        with pytest.raises(InvalidSymbolError, match="no year"):
            DocumentSymbol("11", DocumentType.DIRECTIVE, "TU", PARTY, 2021)

    def test_type_must_exist_in_system(self) -> None:
        """The state has no 'kết luận' type."""
        with pytest.raises(InvalidSymbolError, match="conclusion"):
            DocumentSymbol("3", DocumentType.CONCLUSION, "UBND", STATE)

    @pytest.mark.parametrize("number", ["", "1a", "١٢"])
    def test_number_is_digits(self, number: str) -> None:
        """A document number is ASCII digits."""
        with pytest.raises(InvalidSymbolError):
            DocumentSymbol(number, DocumentType.DIRECTIVE, "TU", PARTY)

    def test_issuer_is_letters(self) -> None:
        """An issuer is letters and digits."""
        with pytest.raises(InvalidSymbolError):
            DocumentSymbol("1", DocumentType.DIRECTIVE, "T U", PARTY)


class TestRoundTrip:
    @given(symbols())
    def test_parse_of_str(self, symbol: DocumentSymbol) -> None:
        """DocumentSymbol.parse(str(s)) == s."""
        assert DocumentSymbol.parse(str(symbol)) == symbol


def test_symbols_of_one_shape_keep_their_own_numbers() -> None:
    """What follows the number is read once per shape; each symbol keeps its number."""
    from danvan.exceptions import InvalidSymbolError

    read = [DocumentSymbol.parse(f"{n}-KH/TU") for n in ("07", "7", "26", "123456")]
    assert [s.number for s in read] == ["07", "7", "26", "123456"]
    assert {(s.doc_type, s.issuer, s.system) for s in read} == {
        (DocumentType.PLAN, "TU", DocumentSystem.PARTY)
    }
    assert str(DocumentSymbol.parse("Số: 06/2021/QĐ-UBND")) == "06/2021/QĐ-UBND"
    assert DocumentSymbol.parse("06/2021/QĐ-UBND").year == 2021
    with pytest.raises(InvalidSymbolError):
        DocumentSymbol.parse("1234567-KH/TU")  # seven digits is no document number
    with pytest.raises(InvalidSymbolError):
        DocumentSymbol.parse("12-XX/TU")
