"""Loading and dumping 200 000 models: danvan beside pydantic v2, msgspec and hand-written code.

Every contender builds (or reads into) objects with the same fields and the same
checks where its library allows: ids non-empty, enums by code, ISO dates, events
tagged by kind. The hand-written peer constructs the very same danvan attrs objects
from json.loads output, with no error reporting: the floor danvan's loader can reach.
"""

import datetime as dt
import enum
import gc
import json
import random
import sys
from typing import Annotated, Literal

from bench.common import best_of, row
from danvan import (
    Field,
    HolderKind,
    Model,
    ModelKind,
    Proposed,
    Recognised,
    RecognitionLevel,
    Registered,
    serialization,
)
from danvan.serialization import dumps, loads

N = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 200_000
LEVELS = list(RecognitionLevel)


def make_models(n: int, seed: int = 0) -> list[Model]:
    rng = random.Random(seed)
    fields = list(Field)
    models = []
    for i in range(n):
        start = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(700))
        events: list[object] = [Registered(on=start, by=f"u{i % 5000}")]
        level_count = rng.choice([0, 0, 1, 1, 2, 3])
        day = start
        for k in range(min(level_count, 3)):
            day += dt.timedelta(days=rng.randrange(1, 90))
            events.append(Recognised(on=day, level=LEVELS[k], by=f"u{i % 5000}"))
        if level_count and rng.random() < 0.1:
            day += dt.timedelta(days=5)
            events.append(Proposed(on=day, level=LEVELS[level_count]))
        models.append(
            Model(
                id=f"m{i}",
                title=f"Mô hình dân vận khéo số {i}",
                kind=ModelKind.EXEMPLAR if i % 7 == 0 else ModelKind.MODEL,
                holder=HolderKind.INDIVIDUAL if i % 4 == 0 else HolderKind.COLLECTIVE,
                field=fields[i % 4],
                unit=f"u{i % 5000}",
                movement="dan-van-kheo",
                phase="dan-van-kheo/2021-2025",
                events=tuple(events),  # type: ignore[arg-type]
            )
        )
    return models


# -- hand-written construction of the same attrs objects ---------------------------------

_KIND = {m.value: m for m in ModelKind}
_HOLDER = {m.value: m for m in HolderKind}
_FIELD = {m.value: m for m in Field}
_LEVEL = {m.value: m for m in RecognitionLevel}
_DATE = dt.date.fromisoformat


def _event(d: dict) -> object:
    kind = d["kind"]
    if kind == "registered":
        return Registered(on=_DATE(d["on"]), by=d.get("by"))
    if kind == "recognised":
        return Recognised(on=_DATE(d["on"]), level=_LEVEL[d["level"]], by=d.get("by"))
    return Proposed(on=_DATE(d["on"]), level=_LEVEL[d["level"]], by=d.get("by"))


def hand_load(text: str) -> list[Model]:
    return [
        Model(
            id=d["id"],
            title=d["title"],
            kind=_KIND[d.get("kind", "model")],
            holder=_HOLDER[d.get("holder", "collective")],
            field=_FIELD[d["field"]] if "field" in d else None,
            unit=d["unit"],
            movement=d["movement"],
            phase=d.get("phase"),
            events=tuple(_event(e) for e in d.get("events", ())),  # type: ignore[arg-type]
        )
        for d in json.loads(text)
    ]


# -- pydantic v2 -----------------------------------------------------------------------

import pydantic  # noqa: E402

Code = Annotated[str, pydantic.StringConstraints(pattern=r"^\S{1,200}$")]


class PKind(enum.Enum):
    MODEL = "model"
    EXEMPLAR = "exemplar"


