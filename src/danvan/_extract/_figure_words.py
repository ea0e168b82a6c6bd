"""The words that give a number in a report its meaning, folded as extraction reads them.

What was done (the verb: "đăng ký xây dựng", "được công nhận", "tặng Giấy khen"), at
which level ("cấp huyện"), in which field ("lĩnh vực kinh tế"), and the words that make a
number no figure at all ("01 năm", "lần thứ 3", "Kế hoạch số 03"). What is counted, the
head noun after the number, is in ``_noun_words``.
"""

from __future__ import annotations

import re

from danvan._counts import MAGNITUDE_WORDS
from danvan._measures import MODEL_UNITS, UnitOfMeasure
from danvan._numbers import AMOUNT_TAIL, MULTIPLIER_WORDS
from danvan._qualifiers import QUALIFIER_PREFIXES
from danvan._text import fold
from danvan._vocabulary import ModelKind, RecognitionLevel

__all__ = [
    "A_DIGIT",
    "AND",
    "ANOTHER_YEAR",
    "APPRAISED",
    "APPRAISED_BY",
    "BATCH",
    "CANDIDATE",
    "CLAUSE_BREAK",
    "CLAUSE_END",
    "DIFFERENCE",
    "FROM_THEN",
    "FULL_STOP",
    "GOES_ON",
    "GRADES_ONE_OF_MANY",
    "JOINED",
    "KIND_OF",
    "MERGING",
    "MODEL_UNITS",
    "NAME_NUMBER",
    "NEXT_OBJECT",
    "NOT_A_VERB_BEFORE",
    "NOT_FIGURE_AFTER",
    "NOT_FIGURE_BEFORE",
    "NOT_RATIO_BEFORE",
    "QUALIFIER",
    "RANGE_END",
    "RANGE_START",
    "RECOGNISING",
    "SENTENCE_END",
    "SHARES_COUNT",
    "THEN_TO",
    "THE_MOVEMENT",
    "THIS_NUMBER",
    "THIS_NUMBER_IN",
    "UNDER_WAY",
    "VALUE_COMPARED",
    "VERB",
    "VERBS",
    "VERBS_OF_A_NUMBER",
    "VERB_WORDS",
    "counted_in",
    "stop_or",
]

#: The kind a count of one kind is the cell of, in a count of models and exemplars.
KIND_OF: dict[UnitOfMeasure | None, ModelKind] = {
    UnitOfMeasure.MODELS: ModelKind.MODEL,
    UnitOfMeasure.EXEMPLARS: ModelKind.EXEMPLAR,
}


def counted_in(whole: UnitOfMeasure | None, unit: UnitOfMeasure | None) -> bool:
    """Whether a total in ``whole`` counts things in ``unit``: its own, or one kind of both.

    "… 48 mô hình, 22 điển hình" are counted in a total of models and exemplars.
    """
    return whole is unit or (whole is UnitOfMeasure.MODELS_AND_EXEMPLARS and unit in KIND_OF)


