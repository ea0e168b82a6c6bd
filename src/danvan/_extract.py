"""Finding directive references, periods and dates in Vietnamese report text.

"thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh …"
holds a reference with a type, a number-and-symbol, a date, an issuer and a subject.
The pipeline:

1. **clean**: HTML tags and entities, Unicode NFC, odd spaces and dashes, keeping a map
   back to offsets in the original text (a no-op map when there is nothing to clean);
2. **fold**: lower case without diacritics, one character for one, so offsets carry
   over unchanged and "Chi thi so 11-CT/TU" matches like "Chỉ thị số 11-CT/TU";
3. **extract**: each :class:`Extractor` is a compiled pattern with a cheap literal
   pre-filter; every candidate symbol goes through :meth:`DocumentSymbol.parse`, so a
   count ("1.635"), a ratio ("8/8") or a date ("22/11") is never a symbol;
4. **build** typed :class:`Reference` objects, attaching the date, issuer and subject
   written next to them.

Every pattern is linear: bounded repetitions, no nested quantifiers, so hostile input
cannot make matching slow.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import html
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Literal

import attrs

from danvan._dates import parse_date
from danvan._directives import Directive
from danvan._documents import DocumentSymbol, DocumentType
from danvan._periods import Period
from danvan._terms import Term
from danvan.exceptions import DanvanError

__all__ = [
    "DEFAULT_EXTRACTORS",
    "DateMention",
    "Extractor",
    "PeriodMention",
    "Reference",
    "ReferenceKind",
    "Resolution",
    "annotate",
    "find_dates",
    "find_periods",
    "find_references",
    "resolve",
]


class ReferenceKind(Term):
    """How a text refers to a document."""

    FULL = ("full", "trích dẫn đầy đủ", "full reference")
    SHORT = ("short", "trích dẫn rút gọn", "short reference")
    BACK = ("back", "nhắc lại", "back-reference")
    NAMED = ("named", "gọi theo tên", "named document")


@attrs.frozen
class Reference:
    """A reference to a document, found in a text.

    Attributes:
        kind: Full (with a symbol), short ("Chỉ thị 11"), back ("Chỉ thị trên") or
            named ("Nghị quyết Đại hội … lần thứ XV").
        span: ``(start, end)`` offsets in the original text; ``text[start:end]`` is the
            reference from its type word (or symbol) to the last of its symbol, date
            and issuer.
        text: The original text of the span.
        doc_type: The document type, when the text says it.
        symbol: The number-and-symbol, for a full reference.
        number: The document number as written, when given.
        issued_on: The date written next to it ("ngày 28/9/2021").
        issuer_text: The issuer phrase ("của Ban Thường vụ Tỉnh ủy").
        subject: The subject phrase ("về đẩy mạnh …"), outside the span.
    """

    kind: ReferenceKind
    span: tuple[int, int]
    text: str
    doc_type: DocumentType | None = None
    symbol: DocumentSymbol | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    issuer_text: str | None = None
    subject: str | None = None


@attrs.frozen
class PeriodMention:
    """A period named in a text ("giai đoạn 2021-2025", "năm 2018")."""

    period: Period
    span: tuple[int, int]
    text: str


@attrs.frozen
class DateMention:
    """A date written in a text ("ngày 28/9/2021", "05 tháng 12 năm 2018")."""

    date: dt.date
    span: tuple[int, int]
    text: str


# -- cleaning and folding ----------------------------------------------------------------

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u200b\u202f\u205f\u3000\t"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): " " for c in _SPACES}
    table.update({ord(c): "-" for c in _DASHES})
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        base = base.replace("đ", "d").replace("Đ", "D").lower()
        if len(base) == 1 and base != char:
            table[code] = base
    return table


def _as_string(table: dict[int, str]) -> str:
    """The table as a string indexed by code point.

    ``str.translate`` looks a string up about four times faster than a dict, and leaves
    characters past its end unchanged.
    """
    return "".join(table.get(code, chr(code)) for code in range(max(table) + 1))


_FOLD = _as_string(_fold_table())
_CLEAN = _as_string({ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _DASHES})


class _Text:
    """The cleaned text, its folded twin, and the map back to original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        # Per cleaned character: where it starts and ends in the original.
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        text = original
        if "<" in text or "&" in text or not unicodedata.is_normalized("NFC", text):
            text, self.starts, self.ends = _clean_slow(text)
        self.clean = text.translate(_CLEAN)
        self.folded = self.clean.translate(_FOLD)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return (start, end)
        first = self.starts[start]
        return (first, self.ends[end - 1] if end > start else first)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]{0,20}(?:[\s/][^<>]{0,2000})?|!--[^<>]{0,2000}--)>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = re.compile(f"{_TAG.pattern}|{_ENTITY.pattern}")


