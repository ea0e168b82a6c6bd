"""`danvan store` and `danvan summarize --store`: the store from the command line."""

import json
from pathlib import Path

import attrs
import pytest

from danvan import Store, dump, load_example
from danvan._cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "vi-du.json"
    dump(load_example(), path)
    return path


def test_add_list_show_history(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    store = str(tmp_path / "kho.sqlite")
    code, out, _ = run(capsys, "store", "add", "--store", store, str(example_file))
    assert code == 0
    assert out.startswith(f"{example_file}: 5 report(s) added, 0 replaced, ")
    code, out, _ = run(capsys, "store", "add", "--store", store, str(example_file))
    assert (
        out
        == f"{example_file}: 0 report(s) added, 0 replaced, 0 other document(s) added or replaced\n"
    )
    code, out, _ = run(capsys, "store", "list", "--store", store)
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[1]) for r in rows] == [
        ("seed-000", "5"), ("seed-001", "0"), ("seed-002", "5"), ("seed-003", "9"),
        ("seed-004", "9"),
    ]  # fmt: skip
    code, out, _ = run(capsys, "store", "show", "--store", store, "seed-004")
    assert json.loads(out)["id"] == "seed-004"
    code, out, _ = run(capsys, "store", "history", "--store", store, "seed-004")
    [line] = out.splitlines()
    assert line.split("\t")[1:3] == ["added", "-"]


def test_a_conflict_is_refused_then_replaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    store = str(tmp_path / "kho.sqlite")
    run(capsys, "store", "add", "--store", store, str(example_file))
    example = load_example()
    changed = attrs.evolve(
        example, reports=(attrs.evolve(example.reports[4], title="Bản sửa"), *example.reports[:4])
    )
    edited = tmp_path / "sua.json"
    dump(changed, edited)
    code, _, err = run(capsys, "store", "add", "--store", store, str(edited))
    assert code == 2
    assert err.startswith("danvan store: error: ")
    assert "report 'seed-004' @ $.reports[0]: title: " in err
    assert "'Bản sửa' (new)" in err
    assert "(dùng --replace để thay các bản đã lưu" in err  # the option, not replace=True
    code, out, _ = run(capsys, "store", "add", "--store", store, "--replace", str(edited))
    assert (code, out.split(": ")[1]) == (
        0,
        "0 report(s) added, 1 replaced, 0 other document(s) added or replaced\n",
    )


def test_export_then_add_gives_the_same_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    first = str(tmp_path / "kho.sqlite")
    run(capsys, "store", "add", "--store", first, str(example_file))
    folder = tmp_path / "xuat"
    code, _, err = run(capsys, "store", "export", "--store", first, "--json-dir", str(folder))
    assert code == 0
    assert "5 report(s)" in err
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert [r["file"] for r in index["reports"]][:1] == ["reports/seed-000.json"]
    second = str(tmp_path / "kho-2.sqlite")
    files = [str(folder / "definitions.json"), *(str(folder / r["file"]) for r in index["reports"])]
    code, _, _ = run(capsys, "store", "add", "--store", second, *files)
    assert code == 0
    with Store(first) as a, Store(second) as b:
        assert a.dataset() == b.dataset()
        assert [r.hash for r in a.reports()] == [r.hash for r in b.reports()]


def test_summarize_a_store_with_filters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    store = str(tmp_path / "kho.sqlite")
    run(capsys, "store", "add", "--store", store, str(example_file))
    code, out, _ = run(capsys, "summarize", "--store", store, "--unit", "vn/ha-tinh")
    assert code == 0
    assert out.startswith("Tổng hợp 1 báo cáo\n")
    assert "seed-004" in out
    assert "seed-000" not in out
    code, _, err = run(capsys, "summarize", "--year", "2018")
    assert code == 2
    assert "--year dùng để lọc một kho: thêm --store FILE" in err


def test_no_store_is_made_by_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DANVAN_STORE", raising=False)
    code, _, err = run(capsys, "store", "list", "--lang", "en")
    assert code == 2
    assert "no store there" in err
    assert not (tmp_path / "danvan-store.sqlite").exists()


def test_a_file_that_is_not_a_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    code, _, err = run(capsys, "store", "add", "--store", str(example_file), str(example_file))
    assert code == 2
    assert "không phải là kho danvan" in err
    code, _, err = run(
        capsys, "store", "add", "--store", str(example_file), str(example_file), "--lang", "en"
    )
    assert "not a danvan store" in err


def test_export_parquet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_file: Path
) -> None:
    import pyarrow.parquet as pq

    store = str(tmp_path / "kho.sqlite")
    run(capsys, "store", "add", "--store", store, str(example_file))
    out = tmp_path / "so-lieu.parquet"
    code, _, _ = run(capsys, "store", "export", "--store", store, "--parquet", str(out))
    assert code == 0
    table = pq.read_table(out)
    assert table.num_rows == 28
    assert set(table.column("report").to_pylist()) >= {"seed-000", "seed-004"}