#: The movement's name, folded, as reports write it in full or for short ("DVK").
THE_MOVEMENT = r"(?:dan\svan\skheo|dvk)"
#: What was done, as a built-in measure's code: folded verbs, longest first; passives alike.
VERBS: tuple[tuple[str, str], ...] = (
    ("dang ky xay dung", "registered"),
    ("dang ky", "registered"),
    ("de nghi", "proposed"),
    ("de xuat", "proposed"),
    ("cong nhan", "recognised"),
    ("xac nhan", "recognised"),
    ("dat dien hinh", "recognised"),
    ("dat mo hinh", "recognised"),
    ("dat danh hieu", "recognised"),
    ("dat chuan", "recognised"),
    ("dat cap", "recognised"),  # "96 mô hình đạt cấp huyện", "… đạt “Dân vận khéo” cấp xã"
    ('dat "dan van kheo"', "recognised"),
    ("dat “dan van kheo”", "recognised"),
    ("cap giay chung nhan", "recognised"),  # not "trao": handed over at a ceremony
    ("bieu duong", "honoured"),
    ("tuyen duong", "honoured"),
    ("ton vinh", "honoured"),
    ("vinh danh", "honoured"),
    ("suy ton", "honoured"),  # "45 mô hình được suy tôn là điển hình tiêu biểu"
    ("khen thuong", "commended"),
    ("khen", "commended"),  # "cấp tỉnh khen 26": matched whole, after the longer ones
    ("giay khen", "commended"),
    ("bang khen", "commended"),
    ("ky niem chuong", "commended"),
    ("huan chuong", "commended"),
    ("huy chuong", "commended"),
    # models built and replicated are all the models built: "xây dựng và nhân rộng 5.824"
    ("xay dung va nhan rong", "built"),
    ("xay dung, nhan rong", "built"),
    ("nhan rong", "replicated"),
    ("ho tro", "supported"),
    ("giup do", "supported"),
    ("nhan do dau", "supported"),  # sponsored: "nhận đỡ đầu 137 học sinh nghèo"
    ("cham lo", "supported"),  # cared for: "chăm lo cho 650 hộ nghèo"
    ("giup", "supported"),  # "giúp 2.450 lượt hộ vay vốn", matched whole, after "giúp đỡ"
    ("tham gia", "participants"),
    ("tham du", "participants"),
    ("hien co", "in_operation"),
    ("duy tri", "in_operation"),
    ("dang hoat dong", "in_operation"),
    ("di vao hoat dong", "in_operation"),  # "154 mô hình đã đi vào hoạt động"
    ("dang trien khai", "in_operation"),  # "nâng tổng số mô hình đang triển khai lên 3.874"
    ("xay dung", "built"),
    ("trien khai", "built"),
    ("ra mat", "built"),
    ("thanh lap", "built"),
    ("lam moi", "built"),  # works the models built: "làm mới 23,5 km đường"
    ("mo moi", "built"),
    ("xay moi", "built"),
    ("xay tang", "built"),  # "xây tặng 15 nhà tình nghĩa": built, not commended
    ("xay", "built"),  # "xây 27 nhà đồng đội"; not "xây dựng …" (see NOT_A_VERB_BEFORE)
    ("be tong hoa", "built"),
    ("lap dat", "built"),
    ("khanh thanh", "built"),  # "khánh thành 12 nhà đại đoàn kết"
)