class _Spans:
    """Spans already claimed, asked "does one cover this offset?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def covers(self, position: int) -> bool:
        i = bisect.bisect_right(self._spans, (position, sys.maxsize)) - 1
        return i >= 0 and self._spans[i][0] <= position < self._spans[i][1]


def _clean_slow(text: str) -> tuple[str, list[int], list[int]]:
    """Drop tags, unescape entities and compose to NFC, mapping each output char back."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _MARKUP.finditer(text):
        _plain(text, position, match.start(), out=out, starts=starts, ends=ends)
        token = match.group()
        if token.startswith("&"):
            value = html.unescape(token)
            out.extend(value)
            starts.extend([match.start()] * len(value))
            ends.extend([match.end()] * len(value))
        position = match.end()
    _plain(text, position, len(text), out=out, starts=starts, ends=ends)
    starts.append(len(text))
    return "".join(out), starts, ends


def _plain(
    text: str, start: int, end: int, *, out: list[str], starts: list[int], ends: list[int]
) -> None:
    """Append ``text[start:end]`` composed to NFC, cluster by cluster."""
    chunk = text[start:end]
    if unicodedata.is_normalized("NFC", chunk):
        out.append(chunk)
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
        return
    cluster_start = start
    for i in range(start, end + 1):
        if i < end and i > cluster_start and unicodedata.combining(text[i]):
            continue
        if i > cluster_start:
            composed = unicodedata.normalize("NFC", text[cluster_start:i])
            out.append(composed)
            starts.extend([cluster_start] * len(composed))
            ends.extend([i] * len(composed))
        cluster_start = i


# -- patterns -----------------------------------------------------------------------------

