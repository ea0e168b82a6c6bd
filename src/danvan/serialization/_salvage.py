"""Read as much of a broken dataset file as can be read, to check the rest.

``danvan check`` should report every problem of a file in one run: a figure with an
unknown field code, a model pointing at a unit that does not exist, and a breakdown
that does not add up. The first two stop the file from loading; the third can only be
found on a loaded dataset. So the reader leaves out the smallest object (a list
element: a figure, an event, a unit) that each loading problem sits in, tries again,
and checks what loads. Every path it reports is a path into the original file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import attrs

from danvan._dataset import Dataset
from danvan.exceptions import StructureError
from danvan.serialization import from_dict, loads

__all__ = ["Salvage", "salvage"]

_Path = tuple[str | int, ...]
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_ROUNDS = 25
# Lists of ids pointing at other objects: a bad id there can go without its holder.
_REFERENCE_LISTS = frozenset({"models", "awards", "directives", "launched_by", "to"})


@attrs.frozen
class Salvage:
    """What could be read of a dataset file.

    Attributes:
        dataset: The dataset without the objects that could not be read, or ``None``
            when nothing could be salvaged.
        problems: Every loading problem, its path into the original file.
        consequences: Problems only because an object was left out (a reference to it).
        left_out: Paths of the objects left out of ``dataset``.
        original_path: Maps a path into ``dataset`` back to the original file.
    """

    dataset: Dataset | None
    problems: tuple[str, ...]
    consequences: tuple[str, ...]
    left_out: tuple[str, ...]
    original_path: Callable[[str], str]


def _parse(path: str) -> _Path | None:
    if not path.startswith("$"):
        return None
    steps: list[str | int] = []
    position = 1
    while position < len(path):
        match = _STEP.match(path, position)
        if match is None:
            return None
        steps.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    return tuple(steps)


def _format(steps: _Path) -> str:
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps)


class _Pruned:
    """The original JSON data with some list elements left out."""

    def __init__(self, data: object) -> None:
        self.data = data
        self.left_out: set[_Path] = set()

    def current(self) -> object:
        return self._copy(self.data, ())

    def _copy(self, value: object, at: _Path) -> object:
        if isinstance(value, dict):
            return {k: self._copy(v, (*at, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [
                self._copy(v, (*at, i))
                for i, v in enumerate(value)
                if (*at, i) not in self.left_out
            ]
        return value

    def original(self, steps: _Path) -> _Path | None:
        """The original path of a path into the current data."""
        value: object = self.data
        out: list[str | int] = []
        for step in steps:
            if isinstance(step, int):
                if not isinstance(value, list):
                    return None
                kept = [i for i in range(len(value)) if (*out, i) not in self.left_out]
                if step >= len(kept):
                    return None
                step = kept[step]  # noqa: PLW2901 - the same step, in original coordinates
                value = value[step]
            else:
                if not isinstance(value, dict) or step not in value:
                    out.append(step)
                    return tuple(out)  # a key the file lacks: the path ends here
                value = value[step]
            out.append(step)
        return tuple(out)

    def left_out_ids(self) -> set[str]:
        """The ids (or symbols) of the objects left out so far."""
        ids: set[str] = set()
        for steps in self.left_out:
            value: object = self.data
            for step in steps:
                value = value[step]  # type: ignore[index]
            if isinstance(value, dict):
                ids.update(str(value[k]) for k in ("id", "symbol") if k in value)
        return ids

    def enclosing_object(self, steps: _Path) -> _Path | None:
        """What to leave out for a problem at ``steps``.

        An id in a list of references (a report's ``models``) goes alone; otherwise the
        innermost list element that is an object (a figure, an event, a unit) goes.
        """
        if len(steps) >= 2 and isinstance(steps[-1], int) and steps[-2] in _REFERENCE_LISTS:
            return steps
        value, found = self.data, None
        for depth, step in enumerate(steps):
            try:
                value = value[step]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(step, int) and isinstance(value, dict):
                found = steps[: depth + 1]
        return found


def salvage(text: str | bytes) -> Salvage:
    """Read ``text`` as a dataset, leaving out the objects that cannot be read.

    Raises:
        StructureError: The text is not JSON at all.
    """
    try:
        whole = loads(text, Dataset)
    except StructureError as error:
        first = error
    else:
        return Salvage(whole, (), (), (), str)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError, TypeError):
        raise first from None
    pruned = _Pruned(data)
    problems: list[str] = []
    consequences: list[str] = []

    def original_path(path: str) -> str:
        steps = _parse(path)
        original = pruned.original(steps) if steps is not None else None
        return path if original is None else _format(original)

    dataset: Dataset | None = None
    problem_list = list(first.problems)
    for _ in range(_ROUNDS):
        gone = pruned.left_out_ids()
        originals = []
        for problem in problem_list:
            message, at, path = problem.rpartition(" @ ")
            steps = _parse(path) if at else None
            original = pruned.original(steps) if steps is not None else None
            line = f"{message} @ {_format(original)}" if original else problem
            refers = any(repr(key) in message for key in gone)
            (consequences if refers else problems).append(line)
            originals.append(original)
        enclosing = [pruned.enclosing_object(o) if o else None for o in originals]
        if None in enclosing:
            break  # a problem no single object holds (the schema, the hierarchy)
        pruned.left_out.update(e for e in enclosing if e is not None)
        try:
            dataset = from_dict(pruned.current(), Dataset)
        except StructureError as error:
            problem_list = list(error.problems)
        else:
            break
    return Salvage(
        dataset,
        tuple(dict.fromkeys(problems)),
        tuple(dict.fromkeys(consequences)),
        tuple(sorted(_format(p) for p in pruned.left_out)),
        original_path,
    )
