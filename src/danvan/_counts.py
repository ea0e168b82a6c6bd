"""Counts with the qualifier a report gives them.

Reports rarely give bare numbers: "trên 1.000 tập thể và cá nhân" (over 1,000
collectives and individuals), "gần 300 nghìn lượt người" (nearly 300 thousand
attendances), "hàng nghìn" (thousands of). A :class:`Count` keeps the stated number,
the qualifier and the interval of values it allows, so that two reports of one
quantity can be checked against each other instead of averaged.

Intervals are a convention of danvan, stated once here:

=========  =====================  ==========================
qualifier  wording                interval of ``n``
=========  =====================  ==========================
exact      1.635                  [n, n]
over       trên, hơn              [n + 1, unbounded)
at_least   ít nhất, không dưới    [n, unbounded)
under      dưới, chưa đến         [0, n - 1]
about      khoảng, xấp xỉ         [n - t, n + t], t = ⌈n / 10⌉
nearly     gần                    [n - t, n],     t = ⌈n / 10⌉
many       hàng trăm, hàng nghìn  [n, 10 n - 1]  (n a power of ten)
=========  =====================  ==========================
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from danvan._lang import Lang, check_lang
from danvan._numbers import Percent, format_number, parse_number
from danvan._qualifiers import qualified, split_qualifier
from danvan._text import MYRIAD, fold_number
from danvan._vocabulary import Qualifier
from danvan.exceptions import InvalidCountError, InvalidNumberError

__all__ = ["Count", "parse_count", "share_agrees"]

# Orders of magnitude for "hàng …": folded words, Vietnamese and English labels.
_MAGNITUDES = {
    10: ("chuc", "hàng chục", "tens"),
    100: ("tram", "hàng trăm", "hundreds"),
    1_000: ("nghin", "hàng nghìn", "thousands"),
    10_000: ("chuc nghin", "hàng chục nghìn", "tens of thousands"),
    100_000: ("tram nghin", "hàng trăm nghìn", "hundreds of thousands"),
    1_000_000: ("trieu", "hàng triệu", "millions"),
    10_000_000: ("chuc trieu", "hàng chục triệu", "tens of millions"),
    100_000_000: ("tram trieu", "hàng trăm triệu", "hundreds of millions"),
    1_000_000_000: ("ty", "hàng tỷ", "billions"),
    10_000_000_000: ("chuc ty", "hàng chục tỷ", "tens of billions"),  # of đồng
    100_000_000_000: ("tram ty", "hàng trăm tỷ", "hundreds of billions"),
    1_000_000_000_000: ("nghin ty", "hàng nghìn tỷ", "thousands of billions"),
}
_MAGNITUDE_BY_WORDS = {words: n for n, (words, _, _) in _MAGNITUDES.items()}
_MAGNITUDE_BY_WORDS |= {"ngan": 1_000, "chuc ngan": 10_000, "tram ngan": 100_000, "ti": 10**9}
_MAGNITUDE_BY_WORDS |= {"chuc ti": 10**10, "tram ti": 10**11, "nghin ti": 10**12, "ngan ty": 10**12}
_MAGNITUDE_BY_WORDS[MYRIAD] = 10_000  # "hàng vạn"
#: The folded words after "hàng" that give an order of magnitude, as a pattern,
#: longest first: "hàng chục nghìn" before "hàng chục".
MAGNITUDE_WORDS = "|".join(
    w.replace(" ", r"\s") for w in sorted(_MAGNITUDE_BY_WORDS, key=len, reverse=True)
)
# Weakest last: a sum keeps the weaker of its parts' qualifiers.
_STRENGTH = [
    Qualifier.EXACT,
    Qualifier.AT_LEAST,
    Qualifier.OVER,
    Qualifier.UNDER,
    Qualifier.NEARLY,
    Qualifier.ABOUT,
    Qualifier.MANY,
]


def _tolerance(value: int) -> int:
    return -(-value // 10)


def _default_interval(value: int, qualifier: Qualifier) -> tuple[int, int | None]:
    match qualifier:
        case Qualifier.OVER:
            return value + 1, None
        case Qualifier.AT_LEAST:
            return value, None
        case Qualifier.UNDER:
            return 0, max(value - 1, 0)
        case Qualifier.ABOUT:
            return max(value - _tolerance(value), 0), value + _tolerance(value)
        case Qualifier.NEARLY:
            return max(value - _tolerance(value), 0), value
        case Qualifier.MANY:
            return value, 10 * value - 1
        case _:
            return value, value


def _low(count: Count) -> int:
    if type(count.value) is not int:
        return 0  # the value's own validator explains what is wrong
    return _default_interval(count.value, count.qualifier)[0]


def _high(count: Count) -> int | None:
    if type(count.value) is not int:
        return 0
    return _default_interval(count.value, count.qualifier)[1]


#: The largest value, bound or interval end a count may have: no count, and no sum of
#: money in đồng, in the movement's reports comes near a million billion; a larger one is
#: a mistake, and could not even be written as JSON beyond 4 300 digits.
MAX_COUNT = 10**15


def _check_value(count: Count, attribute: Any, value: int) -> None:
    if type(value) is not int or value < 0:
        raise InvalidCountError(value, "a count is a whole number of at least 0")
    if value > MAX_COUNT:
        raise InvalidCountError(_short(value), f"a count is at most {MAX_COUNT:,}")


def _check_qualifier(count: Count, attribute: Any, value: Any) -> None:
    if not isinstance(value, Qualifier):
        raise InvalidCountError(value, "a count's qualifier is a Qualifier (Qualifier.OVER …)")


def _short(value: int) -> str:
    """A huge number shown by its size: printing it whole may be refused."""
    if value.bit_length() < 14_000:
        return f"a number of {len(str(value))} digits"
    return "a number of more than 4 000 digits"


@attrs.frozen
class Count:
    """A non-negative count with its qualifier and the interval it allows.

    ``low`` and ``high`` default to the interval the qualifier gives (see the module
    docs); sums keep the exact interval of their parts.

    Attributes:
        value: The number as stated.
        qualifier: The word before it.
        low: The least value the count allows.
        high: The greatest value it allows, ``None`` when unbounded.

    Examples:
        >>> from danvan import parse_count
        >>> c = parse_count("trên 1.000")
        >>> c.low, c.high, c.contains(1014)
        (1001, None, True)
        >>> str(c), c.format("en")
        ('trên 1.000', 'over 1,000')
        >>> parse_count("hơn 350").consistent_with(356)
        True
    """

    value: int = attrs.field(validator=_check_value)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=_check_qualifier)
    low: int = attrs.field(default=attrs.Factory(_low, takes_self=True))
    high: int | None = attrs.field(default=attrs.Factory(_high, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if self.qualifier is Qualifier.MANY and self.value not in _MAGNITUDES:
            raise InvalidCountError(
                self.value, "'hàng …' (many) takes a power of ten from 10 to 1 000 000 000 000"
            )
        if self.qualifier is Qualifier.UNDER and self.value == 0:
            raise InvalidCountError(self.value, "no count is under 0")
        if type(self.low) is not int or self.low < 0:
            raise InvalidCountError(self.low, "the low end of a count is a whole number ≥ 0")
        if self.high is not None and (type(self.high) is not int or self.high < self.low):
            raise InvalidCountError(self.high, "the high end of a count is below its low end")
        if max(self.low, self.high or 0) > 10 * MAX_COUNT:
            raise InvalidCountError(
                _short(max(self.low, self.high or 0)), "an end of a count's interval is too large"
            )
        if self.qualifier is Qualifier.EXACT and not self.low == self.high == self.value:
            raise InvalidCountError(self.value, "an exact count allows only its own value")

    @classmethod
    def parse(cls, text: str) -> Count:
        """Parse a count; the same as :func:`parse_count`.

        Args:
            text: The count as a report writes it.

        Returns:
            The count.

        Raises:
            InvalidCountError: Not a count.
        """
        return parse_count(text)

    @property
    def is_exact(self) -> bool:
        """Whether the count allows exactly one value."""
        return self.qualifier is Qualifier.EXACT

    def contains(self, number: int) -> bool:
        """Whether ``number`` is one of the values the count allows.

        Args:
            number: A whole number.

        Returns:
            ``True`` when ``number`` lies in the count's interval.
        """
        return self.low <= number and (self.high is None or number <= self.high)

    def consistent_with(self, other: Count | int) -> bool:
        """Whether two reports of one quantity can both be true.

        Args:
            other: Another count, or an exact number.

        Returns:
            ``True`` when the two intervals overlap.

        Examples:
            >>> from danvan import Count, parse_count
            >>> parse_count("gần 300 nghìn").consistent_with(298_410)
            True
            >>> Count(1635).consistent_with(parse_count("trên 2.000"))
            False
        """
        other = _as_count(other)
        below = self.high is not None and self.high < other.low
        above = other.high is not None and other.high < self.low
        return not (below or above)

    def __add__(self, other: Count | int) -> Count:
        if not isinstance(other, Count | int) or isinstance(other, bool):
            return NotImplemented
        other = _as_count(other)
        qualifier = max(self.qualifier, other.qualifier, key=_STRENGTH.index)
        total = self.value + other.value
        high = None if self.high is None or other.high is None else self.high + other.high
        low = self.low + other.low
        if qualifier is Qualifier.MANY:
            # A sum of orders of magnitude is no order of magnitude; keep its interval.
            qualifier = Qualifier.ABOUT
        return Count(total, qualifier, low=low, high=high)

    __radd__ = __add__

    def format(self, lang: Lang = "vi") -> str:
        """Write the count as a report in ``lang`` (``"vi"`` or ``"en"``) would.

        Args:
            lang: ``"vi"`` ("trên 1.000") or ``"en"`` ("over 1,000").

        Returns:
            The count as text.

        Raises:
            UnknownTermError: An unknown language.
        """
        english = check_lang(lang) == "en"
        if self.qualifier is Qualifier.MANY:
            _, vi, en = _MAGNITUDES[self.value]
            return en if english else vi
        number = format_number(self.value, lang)
        if self.qualifier is Qualifier.EXACT:
            return number
        return qualified(number, self.qualifier, lang)

    def __str__(self) -> str:
        return self.format("vi")


def _as_count(value: Count | int) -> Count:
    return value if isinstance(value, Count) else Count(value)


def parse_count(text: str) -> Count:
    """Parse a count as reports write it.

    Args:
        text: "1.635", "trên 1.000", "hơn 350", "gần 300 nghìn", "khoảng 50",
            "hàng nghìn", "không dưới 20" …

    Returns:
        The :class:`Count`, with its qualifier and interval.

    Raises:
        InvalidCountError: The text is not a whole, non-negative count.

    Examples:
        >>> from danvan import parse_count
        >>> parse_count("gần 300 nghìn")
        Count(value=300000, qualifier=<Qualifier.NEARLY: 'nearly'>, low=270000, high=300000)
        >>> parse_count("hàng nghìn").high
        9999
    """
    if not isinstance(text, str) or len(text) > 120:
        raise InvalidCountError(text)
    key = fold_number(text)
    qualifier, key = split_qualifier(key)
    if qualifier is Qualifier.EXACT and key.startswith("hang "):
        magnitude = _MAGNITUDE_BY_WORDS.get(key.removeprefix("hang "))
        if magnitude is None:
            raise InvalidCountError(text, "'hàng' takes chục, trăm, nghìn, vạn, triệu or tỷ")
        return Count(magnitude, Qualifier.MANY)
    try:
        number = parse_number(key)
    except InvalidNumberError as error:
        raise InvalidCountError(text, f"not a count ({error.message})") from error
    if isinstance(number, Percent):
        raise InvalidCountError(
            text, "a percentage is not a count: parse_number reads it as a Percent"
        )
    if isinstance(number, Decimal):
        raise InvalidCountError(text, "a count is a whole number")
    return Count(number, qualifier)


def share_agrees(share: Percent, part: Count, whole: Count) -> bool:
    """Whether ``share`` can be ``part`` out of ``whole``, each as its qualifier allows.

    Rounded to its last written digit or cut there: "89,8 %" agrees with 1.006 out of
    1.120 (89,82 %), and "86,9 %" with 187 out of 215 (86,98 %, cut, as many reports
    write shares); "88,8 %" and "87,1 %" do not agree with 187 out of 215.
    """
    low, high = share.bounds
    exponent = share.value.as_tuple().exponent
    slack = Decimal(5).scaleb(exponent - 1 if isinstance(exponent, int) else -1)
    least = Decimal(100 * part.low) / whole.high if whole.high else Decimal(0)
    most = (
        Decimal(100 * part.high) / whole.low
        if part.high is not None and whole.low
        else Decimal("Infinity")
    )
    return not (most < low - slack or least > high + 2 * slack)  # cut: up to a digit below