class PHolder(enum.Enum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


PField = enum.Enum("PField", {m.name: m.value for m in Field})  # type: ignore[misc]
PLevel = enum.Enum("PLevel", {m.name: m.value for m in RecognitionLevel})  # type: ignore[misc]


class PEvent(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
    on: dt.date
    by: Code | None = None


class PRegistered(PEvent):
    kind: Literal["registered"]


class PRecognised(PEvent):
    kind: Literal["recognised"]
    level: PLevel  # type: ignore[valid-type]


class PProposed(PEvent):
    kind: Literal["proposed"]
    level: PLevel  # type: ignore[valid-type]


class PModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
    id: Code
    title: str
    kind: PKind = PKind.MODEL
    holder: PHolder = PHolder.COLLECTIVE
    field: PField | None = None  # type: ignore[valid-type]
    unit: Code
    movement: Code
    phase: Code | None = None
    events: tuple[
        Annotated[PRegistered | PRecognised | PProposed, pydantic.Field(discriminator="kind")],
        ...,
    ] = ()


PAdapter = pydantic.TypeAdapter(list[PModel])

# -- msgspec ---------------------------------------------------------------------------

import msgspec  # noqa: E402

MCode = Annotated[str, msgspec.Meta(pattern=r"^\S{1,200}$")]


_STRICT = {"tag_field": "kind", "forbid_unknown_fields": True, "frozen": True}


class MRegistered(msgspec.Struct, tag="registered", **_STRICT):  # type: ignore[call-arg]
    on: dt.date
    by: MCode | None = None


class MRecognised(msgspec.Struct, tag="recognised", **_STRICT):  # type: ignore[call-arg]
    on: dt.date
    level: PLevel  # type: ignore[valid-type]
    by: MCode | None = None


class MProposed(msgspec.Struct, tag="proposed", **_STRICT):  # type: ignore[call-arg]
    on: dt.date
    level: PLevel  # type: ignore[valid-type]
    by: MCode | None = None


class MModel(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    id: MCode
    title: str
    unit: MCode
    movement: MCode
    kind: PKind = PKind.MODEL
    holder: PHolder = PHolder.COLLECTIVE
    field: PField | None = None  # type: ignore[valid-type]
    phase: MCode | None = None
    events: tuple[MRegistered | MRecognised | MProposed, ...] = ()


MDecoder = msgspec.json.Decoder(list[MModel])
MEncoder = msgspec.json.Encoder()


def main() -> None:
    models = make_models(N)
    text = dumps(list(models))
    events = sum(len(m.events) for m in models)
    print(f"serialization: {N:,} models, {events:,} events, {len(text) / 1e6:.1f} MB of JSON")
    fast = "installed" if serialization.msgspec_module() is not None else "NOT installed"
    print(f" the fast extra (msgspec) is {fast}")
    assert loads(text, list[Model]) == models
    assert hand_load(text) == models

    load_hand, _ = best_of(lambda: hand_load(text))
    load_danvan, _ = best_of(lambda: loads(text, list[Model]))
    load_pydantic, p_models = best_of(lambda: PAdapter.validate_json(text))
    load_msgspec, m_models = best_of(lambda: MDecoder.decode(text))
    print(" loading")
    row("danvan loads", load_danvan)
    row("hand-written construction of the same objects", load_hand)
    row("pydantic v2 TypeAdapter.validate_json", load_pydantic)
    row("msgspec", load_msgspec)
    print(f"  {'danvan vs hand-written (target <= 1.30)':<48} {load_danvan / load_hand:10.2f}x")
    print(f"  {'pydantic / danvan (target >= 1.80)':<48} {load_pydantic / load_danvan:10.2f}x")

    # danvan leaves out fields at their defaults; so do the peers' equivalent calls.
    dump_danvan, _ = best_of(lambda: dumps(models))
    dump_pydantic, _ = best_of(lambda: PAdapter.dump_json(p_models, exclude_defaults=True))
    dump_pydantic_all, _ = best_of(lambda: PAdapter.dump_json(p_models))
    dump_msgspec, _ = best_of(lambda: MEncoder.encode(m_models))
    print(" dumping")
    row("danvan dumps", dump_danvan)
    row("pydantic v2 dump_json(exclude_defaults=True)", dump_pydantic)
    row("pydantic v2 dump_json (defaults written too)", dump_pydantic_all)
    row("msgspec (omit_defaults)", dump_msgspec)
    print(f"  {'pydantic / danvan (target >= 2.00)':<48} {dump_pydantic / dump_danvan:10.2f}x")
    gc.collect()


_PEAK = """
import sys, time
from danvan import Dataset, load
def high_water():  # this process's own peak resident memory, in bytes
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
base = high_water()
start = time.perf_counter()
dataset = load(sys.argv[1], Dataset, max_bytes=None)
seconds = time.perf_counter() - start
print(len(dataset.models), seconds, high_water() - base)
"""


def scaling(sizes: tuple[int, ...] = (100_000, 300_000, 1_000_000)) -> None:
    """Loading a dataset file: time per model across sizes, and the peak memory it adds.

    Each file is loaded by ``load`` in a fresh process, so that the peak is the load's
    own: the file's bytes, the objects, and what reading needs beside them (Linux).
    """
    import subprocess
    import tempfile
    from pathlib import Path

    from danvan import dump
    from danvan.synth import dataset

    print(" loading a dataset file at scale (time per model should stay flat)")
    print(f"  {'models':>9} {'file':>9} {'load':>8} {'per model':>10} {'peak added':>11} ratio")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"models-{n}.json"
            dump(dataset(models=n, seed=3), path, indent=None)
            size = path.stat().st_size
            out = subprocess.run(
                [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, check=True
            ).stdout.split()
            count, seconds, peak = int(out[0]), float(out[1]), int(out[2])
            assert count == n
            print(
                f"  {n:>9,} {size / 1e6:7.0f} MB {seconds:7.2f} s {seconds / n * 1e6:7.2f} µs"
                f" {peak / 1e6:8.0f} MB {peak / size:5.2f}x (target <= 3x)"
            )
            path.unlink()


if __name__ == "__main__":
    if "--scaling" in sys.argv:
        scaling()
    else:
        main()
