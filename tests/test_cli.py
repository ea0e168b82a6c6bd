"""The danvan command: vocab and parse, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from danvan import Count, DanvanError, Dataset, RecognitionLevel, json_schema, serialization
from danvan._cli import main
from danvan.serialization import figures_from_csv

DATA = Path(__file__).parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestVocab:
    def test_one_vocabulary(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`danvan vocab field` lists codes with both labels."""
        code, out, _ = run(capsys, "vocab", "field")
        assert code == 0
        assert "culture_society" in out
        assert "văn hóa - xã hội" in out
        assert "culture and society" in out
        assert "RecognitionLevel" not in out

    def test_units_a_dataset_defines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """`danvan vocab unit-of-measure --dataset F` adds the dataset's own units."""
        import attrs

        from danvan import UnitOfMeasureDefinition, dump, load_example

        classrooms = UnitOfMeasureDefinition(
            code="classrooms", label_vi="phòng học", label_en="classrooms"
        )
        path = tmp_path / "data.json"
        dump(attrs.evolve(load_example(), units_of_measure=(classrooms,)), path)
        code, out, _ = run(capsys, "vocab", "unit-of-measure", "--dataset", str(path))
        assert code == 0
        [line] = [line for line in out.splitlines() if "classrooms" in line]
        assert "phòng học" in line
        assert str(path) in line
        assert "models_and_exemplars" in out

    def test_name_forms(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Vocabulary names match in any case, with or without separators."""
        for name in ("RecognitionLevel", "recognition_level", "recognition-level"):
            code, out, _ = run(capsys, "vocab", name)
            assert code == 0
            assert "grassroots" in out

    def test_all(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a name, every vocabulary, with document abbreviations."""
        code, out, _ = run(capsys, "vocab")
        assert code == 0
        for name in ("AdminLevel", "UnitKind", "AwardForm", "Qualifier", "DocumentType"):
            assert name in out
        assert "QĐi" in out
        assert "QyĐ" in out

    def test_unknown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown vocabulary exits 2 with the known names."""
        code, out, err = run(capsys, "vocab", "sports")
        assert code == 2
        assert out == ""
        assert "sports" in err
        assert "Field" in err


class TestParse:
    def test_symbol(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A symbol prints canonically with its parts."""
        code, out, _ = run(capsys, "parse", "symbol", "15/2021/QD-UBND")
        assert code == 0
        assert out.startswith("15/2021/QĐ-UBND")
        assert "decision" in out
        assert "year 2021" in out

    def test_date_with_year_option(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date without a year takes --year."""
        code, out, _ = run(capsys, "parse", "date", "Chiều 19/12", "--year", "2018")
        assert (code, out) == (0, "2018-12-19\n")

    def test_date_with_reference(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date without a year can take --reference."""
        code, out, _ = run(capsys, "parse", "date", "22/11", "--reference", "2024-01-01")
        assert (code, out) == (0, "2023-11-22\n")

    def test_count(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A count prints both wordings and its interval."""
        code, out, _ = run(capsys, "parse", "count", "trên 1.000")
        assert code == 0
        assert out == "trên 1.000  (over 1,000; over, [1001, ∞])\n"

    def test_number(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A number prints its value."""
        code, out, _ = run(capsys, "parse", "number", "50,5 triệu")
        assert (code, out) == (0, "50500000\n")

    @pytest.mark.parametrize(
        ("kind", "text", "needle"),
        [
            ("symbol", "12-XY/TU", "XY"),
            ("date", "Ngày 22/11", "no year"),
            ("count", "1,500", "ambiguous"),
            ("number", "abc", "abc"),
        ],
    )
    def test_error_is_one_line_exit_2(
        self, capsys: pytest.CaptureFixture[str], kind: str, text: str, needle: str
    ) -> None:
        """Bad input gives exit 2 and one line on stderr naming the problem."""
        code, out, err = run(capsys, "parse", kind, text, "--lang", "en")
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("danvan parse: ")
        assert needle in err


class TestProgram:
    def test_no_command_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Bare `danvan` shows the commands."""
        code, out, _ = run(capsys)
        assert code == 0
        assert "vocab" in out
        assert "parse" in out

    def test_console_script_pipes_utf8(self) -> None:
        """Run as a program with output piped, Vietnamese comes out as UTF-8."""
        result = subprocess.run(
            [sys.executable, "-m", "danvan", "parse", "symbol", "2108-QD/TU"],
            capture_output=True,
            check=False,
            env={"PYTHONIOENCODING": "ascii", "PATH": ""},
        )
        assert result.returncode == 0
        assert "2108-QĐ/TU" in result.stdout.decode("utf-8")


class TestValidate:
    def test_valid_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A valid dataset gives exit 0 and a one-line summary."""
        code, out, _ = run(capsys, "validate", str(DATA / "son-la-city.json"))
        assert code == 0
        assert out.count("\n") == 1
        assert "7 units" in out
        assert "4 figures" in out

    def test_every_problem_with_path(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A broken file gives exit 2 and each problem with its path on stderr."""
        data = json.loads((DATA / "ninh-binh.json").read_text(encoding="utf-8"))
        data["reports"][0]["figures"][1]["dims"]["fields"] = ["economics"]
        data["models"] = [
            {"id": "m", "title": "t", "unit": "vn/nowhere", "movement": "dan-van-kheo"}
        ]
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data), encoding="utf-8")
        code, out, err = run(capsys, "validate", str(bad))
        assert code == 2
        assert out == ""
        assert "'economics'" in err
        assert "@ $.reports[0].figures[1].dims.fields[0]" in err

    def test_dangling_reference(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A unit id that does not exist is reported with its path."""
        data = json.loads((DATA / "ninh-binh.json").read_text(encoding="utf-8"))
        data["models"] = [
            {"id": "m", "title": "t", "unit": "vn/nowhere", "movement": "dan-van-kheo"}
        ]
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data), encoding="utf-8")
        code, _, err = run(capsys, "validate", str(bad))
        assert code == 2
        assert "không biết đơn vị 'vn/nowhere' @ $.models[0].unit" in err  # Vietnamese first
        code, _, err = run(capsys, "validate", str(bad), "--lang", "en")
        assert "unknown unit 'vn/nowhere' @ $.models[0].unit" in err

    def test_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file is a one-line error, exit 2."""
        code, _, err = run(capsys, "validate", "no/such/file.json")
        assert code == 2
        assert "no/such/file.json" in err


class TestConvert:
    def test_to_csv_and_back(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """convert --to csv writes the figure table; --output writes it to a file."""
        out_file = tmp_path / "figures.csv"
        code, out, _ = run(
            capsys,
            "convert",
            str(DATA / "ninh-binh.json"),
            "--to",
            "csv",
            "--bom",
            "-o",
            str(out_file),
        )
        assert (code, out) == (0, "")
        text = out_file.read_text(encoding="utf-8")
        assert text.startswith("\ufeffreport,")
        assert len(figures_from_csv(text)) == 7

    def test_models_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--table models gives one row per model."""
        code, out, _ = run(
            capsys, "convert", str(DATA / "son-la-city.json"), "--to", "csv", "--table", "models"
        )
        assert code == 0
        assert "Chính quyền thân thiện" in out

    def test_to_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """convert --to json writes the indented canonical form."""
        code, out, _ = run(capsys, "convert", str(DATA / "son-la-city.json"), "--to", "json")
        assert code == 0
        assert out == (DATA / "son-la-city.json").read_text(encoding="utf-8")


class TestSchemaCommand:
    def test_dataset_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`danvan schema` prints the dataset JSON Schema."""
        code, out, _ = run(capsys, "schema")
        assert code == 0
        assert json.loads(out) == json_schema()

    def test_one_type(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`danvan schema Model` prints one type's schema; unknown names exit 2."""
        code, out, _ = run(capsys, "schema", "Model")
        assert code == 0
        assert "Model" in json.loads(out)["$defs"]
        code, _, err = run(capsys, "schema", "Nope")
        assert code == 2
        assert "Nope" in err


def broken_copy(tmp_path: Path) -> Path:
    """The bundled file with three mistakes of the kinds people make."""
    from importlib import resources

    data = json.loads(resources.files("danvan").joinpath("data", "seeds.json").read_text("utf-8"))
    hong_linh = data["reports"][4]["figures"]
    assert hong_linh[4]["id"] == "registered/culture-society"
    hong_linh[4]["value"]["value"] = 66  # 19 + 66 + 12 + 14 = 111, not 112
    ninh_binh = data["reports"][3]["figures"]
    assert ninh_binh[2]["id"] == "registered/culture-society"
    ninh_binh[2]["dims"]["fields"] = ["culture"]  # not a field code
    data["awards"][0]["issuer"] = "vn/son-la/tp-son-la/ubnd-tp"  # no such unit
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


class TestSummarize:
    def test_bundled_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a file: the bundled reports, their marks, then the reports together."""
        code, out, err = run(capsys, "summarize")
        assert code == 0
        assert err == ""
        for report in ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"):
            assert f"Báo cáo {report}:" in out
        assert "✓ 130 " in out
        assert "⚠ 1.999 " in out
        assert out.rstrip().splitlines()[-1].startswith("  cảnh báo:")

    def test_formats_agree(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """JSON and CSV carry one entry per figure; --output writes the file instead."""
        code, out, _ = run(capsys, "summarize", "--format", "json", "--lang", "en")
        assert code == 0
        figures = [f for r in json.loads(out)["reports"] for f in r["figures"]]
        target = tmp_path / "summary.csv"
        code, out, _ = run(capsys, "summarize", "--format", "csv", "--output", str(target))
        assert (code, out) == (0, "")
        rows = target.read_text(encoding="utf-8").strip().splitlines()
        assert len(rows) == len(figures) + 1

    def test_a_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A dataset file summarises the same way."""
        code, out, _ = run(capsys, "summarize", str(DATA / "ninh-binh.json"), "--lang", "en")
        assert code == 0
        assert out.startswith("Summary of 1 report")
        assert "1,635 registered" in out

    def test_unreadable(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A broken file: exit 2, one line on stderr naming the problem and its path."""
        code, out, err = run(capsys, "summarize", str(broken_copy(tmp_path)))
        assert code == 2
        assert out == ""
        assert len(err.strip().splitlines()) == 1
        assert "'culture'" in err
        assert "@ $.reports[3].figures[2].dims.fields[0]" in err


class TestCheck:
    def test_bundled_has_no_errors(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The bundled data: a warning and a note, exit 0."""
        code, out, err = run(capsys, "check", "--lang", "en")
        assert code == 0
        assert out.splitlines()[0].startswith("⚠ [recognised_not_above_registered]")
        assert "0 error(s)" in err

    def test_broken_copy(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Each of the three mistakes is reported with its path, and the exit is 1."""
        code, out, err = run(capsys, "check", str(broken_copy(tmp_path)))
        assert code == 1
        lines = out.splitlines()
        assert any(
            "không biết đơn vị 'vn/son-la/tp-son-la/ubnd-tp' (có phải là 'vn/son-la/" in x
            and x.endswith(" @ $.awards[0].issuer")
            for x in lines
        )
        code, out, err = run(capsys, "check", str(broken_copy(tmp_path)), "--lang", "en")
        lines = out.splitlines()
        assert any(
            "'culture'" in x and x.endswith("@ $.reports[3].figures[2].dims.fields[0]")
            for x in lines
        )
        assert any(
            "unknown unit 'vn/son-la/tp-son-la/ubnd-tp'" in x and x.endswith("@ $.awards[0].issuer")
            for x in lines
        )
        [breakdown] = [x for x in lines if "[breakdown_sum]" in x]
        assert "111" in breakdown
        assert "$.reports[4].figures[4]" in breakdown
        # figures[2] of that report was left out; later paths still point into the file
        [counting] = [x for x in lines if "[recognised_not_above_registered]" in x]
        assert counting.endswith("@ $.reports[3].figures[5], $.reports[3].figures[0]")
        assert "· [left_out] checked without $.reports[3].figures[2]" in lines
        assert "3 error(s)" in err

    def test_not_json(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that is not JSON cannot be checked at all: exit 2 with line and column."""
        path = tmp_path / "cut.json"
        path.write_text('{"schema": "danvan/2", "reports": [', encoding="utf-8")
        code, out, err = run(capsys, "check", str(path))
        assert code == 2
        assert out == ""
        assert "cần một giá trị ở dòng 1" in err

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A missing file: exit 2 naming it."""
        code, _, err = run(capsys, "check", str(tmp_path / "nowhere.json"))
        assert code == 2
        assert "nowhere.json" in err


def test_summarize_piped_is_utf8(tmp_path: Path) -> None:
    """Piped output is UTF-8 whatever the locale says."""
    result = subprocess.run(
        [sys.executable, "-m", "danvan", "summarize"],
        capture_output=True,
        check=False,
        env={"PYTHONIOENCODING": "ascii", "PATH": ""},
    )
    assert result.returncode == 0
    assert "Thành ủy Sơn La".encode() in result.stdout


SEED_TEXTS = Path(__file__).parent / "data" / "seed-texts"


class TestExtract:
    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A headed table of references, periods and dates in the order of the text."""
        code, out, err = run(capsys, "extract", str(SEED_TEXTS / "001.txt"))
        assert code == 0
        assert err.endswith("001.txt: 2 reference(s), 3 period(s), 2 date(s)\n")
        lines = out.splitlines()
        assert lines[0].split() == [
            "what", "span", "kind", "value", "date", "issuer", "document", "text",
        ]  # fmt: skip
        assert [line.split()[0] for line in lines[1:]] == [
            "date", "period", "reference", "date", "period", "reference", "period",
        ]  # fmt: skip
        assert "Ban Thường vụ Tỉnh ủy Sơn La" in lines[3]

    def test_jsonl_with_dataset(self, capsys: pytest.CaptureFixture[str]) -> None:
        """JSON lines with offsets into the text; --dataset resolves each reference."""
        path = SEED_TEXTS / "002.txt"
        code, out, _ = run(
            capsys, "extract", str(path), "--format", "jsonl", "--dataset", "example"
        )
        assert code == 0
        text = path.read_text(encoding="utf-8")
        rows = [json.loads(line) for line in out.splitlines()]
        references = [row for row in rows if row["what"] == "reference"]
        assert len(references) == 14
        assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
        assert all("directive" in r for r in references)
        assert references[0] == {
            "what": "reference", "start": 28, "end": 49, "text": "Quyết định 2108-QĐ/TU",
            "kind": "full", "doc_type": "decision", "symbol": "2108-QĐ/TU", "number": "2108",
            "directive": "2108-QĐ/TU",
        }  # fmt: skip

    def test_markdown_from_stdin(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """`-` reads standard input; html and markdown print the text with marks."""
        import io

        stdin = io.TextIOWrapper(io.BytesIO("Theo Chỉ thị 11-CT/TU.".encode()))
        monkeypatch.setattr(sys, "stdin", stdin)
        code, out, _ = run(capsys, "extract", "-", "--format", "markdown")
        assert (code, out) == (0, "Theo **Chỉ thị 11-CT/TU**.\n")

    def test_html_to_a_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--output writes the marked text to a file."""
        source = tmp_path / "bao-cao.txt"
        source.write_text("\ufeffThực hiện Kế hoạch số 26-KH/TU, ngày 24/6/2021.", encoding="utf-8")
        target = tmp_path / "bao-cao.html"
        code, out, _ = run(capsys, "extract", str(source), "--format", "html", "-o", str(target))
        assert (code, out) == (0, "")
        marked = target.read_text(encoding="utf-8")
        assert marked.startswith('Thực hiện <mark class="danvan-ref" data-kind="full"')

    def test_figures(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--figures lists each number with its measure and the total it breaks down."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Toàn xã đăng ký xây dựng 36 mô hình, trong đó 8 mô hình cấp huyện, 28 mô hình "
            "cấp cơ sở.",
            encoding="utf-8",
        )
        code, out, err = run(capsys, "extract", str(source), "--figures", "--format", "jsonl")
        assert code == 0
        assert "3 figure(s)" in err
        rows = [json.loads(line) for line in out.splitlines()]
        assert [(r["number"], r["kind"], r.get("level"), r.get("part_of")) for r in rows] == [
            ("36", "registered", None, None),
            ("8", "registered", "district", 0),
            ("28", "registered", "grassroots", 0),
        ]
        code, out, _ = run(capsys, "extract", str(source), "--figures")
        assert code == 0
        assert "part of #0" in out.splitlines()[2]
        code, out, _ = run(capsys, "extract", str(source), "--figures", "--format", "markdown")
        marked = (
            "Toàn xã đăng ký xây dựng _36 mô hình_, trong đó _8 mô hình_ cấp huyện, "
            "_28 mô hình_ cấp cơ sở.\n"
        )
        assert (code, out) == (0, marked)

    def test_figures_say_whose_they_are(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """JSON lines give a figure's body, rate, target, unit and estimate words."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Hội Nông dân có 21 mô hình, Đoàn Thanh niên 17 mô hình. Thu nhập đạt 59,2 triệu "
            "đồng/người/năm. Phấn đấu có 300 mô hình. Tại xã Yên Hòa có 6 mô hình. Nhân dân "
            "đóng góp ước đạt 4,2 tỷ đồng.",
            encoding="utf-8",
        )
        code, out, _ = run(capsys, "extract", str(source), "--figures", "--format", "jsonl")
        assert code == 0
        rows = [json.loads(line) for line in out.splitlines()]
        assert [r.get("category") for r in rows[:2]] == ["Hội Nông dân", "Đoàn Thanh niên"]
        assert rows[2]["per"] == ["person", "year"]
        assert rows[3]["target_words"] == "Phấn đấu"
        assert rows[4]["place_words"] == "xã Yên Hòa"
        assert rows[5]["estimate_words"] == "ước đạt"

    def test_figures_with_a_fraction(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A measure with a fraction gives its number exactly, with its unit."""
        source = tmp_path / "bao-cao.txt"
        source.write_text("Nhân dân làm mới 12,8 km đường giao thông.", encoding="utf-8")
        code, out, _ = run(capsys, "extract", str(source), "--figures", "--format", "jsonl")
        assert code == 0
        [row] = [json.loads(line) for line in out.splitlines()]
        assert (row["value"], row["number"], row["unit_of_measure"]) == ("12,8 km", "12.8", "km")

    def test_figures_with_their_periods(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """JSON lines give the period a figure's sentence names, and what it is compared to."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Năm 2025 có 307 mô hình, tăng 21 mô hình so với năm 2024.", encoding="utf-8"
        )
        code, out, _ = run(capsys, "extract", str(source), "--figures", "--format", "jsonl")
        assert code == 0
        rows = [json.loads(line) for line in out.splitlines()]
        assert [(r["period"], r.get("compared_to")) for r in rows] == [
            ("năm 2025", None),
            ("năm 2025", "năm 2024"),
        ]

    def test_figures_draft(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--draft writes the dataset with the drafted report, which check and summarize read."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Toàn tỉnh đăng ký xây dựng 412 mô hình, trong đó 57 mô hình cấp tỉnh, 355 mô "
            "hình cấp cơ sở.",
            encoding="utf-8",
        )
        target = tmp_path / "draft.json"
        code, _, err = run(
            capsys,
            "extract", str(source), "--figures", "--draft", "--dataset", "example",
            "--scope", "vn/ninh-binh", "--id", "nb-draft", "-o", str(target),
        )  # fmt: skip
        assert code == 0
        assert "drafted 3 figure(s)" in err
        code, out, _ = run(capsys, "summarize", str(target))
        assert code == 0
        assert "Báo cáo nb-draft: bao-cao.txt" in out
        assert "412 mô hình (đăng ký xây dựng)" in out
        code, _, err = run(capsys, "extract", str(source), "--draft")
        assert code == 2
        assert "--draft needs --figures" in err

    def test_figures_draft_of_another_units_heading(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A heading that names another unit than --scope is warned of, and noted."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "THỊ ỦY HỒNG LĨNH\nBAN DÂN VẬN\n\nBÁO CÁO\nNăm 2025, các phường, xã đăng ký 64 "
            "mô hình “Dân vận khéo”.",
            encoding="utf-8",
        )
        target = tmp_path / "draft.json"
        draft = ["extract", str(source), "--figures", "--draft", "--dataset", "example"]
        code, _, err = run(capsys, *draft, "--scope", "vn/ha-tinh", "-o", str(target))
        assert code == 0
        assert "bao-cao.txt: warning: the heading names 'THỊ XÃ HỒNG LĨNH', not 'vn/ha-tinh'" in err
        code, out, _ = run(capsys, "summarize", str(target))
        assert "phần đầu văn bản ghi 'THỊ XÃ HỒNG LĨNH', không phải 'vn/ha-tinh'" in out
        code, _, err = run(capsys, *draft, "--scope", "vn/ha-tinh/hong-linh", "-o", str(target))
        assert code == 0
        assert "warning" not in err  # the town's own report, in its own scope
        source.write_text(
            "BÁO CÁO\nSơ kết 6 tháng đầu năm 2025\n\nCác phường, xã đăng ký 64 mô hình.",
            encoding="utf-8",
        )
        scope = ["--scope", "vn/ha-tinh/hong-linh"]
        code, _, err = run(capsys, *draft, *scope, "--period", "năm 2025", "-o", str(target))
        assert code == 0
        assert "warning: the title names 01/01/2025 - 30/06/2025, not the period given" in err

    def test_figures_draft_of_a_period(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--period gives the figures with none of their own the report's period."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Toàn tỉnh công nhận 386 mô hình. Qua 5 năm triển khai, đã xây dựng 2.140 mô hình.",
            encoding="utf-8",
        )
        target = tmp_path / "draft.json"
        draft = ["extract", str(source), "--figures", "--draft", "--dataset", "example"]
        code, _, err = run(
            capsys, *draft, "--scope", "vn/ninh-binh", "--period", "năm 2025", "-o", str(target)
        )
        assert code == 0
        assert "drafted 1 figure(s)" in err  # the five years' total is left out, with why
        code, out, _ = run(capsys, "summarize", str(target))
        assert code == 0
        assert "386 mô hình (được công nhận), năm 2025" in out
        why = "tổng của nhiều năm ('Qua 5 năm triển khai'), không phải của năm 2025"
        assert why in out  # the draft's note, in the summary's Vietnamese
        code, _, err = run(capsys, *draft, "--scope", "vn/ninh-binh", "--period", "năm hai")
        assert code == 2
        assert "năm hai" in err

    def test_figures_draft_in_a_city(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--city says which level "cấp thành phố" is; without it, the reviewer sets it."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(
            "Năm 2025, phường có 14 mô hình được công nhận cấp thành phố.", encoding="utf-8"
        )
        target = tmp_path / "draft.json"
        draft = ["extract", str(source), "--figures", "--draft", "--dataset", "example"]
        for city, level in (("province", RecognitionLevel.PROVINCE), (None, None)):
            chosen = [] if city is None else ["--city", city]
            code, _, _ = run(capsys, *draft, "--scope", "vn/ninh-binh", *chosen, "-o", str(target))
            assert code == 0
            [figure] = serialization.load(target, Dataset).reports[-1].figures
            assert (figure.value, figure.dims.level) == (Count(14), level)
        with pytest.raises(SystemExit) as refused:  # argparse's usage error
            run(capsys, *draft, "--scope", "vn/ninh-binh", "--city", "xã")
        assert refused.value.code == 2
        assert "--city" in capsys.readouterr().err

    def test_figures_draft_in_a_city_the_scope_names(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Without --city, "cấp thành phố" is the level of the city the scope is or lies in.

        A ward of Cần Thơ (a centrally-run city): the province's; a city under a province:
        a district's; the command says which, and --city still decides.
        """
        source = tmp_path / "bao-cao.txt"
        source.write_text("Năm 2025, có 14 mô hình được công nhận cấp thành phố.", encoding="utf-8")
        target = tmp_path / "draft.json"
        draft = ["extract", str(source), "--figures", "--draft", "--dataset", "example"]
        for scope, chosen, level in (
            ("vn/can-tho/phuong-ninh-kieu", [], RecognitionLevel.PROVINCE),
            ("vn/ha-giang/thanh-pho-ha-giang", [], RecognitionLevel.DISTRICT),
            ("vn/can-tho", ["--city", "district"], RecognitionLevel.DISTRICT),
        ):
            code, _, err = run(capsys, *draft, "--scope", scope, *chosen, "-o", str(target))
            assert code == 0
            [figure] = serialization.load(target, Dataset).reports[-1].figures
            assert (figure.value, figure.dims.level) == (Count(14), level)
            assert ("'cấp thành phố' read as" in err) is not chosen

    def test_figures_draft_of_a_unit_the_dataset_lacks(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A scope the dataset lacks is taken, with the units above it, from the official map."""
        source = tmp_path / "bao-cao.txt"
        source.write_text("Năm 2025, toàn tỉnh có 2.519 mô hình được công nhận.", encoding="utf-8")
        target = tmp_path / "draft.json"
        draft = ["extract", str(source), "--figures", "--draft", "--dataset", "example"]
        code, _, err = run(capsys, *draft, "--scope", "vn/thanh-hoa", "-o", str(target))
        assert code == 0
        assert "added vn (Việt Nam), vn/thanh-hoa (Tỉnh Thanh Hóa) from the official map" in err
        dataset = serialization.load(target, Dataset)
        assert dataset.hierarchy.get("vn/thanh-hoa").parent == "vn"
        code, out, _ = run(capsys, "summarize", str(target))
        assert code == 0
        assert "2.519 mô hình (được công nhận), năm 2025 — Tỉnh Thanh Hóa" in out
        code, _, err = run(capsys, *draft, "--scope", "vn/khong-co", "--lang", "en")
        assert code == 2
        assert "'vn/khong-co' is no unit of the dataset nor of the official map" in err

    def test_figures_draft_without_the_official_map(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without the vn extra, a scope the dataset lacks is refused with what to do."""
        from danvan import vn

        def missing() -> None:
            raise DanvanError("the vn extra is not installed")

        monkeypatch.setattr(vn, "hierarchy", missing)
        source = tmp_path / "bao-cao.txt"
        source.write_text("Toàn tỉnh có 2.519 mô hình được công nhận.", encoding="utf-8")
        code, _, err = run(
            capsys,
            "extract", str(source), "--figures", "--draft", "--dataset", "example",
            "--scope", "vn/thanh-hoa", "--lang", "en",
        )  # fmt: skip
        assert code == 2
        assert "'vn/thanh-hoa' is no unit of the dataset: add it to the dataset, or install" in err

    def test_unreadable_input(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A missing file or bytes that are not UTF-8: exit 2 and one line naming it."""
        code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"))
        assert code == 2
        assert "missing.txt" in err
        latin = tmp_path / "latin.txt"
        latin.write_bytes("Chỉ thị".encode("cp1258", errors="replace") + b"\xff")
        code, _, err = run(capsys, "extract", str(latin), "--lang", "en")
        assert code == 2
        assert "not UTF-8" in err
        assert "latin.txt" in err


def test_vocab_lists_every_vocabulary(capsys: pytest.CaptureFixture[str]) -> None:
    """`danvan vocab` lists every vocabulary the API exports, found in the code."""
    import danvan
    from danvan._terms import Term

    code, out, _ = run(capsys, "vocab")
    assert code == 0
    exported = [
        name
        for name in danvan.__all__
        if isinstance(getattr(danvan, name), type) and issubclass(getattr(danvan, name), Term)
    ]
    listed = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert listed == [*exported, "Measure", "Rule"]  # then the measures and rule codes
    assert "Completeness" in listed


def _case_id(value: object) -> str:
    return "-".join(value) if isinstance(value, tuple) else str(value)


def _case_id(value: object) -> str:
    return "-".join(value) if isinstance(value, tuple) else str(value)


class TestBadInputEverywhere:
    """Every subcommand that reads a file answers bad input with exit 2 and one line."""

    COMMANDS = (
        ("validate",),
        ("convert", "--to", "json"),
        ("convert", "--to", "csv"),
        ("summarize",),
        ("check",),
        ("extract",),
    )

    @pytest.fixture
    def inputs(self, tmp_path: Path) -> dict[str, Path]:
        (tmp_path / "folder").mkdir()
        (tmp_path / "empty.json").write_bytes(b"")
        (tmp_path / "latin1.json").write_bytes('{"title": "Dân vận"}'.encode("latin-1", "replace"))
        (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00\x81 not text")
        return {
            "missing": tmp_path / "missing.json",
            "folder": tmp_path / "folder",
            "empty": tmp_path / "empty.json",
            "latin1": tmp_path / "latin1.json",
            "binary": tmp_path / "binary.json",
        }

    # Any UTF-8 text, even empty or ASCII-only, is text extract reads: not bad input there.
    CASES = tuple(
        (command, kind)
        for command in COMMANDS
        for kind in ("missing", "folder", "empty", "latin1", "binary")
        if not (command == ("extract",) and kind in ("empty", "latin1"))
    )

    @pytest.mark.parametrize(("command", "kind"), CASES, ids=_case_id)
    def test_exit_2_and_one_line(
        self,
        capsys: pytest.CaptureFixture[str],
        inputs: dict[str, Path],
        command: tuple[str, ...],
        kind: str,
    ) -> None:
        """No traceback; the error names the file or what is wrong with its text."""
        code, _, err = run(capsys, *command, str(inputs[kind]))
        assert code == 2
        assert "Traceback" not in err
        assert err.strip()

    def test_output_into_a_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o naming a folder is a one-line error with exit 2, and the folder is untouched."""
        code, _, err = run(capsys, "summarize", "-o", str(tmp_path), "--lang", "en")
        assert code == 2
        assert "it is a folder" in err
        assert list(tmp_path.iterdir()) == []

    def test_extract_reads_standard_input(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """extract - reads UTF-8 from standard input."""
        import io

        text = "Thực hiện Chỉ thị số 11-CT/TU của Tỉnh ủy".encode()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
        code, out, _ = run(capsys, "extract", "-", "--format", "jsonl")
        assert code == 0
        assert '"11-CT/TU"' in out


class TestRoughEdges:
    def test_a_closed_pipe_ends_quietly(self) -> None:
        """`danvan vocab | head -1`: no traceback when the reader stops reading."""
        process = subprocess.Popen(
            [sys.executable, "-m", "danvan", "vocab"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        process.stdout.close()  # before it writes a line, as a reader that stops early
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0
        assert b"Traceback" not in err

    def test_validate_and_convert_take_the_bundled_example(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = run(capsys, "validate")
        assert (code, out.startswith("ok: the bundled example: 29 units")) == (0, True)
        code, out, _ = run(capsys, "convert", "--to", "csv")
        assert code == 0
        assert out.splitlines()[0].startswith("report,id,part_of,measure,value")

    def test_schema_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "schema", "--list")
        names = out.split()
        assert code == 0
        assert {"Dataset", "Model", "Figure", "Report", "Award"} <= set(names)
        for name in names:
            assert run(capsys, "schema", name)[0] == 0


def test_summary_csv_for_excel(capsys: pytest.CaptureFixture[str]) -> None:
    """--bom starts the summary's CSV with a byte-order mark, so Excel reads UTF-8."""
    code, out, _ = run(capsys, "summarize", "--format", "csv", "--bom")
    assert code == 0
    assert out.startswith("\ufeffreport,path,id")
    code, out, _ = run(capsys, "summarize", "--format", "csv")
    assert out.startswith("report,path,id")


def test_vocab_lists_measures_and_rules(capsys: pytest.CaptureFixture[str]) -> None:
    """Measures and rule codes are vocabularies too; a near miss gets a suggestion."""
    code, out, _ = run(capsys, "vocab", "measure")
    assert code == 0
    assert "registered            đăng ký xây dựng" in out
    code, out, _ = run(capsys, "vocab", "rule")
    assert "breakdown_sum" in out
    assert "percent_consistent" in out
    code, _, err = run(capsys, "vocab", "mesure", "--lang", "en")
    assert code == 2
    assert "did you mean Measure?" in err
    code, out, _ = run(capsys, "vocab")
    assert "\nMeasure\n" in out
    assert "\nRule\n" in out


def test_errors_name_the_commands_options(capsys: pytest.CaptureFixture[str]) -> None:
    """A date without its year asks for --year, not for a Python parameter, in both languages."""
    code, _, err = run(capsys, "parse", "date", "22/11", "--lang", "en")
    assert code == 2
    assert "use --year or --reference" in err
    assert "default_year=" not in err
    code, _, err = run(capsys, "parse", "date", "22/11")
    assert err == (
        "danvan parse: error: ngày tháng không có năm; dùng --year hoặc --reference: '22/11'\n"
    )


@pytest.mark.parametrize(
    ("argv", "vi", "en"),
    [
        (["parse", "count", "trên một nghìn"], "không phải là một số lượng", "not a count"),
        (["parse", "symbol", "11 - CT TU"], "thiếu '/' trước cơ quan ban hành", "missing '/'"),
        (["vocab", "thethao"], "không có danh mục 'thethao'", "no vocabulary 'thethao'"),
        (["schema", "KhongCo"], "danvan không có kiểu 'KhongCo'", "no danvan type 'KhongCo'"),
        (["summarize", "--unit", "vn/ha-tinh"], "dùng để lọc một kho", "filter(s) a store"),
    ],
)
def test_errors_in_the_language_chosen(
    capsys: pytest.CaptureFixture[str], argv: list[str], vi: str, en: str
) -> None:
    """Every command writes its errors in Vietnamese unless --lang en asks for English."""
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert vi in err
    assert en not in err
    code, _, err = run(capsys, *argv, "--lang", "en")
    assert code == 2
    assert en in err


def test_every_command_takes_lang(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang is accepted by every command and store action, with the same choices."""
    for argv in (
        ["vocab"],
        ["parse", "number", "5"],
        ["validate"],
        ["schema", "--list"],
        ["check"],
    ):
        code, _, _ = run(capsys, *argv, "--lang", "en")
        assert code == 0, argv
    with pytest.raises(SystemExit):
        main(["validate", "--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_one_error_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Every command refuses bad input in one format, on standard error, with exit 2."""
    missing = str(tmp_path / "khong-co.json")
    for argv in (
        ["check", missing],
        ["summarize", missing],
        ["convert", missing, "--to", "json"],
        ["vocab", "khong-co"],
        ["schema", "KhongCo"],
        ["parse", "date", "22/11"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert out == ""
        assert err.startswith(f"danvan {argv[0]}: error: "), err
        assert "Traceback" not in err
