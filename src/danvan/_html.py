"""Small HTML tables for notebook displays: escaped, and never longer than a screen."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from danvan._lang import Lang

__all__ = ["MAX_ROWS", "Displayed", "table"]

#: The most rows a display shows; the rest are counted, not printed.
MAX_ROWS = 20


class Displayed:
    """A value a notebook shows through its ``to_html``: in Vietnamese, a screen at most.

    Each displayed class writes its own ``to_html(lang="vi", *, max_rows=MAX_ROWS)``.
    """

    __slots__ = ()
    to_html: Callable[[], str]

    def _repr_html_(self) -> str:
        return self.to_html()


def table(
    caption: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    lang: Lang = "vi",
    max_rows: int | None = MAX_ROWS,
) -> str:
    """An HTML table with a caption, its cells escaped, cut to ``max_rows`` rows (``None``: all).

    The rows left out are counted in a last row ("… và 12 dòng nữa", "… and 12 more
    rows" in English).

    Examples:
        >>> from danvan._html import table
        >>> page = table("Số liệu", ["mã", "giá trị"], [("a<b", 1)])
        >>> "<td>a&lt;b</td><td>1</td>" in page, page.startswith("<table><caption>Số liệu")
        (True, True)
    """
    shown: list[Sequence[object]] = []
    hidden = 0
    for row in rows:
        if max_rows is None or len(shown) < max_rows:
            shown.append(row)
        else:
            hidden += 1
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in shown)
    said = f"… và {hidden} dòng nữa" if lang == "vi" else f"… and {hidden} more rows"
    more = f'<tr><td colspan="{len(headers)}">{said}</td></tr>' if hidden else ""
    return f"<table><caption>{html.escape(caption)}</caption><tr>{head}</tr>{body}{more}</table>"


def _cell(value: object) -> str:
    return "" if value is None else html.escape(str(value))
