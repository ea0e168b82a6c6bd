"""Breakdowns of a total, and the rules that judge them.

"1.635 mô hình, trong đó 451 kinh tế, 878 văn hóa - xã hội …" is a total with a
breakdown: parts that point at the total (``part_of``) and set one dimension each. A
total may be broken down more than once (112 models by level and by field). A breakdown
is complete when its parts cover every member of their dimension; only then must they
add up to the total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from danvan._arguments import given
from danvan._builtin_rules import FIELD_BALANCE
from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import (
    BREAKDOWN_DIMENSIONS,
    Completeness,
    Dims,
    Figure,
    count_of,
    is_count,
    quantity_kind,
)
from danvan._reports import Report
from danvan._rules import Finding, Rule, Severity, Verdict
from danvan._shares import shares
from danvan._tables import Table
from danvan._vocabulary import Field, HolderKind, ModelKind, Qualifier, RecognitionLevel

__all__ = [
    "breakdown_rule",
    "breakdowns",
    "field_balance",
    "field_balances",
    "is_complete",
    "reports_of",
]


def reports_of(dataset: Dataset) -> Iterator[tuple[int, Report, str]]:
    """Each report of a dataset with its index and its JSON path."""
    for r, report in enumerate(dataset.reports):
        yield r, report, f"$.reports[{r}]"


# The members a breakdown along each dimension must cover to be taken as complete when
# the report declares nothing. A household is a holder reports seldom break out, so
# collectives and individuals make a holder breakdown whole.
_COMPLETE: dict[str, frozenset[object]] = {
    "fields": frozenset(Field),
    "level": frozenset(RecognitionLevel),
    "holder": frozenset({HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL}),
    "kind": frozenset(ModelKind),
}


def is_complete(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether a breakdown is complete: as the report declares it, else by its parts.

    Args:
        total: The total broken down.
        parts: Its parts along one dimension.

    Returns:
        The declared completeness (``Figure.breakdowns``) of the parts' dimension; when
        the report declares none, whether the parts cover every member of it.
    """
    declared = total.breakdowns.get(_dimension(parts[0].dims, total.dims) or "") if parts else None
    if declared is not None:
        return declared is Completeness.COMPLETE
    return _covers(total, parts)


