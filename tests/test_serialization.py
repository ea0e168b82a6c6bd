"""The wire format: round trips, the JSON Schema, strict reading, atomic files, golden files."""

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import cattrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import danvan
from danvan import (
    Count,
    Dataset,
    DocumentSymbol,
    Field,
    Hierarchy,
    Model,
    Period,
    Recognised,
    RecognitionLevel,
    Registered,
    Supported,
    dump,
    dumps,
    json_schema,
    load,
    loads,
)
from danvan import serialization as ser
from danvan import testing as dst
from danvan._models import EVENT_KINDS
from danvan._terms import Term
from danvan.exceptions import InvalidEntityError, StructureError
from danvan.serialization import _convert as convert
from danvan.serialization import _converter as converter
from danvan.serialization import _structs as structs
from tests.seeds import ninh_binh, son_la_city

DATA = Path(__file__).parent / "data"

VOCABULARIES = sorted(
    (
        v
        for v in map(vars(danvan).get, danvan.__all__)
        if isinstance(v, type) and issubclass(v, Term)
    ),
    key=lambda v: v.__name__,
)


STRATEGIES: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Count, dst.counts()),
    (DocumentSymbol, dst.symbols()),
    (Period, dst.periods()),
    (danvan.Unit, dst.units()),
    (Hierarchy, dst.hierarchies()),
    (danvan.Movement, dst.movements()),
    (danvan.Phase, dst.phases()),
    (danvan.Directive, dst.directives()),
    (danvan.Review, dst.reviews()),
    (danvan.Source, dst.sources()),
    (danvan.Dims, dst.dims()),
    (danvan.Figure, dst.figures()),
    (Model, dst.models()),
    *[(kind, dst.events(kind)) for kind in EVENT_KINDS],
    (danvan.Award, dst.awards()),
    (danvan.Report, dst.reports()),
    (danvan.Recipient, dst.recipients()),
    (danvan.UnitChange, dst.unit_changes()),
    (danvan.Measure, dst.measures()),
    (danvan.Percent, dst.percents()),
    (danvan.Share, dst.shares()),
    (danvan.Finding, dst.findings()),
    (danvan.Rule, dst.rules()),
    (danvan.Coverage, dst.coverages()),
    (danvan.Reconciliation, dst.reconciliations()),
    (danvan.Extractor, dst.extractors()),
    (danvan.Reference, dst.references()),
    (danvan.Resolution, dst.resolutions()),
    (danvan.DateMention, dst.date_mentions()),
    (danvan.PeriodMention, dst.period_mentions()),
    (danvan.Table, dst.tables()),
    (danvan.FigureLine, dst.figure_lines()),
    (danvan.ReportSummary, dst.report_summaries()),
    (danvan.Summary, dst.summaries()),
    *[(term, st.sampled_from(term)) for term in VOCABULARIES],
]


def plain_dumps(value: Any, indent: int | None = None) -> str:
    """What dumps writes with the standard library alone, without the fast extra."""
    return ser._encode(ser.to_dict(value), indent).decode("utf-8", errors="surrogatepass")


def validator(type_: type | None = None) -> jsonschema.Draft202012Validator:
    schema = json_schema(type_)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize(
    ("type_", "strategy"), STRATEGIES, ids=lambda x: getattr(x, "__name__", "")
)
class TestEveryType:
    @given(data=st.data())
    def test_round_trip(
        self, type_: type, strategy: st.SearchStrategy[Any], data: st.DataObject
    ) -> None:
        """loads(dumps(x), type(x)) == x."""
        value = data.draw(strategy)
        assert loads(dumps(value), type_) == value

    @given(data=st.data())
    def test_matches_schema(
        self, type_: type, strategy: st.DataObject, data: st.DataObject
    ) -> None:
        """Every dumped value validates against json_schema(type)."""
        value = data.draw(strategy)  # type: ignore[arg-type]
        validator(type_).validate(json.loads(dumps(value)))

    @given(data=st.data())
    def test_fast_and_detailed_agree(
        self, type_: type, strategy: st.SearchStrategy[Any], data: st.DataObject
    ) -> None:
        """The fast codecs write and read exactly what the general converter does."""
        value = data.draw(strategy)
        wire = convert._DETAILED.unstructure(value, type_)
        assert convert._FAST.unstructure(value, type_) == wire
        assert convert._FAST.structure(wire, type_) == convert._DETAILED.structure(wire, type_)

    @given(data=st.data())
    def test_accelerated_text_is_the_same(
        self, type_: type, strategy: st.SearchStrategy[Any], data: st.DataObject
    ) -> None:
        """With msgspec (the fast extra) the text is the same as with json alone."""
        value = data.draw(strategy)
        assert plain_dumps(value) == dumps(value)


