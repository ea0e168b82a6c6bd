"""The grade written after a count, which names its cell: "126 mô hình loại tốt".

A review grades models ("84 mô hình được xếp loại xuất sắc"), says how well they work
("1.012 mô hình hoạt động hiệu quả, 233 mô hình hoạt động chưa hiệu quả"), where they
stand ("815 mô hình đã hoàn thành, 105 mô hình đang triển khai"), whether they are new or
recognised again, and the result of an appraisal ("41 mô hình đạt, 4 mô hình không
đạt"). Each names a cell of the count it follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_acted import DONE_TO
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_nouns import subject_before
from danvan._extract._figure_verbs import A_COUNT
from danvan._extract._figure_words import (
    APPRAISED,
    APPRAISED_BY,
    GRADE_OF_A_SUBJECT,
    UNDER_WAY,
)

__all__ = [
    "grade_after",
    "grade_before",
    "grade_ending",
    "grade_of_the_subject",
    "graded",
    "in_a_state_of_its_own",
    "restates_recognition",
    "notables_named",
]

# A grade after the count: "84 mô hình được xếp loại xuất sắc", "126 mô hình loại tốt",
# "1.012 mô hình (duy trì, hoạt động, duy trì hoạt động) hiệu quả, 233 mô hình hoạt động
# chưa hiệu quả", "275 mô hình hiệu quả chưa cao", "176 mô hình đạt kết quả tốt, 13 mô
# hình đang tiếp tục thực hiện", "815 mô hình đã hoàn thành, 105 mô hình đang triển khai".
_AFTER = re.compile(
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"  # past the models' quoted name: "mô hình “…” đang …"
    r"(?:\s?\((?:chiem\s|dat\s)?[0-9][0-9,.]*\s?%\))?"  # …and their share: "… (chiếm 92,9%) …"
    rf"\s(?:duoc\s{APPRAISED_BY})?(?:danh\sgia\s)?(?:xep\s)?(?:dat\s)?(?:"
    # carried over, no stock of all: "1.211 mô hình (tiếp tục) duy trì từ các năm trước"
    r"(?P<carried>(?:tiep\stuc\s)?duy\stri\stu\s(?:cac\s)?(?:nam\s(?:truoc|(?:19|20)[0-9]{2})"
    r"|ky\struoc))\b|loai\s"
    r"(?P<grade>xuat\ssac|tot|kha|trung\sbinh|yeu|kem|khong\sdat)\b"
    # a grade alone, the clause ending there: "96 mô hình xuất sắc, 230 mô hình tốt"
    # …or before its share: "…, 286 mô hình khá (21,3%), 31 mô hình trung bình (2,3%)"
    r"|(?P<bare>xuat\ssac|tot|kha|trung\sbinh|yeu|kem)"
    r"(?=\s?[,.;)\n]|\sva\s[0-9]|\s?\((?:chiem\s)?[0-9]|$)"
    r"(?!,?\s(?:cach\slam|guong|viec\slam))"  # not "mô hình tốt, cách làm hay"
    r"|(?:(?:(?:dang\s|van\s|tiep\stuc\s)?duy\stri(?:\shoat\sdong)?|hoat\sdong|dang\shoat\sdong|van\shanh"
    r"|(?:da\s|dang\s)?(?:mang\slai|phat\shuy))\s)?(?:co\s)?"  # "… đã mang lại hiệu quả …"
    r"(?P<effect>(?:chua|khong)\s(?:phat\shuy|mang\slai)\s(?:duoc\s)?hieu\squa"  # "chưa phát huy …"
    r"|(?:chua|khong)\s(?:duy\stri\s)?hoat\sdong\s(?:co\s)?(?:hieu\squa|thuong\sxuyen|on\sdinh)"
    r"|(?:chua\s|kem\s|khong\s|it\s)?hieu\squa(?:\s(?:(?:chua|khong)\s)?cao|\sthap"
    r"|\s(?:tot|kha|trung\sbinh|yeu))?"  # "86 mô hình đạt hiệu quả tốt, 6 … hiệu quả khá"
    r"|cam\schung"
    # formal only, breaking the rules, said twice, weak: "5 mô hình (hoạt động) còn hình
    # thức", "2 mô hình vi phạm quy định", "4 mô hình trùng lặp", "3 mô hình yếu kém"
    r"|(?:(?:con|mang\stinh)\s)?hinh\sthuc(?=\s?[,.;)\n]|$)"
    r"|vi\spham(?:\s(?!va\b)[a-z]+){0,3}?(?=\s?[,.;)\n]|$)|trung\slap|yeu\skem"
    r"|(?:chua|khong)\sco\s(?:san\spham|ket\squa|dau\sra)(?:\s(?!va\b)[a-z]+){0,3}?"
    r"(?=\s?[,.;)\n]|$)"  # "5 mô hình chưa có sản phẩm cụ thể"
    r"|(?:dat|hoan\sthanh)(?:\sva\svuot)?\s(?:ke\shoach|chi\stieu|yeu\scau|muc\stieu)"
    r"(?:\s(?:de\sra|dat\sra))?"  # its plan met: "đạt và vượt yêu cầu đề ra"
    r"|dat\sket\squa(?:\s(?:tot|kha|cao|trung\sbinh|thap|chua\scao))?"
    r"|(?<=dong\s)(?:tot|kha|trung\sbinh|binh\sthuong|on\sdinh|yeu|kem)"  # "… hoạt động ổn định"
    r"|dang\s(?:tiep\stuc\s)?(?:duoc\s)?(?:thuc\shien|trien\skhai|theo\sdoi|xay\sdung|hoan\sthien)"
    r"|(?:da\s|chua\s)?hoan\sthanh"
    # "30 mô hình chưa triển khai", "… chưa triển khai do …"
    r"|(?:chua|khong)\s(?:trien\skhai|thuc\shien)(?=\s?[,.;)\n]|\s(?:do|vi)\s|$)"
    r"|cham\s(?:trien\skhai|thuc\shien|tien\sdo)"  # "6 mô hình chậm triển khai"
    # no more kept up: "12 mô hình không tiếp tục duy trì", "5 mô hình ngừng hoạt động"
    r"|(?:(?:khong|chua)\s(?:con\s|tiep\stuc\s)?duy\stri|(?:ngung|dung)\s(?:duy\stri|hoat\sdong))"
    r"(?:\shoat\sdong)?(?=\s?[,.;)\n]|\s(?:do|vi)\s|$)"
    # appraised, and no list of them by grade after: "còn 47 mô hình được thẩm định."
    rf"|{APPRAISED}(?![:,]\s?(?:trong\sdo|xep\sloai|cu\sthe)|\strong\sdo|:)"
    r"|chua\s(?:duoc\s)?(?:tham\sdinh|danh\sgia|xet|cong\snhan|dang\sky)"
    r"(?:,?\s(?:xep\sloai|cong\snhan))?"
    r"(?=\s?[,.;)\n]|$)"  # "47 mô hình chưa được thẩm định", "12 mô hình chưa đăng ký"
    r"|tiep\stuc\s(?:duoc\s)?(?:thuc\shien|trien\skhai|theo\sdoi|xay\sdung|hoan\sthien)"  # "315 …
    # tiếp tục thực hiện từ năm trước", "7 mô hình tiếp tục theo dõi"
    r"|can\s(?:cung\sco|kien\stoan|duy\stri))\b"
    # recognised (or registered) anew or again, beside each other: "35 mô hình mới được
    # công nhận và 12 mô hình được công nhận lại", "1.204 mô hình đăng ký lại, 312 … mới"
    r"|(?P<again>(?:(?:cong|xac)\snhan|dang\sky)\slai|tai\s(?:cong|xac)\snhan)\b"
    # registered, not yet under way: "36 mô hình đăng ký nhưng chưa triển khai"
    r"|(?:dang\sky\s)?nhung\s(?P<not_yet>(?:chua|khong)\s(?:trien\skhai|thuc\shien|hoat\sdong))\b"
    r"|(?P<new>moi)(?=\s(?:duoc\s)?(?:cong|xac)\snhan\b)"
    r"|(?:duoc\s)?(?:(?:cong|xac)\snhan|dang\sky)\s(?P<anew>moi|lan\sdau)\b"  # "…, … lại"
    # the result of an appraisal, the clause ending there: "41 mô hình đạt, 4 mô hình
    # không đạt", "36 mô hình chưa đạt yêu cầu (đề ra)", "1.652 mô hình đạt tiêu chí “Dân
    # vận khéo”"
    r"|(?P<result>(?:khong\s|chua\s)?(?:dat(?:\s(?:yeu\scau|tieu\schi)"
    r"(?:\s(?:de\sra|dat\sra|theo\squy\sdinh))?"
    r"|\sgiai(?:\s(?:nhat|nhi|ba|khuyen\skhich|cao|[abc]))?)?|du\sdieu\skien"  # "… đạt giải"
    r"(?:\s(?:de\s)?(?:cong|xac)\snhan(?:\scap\s(?:tinh|huyen|xa|co\sso))?)?))"
    r"(?:\s[“\"][^”\"\n]{1,60}[”\"])?"
    r"(?=\s?[,.;)\n]|\s(?:do|vi|tai)\s|$|\s?\((?:dat\s|chiem\s)?[0-9][0-9,.]*\s?%\)"  # "(87,3%)"
    r"|\s(?:da\s|dang\s|se\s)?(?:duoc|can|phai)\s))"  # "… chưa đạt yêu cầu đã được hướng dẫn …"
)


# What a share is of, before its grade: "90% (số) mô hình …".
_SHARE_OF_MODELS = re.compile(
    r"\s(?:so\s)?(?:cac\s)?(?:mo\shinh|dien\shinh)(?:,\sdien\shinh)?(?=\s)"
)


# A stage written as the verb right before a count of models: "đến nay đã hoàn thành 362
# mô hình" are the models registered that were completed, not more of them registered.
_BEFORE = re.compile(
    r"(?:^|[\s,;:])(?:da\s)?(?:(?P<effect>hoan\sthanh)\s(?:duoc\s)?"
    # …or recognised (registered) anew or again: "trong đó công nhận mới 45 mô hình, công
    # nhận lại 30"
    r"|(?:(?:cong|xac)\snhan|dang\sky)\s(?P<anew>moi|lan\sdau)\s"  # "công nhận lần đầu 318"
    r"|(?P<again>(?:(?:cong|xac)\snhan|dang\sky)\slai|tai\s(?:cong|xac)\snhan)\s)$"
)
# What gives a line's subject its count, or its share: "… là", "…:", "… chiếm".
_GIVEN = re.compile(r"(?:\sla|:|\schiem(?:\sty\sle)?|\s?\()\s?$")  # "… còn hình thức (12 …)"


def grade_after(source: CleanText, end: int) -> tuple[tuple[str, tuple[int, int]], bool] | None:
    """The grade written after a count, as its cell's name ("loại tốt": "tốt").

    With it, whether it names a cell alone, with no count beside it: "318/352 mô hình
    hoạt động hiệu quả", "4 mô hình không đạt", "132 mô hình được công nhận lại"; not
    "mới" ("40 mô hình mới được công nhận" are the models recognised). After a share, past
    what it is a share of: "hơn 90% (số) mô hình hoạt động hiệu quả".
    """
    folded = source.folded
    share_of = _SHARE_OF_MODELS.match(folded, end) if folded.endswith("%", 0, end) else None
    graded = _AFTER.match(folded, end if share_of is None else share_of.end())
    return None if graded is None else _grade(source, graded)


# Recognised as the notable ones, after the count (past its parts in brackets, and who
# recognised them): "công nhận 38 mô hình (20 tập thể, 18 cá nhân) là mô hình “Dân vận khéo”
# tiêu biểu năm 2024", "18 mô hình được Bộ Tư lệnh công nhận là mô hình … tiêu biểu".
_SINGLED_OUT = re.compile(
    r"(?:\s?\([^()\n]{1,80}\))?(?P<by>\sduoc\s(?:[^,.;()\n]{1,60}?\s)?cong\snhan)?"
    r"(?:\sla(?:\s(?:mo|dien)\shinh(?:,\sdien\shinh)?)?)?"
    r"(?:\s?[“\"«][^”\"»\n]{1,40}[”\"»])?\s(?P<words>tieu\sbieu(?:,?\s(?:dien\shinh|xuat\ssac))?)"
    r"(?=\s?[,.;)\n]|\s(?:nam|cap|giai\sdoan)\b|\s?$)"
)


def notables_named(
    source: CleanText, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Name the cell of the notable ones a recognised count of no other cell says, in place.

    "Từ các mô hình trên, … công nhận 38 mô hình tiêu biểu": "tiêu biểu", a cell of their
    own, not a second count of all recognised; a body's, its own notable ones ("Công an
    huyện có 12 mô hình được … công nhận là mô hình … tiêu biểu": "Công an huyện, tiêu
    biểu"). Not a part of a total, nor a level's count ("Cấp tỉnh đã công nhận 86 mô hình
    tiêu biểu; cấp huyện …") but the level of who recognised them.
    """
    for i, mention in enumerate(mentions):
        if mention.measure != "recognised" or mention.part_of is not None:
            continue
        found = _SINGLED_OUT.match(source.folded, spans[i][1])
        if found is None or (mention.level is not None and not found["by"]):
            continue  # a level's own, but the level of who recognised them: "… được Huyện ủy …"
        a, b = found.span("words")
        words = (source.clean[a:b], source.span(a, b))
        for k in range(i, len(mentions)):  # and its parts: "38 mô hình (20 tập thể, 18 …)"
            if k == i or (mentions[k].part_of == i and mentions[k].category is None):
                body = mentions[k].category  # a body's: "Công an huyện có 12 mô hình được …"
                cell = words[0] if body is None else f"{body}, {words[0]}"
                evidence = {**mentions[k].evidence, "category": words}
                mentions[k] = attrs.evolve(mentions[k], category=cell, evidence=evidence)


