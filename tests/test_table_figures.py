"""Tables in report text: each number read by its column's header and its row's label."""

from __future__ import annotations

from danvan import (
    Count,
    Draft,
    Field,
    ModelKind,
    Period,
    RecognitionLevel,
    Source,
    UnitOfMeasure,
    check,
    draft_report,
    find_figures,
)
from tests.seeds import ninh_binh

BY_FIELD = (
    "Kết quả xây dựng mô hình theo lĩnh vực năm 2025:\n"
    "| TT | Lĩnh vực | Số mô hình đăng ký | Số mô hình được công nhận | Ghi chú |\n"
    "|---|---|---:|---:|---|\n"
    "| 1 | Kinh tế | 132 | 117 | |\n"
    "| 2 | Văn hóa - xã hội | 95 | 88 | |\n"
    "| 3 | Quốc phòng - an ninh | 41 | 39 | |\n"
    "| | Tổng cộng | 268 | 244 | |\n"
)


def _draft(text: str, period: str | None = "năm 2025") -> Draft:
    return draft_report(
        text,
        id="nb-table",
        source=Source(title="Báo cáo kết quả năm 2025"),
        scope="vn/ninh-binh",
        movement="dan-van-kheo",
        period=None if period is None else Period.parse(period),
    )


def _nothing_left_and_clean(result: Draft) -> None:
    """The draft leaves nothing out, and `check` finds no error in it."""
    assert result.left_out == ()
    dataset = result.into(ninh_binh())
    assert [f for f in check(dataset) if f.severity.value == "error"] == []


def test_each_cell_is_read_by_its_header_and_its_row() -> None:
    """A field's row under "Số mô hình được công nhận" is that field's models recognised."""
    found = find_figures(BY_FIELD)
    read = [(m.text, m.measure, m.fields, m.part_of) for m in found]
    registered, recognised = 6, 7  # the total row's two figures
    assert read == [
        ("132", "registered", (Field.ECONOMY,), registered),
        ("117", "recognised", (Field.ECONOMY,), recognised),
        ("95", "registered", (Field.CULTURE_SOCIETY,), registered),
        ("88", "recognised", (Field.CULTURE_SOCIETY,), recognised),
        ("41", "registered", (Field.DEFENCE_SECURITY,), registered),
        ("39", "recognised", (Field.DEFENCE_SECURITY,), recognised),
        ("268", "registered", (), None),
        ("244", "recognised", (), None),
    ]
    assert {m.unit_of_measure for m in found} == {UnitOfMeasure.MODELS}
    assert {m.period for m in found} == {Period.parse("năm 2025")}  # the line above it
    economy = found[1]
    assert BY_FIELD[slice(*economy.span)] == "117"
    header = BY_FIELD.index("Số mô hình được công nhận")
    assert economy.evidence["measure"][1][0] >= header  # the header's words decided it
    label = BY_FIELD.index("Kinh tế")
    assert economy.evidence["fields"] == ("Kinh tế", (label, label + len("Kinh tế")))


def test_a_drafted_table_adds_up_and_checks_clean() -> None:
    """The draft of a table holds its totals and their cells, and says nothing is left."""
    result = _draft(BY_FIELD)
    figures = result.report.figures
    totals = [f for f in figures if f.part_of is None]
    assert [(str(f.value), f.measure) for f in totals] == [
        ("268", "registered"),
        ("244", "recognised"),
    ]
    for total, expected in zip(totals, (268, 244), strict=True):  # the parts add up
        parts = [f.value for f in figures if f.part_of == total.id]
        assert len(parts) == 3
        assert sum(p.value for p in parts if isinstance(p, Count)) == expected
    _nothing_left_and_clean(result)


def test_a_header_of_an_act_alone_takes_its_noun_from_the_line_above() -> None:
    """ "Đăng ký", "Công nhận" count the models the line above the table names."""
    text = (
        "Các huyện đăng ký và được công nhận mô hình trong năm 2025 như sau:\n"
        "STT\tĐơn vị\tĐăng ký\tCông nhận\n"
        "1\tHuyện Yên Mô\t64\t51\n"
        "2\tHuyện Kim Sơn\t72\t60\n"
        "\tTổng cộng\t136\t111\n"
    )
    found = find_figures(text)
    assert [(m.text, m.measure, m.unit_of_measure, m.place_words) for m in found] == [
        ("64", "registered", UnitOfMeasure.MODELS, "Huyện Yên Mô"),
        ("51", "recognised", UnitOfMeasure.MODELS, "Huyện Yên Mô"),
        ("72", "registered", UnitOfMeasure.MODELS, "Huyện Kim Sơn"),
        ("60", "recognised", UnitOfMeasure.MODELS, "Huyện Kim Sơn"),
        ("136", "registered", UnitOfMeasure.MODELS, None),
        ("111", "recognised", UnitOfMeasure.MODELS, None),
    ]
    assert found[0].evidence["noun"][0] == "mô hình"
    result = _draft(text)  # a district's row is that district's: left for its report
    assert [str(f.value) for f in result.report.figures] == ["136", "111"]
    assert len(result.left_out) == 4
    assert result.left_out[0] == (
        f"'64' @ {text.index('64')}: it is about 'Huyện Yên Mô', not 'vn/ninh-binh': add it "
        "to that unit's report"
    )


def test_rows_of_levels_split_by_spaces() -> None:
    """Rows of levels, cells split by runs of spaces: each level's cell of the total.

    The caption names both nouns and what they do: the models and exemplars in operation.
    """
    text = (
        "Số mô hình, điển hình đang hoạt động:\n"
        "Cấp             Mô hình     Điển hình\n"
        "Cấp tỉnh        18          7\n"
        "Cấp huyện       64          25\n"
        "Cấp xã          305         112\n"
        "Tổng số         387         144\n"
    )
    found = find_figures(text)
    assert [(m.text, m.unit_of_measure, m.level, m.part_of) for m in found] == [
        ("18", UnitOfMeasure.MODELS, RecognitionLevel.PROVINCE, 6),
        ("7", UnitOfMeasure.EXEMPLARS, RecognitionLevel.PROVINCE, 7),
        ("64", UnitOfMeasure.MODELS, RecognitionLevel.DISTRICT, 6),
        ("25", UnitOfMeasure.EXEMPLARS, RecognitionLevel.DISTRICT, 7),
        ("305", UnitOfMeasure.MODELS, RecognitionLevel.GRASSROOTS, 6),
        ("112", UnitOfMeasure.EXEMPLARS, RecognitionLevel.GRASSROOTS, 7),
        ("387", UnitOfMeasure.MODELS, None, None),
        ("144", UnitOfMeasure.EXEMPLARS, None, None),
    ]
    assert {m.measure for m in found} == {"in_operation"}  # the caption's "đang hoạt động"