def _covers(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the parts cover every member of the dimension they break down.

    The dimension is the parts' own (the first one each sets), never another one the
    cells happen to carry; a dimension with no fixed members (a status, the report's
    own categories) is never taken as complete. Nor are parts that all share a cell the
    total is not of: "Cấp thành phố công nhận 96 mô hình, 42 điển hình; cấp huyện …"
    cover every kind of the city level's, not of the 2.146 all levels recognised.
    """
    dim = _dimension(parts[0].dims, total.dims) if parts else None
    if dim not in _COMPLETE or _of_one_cell(total, parts, dim):
        return False
    values: set[object] = set()
    for part in parts:
        value = getattr(part.dims, dim)
        values.update(value if dim == "fields" else ([value] if value is not None else []))
    return _COMPLETE[dim] <= values


def _of_one_cell(total: Figure, parts: Sequence[Figure], dim: str) -> bool:
    """Whether parts along ``dim`` all share one cell of another dimension, not the total's."""
    for name in BREAKDOWN_DIMENSIONS:
        values = {getattr(part.dims, name) for part in parts}
        if (
            name != dim
            and len(values) == 1
            and (value := values.pop())
            and value != getattr(total.dims, name)
        ):
            return True
    return False


def _dimension(dims: Dims, whole: Dims) -> str | None:
    """The dimension a part breaks its total down by: the first one it sets.

    Not one it shares with the total (``whole``): "124 mô hình … cấp tỉnh (đợt 1: 58 …;
    đợt 2: 66 …), trong đó có 82 tập thể và 42 cá nhân" breaks the province's models down
    by batch and by holder, not four times by level.
    """
    for name in BREAKDOWN_DIMENSIONS:
        value = getattr(dims, name)
        if value and value != getattr(whole, name):
            return name
    return None


def breakdowns(report: Report) -> list[tuple[int, list[int]]]:
    """Each breakdown of a report as (index of the total, indexes of its parts).

    A total may be broken down more than once, e.g. 112 models by level (27 + 85) and
    by field (19 + 67 + 12 + 14); parts form one breakdown per dimension they set
    first (fields, level, holder, kind, status, category) of those the total does not
    share (parts of a province's total that say "cấp tỉnh" break it down by no level). A
    part with a category of its own beside a breakdown by field ("6 mô hình vùng đồng
    bào dân tộc thiểu số" beside the four fields) is that breakdown's "other" bucket,
    not a breakdown alone; unless the parts with a category, or the fields, add up to
    the total alone and do not together (112 models by bloc and by field), or the parts
    with a category were read in other sentences than the fields (only those read in
    theirs are the fields' "other").
    Only counts add up, and only counts of one kind: a percentage is neither a total
    nor a part here, and a part of occurrences or of a change under a total that is
    neither is no cell (``part_measures_its_total`` says so).
    """
    index = {f.id: i for i, f in enumerate(report.figures) if f.id is not None and is_count(f)}
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, figure in enumerate(report.figures):
        if figure.part_of is None or figure.part_of not in index:
            continue
        if quantity_kind(figure) == quantity_kind(report.figures[index[figure.part_of]]):
            whole = report.figures[index[figure.part_of]].dims
            groups[figure.part_of, _dimension(figure.dims, whole)].append(i)
    for total_id, dimension in list(groups):
        if dimension != "category" or (total_id, "fields") not in groups:
            continue
        figures = report.figures
        beside, apart = _beside_the_fields(
            figures, groups[total_id, "fields"], groups[total_id, dimension]
        )
        if beside and apart:  # "… tỉnh 35, … xã 180. … tập trung vào an ninh trật tự (142), cải
            groups[total_id, "fields"] += beside  # cách hành chính (41) …": two breakdowns,
            groups[total_id, dimension] = apart  # the cell of no field the fields' "other"
            continue
        total = count_of(figures[index[total_id]])
        by_field = sum((count_of(figures[i]) for i in groups[total_id, "fields"]), Count(0))
        other = sum((count_of(figures[i]) for i in groups[total_id, "category"]), Count(0))
        if by_field.consistent_with(total) and not (by_field + other).consistent_with(total):
            continue  # the fields add up alone: the categories are no "other" field
        if other.consistent_with(total) and not (by_field + other).consistent_with(total):
            continue  # a breakdown of its own: "khối chính quyền 2.914; khối …" beside fields
        groups[total_id, "fields"] += groups.pop((total_id, "category"))
    return [(index[total_id], parts) for (total_id, _), parts in groups.items()]


def _beside_the_fields(
    figures: Sequence[Figure], by_field: list[int], by_category: list[int]
) -> tuple[list[int], list[int]]:
    """The parts with a category read in the sentence of a part by field, and the others.

    Both empty when the figures say no sentence (entered by hand): which are which is not
    known then.
    """
    said = {_quote(figures[i]) for i in by_field} - {None}
    if not said or any(_quote(figures[i]) is None for i in by_category):
        return [], []
    beside = [i for i in by_category if _quote(figures[i]) in said]
    return beside, [i for i in by_category if i not in beside]


def _quote(figure: Figure) -> str | None:
    return None if figure.source is None else figure.source.quote


_DIMENSION_WORDS = {
    "fields": ("lĩnh vực", "field"),
    "level": ("cấp công nhận", "recognition level"),
    "holder": ("tập thể và cá nhân", "collectives and individuals"),
    "kind": ("mô hình và điển hình", "models and exemplars"),
}


def assumption(total: Figure, parts: Sequence[Figure]) -> tuple[str, str]:
    """What was assumed of a breakdown the report does not declare.

    In words to append to a finding; empty when the report declares the breakdown.
    """
    dim = _dimension(parts[0].dims, total.dims) if parts else None
    if dim is None or dim in total.breakdowns or dim not in _DIMENSION_WORDS:
        return "", ""
    vi, en = _DIMENSION_WORDS[dim]
    return (
        f" (báo cáo không nói; coi là đầy đủ vì các phần phủ mọi {vi})",
        f" (the report does not say; taken as complete as the parts cover every {en})",
    )


def _judged(rule: Rule, total: Figure, parts: Sequence[Figure]) -> bool:
    if rule.breakdowns == "all":
        return True
    return is_complete(total, parts) is (rule.breakdowns == "complete")


def breakdown_rule(rule: Rule, dataset: Dataset) -> list[Finding]:
    """``sum(parts) op total`` or ``part op total`` over every breakdown."""
    found = []
    for _, report, path in reports_of(dataset):
        for total_index, part_indexes in breakdowns(report):
            total = report.figures[total_index]
            parts = [report.figures[i] for i in part_indexes]
            if not _judged(rule, total, parts):
                continue
            total_path = f"{path}.figures[{total_index}]"
            whole = count_of(total)
            if rule.left == "part":
                for i, part in zip(part_indexes, parts, strict=True):
                    value = count_of(part)
                    if rule.compare(value, whole) is Verdict.MISMATCH:
                        found.append(
                            rule.finding(
                                f"{value} so với tổng {whole}",
                                f"{value.format('en')} against {whole.format('en')}",
                                [f"{path}.figures[{i}]", total_path],
                                value.value - whole.value,
                            )
                        )
                continue
            summed = sum((count_of(p) for p in parts), Count(0))
            if rule.compare(summed, whole) is Verdict.MISMATCH:
                vi, en = assumption(total, parts)
                judged = _at_its_bound(rule, summed, whole)
                if judged is not rule:
                    vi, en = vi + _LOOSE[0], en + _LOOSE[1]
                found.append(
                    judged.finding(
                        f"{summed} so với tổng {whole}{vi}",
                        f"{summed.format('en')} against {whole.format('en')}{en}",
                        [total_path, *(f"{path}.figures[{i}]" for i in part_indexes)],
                        summed.value - whole.value,
                    )
                )
    return found


# Why parts that add up to the very number written for a total "over" (or "under") it
# are a warning, not an error: reports write "trên 1.250 mô hình" over parts of 1.250.
_LOOSE = (
    (
        "; đúng bằng con số viết cho tổng, mà chữ “trên”, “hơn” (hay “dưới”) nói tổng khác "
        "con số đó: cách viết lỏng, hoặc thiếu một phần"
    ),
    (
        "; the very number written for the total, which “trên”, “hơn” (or “dưới”) says it "
        "is not: loose wording, or a part left out"
    ),
)


def _at_its_bound(rule: Rule, summed: Count, whole: Count) -> Rule:
    """The rule a mismatch of a sum with its total is judged by: a warning at its bound.

    "trên 1.250 mô hình (kinh tế 412, …)" whose exact parts add up to 1.250: the report's
    "trên" is loose or a part is missing; the parts agree with the number it wrote. Any
    other mismatch, and a rule that is no error, is judged by ``rule`` itself.
    """
    bounded = whole.qualifier in (Qualifier.OVER, Qualifier.UNDER)
    if rule.op != "=" or rule.severity is not Severity.ERROR or not bounded:
        return rule
    if not summed.is_exact or summed.value != whole.value:
        return rule
    return attrs.evolve(rule, severity=Severity.WARNING)


def field_balances(rule: Rule, dataset: Dataset) -> list[Finding]:
    """Fields with few models in each complete breakdown by field."""
    found = []
    for _, report, path in reports_of(dataset):
        for total_index, part_indexes in breakdowns(report):
            parts = [report.figures[i] for i in part_indexes]
            total = report.figures[total_index]
            if not (
                is_complete(total, parts) and _dimension(parts[0].dims, total.dims) == "fields"
            ):
                continue
            paths = [f"{path}.figures[{total_index}]"]
            paths += [f"{path}.figures[{i}]" for i in part_indexes]
            by_field = [part for part in parts if part.dims.fields]  # not the "other" bucket
            found += [
                attrs.evolve(finding, paths=paths)
                for finding in _balance(Table(by_field), Decimal(10), rule)
            ]
    return found


def field_balance(table: Table, *, threshold: Decimal = Decimal(10)) -> list[Finding]:
    """Fields whose share of a breakdown falls below ``threshold`` percent.

    Args:
        table: The parts of a breakdown by field.
        threshold: The share, in percent, below which a field is reported (a
            ``Decimal``, an ``int`` or a ``float``).

    Returns:
        One note per field below the threshold.

    Examples:
        >>> from danvan import (Count, Dims, Field, Figure, FigureStatus, Table,
        ...                     UnitOfMeasure, field_balance)
        >>> parts = [Figure(measure="registered", value=Count(n), dims=Dims(fields=(f,)),
        ...                 unit_of_measure=UnitOfMeasure.MODELS, scope="vn/ninh-binh",
        ...                 movements="dan-van-kheo", status=FigureStatus.COMPUTED)
        ...          for f, n in zip(Field, (451, 878, 166, 140))]
        >>> print(field_balance(Table(parts))[0].message_en)
        few models in a field: political-system building 8.6 % (140 of 1,635), below 10 %
    """
    given(table, Table, to="field_balance", name="table")
    given(threshold, (Decimal, int, float), to="field_balance", name="threshold")
    return _balance(table, Decimal(str(threshold)), FIELD_BALANCE)


def _balance(table: Table, threshold: Decimal, rule: Rule) -> list[Finding]:
    rows = shares(table, "field")
    total = sum(s.count.value for s in rows)
    codes = {member.value: member for member in Field}
    found = []
    for s in rows:
        if s.percent >= threshold:
            continue
        field = codes.get(s.key)
        vi, en = (s.key, s.key) if field is None else (field.label_vi, field.label_en)
        found.append(
            rule.finding(
                f"{vi} {_vi(s.percent)} % ({s.count} trên {Count(total)}), dưới {_vi(threshold)} %",
                f"{en} {s.percent} % ({s.count.format('en')} of {Count(total).format('en')}), "
                f"below {threshold} %",
                [],
            )
        )
    return found


def _vi(number: Decimal) -> str:
    return str(number).replace(".", ",")
