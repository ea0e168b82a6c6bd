"""A unit named after a count, in its clause: "… 45 mô hình được công nhận ở huyện Yên Mô".

Or a unit the count is of, right after it ("8 mô hình của xã Gia Hòa", or "của xã" after
the commune is named shortly before), the whole country ("60.000 mô hình của cả nước"),
or a name alone that ends a headline ("Hơn 1.200 mô hình “Dân vận khéo” góp phần … ở Yên
Mô"). The span is of the unit's kind and name, in the folded text.
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import UNIT_KIND, named_before

__all__ = ["place_after", "unit_of"]

# A unit written after a count, in its clause: "… 45 mô hình được công nhận ở huyện Yên
# Mô", "Hơn 1.200 mô hình “Dân vận khéo” góp phần … ở Yên Mô" (a headline's last words).
_AT_A_PLACE = re.compile(rf"\s(?:o|tai|tren\sdia\sban)\s(?P<kind>{UNIT_KIND}\s)?(?=[a-z])")
_CLAUSE_STOP = re.compile(r"[.;:()\n0-9]")
# Examples of the count's models, whose places are theirs: "…, tiêu biểu như mô hình “…” ở
# xã Yên Lâm", "…, điển hình là …".
_EXAMPLES = re.compile(r"\s(?:nhu|(?:dien\shinh|tieu\sbieu)\sla)\s")
_NATION_AFTER = re.compile(
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?\s(?:cua|tren|trong|o)\s(ca\snuoc|toan\squoc)\b"
)
# "8 mô hình của xã Gia Hòa": a unit of a kind and a name owns the count (a body, "của Hội
# Nông dân xã", does not).
_OF_A_UNIT = re.compile(
    rf"(?:\s?[“\"«][^”\"»\n]{{1,60}}[”\"»])?\scua\s(?P<kind>{UNIT_KIND}\s)(?=[a-z])"
)
_WORD = re.compile(r"\S+")
_NOT_A_PLACE = frozenset(("Hội", "Ban", "Đại", "Trung", "Lễ", "Chương", "Cuộc", "Phong"))


def place_after(source: CleanText, end: int) -> tuple[int, int] | None:
    """The unit named after a count in its clause, from ``end``: its kind and name.

    Or a name alone that ends its sentence, as a headline's does ("… ở Yên Mô").
    """
    nation = _NATION_AFTER.match(source.folded, end)  # "60.000 mô hình của cả nước"
    if nation is not None:
        return nation.span(1)
    folded = source.folded
    stop = _CLAUSE_STOP.search(folded, end, end + 90)  # its clause, read with str.find
    clause_end = stop.start() if stop is not None else min(len(folded), end + 90)
    if (examples := _EXAMPLES.search(folded, end, clause_end)) is not None:
        clause_end = examples.start()  # "…, tiêu biểu như mô hình “…” ở xã Yên Lâm": its
    found = [
        i for w in (" o ", " tai ", " tren dia ban ") if (i := folded.find(w, end, clause_end)) >= 0
    ]
    at = _AT_A_PLACE.match(folded, min(found)) if found else None
    return None if at is None else _named(source, at)


def unit_of(source: CleanText, end: int) -> tuple[int, int] | None:
    """The unit a count is "của", right after it: "8 mô hình của xã Gia Hòa"."""
    of = _OF_A_UNIT.match(source.folded, end)
    if of is None or not source.clean[of.start("kind")].islower():  # "của Ban …": a body
        return None  # …or the unit of its kind named before: "Xã Gia Hòa …; UBND tỉnh
    return _named(source, of) or named_before(source, of["kind"].strip(), end)  # công nhận 6
    # mô hình của xã đạt cấp tỉnh"


def _named(source: CleanText, at: re.Match[str]) -> tuple[int, int] | None:
    """The span of a unit's kind and capitalised name after ``at``, or ``None``.

    With no kind, the name must end its sentence (a headline's last words).
    """
    line = source.clean[at.end() : at.end() + 80].split("\n", 1)[0]  # not the next line's
    words = list(itertools.islice(_WORD.finditer(line), 4))
    kept = list(itertools.takewhile(lambda w: w[0][:1].isupper(), words))
    if not kept or kept[0][0] in _NOT_A_PLACE:
        return None
    b = at.end() + kept[-1].start() + len(kept[-1][0].rstrip(".,;:!?"))
    if at["kind"] is None and not _ENDS.match(source.clean, b):  # no kind: a headline's end
        return None
    return (at.start("kind") if at["kind"] is not None else at.end()), b


_ENDS = re.compile(r"\s*(?:[.!?]\s|[.!?]?$|\n)")
