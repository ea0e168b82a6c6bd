"""``danvan extract``: references, periods and dates found in report text."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import attrs

from danvan._cli._commands import EXIT_OK, dataset_of
from danvan._dataset import Dataset
from danvan._directives import Directive
from danvan._extract import FigureMention, Reference
from danvan._files import write_atomic
from danvan._numbers import Percent
from danvan._quantities import Quantity
from danvan._terms import Term
from danvan._vocabulary import AdminLevel
from danvan.exceptions import DanvanError


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


def extract_text(args: argparse.Namespace) -> int:
    from danvan._extract import (  # noqa: PLC0415
        annotate,
        find_dates,
        find_periods,
        find_references,
        resolve,
    )

    text = _read_text(args.file)
    if args.figures or args.draft:
        output = _draft_output(text, args) if args.draft else _figures_output(text, args)
        if args.output:
            write_atomic(Path(args.output), output.encode("utf-8"))
        else:
            sys.stdout.write(output)
        return EXIT_OK
    directives = []
    if args.dataset is not None:
        directives = list(
            dataset_of(None if args.dataset == "example" else args.dataset).directives
        )
    resolved = resolve(find_references(text), directives)
    if args.format in ("html", "markdown"):
        output = annotate(text, resolved, markup=args.format)
        output += "" if output.endswith("\n") else "\n"
    else:
        rows = [_reference_row(r.reference, r.directive) for r in resolved]
        rows += [
            {"what": "period", **_span(m.span, m.text), "value": str(m.period),
             "start_date": m.period.start.isoformat(),
             "end_date": None if m.period.end is None else m.period.end.isoformat()}
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


def _draft_output(text: str, args: argparse.Namespace) -> str:
    """The --dataset with a report drafted from ``text`` added, as danvan JSON."""
    from danvan import serialization  # noqa: PLC0415
    from danvan._extract import draft_report  # noqa: PLC0415
    from danvan._extract._own_heading import warns  # noqa: PLC0415
    from danvan._periods import Period  # noqa: PLC0415
    from danvan._sources import Source  # noqa: PLC0415

    if not args.figures or args.dataset is None or args.scope is None:
        raise DanvanError("--draft needs --figures, --dataset (a file, or 'example') and --scope")
    period = None if args.period is None else Period.parse(args.period)
    base = dataset_of(None if args.dataset == "example" else args.dataset)
    name = "standard input" if args.file == "-" else Path(args.file).name
    base = _with_scope(base, args.scope, name)
    draft = draft_report(
        text,
        id=args.report_id or f"draft-{len(base.reports) + 1}",
        source=Source(title=args.title or name),
        scope=args.scope,
        movement=args.movement,
        period=period,
        city=AdminLevel.parse(args.city) if args.city else _city_of(base, args.scope, text, name),
    )
    dataset = draft.into(base)
    print(
        f"{name}: drafted {len(draft.report.figures)} figure(s) and "
        f"{len(draft.awards)} award batch(es); {len(draft.left_out)} left out (see the "
        "report's notes)",
        file=sys.stderr,
    )
    for note in filter(warns, draft.report.notes):  # "UBND HUYỆN KIM SƠN" in a province's
        print(f"{name}: warning: {note}", file=sys.stderr)
    return serialization.dumps(dataset, indent=2) + "\n"


def _city_of(dataset: Dataset, scope: str, text: str, name: str) -> AdminLevel | None:
    """The tier of the city ``scope`` is or lies in, which "cấp thành phố" then names.

    "Thành phố Cần Thơ" and its wards: the province's level; a city under a province and
    its wards: a district's. ``None`` outside a city, or when the text does not say "cấp
    thành phố": the reviewer sets such a level.
    """
    from danvan._text import fold  # noqa: PLC0415

    if "cap thanh pho" not in fold(text):
        return None
    hierarchy = dataset.hierarchy
    for unit in (hierarchy.get(scope), *hierarchy.ancestors(scope)):
        if fold(unit.name).startswith("thanh pho ") and unit.level in (
            AdminLevel.PROVINCE,
            AdminLevel.DISTRICT,
        ):
            print(
                f"{name}: 'cấp thành phố' read as the {unit.level.value} level of "
                f"{unit.name} (--city to say otherwise)",
                file=sys.stderr,
            )
            return unit.level
    return None


def _with_scope(dataset: Dataset, scope: str, name: str) -> Dataset:
    """``dataset``, with ``scope`` and the units above it from the official map if it lacks it.

    Raises:
        DanvanError: Neither the dataset nor the official map (the ``vn`` extra) has it.
    """
    from danvan import vn  # noqa: PLC0415
    from danvan._hierarchy import Hierarchy  # noqa: PLC0415

    if scope in dataset.hierarchy:
        return dataset
    try:
        official = vn.hierarchy()
    except DanvanError as error:
        raise DanvanError(
            f"--scope {scope!r} is no unit of the dataset: add it to the dataset, or install "
            f"the vn extra to take it from the official map ({error})"
        ) from error
    if scope not in official:
        raise DanvanError(
            f"--scope {scope!r} is no unit of the dataset nor of the official map: add it to "
            "the dataset"
        )
    units = [*reversed(official.ancestors(scope)), official.get(scope)]
    added = [unit for unit in units if unit.id not in dataset.hierarchy]
    hierarchy = Hierarchy([*dataset.hierarchy.units, *added], dataset.hierarchy.changes)
    print(
        f"{name}: added {', '.join(f'{u.id} ({u.name})' for u in added)} from the official map",
        file=sys.stderr,
    )
    return attrs.evolve(dataset, hierarchy=hierarchy)


def _figures_output(text: str, args: argparse.Namespace) -> str:
    """The figures of ``text`` as a table, JSON lines, or the text with them marked."""
    from danvan._extract import annotate, find_figures  # noqa: PLC0415

    mentions = find_figures(text)
    if args.format in ("html", "markdown"):
        marked = annotate(text, mentions, markup=args.format)
        return marked if marked.endswith("\n") else marked + "\n"
    rows = [_figure_row(i, mention) for i, mention in enumerate(mentions)]
    source = "standard input" if args.file == "-" else args.file
    print(f"{source}: {len(rows)} figure(s)", file=sys.stderr)
    if args.format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return _extract_table(rows)


def _figure_row(index: int, mention: FigureMention) -> dict[str, object]:
    value = mention.value
    row: dict[str, object] = {
        "what": "figure",
        "index": index,
        **_span(mention.span, mention.text),
        "value": str(value),
        "number": str(value.number if isinstance(value, Quantity) else value.value),
        "qualifier": value.qualifier.value,
        "percent": isinstance(value, Percent),
        "out_of": None if mention.out_of is None else mention.out_of.value,
        "noun": mention.noun or None,
        "unit_of_measure": None
        if mention.unit_of_measure is None
        else mention.unit_of_measure.value,
        "occurrences": mention.occurrences or None,
        "kind": mention.measure,
        "holder": _code(mention.holder),
        "model_kind": _code(mention.kind),
        "level": _code(mention.level),
        "fields": [f.value for f in mention.fields] or None,
        "change": _code(mention.change),
        "status": _code(mention.status),
        "category": mention.category,
        "per": [p.value for p in mention.per] or None,
        "award_form": _code(mention.award_form),
        "issuer_text": mention.issuer_words,
        "movement_words": mention.movement_words,
        "place_words": mention.place_words,
        "target_words": mention.target_words,
        "average_words": mention.average_words,
        "estimate_words": mention.estimate_words,
        "respectively_words": mention.respectively_words,
        "period": None if mention.period is None else str(mention.period),
        "compared_to": None if mention.compared_to is None else str(mention.compared_to),
        "as_of": None if mention.as_of is None else mention.as_of.isoformat(),
        "part_of": mention.part_of,
        "subset_of": mention.subset_of,
        "evidence": {
            k: {"text": w, "start": a, "end": b} for k, (w, (a, b)) in mention.evidence.items()
        },
    }
    return {key: value for key, value in row.items() if value is not None}


def _code(member: Term | None) -> str | None:
    return None if member is None else member.value


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


def _part(row: dict[str, object]) -> str:
    """For a figure: which one it breaks down ("⊂ 0") or is a subset of."""
    if "part_of" in row:
        return f"part of #{row['part_of']}"
    if "subset_of" in row:
        return f"within #{row['subset_of']}"
    return ""


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
            "document": row.get("directive", "") or _part(row),
            "text": words,
        }
        lines.append([str(cells[column]) for column in _TABLE_COLUMNS])
    widths = [max(len(line[c]) for line in lines) for c in range(len(_TABLE_COLUMNS))]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in lines
    )