def test_rows_of_years_and_columns_of_years() -> None:
    """A year's row (or column) is of that year; their total is of all of them."""
    by_rows = (
        "| Năm | Số mô hình được công nhận | Số điển hình được biểu dương |\n"
        "| Năm 2023 | 164 | 52 |\n"
        "| Năm 2024 | 187 | 61 |\n"
        "| Cộng | 351 | 113 |\n"
    )
    by_columns = (
        "Nội dung\tNăm 2023\tNăm 2024\tCộng\n"
        "Số mô hình được công nhận\t164\t187\t351\n"
        "Số điển hình được biểu dương\t52\t61\t113\n"
    )
    by_bare_years = (  # the years alone, under "Năm": they were read as counts, none read
        "| Năm | Số mô hình được công nhận | Số điển hình được biểu dương |\n"
        "|---|---|---|\n"
        "| 2023 | 164 | 52 |\n"
        "| 2024 | 187 | 61 |\n"
        "| Cộng | 351 | 113 |\n"
    )
    by_bare_column_years = by_columns.replace("Năm 2023", "2023").replace("Năm 2024", "2024")
    two_years = Period.parse("giai đoạn 2023 - 2024")
    y23, y24 = Period.parse("năm 2023"), Period.parse("năm 2024")
    for text in (
        by_rows,
        by_columns,
        by_bare_column_years,  # "Nội dung | 2023 | 2024": no line of numbers, a header
        by_bare_years,
        by_bare_years.replace("| Cộng | 351 | 113 |\n", ""),
    ):
        found = find_figures(text)
        read = {
            (m.text, m.measure, m.period, m.part_of, m.subset_of and found[m.subset_of].text)
            for m in found
        }
        summed = "Cộng" in text  # each year's count is among its column's total
        years = {
            ("164", "recognised", y23, None, "351" if summed else None),
            ("187", "recognised", y24, None, "351" if summed else None),
            ("52", "honoured", y23, None, "113" if summed else None),
            ("61", "honoured", y24, None, "113" if summed else None),
        }
        total = {
            ("351", "recognised", two_years, None, None),
            ("113", "honoured", two_years, None, None),
        }
        assert read == (years | total if summed else years)


_YEARS_TABLE = (
    "Phong trào “Dân vận khéo” của tỉnh giai đoạn 2022 - 2024: kết quả nổi bật\n\n"
    "| Năm | Đăng ký (mô hình) | Công nhận (mô hình) | Tỷ lệ (%) |\n"
    "|---|---|---|---|\n"
    "| 2022 | 410 | 362 | 88,3 |\n"
    "| 2023 | 436 | 398 | 91,3 |\n"
    "| 2024 | 452 | 420 | 92,9 |\n"
    "| Tổng | 1.298 | 1.180 | 90,9 |\n\n"
    "Tính chung cả giai đoạn, toàn tỉnh có 1.180 mô hình, điển hình được công nhận, trong đó "
    "cấp tỉnh 58, cấp huyện 314, cấp xã 808.\n"
)


def test_a_total_row_of_years_holds_each_year_and_the_prose_names_it_again() -> None:
    """Years' rows are among their "Tổng"; "cả giai đoạn" is the phase the headline names.

    Each year's rate stays its own year's share; the prose's count of models and
    exemplars, of the whole phase, gives the table's total again (one count, listed once)
    and its levels are its parts.
    """
    result = _draft(_YEARS_TABLE, period=None)  # of the phase the headline names
    assert result.left_out == ()
    figures = {f.id: f for f in result.report.figures}
    by_value = {(str(f.value), f.measure, f.unit_of_measure): f for f in figures.values()}
    phase = Period.parse("giai đoạn 2022 - 2024")
    registered = by_value["1.298", "registered", UnitOfMeasure.MODELS]
    recognised = by_value["1.180", "recognised", UnitOfMeasure.MODELS]
    assert (registered.period, recognised.period) == (phase, phase)
    among = {
        (str(f.value), f.period.start.year): figures[f.subset_of].value
        for f in figures.values()
        if f.subset_of is not None and f.period is not None
    }
    assert among == {
        ("410", 2022): Count(1298),
        ("436", 2023): Count(1298),
        ("452", 2024): Count(1298),
        ("362", 2022): Count(1180),
        ("398", 2023): Count(1180),
        ("420", 2024): Count(1180),
    }
    rates = {str(f.value): (str(figures[f.of].value), f.period) for f in figures.values() if f.of}
    assert rates["88,3%"] == ("410", Period.parse("năm 2022"))
    assert rates["90,9%"] == ("1.298", phase)
    again = by_value["1.180", "recognised", UnitOfMeasure.MODELS_AND_EXEMPLARS]
    assert (again.period, again.restates) == (phase, recognised.id)
    levels = [f for f in figures.values() if f.part_of == again.id]
    assert sorted(str(f.value) for f in levels) == ["314", "58", "808"]
    dataset = result.into(ninh_binh())
    ours = f"$.reports[{len(dataset.reports) - 1}]."  # the seed's own warning aside
    found = [f for f in check(dataset) if any(p.startswith(ours) for p in f.paths)]
    assert [f for f in found if f.severity.value != "info"] == []


def test_what_a_table_does_not_say_is_left_out_with_a_note() -> None:
    """A share with no count beside it, a cell that is no count, a row out of line: said.

    The share whose row's count is read is drafted as that count's share of the total.
    """
    text = (
        "Kết quả theo khối năm 2025:\n"
        "TT\tKhối\tSố mô hình đăng ký\tTỷ lệ (%)\n"
        "1\tKhối Đảng\t46\t10,2\n"
        "2\tKhối chính quyền\t148,5\t32,8\n"
        "3\tLực lượng vũ trang\t38\t8,4\t5\n"
        "\tTổng cộng\t451\t100\n"
    )
    out_of_line = "3\tLực lượng vũ trang\t38\t8,4\t5"
    result = _draft(text)
    total, party, share = result.report.figures
    assert [(str(f.value), f.dims.category) for f in result.report.figures] == [
        ("451", None),
        ("46", "Khối Đảng"),
        ("10,2%", "Khối Đảng"),
    ]
    assert (share.restates, share.of) == (party.id, total.id)
    no_base = "a percentage's base is not drafted: add it with of= the figure it is of"
    odd = f"'148,5' @ {text.index('148,5')}: a table's cell that is no count"
    row = f"'{out_of_line}' @ {text.index(out_of_line)}: a table's row whose cells do not"
    assert result.left_out == (
        f"'32,8' @ {text.index('32,8')}: {no_base}",  # its row's count is not read
        f"'100' @ {text.index('100')}: {no_base}",
        f"{odd}: check it and add it by hand",
        f"{row} line up with its header: add it by hand",
    )


