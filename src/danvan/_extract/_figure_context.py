"""Whose figure a number in a report is: a programme's, another unit's, or a target.

Each reading gives the span, in the folded text, of the words that decided it, or
``None``: "trong thực hiện Quy chế dân chủ ở cơ sở" ties a figure to another programme;
"Huyện Kỳ Anh có 40 mô hình" makes it a figure of another unit than the report's; "Phấn
đấu đến năm 2030, …" makes it a target, not a result; "bình quân mỗi xã có 5 mô hình"
an average, no count. A draft leaves each of them out.
"""

from __future__ import annotations

import re

from danvan._extract._clean import CleanText
from danvan._extract._figure_persons import extreme_words, person_words
from danvan._extract._figure_places import (
    CLAUSE_STOP_OR_COMMA,
    PLACE_REACH,
    SENTENCE_REACH,
    UNIT_KIND,
    UNITS_ACT,
    place_words,
)
from danvan._extract._figure_targets import target_words
from danvan._extract._figure_words import SENTENCE_END, THE_MOVEMENT, stop_or
from danvan._extract._patterns import SECTION_NUMBER, at_word_start, section_depth
from danvan._extract._place_after import place_after, unit_of
from danvan._extract._place_frames import framed_by_a_unit, in_one_village
from danvan._extract._programme_names import programme_named_after, with_another_programme
from danvan._extract._quotes import SAID

__all__ = ["context_words"]

