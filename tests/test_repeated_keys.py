"""A key written twice in one object is refused with its path; nothing else is."""

import json

import pytest

from danvan import Dataset, Model, dumps, load_example, loads
from danvan import serialization as ser
from danvan.exceptions import StructureError
from danvan.serialization import _decoding

MODEL = {
    "id": "ql/dan-van-kheo-1",
    "title": 'Mô hình "Dân vận khéo": tuyến đường tự quản',
    "unit": "vn/son-la/tp-son-la",
    "movement": "dan-van-kheo",
}


def with_models_text(*models: str) -> str:
    """The seeds' text with ``models`` after its two models, written as given."""
    seeds = json.loads(dumps(load_example()))
    seeds["models"].append("MORE")
    text = json.dumps(seeds, ensure_ascii=False)
    return text.replace('"MORE"', ", ".join(models))


@pytest.fixture(params=["msgspec", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both decoders: with the fast extra, and the standard library's alone."""
    if request.param == "json":
        monkeypatch.setattr(ser, "msgspec_module", lambda: None)
        monkeypatch.setattr(_decoding, "msgspec_module", lambda: None)
    return str(request.param)


class TestRefused:
    def test_at_the_top(self, decoder: str) -> None:
        """{"schema": "danvan/9", "schema": "danvan/2"} read as danvan/2 before."""
        with pytest.raises(StructureError, match=r"key 'schema' appears more than once @ \$$"):
            loads('{"schema": "danvan/9", "schema": "danvan/2"}')

    def test_in_a_model(self, decoder: str) -> None:
        """A model of a long array, read item by item, with its id twice."""
        twice = json.dumps(MODEL, ensure_ascii=False)[:-1] + ', "id": "khac"}'
        text = with_models_text(json.dumps(MODEL, ensure_ascii=False), twice)
        with pytest.raises(
            StructureError, match=r"key 'id' appears more than once @ \$\.models\[3\]$"
        ):
            loads(text)

    def test_in_an_event(self, decoder: str) -> None:
        event = '{"kind": "registered", "on": "2022-03-01", "on": "2023-03-01"}'
        model = json.dumps(MODEL, ensure_ascii=False)[:-1] + f', "events": [{event}]}}'
        with pytest.raises(
            StructureError, match=r"'on' appears more than once @ \$\.models\[2\]\.events\[0\]"
        ):
            loads(with_models_text(model))

    def test_in_a_short_array(self, decoder: str) -> None:
        text = '{"schema": "danvan/2", "movements": [{"id": "a", "name": "A", "name": "B"}]}'
        with pytest.raises(
            StructureError, match=r"'name' appears more than once @ \$\.movements\[0\]"
        ):
            loads(text)

    def test_in_a_list_of_models(self, decoder: str) -> None:
        twice = json.dumps(MODEL, ensure_ascii=False)[:-1] + ', "unit": "vn/y"}'
        with pytest.raises(StructureError, match=r"'unit' appears more than once @ \$\[0\]"):
            loads(f"[{twice}]", list[Model])

    def test_spaced_before_the_colon(self, decoder: str) -> None:
        """Text the fast count cannot see ("key" : value) is read the exact way."""
        with pytest.raises(StructureError, match="'schema' appears more than once"):
            loads('{"schema" : "danvan/9", "schema" : "danvan/2"}')

    def test_alongside_another_problem(self, decoder: str) -> None:
        """A model with a repeated key and a wrong kind: the repeated key is named."""
        model = json.dumps({**MODEL, "kind": "mo-hinh"}, ensure_ascii=False)[:-1]
        with pytest.raises(StructureError, match="'title' appears more than once"):
            loads(with_models_text(model + ', "title": "khac"}'))


class TestAccepted:
    def test_quotes_and_colons_in_text(self, decoder: str) -> None:
        """'Mô hình "Dân vận khéo": …' holds '\\":', which is no key."""
        model = json.dumps(MODEL, ensure_ascii=False)
        loaded = loads(with_models_text(model)).models[2]
        assert loaded.title == MODEL["title"]

    def test_quote_written_as_an_escape(self, decoder: str) -> None:
        """A quote written \\u0022 inside a title, before a colon."""
        model = json.dumps(MODEL, ensure_ascii=False).replace('\\"Dân', "\\u0022Dân")
        loaded = loads(with_models_text(model)).models[2]
        assert loaded.title == MODEL["title"]

    def test_the_bundled_data(self, decoder: str) -> None:
        for indent in (None, 2):
            assert loads(dumps(load_example(), indent=indent), Dataset) == load_example()


def test_only_the_bad_item_is_named() -> None:
    """Read item by item: the models before a bad one are not named in the error."""
    models = [json.dumps({**MODEL, "id": f"m{i}"}, ensure_ascii=False) for i in range(6)]
    models[4] = models[4].replace('"movement"', '"kind": "mo-hinh", "movement"')
    with pytest.raises(StructureError) as caught:
        loads(with_models_text(*models))
    assert caught.value.problems == (
        "unknown ModelKind code 'mo-hinh' (accepted: model, exemplar) @ $.models[6].kind",
    )


def test_a_huge_number_inside_an_item_read_later(decoder: str) -> None:
    """A 5 000-digit number in a model is refused with the model's path, either way."""
    huge = json.dumps(MODEL, ensure_ascii=False)[:-1] + ', "n": ' + "9" * 5000 + "}"
    with pytest.raises(StructureError, match=r"@ \$\.models\[2\]|more than 4 300 digits"):
        loads(with_models_text(huge))
