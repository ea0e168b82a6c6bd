"""Document references in report text: what a reference is and how they are found.

"thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh …"
holds a reference with a type, a number-and-symbol, a date, an issuer and a subject.
Full references (with a symbol) are claimed first, then what the extractors find, then
references in words alone (back-references, documents known by name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from danvan._dates import parse_date
from danvan._documents import DocumentSymbol, DocumentType
from danvan._extract._clean import CleanText, Spans
from danvan._extract._patterns import (
    ADVISED,
    BACK,
    BARE,
    BEFORE,
    DATE_AFTER,
    HEADER_DATE,
    ISSUER_AFTER,
    NAMED,
    NAMED_QUOTED,
    NAMED_SUBJECT,
    SHORT,
    SUBJECT_AFTER,
    SYMBOL_RE,
    TYPE_ABBREVIATIONS,
    TYPE_BEFORE,
    TYPE_WORDS,
    TYPES,
    URL,
)
from danvan._terms import Term
from danvan.exceptions import DanvanError

__all__ = ["DEFAULT_EXTRACTORS", "Extractor", "Reference", "ReferenceKind", "find_references"]


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
        adviser_text: Who advised the issuer, when the text names it before the issuer
            ("Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành …").
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
    adviser_text: str | None = None


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
        >>> from danvan import DocumentType, Extractor, ReferenceKind, find_references
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
        except (re.error, TypeError) as error:
            raise DanvanError(f"extractor {self.name!r}: bad pattern: {error}") from error
        if "number" not in compiled.groupindex:
            raise DanvanError(f"extractor {self.name!r}: the pattern needs a group 'number'")
        object.__setattr__(self, "_compiled", compiled)

    def finditer(self, folded: str) -> Iterable[re.Match[str]]:
        """The pattern's matches in folded text, or none when no literal occurs in it.

        Args:
            folded: Text folded one character for one (lower case, no diacritics).

        Returns:
            The matches, in order.
        """
        if self.literals and not any(literal in folded for literal in self.literals):
            return ()
        return self._compiled.finditer(folded)


def _builtin_short() -> Extractor:
    return Extractor(name="short", pattern=SHORT, kind=ReferenceKind.SHORT)


#: The extractors :func:`find_references` runs besides full symbols, back-references and
#: named documents. Add your own with ``extractors=[*DEFAULT_EXTRACTORS, mine]``.
DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (_builtin_short(),)


def find_references(
    text: str, *, extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS
) -> list[Reference]:
    """Every document reference in ``text``, in order of appearance.

    Args:
        text: The report text, plain or HTML.
        extractors: The extractors to run besides the built-in patterns.

    Returns:
        The references, with spans in ``text``.

    Raises:
        DanvanError: ``text`` is not a string.

    Examples:
        >>> from danvan import find_references
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
    return references_in(CleanText(text), extractors=extractors)


def references_in(
    source: CleanText, *, extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS
) -> list[Reference]:
    """The references of a text already cleaned: :func:`find_references` without checks."""
    found: dict[int, Reference] = {}
    taken = Spans()
    for stage in (_full_references(source), _extracted(source, extractors, taken)):
        for start, end, reference in stage:
            found[start] = reference
            taken.add(start, end)
    for start, end, reference in _worded(source, taken):
        found[start] = reference
        taken.add(start, end)
    return [found[key] for key in sorted(found)]


_Found = Iterator[tuple[int, int, Reference]]


def _full_references(source: CleanText) -> _Found:
    """References with a number-and-symbol, from the type word before it when there is one."""
    urls = Spans(m.span() for m in URL.finditer(source.clean))
    for match in SYMBOL_RE.finditer(source.clean):
        if urls.covers(match.start()):
            continue
        try:
            symbol = DocumentSymbol.parse(match.group())
        except DanvanError:
            continue
        start = match.start()
        before = (
            TYPE_BEFORE.search(source.folded, max(0, start - 30), start)
            if _last_word(source.folded, start) in _TYPE_ENDINGS
            else None
        )
        if before is not None and _type_of(before.group()) is symbol.doc_type:
            start = before.start()
        yield (
            start,
            match.end(),
            _complete(
                source,
                ReferenceKind.FULL,
                start,
                match.end(),
                symbol.doc_type,
                symbol=symbol,
                number=symbol.number,
            ),
        )


def _extracted(source: CleanText, extractors: Sequence[Extractor], taken: Spans) -> _Found:
    """References the extractors find where no full reference is."""
    for extractor in extractors:
        for match in extractor.finditer(source.folded):
            if taken.covers(match.start()):
                continue
            groups = match.groupdict()
            doc_type = extractor.doc_type or _type_of(groups.get("type") or "")
            yield (
                *match.span(),
                _complete(
                    source,
                    extractor.kind,
                    match.start(),
                    match.end(),
                    doc_type,
                    number=groups["number"],
                ),
            )


