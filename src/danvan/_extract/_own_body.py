"""The body a text is the report of, and the words by which it names itself.

A body's own report opens with its name in capitals ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG
TRỊ", "BAN CHẤP HÀNH TỈNH ĐOÀN …", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN …", "CÔNG AN TỈNH …") and
then speaks of itself by its kind and its levels: "các cấp Hội đăng ký 214 mô hình",
"toàn Đoàn có 56 mô hình", "Công an các đơn vị, địa phương đã xây dựng 156 mô hình".
Those counts are the body's: their cell is the body the header names, as written ("HỘI
LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ"), so that they are never read as the area's, whose
report gives its own totals; in an area's report the same words name one body's cell.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from danvan._extract._body_names import full_name, names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_grades import restates_recognition
from danvan._extract._figure_mention import HEAD_REACH, FigureMention
from danvan._extract._figure_words import CLAUSE_BREAK, VERB_WORDS
from danvan._extract._patterns import HEADS
from danvan._extract._same_subject import same_subject
from danvan._extract._subject_ends import opens_its_clause
from danvan._text import fold

__all__ = ["named_by_its_header"]

# Before the body's name on its header line: its committee's.
_COMMITTEE = re.compile(r"(?:ban\s(?:chap\shanh|thuong\svu)|bch|btv|dang\s(?:doan|uy|bo))\s")
# The kinds of area a body is of: "Hội Nông dân tỉnh", "Công an huyện".
_AREAS = r"tinh|huyen|thanh\spho|thi\sxa|quan|xa|phuong"
# Where the body's name ends and its place begins: "Hội Nông dân | tỉnh Ninh Bình".
_PLACE = re.compile(rf"(?<!\bco)\s(?:{_AREAS}|viet\snam)\b(?!\ssu\b)")  # not "Quân sự", "cơ quan"
# "Tỉnh đoàn", "Đoàn TNCS Hồ Chí Minh"; not "Đoàn đại biểu Quốc hội".
_YOUTH = re.compile(r"(?:(?:tinh|huyen|thanh|thi|quan)\sdoan|doan\s(?:tncs|thanh\snien))\b")
# How a body speaks of itself, around its name: "các cấp (bộ) Hội", "toàn Đoàn", "cơ sở
# Hội", "các chi hội", "Hội … các cấp", "Công an các đơn vị, địa phương".
_BEFORE_WORDS = (  # …or its units: "các (cơ quan,) đơn vị trong (thuộc) lực lượng vũ trang"
    r"(?:(?:cac\s)?(?:co\squan,?\s(?:va\s)?)?don\svi\s(?:trong|thuoc)"
    r"|toan|ca|cac\scap(?:\sbo)?|cac|co\sso|(?:toan\s)?he\sthong)\s"  # "hệ thống Mặt trận"
)
_AFTER_WORDS = (  # …or its units under it: "các chi, đảng bộ trực thuộc"
    rf"(?<!\bco)\s(?:cac\scap|co\sso|cac\sdon\svi(?:,?\s(?:va\s)?dia\sphuong)?|truc\sthuoc"
    rf"|(?:(?:trong|toan)\s)?(?:{_AREAS}))"  # "các cấp công đoàn trong tỉnh"
)
_BEFORE, _AFTER = re.compile(_BEFORE_WORDS), re.compile(_AFTER_WORDS + "$")
# The names of one body, in full, for short and by its kind alone, with its branches.
_ALIASES = (
    ("hoi lien hiep phu nu", "hoi lhpn", "hoi phu nu", "hlhpn", "hoi", "chi hoi"),
    ("hoi nong dan", "hnd", "hoi", "chi hoi"),
    ("hoi cuu chien binh", "hoi ccb", "hoi", "chi hoi"),
    ("doan thanh nien", "doan tn", "dtn", "doan", "chi doan"),
    ("lien doan lao dong", "ldld", "cong doan", "cong doan co so"),
    ("uy ban mat tran to quoc", "uy ban mttq", "mat tran to quoc", "mat tran", "mttq"),
    # the armed forces and the police speak of themselves as forces and units: "toàn lực
    # lượng", "các cơ quan, đơn vị trong lực lượng vũ trang tỉnh", "Công an các đơn vị,
    # địa phương", "các đơn vị đã giúp …"
    ("bo chi huy quan su", "luc luong vu trang", "llvt", "luc luong", "don vi", "co quan, don vi"),
    ("cong an", "luc luong cong an", "luc luong", "don vi"),
    # a department of education by its sector and its schools: "các nhà trường đã …"
    (
        *("so giao duc va dao tao", "nganh", "nganh giao duc", "nganh giao duc va dao tao"),
        *("nha truong", "truong", "truong hoc", "don vi truong hoc", "co so giao duc"),
    ),
    # …and the border guard by its posts: "các đồn, trạm biên phòng đăng ký 36 mô hình"
    (
        *("bo chi huy bo doi bien phong", "bo doi bien phong", "bdbp", "luc luong", "don vi"),
        *("don bien phong", "don", "don, tram bien phong"),
    ),
)
_HEAD_LINES = 4  # the issuer's name, its level, its place: a few lines at the top


def _header(
    source: CleanText,
) -> tuple[tuple[str, ...], tuple[str, tuple[int, int]]] | None:
    """The body whose report ``source`` is: its names and its header's words, with their span.

    From the text's first lines in capitals: the folded names by which it names itself,
    ("hoi lien hiep phu nu", "hoi", "chi hoi") for a Women's Union's report, and the line
    as written; ``None`` when no body's name heads the text (an area's report, an article).
    """
    lead = len(source.clean[:HEAD_REACH]) - len(source.clean[:HEAD_REACH].lstrip())
    lines = source.clean[lead:HEAD_REACH].split("\n", _HEAD_LINES)[:_HEAD_LINES]
    folded_lines = source.folded[lead:HEAD_REACH].split("\n", _HEAD_LINES)[:_HEAD_LINES]
    at = lead
    for i, (line, folded) in enumerate(zip(lines, folded_lines, strict=True)):
        letters = [c for c in line if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            return _titled(source, at)  # the capitals of the header are over
        name = folded.strip()
        start = at + len(folded) - len(folded.lstrip())
        if committee := _COMMITTEE.match(name):
            name, start = name[committee.end() :], start + committee.end()
        words = source.clean[start : start + len(name)]  # "TỈNH ĐOÀN NINH BÌNH", as written
        if _YOUTH.match(name):
            name = "doan thanh nien"
        place = _PLACE.search(name)
        if place is None or place[0].endswith("viet nam"):  # the nation's organisation: its
            start, words = _its_local_body(lines, i, at + len(line) + 1, (start, words), name)
        if place:
            name = name[: place.start()]
        if (names := _names_of(name)) is not None:
            return names, (words, source.span(start, start + len(words)))
        at += len(line) + 1
    return None


def _names_of(name: str) -> tuple[str, ...] | None:
    """The folded names by which a body named ``name`` (its place cut off) names itself."""
    if not name or not names_a_body(name):
        return None
    same: tuple[str, ...] = next((names for names in _ALIASES if name in names), ())
    if not same and name.startswith("hoi "):  # "Hội Người cao tuổi": "các cấp Hội"
        same = ("hoi", "chi hoi")
    elif not same and name.startswith(("khoi ", "cac co quan")):  # a bloc's committee
        same = ("chi bo", "dang bo", "chi, dang bo", "co quan", "co quan, don vi")
        # …its Party organisations, its members: "các tổ chức cơ sở đảng trực
        # thuộc", "các doanh nghiệp" of "Đảng ủy Khối Doanh nghiệp"
        same += ("to chuc co so dang", "to chuc dang", "co so dang")
        same += (name.removeprefix("khoi ").removeprefix("cac "),)
    elif not same and name.startswith("so "):  # a department: "toàn ngành (Giáo dục)"
        field = name[3:].split(" va ", 1)[0]
        same = ("nganh", f"nganh {field}", f"nganh {name[3:]}")
    return (name, *same)


# A report's title that names the body it is of, after its header: "Kết quả phong trào thi
# đua “Dân vận khéo” năm 2025 của Đảng bộ Khối các cơ quan tỉnh", "Báo cáo tổng kết … trong
# Lực lượng vũ trang tỉnh năm 2025".
_TITLE = re.compile(  # …or a headline of the movement in it: "Lan tỏa phong trào … trong Lực
    # lượng vũ trang tỉnh năm 2025"
    r"(?m)^[ \t]*(?:(?:bao\scao\s)?(?:ket\squa|tong\sket|so\sket)\b|[^\n]{0,40}?\bphong\strao\b)"
    r"[^\n]*?\s(?:cua|trong)\s"
    r"(?P<body>[^\n\"“”,.;:()]+?)(?:\s(?:nam|giai\sdoan|[0-9]{1,2}\sthang|quy)\b[^\n]*)?[ \t]*$"
)


_HEADLINE_BODY = re.compile(r"[ \t]*(?P<body>[^\n\"“”,.;:()0-9]{4,60}?)\s?:\s")


def _titled(
    source: CleanText, at: int
) -> tuple[tuple[str, ...], tuple[str, tuple[int, int]]] | None:
    """The body the title under a header (from ``at``) names, in capitals as written.

    Or a news headline that opens with a body's name: "Hội Nông dân tỉnh Nghệ An: Sơ kết
    6 tháng đầu năm 2025".
    """
    title = _TITLE.search(source.folded, at, HEAD_REACH) or _HEADLINE_BODY.match(source.folded, at)
    if title is None or not source.clean[title.start("body")].isupper():
        return None  # "… của các cơ quan, đơn vị": no one body's name
    start, name = title.start("body"), title["body"]
    if committee := _COMMITTEE.match(name):
        name, start = name[committee.end() :], start + committee.end()
    place = _PLACE.search(name)
    names = _names_of(name[: place.start()] if place else name)
    words = source.clean[start : title.end("body")]
    return None if names is None else (names, (words, source.span(start, title.end("body"))))


# The next line of a nation's organisation's header: its committee of an area ("ỦY BAN
# TỈNH LONG AN" under "MẶT TRẬN TỔ QUỐC VIỆT NAM"), or its body there ("BCH ĐOÀN HUYỆN CẦN
# GIỜ" under "ĐOÀN TNCS HỒ CHÍ MINH").
_ITS_COMMITTEE = re.compile(rf"(?:uy\sban|ban\schap\shanh|bch)\s(?:{_AREAS})\s[a-z]")
_ITS_BODY = re.compile(
    rf"(?:(?:ban\schap\shanh|bch)\s)?(?P<body>[a-z]+(?:\s[a-z]+)*?\s(?:{_AREAS})\s[a-z].*)"
)


def _its_local_body(
    lines: list[str], i: int, at: int, words: tuple[int, str], name: str
) -> tuple[int, str]:
    """A nation's organisation's words and their start, with its body of an area under it.

    "MẶT TRẬN TỔ QUỐC VIỆT NAM" over "ỦY BAN TỈNH LONG AN": both lines, as one name; "ĐOÀN
    TNCS HỒ CHÍ MINH" over "BCH ĐOÀN HUYỆN CẦN GIỜ": "ĐOÀN HUYỆN CẦN GIỜ", a body of its
    kind (``name``, folded, "doan thanh nien"). ``words`` (the start of its line's name,
    and the name) when the next line is neither.
    """
    line = lines[i + 1] if i + 1 < len(lines) else ""
    written = line.strip()
    if not written or not written.isupper():
        return words
    start, said = words
    if _ITS_COMMITTEE.match(folded := fold(written)):
        return start, f"{said} {written}"
    local = _ITS_BODY.fullmatch(folded)
    if local is None or local["body"].split(maxsplit=1)[0] != name.split(maxsplit=1)[0]:
        return words  # not a body of its kind: "đoàn …", "hội …"
    at += len(line) - len(line.lstrip())  # where its words start
    return at + local.start("body"), written[local.start("body") :]


def named_by_its_header(
    source: CleanText,
    mentions: Sequence[FigureMention],
    spans: Sequence[tuple[int, int]],
    names: list[tuple[str, tuple[int, int]] | None],
) -> tuple[set[int], str | None]:
    """Name the counts a body's own report gives of itself by its header, in place.

    Each name ``i`` of ``names`` (the cell words of ``mentions[i]``, at ``spans[i]``,
    with their span in the original) that is the body's kind or levels ("các cấp Hội")
    becomes the header's words, and so does a count with no name of a cell whose clause
    opens on them ("toàn Đoàn đăng ký 56 mô hình", "toàn Hội có 64 mô hình đạt hiệu quả,
    được … công nhận"); a name of the body for short ("Hội") is first read as the body's
    name said before (see :func:`full_name`); so does a clause that goes on from a count
    so named (see :func:`same_subject`). The indices so named are returned, with the
    header's words (``None`` in an area's report).
    """
    header = _header(source)
    named: set[int] = set()
    said = list(names)  # as written, before the header names them
    for i in range(len(names)):  # "Năm 2025, Hội có 92 mô hình": the one named before
        name = full_name(names, i) or names[i]
        cell = name is not None and not restates_recognition(mentions[i].measure, fold(name[0]))
        whole = mentions[i].part_of if mentions[i].part_of is not None else mentions[i].subset_of
        if name is not None and cell and whole in named:
            # "68 mô hình, trong đó Bộ Chỉ huy Quân sự tỉnh 42": a cell of the body's; the
            # subject of its total said again ("các cấp Hội"): the body, as its total is
            its_totals = name[0] == (said[whole] or ("",))[0]
            names[i] = header[1] if header and its_totals else name
            continue
        if header is not None and (
            _itself(fold(name[0]), header[0]) or _given_to_it(mentions[i], fold(name[0]))
            if name is not None and cell
            else not mentions[i].awarded
            and _of_itself(source.folded, header[0], spans[i][0], given=_given(mentions[i]))
        ):
            name = header[1]
            named.add(i)
        names[i] = name
    if named:  # the clauses that go on from a count so named: "…, giúp 86 hộ thoát nghèo"
        unnamed = [i for i, name in enumerate(names) if name is None]
        same_subject(source.folded, mentions, spans, names)
        named.update(i for i in unnamed if names[i] is not None)
    return named, None if header is None else header[1][0]


_SUBJECT_REACH = 120


def _of_itself(folded: str, names: tuple[str, ...], start: int, *, given: bool) -> bool:
    """Whether the clause of the count at ``start`` opens on the body's kind or levels.

    Past its frame: "Qua đánh giá, toàn Hội có 64 mô hình"; or on no subject at all, the
    one said before: "Qua đánh giá, có 187 mô hình …". Not a body that acts on others:
    "Ban Thường vụ Hội LHPN tỉnh tặng Giấy khen cho 15 tập thể".
    """
    since = max(0, start - _SUBJECT_REACH)
    line = folded.rfind("\n", since, start) + 1 or since
    if _ITEM_LABEL.fullmatch(folded, line, start):  # "- Tổng số mô hình đăng ký: 64": of
        return True  # no one named, the body's own
    if opens_its_clause(folded, start):  # "Qua thực hiện, 28/34 mô hình đạt hiệu quả"
        return True
    units = _UNITS_WITH.search(folded, since, start)  # "100% bệnh viện … đăng ký … với 86 …":
    if units is not None and opens_its_clause(folded, units.start()):  # their models
        return True
    for stop in CLAUSE_BREAK.finditer(folded, since, start):  # not the dot of "42.000"
        since = stop.end()
    if _NO_SUBJECT.fullmatch(folded, since, start):  # "Qua đánh giá, có 187 mô hình …": its
        return True  # subject said before, the body the report is of
    if _ITS_MODELS.match(folded, since):  # "Các mô hình đã vận động … 1,26 tỷ đồng": its own
        return True
    if given and _GIVEN_BY.fullmatch(folded, since, start):  # "Ban Thường vụ Tỉnh ủy công
        return True  # nhận 6 mô hình cấp tỉnh": the body's models, recognised above it
    subject = _self_named(names).search(folded, since, start)
    if subject is None:
        return False
    return _FRAME_BEFORE.fullmatch(folded, since, subject.start()) is not None


_FRAME = r"\s*(?:[-+•*–]\s?)?(?:[^,]*,\s)?"  # "Năm 2025, ", "Qua đánh giá, ", a bullet
# Units counted or shared opening the clause, then the count of their models after "với".
_UNITS_WITH = re.compile(r"[0-9][0-9.,/]*\s?%?\s[^.;:()\n0-9]{1,100}?\svoi\s(?:tong\sso\s)?$")
# The clause opens on a verb, the count after it or further on ("…, trao 450 suất quà …
# trị giá 315 triệu đồng").
_NO_SUBJECT = re.compile(  # …past a day with no comma: "…; đến ngày 30/11/2025 đã có 172 …"
    rf"{_FRAME}(?:(?:tinh\s)?den\s(?:nay|(?:ngay|thang|het)\s[0-9/.]+(?:\snam\s[0-9]{{4}})?)\s)?"
    r"(?:cac\scap\s)?"  # …or on its levels, said alone: "Năm 2025, các cấp đã đăng ký …"
    r"(?:(?:da|dang|van|con|cung|tiep\stuc|deu)\s)*"
    rf"(?:co|(?:{VERB_WORDS}|van\sdong|hien|dong\sgop|trao|tang|quyen\sgop)\b[^;:]*?)"
    r"(?:\sduoc)?\s"
)
# A line's label that names what it counts, no one's: "- Số mô hình được công nhận: 58".
_ITEM_LABEL = re.compile(r"\s*(?:[-+•*–]\s?)?(?:tong\s)?so\s(?:luong\s)?[^:;\n0-9]{1,80}:\s?")
_ITS_MODELS = re.compile(rf"{_FRAME}(?:cac|nhung)\s(?:mo\shinh|dien\shinh)\b")
# An authority that recognises or honours, opening the clause: "Qua thẩm định, Ban Thường
# vụ Tỉnh ủy (đã) công nhận 6 mô hình …".
_GIVEN_BY = re.compile(
    rf"{_FRAME}(?:{HEADS})\b[^;:]{{0,60}}?\s(?:da\s)?(?:cong\snhan|bieu\sduong|tuyen\sduong)\s"
)
_FRAME_BEFORE = re.compile(  # "Năm 2025, 100% chi, …", "52/52 tổ chức cơ sở đảng …"
    rf"{_FRAME}(?:[0-9]+(?:,[0-9]+)?\s?%\s|[0-9]+(?:/[0-9]+)?\s)?"
)


@functools.cache  # a report's body's, asked of each of its counts
def _members(names: tuple[str, ...]) -> tuple[str, ...]:
    """What a body's members are called, folded: "hội viên", "đảng viên", "chiến sĩ"."""
    kinds = [kind for kind in ("hoi", "doan") if kind in names]
    members = [f"{kind} vien" for kind in (*kinds, *(["doan"] if "cong doan" in names else []))]
    members += ["dang vien"] if "dang bo" in names else []
    members += ["chien si"] if "luc luong" in names else []
    return (*members, *(f"can bo, {member}" for member in members))  # "cán bộ, chiến sĩ"