def graded(folded: str, end: int) -> bool:
    """Whether a grade follows the count ending at ``end``: "571 mô hình đạt", "… hiệu quả"."""
    return _AFTER.match(folded, end) is not None


def in_a_state_of_its_own(source: CleanText, end: int, before: str, verb_at: int) -> bool:
    """Whether what the count ending at ``end`` is, or what was done to it, follows it.

    Under way ("…, 30 mô hình chưa triển khai") or done to ("…, 96 mô hình được điều
    chỉnh nội dung"): not of the act of a count before it in its clause. Nor graded, when
    that act is the other count's predicate, at ``verb_at`` in the folded words ``before``
    the count, a comma between: "12 mô hình không duy trì hoạt động, 5 mô hình không hoạt
    động hiệu quả" (not "duy trì 1.104 mô hình đang hoạt động hiệu quả").
    """
    folded = source.folded
    graded = A_COUNT.search(before, 0, verb_at) and _STOP.search(before, verb_at)
    return bool(
        UNDER_WAY.match(folded, end)
        or DONE_TO.match(folded, end)
        or (graded and grade_after(source, end))
    )


_STOP = re.compile(r"[,;:]")


def grade_before(source: CleanText, start: int) -> tuple[tuple[str, tuple[int, int]], bool] | None:
    """The stage said by the verb right before a count: "đã hoàn thành 362 mô hình".

    Or recognised anew or again: "công nhận mới 45 mô hình, công nhận lại 30 mô hình".

    ``start`` is the number's; the cell is named as :func:`grade_after` names it.
    """
    graded = _BEFORE.search(source.folded, max(0, start - 24), start)
    return None if graded is None else _grade(source, graded)


