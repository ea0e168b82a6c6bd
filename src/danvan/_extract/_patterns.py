"""The patterns that find document references in folded text.

Every pattern runs on folded text (lower case, no diacritics, one character for one) and
is linear: bounded repetitions, no nested quantifiers, so hostile input cannot make
matching slow.
"""

from __future__ import annotations

import re

from danvan._documents import DocumentType
from danvan._extract._noun_words import COMPOUND_NOUNS, NOUNS, PLACES


def at_word_start(*alternatives: str) -> str:
    r"""A pattern of words that start a word, written so that it is found fast.

    ``at_word_start("binh\squan", "trung\sbinh")`` matches as
    ``\b(?:binh\squan|trung\sbinh)`` does, but each alternative starts with its first
    letter, and the word boundary is checked after it: a pattern that starts with letters
    is searched for by them, three times as fast over a long text as one that starts
    with ``\b``; the alternatives that start with one letter are tried after it once.
    Each alternative must start with a plain lowercase letter.
    """
    by_letter: dict[str, list[str]] = {}  # tried once per letter, in their order
    for alternative in alternatives:
        if not ("a" <= alternative[:1] <= "z"):
            raise ValueError(f"an alternative must start with a letter: {alternative!r}")
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{a}(?<!\\w{a})(?:{'|'.join(r)})" for a, r in by_letter.items()) + ")"


TYPE_WORDS = {
    "chi thi": DocumentType.DIRECTIVE,
    "ke hoach": DocumentType.PLAN,
    "quyet dinh": DocumentType.DECISION,
    "nghi quyet": DocumentType.RESOLUTION,
    "quy dinh": DocumentType.REGULATION,
    "chuong trinh": DocumentType.PROGRAMME,
    "huong dan": DocumentType.GUIDANCE,
    "de an": DocumentType.SCHEME,
    "quy che": DocumentType.STATUTE,
    "ket luan": DocumentType.CONCLUSION,
}
TYPES = "|".join(sorted(TYPE_WORDS, key=len, reverse=True)).replace(" ", r"\s")
# Type words as reports abbreviate them ("QĐ số 2108-QĐ/TU", "KH số 07"): only before a
# symbol or "số", where they cannot be read as anything else.
TYPE_ABBREVIATIONS = {
    "ct": DocumentType.DIRECTIVE,
    "kh": DocumentType.PLAN,
    "qd": DocumentType.DECISION,
    "nq": DocumentType.RESOLUTION,
    "qdi": DocumentType.REGULATION,
    "ctr": DocumentType.PROGRAMME,
    "hd": DocumentType.GUIDANCE,
}
ABBREVIATED = "|".join(sorted(TYPE_ABBREVIATIONS, key=len, reverse=True))
#: How a line of a report is numbered, or bulleted, before its words (folded): "III.",
#: "2.", "2.1.", "2.1", "b)", "-", with the spaces after it.
LINE_NUMBER = (
    r"[ \t]*(?:[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}(?=[ \t])"
    r"|(?:[ivx]{1,4}|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[a-z])[.)]|[-+•*])?[ \t]*"
)
#: A section's number before its heading's words (folded), as the group ``number``: "III.",
#: "2.", "2.1."; see :func:`section_depth`.
SECTION_NUMBER = r"(?P<number>[ivx]{1,4}|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})[.)]"


def section_depth(number: str) -> int:
    """How deep a section's number puts it: "III." 0, "2." 1, "2.1." 2."""
    return 0 if number[0] in "ivx" else 1 + number.count(".")