_TYPE_WORDS = {
    "chi thi": DocumentType.DIRECTIVE,
    "ke hoach": DocumentType.PLAN,
    "quyet dinh": DocumentType.DECISION,
    "nghi quyet": DocumentType.RESOLUTION,
    "quy dinh": DocumentType.REGULATION,
    "chuong trinh": DocumentType.PROGRAMME,
    "huong dan": DocumentType.GUIDANCE,
}
_TYPES = "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)).replace(" ", r"\s")
# Type words as reports abbreviate them ("QĐ số 2108-QĐ/TU", "KH số 07"): only before a
# symbol or "số", where they cannot be read as anything else.
_TYPE_ABBREVIATIONS = {
    "ct": DocumentType.DIRECTIVE,
    "kh": DocumentType.PLAN,
    "qd": DocumentType.DECISION,
    "nq": DocumentType.RESOLUTION,
    "qdi": DocumentType.REGULATION,
    "ctr": DocumentType.PROGRAMME,
    "hd": DocumentType.GUIDANCE,
}
_ABBREVIATED = "|".join(sorted(_TYPE_ABBREVIATIONS, key=len, reverse=True))
_LETTER = r"[^\W\d_]"
# NUMBER[/YEAR]-TYPE/ISSUER or NUMBER/TYPE-ISSUER: bounded pieces, no nesting.
_SYMBOL = (
    r"(?<![\w/.-])\d{1,5}(?:/\d{4})?\s?[-/]\s?"
    rf"{_LETTER}{{1,8}}(?:\s?[-/]\s?{_LETTER}[^\W_]{{0,9}}){{1,3}}(?![\w/])"
)
_SYMBOL_RE = re.compile(_SYMBOL)
_TYPE_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{_TYPES})(?:\s(?:so|so:))?|(?<![\w])(?:{_ABBREVIATED})\s(?:so|so:))\s?$"
    rf"|(?<![\w])(?:{_ABBREVIATED})\s$"
)
_DATE_AFTER = re.compile(
    r"\s?,?\s?\(?(?:ban\shanh\s)?ngay\s{1,3}(\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
    r"|\d{1,2}\sthang\s\d{1,2}\snam\s\d{4})\)?"
)
_ISSUER_AFTER = re.compile(
    r"\s?,?\s?(cua\s[^,.;:()\n]{1,120}?)(?=\s(?:ve|tai|va|giai\sdoan)\s|[,.;:()\n]|$)"
)
_SUBJECT_AFTER = re.compile(r"\s?,?\s?(ve\s[^.;\n]{1,300})")
_BACK = re.compile(rf"\b({_TYPES})\s(tren|noi\stren|nay|do)\b")
_NAMED = re.compile(
    r"\bnghi\squyet\sdai\shoi\s[^.;\n]{0,80}?lan\sthu\s([ivxlc]{1,8})\b"
    r"(?:,?\snhiem\sky\s\d{4}\s?-\s?\d{4})?"
)
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
# A document known by a quoted name: Chương trình phối hợp …, “Năm dân vận chính quyền”.
_NAMED_QUOTED = re.compile(rf"\b({_TYPES})\s[^.;:\n“”\"]{{0,80}}?[“\"][^”\"\n]{{1,80}}[”\"]")
# A document known by its subject: “thực hiện Quy định về người đứng đầu …”.
# Not inside another document's subject ("Quyết định 2108 … về Quy định về …").
_NAMED_SUBJECT = re.compile(rf"(?<!ve\s)\b({_TYPES})(?=\sve\s)")
# A capitalised type word standing alone: “cụ thể hóa Quyết định.” means the one above.
_BARE = re.compile(rf"(?<=[a-z0-9,]\s)({_TYPES})(?=\s?[.;,)]|\s?$)")
# Who issued it and when, written before: “Ngày 28/9/2021, Ban Thường vụ Tỉnh ủy đã ban
# hành Chỉ thị …”. The body starts with one of the usual heads of a body's name.
_BODY_HEADS = (
    "ban",
    "thuong truc",
    "uy ban",
    "ubnd",
    "hdnd",
    "hoi dong",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "thi uy",
    "quan uy",
    "dang uy",
    "chinh phu",
    "thu tuong",
    "bo chinh tri",
    "mat tran",
)
_HEADS = "|".join(_BODY_HEADS).replace(" ", r"\s")
_BEFORE = re.compile(
    r"(?:(?<![\w])ngay\s(?P<date>\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
    r"|\d{1,2}\sthang\s\d{1,2}\snam\s\d{4})\s?,?\s)?"
    rf"(?<![\w])(?P<body>(?:{_HEADS})\b[^,.;:()\n]{{0,80}}?)"
    r"\s(?:da\s|vua\s|moi\s)?ban\shanh\s$"
)


@attrs.frozen
class Extractor:
    r"""A pattern that finds references, with a literal pre-filter.

    The pattern runs on folded text (lower case, no diacritics, one character for one)
    and needs a group named ``number``; a group named ``symbol`` makes the reference
    full (its text must parse as a :class:`DocumentSymbol`).

    Attributes:
        name: What it finds, for error messages and tests.
        pattern: The regular expression, on folded text.
        kind: The kind of reference it finds.
        doc_type: The document type it finds, when the pattern fixes it.
        literals: Folded strings at least one of which must occur for it to run.

    Examples:
        >>> local = Extractor(name="cv", pattern=r"\bcong van (?P<number>\d{1,5})\b",
        ...                   kind=ReferenceKind.SHORT, doc_type=DocumentType.OFFICIAL_LETTER,
        ...                   literals=("cong van",))
        >>> [r.number for r in find_references("Theo Công văn 45 của UBND", extractors=[local])]
        ['45']
    """

    name: str
    pattern: str
    kind: ReferenceKind
    doc_type: DocumentType | None = None
    literals: tuple[str, ...] = ()
    _compiled: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        try:
            compiled = re.compile(self.pattern)
        except re.error as error:
            raise DanvanError(f"extractor {self.name!r}: bad pattern: {error}") from error
        if "number" not in compiled.groupindex:
            raise DanvanError(f"extractor {self.name!r}: the pattern needs a group 'number'")
        object.__setattr__(self, "_compiled", compiled)

    def finditer(self, folded: str) -> Iterable[re.Match[str]]:
        if self.literals and not any(literal in folded for literal in self.literals):
            return ()
        return self._compiled.finditer(folded)


