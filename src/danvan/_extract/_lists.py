"""Lists in report text: where a list opens and which figure it breaks down.

A list opens at "trong đó" ("trong số đó", "trong số này"), "gồm", "cụ thể", a colon
or a bracket (which may run over a full stop), at a sentence that opens with "Trong đó,
có …", "Cụ thể: …" or "Theo lĩnh vực: …" (a list of the total before it, or of the one
the list before it broke down), or after the total that opens a sentence ("Trong tổng số
1.543 mô hình, có …"); its items are separated by commas and semicolons, or bulleted on
lines of their own under a line that ends with a colon, and end where a new period or a
new subject starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._figure_mention import FigureMention, whole_of
from danvan._extract._figure_words import LABEL_LINK, MODEL_UNITS, VERB, VERB_WORDS
from danvan._measures import UnitOfMeasure

__all__ = ["BULLET", "Totals", "total_of"]

_LIST_REACH = 1500
#: The bullet, letter or number a list's line starts with: "- Khối Đảng: 22", "a) Cấp huyện: 42",
#: "(1) cấp tỉnh 86".
BULLET = re.compile(r"[ \t]*(?:[-+•*–]|[a-z]\)|[0-9]{1,2}\))[ \t]")
# A sentence that opens with its list's parts: "Trong đó, có 38 …", "Cụ thể: cấp tỉnh 38",
# "Trong đó: khối chính quyền 2.914; …"; not "Trong đó nổi bật, …" (examples among them).
_OPENS_A_LIST = re.compile(  # …past a bullet or a mark of its own: "- Trong đó:", "👉 Trong đó:"
    r"\s*(?:[^\w\s(“\"«]{1,3}\s)?(?:(?:trong\s(?:so\s(?:do|nay)|do)|cu\sthe|rieng"
    # …or names what it is among: "Trong số các mô hình được công nhận, có 38 …"
    r"|trong\s(?:tong\s)?so\s(?:cac\s)?(?P<what>(?:mo|dien)\shinh[^,.;:()0-9\n]{0,60}?))"
    r"\s?[,:]?\s(?:[-+•*–]\s)?(?:co\s)?"  # …its first item bulleted: "Trong đó: - Lĩnh vực …"
    r"(?:[0-9]|cap\s|linh\svuc\s|khoi\s|hoi\s|doan\s|tap\sthe|ca\snhan|cac\s(?!mo\shinh)"
    r"|(?:mo|dien)\shinh\s(?:cap|tap\sthe|ca\snhan|linh\svuc)\s"  # "Trong đó, mô hình cấp tỉnh 312"
    r"|nam\s(?:19|20)[0-9]{2}\s?(?::|la\s|co\s)"  # a year's: "Trong đó: năm 2021 có 812 …"
    # …or a body's or a place's name: "Cụ thể: Mặt trận Tổ quốc 12 mô hình; …"
    r"|mat\stran\s|uy\sban\s|dang\suy\s|cong\san\s|(?:xa|phuong|thi\stran|huyen)\s[a-z])"
    # a list by one dimension, on a line of its own: "(- )(Phân) theo lĩnh vực: kinh tế …",
    # "Phân theo chủ thể: …"
    r"|(?:[-+•*–]\s)?(?:(?:chia\s|phan\s(?:loai\s)?|xet\s)theo(?:\s[a-z]+){1,4}"
    r"|theo\s(?:linh\svuc|cap|khoi|doi\stuong|nganh))\s?:"
    # …or the models counted before, by one: "Các mô hình tập trung vào các lĩnh vực: …",
    # "Các mô hình thuộc lĩnh vực kinh tế 512, văn hóa - xã hội 401"
    r"|(?:cac|nhung)\s(?:mo|dien)\shinh\s[^.;:()\n0-9]{0,60}?\b(?:linh\svuc|cap|khoi)\s?:"
    r"|(?:cac|nhung)\s(?:mo|dien)\shinh\s(?:(?:nay|tren|do)\s)?(?:thuoc|o|tren)\s(?:cac\s)?"
    r"(?:linh\svuc|cap)\s(?=[a-z]))"
)
# A sentence of nothing but the words that open a list, over the lines of its items.
_HEADS_THE_LINES = re.compile(  # "Trong đó:", "Kết quả cụ thể:"
    r"\s*(?:trong\sdo|(?:ket\squa\s)?cu\sthe(?:\snhu\ssau)?|gom(?:\sco)?)\s?:\s*\n"
)
# After a semicolon, a new period or subject ("- Số mô hình …: 24") starts a statement, and
# so does an act no list's item says: "…, trong đó có 48 công trình cấp tỉnh; tổ chức 86 …".
# The blank lines before a sentence, and a page's number alone on a line among them.
_BLANK_BEFORE = re.compile(r"(?:\s*\n[ \t]*[0-9]{1,3}[ \t]*(?=\n))?\s*$")
_NEW_STATEMENT = re.compile(
    r";\s(?:(?:trong\s|den\s|tu\s)?(?:nam|giai\sdoan|quy|thang)\s|(?:da\s)?to\schuc\s"
    r"|[-+•]?\s?(?:tong\s)?so\s(?:luong\s)?(?:mo\shinh|dien\shinh|tap\sthe|ca\snhan|ho|luot)"
    r"|(?:dong\sthoi\s)?(?:tang|trao|(?:bieu|tuyen)\sduong|vinh\sdanh|khen\sthuong)\s)"  # an award,
    # or an honour: "…; tặng Giấy khen cho 24 tập thể", "…; biểu dương 648 điển hình"
)
# The comma of a pair of nouns, no list's: "Trong 1.102 mô hình, điển hình được công nhận có …".
_PAIRED = r",(?:(?<=mo\shinh,)(?=\sdien\shinh)|(?<=tap\sthe,)(?=\sca\snhan))"
# A sentence that opens with its total: "Trong (tổng) số 1.543 mô hình, có 1.089 …",
# "Trong 124 mô hình mới, lĩnh vực kinh tế có 48 …".
_IN_ALL_OF = re.compile(  # "Trong tổng số 1.543 mô hình, có …", "Trong số 45 mô hình có 12 …"
    r"\s*(?:[^,;:.()\n]{0,40},\s)?"  # past a frame: "Năm 2025, trong tổng số …"
    r"trong\s(?:(?:tong\s)?so\s[^,;:.()\n0-9]{0,40}?)?(?<!\bco\s)[0-9]"  # not "… số đó có 176 …"
    rf"(?:[^,;:()\n]|{_PAIRED}){{0,60}}?(?:(?!{_PAIRED}),|\sco\s(?=[0-9]))"
)
# A bracket that gives the value of a total it names: "… tổng số mô hình được công nhận (".
_A_TOTAL_NAMED = re.compile(r"\btong\sso\b[^,.;:()\n0-9]{0,60}\($")
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
    units: list[UnitOfMeasure | None] = attrs.field(factory=list)

    def add(self, mention: FigureMention) -> None:
        """Note the next figure: the total it is a part of, whether it may be one, its unit.

        A change, a percentage and an average ("bình quân mỗi năm gần 250 mô hình") are
        no list's total.
        """
        if not isinstance(mention.value, Count) or mention.change or mention.average_words:
            self.not_totals.add(len(self.parents))
        parent = whole_of(mention)
        self.parents.append(parent)
        self.units.append(mention.unit_of_measure)

    def counts_apart(self, i: int, unit: UnitOfMeasure | None) -> bool:
        """Whether figure ``i`` counts other things than ``unit``, so is no total of them.

        "24 mô hình, với 1.856 hội viên tham gia, trong đó 12 mô hình cấp tỉnh": the 12
        are among the models, not the members; "1.246 nhà, trị giá hơn 62 tỷ đồng; trong
        đó xây mới 986 nhà": among the houses. Models, their holders and people may be
        among each other ("312 điển hình, trong đó 112 người …"), but models only among
        models and who holds them.
        """
        other = self.units[i]
        if None in (unit, other) or unit == other:
            return False
        if unit in MODEL_UNITS:
            return other not in _HELD
        return not (unit in _PEOPLE and other in _PEOPLE)


# Models and exemplars, and who holds them: counts that models may be among; with people
# and households, counts that may be among each other.
_HELD = MODEL_UNITS | {
    UnitOfMeasure.COLLECTIVES,
    UnitOfMeasure.INDIVIDUALS,
    UnitOfMeasure.RECIPIENTS,
}
_PEOPLE = _HELD | {UnitOfMeasure.PEOPLE, UnitOfMeasure.HOUSEHOLDS}


def total_of(
    folded: str,
    start: int,
    spans: Sequence[tuple[int, int]],
    totals: Totals | None = None,
    unit: UnitOfMeasure | None = None,
) -> int | None:
    """The figure a number breaks down: the last one before the list that holds it.

    A list starts at "trong đó", "gồm", "cụ thể", a colon or an open bracket, in the same
    sentence; semicolons separate its parts, not sentences, and a bracket still open
    holds its sentences together ("(27 … cấp tỉnh, 85 … cấp thị xã. Trên lĩnh vực …)").
    A sentence that opens with "Trong đó" or "Theo lĩnh vực:" lists parts of the sentence
    before it, or of the total that sentence broke down. With ``totals``, a change or a
    percentage is no list's total, nor a count of things of another kind than ``unit``.
    """
    reach = max(0, start - _LIST_REACH)  # a list is read back this far at most
    sentence = _sentence_start(folded, reach, start)
    bracket = _open_bracket(folded, max(reach, start - _BRACKET_REACH), start)
    if 0 <= bracket < sentence:
        sentence = _sentence_start(folded, reach, bracket)
    opener = _OPENS_A_LIST.match(folded, sentence)
    opens, own = (sentence if opener else -1), sentence
    listed = opens >= 0 and BULLET.match(folded, opens) is not None  # "- Theo lĩnh vực: …"
    if opens >= 0:  # "… 412 mô hình. Trong đó, có 38 mô hình …", past a blank line
        before = _BLANK_BEFORE.search(folded, reach, sentence)  # and a page's number
        sentence = _sentence_start(
            folded, reach, max(reach, before.start() if before else sentence)
        )
    sentence = _bulleted(folded, reach, sentence)
    if opens < 0 and (  # "… 946 mô hình. Trong đó:", "Trong đó: - Kinh tế: 12" (not own)
        _HEADS_THE_LINES.match(folded, sentence)
        or (sentence < own and _FIRST_ITEM_INLINE.match(folded, sentence))
    ):
        opens = sentence  # over "- Cấp huyện: 168 mô hình.": of the sentence before
        sentence = _sentence_start(folded, reach, max(reach, sentence - 1))
    opening = _opening(folded, own, start, opens)
    if opening < 0 and sentence < own:  # a bullet's list opens on the line it hangs from,
        head = folded.find("\n", sentence, own)  # not on a sibling's: "a) 15 …: …; …" over
        opening = _opening(folded, sentence, own if head < 0 else head, opens)  # "b) 8 …"
    if opening < 0 or _A_TOTAL_NAMED.search(folded, max(sentence, opening - 80), opening + 1):
        return None  # "… chiếm 3,4% tổng số mô hình được công nhận (1.906 mô hình)": a total
    skip = totals.not_totals if totals is not None else set()
    for i in range(len(spans) - 1, -1, -1):
        a, b = spans[i]
        if a < sentence:
            return None
        if totals is not None and totals.counts_apart(i, unit):
            continue
        between = folded[b:opening]
        if i not in skip and b <= opening and between.count(")") <= between.count("("):
            # not a figure inside brackets closed before the list, nor one of a list that
            # ended: "…; năm 2024 đăng ký 135 mô hình", "…; - Số mô hình …: 24"
            if any(  # …but not one inside an aside closed before: "(năm 2023: 652; năm …)"
                not _in_a_closed_aside(folded, b, new.start(), start)
                for new in _NEW_STATEMENT.finditer(folded, b, start)
            ):
                return None
            parent = totals.parents[i] if totals is not None and a < opens else None
            if parent is None and listed and a < opens and _on_a_bullet(folded, a):
                return None  # a bullet lists parts of the total its siblings broke down
            if opener and opener["what"] and a < opens:  # "Trong số các mô hình được …"
                return _described(folded, opener["what"], spans, i, sentence)
            return i if parent is None else parent  # "Theo lĩnh vực: …" after parts
    return None


def _on_a_bullet(folded: str, at: int) -> bool:
    """Whether ``at`` is on a bulleted line: a sibling's, not the line a list hangs from."""
    return BULLET.match(folded, folded.rfind("\n", 0, at) + 1) is not None


