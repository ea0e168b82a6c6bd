"""Awards in report text: the form a count of recipients was given, and who gave it.

"tặng Giấy khen của Chủ tịch UBND huyện cho 14 tập thể", "Huyện ủy tặng Giấy khen cho
46 tập thể", "3 tập thể được Thủ tướng Chính phủ tặng Bằng khen". The giver is one body:
"các huyện tặng …" names none. A proposal names the body asked to give it: "đề nghị
UBND tỉnh tặng Bằng khen" (its measure, proposed, is the verb's). A body that commends
with no form said is a batch too: "Ban Dân vận Tỉnh ủy khen thưởng 8 tập thể" (its form
is left to the reviewer). A batch of one form drawn from such a batch takes its giver:
"… khen thưởng 24 tập thể, …; trong đó tặng Bằng khen cho 10 tập thể, …".
"""

from __future__ import annotations

import re

import attrs

from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import A_DIGIT, NAME_NUMBER, PROPOSING, RECOGNISING
from danvan._occasions import AwardForm

__all__ = ["award_words", "givers_of_their_batch", "many_givers"]

# The words between an award and its recipients' count, none of them saying why it was
# given: "Bằng khen vì có 3 mô hình tiêu biểu" gives no award to the 3 models.
_NO_REASON = r"(?:(?!\b(?:vi|nho|do\s(?:da\s)?co)\s)[^,.;:()\n0-9])"
# A commemorative medal's name, quoted or not: Kỷ niệm chương “Vì sự nghiệp Dân vận”, Kỷ
# niệm chương Vì sự nghiệp Dân vận của … ("vì" there gives no reason).
_MEDAL_NAME = (
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»]"
    r"|\svi\s(?:su\snghiep|the\she\stre)(?:\s[a-z]+){0,6}?(?=\s(?:cua|cho)\s|\s?[,.;])"
    r"|(?:\s[a-z]+){1,4}?\shang\s(?:nhat|nhi|ba))?"  # an order's: "… Lao động hạng Ba"
)
_AWARD = re.compile(
    r"\b(?P<form>bang\skhen(?:\scua\s(?P<named>thu\stuong\schinh\sphu))?|giay\skhen|huan\schuong"
    r"|ky\sniem\schuong)"
    rf"{_MEDAL_NAME}"
    rf"(?:\s(?P<issuer>cua\s{_NO_REASON}{{2,80}}?)"
    r"(?:\s(?:da\s)?duoc\s(?:trao|tang)(?:\s(?:tang|trao))?)?"  # "… Huyện ủy được trao cho …"
    rf"(?:\scho\s?{_NO_REASON}{{0,20}}|\s?:?\s?)"
    rf"|\s(?:cho)?\s?{_NO_REASON}{{0,20}}|\s?:\s?)$"  # "… tặng Bằng khen: 12 tập thể"
)
# The forms of an award a sentence names: "Bằng khen", "Giấy khen", …
_FORMS = r"(?:bang\skhen|giay\skhen|huan\schuong|ky\sniem\schuong)"
_AWARDED = re.compile(
    r"[^,.;:()\n0-9]{0,60}?(?:\b(?:duoc|de\snghi)\s(?:(?P<issuer>(?:[^,.;:()\n0-9]"
    r"|,\s(?=(?:truong|chu\stich|pho|bi\sthu|giam\sdoc)\s)"  # "Bộ trưởng, Trưởng Ban …"
    r"|,\s(?=(?:xa|phuong|thi\stran|thi\sxa|thanh\spho|quan)[\s,]))"  # "… các xã, phường"
    r"{2,60}?)\s)?"
    r"(?:tang|trao|(?<!cong\s)nhan)"  # "được nhận Giấy khen của …"
    r"|\b(?:vinh\sdu\s)?(?:don\s)?(?<!cong\s)(?<!xac\s)nhan)"  # "(vinh dự) (đón) nhận …"
    r"(?:\sthuong)?\s"
    rf"(?P<form>{_FORMS})\b"
    rf"{_MEDAL_NAME}"
    # …and the giver after the form: "được tặng Bằng khen của Chủ tịch UBND tỉnh (vì …)"
    r"(?:\s(?P<after>cua\s[^,.;:()\n0-9]{2,80}?)"
    r"(?=\s?[,.;:()\n]|\s(?:vi|ve|do|cho|trong|nam|co|da|tai|nhan\sdip)\b|\s?$))?"
)