def test_a_column_of_shares_gives_each_row_s_share_of_its_counts() -> None:
    """ "Tỷ lệ đạt (%)": each row's recognised out of its registered, checked as such.

    A share its row's counts do not give is left out, naming the counts; a unit's row's
    share is that unit's.
    """
    text = (
        "Kết quả xây dựng mô hình năm 2025:\n"
        "Đơn vị | Số mô hình đăng ký | Số mô hình được công nhận | Tỷ lệ đạt (%)\n"
        "Xã Gia Lập | 24 | 22 | 91,7\n"
        "Kinh tế | 130 | 117 | 90\n"
        "Văn hóa - xã hội | 60 | 57 | 96\n"
        "Tổng cộng | 190 | 174 | 91,6\n"
    )
    result = _draft(text)
    by_value = {str(f.value): f for f in result.report.figures}
    for share, part, whole in (("90%", "117", "130"), ("91,6%", "174", "190")):
        assert (by_value[share].restates, by_value[share].of) == (
            by_value[part].id,
            by_value[whole].id,
        )
        assert by_value[share].dims == by_value[part].dims
    assert "96%" not in by_value
    assert f"'96' @ {text.index('96')}: it is not 57 out of 60" in "\n".join(result.left_out)
    assert any(
        line.startswith(f"'91,7' @ {text.index('91,7')}: it is about 'Xã Gia Lập'")
        for line in result.left_out
    )
    dataset = result.into(ninh_binh())
    assert [f for f in check(dataset) if f.code == "percent_consistent"] == []


def test_a_table_it_cannot_read_is_said_whole() -> None:
    """A list of models (two columns of words) or a table with no header: said, not read."""
    text = (
        "Danh sách mô hình tiêu biểu:\n"
        "TT\tTên mô hình\tĐơn vị\tNăm\tSố hộ tham gia\n"
        "1\tDân vận khéo trong xây dựng nông thôn mới\tXã Khánh Thành\t2024\t320\n"
        "\n"
        "1\tXã Yên Lâm\t12\t10\n"
        "2\tXã Yên Thái\t9\t8\n"
    )
    result = _draft(text)
    assert result.report.figures == ()
    why = "its numbers are not read; add its figures by hand"
    no_header = text.index("1\tXã Yên Lâm")
    assert result.left_out == (
        f"the table @ {text.index('TT')}: {why}",
        f"the table @ {no_header}: {why}",
    )
    assert find_figures(text) == []


def test_a_total_row_restated_in_the_text_is_one_figure() -> None:
    """The text below a table that restates its total restates it, no second total."""
    text = BY_FIELD + "Như vậy, năm 2025 toàn tỉnh công nhận 244 mô hình.\n"
    result = _draft(text)
    restating = [f for f in result.report.figures if str(f.value) == "244"]
    assert len(restating) == 2
    assert restating[1].restates == restating[0].id
    assert restating[0].value == Count(244)


def test_an_html_grid_reads_its_caption_and_its_cells_without_tags() -> None:
    """A ``<caption>`` says the noun and the year; a cell's tags and entities are no words."""
    text = (
        "<table><caption>Mô hình của các khối năm 2024</caption>"
        "<tr><th>Khối</th><th>Đăng ký</th><th>Công nhận</th></tr>"
        "<tr><td><p>Khối chính quyền</p></td><td>88</td><td>81</td></tr>"
        "<tr><td>Mặt trận &amp; các đoàn thể</td><td>164</td><td>150</td></tr>"
        "<tr><td><b>Tổng cộng</b></td><td>252</td><td>231</td></tr></table>"
    )
    found = find_figures(text)
    assert [(m.text, m.measure, m.category, m.part_of) for m in found] == [
        ("88", "registered", "Khối chính quyền", 4),
        ("81", "recognised", "Khối chính quyền", 5),
        ("164", "registered", "Mặt trận & các đoàn thể", 4),
        ("150", "recognised", "Mặt trận & các đoàn thể", 5),
        ("252", "registered", None, None),
        ("231", "recognised", None, None),
    ]
    assert {m.period for m in found} == {Period.parse("năm 2024")}
    assert [text[slice(*m.span)] for m in found] == ["88", "81", "164", "150", "252", "231"]
    label = found[0].evidence["category"]
    assert text[slice(*label[1])] == "Khối chính quyền"


def test_a_header_of_two_lines_groups_its_columns() -> None:
    """ "Số mô hình" over "Đăng ký | Công nhận": the upper cell names what the lower count."""
    text = (
        "Kết quả của các khối năm 2025:\n"
        "TT\tKhối\tSố mô hình\t\tSố điển hình\t\n"
        "\t\tĐăng ký\tCông nhận\tĐăng ký\tCông nhận\n"
        "1\tKhối Đảng\t44\t39\t14\t11\n"
        "2\tKhối chính quyền\t152\t140\t31\t27\n"
        "\tCộng\t196\t179\t45\t38\n"
    )
    found = find_figures(text)
    assert [(m.text, m.measure, m.unit_of_measure, m.category) for m in found[:4]] == [
        ("44", "registered", UnitOfMeasure.MODELS, "Khối Đảng"),
        ("39", "recognised", UnitOfMeasure.MODELS, "Khối Đảng"),
        ("14", "registered", UnitOfMeasure.EXEMPLARS, "Khối Đảng"),
        ("11", "recognised", UnitOfMeasure.EXEMPLARS, "Khối Đảng"),
    ]
    totals = [m for m in found if m.part_of is None]
    assert [(m.text, m.measure, m.unit_of_measure) for m in totals] == [
        ("196", "registered", UnitOfMeasure.MODELS),
        ("179", "recognised", UnitOfMeasure.MODELS),
        ("45", "registered", UnitOfMeasure.EXEMPLARS),
        ("38", "recognised", UnitOfMeasure.EXEMPLARS),
    ]
    assert [found[m.part_of].text for m in found if m.part_of is not None] == [
        "196",
        "179",
        "45",
        "38",
        "196",
        "179",
        "45",
        "38",
    ]
    group = found[2].evidence["noun"]
    assert text[slice(*group[1])] == "điển hình"  # from "Số điển hình", the line above
    assert _draft(text).left_out == ()  # the column "TT" numbers the rows: nothing else


