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
    from danvan import AdminLevel, count_models, coverage

    big = dataset(models=5000, seed=1)
    assert len(repr(big)) < 80
    assert len(repr(summarize(big))) < 120
    table = count_models(big.models, big.hierarchy, by=("unit", "field", "level"))
    assert len(table) > 100
    communes = coverage(big.models, big.hierarchy, scope="synth", level=AdminLevel.COMMUNE)
    assert repr(communes) == f"Coverage({communes})"
    assert len(communes.expected) > 20
    assert repr(table) == (
        f"Table({len(table)} figures; each model once, at its highest level (distinct_highest))"
    )


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


def _parsed(page: str) -> object:
    import xml.etree.ElementTree as ET

    return ET.fromstring(page)  # noqa: S314 - our own output, parsed to show it is well-formed


def test_every_display_in_english_on_request() -> None:
    """to_html(lang="en") writes captions, headers and the note on rows left out in English."""
    from danvan import AdminLevel, count_models, coverage

    seeds = load_example()
    big = dataset(models=3000, seed=4)
    communes = coverage(big.models, big.hierarchy, scope="synth", level=AdminLevel.COMMUNE)
    pages = {
        "dataset": seeds.to_html(lang="en"),
        "report": seeds.reports[3].to_html(lang="en"),
        "summary": summarize(seeds).to_html(lang="en"),
        "coverage": communes.to_html(lang="en"),
        "findings": check(seeds).to_html(lang="en"),
        "table": count_models(big.models, big.hierarchy).to_html(lang="en"),
    }
    for page in pages.values():
        _parsed(page)
        assert len(page) < 4000 or "more rows" in page
    assert pages["dataset"].startswith("<table><caption>Dataset: 29 units, 5 reports")
    assert "<th>measure</th>" in pages["report"]
    assert "<td>registered</td>" in pages["report"]
    assert "<td>1,635</td>" in pages["report"]  # English number notation
    assert pages["summary"].startswith("<table><caption>Summary of 5 reports; 1 findings")
    assert "commune units</caption><tr><th>no model yet</th>" in pages["coverage"]
    assert "<caption>2 findings: 0 errors, 1 warnings, 1 notes</caption>" in pages["findings"]
    assert "each model once, at its highest level" in pages["table"]
    assert "more rows</td>" in pages["table"]
    assert "đơn vị" not in "".join(pages.values())  # no Vietnamese chrome left behind


def test_a_report_and_the_findings_show_as_tables() -> None:
    """A report shows a row per figure; check() returns a list that shows as a table."""
    seeds = load_example()
    report = seeds.reports[3]
    page = report._repr_html_()
    root = _parsed(page)
    assert root.find("caption").text.startswith(  # type: ignore[attr-defined]
        "seed-003: Sơ kết phong trào thi đua Dân vận khéo"
    )
    rows = root.findall("tr")  # type: ignore[attr-defined]
    assert len(rows) == 1 + len(report.figures)
    assert [td.text for td in rows[2]][:3] == ["registered/economy", "đăng ký xây dựng", "451"]
    found = check(seeds)
    assert isinstance(found, list)
    assert "<td>recognised_not_above_registered</td>" in found._repr_html_()
    assert "1 cảnh báo" in found._repr_html_()


def test_a_display_shows_every_row_when_asked() -> None:
    from danvan import count_models

    big = dataset(models=3000, seed=4)
    table = count_models(big.models, big.hierarchy, by=("unit", "field"))
    assert len(table) > 20
    assert _parsed(table._repr_html_()).findall("tr")[-1][0].text.startswith("…")  # type: ignore[attr-defined]
    assert len(_parsed(table.to_html(max_rows=None)).findall("tr")) == 1 + len(table)  # type: ignore[attr-defined]
