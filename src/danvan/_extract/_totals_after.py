"""A total written after its parts: "cấp cơ sở 1.245, cấp huyện 318, tổng cộng 1.563".

Most reports give a total first and its breakdown after it; lists by level or by body
often end with their sum instead. The counts listed right before "tổng cộng" (or "tổng
số", "tính chung"), each naming a cell, of the same unit, measure and period, are the
parts of the count after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._cells import (
    adds_up,
    exact,
    measured_as_total,
    occurrences_of_its_total,
)
from danvan._extract._change_links import changes_measured_late
from danvan._extract._figure_mention import FigureMention, verb_said
from danvan._extract._figure_words import AND, VERB_WORDS, counted_in
from danvan._extract._share_bases import counts_of_their_share
from danvan._extract._years_summed import periods_listed_after, years_summed
from danvan._numbers import Percent
from danvan._periods import Period

__all__ = ["RAISED_SUM", "sum_said_before", "total_after_its_parts"]

# The words that give the sum of the items before: "…, tổng cộng 1.563 mô hình"; or the
# next sentence's, when the items add up to it: "…. Tổng cộng 1.388 mô hình.", "…. Tổng số
# 2.450 mô hình.", "…. Tổng cộng toàn tỉnh có 1.111 mô hình".
_SUM_WORDS = (  # …with what it counts: "tổng số mô hình được công nhận năm 2025 là 85",
    # "tổng số lượt mô hình được công nhận 3 cấp là 313"
    # …or whose it is, with its act: "…; tổng cộng lực lượng vũ trang đăng ký 184"
    # …"tổng cộng các tổ chức chính trị - xã hội đã xây dựng 1.250"
    rf"(?:tong\scong(?:\s[a-z]+(?:\s(?:[a-z]+|-)){{0,7}}?\s(?:da\s)?(?:{VERB_WORDS}|co)(?=\s?$))?"
    r"|tong\sso(?:\s(?:luot\s)?(?:mo\shinh|dien\shinh)(?:\s(?:[a-z]+|[0-9](?=\scap\b))){0,7}?"
    r"(?:\snam\s20[0-9]{2})?"
    r"(?=\s(?:la|dat)\b))?|tinh\schung|cong\slai|tong)"  # "Tổng: 313", "; tổng 313"
    r"(?:\s(?:ca\s)?[0-9]{1,2}\snam)?"  # "Tổng cộng 5 năm: 1.560 mô hình"
    r"(?:,?\s(?:toan|ca)\s(?:tinh|huyen|xa|phuong|thanh\spho|thi\sxa|quan|thi\stran))?"
    # "Tính chung 10 năm, đã có 7.338 …", "Tổng 3 năm đã công nhận 1.070 …"
    rf"(?:,?\s(?:da\s)?(?:duoc\s)?(?:la|co|dat|{VERB_WORDS}))?\s?:?\s?"
)
_SUM = r"(?:,|;|\sva)\s" + _SUM_WORDS
_SUM_OF_THE_ITEMS = re.compile(_SUM + "$")
# …after "Như vậy" too, or as the year's act again: "…. Như vậy, (trong) năm 2025 đã công
# nhận 254 mô hình"; or raised to by the last item: "…, nâng tổng số … trong năm lên 254".
_SO = r"(?:nhu\svay|tom\slai),?\s"
_SUM_NEXT = (
    rf"\.\s(?:{_SO})?{_SUM_WORDS}"
    rf"|\.\s{_SO}(?:trong\s)?(?:nam\s(?:19|20)[0-9]{{2}},?\s)?(?:da\s)?(?:duoc\s)?"
    rf"(?:{VERB_WORDS})\s(?:duoc\s)?"
)

#: The total a count raises its own to, after it: "…, nâng tổng số (mô hình …) lên ".
RAISED_SUM = r",\s(?:nang|dua)\s(?:tong\s)?so(?:\s[^.;:\n0-9]{0,80}?)?\slen\s"
_RAISED = re.compile(RAISED_SUM + "$")
# …or the whole year's after its batches: "đợt 1 công nhận 45 …, đợt 2 … 38 …; cả năm
# công nhận 83 mô hình".
_THE_YEARS = rf"[;,]\s(?:tinh\s)?ca\snam(?:\s(?:da\s)?(?:duoc\s)?(?:{VERB_WORDS}|co|la))?\s?:?\s"
_SUM_IN_THE_NEXT = re.compile(rf"(?:{_SUM_NEXT}|{RAISED_SUM}|{_THE_YEARS})$")
_SUM_REACH = 90
# Between the last item and the sum: the rest of its item ("… cấp tỉnh"), the sum's words.
_LAST_GAP = re.compile(rf"[^,.;:()\n0-9]{{0,40}}(?:{_SUM}|{_SUM_NEXT}|{RAISED_SUM}|{_THE_YEARS})")
# Between two items of the list: the rest of one item, a separator, the next's label.
_MOST_ITEMS = 40  # a list's items read back from its sum, no more
_NEXT_GAP = re.compile(  # …its period in brackets too: "…; đợt 2 (tháng 12/2025) công nhận 47"
    # after a semicolon, a label with commas too: "…; các xã, thị trấn đăng ký 542"
    # …or a line of its own: "… 45 mô hình.\n- Lĩnh vực văn hóa - xã hội: 38 …"
    r"[^,.;:()\n0-9]{0,40}(?:(?:,|\sva|,\sva)\s|;\s(?:[^,.;:()\n0-9]{1,30},\s){0,4}|\.?\n\s*)"
    r"(?:dot\s[0-9]{1,2}\b)?[^,.;:()\n0-9]{0,40}"
    r"(?:\([^()\n]{0,30}\)[^,.;:()\n0-9]{0,40})?"
    rf"(?::\s?(?:(?:da\s)?(?:{VERB_WORDS})\s)?)?"  # "…;\n- Khối chính quyền: (công nhận) 42"
)
# An item's share of the sum, in brackets after its count: " (chiếm 41,8%)".
_SHARE = r"\s?\((?:chiem\s|dat\s)?[0-9][0-9,]*\s?%\)"
_ITS_SHARE_IN = re.compile(_SHARE)
_ITS_SHARE = re.compile(_SHARE + r"[^()]*")


def sum_said_before(folded: str, start: int) -> bool:
    """Whether the words right before ``start`` give the sum of the items before them.

    "…, tổng cộng 1.563", "…. Tổng cộng 352 mô hình", "…, nâng tổng số … lên 412".
    """
    reach = max(0, start - _SUM_REACH)
    return any(p.search(folded, reach, start) for p in (_SUM_IN_THE_NEXT, _SUM_OF_THE_ITEMS))


def total_after_its_parts(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Link the items listed right before a "tổng cộng" count to it, in place.

    And the counts of periods listed after a total to it (:func:`periods_listed_after`),
    and the counts whose share says their total (:func:`counts_of_their_share`).
    """
    for i, mention in enumerate(mentions):
        start = spans[i][0]
        if not isinstance(mention.value, Count) or mention.change is not None:
            continue
        next_one = _SUM_IN_THE_NEXT.search(folded, max(0, start - _SUM_REACH), start) is not None
        # …and another sum given with it: "Tổng cộng toàn tỉnh: 1.643 mô hình, 706 điển hình"
        with_it = i > 0 and AND.fullmatch(folded, spans[i - 1][1], start) is not None
        with_it = with_it and mentions[i - 1].unit_of_measure != mention.unit_of_measure
        with_it = with_it and sum_said_before(folded, spans[i - 1][0])
        if not (next_one or with_it) and not sum_said_before(folded, start):
            continue
        parts = _items_before(folded, mentions, spans, i) if not with_it else []
        if len(parts) < 2:  # "2.1. Cấp tỉnh" over "… 45 …", "2.2. Cấp huyện" over …
            parts = _levels_that_add_up(mentions, i)
            next_one = next_one or with_it  # only if they add up
        if len(parts) < 2 and years_summed(mentions, i):  # "Năm 2021: 245 …; …. Tổng cộng"
            continue
        if len(parts) < 2 and i > 0:  # "… công nhận 126 mô hình, nâng tổng số … lên 412"
            _batch_among_the_sum(folded, mentions, spans, i)
        if len(parts) < 2 or (next_one and not adds_up(mentions, parts, i)):
            continue  # "…. Tổng cộng 1.388 mô hình": only of items that add up to it
        said = {mentions[j].measure for j in parts if verb_said(mentions[j])}
        if len(said) > 1 or (verb_said(mention) and said and said != {mention.measure}):
            _acts_among_the_sum(folded, mentions, parts, spans, i)
            continue
        whole = (mention.text, mention.span)
        for j in parts:
            part = occurrences_of_its_total(mentions[j], mention)  # "… 313 lượt mô hình"
            if part.unit_of_measure is None:  # "cấp tỉnh 12, cấp huyện 48, tổng số 270 mô hình"
                part = measured_as_total(_counted_as(part, mention), mention)
            evidence = {**part.evidence, "part_of": whole}
            mentions[j] = attrs.evolve(part, part_of=i, evidence=evidence)
        if said and not verb_said(mention):  # the parts' verb: "cấp tỉnh công nhận 48, …"
            (measure,) = said
            evidence = {**mention.evidence, "measure": mentions[parts[0]].evidence["measure"]}
            mentions[i] = attrs.evolve(mention, measure=measure, evidence=evidence)
        _period_of_the_parts(mentions, parts, i)  # "Năm 2025, …. Tổng cộng 1.245 mô hình."
    periods_listed_after(mentions)  # and after a total: "… 726 …: - Năm 2021: đăng ký 132"
    changes_measured_late(folded, mentions, spans)  # "…; giai đoạn … có 5.284 …, tăng 1.442"
    counts_of_their_share(folded, mentions, spans)  # "… (126 mô hình, chiếm 42,3%)"