def test_columns_of_fields_break_down_the_rows_count() -> None:
    """ "Tổng số | Kinh tế | …": each field's number is a cell of its row's total."""
    text = (
        "Mô hình theo lĩnh vực của các xã năm 2025:\n"
        "TT\tXã, thị trấn\tTổng số mô hình\tKinh tế\tVăn hóa - xã hội\n"
        "1\tYên Phong\t15\t9\t6\n"
        "2\tYên Nhân\t12\t7\t5\n"
        "\tToàn huyện\t27\t16\t11\n"
    )
    found = find_figures(text)
    read = [(m.text, m.fields, m.place_words, m.part_of) for m in found]
    assert read == [
        ("15", (), "Yên Phong", 6),
        ("9", (Field.ECONOMY,), "Yên Phong", 0),
        ("6", (Field.CULTURE_SOCIETY,), "Yên Phong", 0),
        ("12", (), "Yên Nhân", 6),
        ("7", (Field.ECONOMY,), "Yên Nhân", 3),
        ("5", (Field.CULTURE_SOCIETY,), "Yên Nhân", 3),
        ("27", (), None, None),
        ("16", (Field.ECONOMY,), None, 6),
        ("11", (Field.CULTURE_SOCIETY,), None, 6),
    ]
    result = _draft(text)  # the communes' rows are theirs; the district's are drafted
    drafted = [(str(f.value), f.dims.fields, f.part_of) for f in result.report.figures]
    assert drafted == [
        ("27", (), None),
        ("16", (Field.ECONOMY,), "nb-table/f0"),
        ("11", (Field.CULTURE_SOCIETY,), "nb-table/f0"),
    ]
    assert len(result.left_out) == 6


def test_a_caption_s_act_measures_columns_that_name_none() -> None:
    """ "Số mô hình được công nhận … theo lĩnh vực" (or "Kết quả công nhận mô hình …") over
    columns of fields: recognised."""
    text = (
        "Bảng 2. Số mô hình được công nhận năm 2025 theo lĩnh vực\n"
        "Đơn vị | Kinh tế | Văn hóa - xã hội | Tổng số\n"
        "Phường Nam Bình | 14 | 9 | 23\n"
        "Toàn thành phố | 40 | 31 | 71\n"
    )
    result = _draft(text)
    drafted = [(str(f.value), f.measure, f.dims.fields) for f in result.report.figures]
    assert drafted == [
        ("71", "recognised", ()),
        ("40", "recognised", (Field.ECONOMY,)),
        ("31", "recognised", (Field.CULTURE_SOCIETY,)),
    ]
    said = find_figures(text)[-1].evidence["measure"]
    assert said == ("công nhận", (text.index("công nhận"), text.index("công nhận") + 9))
    before = text.replace("Số mô hình được công nhận", "Kết quả công nhận mô hình")  # the act
    assert [f.measure for f in _draft(before).report.figures] == ["recognised"] * 3  # first


def test_a_caption_of_models_and_exemplars_together_gives_acts_their_noun() -> None:
    """ "Số mô hình, điển hình …" over "Đăng ký | Được công nhận": counts of both, by act.

    A caption that names the two apart names no one noun, and its acts stay unread.
    """
    table = (
        "Lĩnh vực | Đăng ký | Được công nhận\n"
        "Kinh tế | 640 | 598\n"
        "Văn hóa - xã hội | 415 | 377\n"
        "Tổng cộng | 1.055 | 975\n"
    )
    caption = "Bảng: Số mô hình, điển hình “Dân vận khéo” năm 2025\n"
    result = _draft(caption + table)
    drafted = [
        (str(f.value), f.measure, f.dims.fields, f.dims.kind, f.part_of)
        for f in result.report.figures
    ]
    assert drafted == [
        ("1.055", "registered", (), None, None),
        ("640", "registered", (Field.ECONOMY,), None, "nb-table/f0"),
        ("415", "registered", (Field.CULTURE_SOCIETY,), None, "nb-table/f0"),
        ("975", "recognised", (), None, None),
        ("598", "recognised", (Field.ECONOMY,), None, "nb-table/f3"),
        ("377", "recognised", (Field.CULTURE_SOCIETY,), None, "nb-table/f3"),
    ]
    _nothing_left_and_clean(result)
    apart = _draft("Bảng: Số mô hình năm 2025 và các điển hình tiêu biểu\n" + table)
    assert apart.report.figures == ()
    assert len(apart.left_out) == 2


def test_the_header_of_the_rows_labels_may_name_the_act() -> None:
    """ "Cấp công nhận | Số mô hình | Số điển hình": recognised, not the models there are.

    And the two totals, of models and of exemplars, are the cells by kind of the prose's
    count of both above the table, which they add up to.
    """
    text = (
        "Năm 2025, toàn tỉnh có 1.458 mô hình, điển hình “Dân vận khéo” được công nhận.\n"
        "Cấp công nhận | Số mô hình | Số điển hình\n"
        "Cấp tỉnh | 45 | 20\n"
        "Cấp huyện | 312 | 108\n"
        "Cấp xã | 724 | 249\n"
        "Tổng | 1.081 | 377\n"
    )
    result = _draft(text)
    whole, *figures = result.report.figures
    assert {f.measure for f in result.report.figures} == {"recognised"}
    totals = [(str(f.value), f.dims.kind) for f in figures if f.part_of == whole.id]
    assert totals == [("1.081", ModelKind.MODEL), ("377", ModelKind.EXEMPLAR)]
    _nothing_left_and_clean(result)