def _movements_as_lists(data: Any) -> Any:
    """A danvan/1 document with each field that held one value written as the danvan/2
    list of them."""
    for key in ("reviews", "directives", "awards"):
        for item in data.get(key, []):
            if "movement" in item:
                item["movements"] = [item.pop("movement")]
    for review in data.get("reviews", []):
        review["kinds"] = [review.pop("kind")]
        review["organisers"] = [review.pop("organiser")]
    for report in data.get("reports", []):
        report["units"] = [report.pop("unit")]
        if "review" in report:
            report["reviews"] = [report.pop("review")]
        for figure in report.get("figures", []):
            figure["movements"] = [figure.pop("movement")]
    return data


class TestDatasets:
    @given(dst.datasets())
    def test_round_trip_and_schema(self, dataset: Dataset) -> None:
        """Generated datasets round-trip and validate against the dataset schema."""
        text = dumps(dataset)
        assert loads(text, Dataset) == dataset
        validator().validate(json.loads(text))

    def test_figures_without_a_cell_share_one(self) -> None:
        """Figures read keep one empty cell and one empty map of breakdowns between them.

        A national file's million figures, most of them totals, would otherwise hold a
        million of each (some 200 MB).
        """
        ds = loads(dumps(danvan.load_example()))
        figures = [f for r in ds.reports for f in r.figures]
        bare = [f for f in figures if f.dims == danvan.Dims()]
        undeclared = [f for f in figures if not f.breakdowns]
        assert len(bare) > 1
        assert len(undeclared) > 1
        assert len({id(f.dims) for f in bare}) == 1
        assert len({id(f.breakdowns) for f in undeclared}) == 1

    def test_schema_key_first(self) -> None:
        """A dataset file starts with its schema version."""
        assert dumps(son_la_city()).startswith('{"schema":"danvan/2"')

    @pytest.mark.parametrize("name", ["son-la-city", "ninh-binh"])
    def test_golden_files(self, name: str) -> None:
        """The seed datasets are written exactly as the golden files pin them."""
        dataset = {"son-la-city": son_la_city, "ninh-binh": ninh_binh}[name]()
        golden = (DATA / f"{name}.json").read_text(encoding="utf-8")
        assert dumps(dataset, indent=2) + "\n" == golden
        assert loads(golden, Dataset) == dataset

    @pytest.mark.parametrize("name", ["son-la-city", "ninh-binh", "seeds"])
    def test_first_format_loads_with_nothing_lost(self, name: str) -> None:
        """Files written in danvan/1 (test golden files, the bundled data) load unchanged."""
        from danvan import load_example

        old = (DATA / "v1" / f"{name}.json").read_text(encoding="utf-8")
        assert old.startswith('{\n  "schema": "danvan/1"')
        dataset = loads(old)
        expected = {"son-la-city": son_la_city, "ninh-binh": ninh_binh, "seeds": load_example}
        assert dataset == expected[name]()
        # Written again, it differs from the first-format text in its version and in a
        # single movement written as a list of movements, and in nothing else.
        again = json.loads(dumps(dataset))
        first = json.loads(old)
        assert again.pop("schema") == "danvan/2"
        assert first.pop("schema") == "danvan/1"
        assert again == _movements_as_lists(first)

    @pytest.mark.parametrize("dataset", [ninh_binh(), son_la_city()], ids=["ninh-binh", "son-la"])
    def test_same_text_without_accelerator(
        self, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The optional accelerator changes nothing in the output, indented or not."""
        from danvan.serialization import _decoding

        assert ser.msgspec_module() is not None  # the dev extras install it
        indents = (None, 0, 2, 4)
        with_fast = [dumps(dataset, indent=indent) for indent in indents]
        monkeypatch.setattr(ser, "msgspec_module", lambda: None)
        monkeypatch.setattr(_decoding, "msgspec_module", lambda: None)
        assert [dumps(dataset, indent=indent) for indent in indents] == with_fast
        assert loads(with_fast[0], Dataset) == dataset

    @given(dst.datasets())
    def test_accelerated_text_is_the_same(self, dataset: Dataset) -> None:
        """Generated datasets: msgspec's text is json's, compact and indented."""
        assert dumps(dataset) == plain_dumps(dataset)
        assert dumps(dataset, indent=2) == plain_dumps(dataset, indent=2)

    def test_long_arrays_in_slices(self) -> None:
        """Arrays longer than a slice are written slice by slice with the same text."""
        dataset = son_la_city()
        model = dataset.models[0]
        count = 2 * structs.SLICE + 1
        many = tuple(attrs.evolve(model, id=f"{model.id}/{i}") for i in range(count))
        bigger = attrs.evolve(dataset, models=dataset.models + many)
        mixed = [*many[: structs.SLICE], *dataset.hierarchy.units, *many[structs.SLICE :]]
        for value in (bigger, mixed, many, list(many[: structs.SLICE + 1])):
            assert dumps(value) == plain_dumps(value)
            assert dumps(value, indent=2) == plain_dumps(value, indent=2)
        assert loads(dumps(bigger), Dataset) == bigger

    def test_date_subclass_and_lone_surrogate(self) -> None:
        """Values msgspec refuses by itself are written as json writes them; a lone
        surrogate in a name, a title or free text is refused when the value is built."""

        class Day(dt.date):
            pass

        model = son_la_city().models[0]
        dated = attrs.evolve(model, events=(Registered(on=Day(2021, 10, 1), by=model.unit),))
        assert '"on":"2021-10-01"' in dumps(dated)
        assert dumps(dated) == plain_dumps(dated)
        with pytest.raises(InvalidEntityError, match="lone surrogate"):
            attrs.evolve(model, title="Dân vận khéo \ud800")
        # Free text (an event's note) is refused the same way: nothing dumps that will
        # not load.
        with pytest.raises(InvalidEntityError, match="lone surrogate"):
            Supported(on=dt.date(2022, 1, 1), note="hỗ trợ \ud800")

    def test_not_a_danvan_value(self) -> None:
        """Something JSON cannot hold is a TypeError, as with json."""
        with pytest.raises(TypeError, match="object"):
            dumps([object()])


class TestWireForm:
    def test_compact_count(self) -> None:
        """Exact counts are just a value; qualifiers and unusual intervals are kept."""
        assert ser.to_dict(Count(130)) == {"value": 130}
        assert ser.to_dict(danvan.parse_count("trên 1.000")) == {"value": 1000, "qualifier": "over"}
        total = danvan.parse_count("trên 1.000") + danvan.parse_count("dưới 10")
        assert ser.to_dict(total) == {
            "value": 1010,
            "qualifier": "under",
            "low": 1001,
            "high": None,
        }
        assert loads(dumps(total), Count) == total

    def test_codes_dates_symbols(self) -> None:
        """Enums as codes, dates as ISO 8601, symbols canonical."""
        data = ser.to_dict(son_la_city())
        directive = data["directives"][0]
        assert directive["symbol"] == "11-CT/TU"
        assert directive["issued_on"] == "2021-09-28"
        assert "id" not in directive  # it is the symbol
        assert data["hierarchy"]["units"][3]["level"] == "district"

    def test_to_dict_from_dict(self) -> None:
        """to_dict and from_dict are the JSON-free halves of dumps and loads."""
        dataset = son_la_city()
        assert ser.from_dict(ser.to_dict(dataset), Dataset) == dataset


def problems(text: str, type_: type = Dataset) -> tuple[str, ...]:
    with pytest.raises(StructureError) as info:
        loads(text, type_)
    return info.value.problems


def seed() -> dict[str, Any]:
    return json.loads(dumps(son_la_city()))


class TestStrictReading:
    def test_decimals_are_text(self) -> None:
        """A percent is written as text and read back exactly; numbers and junk are refused."""
        percent = danvan.parse_number("2,8%")
        assert dumps(percent) == '{"percent":"2.8"}'
        assert loads(dumps(percent), danvan.Percent) == percent
        expected = 'expected a decimal number as text, such as "12.5", got'
        for bad in ('{"percent": 2.8}', '{"percent": "2,8"}', '{"percent": "NaN"}'):
            (problem,) = problems(bad, danvan.Percent)
            assert problem.startswith(expected)
            assert problem.endswith("@ $.percent")

    def test_a_qualified_percent_round_trips(self) -> None:
        """'hơn 80%' keeps its qualifier on the wire; MANY is no percent's qualifier."""
        percent = danvan.parse_number("hơn 80%")
        assert dumps(percent) == '{"percent":"80","qualifier":"over"}'
        assert loads(dumps(percent), danvan.Percent) == percent
        (problem,) = problems('{"percent": "80", "qualifier": "many"}', danvan.Percent)
        assert "MANY" in problem

    def test_an_event_read_alone_has_its_kind(self) -> None:
        """An event on its own is written and read as in a model's events, kind first."""
        event = Recognised(on=dt.date(2021, 10, 1), level=RecognitionLevel.DISTRICT)
        text = dumps(event)
        assert text == '{"kind":"recognised","on":"2021-10-01","level":"district"}'
        assert loads(text, Recognised) == event
        assert problems('{"on": "2021-10-01"}', Registered) == (
            "required field 'kind' is missing @ $",
        )
        assert problems(text, Registered) == (
            "kind 'recognised' is not a Registered: expected 'registered' @ $",
        )

    def test_every_problem_with_its_path(self) -> None:
        """All shape problems are listed at once, each with its JSON path."""
        data = seed()
        data["models"][0]["kind"] = "modle"
        data["models"][0]["colour"] = "red"
        data["reports"][0]["figures"][1]["value"] = {"value": "104"}
        data["hierarchy"]["units"][3]["valid_to"] = "30/6/2025"
        del data["awards"][0]["id"]
        found = problems(json.dumps(data))
        assert len(found) == 5
        joined = "\n".join(found)
        assert "'modle' (accepted: model, exemplar) @ $.models[0].kind" in joined
        assert "unknown keys: 'colour' @ $.models[0]" in joined
        assert "expected an integer, got str '104' @ $.reports[0].figures[1].value" in joined
        assert "@ $.hierarchy.units[3].valid_to" in joined
        assert "required field 'id' is missing @ $.awards[0]" in joined

    def test_cause_is_kept(self) -> None:
        """The cattrs exception is the StructureError's cause."""
        data = seed()
        data["models"][0]["kind"] = "modle"
        with pytest.raises(StructureError) as info:
            loads(json.dumps(data), Dataset)
        assert isinstance(info.value.__cause__, cattrs.BaseValidationError)
        assert isinstance(info.value, ValueError)

    def test_dangling_references(self) -> None:
        """References that point nowhere are listed with their paths."""
        data = seed()
        data["models"][0]["unit"] = "vn/nowhere"
        assert problems(json.dumps(data)) == ("unknown unit 'vn/nowhere' @ $.models[0].unit",)

    @pytest.mark.parametrize(
        ("text", "needle"),
        [
            ('{"schema": "danvan/2"', "invalid JSON: Expecting ',' delimiter at line 1, column 22"),
            ("", "invalid JSON"),
            ('{"schema": "danvan/3"}', "newer than this danvan reads"),
            ('{"schema": "other/1"}', "unknown schema 'other/1'"),
            ("{}", "missing 'schema' key"),
            ("[]", "expected an object (Dataset)"),
            ("[" * 100_000 + "]" * 100_000, "@ $"),
        ],
    )
    def test_unreadable(self, text: str, needle: str) -> None:
        """Truncated, versioned, empty and absurdly nested input says what is wrong."""
        assert any(needle in p for p in problems(text))

    def test_non_canonical_symbol(self) -> None:
        """Symbols on the wire must be canonical, so the schema can say what is accepted."""
        found = problems('"11 - CT/TU"', DocumentSymbol)
        assert "write '11-CT/TU'" in found[0]

    @pytest.mark.parametrize(
        ("wire", "type_"),
        [
            ('{"value": true}', Count),
            ('{"value": 1.5}', Count),
            ('{"value": -1}', Count),
            ('{"end": "2021-12-31"}', Period),
            ('{"start": "2021-1-1", "end": "2021-12-31"}', Period),
            ('{"start": "20210101", "end": "2021-12-31"}', Period),
            ('"economy "', Field),
            ('{"id": 3, "title": "t", "unit": "u", "movement": "m"}', Model),
            (
                (
                    '{"id": "m", "title": "t", "unit": "u", "movement": "m", '
                    '"events": [{"on": "2021-01-01"}]}'
                ),
                Model,
            ),
            ('{"id": "m", "title": "t", "unit": "u", "movement": "m", "events": {}}', Model),
        ],
    )
    def test_wrong_types(self, wire: str, type_: type) -> None:
        """Nothing is coerced: booleans are not numbers, dates are exact, codes are exact."""
        assert problems(wire, type_)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "kind", "schema", "models", "value", "x"]), children, max_size=4
        )
    ),
    max_leaves=20,
)


