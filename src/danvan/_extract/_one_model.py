"""Figures of one model a report names, not of its area: left out of a draft, with why.

A report tells of a model by its name and gives what that model did ("Mô hình “Tuyến
đường hoa” … nhân dân hiến 1.200 m2 đất"); those figures belong to the model's record,
not to the area's counts.
"""

from __future__ import annotations

import re

from danvan._extract._earlier_counts import words_before
from danvan._extract._figure_words import MODEL_UNITS, THE_MOVEMENT
from danvan._extract._figures import FigureMention
from danvan._text import fold_each

__all__ = ["of_one_model"]


# One model named before a figure in its clause, no count or plural before its noun:
# "Tiêu biểu như mô hình “Tuyến đường hoa kiểu mẫu” của chi bộ thôn Đông: nhân dân hiến
# 1.200 m2 đất", "Qua mô hình “…”, …". Not the movement's own name ("mô hình “Dân vận
# khéo”"), and not "các mô hình “…”" or "45 mô hình “…”".
_ONE_MODEL = re.compile(
    r"(?<![0-9]\s)(?<!\bcac\s)(?<!\bnhung\s)(?<!\bnhieu\s)(?<!\bso\s)"
    r"(?:\b|(?=[“\"«]))(?P<words>mo\shinh\s?"
    rf"[“\"«](?!{THE_MOVEMENT}[”\"»])[^”\"»\n]{{1,80}}[”\"»]"
    r"|mo\shinh\s(?:nay|tren|do)\b"  # "Nhờ mô hình này, 86 hộ dân đã hiến 3.200 m2 đất"
    # …or one model as the subject of its clause: "…, ông … cho biết, mô hình đã giúp 15 hộ"
    r"|(?<=[.;:,]\s)mo\shinh(?=\s(?:da\s|giup|gop\sphan|mang\slai|dem\slai))"
    # …or named alone heading an item of a list of models: "như: “Phụ nữ tiết kiệm” với
    # 2.150 hội viên tham gia, …; “Mẹ đỡ đầu” nhận đỡ đầu 865 trẻ em; “…” xây dựng 9 căn nhà"
    rf"|(?<=[:;]\s)[“\"«](?!{THE_MOVEMENT}[”\"»])[^”\"»\n]{{1,80}}[”\"»]"
    r"(?=\s(?:voi|da|giup|thu\shut|nhan|xay|trao|tang|ho\stro|van\sdong|quyen\sgop|tao"
    r"|sua\schua|lap|dong\sgop|ket\snoi|thu\sg[ox]m|trong)\b)"
    # …or with its figures in brackets after its name: "như: “Nuôi heo đất …” (quyên góp
    # được hơn 320 triệu đồng, …), “Áo ấm cho em” (trao tặng …)"
    rf"|(?<=[:;,]\s)[“\"«](?!{THE_MOVEMENT}[”\"»])[^”\"»\n]{{1,80}}[”\"»](?=\s?\([^()\n]*$))"
    # up to the mention, past no other model's name; not the dot of "1.200"
    r"(?:(?!mo\shinh\s?[“\"«])[^.;!?\n]|(?<=[0-9])\.(?=[0-9])){0,120}$"
)


# … or right after its noun: "356 hộ tham gia mô hình “Nhà sạch, vườn đẹp”".
_ONE_MODEL_AFTER = re.compile(
    r"(?:\s(?!cac\b|nhung\b|nhieu\b)[a-z]+){0,5}\s(?P<words>mo\shinh\s?[“\"«]"
    rf"(?!{THE_MOVEMENT}[”\"»])[^”\"»\n]{{1,80}}[”\"»])"
)


# …or unquoted, an item of a list of notable models with its figure in brackets: "Nổi bật
# như: mô hình xây nhà cho hộ nghèo (180 triệu đồng); vận động tặng quà … (96 triệu đồng)".
_ITEM_CHAR = r"(?:[^.:;!?\n]|(?<=[0-9])\.(?=[0-9]))"
_NOTABLE_ITEM = re.compile(
    r"\b(?:noi\sbat|tieu\sbieu|dien\shinh)(?:\s(?:la|nhu|co))+\s?:\s"
    rf"(?:{_ITEM_CHAR}{{1,160}};\s)*"  # the items before it
    r"(?P<words>[^.:;!?()\n]{4,120}?)\s?\([^()\n]{0,30}$"
)


_QUOTED = re.compile(r"[“\"«]([^”\"»\n]+)[”\"»]")


def of_one_model(text: str, mention: FigureMention) -> str | None:
    """Why a figure of one model named before it or after its noun is left out.

    Not a count of models, which a name may follow: "45 mô hình “Dân vận khéo …”".
    """
    if mention.unit_of_measure in MODEL_UNITS:
        return None
    b = mention.span[1]
    after = _ONE_MODEL_AFTER.match(fold_each(text[b : b + 140]))
    if after is not None:
        words = text[b + after.start("words") : b + after.end("words")]
    elif (before := words_before(text, mention, _ONE_MODEL, reach=220)) is not None:
        words = before[0]
    elif (item := words_before(text, mention, _NOTABLE_ITEM, reach=500)) is not None:
        words = item[0]
    else:
        return None
    name = _QUOTED.search(words)
    if name is not None and mention.category == name[1]:
        return None  # a cell named by the model: "… như “…” (nhân rộng ra 230 thôn)"
    return f"it is about one model ({words}), not the area's: add it to that model's record"