def grade_of_the_subject(
    source: CleanText, start: int
) -> tuple[tuple[str, tuple[int, int]], bool] | None:
    """The grade a line's subject ends with, as :func:`grade_after` gives it.

    ``start`` is the number's: "Số mô hình tiếp tục duy trì hoạt động hiệu quả là 326/348
    mô hình" names the cell "hiệu quả" as "326/348 mô hình hoạt động hiệu quả" does.
    """
    if not _GIVEN.search(source.folded, max(0, start - 14), start):
        return None
    subject = subject_before(source.folded, start)
    if subject is None:
        return None
    a, b = subject[1]  # the subject's words after its noun
    at = source.folded.find(" ", a, b)
    while at >= 0:
        graded = _AFTER.fullmatch(source.folded, at, b)
        if graded is not None:
            return _grade(source, graded)
        at = source.folded.find(" ", at + 1, b)
    return None


def _grade(
    source: CleanText, graded: re.Match[str]
) -> tuple[tuple[str, tuple[int, int]], bool] | None:
    said = graded.groupdict()
    group = next(
        g
        for g in ("grade", "bare", "carried", "effect", "again", "new", "anew", "result", "not_yet")
        if said.get(g)
    )
    a, b = graded.span(group)
    if group == "result" and "đất" in source.clean[a:b].lower():
        return None  # "hiến 12.350 m2 đất,": "đất" folds as "đạt" does
    return (source.clean[a:b], source.span(a, b)), group not in ("new", "anew", "bare")


