"""How error messages are written: values cut short, problems listed, and in Vietnamese.

Errors are written in English where they are raised. The catalogue
(``data/messages-vi.json``) maps each English message, its changing parts written
``{}``, to its Vietnamese, the same parts written ``{0}``, ``{1}`` … in the order the
Vietnamese needs them. A part that is itself a message in the catalogue is translated
too ("not a period (not a span of years)"). A test keeps the catalogue complete: every
message the source raises has its Vietnamese.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import json
import os
import re
from collections.abc import Sequence
from importlib import resources

__all__ = ["closest", "in_vietnamese", "listing", "listing_vi", "shown", "shown_path", "translate"]


@functools.cache
def _catalogue() -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    text = resources.files("danvan").joinpath("data/messages-vi.json").read_text("utf-8")
    entries: dict[str, str] = json.loads(text)
    exact = {k: v for k, v in entries.items() if "{}" not in k}
    templates = sorted(
        (k for k in entries if "{}" in k), key=lambda k: -len(k.replace("{}", ""))
    )  # the most specific first: "unknown figure {}" before "unknown {} {}"
    patterns = tuple((re.compile(_pattern(k), re.DOTALL), entries[k]) for k in templates)
    return exact, patterns


def _pattern(template: str) -> str:
    """The regular expression of a message template, a part for each ``{}``.

    A part in quotes ("'{}' is denied …") holds no quote: the message "'5,6 km' @ 945:
    'làm mới' is denied …" is a line that quotes two values, not one.
    """
    pieces = template.split("{}")
    pattern = re.escape(pieces[0])
    for before, after in itertools.pairwise(pieces):
        quoted = before.endswith("'") and after.startswith("'")
        pattern += ("([^']*?)" if quoted else "(.*?)") + re.escape(after)
    return pattern


def translate(text: str) -> str | None:
    """The Vietnamese of one English message, or ``None`` when the catalogue lacks it.

    Examples:
        >>> from danvan._messages import translate
        >>> translate("not a period (not a span of years)")
        'không phải là một kỳ (không phải là một khoảng năm)'
        >>> translate("something danvan never says") is None
        True
    """
    exact, patterns = _catalogue()
    if text in exact:
        return exact[text]
    for pattern, vietnamese in patterns:
        match = pattern.fullmatch(text)
        if match is not None:  # a part that is itself a message danvan writes is translated
            return vietnamese.format(*(translate(p) or p for p in match.groups()))
    return None


def in_vietnamese(text: str) -> str:
    """``text`` in Vietnamese, line by line; a line the catalogue lacks stays as it is.

    A line of a problem list ("  - message @ $.path") keeps its path and has its message
    translated. Text from outside danvan (the system's words for a missing file, a
    parser's) is kept when the catalogue does not know it, never dropped.
    """
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    body = line.lstrip(" -")
    lead = line[: len(line) - len(body)]
    message, at, path = body.rpartition(" @ ")
    if not at:
        message, path = body, ""
    return lead + (translate(message) or message) + (at + path)


#: How much of a value an error message shows.
_SHOWN_CHARACTERS = 300


#: How alike a guess must be (difflib's ratio): a typo, not another name that shares letters.
_LIKE = 0.8
#: The most choices a suggestion looks through; a misspelt unit id among 10 000 is left.
_MOST_CHOICES = 2000


def closest(value: object, choices: Sequence[str]) -> str | None:
    """The choice ``value`` most likely misspells ("registerd": "registered"), if any.

    Examples:
        >>> from danvan._messages import closest
        >>> closest("registerd", ["registered", "recognised"]), closest("xyz", ["models"])
        ('registered', None)
    """
    if not isinstance(value, str) or len(choices) > _MOST_CHOICES:
        return None
    found = difflib.get_close_matches(value, list(choices), n=1, cutoff=_LIKE)
    return found[0] if found else None


def shown(value: object) -> str:
    """The value as a message shows it: its ``repr``, cut to a few hundred characters.

    An error about 10 MB of text says what it starts with and how long it is, and stays
    small itself.
    """
    if isinstance(value, str | bytes) and len(value) > _SHOWN_CHARACTERS:
        return f"{repr(value[:_SHOWN_CHARACTERS])[:_SHOWN_CHARACTERS]}… ({len(value):,} in all)"
    text = repr(value)
    if len(text) > _SHOWN_CHARACTERS:
        return f"{text[:_SHOWN_CHARACTERS]}… ({len(text):,} characters)"
    return text


def listing(
    title: str, problems: Sequence[str], count: int | None = None, *, complete: bool = True
) -> str:
    """A title, how many problems were found, then one line for each listed."""
    count = len(problems) if count is None else count
    noun = "problem" if count == 1 else "problems"
    listed = f"; the first {len(problems)} listed" if count > len(problems) else ""
    if not complete:
        listed += " when reading stopped; there may be more"
    return f"{title} ({count} {noun}{listed}):\n" + "\n".join(f"  - {p}" for p in problems)


def listing_vi(
    title: str, problems: Sequence[str], count: int | None = None, *, complete: bool = True
) -> str:
    """:func:`listing` in Vietnamese, each problem translated and its path kept."""
    count = len(problems) if count is None else count
    listed = f"; liệt kê {len(problems)} vấn đề đầu tiên" if count > len(problems) else ""
    if not complete:
        listed += " khi dừng đọc; có thể còn nữa"
    lines = "\n".join(f"  - {in_vietnamese(p)}" for p in problems)
    return f"{title} ({count} vấn đề{listed}):\n" + lines


def shown_path(path: object) -> object:
    """A path as messages show it: a ``PathLike`` as its text."""
    return os.fspath(path) if isinstance(path, str | os.PathLike) else path
