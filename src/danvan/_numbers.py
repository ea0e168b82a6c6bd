"""Numbers as Vietnamese reports write them.

Vietnamese notation groups thousands with a dot and marks decimals with a comma:
"1.635" is one thousand six hundred thirty-five, "50,5" is fifty and a half. Words
multiply: nghìn / ngàn (thousand), triệu (million, "tr." before the currency: "150
tr.đồng"), tỷ / tỉ (billion), and an amount may go on in smaller parts ("1 tỷ 200 triệu"
is 1 200 000 000). A string that
reads one way in Vietnamese notation and another in English ("1,500", "1.5") is an
error, never a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from danvan._lang import Lang, check_lang
from danvan._qualifiers import qualified, split_qualifier
from danvan._text import MYRIAD, fold_number
from danvan._vocabulary import Qualifier
from danvan.exceptions import AmbiguousNumberError, InvalidNumberError

__all__ = [
    "AMOUNT_TAIL",
    "Amount",
    "MULTIPLIER_WORDS",
    "Number",
    "Percent",
    "format_number",
    "parse_number",
]

Number: TypeAlias = int | Decimal

_MULTIPLIERS = {
    "nghin": 1_000,
    "ngan": 1_000,
    "trieu": 1_000_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
    "tr": 1_000_000,  # only before the currency: "150 tr.đồng", "2,5 tr đồng"
    MYRIAD: 10_000,  # "vạn", as a number's words fold it: "1,5 vạn", never "văn"
}
#: The folded multiplier words a number may carry ("50,5 triệu"), as a pattern.
MULTIPLIER_WORDS = "|".join(
    r"tr(?=\.?\s?d(?:ong)?\b)" if word == "tr" else word for word in _MULTIPLIERS
)
#: The smaller parts of an amount after its first, folded, each after a multiplier word:
#: "1 tỷ 200 triệu", "3 triệu 500 nghìn" (a pattern; the letter before it is the word's).
AMOUNT_TAIL = r"(?<=[a-z])(?:\s*[0-9]{1,3}\s*(?:trieu|nghin|ngan)\b){1,2}"
_TAIL_PART = re.compile(r"([0-9]{1,3})\s*(trieu|nghin|ngan)\b")
# Digits and separators are bounded so that hostile input fails fast and int() never
# meets a string longer than Python's digit limit.
_NUMBER = re.compile(
    r"(?P<digits>[0-9][0-9.,]{0,39})"
    rf"(?P<words>(?:\s*(?:{'|'.join(_MULTIPLIERS)})\b){{0,3}})"  # "tr" read where written
    rf"(?P<tail>{AMOUNT_TAIL})?"
    r"\s*(?P<percent>%|phan tram)?"
)
_INTEGER = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DECIMAL = re.compile(r"(?P<int>[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+),(?P<frac>[0-9]+)")
_MAX_TEXT = 80


def _to_decimal(value: object) -> Decimal:
    """A finite decimal from an int, a Decimal or decimal text; anything else refused."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidNumberError(value, "the value is a number (int, Decimal or text)")
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise InvalidNumberError(value, "not a number") from None
    if not number.is_finite():
        raise InvalidNumberError(value, "the value is a finite number, not NaN or infinity")
    return number


def _check_qualifier(percent: Percent, attribute: Any, value: Any) -> None:
    if not isinstance(value, Qualifier) or value is Qualifier.MANY:
        raise InvalidNumberError(
            value, "a percent's qualifier is a Qualifier other than MANY (hơn, gần, khoảng …)"
        )