def _subject_of(act: str) -> re.Pattern[str]:
    """The words of a clause's subject, right before ``act`` (folded) and the number."""
    return re.compile(
        rf"(?:^|[,.;:(\n]\s?)(?:[-+•*–]\s?)?"
        rf"(?:(?:trong\s)?nam\s(?:19|20)[0-9]{{2}}\s)?"  # a year, no comma: "Năm 2025 UBND …"
        rf"(?P<giver>(?:[^,.;:()\n0-9]|\((?:moi|cu)\)|{NAME_NUMBER}){{2,90}}?)"  # "Quân khu 9"
        rf"\s(?:(?:da|cung|con|tiep\stuc)\s){{0,2}}{act}$"  # "UBND xã cũng (đã) tặng"
    )  # after a list's bullet: "- UBND tỉnh tặng Bằng khen: 12 tập thể"; a unit's "(mới)" too


# Who gives an award, as the subject before "tặng": "Năm 2024, Huyện ủy tặng Giấy khen";
# also by a decision signed: "Chủ tịch UBND tỉnh đã ký Quyết định số 1245/QĐ-UBND ngày
# 20/11/2025 tặng Bằng khen", "Chủ tịch UBND tỉnh quyết định tặng Bằng khen".
_DECISION = (
    r"(?:(?:ky\s|ban\shanh\s|ra\s)?quyet\sdinh\s(?:(?:so\s)?[0-9][^\s,;]*(?:\sngay\s[0-9][0-9/.-]*)?"
    r"\s)?(?:ve\sviec\s)?)?"
)
_GIVER = _subject_of(rf"{_DECISION}(?:xet\s)?(?:trao\stang|tang|trao)(?:\sthuong)?\s")  # "xét tặng"
_GIVER_REACH = 120  # past a decision's number, day and subject: "… ký Quyết định số … về việc"
# The issuer of the decision an award is given by, before a comma: "Căn cứ Quyết định số
# 456-QĐ/HU ngày 15/12/2024 của Ban Thường vụ Huyện ủy, tặng Giấy khen cho …".
_BY_DECISION = re.compile(
    r"\b(?:can\scu|theo|tai|thuc\shien)\s(?:vao\s)?quyet\sdinh\s(?:so\s)?[0-9][^\s,;]*"
    r"(?:,?\sngay\s[0-9][0-9/.-]*(?:\sthang\s[0-9]{1,2}\snam\s[0-9]{4})?)?\scua\s"
    r"(?P<giver>[^,.;:()\n0-9]{2,80}?)(?:\sve\sviec\s[^.;:()\n]{0,120}?)?,\s"
    r"(?:(?:da|dong\sthoi)\s)?(?:xet\s)?(?:trao\stang|tang|trao)(?:\sthuong)?\s$"
)
# Words before the act that name no body: "Đã tặng …", "…; trao tặng Kỷ niệm chương cho …".
_ASPECT = re.compile(
    r"(?:da|dang|se|cung|van|tiep\stuc)(?:\s(?:da|dang|tiep\stuc))?(?:\strao)?|trao"
)
_FORM_COUNTED = re.compile(r"(?<=\s)(?:bang\skhen|giay\skhen|ky\sniem\schuong)\b")
_PROPOSAL = re.compile(rf"\b{PROPOSING}\s")
# Recipients counted after a form: the form is theirs, not a count's before it.
_ITS_OWN_RECIPIENTS = re.compile(
    r"\s(?:cua\s[^,.;:()\n0-9]{2,80}?\s)?cho\s[^,.;:()\n0-9]{0,20}?[0-9][0-9.]*\s"
    r"(?:tap\sthe|ca\snhan|ho|gia\sdinh|dong\schi|hoi\svien|nguoi|doan\svien)\b"
)
# The body a proposal asks to give, inside a clause: "… và đề nghị UBND tỉnh tặng "; or
# that gave, in a passive after a year: "Năm 2025 được UBND tỉnh tặng Bằng khen: …".
_ASKED_TO_GIVE = re.compile(
    rf"\b(?:{PROPOSING}|duoc)\s(?P<giver>[^,.;:()\n0-9]{{2,60}}?)\s(?:xet\s)?(?:trao\stang|tang|trao)"
    r"(?:\sthuong)?\s$"
)
# An award joined to one given before it in the clause: "tặng Cờ thi đua cho 3 tập thể và ",
# its verb said again: "tặng Bằng khen cho 4 tập thể và 6 cá nhân, tặng ".
_JOINED_FORM = re.compile(  # …or its year set apart: "…; riêng năm 2025 tặng "
    r"\b(?P<act>(?:tang|trao)(?:\sthuong)?\s)[^.;:()\n]{4,100}?"
    r"(?:(?:,|\sva)\s|;\s(?:rieng\s)?(?:(?:trong\s)?nam\s(?:19|20)[0-9]{2},?\s)?(?=tang|trao))"
    r"(?:(?:tang|trao)(?:\sthuong)?\s)?$"
)
_JOINED_REACH = 160
# …or to another act of the same body: "UBND huyện (quyết định) công nhận 38 mô hình … và
# tặng ", "Hội Nông dân tỉnh công nhận 45 mô hình cấp tỉnh, tặng ", "Hội Liên hiệp Phụ nữ
# tỉnh có 212 mô hình; tặng "; not "Cờ thi đua", which folds as "có" does.
_ACTED_THEN = re.compile(  # past a bracket: "… biểu dương 120 mô hình (72 tập thể, …) và tặng"
    r"(?:^|[.;:,\n]\s?)(?P<body>[^,.;:()\n0-9]{2,60}?)\s(?:da\s)?(?:quyet\sdinh\s|to\schuc\s)?"
    rf"(?:{RECOGNISING}|co(?!\s(?:quan|so|thi\sdua)\b)|xay\sdung|dang\sky|trien\skhai)\b"
    r"(?:[^.;:()\n]|\([^()\n]{0,60}\)){0,120}?"
    r"(?:,|;|\sva)\s(?:tang|trao)\s$"  # "… tổ chức tuyên dương 50 gương …; trao "
)
# …or to the sentence's act, past its list, after a connective: "UBND huyện đã ban hành
# Quyết định công nhận 126 mô hình …, trong đó …; đồng thời tặng ".
_ACTED_TOO = re.compile(
    r"(?:^|[.:\n]\s?|,\s)(?P<body>[^,.;:()\n0-9]{2,60}?)\s(?:da\s)?(?:ban\shanh\s)?"
    rf"(?:quyet\sdinh\s)?{RECOGNISING}\b[^.:\n]{{0,400}}?[;,]\s(?:dong\sthoi|ngoai\sra)\s"
    r"(?:tang|trao)\s$"
)
# …or to an act a proposal asks a body for: "Đề nghị UBND tỉnh công nhận 4 mô hình, tặng ".
_ASKED_THEN = re.compile(
    rf"\bde\s(?:nghi|xuat)\s(?P<body>[^,.;:()\n0-9]{{2,60}}?)\s{RECOGNISING}\b"
    r"[^.;:()\n]{0,100}?(?:,|\sva)\s(?:tang|trao)\s$"
)
# Words that open a clause before its subject: "trong đó", "riêng", "đồng thời", "qua đó".
_CONNECTIVE = re.compile(r"(?:trong\sdo|rieng|dong\sthoi|qua\sdo|ngoai\sra)\s(?:co\s)?")
_ADVISER = re.compile(r".*\b(?:tham\smuu\s(?:cho\s)?|duoc\s)")
_COMRADE = re.compile(r"dong\schi\s(?=[a-z])")
_MANY_GIVERS = re.compile(r"(?:cac|nhieu|moi|mot\sso)\b")
_MANY_IN = re.compile(r"\s(?:cac|nhieu)\s")  # "Chủ tịch UBND các xã" ("mỗi" folds as "mới")
# Many bodies listed before the one a comma sets apart: "Chủ tịch UBND các xã, phường".
_LISTED_BEFORE = re.compile(r"\b(?:cac|nhieu|moi)\s[^,.;:()\n]{1,40}(?:,\s[^,.;:()\n]{1,30})*,\s$")
# A body that commends, named as the subject right before the count, no form said.
_COMMENDED_BY = _subject_of(  # "… đã ký Quyết định khen thưởng 45 tập thể" too
    rf"{_DECISION}(?:bieu\sduong(?:,|\sva)\s)?khen\sthuong\s(?:dot\sxuat\s)?(?:cho\s)?"
)  # "… biểu dương, khen thưởng 45 tập thể", "… khen thưởng đột xuất 3 tập thể"
# Words that name an area or an occasion, not a body: "Toàn tỉnh đã khen thưởng …",
# "Hội nghị đã khen thưởng …".
_AREA = re.compile(r"(?:toan|ca|tren\sdia\sban|hoi\snghi|hoi\sthao|le|chuong\strinh|dip)\b")