def test_totals_by_kind_of_no_act_take_the_act_of_their_sum_above() -> None:
    """ "… 1.702 mô hình, điển hình được công nhận, cụ thể như sau:" over "Cấp | Số mô hình
    | Số điển hình" whose totals 1.180 and 522 add up to it: every cell is recognised, and
    the totals are the count's cells by kind; they were models with no act, unlinked.

    Totals that add up to another number keep the table's own words.
    """
    prose = "Năm 2025, toàn tỉnh có 1.702 mô hình, điển hình được công nhận, cụ thể như sau:\n"
    table = (
        "Cấp | Số mô hình | Số điển hình\n"
        "Cấp tỉnh | 38 | 16\n"
        "Cấp xã | 1.142 | 506\n"
        "Tổng | 1.180 | 522\n"
    )
    result = _draft(prose + table)
    whole, *figures = result.report.figures
    assert {f.measure for f in result.report.figures} == {"recognised"}
    totals = [(str(f.value), f.dims.kind) for f in figures if f.part_of == whole.id]
    assert totals == [("1.180", ModelKind.MODEL), ("522", ModelKind.EXEMPLAR)]
    _nothing_left_and_clean(result)
    other = _draft(prose.replace("1.702", "1.720") + table)
    assert {f.measure for f in other.report.figures[1:]} == {"models"}


def test_rows_of_each_kind_over_their_sum_are_its_cells() -> None:
    """ "Chỉ tiêu | Đăng ký | Công nhận" over "Mô hình tập thể", "Điển hình cá nhân" and
    "Cộng": the sum counts both kinds, each row's count its cell; the models were drafted
    as a part of the exemplars' count, and the sum as models alone."""
    text = (
        "Kết quả xây dựng mô hình năm 2025:\n"
        "Chỉ tiêu | Đăng ký | Công nhận\n"
        "Mô hình tập thể | 845 | 768\n"
        "Điển hình cá nhân | 311 | 256\n"
        "Cộng | 1.156 | 1.024\n"
    )
    found = find_figures(text)
    sums = [m for m in found if m.part_of is None]
    assert [(m.text, m.measure, m.unit_of_measure) for m in sums] == [
        ("1.156", "registered", UnitOfMeasure.MODELS_AND_EXEMPLARS),
        ("1.024", "recognised", UnitOfMeasure.MODELS_AND_EXEMPLARS),
    ]
    cells = [(m.text, m.kind, found[m.part_of].text) for m in found if m.part_of is not None]
    assert cells == [
        ("845", ModelKind.MODEL, "1.156"),
        ("768", ModelKind.MODEL, "1.024"),
        ("311", ModelKind.EXEMPLAR, "1.156"),
        ("256", ModelKind.EXEMPLAR, "1.024"),
    ]
    _nothing_left_and_clean(_draft(text))


def test_a_table_may_write_its_fields_short() -> None:
    """ "KT", "VH - XH", "QP - AN", "XD HTCT": the four fields, as tables write them."""
    text = (
        "Kết quả xây dựng mô hình năm 2025:\n"
        "Lĩnh vực | Số mô hình đăng ký | Số mô hình được công nhận\n"
        "KT | 64 | 60\n"
        "VH - XH | 51 | 47\n"
        "QP - AN | 23 | 23\n"
        "XD HTCT | 19 | 16\n"
        "Tổng | 157 | 146\n"
    )
    found = find_figures(text)
    assert [(m.text, m.fields, m.category) for m in found[:4]] == [
        ("64", (Field.ECONOMY,), None),
        ("60", (Field.ECONOMY,), None),
        ("51", (Field.CULTURE_SOCIETY,), None),
        ("47", (Field.CULTURE_SOCIETY,), None),
    ]
    assert [m.fields for m in found[4:8:2]] == [
        (Field.DEFENCE_SECURITY,),
        (Field.POLITICAL_SYSTEM,),
    ]


def test_a_table_of_two_columns_is_read() -> None:
    """A label and its number a row ("| Kinh tế | 45 |"): read, not lost as prose."""
    text = (
        "Số mô hình được công nhận năm 2025 theo lĩnh vực:\n"
        "| Lĩnh vực | Số mô hình |\n"
        "|---|---:|\n"
        "| Kinh tế | 45 |\n"
        "| Văn hóa - xã hội | 38 |\n"
        "| **Tổng cộng** | **83** |\n"
    )
    drafted = [(str(f.value), f.measure, f.dims.fields) for f in _draft(text).report.figures]
    assert drafted == [
        ("83", "recognised", ()),
        ("45", "recognised", (Field.ECONOMY,)),
        ("38", "recognised", (Field.CULTURE_SOCIETY,)),
    ]


STACKED = (
    "Kết quả theo cấp công nhận năm 2025:\n"
    "TT\nCấp\nSố mô hình được công nhận\nSố điển hình được biểu dương\n"
    "1\nCấp tỉnh\n31\n9\n"
    "2\nCấp huyện\n187\n54\n"
    "Tổng cộng\n218\n63\n"
)


def test_a_table_copied_one_cell_a_line_is_read() -> None:
    """A header's cells, then each row's, one a line: a grid all the same."""
    found = find_figures(STACKED)
    assert [(m.text, m.measure, m.level, m.part_of) for m in found] == [
        ("31", "recognised", RecognitionLevel.PROVINCE, 4),
        ("9", "honoured", RecognitionLevel.PROVINCE, 5),
        ("187", "recognised", RecognitionLevel.DISTRICT, 4),
        ("54", "honoured", RecognitionLevel.DISTRICT, 5),
        ("218", "recognised", None, None),
        ("63", "honoured", None, None),
    ]
    assert {m.period for m in found} == {Period.parse("năm 2025")}
    blank = STACKED.replace("Tổng cộng\n", "\nTổng cộng\n")  # its order number a blank line
    assert [m.text for m in find_figures(blank)] == [m.text for m in found]


def test_lines_of_numbers_that_do_not_line_up_are_said_and_prose_is_kept() -> None:
    """Cells one a line that line up with no header are said; page numbers are no table."""
    unread = "Số mô hình theo xã:\nGia Lạc\n12\n10\n9\nGia Phong\n8\n"
    result = _draft(unread)
    assert result.report.figures == ()
    assert result.left_out == (
        f"the table @ {unread.index('Gia Lạc')}: its numbers are not read; add its figures by hand",
    )
    pages = (
        "Năm 2025, toàn tỉnh công nhận 245 mô hình.\n12\nII. KẾT QUẢ KHÁC\n"
        "Các xã tiếp tục duy trì mô hình\n13\nToàn tỉnh hiện có 1.200 mô hình\n"
    )
    assert [m.text for m in find_figures(pages)] == ["245 mô hình", "1.200 mô hình"]


