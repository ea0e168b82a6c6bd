"""Figures of one in a report, no total of the area's: a person's, a household's, a unit's.

"Ông Nguyễn Văn Bình, 68 tuổi, ở thôn 3, đã hiến 520 m2 đất"; then "Gia đình ông đã hiến
…". Not an official who speaks ("Ông …, Trưởng Ban Dân vận Tỉnh ủy cho biết, …") or who
presents an award for a body ("đồng chí Phó Bí thư … trao Bằng khen của …"). And the
most or the fewest one unit has: "xã có nhiều mô hình nhất là 42, ít nhất là 5 mô hình".
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import SENTENCE_REACH, UNIT_KIND
from danvan._extract._figure_words import stop_or

__all__ = ["extreme_words", "person_words"]


def person_words(source: CleanText, start: int) -> tuple[int, int] | None:
    """The person or household named as the subject of the number's sentence, if any.

    "Ông Nguyễn Văn Bình, 68 tuổi, ở thôn 3, đã hiến 520 m2 đất", "ông Lê Văn Hùng (thôn
    3) hiến 500 m2 đất": one man's land, no total of the area's; so is a family named
    before, by its pronoun ("Gia đình ông đã hiến …"). Not an official who speaks ("Ông …,
    Trưởng Ban Dân vận Tỉnh ủy cho biết, …") or who presents a body's award.
    """
    stops = source.spans_in(_PERSON_STOP, max(0, start - SENTENCE_REACH), start)
    sentence = stops[-1][1] if stops else max(0, start - SENTENCE_REACH)
    for found in reversed(list(_PERSON.finditer(source.folded, sentence, start))):
        if found.start() > sentence and not _PERSON_AFTER.search(
            source.folded, max(sentence, found.start() - 24), found.start(1)
        ):
            continue  # "… cho bà con …": a person only at the head of a clause
        if _SAYS.search(source.folded, found.end(), start) or _AWARDS.search(
            source.folded, found.end(), start
        ):  # "đồng chí … trao Bằng khen của … cho 10 tập thể": the batch's, no one's
            return None
        name = list(
            itertools.takewhile(
                lambda w: w[:1].isupper(), source.clean[found.end() : start].split()[:4]
            )
        )
        if name and name[0] in _TITLES:  # "đồng chí Phó Bí thư …": an office, no name
            return None
        if len(name) >= 2 or (  # not a place that starts so: "Ba Đình", "Anh Sơn", "Bà Rịa"
            len(name) == 1 and _named_in_full(source, found, name[0])
        ):
            kept = " ".join(name).rstrip(",;:")
            return found.start(1), found.end() + len(kept)
        word = source.clean[found.start(1) : found.end() - 1].lower()
        if not name and _PRONOUN.search(word) and _ACTS.match(source.clean, found.end()):
            return found.start(1), found.end() - 1  # not "Bà con đã …", "chỉ còn 418 …"
    return None


def _named_in_full(source: CleanText, found: re.Match[str], name: str) -> bool:
    """Whether "ông Bảy đã …" names one by a word of the name, a person's and not a place's.

    So in the midst of a sentence ("…, ông Bảy đã vận động 46 hộ …", where a place would
    be written "Anh Sơn"), or one named in full before ("Ông Nguyễn Văn Bảy - điển hình
    …", then "Ông Bảy đã …"); never a place ("Anh Sơn đã …" with no "anh … Sơn" before).
    """
    after = found.end() + len(name)
    if not _ACTS.match(source.clean, after + 1):
        return False
    if source.clean[found.start(1)].islower():
        return True
    for _, end in reversed(source.spans_in(_PERSON_WORD, 0, found.start(1))):
        words = source.clean[end : end + 40].split()[:4]
        full = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
        if len(full) >= 2 and name in full[1:]:
            return True
    return False


_PERSON_WORD = re.compile(r"(?<![a-z])(?:ong|ba|anh|chi)\s")


# A person or household as a sentence's subject, before a name: "Ông Nguyễn Văn Bình",
# "Gia đình bà …"; and the words of one who speaks, whose figures are the area's.
_PERSON = re.compile(
    r"\s*(?<![a-z])((?:gia\sdinh|ho)\s(?:ong|ba|anh|chi)|ong|ba|anh|chi|dong\schi)\s"
)
# What may come before a person at the head of a clause: "Điển hình như ông …", "Gương
# tiêu biểu là đồng chí …", "…, trong đó ông …".
_PERSON_AFTER = re.compile(r"(?:[,(]|\btrong\sdo|\b(?:nhu|la))\s$")
_PERSON_STOP = stop_or(r";:\n")  # past an aside: "ông … (thôn 3) hiến …"
# An award given or presented between a person and the number: the batch's giver's.
_AWARDS = re.compile(r"\b(?:bang\skhen|giay\skhen|ky\sniem\schuong|huan\schuong|huy\schuong)\b")
# The first word of an office held, which a name never starts with: "đồng chí Phó Bí thư
# Thường trực Tỉnh ủy", "ông Chủ tịch UBND xã".
_TITLES = frozenset(
    ["Phó", "Bí", "Chủ", "Trưởng", "Giám", "Tổng", "Ủy", "Thường", "Chánh", "Thứ", "Bộ"]
)
# What a person named before does, right after the word for them: "Ông đã hiến …", "Gia
# đình bà còn ủng hộ …"; not "Bà con …", "Chị em …", "Anh hùng …".
_PRONOUN = re.compile(r"(?:^|\s)(?:ông|bà|anh|chị)$")
_ACTS = re.compile(
    r"(?:đã|cũng|còn|tự|vừa|luôn|hiến|đóng|ủng|vận|tặng|góp|trích|dành|nhường|xây|mở)\b"
)
_SAYS = re.compile(r"\b(?:cho\sbiet|phat\sbieu|nhan\smanh|khang\sdinh|thong\stin|chia\sse|noi)\b")


# The most or the fewest one unit has, right before the number: "xã có nhiều mô hình nhất
# là 42", "đơn vị cao nhất có 38", "…, ít nhất là 5", "Huyện có nhiều mô hình nhất là Gia
# Viễn với 312 mô hình"; not the whole area's: "Toàn tỉnh có ít nhất …".
_MOST = (
    rf"(?P<words>(?:(?<!toan\s)(?<!ca\s){UNIT_KIND}\s(?:co\s)?)?(?:nhieu|it|cao|thap)"
    r"(?:\s[a-z]+){0,3}?\snhat)\s?(?:la|voi|co|:)\s(?:[^,.;:()\n0-9]{2,40}\svoi\s)?"
)
_EXTREME, _EXTREME_BEFORE = re.compile(f"{_MOST}$"), re.compile(_MOST)
_A_UNIT = re.compile(rf"{UNIT_KIND}\b")


def extreme_words(source: CleanText, start: int) -> tuple[int, int] | None:
    """The words that make the number at ``start`` the most or the fewest of one unit.

    Only with a unit as their subject ("xã có nhiều mô hình nhất là 42"), or after such
    words in the sentence ("…, ít nhất là 5 mô hình"): "ít nhất là 5 mô hình" alone is a
    count of at least 5, which its match starts with.
    """
    folded = source.folded
    own = _FEWEST_OWN.match(folded, start)  # "ít nhất là 5", read as the number's qualifier
    if own is None and folded.find(" nhat", max(0, start - 60), start) < 0:
        return None  # most numbers: no superlative before them
    found = None if own is not None else _EXTREME.search(folded, max(0, start - 60), start)
    if (  # "xã có ít nhất là 5" is at least 5
        found is not None
        and _A_UNIT.match(found["words"])
        and not found["words"].endswith(" it nhat")
    ):
        return found.span("words")
    if own is None and found is None:
        return None
    at = start if found is None else found.start()
    stops = source.spans_in(_PERSON_STOP, max(0, start - SENTENCE_REACH), at)
    sentence = stops[-1][1] if stops else max(0, start - SENTENCE_REACH)
    earlier = _EXTREME_BEFORE.search(folded, sentence, at)
    if earlier is None or not _A_UNIT.match(earlier["words"]):
        return None
    return (start, start + len("it nhat")) if found is None else found.span("words")


_FEWEST_OWN = re.compile(r"it\snhat\s")
