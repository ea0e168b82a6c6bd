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


def test_notebook_displays_are_well_formed_and_short() -> None:
    """HTML displays parse as XML, and the bundled data's stay under 4 000 characters."""
    import xml.etree.ElementTree as ET

    from danvan import AdminLevel, coverage

    seeds = load_example()
    big = dataset(models=3000, seed=4)
    shown = [
        seeds._repr_html_(),
        summarize(seeds)._repr_html_(),
        coverage(big.models, big.hierarchy, scope="synth", level=AdminLevel.COMMUNE)._repr_html_(),
        big._repr_html_(),
    ]
    for page in shown:
        ET.fromstring(page)  # noqa: S314 - our own output, parsed to show it is well-formed
    assert all(len(page) < 4000 for page in shown[:2])
    root = ET.fromstring(seeds._repr_html_())  # noqa: S314 - our own output
    assert root.find("caption").text == (  # type: ignore[union-attr]
        "Bộ dữ liệu: 29 đơn vị, 5 báo cáo, 28 số liệu, 2 hồ sơ mô hình"
    )
    assert [td.text for td in root.findall("tr")[1]][:1] == ["seed-000"]


def test_a_long_list_is_cut_and_counted() -> None:
    from danvan._html import MAX_ROWS, table

    page = table("x", ["a"], ((i,) for i in range(MAX_ROWS + 7)))
    assert page.count("<tr>") == 1 + MAX_ROWS + 1
    assert "… và 7 dòng nữa" in page
