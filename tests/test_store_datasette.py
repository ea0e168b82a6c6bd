"""A store is a plain SQLite file: datasette serves its derived tables as they are."""

import asyncio
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from danvan import Store, load_example


def _get(path: Path, url: str) -> Any:
    async def get() -> Any:
        served = Datasette(files=[str(path)])
        await served.invoke_startup()
        response = await served.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(get())


def test_datasette_answers_a_rollup_as_danvan_does(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store(path) as store:
        store.add(load_example())
        totals = {
            f.scope: f.value.value  # type: ignore[union-attr]
            for f in store.figures(measure="registered")
            if f.part_of is None
        }
    sql = (
        "select scope, sum(value) as total from figures "
        "where measure = 'registered' and part_of is null group by scope"
    )
    rows = _get(path, f"/kho.json?sql={sql}&_shape=array")
    assert {r["scope"]: r["total"] for r in rows} == totals
    stored = _get(path, "/kho/current.json?_shape=array&kind=report&key=seed-004")
    assert [(r["kind"], r["key"]) for r in stored] == [("report", "seed-004")]
    changes = _get(path, "/kho/changes.json?_shape=array&key=seed-004")
    assert [c["action"] for c in changes] == ["added"]
    with Store(path) as reopened:  # datasette read it and left it a store
        assert [r.id for r in reopened.reports()][-1] == "seed-004"
