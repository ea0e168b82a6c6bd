"""Marking references in a text, as HTML or Markdown."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Literal

from danvan._arguments import given, items_of
from danvan._directives import Directive
from danvan._extract._figures import FigureMention
from danvan._extract._references import Reference
from danvan._extract._resolve import Resolution
from danvan.exceptions import DanvanError

__all__ = ["Markup", "annotate"]


# What a text is marked with: references, resolved or not, and figures.
_MARKED = (Reference, Resolution, FigureMention)
Markup = Literal["html", "markdown"]
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def annotate(
    text: str,
    references: Sequence[Reference | Resolution | FigureMention],
    *,
    markup: Markup = "html",
    href: Callable[[Directive], str] | None = None,
) -> str:
    r"""The text with each reference marked, as HTML or Markdown.

    The text is taken as plain text: HTML output escapes it, Markdown output escapes the
    characters Markdown would read as markup, so the marked text shows exactly the
    original words. Pass what :func:`resolve` returns to link each resolved reference;
    ``href`` turns a document into the link's target (default: none for HTML, which
    then gets ``data-directive`` only; Markdown needs ``href`` for links and otherwise
    marks references in bold).

    In HTML each reference is a ``<mark class="danvan-ref">`` (an ``<a>`` inside it
    when linked) with ``data-kind``, ``data-type``, ``data-symbol`` and
    ``data-directive`` attributes for styling and scripts. Figures
    (:func:`~danvan.find_figures`) are ``<mark class="danvan-fig">`` with ``data-index``
    (their place in the list given), ``data-value``, ``data-measure``, ``data-unit``,
    ``data-level``, ``data-field`` and ``data-part-of``; in Markdown they are in italics.

    Args:
        text: The text the references were found in.
        references: References, resolutions of them, or figures, in any mix.
        markup: ``"html"`` or ``"markdown"``.
        href: The link target of a resolved document.

    Returns:
        The marked text.

    Raises:
        DanvanError: A reference does not belong to ``text`` (its span holds other
            words), references overlap, or ``markup`` is neither "html" nor "markdown".

    Examples:
        >>> from danvan import annotate, find_references
        >>> text = "thực hiện Chỉ thị số 11-CT/TU của Tỉnh ủy, <sơ kết> 2 năm"
        >>> annotate(text, find_references(text))  # doctest: +NORMALIZE_WHITESPACE
        'thực hiện <mark class="danvan-ref" data-kind="full" data-type="directive"
        data-symbol="11-CT/TU">Chỉ thị số 11-CT/TU của Tỉnh ủy</mark>, &lt;sơ kết&gt; 2 năm'
        >>> annotate(text, find_references(text), markup="markdown")
        'thực hiện **Chỉ thị số 11-CT/TU của Tỉnh ủy**, \\<sơ kết\\> 2 năm'
    """
    if markup not in ("html", "markdown"):
        raise DanvanError(f"annotate: markup must be 'html' or 'markdown', not {markup!r}")
    given(text, str, to="annotate", name="text")
    references = items_of(references, _MARKED, to="annotate", name="references")
    figures = [item for item in references if isinstance(item, FigureMention)]
    index = {id(figure): i for i, figure in enumerate(figures)}
    items = sorted(
        (
            (item.reference, item.directive) if isinstance(item, Resolution) else (item, None)
            for item in references
        ),
        key=lambda pair: pair[0].span,
    )
    escape = _html_text if markup == "html" else _markdown_text
    out: list[str] = []
    position = 0
    for reference, directive in items:
        start, end = reference.span
        if not (0 <= start <= end <= len(text)) or text[start:end] != reference.text:
            raise DanvanError(
                f"annotate: reference {reference.text!r} at {reference.span} is not in this text"
            )
        if start < position:
            raise DanvanError(f"annotate: reference {reference.text!r} at {reference.span} "
                              "overlaps the one before it")  # fmt: skip
        out.append(escape(text[position:start]))
        words = escape(reference.text)
        if isinstance(reference, FigureMention):
            out.append(
                _html_figure(reference, index[id(reference)], words)
                if markup == "html"
                else f"_{words}_"
            )
            position = end
            continue
        link = href(directive) if href is not None and directive is not None else None
        if markup == "html":
            out.append(_html_mark(reference, directive, words, link))
        elif link is not None:
            out.append(f"[{words}]({link.replace(')', '%29').replace(' ', '%20')})")
        else:
            out.append(f"**{words}**")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def _html_text(text: str) -> str:
    return html.escape(text, quote=False)


def _markdown_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _html_figure(figure: FigureMention, index: int, words: str) -> str:
    data = {
        "index": str(index),
        "value": str(figure.value),
        "measure": figure.measure,
        "unit": None if figure.unit_of_measure is None else figure.unit_of_measure.value,
        "level": None if figure.level is None else figure.level.value,
        "field": " ".join(f.value for f in figure.fields) or None,
        "part-of": None if figure.part_of is None else str(figure.part_of),
    }
    return f'<mark class="danvan-fig"{_attributes(data)}>{words}</mark>'


def _attributes(data: dict[str, str | None]) -> str:
    return "".join(
        f' data-{name}="{html.escape(value)}"' for name, value in data.items() if value is not None
    )


def _html_mark(
    reference: Reference, directive: Directive | None, words: str, link: str | None
) -> str:
    data = {
        "kind": reference.kind.value,
        "type": reference.doc_type.value if reference.doc_type is not None else None,
        "symbol": str(reference.symbol) if reference.symbol is not None else None,
        "directive": directive.id if directive is not None else None,
    }
    attributes = _attributes(data)
    if link is not None:
        words = f'<a href="{html.escape(link)}">{words}</a>'
    return f'<mark class="danvan-ref"{attributes}>{words}</mark>'