def _opening(folded: str, sentence: int, start: int, opens: int) -> int:
    """Where the last list in ``folded[sentence:start]`` opens, or -1 (see :func:`total_of`)."""
    return max(
        at
        for at in (
            _last_as_word(folded, "trong do", sentence, start),
            _last_as_word(folded, "trong so do", sentence, start),  # "…, trong số đó có 198 …"
            _last_as_word(folded, "trong so nay", sentence, start),
            _last_as_word(folded, "gom", sentence, start),
            _last_as_word(folded, "cu the", sentence, start),
            _with_its_parts(folded, sentence, start),
            _list_colon(folded, sentence, start),
            _open_bracket(folded, sentence, start),
            _in_all_of(folded, sentence, start),
            opens,  # "… 312 mô hình được công nhận. Riêng Hội Liên hiệp Phụ nữ có 74 …"
        )
        # not one inside a bracket closed before the number: "… 1.912 mô hình tập thể (trong
        # đó cấp tỉnh 212, …) và 952 mô hình cá nhân" lists the 952 under the "gồm" before
        if at < 0 or not _in_a_closed_aside(folded, sentence, at, start)
    )


# New ones: "mô hình mới", "đăng ký mới 15 mô hình", "15 mô hình mới".
_NEW = re.compile(r"\smoi\b")
_NEW_BEFORE = re.compile(r"\smoi\s(?:duoc\s)?$")


