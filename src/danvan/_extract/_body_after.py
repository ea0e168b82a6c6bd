"""The body named after a count as the one that holds it: "156 mô hình của khối chính quyền".

So with units of one kind after "của" ("…, 16 mô hình của thôn") and the sectors models
are in ("276 mô hình ở khu dân cư"): the count is theirs, a cell of the area's.
"""

from __future__ import annotations

import re

from danvan._counts import Count
from danvan._extract._body_names import names_a_body
from danvan._extract._clean import CleanText
from danvan._extract._figure_mention import FigureMention
from danvan._extract._figure_words import MERGING

__all__ = ["body_after"]

# A kind of unit joined to the one before in one body: "…, đơn vị", "khối xã, phường",
# "…, ban, trung tâm".
_JOINED_KIND = (  # …"các phòng, ban, trung tâm"
    r"don\svi|co\squan|doan\sthe|(?:phuong|thi\stran|ban|nganh|trung\stam|khoa)(?=\s?[,.;)\n]|$)"
)
# A body named after a count, as its holder: "156 mô hình của khối chính quyền, …", "4/6
# mô hình đăng ký của Hội Nông dân xã …".
_BODY_AFTER = re.compile(  # …past its share: "812 mô hình (56,9%) do các chi bộ chủ trì"
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?"  # …and the models' name: "245 mô hình “…” do …"
    r"(?:\s?\((?:chiem\s|dat\s)?[0-9][0-9,]*\s?%\))?"
    r"\s(?:(?:da\s)?(?:dang\sky|xay\sdung)\s)?(?:cua|thuoc|do)\s"
    rf"(?P<body>(?:[^,.;:()\n0-9]|,\s(?={_JOINED_KIND})){{2,80}}?)"
    rf"(?=\s?(?:[.;()\n]|,(?!\s(?:{_JOINED_KIND})))|\s(?:va\s)?[0-9]|\s(?:la|duoc|da)\s|$"
    r"|\s(?:truc\stiep\s)?(?P<act>thuc\shien|xay\sdung|trien\skhai|phu\strach|chu\stri|quan\sly"
    r"|lanh\sdao|chi\sdao)\b"  # "do … thực hiện", "do cấp ủy chi bộ trực tiếp lãnh đạo"
    # …nor the next act joined to it: "42 mô hình của các xã cũ và đăng ký mới 15 mô hình"
    r"|\s(?:va|roi)\s(?:dang\sky|xay\sdung|cong\snhan|duy\stri|trien\skhai|nhan\srong)\b"
    # …not the body that recognised them: "42 mô hình do Công an tỉnh công nhận"
    r"|\s(?P<gave>cong\snhan|xac\snhan|bieu\sduong|tuyen\sduong|khen\sthuong|tham\sdinh)\b)"
)
_SECTOR_AFTER = re.compile(  # "276 mô hình ở khu dân cư", "42 mô hình tại các cơ quan, đơn vị"
    r"\s(?:o|tai)\s(?P<body>(?:cac\s)?(?:khu\sdan\scu|co\squan,?\s(?:va\s)?don\svi|doanh\snghiep"
    r"|truong\shoc|luc\sluong\svu\strang))(?=\s?[,.;)\n]|\s(?:va|la|duoc|da)\s|$)"
)
# The units an area was made of before a merger: theirs are all of the area's now.
_FORMER_UNITS = re.compile(rf"\b(?:truoc(?:\skhi)?\s{MERGING}|truoc\sday)\b")
_FORMER = re.compile(r"\bcũ\b", re.IGNORECASE)  # in the clean text: not "khu dân cư"
# The most words of a name of those who carry models out, not a body the vocabulary knows.
_WORDS = 6
# A region a count's models are in, as its cell: "312 mô hình ở vùng đồng bào Khmer, chiếm
# 28,6%", as beside a count of another region; its units so set apart: "7 mô hình ở các
# thôn đồng bào dân tộc thiểu số", "… ở các xã vùng cao".
_REGION_AFTER = re.compile(  # past the models' quoted name, if any
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?\s(?P<body>(?:o|tai|thuoc)\s(?:cac\s)?"
    r"(?:(?:vung|khu\svuc|dia\sban)\s|(?:thon|ban|xa|xom|ap|phuong)\s(?:vung\s)?)"
    r"(?:dong\sbao|cao|sau|xa|bien|giao|mien\snui|bien\sgioi|ven\sbien|dac\sbiet|nong\sthon"
    r"|do\sthi)(?:\s[a-z]+){0,5}?)"
    r"(?=\s?[,.;)\n]|\s(?:va|la|duoc|da|chiem)\s|$)"
)
# The rest of a total's fields, where its last count is: "…, 36 mô hình ở các lĩnh vực khác".
_THE_REST = re.compile(r"\s(?:o|tai)\s(?P<body>(?:cac\s)?linh\svuc\skhac)(?=\s?[,.;)\n]|$)")
# Units of one kind, as a bare noun after "của", "thuộc": "…, 16 mô hình của thôn".
_UNITS_OF_A_KIND = re.compile(r"(?:thon|ban|ap|to\sdan\spho|khu\spho|khu\sdan\scu|xa|phuong)")
# The bodies of a tier, as those that run models: "812 mô hình do cấp xã quản lý".
_A_TIER = re.compile(r"cap\s(?:xa|phuong|huyen|tinh|co\sso)")
# The government as the body that holds models, after "do", "của", "thuộc" only: as a
# subject it acts for the area ("chính quyền các cấp đã công nhận …").
_GOVERNMENT = re.compile(r"(?:khoi\s)?chinh\squyen(?:\s(?:cac\scap|xa|huyen|tinh))?$")


def body_after(
    source: CleanText, mention: FigureMention, span: tuple[int, int]
) -> tuple[str, tuple[int, int]] | None:
    """The body named after a count as the one that holds it.

    "156 mô hình của khối chính quyền", "58 mô hình thuộc lực lượng vũ trang".
    """
    if mention.fields or mention.holder or not isinstance(mention.value, Count):
        return None
    region = _REGION_AFTER.match(source.folded, span[1]) or _THE_REST.match(source.folded, span[1])
    if region is not None:
        a, b = region.span("body")  # "312 mô hình ở vùng đồng bào Khmer"
        return source.clean[a:b], source.span(a, b)
    after = _BODY_AFTER.match(source.folded, span[1]) or _SECTOR_AFTER.match(source.folded, span[1])
    if (
        after is None
        or after.groupdict().get("gave")
        or _FORMER_UNITS.search(after["body"])  # "… của các xã trước sắp xếp": the area's
        or _FORMER.search(source.clean, *after.span("body"))
        or not (
            names_a_body(after["body"])
            or _GOVERNMENT.match(after["body"])  # "7 mô hình do chính quyền thực hiện": the bloc
            or (
                _UNITS_OF_A_KIND.fullmatch(after["body"])
                and after[0].startswith((" cua", " thuoc"))
            )
            or (_A_TIER.fullmatch(after["body"]) and " do " in after[0])  # "do cấp xã quản lý"
            or (after["act"] and " do " in after[0] and len(after["body"].split()) <= _WORDS)
        )  # "45 mô hình do các chùa Khmer thực hiện": whoever carries them out
    ):  # "…, 16 mô hình của thôn": the hamlets'
        return None
    a, b = after.span("body")
    return source.clean[a:b], source.span(a, b)
