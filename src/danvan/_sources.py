"""Where a fact was read: the article, its publisher and the sentence quoted.

Figures, reports and awards each keep a :class:`Source`, so that every fact can be
traced back to the words it was read from.
"""

from __future__ import annotations

from typing import Any

import attrs

from danvan._dates import Day, check_day
from danvan._validators import check_free_text
from danvan.exceptions import InvalidEntityError

__all__ = ["Source"]


def _to_span(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_span(source: Source, attribute: Any, span: Any) -> None:
    if span is None:
        return
    ok = (
        isinstance(span, tuple)
        and len(span) == 2
        and all(type(i) is int and i >= 0 for i in span)
        and span[0] <= span[1]
    )
    if not ok:
        raise InvalidEntityError(span, "span must be (start, end) offsets with start <= end")


@attrs.frozen(kw_only=True)
class Source:
    """Where a fact was read.

    Attributes:
        title: Title of the article or report.
        publisher: Who published it (a newspaper, a portal).
        url: Where it can be read.
        published_on: The day it was published, when known.
        quote: The sentence the fact comes from, verbatim.
        span: Character offsets of ``quote`` in the source text.
    """

    title: str | None = attrs.field(default=None, validator=check_free_text)
    publisher: str | None = attrs.field(default=None, validator=check_free_text)
    url: str | None = attrs.field(default=None, validator=check_free_text)
    published_on: Day | None = attrs.field(default=None, validator=check_day)
    quote: str | None = attrs.field(default=None, validator=check_free_text)
    span: tuple[int, int] | None = attrs.field(
        default=None, converter=_to_span, validator=_check_span
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.title is None
            and self.publisher is None
            and self.url is None
            and self.quote is None
        ):
            raise InvalidEntityError(
                self, "a source names at least a title, a publisher, a url or a quote"
            )
