"""Counts alike side by side: cells of one list, each with its own name or head, its verb.

"- Khối Đảng: đăng ký 28 mô hình, …" over "- Các xã, thị trấn: đăng ký 214 mô hình, …":
the communes are a bloc there, not the whole area, as "các xã, thị trấn" alone would be.
An item with no verb takes the verb of the one before it, named or headed alike: "Năm
2024 có 1.102 mô hình được công nhận; năm 2025 có 1.286 mô hình".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from danvan._counts import Count
from danvan._extract._figure_mention import (
    FigureMention,
    count_before,
    related,
    verb_said,
    whole_of,
)
from danvan._extract._figure_words import NEXT_OBJECT, SENTENCE_END, TIER, VERB_WORDS
from danvan._extract._list_items import line_label
from danvan._extract._lists import BULLET
from danvan._numbers import Percent
from danvan._text import fold

__all__ = [
    "beside_another",
    "named_as_its_total",
    "verb_of_the_item_alike",
    "verb_of_the_item_before",
]

# The next line of a bulleted list: "…;\n- Các xã, thị trấn: 69", also past the other acts
# and changes of the line before: "…, công nhận 104 mô hình.\n- Các xã, …: đăng ký"; or of
# numbered ones: "…\n2.5. Các xã, phường: đăng ký".
_LINE_AFTER = re.compile(
    rf"[^\n]*\n(?:{BULLET.pattern}|[ \t]*[0-9]{{1,2}}(?:\.[0-9]{{1,2}}){{0,3}}[.)][ \t])[^.\n]*"
)


def named_as_its_total(
    mentions: Sequence[FigureMention], names: Sequence[tuple[str, tuple[int, int]] | None], i: int
) -> bool:
    """Whether count ``i``'s name is the subject of the total of no cell it is a part of.

    "các đơn vị trong lực lượng vũ trang tỉnh đã xây dựng 68 mô hình, trong đó 14 mô hình
    được công nhận cấp tỉnh": the 14 are among the area's 68, as they are.
    """
    whole = whole_of(mentions[i])
    return whole is not None and names[whole] == names[i] and mentions[whole].category is None


def beside_another(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    i: int,
    *,
    grades: set[int],
) -> bool:
    """Whether a count named alike next to this one, in its sentence, counts alike.

    Alike: the same unit, the same measure. "Ban Chỉ đạo công nhận 12 mô hình, Ban
    Thường vụ biểu dương 8 mô hình" are two figures, not cells of one. A grade after a
    count is no name like a body's ("Ban Chỉ đạo … thẩm định 45 mô hình, … 41 mô hình
    đạt"). A share between is no count: "782 mô hình hoạt động hiệu quả (75,8%), 198 …".
    """
    for j in _neighbours(folded, mentions, spans, names, i):
        if (
            not 0 <= j < len(mentions)
            or names[j] is None
            or ((i in grades) != (j in grades) and not _anew_and_again(names, i, j))
            or related(mentions, i, j)
        ):
            continue
        a, b = (spans[j][1], spans[i][0]) if j < i else (spans[i][1], spans[j][0])
        same = (mentions[j].unit_of_measure, mentions[j].measure) == (
            mentions[i].unit_of_measure,
            mentions[i].measure,
        )
        if same and (
            SENTENCE_END.search(folded, a, b) is None or _LINE_AFTER.fullmatch(folded, a, b)
        ):
            return True  # also the next line of a bulleted list: "…;\n- Các xã, thị trấn: 69"
    return False


def _past_shares(mentions: Sequence[FigureMention], i: int, step: int) -> int:
    """The index of the next count from ``i`` on by ``step``, past shares and other things.

    Past percentages, counts of another unit ("…; tổ chức 86 công trình thanh niên"), and
    past changes, for a count that is none: the communes' line "- Các xã, phường: đăng
    ký 1.203 mô hình" after "…, tăng 15 mô hình so với năm 2024." stands beside the line's
    count before the change.
    """
    j, changed, unit = i + step, mentions[i].change is not None, mentions[i].unit_of_measure
    while 0 <= j < len(mentions) and (
        isinstance(mentions[j].value, Percent)
        or (mentions[j].change is not None and not changed)
        or mentions[j].unit_of_measure != unit
    ):
        j += step
    return j


def _neighbours(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    i: int,
) -> Iterator[int]:
    """The counts next to ``i``, past shares; and past a line's other act, line by line.

    "- Khối Mặt trận …: đăng ký 112 mô hình, công nhận 104 mô hình." then "- Các xã, thị
    trấn: đăng ký 214 mô hình, công nhận 196 mô hình.": the 214 stand beside the 112,
    each line's second act beside the other's, named or not ("- Chi bộ ấp: đăng ký 8 mô
    hình, được công nhận 8 mô hình.").
    """
    for step in (-1, 1):
        j = _past_shares(mentions, i, step)
        yield j
        if not 0 <= j < len(mentions):
            continue
        k = _past_shares(mentions, j, step)  # the same act of the line next to it, past
        if not 0 <= k < len(mentions):  # another act of one line
            continue
        other, same = mentions[j].measure, mentions[k].measure
        alike = names[j] is not None and names[j] in (names[i], names[k])
        alike = alike or (names[j] is None and _one_line(folded, spans, j, i if step > 0 else k))
        if other != mentions[i].measure == same and alike:
            yield k
        line = _on_the_line_beside(folded, mentions, spans, i, step)  # past a line of more
        if line is not None and all(  # counts: "- Khối …: đăng ký 10 …, … 9 …, 1 … chưa đạt."
            _labels_its_line(folded, spans, x, names[x]) for x in (i, line)
        ):  # each named by its line's label, not a period's: "1. Năm 2024: các phường …"
            yield line


_LINE_REACH = 400  # how far a line beside a count's is looked for: two lines of a list


def _on_the_line_beside(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    i: int,
    step: int,
) -> int | None:
    """The first count of the line beside count ``i``'s that counts what it does, alike.

    The line before it, or after it (by ``step``), with the same act and unit.
    """
    j, alike = i + step, (mentions[i].unit_of_measure, mentions[i].measure)
    while 0 <= j < len(mentions) and abs(spans[j][0] - spans[i][0]) < _LINE_REACH:
        a, b = sorted((i, j))
        lines = folded.count("\n", spans[a][1], spans[b][0])
        if lines > 1:
            return None
        if lines and (mentions[j].unit_of_measure, mentions[j].measure) == alike:
            return j
        j += step
    return None


def _labels_its_line(
    folded: str, spans: Sequence[tuple[int, int]], i: int, name: tuple[str, object] | None
) -> bool:
    """Whether count ``i``'s name is the label of its line: "- Chi bộ ấp: đăng ký 8 …"."""
    return name is not None and line_label(folded, spans[i][0]) == fold(name[0])


def _one_line(folded: str, spans: Sequence[tuple[int, int]], i: int, j: int) -> bool:
    """Whether counts ``i`` and ``j`` stand on one line."""
    a, b = sorted((i, j))
    return "\n" not in folded[spans[a][1] : spans[b][0]]


# Recognised again, a cell alone ("132 mô hình được công nhận lại"), beside the new ones
# ("35 mô hình mới được công nhận"), which are one only so.
_AGAIN = frozenset(
    ("cong nhan lai", "xac nhan lai", "tai cong nhan", "tai xac nhan", "dang ky lai")
)


def _anew_and_again(names: Sequence[tuple[str, tuple[int, int]] | None], i: int, j: int) -> bool:
    """Whether names ``i`` and ``j`` are the models recognised (registered) anew and again.

    Anew: "mới", "lần đầu" (for the first time).
    """
    said = {fold(name[0]) for name in (names[i], names[j]) if name is not None}
    return bool(said & {"moi", "lan dau"}) and bool(said & _AGAIN)


def verb_of_the_item_before(
    folded: str,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    grades: set[int],
) -> None:
    """A named count with no verb takes the verb of the named count before it.

    "khối chính quyền đăng ký 412 mô hình; lực lượng vũ trang 86 mô hình, 5 điển hình":
    registered (the semicolon stops a verb's reach elsewhere), the 5 too. Not a count
    named by its grade alone: "…; đến nay có 176 mô hình đạt kết quả tốt".
    """
    given: set[int] = set()
    for i in range(1, len(mentions)):
        p = count_before(folded, mentions, spans, i)  # past its share: "… (chiếm 36,9%); …"
        before, mention = mentions[p], mentions[i]
        if (
            names[i] is None
            or i in grades
            or names[p] is None
            or (names[i] is names[p] and p not in given)  # its clause's verb, if any
            or verb_said(mention)
            or not verb_said(before)
            or before.unit_of_measure != mention.unit_of_measure
            or SENTENCE_END.search(folded, spans[p][1], spans[i][0]) is not None
        ):
            continue
        evidence = {**mention.evidence, "measure": before.evidence["measure"]}
        mentions[i] = attrs.evolve(mention, measure=before.measure, evidence=evidence)
        given.add(i)


# An item headed by a year or a level, "có" or "là" before its count: "năm 2025 có".
_HEADED = re.compile(rf"(?:(nam)\s(?:19|20)[0-9]{{2}}|(cap)\s{TIER}),?\s(?:co|la)\s$")
_LEVEL_HEAD = re.compile(  # …or by a level alone: "; cấp xã 126", "; cấp xã tăng từ 512 lên"
    rf"cap\s{TIER}(?::|\s(?:la|co)|\s(?:tang|giam)(?:\sthem)?(?:\stu)?)?\s$"
)
_HEAD_REACH = 20


def verb_of_the_item_alike(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    before: FigureMention,
    before_span: tuple[int, int],
) -> FigureMention:
    """A count with no verb takes the verb of the item before it, headed alike.

    "Năm 2024 có 1.102 mô hình được công nhận; năm 2025 có 1.286 mô hình": the 1.286
    were recognised too, not the models the area has; so with levels ("Cấp tỉnh có 48
    mô hình được công nhận; cấp huyện có 320 mô hình"), and with a level alone after a
    count of another level ("… công nhận 784 mô hình cấp xã; cấp tỉnh 126 mô hình").
    """
    if verb_said(mention) or not verb_said(before):
        return mention
    if _one_more_object(folded, mention, span, before, before_span):  # "đăng ký 124 công trình, …;
        evidence = {**mention.evidence, "measure": before.evidence["measure"]}  # 96 mô hình"
        return attrs.evolve(mention, measure=before.measure, evidence=evidence)
    head = _HEADED.search(folded, max(0, span[0] - _HEAD_REACH), span[0])
    head_before = _HEADED.search(folded, max(0, before_span[0] - _HEAD_REACH), before_span[0])
    alike = head is not None and head_before is not None and head.lastindex == head_before.lastindex
    if not alike and None is not before.level != mention.level:  # "… công nhận 784 mô hình
        head = head or _LEVEL_HEAD.search(folded, max(0, span[0] - _HEAD_REACH), span[0])
        head_before = head if head and head[0].startswith("cap") else None  # cấp xã; cấp tỉnh
        # 126 mô hình": a level's item after another level's
    if (
        head is None
        or head_before is None
        or head.lastindex != head_before.lastindex  # two years, or two levels
        or before.unit_of_measure != mention.unit_of_measure
        or SENTENCE_END.search(folded, before_span[1], head.start()) is not None
        or not _ITEM_STARTS.fullmatch(folded, head.start() - 2, head.start())
    ):
        return mention
    evidence = {**mention.evidence, "measure": before.evidence["measure"]}
    return attrs.evolve(mention, measure=before.measure, evidence=evidence)


_ITEM_STARTS = re.compile(r"[;,]\s")


# A verb of its own after a count, in its clause: "…; 7 tập thể, 5 cá nhân được tặng …".
_ITS_OWN_VERB = re.compile(rf"[^.;:\n]*?\b(?:duoc|{VERB_WORDS})\b")
_NEXT_IN_RANK = re.compile(  # …or the next in rank: "…; tiếp đến là lĩnh vực … với 386"
    NEXT_OBJECT.pattern
    + r"|[^.;:()\n0-9]{0,40}?;\s(?:tiep\s(?:den|theo)|sau\sdo)\s[^.;:()\n0-9]{0,60}"
)


def _one_more_object(
    folded: str,
    mention: FigureMention,
    span: tuple[int, int],
    before: FigureMention,
    before_span: tuple[int, int],
) -> bool:
    """Whether a count right after an item's semicolon is one more object of its verb.

    So is the next in rank: "…; tiếp đến là lĩnh vực văn hóa - xã hội với 386 mô hình".
    Only of a verb before the item's count: "giúp 486 hộ thoát nghèo; 1.240 hộ có thu
    nhập khá" did not lift the 1.240 out of poverty.
    """
    return (
        isinstance(mention.value, Count)
        and before.evidence["measure"][1][0] < before.span[0]
        and bool(mention.noun)
        and _NEXT_IN_RANK.fullmatch(folded, before_span[1], span[0]) is not None
        and _ITS_OWN_VERB.match(folded, span[1]) is None
    )
