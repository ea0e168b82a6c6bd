"""Quantities with their unit words: "210 triệu đồng", "2.315 km", "hơn 300 chuyến xe".

Reports give money, lengths, areas, workdays and things built with the word for what
is counted after the number. :func:`parse_quantity` reads the number through
:func:`~danvan.parse_number` (one number grammar), its qualifier as counts have it,
"lượt" (occurrences) before the unit, the unit words, and a rate's "/người/năm".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

import attrs

from danvan._counts import MAGNITUDE_WORDS, Count, parse_count
from danvan._measures import Per, UnitOfMeasure, UnitOfMeasureDefinition
from danvan._numbers import (
    AMOUNT_TAIL,
    MULTIPLIER_WORDS,
    Amount,
    Number,
    Percent,
    format_number,
    parse_number,
)
from danvan._qualifiers import qualified, split_qualifier
from danvan._text import fold, fold_each, myriads_marked
from danvan._vocabulary import Qualifier
from danvan.exceptions import InvalidCountError, InvalidNumberError

__all__ = ["Quantity", "parse_quantity"]

_MAX_TEXT = 120
# The number and its multiplier words at the start of the folded text; the rest is the
# unit. parse_number reads the number: this only finds where it ends.
_LEADING_NUMBER = re.compile(
    rf"(?P<number>[0-9][0-9.,]{{0,39}}(?:\s*(?:{MULTIPLIER_WORDS})\b){{0,3}}(?:{AMOUNT_TAIL})?)"
    r"\s*(?P<rest>.*)"
)
# "hàng nghìn lượt người": an order of magnitude in words
_LEADING_MAGNITUDE = re.compile(rf"hang\s(?P<number>{MAGNITUDE_WORDS})\b\s*(?P<rest>.*)")
_OCCURRENCES = re.compile(r"luot\b\s*")
_PERCENT = re.compile(r"%|phan tram\b")


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with its qualifier and the words for what it counts or measures.

    Attributes:
        number: The number (210 000 000 for "210 triệu đồng"; a ``Decimal`` for "1,5
            ha").
        qualifier: How the report qualifies it ("hơn 300": over).
        unit: The unit of measure the words name, a built-in one or one of those given
            to :func:`parse_quantity`; ``None`` when none fits.
        words: The unit words as written ("đồng", "phòng học", "chuyến xe").
        per: What a rate is per ("/người/năm": person, year).
        occurrences: Whether the text counts occurrences ("286 lượt hộ").
    """

    number: Number
    qualifier: Qualifier = Qualifier.EXACT
    unit: UnitOfMeasure | UnitOfMeasureDefinition | None = None
    words: str = ""
    per: tuple[Per, ...] = ()
    occurrences: bool = False

    @property
    def count(self) -> Count:
        """The quantity as a :class:`Count`, for a figure's value.

        Raises:
            InvalidCountError: The number is not whole ("1,5 ha").
        """
        if isinstance(self.number, Decimal):
            raise InvalidCountError(
                self.number, "a count is a whole number: this quantity has a fraction"
            )
        return Count(self.number, self.qualifier)

    @property
    def amount(self) -> Amount:
        """The quantity as an :class:`Amount`, for a figure's value: "46,5 km" is 46.5.

        Its unit is the figure's ``unit_of_measure``, as :attr:`unit` says.
        """
        return Amount(self.number, self.qualifier)

    def __str__(self) -> str:
        """The quantity as a report writes it: "gần 46,5 km", "286 lượt hộ", "1,2 tấn/ha"."""
        number = qualified(format_number(self.number), self.qualifier, "vi")
        words = f"lượt {self.words}" if self.occurrences else self.words
        rate = "".join(f"/{per.label_vi}" for per in self.per)
        return f"{number} {words}{rate}".strip()


def parse_quantity(text: str, *, units: Sequence[UnitOfMeasureDefinition] = ()) -> Quantity:
    """Parse a number with the words for what it counts or measures.

    Args:
        text: "210 triệu đồng", "2.315 km", "158 ha", "612.870 ngày công", "317 phòng
            học", "hơn 300 chuyến xe", "286 lượt", "47,2 triệu đồng/người/năm",
            "hàng nghìn lượt người" …
        units: Units of measure a dataset defines, matched by their labels, aliases and
            codes before the built-in ones.

    Returns:
        The :class:`Quantity`.

    Raises:
        InvalidNumberError: The text does not start with a number, a qualifier and a
            number, or the number is a percentage (read those with
            :func:`~danvan.parse_number`).
        UnknownTermError: A rate is per something danvan does not know (see
            :class:`~danvan.Per`).

    Examples:
        >>> from danvan import parse_quantity
        >>> q = parse_quantity("210 triệu đồng")
        >>> q.number, q.unit
        (210000000, <UnitOfMeasure.VND: 'vnd'>)
        >>> q = parse_quantity("hơn 300 chuyến xe")
        >>> str(q.count), q.unit, q.words
        ('trên 300', None, 'chuyến xe')
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        raise InvalidNumberError(text, f"a quantity is text of at most {_MAX_TEXT} characters")
    original = unicodedata.normalize("NFC", text).strip()
    folded = myriads_marked(original, fold_each(original))  # "hàng vạn lượt người"
    qualifier, rest = split_qualifier(folded)
    offset = len(folded) - len(rest)
    match = _LEADING_NUMBER.fullmatch(rest)
    number: Number | Percent = 0
    if match is not None:
        number = parse_number(match["number"])
    elif qualifier is Qualifier.EXACT:  # "hàng nghìn lượt người"
        match = _LEADING_MAGNITUDE.fullmatch(rest)
        if match is not None:
            magnitude = parse_count(f"hàng {match['number']}")
            number, qualifier = magnitude.value, magnitude.qualifier
    if match is None:
        raise InvalidNumberError(text, 'a quantity starts with a number ("317 phòng học")')
    if isinstance(number, Percent) or _PERCENT.match(match["rest"]):
        raise InvalidNumberError(text, "a percentage is no quantity: use parse_number")
    start = offset + match.start("rest")
    occurrences = _OCCURRENCES.match(folded, start)
    if occurrences is not None:
        start = occurrences.end()
    unit_text, *per_texts = original[start:].split("/")
    words = unit_text.strip().removeprefix(".").lstrip()  # "150 tr.đồng": "đồng"
    per = tuple(Per.parse(p) for p in per_texts)
    unit = _unit(words, units) if words else None
    if per:  # a rate: the dataset's unit that is this rate, else the unit it is of
        unit = next((u for u in units if (u.of, u.per) == (unit, per)), unit)
    return Quantity(
        number=number,
        qualifier=qualifier,
        unit=unit,
        words=words,
        per=per,
        occurrences=occurrences is not None,
    )


def _unit(
    words: str, units: Sequence[UnitOfMeasureDefinition]
) -> UnitOfMeasure | UnitOfMeasureDefinition | None:
    key = fold(words)
    for unit in units:
        if key in {fold(w) for w in (unit.code, unit.label_vi, unit.label_en, *unit.aliases)}:
            return unit
    return UnitOfMeasure._lookup(words)