@attrs.frozen
class Percent:
    """A percentage as a report writes it ("2,8%", "hơn 80%").

    Attributes:
        value: The number before the percent sign (2.8 for "2,8%").
        qualifier: How the report qualifies it ("hơn 80%": over).

    Examples:
        >>> from danvan import parse_number
        >>> p = parse_number("8,6%")
        >>> p.value, p.fraction
        (Decimal('8.6'), Decimal('0.086'))
        >>> str(p)
        '8,6%'
        >>> str(parse_number("hơn 80%"))
        'trên 80%'
    """

    value: Decimal = attrs.field(converter=_to_decimal)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=_check_qualifier)

    @property
    def fraction(self) -> Decimal:
        """The percentage as a fraction of one."""
        return self.value / 100

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        """The values the qualified percentage allows, as counts' intervals do.

        "hơn 80%" allows 80 and above (infinity when unbounded), "khoảng 80%" 72 to 88,
        "gần 80%" 72 to 80, "dưới 5%" 0 to 5.
        """
        return _bounds(self.value, self.qualifier)

    def consistent_with(self, other: Percent) -> bool:
        """Whether both percentages can be true of one quantity.

        Args:
            other: Another percentage.

        Returns:
            Whether their :attr:`bounds` overlap.
        """
        return _overlap(self.bounds, other.bounds)

    def format(self, lang: Lang = "vi") -> str:
        """Write the percentage as a report in ``lang`` would ("trên 80%", "over 80%").

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The percentage as text, with its qualifier.

        Raises:
            UnknownTermError: An unknown language.
        """
        return qualified(f"{format_number(self.value, lang)}%", self.qualifier, lang)

    def __str__(self) -> str:
        return self.format("vi")


def _bounds(value: Decimal, qualifier: Qualifier) -> tuple[Decimal, Decimal]:
    """The values a qualified decimal allows: "hơn" unbounded, "khoảng" a tenth either side."""
    tolerance = abs(value) / 10
    match qualifier:
        case Qualifier.OVER | Qualifier.AT_LEAST:
            return value, Decimal("Infinity")
        case Qualifier.UNDER:
            return min(Decimal(0), value), value
        case Qualifier.ABOUT:
            return value - tolerance, value + tolerance
        case Qualifier.NEARLY:
            return value - tolerance, value
        case _:
            return value, value


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# Reports write lengths and areas to a few decimals; a table keeps twelve.
_MAX_AMOUNT, _AMOUNT_PLACES = Decimal(10**15), Decimal("0.000001")


def _non_negative(amount: Amount, attribute: Any, value: Decimal) -> None:
    if value < 0:
        raise InvalidNumberError(value, "an amount is a number of at least 0")
    if value > _MAX_AMOUNT or value != value.quantize(_AMOUNT_PLACES):
        raise InvalidNumberError(
            value, "an amount is at most 10^15, with at most six digits after the comma"
        )


def _check_amount_qualifier(amount: Amount, attribute: Any, value: Any) -> None:
    if not isinstance(value, Qualifier) or value is Qualifier.MANY:
        raise InvalidNumberError(
            value, "an amount's qualifier is a Qualifier other than MANY (hơn, gần, khoảng …)"
        )


@attrs.frozen
class Amount:
    """A measure with a fraction, in a figure's unit of measure: "46,5 km", "gần 1,5 ha".

    A :class:`~danvan.Count` is whole; lengths and areas are not. An amount keeps its
    number exact and its qualifier; its unit is the figure's ``unit_of_measure``.
    Amounts are compared with amounts, never added to counts.

    Attributes:
        value: The number, exact (46.5 for "46,5 km").
        qualifier: How the report qualifies it ("gần 1,5 ha": nearly).

    Examples:
        >>> from decimal import Decimal
        >>> from danvan import Amount, Qualifier
        >>> road = Amount(Decimal("46.5"))
        >>> str(road), road.format("en")
        ('46,5', '46.5')
        >>> Amount("1.5", Qualifier.NEARLY).bounds
        (Decimal('1.35'), Decimal('1.5'))
    """

    value: Decimal = attrs.field(converter=_to_decimal, validator=_non_negative)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=_check_amount_qualifier)

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        """The values the qualified amount allows, as a percentage's :attr:`Percent.bounds`."""
        return _bounds(self.value, self.qualifier)

    def consistent_with(self, other: Amount) -> bool:
        """Whether both amounts can be true of one quantity.

        Args:
            other: Another amount.

        Returns:
            Whether their :attr:`bounds` overlap.
        """
        return _overlap(self.bounds, other.bounds)

    def format(self, lang: Lang = "vi") -> str:
        """Write the amount as a report in ``lang`` would ("gần 1,5", "nearly 1.5").

        Args:
            lang: ``"vi"`` or ``"en"``.

        Returns:
            The number as text, with its qualifier.

        Raises:
            UnknownTermError: An unknown language.
        """
        return qualified(format_number(self.value, lang), self.qualifier, lang)

    def __str__(self) -> str:
        return self.format("vi")


