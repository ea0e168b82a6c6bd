"""Lists in report text: where a list opens and which figure it breaks down.

A list opens at "trong đó", "gồm", "cụ thể", a colon or a bracket (which may run over a
full stop), at a sentence that opens with "Trong đó, có …", "Cụ thể: …" or "Theo lĩnh
vực: …" (a list of the total before it, or of the one the list before it broke down),
or after the total that opens a sentence ("Trong tổng số 1.543 mô hình, có …"); its
items are separated by commas and semicolons, or bulleted on lines of their own under a
line that ends with a colon, and end where a new period or a new subject starts. What is
written after the last count of a run (its verb and award, its level, its period) is
each count's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, verb_after
from danvan._extract._figure_words import AND, JOINED, LABEL_LINK, VERB_WORDS

__all__ = [
    "BULLET",
    "Totals",
    "after_the_last",
    "total_of",
    "verb_after_a_list",
]

_LIST_REACH = 1500
#: The bullet or letter a list's line starts with: "- Khối Đảng: 22", "a) Cấp huyện: 42".
BULLET = re.compile(r"[ \t]*(?:[-+•*–]|[a-z]\))[ \t]")
# A sentence that opens with its list's parts: "Trong đó, có 38 …", "Cụ thể: cấp tỉnh 38",
# "Trong đó: khối chính quyền 2.914; …"; not "Trong đó nổi bật, …" (examples among them).
_OPENS_A_LIST = re.compile(
    r"\s*(?:(?:trong\sdo|cu\sthe)\s?[,:]?\s(?:co\s)?"
    r"(?:[0-9]|cap\s|linh\svuc\s|khoi\s|hoi\s|doan\s|tap\sthe|ca\snhan|cac\s(?!mo\shinh))"
    # a list by one dimension, on a line of its own: "(- )(Phân) theo lĩnh vực: kinh tế …",
    # "Phân theo chủ thể: …"
    r"|(?:[-+•*–]\s)?(?:(?:chia\s|phan\s(?:loai\s)?|xet\s)theo(?:\s[a-z]+){1,4}"
    r"|theo\s(?:linh\svuc|cap|khoi|doi\stuong|nganh))\s?:)"
)
# A sentence of nothing but the words that open a list, over the lines of its items.
_HEADS_THE_LINES = re.compile(r"\s*(?:trong\sdo|cu\sthe|gom(?:\sco)?)\s?:\s*\n")
# After a semicolon, a new period or subject ("- Số mô hình …: 24") starts a statement.
_NEW_STATEMENT = re.compile(
    r";\s(?:(?:trong\s|den\s|tu\s)?(?:nam|giai\sdoan|quy|thang)\s"
    r"|[-+•]?\s?(?:tong\s)?so\s(?:luong\s)?(?:mo\shinh|dien\shinh|tap\sthe|ca\snhan|ho|luot))"
)
# A sentence that opens with its total: "Trong (tổng) số 1.543 mô hình, có 1.089 …",
# "Trong 124 mô hình mới, lĩnh vực kinh tế có 48 …".
_IN_ALL_OF = re.compile(  # "Trong tổng số 1.543 mô hình, có …", "Trong số 45 mô hình có 12 …"
    r"\s*trong\s(?:(?:tong\s)?so\s[^,;:.()\n]{0,40}?)?[0-9][^,;:()\n]{0,60}?(?:,|\sco\s(?=[0-9]))"
)
# A bracket that runs over a full stop is still a list this far after it opened.
_BRACKET_REACH = 600


@attrs.define
class Totals:
    """What the figures read so far may be as a list's total.

    Which cannot be one ("tăng 1.215" or "86,6%" breaks down nothing), and the total each
    is a part of.
    """

    parents: list[int | None] = attrs.field(factory=list)
    not_totals: set[int] = attrs.field(factory=set)

    def add(self, parent: int | None, *, can_total: bool) -> None:
        """Note the next figure: the total it is a part of, and whether it may be one."""
        if not can_total:
            self.not_totals.add(len(self.parents))
        self.parents.append(parent)


def total_of(
    folded: str, start: int, spans: Sequence[tuple[int, int]], totals: Totals | None = None
) -> int | None:
    """The figure a number breaks down: the last one before the list that holds it.

    A list starts at "trong đó", "gồm", "cụ thể", a colon or an open bracket, in the same
    sentence; semicolons separate its parts, not sentences, and a bracket still open
    holds its sentences together ("(27 … cấp tỉnh, 85 … cấp thị xã. Trên lĩnh vực …)").
    A sentence that opens with "Trong đó" or "Theo lĩnh vực:" lists parts of the sentence
    before it, or of the total that sentence broke down. With ``totals``, a change or a
    percentage is no list's total.
    """
    reach = max(0, start - _LIST_REACH)  # a list is read back this far at most
    sentence = _sentence_start(folded, reach, start)
    bracket = _open_bracket(folded, max(reach, start - _BRACKET_REACH), start)
    if 0 <= bracket < sentence:
        sentence = _sentence_start(folded, reach, bracket)
    opens = sentence if _OPENS_A_LIST.match(folded, sentence) else -1
    listed = opens >= 0 and BULLET.match(folded, opens) is not None  # "- Theo lĩnh vực: …"
    if opens >= 0:  # "… 412 mô hình. Trong đó, có 38 mô hình …"
        sentence = _sentence_start(folded, reach, max(reach, sentence - 1))
    sentence = _bulleted(folded, reach, sentence)
    if opens < 0 and _HEADS_THE_LINES.match(folded, sentence):  # "… 946 mô hình. Trong đó:"
        opens = sentence  # over "- Cấp huyện: 168 mô hình.": of the sentence before
        sentence = _sentence_start(folded, reach, max(reach, sentence - 1))
    opening = max(
        _last_as_word(folded, "trong do", sentence, start),
        _last_as_word(folded, "gom", sentence, start),
        _last_as_word(folded, "cu the", sentence, start),
        _list_colon(folded, sentence, start),
        _open_bracket(folded, sentence, start),
        _in_all_of(folded, sentence, start),
    )
    if opening < 0:
        return None
    skip = totals.not_totals if totals is not None else set()
    for i in range(len(spans) - 1, -1, -1):
        a, b = spans[i]
        if a < sentence:
            return None
        between = folded[b:opening]
        if i not in skip and b <= opening and between.count(")") <= between.count("("):
            # not a figure inside brackets closed before the list, nor one of a list that
            # ended: "…; năm 2024 đăng ký 135 mô hình", "…; - Số mô hình …: 24"
            if _NEW_STATEMENT.search(folded, b, start):
                return None
            parent = totals.parents[i] if totals is not None and a < opens else None
            if parent is None and listed and a < opens:
                return None  # a bullet lists parts of the total its siblings broke down
            return i if parent is None else parent  # "Theo lĩnh vực: …" after parts
    return None


def after_the_last(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give the level and the period written after the last count of a run to each count.

    "Công nhận 8 mô hình, 12 điển hình “Dân vận khéo” cấp huyện năm 2025": the 8 are of
    the district level and of 2025 too. Only counts joined by a comma or "và" alone, of
    one measure and one total, that name neither themselves; in place.
    """
    for i in range(len(mentions) - 1, 0, -1):
        last = mentions[i]
        for name in ("level", "period"):
            said = last.evidence.get(name)
            if getattr(last, name) is None or said is None or said[1][0] < last.span[1]:
                continue  # none, or written before its number: no run's
            j = i - 1
            while j >= 0 and _alike(mentions[j], last, name):
                if not AND.fullmatch(folded, spans[j][1], spans[j + 1][0]):
                    break
                evidence = {**mentions[j].evidence, name: said}
                mentions[j] = attrs.evolve(
                    mentions[j], evidence=evidence, **{name: getattr(last, name)}
                )
                j -= 1