def award_words(
    source: CleanText, start: int, end: int
) -> tuple[AwardForm | None, tuple[int, int] | None, tuple[int, int] | None] | None:
    """The award a count of recipients was given: its form, the form's span, the giver's.

    The form is read before the number ("tặng Bằng khen … cho 12 tập thể") or in a
    passive after it, its giver before or after the form ("được tặng Bằng khen của Chủ
    tịch UBND tỉnh"); spans are in the folded text. With no form said, a body named as
    the subject of "khen thưởng" gives a batch of no form. ``None`` when no award is
    said.
    """
    folded = source.folded
    counted = _FORM_COUNTED.search(folded, start, end)
    if counted is not None:  # "UBND huyện trao 45 Giấy khen": the form is what is counted
        form = AwardForm.parse(source.clean[counted.start() : counted.end()])
        where = _giver(folded, start, start)
        if where is not None:
            where = (_who_acts(folded, *where), where[1])
        return form, counted.span(), where
    award = _AWARD.search(folded, max(0, start - 160), start)
    if award is None:  # "3 tập thể được Thủ tướng Chính phủ tặng Bằng khen"
        award = _AWARDED.match(folded, end)
        if award is not None and _ITS_OWN_RECIPIENTS.match(folded, award.end()):
            award = None  # "… 12 mô hình và đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể"
    if award is None and (before := _the_batch_before(folded, start)) is not None:
        award, start = before  # "tặng Giấy khen cho 15 tập thể, …; 8 tập thể, 10 cá nhân …"
    if award is None:
        giver = _commended_by(source, start)
        each = _FORM_OF_EACH.match(folded, end) if giver is not None else None
        if giver is None or each is None:
            return giver
        return AwardForm.parse(source.clean[slice(*each.span("form"))]), each.span("form"), giver[2]
    form = AwardForm.parse(source.clean[award.start("form") : award.end("form")])
    said = next((g for g in ("issuer", "after", "named") if award.groupdict().get(g)), None)
    where = award.span(said) if said is not None else None  # "named": "… của Thủ tướng …"
    if said is not None and _many(award[said]):  # "được UBND các xã, phường tặng": no one
        where = None  # body (see many_givers)
    if where is None and award.start("form") < start:  # "Huyện ủy tặng Giấy khen"
        where = _giver(folded, award.start("form"), award.start())
    if where is None and award.start("form") < start:  # "… tặng Cờ thi đua cho 3 tập thể
        where = _giver_of_the_one_before(source, award.start("form"))  # và Bằng khen cho …"
    if where is not None:
        where = (_who_acts(folded, *where), where[1])
        proposal = _PROPOSAL.search(folded, *where)  # "(Huyện ủy) đề nghị UBND tỉnh tặng"
        if proposal is not None and proposal.end() < where[1]:
            where = (proposal.end(), where[1])  # the issuer is the body asked to give it
        issuer = source.clean[where[0] : where[1]].removeprefix("của ")
        # "Bằng khen của Thủ tướng Chính phủ" is a form of its own
        form = AwardForm._lookup(f"{form.label_vi} của {issuer}") or form
    return form, award.span("form"), where