def _builtin_short() -> Extractor:
    pattern = (
        rf"\b(?P<type>{_TYPES}|(?:{_ABBREVIATED})(?=\sso\s))\s(?:so\s)?(?P<number>\d{{1,5}})\b"
        rf"(?![-/.,]\d|\s?[-/]\s?{_LETTER})"
    )
    return Extractor(name="short", pattern=pattern, kind=ReferenceKind.SHORT)


#: The extractors :func:`find_references` runs besides full symbols, back-references and
#: named documents. Add your own with ``extractors=[*DEFAULT_EXTRACTORS, mine]``.
DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (_builtin_short(),)


# -- finding references --------------------------------------------------------------------


def find_references(
    text: str, *, extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS
) -> list[Reference]:
    """Every document reference in ``text``, in order of appearance.

    Examples:
        >>> [ref] = find_references("thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của "
        ...                         "Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào.")
        >>> ref.kind.value, str(ref.symbol), ref.issued_on, ref.issuer_text
        ('full', '11-CT/TU', datetime.date(2021, 9, 28), 'của Ban Thường vụ Tỉnh ủy')
        >>> ref.text
        'Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy'
        >>> find_references("đăng ký 1.635 mô hình tại 8/8 huyện ngày 22/11")
        []
    """
    if not isinstance(text, str):
        raise DanvanError(f"find_references needs text (str), not {type(text).__name__}")
    source = _Text(text)
    found: dict[int, Reference] = {}
    taken = _Spans()
    for stage in (_full_references(source), _extracted(source, extractors, taken)):
        for start, end, reference in stage:
            found[start] = reference
            taken.add(start, end)
    for start, end, reference in _worded(source, taken):
        found[start] = reference
        taken.add(start, end)
    return [found[key] for key in sorted(found)]


_Found = Iterator[tuple[int, int, Reference]]


def _full_references(source: _Text) -> _Found:
    """References with a number-and-symbol, from the type word before it when there is one."""
    urls = _Spans(m.span() for m in _URL.finditer(source.clean))
    for match in _SYMBOL_RE.finditer(source.clean):
        if urls.covers(match.start()):
            continue
        try:
            symbol = DocumentSymbol.parse(match.group())
        except DanvanError:
            continue
        start = match.start()
        before = _TYPE_BEFORE.search(source.folded, max(0, start - 30), start)
        if before is not None and _type_of(before.group()) is symbol.doc_type:
            start = before.start()
        reference = _complete(source, ReferenceKind.FULL, start, match.end(), symbol.doc_type)
        yield start, match.end(), attrs.evolve(reference, symbol=symbol, number=symbol.number)


def _extracted(source: _Text, extractors: Sequence[Extractor], taken: _Spans) -> _Found:
    """References the extractors find where no full reference is."""
    for extractor in extractors:
        for match in extractor.finditer(source.folded):
            if taken.covers(match.start()):
                continue
            groups = match.groupdict()
            doc_type = extractor.doc_type or _type_of(groups.get("type") or "")
            reference = _complete(source, extractor.kind, match.start(), match.end(), doc_type)
            yield *match.span(), attrs.evolve(reference, number=groups["number"])


_TYPE_WORD = re.compile(rf"(?:{_TYPES})\b")
_WORDED = (
    (_BACK, ReferenceKind.BACK),
    (_NAMED, ReferenceKind.NAMED),
    (_NAMED_QUOTED, ReferenceKind.NAMED),
    (_NAMED_SUBJECT, ReferenceKind.NAMED),
    (_BARE, ReferenceKind.BACK),
)
# Only a capitalised type word names one document; "xây dựng kế hoạch" is generic.
_CAPITALISED = (_NAMED_QUOTED, _NAMED_SUBJECT, _BARE)


