"""The body a clause that goes on names: the one of the count before, or of its total.

"Mặt trận Tổ quốc và các đoàn thể tỉnh đăng ký 412 mô hình, đã công nhận 378 mô hình":
the 378 are the bodies' too; so are the counts of a sentence with no subject after theirs
("…. Đến nay đã có 291 mô hình được công nhận") and what their later clauses did ("…;
hỗ trợ 73 hộ vay vốn").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._body_names import KINDS_OF_UNIT, names_a_body
from danvan._extract._figure_mention import (
    THE_WHOLE,
    FigureMention,
    cell_after,
    count_before,
    verb_after,
)
from danvan._extract._figure_words import (
    AND,
    GOES_ON,
    JOINED,
    NEXT_OBJECT,
    SENTENCE_END,
    VERB_WORDS,
    counted_in,
)
from danvan._extract._list_items import line_label
from danvan._extract._totals_after import RAISED_SUM
from danvan._measures import MODEL_UNITS, UnitOfMeasure
from danvan._numbers import Percent
from danvan._text import fold
from danvan._vocabulary import HolderKind

__all__ = ["levels_of_their_units", "same_subject"]


def same_subject(
    folded: str,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: list[tuple[str, tuple[int, int]] | None],
) -> None:
    """A clause that goes on with the body before it names that body, in place.

    "Mặt trận Tổ quốc và các đoàn thể tỉnh đăng ký 412 mô hình, đã công nhận 378 mô
    hình": the 378 are the bodies' too, not the province's; so are the individuals after
    its collectives, and the models of its next level ("Hội Cựu chiến binh tỉnh có 46 mô
    hình cấp tỉnh, 128 mô hình cấp huyện").
    """
    for i in range(1, len(mentions)):
        k = count_before(folded, mentions, spans, i)  # past a share: "…, đạt 93%; có …"
        before, mention = names[k], mentions[i]
        among = mentions[k].part_of
        among = mentions[k].subset_of if among is None else among
        if among is not None and (
            before is None  # "… ra quân 1.240 công trình, …, trong đó có 86 công trình …;
            or SENTENCE_END.search(folded, spans[i - 1][1], spans[i][0])  # xây dựng 45 mô hình"
        ):  # or a sentence after the parts: "…, Hội Cựu chiến binh 190 mô hình. Có 1.356 …"
            before = names[among]
        if before is None and mentions[k].change is not None and k:  # "… đăng ký 86 mô hình,
            before = _its_base(folded, spans, names, k)  # tăng 9 …. Kết quả, có 79 …"
        before = before or _named_earlier(folded, spans, names, i)
        levels = mention.level is not None and _levels_side_by_side(
            folded, mentions[k], mention, spans[i - 1], spans[i]
        )
        some = _alike(mention, mentions[k], mentions[among] if among is not None else None) and (
            (  # "Công an tỉnh có 42 mô hình “…”, 18 mô hình được Bộ Công an công nhận"
                verb_after(mention)
                and (
                    _NEXT_COUNT.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
                    or _AT_ITS_LEVEL.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
                )
            )  # "Đoàn Thanh niên có 205 mô hình, được Tỉnh đoàn công nhận 47 mô hình"
            or _RECOGNISED_BY.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
        )
        if (
            names[i] is not None
            or before is None
            or before[1][1] > mentions[k].span[0]  # a subject, written before its count
            or not (names_a_body(fold(before[0])) or _labels_the_line(folded, spans, k, i))
            or KINDS_OF_UNIT.fullmatch(fold(before[0])) is not None  # "các xã": all, the area
            or (mention.fields and not cell_after(mention, "fields"))  # "…, 154 mô hình văn hóa"
            or (mention.level and not (levels or some or _acts_on(folded, spans, i)))
            or not isinstance(mention.value, Count)
        ):
            continue
        holders = (mentions[k].holder, mention.holder)
        kinds = (mentions[k].kind, mention.kind)
        if (
            levels
            or (  # "Công an tỉnh có 156 tập thể, 320 cá nhân": its collectives, individuals;
                # "- Khối chính quyền: 31 mô hình, 8 điển hình": its models, exemplars
                any(None not in two and two[0] is not two[1] for two in (holders, kinds))
                and AND.fullmatch(folded, spans[i - 1][1], spans[i][0])
            )
            or some
            or (  # who took part in its models: "… có 24 mô hình … với 1.856 hộ tham gia"
                mention.measure == "participants"
                and _WITH_THEM.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
            )
            or (  # what it raised, listed: "… góp 120 triệu đồng, 450 ngày công"
                {mention.measure, mentions[k].measure} <= _RAISED
                and _RAISED_TOO.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
            )
            or _RAISED_TO.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
            or (  # what those it mobilised gave: "… vận động 1.250 hộ đóng góp 3,6 tỷ đồng"
                mention.measure in _RAISED
                and mentions[k].unit_of_measure in _WHO_GIVE
                and _THEY_GAVE.fullmatch(folded, spans[k][1], spans[i][0]) is not None
            )
            or _models_of_its_units(folded, mentions, spans, i)
            or (  # its next field: "… 212 mô hình kinh tế, 154 mô hình văn hóa"
                cell_after(mention, "fields")
                and cell_after(mentions[k], "fields")
                and _JOINED_ITEM.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
            )
            or (  # what its act cost: "…, hỗ trợ vốn cho 320 hộ với tổng số tiền 9,6 tỷ đồng"
                mention.unit_of_measure is UnitOfMeasure.VND
                and _ITS_COST.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
            )
            or (
                mention.holder in (None, HolderKind.HOUSEHOLD)  # "…, giúp đỡ 540 hộ", and
                and (  # one more of its objects: "đăng ký 124 công trình, …; 96 mô hình"
                    GOES_ON.fullmatch(folded, spans[i - 1][1], spans[i][0])
                    or NEXT_OBJECT.fullmatch(folded, spans[i - 1][1], spans[i][0])
                    or _NEXT_ACT.fullmatch(folded, spans[i - 1][1], spans[i][0])  # "…; công nhận
                    # 195 mô hình", "… tổ chức 124 buổi tập huấn; hỗ trợ 86 hộ vay vốn"
                    or _NEXT_YEAR.fullmatch(folded, spans[i - 1][1], spans[i][0])
                    or (  # "… có 125 mô hình phòng chống tội phạm, 46 mô hình “…”"
                        mention.unit_of_measure in MODEL_UNITS
                        and (mention.measure, mention.unit_of_measure)
                        == (mentions[k].measure, mentions[k].unit_of_measure)
                        and _JOINED_ITEM.fullmatch(folded, spans[i - 1][1], spans[i][0])
                    )
                )
            )
        ):
            names[i] = before


def _labels_the_line(folded: str, spans: Sequence[tuple[int, int]], k: int, i: int) -> bool:
    """Whether counts ``k`` and ``i`` stand on one line of a list that a label opens.

    "- Chi bộ ấp: đăng ký 8 mô hình, được công nhận 8 mô hình": both are the label's,
    whatever it names.
    """
    one_line = "\n" not in folded[spans[k][1] : spans[i][0]]
    return one_line and line_label(folded, spans[k][0]) is not None


def _its_base(
    folded: str,
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    k: int,
) -> tuple[str, tuple[int, int]] | None:
    """The name of the count a change ``k`` follows in its sentence, the change's own body."""
    return None if SENTENCE_END.search(folded, spans[k - 1][1], spans[k][0]) else names[k - 1]


def _alike(mention: FigureMention, before: FigureMention, total: FigureMention | None) -> bool:
    """Whether ``mention`` counts what the count ``before`` it counts, or its ``total``.

    "… 426 mô hình, trong đó …, 128 điển hình cá nhân. Kết quả đã có 389 mô hình được công
    nhận": the 389 count what the 426 count, models.
    """
    if mention.unit_of_measure is before.unit_of_measure:
        return True
    if counted_in(before.unit_of_measure, mention.unit_of_measure):
        return True  # "… 86 mô hình, điển hình …. Kết quả, có 79 mô hình được công nhận"
    units = {mention.unit_of_measure, None if total is None else total.unit_of_measure}
    return units <= MODEL_UNITS


def _acts_on(folded: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether count ``i`` is of a clause of the body's acts after a semicolon.

    "Hội Nông dân tỉnh: đăng ký 412 mô hình, …; đã công nhận 386 mô hình cấp cơ sở".
    """
    return _NEXT_ACT.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None


_EARLIER, _EARLIER_REACH = 3, 240
# A subject of the whole area or force, which a body named before does not go on past.


def _named_earlier(
    folded: str,
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[str, tuple[int, int]] | None],
    i: int,
) -> tuple[str, tuple[int, int]] | None:
    """The name of the last count before ``i`` in its sentence, past counts of no name.

    "Hội Nông dân các xã đã tổ chức 124 buổi tập huấn cho 6.200 lượt hội viên; hỗ trợ 86
    hộ": the 6.200 name no body, the 124 do.
    """
    for k in range(i - 2, max(-1, i - 2 - _EARLIER), -1):  # a few counts back, in reach
        if spans[i][0] - spans[k][1] > _EARLIER_REACH:
            return None
        if SENTENCE_END.search(folded, spans[k][1], spans[i][0]) is not None:
            return None
        if THE_WHOLE.search(folded, spans[k][1], spans[i][0]) is not None:
            return None  # "Đảng ủy … chỉ đạo 100% đơn vị …; toàn lực lượng có 64 mô hình, …"
        if names[k] is not None:
            return names[k]
    return None


# The next count right after one, past its model's quoted name: "42 mô hình “…”, 18 …",
# "36 mô hình, đến nay 32 …", and a clause or a sentence with no subject of its own:
# "… đăng ký 356 mô hình; đến nay có 318 …", "…. Đến nay, đã có 318 …".
_NEXT_COUNT = re.compile(
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"
    r"(?:,\s(?:(?:den\snay|hien\snay|trong\sdo)(?:\sda)?(?:\sco)?\s|(?:da\s)?co\s)?"
    r"|\)?(?:[^,.;:()\n0-9]|(?<=\s)(?:19|20)[0-9]{2}\b){0,40}?(?:;|\.)\s"  # past the rest
    # of the clause: "… công nhận.", "…, tăng 9 mô hình so với năm 2024."
    r"(?:(?:den\snay|hien\snay|qua\s(?:danh\sgia|tham\sdinh)|ket\squa),?(?:\sda)?(?:\sco)?\s"
    r"|(?:da\s)?co\s|(?<=;\s)))"  # "…. Có 286 mô hình được công nhận", "…. Kết quả có 186 …",
    # "…, thành lập mới 12 mô hình; 15 mô hình được công nhận cấp huyện"
)
# The act and level of the count before, the next count's own after it: "… 356 mô hình
# được công nhận cấp trường, 38 mô hình được công nhận cấp ngành" (a sector's levels), or
# the body that recognised it: "… 18 mô hình được Ban Chỉ đạo … tỉnh công nhận, 45 mô hình
# được cấp huyện công nhận".
_AT_ITS_LEVEL = re.compile(
    r"(?:\s(?:da\s)?duoc(?:\s[a-z]+){1,8}?)?\scap\s[a-z]+,\s(?:va\s)?"
    r"|\s(?:da\s)?duoc\s(?:[^,.;:()\n0-9]|(?:(?<=khu\s)|(?<=vung\s))[0-9]{1,2}\b){2,80}?"
    r"\s(?:cong|xac)\snhan,\s(?:va\s)?"  # …"được Bộ Tư lệnh Quân khu 4 công nhận, 2 …"
)
# …or after the passive of the body that recognised them: "…, được Tỉnh đoàn công nhận ".
_RECOGNISED_BY = re.compile(
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?[,;]\s(?:da\s)?duoc\s[^,.;:()\n0-9]{2,60}?\s(?:cong|xac)\snhan\s"
)


# A clause after a semicolon that starts with its verb, so with the subject before:
# "Hội Nông dân đăng ký 210 mô hình; công nhận 195 mô hình".
_NEXT_ACT = re.compile(
    rf"[^.;:()\n0-9]{{0,40}}?;\s(?:(?:den\snay|hien\snay|trong\s(?:nam|ky))\s)?(?:da\s|duoc\s)?"
    r"(?:phoi\shop(?:\svoi\s[^.;:()\n0-9]{1,50}?)?\s)?"  # "…; phối hợp với … xây dựng 126"
    rf"(?:{VERB_WORDS}|giup"  # "…; trong năm thành lập mới 24 mô hình"
    r"|thu\shut|van\sdong|dong\sgop|hien|huy\sdong|ung\sho|quyen\sgop)"  # "…; thu hút 12.500"
    r"\s(?:duoc\s)?(?:[a-z]+\s){0,5}"  # "…; vận động hội viên tiết kiệm được 12,6 tỷ"
)


# The next item of a list by year: "(năm 2023: 18 mô hình; năm 2024: 21 mô hình; …)".
_NEXT_YEAR = re.compile(r"[^.;:()\n0-9]{0,40}?[;,]\s(?:nam\s)?(?:19|20)[0-9]{2}\s?(?::\s?|\sco\s)")


# The total a body's new count brings its own to: "… 64 mô hình mới, nâng tổng số mô hình
# đang duy trì trong toàn lực lượng lên 212 mô hình".
_RAISED_TO = re.compile(r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?(?:\s[a-z]+){0,5}" + RAISED_SUM)
_WITH_THEM = re.compile(  # "… với (sự tham gia của) 1.856 hộ", "…, thu hút 15.000 lượt …"
    r"[^.;:()\n0-9]{0,100}?(?:\svoi\s(?:su\stham\sgia\scua\s)?"
    r"|,\s(?:thu\shut|loi\scuon)\s(?:duoc\s)?(?:su\stham\sgia\scua\s)?)"
)
_RAISED = frozenset(("money_raised", "workdays", "land_donated"))
_WHO_GIVE = frozenset((UnitOfMeasure.PEOPLE, UnitOfMeasure.HOUSEHOLDS))
_THEY_GAVE = re.compile(  # "… 1.250 hộ (hội viên) đóng góp (được) trên …"
    r"(?:\s(?!va\b)[a-z]+){0,3}\s(?:dong\sgop|ung\sho|hien(?:\stang)?|gop|quyen\sgop)\s"
    r"(?:(?:duoc|tong\sso|tong\scong)\s)?(?:(?:tren|hon|gan|khoang|ngot)\s)?"
)
# Between two things a body raised: "120 triệu đồng, 450 ngày công", "1.200 m2 đất và đóng
# góp 320 ngày công".
_RAISED_TOO = re.compile(r"(?:\sdat)?\s?(?:,|va|,\sva)\s(?:(?:dong\sgop|gop|hien|ung\sho)\s)?")
_ITS_COST = re.compile(
    r"[^.;:()\n0-9]{0,60}?\s(?:voi\s)?(?:tong\s)?(?:so\s)?(?:tien|kinh\sphi|von|gia\stri)(?:\sla)?\s?"
)


# Between two items joined, the rest of the first after its noun: " kinh tế, ", " văn hóa
# và ", " phòng chống tội phạm, ".
_JOINED_ITEM = re.compile(r"[^.;:()\n0-9]{0,40}?(?:,|\sva|,\sva)\s")
# The models of the units a body counts, after them (and their share in brackets): "Khối
# … có 46/48 cơ quan, đơn vị đăng ký 93 mô hình", "… đăng ký mô hình (đạt 95,8%), với 93 …".
# …after "với" past the rest of their clause: "… đăng ký mô hình, với 93 mô hình".
_WITH_MODELS = r"[^.;:\n0-9]{0,64}?,?\svoi\s(?:tong\sso\s)?"
_THEIR_MODELS = re.compile(  # …past a word or two of the units: "86/92 tổ chức cơ sở đảng
    r"\)?(?:,\s[^.;:()\n0-9]{1,30}?)?(?:\s[a-z]+){0,2}?"  # trực thuộc đăng ký xây dựng 148 …"
    r"\s(?:da\s)?(?:dang\sky|xay\sdung|co)(?:\s[a-z]+){0,3}\s"
    rf"|{_WITH_MODELS}"
    # …or after their act, in the next clause: "… có 286 trường học đăng ký xây dựng mô
    # hình; đã có 356 mô hình được công nhận"
    r"|(?:\s[a-z]+){0,2}?\s(?:da\s)?(?:dang\sky|xay\sdung)(?:\s[a-z]+){0,3}[;,]\s(?:da\s)?co\s"
)


def _models_of_its_units(
    folded: str, mentions: Sequence[FigureMention], spans: Sequence[tuple[int, int]], i: int
) -> bool:
    """Whether count ``i`` counts the models of the units a body counts before it."""
    # past their share: "46/48 cơ quan, đơn vị đăng ký mô hình (đạt 95,8%), với 93 mô hình",
    # "52/54 cơ sở đảng (96,3%) đăng ký xây dựng 118 mô hình"
    k = count_before(folded, mentions, spans, i)
    units = mentions[k]  # of a kind no unit names too: "28/30 sở, ngành đăng ký 65 mô hình"
    return (
        (
            units.unit_of_measure is UnitOfMeasure.UNITS
            or (units.unit_of_measure is None and bool(units.noun))
        )
        and isinstance(units.value, (Count, Percent))  # "100% đơn vị … với 86 mô hình"
        and mentions[i].unit_of_measure in MODEL_UNITS
        and _THEIR_MODELS.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
    )


def _levels_side_by_side(
    folded: str,
    before: FigureMention,
    mention: FigureMention,
    before_span: tuple[int, int],
    span: tuple[int, int],
) -> bool:
    """Whether two counts of one noun, each with its level after it, stand side by side."""
    said = [m.evidence.get("level") for m in (before, mention)]
    return (
        before.level is not None
        and mention.level is not None
        and before.unit_of_measure is mention.unit_of_measure
        and all(
            s is not None and s[1][0] > m.span[1]
            for s, m in zip(said, (before, mention), strict=True)
        )
        and _LEVELS_JOINED.fullmatch(folded, before_span[1], span[0]) is not None
    )


# Two counts by level, the first with its verb: "… có 2 mô hình được công nhận cấp tỉnh và
# 14 mô hình cấp huyện", "… được Ban Thường vụ Tỉnh ủy công nhận cấp tỉnh và 14 …".
_LEVELS_JOINED = re.compile(r"(?:\s(?:da\s)?duoc(?:\s[a-z]+){1,8}?(?=\scap\s))?" + JOINED.pattern)


# Between units that have models of a level and the count of those models: "45/52 xã có mô
# hình cấp tỉnh, với 186 mô hình".
_WITH_THEIR_MODELS = re.compile(_WITH_MODELS)


def levels_of_their_units(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give the models after "với" the level the units before them have models of, in place.

    "45/52 xã có mô hình cấp tỉnh, với 186 mô hình": models of that level, not all there are.
    """
    for i in range(1, len(mentions)):
        units, models = mentions[i - 1], mentions[i]
        if (
            units.measure == "coverage"
            and units.level is not None
            and "level" in units.evidence
            and models.level is None
            and models.unit_of_measure in MODEL_UNITS
            and _WITH_THEIR_MODELS.fullmatch(folded, spans[i - 1][1], spans[i][0]) is not None
        ):
            evidence = {**models.evidence, "level": units.evidence["level"]}
            mentions[i] = attrs.evolve(models, level=units.level, evidence=evidence)
