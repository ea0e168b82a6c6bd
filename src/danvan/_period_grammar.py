"""The grammar of periods as reports write them, on folded text.

One named group per piece, so that :meth:`Period.parse` (a whole text) and
:func:`~danvan.find_periods` (a period inside a text) read the same wordings the same way.
"""

from __future__ import annotations

import re

__all__ = ["ACCEPTED", "MONTHS", "MONTHS_IN_WORDS", "PERIOD_IN_TEXT", "PERIOD_STARTS", "WHOLE"]

#: How many months a number in words says, folded: "sáu tháng đầu năm".
MONTHS_IN_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    "muoi mot": 11,
}  # fmt: skip
#: A count of months, in digits or words, before "tháng" (folded).
_IN_WORDS = "|".join(sorted(MONTHS_IN_WORDS, reverse=True)).replace(" ", r"\s+")
MONTHS = rf"(?:[1-9]|1[01]|\b(?:{_IN_WORDS}))"
_PREFIX = r"(?:(?P<word>giai\s+doan|nhiem\s+ky|thoi\s+ky|ky|nam)\s+)?"
_DASH = r"\s*-\s*"
# "giai đoạn 2021 đến 2025", "năm 2021 đến hết năm 2025": a run of years, as with a dash;
# not over a line's end ("… ngày 25 tháng 9 năm 2025\nĐến cuối năm 2025, …" says a day;
# a draft joins the lines a sentence wraps over before it reads them).
_UP_TO = r"[^\S\n]+(?:den|toi)\s+(?:(?:het|cuoi)\s+)?(?:nam\s+)?"
# "… đến nay", maybe after an aside ("Từ ngày 01/7/2025 (sau khi sắp xếp …) đến nay"); or
# nothing, when the period heads its clause: "Từ ngày 01/7/2025, …" (since).
_TO_NOW = r"(?:(?:\s*\([^()\n]{1,80}\))?\s+(?:den|toi)\s+nay|(?=\s*,|\s*$))"
_FORMS = (
    # 6 tháng đầu năm 2020, 6 tháng cuối năm 2020; 9 tháng năm 2025 (its first nine); in
    # words: "Sáu tháng cuối năm 2025" (not "năm", which folds as the year's word does)
    (
        rf"(?P<months>{MONTHS})\s+thang\s+(?:(?P<side>dau|cuoi)\s+)?nam\s+"
        r"(?P<part_year>(?:19|20)\d\d)"
    ),
    # quý I/2025, quý III năm 2025, and a run of them: "quý I và quý II năm 2025", "quý I,
    # II/2025", "quý I - quý III/2025"; tháng 9/2025, tháng 10 năm 2025 (not a day's month:
    # "ngày 12 tháng 9 năm 2025" is a date)
    (
        r"quy\s+(?:(?P<quarter_from>iv|i{1,3}|[1-4])\s*(?P<joint>,|\s+va|-|\s+(?:den|toi))"
        r"\s*(?:quy\s+)?)?"
        r"(?P<quarter>iv|i{1,3}|[1-4])\s*(?:/\s*|\s+nam\s+)(?P<quarter_year>(?:19|20)\d\d)"
    ),
    # từ tháng 1 đến tháng 9 năm 2025, tháng 1 - tháng 9/2025, từ tháng 10/2024 đến tháng
    # 3/2025; two months in turn: "tháng 10 và tháng 11 năm 2025"
    (
        r"(?<![0-9]\s)(?:tu\s+)?thang\s+(?P<range_from>0?[1-9]|1[0-2])"
        r"(?:\s*/\s*(?P<range_from_year>(?:19|20)\d\d))?"
        r"(?:\s*-\s*|\s+(?:den|toi)\s+(?:het\s+)?|(?P<months_joint>\s*,\s*|\s+va\s+))"
        r"thang\s+(?P<range_to>0?[1-9]|1[0-2])\s*(?:/\s*|\s+nam\s+)(?P<range_year>(?:19|20)\d\d)"
    ),
    (
        r"(?<![0-9]\s)thang\s+(?P<month>0?[1-9]|1[0-2])\s*(?:/\s*|\s+nam\s+)"
        r"(?P<month_year>(?:19|20)\d\d)"
    ),
    # từ tháng 7/2025 đến nay; "Từ tháng 7/2025, …"
    (
        r"tu\s+thang\s+(?P<since_month>0?[1-9]|1[0-2])\s*(?:/\s*|\s+nam\s+)"
        rf"(?P<since_month_year>(?:19|20)\d\d){_TO_NOW}"
    ),
    r"tu\s+nam\s+(?P<since_open>(?:19|20)\d\d)(?=\s*,|\s*$)",  # "Từ năm 2021, …"
    # từ năm 2009 đến nay, từ đầu năm 2019 đến nay, năm 2024 đến nay; from an event of that
    # year: "từ khi phát động phong trào (năm 2009) đến nay"
    (
        r"(?:tu\s+(?:dau\s+)?(?:nam\s+)?|nam\s+|tu\s+khi\s+[^()\n.;]{2,80}?(?P<event>\()\s*"
        r"(?:nam\s+)?)(?P<since>(?:19|20)\d\d)(?(event)\s*\))\s+(?:den|toi)\s+nay"
    ),
    # năm học 2024 - 2025: from September to the end of August
    r"nam\s+hoc\s+(?P<school>(?:19|20)\d\d)\s*-\s*(?P<school_end>(?:19|20)\d\d)",
    # từ năm 2021 đến năm 2025, từ đầu năm 2021 đến hết năm 2025
    (
        r"tu\s+(?:dau\s+)?(?:nam\s+)?(?P<from_year>(?:19|20)\d\d)\s+(?:den|toi)\s+"
        r"(?:het\s+|cuoi\s+)?(?:nam\s+)?(?P<to_year>(?:19|20)\d\d)"
    ),
    # từ ngày 05/12/2018 đến nay; "Từ ngày 01/7/2025, …"; "Từ sau ngày 1/7/2025 đến nay"
    # (since the day things changed: from it)
    rf"tu\s+(?:sau\s+)?(?:ngay\s+)?(?P<since_day>\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d){_TO_NOW}",
    # qua 10 năm, trong 5 năm qua
    r"(?:qua\s+(?P<past_a>[1-9]\d?)\s+nam|trong\s+(?P<past_b>[1-9]\d?)\s+nam\s+qua)",
    # từ đầu năm đến ngày 15/11/2025, từ đầu năm 2025 đến hết ngày 15/11/2025
    (
        r"tu\s+dau\s+nam\s+(?:(?P<ytd_year>(?:19|20)\d\d)\s+)?(?:den|toi)\s+(?:het\s+)?"
        r"(?:ngay\s+)?(?P<ytd_day>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
    ),
    # its ends said unlike: từ năm 2021 đến (ngày) 30/6/2025, từ năm 2021 đến tháng 6/2025,
    # từ tháng 3/2021 đến ngày 30/6/2025
    (
        r"tu\s+(?:(?:dau\s+)?nam\s+(?P<mixed_year>(?:19|20)\d\d)|thang\s+(?P<mixed_month>0?[1-9]"
        r"|1[0-2])\s*(?:/\s*|\s+nam\s+)(?P<mixed_month_year>(?:19|20)\d\d))\s+(?:den|toi)\s+"
        r"(?:het\s+)?(?:(?:ngay\s+)?(?P<mixed_day>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
        r"|(?(mixed_year)thang\s+(?P<mixed_to>0?[1-9]|1[0-2])\s*(?:/\s*|\s+nam\s+)"
        r"(?P<mixed_to_year>(?:19|20)\d\d)|(?!)))"
    ),
    # từ ngày 28/9/2021 đến ngày 22/11/2023, 28/9/2021 - 22/11/2023
    (
        r"(?:tu\s+(?:ngay\s+)?)?(?P<day_a>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
        r"(?:\s*-\s*|\s+den\s+(?:ngay\s+)?)(?P<day_b>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
    ),
    # years in turn, listed: "năm 2024 và năm 2025", "(trong) 2 năm 2024, 2025", "các năm
    # 2023, 2024 và 2025", heading their clause (not "Năm 2025, 2024 mô hình …")
    (
        r"(?:(?P<years_said>[2-9])\s+nam|(?:cac|nhung)\s+nam|nam)\s+(?P<listed>(?:19|20)\d\d"
        r"(?:(?:\s*,\s*|\s+va\s+)(?:nam\s+)?(?:19|20)\d\d)+)(?=\s*[,;:.)]|\s*$)"
    ),
    # giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, 2019 – 2020, giai đoạn 2021 đến 2025;
    # năm 2018, 2018;
    # giai đoạn 2024-2030 và những năm tiếp theo
    (
        rf"{_PREFIX}(?P<first>(?:19|20)\d\d)(?:(?:{_DASH}|{_UP_TO})(?P<last>(?:19|20)\d\d))?"
        r"(?P<onward>\s+va\s+(?:nhung|cac)\s+nam\s+tiep\s+theo)?"
    ),
)
_GRAMMAR = "|".join(f"(?:{form})" for form in _FORMS)
WHOLE = re.compile(_GRAMMAR)
#: Where a period may start and end inside running text: not inside a number, a date
#: or a word.
PERIOD_IN_TEXT = re.compile(  # …nor a date's year: "ngày 25 tháng 9 năm 2025"
    rf"(?<![\w/.-])(?<!thang\s[0-9]\s)(?<!thang\s[0-9]{{2}}\s)(?:{_GRAMMAR})"
    r"(?![\w/]|[.,-]\d|\s?-\s?\d)"
)
#: Where a period may start: each form's first word ("năm", "giai đoạn", "từ", "quý", a
#: number of months in words …) or a digit, after no word. Trying the grammar only there
#: finds what trying it at each character finds, several times faster.
PERIOD_STARTS = re.compile(
    r"(?<![\w/.-])(?:[0-9]|t(?:am|u|hang|hoi|rong)|sau|m(?:uoi|ot)|hai|c(?:hin|ac)|b(?:on|ay|a)"
    r"|qu[ya]|n(?:am|hiem|hung)|giai|ky)"
)
#: The forms a message lists when a text is no period.
ACCEPTED = (
    "accepted forms: 'năm 2018', '2021-2023', 'năm 2024 và năm 2025', 'giai đoạn 2016-2020', "
    "'giai đoạn 2024-2030 và những năm tiếp theo', '6 tháng (đầu) năm 2020', "
    "'quý I/2025', 'quý I và quý II năm 2025', 'tháng 9/2025', 'từ tháng 1 đến tháng 9/2025', "
    "'từ năm 2021 đến năm 2025', 'từ năm 2011 đến nay', 'từ tháng 7/2025 (đến nay)', "
    "'từ ngày 05/12/2018 (đến nay)', 'từ đầu năm đến ngày 15/11/2025', "
    "'từ năm 2021 đến ngày 30/6/2025', 'từ năm 2021 đến tháng 6/2025', "
    "'28/9/2021 - 22/11/2023', 'năm học 2024 - 2025', "
    "'qua 10 năm' and 'trong 5 năm qua' (with reference=)"
)