def _levels_that_add_up(mentions: Sequence[FigureMention], i: int) -> list[int]:
    """The counts of one level each, the nearest before a sum's, that add up to it exactly.

    "2.1. Cấp tỉnh" over "… công nhận 45 mô hình, 20 điển hình", "2.2. Cấp huyện" over
    "… 312 mô hình, 146 điển hình", …, then "Tổng cộng toàn tỉnh: 1.643 mô hình, 706 điển
    hình": a count of the sum's unit at each level, under headings, not listed together.
    """
    total, whole = mentions[i], exact(mentions[i])
    parts: list[int] = []
    for j in range(i - 1, max(-1, i - _MOST_ITEMS), -1):
        part = mentions[j]
        if part.unit_of_measure != total.unit_of_measure:
            continue  # "… 312 mô hình, 146 điển hình": the other unit's count between
        if exact(part) is None or part.level is None or part.change is not None:
            return []
        if part.part_of is not None or part.subset_of is not None:
            return []
        parts.insert(0, j)
        if whole is None or sum(exact(mentions[k]) or 0 for k in parts) > whole:
            return []
        if adds_up(mentions, parts, i):
            levels = {mentions[k].level for k in parts}
            return parts if len(parts) > 1 and len(levels) == len(parts) else []
    return []


def _acts_among_the_sum(
    folded: str,
    mentions: list[FigureMention],
    parts: Sequence[int],
    spans: Sequence[tuple[int, int]],
    i: int,
) -> None:
    """Counts of acts of their own before the sum they raise are among it, in place.

    "xây dựng mới 64 mô hình, duy trì 198 mô hình từ các năm trước, nâng tổng số lên 262":
    the new ones and those kept up are some of the 262, each of its own act; no parts.
    """
    start, total = spans[i][0], mentions[i]
    if _RAISED.search(folded, max(0, start - _SUM_REACH), start):
        for j in parts:
            evidence = {**mentions[j].evidence, "subset_of": (total.text, total.span)}
            mentions[j] = attrs.evolve(mentions[j], subset_of=i, evidence=evidence)