def _described(
    folded: str, what: str, spans: Sequence[tuple[int, int]], last: int, reach: int
) -> int | None:
    """The count a list's opening names by its act, in the clause of the count ``last``.

    "Trong số các mô hình được công nhận, có 38 …" lists the parts of the count the act
    of its clause is said of: the count after it ("công nhận 512 mô hình, có 38 …"; "biểu
    dương 21 mô hình, có 9 mô hình cấp tỉnh" gives the 21), or the last, the act said after
    it ("có 512 mô hình được công nhận"). None when the clause says no such act ("đăng ký
    628 mô hình"); an opening that names no act ("Trong số các mô hình này") lists the
    parts of the last count. "Trong số mô hình mới" lists the parts of the last count of
    new ones from ``reach`` on ("đăng ký mới 15 mô hình, nâng tổng số … lên 64 mô hình"
    gives the 15), and of none when no count says it.
    """
    if _NEW.search(what):
        return next(
            (
                j
                for j in range(last, -1, -1)
                if spans[j][0] >= reach
                and (
                    _NEW_BEFORE.search(folded, max(0, spans[j][0] - 12), spans[j][0])
                    or _NEW.match(folded, spans[j][1])
                )
            ),
            None,
        )
    act = VERB.search(what)
    if act is None:
        return last
    start, end = spans[last]
    clause = max(folded.rfind(";", 0, start), folded.rfind(". ", 0, start)) + 1
    ends = [at for at in (folded.find(";", end), folded.find(". ", end)) if at >= 0]
    said = folded.find(act[0], clause, min(ends, default=len(folded)))
    if said < 0:
        return None
    first = last
    while first and said < spans[first - 1][0]:
        first -= 1
    return first


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
        if not labelled or not _LABEL.search(folded, max(0, start - 1, at - 90), at):
            return at
        at = folded.rfind(":", start, at)
    return -1


