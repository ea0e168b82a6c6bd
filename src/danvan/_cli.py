"""The ``danvan`` command line.

Exit codes: 0 success; 1 ``danvan check`` found errors; 2 a usage error or input danvan
cannot read or parse. Errors go to standard error on one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from danvan import __version__
from danvan._counts import parse_count
from danvan._dataset import Dataset
from danvan._dates import parse_date
from danvan._directives import Directive
from danvan._documents import DocumentSymbol, DocumentSystem, DocumentType
from danvan._extract import Reference
from danvan._files import write_atomic
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
from danvan.exceptions import DanvanError, StructureError

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
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
        epilog="Exit codes: 0 success; 2 a usage error, or input that is unreadable or invalid.",
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

    validate = commands.add_parser(
        "validate",
        help="check that a file is a valid danvan dataset",
        description="Read a dataset file; print a one-line summary (exit 0) or every "
        "problem with its JSON path on standard error (exit 2).",
    )
    validate.add_argument("file", help="a danvan JSON dataset")
    validate.set_defaults(handler=_validate)

    convert = commands.add_parser(
        "convert",
        help="write a dataset as JSON or as a CSV table",
        description="Read a dataset file and write it as indented JSON or as a CSV table.",
    )
    convert.add_argument("file", help="a danvan JSON dataset")
    convert.add_argument("--to", choices=["json", "csv"], required=True, help="output format")
    convert.add_argument(
        "--table",
        choices=["figures", "models"],
        default="figures",
        help="for CSV: one row per figure (default) or per model",
    )
    convert.add_argument("--bom", action="store_true", help="for CSV: start with a BOM (Excel)")
    convert.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    convert.set_defaults(handler=_convert)

    summarize = commands.add_parser(
        "summarize",
        help="summarise a dataset report by report, with what checking says of each figure",
        description="Print, for each report, who, where, when, movement and phase; every "
        "figure with its breakdown and a mark (✓ reconciles, ⚠ or ✗ with the reason, · "
        "nothing to check against); field shares; coverage; awards; then the reports "
        "together. Without FILE, the bundled example data.",
        epilog="Exit codes: 0 printed; 2 a usage error, or input that is unreadable or invalid.",
    )
    summarize.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    summarize.add_argument(
        "--format", choices=["table", "json", "csv"], default="table", help="output format"
    )
    summarize.add_argument("--lang", choices=["vi", "en"], default="vi", help="labels' language")
    summarize.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    summarize.set_defaults(handler=_summarize)

    check = commands.add_parser(
        "check",
        help="list what the checks find in a dataset",
        description="Read a dataset and print every problem and finding with its JSON "
        "path. Problems that stop a file from loading are reported too, with the parts "
        "of the file that still load checked as well. Without FILE, the bundled data.",
        epilog="Exit codes: 0 no errors (warnings and notes may be printed); 1 errors "
        "found; 2 a usage error or a file that cannot be read at all.",
    )
    check.add_argument("file", nargs="?", help="a danvan JSON dataset (default: bundled)")
    check.add_argument("--lang", choices=["vi", "en"], default="vi", help="messages' language")
    check.set_defaults(handler=_check)

    extract = commands.add_parser(
        "extract",
        help="find document references, periods and dates in report text",
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
    extract.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    extract.set_defaults(handler=_extract)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the dataset format (or of one type)",
        description="Print the JSON Schema (draft 2020-12) that danvan files follow.",
    )
    schema.add_argument("type", nargs="?", help="a danvan type, e.g. Model or Figure")
    schema.set_defaults(handler=_schema)
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


def _validate(args: argparse.Namespace) -> int:
    from danvan.serialization import load  # noqa: PLC0415 - keep `danvan --help` fast

    try:
        dataset = load(args.file, Dataset)
    except StructureError as error:
        print(f"danvan validate: {args.file}: {len(error.problems)} problem(s)", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INPUT
    figures = sum(len(report.figures) for report in dataset.reports)
    print(
        f"ok: {args.file}: {len(dataset.hierarchy)} units, {len(dataset.directives)} "
        f"documents, {len(dataset.models)} models, {len(dataset.awards)} awards, "
        f"{len(dataset.reports)} reports with {figures} figures"
    )
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    from danvan import serialization  # noqa: PLC0415 - keep `danvan --help` fast

    dataset = serialization.load(args.file, Dataset)
    if args.to == "json":
        text = serialization.dumps(dataset, indent=2) + "\n"
    elif args.table == "models":
        text = serialization.models_to_csv(dataset.models, bom=args.bom)
    else:
        text = serialization.figures_to_csv(dataset, bom=args.bom)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    import danvan  # noqa: PLC0415 - the public names, to look a type up by name

    type_ = None
    if args.type is not None:
        type_ = getattr(danvan, args.type, None)
        if not isinstance(type_, type):
            print(f"danvan schema: no danvan type {args.type!r}", file=sys.stderr)
            return EXIT_INPUT
    print(json.dumps(danvan.json_schema(type_), ensure_ascii=False, indent=2))
    return EXIT_OK


def _dataset(file: str | None) -> Dataset:
    from danvan import serialization  # noqa: PLC0415 - keep `danvan --help` fast
    from danvan._examples import load_example  # noqa: PLC0415

    return load_example() if file is None else serialization.load(file, Dataset)


def _summarize(args: argparse.Namespace) -> int:
    from danvan._summary import summarize  # noqa: PLC0415

    summary = summarize(_dataset(args.file))
    if args.format == "json":
        text = json.dumps(summary.to_dict(args.lang), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = summary.to_csv(args.lang)
    else:
        text = summary.to_text(args.lang)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from danvan._checks import check  # noqa: PLC0415 - keep `danvan --help` fast
    from danvan._examples import load_example  # noqa: PLC0415
    from danvan._rules import Severity  # noqa: PLC0415
    from danvan.serialization._salvage import Salvage, salvage  # noqa: PLC0415

    english = args.lang == "en"
    if args.file is None:
        result = Salvage(load_example(), (), (), (), str)
        source = "bundled example"
    else:
        try:
            text = Path(args.file).read_bytes()
        except OSError as error:
            raise StructureError([f"cannot read {args.file!r}: {error.strerror} @ $"]) from error
        result = salvage(text)
        source = args.file
    for problem in result.problems:
        print(f"✗ [structure] {problem}")
    for path in result.left_out:
        print(f"· [left_out] {'checked without' if english else 'kiểm tra khi bỏ qua'} {path}")
    for problem in result.consequences:
        because = "because of what was left out" if english else "do phần bị bỏ qua"
        print(f"· [left_out] {because}: {problem}")
    findings = check(result.dataset) if result.dataset is not None else []
    for finding in findings:
        paths = ", ".join(result.original_path(p) for p in finding.paths)
        where = f" @ {paths}" if paths else ""
        message = finding.message_en if english else finding.message
        print(f"{finding.mark} [{finding.code}] {message}{where}")
    errors = len(result.problems) + sum(f.severity is Severity.ERROR for f in findings)
    others = len(findings) + len(result.left_out) + len(result.consequences) - errors
    others += len(result.problems)
    print(f"{source}: {errors} error(s), {others} warning(s) and note(s)", file=sys.stderr)
    return EXIT_FINDINGS if errors else EXIT_OK


def _read_text(file: str) -> str:
    """The text of ``file`` (``-``: standard input), decoded as UTF-8 with or without BOM."""
    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        raise DanvanError(f"cannot read {file!r}: {error.strerror}") from error
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1]
        raise DanvanError(f"{file!r} is not UTF-8 text (byte {error.start}: {bad!r})") from error


def _extract(args: argparse.Namespace) -> int:
    from danvan._extract import (  # noqa: PLC0415
        annotate,
        find_dates,
        find_periods,
        find_references,
        resolve,
    )

    text = _read_text(args.file)
    directives = []
    if args.dataset is not None:
        directives = list(_dataset(None if args.dataset == "example" else args.dataset).directives)
    resolved = resolve(find_references(text), directives)
    if args.format in ("html", "markdown"):
        output = annotate(text, resolved, markup=args.format)
        output += "" if output.endswith("\n") else "\n"
    else:
        rows = [_reference_row(r.reference, r.directive) for r in resolved]
        rows += [
            {"what": "period", **_span(m.span, m.text), "value": str(m.period),
             "start_date": m.period.start.isoformat(), "end_date": m.period.end.isoformat()}
            for m in find_periods(text)
        ]  # fmt: skip
        rows += [
            {"what": "date", **_span(m.span, m.text), "value": m.date.isoformat()}
            for m in find_dates(text)
        ]
        rows.sort(key=lambda row: (row["start"], row["what"]))
        if args.format == "jsonl":
            output = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        else:
            output = _extract_table(rows)
            counts = Counter(str(row["what"]) for row in rows)
            source = "standard input" if args.file == "-" else args.file
            print(
                f"{source}: {counts['reference']} reference(s), {counts['period']} "
                f"period(s), {counts['date']} date(s)",
                file=sys.stderr,
            )
    if args.output:
        write_atomic(Path(args.output), output.encode("utf-8"))
    else:
        sys.stdout.write(output)
    return EXIT_OK


def _span(span: tuple[int, int], text: str) -> dict[str, object]:
    return {"start": span[0], "end": span[1], "text": text}


def _reference_row(reference: Reference, directive: Directive | None) -> dict[str, object]:
    row: dict[str, object] = {
        "what": "reference",
        **_span(reference.span, reference.text),
        "kind": reference.kind.value,
        "doc_type": reference.doc_type.value if reference.doc_type is not None else None,
        "symbol": str(reference.symbol) if reference.symbol is not None else None,
        "number": reference.number,
        "issued_on": reference.issued_on.isoformat() if reference.issued_on else None,
        "issuer_text": reference.issuer_text,
        "subject": reference.subject,
        "directive": directive.id if directive is not None else None,
    }
    return {key: value for key, value in row.items() if value is not None}


_TABLE_TEXT = 60
_TABLE_COLUMNS = ("what", "span", "kind", "value", "date", "issuer", "document", "text")


def _extract_table(rows: list[dict[str, object]]) -> str:
    """One line per finding under a header; long words are cut with "…"."""
    if not rows:
        return ""
    lines = [list(_TABLE_COLUMNS)]
    for row in rows:
        words = " ".join(str(row["text"]).split())
        if len(words) > _TABLE_TEXT:
            words = words[: _TABLE_TEXT - 1] + "…"
        cells = {
            "what": row["what"],
            "span": f"{row['start']}-{row['end']}",
            "kind": " ".join(str(row[k]) for k in ("kind", "doc_type") if k in row),
            "value": row.get("symbol") or row.get("value") or row.get("number") or "",
            "date": row.get("issued_on", ""),
            "issuer": row.get("issuer_text", ""),
            "document": row.get("directive", ""),
            "text": words,
        }
        lines.append([str(cells[column]) for column in _TABLE_COLUMNS])
    widths = [max(len(line[c]) for line in lines) for c in range(len(_TABLE_COLUMNS))]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in lines
    )
