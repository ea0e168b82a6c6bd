"""The two languages danvan writes: Vietnamese first, English beside.

Every label, message and rendering takes ``lang``; an unknown one is the same
:class:`~danvan.exceptions.UnknownTermError` everywhere, never silently Vietnamese.
"""

from __future__ import annotations

from typing import Literal, TypeGuard

from danvan.exceptions import UnknownTermError

__all__ = ["LANGS", "Lang", "check_lang"]

#: A language code: ``"vi"`` (Vietnamese) or ``"en"`` (English).
Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")


def _is_lang(lang: object) -> TypeGuard[Lang]:
    return lang in LANGS


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is a language danvan writes.

    Raises:
        UnknownTermError: ``lang`` is neither ``"vi"`` nor ``"en"``.
    """
    if isinstance(lang, str) and _is_lang(lang):
        return lang
    raise UnknownTermError(lang, "language", LANGS)