def _worded(source: _Text, taken: _Spans) -> _Found:
    """References in words alone: back-references and documents known by name.

    One scan finds the type words; each pattern is then tried where one starts.
    """
    folded = source.folded
    for hit in _TYPE_WORD.finditer(folded):
        start = hit.start()
        if (start and (folded[start - 1].isalnum() or folded[start - 1] == "_")) or taken.covers(
            start
        ):
            continue
        for pattern, kind in _WORDED:
            match = pattern.match(folded, start)
            if match is None:
                continue
            if pattern in _CAPITALISED and not source.clean[start].isupper():
                break
            doc_type = DocumentType.RESOLUTION if pattern is _NAMED else _type_of(match.group(1))
            reference = _plain_reference(source, kind, match.span(), doc_type)
            if pattern is _NAMED_SUBJECT:
                about = _SUBJECT_AFTER.match(folded, match.end())
                if about is not None:
                    subject = source.original_text(*about.span(1)).rstrip()
                    reference = attrs.evolve(reference, subject=subject)
            yield *match.span(), reference
            break


def _type_of(words: str) -> DocumentType | None:
    """The document type that folded type words (or their abbreviation) name."""
    parts = words.split()
    return _TYPE_WORDS.get(" ".join(parts[:2])) or _TYPE_ABBREVIATIONS.get(
        parts[0] if parts else ""
    )


def _plain_reference(
    source: _Text, kind: ReferenceKind, span: tuple[int, int], doc_type: DocumentType | None
) -> Reference:
    a, b = span
    return Reference(
        kind=kind, span=source.span(a, b), text=source.original_text(a, b), doc_type=doc_type
    )


def _complete(
    source: _Text, kind: ReferenceKind, start: int, end: int, doc_type: DocumentType | None
) -> Reference:
    """A reference from ``start`` to ``end``, extended by the date and issuer after it."""
    issued_on = issuer = subject = None
    date = _DATE_AFTER.match(source.folded, end)
    if date is not None:
        try:
            issued_on = parse_date(source.clean[date.start(1) : date.end(1)])
        except DanvanError:
            date = None
        else:
            end = date.end()
    owner = _ISSUER_AFTER.match(source.folded, end)
    if owner is not None:
        issuer = source.original_text(*owner.span(1))
        end = owner.end(1)
    about = _SUBJECT_AFTER.match(source.folded, end)
    if about is not None:
        subject = source.original_text(*about.span(1)).rstrip()
    if issuer is None or issued_on is None:
        before = _BEFORE.search(source.folded, max(0, start - 160), start)
        if before is not None and issuer is None:
            issuer = source.original_text(*before.span("body"))
        if before is not None and issued_on is None and before.group("date") is not None:
            with contextlib.suppress(DanvanError):
                issued_on = parse_date(source.clean[before.start("date") : before.end("date")])
    return Reference(
        kind=kind,
        span=source.span(start, end),
        text=source.original_text(start, end),
        doc_type=doc_type,
        issued_on=issued_on,
        issuer_text=issuer,
        subject=subject,
    )


# -- periods and dates ----------------------------------------------------------------------

_PERIOD = re.compile(
    r"(?<![\w/.-])(?:(giai\sdoan|nhiem\sky|thoi\sky|nam)\s)?((?:19|20)\d\d)"
    r"(?:\s?-\s?((?:19|20)\d\d))?(?![\w/]|[.,-]\d|\s?-\s?\d)"
)
_DATE = re.compile(
    r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d\d)(?![\w/.-])"
    r"|(?<![\w])(\d{1,2})\sthang\s(\d{1,2})\snam\s((?:19|20)\d\d)\b"
)


def find_periods(text: str) -> list[PeriodMention]:
    """Periods named in ``text``: "giai đoạn 2021-2025", "năm 2018", "2021 - 2023".

    A lone year counts only after "năm", "giai đoạn" or "nhiệm kỳ"; a range needs
    its end after its start.

    Examples:
        >>> [(str(m.period), m.text) for m in find_periods("giai đoạn 2021- 2025, năm 2018")]
        [('2021-2025', 'giai đoạn 2021- 2025'), ('năm 2018', 'năm 2018')]
    """
    source = _Text(text)
    found = []
    for match in _PERIOD.finditer(source.folded):
        word, first, last = match.groups()
        if last is None and word is None:
            continue
        if last is not None and int(last) <= int(first):
            continue
        period = Period.years(int(first), int(last or first))
        found.append(
            PeriodMention(period, source.span(*match.span()), source.original_text(*match.span()))
        )
    return found