# "trong (việc) thực hiện Quy chế …", "trong phong trào thi đua …": another programme's
# words, up to its name's end; the standard or title another programme sets or gives.
_VILLAGES = r"(?:khu\sdan\scu|thon|xom|ban|buon|ap|khom|soc|lang|to\sdan\spho|khu\spho)"
_CULTURED = (
    rf"\s(?:[“\"«](?=[^”\"»\n]{{1,30}}[”\"»]))?(?:gia\sdinh|{_VILLAGES}"
    r"|co\squan|don\svi)\svan\shoa\b(?:[”\"»])?"  # quoted whole: "“Gia đình văn hóa”"
)
_PROGRAMME = re.compile(
    at_word_start(
        r"trong\s(?:viec\s)?(?:cac\s)?(?:thuc\shien|phong\strao|cuoc\svan\sdong|chuong\strinh)"
        r"(?!\s(?:cac\s)?nhiem\svu\b)"  # not a body's duties: "… thực hiện nhiệm vụ chuyên môn"
        r"(?:[“\"«][^”\"»\n]{1,120}[”\"»]|[^,.;:()\n0-9]|[0-9]{1,4}-[a-z]{1,6}/[a-z]{1,8}\b){3,80}",
        # …past a quoted name's commas: "trong phong trào “Phụ nữ tích cực học tập, …”"
        r"trong\s(?:cac\s)?cuoc\svan\sdong\b",  # a campaign named before: "… trong Cuộc vận động."
        # the government's own mass mobilisation: "… trong công tác dân vận (của) chính quyền"
        r"trong\s(?:(?:thuc\shien|cong\stac)\s){0,2}dan\svan\s(?:cua\s)?chinh\squyen\b",
        # the programmes a report names beside the movement: "Thực hiện Quy chế dân chủ ở
        # cơ sở, các xã đã tổ chức 312 hội nghị", "… biểu dương trong học tập và làm theo Bác"
        # …done well: "… đã thực hiện hiệu quả Quy chế dân chủ ở cơ sở, tổ chức 126 …"
        r"thuc\shien\s(?:(?:tot|co\shieu\squa|hieu\squa|nghiem\stuc)\s)?quy\sche\sdan\schu"
        r"(?:\so\sco\sso)?",
        r"trong\s(?:viec\s)?hoc\stap\sva\slam\stheo(?:\s[a-z]+){1,8}",
        # a fund as the subject of its clause, past its frame ("Quỹ “Vì người nghèo” xã vận
        # động được …"), or what is raised for it: "vận động (ủng hộ) Quỹ “Vì người nghèo”
        # được 3,2 tỷ đồng", "… ủng hộ 1,2 tỷ đồng cho Quỹ “…”"
        r"quy(?:(?<![^.;:,\n] quy)|(?<=van\sdong\squy)|(?<=ung\sho\squy)|(?<=\s(?:cho|vao)\squy))"
        r"\s[“\"«][^”\"»\n]{1,60}[”\"»]",
        # …and a campaign or another movement named as the subject of its clause: "Cuộc vận
        # động “Toàn dân đoàn kết …” huy động được 45,6 tỷ đồng"
        r"cuoc\svan\sdong(?:(?<![^.;:,\n]\scuoc\svan\sdong)|(?<=tham\sgia\scuoc\svan\sdong))"
        # "… tham gia cuộc vận động “…”"
        r"\s[“\"«](?!dan\svan\skheo|dvk[”\"»])[^”\"»\n]{1,100}[”\"»]",
        # …or launched, taken up or carried out: "Hội Nông dân tỉnh phát động phong trào
        # “Nông dân thi đua sản xuất, kinh doanh giỏi”, có 45.600 hộ đăng ký"
        r"phong\strao(?:(?<![^.;:\n]\sphong\strao)|(?<=phat\sdong\sphong\strao)"
        r"|(?<=huong\sung\sphong\strao)|(?<=tham\sgia\sphong\strao)"
        r"|(?<=trien\skhai\sphong\strao)|(?<=thuc\shien\sphong\strao))"
        r"(?:\sthi\sdua)?\s[“\"«](?!dan\svan\skheo|dvk[”\"»])[^”\"»\n]{1,100}[”\"»]",
        r"ngay\shoi\sdai\sdoan\sket(?:\stoan\sdan\stoc)?\b",  # the Front's day: its own
        r"chuan\s(?:nong\sthon\smoi|do\sthi\svan\sminh|van\sminh\sdo\sthi)"
        r"(?:\s(?:nang\scao|kieu\smau))?\b",
        # …and the standard of a village's, in any region: "23 buôn đạt chuẩn buôn văn hóa"
        rf"chuan\s{_VILLAGES}"
        r"\s(?:kieu\smau|van\shoa|nong\sthon\smoi)(?:\s(?:nang\scao|kieu\smau))?\b",
        rf"danh\shieu{_CULTURED}",
        # farmers' title of good producers, and that title again: "… đạt danh hiệu các cấp"
        r"danh\shieu\s(?:ho\s)?san\sxuat,?\s(?:va\s)?kinh\sdoanh\sgioi\b",
        r"dat\sdanh\shieu\scac\scap\b",
        # a title another programme gives, quoted: "đăng ký danh hiệu “Hộ sản xuất, …”"
        r"danh\shieu\s?[“\"«](?!dan\svan\skheo|dvk[”\"»])[^”\"»\n]{1,60}[”\"»]",
        # …or a standard another programme sets: "đạt chuẩn “Khu dân cư kiểu mẫu”"
        r"dat\schuan\s?[“\"«](?!dan\svan\skheo|dvk[”\"»])[^”\"»\n]{1,60}[”\"»]",
        rf"dat{_CULTURED}",
        rf"cong\snhan{_CULTURED}",
        # "1.200 hộ đăng ký (xây dựng) gia đình văn hóa"
        rf"dang\sky(?:\s(?:danh\shieu|xay\sdung))?{_CULTURED}",
    )
)
_AND_AFTER = re.compile(  # "… được tôn vinh"; "trong Cuộc vận động và tặng Giấy khen cho"
    r"(?:\s(?:va|cung|voi))?\s*$|\s(?:duoc|da)\s[^\n]*$"
    r"|\s(?:nam|giai\sdoan|nhiem\sky)\s*$"  # a year's word: "… trong thực hiện QCDC năm 2025"
    r"|\s(?:va|dong\sthoi)\s(?:tang|trao|khen|cong\snhan|bieu\sduong|tuyen\sduong)\b[^\n]*$"
)
# A programme's words that name none: "trong phong trào (thi đua)", not "các phong trào".
_NO_PROGRAMME_NAMED = re.compile(
    r"trong\s(?:viec\s)?(?:thuc\shien\s)?phong\strao(?:\sthi\sdua)?(?:\snay|\stren)?"
    r"(?:\s(?:nam|giai\sdoan|nhiem\sky|dot|quy|thang))?\s?"  # "… trong phong trào năm 2025"
)
# The movement's own name right before words that would name another programme: its
# models in that work, not that programme's.
_THE_MOVEMENTS = re.compile(rf"{THE_MOVEMENT}\s?[”\"»]?\s$")
_CLAUSE_STOP = stop_or(r";:()\n")  # not "1.320"
# The movement named after a programme, before the number: "Cuộc vận động “…” huy động
# được 45,6 tỷ đồng; riêng phong trào “Dân vận khéo” huy động 12,3 tỷ đồng".
_OURS = re.compile(rf"\bphong\strao(?:\sthi\sdua)?\s?[“\"«]?{THE_MOVEMENT}\b")
_OURS_NAMED = re.compile(rf"\s?[“\"«]?{THE_MOVEMENT}\b")  # the count's own name: the movement's
_TIED = re.compile(r"\b(?:gan\svoi|ve)\s$")
# A programme's words that head their sentence ("Về thực hiện Quy chế dân chủ ở cơ sở, …")
# frame all of it, over its semicolons.
_HEADS_ITS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s?)(?:[-+•*]\s)?(?:ve\s)?$")
_SENTENCE_STOP = stop_or(r"\n")
# How far around the number a programme's words are read; and back to its line's head.
_PROGRAMME_REACH = 200
_LINE_REACH = 400
# The movement's models as who raised what a fund got: "Các mô hình đã vận động ủng hộ …".
_RAISED_BY_MODELS = re.compile(r"\bmo\shinh\b[^.;:\n]*\s(?:van\sdong|ung\sho)\s$")
# What makes a number an average: "bình quân", "trung bình"; not the grade "trung bình"
# of a review ("xếp loại: tốt …, khá …, trung bình 40 mô hình").
_AVERAGE = re.compile(at_word_start(r"binh\squan", r"trung\sbinh") + r"\b")
_EACH_YEAR = re.compile(at_word_start("moi", "hang") + r"\snam\b")
# …until a year is singled out after it: "Bình quân mỗi năm công nhận 250 mô hình, riêng
# năm 2025 công nhận 318 mô hình".
_ONE_YEAR_SINGLED_OUT = re.compile(  # …or all of them said after: "…, tổng số 120 mô hình"
    r"\brieng\s(?:trong\s)?nam\s(?:19|20)[0-9]{2}\b|,\s(?:tong\s(?:so|cong)|toan\s[a-z]+)\s"
)
# What each of all the units, or of a share of them, has or does: "100% thôn, tổ dân
# phố có ít nhất 1 mô hình", "98% xã xây dựng được ít nhất 01 mô hình"; not "… với
# 1.486 mô hình".
_EVERY_ONE_HAS = re.compile(
    r"((?:[0-9]{1,3}(?:,[0-9]{1,2})?\s?%|tat\sca)\s(?:so\s)?(?:cac\s)?[a-z ,]{2,60}?)"
    r"\s(?:co|(?:da\s)?(?:tham\sgia\s)?(?:dang\sky|xay\sdung|thuc\shien)(?:\sduoc)?)\s$"
)  # …or takes part in: "96% hội viên các đoàn thể tham gia thực hiện ít nhất 01 mô hình"
# … and what each of a count of units has or does at least: "8 huyện, thành phố có trên
# 100 mô hình", "12 xã đăng ký 2 mô hình trở lên" (not "3 xã có 64 mô hình", which may be
# the three's together).
_SOME_HAVE = re.compile(
    rf"((?<![0-9.,])[0-9]{{1,3}}(?:/[0-9]{{1,3}})?\s(?:{UNIT_KIND}|chi\sbo|co\squan|don\svi)\b"
    rf"[a-z ,]{{0,40}}?)(?:\s?\((?:dat\s|chiem\s)?[0-9]{{1,3}}(?:,[0-9]{{1,2}})?\s?%\))?"
    rf"{UNITS_ACT}$"  # …their share between: "124/129 xã (96,1%) đã xây dựng được ít nhất 01"
)
# One unit, not named, as the subject, or many each: "…; có xã đạt trên 50 mô hình", "có
# nơi có 30 …", "Nhiều xã có trên 50 mô hình".
_ONE_HAS = re.compile(
    rf"(?:^|[,;:.]\s|\s)((?:co|nhieu)\s(?:{UNIT_KIND}|noi|dia\sphuong|don\svi)(?:\s[a-z]+){{0,3}}?"
    r"\s(?:dat|co|len\sden|xay\sdung(?:\sduoc)?|dang\sky))\s$"
)
_AT_LEAST = ("tren ", "hon ", "it nhat ", "toi thieu ")
# A bound each of some units is over or under: "8 huyện có trên 100 …", "17 xã mới chỉ có
# dưới 5 mô hình".
_BOUND = (*_AT_LEAST, "duoi ", "chua den ", "chua toi ", "chua qua ", "khong qua ", "khong den ")
_FEW = re.compile(r"0?[1-5]\s")  # as many as each one has: "… đăng ký 01 mô hình"
# A figure of each one of many: "Mỗi chi bộ đăng ký ít nhất 1 mô hình", "mỗi mô hình 10
# triệu đồng".
_EACH_ONE = re.compile(  # …each month: "mỗi tháng hỗ trợ 20 hộ" ("mỗi tháng", not "… hỗ")
    at_word_start("moi")
    + r"\s(?:(?:thang|tuan|quy|ngay)\b|(?!nam\b)[a-z]+(?:\s(?!co\b|la\b)[a-z]+)?)"
)
_EACH_AFTER = re.compile(r"\s(moi\s[a-z]+)\b")
_DIGIT = re.compile(r"[0-9]")
# A quotation mark: "mô hình “Mỗi tuần 1 việc tốt”" names a model, it counts none each.
_QUOTES = frozenset('“"«')
# A threshold: "(có) từ 3 mô hình (“Dân vận khéo”) trở lên".
_FROM = re.compile(r"\btu\s$")
_OR_MORE = re.compile(r"[^,.;:()\n0-9]{0,60}?\stro\s(?:len|xuong)\b")
# A range each of many falls in, either bound: "… có từ 5 đến dưới 10 mô hình".
_UP_TO = re.compile(
    r"[0-9]{1,4}\s(?:den|toi)\s(?:duoi\s|tren\s)?[0-9]{1,4}\s(?:mo\shinh|dien\shinh)\b"
)
_FROM_TO = re.compile(r"\b(tu\s[0-9]{1,4}\s(?:den|toi)\s)(?:duoi\s|tren\s)?$")
# Words that make the number an estimate, right before it: "ước đạt", "ước tính có".
_ESTIMATE = re.compile(r"\b(uoc(?:\s(?:dat|tinh|khoang|chung|co|la))*)\s?$")
_ESTIMATED_CLAUSE = re.compile(
    r"(?:^|[.;:\n]\s?)(uoc(?:\s(?:tinh|thuc\shien|ca|nam|thang|dau|cuoi|den|het|[0-9]{1,4}|-))*)"
    r",\s[^.;:\n]*$"
)
_CLAUSE_REACH = 160
_GRADED = re.compile(r"\b(?:xep\sloai|loai|kha|danh\sgia)\b")


