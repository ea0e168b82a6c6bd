"""Why a number read from text is left out of a draft: each reason in words.

A draft holds only what the text gives as a result of its scope in its movement. A
target, an average, a figure of each one or of every year, another unit's count, one
model's, another programme's, a percentage with no base, a verb denied or only aimed at,
a count with no measure or unit, a count of another period
(:mod:`danvan._extract._left_out_periods`): each is left out, and the draft says why, so
that nothing read is lost without a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from danvan._extract._after_the_report import begun_after_its_period
from danvan._extract._cells import exact
from danvan._extract._change_links import changes_the_one_before
from danvan._extract._draft_awards import award_asked
from danvan._extract._draft_shares import rate_changed, target_shared
from danvan._extract._figure_acted import acted_upon, is_a_balance
from danvan._extract._figure_mention import whole_of
from danvan._extract._figures import FigureMention
from danvan._extract._left_out_periods import (
    another_period,
    cumulative_in_a_year,
    of_this_term,
    to_date,
)
from danvan._extract._left_out_places import above_the_scope, of_another_unit
from danvan._extract._merged_units import before_the_reorganisation
from danvan._extract._one_model import of_one_model
from danvan._extract._programme_names import names_both_programmes
from danvan._extract._restatements import NAMED_AGAIN
from danvan._extract._totals_after import sum_said_before
from danvan._figures import AMOUNT_UNITS
from danvan._measures import UnitOfMeasure
from danvan._models import ModelStatus
from danvan._numbers import Percent
from danvan._periods import Period
from danvan._quantities import Quantity
from danvan._text import fold, fold_each
from danvan._vocabulary import HolderKind

__all__ = [
    "NO_BASE",
    "cell_in_words",
    "covered_alone",
    "inferred",
    "total_left_out",
    "why_left_out",
    "why_not",
]

# Why a count is left out when no words say what it measures.
_UNMEASURED = "the text does not say what it measures"
#: Why a percentage is left out when no count before it gives it: its base is unknown.
NO_BASE = "a percentage's base is not drafted: add it with of= the figure it is of"


def why_not(mention: FigureMention, text: str, movement: str, scope: str) -> str | None:
    """Why a mention is no figure of ``scope`` in ``movement``, or ``None`` if it is one.

    ``text`` is the report's, for the title a count of holders was given, which is no
    award form and no recognition as the movement's ("tặng Cờ thi đua cho 3 tập thể").
    """
    why = _why_not(mention, movement, scope) or above_the_scope(text, mention, scope)
    why = why or another_period(text, mention)
    if why == NO_BASE and (target := target_shared(text, mention)) is not None:
        why = f"a share of '{target}' (a plan, a target or another period), not of a count"
    why = why or of_one_model(text, mention) or rate_changed(text, mention)
    why = why or award_asked(mention, text)  # "48 tập thể được đề nghị khen thưởng"
    return (_title_given(text, mention) or why) if why in (None, _UNMEASURED) else why


def _why_no_measure(verb: str) -> str:
    """Why a verb read gives no measure: denied, an aim, or done to models that exist.

    "không công nhận 6 …", "chưa tặng Giấy khen cho …"; "kiểm tra 45 mô hình được công
    nhận" recognised none of them.
    """
    if acted_upon(fold(verb)):
        return f"'{verb}' is what was done to them, not what they count: set the measure"
    if is_a_balance(fold(verb)):  # "với tổng dư nợ 186 tỷ đồng"
        return f"'{verb}' is what is owed at a day, no money given in a period"
    return f"'{verb}' is denied, only an aim or proposed: set the measure if done"


def _why_a_target(words: str) -> str:
    """Why a target, or a result's margin over one ("vượt 28 mô hình"), is left out."""
    if fold(words) == "vuot":
        return f"the margin over a target ('{words}'), not a result"
    return f"a target ('{words}'), not a result"


def _why_not_whole(mention: FigureMention) -> str | None:
    """Why a number no count holds is left out: points of a rate, a fraction of a count."""
    if mention.noun is not None and fold(mention.noun) == "diem phan tram":
        return f"a change of a rate in points ('{mention.text}'): add the rates it lies between"
    if isinstance(mention.value, Quantity) and mention.unit_of_measure not in AMOUNT_UNITS:
        return f"a fraction of what is counted whole ({mention.value}): set its unit"
    return None


