"""Document types and document numbers ("số và ký hiệu").

Every Party and state document carries a number-and-symbol. Party documents write
``NUMBER-TYPE/ISSUER`` (``11-CT/TU``: directive no. 11 of a provincial Party
committee), following the Party Central Office's guidance on document formats
(Hướng dẫn 36-HD/VPTW, 2018). State documents follow Decree 30/2020/NĐ-CP:
legal normative documents write ``NUMBER/YEAR/TYPE-ISSUER`` (``15/2021/QĐ-UBND``),
administrative ones ``NUMBER/TYPE-ISSUER`` (``123/KH-UBND``), and official letters
``NUMBER/ISSUER-UNIT`` with the drafting unit in place of a type (``45/UBND-VX``).

The two systems share most abbreviations but not all: a regulation is ``QĐi`` for the
Party and ``QyĐ`` for the state; ``TT`` is a Party "thông tri" but a state circular.
"""

from __future__ import annotations

import functools
import re
from typing import Self

import attrs

from danvan._terms import Term
from danvan._text import clean, fold
from danvan.exceptions import InvalidSymbolError

__all__ = ["DocumentSymbol", "DocumentSystem", "DocumentType"]


class DocumentSystem(Term):
    """Whose document it is: the Party's (văn bản của Đảng) or the state's."""

    PARTY = ("party", "văn bản của Đảng", "Party document", "Đảng")
    STATE = ("state", "văn bản nhà nước", "state document", "nhà nước")
    # The political bodies of the armed forces number their guidance and plans in the
    # state's form with the issuer "CT" (chính trị): "418/HD-CT". Which body (the
    # General Political Department, a region's or a command's political office) the
    # code does not say.
    ARMED_FORCES = (
        "armed_forces",
        "văn bản của cơ quan chính trị lực lượng vũ trang",
        "armed forces' political body document",
        "quân đội",
        "cơ quan chính trị",
    )


class DocumentType(Term):
    """The type of a document, with its abbreviation in each system that uses it.

    Attributes:
        party_abbr: The abbreviation in Party symbols, ``None`` if the Party has none.
        state_abbr: The abbreviation in state symbols, ``None`` if the state has none.

    Examples:
        >>> from danvan import DocumentSystem, DocumentType
        >>> DocumentType.REGULATION.abbreviation(DocumentSystem.PARTY)
        'QĐi'
        >>> DocumentType.REGULATION.abbreviation(DocumentSystem.STATE)
        'QyĐ'
        >>> DocumentType.parse("Chỉ thị").party_abbr
        'CT'
    """

    party_abbr: str | None
    state_abbr: str | None

    def __new__(
        cls,
        code: str,
        label_vi: str,
        label_en: str,
        party_abbr: str | None,
        state_abbr: str | None,
        *aliases: str,
    ) -> Self:
        member = object.__new__(cls)
        member._set_labels(code, label_vi, label_en, aliases)
        member.party_abbr = party_abbr
        member.state_abbr = state_abbr
        return member

    RESOLUTION = ("resolution", "Nghị quyết", "resolution", "NQ", "NQ")
    DECISION = ("decision", "Quyết định", "decision", "QĐ", "QĐ")
    DIRECTIVE = ("directive", "Chỉ thị", "directive", "CT", "CT")
    CONCLUSION = ("conclusion", "Kết luận", "conclusion", "KL", None)
    STATUTE = ("statute", "Quy chế", "statute", "QC", "QC")
    REGULATION = ("regulation", "Quy định", "regulation", "QĐi", "QyĐ")
    GUIDANCE = ("guidance", "Hướng dẫn", "guidance", "HD", "HD")
    PLAN = ("plan", "Kế hoạch", "plan", "KH", "KH")
    PROGRAMME = ("programme", "Chương trình", "programme", "CTr", "CTr", "Chương trình hành động")
    SCHEME = ("scheme", "Đề án", "scheme", "ĐA", "ĐA")
    NOTICE = ("notice", "Thông báo", "notice", "TB", "TB")
    INSTRUCTION = ("instruction", "Thông tri", "instruction (thông tri)", "TT", None)
    REPORT = ("report", "Báo cáo", "report", "BC", "BC")
    SUBMISSION = ("submission", "Tờ trình", "submission", "TTr", "TTr")
    OFFICIAL_LETTER = ("official_letter", "Công văn", "official letter", "CV", None)
    DECREE = ("decree", "Nghị định", "decree", None, "NĐ")
    CIRCULAR = ("circular", "Thông tư", "circular", None, "TT")

    @property
    def systems(self) -> frozenset[DocumentSystem]:
        """The systems whose symbols use this type."""
        found = set()
        if self.party_abbr is not None:
            found.add(DocumentSystem.PARTY)
        if self.state_abbr is not None or self is DocumentType.OFFICIAL_LETTER:
            found.add(DocumentSystem.STATE)
        if self.state_abbr is not None:
            found.add(DocumentSystem.ARMED_FORCES)
        return frozenset(found)

    def abbreviation(self, system: DocumentSystem) -> str | None:
        """The abbreviation in ``system``'s symbols, ``None`` where it has none.

        Args:
            system: The Party's or the state's document system.

        Returns:
            The abbreviation ("CT", "QĐi", "QyĐ" …), or ``None``.
        """
        return self.party_abbr if system is DocumentSystem.PARTY else self.state_abbr

    @classmethod
    def from_abbreviation(cls, abbr: str, system: DocumentSystem) -> DocumentType:
        """Return the type a symbol of ``system`` abbreviates as ``abbr``.

        Case and diacritics are ignored ("QD", "Qđ" and "QĐ" are all decisions).

        Args:
            abbr: The abbreviation as a symbol writes it.
            system: The document system of the symbol.

        Returns:
            The document type.

        Raises:
            InvalidSymbolError: ``system`` has no type abbreviated so.
        """
        found = _by_abbreviation(system).get(_key(abbr))
        if found is None:
            raise InvalidSymbolError(abbr, f"no {system.label_en} type is abbreviated so")
        return found