def find_dates(text: str) -> list[DateMention]:
    """Full dates written in ``text`` ("28/9/2021", "05 tháng 12 năm 2018").

    A day and month without a year ("22/11") is left out: which year it is depends on
    context, see :func:`parse_date` with ``default_year``.

    Examples:
        >>> [m.date.isoformat() for m in find_dates("ngày 28/9/2021 và 05 tháng 12 năm 2018")]
        ['2021-09-28', '2018-12-05']
    """
    source = _Text(text)
    found = []
    for match in _DATE.finditer(source.folded):
        try:
            day = parse_date(source.clean[match.start() : match.end()])
        except DanvanError:
            continue
        found.append(
            DateMention(day, source.span(*match.span()), source.original_text(*match.span()))
        )
    return found


# -- resolution -----------------------------------------------------------------------------


@attrs.frozen
class Resolution:
    """A reference and the document it points at (``None`` when none is known)."""

    reference: Reference
    directive: Directive | None


def resolve(references: Sequence[Reference], directives: Iterable[Directive]) -> list[Resolution]:
    """Link each reference to a document of ``directives`` (a registry or a dataset's).

    A full reference resolves by its symbol. A short one ("Chỉ thị 11") resolves to the
    nearest earlier reference of the same type and number, else to the only document
    of that type and number. A back-reference ("Kế hoạch trên") resolves to the nearest
    earlier reference of its type. A named one resolves to a document of its type whose
    title holds its words.
    """
    registry = list(directives)
    by_symbol = {str(d.symbol): d for d in registry if d.symbol is not None}
    by_number: dict[tuple[DocumentType, str], list[Directive]] = {}
    for directive in registry:
        if directive.symbol is not None:
            key = (directive.doc_type, directive.symbol.number.lstrip("0"))
            by_number.setdefault(key, []).append(directive)
    titles: list[tuple[Directive, str]] | None = None  # folded once, when first needed
    result: list[Resolution] = []
    for reference in references:
        target: Directive | None = None
        if reference.kind is ReferenceKind.FULL and reference.symbol is not None:
            target = by_symbol.get(str(reference.symbol))
        elif reference.kind is ReferenceKind.SHORT:
            target = _earlier(result, reference, same_number=True)
            if target is None and reference.doc_type is not None:
                number = (reference.number or "").lstrip("0")
                matches = by_number.get((reference.doc_type, number), [])
                target = matches[0] if len(matches) == 1 else None
        elif reference.kind is ReferenceKind.BACK:
            target = _earlier(result, reference, same_number=False)
        else:
            if titles is None:
                titles = [(d, _title_key(d.title or "")) for d in registry]
            target = _by_name(reference, titles)
        result.append(Resolution(reference, target))
    return result


def _by_name(reference: Reference, titles: list[tuple[Directive, str]]) -> Directive | None:
    """The one document whose title the reference's name (and subject) begins like.

    "Quy định về người đứng đầu …" finds the decision titled "về Quy định về người đứng
    đầu …" that issued it; a congress resolution is also found by its "lần thứ …".
    """
    name = _title_key(f"{reference.text} {reference.subject or ''}")
    words = name.split()
    at = words.index("lan") if "lan" in words else len(words)
    congress = " ".join(words[at : at + 3])
    named = []
    for directive, title in titles:
        if not title:
            continue
        shared = next(
            (i for i, (a, b) in enumerate(zip(name, title, strict=False)) if a != b),
            min(len(name), len(title)),
        )
        if shared >= min(len(name), len(title), _NAME_PREFIX) or (
            congress and directive.doc_type is reference.doc_type and congress in title
        ):
            named.append(directive)
    return named[0] if len(named) == 1 else None


_NAME_PREFIX = 40


def _title_key(text: str) -> str:
    key = " ".join(_Text(text).folded.split())
    return key.removeprefix("ve ")


