"""draft_report: a report drafted from text, checked and summarised like any other."""

import pytest

from danvan import Count, HolderKind, RecognitionLevel, Source, check, draft_report, summarize
from danvan.exceptions import DanvanError
from tests.seeds import ninh_binh

TEXT = (
    "Năm 2024, toàn tỉnh đăng ký xây dựng 412 mô hình, trong đó 57 mô hình cấp tỉnh, 355 "
    "mô hình cấp cơ sở. Có 298 mô hình được công nhận. Các mô hình làm mới 317 phòng học. "
    "Chủ tịch UBND tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể và 7 cá nhân; "
    "các huyện tặng Giấy khen cho 40 tập thể."
)
SOURCE = Source(title="Sơ kết phong trào thi đua Dân vận khéo năm 2024", publisher="Báo mẫu")


def test_figures_linked_and_quoted() -> None:
    report = draft_report(
        TEXT, id="nb-2024", source=SOURCE, scope="vn/ninh-binh", movement="dan-van-kheo"
    ).report
    rows = [(f.id, f.value, f.measure, f.dims.level, f.part_of) for f in report.figures]
    assert rows == [
        ("nb-2024/f0", Count(412), "registered", None, None),
        ("nb-2024/f1", Count(57), "registered", RecognitionLevel.PROVINCE, "nb-2024/f0"),
        ("nb-2024/f2", Count(355), "registered", RecognitionLevel.GRASSROOTS, "nb-2024/f0"),
        ("nb-2024/f3", Count(298), "recognised", None, None),
    ]
    first = report.figures[0]
    assert first.source is not None
    assert first.source.quote is not None
    assert first.source.quote.startswith("Năm 2024, toàn tỉnh đăng ký xây dựng 412 mô hình")
    a, b = first.source.span or (0, 0)
    assert TEXT[a:b] == "412 mô hình"
    assert first.source.publisher == "Báo mẫu"
    assert "measure from 'đăng ký xây dựng'" in first.notes[0]


def test_awards_are_batches() -> None:
    """One Bằng khen batch with two counts; a batch whose giver is not said is noted."""
    result = draft_report(
        TEXT, id="nb-2024", source=SOURCE, scope="vn/ninh-binh", movement="dan-van-kheo"
    )
    [award] = result.awards
    assert (award.collectives, award.individuals) == (Count(12), Count(7))
    assert award.issuer_text == "của Chủ tịch UBND tỉnh"
    assert award.count(HolderKind.COLLECTIVE) == Count(12)
    assert result.report.awards == (award.id,)


def test_nothing_read_is_lost_silently() -> None:
    """What the words do not say stays out of the figures, and the draft says so."""
    result = draft_report(
        TEXT, id="nb-2024", source=SOURCE, scope="vn/ninh-binh", movement="dan-van-kheo"
    )
    assert len(result.mentions) == 8
    assert any("'317 phòng học'" in why and "phòng học" in why for why in result.left_out)
    assert any("'40 tập thể'" in why and "issuer" in why for why in result.left_out)
    assert [n for n in result.report.notes if n.startswith("not drafted")] == [
        f"not drafted: {why}" for why in result.left_out
    ]


def test_into_a_dataset_that_checks_and_summarises() -> None:
    result = draft_report(
        TEXT, id="nb-2024", source=SOURCE, scope="vn/ninh-binh", movement="dan-van-kheo"
    )
    dataset = result.into(ninh_binh())
    assert dataset.report("nb-2024") == result.report
    errors = [f for f in check(dataset) if f.severity.value == "error"]
    assert errors == []
    text = summarize(dataset).to_text()
    assert "412 mô hình (đăng ký xây dựng)" in text
    assert "= 57 + 355" in text


def test_needs_a_title() -> None:
    with pytest.raises(DanvanError, match="title"):
        draft_report(TEXT, id="x", source=Source(), scope="vn/x", movement="dan-van-kheo")


def test_another_programme_is_left_out() -> None:
    """A batch the text ties to another programme is not drafted under this one."""
    text = (
        "Trong phong trào thi đua Dân vận khéo, huyện tặng Giấy khen của Chủ tịch UBND huyện "
        "cho 14 tập thể; trong thực hiện Quy chế dân chủ ở cơ sở, tặng Giấy khen của Chủ tịch "
        "UBND huyện cho 6 tập thể."
    )
    result = draft_report(
        text, id="h", source=SOURCE, scope="vn/ninh-binh", movement="dan-van-kheo"
    )
    [award] = result.awards
    assert award.collectives == Count(14)
    [why] = result.left_out
    assert "'6 tập thể'" in why
    assert "Quy chế dân chủ ở cơ sở" in why
