"""The unit a count is about, carried on from the count before it in the same sentence.

"xã Yên Khánh công nhận 9 mô hình cấp xã; 2 mô hình được đề nghị …" are the commune's, and
so are the counts of its own body, unnamed, after it: "Sau sắp xếp, xã Gia Trấn (mới) có 18
thôn; Đảng ủy xã chỉ đạo …, với 36 mô hình".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_places import UNITS_ACT
from danvan._extract._figure_words import (
    CLAUSE_END,
    NEXT_OBJECT,
    PROPOSING,
    RECOGNISING,
    SENTENCE_END,
)
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = ["places_go_on", "places_said_again"]


def places_go_on(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """A count right after an item's semicolon is of the unit named in that item, in place.

    "xã Yên Khánh công nhận 9 mô hình cấp xã; 2 mô hình được đề nghị …": the commune's
    2, not the province's; so after a year set apart: "…; riêng năm 2025 có 18.500 …",
    right after a comma: "…, 3 mô hình được đề nghị …", after the unit's own body, not
    named: "…; Đảng ủy xã chỉ đạo …, với 36 mô hình", in a clause of acts with no subject
    of its own ("…; thẩm định, đề nghị công nhận 48 …"), and the models of the units it
    counted ("… hướng dẫn 17 xã, thị trấn đăng ký 286 mô hình"). Not a count of a body
    of another level: "…; 12 mô hình của Hội Nông dân tỉnh".
    """
    folded = source.folded
    for i in range(1, len(mentions)):
        before, mention = mentions[i - 1], mentions[i]
        place = before.evidence.get("place_words")
        if (
            place is not None
            and mention.place_words is None
            and not _a_body_of_another_level(mention.category, fold(place[0]))
            and (
                _NEXT_IN_ITS_PLACE.fullmatch(folded, spans[i - 1][1], spans[i][0])
                or _units_then_their_models(before, folded, spans[i - 1][1], spans[i][0])
                or _its_body_unnamed(source, fold(place[0]), spans[i - 1][1], spans[i][1])
            )
        ):
            evidence = {**mention.evidence, "place_words": place}
            mentions[i] = attrs.evolve(mention, place_words=before.place_words, evidence=evidence)


_NEXT_IN_ITS_PLACE = re.compile(
    NEXT_OBJECT.pattern
    + r"(?:(?:rieng\s)?(?:trong\s|den\s)?nam\s(?:19|20)[0-9]{2},?\s(?:da\s)?(?:co\s)?)?"
    # …or its comma: "…, xã có 12 mô hình …, 3 mô hình …", "…, nâng tổng số … lên 64",
    # "… đăng ký xây dựng mô hình, với 36 mô hình", "… được công nhận, tăng 18 mô hình"
    + r"|[^.;:()\n0-9]{0,60}?,\s(?:(?:nang|dua)\s(?:tong\s)?so(?:\s[^.;:()\n0-9]{0,60}?)?\slen\s"
    + r"|voi\s(?:tong\sso\s)?|(?:tang|giam)(?:\sthem)?\s)?"
    # …or a clause of its acts, no subject of its own: "…; thẩm định, đề nghị công nhận 48",
    # "…; qua đánh giá, công nhận 264 …"
    + r"|[^.;:()\n0-9]{0,40}?;\s(?:qua\s(?:danh\sgia|tham\sdinh|binh\sxet|kiem\stra),\s)?"
    + rf"(?:da\s)?(?:{PROPOSING}|{RECOGNISING}|tham\sdinh|xet\sduyet)\b"
    + r"[^.;:()\n0-9]{0,40}"
)
# The level a body's name ends with: "Hội Nông dân tỉnh", "Ban Dân vận Huyện ủy".
_BODY_LEVEL = re.compile(r"\s(tinh|thanh\spho|trung\suong|huyen|xa|phuong)(?:\suy)?$")


def _a_body_of_another_level(category: str | None, place: str) -> bool:
    """Whether the count's own body is of another level than ``place``'s kind.

    "Xã Gia Vân có 8 mô hình …; 12 mô hình của Hội Nông dân tỉnh": the province's body.
    """
    level = _BODY_LEVEL.search(fold(category)) if category else None
    return level is not None and not place.startswith(level[1] + " ")


# The act of units counted, before the count of their models: "17 xã, thị trấn đăng ký ".
_THEIR_ACT = re.compile(rf"(?:,\s[a-z]+(?:\s[a-z]+)?)?{UNITS_ACT}")


def _units_then_their_models(before: FigureMention, folded: str, a: int, b: int) -> bool:
    """Whether the count at ``b`` is of the units counted before it, from ``a``.

    "Ban Dân vận Huyện ủy Yên Mô (cũ) đã hướng dẫn 17 xã, thị trấn đăng ký 286 mô hình":
    the district's communes' models.
    """
    units = before.unit_of_measure is UnitOfMeasure.UNITS
    return units and _THEIR_ACT.fullmatch(folded, a, b) is not None


# The body of a unit of a kind, in folded words: "Đảng ủy xã", "UBND phường".
_BODY_OF_A_KIND = re.compile(
    r"\b(?:dang\suy|ubnd|uy\sban\snhan\sdan|ban\schi\sdao)\s(?P<kind>xa|phuong|thi\stran|huyen)\s"
)


def _its_body_unnamed(source: CleanText, place: str, a: int, b: int) -> bool:
    """Whether the clauses from ``a`` to the end of ``b``'s have the body of ``place``'s kind.

    Unnamed: "…, xã Gia Trấn (mới) có 18 thôn; Đảng ủy xã chỉ đạo …", "…; đến nay có 32 mô
    hình được Đảng ủy xã công nhận": the commune's own body; not "Đảng ủy xã Gia Phong".
    """
    folded = source.folded
    if SENTENCE_END.search(folded, a, b) is not None:
        return False
    end = CLAUSE_END.search(folded, b)
    for body in _BODY_OF_A_KIND.finditer(folded, a, end.start() if end else len(folded)):
        named = source.clean[body.end() : body.end() + 1].isupper()
        if not named and place.startswith(body["kind"] + " "):
            return True
    return False


# A sentence that names again the unit the sentence before was about: by its kind alone
# as its subject ("… Ở thành phố Tam Điệp, … 64 mô hình …. Thành phố đã huy động 3,2 tỷ
# đồng"), or as "ở đây", "tại đây", "địa phương này" ("Huyện Kim Sơn … 312 mô hình. Các
# mô hình ở đây …").
_KIND_ALONE = re.compile(
    r"(?:^|[.!?\n]\s?)(?P<kind>thanh\spho|thi\sxa|thi\stran|huyen|quan|xa|phuong)"
    r"\s(?:(?:cung|da|van|con|tiep\stuc)\s)*(?=[a-z])"
)
_HERE = re.compile(r"\b(?:o|tai|noi)\sday\b|\bdia\sphuong\snay\b")
_SENTENCE_REACH = 300


def places_said_again(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """A count in a sentence that names again the unit of the sentence before, in place.

    Only the unit the last count of the sentence before was about, when the text named
    it: "Ở thành phố Tam Điệp, … 64 mô hình …. Thành phố đã huy động 3,2 tỷ đồng" (the
    city's, not the province's); "Thành phố đã …" after no unit named is the report's.
    """
    folded = source.folded
    count_ends = [end for _, end in spans]  # in order: the counts do not overlap
    for i in range(1, len(mentions)):
        if mentions[i].place_words is not None:
            continue
        start = spans[i][0]
        ends = source.spans_in(SENTENCE_END, max(0, start - _SENTENCE_REACH), start)
        if not ends:
            continue
        head = ends[-1][0]  # the stop before the sentence
        j = bisect.bisect_right(count_ends, head, 0, i) - 1  # the last count before it
        if j < 0 or "place_words" not in mentions[j].evidence:
            continue
        if SENTENCE_END.search(folded, spans[j][1], head) is not None:
            continue  # not the sentence right before
        place = mentions[j].evidence["place_words"]
        kind = _KIND_ALONE.match(folded, head)
        named = kind is not None and source.clean[kind.end() : kind.end() + 1].isupper()
        alone = kind is not None and not named and fold(place[0]).startswith(kind["kind"] + " ")
        if alone or _HERE.search(folded, head, start) is not None:
            evidence = {**mentions[i].evidence, "place_words": place}
            mentions[i] = attrs.evolve(
                mentions[i], place_words=mentions[j].place_words, evidence=evidence
            )
