"""The period a figure's sentence names, and the day a stock stands on (see `_figure_days`).

Reports set the figures of two years side by side in one sentence, and a draft that gave
both the report's period would state one cell twice. A figure takes the nearest period
written right after it ("1.200 mô hình năm 2021"), or the nearest period named before
it in its sentence when the period heads its clause ("Năm 2025, …", "; năm
2025 có …", "Riêng năm 2025, …"); not the phase in a name ("phong trào thi đua “Dân vận
khéo” giai đoạn 2021-2025, Thành phố đã xác nhận 130 mô hình": two years of that phase),
nor what a comparison is against ("So với năm 2023, …"). A part or a subset takes its
total's; a count that names a period of its own beside a total of another is no part of
it, but the same figure of another period ("… 2.318 mô hình được công nhận (năm 2024:
2.105 mô hình)"). A change takes the period after "so với" as the one it is compared
to ("tăng 14 mô hình so với năm 2023"). A count after "Đến ngày 30/11/2025, …" stands
on that day (``as_of``), and so do its parts; so does one after "Đến hết năm 2024, …", on
the period's last day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

import attrs

from danvan._extract._change_links import between_two_years
from danvan._extract._clean import CleanText
from danvan._extract._figure_days import (
    REACH,
    as_of_a_day,
    in_sentence,
    on_a_day,
    same_time,
    value_of_the_period,
    yearless_days,
    years_in_brackets,
)
from danvan._extract._figure_mention import FigureMention, verb_said, whole_of
from danvan._extract._figure_verbs import words_at
from danvan._extract._figure_words import (
    BATCH,
    DIFFERENCE,
    TIER,
    VALUE_COMPARED,
)
from danvan._extract._heading_lines import (
    frames_its_paragraph,
    opens_its_sentence,
    periods_of_the_headings,
)
from danvan._extract._lead_ins import periods_of_the_lead_ins
from danvan._extract._mentions import DateMention, PeriodMention
from danvan._extract._same_period import of_its_total
from danvan._extract._sentence_periods import (
    at_the_same_time,
    closes_its_sentence,
    heads_its_sentence,
)
from danvan._extract._yearless import of_a_time_unnamed
from danvan._periods import Period

__all__ = ["name_periods"]

# The words of a comparison right before a period: "so với (cùng kỳ) năm 2023".
# (on its own line: not "… dân tộc thiểu số" over "Năm 2025, …", a line's last word)
_COMPARED = re.compile(r"\b(?:so[ ](?:voi\s)?(?:cung\sky\s)?|hon\s(?:so\svoi\s)?)\Z")
_COMPARED_FIRST = re.compile(r"(?:^|[.!?\n]\s?|[;:]\s)so\svoi\s(?:cung\sky\s)?$")
# What may come before a period that heads its clause: nothing, or a word that opens it.
_UP_TO_WORDS = r"(?:(?:tinh\s|luy\ske\s)?den(?:\s(?:het|cuoi))?|cuoi)"  # "(Tính) đến (hết)", "Cuối"
_HEADS = re.compile(  # …after "và", or "thì" ("Nếu như giai đoạn …, … thì giai đoạn …"; a
    # stock "thì đến năm 2025" stays of the report's year, not on its last day)
    r"(?:^|[.;:(\n,“\"«]\s?|\sva\s|\sthi\s(?!(?:tinh\s)?den\b|cuoi\b)"
    r"|(?:^|\n)[\x20\t]*[-+•*–][\x20\t])"  # or a bullet
    r"(?:cung\s)?"  # "Cũng trong năm 2025, …"
    r"(?:trong\sdo,?\s(?=rieng)|rieng\s(?=trong\s))?(?:(?:trong(?:\sdo)?|(?:chi\s)?(?:tinh\s)?rieng|qua|sau|ket\squa(?:\s[a-z]+){0,3}|(?:tinh\schung|luy\ske)(?:\sca)?"
    r"|(?:uoc(?:\stinh)?|du\skien)(?:\sca)?|ca|tinh|ke|ngay"  # "(Tính chung) cả …", "Kể từ …"
    r"|neu(?:\snhu)?(?:\strong)?"  # "Nếu (như) năm 2016 … thì đến năm 2025 …"
    r"|(?:so|tong)\sket"  # "Sơ kết 6 tháng đầu năm 2025, Đảng ủy xã đánh giá: …"
    r"|(?:trong|qua|sau)\s[0-9]{1,2}(?:\snam)?"  # "Trong 2 năm 2024 - 2025, …"
    rf"|(?:trong\s)?{BATCH}"  # "Đợt 1 năm 2025, …"
    rf"|chi\stinh|(?P<up_to>{_UP_TO_WORDS}))\s)?$"
)
_UP_TO = re.compile(rf"\b{_UP_TO_WORDS}\s$")
_SUMMED_TO = re.compile(r"(?:^|[.;:(\n,]\s?)luy\ske\s$")
_THIS_NUMBERS = re.compile(r"\bcon\sso\s(?:nay|do|tren)\s(?:cua\s|o\s)?$")  # "con số này năm 2024"
# Between a count and a period of its own written right after it, or after its passive
# verb, its model's quoted name or its level: "1.200 mô hình năm 2021", "650 mô hình
# được công nhận năm 2024", "340 mô hình được xây dựng mới trong năm 2025", "12 điển
# hình “Dân vận khéo” cấp huyện năm 2025"; not "so với", nor on the next line.
_QUOTED = r"(?:\s?[“\"][^”\"\n]{1,60}[”\"])?"  # the models' name, before or after the verb
_PASSIVE = r"(?:\sduoc(?:\s(?!so\b|voi\b|tu\b|den\b)[a-z]+){1,5})?"
# …or the standard met: "38 mô hình đạt tiêu chuẩn mô hình “Dân vận khéo” cấp tỉnh năm 2025"
_MET = (  # …or "đạt mô hình “Dân vận khéo” cấp huyện năm 2025"
    r"(?:\sdat\s(?:(?:tieu\s(?:chuan|chi)|chuan|danh\shieu)(?:\s(?:mo|dien)\shinh)?"
    r"|(?:mo|dien)\shinh))?"
)
# "… tiêu biểu năm 2025", "… tiêu biểu điển hình năm 2022"
_GOOD = r"(?:\s(?:tieu\sbieu|tien\stien|xuat\ssac|hieu\squa)(?:,?\s(?:dien\shinh|xuat\ssac))?)?"
# …past its parts in brackets, as what it is: "38 mô hình (20 tập thể, 18 cá nhân) là mô
# hình “Dân vận khéo” tiêu biểu năm 2024".
_PARTS = r"(?:\s?\((?:(?!(?:19|20)[0-9]{2})[^()\n]){1,80}\))?(?:\sla\s(?:mo|dien)\shinh)?"
_RIGHT_AFTER = re.compile(
    rf"{_PARTS}{_QUOTED}{_PASSIVE}{_MET}{_QUOTED}{_GOOD}(?:\scap\s{TIER})?[ \t]?\(?[ \t]?"
)
# After a period that opens the next clause, not one of the count before it: "(năm
# 2024 có 2.105 mô hình)", "(năm 2024: 2.105 mô hình)".
_HEADS_A_CLAUSE = re.compile(r"\s?(?::|\s(?:co|dat|la|da|duoc|toan|lan\sluot|tuong\sung)\b)")
# A subject that names its period, and what gives its count: "Số mô hình đăng ký năm
# 2025 là 1.024 mô hình", or its change: "… năm 2025 tăng 23 mô hình so với năm 2024".
_SUBJECT = re.compile(  # "Tổng số mô hình, điển hình … năm 2025 là 1.934", "nâng tổng số …"
    r"(?:^|[.;:(\n]\s?|,\s)(?:nang\s)?(?:tong\s)?so\s(?!voi\b)"
    r"(?:[^.;:\n,]|,\s(?=dien\shinh|ca\snhan))*?(?:trong\s)?$"
)
_SUBJECT_GIVEN = re.compile(
    rf"\s?(?::|\s(?:la|dat|len|(?:tang|giam)(?:\sthem)?)|\s{DIFFERENCE})\s?"  # "… lên 248"
)
_SUBJECT_REACH = 80
# A bare year labelling a list's item: "Mô hình cấp huyện: 2023 có 186 mô hình; 2024 có …".
# …or in brackets after the words that single it out: "Năm cao nhất (2023) có 415 mô hình".
_YEAR_LABEL = re.compile(r"(?:(?:^|[:;,\n]\s?)|\()((?:19|20)[0-9]{2})\)?\s?(?:co\s|la\s|:\s?)$")
_LIST_REACH = 1000  # how far a heading's period reaches over its list's lines
_LIST_LINE = re.compile(r"\s*(?:[-+•*]|[a-z0-9]{1,2}[.)])\s")
_COMPARED_REACH = 60  # how far after a change its comparison is read
_THAN = re.compile(r"\b(?:hon\s(?:so\svoi\s)?|(?:tang|giam)\sso\svoi\s)$")  # "… ít hơn năm 2024"
# A count in brackets right after a period, "so với năm 2024 (tổng của 3 xã cũ là 57 …)"
# (not "(từ 347 xuống 316 …)"), or labelled by it: "(cùng kỳ năm 2024: 286 mô hình)".
_BRACKET_AFTER = re.compile(r"\s?(?:\((?!\s?tu\s)[^()\n]{0,40}?|:\s?)")
_YEARS_IN_ALL = re.compile(  # a sum over years: "…; tổng 3 năm là 618 mô hình", no one year's
    r"\b(?:tong(?:\scong)?|ca|luy\ske)\s[0-9]{1,2}\snam\b"
    r"|\b(?:ca|toan)\s(?:nhiem\sky|giai\sdoan)\b(?![\s(]*(?:19|20)[0-9]{2})"  # "; cả nhiệm kỳ …"
    r"|\btu\sdau\s(?:nhiem\sky|giai\sdoan|phong\strao)\b"  # "; từ đầu nhiệm kỳ đến nay là …"
)


def name_periods(
    source: CleanText,
    mentions: list[FigureMention],
    spans: Sequence[tuple[int, int]],
    periods: Sequence[PeriodMention],
    dates: Sequence[DateMention],
) -> None:
    """Set each mention's ``period``, ``as_of`` and a change's ``compared_to``, in place."""
    days = [(source.at(d.span[0]), source.at(d.span[1])) for d in dates]  # in the folded text
    as_of_a_day(source, mentions, spans, dates, days)
    folded = source.folded
    located = [(source.at(p.span[0]), source.at(p.span[1])) for p in periods]
    starts = [a for a, _ in located]
    ends = [b for _, b in located]
    for i, (mention, (start, end)) in enumerate(zip(mentions, spans, strict=True)):
        if mention.period is not None:  # a year of a "lần lượt" list's: "Các năm 2023, …"
            continue
        k = bisect.bisect_left(starts, end)
        j = bisect.bisect_right(ends, start) - 1
        found, said = _own_period(source, periods, located, j=j, k=k, start=start, end=end)
        total = whole_of(mention)
        found, said = _not_the_totals(source, found, said, total=total, spans=spans, start=start)
        evidence = {**mention.evidence, **said}
        if total is not None and "period" in found and found["period"] != mentions[total].period:
            found.update(part_of=None, subset_of=None)  # "(năm 2024: 2.105 mô hình)": no part
            if _within(found["period"], mentions[total].period):  # "214 … giai đoạn 2021-2025;
                cell = _cell_of(mentions[total], mention)  # trong đó năm 2025 công nhận 58":
                found.update(subset_of=total, **cell)  # among them, of their level
                evidence.update((n, mentions[total].evidence[n]) for n in cell)
            if not verb_said(mention) and verb_said(mentions[total]):
                found["measure"] = mentions[total].measure  # the same figure, another year
                evidence["measure"] = mentions[total].evidence["measure"]
        elif total is not None:
            found.update(of_its_total(mention, mentions[total], found))
        # "…, còn 986", "…, tăng 289", "giảm 26 … (từ 312 xuống 286 …)"
        by = next((b for b in mentions[max(0, i - 2) : i][::-1] if _left_by(b, mention)), None)
        by = None if by is None or (mention.change and _the_base(source, by)) else by
        by = by or at_the_same_time(folded, mentions, spans, i)  # "…; đồng thời tặng …"
        if not found and by is not None:
            found["period"] = by.period
            evidence["period"] = by.evidence["period"]
        if mention.change is not None and k < len(located):
            a, b = located[k]
            if in_sentence(folded, end, a, _COMPARED_REACH) and _COMPARED.search(
                folded, max(0, a - 20), a
            ):
                found["compared_to"] = same_time(folded, a, periods[k].period, found.get("period"))
                evidence["compared_to"] = words_at(source, a, b)
        if mention.change is not None and "compared_to" not in found and j >= 0:
            a, b = located[j]  # "So với năm 2024, số mô hình được công nhận tăng 12 …"
            if in_sentence(folded, b, start, REACH) and (
                _COMPARED_FIRST.search(folded, max(0, a - 20), a)
                or _THAN.search(folded, max(0, a - 16), a)  # "… ít hơn năm 2024 là 14"
            ):
                found["compared_to"] = same_time(folded, a, periods[j].period, found.get("period"))
                evidence["compared_to"] = words_at(source, a, b)
        found, evidence = between_two_years(mentions, i, found, evidence)  # "…, giảm 63"
        if found or said:  # "6 tháng cuối năm …" with no year before: only its words
            mentions[i] = attrs.evolve(mention, evidence=evidence, **found)
    periods_of_the_headings(source, mentions, spans, periods, located)
    periods_of_the_lead_ins(source, mentions, spans, periods, located)  # "…, kết quả sau:"
    years_in_brackets(source, mentions, spans)
    on_a_day(source, mentions, spans, dates, days)
    yearless_days(source, mentions, spans)


_LIST_OPENS = re.compile(r"\b(?:trong\sdo|gom|cu\sthe)\b")


def _not_the_totals(
    source: CleanText,
    found: dict[str, Any],
    said: dict[str, tuple[str, tuple[int, int]]],
    *,
    total: int | None,
    spans: Sequence[tuple[int, int]],
    start: int,
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]]:
    """The period a part found, less one said of its total before the part's list opens.

    "… cho 20 tập thể và 30 cá nhân … giai đoạn 2021 - 2025, trong đó có 5 tập thể, 8 cá
    nhân …": the total's period, which its parts take from it; not "… 214 mô hình; trong
    đó năm 2025 công nhận 58", the part's own.
    """
    if total is None or "period" not in said:
        return found, said
    a, b = (source.at(at) for at in said["period"][1])
    before = b <= spans[total][0]  # "Năm 2025, … Đến nay, có 1.150 …": the total's, not theirs
    if not before and (spans[total][1] > a or _LIST_OPENS.search(source.folded, b, start) is None):
        return found, said
    return (
        {name: value for name, value in found.items() if name != "period"},
        {name: value for name, value in said.items() if name != "period"},
    )


def _the_base(source: CleanText, count: FigureMention) -> bool:
    """Whether a count is of the period a change is compared to: "So với năm 2024 (2.864 …)"."""
    a = source.at(count.evidence["period"][1][0])
    return _COMPARED.search(source.folded, max(0, a - 20), a) is not None


def _left_by(before: FigureMention, mention: FigureMention) -> bool:
    """Whether ``mention`` is the value a change leaves, or a count's change, by one verb.

    "Số mô hình đăng ký năm 2025 giảm 259 mô hình …, còn 986 mô hình": of 2025 too; so
    is the 289 of "Tổng số mô hình đăng ký năm 2025 là 2.604, tăng 289 mô hình".
    """
    said = mention.evidence.get("measure")
    return (
        (before.change is None) != (mention.change is None)
        and before.period is not None
        and "period" in before.evidence
        and said is not None
        and said == before.evidence.get("measure")
    )


def _own_period(
    source: CleanText,
    periods: Sequence[PeriodMention],
    located: Sequence[tuple[int, int]],
    *,
    j: int,
    k: int,
    start: int,
    end: int,
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]]:
    """The period (or the day it stands on) a count at ``start:end`` is given in its text.

    ``j`` is the last period before the count, ``k`` the first after it. With it, the
    words that gave it.
    """
    folded = source.folded
    if (
        k < len(located)
        and _RIGHT_AFTER.fullmatch(folded, end, located[k][0])
        and not _HEADS_A_CLAUSE.match(folded, located[k][1])
    ):
        a, b = located[k]  # "1.200 mô hình năm 2021", "2.450 mô hình (năm 2025)"
        return {"period": periods[k].period}, {"period": words_at(source, a, b)}
    year = _YEAR_LABEL.search(folded, max(0, start - 14), start)
    if year is not None:  # "Mô hình cấp huyện: 2023 có 186 mô hình; 2024 có …"
        return {"period": Period.parse(f"năm {year[1]}")}, {
            "period": words_at(source, *year.span(1))
        }
    if (
        j >= 0
        and _BRACKET_AFTER.fullmatch(folded, located[j][1], start)
        and not VALUE_COMPARED.match(folded, end)  # "gấp đôi năm 2021 (1.286 so với 643 …)":
    ):  # the 1.286 are the subject's, the 643 of 2021
        return value_of_the_period(source, periods, located, j)  # "… năm 2024 (980 mô hình)"
    while j >= 0 and (
        _COMPARED.search(folded, max(0, located[j][0] - 20), located[j][0])
        or _in_an_aside(folded, *located[j], start)
    ):
        j -= 1  # "Kết quả năm 2025: … (tăng 47 … so với năm 2024), công nhận 421 …"
    since = located[j][1] if j >= 0 else max(0, start - REACH)
    yearless = of_a_time_unnamed(source, periods, located, j, since=since, start=start)
    if yearless is not None:
        return yearless  # "…; 6 tháng cuối năm …", "Tính chung cả giai đoạn, …"
    if (
        j >= 0
        and (
            in_sentence(folded, located[j][1], start, REACH)
            or _heads_a_list(folded, located[j][1], start)
            or heads_its_sentence(folded, *located[j], start)
        )
        and not _YEARS_IN_ALL.search(folded, located[j][1], start)
    ):
        a, b = located[j]
        heads = _HEADS.search(folded, max(0, a - 20), a)
        if (to_its_end := _to_its_end(source, periods[j].period, heads, a, b)) is not None:
            return to_its_end
        if heads is None and _names_the_subject(folded, a, b, start):
            heads = _UP_TO.search(folded, max(0, a - 20), a)  # "Số mô hình … tính đến hết năm
            if heads is not None:  # 2025 là 412": a total to the end of it
                return {"as_of": periods[j].period.end}, {
                    "as_of": words_at(source, heads.start(), b)
                }
            return {"period": periods[j].period}, {"period": words_at(source, a, b)}
        if (
            heads is not None
            or _THIS_NUMBERS.search(folded, max(0, a - 20), a)
            or opens_its_sentence(folded, a, b)  # "Thực hiện … giai đoạn 2021 - 2025, …"
        ):
            return {"period": periods[j].period}, {"period": words_at(source, a, b)}
    if k < len(located) and closes_its_sentence(folded, end, *located[k]):
        a, b = located[k]  # "Đã công nhận 45 mô hình …, 612 mô hình trong năm 2025."
        return {"period": periods[k].period}, {"period": words_at(source, a, b)}
    if j >= 0 and frames_its_paragraph(folded, *located[j], start):
        a, b = located[j]  # "Năm 2024, … 420 mô hình. Các mô hình đã huy động 12 tỷ đồng."
        return {"period": periods[j].period}, {"period": words_at(source, a, b)}
    return {}, {}


def _to_its_end(
    source: CleanText, period: Period, heads: re.Match[str] | None, a: int, b: int
) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, int]]]] | None:
    """A count up to the end of the period at ``a:b``, on its last day, if its words say so.

    "Đến hết năm 2024, …"; "Lũy kế năm 2025, …", a total to date, not of that year alone.
    """
    if heads is not None and heads["up_to"] is not None:
        return {"as_of": period.end}, {"as_of": words_at(source, heads.start("up_to"), b)}
    summed, end = _SUMMED_TO.search(source.folded, max(0, a - 20), a), period.end
    if summed is None or end is None or not period.is_whole_years or period.start.year != end.year:
        return None
    return {"as_of": end}, {"as_of": words_at(source, summed.start(), b)}


def _in_an_aside(folded: str, a: int, b: int, start: int) -> bool:
    """Whether the period at ``a:b`` labels a count in brackets closed before ``start``.

    "đăng ký 1.240 mô hình (năm 2024 là 1.105), công nhận 986 mô hình": 2024 is the
    1.105's, not the 986's; "Trong 5 năm (2021-2025), …" gives its period to the clause.
    """
    opened = folded.rfind("(", max(0, a - 30), a)
    closed = folded.find(")", b, start)
    if closed < 0 or opened <= folded.rfind(")", max(0, a - 30), a):
        return False
    return any(c.isdigit() for c in folded[opened:a] + folded[b:closed])


def _names_the_subject(folded: str, a: int, b: int, start: int) -> bool:
    """Whether the period at ``a:b`` is of the subject the count at ``start`` gives.

    "Số mô hình đăng ký năm 2025 là 1.024 mô hình", "Tổng số mô hình được công nhận trong
    năm 2024: 356", "Số mô hình được công nhận năm 2025 tăng 23 mô hình".
    """
    return (
        _SUBJECT_GIVEN.fullmatch(folded, b, start) is not None
        and _SUBJECT.search(folded, max(0, a - _SUBJECT_REACH), a) is not None
    )


def _heads_a_list(folded: str, a: int, b: int) -> bool:
    """Whether ``a`` ends a heading line ("Kết quả năm 2025:") over list lines up to ``b``.

    Each line after the heading starts with a bullet or a list's letter ("a)", "1.", "-").
    """
    lines = folded[a:b].split("\n")
    return (
        len(lines) > 1
        and b - a <= _LIST_REACH
        and lines[0].strip() == ":"
        and all(_LIST_LINE.match(line) for line in lines[1:])
    )


def _within(period: Period, whole: Period | None) -> bool:
    """Whether ``period`` lies within ``whole`` and is not all of it."""
    if whole is None or period == whole:
        return False
    end, whole_end = period.end or period.start, whole.end or whole.start
    return whole.start <= period.start and end <= whole_end


def _cell_of(total: FigureMention, part: FigureMention) -> dict[str, Any]:
    """The level, fields and body ``total`` says in words that ``part`` does not name."""
    return {
        name: getattr(total, name)
        for name in ("level", "fields", "category")
        if getattr(total, name) and not getattr(part, name) and name in total.evidence
    }