#: A review's grades, "loại" before them or not, which name cells: "xếp loại: tốt 1.230 …".
GRADE = re.compile(r"(?:loai\s)?(?:xuat\ssac|tot|kha|trung\sbinh|yeu|kem|khong\sdat)")
#: Between counts of one list, after the cell words of the one before: "12 mô hình tập
#: thể và 5 mô hình cá nhân", "128 mô hình của tập thể, 64 …", "58 mô hình cấp huyện, 246
#: …", "…, cấp xã có 246 …".
_LEVEL_WORDS = r"cap\s(?:co\sso|xa|huyen|tinh|trung\suong)"
JOINED = re.compile(  # past the name of what is counted: "… điển hình “Dân vận khéo” là cá nhân và"
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"
    rf"(?:\s(?:(?:(?:cua|la)\s)?(?:tap\sthe|ca\snhan|ho\sgia\sdinh)|{_LEVEL_WORDS}))?"
    rf"\s?(?:,|va|,\sva)\s?(?:{_LEVEL_WORDS}\s(?:co\s)?)?"
)
#: The words of a merger of units: "sắp xếp", "sáp nhập", "hợp nhất".
MERGING = r"(?:sap\s(?:xep|nhap)|hop\snhat)\b"
#: A batch of a year's reviews, named by its number: "đợt 2", "đợt II".
BATCH = r"dot\s(?:[0-9]{1,2}|i{1,3}|iv|v|thang\s(?:1[0-2]|0?[1-9]))"  # "đợt tháng 6"
#: The tiers a level names after "cấp": "cấp cơ sở", "cấp huyện", "cấp tỉnh" …
TIER = (  # "cấp quận" (a city's district); not "cấp Quân khu" (a military region)
    r"(?:co\sso|xa|huyen|tinh|trung\suong|thi\sxa|thanh\spho|quan(?!\s(?:khu|su|doi)\b)|phuong"
    r"|thi\stran|dac\skhu)"
)
#: …and the tiers of one level named together, as the vocabulary reads them: "cấp xã,
#: phường", "cấp quận, huyện" (longest first).
TIERS = "(?:{}|{})".format(
    "|".join(
        sorted(
            (
                fold(alias).removeprefix("cap ").replace(" ", r"\s")
                for level in RecognitionLevel
                for alias in level.aliases
                if "," in alias
            ),
            key=len,
            reverse=True,
        )
    ),
    TIER,
)
#: The number that ends a body's or a unit's name: "Quân khu 9", "Sư đoàn 330", "Quận 1",
#: "Phường 3"; no count.
NAME_NUMBER = r"(?:(?<=\skhu\s)|(?<=\sdoan\s)|(?<=phuong\s)|(?<=quan\s))[0-9]{1,3}(?![0-9.,])"
#: The words of a proposal, folded: "đề nghị", "đề xuất", "trình" (submitted to: "Đã trình
#: Chủ tịch UBND tỉnh tặng Bằng khen"); not "chương trình", "công trình", "tờ trình" (the
#: paper), "trình bày" (present), "trình độ".
PROPOSING = (
    r"(?:de\s(?:nghi|xuat)|(?<!chuong\s)(?<!cong\s)(?<!quy\s)(?<!to\s)(?<!lo\s)(?<!tien\s)"
    r"trinh(?!\s(?:bay|do|dien)\b))"
)
LABEL_LINK = r"(?:(?:hien\s|da\s)?co|dat|la)"  # after a label's colon: "Cấp xã: có 58"
#: The acts that recognise, honour or commend models and people, folded.
RECOGNISING = r"(?:cong\snhan|xac\snhan|bieu\sduong|tuyen\sduong|vinh\sdanh|ton\svinh|khen\sthuong)"
#: The label of a list's item that names a cell of what the list's subject counts: a
#: grade, a level, a holder or a batch ("…: 86, loại tốt: 312", "…; cấp huyện: 156",
#: "đợt 2: 57").
CELL_LABEL = re.compile(rf"loai\s{GRADE.pattern}|cap\s{TIER}|tap\sthe|ca\snhan|{BATCH}")
#: A grade at the end of a line's subject: "Số mô hình đạt loại xuất sắc là 86".
GRADE_OF_A_SUBJECT = re.compile(
    r"\s(?:dat\s|xep\s)?loai\s(?P<grade>xuat\ssac|tot|kha|trung\sbinh|yeu|kem)$"
)

#: A digit: a number, anywhere in a stretch of text ("a count between them").
A_DIGIT = re.compile(r"[0-9]")
#: A sentence's end: a full stop, "!" or "?" before a space or the text's end, or a line's.
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|\s|$)")  # one class first: found fast
#: Where a clause ends: a semicolon, a line's end or a sentence's.
CLAUSE_END = re.compile(r"[.!?\n;](?:(?<=[\n;])|\s|$)")
#: A clause's break: a semicolon, a colon, or a sentence's end (with the space after it).
CLAUSE_BREAK = re.compile(r"[;:\n.!?](?:(?<=[;:\n])|\s|$)")
# Not the dot of a number ("1.320 tập thể"), right after a dot: not between two digits.
_NOT_A_NUMBERS_DOT = r"(?:(?<![0-9]\.)|(?![0-9]))"
#: A full stop and not the dot of a number ("1.320 tập thể"), as a pattern's alternative:
#: a dot first, so that a scan for it is a scan for dots, then not between two digits.
FULL_STOP = rf"\.{_NOT_A_NUMBERS_DOT}"


