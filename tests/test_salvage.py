"""Reading what can be read of a broken dataset, with paths into the original file."""

import json

import pytest

from danvan import dumps, load_example
from danvan.exceptions import StructureError
from danvan.serialization._salvage import salvage

SEEDS = json.loads(dumps(load_example()))


def broken(**changes: object) -> dict:  # type: ignore[type-arg]
    data = json.loads(json.dumps(SEEDS))
    for path, value in changes.items():
        target = data
        steps = path.split("__")
        for step in steps[:-1]:
            target = target[int(step)] if step.isdigit() else target[step]
        last = steps[-1]
        target[int(last) if last.isdigit() else last] = value
    return data


def test_whole_file_loads_untouched() -> None:
    """A valid file comes back whole, nothing left out."""
    result = salvage(dumps(load_example()))
    assert result.dataset == load_example()
    assert (result.problems, result.left_out, result.consequences) == ((), (), ())


def test_two_bad_figures_in_one_report() -> None:
    """Both are reported with their own original paths; the report keeps the rest."""
    data = broken(
        reports__3__figures__1__unit_of_measure="mo_hinh",
        reports__3__figures__3__value={"value": -1},
    )
    result = salvage(json.dumps(data))
    # A unit of measure that is no built-in code is judged with the dataset's own
    # definitions, after the shape of each figure.
    assert sorted(p.rpartition(" @ ")[2] for p in result.problems) == [
        "$.reports[3].figures[1].unit_of_measure",
        "$.reports[3].figures[3].value",
    ]
    assert result.left_out == ("$.reports[3].figures[1]", "$.reports[3].figures[3]")
    assert result.dataset is not None
    kept = [f.id for f in result.dataset.report("seed-003").figures]
    assert "registered/economy" not in kept
    assert "registered/defence-security" not in kept
    assert "registered/culture-society" in kept
    assert result.original_path("$.reports[3].figures[2]") == "$.reports[3].figures[4]"


def test_a_problem_no_object_holds() -> None:
    """An unknown schema cannot be worked around: reported, nothing salvaged."""
    result = salvage(json.dumps(broken(schema="danvan/9")))
    assert result.dataset is None
    assert "newer" in result.problems[0]


def test_not_json() -> None:
    """Text that is not JSON raises the reading error, with line and column."""
    with pytest.raises(StructureError, match="line 1"):
        salvage('{"schema": ')
