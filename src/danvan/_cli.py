"""The ``danvan`` command line.

Exit codes: 0 success; 2 a usage error or input danvan cannot read or parse. Errors
go to standard error on one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from danvan import __version__
from danvan._counts import parse_count
from danvan._dates import parse_date
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._numbers import parse_number
from danvan._terms import Term
from danvan._text import words
from danvan._vocabulary import (
    AdminLevel,
    AwardForm,
    Field,
    HolderKind,
    ModelKind,
    Qualifier,
    RecognitionLevel,
    ReviewKind,
    UnitKind,
)
from danvan.exceptions import DanvanError

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 2

_VOCABULARIES: tuple[type[Term], ...] = (
    AdminLevel,
    UnitKind,
    RecognitionLevel,
    Field,
    HolderKind,
    ModelKind,
    DocumentSystem,
    DocumentType,
    AwardForm,
    ReviewKind,
    Qualifier,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``danvan`` command; return its exit code."""
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    parser = _parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    try:
        return handler(args)
    except DanvanError as error:
        print(f"danvan {args.command}: {_one_line(error)}", file=sys.stderr)
        return EXIT_INPUT


def _utf8(stream: TextIO) -> None:
    # Piped output on some platforms defaults to a legacy code page; Vietnamese text
    # must come out whole.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Tools for the 'Dân vận khéo' movement's data.",
        epilog="Exit codes: 0 success; 2 unreadable or invalid input.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    vocab = commands.add_parser(
        "vocab",
        help="list the vocabularies with codes and labels",
        description="Print a vocabulary (or all) with codes, Vietnamese and English labels.",
    )
    vocab.add_argument("name", nargs="?", help="one vocabulary, e.g. field or RecognitionLevel")
    vocab.set_defaults(handler=_vocab)

    parse = commands.add_parser(
        "parse",
        help="parse a symbol, date, count or number as reports write it",
        description="Parse Vietnamese text and print the value, or a one-line error (exit 2).",
    )
    parse.add_argument("kind", choices=["symbol", "date", "count", "number"])
    parse.add_argument("text", help="the text, quoted")
    parse.add_argument("--year", type=int, help="year for a date written without one")
    parse.add_argument(
        "--reference",
        type=dt.date.fromisoformat,
        help="for a date without a year: the latest such date not after this (YYYY-MM-DD)",
    )
    parse.set_defaults(handler=_parse)
    return parser


def _vocab(args: argparse.Namespace) -> int:
    chosen = _VOCABULARIES
    if args.name is not None:
        wanted = words(args.name).replace(" ", "")
        chosen = tuple(v for v in _VOCABULARIES if v.__name__.lower() == wanted)
        if not chosen:
            names = ", ".join(v.__name__ for v in _VOCABULARIES)
            print(f"danvan vocab: no vocabulary {args.name!r} (have: {names})", file=sys.stderr)
            return EXIT_INPUT
    for i, vocabulary in enumerate(chosen):
        if i:
            print()
        print(vocabulary.__name__)
        rows = [(m.value, m.label_vi, m.label_en, *_abbreviations(m)) for m in vocabulary]
        widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
        for row in rows:
            cells = (cell.ljust(w) for cell, w in zip(row, widths, strict=True))
            print(("  " + "  ".join(cells)).rstrip())
    return EXIT_OK


def _abbreviations(member: Term) -> tuple[str, ...]:
    if isinstance(member, DocumentType):
        return (f"Đảng: {member.party_abbr or '-'}", f"nhà nước: {member.state_abbr or '-'}")
    return ()


def _parse(args: argparse.Namespace) -> int:
    text: str = args.text
    if args.kind == "symbol":
        symbol = DocumentSymbol.parse(text)
        year = f", year {symbol.year}" if symbol.year is not None else ""
        print(
            f"{symbol}  ({symbol.doc_type.label_vi} / {symbol.doc_type.label_en}, "
            f"no. {symbol.number}, issuer {symbol.issuer}, {symbol.system.label_en}{year})"
        )
    elif args.kind == "date":
        print(parse_date(text, default_year=args.year, reference=args.reference).isoformat())
    elif args.kind == "count":
        count = parse_count(text)
        high = "∞" if count.high is None else str(count.high)
        print(f"{count}  ({count.format('en')}; {count.qualifier.value}, [{count.low}, {high}])")
    else:
        print(parse_number(text))
    return EXIT_OK