def grade_ending(
    source: CleanText, a: int, b: int, *, changed: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The grade the subject's words ``a:b`` end with, and its span.

    "Số mô hình đạt loại tốt" (là 86); with ``changed``, the grade before the change:
    "Số mô hình đạt loại xuất sắc tăng" (9 mô hình).
    """
    if changed and (change := _CHANGED.search(source.folded, a, b)) is not None:
        b = change.start()
    graded = GRADE_OF_A_SUBJECT.search(source.folded, a, b)
    if graded is None:
        return None
    return source.clean[slice(*graded.span("grade"))], source.span(*graded.span("grade"))


_CHANGED = re.compile(r"\s(?:tang|giam)(?:\sthem)?$")


# A result that every model recognised has: "đạt", "đạt tiêu chí “Dân vận khéo”", "(đạt,
# hoạt động) (có) hiệu quả": what recognising a model finds.
_MET = re.compile(
    r"dat(?:\s(?:yeu\scau|tieu\schi|tieu\schuan)(?:\s.*)?)?$"
    r"|(?:(?:dat|hoat\sdong)\s)?(?:co\s)?hieu\squa$"
)


def restates_recognition(measure: str | None, grade: str) -> bool:
    """Whether a folded grade only says what recognising the count says: no cell of it.

    "Ban Chỉ đạo công nhận 356 mô hình đạt tiêu chí": all 356 were recognised; "đạt loại
    tốt" is a grade, and "41 mô hình đạt" after an appraisal with no act a cell.
    """
    return measure == "recognised" and _MET.match(grade) is not None
