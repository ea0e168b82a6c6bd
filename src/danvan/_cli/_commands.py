"""The commands that read datasets and vocabularies.

vocab, parse, validate, convert, schema, summarize and check.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from danvan._counts import parse_count
from danvan._dataset import Dataset
from danvan._dates import parse_date
from danvan._documents import DocumentSymbol, DocumentType
from danvan._files import write_atomic
from danvan._measures import UnitOfMeasure
from danvan._messages import in_vietnamese
from danvan._numbers import parse_number
from danvan._terms import Term
from danvan._text import words
from danvan.exceptions import DanvanError, StoreError, StructureError

#: The store's file when neither --store nor $DANVAN_STORE says.
DEFAULT_STORE = "danvan-store.sqlite"
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


def lang_option() -> argparse.ArgumentParser:
    """The ``--lang`` every command takes: the language of its labels and its errors."""
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--lang",
        choices=["vi", "en"],
        default="vi",
        help="language of labels and error messages (default: vi)",
    )
    return option


def refuse(command: str, message: str) -> int:
    """Say why a command refuses its input, in the one format every command uses."""
    print(f"danvan {command}: error: {message}", file=sys.stderr)
    return EXIT_INPUT


def _vocabularies() -> tuple[type[Term], ...]:
    """Every vocabulary danvan exports, in the order of ``danvan.__all__``."""
    import danvan  # noqa: PLC0415 - the public names, to list every vocabulary

    values = (getattr(danvan, name) for name in danvan.__all__)
    return tuple(v for v in values if isinstance(v, type) and issubclass(v, Term))


def list_vocab(args: argparse.Namespace) -> int:
    tables = _vocab_tables(args)
    chosen = list(tables)
    if args.name is not None:
        wanted = words(args.name).replace(" ", "")
        chosen = [name for name in tables if name.lower() == wanted]
        if not chosen:
            names = {name.lower(): name for name in tables}
            close = difflib.get_close_matches(wanted, list(names), n=1)
            guess = f"did you mean {names[close[0]]}? " if close else ""
            have = ", ".join(tables)
            raise DanvanError(f"no vocabulary {args.name!r} ({guess}have: {have})")
    for i, name in enumerate(chosen):
        if i:
            print()
        print(name)
        rows = tables[name]()
        widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
        for row in rows:
            cells = (cell.ljust(w) for cell, w in zip(row, widths, strict=True))
            print(("  " + "  ".join(cells)).rstrip())
    return EXIT_OK


Rows = list[tuple[str, ...]]


def _vocab_tables(args: argparse.Namespace) -> dict[str, Callable[[], Rows]]:
    """Every vocabulary, then the measures and the rules' codes: name → its rows."""
    from danvan._builtin_rules import BUILTIN_RULES  # noqa: PLC0415
    from danvan._measures import Measure  # noqa: PLC0415

    def terms(vocabulary: type[Term]) -> Callable[[], Rows]:
        def rows() -> Rows:
            found = [(m.value, m.label_vi, m.label_en, *_abbreviations(m)) for m in vocabulary]
            if vocabulary is UnitOfMeasure and args.dataset:  # and those the dataset defines
                found = [(*row, "") for row in found]
                defined = dataset_of(args.dataset).units_of_measure
                found += [(u.code, u.label_vi, u.label_en, f"({args.dataset})") for u in defined]
            return found

        return rows

    def measures() -> Rows:
        own = dataset_of(args.dataset).measures if args.dataset else ()
        return [(m.code, m.label_vi, m.label_en) for m in (*Measure.builtins(), *own)]

    def rules() -> Rows:
        return [(r.code, r.severity.value, r.message_en) for r in BUILTIN_RULES]

    tables: dict[str, Callable[[], Rows]] = {v.__name__: terms(v) for v in _vocabularies()}
    return {**tables, "Measure": measures, "Rule": rules}


def _abbreviations(member: Term) -> tuple[str, ...]:
    if isinstance(member, DocumentType):
        return (f"Đảng: {member.party_abbr or '-'}", f"nhà nước: {member.state_abbr or '-'}")
    return ()


def parse_text(args: argparse.Namespace) -> int:
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


