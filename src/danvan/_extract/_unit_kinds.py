"""The words of a unit's kind that come before its name: "huyện Can Lộc", "ấp Tân Hưng"."""

from __future__ import annotations

__all__ = ["UNIT_KIND", "UNIT_KINDS"]

#: The words of a unit's kind that come before its name, folded.
UNIT_KINDS = (
    r"thi\sxa",
    r"thi\stran",
    r"thanh\spho",
    r"to\sdan\spho",
    r"dac\skhu",  # since 1 July 2025: "Đặc khu Phú Quý"
    "tinh",  # "Tỉnh Thanh Hóa có 12.500 mô hình"; not "toàn tỉnh", "Tỉnh Đoàn"
    "huyen",
    "xa",
    "phuong",
    "quan",
    "thon",
    "ban",
    r"khu\spho",  # and the villages of the south and the highlands: "ấp Tân Hưng", "buôn …"
    "ap",
    "khom",
    "xom",
    "buon",
    "soc",
)
UNIT_KIND = "(?:" + "|".join(UNIT_KINDS) + ")"
