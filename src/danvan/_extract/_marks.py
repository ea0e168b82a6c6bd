"""Marks a text's source adds around its words, read as what they say, offsets kept.

Each reading replaces characters one for one, so that the cleaned text keeps the
original's offsets: the dots that lead a label to its value are its colon, a news
article's dateline ends in a full stop, and Markdown's marks of emphasis, headings and
quotes are spaces (the lines it marks as headings are kept apart, to head what follows).
"""

from __future__ import annotations

import re

__all__ = ["datelines_read", "leaders_read", "markdown_read", "marked_headings"]


# The dots that lead a line's label to its value: "Hội Nông dân ......... 180 mô hình".
# A run is tried once, from its first dot, and never given back: linear in its length.
_LEADER = re.compile(r"(?<![.…])(?:\.{4,}+|…{2,}+)[ \t]*+(?=[0-9])")


def leaders_read(text: str) -> str:
    """``text`` with each run of leading dots read as a label's colon, offsets kept."""
    if "...." not in text and "……" not in text:
        return text
    return _LEADER.sub(lambda dots: ":" + " " * (len(dots[0]) - 1), text)


# A news article's dateline, opening its first paragraph: the paper's name in brackets
# or a place in capitals, then a dash: "(Báo Hà Tĩnh) - Giai đoạn 2020 - 2025, …", "HÀ
# TĨNH – Năm 2024, …".
_DATELINE = re.compile(
    r"^[ \t]*(\([^()\n]{2,40}\)|[^\W\d_]+(?:[ \t][^\W\d_]+){0,4})[ \t]*([-–—])(?=[ \t]+\S)",
    re.MULTILINE,
)


def datelines_read(text: str) -> str:
    """``text`` with a dateline's dash read as the full stop it is, offsets kept.

    What follows opens a sentence of its own: "Giai đoạn 2020 - 2025, …" heads its clause.
    """

    def read(line: re.Match[str]) -> str:
        said = line[1]
        if not (said.startswith("(") or said.isupper()):
            return line[0]
        return line[0][: line.start(2) - line.start()] + "."

    return _DATELINE.sub(read, text) if "-" in text or "–" in text or "—" in text else text


# Markdown's marks of emphasis, around words: "**4.826 mô hình**", "*kinh tế* có 1.982",
# "__Kết quả__"; not a bullet ("* Cấp tỉnh: …") nor a mark alone ("3 * 4").
_EMPHASIS = re.compile(
    r"(?:\*\*|__)(?=[^\s*_])|(?<=[^\s*_])(?:\*\*|__)|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?!\w)"
)


def markdown_read(text: str) -> str:
    """``text`` with Markdown's marks of emphasis, headings and quotes read as spaces.

    Offsets kept: "## Kết quả năm 2025" is a heading, "> Các năm …" a line of text.
    """
    if "#" in text or ">" in text:
        text = _LINE_MARKS.sub(lambda marks: " " * len(marks[0]), text)
    if "*" not in text and "__" not in text:
        return text
    return _EMPHASIS.sub(lambda marks: " " * len(marks[0]), text)


# Markdown's marks that open a line: a heading's ("## "), a quote's ("> ").
_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}|>)[ \t]", re.MULTILINE)
_HEADING_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]", re.MULTILINE)


def marked_headings(text: str) -> list[int]:
    """Where each line Markdown marks as a heading ("## Kết quả năm 2025") starts."""
    return [m.start() for m in _HEADING_MARKS.finditer(text)] if "#" in text else []