def _key(abbr: str) -> str:
    return fold(abbr).upper()


def _by_abbreviation(system: DocumentSystem) -> dict[str, DocumentType]:
    return _ABBREVIATIONS[system]


_ABBREVIATIONS: dict[DocumentSystem, dict[str, DocumentType]] = {
    system: {
        _key(abbr): member
        for member in DocumentType
        if (abbr := member.abbreviation(system)) is not None
    }
    for system in DocumentSystem
}

# Issuers whose canonical spelling is not plain upper case or has a Đ that text
# typed without diacritics loses. Others are kept as written, in upper case.
_KNOWN_ISSUERS = [
    "TW", "TU", "ThU", "HU", "QU", "ĐU", "ĐUK", "BDVTW", "BDVTU", "BDVThU", "BDVHU",
    "BDVQU", "BDVĐU", "BCĐ", "VPTW", "VPTU", "BTGTW", "BTGTU", "BTCTW", "BTCTU",
    "UBKTTW", "UBKTTU", "CP", "TTg", "UBND", "HĐND", "MTTQ", "VPCP", "BNV", "BQP", "BCA",
]  # fmt: skip
_ISSUER_BY_KEY = {_key(issuer): issuer for issuer in _KNOWN_ISSUERS}

_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})
_PART = r"[0-9A-Za-zĐđ]+"
_PARTY = re.compile(rf"(?P<number>[0-9]{{1,6}})-(?P<type>{_PART})/(?P<issuer>{_PART}(?:-{_PART})*)")
_STATE = re.compile(
    rf"(?P<number>[0-9]{{1,6}})/(?:(?P<year>(?:19|20)[0-9]{{2}})/)?"
    rf"(?P<first>{_PART})-(?P<rest>{_PART}(?:-{_PART})*)"
)
_SPACED = re.compile(r"\s*([-/])\s*")
_MAX_TEXT = 60


def _issuer(text: str) -> str:
    parts = text.split("-")
    return "-".join(_ISSUER_BY_KEY.get(_key(part), part.upper()) for part in parts)


