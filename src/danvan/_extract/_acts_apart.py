"""Whether the verb before a number is not its own: another act comes between them.

"làm mới 23,5 km đường giao thông và nạo vét gần 1,5 km kênh mương": the 1,5 km were
dredged, not built; "tham gia tìm kiếm cứu nạn 7 vụ, cứu 32 ngư dân": the 32 were rescued.
"""

from __future__ import annotations

import re

from danvan._extract._figure_acted import DONE_BEFORE
from danvan._extract._figure_nouns import noun_after
from danvan._extract._figure_verbs import A_NUMBER, AT_PLACE, MENDED
from danvan._extract._figure_words import MODEL_UNITS
from danvan._figures import AMOUNT_UNITS
from danvan._measures import UnitOfMeasure
from danvan._text import fold

__all__ = ["acts_apart"]

# What a report says was made, mended or given, each with its own act: "xây dựng 64 nhà
# đại đoàn kết, sửa chữa 23 ngôi nhà" built the 64 and mended the 23.
_THINGS_DONE = frozenset([*AMOUNT_UNITS, UnitOfMeasure.HOUSES])
# A clause that goes on with what its subject has, before the number and the counts of
# its list: ", có 28 thôn, 41 chi bộ".
_HAS = re.compile(r",\s(?:(?:hien|nay|van)\s)?co\s(?:[0-9][0-9.,]*(?:\s[a-z]+){1,4}(?:,|\sva)\s)*$")
# …or what it has now, a stock whatever the act before: "… được nhân rộng, đến nay (toàn
# huyện) có 245 mô hình".
_HAS_NOW = re.compile(
    r",\s(?:(?:cho\s|tinh\s)?den\snay|hien\snay),?\s"
    r"(?:toan\s(?:tinh|huyen|quan|thi\sxa|thanh\spho|xa|phuong|thi\stran)\s)?(?:(?:da|van)\s)?co\s$"
)
_JOINED_TO = re.compile(r",|\bva\b")  # a count's words joined to the next count's
# After a count, the words of another act before the next one: "… và nạo vét gần".
_ANOTHER_ACT = re.compile(r"(?:,|\sva)\s(?:[a-z]+\s){1,3}$")


def acts_apart(
    before: str,
    verb_at: int,
    *,
    unit: UnitOfMeasure | None,
    noun: tuple[str, tuple[int, int]] | None,
    then: str = "",
) -> bool:
    """Whether an act no verb names comes between the verb at ``verb_at`` and the number.

    ``before`` is the folded clause up to the number; ``unit`` and ``noun`` (its words and
    span) are the count's. "làm mới 23,5 km đường giao thông và nạo vét gần 1,5 km kênh
    mương": the 1,5 km were dredged, not built; "đóng góp 8,6 tỷ đồng và 12.500 ngày
    công" share their verb (only things done are read so: amounts, houses, nouns no unit
    names), and "xây dựng, sửa chữa 87 nhà" counts some mended. A clause that goes on
    with "có" has what it counts, when the words before do not name its noun: "xã mới
    được thành lập …, có 28 thôn, 41 chi bộ" built no village and no Party cell; "công
    nhận 1.200 mô hình, có 300 mô hình cấp tỉnh" and "Trong số các mô hình được công
    nhận, có 312 …" recognised them. A number after a word of place ("trên", "tại", "ở";
    ``then`` is the text from the number's qualifier on) right after another count's
    words is where that count's act was done: "lắp đặt 1.240 bóng đèn chiếu sáng trên 86
    km đường" lit the 86 km, built none. Models found or chosen after others made are not
    made: "xây dựng 35 mô hình và phát hiện 52 điển hình".
    """
    counted = A_NUMBER.search(before, max(verb_at, 0))
    if unit in _PEOPLE and counted is not None and _another_act_on_others(before, counted, unit):
        return True  # "tham gia tìm kiếm cứu nạn 7 vụ, cứu 32 ngư dân": none took part
    placed = then.startswith("tren ") or AT_PLACE.search(before) is not None
    if placed and counted is not None and not _JOINED_TO.search(before, counted.end()):
        return True
    if counted is None and _HAS_NOW.search(before, max(verb_at, 0)):  # "… nhân rộng, đến
        return True  # nay có 30 mô hình"; not "đăng ký 128 …, đến nay có 121 … đạt …"
    has = _HAS.search(before, max(verb_at, 0))
    if has is not None and noun is not None and fold(noun[0]) not in before[: has.start()]:
        return True
    if unit in MODEL_UNITS and counted is not None:  # "xây dựng 35 mô hình và phát hiện 52
        return DONE_BEFORE.search(before, counted.end()) is not None  # điển hình": found
    if not (unit in _THINGS_DONE or (unit is None and noun is not None)):
        return False
    if MENDED.search(before, max(verb_at, 0)) is not None:  # "xây dựng, sửa chữa 87 nhà"
        return True
    return counted is not None and _ANOTHER_ACT.search(before, counted.end()) is not None


_PEOPLE = frozenset([UnitOfMeasure.PEOPLE, UnitOfMeasure.HOUSEHOLDS])
_NUMBER_END = re.compile(r"[0-9.,]*")


def _another_act_on_others(before: str, counted: re.Match[str], unit: UnitOfMeasure) -> bool:
    """Whether words of an act follow a count of other things before people are counted.

    "tham gia tìm kiếm cứu nạn 7 vụ, cứu 32 ngư dân": the 32 were rescued; not "thu hút
    1.200 đoàn viên, thanh niên và 800 hội viên", people after people.
    """
    number = _NUMBER_END.match(before, counted.end())
    end = counted.end() if number is None else number.end()
    noun_end, its_unit, _, _ = noun_after(before, end)
    return its_unit is not unit and _ANOTHER_ACT.search(before, max(end, noun_end)) is not None