def verb_after_a_list(
    source: CleanText,
    mentions: list[FigureMention],
    spans: list[tuple[int, int]],
    mention: FigureMention,
    span: tuple[int, int],
) -> None:
    """The verb after the last of a few counts is the verb of each of them.

    "1.246 tập thể, 2.318 cá nhân được khen thưởng": both were commended; "3 tập thể, 5
    cá nhân được Thủ tướng Chính phủ tặng Bằng khen": both have its award, also when the
    first had only its total's verb ("biểu dương 60 tập thể, 90 cá nhân; trong đó 20 tập
    thể, 30 cá nhân được nhận Bằng khen …"). So with bodies' counts side by side, the
    level too: "Hội Cựu chiến binh có 27 mô hình, Hội Nông dân có 19 mô hình được công
    nhận cấp tỉnh" are both the province's recognised models.
    """
    if mention.measure is None or not verb_after(mention):
        return  # no verb, or one before the number
    folded = source.folded
    taken: dict[str, Any] = {"measure": mention.measure}
    if mention.award_form is not None and mention.evidence["award_form"][1][0] > span[1]:
        taken.update(award_form=mention.award_form, issuer_words=mention.issuer_words)
    start, i = span[0], len(mentions) - 1
    while i >= 0:
        bodies = _bodies_side_by_side(source, mentions[i], mention, spans[i], start)
        if not (
            bodies
            or (
                (mentions[i].measure is None or _its_totals_verb(source.original, mentions, i))
                and JOINED.fullmatch(folded, spans[i][1], start)
                and not _has_then_some(folded, (mentions[i], mention), (spans[i][0], span[0]))
            )
        ):
            break
        given = dict(taken)
        level = mention.evidence.get("level")
        if bodies and level is not None and level[1][0] > mention.span[1]:
            given["level"] = mention.level  # "…, LĐLĐ có 19 mô hình được công nhận cấp tỉnh"
        evidence = {**mentions[i].evidence}
        evidence.update((k, mention.evidence[k]) for k in given if k in mention.evidence)
        mentions[i] = attrs.evolve(mentions[i], evidence=evidence, **given)
        start, i = spans[i][0], i - 1


