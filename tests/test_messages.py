"""Every error danvan raises has its message in Vietnamese as well as in English."""

import ast
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import danvan
from danvan import DanvanError
from danvan._messages import translate

SRC = Path(__file__).parent.parent / "src" / "danvan"
CATALOGUE: dict[str, str] = json.loads(
    (SRC / "data" / "messages-vi.json").read_text(encoding="utf-8")
)
ERRORS = {name for name in dir(danvan.exceptions) if name.endswith("Error")}
# Errors whose first argument is the list of problems, not a value.
LISTS = {"StructureError": 0, "HierarchyError": 1, "DatasetError": 1}
# Functions whose returned text becomes an error's message.
REASONS = {"_diagnose", "_why"}
# Functions whose returned text says why a draft leaves a figure out: a report's notes,
# which a summary in Vietnamese shows in Vietnamese.
REASONS |= {"why_not", "_why_not", "_title_given", "no_giver", "to_date", "_why_no_total"}
REASONS |= {"_of_the_period_compared", "award_asked", "_why_a_target", "before_the_reorganisation"}
REASONS |= {"_of_one_model", "total_left_out", "_at_the_start", "_done_before", "of_this_term"}
REASONS |= {"begun_after", "begun_after_its_period", "cumulative_in_a_year"}
REASONS |= {"_of_another_programme", "_named_again_left_out"}
# Constants that say why a number is read as no figure, or a table's cell is not read.
WHY = {"A_RANGE", "TWO_WAYS", "SPACED", "DECIMAL_DOT", "IN_WORDS", "_UNMEASURED", "NO_BASE"}
WHY |= {"_NO_COUNT", "_NO_COUNT_IN_ROW", "_NOT_A_COUNT", "_NOT_IN_LINE"}
WHY |= {"_GIVER_BY_LAW", "_PROPOSED_BY_LAW"}