def _bullet_kind(bullet: str) -> str:
    """A bullet's kind: "-", "+", "a)" as "b)" is, "1." as "2." is."""
    return re.sub(r"[a-z]", "a", re.sub(r"[0-9]+", "0", bullet.strip()))


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
    nested = False  # past the items of a sibling's own list: "+ Khối Đảng: 12 …" over "- Cấp xã"
    while (passed := BULLET.match(folded, at)) and at > reach:
        if bullet is not None and _bullet_kind(passed[0]) != _bullet_kind(bullet[0]):
            nested = True  # another list's items: "+ Cấp xã: 220 …" over "- Số điển hình …"
        before = _sentence_start(folded, reach, at - 1)
        while before > reach and not folded[before : at - 1].strip():  # past blank lines
            at, before = before, _sentence_start(folded, reach, before - 1)
        if folded[before : at - 1].rstrip().endswith(":"):
            head = BULLET.match(folded, before)
            sibling = bullet is not None and head is not None and head[0] == bullet[0]
            if not sibling:
                return line if nested else before
            if not nested:
                return line
            nested = False  # "- Cấp tỉnh: 64 mô hình, gồm:" over its own items: on to
            at = before  # the line the siblings hang from, if any
            continue
        first = _FIRST_ITEM_INLINE.match(folded, before, at)  # "Trong đó: - Lĩnh vực kinh
        if first is not None and bullet is not None and first[1] == bullet[0].strip():  # tế: 12"
            return before
        at = before
    return line