_HAS = re.compile(r"(?:^|\s)(?:hien\s|da\s|van\s)?co\s$")


def _has_then_some(
    folded: str, counts: tuple[FigureMention, FigureMention], starts: tuple[int, int]
) -> bool:
    """Whether the first of two counts is had and the last is some of the same.

    "Hội Nông dân có 56 mô hình, 20 mô hình được công nhận": 20 of the 56, not a list
    of two counts recognised ("Cấp huyện có 21 mô hình, cấp xã có 87 mô hình được công
    nhận").
    """
    (first, last), (a, b) = counts, starts
    return (
        (first.unit_of_measure, first.holder) == (last.unit_of_measure, last.holder)
        and _HAS.search(folded, max(0, a - 10), a) is not None
        and _HAS.search(folded, max(0, b - 10), b) is None
    )


# A body's count beside another's: "Hội Cựu chiến binh có 27 mô hình, Hội Nông dân có ".
_BODY_HAS = re.compile(
    r",\s(?!(?:trong\sdo|rieng|gom|cu\sthe|dong\sthoi)\b)[^,.;:()\n0-9]{2,50}?\sco\s"
)


def _bodies_side_by_side(
    source: CleanText,
    mention: FigureMention,
    last: FigureMention,
    span: tuple[int, int],
    start: int,
) -> bool:
    """Whether ``mention`` is a body's count beside the next's, each "X có N", alike.

    ``span`` is its own (folded), ``start`` where the next one's starts.
    """
    folded, end = source.folded, span[1]
    return (
        mention.measure is None
        and "measure" not in mention.evidence
        and folded.endswith(" co ", 0, span[0])
        and mention.unit_of_measure is last.unit_of_measure
        and mention.change is None
        and _BODY_HAS.fullmatch(folded, end, start) is not None
        and (source.clean[end + 2 : end + 3].isupper() or names_a_body(folded[end + 2 : start - 4]))
    )


def _its_totals_verb(text: str, mentions: list[FigureMention], i: int) -> bool:
    """Whether mention ``i``'s verb is not its own: its total's, its list head's, the last's.

    "…, 24 cá nhân được UBND tỉnh tặng Bằng khen, 68 tập thể, 102 cá nhân được các huyện
    tặng Giấy khen": the verb before the 68 is the 24's, said after it.
    """
    mention = mentions[i]
    total = mention.part_of if mention.part_of is not None else mention.subset_of
    said = mention.evidence.get("measure")
    before = mentions[i - 1] if i else None
    return said is not None and (
        (total is not None and said == mentions[total].evidence.get("measure"))
        or (
            before is not None
            and said == before.evidence.get("measure")
            and said[1][0] > before.span[1]
        )
        or ":" in text[said[1][1] : mention.span[0]]  # "… được khen thưởng: 5 tập thể, …"
    )