#: Every public type a document can be read into, found in the API rather than listed.
READABLE = sorted(
    (
        value
        for value in (getattr(danvan, name) for name in danvan.__all__)
        if isinstance(value, type)
        and (attrs.has(value) or issubclass(value, Term) or value is Hierarchy)
    ),
    key=lambda cls: cls.__name__,
)


class TestFuzz:
    def test_readable_types_are_found_in_the_code(self) -> None:
        """The structured-input fuzz reads into every public type, vocabularies included."""
        names = {cls.__name__ for cls in READABLE}
        assert {"Dataset", "Model", "Figure", "Count", "Period", "Hierarchy", "Field"} <= names
        assert len(READABLE) > 50

    @given(JSON, st.sampled_from(READABLE))
    def test_wrong_shapes_raise_only_structure_errors(self, data: Any, type_: type) -> None:
        """Arbitrary JSON read as any public type raises nothing but StructureError."""
        with contextlib.suppress(StructureError):
            ser.from_dict(data, type_)

    @settings(max_examples=50, deadline=None)
    @given(st.integers(0, 2000))
    def test_truncated_files(self, cut: int) -> None:
        """Any prefix of a valid file is refused with a StructureError."""
        text = dumps(son_la_city())
        if cut < len(text):
            with pytest.raises(StructureError):
                loads(text[:cut], Dataset)


