"""Validation rules as data, and what they find.

A report's figures should agree with themselves: a breakdown ("trong đó …") should add
up to its total, no part should exceed the whole, fewer models can be recognised than
registered. Each such expectation is a :class:`Rule`: two sides, an operator, a
severity, what to do when a side is missing, and a message in Vietnamese and English.
Rules are values: an application can write its own, change the severity of a built-in
one, and store them with its data (:attr:`~danvan.Dataset.rules`). What a rule finds is
a :class:`Finding`, carrying the rule. Applying rules is :func:`~danvan.check`.

Qualified counts compare by their intervals: "trên 1.000" with parts summing to 1.014
is consistent.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from danvan._counts import Count
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._terms import Term
from danvan._validators import check_id, check_text, instance_of, to_tuple, tuple_of
from danvan.exceptions import InvalidValueError

__all__ = [
    "BREAKDOWNS",
    "OPERATORS",
    "Finding",
    "Findings",
    "Rule",
    "Severity",
    "Verdict",
    "compare_counts",
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


#: The operators a rule compares its sides with.
OPERATORS = ("=", "<=", ">=", "<", ">")
#: Which breakdowns a rule on ``sum(parts)`` or ``part`` applies to.
BREAKDOWNS = ("all", "complete", "partial")


def _one_of(accepted: tuple[str, ...], what: str) -> Any:
    def check(rule: Rule, attribute: object, value: object) -> None:
        if value not in accepted:
            raise InvalidValueError(value, f"{what} is one of {', '.join(map(repr, accepted))}")

    return check


@attrs.frozen(kw_only=True)
class Rule:
    """A validation rule as data, as DHIS2 validation rules are: two sides, an operator.

    :func:`~danvan.check` reads the sides:

    - a measure code on both sides (``"recognised"``, ``"<="``, ``"registered"``): every
      pair of counts of one report with those measures and the same scope, movement,
      period and breakdown cell (not changes: "tăng 41" says nothing of "tăng 37");
    - ``"sum(parts)"`` or ``"part"`` against ``"total"``: every breakdown of a total
      (``breakdowns`` says which: all, only complete ones, only partial ones);
    - ``"subset"`` against ``"superset"``: every figure with its ``subset_of``;
      ``"restatement"`` against ``"restated"``: every figure with its ``restates``.

    A few built-in rules judge things no two sides can say (dates, coverage of units,
    award batches across movements); their sides only describe them. Any rule, built-in
    or not, reports with its own code, severity and messages.

    Attributes:
        code: Stable code of the rule.
        left: What the left side is: ``"sum(parts)"``, ``"part"`` or a measure code.
        op: ``=``, ``<=``, ``>=``, ``<`` or ``>``.
        right: What the right side is: ``"total"`` or a measure code.
        severity: How much a violation matters.
        missing: When a measure's figure has no partner: ``"skip"`` it, or report a
            ``"finding"``.
        breakdowns: For breakdown sides, which breakdowns the rule judges: ``"all"``,
            ``"complete"`` (the parts cover every member of their dimension) or
            ``"partial"``.
        message_vi: The message in Vietnamese.
        message_en: The message in English.

    Examples:
        >>> from danvan import Rule, Severity
        >>> Rule(code="supported_not_above_recognised", left="supported", op="<=",
        ...      right="recognised", severity=Severity.WARNING,
        ...      message_vi="số mô hình được hỗ trợ vượt số được công nhận",
        ...      message_en="more models supported than recognised").op
        '<='
    """

    code: str = attrs.field(validator=check_id)
    left: str = attrs.field(validator=check_text)
    op: str = attrs.field(validator=_one_of(OPERATORS, "an operator"))
    right: str = attrs.field(validator=check_text)
    severity: Severity = attrs.field(validator=instance_of(Severity))
    missing: str = attrs.field(default="skip", validator=_one_of(("skip", "finding"), "missing"))
    breakdowns: str = attrs.field(default="all", validator=_one_of(BREAKDOWNS, "breakdowns"))
    message_vi: str = attrs.field(validator=check_text)
    message_en: str = attrs.field(validator=check_text)

    def compare(self, left: Count, right: Count) -> Verdict:
        """Whether ``left op right`` holds, given the intervals of both counts.

        Args:
            left: The left side's value.
            right: The right side's value.

        Returns:
            A match, a match within the qualifiers' intervals, or a mismatch.
        """
        return compare_counts(left, self.op, right)

    def finding(
        self,
        detail_vi: str,
        detail_en: str,
        paths: Iterable[str] = (),
        residual: int | None = None,
    ) -> Finding:
        """What this rule found: its message followed by the details.

        Args:
            detail_vi: What was found, in Vietnamese ("1.999 công nhận, 1.635 đăng ký").
            detail_en: The same in English.
            paths: JSON paths of the objects involved.
            residual: Left minus right, when numeric.

        Returns:
            The finding, carrying this rule.
        """
        return Finding(
            rule=self,
            message=f"{self.message_vi}: {detail_vi}",
            message_en=f"{self.message_en}: {detail_en}",
            paths=tuple(paths),
            residual=residual,
        )

    def message(self, lang: Lang = "vi") -> str:
        """The message in ``lang``.

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The message.

        Raises:
            UnknownTermError: An unknown language.
        """
        return self.message_en if check_lang(lang) == "en" else self.message_vi


def compare_counts(left: Count, op: str, right: Count) -> Verdict:
    """Whether ``left op right`` holds, given the intervals of both counts."""
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


@attrs.frozen(kw_only=True, repr=False)
class Finding:
    """What a rule found.

    Attributes:
        rule: The rule that found it, with its code and severity.
        message: What was found, in Vietnamese.
        message_en: The same in English.
        paths: JSON paths of the objects involved.
        residual: left minus right, when numeric.
    """

    rule: Rule = attrs.field(validator=instance_of(Rule))
    message: str
    message_en: str
    paths: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    residual: int | None = None

    @property
    def code(self) -> str:
        """The code of the rule that found it."""
        return self.rule.code

    @property
    def severity(self) -> Severity:
        """How much it matters: the severity of its rule."""
        return self.rule.severity

    @property
    def mark(self) -> str:
        """One character for the severity: ✗ error, ⚠ warning, · note."""
        return {"error": "✗", "warning": "⚠", "info": "·"}[self.severity.value]

    def __str__(self) -> str:
        where = f" @ {', '.join(self.paths)}" if self.paths else ""
        return f"{self.mark} [{self.code}] {self.message}{where}"

    def __repr__(self) -> str:  # one line: a list of findings reads as a list
        message = self.message_en if len(self.message_en) <= 60 else self.message_en[:59] + "…"
        where = f" @ {self.paths[0]}" + (f" +{len(self.paths) - 1}" if len(self.paths) > 1 else "")
        return (
            f"Finding({self.severity.value} {self.code}: {message!r}{where if self.paths else ''})"
        )


class Findings(list[Finding], Displayed):
    """What :func:`~danvan.check` found: a plain list of :class:`Finding`, errors first.

    In a notebook it shows as a table of severity, rule, message and paths, a screen at
    most.

    Examples:
        >>> from danvan import check, load_example
        >>> found = check(load_example())
        >>> len(found), [f.code for f in found]
        (2, ['recognised_not_above_registered', 'field_balance'])
        >>> "<caption>2 findings: 0 errors, 1 warnings, 1 notes</caption>" in found.to_html("en")
        True
    """

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The findings as a notebook shows them: a row each.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        n = {s: sum(f.severity is s for f in self) for s in Severity}
        errors, warnings, notes = n[Severity.ERROR], n[Severity.WARNING], n[Severity.INFO]
        if lang == "vi":
            caption = f"{len(self)} phát hiện: {errors} lỗi, {warnings} cảnh báo, {notes} ghi chú"
            headers = ["", "quy tắc", "nội dung", "ở đâu"]
        else:
            caption = f"{len(self)} findings: {errors} errors, {warnings} warnings, {notes} notes"
            headers = ["", "rule", "message", "where"]
        rows = (
            (f.mark, f.code, f.message if lang == "vi" else f.message_en, ", ".join(f.paths))
            for f in self
        )
        return table(caption, headers, rows, lang, max_rows)
