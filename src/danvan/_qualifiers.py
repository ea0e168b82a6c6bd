"""How reports qualify a number: "trên 1.000", "gần 300", "khoảng 50", "ít nhất 20".

A qualifier is written as words before the number; each reads as one
:class:`~danvan.Qualifier`, and a qualified number is written back with its word.
"""

from __future__ import annotations

import re

from danvan._lang import Lang, check_lang
from danvan._vocabulary import Qualifier

__all__ = ["QUALIFIER_PREFIXES", "QUALIFIER_WORDS", "qualified", "split_qualifier"]

# The word each qualifier is written with, and the words a count or a percentage may
# be qualified with.
QUALIFIER_WORDS: dict[Qualifier, tuple[str, str]] = {
    Qualifier.OVER: ("trên", "over"),
    Qualifier.UNDER: ("dưới", "under"),
    Qualifier.ABOUT: ("khoảng", "about"),
    Qualifier.NEARLY: ("gần", "nearly"),
    Qualifier.AT_LEAST: ("ít nhất", "at least"),
}
QUALIFIER_PREFIXES: dict[str, Qualifier] = {
    "tren": Qualifier.OVER,
    "hon": Qualifier.OVER,
    "duoi": Qualifier.UNDER,
    "chua den": Qualifier.UNDER,
    "chua toi": Qualifier.UNDER,
    "khong den": Qualifier.UNDER,
    "khoang": Qualifier.ABOUT,
    "khoang chung": Qualifier.ABOUT,
    "xap xi": Qualifier.ABOUT,
    "tren duoi": Qualifier.ABOUT,  # "trên dưới 500": about, neither over nor under
    "chung": Qualifier.ABOUT,
    "uoc tinh": Qualifier.ABOUT,
    "gan": Qualifier.NEARLY,
    "ngot": Qualifier.NEARLY,  # "ngót 500": just short of it
    "it nhat": Qualifier.AT_LEAST,
    "khong duoi": Qualifier.AT_LEAST,
    "toi thieu": Qualifier.AT_LEAST,
}
_PREFIXES = QUALIFIER_PREFIXES  # the folded words before a number, and what they say
_PREFIX = re.compile(
    r"(?P<word>" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + r")\s+(?P<rest>.*)"
)


def split_qualifier(folded: str) -> tuple[Qualifier, str]:
    """The qualifier a folded wording begins with, and the rest ("hon 80%" → OVER, "80%")."""
    prefix = _PREFIX.fullmatch(folded)
    if prefix is None:
        return Qualifier.EXACT, folded
    qualifier, rest = _PREFIXES[prefix["word"]], prefix["rest"]
    if qualifier is Qualifier.OVER and rest.endswith(" nua"):
        rest = rest.removesuffix(" nua")  # "hơn 300 nữa"
    if qualifier is Qualifier.AT_LEAST and prefix["word"] != "khong duoi":
        rest = rest.removeprefix("la ")  # "ít nhất là 500", "tối thiểu là 80%"
    return qualifier, rest


def qualified(number: str, qualifier: Qualifier, lang: Lang) -> str:
    """A written number with its qualifier's word before it ("trên 1.000", "over 1,000")."""
    if qualifier not in QUALIFIER_WORDS:
        return number
    vi_word, en_word = QUALIFIER_WORDS[qualifier]
    return f"{en_word if check_lang(lang) == 'en' else vi_word} {number}"
