"""A count named again to list its parts: "Trong 826 mô hình, có 512 mô hình tập thể, …".

"… công nhận 1.245 mô hình, điển hình, gồm 826 mô hình và 419 điển hình. Trong 826 mô hình,
có 512 mô hình tập thể, 314 mô hình cá nhân; trong 419 điển hình, có 96 …": each count
after "trong" is one before it named again, with what it measures, not a new count of
models nor a subset of the count before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from danvan._counts import Count
from danvan._extract._figure_mention import FigureMention

__all__ = ["counts_named_again"]

# "Trong 826 mô hình, …", "; trong (tổng) số 419 điển hình, …" at a clause's head.
_NAMED_AGAIN = re.compile(r"(?:^|[.;:\n]\s?)trong\s(?:(?:tong\s)?so\s)?$")
# How far back the count named again may be.
_REACH = 600


def counts_named_again(
    folded: str, mentions: list[FigureMention], spans: Sequence[tuple[int, int]]
) -> None:
    """Give each count named again what the count it names measures, in place."""
    for i, mention in enumerate(mentions):
        start = spans[i][0]
        if (
            not isinstance(mention.value, Count)
            or mention.measure not in (None, "models")
            or not _NAMED_AGAIN.search(folded, max(0, start - 20), start)
        ):
            continue
        near = bisect.bisect_left(spans, (start - _REACH, -1))  # the first within reach
        named = next(
            (
                j
                for j in range(i - 1, near - 1, -1)
                if mentions[j].value == mention.value
                and mentions[j].unit_of_measure is mention.unit_of_measure
                and mentions[j].measure is not None
                and mentions[j].change is None
            ),
            None,
        )
        if named is None:
            continue
        earlier = mentions[named]
        evidence = {
            name: words
            for name, words in mention.evidence.items()
            if name not in ("part_of", "subset_of", "measure")
        }
        if "measure" in earlier.evidence:
            evidence["measure"] = earlier.evidence["measure"]
        mentions[i] = attrs.evolve(
            mention,
            measure=earlier.measure,
            kind=mention.kind or earlier.kind,
            period=mention.period or earlier.period,
            part_of=None,
            subset_of=None,
            evidence=evidence,
        )
        for k in range(i + 1, len(mentions)):  # its parts with no act of their own: "có 512"
            part = mentions[k]
            if part.part_of == i and part.measure is None:
                words = evidence.get("measure") or part.evidence.get("noun")
                said = part.evidence if words is None else {**part.evidence, "measure": words}
                mentions[k] = attrs.evolve(part, measure=earlier.measure, evidence=said)
