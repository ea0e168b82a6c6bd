"""The decision that gives an award batch, when its sentence names it, and its day.

"Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1520-QĐ/TU tặng Bằng khen cho 30 tập thể";
"Chủ tịch UBND tỉnh đã ký Quyết định số 1245/QĐ-UBND ngày 20/11/2025 về việc tặng Bằng
khen cho …"; "Tại Quyết định số …, Chủ tịch UBND tỉnh tặng …"; "… tặng Bằng khen cho 12
tập thể (Quyết định số 1245/QĐ-UBND ngày 20/11/2025)". The decision's symbol is the
batch's ``decision``, and the day it was issued its ``on`` when the sentence gives the
batch no day of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._awards import Award
from danvan._documents import DocumentType
from danvan._extract._references import Reference
from danvan._text import fold_each

__all__ = ["with_its_decision"]

# Between a decision and the batch it gives: "… 1520-QĐ/TU (ngày …) (về việc) tặng Bằng
# khen cho", "… 1245/QĐ-UBND khen thưởng"; no other clause.
_GIVES = re.compile(
    r"[^.;:()\n0-9]{0,20}?\b(?:ve\sviec\s|v/v\s)?(?:tang|trao|khen\sthuong|cong\snhan)\b"
    r"[^.;:()\n0-9]{0,60}$"
)
# …or a decision framing the sentence, then its giver: "Tại Quyết định số 2345/QĐ-UBND
# ngày 10/12/2025, Chủ tịch UBND tỉnh tặng Bằng khen cho".
_FRAMES = re.compile(r"(?:^|[.;:\n]\s*)(?:tai|theo)\s$")  # not "Thực hiện", "Căn cứ": a basis
_FRAMED = re.compile(
    r",\s[^.;:()\n0-9]{2,80}?\b(?:tang|trao|khen\sthuong|cong\snhan)\b[^.;:()\n0-9]{0,60}$"
)
# Between a batch and the decision in brackets after it: "… cho 12 tập thể (Quyết định";
# or after its form, passive: "25 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen theo
# Quyết định …", or right after it: "… cho 12 tập thể theo Quyết định …".
_IN_BRACKETS = re.compile(
    r"[^.;:()\n0-9]{0,30}\(\s?(?:theo\s)?$"
    r"|(?:\sduoc\s[^.;:()\n0-9]{2,60}?\s(?:tang|trao(?:\stang)?)\s(?:bang|giay)\skhen)?"
    r"\s(?:theo|tai)\s$"
)


def with_its_decision(award: Award, read: str, references: Sequence[Reference]) -> Award:
    """``award`` with the decision its batch's sentence names, and that decision's day.

    The batch's words are ``award.source.span`` in ``read``; ``references`` are those
    :func:`~danvan.find_references` finds in ``read``.
    """
    if award.source is None or award.source.span is None:
        return award
    a, b = award.source.span
    decision = _decision_of(read, references, a, b)
    if decision is None or decision.symbol is None:
        return award
    on = award.on if award.on is not None else decision.issued_on
    return attrs.evolve(award, decision=decision.symbol, on=on)


def _decision_of(read: str, references: Sequence[Reference], a: int, b: int) -> Reference | None:
    """The decision that gives the batch at ``a:b``: named right before it, or after it."""
    decisions = [r for r in references if r.doc_type is DocumentType.DECISION]
    before = [r for r in decisions if r.span[1] <= a]
    if before and _GIVES.match(fold_each(read[before[-1].span[1] : a])):
        return before[-1]
    if before and _FRAMED.match(fold_each(read[before[-1].span[1] : a])):
        start = before[-1].span[0]
        if _FRAMES.search(fold_each(read[max(0, start - 12) : start])):
            return before[-1]
    after = [r for r in decisions if r.span[0] >= b]
    if after and _IN_BRACKETS.fullmatch(fold_each(read[b : after[0].span[0]])):
        return after[0]
    return None