_TYPE_WORD = re.compile(rf"(?:{TYPES})\b")
_WORDED = (
    (BACK, ReferenceKind.BACK),
    (NAMED, ReferenceKind.NAMED),
    (NAMED_QUOTED, ReferenceKind.NAMED),
    (NAMED_SUBJECT, ReferenceKind.NAMED),
    (BARE, ReferenceKind.BACK),
)
# Only a capitalised type word names one document; "xây dựng kế hoạch" is generic.
_CAPITALISED = (NAMED_QUOTED, NAMED_SUBJECT, BARE)


def _worded(source: CleanText, taken: Spans) -> _Found:
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
            doc_type = DocumentType.RESOLUTION if pattern is NAMED else _type_of(match.group(1))
            reference = _plain_reference(source, kind, match.span(), doc_type)
            if pattern is NAMED_SUBJECT:
                about = SUBJECT_AFTER.match(folded, match.end())
                if about is not None:
                    subject = source.original_text(*about.span(1)).rstrip()
                    reference = attrs.evolve(reference, subject=subject)
            yield *match.span(), reference
            break


# The last word of what may stand before a symbol: a type word, "số", an abbreviation.
_TYPE_ENDINGS = frozenset(
    {words.split()[-1] for words in TYPE_WORDS} | {"so", "so:"} | set(TYPE_ABBREVIATIONS)
)


def _last_word(folded: str, end: int) -> str:
    """The word that ends at ``end`` or one space before it; a cheap look back.

    The patterns that read backwards from a reference (its type word, "… đã ban hành")
    are searched only where this word lets them match.
    """
    if end and folded[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and end - start < 8 and not folded[start - 1].isspace():
        start -= 1
    return folded[start:end]


def _heads_its_document(folded: str, start: int) -> bool:
    """Whether a symbol starts its line, after "Số": the number heading a document."""
    line = folded.rfind("\n", max(0, start - 8), start) + 1
    if line == 0 and start > 8:
        return False  # more than "Số: " before it on its line
    return folded[line:start].strip(" :") in ("", "so")


def _type_of(words: str) -> DocumentType | None:
    """The document type that folded type words (or their abbreviation) name."""
    parts = words.split()
    return TYPE_WORDS.get(" ".join(parts[:2])) or TYPE_ABBREVIATIONS.get(parts[0] if parts else "")


def _plain_reference(
    source: CleanText, kind: ReferenceKind, span: tuple[int, int], doc_type: DocumentType | None
) -> Reference:
    a, b = span
    return Reference(
        kind=kind, span=source.span(a, b), text=source.original_text(a, b), doc_type=doc_type
    )


def _complete(
    source: CleanText,
    kind: ReferenceKind,
    start: int,
    end: int,
    doc_type: DocumentType | None,
    *,
    symbol: DocumentSymbol | None = None,
    number: str | None = None,
) -> Reference:
    """A reference from ``start`` to ``end``, extended by the date and issuer after it."""
    issued_on = issuer = subject = adviser = None
    date = DATE_AFTER.match(source.folded, end)
    if date is not None:
        try:
            issued_on = parse_date(source.clean[date.start(1) : date.end(1)])
        except DanvanError:
            date = None
        else:
            end = date.end()
    if date is None and _heads_its_document(source.folded, start):
        header = HEADER_DATE.match(source.folded, end)  # "Số 17-HD/ĐUK … Lào Cai, ngày …"
        if header is not None:
            with contextlib.suppress(DanvanError):
                issued_on = parse_date(source.clean[header.start(1) : header.end(1)])
    owner = ISSUER_AFTER.match(source.folded, end)
    if owner is not None:
        issuer = source.original_text(*owner.span(1))
        end = owner.end(1)
    about = SUBJECT_AFTER.match(source.folded, end)
    if about is not None:
        subject = source.original_text(*about.span(1)).rstrip()
    if (issuer is None or issued_on is None) and _last_word(source.folded, start) == "hanh":
        before = BEFORE.search(source.folded, max(0, start - 160), start)
        if before is not None and issuer is None:
            a, b = before.span("body")
            advised = ADVISED.search(source.folded, a, b)  # "X đã tham mưu Y ban hành"
            if advised is not None:
                adviser = source.original_text(a, advised.start())
                a = advised.end()
            issuer = source.original_text(a, b)
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
        adviser_text=adviser,
        symbol=symbol,
        number=number,
    )
