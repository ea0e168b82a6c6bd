"""The big values show as one line in a notebook or a shell, not as a dump."""

from danvan import check, load_example, summarize
from danvan.synth import dataset


def test_the_bundled_data() -> None:
    seeds = load_example()
    assert repr(seeds) == "Dataset(29 units, 5 reports, 28 figures, 2 models)"
    assert repr(seeds.reports[3]) == (
        "Report('seed-003', 'Sơ kết phong trào thi đua Dân vận khéo …', 9 figures)"
    )
    assert (
        repr(summarize(seeds)) == "Summary(5 reports, 2 model records; ✓ 19, ⚠ 2, · 7; 1 finding)"
    )
    [warning, note] = check(seeds)
    assert repr(warning).startswith(
        "Finding(warning recognised_not_above_registered: 'more recognised than registered"
    )
    assert repr(warning).endswith("@ $.reports[3].figures[5] +1)")
    assert repr(note).startswith("Finding(info field_balance:")


def test_size_does_not_grow_with_the_data() -> None:
    big = dataset(models=5000, seed=1)
    assert len(repr(big)) < 80
    assert len(repr(summarize(big))) < 120