def _why_not(mention: FigureMention, movement: str, scope: str) -> str | None:
    if mention.target_words is not None:
        return _why_a_target(mention.target_words)
    if mention.average_words is not None:
        return _why_no_total(mention.average_words)
    if (why := of_another_unit(mention, scope)) is not None:
        return why
    if (why := _of_another_programme(mention.movement_words, movement)) is not None:
        return why
    if mention.respectively_words is not None:  # "A, B lần lượt có 5, 7 và 9 mô hình"
        cells = mention.respectively_words
        return f"one of counts given in turn to '{cells}', whose cells are not read: set its cell"
    if (why := _why_not_whole(mention)) is not None:
        return why
    if mention.measure is None and "measure" in mention.evidence:  # "không công nhận 6 …"
        return _why_no_measure(mention.evidence["measure"][0])
    if mention.awarded:
        return None
    if isinstance(mention.value, Percent) and mention.change is None:  # not "tăng 8,2%"
        return NO_BASE
    if mention.measure is None:
        return _UNMEASURED
    if mention.unit_of_measure is None and not mention.noun:  # a bare number in a list
        return "the text does not say what it counts"
    if mention.unit_of_measure is None:
        return f"no unit of measure is known for '{mention.noun}'"
    return None


def _of_another_programme(words: str | None, movement: str) -> str | None:
    """Why a count tied to another programme, or to it beside the movement, is left out."""
    if words is None:
        return None
    if not _names_the_movement(fold(words), movement):
        return f"it belongs to the programme of '{words}', not to {movement!r}"
    if names_both_programmes(fold(words)):  # "… “Dân vận khéo”, “Dân vận chính quyền”"
        return f"it is of the programmes '{words}' together, not of {movement!r} alone"
    return None


def _names_the_movement(folded: str, movement: str) -> bool:
    """Whether folded words name the movement, in full or by its initials.

    "phong trào thi đua “Dân vận khéo”", and "phong trào DVK" as reports write it for
    short (``dan-van-kheo``); initials of two words or more only.
    """
    words = movement.split("-")
    if " ".join(words) in folded:
        return True
    initials = "".join(word[:1] for word in words)
    return len(initials) > 1 and re.search(rf"\b{re.escape(initials)}\b", folded) is not None


def _why_no_total(words: str) -> str:
    """Why a count of every year, of each one or on average is no total of the scope."""
    said = fold(words)
    if said.endswith(" nam"):  # "Hằng năm", "Mỗi năm"
        return f"a figure of every year ('{words}'), not of one"
    if said.endswith(" nhat"):  # "xã có nhiều mô hình nhất là 42", "…, ít nhất là 5"
        return f"the most or the fewest of one ('{words}'), not a total"
    if said.startswith("tu "):  # "có từ 3 mô hình trở lên"
        return f"a threshold ('{words}'), not a count"
    if said.startswith(("moi ", "tat ca", "nhieu ")) or "%" in said or said[:1].isdigit():
        return f"a figure of each one ('{words}'), not a total"
    if said.startswith("co "):  # "có xã đạt trên 50 mô hình"
        return f"a figure of one unit ('{words}'), not a total"
    if f"{said} ".startswith(("ong ", "ba ", "anh ", "chi ", "dong chi ", "gia dinh ", "ho ")):
        return f"a figure of one person or household ('{words}'), not a total"
    return f"an average ('{words}'), not a count"


def inferred(mention: FigureMention, name: str, words: str) -> str:
    """The note that says which words gave a drafted figure's attribute ``name``."""
    if name == "part_of":
        return f"part of '{words}': the counts listed with it add up to it"
    if name == "period" and mention.period is None:  # "6 tháng cuối năm", of no year
        return f"period from '{words}', in the year of period="
    if name == "as_of" and mention.as_of is not None and str(mention.as_of.year) not in words:
        return f"as_of from '{words}', in the year of period="
    if name == "estimate_words":
        return f"status estimated from '{words}'"
    if getattr(mention, name) is None:
        return f"{name}: '{words}' does not say which; set it"
    return f"{name} from '{words}'"


def covered_alone(why: str | None, mention: FigureMention) -> bool:
    """Whether a share of units with a model is drafted though no count gives its base.

    "Tỷ lệ thôn, tổ dân phố có mô hình: 98,2%": of all the area's hamlets, which the text
    need not count.
    """
    return (
        why == NO_BASE
        and mention.measure == "coverage"
        and mention.unit_of_measure is UnitOfMeasure.UNITS
    )