# A batch after a semicolon, no act of its own, and the form of the batch before it, in
# its sentence: "tặng Giấy khen cho 15 tập thể, 20 cá nhân trong …; 8 tập thể, 10 cá nhân …".
_FORM_SAID = re.compile(rf"\b{_FORMS}\b")
_BATCH_REACH = 400


def _the_batch_before(folded: str, start: int) -> tuple[re.Match[str], int] | None:
    """The award of the batch before a semicolon, for a batch right after it.

    The award said before that batch's first count, and where the count starts.
    """
    if not folded.endswith("; ", 0, start):
        return None
    semicolon = start - 2
    reach = max(0, semicolon - _BATCH_REACH)  # a sentence's clauses, not the text before it
    sentence = max(folded.rfind(". ", reach, semicolon), folded.rfind("\n", reach, semicolon))
    sentence = max(sentence + 1, reach)
    forms = list(_FORM_SAID.finditer(folded, sentence, semicolon))
    count = A_DIGIT.search(folded, forms[-1].end(), semicolon) if forms else None
    if count is None:
        return None
    award = _AWARD.search(folded, max(0, count.start() - 160), count.start())
    return None if award is None else (award, count.start())


# The form a batch commended took, said after its counts: "khen thưởng 15 tập thể, 20 cá
# nhân, mỗi tập thể, cá nhân được tặng Giấy khen", "… bằng hình thức tặng Giấy khen".
_FORM_OF_EACH = re.compile(  # …or the form alone after "hình thức": "bằng hình thức Giấy khen"
    r"[^.;:()\n]{0,60}?(?:,\smoi\s[^.;:()\n0-9]{0,30}?\s(?:duoc\s)?(?:tang|trao|nhan)\s"
    r"|\s(?:bang\s)?hinh\sthuc\s(?:(?:tang|trao|nhan)\s)?)"
    r"(?P<form>bang\skhen|giay\skhen|ky\sniem\schuong)\b"
)