def _earlier(
    done: list[Resolution], reference: Reference, *, same_number: bool
) -> Directive | None:
    for previous in reversed(done):
        ref = previous.reference
        if previous.directive is None or ref.doc_type is not reference.doc_type:
            continue
        if same_number and (ref.number or "").lstrip("0") != (reference.number or "").lstrip("0"):
            continue
        return previous.directive
    return None


# -- annotation -----------------------------------------------------------------------------

Markup = Literal["html", "markdown"]
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def annotate(
    text: str,
    references: Sequence[Reference | Resolution],
    *,
    markup: Markup = "html",
    href: Callable[[Directive], str] | None = None,
) -> str:
    r"""The text with each reference marked, as HTML or Markdown.

    The text is taken as plain text: HTML output escapes it, Markdown output escapes the
    characters Markdown would read as markup, so the marked text shows exactly the
    original words. Pass what :func:`resolve` returns to link each resolved reference;
    ``href`` turns a document into the link's target (default: none for HTML, which
    then gets ``data-directive`` only; Markdown needs ``href`` for links and otherwise
    marks references in bold).

    In HTML each reference is a ``<mark class="danvan-ref">`` (an ``<a>`` inside it
    when linked) with ``data-kind``, ``data-type``, ``data-symbol`` and
    ``data-directive`` attributes for styling and scripts.

    Raises:
        DanvanError: A reference does not belong to ``text`` (its span holds other
            words), references overlap, or ``markup`` is neither "html" nor "markdown".

    Examples:
        >>> text = "thực hiện Chỉ thị số 11-CT/TU của Tỉnh ủy, <sơ kết> 2 năm"
        >>> annotate(text, find_references(text))  # doctest: +NORMALIZE_WHITESPACE
        'thực hiện <mark class="danvan-ref" data-kind="full" data-type="directive"
        data-symbol="11-CT/TU">Chỉ thị số 11-CT/TU của Tỉnh ủy</mark>, &lt;sơ kết&gt; 2 năm'
        >>> annotate(text, find_references(text), markup="markdown")
        'thực hiện **Chỉ thị số 11-CT/TU của Tỉnh ủy**, \\<sơ kết\\> 2 năm'
    """
    if markup not in ("html", "markdown"):
        raise DanvanError(f"annotate: markup must be 'html' or 'markdown', not {markup!r}")
    items = sorted(
        (
            (item.reference, item.directive) if isinstance(item, Resolution) else (item, None)
            for item in references
        ),
        key=lambda pair: pair[0].span,
    )
    escape = _html_text if markup == "html" else _markdown_text
    out: list[str] = []
    position = 0
    for reference, directive in items:
        start, end = reference.span
        if not (0 <= start <= end <= len(text)) or text[start:end] != reference.text:
            raise DanvanError(
                f"annotate: reference {reference.text!r} at {reference.span} is not in this text"
            )
        if start < position:
            raise DanvanError(f"annotate: reference {reference.text!r} at {reference.span} "
                              "overlaps the one before it")  # fmt: skip
        out.append(escape(text[position:start]))
        words = escape(reference.text)
        link = href(directive) if href is not None and directive is not None else None
        if markup == "html":
            out.append(_html_mark(reference, directive, words, link))
        elif link is not None:
            out.append(f"[{words}]({link.replace(')', '%29').replace(' ', '%20')})")
        else:
            out.append(f"**{words}**")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def _html_text(text: str) -> str:
    return html.escape(text, quote=False)


def _markdown_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _html_mark(
    reference: Reference, directive: Directive | None, words: str, link: str | None
) -> str:
    data = {
        "kind": reference.kind.value,
        "type": reference.doc_type.value if reference.doc_type is not None else None,
        "symbol": str(reference.symbol) if reference.symbol is not None else None,
        "directive": directive.id if directive is not None else None,
    }
    attributes = "".join(
        f' data-{name}="{html.escape(value)}"' for name, value in data.items() if value is not None
    )
    if link is not None:
        words = f'<a href="{html.escape(link)}">{words}</a>'
    return f'<mark class="danvan-ref"{attributes}>{words}</mark>'
