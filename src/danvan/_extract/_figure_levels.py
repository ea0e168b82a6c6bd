"""Levels a figure's words give from further away: the body that recognised, a label.

"15 mô hình được UBND tỉnh công nhận" were recognised at the province level: the body's
tier says it. "a) Cấp tỉnh: công nhận 25 mô hình, 40 điển hình; b) Cấp huyện: …": the
label before a colon at the head of a clause gives the level of every count in it that
names none of its own.
"""

from __future__ import annotations

import re

from danvan._vocabulary import RecognitionLevel

__all__ = ["clause_label", "recognised_by"]

# The body that recognised or honoured, in a passive: "15 mô hình được UBND tỉnh công
# nhận", "3 mô hình được Trung ương biểu dương", "12 mô hình được tỉnh biểu dương".
_RECOGNISED_BY = re.compile(
    r"[^,.;:()\n0-9]{0,20}?\bduoc\s(?P<body>(?:(?:ubnd|uy\sban\snhan\sdan|ban\schi\sdao"
    r"|ban\sthuong\svu|ban\sdan\svan|hoi\sdong\sthi\sdua(?:\s-?\s?khen\sthuong)?)\s)?"
    r"(?P<tier>tinh|huyen|xa|phuong|thi\stran|thi\sxa|quan|trung\suong))\s"
    r"(?:cong\snhan|xac\snhan|bieu\sduong|tuyen\sduong)\b"
)
# A level label at the head of a clause: after a line's start, a semicolon, a sentence's
# end, a bullet or a list's letter ("a)", "1.", "-").
_LABEL = re.compile(
    r"(?:^|[;\n]|[.!?]\s)\s*(?:[-+•*]\s*|[a-z0-9]{1,2}[.)]\s+)?"
    r"(?P<label>cap\s(?:co\sso|xa|huyen|tinh|trung\suong))\s?:\s"
)
# Where a clause ends, looking back from a number: a label is read only in its clause.
_CLAUSE = re.compile(r"[;\n]|[.!?]\s")
_LEVEL_AFTER = re.compile(r"[^;.\n0-9]{0,40}\bcap\s")
_REACH = 200


def recognised_by(
    folded: str, end: int, measure: str | None
) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level of the body a passive after a count says recognised or honoured it."""
    if measure not in ("recognised", "honoured"):
        return None
    body = _RECOGNISED_BY.match(folded, end)
    if body is None:
        return None
    level = RecognitionLevel._lookup(f"cấp {body['tier']}")
    return None if level is None else (level, body.span("body"))


def clause_label(
    folded: str, start: int, end: int
) -> tuple[RecognitionLevel, tuple[int, int]] | None:
    """The level a label heads the clause of the number at ``start`` with, and its span.

    None when the clause has no such label, or a level follows the number ("cấp tỉnh: …
    25 mô hình cấp huyện" names its own).
    """
    since = max(0, start - _REACH)
    for stop in _CLAUSE.finditer(folded, since, start):
        since = stop.start()
    label = _LABEL.match(folded, since)
    if label is None or label.end() > start or _LEVEL_AFTER.match(folded, end):
        return None
    level = RecognitionLevel._lookup(label["label"])
    return None if level is None else (level, label.span("label"))
