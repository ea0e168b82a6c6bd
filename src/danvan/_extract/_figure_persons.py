"""One person's or one household's figure in a report: no total of the area's.

"Ông Nguyễn Văn Bình, 68 tuổi, ở thôn 3, đã hiến 520 m2 đất"; then "Gia đình ông đã hiến
…". Not an official who speaks ("Ông …, Trưởng Ban Dân vận Tỉnh ủy cho biết, …") or who
presents an award for a body ("đồng chí Phó Bí thư … trao Bằng khen của …").
"""

from __future__ import annotations

import itertools
import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_places import SENTENCE_REACH
from danvan._extract._figure_words import FULL_STOP

__all__ = ["person_words"]


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
        if len(name) >= 2:  # not a place that starts so: "Ba Đình", "Anh Sơn", "Bà Rịa"
            kept = " ".join(name).rstrip(",;:")
            return found.start(1), found.end() + len(kept)
        word = source.clean[found.start(1) : found.end() - 1].lower()
        if not name and _PRONOUN.search(word) and _ACTS.match(source.clean, found.end()):
            return found.start(1), found.end() - 1  # not "Bà con đã …", "chỉ còn 418 …"
    return None


# A person or household as a sentence's subject, before a name: "Ông Nguyễn Văn Bình",
# "Gia đình bà …"; and the words of one who speaks, whose figures are the area's.
_PERSON = re.compile(
    r"\s*(?<![a-z])((?:gia\sdinh|ho)\s(?:ong|ba|anh|chi)|ong|ba|anh|chi|dong\schi)\s"
)
# What may come before a person at the head of a clause: "Điển hình như ông …", "Gương
# tiêu biểu là đồng chí …", "…, trong đó ông …".
_PERSON_AFTER = re.compile(r"(?:[,(]|\btrong\sdo|\b(?:nhu|la))\s$")
_PERSON_STOP = re.compile(rf"{FULL_STOP}|[;:\n]")  # past an aside: "ông … (thôn 3) hiến …"
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
