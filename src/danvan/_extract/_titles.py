"""Whether a line heading a text is its title: "BÁO CÁO" over "Kết quả …", "Tổng kết …".

A report's title says what the report is of: its period (see
:func:`~danvan._extract._own_heading.titled`) and, often, whose it is ("… năm 2025 của
Đảng ủy xã Yên Mạc"; see :func:`~danvan._extract._scope_names.heading_elsewhere`).
"""

from __future__ import annotations

import re

__all__ = ["is_a_title"]

# A report's own title, folded: "(Báo cáo) kết quả …", "Báo cáo sơ kết …", "Tổng kết …",
# "Báo cáo công tác dân vận năm 2025".
_TITLE = re.compile(  # …or of a form of figures: "BIỂU MẪU THỐNG KÊ KẾT QUẢ … NĂM 2025"
    r"(?:bao\scao\s)?(?:ket\squa|tong\sket|so\sket|danh\sgia|tinh\shinh)\b|bao\scao\s(?!vien\b)"
    r"|bieu\s(?:mau|thong\ske|so\slieu|tong\shop)\b|(?:thong\ske|tong\shop)\sso\slieu\b"
)
# …or a headline that says a body reviewed it: "Phường Thành Sen tổng kết phong trào thi
# đua “Dân vận khéo” năm 2025", "Ủy ban MTTQ tỉnh sơ kết 6 tháng đầu năm 2025", after the
# place it is news of: "Bình Định: Tổng kết phong trào … năm 2025".
_REVIEWED = re.compile(r"(?:[^:\n]{1,40}:)?[^:\n]{0,100}?\s(?:so|tong)\sket\b")
# A document's kind alone on its line, over its title: "BÁO CÁO", "TỜ TRÌNH", "QUYẾT ĐỊNH".
_HEADS = frozenset(["bao cao", "to trinh", "quyet dinh"])


def is_a_title(before: str, line: str) -> bool:
    """Whether a heading's folded ``line`` is a title, the folded line ``before`` it given.

    It follows a document's kind ("BÁO CÁO"), or says it is one ("Kết quả thực hiện …",
    "Ủy ban MTTQ tỉnh sơ kết …"); not a line that leads into a list ("Kết quả năm 2025:").
    """
    if not line:
        return False
    titles = (_TITLE.match(line) or _REVIEWED.match(line)) and line[-1] != ":"
    return before in _HEADS or bool(titles)