def stop_or(marks: str) -> re.Pattern[str]:
    """A full stop (not the dot of "1.320") or one of ``marks``, a character class first.

    ``marks`` as written in a character class (``";:()"``). One class first makes a scan
    for them a scan for those characters, not a try of two alternatives at every one.
    """
    return re.compile(rf"[.{marks}]{_NOT_A_NUMBERS_DOT}")


#: What follows a verb when the verb begins the name of a field or a programme:
#: "xây dựng Đảng", "xây dựng nông thôn mới" build nothing that is counted.
NOT_A_VERB_BEFORE = {
    "xay dung": (
        "dang",
        "chinh quyen",
        "he thong chinh tri",
        "nong thon moi",
        "do thi",
        # a programme's name, as a model's aim: "128 mô hình xây dựng gia đình văn hóa"
        "gia dinh",
        "khu dan cu",
        "nep song",
        "doi song",
        # a field of a force's or a body's own: "lĩnh vực xây dựng lực lượng: 64 mô hình"
        "luc luong",
        "to chuc",
        "hoi vung manh",
        "doan vung manh",
    ),
    "trien khai": ("thuc hien",),
    "xay": ("dung",),  # "xây dựng" is its own verb, or none ("xây dựng Đảng")
    # a proposal to stop or strike off proposes no recognition: "đề nghị dừng, …"
    "de nghi": ("dung", "loai", "rut", "thu hoi", "giai the", "xoa ten"),
    # after a count, a grade: "946 mô hình duy trì (hoạt động) hiệu quả"
    "duy tri": ("hieu qua", "hoat dong hieu qua", "hoat dong co hieu qua", "hoat dong tot"),
    "dang hoat dong": ("hieu qua",),
    # models of mutual help, by their aim: "9 mô hình giúp nhau thoát nghèo"
    "giup": ("nhau",),
}
#: What follows a grade that is a list's cell ("946 mô hình duy trì hiệu quả, 86 …"), not
#: the verb of a total that opens its own parts ("… duy trì hiệu quả, trong đó 15 …").
GRADES_ONE_OF_MANY = re.compile(r"(?!\s?,?\s?(?:trong\sdo|gom|bao\sgom)\b)\s*\S")
#: The verbs as one alternative of a pattern, their spaces as ``\s``.
VERB_WORDS = "|".join(p.replace(" ", r"\s") for p, _ in VERBS)
#: Any of them, as a word.
VERB = re.compile(rf"\b(?:{VERB_WORDS})\b")
#: Of those, the words that are verbs too when the number follows them: "triển khai thực
#: hiện 2.386 mô hình" built them; "triển khai thực hiện Kế hoạch …" did not; "duy trì
#: hiệu quả 1.210 mô hình" keeps them, "1.012 mô hình duy trì hiệu quả" grades them.
VERBS_OF_A_NUMBER = frozenset(
    ["thuc hien", "hieu qua", "hoat dong hieu qua", "hoat dong co hieu qua", "hoat dong tot"]
)
#: Between two counts of one list or one batch: "11 tập thể và 5 cá nhân", "156 tập thể, 320"
AND = re.compile(r"\s?(?:,|va|,\sva)\s?")
#: Between two counts, a clause that goes on with the subject before: "… đăng ký 412 mô
#: hình, đã công nhận 378", "… 45 hội viên tham gia mô hình, hỗ trợ 12 hộ nghèo", "…, đến
#: nay đã có 198 mô hình", "…, giúp nhân dân 12.500 ngày công", "…, được UBND tỉnh công
#: nhận 22 mô hình".
GOES_ON = re.compile(
    r"[^.;:()\n0-9]{0,40}?,\s(?:va\s)?(?:(?:den\snay|hien\snay|qua\sdo|tu\sdo|trong\s(?:nam|ky))\s)?(?:da\s"
    r"|dong\sthoi\s|duoc\s(?:(?:ubnd|uy\sban|ban\schi\sdao|hoi\sdong|cap|bo)(?:\s[a-z]+){0,4}?\s)?)?"
    rf"(?:{VERB_WORDS}|co|giup|gop|voi"  # ", với 24 mô hình"
    r"|dong\sgop|hien|huy\sdong|ung\sho|quyen\sgop)"  # "…, đóng góp 12.000 ngày công"
    r"\s(?:duoc\s)?(?:[a-z]+\s){0,2}"
)

