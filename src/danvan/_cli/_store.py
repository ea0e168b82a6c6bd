"""``danvan store``: add to, list, show and export a store; datasets from a store.

The store's file is ``--store PATH``, else ``$DANVAN_STORE``, else
``danvan-store.sqlite`` in the current folder. Only ``add`` creates it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from danvan._cli._commands import DEFAULT_STORE, EXIT_OK, store_path
from danvan._dataset import Dataset
from danvan._files import write_atomic
from danvan._reports import Report
from danvan._text import slugify
from danvan.exceptions import StoreError, StructureError

__all__ = ["add_store_arguments", "add_store_filters", "store_command"]


def add_store_arguments(commands: Any, lang: list[argparse.ArgumentParser]) -> None:
    """The ``store`` command and its actions, each with the ``--lang`` of ``lang``."""
    where = argparse.ArgumentParser(add_help=False, parents=lang)
    where.add_argument(
        "--store",
        help=f"the store's file (default: $DANVAN_STORE, else {DEFAULT_STORE})",
    )
    store = commands.add_parser(  # --lang goes with the action: `store list --lang en`
        "store",
        help="keep reports year after year in one SQLite file, and query it",
        description="Add datasets and reports to a store, list and show what it holds, "
        "and export it as one JSON file per report. The store is an SQLite file that any "
        "SQLite tool reads.",
        epilog="Exit codes: 0 done; 2 a usage error, input that is invalid or conflicts "
        "with the store, or a file that is not a danvan store.",
    )
    actions = store.add_subparsers(dest="store_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[where],
        help="add datasets or reports (one transaction each file)",
        description="Add each FILE, in order: a danvan dataset, or one report (as "
        "`store export` writes them) that refers to what the store holds.",
    )
    add.add_argument("files", nargs="+", metavar="FILE", help="a dataset or a report (JSON)")
    add.add_argument(
        "--replace", action="store_true", help="replace stored content of the same ids"
    )
    actions.add_parser("list", parents=[where], help="list the reports held")
    show = actions.add_parser("show", parents=[where], help="print one report's JSON")
    show.add_argument("report", metavar="ID", help="the report's id")
    history = actions.add_parser(
        "history", parents=[where], help="when a report was added and each replacement"
    )
    history.add_argument("report", metavar="ID", help="the report's id")
    export = actions.add_parser(
        "export",
        parents=[where],
        help="write every report as its own JSON file, with the definitions and an index",
    )
    to = export.add_mutually_exclusive_group(required=True)
    to.add_argument("--json-dir", metavar="DIR", help="one JSON file per report, and an index")
    to.add_argument(
        "--parquet",
        metavar="FILE",
        help="every figure, with its report, as one Parquet file (the arrow extra)",
    )
    store.set_defaults(handler=store_command)


def add_store_filters(summarize: argparse.ArgumentParser) -> None:
    """``summarize --store FILE`` and its filters."""
    summarize.add_argument(
        "--store",
        help=(
            "summarise what this store holds, not FILE; the filters below choose the reports "
            "with a figure that matches, and each report comes whole (its other figures too)"
        ),
    )
    summarize.add_argument(
        "--unit", help="with --store: reports with a figure of this unit or a unit under it"
    )
    summarize.add_argument(
        "--year", type=int, help="with --store: reports with a figure whose period overlaps it"
    )
    summarize.add_argument("--movement", help="with --store: reports with a figure of it")
    summarize.add_argument("--measure", help="with --store: reports with a figure of it")


def store_command(args: argparse.Namespace) -> int:
    from danvan._store import Store  # noqa: PLC0415 - keep `danvan --help` fast

    action: str = args.store_action
    with Store(store_path(args, create=action == "add")) as store:
        if action == "add":
            for file in args.files:
                changes = store.add(_read(file), replace=args.replace)
                reports = [c for c in changes if c.kind == "report"]
                replaced = sum(c.action == "replaced" for c in reports)
                print(
                    f"{file}: {len(reports) - replaced} report(s) added, {replaced} replaced, "
                    f"{len(changes) - len(reports)} other document(s) added or replaced"
                )
        elif action == "list":
            for entry in store.reports():
                updated = entry.updated.strftime("%Y-%m-%d %H:%M")
                print(
                    f"{entry.id}\t{entry.figures}\t{updated}\t{entry.hash[:12]}\t"
                    f"{entry.title or ''}"
                )
        elif action == "show":
            from danvan.serialization import dumps  # noqa: PLC0415

            print(dumps(store.report(args.report), indent=2))
        elif action == "history":
            changes = store.history(args.report)
            if not changes:
                store.report(args.report)  # says which reports it holds
            for change in changes:
                old = change.old_hash[:12] if change.old_hash else "-"
                print(f"{change.at.isoformat()}\t{change.action}\t{old}\t{change.new_hash[:12]}")
        elif args.parquet:
            from danvan._parquet import write_parquet  # noqa: PLC0415

            write_parquet(store, args.parquet)
        else:
            _export(store, Path(args.json_dir))
    return EXIT_OK


def _read(file: str) -> Dataset | Report:
    """A dataset file, or a report file as ``store export`` writes them."""
    from danvan import serialization  # noqa: PLC0415

    try:
        text = Path(file).read_bytes()
    except OSError as error:
        raise StructureError([f"cannot read {file!r}: {error.strerror} @ $"]) from error
    try:
        return serialization.loads(text, Dataset)
    except StructureError as error:  # one report has no "schema"; read it only then
        if not any("missing 'schema'" in problem for problem in error.problems):
            raise
        try:
            return serialization.loads(text, Report)
        except StructureError:
            raise error from None


def _export(store: Any, folder: Path) -> None:
    """One JSON file per report, the definitions, and an index that names them."""
    from danvan.serialization import SCHEMA, dumps  # noqa: PLC0415

    if folder.exists() and not folder.is_dir():
        raise StoreError(folder, "it is a file, not a folder")
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    everything = store.dataset()
    definitions = attrs.evolve(everything, reports=())
    write_atomic(folder / "definitions.json", (dumps(definitions, indent=2) + "\n").encode())
    listed = []
    taken: set[str] = set()
    reports = {report.id: report for report in everything.reports}
    for entry in store.reports():
        report = reports[entry.id]
        name = slugify(entry.id) or "report"
        stem, n = name, 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name)
        file = f"reports/{name}.json"
        write_atomic(folder / file, (dumps(report, indent=2) + "\n").encode())
        listed.append({"id": entry.id, "file": file, "hash": entry.hash, "figures": entry.figures})
    index = {"schema": SCHEMA, "definitions": "definitions.json", "reports": listed}
    text = json.dumps(index, ensure_ascii=False, indent=2) + "\n"
    write_atomic(folder / "index.json", text.encode())
    print(f"{folder}: {len(listed)} report(s), definitions.json and index.json", file=sys.stderr)
