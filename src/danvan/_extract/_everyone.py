"""Words that name every body of an area together: the area's own count, no body's cell.

"các cấp, các ngành", "các chi bộ, Mặt trận và các đoàn thể", "cơ quan, đơn vị, địa
phương": whoever counts so counts the whole area's.
"""

from __future__ import annotations

import re

__all__ = ["all_of_them", "everyone"]

# Agencies, units and localities together: everyone, the whole area, no body's cell.
_AGENCIES_AND_PLACES = re.compile(
    r"(?:cac\s)?(?:co\squan|don\svi)(?:,?\s(?:va\s)?(?:co\squan|don\svi))*"
    r"(?:,|\sva|,\sva)\s(?:cac\s)?dia\sphuong"
)


def everyone(folded: str) -> bool:
    """Whether folded words name all the area's agencies, units and localities.

    "(100%) cơ quan, đơn vị, địa phương đăng ký … với 1.245 mô hình": the area's count.
    """
    return _AGENCIES_AND_PLACES.fullmatch(folded) is not None


# All levels and sectors, all Party cells and mass bodies: the area as a whole.
_ALL_LEVELS = re.compile(  # …and "các cấp ủy, chính quyền (, Mặt trận và các đoàn thể)"
    r"cac\scap,?\s(?:va\s)?cac\snganh|cac\snganh,?\s(?:va\s)?cac\scap"
    r"|(?:cap\suy|to\schuc\sdang),?\s(?:va\s)?chinh"  # "… tổ chức đảng, chính quyền, …"
    r"|chi\sbo,?\s(?:va\s)?(?:cac\s)?(?:mat\stran(?:\sto\squoc)?,?\s(?:va\s)?(?:cac\s)?)?"
    r"doan\sthe"  # "các chi bộ, (Mặt trận và các) đoàn thể": every body
    # …or the whole area opening a clause after an attribution: "Theo đồng chí …, Trưởng
    # Ban …, toàn huyện hiện có …" (not a body's: "Hội Nông dân toàn tỉnh")
    r"|(?<![a-z]\s)\btoan\s(?:tinh|huyen|xa|phuong|thanh\spho|thi\sxa|thi\stran|quan)\b"
)
# …and the Party cells listed before the Front and the mass bodies: "các chi, đảng bộ trực
# thuộc, MTTQ và các đoàn thể".
_ALL_BODIES = re.compile(
    r"(?:chi|dang)\sbo(?:\struc\sthuoc)?,\s(?:va\s)?(?:cac\s)?(?:mat\stran(?:\sto\squoc)?|mttq)"
    r",?\s(?:va\s)?(?:cac\s)?doan\sthe"
)


def all_of_them(folded: str, a: int, b: int) -> bool:
    """Whether the subject at ``a``-``b`` of the folded text names every body, or opens so.

    Read a little before ``a``, where a list of bodies may begin: "các cấp, các ngành",
    "các chi, đảng bộ trực thuộc, MTTQ và các đoàn thể".
    """
    return bool(
        _ALL_LEVELS.search(folded, max(0, a - 16), b)
        or _ALL_BODIES.search(folded, max(0, a - 40), b)
    )
