"""Checks of reported figures, and reconciliation with computed ones.

A report's figures should agree with themselves: a breakdown ("trong đó …") should add
up to its total, no part should exceed the whole, two reports of one quantity should be
compatible. When they do not, the finding says which rule, by how much, and where, and
explains when a counting rule rather than an error is the likely cause (1.999
recognised against 1.635 registered in Ninh Bình counts recognitions, not models).

Rules are data (:class:`Rule`): two sides, an operator, a severity, what to do when a
side is missing, and a message in Vietnamese and English. Qualified counts compare by
their intervals: "trên 1.000" with parts summing to 1.014 is consistent.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from danvan._counts import Count
from danvan._dataset import Dataset
from danvan._figures import Dims, Figure, Report
from danvan._lang import Lang, check_lang
from danvan._models import ModelStatus
from danvan._tables import Table
from danvan._terms import Term
from danvan._validators import check_id, check_text, instance_of, to_tuple, tuple_of
from danvan._vocabulary import AdminLevel, Field, HolderKind, ModelKind, RecognitionLevel
from danvan.exceptions import InvalidValueError

__all__ = [
    "BUILTIN_RULES",
    "Finding",
    "Reconciliation",
    "Rule",
    "Severity",
    "Verdict",
    "check",
    "field_balance",
    "reconcile",
]


class Severity(Term):
    """How much a finding matters."""

    ERROR = ("error", "lỗi", "error")
    WARNING = ("warning", "cảnh báo", "warning")
    INFO = ("info", "ghi chú", "note")


class Verdict(Term):
    """What comparing two counts concluded."""

    MATCH = ("match", "khớp", "match")
    WITHIN_QUALIFIER = ("within_qualifier", "khớp trong khoảng", "within the qualifier")
    MISMATCH = ("mismatch", "không khớp", "mismatch")
    NOT_COMPARABLE = ("not_comparable", "không so sánh được", "not comparable")


_OPERATORS = ("=", "<=", ">=", "<", ">")


def _check_operator(rule: Rule, attribute: object, value: str) -> None:
    if value not in _OPERATORS:
        raise InvalidValueError(value, f"an operator is one of {' '.join(_OPERATORS)}")


def _check_missing(rule: Rule, attribute: object, value: str) -> None:
    if value not in ("skip", "finding"):
        raise InvalidValueError(value, "missing is 'skip' or 'finding'")


@attrs.frozen(kw_only=True)
class Rule:
    """A validation rule as data.

    Attributes:
        code: Stable code of the rule.
        left: What the left side is, e.g. ``"sum(parts)"`` or a measure code.
        op: ``=``, ``<=``, ``>=``, ``<`` or ``>``.
        right: What the right side is, e.g. ``"total"`` or a measure code.
        severity: How much a violation matters.
        missing: When a side is missing: ``"skip"`` the cell, or raise a ``"finding"``.
        message_vi: The message in Vietnamese.
        message_en: The message in English.
    """

    code: str = attrs.field(validator=check_id)
    left: str = attrs.field(validator=check_text)
    op: str = attrs.field(validator=_check_operator)
    right: str = attrs.field(validator=check_text)
    severity: Severity = attrs.field(validator=instance_of(Severity))
    missing: str = attrs.field(default="skip", validator=_check_missing)
    message_vi: str = attrs.field(validator=check_text)
    message_en: str = attrs.field(validator=check_text)

    def compare(self, left: Count, right: Count) -> Verdict:
        """Whether ``left op right`` holds, given the intervals of both counts."""
        return _compare(left, self.op, right)

    def message(self, lang: Lang = "vi") -> str:
        """The message in ``lang``.

        Raises:
            UnknownTermError: An unknown language.
        """
        return self.message_en if check_lang(lang) == "en" else self.message_vi


def _compare(left: Count, op: str, right: Count) -> Verdict:
    if op == "=":
        if left.is_exact and right.is_exact:
            return Verdict.MATCH if left.value == right.value else Verdict.MISMATCH
        return Verdict.WITHIN_QUALIFIER if left.consistent_with(right) else Verdict.MISMATCH
    if op in (">", ">="):
        op = "<" if op == ">" else "<="
        left, right = right, left
    strict = op == "<"
    if left.high is not None and (left.high < right.low if strict else left.high <= right.low):
        exact = left.is_exact and right.is_exact
        return Verdict.MATCH if exact else Verdict.WITHIN_QUALIFIER
    if right.high is not None and (left.low >= right.high if strict else left.low > right.high):
        return Verdict.MISMATCH
    return Verdict.WITHIN_QUALIFIER


@attrs.frozen(kw_only=True)
class Finding:
    """What a rule found.

    Attributes:
        rule: The rule's code.
        severity: How much it matters.
        message: What was found, in Vietnamese.
        message_en: The same in English.
        paths: JSON paths of the objects involved.
        residual: left minus right, when numeric.
    """

    rule: str
    severity: Severity
    message: str
    message_en: str
    paths: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    residual: int | None = None

    @property
    def mark(self) -> str:
        """One character for the severity: ✗ error, ⚠ warning, · note."""
        return {"error": "✗", "warning": "⚠", "info": "·"}[self.severity.value]

    def __str__(self) -> str:
        where = f" @ {', '.join(self.paths)}" if self.paths else ""
        return f"{self.mark} [{self.rule}] {self.message}{where}"


BREAKDOWN_SUM = Rule(
    code="breakdown_sum",
    left="sum(parts)",
    op="=",
    right="total",
    severity=Severity.ERROR,
    message_vi="các phần của một cơ cấu đầy đủ phải cộng lại bằng tổng",
    message_en="the parts of a complete breakdown must add up to the total",
)
PARTS_NOT_ABOVE_TOTAL = Rule(
    code="parts_not_above_total",
    left="sum(parts)",
    op="<=",
    right="total",
    severity=Severity.ERROR,
    message_vi="các phần cộng lại vượt quá tổng",
    message_en="the parts add up to more than the total",
)
PART_NOT_ABOVE_TOTAL = Rule(
    code="part_not_above_total",
    left="part",
    op="<=",
    right="total",
    severity=Severity.ERROR,
    message_vi="một phần lớn hơn tổng",
    message_en="a part is larger than its total",
)
RECOGNISED_NOT_ABOVE_REGISTERED = Rule(
    code="recognised_not_above_registered",
    left="recognised",
    op="<=",
    right="registered",
    severity=Severity.WARNING,
    message_vi=(
        "số được công nhận lớn hơn số đăng ký: nếu đếm mỗi mô hình một lần thì không thể; "
        "báo cáo có lẽ đếm mỗi lượt công nhận (một mô hình được công nhận ở cấp xã rồi cấp "
        "huyện được tính hai lần)"
    ),
    message_en=(
        "more recognised than registered: impossible when each model counts once; the "
        "report probably counts every recognition (a model recognised by the commune and "
        "then the district counts twice)"
    ),
)
COVERAGE_NOT_ABOVE_UNITS = Rule(
    code="coverage_not_above_units",
    left="coverage",
    op="<=",
    right="units",
    severity=Severity.ERROR,
    message_vi="số đơn vị có mô hình vượt quá số đơn vị",
    message_en="more units with a model than there are units",
)
SAME_QUANTITY = Rule(
    code="same_quantity_consistent",
    left="figure",
    op="=",
    right="figure",
    severity=Severity.ERROR,
    message_vi="hai nguồn báo cáo cùng một số liệu với giá trị không thể cùng đúng",
    message_en="two sources report one quantity with values that cannot both be true",
)
EVENTS_IN_PHASE = Rule(
    code="events_in_phase",
    left="event date",
    op=">=",
    right="phase start",
    severity=Severity.WARNING,
    message_vi="sự kiện của mô hình nằm ngoài giai đoạn của nó",
    message_en="a model's event lies outside its phase",
)
FIELD_BALANCE = Rule(
    code="field_balance",
    left="share of a field",
    op=">=",
    right="threshold",
    severity=Severity.INFO,
    message_vi="lĩnh vực có ít mô hình",
    message_en="few models in a field",
)
AWARDS_ONE_MOVEMENT = Rule(
    code="awards_one_movement",
    left="commended",
    op="=",
    right="awards of one movement",
    severity=Severity.ERROR,
    message_vi="số khen thưởng cộng gộp các đợt khen của những phong trào khác nhau",
    message_en="a commendation figure adds up award batches of different movements",
)
REVIEW_AFTER_START = Rule(
    code="review_after_period_start",
    left="held on",
    op=">=",
    right="period start",
    severity=Severity.ERROR,
    message_vi="hội nghị diễn ra trước khi kỳ được đánh giá bắt đầu",
    message_en="the review was held before the period it reviews began",
)

#: The rules :func:`check` applies unless told otherwise.
BUILTIN_RULES: tuple[Rule, ...] = (
    BREAKDOWN_SUM,
    PARTS_NOT_ABOVE_TOTAL,
    PART_NOT_ABOVE_TOTAL,
    RECOGNISED_NOT_ABOVE_REGISTERED,
    COVERAGE_NOT_ABOVE_UNITS,
    SAME_QUANTITY,
    EVENTS_IN_PHASE,
    REVIEW_AFTER_START,
    AWARDS_ONE_MOVEMENT,
    FIELD_BALANCE,
)

_COMPLETE = {
    "fields": len(Field),
    "level": len(RecognitionLevel),
    "holder": len(HolderKind),
    "kind": len(ModelKind),
}


def _finding(
    rule: Rule, detail_vi: str, detail_en: str, paths: Iterable[str], residual: int | None = None
) -> Finding:
    return Finding(
        rule=rule.code,
        severity=rule.severity,
        message=f"{rule.message_vi}: {detail_vi}",
        message_en=f"{rule.message_en}: {detail_en}",
        paths=tuple(paths),
        residual=residual,
    )


def _complete(parts: Sequence[Figure]) -> bool:
    """Whether the parts cover every member of the one dimension they break down."""
    for dim, size in _COMPLETE.items():
        values: set[object] = set()
        for part in parts:
            value = getattr(part.dims, dim)
            values.update(value if dim == "fields" else ([value] if value is not None else []))
        if len(values) == size:
            return True
    return False


_DIMENSIONS = ("fields", "level", "holder", "kind", "status", "category")


def _dimension(dims: Dims) -> str | None:
    """The dimension a part breaks its total down by: the first one it sets."""
    for name in _DIMENSIONS:
        if getattr(dims, name):
            return name
    return None


def breakdowns(report: Report) -> list[tuple[int, list[int]]]:
    """Each breakdown of a report as (index of the total, indexes of its parts).

    A total may be broken down more than once, e.g. 112 models by level (27 + 85) and
    by field (19 + 67 + 12 + 14); parts form one breakdown per dimension they set
    first (fields, level, holder, kind, status, category).
    """
    index = {f.id: i for i, f in enumerate(report.figures) if f.id is not None}
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, figure in enumerate(report.figures):
        if figure.part_of is not None and figure.part_of in index:
            groups[figure.part_of, _dimension(figure.dims)].append(i)
    return [(index[total_id], parts) for (total_id, _), parts in groups.items()]


def _breakdowns(report: Report, path: str, rules: set[str]) -> list[Finding]:
    found = []
    for total_index, part_indexes in breakdowns(report):
        total = report.figures[total_index]
        parts = [report.figures[i] for i in part_indexes]
        total_path = f"{path}.figures[{total_index}]"
        paths = [total_path, *(f"{path}.figures[{i}]" for i in part_indexes)]
        summed = sum((p.value for p in parts), Count(0))
        residual = summed.value - total.value.value
        detail = (
            f"{summed} so với tổng {total.value}",
            f"{summed.format('en')} against {total.value.format('en')}",
        )
        rule = BREAKDOWN_SUM if _complete(parts) else PARTS_NOT_ABOVE_TOTAL
        if rule.code in rules and rule.compare(summed, total.value) is Verdict.MISMATCH:
            found.append(_finding(rule, *detail, paths, residual))
        if (
            FIELD_BALANCE.code in rules
            and _complete(parts)
            and _dimension(parts[0].dims) == "fields"
        ):
            found += [attrs.evolve(finding, paths=paths) for finding in field_balance(Table(parts))]
        if PART_NOT_ABOVE_TOTAL.code in rules:
            for i, part in zip(part_indexes, parts, strict=True):
                if PART_NOT_ABOVE_TOTAL.compare(part.value, total.value) is Verdict.MISMATCH:
                    found.append(
                        _finding(
                            PART_NOT_ABOVE_TOTAL,
                            f"{part.value} > {total.value}",
                            f"{part.value.format('en')} > {total.value.format('en')}",
                            [f"{path}.figures[{i}]", total_path],
                            part.value.value - total.value.value,
                        )
                    )
    return found


def _recognised_vs_registered(report: Report, path: str) -> list[Finding]:
    found = []
    totals = [(i, f) for i, f in enumerate(report.figures) if f.part_of is None and f.dims.is_total]
    for i, recognised in totals:
        if recognised.measure != "recognised":
            continue
        for j, registered in totals:
            same = (registered.scope, registered.movement) == (
                recognised.scope,
                recognised.movement,
            )
            if registered.measure != "registered" or not same:
                continue
            rule = RECOGNISED_NOT_ABOVE_REGISTERED
            if rule.compare(recognised.value, registered.value) is Verdict.MISMATCH:
                found.append(
                    _finding(
                        rule,
                        f"{recognised.value} được công nhận, {registered.value} đăng ký",
                        f"{recognised.value.format('en')} recognised, "
                        f"{registered.value.format('en')} registered",
                        [f"{path}.figures[{i}]", f"{path}.figures[{j}]"],
                        recognised.value.value - registered.value.value,
                    )
                )
    return found


def _coverage(dataset: Dataset, report: Report, path: str) -> list[Finding]:
    found = []
    for i, figure in enumerate(report.figures):
        if figure.measure != "coverage":
            continue
        out_of = figure.out_of
        if out_of is not None and (
            COVERAGE_NOT_ABOVE_UNITS.compare(figure.value, out_of) is Verdict.MISMATCH
        ):
            found.append(
                _finding(
                    COVERAGE_NOT_ABOVE_UNITS,
                    f"{figure.value}/{out_of}",
                    f"{figure.value.format('en')}/{out_of.format('en')}",
                    [f"{path}.figures[{i}]"],
                    figure.value.value - out_of.value,
                )
            )
        if figure.dims.category is None:
            continue
        try:
            level = AdminLevel.parse(figure.dims.category)
        except InvalidValueError:
            continue
        if figure.scope not in dataset.hierarchy:
            continue
        day = figure.period.end if figure.period is not None else None
        units = [
            u
            for u in dataset.hierarchy.descendants(figure.scope)
            if u.is_area and u.level is level and (day is None or u.is_valid_at(day))
        ]
        if (
            units
            and COVERAGE_NOT_ABOVE_UNITS.compare(figure.value, Count(len(units)))
            is Verdict.MISMATCH
        ):
            found.append(
                _finding(
                    COVERAGE_NOT_ABOVE_UNITS,
                    f"{figure.value}/{len(units)}",
                    f"{figure.value.format('en')}/{len(units)}",
                    [f"{path}.figures[{i}]"],
                    figure.value.value - len(units),
                )
            )
    return found


def _same_quantities(dataset: Dataset) -> list[Finding]:
    seen: dict[tuple[object, ...], list[tuple[str, Figure]]] = defaultdict(list)
    for r, report in enumerate(dataset.reports):
        for i, figure in enumerate(report.figures):
            key = (figure.measure, figure.scope, figure.movement, figure.period, figure.dims)
            seen[key].append((f"$.reports[{r}].figures[{i}]", figure))
    found = []
    for group in seen.values():
        for (path_a, a), (path_b, b) in itertools.pairwise(group):
            if path_a.split(".figures")[0] == path_b.split(".figures")[0]:
                continue
            if not a.value.consistent_with(b.value):
                found.append(
                    _finding(
                        SAME_QUANTITY,
                        f"{a.value} và {b.value}",
                        f"{a.value.format('en')} and {b.value.format('en')}",
                        [path_a, path_b],
                    )
                )
    return found


def _award_movements(dataset: Dataset, report: Report, path: str) -> list[Finding]:
    """A commendation figure that equals a sum of award batches across movements."""
    by_movement: dict[str | None, list[Count]] = defaultdict(list)
    for award_id in report.awards:
        award = dataset.award(award_id)
        if award.total is not None:
            by_movement[award.movement].append(award.total)
    if len(by_movement) < 2:
        return []
    across = sum((c for counts in by_movement.values() for c in counts), Count(0))
    within = [sum(counts, Count(0)) for counts in by_movement.values()]
    found = []
    for i, figure in enumerate(report.figures):
        if figure.measure != "commended" or not figure.value.is_exact:
            continue
        if figure.value == across and figure.value not in within:
            found.append(
                _finding(
                    AWARDS_ONE_MOVEMENT,
                    f"{figure.value} = tổng các đợt khen của {len(by_movement)} phong trào",
                    f"{figure.value.format('en')} is the total of {len(by_movement)} movements",
                    [f"{path}.figures[{i}]"],
                )
            )
    return found


def _dates(dataset: Dataset, rules: set[str]) -> list[Finding]:
    found = []
    if EVENTS_IN_PHASE.code in rules:
        phases = {p.id: p for p in dataset.phases}
        for m, model in enumerate(dataset.models):
            phase = phases.get(model.phase) if model.phase is not None else None
            if phase is None:
                continue
            for e, event in enumerate(model.events):
                if not phase.contains(event.on):
                    found.append(
                        _finding(
                            EVENTS_IN_PHASE,
                            f"{event.on:%d/%m/%Y} ngoài {phase.period}",
                            f"{event.on.isoformat()} outside {phase.period}",
                            [f"$.models[{m}].events[{e}].on"],
                        )
                    )
    if REVIEW_AFTER_START.code in rules:
        for r, review in enumerate(dataset.reviews):
            if (
                review.held_on is not None
                and review.period is not None
                and review.held_on < review.period.start
            ):
                found.append(
                    _finding(
                        REVIEW_AFTER_START,
                        f"{review.held_on:%d/%m/%Y} trước {review.period.start:%d/%m/%Y}",
                        f"{review.held_on.isoformat()} before {review.period.start.isoformat()}",
                        [f"$.reviews[{r}].held_on"],
                    )
                )
    return found


def check(dataset: Dataset, rules: Sequence[Rule] = BUILTIN_RULES) -> list[Finding]:
    """Apply the rules to every report, figure and model of a dataset.

    Returns:
        The findings, errors first; an empty list when everything agrees.

    Examples:
        >>> from danvan.synth import dataset
        >>> check(dataset(models=100, seed=3))
        []
    """
    codes = {rule.code for rule in rules}
    found: list[Finding] = []
    for r, report in enumerate(dataset.reports):
        path = f"$.reports[{r}]"
        found += _breakdowns(report, path, codes)
        if RECOGNISED_NOT_ABOVE_REGISTERED.code in codes:
            found += _recognised_vs_registered(report, path)
        if COVERAGE_NOT_ABOVE_UNITS.code in codes:
            found += _coverage(dataset, report, path)
        if AWARDS_ONE_MOVEMENT.code in codes:
            found += _award_movements(dataset, report, path)
    if SAME_QUANTITY.code in codes:
        found += _same_quantities(dataset)
    found += _dates(dataset, codes)
    order = list(Severity)
    return sorted(found, key=lambda f: order.index(f.severity))


@attrs.frozen
class Reconciliation:
    """A reported figure beside the computed one for the same cell."""

    reported: Figure | None
    computed: Figure | None
    verdict: Verdict

    @property
    def residual(self) -> int | None:
        """Computed minus reported, when both exist."""
        if self.reported is None or self.computed is None:
            return None
        return self.computed.value.value - self.reported.value.value

    def __str__(self) -> str:
        reported = "—" if self.reported is None else str(self.reported.value)
        computed = "—" if self.computed is None else str(self.computed.value)
        return f"{reported} ↔ {computed}: {self.verdict.label_vi}"


def _cell(figure: Figure) -> tuple[object, ...]:
    dims = figure.dims
    status = None if dims.status in (ModelStatus.RECOGNISED, None) else dims.status
    return (figure.movement, figure.scope, dims.fields, dims.level, dims.holder, dims.kind, status)


def reconcile(
    reported: Table | Iterable[Figure], computed: Table | Iterable[Figure]
) -> list[Reconciliation]:
    """Pair reported and computed figures cell by cell and judge each pair.

    Figures pair when they cover the same movement, scope and breakdown cell. A pair
    of different measures is not comparable; exact equal counts match; a qualified
    count ("trên 1.000") that allows the computed value is within the qualifier.
    """
    computed_by_cell: dict[tuple[object, ...], Figure] = {}
    for figure in computed:
        computed_by_cell.setdefault(_cell(figure), figure)
    result = []
    used = set()
    for figure in reported:
        key = _cell(figure)
        other = computed_by_cell.get(key)
        if other is None:
            result.append(Reconciliation(figure, None, Verdict.NOT_COMPARABLE))
            continue
        used.add(key)
        if other.measure != figure.measure:
            result.append(Reconciliation(figure, other, Verdict.NOT_COMPARABLE))
        else:
            result.append(Reconciliation(figure, other, _compare(figure.value, "=", other.value)))
    result += [
        Reconciliation(None, figure, Verdict.NOT_COMPARABLE)
        for key, figure in computed_by_cell.items()
        if key not in used
    ]
    return result


def field_balance(table: Table, threshold: Decimal = Decimal(10)) -> list[Finding]:
    """Fields whose share of a breakdown falls below ``threshold`` percent.

    Examples:
        >>> from danvan import Count, Dims, Figure, FigureStatus, Table, UnitOfMeasure, Field
        >>> parts = [Figure(measure="registered", value=Count(n), dims=Dims(fields=(f,)),
        ...                 unit_of_measure=UnitOfMeasure.MODELS, scope="vn/ninh-binh",
        ...                 movement="dan-van-kheo", status=FigureStatus.COMPUTED)
        ...          for f, n in zip(Field, (451, 878, 166, 140))]
        >>> print(field_balance(Table(parts))[0].message_en)
        few models in a field: political-system building 8.6 % (140 of 1,635), below 10 %
    """
    from danvan._shares import shares  # noqa: PLC0415

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
            _finding(
                FIELD_BALANCE,
                f"{vi} {_vi(s.percent)} % ({s.count} trên {Count(total)}), dưới {_vi(threshold)} %",
                f"{en} {s.percent} % ({s.count.format('en')} of {Count(total).format('en')}), "
                f"below {threshold} %",
                [],
            )
        )
    return found


def _vi(number: Decimal) -> str:
    return str(number).replace(".", ",")