_KEPT_UP = frozenset(("in_operation", "models"))  # stocks: a sum of them is the year's
_RAISED_AFTER = re.compile(rf"[^,.;:()\n0-9]{{0,40}}{RAISED_SUM}")


def _batch_among_the_sum(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> None:
    """The one count right before a sum raised to in a year is among it, in place.

    "Các xã đã công nhận 126 mô hình, nâng tổng số … trong năm lên 412 mô hình": the 126
    are some of the 412, not a second count of them. Only a sum whose own words date it
    ("trong năm", "năm 2025"), or of the models there are ("… duy trì 245 mô hình từ các
    năm trước, nâng tổng số lên 332"): one of every year is left out of a draft, not its
    batch.
    """
    batch, total = mentions[i - 1], mentions[i]
    dated = total.evidence.get("period")
    if (
        (  # …or one of models kept up, the year's: "duy trì 245 …, nâng tổng số lên 332"
            (dated is not None and dated[1][0] >= batch.span[1]) or total.measure in _KEPT_UP
        )
        and (batch.part_of, batch.subset_of, batch.change) == (None, None, None)
        and (batch.measure, batch.unit_of_measure) == (total.measure, total.unit_of_measure)
        and isinstance(batch.value, Count)
        and _RAISED_AFTER.fullmatch(folded, spans[i - 1][1], spans[i][0])
    ):
        evidence = {**batch.evidence, "subset_of": (total.text, total.span)}
        mentions[i - 1] = attrs.evolve(batch, subset_of=i, evidence=evidence)


def _items_before(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> list[int]:
    """The counts listed right before count ``i``, each a cell of its unit and period.

    Past the share each gives in brackets: "kinh tế 1.024 mô hình (chiếm 41,8%); …".
    """
    total, parts = mentions[i], list[int]()
    j, end = i - 1, spans[i][0]
    while j >= 0 and len(parts) < _MOST_ITEMS:
        part = mentions[j]
        share = isinstance(part.value, Percent) and j > 0
        if share and _ITS_SHARE.fullmatch(folded, spans[j - 1][1], end):
            j -= 1  # the share of the count before it
            continue
        between = folded[spans[j][1] : end]
        k = _with_its_own_parts(mentions, j)  # "cấp tỉnh: 86 mô hình (tập thể 54, …);"
        if k != j:
            j, part = k, mentions[k]
            between = _ITS_PARTS.sub("", folded[spans[j][1] : end], count=1)
        between = _ITS_SHARE_IN.sub("", between)
        gap = _LAST_GAP if not parts else _NEXT_GAP
        if (
            not gap.fullmatch(between)
            or not isinstance(part.value, Count)
            or (part.part_of, part.subset_of, part.change) != (None, None, None)
            # its unit, or none: "cấp tỉnh: 48 mô hình, 22 điển hình; …. Tổng cộng có 1.944
            # mô hình, điển hình"; "cấp tỉnh 12, cấp huyện 48, tổng số 270 mô hình"
            or not (
                part.unit_of_measure is None
                or counted_in(total.unit_of_measure, part.unit_of_measure)
            )
            or (part.unit_of_measure is None and part.noun)
            or not _within(part.period, total.period or mentions[(parts or [j])[0]].period)
            or not (part.level or part.fields or part.holder or part.category or part.status)
        ):
            break
        parts.append(j)
        j, end = j - 1, spans[j][0]
    return parts


# The parts of an item in brackets after its count: " (tập thể 54, cá nhân 32)".
_ITS_PARTS = re.compile(r"\s?\([^()\n]*\)")


def _with_its_own_parts(mentions: Sequence[FigureMention], j: int) -> int:
    """The count whose parts end at ``j``, right before them; ``j`` when it is none's part."""
    k = mentions[j].part_of
    if k is None or k >= j or any(mentions[m].part_of != k for m in range(k + 1, j + 1)):
        return j
    return k


def _period_of_the_parts(mentions: list[FigureMention], parts: Sequence[int], i: int) -> None:
    """A total of no period of its own takes its parts' one period, with its words.

    So does its change right after it: "Tổng cộng … 1.250 mô hình, tăng 96 mô hình".
    """
    total, periods = mentions[i], {mentions[j].period for j in parts}
    if total.period is not None or len(periods) != 1 or None in periods:
        return
    said = next(
        (mentions[j].evidence["period"] for j in parts if "period" in mentions[j].evidence), None
    )
    if said is None:
        return
    period = periods.pop()
    mentions[i] = attrs.evolve(total, period=period, evidence={**total.evidence, "period": said})
    after = mentions[i + 1] if i + 1 < len(mentions) else None  # "…, tăng 96 mô hình so với …"
    if (
        after is not None
        and after.change is not None
        and after.period is None
        and (after.measure, after.unit_of_measure) == (total.measure, total.unit_of_measure)
    ):
        mentions[i + 1] = attrs.evolve(
            after, period=period, evidence={**after.evidence, "period": said}
        )


def _within(part: Period | None, total: Period | None) -> bool:
    """Whether a part's period is the total's, or within it: "Đợt 1 (tháng 6/2025) …"."""
    return part == total or (part is not None and total is not None and total.contains(part))


def _counted_as(part: FigureMention, total: FigureMention) -> FigureMention:
    """A bare number listed before its total, counting what the total counts."""
    evidence = {**part.evidence}
    if "noun" in total.evidence:
        evidence["noun"] = total.evidence["noun"]
    return attrs.evolve(
        part,
        unit_of_measure=total.unit_of_measure,
        noun=total.noun,
        kind=total.kind,
        evidence=evidence,
    )