def _many(giver: str) -> bool:
    """Whether folded words name many bodies: "các huyện", "Chủ tịch UBND các xã"."""
    return _MANY_GIVERS.match(giver) is not None or _MANY_IN.search(giver) is not None


def _giver(folded: str, before: int, end: int) -> tuple[int, int] | None:
    """The one body written as the subject of "tặng"/"trao", ending at ``end``.

    Not "các huyện tặng …" (no one body), nor "Chủ tịch UBND các xã, phường tặng …" (the
    last of many), nor "Đã trao …" (no body at all).
    """
    giver = _GIVER.search(folded, max(0, before - _GIVER_REACH), end)
    if giver is None:  # "… 12 mô hình và đề nghị UBND tỉnh tặng …": the body asked; "Năm
        # 2025 được UBND tỉnh tặng …": the body that gave
        giver = _ASKED_TO_GIVE.search(folded, max(0, before - 80), end)
    if giver is None or _ASPECT.fullmatch(giver["giver"]):  # "Căn cứ Quyết định số … của
        # Ban Thường vụ Huyện ủy, (đã) tặng …"
        giver = _BY_DECISION.search(folded, max(0, before - 2 * _GIVER_REACH), end) or giver
    if giver is None or _many(giver["giver"]) or _ASPECT.fullmatch(giver["giver"]):
        return None
    if _CONNECTIVE.fullmatch(giver["giver"] + " "):  # "…; đồng thời tặng …": no body
        return None
    if giver["giver"].endswith(" va"):  # "… biểu dương 120 mô hình, điển hình tiêu biểu và
        return None  # tặng …": the subject of the act before gives it, not these words
    listed = _LISTED_BEFORE.search(folded, max(0, giver.start("giver") - 60), giver.start("giver"))
    return None if listed is not None else giver.span("giver")


def many_givers(source: CleanText, start: int, end: int) -> tuple[int, int] | None:
    """The words of many bodies that gave the batch of the count at ``start:end``, if so.

    "UBND các xã, thị trấn tặng Giấy khen cho 46 tập thể", "các huyện tặng …", "46 tập
    thể được Chủ tịch UBND các xã, phường tặng Giấy khen": no one body gives it (see
    :func:`award_words`), yet the text says who did.
    """
    folded = source.folded
    award = _AWARD.search(folded, max(0, start - 160), start)
    if award is None:
        awarded = _AWARDED.match(folded, end)  # in a passive after the count
        said = awarded.groupdict().get("issuer") if awarded is not None else None
        return awarded.span("issuer") if awarded and said and _many(said) else None
    giver = _GIVER.search(folded, max(0, award.start("form") - 80), award.start())
    if giver is None or _ASPECT.fullmatch(giver["giver"]) or _AREA.match(giver["giver"]):
        return None
    a, b = giver.span("giver")
    if _many(giver["giver"]):
        return a, b
    listed = _LISTED_BEFORE.search(folded, max(0, a - 60), a)
    if listed is None:
        return None
    reach = max(0, listed.start() - 60)
    opening = max(reach - 1, *(folded.rfind(mark, reach, listed.start()) for mark in ".;:(\n,"))
    a = opening + 1
    while a < listed.start() and folded[a] == " ":
        a += 1
    return a, b  # "UBND các xã, thị trấn", from the start of its clause


