"""Figures that give again the quantity of one before them: one quantity, listed once.

"Năm 2025, toàn tỉnh có 1.543 mô hình. Trong tổng số 1.543 mô hình, có …"; a headline's
"Hơn 900 mô hình" over the body's 946; "Biểu dương 120 mô hình …" over "… biểu dương 120
mô hình cấp tỉnh"; a count named again to list its parts, of no cell, over the count of a
cell it names ("… 52 mô hình được Ban Chỉ đạo phường công nhận …. Trong số 52 mô hình
được công nhận, lĩnh vực kinh tế có 18 …").
"""

from __future__ import annotations

import re

import attrs

from danvan._counts import Count
from danvan._extract._figure_words import KIND_OF
from danvan._extract._scope_names import names_the_scope
from danvan._figures import Figure
from danvan._measures import MODEL_UNITS, UnitOfMeasure
from danvan._periods import Period
from danvan._text import fold

__all__ = ["NAMED_AGAIN", "cells_spelled_alike", "headline_end", "restatements"]

# A web page's headline, its first level's heading: "<h1>Thanh Hóa: 3.200 mô hình …</h1>".
_H1_ENDS = re.compile(r"</h1\s*>", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b", re.IGNORECASE)


def headline_end(text: str) -> int:
    """Where a text's headline ends: its first line's end, or a web page's first heading's.

    The heading of a page counts only before its first paragraph; a page's menus and its
    date line may come before it.
    """
    h1 = _H1_ENDS.search(text)
    paragraph = _PARAGRAPH.search(text)
    if h1 is not None and (paragraph is None or h1.start() < paragraph.start()):
        return h1.start()
    return text.find("\n")


def cells_spelled_alike(figures: list[Figure], scope: str = "") -> list[Figure]:
    """The figures, each cell of words spelled as it is within a sentence.

    A cell written at a sentence's start is capitalised there only: "Các cấp Hội đã tổ
    chức …; … các cấp Hội đăng ký 426 mô hình" name one cell, "các cấp Hội", and so do a
    table's "Khối Đảng" and the prose's "khối Đảng". A body named once with the name of
    the report's ``scope`` and once without is one cell, its full name's: "Bộ đội Biên
    phòng tỉnh Quảng Trị" and "Bộ đội Biên phòng tỉnh" in the report of "vn/quang-tri".
    """
    named = [c for f in figures if (c := f.dims.category) is not None]
    within = {c: c for c in named if c[:1].islower()}
    for full in dict.fromkeys(named):
        own = _SCOPE_NAMED.fullmatch(full)
        capitals = own is not None and all(w[:1].isupper() for w in own["name"].split())
        if own is not None and capitals and names_the_scope(scope, full[own.start("kind") :]):
            short = full[: own.end("kind")]
            within[short[:1].lower() + short[1:]] = full
    spelled = []
    for figure in figures:
        category = figure.dims.category
        written = category and within.get(category[:1].lower() + category[1:], category)
        if written == category:
            spelled.append(figure)
            continue
        dims = attrs.evolve(figure.dims, category=written)
        notes = figure.notes
        if fold(written or "") != fold(category or ""):
            notes = (*notes, f"the body named in full as elsewhere in the text: '{written}'")
        spelled.append(attrs.evolve(figure, dims=dims, notes=notes))
    return spelled


# A body's name that ends in its unit's: "Bộ đội Biên phòng tỉnh Quảng Trị", "Công an xã
# Yên Lâm".
_SCOPE_NAMED = re.compile(
    r".+\s(?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
    r"(?P<name>(?:\s[^\s,;.]+){1,4})"
)


def restatements(figures: list[Figure], *, headline: int = -1) -> list[Figure]:
    """Each figure that gives again the quantity of one before it, linked to it.

    "Năm 2025, toàn tỉnh có 1.543 mô hình. Trong tổng số 1.543 mô hình, có …": the second
    restates the first (``restates``), so that a summary lists the quantity once; a
    rounded one restates the exact one after it, which is the one listed. Only a
    figure of the same measure, unit, cell and day, of the same period or of one the text
    does not say beside it, and a value the first allows ("Hơn 300 mô hình" in a
    headline, 318 in the body), neither a part nor a subset. A headline's round count of
    models ("Hơn 2.300 mô hình …") may stand for the body's models and exemplars, its
    models of no act ("Hơn 2.000 mô hình … góp phần …") for the body's of one, and its
    count of no cell for the body's of one (the text's first line, or a page's first
    heading, ends at ``headline``): "Biểu dương 120 mô hình …" over "… biểu dương 120 mô
    hình cấp tỉnh", which is listed; and its round count for the body's it rounds: "3.200
    mô hình" over 3.218. Every count before the one listed that gives it again restates
    it: a headline's and a lead's.
    """
    linked: list[Figure] = []
    # The period each figure is of, once a restatement says it: a headline's, its body's.
    periods: dict[str | None, Period | None] = {f.id: f.period for f in figures}
    dated: dict[str | None, Period | None] = {}  # the period of a count named again
    for figure in figures:
        heads = _heads_a_list(figure)  # "I. MÔ HÌNH (24)" over the list of the 24 recognised
        matches = [
            i
            for i, f in enumerate(linked)
            if _restates(figure, f, periods[f.id], headline=_in_the_headline(f, headline))
            or (heads and _restates(f, figure, periods[figure.id], headline=True))
        ]
        at = matches[0] if matches else None
        if heads and at is not None:
            linked.append(attrs.evolve(figure, restates=linked[at].id))
            continue
        again = None if at is not None else _named_again(figure, linked, periods)
        if again is not None:  # "Trong số 52 mô hình được công nhận, …"
            dated[figure.id] = figure.period or periods[again.id]
            linked.append(_dated_as(attrs.evolve(figure, restates=again.id), dated[figure.id]))
            continue
        if at is None:
            linked.append(figure)
            continue
        earlier = linked[at]
        if _listed_after(earlier, figure, headline):  # the body's is the one listed: each
            for i in matches:  # before it that gives it again restates it, headline and lead
                if _listed_after(linked[i], figure, headline):
                    periods[linked[i].id] = periods[linked[i].id] or figure.period
                    linked[i] = _dated_as(
                        attrs.evolve(linked[i], restates=figure.id), figure.period
                    )
            linked.append(figure)
        else:  # the same figure, of the same period: its parts too
            periods[earlier.id] = periods[earlier.id] or figure.period
            linked[at] = _dated_as(earlier, figure.period, _GIVEN_AGAIN)  # "Tuyên dương 250 …"
            dated[figure.id] = figure.period or periods[earlier.id]
            linked.append(_dated_as(attrs.evolve(figure, restates=earlier.id), dated[figure.id]))
    dated.update((f.id, f.period) for f in linked if f.id not in dated)
    return [  # the parts of a count, of no period or day of their own, are of its period
        _dated_as(f, dated.get(f.part_of)) if f.part_of is not None and f.as_of is None else f
        for f in linked
    ]


_GIVES_AGAIN = "period of the count it gives again, or is part of: {}"
_GIVEN_AGAIN = "period of the count that gives it again: {}"  # a headline's, its body's


def _dated_as(figure: Figure, period: Period | None, note: str = _GIVES_AGAIN) -> Figure:
    """``figure`` of the period of the count it gives again, with a note.

    Or of the count it is part of, or of the one that gives it again (``note`` says which).
    """
    if figure.period is not None or period is None:
        return figure
    return attrs.evolve(figure, period=period, notes=(*figure.notes, note.format(period)))


#: A count named again to list its parts: "Trong (tổng) số 52 mô hình được công nhận, …".
NAMED_AGAIN = re.compile(  # not a span of time: "Trong 5 năm, …"
    r"trong\s(?:(?:tong\s)?so\s)?(?P<value>[0-9][0-9.]*)\s(?!(?:nam|thang|quy|ngay)\b)"
)


def _named_again(
    figure: Figure, linked: list[Figure], periods: dict[str | None, Period | None]
) -> Figure | None:
    """The count of ``linked`` that ``figure`` names again, of no cell, to list its parts."""
    quote = figure.source.quote if figure.source is not None else None
    said = [m["value"] for m in NAMED_AGAIN.finditer(fold(quote))] if quote else []
    if str(figure.value) not in said or figure.part_of is not None or figure.subset_of is not None:
        return None
    return next(
        (
            earlier
            for earlier in linked
            if earlier.value == figure.value
            and earlier.measure == figure.measure
            and _the_same_cell(figure, earlier)
            and earlier.change is None
            and (figure.period is None or periods[earlier.id] in (None, figure.period))
        ),
        None,
    )


def _the_same_cell(figure: Figure, earlier: Figure) -> bool:
    """Whether a count named again, of no cell or of the earlier one's, counts what it does.

    "… gồm 826 mô hình và 419 điển hình. Trong 826 mô hình, …": the 826 are the models'
    cell of a count of models and exemplars.
    """
    if figure.unit_of_measure == earlier.unit_of_measure:
        return figure.dims.is_total or figure.dims == earlier.dims
    kind = KIND_OF.get(figure.unit_of_measure)  # type: ignore[arg-type]
    return (
        earlier.unit_of_measure is UnitOfMeasure.MODELS_AND_EXEMPLARS
        and kind is not None
        and earlier.dims == attrs.evolve(figure.dims, kind=kind)
    )


# A list's heading with its count, on a line of its own: "I. MÔ HÌNH (24)", "Danh sách các
# điển hình (11)".
_LIST_HEADING = re.compile(
    r"(?:[ivx]{1,4}\.|[0-9]{1,2}\.|[a-z]\))?\s?(?:danh\ssach\s)?(?:cac\s)?"
    r"(?:mo\shinh|dien\shinh)(?:,\s?dien\shinh)?\s?\(\s?[0-9][0-9.]*\s?\)"
)


def _heads_a_list(figure: Figure) -> bool:
    """Whether a figure is the count of a list's items, in the list's heading."""
    quote = figure.source.quote if figure.source is not None else None
    return (
        quote is not None
        and figure.measure == "models"
        and figure.dims.is_total
        and _LIST_HEADING.fullmatch(fold(quote)) is not None
    )


def _listed_after(earlier: Figure, figure: Figure, headline: int) -> bool:
    """Whether of two figures of one quantity the later one is listed, the earlier restating it.

    A headline's count of no cell, or its other wording ("3.200" over 3.218) or act, and a
    rounded count ("Hơn 900 …") over an exact one.
    """
    general = earlier.dims != figure.dims  # the headline's, of no cell: the body's listed
    general = general or (  # or of another act ("Xây dựng 485 …" over "… được công nhận")
        _in_the_headline(earlier, headline)
        and (
            earlier.value != figure.value
            or (earlier.measure != figure.measure and not _in_the_headline(figure, headline))
        )
    )
    return general or (_rounded(earlier.value) and not _rounded(figure.value))


def _rounded_to(round_value: int, value: int) -> bool:
    """Whether a round number ("3.200") is ``value`` rounded, to its last non-zero digit.

    Within a twentieth of it too: a headline's "3.200" over 3.218, not "1.000" over 1.245.
    """
    if round_value <= 0 or round_value % 10:
        return False
    unit = 10
    while round_value % (unit * 10) == 0:
        unit *= 10
    return abs(value - round_value) < min(unit, round_value / 20)


def _rounded(value: object) -> bool:
    """Whether a value is a count a qualifier rounds: "Hơn 900", "gần 1.000"."""
    return isinstance(value, Count) and not value.is_exact


# A headline's models, the body's models and exemplars: "Hơn 2.300 mô hình …", "2.318 mô
# hình, điển hình".
_SHORTENED = (UnitOfMeasure.MODELS, UnitOfMeasure.MODELS_AND_EXEMPLARS)


def _in_the_headline(figure: Figure, headline: int) -> bool:
    """Whether a figure was read from the text's first line, which ends at ``headline``."""
    span = None if figure.source is None else figure.source.span
    return headline > 0 and span is not None and span[0] < headline


def _restates(
    figure: Figure, earlier: Figure, period: Period | None, *, headline: bool = False
) -> bool:
    cell = figure.dims == earlier.dims or (headline and earlier.dims.is_total)
    said = figure.measure == earlier.measure or (  # a headline's models of no act: the
        headline
        and figure.unit_of_measure in MODEL_UNITS
        and (  # body's, recognised or kept up: "Hơn 2.000 mô hình … góp phần …"
            earlier.measure == "models"
            # or built, as many as the body's: "Thành phố Hà Tĩnh: Xây dựng 485 mô hình" over
            # "… có 485 mô hình … được công nhận ở các cấp"
            or (earlier.measure == "built" and figure.value == earlier.value)
        )
    )
    same = all(
        getattr(figure, name) == getattr(earlier, name) for name in ("as_of", "occurrences")
    ) and (figure.period is None or period is None or figure.period == period)
    same = same and said
    same = same and cell
    units = (earlier.unit_of_measure, figure.unit_of_measure)
    shortened = (_rounded(earlier.value) and units == _SHORTENED) or (
        figure.value == earlier.value and set(units) == set(_SHORTENED)
    )  # a table's "Công nhận (mô hình)", the prose's "mô hình, điển hình": one count
    same = same and (units[0] == units[1] or shortened)
    alone = all(  # a headline's may be some of another: "… 2.315 …, trong đó có 2.046 …"
        f.part_of is None
        and (headline or f.subset_of is None)
        and f.change is None
        and f.restates is None
        for f in (figure, earlier)
    )
    if not (same and alone):
        return False
    a, b = figure.value, earlier.value
    if a == b:
        return True
    if not (isinstance(a, Count) and isinstance(b, Count)):
        return False
    if headline and a.is_exact and b.is_exact:  # "Thanh Hóa: 3.200 mô hình …" over 3.218
        return _rounded_to(b.value, a.value)
    exact, other = (a, b) if a.is_exact else (b, a)
    return exact.is_exact and other.contains(exact.value) and _near(other, exact.value)


def _near(rounded: Count, value: int) -> bool:
    """Whether a count open above ("Hơn 900", "ít nhất 300") may stand for ``value``.

    A writer rounds down to a number near it: "Hơn 900 mô hình" for 946, not "hơn 320
    triệu đồng" (one model's) for the 4,6 tỷ đồng the schools raised; within a third.
    """
    return rounded.high is not None or 3 * value <= 4 * rounded.value
