"""Names of units as reports write them: with or without their type word.

"tỉnh Sơn La", "Sơn La" and "TP Sơn La" name units of one place; the type word, when
written, says which kind of unit. Lookups compare the folded name without its type word
and rank by whether the type words agree.
"""

from __future__ import annotations

from danvan._text import words

__all__ = ["TYPE_WORDS", "split_name"]

# Type words a name may carry or omit: "tỉnh Sơn La", "Sơn La" and "TP Sơn La" meet;
# abbreviations stand for their full words.
TYPE_WORDS = {
    "tinh": "tinh",
    "thanh pho": "thanh pho",
    "tp": "thanh pho",
    "huyen": "huyen",
    "quan": "quan",
    "thi xa": "thi xa",
    "tx": "thi xa",
    "xa": "xa",
    "phuong": "phuong",
    "thi tran": "thi tran",
    "tt": "thi tran",
    "dac khu": "dac khu",
    "thon": "thon",
    "ban": "ban",
    "ap": "ap",
    "to dan pho": "to dan pho",
    "khom": "khom",
}
_LONGEST_FIRST = sorted(TYPE_WORDS, key=len, reverse=True)


def split_name(name: str) -> tuple[str | None, str]:
    """Split a name into its type word (normalised) and the rest, both folded."""
    key = words(name)
    for word in _LONGEST_FIRST:
        if key.startswith(word + " "):
            return TYPE_WORDS[word], key[len(word) + 1 :]
    return None, key