def test_rows_numbered_in_roman_head_groups_of_rows() -> None:
    """ "I | Khối Đảng" is the subtotal of the rows numbered under it; both are drafted."""
    text = (
        "Mô hình được công nhận năm 2025 theo khối:\n"
        "TT\tCơ quan, đơn vị\tSố mô hình được công nhận\n"
        "I\tKhối Đảng\t14\n"
        "1\tBan Tuyên giáo và Dân vận\t8\n"
        "2\tỦy ban Kiểm tra\t6\n"
        "II\tKhối chính quyền\t27\n"
        "1\tSở Nông nghiệp và Môi trường\t15\n"
        "2\tSở Giáo dục và Đào tạo\t12\n"
        "\tTổng cộng\t41\n"
    )
    found = find_figures(text)
    assert [(m.text, m.category, m.part_of) for m in found] == [
        ("14", "Khối Đảng", 6),
        ("8", "Ban Tuyên giáo và Dân vận", 0),
        ("6", "Ủy ban Kiểm tra", 0),
        ("27", "Khối chính quyền", 6),
        ("15", "Sở Nông nghiệp và Môi trường", 3),
        ("12", "Sở Giáo dục và Đào tạo", 3),
        ("41", None, None),
    ]
    result = _draft(text)
    by_id = {f.id: f for f in result.report.figures}
    tree = [
        (str(f.value), None if f.part_of is None else str(by_id[f.part_of].value))
        for f in result.report.figures
    ]
    assert tree == [
        ("41", None),
        ("14", "41"),
        ("8", "14"),
        ("6", "14"),
        ("27", "41"),
        ("15", "27"),
        ("12", "27"),
    ]
    _nothing_left_and_clean(result)


def test_a_header_may_abbreviate_its_noun() -> None:
    """ "Số MH được công nhận", "SL điển hình": the abbreviations a table's header uses."""
    text = (
        "TT\tKhối\tSố MH được công nhận\tSL ĐH được biểu dương\n"
        "1\tKhối Đảng\t23\t7\n"
        "2\tKhối chính quyền\t61\t19\n"
    )
    found = find_figures(text)
    assert [(m.text, m.measure, m.unit_of_measure) for m in found] == [
        ("23", "recognised", UnitOfMeasure.MODELS),
        ("7", "honoured", UnitOfMeasure.EXEMPLARS),
        ("61", "recognised", UnitOfMeasure.MODELS),
        ("19", "honoured", UnitOfMeasure.EXEMPLARS),
    ]
    header = "Số MH được công nhận"
    at = text.index(header)
    assert found[0].evidence["measure"] == (header, (at, at + len(header)))


def test_a_body_whose_name_opens_as_a_total_does_is_a_row_of_its_own() -> None:
    """ "Công an tỉnh" and "Cộng đồng dân cư" are no "Cộng" (the total row)."""
    text = (
        "TT\tĐơn vị\tSố mô hình được công nhận\n"
        "1\tCông an tỉnh\t19\n"
        "2\tCộng đồng dân cư\t44\n"
        "\tCộng\t63\n"
    )
    found = find_figures(text)
    assert [(m.text, m.category, m.part_of) for m in found] == [
        ("19", "Công an tỉnh", 2),
        ("44", "Cộng đồng dân cư", 2),
        ("63", None, None),
    ]


def test_markdown_bold_is_no_part_of_a_cell() -> None:
    """ "| | **Tổng cộng** | **206** |": the total row of a Markdown table, in bold."""
    text = (
        "| TT | Lĩnh vực | Số mô hình được công nhận |\n|---|---|---|\n"
        "| 1 | **Kinh tế** | 120 |\n| 2 | Văn hóa - xã hội | 86 |\n"
        "| | **Tổng cộng** | **206** |\n"
    )
    found = find_figures(text)
    assert [(m.text, m.fields, m.part_of) for m in found] == [
        ("120", (Field.ECONOMY,), 2),
        ("86", (Field.CULTURE_SOCIETY,), 2),
        ("206", (), None),
    ]
    assert found[0].evidence["fields"][0] == "Kinh tế"


def test_a_column_of_remarks_labels_no_row() -> None:
    """Words in "Ghi chú" beside the label column leave the table readable."""
    text = (
        "TT\tĐơn vị\tSố mô hình được công nhận\tGhi chú\n"
        "1\tKhối Đảng\t12\t\n"
        "2\tKhối chính quyền\t30\tCó 2 mô hình mới\n"
        "\tTổng cộng\t42\t\n"
    )
    found = find_figures(text)
    assert [(m.text, m.category, m.part_of) for m in found] == [
        ("12", "Khối Đảng", 2),
        ("30", "Khối chính quyền", 2),
        ("42", None, None),
    ]
    [note] = _draft(text).left_out  # the remark's number is no count of the table's
    assert note.startswith(f"'Ghi chú' @ {text.index('Ghi chú')}: a table's column whose")


def test_rows_that_say_what_is_counted_turn_the_table() -> None:
    """Rows "Số mô hình đăng ký" under columns of fields; rows of acts under a noun."""
    by_field = (
        "Kết quả năm 2025:\n"
        "Nội dung\tKinh tế\tVăn hóa - xã hội\tTổng số\n"
        "Số mô hình đăng ký\t124\t83\t207\n"
        "Số mô hình được công nhận\t118\t79\t197\n"
    )
    found = find_figures(by_field)
    assert [(m.text, m.measure, m.fields, m.part_of) for m in found] == [
        ("124", "registered", (Field.ECONOMY,), 2),
        ("83", "registered", (Field.CULTURE_SOCIETY,), 2),
        ("207", "registered", (), None),
        ("118", "recognised", (Field.ECONOMY,), 5),
        ("79", "recognised", (Field.CULTURE_SOCIETY,), 5),
        ("197", "recognised", (), None),
    ]
    by_act = "Nội dung\tMô hình\tĐiển hình\nĐăng ký\t96\t31\nĐược công nhận\t90\t28\n"
    found = find_figures(by_act)
    assert [(m.text, m.measure, m.unit_of_measure) for m in found] == [
        ("96", "registered", UnitOfMeasure.MODELS),
        ("31", "registered", UnitOfMeasure.EXEMPLARS),
        ("90", "recognised", UnitOfMeasure.MODELS),
        ("28", "recognised", UnitOfMeasure.EXEMPLARS),
    ]
    at = by_act.index("Đăng ký")
    assert found[0].evidence["measure"] == ("Đăng ký", (at, at + len("Đăng ký")))


