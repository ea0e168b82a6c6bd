"""What the words around a number in a report say of it: verb, level, field, award.

Each attribute is read near the number, with the words (and span) that decided it.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from danvan._extract._acts_apart import acts_apart
from danvan._extract._clean import CleanText
from danvan._extract._figure_acted import (
    act_of_a_subject,
    acted_on,
    places,
    proposed_stop,
    stopped_after,
    verb_after,
)
from danvan._extract._figure_awards import award_words, many_givers
from danvan._extract._figure_changes import change_before, subject_changed_before
from danvan._extract._figure_clauses import clause_start_of
from danvan._extract._figure_context import context_words
from danvan._extract._figure_denied import not_done
from danvan._extract._figure_fields import field_after, listed_as_a_field, written_field
from danvan._extract._figure_grades import in_a_state_of_its_own
from danvan._extract._figure_levels import (
    clause_label,
    level_after,
    level_of_a_subject,
    models_level,
    no_one_level,
    recognised_by,
)
from danvan._extract._figure_nouns import new_models
from danvan._extract._figure_raised import raised
from danvan._extract._figure_verbs import (
    A_COUNT,
    OTHER_MEETING,
    act_fits,
    before_the_base,
    gift_before,
    kept_up_before,
    proposal_after,
    proposed_act,
    verb_at,
    verb_in,
    words_at,
)
from danvan._extract._figure_words import (
    CLAUSE_END,
    MODEL_UNITS,
    SENTENCE_END,
    TIER,
    UNDER_WAY,
)
from danvan._extract._levels_acting import level_acting
from danvan._extract._list_items import item_words, label_end, verb_of_the_list_head
from danvan._extract._unit_kinds import units_named
from danvan._figures import AMOUNT_UNITS
from danvan._measures import UnitOfMeasure
from danvan._models import ModelStatus
from danvan._text import fold
from danvan._vocabulary import Field, HolderKind, RecognitionLevel

__all__ = ["around", "words_at"]

_TOOK_PART = re.compile(  # "đoàn viên, (người lao động) tham gia", "đoàn viên công đoàn tham gia"
    r"(?:(?:(?:,|\sva)\s[a-z]+(?:\s[a-z]+){0,2}){1,3}|(?P<own>(?:\s(?!va\b)[a-z]+){1,2}))"
    r"\s(?P<verb>tham\s(?:gia|du))\b"
)
_WHO_TAKE_PART = frozenset((UnitOfMeasure.PEOPLE, UnitOfMeasure.HOUSEHOLDS))  # "hộ dân tham gia"
_HOLDER_AFTER = re.compile(  # past the quoted name: "12 điển hình “Dân vận khéo” là cá nhân"
    r"(?:\s?[“\"«][^”\"»\n]{1,60}[”\"»])?\s(?:(?:la\s)?cua\s|la\s|do\s)?(tap\sthe|ca\snhan|ho\sgia\sdinh)\b"
    r"(?!,?\s(?:va\s)?(?:ca\snhan|tap\sthe))"
)
# Amounts act not; "2 hội nghị biểu dương" names the kind of conference, not its measure.
_NO_VERB_AFTER = frozenset([*AMOUNT_UNITS, UnitOfMeasure.CONFERENCES])
_PROPOSED_TIER = re.compile(rf"\b(cap\s{TIER})\b(?!\s(?:tro\s(?:len|xuong)))")
# The body a count before was done by, before its act: "… 12 mô hình do các chi hội ".
_BY_WHOM = re.compile(r"[0-9]\s[^,.;:()\n0-9]{1,30}?\sdo\s[^,.;:()\n0-9]{2,50}?\s$")
_A_RATIO = re.compile(r"[0-9]\s?/|[0-9]\stren\s")  # "1.145/1.255", "1.145 trên 1.255"


def around(
    source: CleanText,
    start: int,
    end: int,
    evidence: dict[str, tuple[str, tuple[int, int]]],
    *,
    unit: UnitOfMeasure | None = None,
    subject: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """The measure, holder, level, fields, award and change the words around a number give.

    ``unit`` is the unit of measure its noun names, if any; ``subject``, the span of the
    words after a noun written before the number ("Số mô hình *được công nhận*: 245").
    """
    words = _Meaning(source, start, end, evidence, unit=unit, subject=subject)
    for read in (words.measure, words.holder, words.level, words.fields, words.award):
        read()
    words.context()
    change = change_before(source, start)
    if change is not None:
        words.set("change", *change)
    return words.found


# What may come before a list item's label: "Các mô hình tập thể …", "ở cấp xã có …".
_ITEM_HEAD = re.compile(r"(cac|o|tai)\s")


class _Meaning:
    """What the words around one number say, each attribute with its evidence."""

    def __init__(
        self,
        source: CleanText,
        start: int,
        end: int,
        evidence: dict[str, tuple[str, tuple[int, int]]],
        *,
        unit: UnitOfMeasure | None,
        subject: tuple[int, int] | None,
    ) -> None:
        self.source, self.folded, self.unit = source, source.folded, unit
        self.start, self.end, self.evidence = start, end, evidence
        self.subject = subject
        self.found: dict[str, Any] = {}
        self._item: tuple[int, int] | Literal[False] | None = False  # not yet read

    def set(self, name: str, value: object, a: int, b: int) -> None:
        self.found[name] = value
        self.evidence[name] = words_at(self.source, a, b)

    def measure(self) -> None:
        if self._places() or self._stopped() or self._raised() or self._acted_on():
            return
        clause_start = clause_start_of(self.folded, self.start, self.end, unit=self.unit)
        ratio = _A_RATIO.search(self.folded, self.start, self.end) is not None
        verb = verb_after(self.source, self.end)  # "40 mô hình được (các cấp) công nhận"
        verb = verb and (kept_up_before(self.source, clause_start, self.start) or verb)
        verb = verb or proposal_after(self.source, self.end)  # "… đề nghị tỉnh tặng …"
        if verb is None:
            before = self.folded[clause_start : self.start]
            verb = verb_in(before, clause_start, self.source, last=True)
            verb = proposed_act(self.source, clause_start, self.start, verb)
            slash = "/" in self.folded[self.start : self.end]  # "… đạt 78,4% so với số
            verb = before_the_base(self.source, verb) if slash else verb  # đăng ký (1.146/…)"
            at = before.rfind(fold(verb[1][0])) if verb is not None else -1
            noun = self.evidence.get("noun")
            then = self.folded[self.start : self.start + 5]
            if verb is not None and acts_apart(before, at, unit=self.unit, noun=noun, then=then):
                verb = None  # "làm mới 23,5 km … và nạo vét 1,5 km": not this one's act
            elif verb is not None and _BY_WHOM.search(before, max(0, at - 64), at):
                verb = None  # "12 mô hình do các chi hội xây dựng, 6 mô hình …": by whom
            elif verb is not None and A_COUNT.search(before):  # "1.850 hộ đăng ký và 1.620 hộ
                # đạt …", "xây dựng 64 mô hình, thu hút 1.250 hội viên tham gia": another's
                staged = in_a_state_of_its_own(self.source, self.end, before, at)  # "…, 30 …
                # chưa triển khai", "12 … không duy trì …, 5 … không hoạt động hiệu quả"
                after = None if ratio else self._verb_next()  # not the base's: "(1.145/1.255
                verb = after or (None if staged else verb)  # mô hình đăng ký)"
        if verb is None and (self.subject is None or not ratio):
            verb = self._verb_next()  # "620 nghìn lượt người tham gia"; "…: 1.215/1.300 mô
            # hình đăng ký" is of its subject's act, not of the act after its base
        unfit = verb is not None and not act_fits(self.unit, verb[0])  # "Số người tham gia
        if (verb is None or unfit) and self.subject is not None:  # xây dựng … là 4.326 người"
            verb = act_of_a_subject(self.source, *self.subject, self.unit)
        if verb is None:  # "Kết quả thẩm định, công nhận: cấp huyện 38 mô hình; …"; "Số
            said = subject_changed_before(self.source, clause_start, self.start)  # … công nhận
            verb = (  # tăng đều …; năm 2025 tăng 53 mô hình": the subject's act
                act_of_a_subject(self.source, *said, self.unit)
                if said is not None
                else verb_of_the_list_head(self.source, self._sentence, self.start)
            )
        verb = verb or gift_before(self.source, self.start, self.unit)  # "tặng 1.500 suất quà"
        if verb is not None and not act_fits(self.unit, verb[0]):
            # "… trao 4,6 tỷ đồng", "9 mô hình … tham gia Chương trình": no act of theirs; but
            # "… nhân rộng …, thu hút 3.000 lượt hội viên tham gia": the act after it is
            after = self._verb_next()
            verb = after if after and act_fits(self.unit, after[0]) else None
        verb_at = self.source.at(verb[1][1][0]) if verb is not None else -1
        if verb is not None and not_done(self.source, verb_at, self.start):
            self.found["measure"], self.evidence["measure"] = None, verb[1]  # "không công nhận"
        elif verb is not None:
            self.found["measure"], self.evidence["measure"] = verb
        elif self.unit is UnitOfMeasure.CONFERENCES:
            self._dialogue()

    def _raised(self) -> bool:
        """Money and workdays raised: "huy động 215 tỷ đồng", "đóng góp 15.300 ngày công"."""
        found = raised(self.source.folded, self.start, self.end, self.unit)
        if found is not None:
            self.set("measure", found[0], *found[1])
        return found is not None

    def _stopped(self) -> bool:
        """Models that stopped, "86 mô hình ngừng hoạt động"; a proposal to has no measure."""
        if self.unit not in MODEL_UNITS:
            return False
        if (proposed := proposed_stop(self.folded, self.start, self.end)) is not None:
            self.set("measure", None, *proposed)
            return True
        stopped = stopped_after(self.source, self.start, self.end)
        if stopped is not None:
            self.set("measure", "models", *stopped)
            self.set("status", ModelStatus.STOPPED, *stopped)
        return stopped is not None

    def _sentence(self, *, clause: bool = False) -> tuple[int, int]:
        """The sentence (or the clause, up to a semicolon) around the number."""
        stops = CLAUSE_END if clause else SENTENCE_END
        start, end = max(0, self.start - 300), min(len(self.folded), self.end + 300)
        for stop in stops.finditer(self.folded, start, self.start):
            start = stop.end()
        after = stops.search(self.folded, self.end, end)
        return start, after.start() if after is not None else end

    def _acted_on(self) -> bool:
        """Models an act was done to: "kiểm tra 45 mô hình được công nhận" recognised none."""
        acted = acted_on(self.source, self.start, self.end, self.unit)  # or "… dư nợ 186 tỷ"
        if acted is not None:
            self.found["measure"], self.evidence["measure"] = None, acted
        return acted is not None

    def _places(self) -> bool:
        """The places that have a model, "tại 8/8 huyện"; or whose they are: "của 4 xã"."""
        if self.unit is not UnitOfMeasure.UNITS:  # "xã", "huyện", "đơn vị"
            return False
        clause = self._sentence(clause=True)  # of units only: "tại 8/8 huyện", "của 4 xã"
        found = places(self.folded, self.start, self.end, clause)
        if isinstance(found, tuple):
            self.set("measure", "coverage", *found)
        # "86 xã, phường có từ 10 mô hình trở lên", "45/45 xã, phường": a cell of those units
        if (named := units_named(self.folded, self.source.clean, self.end)) is not None:
            a = self.end - len(self.evidence["noun"][0]) if "noun" in self.evidence else self.end
            self.set("category", self.source.clean[a:named].strip(" ,"), a, named)
        return found is not False

    def _dialogue(self) -> None:
        """Conferences in a sentence about dialogue: "208 hội nghị; … và đối thoại"."""
        if OTHER_MEETING.match(self.folded, self.end):
            return  # "6 hội nghị sơ kết"
        start, end = self._sentence()
        found = self.folded.find("doi thoai", start, end)
        if found >= 0:
            self.set("measure", "dialogue_conferences", found, found + len("doi thoai"))

    def _verb_next(self) -> tuple[str, tuple[str, tuple[int, int]]] | None:
        """The verb right after the noun, whose subject is what is counted.

        "620 nghìn lượt người tham gia", "742 mô hình mới"; not after a sum of money or
        a length ("45 tỷ đồng xây dựng 260 km": the money built nothing itself).
        """
        at = self.end + 1
        joined = _TOOK_PART.match(self.folded, self.end)  # "đoàn viên, hội viên tham gia"
        if joined is not None and (joined["own"] is None or self.unit in _WHO_TAKE_PART):
            return "participants", words_at(self.source, *joined.span("verb"))
        if (
            self.unit in _NO_VERB_AFTER
            or not self.folded.startswith(" ", self.end)
            or UNDER_WAY.match(self.folded, self.end)
        ):
            return None
        if new := new_models(self.source, self.end, self.unit):
            return "built", words_at(self.source, *new)
        verb = verb_at(self.folded, at, self.source)  # not "120 mô hình giúp dân": they help
        helps = verb is not None and verb[0] == "supported" and self.unit in MODEL_UNITS
        return None if helps else verb

    def _item_words(self) -> tuple[int, int] | None:
        """The words before the number in its item of a list, read once."""
        if self._item is False:
            self._item = item_words(self.folded, self.start)
        return self._item

    def _item_as(self, vocabulary: Any) -> Any:
        """The member of ``vocabulary`` the item's words name, set with them as evidence."""
        if (item := self._item_words()) is None:
            return None
        end = label_end(self.folded, *item)  # "cấp huyện (cũ) 538": the level as it was
        head = _ITEM_HEAD.match(self.folded, item[0])  # "Các mô hình tập thể", "ở cấp xã có"
        start = item[0] if head is None else head.end()
        member = vocabulary._lookup(self.source.clean[start:end])
        if member is None:
            return None
        return member, (item if head is None or head[1] == "cac" else (start, item[1]))

    def holder(self) -> None:
        holder = _HOLDER_AFTER.match(self.folded, self.end)
        if holder is not None:  # "1.411 mô hình tập thể"
            self.set("holder", HolderKind.parse(holder.group(1)), *holder.span(1))
        elif self.unit in MODEL_UNITS:  # "(tập thể: 410 mô hình; cá nhân: 235 mô hình)"
            item = self._item_words()
            if item is not None and self.folded[item[0] : item[1]] in ("tap the", "ca nhan"):
                self.set("holder", HolderKind.parse(self.folded[item[0] : item[1]]), *item)
        elif self.unit is None and (named := self._item_as(HolderKind)) is not None:
            self.set("holder", named[0], *named[1])  # "tập thể 165"

    def level(self) -> None:
        named = self._level_named() or self._level_that_acted()
        named = named or clause_label(self.folded, self.start, self.end)  # "a) Cấp tỉnh: …"
        named = named or self._level_proposed() or self._level_of_the_subject()
        if named is not None:  # "cấp tỉnh 48 mô hình", "cấp tỉnh: 15"
            self.set("level", named[0], *named[1])
            return
        after = level_after(self.folded, self.end)
        after = after or no_one_level(self.folded, self.subject, self._item_words())
        if after is None:
            self._recognised_by()  # none, or the label of the next item: ", cấp huyện 312"
        elif after[0] is not None:
            self.set("level", after[0], *after[1])
        else:  # "cấp thành phố", "cấp huyện trở lên" name no one level: the reviewer says
            self.found["level"] = None
            self.evidence["level"] = words_at(self.source, *after[1])

    def _level_named(self) -> tuple[RecognitionLevel, tuple[int, int]] | None:
        """The level a list item is labelled with: "cấp tỉnh 48 mô hình", "(tỉnh 15, …)".

        Not an area that has the count: "Huyện có 1 mô hình" names the report's own.
        """
        named = self._item_as(RecognitionLevel) or models_level(self.folded, self._item_words())
        if named is None:
            return None
        a, b = named[1]
        if not self.folded.startswith("cap", a) and self.folded[b : self.start].strip(" :"):
            return None
        return named

    def _level_that_acted(self) -> tuple[RecognitionLevel | None, tuple[int, int]] | None:
        """The level that begins the number's item, before its verb (see ``level_acting``)."""
        item = self._item_words()
        return None if item is None else level_acting(self.source, *item)

    def _level_proposed(self) -> tuple[RecognitionLevel, tuple[int, int]] | None:
        """The level a proposal before the number names: "đề nghị cấp tỉnh công nhận 45"."""
        if self.found.get("measure") != "proposed":
            return None
        a = self.source.at(self.evidence["measure"][1][0])
        b = self.subject[1] if self.subject is not None else self.start
        b = next((m.start() for m in A_COUNT.finditer(self.folded, a, b)), b)  # "6 … cấp xã, 2 …"
        level = _PROPOSED_TIER.search(self.folded, a, b) if a < b else None
        named = None if level is None else RecognitionLevel._lookup(level.group(1))
        return None if named is None or level is None else (named, level.span(1))

    def _level_of_the_subject(self) -> tuple[RecognitionLevel, tuple[int, int]] | None:
        """The level that ends or heads a line's subject: "… được công nhận cấp tỉnh: 34"."""
        return None if self.subject is None else level_of_a_subject(self.folded, *self.subject)

    def _recognised_by(self) -> None:
        """The level of the body a passive says recognised: "được UBND tỉnh công nhận"."""
        found = recognised_by(self.folded, self.start, self.end, self.found.get("measure"))
        if found is not None:
            self.set("level", found[0], *found[1])

    def fields(self) -> None:
        """The field written in the number's own item, before it or right after its noun.

        "lĩnh vực kinh tế có 19 mô hình", "451 mô hình thuộc lĩnh vực kinh tế"; a field
        outside the four is a cell of its own: "lĩnh vực môi trường 45 mô hình".
        """
        written = written_field(self.source, self.start, self.end)
        if written is not None and isinstance(written[0], tuple):
            self.set("fields", written[0], *written[1])
        elif (named := self._item_as(Field)) is not None:  # "…, văn hóa - xã hội 904 …"
            self.set("fields", (named[0],), *named[1])
        elif written is not None:
            self.set("category", written[0], *written[1])
        elif (item := self._item_words()) and listed_as_a_field(self.folded, item, self.unit):
            self.set("category", self.source.clean[item[0] : item[1]], *item)  # "…: môi trường 9"
        elif self.unit in MODEL_UNITS and (alone := field_after(self.source, self.end)):
            self.set(alone[0], alone[1], *alone[2])  # "148 mô hình văn hóa - xã hội, …"

    def award(self) -> None:
        if (found := award_words(self.source, self.start, self.end)) is None:
            return
        form, at, issuer = found
        if issuer is not None:
            self.set("issuer_words", self.source.clean[issuer[0] : issuer[1]], *issuer)
        elif (many := many_givers(self.source, self.start, self.end)) is not None:  # no one body
            self.evidence["issuer_words"] = words_at(self.source, *many)
        if form is not None and at is not None:
            self.set("award_form", form, *at)
            if self.start <= at[0] and "measure" not in self.found:  # "trao 45 Giấy khen"
                self.set("measure", "commended", *at)

    def context(self) -> None:
        """Whose figure it is: a programme's, a unit's other than the scope, a target."""
        for name, (a, b) in context_words(self.source, self.start, self.end).items():
            self.set(name, self.source.clean[a:b], a, b)
