"""A store is a plain SQLite file: datasette serves its derived tables as they are."""

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from danvan import Store, load_example


def _get(path: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Ask datasette, in this thread, and close every connection it opened.

    datasette leaves connections open (one as it loads): Python 3.13 warns of each, so
    they are tracked from the import on and closed here.
    """
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def tracked(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = connect(*args, **kwargs)
        opened.append(connection)
        return connection

    async def get() -> Any:
        from datasette.app import Datasette  # loaded here, with connect tracked

        served = Datasette(files=[str(path)], settings={"num_sql_threads": 0})
        await served.invoke_startup()
        response = await served.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    with monkeypatch.context() as patched:
        patched.setattr(sqlite3, "connect", tracked)
        try:
            return asyncio.run(get())
        finally:
            for connection in opened:
                connection.close()


def test_datasette_answers_a_rollup_as_danvan_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    rows = _get(path, f"/kho.json?sql={sql}&_shape=array", monkeypatch)
    assert {r["scope"]: r["total"] for r in rows} == totals
    stored = _get(path, "/kho/current.json?_shape=array&kind=report&key=seed-004", monkeypatch)
    assert [(r["kind"], r["key"]) for r in stored] == [("report", "seed-004")]
    changes = _get(path, "/kho/changes.json?_shape=array&key=seed-004", monkeypatch)
    assert [c["action"] for c in changes] == ["added"]
    with Store(path) as reopened:  # datasette read it and left it a store
        assert [r.id for r in reopened.reports()][-1] == "seed-004"
