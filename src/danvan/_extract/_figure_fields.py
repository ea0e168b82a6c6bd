"""The field of activity a figure's words name: "lĩnh vực kinh tế có 19 mô hình".

A field is read in the number's own item, before it or right after its noun. A field
outside the four the vocabulary knows ("lĩnh vực chuyển đổi số") is kept as its words,
so that its count is a cell of its own and never taken for a total; "trên các lĩnh vực"
names no one field.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_words import MODEL_UNITS, VERB_WORDS
from danvan._extract._list_items import LABEL_COLON
from danvan._extract._unit_kinds import UNIT_KIND
from danvan._measures import UnitOfMeasure
from danvan._text import fold
from danvan._vocabulary import Field
from danvan.exceptions import DanvanError

__all__ = ["field_after", "fields_named", "listed_as_a_field", "written_field"]

# …and the people or the work the models are among, or whose they are: "215 mô hình trong
# đồng bào dân tộc thiểu số", "24 mô hình “Dân vận khéo” trong (thực hiện) chuyển đổi số".
_FIELD = re.compile(
    r"\b(?:linh\svuc|lv|(?<=hinh\s)ve|(?:(?<=hinh\s)|(?<=[”\"]\s)|(?<=dan\svan\skheo\s)|(?<=dvk\s))"
    r"(?:trong(?=\s(?:thuc\shien\s)?(?:dong\sbao|vung\s"
    r"|chuyen\sdoi|cai\scach|cong\stac|xay\sdung|phat\strien|bao\sve|giu\sgin|viec\s))"
    r"|cua(?=\s(?:dong\sbao|vung\s))))"  # "58 mô hình của đồng bào dân tộc thiểu số"
    # …its words, "phòng, chống" one of them: "45 mô hình về phòng, chống tội phạm"
    r"\s((?:[^,.;:()\n0-9“”\"«»]|(?<=\bphong),(?=\schong\b)){2,60}?)"
    r"(?=\s?(?!,\schong\b)[,.;:()\n]|\s(?:va|co(?!\sdao)|duoc|chiem|dat|la|tang|giam)\s|\s[0-9]|$"
    r"|\s(?:nhieu|manh|cao)\snhat\b)"
)
# The field that has the most, then its count: "lĩnh vực kinh tế tăng mạnh nhất, với 1.245
# mô hình", "… kinh tế nhiều nhất với 1.245", "… kinh tế chiếm nhiều nhất (1.245 …)".
_THE_MOST_WITH = re.compile(
    r"\s(?:(?:tang|chiem|co)\s)?(?:nhieu|manh|cao)\snhat,?\s(?:(?:voi|co|la|dat)\s|\(\s?)"
)
# The words that link a field to its count: "lĩnh vực kinh tế, có 1.345 mô hình".
_TAIL = re.compile(r"(?:,?\s(?:co|chiem|dat|la|voi|gom))?[\s,]*$")
_MANY = re.compile(r"\b(?:cac|nhieu|moi|nhung|[0-9]+|bon|ba|hai)\s$")
# Words no field's name holds: where the words of one outside the four end ("đang" and
# "có" are not among them: they fold as "Đảng" and "cơ" do).
_NOT_A_NAME = re.compile(  # …nor a change: "Số mô hình về chuyển đổi số tăng nhanh, từ 45"
    r"\s(?:da|se|giup|la|voi|de|nham|tai|o|cua|tren|duoc|cho|thuoc|gan|tang|giam)\b"
)
_ITEM_END = re.compile(r"[,.;:()\n0-9]")
# A field that heads its clause, and the clause up to the count: "Trên lĩnh vực kinh tế, ".
_OPENS_THE_CLAUSE = re.compile(r"(?:^|[.;\n]\s?)(?:tren|ve|trong|doi\svoi)\s(?:cac\s)?l$")
_ITS_CLAUSE = re.compile(r",\s[^,.;:()\n0-9]{2,60}\s")
# A count in brackets after its field, or after the field's share: "lĩnh vực kinh tế (98
# mô hình)", "… lĩnh vực kinh tế chiếm 42,1% (602 mô hình)".
_BRACKET = re.compile(r"(?:\s(?:chiem|la|dat)\s(?:ty\sle\s)?[0-9][0-9,]*\s?%)?\s?\(\s?")
_NAME_END = re.compile(r"[.;:()\n0-9]")
_SHARE_AFTER = re.compile(r"\s?\([0-9][0-9.,]*\s?%\)")
# The words after a model's noun up to its item's end, which may name its field alone:
# "148 mô hình văn hóa - xã hội, 96 mô hình quốc phòng - an ninh".
# The first words of every wording of a field, folded: "kinh", "van", "vhxh" …
_FIRST_WORDS = frozenset(
    fold(wording).partition(" ")[0]
    for member in Field
    for wording in (member.value, member.label_vi, member.label_en, *member.aliases)
) | {"bao", "dam", "giu", "tham"}  # "(tham gia) bảo vệ an ninh trật tự": of a field
# The head of a list of fields, up to an item: "Các mô hình tập trung vào các lĩnh vực: …".
_FIELDS_LISTED = re.compile(r"\blinh\svuc\s?:(?:[^.\n:]|\.(?=[0-9]))*$")
_ALONE_AFTER = re.compile(r"\s([^,.;:()\n0-9]{2,45}?)(?=\s?[,.;()\n]|\sva\s|$)")


def written_field(
    source: CleanText, start: int, end: int
) -> tuple[tuple[Field, ...] | str, tuple[int, int]] | None:
    """The fields named for the number at ``start:end``, or their words, with their span.

    The :class:`Field` members when the words name some of the four ("lĩnh vực kinh tế và
    văn hóa - xã hội": two, merged); otherwise the words ("lĩnh vực môi trường"), or
    ``None`` when no field is named for this number alone.
    """
    folded = source.folded
    found = []
    for a, words_end, at in _candidates(folded, start, end):
        b = _end_of_name(folded, a, words_end)
        if at > start:  # after the noun, other words may follow its name
            stop = _NOT_A_NAME.search(folded, a, b)  # "… lĩnh vực kinh tế đã giúp hơn"
            b = b if stop is None else stop.start()
        elif _NOT_A_NAME.search(folded, a, b):
            continue  # "lĩnh vực kinh tế đã giúp 30 hộ": not the 30's field
        if a < b:
            found.append((a, b, at))
    if found and _MANY.search(folded, max(0, found[0][2] - 15), found[0][2]):
        return None  # "trên các lĩnh vực …", "ở các lĩnh vực kinh tế, văn hóa …": every field
    for a, b, at in found:
        with contextlib.suppress(DanvanError):
            first = Field.parse(source.clean[a:b].strip(" ,"))
            more, end = _joined_fields(source, a + len(source.clean[a:b].rstrip(" ,")), start)
            return (first, *more), _words(source, at, end)
        merged = _merged(source.clean[a:b])  # "lĩnh vực kinh tế và văn hóa - xã hội: 96"
        if merged:
            return merged, _words(source, at, b)
        name, _, _ = source.clean[a:b].partition(",")  # "…, nổi bật là 312 mô hình"
        with contextlib.suppress(DanvanError):
            return (Field.parse(name.strip()),), _words(source, at, a + len(name))
    if not found:
        return _label_before_the_bracket(source, start, end)
    _, b, at = found[0]
    return source.clean[at:b].strip(" ,"), _words(source, at, b)


# An item's words before its count in brackets: "tập trung vào phát triển kinh tế (118 mô
# hình), bảo đảm an ninh trật tự (54 mô hình), …", "… kinh tế (chiếm 42%)".
_LABEL_BEFORE = re.compile(
    r"(?:^|[,;:\n]\s?|[.!?]\s|\s(?:va|vao|la|gom)\s)(?P<label>[^,.;:()\n0-9]{2,60}?)\s?\(\s?"
    r"(?:chiem\s(?:ty\sle\s)?)?$"
)


def _label_before_the_bracket(
    source: CleanText, start: int, end: int
) -> tuple[tuple[Field, ...] | str, tuple[int, int]] | None:
    """The field the last words of an item name, its count in brackets after them.

    "phát triển kinh tế (118 mô hình)", "bảo đảm an ninh trật tự (54 mô hình)": the
    longest run of last words that names a field. In a list of such items, words that
    name no field are the cell's: "tập trung vào cải cách hành chính (52 mô hình), chuyển
    đổi số (31 mô hình)".
    """
    folded = source.folded
    label = _LABEL_BEFORE.search(folded, max(0, start - 70), start)
    if label is None:
        return None
    a, b = label.span("label")
    words = source.clean[a:b].split()
    for k in range(len(words)):
        name = " ".join(words[k:])
        field = Field._lookup(name)
        if field is not None:
            return (field,), (b - len(name), b)
    opens = list(_OPENS_AN_ITEM.finditer(folded, a, b))  # ", tập trung vào cải cách …"
    a = opens[-1].end() if opens else a
    closed = folded.find(")", end, end + 40)
    listed = _ITEM_BEFORE.search(folded, max(0, a - 60), a) or (
        closed >= 0 and _ITEM_AFTER.match(folded, closed + 1)
    )
    if (
        not listed
        or names_a_body(folded[a:b])
        or _NOT_A_TOPIC.search(folded, a, b)
        or _of_a_kind(folded[a:b])
    ):
        return None
    return source.clean[a:b], _words(source, a, b)


_OPENS_AN_ITEM = re.compile(r"\s(?:vao|gom|la)\s")
# Items of such a list around one: "… (52 mô hình), " before it, ", … (31 mô hình)" after.
_ITEM_BEFORE = re.compile(r"\([0-9][0-9.,]*\s[a-z][^()\n]{0,30}\)\s?(?:,|;|\sva)\s$")
_ITEM_AFTER = re.compile(r"\s?(?:,|;|\sva)\s[^,.;:()\n0-9]{2,60}?\s?\(\s?[0-9]")
# Words of a place or an act, a quoted name, or of models of a kind, no topic: "huyện Kim
# Sơn (86 mô hình)", "… đăng ký (120 …)", "“Ngày thứ Bảy xanh” (11 xã)", "mô hình tập thể
# (21)".
_NOT_A_TOPIC = re.compile(  # (not "xây dựng nông thôn mới (76 mô hình)": no village)
    rf"(?<!nong\s)\b(?:{UNIT_KIND})\s|\b(?:{VERB_WORDS})$|[“”\"«»']"
)
_OF_A_KIND = ("mo hinh ", "dien hinh ", "cac mo hinh ", "cac dien hinh ")


# Between fields merged into one bucket: "kinh tế và văn hóa - xã hội", "kinh tế, quốc phòng".
_FIELD_JOINED = re.compile(r"\s?(?:,\sva|,|\sva)\s(?:linh\svuc\s)?")
_MAX_FIELD_WORDS = 6  # "xây dựng hệ thống chính trị"
_NEXT_COUNT = re.compile(r"\s?:?\s?(?:co\s)?[0-9]")


def fields_named(words: str) -> tuple[Field, ...]:
    """The field ``words`` name whole, or the fields they join into one bucket, if any.

    "Kinh tế", "Lĩnh vực văn hóa - xã hội", "Kinh tế và quốc phòng - an ninh".
    """
    one = Field._lookup(words)
    return (one,) if one is not None else _merged(words)


def _merged(words: str) -> tuple[Field, ...]:
    """The fields a name joins into one bucket, if each of its parts names one.

    Joined by "và" or commas, or by a dash when the whole names none: "kinh tế - xã hội"
    (socio-economic) is economy and society, as "văn hóa - xã hội" is one field.
    """
    for apart in (_FIELDS_APART, _FIELDS_DASHED):
        parts = [p.strip(" ,") for p in apart.split(words) if p.strip(" ,")]
        fields = [Field._lookup(p) for p in parts]
        if len(parts) >= 2 and None not in fields:
            return tuple(dict.fromkeys(f for f in fields if f is not None))
    return ()


_FIELDS_APART = re.compile(r",\s(?:và\s)?|\svà\s", re.IGNORECASE)
_FIELDS_DASHED = re.compile(r",\s(?:và\s)?|\svà\s|\s-\s", re.IGNORECASE)


def _joined_fields(source: CleanText, b: int, start: int) -> tuple[list[Field], int]:
    """The fields joined after the one ending at ``b``, and where the last one ends.

    Not one another count comes right after (the next item's), unless it is the count at
    ``start`` itself: "lĩnh vực kinh tế và văn hóa - xã hội có 96 mô hình".
    """
    fields: list[Field] = []
    while (joined := _FIELD_JOINED.match(source.folded, b)) is not None:
        words = source.clean[joined.end() : joined.end() + 60].split()[:_MAX_FIELD_WORDS]
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k]).rstrip(".,;:)")
            field = Field._lookup(name) if name else None
            if field is not None and field not in fields:
                break
        else:
            return fields, b
        then = _NEXT_COUNT.match(source.folded, joined.end() + len(name))
        if then is not None and then.end() - 1 != start:
            return fields, b  # "…, văn hóa - xã hội 96 mô hình": the next item's field
        fields.append(field)
        b = joined.end() + len(name)
    return fields, b


def _candidates(folded: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The fields' words near the number, nearest first: (start, end, where "lĩnh vực" is)."""
    before, after, commas = [], [], []
    share = _SHARE_AFTER.match(folded, end)  # "96/126 mô hình (76,2%) thuộc lĩnh vực …"
    after_share = end if share is None else share.end()
    label = LABEL_COLON.search(folded, max(0, start - 12), start)  # "… - xã hội: 96 mô hình"
    item_end = start if label is None else label.start()
    for area in _FIELD.finditer(folded, max(0, start - 80), min(len(folded), end + 80)):
        if area.end() <= start and folded[area.end() : start].strip() == "va":
            continue  # "… lĩnh vực quốc phòng - an ninh và 300 mô hình": the item before's
        if area.end() <= start and (
            not _ITEM_END.search(folded, area.end(), item_end)
            or _BRACKET.fullmatch(folded, area.end(), start)  # "lĩnh vực kinh tế (98 …)"
            or _THE_MOST_WITH.fullmatch(folded, area.end(), start)  # "… nhiều nhất với 98"
            or (  # "Trên lĩnh vực văn hóa - xã hội, các địa phương đã xây dựng 412 mô hình"
                _OPENS_THE_CLAUSE.search(folded, max(0, area.start() - 12), area.start() + 1)
                and _ITS_CLAUSE.fullmatch(folded, area.end(), start)
            )
        ):
            before.append((area.start(1), area.end(1), area.start()))
        elif (
            area.end() <= start
            and folded.startswith(("linh vuc", "lv"), area.start())  # not "… trong vùng giáo,
            and not _NAME_END.search(folded, area.end(), item_end)  # trong đó cấp tỉnh …"
            and folded[area.end() : item_end].strip(", ")
        ):
            # "lĩnh vực xây dựng Đảng, xây dựng chính quyền 14 mô hình": a name with a
            # comma in it, unless the count names its own after it
            commas.append((area.start(1), item_end, area.start()))
        elif area.start() >= end and not _ITEM_END.search(folded, after_share, area.start()):
            after.append((area.start(1), area.end(1), area.start()))
    return [*reversed(before), *after, *reversed(commas)]


def _end_of_name(folded: str, a: int, b: int) -> int:
    tail = _TAIL.search(folded, a, b)
    return b if tail is None else tail.start()


def _words(source: CleanText, a: int, b: int) -> tuple[int, int]:
    """The span of the words from ``a`` to ``b`` in the folded text, commas left out."""
    return a, a + len(source.clean[a:b].rstrip(" ,"))


def field_after(source: CleanText, end: int) -> tuple[str, Any, tuple[int, int]] | None:
    """The field, or the cell, that the words after a noun name, up to its item's end.

    "148 mô hình văn hóa - xã hội, 96 mô hình quốc phòng - an ninh" name fields; "245 mô
    hình kinh tế tập thể, 186 mô hình kinh tế hộ gia đình" name more than a field: each
    is a cell of its own words. Returns the attribute ("fields" or "category"), its
    value and the words' span.
    """
    after = _ALONE_AFTER.match(source.folded, end)
    if after is None or after[1].partition(" ")[0] not in _FIRST_WORDS:
        return None  # most words after a noun name no field: not looked up
    words = source.clean[slice(*after.span(1))]
    field = Field._lookup(words)
    if field is not None:
        return "fields", (field,), after.span(1)
    first = Field._lookup(" ".join(words.split()[:2]))  # "kinh tế …", not "văn bản …"
    return (
        None
        if first is None or _NOT_A_NAME.search(after[1])
        else ("category", words, after.span(1))
    )


def listed_as_a_field(folded: str, item: tuple[int, int], unit: UnitOfMeasure | None) -> bool:
    """Whether ``item``'s words, of a count in ``unit``, are an item in a list of fields.

    "… các lĩnh vực: phát triển kinh tế 11 mô hình; xây dựng nông thôn mới 9 mô hình": the
    second item names a field outside the four, a cell of its own; so does a share's item.
    Not an item of other things: "…; nhân dân đóng góp 1.150 ngày công"; nor the noun of
    the count before a share: "kinh tế 812 mô hình, điển hình (37,8%)".
    """
    a, b = item
    return (
        unit in _OF_A_FIELD
        and not _of_a_kind(folded[a:b])
        and _FIELDS_LISTED.search(folded, max(0, a - 300), a) is not None
    )


def _of_a_kind(folded: str) -> bool:
    """Whether words name models or exemplars, what is counted, no cell of them."""
    return f"{folded} ".startswith(_OF_A_KIND)


_OF_A_FIELD = frozenset([*MODEL_UNITS, None])  # models, or a share (no unit)
