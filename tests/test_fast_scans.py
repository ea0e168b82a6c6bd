"""Patterns written to be found fast find what the plain patterns find, on any text."""

import bisect
import html
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan._extract._clean import _BLOCK, _MARKUP, CleanText, matches_at, unwrapped
from danvan._extract._figure_candidates import candidates
from danvan._extract._figure_words import CANDIDATE, FULL_STOP
from danvan._extract._mentions import _DATE, _DATE_START
from danvan._extract._patterns import at_word_start
from danvan._extract._said_twice import said_once
from danvan._period_grammar import PERIOD_IN_TEXT, PERIOD_STARTS
from danvan._text import _MYRIAD_WORD, clean, fold_each

# Report words around numbers, dates and qualifiers, joined in any order.
_PIECES = [
    "trên",
    "gần",
    "khoảng",
    "ít nhất",
    "không dưới",
    "hàng trăm",
    "hàng nghìn",
    "1.635",
    "8,6%",
    "28/9/2021",
    "05 tháng 12 năm 2018",
    "12",
    "2025",
    "3/5",
    "x12",
    "-7",
    "mô hình",
    "tập thể",
    "Ngày",
    "năm",
    ",",
    ".",
    "/",
    "(",
    "\n",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join) | st.text(
    alphabet="0123456789 ./-,%trênghàn", max_size=60
)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_numbers_found_where_they_start(text: str) -> None:
    """Trying the number pattern only where a number starts misses none."""
    folded = fold_each(text)
    assert _spans(candidates(folded)) == _spans(CANDIDATE.finditer(folded))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_dates_found_where_they_start(text: str) -> None:
    """Trying the date pattern only where a number starts misses none."""
    folded = fold_each(text)
    assert _spans(matches_at(_DATE, _DATE_START, folded)) == _spans(_DATE.finditer(folded))


# The words periods are written with, each form's first ones among them.
_PERIOD_PIECES = [
    "năm", "Năm", "2021", "2025", "-", "–", "giai đoạn", "nhiệm kỳ", "thời kỳ", "kỳ", "quý",
    "I", "III", "tháng", "6", "9", "sáu", "mười một", "đầu", "cuối", "từ", "Từ", "đến", "tới",
    "nay", "hết", "ngày", "05/12/2018", "qua", "trong", "10", "các", "những", "và", "học",
    "khi", "phát động", "tiếp theo", ",", "(", ")", "/", ".", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_PERIOD_PIECES), max_size=14).map(" ".join))
def test_periods_found_where_they_start(text: str) -> None:
    """Trying the period grammar only where a form's first word is misses none."""
    folded = fold_each(text)
    fast = matches_at(PERIOD_IN_TEXT, PERIOD_STARTS, folded)
    assert _spans(fast) == _spans(PERIOD_IN_TEXT.finditer(folded))


def test_each_period_form_is_found_where_it_starts() -> None:
    """Every form the grammar reads, inside a sentence, is found by its first word."""
    forms = [
        "6 tháng đầu năm 2020",
        "Sáu tháng cuối năm 2025",
        "quý I, II/2025",
        "quý III năm 2025",
        "từ tháng 1 đến tháng 9 năm 2025",
        "tháng 10 và tháng 11 năm 2025",
        "tháng 9/2025",
        "từ tháng 7/2025 đến nay",
        "Từ năm 2021, ",
        "từ khi phát động (năm 2009) đến nay",
        "năm học 2024 - 2025",
        "từ đầu năm 2021 đến hết năm 2025",
        "từ ngày 05/12/2018 đến nay",
        "qua 10 năm",
        "trong 5 năm qua",
        "từ đầu năm đến ngày 15/11/2025",
        "28/9/2021 - 22/11/2023",
        "các năm 2023, 2024 và 2025.",
        "2 năm 2024, 2025;",
        "giai đoạn 2021-2025",
        "nhiệm kỳ 2020 - 2025",
        "thời kỳ 2016 - 2020",
        "2019 – 2020",
        "năm 2018",
        "giai đoạn 2024-2030 và những năm tiếp theo",
    ]
    for form in forms:
        folded = fold_each(clean(f"Kết quả {form} rất tốt"))
        found = _spans(matches_at(PERIOD_IN_TEXT, PERIOD_STARTS, folded))
        assert found == _spans(PERIOD_IN_TEXT.finditer(folded)) != [], form


def test_words_at_their_start_only() -> None:
    """As ``\\b(?:…)`` matches: "bình quân" and "trung bình", not inside another word."""
    pattern = re.compile(at_word_start(r"binh\squan", r"trung\sbinh") + r"\b")
    text = "binh quan, trung binh; xbinh quan, atrung binh, binh quanh"
    assert [m.group() for m in pattern.finditer(text)] == ["binh quan", "trung binh"]


