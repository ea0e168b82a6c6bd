"""Numbers as Vietnamese reports write them.

Vietnamese notation groups thousands with a dot and marks decimals with a comma:
"1.635" is one thousand six hundred thirty-five, "50,5" is fifty and a half. Words
multiply: nghìn / ngàn (thousand), triệu (million), tỷ / tỉ (billion). A string that
reads one way in Vietnamese notation and another in English ("1,500", "1.5") is an
error, never a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TypeAlias

import attrs

from danvan._lang import Lang, check_lang
from danvan._text import fold
from danvan.exceptions import AmbiguousNumberError, InvalidNumberError

__all__ = ["Number", "Percent", "format_number", "parse_number"]

Number: TypeAlias = int | Decimal

_MULTIPLIERS = {
    "nghin": 1_000,
    "ngan": 1_000,
    "trieu": 1_000_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
}
# Digits and separators are bounded so that hostile input fails fast and int() never
# meets a string longer than Python's digit limit.
_NUMBER = re.compile(
    r"(?P<digits>[0-9][0-9.,]{0,39})"
    r"(?P<words>(?:\s*(?:nghin|ngan|trieu|ty|ti)\b){0,3})"
    r"\s*(?P<percent>%|phan tram)?"
)
_INTEGER = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DECIMAL = re.compile(r"(?P<int>[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+),(?P<frac>[0-9]+)")
_MAX_TEXT = 80


def _to_decimal(value: object) -> Decimal:
    """A finite decimal from an int, a Decimal or decimal text; anything else refused."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidNumberError(value, "a percent's value is a number (int, Decimal or text)")
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise InvalidNumberError(value, "not a number") from None
    if not number.is_finite():
        raise InvalidNumberError(value, "a percent is a finite number, not NaN or infinity")
    return number


@attrs.frozen
class Percent:
    """A percentage as a report writes it ("2,8%").

    Attributes:
        value: The number before the percent sign (2.8 for "2,8%").

    Examples:
        >>> from danvan import parse_number
        >>> p = parse_number("8,6%")
        >>> p.value, p.fraction
        (Decimal('8.6'), Decimal('0.086'))
        >>> str(p)
        '8,6%'
    """

    value: Decimal = attrs.field(converter=_to_decimal)

    @property
    def fraction(self) -> Decimal:
        """The percentage as a fraction of one."""
        return self.value / 100

    def __str__(self) -> str:
        return f"{format_number(self.value)}%"


def parse_number(text: str) -> int | Decimal | Percent:
    """Parse a number written in Vietnamese notation.

    Args:
        text: "1.967", "1,5", "50,5 triệu", "300 nghìn", "2,8%", "12.000.000" …

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
        >>> parse_number("gần 300")
        Traceback (most recent call last):
        ...
        danvan.exceptions.InvalidNumberError: not a number in Vietnamese notation: 'gần 300'
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        raise InvalidNumberError(text)
    match = _NUMBER.fullmatch(fold(text))
    if match is None:
        raise InvalidNumberError(text)
    value = _parse_digits(match["digits"], text)
    factor = 1
    for word in match["words"].split():
        factor *= _MULTIPLIERS[word]
    if match["percent"]:
        if factor != 1:
            raise InvalidNumberError(text, "a percentage cannot carry a multiplier word")
        return Percent(Decimal(value))
    scaled = value * factor
    if isinstance(scaled, Decimal) and scaled == scaled.to_integral_value():
        return int(scaled)
    return scaled


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