def cell_in_words(mention: FigureMention) -> str | None:
    """The report's words for a cell no vocabulary places, if any.

    A level that names no one level ("cấp thành phố"); how models stopped ("37 mô hình
    không còn phù hợp; 12 mô hình được loại khỏi danh sách": two cells, not one count
    given twice).
    """
    level, stopped = mention.evidence.get("level"), mention.evidence.get("status")
    if level is not None and mention.level is None:
        return level[0]
    return stopped[0] if stopped is not None and mention.status is ModelStatus.STOPPED else None


# An emulation title, which is no award form: "Cờ thi đua", "danh hiệu Tập thể lao động
# xuất sắc", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến".
_TITLE = re.compile(
    r"\b(?:co\sthi\sdua|chien\ssi\sthi\sdua|lao\sdong\stien\stien"
    r"|tap\sthe\slao\sdong\s(?:xuat\ssac|tien\stien)|danh\shieu\s(?!vinh\sdu)[a-z]+(?:\s[a-z]+){0,5})"
)
_TITLE_REACH = 80
_PEOPLE = (HolderKind.COLLECTIVE, HolderKind.INDIVIDUAL)  # a household's titles are programmes
# What a count given a title may have read as its act: none, "công nhận", or a list
# head's "khen thưởng:" over "3 tập thể được tặng Cờ thi đua".
_TITLED = (None, "recognised", "commended", "honoured")
_RIGHT_AFTER = re.compile(r"[^,.;:()\n0-9]{0,30}")
_GIVEN_TO = re.compile(r"\s(?:cho|toi)\s")


def _title_given(text: str, mention: FigureMention) -> str | None:
    """Why a count of holders given an emulation title is left out, if it is one.

    "UBND tỉnh tặng Cờ thi đua cho 3 tập thể": a title, not an award form, so no batch;
    nor is "5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua" recognised as the
    movement recognises.
    """
    if mention.measure not in _TITLED or mention.holder not in _PEOPLE:
        return None
    lo = max(0, mention.span[0] - _TITLE_REACH)
    hi = min(len(text), mention.span[1] + _TITLE_REACH)
    for stop in ("\n", ";", ". "):  # in the count's sentence only
        k = text.rfind(stop, lo, mention.span[0])
        lo = k + len(stop) if k >= 0 else lo
        k = text.find(stop, mention.span[1], hi)
        hi = k if k >= 0 else hi
    near = text[lo:hi].strip()  # as fold() trims it
    folded = fold(near)
    title = _TITLE.search(folded)
    lead = len(text[lo:hi]) - len(text[lo:hi].lstrip())
    after, before = mention.span[1] - lo - lead, mention.span[0] - lo - lead
    if title is None or (
        mention.measure is not None  # "5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua"
        and not _RIGHT_AFTER.fullmatch(folded, after, title.start())
        and not _GIVEN_TO.fullmatch(folded, title.end(), before)  # "…, tặng Cờ thi đua cho 2"
    ):
        return None
    words = near[slice(*title.span())] if len(folded) == len(near) else title[0]
    return f"an emulation title ('{words}'), which is no award form: add it by hand"


def total_left_out(mentions: Sequence[FigureMention], i: int, ids: Mapping[int, str]) -> str | None:
    """Why a part of a total left out is left out: "Huyện Kỳ Anh có 46 mô hình, trong đó 12 …".

    Not the units with a model among a count of units that measures nothing: "… có 145
    xã, trong đó 145/145 xã có mô hình" stands on its own, as does a count of an act of its
    own among one: "…, trong đó 412 hộ thoát nghèo".
    """
    mention = mentions[i]
    at = whole_of(mention)
    if mention.awarded or at is None or at in ids:
        return None
    total = mentions[at]
    if mention.movement_words is not None and mention.movement_words != total.movement_words:
        return None  # "480 mô hình tự quản …, trong đó 126 mô hình “Dân vận khéo”": its own
    if mention.place_words is not None and mention.place_words != total.place_words:
        return None  # "cả nước có hơn 185.000 …, trong đó tỉnh Ninh Bình có 6.215": its own unit's
    if (
        mention.measure == "coverage"
        and mention.out_of is not None
        and total.measure is None
        and total.unit_of_measure is mention.unit_of_measure
        and total.place_words is None
    ):
        return None
    if (  # "… giúp 3.125 hộ phát triển sản xuất, trong đó 412 hộ thoát nghèo": an act
        mention.subset_of is not None  # of its own, among a count that measures none
        and total.measure is None
        and mention.measure not in (None, "models")  # not "Kết quả kiểm tra 30 mô hình:
        and total.place_words is None  # 26 mô hình hoạt động tốt"
        and mention.place_words is None
    ):
        return None
    if total.awarded:  # "… Bằng khen cho 20 tập thể …, trong đó có 5 tập thể …"
        return f"among the '{total.text}' of an award batch, which is drafted as an award"
    return f"a part of '{total.text}', which is not drafted as a figure"