class TestFiles:
    def test_dump_and_load(self, tmp_path: Path) -> None:
        """dump writes indented JSON that load reads back."""
        path = tmp_path / "son-la.json"
        dump(son_la_city(), path)
        assert load(path) == son_la_city()
        assert path.read_text(encoding="utf-8").startswith('{\n  "schema": "danvan/2"')

    def test_atomic_write(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A crash mid-write leaves the old file whole and no temporary file behind."""
        path = tmp_path / "data.json"
        dump(son_la_city(), path)
        before = path.read_bytes()

        def crash(fd: int) -> None:
            raise OSError("disk full")

        monkeypatch.setattr("os.fsync", crash)
        with pytest.raises(OSError, match="disk full"):
            dump(ninh_binh(), path)
        assert path.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["data.json"]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read is a StructureError naming it."""
        with pytest.raises(StructureError, match=r"nope\.json"):
            load(tmp_path / "nope.json")


class TestMigration:
    def test_steps_are_chained(self) -> None:
        """A danvan/0 document passes through each step up to the current version."""

        def rename_models(data: dict[str, Any]) -> dict[str, Any]:
            data = dict(data)
            data["models"] = data.pop("records", [])
            return data

        old = {"schema": "danvan/0", "records": []}
        steps = (("danvan/0", "danvan/1", rename_models), *converter.MIGRATIONS)
        migrated = converter.migrate(old, steps=steps)
        assert migrated == {"schema": "danvan/2", "models": []}

    def test_current_version_untouched(self) -> None:
        """A danvan/2 document is read as it is; a danvan/1 one only changes version."""
        assert converter.migrate({"schema": "danvan/2"}) == {"schema": "danvan/2"}
        assert converter.migrate({"schema": "danvan/1", "models": []}) == {
            "schema": "danvan/2",
            "models": [],
        }

    def test_cycle_refused(self) -> None:
        """A broken chain of steps cannot loop forever."""
        steps = (("danvan/0", "danvan/0", lambda d: d),)
        with pytest.raises(ValueError, match="unknown schema"):
            converter.migrate({"schema": "danvan/0"}, steps=steps)


class TestSchema:
    def test_dataset_schema_is_valid_draft_2020_12(self) -> None:
        """json_schema() is a valid draft 2020-12 schema with the version constant."""
        schema = json_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["properties"]["schema"] == {"const": "danvan/2"}
        assert schema["additionalProperties"] is False

    def test_schema_refuses_what_loads_refuses(self) -> None:
        """Unknown keys, unknown codes and non-canonical symbols fail the schema too."""
        check = validator()
        for change in (
            lambda d: d["models"][0].update(colour="red"),
            lambda d: d["models"][0].update(kind="modle"),
            lambda d: d["directives"][0].update(symbol="11 - CT/TU"),
            lambda d: d["hierarchy"]["units"][0].update(id="has space"),
        ):
            data = seed()
            change(data)
            with pytest.raises(jsonschema.ValidationError):
                check.validate(data)
            with pytest.raises(StructureError):
                ser.from_dict(data, Dataset)

    def test_unknown_type(self) -> None:
        """Asking for the schema of a non-danvan type is an error."""
        with pytest.raises(danvan.DanvanError):
            json_schema(complex)


class TestEventStrategy:
    @given(dst.events())
    def test_any_kind(self, event: danvan.ModelEvent) -> None:
        """events() with no kind draws events of every class, each round-tripping."""
        assert type(event) in EVENT_KINDS
        assert loads(dumps(event), type(event)) == event
        assert loads(dumps(event), danvan.ModelEvent) == event  # the base reads the kind

    @given(st.data())
    def test_refuses_other_classes(self, data: st.DataObject) -> None:
        """Asking for events of a class that is no event says so."""
        with pytest.raises(danvan.DanvanError, match="Model"):
            data.draw(dst.events(Model))  # type: ignore[arg-type]


def test_a_badly_broken_file_lists_the_first_problems_and_stops() -> None:
    """200 000 bad models: reading stops at the first 1 000 problems and says so."""
    models = [
        {"id": f"m{i}", "title": "Dân vận khéo", "kind": "modle", "unit": "u", "movement": "m"}
        for i in range(200_000)
    ]
    text = json.dumps({"schema": "danvan/2", "models": models})
    with pytest.raises(StructureError) as caught:
        loads(text)
    error = caught.value
    assert (error.count, len(error.problems), error.complete) == (1000, 1000, False)
    assert str(error).startswith(
        "invalid Dataset (1000 problems when reading stopped; there may be more):"
    )
    assert error.problems[0].endswith("@ $.models[0].kind")
    assert error.problems[-1].endswith("@ $.models[999].kind")


def test_fewer_problems_are_all_counted() -> None:
    """999 bad models among good ones: every problem listed, the count complete."""
    models = [
        {"id": f"m{i}", "title": "Dân vận khéo", "kind": "modle" if i % 3 else "model"}
        | {"unit": "u", "movement": "m"}
        for i in range(1498)
    ]
    with pytest.raises(StructureError) as caught:
        loads(json.dumps({"schema": "danvan/2", "models": models}))
    error = caught.value
    assert (error.count, len(error.problems), error.complete) == (998, 998, True)
    assert str(error).startswith("invalid Dataset (998 problems):")
