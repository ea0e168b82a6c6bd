"""How well find_figures reads report text: precision and recall on two corpora.

1. The sentences of ``tests/test_find_figures.py`` (our own wording in the style of
   real reports), each with the figures a careful reader finds: value recall, the
   share of mentions that are real figures, and each attribute's accuracy where the
   corpus gives it.
2. The five seed reports (``tests/data/seed-texts``) against the figures the bundled
   dataset holds for them: value recall, and the measure and breakdown parent of the
   values recovered.
"""

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_find_figures import CORPUS  # noqa: E402

from danvan import find_figures, load_example  # noqa: E402


def corpus() -> None:
    expected_values = found_values = matched = 0
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for text, expected in CORPUS:
        found = find_figures(text)
        wanted = [value for value, _ in expected]
        got = [str(m.value) for m in found]
        expected_values += len(wanted)
        found_values += len(got)
        pending = Counter(wanted)
        for value in got:
            if pending[value] > 0:
                pending[value] -= 1
                matched += 1
        for mention, (value, attributes) in zip(found, expected, strict=False):
            if str(mention.value) != value:
                continue
            for name, want in attributes.items():
                asked[name] += 1
                right[name] += getattr(mention, name) == want
    print("find_figures on the corpus of tests/test_find_figures.py")
    print(f"  {'value recall':<40} {matched / max(expected_values, 1):6.2f}  (aim >= 0.95)")
    print(
        f"  {'mentions that are figures':<40} {matched / max(found_values, 1):6.2f}  (aim >= 0.85)"
    )
    for name in sorted(asked):
        print(f"  {name + ' right':<40} {right[name] / asked[name]:6.2f}  ({asked[name]} asked)")


def seeds() -> None:
    dataset = load_example()
    texts = sorted((ROOT / "tests" / "data" / "seed-texts").glob("*.txt"))
    wanted = recovered = measure_right = parent_right = 0
    for path, report in zip(texts, dataset.reports, strict=True):
        found = find_figures(path.read_text(encoding="utf-8"))
        by_value: dict[str, list[int]] = {}
        for i, mention in enumerate(found):
            by_value.setdefault(str(mention.value), []).append(i)
        ids = {f.id: str(f.value) for f in report.figures if f.id is not None}
        for figure in report.figures:
            wanted += 1
            candidates = by_value.get(str(figure.value), [])
            if not candidates:
                continue
            recovered += 1
            mention = found[candidates.pop(0)]
            measure_right += mention.measure == figure.measure
            parent = found[mention.part_of].value if mention.part_of is not None else None
            expected_parent = ids.get(figure.part_of) if figure.part_of else None
            parent_right += (str(parent) if parent is not None else None) == expected_parent
    print("find_figures on the seed texts, against the bundled dataset's figures")
    print(f"  {'values recovered':<40} {recovered}/{wanted}")
    print(f"  {'measure as the dataset has it':<40} {measure_right}/{recovered}")
    print(f"  {'breakdown parent as the dataset has it':<40} {parent_right}/{recovered}")


if __name__ == "__main__":
    corpus()
    seeds()