def test_an_html_header_of_merged_cells_is_spread_over_its_columns() -> None:
    """ "Số mô hình" over two columns, "Đơn vị" down two rows, "Tổng cộng" over two."""
    text = (
        "<p>Kết quả năm 2025</p><table>"
        '<tr><th rowspan="2">TT</th><th rowspan="2">Đơn vị</th>'
        '<th colspan="2">Số mô hình</th><th colspan="2">Số điển hình</th></tr>'
        "<tr><th>Đăng ký</th><th>Công nhận</th><th>Đăng ký</th><th>Công nhận</th></tr>"
        "<tr><td>1</td><td>Khối Đảng</td><td>41</td><td>37</td><td>13</td><td>11</td></tr>"
        "<tr><td>2</td><td>Khối chính quyền</td><td>152</td><td>140</td><td>31</td>"
        "<td>27</td></tr>"
        '<tr><td colspan="2">Tổng cộng</td><td>193</td><td>177</td><td>44</td><td>38</td>'
        "</tr></table>"
    )
    found = find_figures(text)
    assert [(m.text, m.measure, m.unit_of_measure, m.category) for m in found[:4]] == [
        ("41", "registered", UnitOfMeasure.MODELS, "Khối Đảng"),
        ("37", "recognised", UnitOfMeasure.MODELS, "Khối Đảng"),
        ("13", "registered", UnitOfMeasure.EXEMPLARS, "Khối Đảng"),
        ("11", "recognised", UnitOfMeasure.EXEMPLARS, "Khối Đảng"),
    ]
    totals = [m.text for m in found if m.part_of is None]
    assert totals == ["193", "177", "44", "38"]
    assert [found[m.part_of].text for m in found if m.part_of is not None] == [
        "193",
        "177",
        "44",
        "38",
        "193",
        "177",
        "44",
        "38",
    ]
    assert {m.period for m in found} == {Period.parse("năm 2025")}


def test_a_header_writes_its_cells_unit_in_brackets() -> None:
    """ "Kinh phí huy động (tỷ đồng)": "2,5" is 2 500 000 000 đồng; "(m2)" of land."""
    text = (
        "Kết quả huy động nguồn lực năm 2025:\n"
        "TT\tĐơn vị\tKinh phí huy động (tỷ đồng)\tĐất hiến (m2)\n"
        "1\tKhối Mặt trận\t2,5\t1.240\n"
        "2\tKhối chính quyền\t1,25\t860\n"
        "\tTổng cộng\t3,75\t2.100\n"
    )
    found = find_figures(text)
    read = [(m.text, str(m.value), m.measure, m.unit_of_measure, m.part_of) for m in found]
    assert read == [
        ("2,5", "2.500.000.000", "money_raised", UnitOfMeasure.VND, 4),
        ("1.240", "1.240", "land_donated", UnitOfMeasure.M2, 5),
        ("1,25", "1.250.000.000", "money_raised", UnitOfMeasure.VND, 4),
        ("860", "860", "land_donated", UnitOfMeasure.M2, 5),
        ("3,75", "3.750.000.000", "money_raised", UnitOfMeasure.VND, None),
        ("2.100", "2.100", "land_donated", UnitOfMeasure.M2, None),
    ]
    at = text.index("huy động (tỷ đồng)")  # the header's words that said the measure
    assert found[0].evidence["measure"] == ("huy động", (at, at + len("huy động")))
    unit = found[0].evidence["noun"]
    assert (unit[0], text[slice(*unit[1])]) == ("đồng", "đồng")  # in the brackets


def test_a_column_of_shares_in_html_is_read_past_the_cells_tags() -> None:
    """An HTML row's share is its counts' as a row of text is: the tags stand between."""
    html = (
        "<p>Kết quả xây dựng mô hình năm 2025:</p><table>"
        "<tr><th>Lĩnh vực</th><th>Số mô hình đăng ký</th><th>Số mô hình được công nhận</th>"
        "<th>Tỷ lệ (%)</th></tr>"
        "<tr><td>Kinh tế</td><td>60</td><td>54</td><td>90</td></tr>\n"
        "<tr><td>Tổng</td><td>80</td><td>70</td><td>87,5</td></tr></table>"
    )
    result = _draft(html)
    by_value = {str(f.value): f for f in result.report.figures}
    assert (by_value["90%"].restates, by_value["90%"].of) == (by_value["54"].id, by_value["60"].id)
    assert (by_value["87,5%"].restates, by_value["87,5%"].of) == (
        by_value["70"].id,
        by_value["80"].id,
    )
    assert result.left_out == ()


def test_a_column_of_comparisons_beside_years_is_no_money() -> None:
    """ "So sánh (%)" beside "Năm 2024 | Năm 2025" gives no row's count, not even its money."""
    text = (
        "| Stt | Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh (%) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Số mô hình được công nhận | 1.105 | 1.226 | 110,9 |\n"
        "| 2 | Kinh phí huy động (triệu đồng) | 45.200 | 52.800 | 116,8 |\n"
        "| 3 | Số mô hình đăng ký | 1.240 | 1.318 | 106 |\n"
    )
    result = _draft(text)
    assert sorted(str(f.value) for f in result.report.figures) == sorted(
        ["1.105", "1.226", "45.200.000.000", "52.800.000.000", "1.240", "1.318"]
    )
    kept = [why.split(" @ ")[0] for why in result.left_out]
    assert kept == ["'110,9'", "'116,8'", "'106'"]
    growth = _draft(text.replace("So sánh (%)", "Tăng trưởng (%)"))  # any header in percent
    assert sorted(str(f.value) for f in growth.report.figures) == sorted(
        str(f.value) for f in result.report.figures
    )
    assert all(why.endswith("is no count: check it and add it by hand") for why in result.left_out)