def validate_dataset(args: argparse.Namespace) -> int:

    try:
        dataset = dataset_of(args.file)
    except StructureError as error:
        vi = args.lang == "vi"
        found = f"{error.count} vấn đề" if vi else f"{error.count} problem(s)"
        print(f"danvan validate: error: {args.file}: {found}", file=sys.stderr)
        for problem in error.problems:
            print(f"  {in_vietnamese(problem) if vi else problem}", file=sys.stderr)
        more = error.count - len(error.problems)
        if more:
            print(f"  … và {more} vấn đề nữa" if vi else f"  … and {more} more", file=sys.stderr)
        if not error.complete:
            stopped = (
                "dừng đọc ở đây: có thể còn nữa"
                if vi
                else "reading stopped there: there may be more"
            )
            print(f"  … {stopped}", file=sys.stderr)
        return EXIT_INPUT
    figures = sum(len(report.figures) for report in dataset.reports)
    name = args.file or "the bundled example"
    print(
        f"ok: {name}: {len(dataset.hierarchy)} units, {len(dataset.directives)} "
        f"documents, {len(dataset.models)} models, {len(dataset.awards)} awards, "
        f"{len(dataset.reports)} reports with {figures} figures"
    )
    return EXIT_OK


def convert_dataset(args: argparse.Namespace) -> int:
    from danvan import serialization  # noqa: PLC0415 - keep `danvan --help` fast

    dataset = dataset_of(args.file)
    if args.to == "xlsx":
        if args.table == "models":
            raise DanvanError("--to xlsx writes the figures table: use --table figures")
        serialization.figures_to_excel(dataset, _workbook_path(args))
        return EXIT_OK
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


def _workbook_path(args: argparse.Namespace) -> Path:
    """Where a workbook goes: a file, never the terminal."""
    if not args.output:
        raise DanvanError("an Excel workbook is a file: give it with --output (-o)")
    return Path(args.output)


def print_schema(args: argparse.Namespace) -> int:
    import danvan  # noqa: PLC0415 - the public names, to look a type up by name

    if args.list:
        for name in _schema_types(danvan):
            print(name)
        return EXIT_OK
    type_ = None
    if args.type is not None:
        type_ = getattr(danvan, args.type, None)
        if not isinstance(type_, type):
            raise DanvanError(f"no danvan type {args.type!r}")
    print(json.dumps(danvan.json_schema(type_), ensure_ascii=False, indent=2))
    return EXIT_OK


def _schema_types(danvan: Any) -> list[str]:
    """The public types a JSON Schema can be printed for."""
    names = []
    for name in sorted(danvan.__all__):
        value = getattr(danvan, name)
        if isinstance(value, type) and attrs.has(value):
            try:
                danvan.json_schema(value)
            except DanvanError:
                continue
            names.append(name)
    return names


def dataset_of(file: str | None) -> Dataset:
    from danvan import serialization  # noqa: PLC0415 - keep `danvan --help` fast
    from danvan._examples import load_example  # noqa: PLC0415

    return load_example() if file is None else serialization.load(file, Dataset)


def summarize_dataset(args: argparse.Namespace) -> int:
    from danvan._summary import summarize  # noqa: PLC0415

    filters = [f"--{n}" for n in ("unit", "year", "movement", "measure") if getattr(args, n)]
    if args.store is not None and args.file is not None:
        raise DanvanError("give FILE or --store, not both")
    if args.store is None and filters:
        raise DanvanError(f"{', '.join(filters)} filter(s) a store: add --store FILE")
    summary = summarize(stored_dataset(args) if args.store else dataset_of(args.file))
    if args.format == "xlsx":
        summary.to_excel(_workbook_path(args), args.lang)
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(summary.to_dict(args.lang), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = summary.to_csv(args.lang, bom=args.bom)
    else:
        text = summary.to_text(args.lang)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def check_dataset(args: argparse.Namespace) -> int:
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
        print(f"✗ [structure] {problem if english else in_vietnamese(problem)}")
    for path in result.left_out:
        print(f"· [left_out] {'checked without' if english else 'kiểm tra khi bỏ qua'} {path}")
    for problem in result.consequences:
        because = "because of what was left out" if english else "do phần bị bỏ qua"
        print(f"· [left_out] {because}: {problem if english else in_vietnamese(problem)}")
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


def store_path(args: argparse.Namespace, *, create: bool = False) -> Path:
    """The store's file: --store, else $DANVAN_STORE, else the default; made only by add."""
    path = Path(args.store or os.environ.get("DANVAN_STORE") or DEFAULT_STORE)
    if not create and not path.exists():
        raise StoreError(path, "no store there (`danvan store add` makes one; see --store)")
    return path


def stored_dataset(args: argparse.Namespace) -> Dataset:
    """What ``summarize --store`` summarises: the store's dataset, filtered."""
    from danvan._store import Store  # noqa: PLC0415

    with Store(store_path(args)) as store:
        return store.dataset(
            unit=args.unit, period=args.year, movement=args.movement, measure=args.measure
        )