def _template(node: ast.expr) -> str | None:
    """A message as the catalogue keys it: each changing part written {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) else "{}"  # type: ignore[misc]
            for v in node.values
        )
    if isinstance(node, ast.Subscript):  # f"…"[:200]
        return _template(node.value)
    return None


def _messages_of(node: ast.Call) -> Iterator[ast.expr]:
    name = node.func.id  # type: ignore[attr-defined]
    if name in LISTS:
        index = LISTS[name]
        listed = node.args[index] if len(node.args) > index else None
        if isinstance(listed, ast.List):
            yield from listed.elts
        elif isinstance(listed, ast.ListComp):
            yield listed.elt
    elif name in ("DanvanError", "ValueError"):
        yield from node.args[:1]
    elif name == "AmbiguousTermError":  # (value, vocabulary, accepted, message)
        yield from node.args[3:4]
    elif name != "UnknownTermError":  # (value, vocabulary, accepted): the message is its own
        yield from node.args[1:2]


def _source_messages() -> dict[str, str]:
    """Every message template the source raises, with where it is raised."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(SRC))
        texts: list[tuple[ast.expr, int]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                serialization = where.startswith("serialization")
                if node.func.id in ERRORS or (node.func.id == "ValueError" and serialization):
                    texts += [(m, node.lineno) for m in _messages_of(node)]
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                owner_name = getattr(owner, "id", None) or getattr(owner, "attr", None)
                if node.func.attr == "append" and owner_name == "problems" and node.args:
                    texts.append((node.args[0], node.lineno))
            if isinstance(node, ast.FunctionDef) and node.name in REASONS:
                texts += [
                    (r.value, r.lineno)
                    for r in ast.walk(node)
                    if isinstance(r, ast.Return) and r.value is not None
                ]
            if isinstance(node, ast.Assign) and any(
                getattr(t, "id", None)
                in ("default_message", "_ACCEPTED", "ACCEPTED", "_CONFLICT", *WHY)
                or getattr(t, "attr", None) == "_message"  # a message made when read
                for t in node.targets
            ):
                texts.append((node.value, node.lineno))
        for text, line in texts:
            template = _template(text)
            if template is None:
                continue
            message = template.rpartition(" @ ")[0] if " @ " in template else template
            if message.strip("{}'") == "":  # a message passed on as it came
                continue
            found.setdefault(message, f"{where}:{line}")
    return found


SOURCE = _source_messages()


def test_the_scan_finds_the_messages() -> None:
    """The scan below is only as good as what it finds: messages of every kind are in it."""
    assert "not a number in Vietnamese notation" in SOURCE  # a class's default message
    assert "a count is at most {}" in SOURCE  # an f-string
    assert "unknown {} {}" in SOURCE  # a problem appended to a list
    assert "missing issuer" in SOURCE  # a reason a function returns
    assert "no {} is called this ({}accepted codes: {})" in SOURCE  # made when read
    assert "a target ('{}'), not a result" in SOURCE  # why a draft leaves a figure out
    assert any(m.startswith("accepted forms: 'năm 2018'") for m in SOURCE)  # the periods'
    assert len(SOURCE) > 200


@pytest.mark.parametrize("message", sorted(SOURCE))
def test_every_message_has_its_vietnamese(message: str) -> None:
    assert message in CATALOGUE, f"add the Vietnamese of {message!r} ({SOURCE[message]})"


@pytest.mark.parametrize("english", sorted(CATALOGUE))
def test_each_translation_keeps_every_part(english: str) -> None:
    """Each {} of the English is one {N} of the Vietnamese, none lost, none invented."""
    vietnamese = CATALOGUE[english]
    used = sorted({int(n) for n in re.findall(r"\{(\d+)\}", vietnamese)})
    assert used == list(range(english.count("{}")))
    assert vietnamese != english


def test_a_part_that_is_a_message_is_translated_too() -> None:
    assert translate("not a period (not a span of years)") == (
        "không phải là một kỳ (không phải là một khoảng năm)"
    )
    # a code or a name in a message stays as it is
    assert translate("no vocabulary 'mesure' (did you mean Measure? have: Field)") == (
        "không có danh mục 'mesure' (có phải là Measure? các danh mục: Field)"
    )


def test_a_line_that_quotes_two_values_is_translated_whole() -> None:
    """A draft's note quotes the number and the verb: each part stays its own."""
    note = (
        "not drafted: '5,6 km' @ 945: 'làm mới' is denied, only an aim or proposed: set the "
        "measure if done"
    )
    assert translate(note) == (
        "chưa đưa vào bản nháp: '5,6 km' (ký tự thứ 945): 'làm mới' bị phủ định, hoặc chỉ là "
        "dự định, đề nghị: hãy ghi chỉ tiêu nếu đã thực hiện"
    )


def _raises(call: Callable[[], object]) -> DanvanError:
    with pytest.raises(DanvanError) as caught:
        call()
    return caught.value


def _bad_calls(tmp_path: Path) -> dict[str, Callable[[], object]]:
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    not_a_store = tmp_path / "bao-cao.txt"
    not_a_store.write_text("Báo cáo sơ kết phong trào thi đua", encoding="utf-8")
    hierarchy = danvan.load_example().hierarchy
    return {
        "count": lambda: danvan.parse_count("trên một nghìn"),
        "number": lambda: danvan.parse_number("1,500"),
        "date": lambda: danvan.parse_date("31/2/2021"),
        "weekday": lambda: danvan.parse_date("thứ Hai, ngày 22/11/2023"),
        "period": lambda: danvan.Period.parse("mấy năm gần đây"),
        "symbol": lambda: danvan.DocumentSymbol.parse("11 - CT TU"),
        "field": lambda: danvan.Field.parse("thể thao"),
        "level": lambda: danvan.RecognitionLevel.parse("cấp thành phố"),
        "unit": lambda: hierarchy.get("vn/khong-co"),
        "unit then": lambda: danvan.Hierarchy(
            [
                danvan.Unit(
                    id="vn/x",
                    name="Xã Sáp Nhập",
                    level=danvan.AdminLevel.COMMUNE,
                    valid_from=dt.date(2025, 7, 1),
                )
            ]
        ).get("vn/x", at=dt.date(2024, 1, 1)),
        "json": lambda: danvan.loads('{"schema": "danvan/2", "reports": ['),
        "structure": lambda: danvan.loads('{"schema": "danvan/2", "models": [{"id": 1}]}'),
        "write": lambda: danvan.dump(danvan.load_example(), folder),
        "store": lambda: danvan.Store(not_a_store),
        "hierarchy": lambda: danvan.Hierarchy(
            [danvan.Unit(id="x", name="Xã X", level=danvan.AdminLevel.COMMUNE, parent="y")]
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "count",
        "number",
        "date",
        "weekday",
        "period",
        "symbol",
        "field",
        "level",
        "unit",
        "unit then",
        "json",
        "structure",
        "write",
        "store",
        "hierarchy",
    ],
)
def test_errors_people_meet_read_in_vietnamese(case: str, tmp_path: Path) -> None:
    """No line of the Vietnamese is the English line, and the value and paths are kept."""
    error = _raises(_bad_calls(tmp_path)[case])
    english, vietnamese = str(error), error.message_vi
    assert vietnamese != english
    for en_line, vi_line in zip(english.splitlines(), vietnamese.splitlines(), strict=True):
        assert en_line != vi_line
        if " @ " in en_line:
            assert vi_line.endswith(en_line.rpartition(" @ ")[2])  # the path, as it was
    value = getattr(error, "value", None)
    if isinstance(value, str) and repr(value) in english:
        assert repr(value) in vietnamese


def test_a_misspelt_code_gets_a_guess() -> None:
    """An unknown measure lists the known ones with a did-you-mean; so does a vocabulary."""
    data = json.loads(danvan.dumps(danvan.load_example()))
    data["reports"][0]["figures"][0]["measure"] = "registerd"
    data["reports"][0]["figures"][1]["scope"] = "vn/son-la/tp-son-lax"
    error = _raises(lambda: danvan.loads(json.dumps(data)))
    measure, unit = error.problems  # type: ignore[attr-defined]
    assert measure.startswith("unknown measure 'registerd' (did you mean 'registered'? known: ")
    assert "dialogue_conferences" in measure
    assert unit == (
        "unknown unit 'vn/son-la/tp-son-lax' (did you mean 'vn/son-la/tp-son-la'?)"
        " @ $.reports[0].figures[1].scope"
    )
    assert "có phải là 'registered'? các chỉ tiêu đã biết:" in error.message_vi
    term = _raises(lambda: danvan.Measure.get("recognized"))
    assert "did you mean 'recognised'?" in str(term)
    nothing_close = _raises(lambda: danvan.Field.parse("thể thao"))
    assert "did you mean" not in str(nothing_close)