@functools.cache  # one pattern a report's body
def _self_named(names: tuple[str, ...]) -> re.Pattern[str]:
    """The body's kind, its levels or members, as a clause's subject.

    "toàn Đoàn", "các cấp Hội", "Hội viên cựu chiến binh đã hiến 42.000 m2 đất".
    """
    kinds = "|".join(name.replace(" ", r"\s") for name in names)  # folded words alone
    members = [member.replace(" ", r"\s") for member in _members(names)]
    said = rf"{_BEFORE_WORDS}(?:{kinds})|(?:{kinds}){_AFTER_WORDS}"
    return re.compile(rf"\b(?:{'|'.join([said, *members])})\b")


# A committee or an authority that recognises or honours the models of those under it.
_AUTHORITY = re.compile(rf"(?:{HEADS})\b")


def _given(mention: FigureMention) -> bool:
    """Whether a count is of what others give: recognition, honours."""
    return mention.measure in ("recognised", "honoured")


def _given_to_it(mention: FigureMention, folded_name: str) -> bool:
    """Whether a count is of what an authority gave the body.

    "Ban Thường vụ Tỉnh ủy công nhận 6 mô hình" in the police's own report: the police's.
    """
    return _given(mention) and bool(_AUTHORITY.match(folded_name))


def _itself(folded_name: str, names: tuple[str, ...]) -> bool:
    """Whether a subject's name is the report's own body (``names``): "các cấp Hội".

    Its committee is the body too: "Đảng ủy Công an tỉnh", "Ban Thường vụ Hội".
    """
    if not names:
        return False
    name = folded_name.strip()
    if committee := _COMMITTEE.match(name):  # "Đảng ủy Công an tỉnh công nhận 38 mô hình"
        name = name[committee.end() :]
    while before := _BEFORE.match(name):  # "các cơ sở Hội": "các", then "cơ sở"
        name = name[before.end() :]
    if after := _AFTER.search(name):
        name = name[: after.start()]
    return name in names or any(name.startswith(member) for member in _members(names))