def _change_left_out(
    text: str, mentions: Sequence[FigureMention], i: int, left: Collection[int]
) -> str | None:
    """Why the change of a count left out is left out: it is of that count's period and cell.

    "Lũy kế đến nay, toàn tỉnh có 4.215 mô hình được công nhận, tăng 612 mô hình so với
    thời điểm sơ kết 3 năm": the 4.215 are of no period the text gives, so is their change.
    """
    if i == 0 or i - 1 not in left:
        return None
    before, mention = mentions[i - 1], mentions[i]
    between = fold_each(text[before.span[1] : mention.span[0]])
    if (
        before.awarded
        or before.unit_of_measure is None  # "cấp tỉnh 38, tăng 4 mô hình": 38 of no noun
        or before.unit_of_measure is not mention.unit_of_measure  # "214 phòng học, tăng 16 …"
        or not changes_the_one_before(between, mention, before)
    ):
        return None
    return f"the change of '{before.text}', which is not drafted as a figure"


def _sum_of_other_units(text: str, mentions: Sequence[FigureMention], i: int) -> str | None:
    """Why the sum of other units' counts listed right before it is left out.

    "Huyện Hoa Lư (cũ) có 86 mô hình; …; huyện Nho Quan (cũ) có 154 mô hình. Tổng cộng
    352 mô hình": the sum of those units', not the scope's unless they are all of it.
    """
    mention = mentions[i]
    if mention.place_words is not None or exact(mention) is None:
        return None
    before = fold_each(text[max(0, mention.span[0] - 90) : mention.span[0]])
    if not sum_said_before(before, len(before)):
        return None
    places, added, j = [], 0, i - 1
    while j >= 0 and (place := mentions[j].place_words) is not None:
        value = exact(mentions[j])
        if value is None or mentions[j].unit_of_measure is not mention.unit_of_measure:
            return None
        places.append(place)
        added, j = added + value, j - 1
    if len(places) < 2 or added != exact(mention):
        return None
    return (
        f"the sum of the counts of {len(places)} units before it ('{places[-1]}', …), not "
        "the scope's: add it if they are all of it"
    )


def why_left_out(
    text: str,
    mentions: Sequence[FigureMention],
    i: int,
    mention: FigureMention,
    *,
    ids: Mapping[int, str],
    left: Collection[int],
    period: Period | None,
) -> str | None:
    """Why a mention is left out for its total's or its period, or ``None``.

    ``mention`` is ``mentions[i]`` as of the draft's year; ``left`` the mentions left out.
    """
    why = before_the_reorganisation(text, mention, period)  # "Trước sắp xếp, 3 xã có …"
    why = why or begun_after_its_period(mention, period)  # "6 tháng cuối năm, … ít nhất 200"
    why = why or total_left_out(mentions, i, ids)
    why = why or to_date(text, mention, period)  # "Lũy kế đến nay, … 6.215 mô hình"
    why = why or cumulative_in_a_year(text, mention)  # "Năm 2025, …, lũy kế 6.240 …"
    why = why or of_this_term(text, mention, period)  # "… so với nhiệm kỳ trước"
    why = why or _sum_of_other_units(text, mentions, i)  # "… có 154 mô hình. Tổng cộng 352"
    why = why or _named_again_left_out(text, mentions, i, left)  # "Trong tổng số 6.312 …"
    return why or _change_left_out(text, mentions, i, left)  # "Lũy kế …, tăng 612 …"


def _named_again_left_out(
    text: str, mentions: Sequence[FigureMention], i: int, left: Collection[int]
) -> str | None:
    """Why a count named again to list its parts is left out: the one it names is.

    "Qua 10 năm, … 6.312 mô hình …. Trong tổng số 6.312 mô hình, có 2.845 …": of the ten
    years, as the first one; not of the year a draft is of.
    """
    mention = mentions[i]
    a = max(0, mention.span[0] - 16)
    again = NAMED_AGAIN.search(fold_each(text[a : mention.span[1]]))
    if again is None or a + again.start("value") != mention.span[0]:
        return None
    for j in sorted(k for k in left if k < i):
        if (mentions[j].value, mentions[j].unit_of_measure) == (
            mention.value,
            mention.unit_of_measure,
        ):
            return f"it gives again '{mentions[j].text}', which is not drafted as a figure"
    return None