def test_a_column_headed_in_which_breaks_down_the_column_before_it() -> None:
    """ "Đăng ký | Công nhận | Trong đó: cấp tỉnh": the last are provincial recognitions."""
    text = (
        "| STT | Nội dung | Đăng ký | Công nhận | Trong đó: cấp tỉnh |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Khối Đảng | 15 | 12 | 2 |\n"
        "| 2 | Khối chính quyền | 10 | 9 | 1 |\n"
        "| | Cộng | 25 | 21 | 3 |\n"
    )
    found = find_figures("Số mô hình năm 2025:\n" + text)
    rows = {
        (m.text, m.measure, m.level, None if m.part_of is None else found[m.part_of].text)
        for m in found
    }
    province = RecognitionLevel.PROVINCE
    assert {r for r in rows if r[2] is province} == {
        ("2", "recognised", province, "12"),
        ("1", "recognised", province, "9"),
        ("3", "recognised", province, "21"),
    }
    assert not any(measure == "models" for _, measure, _, _ in rows)


def test_columns_grouped_under_in_which_break_down_the_column_before() -> None:
    """An HTML header "Trong đó" over "Cấp tỉnh | Cấp huyện": cells of the count before."""
    text = (
        "<p>Kết quả công nhận mô hình năm 2025:</p><table>"
        '<tr><th rowspan="2">TT</th><th rowspan="2">Đơn vị</th>'
        '<th rowspan="2">Tổng số mô hình được công nhận</th><th colspan="2">Trong đó</th></tr>'
        "<tr><th>Cấp tỉnh</th><th>Cấp huyện</th></tr>"
        "<tr><td>1</td><td>Khối Đảng</td><td>45</td><td>5</td><td>40</td></tr>"
        "<tr><td>2</td><td>Khối chính quyền</td><td>60</td><td>8</td><td>52</td></tr>"
        "</table>"
    )
    found = find_figures(text)
    rows = {
        (m.text, m.measure, m.level, None if m.part_of is None else found[m.part_of].text)
        for m in found
        if m.level is not None
    }
    province, district = RecognitionLevel.PROVINCE, RecognitionLevel.DISTRICT
    assert rows == {
        ("5", "recognised", province, "45"),
        ("40", "recognised", district, "45"),
        ("8", "recognised", province, "60"),
        ("52", "recognised", district, "60"),
    }


def test_a_total_row_the_prose_gives_again_takes_its_act_and_year() -> None:
    """ "… 186 mô hình, điển hình được công nhận. Kết quả cụ thể như sau:" over a table.

    The table says "Số mô hình" and no act, and its "Tổng cộng | 186" is the prose's 186:
    each field's row (and its share) is of the recognised, in 2025; the total row gives
    the prose's count again. A table whose total is another number keeps its own words.
    """
    prose = (
        "Năm 2025, toàn tỉnh có 186 mô hình, điển hình được công nhận. Kết quả cụ thể như sau:\n\n"
    )
    table = (
        "| Lĩnh vực | Số mô hình | Tỷ lệ (%) |\n|---|---|---|\n"
        "| Kinh tế | 80 | 43,0 |\n| Văn hóa - xã hội | 58 | 31,2 |\n"
        "| Quốc phòng - an ninh | 26 | 14,0 |\n| Xây dựng hệ thống chính trị | 22 | 11,8 |\n"
        "| Tổng cộng | 186 | 100 |\n"
    )
    result = _draft(prose + table)
    said, *rows = result.report.figures
    year = Period.parse("năm 2025")
    assert {(f.measure, f.period) for f in rows} == {("recognised", year)}
    total = next(f for f in rows if f.value == Count(186))
    assert total.restates == said.id
    fields = [f for f in rows if f.part_of == total.id]
    assert [(str(f.value), f.dims.fields) for f in fields] == [
        ("80", (Field.ECONOMY,)),
        ("58", (Field.CULTURE_SOCIETY,)),
        ("26", (Field.DEFENCE_SECURITY,)),
        ("22", (Field.POLITICAL_SYSTEM,)),
    ]
    other = _draft(prose.replace("186", "190") + table)
    assert {f.measure for f in other.report.figures[1:]} == {"models"}


def test_a_header_grouped_under_an_act_counts_that_act() -> None:
    """ "Đăng ký" and "Công nhận" merged over "Mô hình | Điển hình" in a page's table.

    Each column counts what its group says: the registered models of each bloc, the
    recognised exemplars …; read as the models and exemplars there are, the two groups
    gave each bloc two values of one quantity.
    """
    page = (
        "<p>Kết quả xây dựng mô hình, điển hình năm 2025 theo khối:</p><table>"
        '<tr><th rowspan="2">TT</th><th rowspan="2">Khối</th><th colspan="2">Đăng ký</th>'
        '<th colspan="2">Công nhận</th></tr>'
        "<tr><th>Mô hình</th><th>Điển hình</th><th>Mô hình</th><th>Điển hình</th></tr>"
        "<tr><td>1</td><td>Khối Đảng</td><td>36</td><td>14</td><td>33</td><td>12</td></tr>"
        "<tr><td>2</td><td>Khối chính quyền</td><td>88</td><td>30</td><td>81</td><td>27</td></tr>"
        "<tr><td></td><td>Tổng cộng</td><td>124</td><td>44</td><td>114</td><td>39</td></tr>"
        "</table>"
    )
    result = _draft(page)
    read = {
        (str(f.value), f.measure, f.unit_of_measure) for f in result.report.figures if f.part_of
    }
    assert read == {
        ("36", "registered", UnitOfMeasure.MODELS),
        ("14", "registered", UnitOfMeasure.EXEMPLARS),
        ("33", "recognised", UnitOfMeasure.MODELS),
        ("12", "recognised", UnitOfMeasure.EXEMPLARS),
        ("88", "registered", UnitOfMeasure.MODELS),
        ("30", "registered", UnitOfMeasure.EXEMPLARS),
        ("81", "recognised", UnitOfMeasure.MODELS),
        ("27", "recognised", UnitOfMeasure.EXEMPLARS),
    }
    _nothing_left_and_clean(result)


def test_a_column_headed_by_the_word_for_a_count_names_no_cell() -> None:
    """ "Số lượng", "Số liệu", "SL" over the counts say what the column holds, no cell."""
    for header in ("Số lượng", "Số liệu", "SL", "Số lượng (mô hình)"):
        text = (
            "Kết quả năm 2025\n\n"
            f"TT\tNội dung\t{header}\n"
            "1\tMô hình đăng ký\t1.245\n"
            "2\tMô hình được công nhận\t1.118\n"
            "3\tĐiển hình được biểu dương\t356\n"
        )
        found = find_figures(text)
        assert [(m.text, m.measure, m.category) for m in found] == [
            ("1.245", "registered", None),
            ("1.118", "recognised", None),
            ("356", "honoured", None),
        ], header
