"""The body a text is the report of, and the words by which it names itself.

A body's own report opens with its name in capitals ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG
TRỊ", "BAN CHẤP HÀNH TỈNH ĐOÀN …", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN …", "CÔNG AN TỈNH …") and
then speaks of itself by its kind and its levels: "các cấp Hội đăng ký 214 mô hình",
"toàn Đoàn có 56 mô hình", "Công an các đơn vị, địa phương đã xây dựng 156 mô hình".
Those counts are the whole report's, not a cell of one body among others, as the same
words are in an area's report.
"""

from __future__ import annotations

import re

from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText

__all__ = ["itself", "own_body"]

# Before the body's name on its header line: its committee's.
_COMMITTEE = re.compile(r"(?:ban\s(?:chap\shanh|thuong\svu)|bch|btv|dang\s(?:doan|uy))\s")
# The kinds of area a body is of: "Hội Nông dân tỉnh", "Công an huyện".
_AREAS = r"tinh|huyen|thanh\spho|thi\sxa|quan|xa|phuong"
# Where the body's name ends and its place begins: "Hội Nông dân | tỉnh Ninh Bình".
_PLACE = re.compile(rf"\s(?:{_AREAS}|viet\snam)\b")
# "Tỉnh đoàn", "Đoàn TNCS Hồ Chí Minh"; not "Đoàn đại biểu Quốc hội".
_YOUTH = re.compile(r"(?:(?:tinh|huyen|thanh|thi|quan)\sdoan|doan\s(?:tncs|thanh\snien))\b")
# How a body speaks of itself, around its name: "các cấp (bộ) Hội", "toàn Đoàn", "cơ sở
# Hội", "các chi hội", "Hội … các cấp", "Công an các đơn vị, địa phương".
_BEFORE = re.compile(r"(?:toan|ca|cac\scap(?:\sbo)?|cac|co\sso)\s")
_AFTER = re.compile(rf"\s(?:cac\scap|co\sso|cac\sdon\svi(?:,?\s(?:va\s)?dia\sphuong)?|{_AREAS})$")
# The names of one body, in full, for short and by its kind alone, with its branches.
_ALIASES = (
    ("hoi lien hiep phu nu", "hoi lhpn", "hoi phu nu", "hlhpn", "hoi", "chi hoi"),
    ("hoi nong dan", "hnd", "hoi", "chi hoi"),
    ("hoi cuu chien binh", "hoi ccb", "hoi", "chi hoi"),
    ("doan thanh nien", "doan tn", "dtn", "doan", "chi doan"),
    ("lien doan lao dong", "ldld", "cong doan"),
    ("uy ban mat tran to quoc", "uy ban mttq", "mat tran to quoc", "mat tran", "mttq"),
)
_HEAD_LINES = 4  # the issuer's name, its level, its place: a few lines at the top
_HEAD_REACH = 400  # …read from the text's start, not the whole text split


def own_body(source: CleanText) -> tuple[str, ...]:
    """The folded names by which the body whose report ``source`` is names itself.

    From the text's first lines in capitals: ("hoi lien hiep phu nu", "hoi", "chi hoi")
    for a Women's Union's report; empty when no body's name heads the text (an area's
    report, a news article).
    """
    lines = source.clean[:_HEAD_REACH].lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES]
    folded_lines = source.folded[:_HEAD_REACH].lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES]
    for line, folded in zip(lines, folded_lines, strict=True):
        letters = [c for c in line if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            return ()  # the capitals of the header are over
        name = folded.strip()
        if committee := _COMMITTEE.match(name):
            name = name[committee.end() :]
        if _YOUTH.match(name):
            name = "doan thanh nien"
        if place := _PLACE.search(name):
            name = name[: place.start()]
        if name and names_a_body(name):
            same: tuple[str, ...] = next((names for names in _ALIASES if name in names), ())
            if not same and name.startswith("hoi "):  # "Hội Người cao tuổi": "các cấp Hội"
                same = ("hoi", "chi hoi")
            return (name, *same)
    return ()


def itself(folded_name: str, names: tuple[str, ...]) -> bool:
    """Whether a subject's name is the report's own body (``names``): "các cấp Hội"."""
    if not names:
        return False
    name = folded_name.strip()
    if before := _BEFORE.match(name):
        name = name[before.end() :]
    if after := _AFTER.search(name):
        name = name[: after.start()]
    return name in names