#: Between two counts, the rest of an item and a semicolon, the next count right after it:
#: one more object of the item's verb and subject ("Đoàn Thanh niên đăng ký 124 công
#: trình, phần việc; 96 mô hình").
NEXT_OBJECT = re.compile(r"[^.;:()\n0-9]{0,40}?;\s")

#: The words that qualify a number, folded, longest first, as a pattern's alternatives;
#: "ít nhất" and "tối thiểu" may take "là": "ít nhất là 500 mô hình".
QUALIFIER = (
    "(?:"
    + "|".join(sorted(QUALIFIER_PREFIXES, key=len, reverse=True)).replace(" ", r"\s")
    + r")(?:\sla(?<=nhat\sla)|\sla(?<=thieu\sla))?"
)
#: A number as reports write it, with its qualifier, multiplier words, a percent sign or
#: a denominator ("8/8"), or an order of magnitude in words ("hàng nghìn"). Only where
#: it ends is decided here: parse_number and parse_quantity read it.
CANDIDATE = re.compile(
    rf"(?:\b(?P<qualifier>{QUALIFIER})\s)?"  # a word of its own: not "lựa chọn 50"
    r"(?<![\w/.,:-])"
    r"(?P<number>[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,6})?|[0-9]{1,4}(?:,[0-9]{1,6})?"
    rf"|hang\s(?:{MAGNITUDE_WORDS})\b)"
    r"(?![0-9]|[.,:][0-9]|-[0-9])"
    # "1 tỷ 200 triệu", "15tỷ đồng"
    rf"(?P<multiplier>(?:\s?(?:{MULTIPLIER_WORDS})\b){{0,3}}(?:{AMOUNT_TAIL})?)"
    r"(?:(?P<percent>\s?%|\sphan\stram\b)"
    # "8/8 huyện", "45 trên tổng số 52 xã", "45 trong số 50 xã"
    r"|(?:/|\s(?:tren|trong)\s(?:(?:tong\s)?so\s)?)"
    r"(?P<out_of>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,6})(?![0-9/]|[.,][0-9]))?"
)
#: The ends of a range, which no count holds: "từ 3 đến 5 mô hình", "2 - 3 mô hình".
RANGE_START = re.compile(r"\s?(?:den|-|–)\s?[0-9]")
RANGE_END = re.compile(r"[0-9]\s?(?:den|-|–)\s?$")
#: In brackets, the value before a change up to the value after it: "(từ 347 xuống ",
#: "(từ 1.245 mô hình xuống còn "; patterns' texts, to compose.
FROM_THEN = r"\(\s?tu\s[0-9][0-9.,]*(?:\s[a-z]+){0,3}\s(?:len|xuong)(?:\scon)?"
#: Between the value before a change and the value after it: "từ 42 (năm 2021) lên 76",
#: "từ 245 mô hình năm 2021 lên 612".
THEN_TO = (
    r"\s?(?:\([^()\n]{0,30}\)\s?|(?:vao\s)?nam\s(?:19|20)[0-9]{2}\s?)?,?\s?"
    r"(?:len|xuong)(?:\s(?:con|thanh))?\s?"
)
#: A value compared with, right after a count: "(1.286 so với 643 mô hình)".
VALUE_COMPARED = re.compile(r"\sso\svoi\s[0-9][0-9.,]*(?=\s)")
#: Words that say a bare value is of the count before: "…; năm 2025, con số này là 2.840".
THIS_NUMBER = (  # …or with its year after it: "con số này năm 2024 là"
    r"con\sso\s(?:nay|do|tren)\s(?:(?:cua\s|o\s)?(?:nam\s)?(?:19|20)[0-9]{2}\s)?"
    r"(?:(?:da\s)?(?:tang\slen|giam\sxuong|la|dat|len|tang|giam)\s)?"
    r"(?:con\s)?"
)
#: …after the period it is of, if said: "Năm 2025, con số này là", "Đến cuối năm 2025, …".
THIS_NUMBER_IN = (
    r"(?:(?:(?:tinh\s)?den\s(?:het\s|cuoi\s)?|cuoi\s)?(?:nam\s)?(?:19|20)[0-9]{2},?\s)?"
    + THIS_NUMBER
)
#: Between a count and its value in another year, in brackets after it: "(năm 2024: ",
#: "(2024: ", "(năm 2024 là ", or after that year: "…, gấp 3 lần so với năm 2020 (".
ANOTHER_YEAR = re.compile(
    r"[^()\n0-9]{0,60}\(\s?(?:nam\s)?(?:19|20)[0-9]{2}\s?[:,]?\s?(?:la\s|co\s)?"
    r"|[^()\n]{0,60}?\bso\svoi\snam\s(?:19|20)[0-9]{2}\s?\(\s?"
)
#: A difference from another period, before the number it is: "ít hơn năm 2024 là ",
#: "tăng so với cùng kỳ là ", "nhiều hơn năm trước: ".
DIFFERENCE = (
    r"(?P<way>(?:it|nhieu|cao|thap)\shon|tang|giam)\s(?:so\svoi\s)?"
    r"(?:(?:cung\sky\s)?nam\s(?:19|20)[0-9]{2}|cung\sky|nam\struoc)\s?(?:\sla|:)"
)
#: A whole range up to its second number: "từ 30 đến ", "2 - ".
RANGE = re.compile(r"(?:\btu\s)?(?<![0-9.,])[0-9][0-9.,]*\s?(?:den|-|–)\s?$")
#: A number after these words is an id, an ordinal, part of a name or a ratio: "số 03",
#: "lần thứ 3", "khóa 12", "gấp 2 lần"; not "tổng số 52 xã", "trong số 48 mô hình". Nor
#: are the units a new one was merged from: "thành lập trên cơ sở sáp nhập 3 xã". Not
#: "các thôn 46 …", "khu vực nông thôn 1.548 mô hình" nor a label: "Các chi bộ thôn: 14".
NOT_FIGURE_BEFORE = re.compile(  # not digital's "số": "… chuyển đổi số: 212 mô hình"
    r"(?:(?:(?<!tong\s)(?<!trong\s)(?<!doi\s)(?<!kinh\ste\s)(?<!quyen\s)\bso|\bthu|\bkhoa|\bkhoan|\bdieu|\bmuc|\bphu\sluc|\bgap"
    r"|\bdot|\blan|\bsap\snhap|\bhop\snhat|\btop)\s?:?"  # a rank: "trong Top 10 mô hình"
    # a numbered unit of the forces: "Lữ đoàn 147", "Quân khu 4", "Bộ Tư lệnh Vùng 3"
    r"|(?:\b(?:lu|su|trung|tieu|hai)\sdoan|\bdai\sdoi|\bquan\skhu|\blenh\svung)\s"
    r"|(?:(?<!trong\s)\bngay|\bthang)\s?"  # "ngày 15", "tháng 7"; not "trong 9 tháng: 47"
    # "xóm 7", "tổ 5", "khu phố 5"; not a level: "cấp thôn 88 mô hình"
    r"|(?<!cap\s)(?:\bxom|\bap|\bkhu(?:\spho)?|\btieu\skhu|\bto"
    r"|(?<!cac\s)(?<!moi\s)(?<!nong\s)\b(?:thon|doi|khom|to\sdan\spho)))\s?$"
)
#: A day and month, not a ratio: "Sáng 5/12", "ngày 22/11".
NOT_RATIO_BEFORE = re.compile(r"\b(?:ngay|sang|chieu|toi|trua|dem|hom(?:\snay)?|dip)\s?$")
#: A number before these words is a duration, a time, an age, a multiple or the number of
#: a breakdown's kinds: "01 năm", "2 năm thực hiện", "18 tuổi", "tăng 1,8 lần", "3 lĩnh vực";
#: "10 năm công nhận", "20 năm công tác" too, where "450 ngày công" is workdays.
NOT_FIGURE_AFTER = re.compile(
    r"\s?(?:(?:nam|thang|tuan|gio|phut|tuoi|lan)\b|ngay\b(?!\scong\b(?!\s(?:nhan|bo)))"
    # a quarter, not a word "quy" begins: "126 quy chế", "45 quy ước", "12 quy trình"
    r"|quy\b(?!\s(?:che|uoc|trinh|dinh|tac|chuan|hoach|mo)\b)"
    # the kinds of a breakdown, counted: "gồm 3 lĩnh vực: kinh tế 12 mô hình, …"; not
    # one kind, a cell: "trong đó 32 cấp huyện, 108 cấp cơ sở"
    r"|(?:loai|linh\svuc|nhom|cap|khoi)(?=\s?[:,.;(]|\s(?:la|gom|nhu|chinh|khac)\b|$))"
)
#: Who appraised models, before the appraisal that grades them: "được Ban Chỉ đạo xã (kiểm
#: tra,) đánh giá đạt yêu cầu", "được Hội đồng thẩm định xếp loại xuất sắc".
APPRAISED_BY = (
    r"(?:(?:(?:ubnd|uy\sban|ban\schi\sdao|hoi\sdong|dang\suy|ban\s[a-z]+)(?:\s[a-z]+){0,4}?\s)?"
    r"(?:(?:kiem\stra|tham\sdinh|ra\ssoat),?\s)?(?=danh\sgia|xep\sloai|binh\sxet|cham\sdiem))?"
)
#: Appraised, and no more: "1.026 mô hình được đánh giá, trong đó …"; not "được thẩm định,
#: công nhận", recognised.
APPRAISED = (
    r"(?:da\s)?duoc\s(?:tham\sdinh|danh\sgia)(?:,?\sxep\sloai)?"
    r"(?=\s?[.;:)\n]|,\s(?!(?:cong|xac)\snhan)|\strong\sdo|$)"
)
#: A stage after a count, no act of its: "105 mô hình đang triển khai", "30 mô hình chưa
#: thực hiện", "815 mô hình đã hoàn thành", "8 mô hình (đang) (tiếp tục) theo dõi".
UNDER_WAY = re.compile(
    r"\s(?:(?:dang\s(?:tiep\stuc\s)?|tiep\stuc\s|chua\s|khong\s)(?:thuc\shien|trien\skhai|theo\sdoi)"
    r"|da\shoan\sthanh"
    rf"|{APPRAISED})\b"
)

#: Between a share and the count of its cell: in brackets ("78,4% (381 mô hình)", "96,8% mô
#: hình đạt hiệu quả (2.389 …)") or after it ("38% số mô hình, với 968 mô hình", "38%, …")
SHARES_COUNT = re.compile(
    r"(?:\s(?:so\s)?(?:mo\shinh|dien\shinh)\s[^.;:,()\n0-9%]{1,60})?\s?\(\s?"
    r"|(?:\s(?:so\s)?(?:mo\shinh|dien\shinh)(?:,\sdien\shinh)?)?,\s"
    r"(?:voi|tuong\sung(?:\svoi)?)\s"
)