def parse_number(text: str) -> int | Decimal | Percent:
    """Parse a number written in Vietnamese notation.

    Args:
        text: "1.967", "1,5", "50,5 triệu", "300 nghìn", "1 tỷ 200 triệu", "2,8%",
            "12.000.000" …

    Returns:
        An ``int`` for whole numbers, a ``Decimal`` for fractions, a :class:`Percent`
        for percentages.

    Raises:
        AmbiguousNumberError: The text reads differently in Vietnamese and English
            notation ("1,500", "1.5").
        InvalidNumberError: The text is not a number.

    Examples:
        >>> from danvan import parse_number
        >>> parse_number("1.967")
        1967
        >>> parse_number("1,5")
        Decimal('1.5')
        >>> parse_number("50,5 triệu")
        50500000
        >>> parse_number("hơn 80%")
        Percent(value=Decimal('80'), qualifier=<Qualifier.OVER: 'over'>)
        >>> parse_number("gần 300")
        Traceback (most recent call last):
        ...
        danvan.exceptions.InvalidNumberError: ... is a count: use parse_count: 'gần 300'
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        raise InvalidNumberError(text)
    qualifier, folded = split_qualifier(fold_number(text))
    match = _NUMBER.fullmatch(folded)
    if match is None:
        raise InvalidNumberError(text)
    if qualifier is not Qualifier.EXACT and not match["percent"]:
        raise InvalidNumberError(
            text, "a qualified number that is no percentage is a count: use parse_count"
        )
    value = _parse_digits(match["digits"], text)
    factor = 1
    for word in match["words"].split():
        factor *= _MULTIPLIERS[word]
    if match["percent"]:
        if factor != 1:
            raise InvalidNumberError(text, "a percentage cannot carry a multiplier word")
        return Percent(Decimal(value), qualifier)
    if match["tail"]:
        return _with_its_tail(value * factor, factor, match["tail"], text)
    scaled = value * factor
    if isinstance(scaled, Decimal) and scaled == scaled.to_integral_value():
        return int(scaled)
    return scaled


def _with_its_tail(scaled: Number, factor: int, tail: str, text: str) -> int:
    """An amount in parts: "1 tỷ 200 triệu" is 1 200 000 000, each part below the one before."""
    if not isinstance(scaled, int) and scaled != int(scaled):
        raise InvalidNumberError(text, "an amount in parts starts with a whole number")
    total, last = int(scaled), factor
    for part in _TAIL_PART.finditer(tail):
        count, unit = int(part[1]), _MULTIPLIERS[part[2]]
        if unit >= last or count * unit >= last:
            raise InvalidNumberError(text, "each part of an amount is below the one before")
        total, last = total + count * unit, unit
    return total


def _parse_digits(digits: str, text: str) -> Number:
    if _INTEGER.fullmatch(digits):
        return int(digits)
    if _GROUPED.fullmatch(digits):
        return int(digits.replace(".", ""))
    decimal = _DECIMAL.fullmatch(digits)
    if decimal is not None:
        whole, frac = decimal["int"], decimal["frac"]
        if "." not in whole and len(frac) == 3 and not whole.startswith("0"):
            raise AmbiguousNumberError(
                text, "ambiguous: '1,500' is 1.5 in Vietnamese notation but 1500 in English"
            )
        return Decimal(f"{whole.replace('.', '')}.{frac}")
    if "," in digits and "." in digits:
        raise InvalidNumberError(
            text, "not Vietnamese notation: thousands take a dot, decimals a comma (1.635,5)"
        )
    raise AmbiguousNumberError(
        text, "ambiguous: a dot groups thousands in Vietnamese notation (1.635); decimals use ','"
    )


def format_number(value: Number, lang: Lang = "vi") -> str:
    """Write a number the way reports in ``lang`` do.

    Raises:
        UnknownTermError: An unknown language.

    Examples:
        >>> from decimal import Decimal
        >>> format_number(1635), format_number(1635, "en")
        ('1.635', '1,635')
        >>> format_number(Decimal("50.5"))
        '50,5'
    """
    thousands, decimal_mark = (",", ".") if check_lang(lang) == "en" else (".", ",")
    if isinstance(value, int):
        whole, frac = abs(value), ""
    else:
        whole_text, _, frac = f"{abs(value):f}".partition(".")
        whole = int(whole_text)
    grouped = f"{whole:,}".replace(",", thousands)
    sign_text = "-" if value < 0 else ""
    return f"{sign_text}{grouped}{decimal_mark}{frac}" if frac else f"{sign_text}{grouped}"
