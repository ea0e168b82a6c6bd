"""Linking references to the documents they cite."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from danvan._arguments import items_of
from danvan._bulk import collector_paused
from danvan._directives import Directive
from danvan._documents import DocumentType
from danvan._extract._clean import CleanText
from danvan._extract._references import Reference, ReferenceKind

__all__ = ["Resolution", "resolve"]


@attrs.frozen
class Resolution:
    """A reference and the document it points at (``None`` when none is known).

    Attributes:
        reference: The reference found in the text; one that points back takes the
            date and issuer of its antecedent, where it gives none itself.
        directive: The document it points at, ``None`` when none is known.
        antecedent: For a short or back-reference, the earlier reference it points back
            to ("Kế hoạch trên" → "Kế hoạch số 52-KH/HU ngày …"), and for a full one
            that repeats an earlier symbol ("(sau đây viết tắt là Đề án số 07-ĐA/TU)"),
            the first one; else ``None``.
    """

    reference: Reference
    directive: Directive | None
    antecedent: Reference | None = None


def resolve(references: Sequence[Reference], directives: Iterable[Directive]) -> list[Resolution]:
    """Link each reference to a document of ``directives`` (a registry or a dataset's).

    A full reference resolves by its symbol. A short one ("Chỉ thị 11") resolves to the
    nearest earlier reference of the same type and number, else to the only document
    of that type and number. A back-reference ("Kế hoạch trên") resolves to the nearest
    earlier reference of its type. A named one resolves to a document of its type whose
    title holds its words.

    Args:
        references: References found in one text, in order.
        directives: The documents to link to.

    Returns:
        One resolution per reference, its document ``None`` when none fits.
    """
    references = items_of(references, Reference, to="resolve", name="references")
    registry = items_of(directives, Directive, to="resolve", name="directives")
    by_symbol = {str(d.symbol): d for d in registry if d.symbol is not None}
    by_number: dict[tuple[DocumentType, str], list[Directive]] = {}
    for directive in registry:
        if directive.symbol is not None:
            key = (directive.doc_type, directive.symbol.number.lstrip("0"))
            by_number.setdefault(key, []).append(directive)
    titles: list[tuple[Directive, str]] | None = None  # folded once, when first needed
    # The nearest earlier resolved reference of a type, and of a type and number: kept
    # as the text is read, so that resolving is linear in the number of references.
    latest_of_type: dict[DocumentType | None, Directive] = {}
    latest_of_number: dict[tuple[DocumentType | None, str], Directive] = {}
    earlier = _Earlier()
    result: list[Resolution] = []
    with collector_paused():
        for reference in references:
            target: Directive | None = None
            number = (reference.number or "").lstrip("0")
            if reference.kind is ReferenceKind.FULL and reference.symbol is not None:
                target = by_symbol.get(str(reference.symbol))
            elif reference.kind is ReferenceKind.SHORT:
                target = latest_of_number.get((reference.doc_type, number))
                if target is None and reference.doc_type is not None:
                    matches = by_number.get((reference.doc_type, number), [])
                    target = matches[0] if len(matches) == 1 else None
            elif reference.kind is ReferenceKind.BACK:
                target = latest_of_type.get(reference.doc_type)
            else:
                if titles is None:
                    titles = [(d, _title_key(d.title or "")) for d in registry]
                target = _by_name(reference, titles)
            antecedent = earlier.of(reference, number)
            result.append(Resolution(_carried(reference, antecedent), target, antecedent))
            if target is not None:
                latest_of_type[reference.doc_type] = target
                latest_of_number[reference.doc_type, number] = target
    return result


class _Earlier:
    """The nearest earlier reference of each type, and of each type and number.

    A short or back-reference points back to one; the others are kept as the text is
    read, so that finding the one pointed back to is a lookup.
    """

    def __init__(self) -> None:
        self.of_type: dict[DocumentType | None, Reference] = {}
        self.of_number: dict[tuple[DocumentType | None, str], Reference] = {}
        self.of_symbol: dict[str, Reference] = {}

    def of(self, reference: Reference, number: str) -> Reference | None:
        """The reference ``reference`` points back to; keep it if it points at none.

        A full reference that repeats an earlier one's symbol points back to it: "Đề án
        số 07-ĐA/TU ngày … (sau đây viết tắt là Đề án số 07-ĐA/TU)".
        """
        found = None
        if reference.kind is ReferenceKind.FULL and reference.symbol is not None:
            symbol = str(reference.symbol)
            found = self.of_symbol.get(symbol)
            if found is not None and reference.issued_on not in (None, found.issued_on):
                found = None  # another document of that symbol, of another year
            self.of_symbol.setdefault(symbol, reference)
        elif reference.kind is ReferenceKind.SHORT:
            found = self.of_number.get((reference.doc_type, number))
        elif reference.kind is ReferenceKind.BACK:
            found = self.of_type.get(reference.doc_type)
        if found is None:
            self.of_type[reference.doc_type] = reference
            if number:
                self.of_number[reference.doc_type, number] = reference
        return found


def _carried(reference: Reference, antecedent: Reference | None) -> Reference:
    """The reference with the date and issuer of the one it points back to, if it has none."""
    if antecedent is None:
        return reference
    return attrs.evolve(
        reference,
        issued_on=reference.issued_on or antecedent.issued_on,
        issuer_text=reference.issuer_text or antecedent.issuer_text,
    )


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
    key = " ".join(CleanText(text).folded.split())
    return key.removeprefix("ve ")
