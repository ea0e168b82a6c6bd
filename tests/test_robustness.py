"""Junk in, only DanvanError out, and quickly: every text parser and finder under hostile input.

The parsers and finders under test are found in the public API, not listed by hand: every
``parse_*`` and ``find_*`` function, and the ``parse`` of every class that has one.
"""

import contextlib
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import danvan
from danvan import DanvanError, parse_date

PUBLIC = [getattr(danvan, name) for name in danvan.__all__]


def _date(text: str) -> object:
    return parse_date(text, default_year=2023)


def _name(function: Callable[..., object]) -> str:
    owner = getattr(function, "__self__", None)
    if isinstance(owner, type):
        return f"{owner.__name__}.{function.__name__}"
    return getattr(function, "__qualname__", str(function))


#: Every public parser: a function called parse_*, or a class's parse method.
PARSERS: list[Callable[[str], object]] = sorted(
    [
        *(f for f in PUBLIC if callable(f) and getattr(f, "__name__", "").startswith("parse")),
        *(c.parse for c in PUBLIC if isinstance(c, type) and hasattr(c, "parse")),
        _date,
    ],
    key=_name,
)
#: Every public finder: a function called find_*, which returns what it found in a text.
FINDERS: list[Callable[[str], list[object]]] = sorted(
    (f for f in PUBLIC if callable(f) and getattr(f, "__name__", "").startswith("find_")),
    key=_name,
)
# Text made of the characters parsers care about, so hypothesis reaches deep branches.
WORDS = ["trên", "gần", "nghìn", "ngày", "CT", "TU", "Đ", "tháng", "năm", "hàng", "giai đoạn"]
ALPHABET = st.sampled_from([*"0123456789.,/-–%: <&>", *WORDS])
SEEDISH = st.lists(ALPHABET, max_size=30).map("".join)
HOSTILE_UNITS = ["9", "1.", "-/", "1-1/", "a ", " ", "trên 1", "năm 2020-", "<b>"]


def test_inventory_is_found_in_the_code() -> None:
    """The parsers and finders under test are those the API exports."""
    names = {_name(f) for f in PARSERS}
    assert {"parse_count", "parse_number", "Period.parse", "DocumentSymbol.parse"} <= names
    assert {"Field.parse", "CountingRule.parse", "Severity.parse"} <= names
    assert {_name(f) for f in FINDERS} == {
        "find_dates",
        "find_figures",
        "find_periods",
        "find_references",
    }