@attrs.frozen
class DocumentSymbol:
    """The number-and-symbol of a Party or state document.

    Attributes:
        number: The document number as written (leading zeros kept).
        doc_type: The document type the symbol names.
        issuer: The issuing body's abbreviation ("TU", "ThU", "UBND", "UBND-VX" …).
        system: Party or state.
        year: The year in a state legal document's symbol, else ``None``.

    Examples:
        >>> from danvan import DocumentSymbol
        >>> s = DocumentSymbol.parse("11 – CT / TU")
        >>> str(s), s.doc_type.label_vi, s.system.value
        ('11-CT/TU', 'Chỉ thị', 'party')
        >>> str(DocumentSymbol.parse("15/2021/QD-UBND"))
        '15/2021/QĐ-UBND'
    """

    number: str
    doc_type: DocumentType = attrs.field(validator=attrs.validators.instance_of(DocumentType))
    issuer: str
    system: DocumentSystem = attrs.field(validator=attrs.validators.instance_of(DocumentSystem))
    year: int | None = None

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.number, str) and self.number.isascii() and self.number.isdigit()):
            raise InvalidSymbolError(self.number, "a document number is digits")
        if not (
            isinstance(self.issuer, str) and re.fullmatch(rf"{_PART}(?:-{_PART})*", self.issuer)
        ):
            raise InvalidSymbolError(self.issuer, "an issuer is letters and digits")
        if self.system not in self.doc_type.systems:
            raise InvalidSymbolError(
                self.doc_type, f"{self.system.label_en}s have no {self.doc_type.label_en} type"
            )
        if self.year is not None and self.system is DocumentSystem.PARTY:
            raise InvalidSymbolError(self.year, "Party symbols carry no year")
        # The text says the armed forces' system by the issuer "CT" and no year; a symbol
        # whose text would read otherwise could not be read back as itself.
        armed = self.issuer == "CT" and self.year is None and self.system is not _PARTY_SYSTEM
        if armed != (self.system is DocumentSystem.ARMED_FORCES):
            raise InvalidSymbolError(
                self.issuer,
                "an armed forces' political body's symbol has the issuer CT and no year "
                "(418/HD-CT), and only such a symbol is one",
            )
        if self.year is not None and not (type(self.year) is int and 1900 <= self.year <= 2099):
            raise InvalidSymbolError(self.year, "a symbol's year is a year from 1900 to 2099")

    @classmethod
    def parse(cls, text: str) -> DocumentSymbol:
        """Parse a number-and-symbol as real text writes it.

        Accepts stray spaces around ``-`` and ``/``, en and em dashes, the Latin ``Ð``
        for ``Đ`` and text without diacritics.

        Args:
            text: The number-and-symbol ("11-CT/TU", "Số: 06/2021/QĐ-UBND").

        Returns:
            The symbol; ``str()`` of it is the canonical form.

        Raises:
            InvalidSymbolError: The text is no symbol; the message says which part.
        """
        if not isinstance(text, str) or len(text) > _MAX_TEXT:
            raise InvalidSymbolError(text, "not a document number-and-symbol (too long)")
        cleaned = _SPACED.sub(r"\1", clean(text).strip().translate(_ETH))
        cleaned = cleaned.removeprefix("Số").removeprefix("số").strip(" :")
        number = _NUMBER.match(cleaned)
        if number is not None:  # what follows the number is read once for every number
            shape = _shape(cleaned[number.end() :])
            if shape is not None:
                symbol = object.__new__(cls)
                for name, value in zip(_FIELDS, shape, strict=True):
                    object.__setattr__(symbol, name, value)
                object.__setattr__(symbol, "number", number.group())
                return symbol
        return cls._parse_cleaned(cleaned, text)

    @classmethod
    def _parse_cleaned(cls, cleaned: str, text: str) -> DocumentSymbol:
        if match := _PARTY.fullmatch(cleaned):
            doc_type = _part(text, match["type"], DocumentSystem.PARTY)
            return cls(match["number"], doc_type, _issuer(match["issuer"]), DocumentSystem.PARTY)
        if match := _STATE.fullmatch(cleaned):
            year = int(match["year"]) if match["year"] else None
            state_type = _BY_STATE.get(_key(match["first"]))
            if state_type is not None:
                issuer = _issuer(match["rest"])
                system = _ARMED if issuer == "CT" and year is None else DocumentSystem.STATE
                return cls(match["number"], state_type, issuer, system, year)
            if _key(match["first"]) in _ABBREVIATIONS[DocumentSystem.PARTY]:
                raise InvalidSymbolError(
                    text, f"{match['first']!r} is a Party abbreviation; state symbols differ"
                )
            if year is not None:
                raise InvalidSymbolError(text, f"unknown state document type {match['first']!r}")
            issuer = _issuer(f"{match['first']}-{match['rest']}")
            return cls(match["number"], DocumentType.OFFICIAL_LETTER, issuer, DocumentSystem.STATE)
        raise InvalidSymbolError(text, _diagnose(cleaned))

    def __str__(self) -> str:
        if self.system is DocumentSystem.PARTY:
            return f"{self.number}-{self.doc_type.party_abbr}/{self.issuer}"
        if self.doc_type is DocumentType.OFFICIAL_LETTER:
            return f"{self.number}/{self.issuer}"
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number}/{year}{self.doc_type.state_abbr}-{self.issuer}"


_BY_STATE = _ABBREVIATIONS[DocumentSystem.STATE]
_NUMBER = re.compile(r"[0-9]{1,6}(?![0-9])")
_FIELDS = ("doc_type", "issuer", "system", "year")


@functools.lru_cache(maxsize=4096)
def _shape(rest: str) -> tuple[DocumentType, str, DocumentSystem, int | None] | None:
    """What a symbol says after its number ("-CT/TU"), or ``None`` if it is no symbol.

    Text dense with references repeats a few dozen shapes with thousands of numbers.
    """
    try:
        symbol = DocumentSymbol._parse_cleaned(f"0{rest}", f"0{rest}")
    except InvalidSymbolError:
        return None
    return symbol.doc_type, symbol.issuer, symbol.system, symbol.year


_PARTY_SYSTEM = DocumentSystem.PARTY
_ARMED = DocumentSystem.ARMED_FORCES


def _part(text: str, abbr: str, system: DocumentSystem) -> DocumentType:
    try:
        return DocumentType.from_abbreviation(abbr, system)
    except InvalidSymbolError:
        raise InvalidSymbolError(text, f"unknown {system.value} document type {abbr!r}") from None


def _diagnose(cleaned: str) -> str:
    if not cleaned:
        return "empty"
    if not cleaned[0].isdigit():
        return "a symbol starts with the document number"
    if "/" not in cleaned:
        return "missing '/' before the issuer"
    if cleaned.endswith(("/", "-")):
        return "missing issuer"
    return "not of the form 11-CT/TU, 123/KH-UBND or 15/2021/QĐ-UBND"
