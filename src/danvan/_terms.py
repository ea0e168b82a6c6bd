"""The shape every controlled vocabulary shares.

A vocabulary is an :class:`enum.Enum` whose members carry a stable snake_case code
(``.value``, what the wire format writes), a Vietnamese and an English label, and the
other wordings real reports use for the same thing. :meth:`Term.parse` accepts all of
them, with or without diacritics, in any case and spacing.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from typing import Any, Self, cast

from danvan._lang import Lang, check_lang
from danvan._text import words
from danvan.exceptions import UnknownTermError

__all__ = ["OrderedTerm", "Term"]

# Longer text than this is no vocabulary term; refusing it early keeps parse() O(1)
# on hostile input.
_MAX_TERM_LENGTH = 200


class Term(enum.Enum):
    """Base of danvan's vocabularies.

    Attributes:
        label_vi: The Vietnamese label.
        label_en: The English label.
        aliases: Further wordings :meth:`parse` accepts.
    """

    _value_: str
    label_vi: str
    label_en: str
    aliases: tuple[str, ...]

    # A member is equal only to itself, so its identity is its hash: hashed in C, where
    # Enum hashes its name in Python (terms key most of danvan's tables).
    __hash__ = object.__hash__

    def __new__(cls, code: str, label_vi: str, label_en: str, *aliases: str) -> Self:
        member = object.__new__(cls)
        member._set_labels(code, label_vi, label_en, aliases)
        return member

    def _set_labels(
        self, code: str, label_vi: str, label_en: str, aliases: tuple[str, ...]
    ) -> None:
        # Enum replaces __new__ once the class exists, so subclasses with more
        # attributes call this from their own __new__ instead of super().__new__.
        self._value_ = code
        self.label_vi = label_vi
        self.label_en = label_en
        self.aliases = aliases

    def __str__(self) -> str:
        return str(self._value_)

    def label(self, lang: Lang = "vi") -> str:
        """Return the label in ``lang`` (``"vi"`` or ``"en"``).

        Raises:
            UnknownTermError: An unknown language.
        """
        return self.label_en if check_lang(lang) == "en" else self.label_vi

    @classmethod
    def _noise(cls) -> tuple[str, ...]:
        """Folded leading words a wording may carry that do not change its meaning."""
        return ()

    @classmethod
    def parse(cls, text: str | Self) -> Self:
        """Return the member that ``text`` names.

        Accepts the code, either label and every alias, compared after
        :func:`danvan.fold` and with punctuation ignored.

        Args:
            text: A code or a wording from a report.

        Returns:
            The member.

        Raises:
            UnknownTermError: No member is called ``text``; the error lists the codes.
        """
        if isinstance(text, cls):
            return text
        found = cls._lookup(text)
        if found is not None:
            return found
        raise UnknownTermError(text, _vocabulary_name(cls), [m.value for m in cls])

    @classmethod
    def _lookup(cls, text: object) -> Self | None:
        """The member ``text`` names, or ``None``: for readers that try and move on."""
        if not isinstance(text, str) or len(text) > _MAX_TERM_LENGTH:
            return None
        index = _index(cls)
        key = words(text)
        found: Self | None = index.get(key)
        while found is None:  # "lĩnh vực bảo đảm an ninh": each leading noise in turn
            noise = next((n for n in cls._noise() if key.startswith(n + " ")), None)
            if noise is None:
                break
            key = key[len(noise) + 1 :]
            found = index.get(key)
        return found


class OrderedTerm(Term):
    """A vocabulary whose members are ranked, lowest first in definition order."""

    @property
    def rank(self) -> int:
        """Position in the order, 0 for the lowest."""
        return _ranks(type(self))[self]

    def _compare(self, other: object) -> tuple[int, int] | None:
        if type(other) is not type(self):
            return None
        return self.rank, cast("Self", other).rank

    def __lt__(self, other: object) -> bool:
        pair = self._compare(other)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._compare(other)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._compare(other)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._compare(other)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]

    __hash__ = Term.__hash__  # defining comparisons drops the inherited hash


def _vocabulary_name(cls: type[Term]) -> str:
    return cls.__name__


@functools.cache
def _ranks(cls: type[Term]) -> Mapping[Term, int]:
    return {member: i for i, member in enumerate(cls)}


@functools.cache
def _index(cls: type[Term]) -> Mapping[str, Any]:
    """Build the folded-key lookup of a vocabulary once; refuse clashing wordings."""
    index: dict[str, Term] = {}
    for member in cls:
        for wording in (member.value, member.label_vi, member.label_en, *member.aliases):
            key = words(wording)
            other = index.setdefault(key, member)
            if other is not member:
                msg = f"{cls.__name__}: {wording!r} names both {other.name} and {member.name}"
                raise AssertionError(msg)
    return index
