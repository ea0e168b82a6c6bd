"""Finding document references in report text: throughput and hostile input.

The corpus: the five seed reports (``tests/data/seed-texts``) repeated to 5 MB, each copy
with its document numbers changed, so nothing is found twice the same. The peer is one
plain regular-expression scan for a number-and-symbol shape over the same text, the
least any extractor does; danvan also cleans, folds, parses every candidate, looks for
type words, dates, issuers and names, and builds typed references.
"""

import re
import sys
from pathlib import Path

from bench.common import best_of, row
from danvan import Directive, find_dates, find_figures, find_periods, find_references, resolve

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed-texts"
MEGABYTES = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
_PEER = re.compile(r"\d{1,5}\s?-\s?[A-ZĐ]{1,8}/[A-Za-zĐ]{1,10}")
_NUMBER = re.compile(r"\b(\d{1,4})(-(?:CT|KH|QĐ)/Th?U)")


def corpus(megabytes: float) -> str:
    texts = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copies, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        n += 1
        copy = _NUMBER.sub(lambda m, n=n: f"{int(m.group(1)) + n}{m.group(2)}", texts)
        copies.append(copy)
        size += len(copy.encode("utf-8")) + 2
    return "\n\n".join(copies)


def dense(megabytes: float) -> str:
    """Text that is nothing but symbols, each with its own number: no cache helps."""
    shapes = ["CT/TU", "KH/TU", "QĐ/TU", "NQ/TW", "HD/BDVTW", "KH/UBND", "CT/ThU", "QĐ/HU"]
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        part = f"{i % 99_991 + 1}-{shapes[i % len(shapes)]} "
        parts.append(part)
        size += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


def main() -> None:
    text = corpus(MEGABYTES)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    print(f"extract: {megabytes:.1f} MB of report text ({len(text):,} characters)")
    peer, peer_found = best_of(lambda: sum(1 for _ in _PEER.finditer(text)))
    found_time, found = best_of(lambda: find_references(text))
    row(f"find_references ({len(found):,} references)", found_time, peer)
    row(f"peer: one regex scan ({peer_found:,} matches)", peer)
    print(f"  {'throughput':<48} {megabytes / found_time:10.1f} MB/s  (target 5 MB/s)")
    symbols = dense(1.0)
    dense_time, dense_found = best_of(lambda: find_references(symbols))
    per_mb = found_time / megabytes
    dense_per_mb = dense_time / (len(symbols.encode("utf-8")) / 1_000_000)
    row(f"find_references, 1 MB of symbols alone ({len(dense_found):,})", dense_time)
    print(
        f"  {'time per MB: symbols alone / report text':<48} {dense_per_mb / per_mb:10.1f}x"
        "  (target <= 15x)"
    )
    figures_time, figures = best_of(lambda: find_figures(text))
    row(f"find_figures ({len(figures):,} figures)", figures_time, found_time)
    print(f"  {'throughput':<48} {megabytes / figures_time:10.1f} MB/s  (target 1 MB/s)")
    numbers = ("12 mô hình, 3 tập thể; 7/9 xã đạt 45% " * 30_000)[:1_000_000]
    dense_figures, found_numbers = best_of(lambda: find_figures(numbers))
    row(f"find_figures, 1 MB of numbers and nouns ({len(found_numbers):,})", dense_figures)
    periods, _ = best_of(lambda: find_periods(text))
    row("find_periods", periods)
    dates, _ = best_of(lambda: find_dates(text))
    row("find_dates", dates)

    hostile = ("1-/" * 333_334)[:1_000_000]
    print("hostile: 1 MB of digits, dashes and slashes (target under 1 s each)")
    for label, text_ in (
        ("'1-/' repeated", hostile),
        ("digits then '-CT/'", "1" * 500_000 + "-CT/" * 125_000),
        ("'Chỉ thị số 1-' repeated", ("Chỉ thị số 1-" * 80_000)[:1_000_000]),
        ("dots, as a label's leader ends", "." * 999_998 + " a"),
    ):
        seconds, _ = best_of(lambda t=text_: find_references(t))
        row(f"find_references, {label}", seconds)
    seconds, _ = best_of(lambda: (find_periods(hostile), find_dates(hostile)))
    row("find_periods + find_dates, '1-/' repeated", seconds)
    tags = ("<aside><ul>Tin liên quan\n" * 40_000)[:1_000_000]  # never closed
    seconds, _ = best_of(lambda: find_figures(tags))
    row("find_figures, a page's asides left open", seconds)
    joined = (("Xã A" + " và A" * 30 + " nhận 12 mô hình. ") * 8_000)[:1_000_000]
    seconds, found_joined = best_of(lambda: find_figures(joined))
    row(f"find_figures, names joined by 'và' ({len(found_joined):,})", seconds)
    resolve_scaling()


def resolve_scaling() -> None:
    """resolve on short references that find nothing earlier: linear, so doubling ~2x."""
    print("resolve: 'Kế hoạch số 1. ' repeated, no document to link (target: doubling ~2x)")
    registry = [Directive(symbol="11-CT/TU"), Directive(symbol="26-KH/TU")]
    previous = None
    for count in (12_500, 25_000, 50_000, 100_000):
        references = find_references("Kế hoạch số 1. " * count)
        seconds, _ = best_of(lambda r=references: resolve(r, registry))
        doubling = f"{seconds / previous:6.2f}x the half" if previous else ""
        print(f"  {f'{len(references):,} references':<48} {seconds * 1000:10.1f} ms  {doubling}")
        previous = seconds


if __name__ == "__main__":
    main()
