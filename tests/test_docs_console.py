"""The console blocks of the store how-to, run as written in a folder of their own.

``danvan …`` runs the command line; ``sqlite3 FILE "SQL"`` runs the query through
Python's ``sqlite3`` module, which reads the same file as the shell and prints rows the
same way (``a|b|c``). The lines after a command are what it must print first.
"""

import contextlib
import io
import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from danvan._cli import main

PAGE = Path(__file__).parent.parent / "docs" / "how-to" / "store.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def _steps(text: str) -> list[tuple[str, list[str]]]:
    steps: list[tuple[str, list[str]]] = []
    for block in _BLOCK.findall(text):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
    return steps


def _run(command: str) -> str:
    words = shlex.split(command)
    if words[0] == "sqlite3":
        with contextlib.closing(sqlite3.connect(words[1])) as db:
            rows = db.execute(words[2]).fetchall()
        return "".join("|".join(str(cell) for cell in row) + "\n" for row in rows)
    assert words[0] == "danvan"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(words[1:])
    assert code == 0, command
    return out.getvalue()


def test_the_store_walk_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    steps = _steps(PAGE.read_text(encoding="utf-8").split("## In Python")[0])
    assert [c.split()[:3] for c, _ in steps][:2] == [
        ["danvan", "convert", "--to"],
        ["danvan", "store", "add"],
    ]
    for command, expected in steps:
        printed = _run(command).splitlines()
        assert printed[: len(expected)] == expected, command
