"""Whether a verb read before a count is denied or only an aim, so that nothing was done.

"không công nhận 6 mô hình", "6 mô hình chưa được công nhận", "46 mô hình được lựa chọn
để nhân rộng", "86 mô hình được kiểm tra trước khi công nhận" and "sẽ xây dựng thêm 40 mô
hình" count nothing done; "đóng góp 26.000 ngày công để làm mới 63 km đường" made the road.
So does a count whose grade denies its list's verb: "…, 5 mô hình không đạt".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention, whole_of
from danvan._extract._figure_verbs import clause_before

__all__ = ["denied_by_its_grade", "not_done"]

# A verb denied: "không công nhận 6 mô hình", "6 mô hình chưa được công nhận"; with the
# appraisal before it, joined: "5 mô hình chưa được đánh giá, công nhận".
_NEGATION = re.compile(  # …or no more: "12 mô hình không (tiếp tục) duy trì", "không còn …"
    r"\b(?:khong|chua)\s(?:con\s|tiep\stuc\s)?(?:duoc\s)?"
    r"(?:(?:danh\sgia|tham\sdinh|kiem\stra|(?:binh|xem)\s?xet)(?:,|\sva|\shoac)\s)?$"
)
# …also of an award's form, given: "không tặng Giấy khen cho 5 tập thể".
_NOT_GIVEN = re.compile(r"\b(?:khong|chua)\s(?:duoc\s)?(?:tang|trao)\s$")
_AIM = re.compile(r"\bde\s$")
_NOT_YET = re.compile(r"\b(?:truoc|sau)\skhi\s$")  # done before or after it, not it
# To be done: "sẽ xây dựng thêm 40 mô hình", "sẽ tiếp tục được công nhận"; read with its
# marks, since "chia sẻ" folds alike.
_FUTURE = re.compile(r"\b(se)\s(?:tiep\stuc\s)?(?:duoc\s)?$")


def _negated(source: CleanText, verb_start: int) -> bool:
    """Whether the verb that starts at ``verb_start`` is denied: "không (được) công nhận".

    Read with its marks: "46 chùa đăng ký" (pagodas) is no "chưa đăng ký" (not yet).
    """
    folded = source.folded
    if folded.startswith(("giay khen", "bang khen"), verb_start):
        said = _NOT_GIVEN.search(folded, max(0, verb_start - 20), verb_start)
    else:
        said = _NEGATION.search(folded, max(0, verb_start - 32), verb_start)
    word = source.clean[said.start() : said.start() + 6].split()[0] if said is not None else ""
    return word.lower() in _NOT


_NOT = frozenset(("không", "chưa"))  # as written: not "chùa" (a pagoda), "chua" (sour)


def not_done(source: CleanText, verb_start: int, count_at: int = -1) -> bool:
    """Whether the verb at ``verb_start`` is denied, or only an aim: "để nhân rộng".

    "46 mô hình được lựa chọn để nhân rộng" are not replicated yet; "đề nghị", which
    folds as "để" does, is no aim, nor is a proposal made to that end: "lựa chọn 15 mô
    hình để đề nghị UBND tỉnh tặng Bằng khen" proposed them. What was given to an end
    did it, when the count at ``count_at`` is the verb's object: "đóng góp 26.000 ngày
    công để làm mới 63 km đường" made the road.
    """
    aim = _AIM.search(source.folded, max(0, verb_start - 4), verb_start)
    aimed = aim is not None and source.clean[aim.start() + 1].lower() == "ể"
    aimed = aimed and not source.folded.startswith(("de nghi", "de xuat"), verb_start)
    if aimed and aim is not None and count_at > verb_start:
        start = clause_before(source.folded, aim.start(), 120)
        aimed = _GIVEN.search(source.folded, start, aim.start()) is None
    if _NOT_YET.search(source.folded, max(0, verb_start - 12), verb_start) is not None:
        return True  # "… được kiểm tra thực tế trước khi công nhận": not recognised
    future = _FUTURE.search(source.folded, max(0, verb_start - 20), verb_start)
    if future is not None and source.clean[future.start(1) + 1] in "ẽẼ":
        return True  # "năm 2026 sẽ xây dựng thêm 40 mô hình": not done yet
    return aimed or _negated(source, verb_start)


# What is given to an end, before "để": "hiến …, đóng góp … ngày công để làm mới …", "hỗ
# trợ 20 triệu đồng để xây …"; not "hỗ trợ 20 mô hình để nhân rộng …".
_GIVEN = re.compile(
    r"\b(?:dong\sgop|hien|huy\sdong|ung\sho|ngay\scong|kinh\sphi"
    r"|\d\s(?:trieu\s|ty\s|nghin\s|ngan\s)?dong)\b"
)


# A grade no recognised model has: failed, under way ("…, còn 143 mô hình đang tiếp tục …").
_FAILED = re.compile(
    r"(?:khong|chua)\s(?:dat|du\sdieu|trien\skhai|thuc\shien)"
    r"|(?:dang\s(?:tiep\stuc\s)?|tiep\stuc\s)(?:duoc\s)?(?:xay\sdung|hoan\sthien|theo\sdoi)"
)
_DENIED = {  # …or one it made kept up that is no more: "…, 12 mô hình không tiếp tục duy trì"
    "recognised": _FAILED,
    "in_operation": re.compile(r"(?:khong|chua)\s(?:con\s|tiep\stuc\s)?duy\stri|(?:ngung|dung)\s"),
}


def denied_by_its_grade(
    mention: FigureMention,
    evidence: dict[str, tuple[str, tuple[int, int]]],
    mentions: Sequence[FigureMention],
    grade: str,
) -> tuple[FigureMention, dict[str, tuple[str, tuple[int, int]]]]:
    """A count a list's verb made recognised (or kept up) that its ``grade`` denies: no act.

    "…, 5 mô hình không đạt", "…, 12 mô hình không tiếp tục duy trì"; nor among a count of
    models so done: "… 2.156 mô hình được công nhận, trong đó …; còn 690 mô hình đang
    được theo dõi". ``grade`` is the folded words that name its cell; ``evidence`` the
    mention's, with them. Both are returned as they are when the grade denies nothing.
    """
    denies = _DENIED.get(mention.measure or "")
    if denies is None or not denies.match(grade) or "noun" not in evidence:
        return mention, evidence
    kept = {**evidence, "measure": mention.evidence["noun"]}
    total = whole_of(mention)
    if total is None or mentions[total].measure != mention.measure:
        return attrs.evolve(mention, measure="models"), kept
    kept = {k: v for k, v in kept.items() if k not in ("part_of", "subset_of")}
    return attrs.evolve(mention, measure="models", part_of=None, subset_of=None), kept