# Words that share their first letters, as the kinds of unit do, and what joins them.
_WORDS = ["thi xa", "thi tran", "thanh pho", "to", "to dan pho", "tinh", "huyen", "xa", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6, unique=True),
    st.lists(st.sampled_from([*_WORDS, " ", "a", "n", ",", "thi"]), max_size=20),
)
def test_words_grouped_by_letter_match_as_the_plain_alternation(
    words: list[str], pieces: list[str]
) -> None:
    """Words tried once per first letter match what ``\\b(?:…)`` in their order matches."""
    alternatives = [w.replace(" ", r"\s") for w in words]
    fast = re.compile(at_word_start(*alternatives))
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    text = " ".join(pieces)
    assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))


def test_words_must_start_with_a_letter() -> None:
    with pytest.raises(ValueError, match="start with a letter"):
        at_word_start(r"\bdot")


# Pieces of report text as it arrives: tags, entities, decomposed letters, runs of spaces.
_RAW_PIECES = [
    "mô hình",
    "Mô hình",  # decomposed: "o" and a combining circumflex
    "x\u0302",  # a mark no letter composes with
    "<p>",
    "</p>",
    "<br/>",
    "<b>",
    "&amp;",
    "&nbsp;",
    "&#273;",
    "   ",
    "  ",
    " ",
    "\n",
    "1.200",
    "đ",
    "<script>var n = 12;</script>",  # a page's code: read as nothing
    "<STYLE>p{margin:4px}</STYLE>",
    "hai mươi",  # said again in digits: read as the digits
    " (20)",
    "20",
    "(hai mươi)",
    " phần trăm",  # the percent sign said in words
]


def _per_character(text: str) -> tuple[str, list[int], list[int]]:
    """Where each cleaned character comes from, told one character at a time.

    The map as a list per character, built the plain way, to hold the stretches to.
    """

    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def plain(a: int, b: int) -> None:
        if unicodedata.is_normalized("NFC", text[a:b]):
            out.extend(text[a:b])
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            return
        cluster = a
        for i in range(a, b + 1):
            if i < b and i > cluster and unicodedata.combining(text[i]):
                continue
            if i > cluster:
                composed = unicodedata.normalize("NFC", text[cluster:i])
                out.extend(composed)
                starts.extend([cluster] * len(composed))
                ends.extend([i] * len(composed))
            cluster = i

    position = 0
    for match in _MARKUP.finditer(text):
        plain(position, match.start())
        token = match.group()
        value = html.unescape(token) if token.startswith("&") else ""
        if token.endswith(" "):  # spaces, or a tag and the spaces after it: one, none after one
            value = "" if out and out[-1] == " " else " "
        value = "\n" if _BLOCK.match(token) else value
        for char in value:
            out.append(char)
            starts.append(match.start())
            ends.append(match.end())
        position = match.end()
    plain(position, len(text))
    return "".join(out), starts, ends


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_RAW_PIECES), max_size=30))
def test_the_map_of_stretches_is_the_map_of_characters(pieces: list[str]) -> None:
    """Each cleaned character maps back where the plain per-character map says it does."""
    text = "".join(pieces)
    source = CleanText(text)
    cleaned, starts, ends = _per_character(unwrapped(said_once(text)))  # a line going on: one
    assert source.clean == clean(cleaned)  # odd spaces and dashes, one for one
    for i in range(len(cleaned)):
        assert source.span(i, i + 1) == (starts[i], ends[i])
    for original in range(len(text) + 1):
        assert source.at(original) == bisect.bisect_left([*starts, len(text)], original)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(["hai", " mươi", " (", "(", ")", "20", "2", " ", "phần trăm"])))
def test_a_number_said_twice_is_read_once_in_place(pieces: list[str]) -> None:
    """Reading a number said twice once keeps every offset, sayings nested or not."""
    text = "".join(pieces)
    read = said_once(text)
    assert len(read) == len(text)
    assert {c for c, was in zip(read, text, strict=True) if c != was} <= set("0123456789% ")


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet="0123456789 .;:\na", max_size=40))
def test_a_full_stop_found_by_its_dot(text: str) -> None:
    """The full stop written dot first finds what the one written look-behind first does."""
    plain = re.compile(r"(?<![0-9])\.|\.(?![0-9])|[;:\n]")
    fast = re.compile(rf"{FULL_STOP}|[;:\n]")
    assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(["vạn", "VẠN", "Vạn", "văn", "hàng", "12", "1,5", " ", "x"])))
def test_a_myriad_found_by_its_first_letter(pieces: list[str]) -> None:
    """ "vạn" after a number, found from its "v", is found where the plain pattern finds it."""
    text = "".join(pieces)
    plain = re.compile(r"(?:(?<=[0-9])|(?<=[0-9]\s)|(?<=\bhàng\s))vạn\b", re.IGNORECASE)
    assert _spans(_MYRIAD_WORD.finditer(text)) == _spans(plain.finditer(text))
