"""The act a numbered section's heading names, for the counts of its items that say none.

"2. Kết quả công nhận" over "- Cấp tỉnh: 18 mô hình, 6 điển hình." and "Tổng cộng: 266
mô hình, 81 điển hình.": the models recognised at each level, not those there are;
"1. Kết quả đăng ký, xây dựng mô hình" over "- Cấp tỉnh: 45 mô hình." registered them.
Only a count of models with no verb of its own, on an item's line ("- …", "+ …", or a
label and its colon) up to the next heading, and a heading that names one act (or the
registering to build, or the proposing to recognise), not denied.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, verb_said
from danvan._extract._figure_verbs import verb_in
from danvan._extract._figure_words import MODEL_UNITS

__all__ = ["acts_of_the_sections"]

# A numbered heading on a line of its own, with no number of a count: "2. Kết quả công
# nhận", "II. CÔNG TÁC ĐĂNG KÝ", "2.1. Đăng ký xây dựng mô hình:".
_HEADING = re.compile(
    r"^[ \t]*(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?|[ivx]{1,4}\.|[a-z]\))[ \t]+"
    r"(?P<words>[^0-9\n:]{3,100}?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
# An item's line, up to the count: "- Cấp tỉnh: ", "+ ", "Tổng cộng: ".
_ITEM = re.compile(r"[ \t]*(?:[-+•*–][ \t]|[^\n.;:0-9]{1,40}:[ \t]?)")
_DENIED = re.compile(r"\b(?:chua|khong)\b")
# Two acts a heading may name for one: registering to build, proposing to recognise.
_ONE_ACT = {("registered", "built"): "registered", ("proposed", "recognised"): "proposed"}


def acts_of_the_sections(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give each count of an item that says no act its section heading's act, in place."""
    folded = source.folded
    headings = source.spans_of(_HEADING)
    if not headings:
        return
    starts = [a for a, _ in headings]
    acts: dict[int, tuple[str, tuple[str, tuple[int, int]]] | None] = {}  # each heading's, once
    for i, (start, _) in enumerate(spans):
        mention = mentions[i]
        if (
            mention.measure not in (None, "models")
            or verb_said(mention)
            or mention.unit_of_measure not in MODEL_UNITS
            or mention.change is not None
        ):
            continue
        k = bisect.bisect_right(starts, start) - 1
        line = folded.rfind("\n", 0, start) + 1
        if k < 0 or not _ITEM.match(folded, line):
            continue
        if k not in acts:
            acts[k] = _act_of(source, *headings[k])
        acted = acts[k]
        if acted is not None:
            evidence = {**mention.evidence, "measure": acted[1]}
            mentions[i] = attrs.evolve(mention, measure=acted[0], evidence=evidence)


def _act_of(source: CleanText, a: int, b: int) -> tuple[str, tuple[str, tuple[int, int]]] | None:
    """The one act the heading at ``a:b`` names, with its words; ``None`` when not one."""
    heading = _HEADING.match(source.folded, a)
    if heading is None or _DENIED.search(heading["words"]):
        return None
    offset = heading.start("words")
    first = verb_in(heading["words"], offset, source)
    last = verb_in(heading["words"], offset, source, last=True)
    if first is None or last is None:
        return None
    act = first[0] if first[0] == last[0] else _ONE_ACT.get((first[0], last[0]))
    return None if act is None else (act, first[1])