def _giver_of_the_one_before(source: CleanText, form: int) -> tuple[int, int] | None:
    """The giver of the act before an award joined to it: "X tặng A cho 3 tập thể và B".

    So with an act of another kind: "UBND huyện công nhận 38 mô hình … và tặng Giấy
    khen", the district People's Committee; "Đề nghị UBND tỉnh công nhận …, tặng …", the
    body asked.
    """
    folded = source.folded
    too = _ACTED_TOO.search(folded, max(0, form - 3 * _JOINED_REACH), form)
    if too is not None and source.clean[too.start("body")].isupper():
        return too.span("body")  # "UBND huyện … công nhận 126 mô hình …; đồng thời tặng …"
    asked = _ASKED_THEN.search(folded, max(0, form - _JOINED_REACH), form)
    if asked is not None:  # "Đề nghị UBND tỉnh công nhận 4 mô hình, tặng Bằng khen …"
        return asked.span("body")
    acted = _ACTED_THEN.search(folded, max(0, form - _JOINED_REACH), form)
    if acted is not None:
        a, b = acted.span("body")
        one = not (_MANY_GIVERS.match(folded, a) or _AREA.match(folded, a))  # "Toàn tỉnh …"
        if source.clean[a : a + 1].isupper() and one:
            return _who_acts(folded, a, b), b
    joined = _JOINED_FORM.search(folded, max(0, form - _JOINED_REACH), form)
    if joined is None:
        return None
    return _giver(folded, joined.start("act"), joined.end("act"))


def _who_acts(folded: str, a: int, b: int) -> int:
    """Where the body that gives starts in a subject: past a connective and an adviser.

    "trong đó UBND tỉnh tặng …", "Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện
    ủy khen thưởng …": the Standing Committee gives, advised by the Mass Mobilisation
    Board.
    """
    connective = _CONNECTIVE.match(folded, a)
    if connective is not None and connective.end() < b:
        a = connective.end()
    adviser = _ADVISER.match(folded, a, b)  # also "X được Y tặng": Y gives
    a = adviser.end() if adviser is not None and adviser.end() < b else a
    honoured = _COMRADE.match(folded, a, b)  # "đồng chí Trưởng Ban Dân vận Tỉnh ủy trao …"
    return honoured.end() if honoured is not None else a


def _commended_by(source: CleanText, start: int) -> tuple[None, None, tuple[int, int]] | None:
    """The body that commended a count, written with a capital just before its verb.

    "Tỉnh đoàn khen thưởng 20 cá nhân": a batch of no form, given by the Youth Union.
    "Các cấp đã khen thưởng …" and "Toàn tỉnh đã khen thưởng …" name no one body.
    """
    giver = _COMMENDED_BY.search(source.folded, max(0, start - 110), start)
    if giver is None:
        return None
    a, b = giver.span("giver")
    a = _who_acts(source.folded, a, b)
    proposal = _PROPOSAL.search(source.folded, a, b)  # "Ban Dân vận đề xuất Ban Thường vụ
    a = a if proposal is None else proposal.end()  # khen thưởng …": the body asked
    words = source.clean[a:b]
    if not words[:1].isupper() or _MANY_GIVERS.match(giver["giver"]) or _AREA.match(giver["giver"]):
        return None
    return None, None, (a, b)


def givers_of_their_batch(mentions: list[FigureMention]) -> None:
    """A batch of one form among a batch of awards takes that batch's giver, in place.

    "Ban Thường vụ Tỉnh ủy đã khen thưởng 24 tập thể, 36 cá nhân; trong đó tặng Bằng khen
    cho 10 tập thể, 16 cá nhân, …": the Standing Committee gave the 10 and the 16 too.
    """
    for i, mention in enumerate(mentions):
        at = mention.subset_of if mention.subset_of is not None else mention.part_of
        if at is None or mention.award_form is None or "issuer_words" in mention.evidence:
            continue  # its own giver, or many: "…; Giám đốc các sở tặng Giấy khen cho …"
        batch = mentions[at]
        if batch.issuer_words is None or batch.measure != mention.measure:
            continue
        evidence = {**mention.evidence}
        if "issuer_words" in batch.evidence:
            evidence["issuer_words"] = batch.evidence["issuer_words"]
        mentions[i] = attrs.evolve(mention, issuer_words=batch.issuer_words, evidence=evidence)