def _alike(mention: FigureMention, last: FigureMention, name: str) -> bool:
    """Whether ``mention`` may take ``name`` from the last count of its run."""
    return (
        name not in mention.evidence
        and mention.measure == last.measure
        and (mention.part_of, mention.subset_of) == (last.part_of, last.subset_of)
        and mention.change is None
        and last.change is None
        and type(mention.value) is type(last.value)
    )


# The words of an item, up to its colon: after a comma, a semicolon, a bracket, or at the
# start of a (bulleted) line ("- Lĩnh vực xây dựng hệ thống chính trị: 178").
_LABEL = re.compile(r"(?:[,;(]|\n[ \t]*(?:[-+•*][ \t]*|[a-z0-9]{1,2}[.)][ \t]*)?)[^,;(:\n]{1,80}$")
_NUMBER_NEXT = re.compile(rf"\s?(?:{LABEL_LINK}\s)?[0-9]")  # "…: (có) 58"
_ACT_NEXT = re.compile(rf"\s?(?:da\s)?(?:{VERB_WORDS})\s(?:[a-z]+\s){{0,2}}[0-9]")


def _list_colon(folded: str, start: int, end: int) -> int:
    """The last colon in ``folded[start:end]`` that opens a list, or -1.

    The colon of a label in an item ("; cấp huyện: 58", "- Khối Mặt trận Tổ quốc và các
    đoàn thể chính trị - xã hội: 1.124", "+ Cấp huyện: đăng ký 312 mô hình") opens none.
    """
    at = folded.rfind(":", start, end)
    while at >= 0:
        labelled = _NUMBER_NEXT.match(folded, at + 1) or _ACT_NEXT.match(folded, at + 1)
        if not labelled or not _LABEL.search(folded, max(start, at - 90), at):
            return at
        at = folded.rfind(":", start, at)
    return -1


def _bulleted(folded: str, reach: int, line: int) -> int:
    """Where the list of a bulleted line starts: the line its bullets hang from.

    "… 456 mô hình, trong đó:" then "- cấp tỉnh 45 mô hình;" and "- cấp huyện 120 mô
    hình" on lines of their own: each bullet's list opens on the line that ends with
    the colon. A line that is no bullet, bullets under no such line, and a bullet like
    the colon's line's own (its sibling: "- Năm 2025, … trong đó:", "+ Khối Đảng: 215;"
    … then "- Kết quả công nhận: …") start where they start.
    """
    bullet = BULLET.match(folded, line)
    at = line
    while BULLET.match(folded, at) and at > reach:
        before = _sentence_start(folded, reach, at - 1)
        if folded[before : at - 1].rstrip().endswith(":"):
            head = BULLET.match(folded, before)
            sibling = bullet is not None and head is not None and head[0] == bullet[0]
            return line if sibling else before
        at = before
    return line


def _in_all_of(folded: str, sentence: int, end: int) -> int:
    """The comma (or "có") after "Trong tổng số 1.543 mô hình" opening its sentence, or -1."""
    found = _IN_ALL_OF.match(folded, sentence)
    return found.end() - 1 if found is not None and found.end() <= end else -1


def _sentence_start(folded: str, reach: int, at: int) -> int:
    return 1 + max(*(folded.rfind(s, reach, at) for s in (". ", "! ", "? ", "\n")), reach - 1)


def _last_as_word(folded: str, word: str, start: int, end: int) -> int:
    """Where ``word`` last stands as a word in ``folded[start:end]``, or -1."""
    at = folded.rfind(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not folded[at - 1].isalnum()) and not folded[after : after + 1].isalnum():
            return at
        at = folded.rfind(word, start, at)
    return -1


def _open_bracket(folded: str, start: int, end: int) -> int:
    """The last bracket opened in ``folded[start:end]`` and still open at ``end``, or -1.

    One closed inside it is not: "(cấp huyện (cũ) 376; cấp xã 905)".
    """
    at = folded.rfind("(", start, end)
    if at < 0 or folded.find(")", at, end) < 0:
        return at  # none opened, or the last one opened is still open
    opened: list[int] = []
    for bracket in _BRACKET.finditer(folded, start, end):
        if bracket[0] == "(":
            opened.append(bracket.start())
        elif opened:
            opened.pop()
    return opened[-1] if opened else -1


_BRACKET = re.compile(r"[()]")