LETTER = r"[^\W\d_]"
# NUMBER[/YEAR]-TYPE/ISSUER or NUMBER/TYPE-ISSUER: bounded pieces, no nesting.
SYMBOL = (  # its first digit then what is before it: a scan for digits, not every character
    r"\d(?<![\w/.-]\d)\d{0,4}(?:/\d{4})?\s?[-/]\s?"
    rf"{LETTER}{{1,8}}(?:\s?[-/]\s?{LETTER}[^\W_]{{0,9}}){{1,3}}(?![\w/])"
)
SYMBOL_RE = re.compile(SYMBOL)
TYPE_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{TYPES})(?:\s(?:so|so:))?|(?<![\w])(?:{ABBREVIATED})\s(?:so|so:))\s?$"
    rf"|(?<![\w])(?:{ABBREVIATED})\s$"
)
DATE_AFTER = re.compile(
    r"\s?,?\s?\(?(?:ban\shanh\s)?ngay\s{1,3}(\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
    r"|\d{1,2}\sthang\s\d{1,2}\snam\s\d{4})\)?"
)
ISSUER_AFTER = re.compile(
    r"\s?,?\s?(cua\s[^,.;:()\n]{1,120}?)(?=\s(?:ve|tai|va|giai\sdoan)\s|[,.;:()\n]|$)"
)
# The subject ends where the sentence moves on: "…, đồng thời …", "…, qua đó …".
SUBJECT_AFTER = re.compile(
    r"\s?,?\s?(ve\s[^.;\n]{1,300}?)"
    r"(?=[.;\n]|,\s(?:dong\sthoi|qua\sdo|theo\sdo|tu\sdo|sau\sdo|nham|gop\sphan|trong\sdo)\b|$)"
)
# The date line under a document's number: "Lào Cai, ngày 3 tháng 5 năm 2023".
HEADER_DATE = re.compile(  # on its line, the next, or past the motto and blank lines
    r"(?:[^\n]{0,200}?\n(?:[^\n,]{0,60}\n){0,3}?|[ \t]+)"
    r"[^\n,]{2,40},\s?ngay\s{1,3}(\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
    r"|\d{1,2}\sthang\s\d{1,2}\snam\s\d{4})"
)
# "… đã tham mưu (cho) …": the adviser before, the issuer after.
ADVISED = re.compile(r"\s(?:da\s)?tham\smuu\s(?:cho\s)?")
BACK = re.compile(rf"\b({TYPES})\s(tren|noi\stren|nay|do)\b")
NAMED = re.compile(
    r"\bnghi\squyet\sdai\shoi\s[^.;\n]{0,80}?lan\sthu\s([ivxlc]{1,8})\b"
    r"(?:,?\snhiem\sky\s\d{4}\s?-\s?\d{4})?"
)
URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
# A document known by a quoted name: Chương trình phối hợp …, “Năm dân vận chính quyền”;
# no count between the type and the name ("Quy chế dân chủ … và 12 tập thể … “Dân vận
# khéo”" names no document), a year may be.
NAMED_QUOTED = re.compile(
    rf"\b({TYPES})\s(?:[^.;:\n“”\"0-9]|\b(?:19|20)[0-9]{{2}}\b){{0,80}}?[“\"][^”\"\n]{{1,80}}[”\"]"
)
# A document known by its subject: “thực hiện Quy định về người đứng đầu …”.
# Not inside another document's subject ("Quyết định 2108 … về Quy định về …").
NAMED_SUBJECT = re.compile(rf"(?<!ve\s)\b({TYPES})(?=\sve\s)")
# A capitalised type word standing alone: “cụ thể hóa Quyết định.” means the one above.
BARE = re.compile(rf"(?<=[a-z0-9,]\s)({TYPES})(?=\s?[.;,)]|\s?$)")
# Who issued it and when, written before: “Ngày 28/9/2021, Ban Thường vụ Tỉnh ủy đã ban
# hành Chỉ thị …”. The body starts with one of the usual heads of a body's name.
BODY_HEADS = (
    "ban",
    "thuong truc",
    "uy ban",
    "ubnd",
    "hdnd",
    "hoi dong",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "thi uy",
    "quan uy",
    "dang uy",
    "chinh phu",
    "thu tuong",
    "bo chinh tri",
    "mat tran",
    "chu tich",  # "Chủ tịch UBND tỉnh ban hành Quyết định số …"
)
HEADS = "|".join(BODY_HEADS).replace(" ", r"\s")
BEFORE = re.compile(
    r"(?:(?<![\w])ngay\s(?P<date>\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
    r"|\d{1,2}\sthang\s\d{1,2}\snam\s\d{4})\s?,?\s)?"
    rf"(?<![\w])(?P<body>(?:{HEADS})\b[^,.;:()\n]{{0,80}}?)"
    r"\s(?:da\s|vua\s|moi\s)?ban\shanh\s$"
)
# A document named by its type and number alone ("Kế hoạch số 03", "KH số 07"); not a
# count after a type word ("kế hoạch 400 mô hình": a target; "hướng dẫn 45 chi bộ đăng
# ký …": a verb), by the nouns reports count; not those that read as other words ("đồng ý",
# "ban hành", "Hà Nội"), nor a unit's committee ("Nghị quyết 05 Tỉnh ủy …").
_COUNTED_NOUNS = sorted(
    {*(words for words, *_ in NOUNS), *COMPOUND_NOUNS, *PLACES, "luot", "cong trinh"}
    - {"d", "dong", "ban", "ha", "can"},
    key=len,
    reverse=True,
)
_COUNTED = r"\s(?:" + "|".join(_COUNTED_NOUNS).replace(" ", r"\s") + r")\b(?!\s(?:uy|doan)\b)"
SHORT = (
    rf"\b(?P<type>{TYPES}|(?:{ABBREVIATED})(?=\sso\s))\s(?:so\s)?(?P<number>\d{{1,5}})\b"
    rf"(?![-/.,]\d|\s?[-/]\s?{LETTER}|{_COUNTED}|\s?%)"
)