# A list's opening words with its first item bulleted on their line: "Trong đó: - Lĩnh vực
# kinh tế: 12", the next items bulleted alike on the lines under it.
_FIRST_ITEM_INLINE = re.compile(r"\s*(?:trong\sdo|gom|cu\sthe)\s?:\s?([-+•*–])\s")


def _in_all_of(folded: str, sentence: int, end: int) -> int:
    """The comma (or "có") after "Trong tổng số 1.543 mô hình" opening its sentence, or -1."""
    found = _IN_ALL_OF.match(folded, sentence)
    return found.end() - 1 if found is not None and found.end() <= end else -1


def _in_a_closed_aside(folded: str, sentence: int, at: int, start: int) -> bool:
    """Whether ``at`` is inside a bracket opened in its sentence and closed before ``start``."""
    inside = folded.count("(", sentence, at) > folded.count(")", sentence, at)
    return inside and folded.count(")", at, start) > folded.count("(", at, start)


def _sentence_start(folded: str, reach: int, at: int) -> int:
    return 1 + max(*(folded.rfind(s, reach, at) for s in (". ", "! ", "? ", "\n")), reach - 1)


# A clause of its parts after a total of models: "… có 1.245 mô hình, với 312 mô hình cấp
# tỉnh và 933 …", "… công nhận 512 mô hình, có 38 mô hình cấp tỉnh"; not "9/9 đơn vị đăng
# ký mô hình, với 21 mô hình" (of units).
_MODELS = r"[0-9][0-9.]*\s(?:mo\shinh|dien\shinh)"
_WITH = re.compile(rf"{_MODELS}(?:\s[a-z]+){{0,4}},\s(?:voi|co)\s(?={_MODELS})")


def _with_its_parts(folded: str, start: int, end: int) -> int:
    """Where the last ", với" (", có") of a total of models' parts in ``folded[start:end]`` is."""
    at = max(folded.rfind(", voi ", start, end), folded.rfind(", co ", start, end))
    if at < 0:
        return -1
    found = _WITH.search(folded, max(start, at - 60), at + 40)
    return at if found is not None and found.end() == folded.index(" ", at + 2) + 1 else -1


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