def context_words(source: CleanText, start: int, end: int) -> dict[str, tuple[int, int]]:
    """The spans of the words that make a number another's than the scope's result.

    By attribute of a mention: a programme's (``movement_words``), a target
    (``target_words``), an average (``average_words``), another unit's (``place_words``);
    and the words that make it an estimate (``estimate_words``).
    """
    found = {
        "movement_words": programme_words(source, start, end),
        "target_words": target_words(source, start),
        "average_words": average_words(source, start)
        or _each_after(source, end)
        or _threshold(source.folded, start, end),
        "place_words": unit_of(source, end)
        or place_words(source, start)
        or place_after(source, end)
        or framed_by_a_unit(source, start)  # "…; tại phường Hoa Lư, …"
        or in_one_village(source, start),  # "36 hộ dân trong thôn đã hiến …"
        "estimate_words": _estimate_words(source.folded, start),
    }
    return {name: span for name, span in found.items() if span is not None}


def _each_after(source: CleanText, end: int) -> tuple[int, int] | None:
    """The words after a count that make it each one's: "trên 200 mô hình mỗi huyện"."""
    each = _EACH_AFTER.match(source.folded, end)  # "mỗi", not "mới" (new)
    return None if each is None or source.clean[each.start(1) + 1] not in "ỗỖ" else each.span(1)


