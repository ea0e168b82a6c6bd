"""Directives, plans and the other documents that run a movement.

A document (văn bản) has a number-and-symbol ("11-CT/TU"), a type, an issuer, an issue
date and a subject; it may launch a phase and supersede an older document. Its id is
its canonical symbol unless another is given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from danvan._dates import Day, add_months, check_day
from danvan._documents import DocumentSymbol, DocumentType
from danvan._terms import Term
from danvan._validators import (
    check_free_text,
    check_id,
    check_ids,
    check_optional_id,
    instance_of,
    optional_instance_of,
    to_ids,
    to_tuple,
    tuple_of,
)
from danvan.exceptions import InvalidEntityError

__all__ = ["Directive", "DirectiveStatus"]


class DirectiveStatus(Term):
    """Whether a document is in force, still a draft, or replaced."""

    ISSUED = ("issued", "đã ban hành", "issued")
    DRAFT = ("draft", "dự thảo", "draft")


def _to_symbol(value: Any) -> Any:
    return DocumentSymbol.parse(value) if isinstance(value, str) else value


def _to_symbols(value: Any) -> Any:
    return tuple(_to_symbol(v) for v in value) if isinstance(value, list | tuple) else value


def _default_type(directive: Directive) -> DocumentType:
    if directive.symbol is None:
        raise InvalidEntityError(None, "a document without a symbol needs doc_type")
    return directive.symbol.doc_type


def _default_id(directive: Directive) -> str:
    if directive.symbol is None:
        raise InvalidEntityError(None, "a document without a symbol needs an id")
    return str(directive.symbol)


def _default_number(directive: Directive) -> str | None:
    return directive.symbol.number if directive.symbol is not None else None


def _check_number(directive: Directive, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.strip() or len(value) > 20:
        raise InvalidEntityError(value, "a document number is short text such as '03'")
    if directive.symbol is not None and value != directive.symbol.number:
        raise InvalidEntityError(
            value, f"the symbol {directive.symbol} gives the number {directive.symbol.number}"
        )


@attrs.frozen(kw_only=True)
class Directive:
    """A Party or state document: a directive, plan, decision, resolution, regulation.

    A document without a symbol (a draft, a congress resolution known by name) needs
    an ``id`` and a ``doc_type``; otherwise both come from the symbol.

    Attributes:
        symbol: Its number-and-symbol; a string is parsed.
        doc_type: Its type.
        id: Stable id; the canonical symbol by default.
        title: Its subject ("về đẩy mạnh thực hiện phong trào thi đua …").
        issued_on: Date of issue, ``None`` when unknown.
        issuer: The issuing unit's id.
        movements: The movements it runs.
        phase: The phase it governs.
        supersedes: Symbols of documents it replaces.
        status: Issued, or still a draft.
        number: The document's number when the text gives no symbol ("Kế hoạch số 03,
            ngày 12/4/2025"); with a symbol, its number.
        implements: Ids of the documents it implements: a district plan "thực hiện Chỉ
            thị số 11-CT/TU" of the province.

    Examples:
        >>> import datetime
        >>> from danvan import Directive
        >>> ct11 = Directive(symbol="11-CT/TU", issued_on=datetime.date(2021, 9, 28))
        >>> ct11.id, ct11.doc_type.label_vi
        ('11-CT/TU', 'Chỉ thị')
        >>> ct11.anniversary(2)
        datetime.date(2023, 9, 28)
    """

    symbol: DocumentSymbol | None = attrs.field(
        default=None, converter=_to_symbol, validator=optional_instance_of(DocumentSymbol)
    )
    doc_type: DocumentType = attrs.field(
        default=attrs.Factory(_default_type, takes_self=True), validator=instance_of(DocumentType)
    )
    id: str = attrs.field(default=attrs.Factory(_default_id, takes_self=True), validator=check_id)
    title: str | None = attrs.field(default=None, validator=check_free_text)
    issued_on: Day | None = attrs.field(default=None, validator=check_day)
    issuer: str | None = attrs.field(default=None, validator=check_optional_id)
    movements: tuple[str, ...] = attrs.field(default=(), converter=to_ids, validator=check_ids)
    phase: str | None = attrs.field(default=None, validator=check_optional_id)
    supersedes: tuple[DocumentSymbol, ...] = attrs.field(
        default=(), converter=_to_symbols, validator=tuple_of(DocumentSymbol)
    )
    status: DirectiveStatus = attrs.field(
        default=DirectiveStatus.ISSUED, validator=instance_of(DirectiveStatus)
    )
    number: str | None = attrs.field(
        default=attrs.Factory(_default_number, takes_self=True), validator=_check_number
    )
    implements: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )

    def __attrs_post_init__(self) -> None:
        if self.symbol is not None and self.symbol.doc_type is not self.doc_type:
            raise InvalidEntityError(
                self.doc_type, f"the symbol {self.symbol} names a {self.symbol.doc_type.value}"
            )

    def anniversary(self, years: int) -> dt.date:
        """The day ``years`` after issue: when an "N năm thực hiện" review is due.

        Args:
            years: How many years after issue.

        Returns:
            The day, on the same day of the month (the last day of a shorter month).

        Raises:
            InvalidEntityError: The issue date is unknown, or known only to its month
                or year.
        """
        if not isinstance(self.issued_on, dt.date):
            known = "unknown" if self.issued_on is None else f"known only as {self.issued_on}"
            raise InvalidEntityError(self.id, f"the issue date is {known}")
        return add_months(self.issued_on, 12 * years)
