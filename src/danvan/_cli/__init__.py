"""The ``danvan`` command line.

Exit codes: 0 success; 1 ``danvan check`` found errors; 2 a usage error or input danvan
cannot read or parse. Errors go to standard error on one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from danvan import __version__
from danvan._cli._commands import (
    EXIT_OK,
    check_dataset,
    convert_dataset,
    lang_option,
    list_vocab,
    parse_text,
    print_schema,
    refuse,
    summarize_dataset,
    validate_dataset,
)
from danvan._cli._extract import extract_text
from danvan._cli._store import add_store_arguments, add_store_filters
from danvan.exceptions import DanvanError

__all__ = ["main"]


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
        return refuse(args.command, _one_line(error, getattr(args, "lang", "vi")))
    except BrokenPipeError:  # `danvan vocab | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes
        return EXIT_OK


def _utf8(stream: TextIO) -> None:
    # Piped output on some platforms defaults to a legacy code page; Vietnamese text
    # must come out whole.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")


# What an error tells a Python caller to pass, as a command's user reads it.
_CLI_WORDS = {
    "en": {
        "pass default_year= or reference=": "use --year or --reference",
        "(pass max_bytes=)": "(the command reads files up to 512 MiB)",
        "(pass wait=)": "(the command waits 60 s for a pipe's next bytes)",
        "(pass replace=True to": "(use --replace to",
    },
    "vi": {
        "hãy truyền default_year= hoặc reference=": "dùng --year hoặc --reference",
        "(truyền max_bytes=)": "(lệnh đọc tệp đến 512 MiB)",
        "(truyền wait=)": "(lệnh chờ 60 giây cho các byte tiếp theo của luồng vào)",
        "(truyền replace=True để": "(dùng --replace để",
    },
}


def _one_line(error: DanvanError, lang: str) -> str:
    """The error on one line, in the command's language, naming the command's options."""
    said = error.message_vi if lang == "vi" else str(error)
    text = " ".join(said.split())
    for python, command in _CLI_WORDS["vi" if lang == "vi" else "en"].items():
        text = text.replace(python, command)
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Tools for the 'Dân vận khéo' movement's data.",
        epilog="Exit codes: 0 success; 2 a usage error, or input that is unreadable or invalid.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    lang = [lang_option()]

    vocab = commands.add_parser(
        "vocab",
        parents=lang,
        help="list the vocabularies with codes and labels",
        description="Print a vocabulary (or all) with codes, Vietnamese and English labels.",
    )
    vocab.add_argument("name", nargs="?", help="one vocabulary, e.g. field or RecognitionLevel")
    vocab.add_argument(
        "--dataset",
        metavar="FILE",
        help="also list the units of measure this dataset defines",
    )
    vocab.set_defaults(handler=list_vocab)

    parse = commands.add_parser(
        "parse",
        parents=lang,
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
    parse.set_defaults(handler=parse_text)

    validate = commands.add_parser(
        "validate",
        parents=lang,
        help="check that a file is a valid danvan dataset",
        description="Read a dataset file; print a one-line summary (exit 0) or every "
        "problem with its JSON path on standard error (exit 2).",
    )
    validate.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    validate.set_defaults(handler=validate_dataset)

    convert = commands.add_parser(
        "convert",
        parents=lang,
        help="write a dataset as JSON or as a CSV table",
        description="Read a dataset file and write it as indented JSON or as a CSV table.",
    )
    convert.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    convert.add_argument(
        "--to",
        choices=["json", "csv", "xlsx"],
        required=True,
        help="output format (xlsx: an Excel workbook of the figures, to --output)",
    )
    convert.add_argument(
        "--table",
        choices=["figures", "models"],
        default="figures",
        help="for CSV: one row per figure (default) or per model",
    )
    convert.add_argument("--bom", action="store_true", help="for CSV: start with a BOM (Excel)")
    convert.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    convert.set_defaults(handler=convert_dataset)

    summarize = commands.add_parser(
        "summarize",
        parents=lang,
        help="summarise a dataset report by report, with what checking says of each figure",
        description="Print, for each report, who, where, when, movement and phase; every "
        "figure with its breakdown and a mark (✓ reconciles, ⚠ or ✗ with the reason, · "
        "nothing to check against); field shares; coverage; awards; then the reports "
        "together. Without FILE, the bundled example data.",
        epilog="Exit codes: 0 printed; 2 a usage error, or input that is unreadable or invalid.",
    )
    summarize.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    summarize.add_argument(
        "--format",
        choices=["table", "json", "csv", "xlsx"],
        default="table",
        help="output format (xlsx: an Excel workbook, to --output)",
    )
    summarize.add_argument("--bom", action="store_true", help="for CSV: start with a BOM (Excel)")
    summarize.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    add_store_filters(summarize)
    summarize.set_defaults(handler=summarize_dataset)

    check = commands.add_parser(
        "check",
        parents=lang,
        help="list what the checks find in a dataset",
        description="Read a dataset and print every problem and finding with its JSON "
        "path. Problems that stop a file from loading are reported too, with the parts "
        "of the file that still load checked as well. Without FILE, the bundled data.",
        epilog="Exit codes: 0 no errors (warnings and notes may be printed); 1 errors "
        "found; 2 a usage error or a file that cannot be read at all.",
    )
    check.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    check.set_defaults(handler=check_dataset)

    extract = commands.add_parser(
        "extract",
        parents=lang,
        help="find document references, periods, dates and figures in report text",
        description="Read report text (plain or HTML, UTF-8) and list the document "
        "references in it (with symbol, date, issuer), the periods and the dates, each "
        "with its character offsets; or print the text with the references marked.",
        epilog="Exit codes: 0 printed; 2 a usage error, or a file that cannot be read.",
    )
    extract.add_argument("file", help="a text or HTML file; - for standard input")
    extract.add_argument(
        "--format",
        choices=["table", "jsonl", "html", "markdown"],
        default="table",
        help="a table, JSON lines, or the text with references marked (html, markdown)",
    )
    extract.add_argument(
        "--dataset",
        help="resolve references to this dataset's documents ('example': the bundled one)",
    )
    extract.add_argument(
        "--figures",
        action="store_true",
        help="list the figures instead: each number with what it counts, its measure, "
        "level, field and the total it breaks down (or, as html or markdown, mark them)",
    )
    extract.add_argument(
        "--draft",
        action="store_true",
        help="with --figures: write the --dataset with a report drafted from the text "
        "added (danvan JSON, for `danvan check` and `danvan summarize`)",
    )
    extract.add_argument(
        "--scope",
        help="with --draft: the unit the report is about (taken with the units above it from "
        "the official map, with the vn extra, when the dataset lacks it)",
    )
    extract.add_argument(
        "--movement", default="dan-van-kheo", help="with --draft: its movement's id"
    )
    extract.add_argument("--id", dest="report_id", help="with --draft: the report's id")
    extract.add_argument("--title", help="with --draft: the report's title")
    extract.add_argument(
        "--period",
        help="with --draft: the period the figures cover, as reports write it "
        "('năm 2025', '6 tháng đầu năm 2025', '2021-2025'); by default the one the "
        "title in the text's heading names",
    )
    extract.add_argument(
        "--city",
        choices=["province", "district"],
        help="with --draft: the level the report means by 'cấp thành phố': province in a "
        "centrally-run city's reports (Hà Nội, Huế …), district for a city under a "
        "province; by default the tier of the city --scope is or lies in, and outside a "
        "city such a figure's level is left for the reviewer to set",
    )
    extract.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    extract.set_defaults(handler=extract_text)

    _add_schema(commands, lang)
    add_store_arguments(commands, lang)
    return parser


def _add_schema(commands: Any, lang: list[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser(
        "schema",
        parents=lang,
        help="print the JSON Schema of the dataset format (or of one type)",
        description="Print the JSON Schema (draft 2020-12) that danvan files follow.",
    )
    schema.add_argument("type", nargs="?", help="a danvan type, e.g. Model or Figure")
    schema.add_argument(
        "--list", action="store_true", help="name the types a schema can be printed for"
    )
    schema.set_defaults(handler=print_schema)