def _threshold(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of a threshold each of many reaches, no count: "từ 3 mô hình trở lên".

    Or the units that each reach it, before it: "12 xã đăng ký 2 mô hình trở lên"; or a
    range's bounds: "từ 5 đến dưới 10 mô hình".
    """
    at_least = _FROM.search(folded, max(0, start - 4), start)
    more = _OR_MORE.match(folded, end) if at_least is not None else None
    more = more or (_UP_TO.match(folded, start) if at_least is not None else None)
    if at_least is not None and more is not None:
        return at_least.start(), more.end()
    if (below := _FROM_TO.search(folded, max(0, start - 24), start)) is not None:
        return below.start(1), end  # "… từ 5 đến dưới 10 mô hình": the upper bound
    some = _SOME_HAVE.search(folded, max(0, start - PLACE_REACH), start)
    bound = folded.startswith(("duoi ", "tren ", "it nhat "), start)  # "3 xã có dưới 5 mô hình"
    return some.span(1) if some is not None and (_OR_MORE.match(folded, end) or bound) else None


def _estimate_words(folded: str, start: int) -> tuple[int, int] | None:
    """The words that make the number an estimate, before it or heading its clause.

    "ước đạt 215 tỷ đồng"; "Ước cả năm 2025, toàn tỉnh xây dựng khoảng 1.300 mô hình".
    """
    found = _ESTIMATE.search(folded, max(0, start - 24), start)
    if found is not None:
        return found.span(1)
    head = _ESTIMATED_CLAUSE.search(folded, max(0, start - _CLAUSE_REACH), start)
    return None if head is None else head.span(1)


def programme_words(source: CleanText, start: int, end: int) -> tuple[int, int] | None:
    """The words that tie the number to a programme, in its clause before or after.

    "trong thực hiện Quy chế dân chủ ở cơ sở", "trong phong trào thi đua …"; another
    movement's name quoted as the models' ("256 mô hình “Học tập và làm theo …”").
    """
    folded, before = source.folded, None
    if _OURS_NAMED.match(folded, end):  # "… và 312 mô hình “Dân vận khéo” được công nhận"
        return with_another_programme(folded, end)  # …not "… “Dân vận khéo”, “Dân vận …”"
    named = programme_named_after(folded, end)  # "256 mô hình “Học tập và làm theo …”"
    if named is not None:
        return named
    near = max(0, start - _PROGRAMME_REACH)
    line = folded.rfind("\n", max(0, start - _LINE_REACH), near) + 1
    heading = (  # "1. Cuộc vận động “…”: năm 2025, … hiến …, đóng góp 120 tỷ đồng": its line's
        [(a, b) for a, b in source.spans_in(_PROGRAMME, line, line + 12) if a < near]
        if line or start <= _LINE_REACH
        else []
    )
    for a, found_end in heading + source.spans_in(_PROGRAMME, near, end + _PROGRAMME_REACH):
        if _NO_PROGRAMME_NAMED.fullmatch(folded, a, found_end):
            continue  # "trong thực hiện phong trào": the movement itself, no other named
        heads = _HEADS_ITS_SENTENCE.search(folded, max(0, a - 6), a) is not None
        if _THE_MOVEMENTS.search(folded, max(0, a - 16), a) or (
            not heads and _TIED.search(folded, max(0, a - 9), a)
        ):
            continue  # "mô hình “Dân vận khéo” trong thực hiện cải cách hành chính": its own;
            # so are models "gắn với (về) thực hiện Quy chế dân chủ ở cơ sở"
        if _RAISED_BY_MODELS.search(folded, max(0, a - _PROGRAMME_REACH), a):
            continue  # "Các mô hình đã vận động ủng hộ Quỹ “…” được 3,6 tỷ đồng": theirs
        if (
            a < start
            and _A_COUNTS_WORDS.search(folded, max(0, a - 40), a)
            and not _ITS_PARTS.search(folded, found_end, start)  # "…, trong đó cấp xã 29 hộ"
        ):
            continue  # "2.150 hộ đạt danh hiệu sản xuất, kinh doanh giỏi …, 412 hộ thoát
            # nghèo": the words of the count before, not the 412's
        tail = _AND_AFTER.search(folded, a, found_end)  # "… ở cơ sở và 12 tập thể": not "và"
        b = found_end if tail is None else tail.start()
        stops = _SENTENCE_STOP if heads else _CLAUSE_STOP  # "Về thực hiện …, …; tổ chức 258"
        if b <= start and not stops.search(folded, b, start) and not _OURS.search(folded, b, start):
            before = (a, b)
        elif a >= end and not _CLAUSE_STOP.search(folded, end, a) and _shares_it(folded, end, a):
            return a, b
    return before or _programme_of_its_section(source, start)


# A count and the words after it, up to a programme's that tell what it counts: "2.150 hộ
# đạt danh hiệu …" (not a year: "Năm 2025 trong thực hiện …").
_A_COUNTS_WORDS = re.compile(
    r"(?<![0-9.,])(?!(?:19|20)[0-9]{2}\b)[0-9][0-9.,]*\s(?:[a-z]+\s){1,5}$"
)


_ITS_PARTS = re.compile(r"\btrong\sdo\b|\bgom\b|[:(]")


# A section's numbered heading on a line of its own: "1. Thực hiện Quy chế dân chủ ở cơ
# sở", "II. KẾT QUẢ …"; its number says how deep it is.
_SECTION_HEADING = re.compile(
    rf"(?m)^[ \t]*{SECTION_NUMBER}[ \t]+"
    r"(?P<words>[^\n0-9:;.]{3,120}?)[ \t]*:?[ \t]*$"
)
_SECTION_REACH = 3000


def _programme_of_its_section(source: CleanText, start: int) -> tuple[int, int] | None:
    """The words of another programme the heading of the number's section names, if any.

    "1. Thực hiện Quy chế dân chủ ở cơ sở" over "Các xã đã tổ chức 148 hội nghị đối thoại
    …": the regulation's, up to "2. Phong trào thi đua “Dân vận khéo”"; an outer section's
    heading holds over the inner ones that name no programme.
    """
    folded, depth = source.folded, 9
    for a, _ in reversed(source.spans_in(_SECTION_HEADING, max(0, start - _SECTION_REACH), start)):
        heading = _SECTION_HEADING.match(folded, a)
        if heading is None:
            continue
        level = section_depth(heading["number"])
        if level >= depth:
            continue  # a sibling's, or one inside a sibling's
        depth = level
        words = heading.span("words")
        if _OURS.search(folded, *words) or _OURS_NAMED.search(folded, *words):
            return None  # "2. Phong trào thi đua “Dân vận khéo”": the movement's own
        named = source.spans_in(_PROGRAMME, *words)
        if named and not _NO_PROGRAMME_NAMED.fullmatch(folded, *named[0]):
            return named[0]
    return None


def _shares_it(folded: str, end: int, a: int) -> bool:
    """Whether words of a programme at ``a`` are those of the count ending at ``end`` too.

    So are "trong thực hiện …" after a list, and a title after a verb joined to the next
    count's ("1.850 hộ đăng ký và 1.620 hộ đạt danh hiệu …"); not a title the next count
    took after one with an act of its own ("560 hộ tham gia phân loại rác, 1.200 hộ đăng ký
    gia đình văn hóa").
    """
    digit = _DIGIT.search(folded, end, a)
    if digit is None or folded.startswith("trong", a):
        return True
    between = folded[end : digit.start()]
    return "," not in between and len(between.split()) <= 4


def average_words(source: CleanText, start: int) -> tuple[int, int] | None:
    """The words before the number in its clause that make it an average, not a count.

    "Mỗi năm, toàn tỉnh xây dựng mới bình quân 400 mô hình", "Bình quân mỗi xã có 5 mô
    hình"; not the grade of a review ("khá 250 mô hình, trung bình 40 mô hình"). Also the
    words of a figure of every year, not of one: "Hằng năm, … trên 1.500 mô hình"; and of
    each one of many: "mỗi mô hình 10 triệu đồng".
    """
    folded = source.folded
    found = source.spans_in(_AVERAGE, max(0, start - PLACE_REACH), start)
    if found:
        a, b = found[-1]
        # not "Thu nhập bình quân tăng, 45 hộ thoát nghèo", no average of 45
        apart = CLAUSE_STOP_OR_COMMA.search(folded, b, start) or _DIGIT.search(folded, b, start)
        if not apart and not (folded.startswith("trung", a) and _graded(source, a)):
            return a, b
    every = _EVERY_ONE_HAS.search(folded, max(0, start - PLACE_REACH), start)
    # "100% thôn, tổ dân phố có ít nhất 1 mô hình": each has one; not "100% chi bộ và các
    # đoàn thể đăng ký xây dựng 54 mô hình": theirs in all
    each_has = folded.startswith(_AT_LEAST, start) or _FEW.match(folded, start) is not None
    if every is not None and each_has:
        return every.span(1)
    one = _ONE_HAS.search(folded, max(0, start - PLACE_REACH), start)
    if one is not None and source.clean[one.start(1) : one.start(1) + 2].lower() != "cơ":
        return one.span(1)  # "có xã đạt trên 50 mô hình": one commune's; not "cơ quan"
    some = _SOME_HAVE.search(folded, max(0, start - PLACE_REACH), start)
    if some is not None and folded.startswith(_BOUND, start):  # "8 huyện có trên 100 …"
        return some.span(1)
    for pattern in (_EACH_YEAR, _EACH_ONE):  # "Hằng năm, …"; "mỗi chi bộ đăng ký 1 …"
        each = source.spans_in(pattern, max(0, start - PLACE_REACH), start)
        # "mỗi", not "mới" (new), which folds the same: "đăng ký mới năm 2025 là 186"
        each = [(a, b) for a, b in each if folded[a] == "h" or source.clean[a + 1] in "ỗỖ"]
        each = [(a, b) for a, b in each if not _a_name(source, a)]  # "“Mỗi tuần 1 việc tốt”"
        if each and not (
            _CLAUSE_STOP.search(folded, each[-1][1], start)
            or _ONE_YEAR_SINGLED_OUT.search(folded, each[-1][1], start)
        ):
            return each[-1]
    return person_words(source, start) or extreme_words(source, start)


def _a_name(source: CleanText, at: int) -> bool:
    """Whether words at ``at`` open a quoted name; not words said ("… chia sẻ: “Mỗi năm …”")."""
    quoted = source.clean[at - 1 : at] in _QUOTES
    return quoted and not SAID.search(source.folded, max(0, at - 30), at - 1)


def _graded(source: CleanText, at: int) -> bool:
    """Whether the sentence before ``at`` grades: "trung bình" is then a grade."""
    stops = source.spans_in(SENTENCE_END, max(0, at - SENTENCE_REACH), at)
    sentence = stops[-1][1] if stops else max(0, at - SENTENCE_REACH)
    return _GRADED.search(source.folded, sentence, at) is not None