@pytest.mark.parametrize("parser", PARSERS, ids=_name)
class TestParsers:
    @given(st.text() | SEEDISH)
    def test_only_danvan_errors(self, parser: Callable[[str], object], text: str) -> None:
        """Any text either parses or raises a DanvanError, with its message in Vietnamese."""
        refused: DanvanError | None = None
        try:
            parser(text)
        except DanvanError as error:
            refused = error
        if refused is not None:
            assert refused.message_vi != str(refused), str(refused)

    @settings(max_examples=len(HOSTILE_UNITS))
    @given(st.sampled_from(HOSTILE_UNITS))
    def test_100_kb_is_refused(self, parser: Callable[[str], object], unit: str) -> None:
        """A 100 kB string is refused up front rather than scanned by a pattern."""
        text = unit * (100_000 // len(unit))
        with pytest.raises(DanvanError):
            parser(text)

    @pytest.mark.parametrize("value", [None, 5, b"2021"])
    def test_not_text(self, parser: Callable[[object], object], value: object) -> None:
        """Something that is not text is a DanvanError, not a TypeError from deep inside."""
        with contextlib.suppress(DanvanError):
            parser(value)


@pytest.mark.parametrize("finder", FINDERS, ids=_name)
class TestFinders:
    @given(st.text() | SEEDISH)
    def test_spans_point_into_the_text(
        self, finder: Callable[[str], list[object]], text: str
    ) -> None:
        """Whatever is found, its span holds its text in the original."""
        for mention in finder(text):
            start, end = mention.span  # type: ignore[attr-defined]
            assert text[start:end] == mention.text  # type: ignore[attr-defined]

    @settings(max_examples=len(HOSTILE_UNITS))
    @given(st.sampled_from(HOSTILE_UNITS))
    def test_100_kb_of_junk(self, finder: Callable[[str], list[object]], unit: str) -> None:
        """A 100 kB run of one hostile pattern is read through, linearly, to a list."""
        assert isinstance(finder(unit * (100_000 // len(unit))), list)

    @pytest.mark.parametrize("value", [None, 5, b"text"])
    def test_not_text(self, finder: Callable[[object], object], value: object) -> None:
        """Something that is not text is a DanvanError."""
        with pytest.raises(DanvanError):
            finder(value)


PROVINCE = danvan.AdminLevel.PROVINCE


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            lambda: danvan.Unit(id="x", name="X", level=danvan.AdminLevel.PROVINCE, codes=5),
            "mapping",
        ),
        (lambda: danvan.Hierarchy(None), "list or tuple"),
        (lambda: danvan.Hierarchy("vn/son-la"), "list or tuple"),
        (lambda: danvan.Period.years(2021, 10**20), "not a span of years"),
        (lambda: danvan.parse_date("1/1", default_year=10**20), "no such day"),
        (lambda: danvan.fold(None), "needs text"),
        (lambda: danvan.slugify(3), "needs text"),
        (
            lambda: danvan.Extractor(name="x", pattern=1.5, kind=danvan.ReferenceKind.SHORT),
            "bad pattern",
        ),
    ],
    ids=[
        "codes",
        "hierarchy-none",
        "hierarchy-text",
        "years",
        "default-year",
        "fold",
        "slugify",
        "extractor",
    ],
)
def test_arguments_of_the_wrong_kind(call: Callable[[], object], error: str) -> None:
    """Constructors and functions given the wrong kind of argument raise a DanvanError."""
    with pytest.raises(DanvanError, match=error):
        call()


#: Every public function, found in the API: each is given the wrong kind of value below.
FUNCTIONS = sorted((f for f in PUBLIC if inspect.isfunction(f)), key=lambda f: f.__name__)


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("wrong", [None, 5, "x", b"x", [], {}, [5]], ids=repr)
def test_every_function_names_a_wrong_argument(
    function: Callable[..., object], wrong: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each required argument of every public function given the wrong kind of value (what
    ``json.load`` gives, an id for an object, a list of the wrong things) is a DanvanError,
    never an AttributeError or a TypeError from inside. (In a folder of its own: ``dump``
    writes "x" to a file called "x".)"""
    monkeypatch.chdir(tmp_path)
    signature = inspect.signature(function)
    required = [p for p in signature.parameters.values() if p.default is p.empty]
    positional = [p for p in required if p.kind is not p.KEYWORD_ONLY]
    keywords = {p.name: wrong for p in required if p.kind is p.KEYWORD_ONLY}
    with contextlib.suppress(DanvanError):
        function(*[wrong] * len(positional), **keywords)


def test_a_wrong_argument_is_named_with_what_it_is() -> None:
    """The message names the function, the argument, what it needs and what it got."""
    ds = danvan.load_example()
    with pytest.raises(DanvanError, match=r"check\(\) needs dataset= a Dataset, not dict"):
        danvan.check({"reports": []})  # type: ignore[arg-type]
    with pytest.raises(DanvanError, match=r"loads\(\) needs text= a str or bytes, not dict"):
        danvan.loads({"reports": []})  # type: ignore[arg-type]
    with pytest.raises(DanvanError, match=r"models= Model objects: item 1 is of type str"):
        danvan.count_models(iter([ds.models[0], "m-1"]), ds.hierarchy)  # type: ignore[list-item]
    with pytest.raises(DanvanError, match=r"count_models\(\) needs hierarchy= a Hierarchy"):
        danvan.count_models(ds.models, "vn")  # type: ignore[arg-type]
    # …and what is right is read as before, a generator of models too
    table = danvan.count_models(iter(ds.models), ds.hierarchy)
    assert table.figures == danvan.count_models(ds.models, ds.hierarchy).figures


def _with_free_text(where: str, text: str) -> object:
    """Build the value whose free-text field ``where`` holds ``text``."""
    import datetime

    from danvan import AdminLevel, Award, Source, Supported, Unit

    match where:
        case "quote":
            return Source(quote=text)
        case "publisher":
            return Source(title="Sơ kết", publisher=text)
        case "event-note":
            return Supported(on=datetime.date(2023, 1, 1), note=text)
        case "citation":
            return Award(id="a", issuer="u", citation=text)
        case _:
            return Unit(id="u", name="Xã A", level=AdminLevel.COMMUNE, notes=(text,))


class TestLoneSurrogatesInFreeText:
    """Free text (notes, quotes, a support event's note, a citation) that could not be
    written as UTF-8 is refused where it enters, never dumped into a file that will not
    load."""

    @pytest.mark.parametrize("where", ["quote", "publisher", "event-note", "citation", "notes"])
    def test_refused_at_construction(self, where: str) -> None:
        """Each names the field; the same text without the surrogate is taken."""
        from danvan.exceptions import InvalidEntityError

        assert _with_free_text(where, "ghi chú") is not None
        with pytest.raises(InvalidEntityError, match="lone surrogate"):
            _with_free_text(where, "ghi chú \ud800")

    def test_refused_when_read(self) -> None:
        """An escaped lone surrogate in JSON is a StructureError naming the field."""
        from danvan import Source, loads
        from danvan.exceptions import StructureError

        with pytest.raises(StructureError, match="quote must be text without lone surrogates"):
            loads('{"quote": "ghi ch\\u00fa \\ud800"}', Source)


class TestMessagesStaySmall:
    """An error about a huge input shows its start and its length, not all of it."""

    @pytest.mark.parametrize("text", ["x" * 10_000_000, "\ud800" * 1_000_000])
    def test_huge_text(self, text: str) -> None:
        from danvan import parse_count

        with pytest.raises(danvan.DanvanError) as caught:
            parse_count(text)
        message = str(caught.value)
        assert len(message) < 500
        assert f"({len(text):,} in all)" in message
        assert caught.value.value == text  # type: ignore[attr-defined]  # kept whole

    def test_short_values_are_shown_whole(self) -> None:
        from danvan import parse_count

        with pytest.raises(danvan.DanvanError, match=r": 'hơn ba trăm'$"):
            parse_count("hơn ba trăm")


def test_arguments_in_the_forms_a_user_types_are_read() -> None:
    """A tier's code, a rule's code, a day or a period written as text, a year, one
    dimension alone: each counts what its typed form counts."""
    import datetime as dt

    from danvan import AdminLevel, CountingRule, Period
    from danvan.synth import dataset

    ds = dataset(models=300, seed=3, provinces=2, districts=3)
    models, tree = ds.models, ds.hierarchy

    def same(typed: dict[str, object], written: dict[str, object]) -> None:
        want = danvan.count_models(models, tree, **typed)  # type: ignore[arg-type]
        assert want.figures
        assert danvan.count_models(models, tree, **written).figures == want.figures  # type: ignore[arg-type]

    same(
        {"by": ("unit",), "unit_level": AdminLevel.DISTRICT},
        {"by": "unit", "unit_level": "district"},
    )
    same({"rule": CountingRule.REGISTRATIONS}, {"rule": "registrations"})
    same({"at": dt.date(2023, 6, 30)}, {"at": "2023-06-30"})
    same({"at": dt.date(2023, 6, 30)}, {"at": "30/6/2023"})
    same({"period": Period.year(2023)}, {"period": 2023})
    same({"period": Period.year(2023)}, {"period": "năm 2023"})
    by_unit = danvan.count_models(models, tree, by=("unit",))
    assert danvan.rollup(by_unit, tree, to="province").figures == (
        danvan.rollup(by_unit, tree, to=AdminLevel.PROVINCE).figures
    )
    assert tree.at("2023-06-30").units == tree.at(dt.date(2023, 6, 30)).units
    # a tier's name found no unit, silently; a written day failed or passed every unit
    assert tree.level_units("huyện") == tree.level_units(AdminLevel.DISTRICT) != []
    root = tree.roots()[0].id
    day = dt.date(2023, 6, 30)
    assert tree.descendants(root, at="30/6/2023") == tree.descendants(root, at=day)
    assert tree.children(root, at="2023-06-30") == tree.children(root, at=day)
    assert tree.find(tree.units[-1].name, level="commune", at="2023-06-30")
    unit = tree.units[-1].id
    assert tree.successors(unit, to="2026-01-01") == tree.successors(unit, to=dt.date(2026, 1, 1))
    model = next(m for m in models if m.events)
    assert model.status(at="2023-06-30") == model.status(at=day)
    with pytest.raises(DanvanError, match=r"at= a day .*datetime"):
        danvan.count_models(models, tree, at=dt.datetime(2023, 6, 30, tzinfo=dt.UTC))  # type: ignore[arg-type]
    with pytest.raises(DanvanError, match=r"period= a period .*2023.5"):
        danvan.count_models(models, tree, period=2023.5)  # type: ignore[arg-type]
    with pytest.raises(DanvanError, match=r"threshold= a Decimal or int or float, not str"):
        danvan.field_balance(danvan.count_models(models, tree), threshold="10")  # type: ignore[arg-type]
