"""The words that name a body holding part of an area's models, in folded text.

"Hội Nông dân", "khối chính quyền", "Công an tỉnh", "các cơ quan, đơn vị": a count after
such a name is the body's cell, never the area's total. Not the bodies that act for the
whole area (the Party committee, the People's Committee, the steering committee).
"""

from __future__ import annotations

import re

__all__ = ["KINDS_OF_UNIT", "PART_HOLDER", "body_set_apart", "names_a_body", "whose"]

#: Bodies that hold part of an area's models: mass organisations, the Front, the blocs
#: ("khối chính quyền", "lực lượng vũ trang"), the police, the army and the agencies
#: ("Sở Y tế", "Ngân hàng Chính sách xã hội"). Not "Hội đồng" (a council) nor the Party
#: committee, the People's Committee or the steering committee, which act for the area.
PART_HOLDER = re.compile(
    r"(?:cac\s(?:cap\s)?)?(?:hoi\b(?!\s(?:dong|nghi|thao|thi))|chi\shoi|doan\sthanh\snien|chi\sdoan"
    r"|co\squan\s(?:nha\snuoc|dang|chinh\squyen|mat\stran)|doan\sthe"
    r"|(?:co\squan|don\svi)(?:,\s(?:co\squan|don\svi))?\s(?:(?:trong|thuoc)\s)?khoi(?=\s[a-z])"
    r"|(?:tinh|huyen|thanh|thi|quan)\sdoan|cong\sdoan|lien\sdoan|mat\stran|uy\sban\smttq"
    r"|mttq|cuu\schien\sbinh|khoi|luc\sluong|cong\san|bo\schi\shuy|quan\ssu|bo\sdoi"
    r"|dang\s(?:uy|bo)\s(?:khoi|cong\san|quan\ssu|bo\sdoi|bien\sphong)"  # "Đảng bộ Quân sự"
    r"|so\s(?!mo\shinh|luong|lieu|luot|ho\b)|nganh|ngan\shang|bao\shiem|truong|benh\svien"
    r"|cuc|chi\scuc|vien\skiem\ssat|toa\san|kho\sbac)\b"
)
#: Units of a kind, as a group that holds part of an area's models: "các xã đăng ký 215
#: mô hình; các cơ quan, đơn vị đăng ký 97 mô hình".
KINDS_OF_UNIT = re.compile(
    r"cac\s(?:xa|phuong|thi\stran|thon|ban|to\sdan\spho|khu\spho|co\squan|don\svi|chi\sbo"
    r"|dang\sbo|doanh\snghiep|truong)\b"
)


def whose(folded: str, a: int, b: int) -> int:
    """Where the body starts that a subject's words say the count is of, or -1.

    "Số mô hình của khối Đảng là 412": the words "khối Đảng".
    """
    at = folded.find(" cua ", a, b)
    return at + 5 if at >= 0 and names_a_body(folded[at + 5 : b]) else -1


def names_a_body(folded: str) -> bool:
    """Whether folded words name a body or units that hold part of an area's models.

    "khối chính quyền", "Hội Nông dân", "các cơ quan, đơn vị".
    """
    return PART_HOLDER.match(folded) is not None or KINDS_OF_UNIT.match(folded) is not None


# A clause that sets one body apart, before the count's: "Chỉ tính riêng khối chính
# quyền, đã có 412 mô hình được công nhận".
_SET_APART = re.compile(
    r"(?:^|[.;:\n]\s?)(?:chi\s)?(?:tinh\s)?rieng\s(?P<body>[^,.;:\n0-9]{2,60}),\s"
    r"[^,.;:\n0-9]{0,30}$"
)


def body_set_apart(folded: str, start: int) -> tuple[int, int] | None:
    """The span of a body that a clause before the number at ``start`` sets apart."""
    found = _SET_APART.search(folded, max(0, start - 100), start)
    if found is None or not names_a_body(found["body"]):
        return None
    return found.span("body")
