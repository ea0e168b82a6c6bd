"""The store: reports year after year in one SQLite file, exact, safe and queryable."""

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

from danvan import (
    AdminLevel,
    ChangeKind,
    Dataset,
    Hierarchy,
    Period,
    Store,
    Unit,
    UnitChange,
    dumps,
    load_example,
)
from danvan.exceptions import (
    DanvanError,
    InvalidValueError,
    StoreConflictError,
    StoreError,
    StructureError,
    UnknownUnitError,
)


@pytest.fixture
def example() -> Dataset:
    return load_example()


@pytest.fixture
def store(tmp_path: Path, example: Dataset) -> Store:
    with Store(tmp_path / "kho.sqlite") as opened:
        opened.add(example)
        yield opened


def _retitled(example: Dataset, title: str) -> Dataset:
    reports = (attrs.evolve(example.reports[0], title=title), *example.reports[1:])
    return attrs.evolve(example, reports=reports)


class TestExact:
    def test_reports_come_back_byte_for_byte(self, store: Store, example: Dataset) -> None:
        for report in example.reports:
            assert dumps(store.report(report.id)) == dumps(report)
        assert store.dataset() == example

    def test_the_same_content_again_changes_nothing(self, store: Store, example: Dataset) -> None:
        logged = store.db.execute("SELECT COUNT(*) FROM changes").fetchone()
        assert store.add(example) == ()
        assert store.add(example.reports[2]) == ()
        assert store.db.execute("SELECT COUNT(*) FROM changes").fetchone() == logged

    def test_lists_what_it_holds(self, store: Store, example: Dataset) -> None:
        listed = store.reports()
        assert [r.id for r in listed] == sorted(r.id for r in example.reports)
        assert [r.figures for r in listed] == [len(r.figures) for r in example.reports]
        assert listed[0].title == example.reports[0].title


class TestConflicts:
    def test_another_report_under_a_stored_id_is_refused(
        self, store: Store, example: Dataset
    ) -> None:
        changed = _retitled(example, "Sơ kết 2 năm thực hiện Chỉ thị số 11-CT/TU (bản sửa)")
        before = dumps(store.dataset())
        with pytest.raises(StoreConflictError) as raised:
            store.add(changed)
        [conflict] = raised.value.conflicts
        assert conflict.startswith("report 'seed-000' @ $.reports[0]: title: ")
        assert "(stored) → 'Sơ kết 2 năm thực hiện Chỉ thị số 11-CT/TU (bản sửa)' (new)" in (
            conflict
        )
        assert dumps(store.dataset()) == before  # nothing added, not even in part

    def test_replacing_is_logged_and_keeps_the_old_version(
        self, store: Store, example: Dataset
    ) -> None:
        [change] = store.add(_retitled(example, "Bản sửa"), replace=True)
        assert (change.kind, change.key, change.action) == ("report", "seed-000", "replaced")
        added, replaced = store.history("seed-000")
        assert (added.action, added.old_hash) == ("added", None)
        assert replaced.old_hash == added.new_hash
        assert replaced.at.tzinfo is dt.UTC
        assert store.report("seed-000").title == "Bản sửa"
        [old] = store.db.execute(
            "SELECT content FROM documents WHERE hash = ?", (added.new_hash,)
        ).fetchone()
        assert old == dumps(example.reports[0])

    def test_a_shared_definition_is_kept_once_and_a_conflicting_one_refused(
        self, store: Store, example: Dataset
    ) -> None:
        son_la = example.hierarchy.get("vn/son-la")
        assert store.add(Dataset(hierarchy=Hierarchy([son_la]))) == ()
        renamed = attrs.evolve(son_la, name="Sơn La")
        with pytest.raises(
            StoreConflictError,
            match="unit 'vn/son-la' @ "
            r"\$\.hierarchy\.units\[0\]: name: 'Tỉnh Sơn La' \(stored\)",
        ):
            store.add(Dataset(hierarchy=Hierarchy([renamed])))


class TestReorganisations:
    def test_a_unit_change_is_one_change_whatever_its_shares(self, tmp_path: Path) -> None:
        """The same split with other shares is a conflict, not a second split."""
        after = dt.date(2025, 7, 1)
        units = [
            Unit(id="xa-c", name="Xã C", level=AdminLevel.COMMUNE, valid_to=dt.date(2025, 6, 30)),
            Unit(id="xa-n1", name="Xã Mới 1", level=AdminLevel.COMMUNE, valid_from=after),
            Unit(id="xa-n2", name="Xã Mới 2", level=AdminLevel.COMMUNE, valid_from=after),
        ]

        def split(first: Fraction) -> Dataset:
            change = UnitChange(
                kind=ChangeKind.SPLIT,
                on=after,
                sources=("xa-c",),
                targets=("xa-n1", "xa-n2"),
                shares={"xa-n1": first, "xa-n2": 1 - first},
            )
            return Dataset(hierarchy=Hierarchy(units, [change]))

        with Store(tmp_path / "kho.sqlite") as store:
            store.add(split(Fraction(1, 2)))
            with pytest.raises(StoreConflictError, match=r"unit_change 'split 2025-07-01"):
                store.add(split(Fraction(1, 3)))
            store.add(split(Fraction(1, 3)), replace=True)
            [change] = store.dataset().hierarchy.changes
            assert change.shares["xa-n1"] == Fraction(1, 3)


class TestAddingAReport:
    def test_a_report_alone_takes_what_the_store_holds(
        self, store: Store, example: Dataset
    ) -> None:
        report = attrs.evolve(example.reports[0], id="seed-000-ban-in-lai")
        [change] = store.add(report)
        assert (change.key, change.action) == ("seed-000-ban-in-lai", "added")
        assert store.report("seed-000-ban-in-lai") == report

    def test_a_report_that_refers_to_nothing_is_refused_with_its_path(
        self, store: Store, example: Dataset
    ) -> None:
        figure = attrs.evolve(example.reports[0].figures[0], scope="vn/khong-co")
        report = attrs.evolve(example.reports[0], id="lac", figures=(figure,))
        with pytest.raises(StructureError, match=r"'vn/khong-co' @ \$\.figures\[0\]\.scope"):
            store.add(report)
        assert "lac" not in [r.id for r in store.reports()]

    def test_only_datasets_and_reports_are_added(self, store: Store) -> None:
        with pytest.raises(InvalidValueError, match="a store adds a Dataset or a Report"):
            store.add("seed-000.json")  # type: ignore[arg-type]

    def test_an_unknown_report_is_named(self, store: Store) -> None:
        with pytest.raises(InvalidValueError, match=r"it holds.*: 'seed-999'"):
            store.report("seed-999")


class TestQueries:
    def test_by_unit_and_the_units_under_it(self, store: Store) -> None:
        ha_tinh = store.dataset(unit="vn/ha-tinh")
        assert [r.id for r in ha_tinh.reports] == ["seed-004"]
        scopes = {f.scope for f in store.figures(unit="vn/son-la")}
        assert scopes
        assert all(s.startswith("vn/son-la") for s in scopes)

    def test_by_year_period_movement_and_measure(self, store: Store, example: Dataset) -> None:
        in_2018 = store.figures(period=2018)
        assert {f.period.end.year for f in in_2018 if f.period and f.period.end} == {2018}
        assert list(store.figures(period="năm 2018")) == list(in_2018)  # as reports write it
        with pytest.raises(DanvanError, match=r"Store.figures\(\) needs period= a period"):
            store.figures(period=2018.5)  # type: ignore[arg-type]
        registered = store.figures(measure="registered")
        expected = [f for r in example.reports for f in r.figures if f.measure == "registered"]
        assert list(registered) == expected
        whole = Period(dt.date(2021, 1, 1), dt.date(2025, 12, 31))
        assert len(store.figures(period=whole, movement="dan-van-kheo")) > 0
        assert len(store.figures(movement="khong-co")) == 0

    def test_a_filtered_dataset_is_valid_and_whole(self, store: Store) -> None:
        subset = store.dataset(measure="honoured")
        assert [r.id for r in subset.reports] == ["seed-004"]
        assert len(subset.reports[0].figures) == 9  # the report comes whole

    def test_an_unknown_unit_is_named(self, store: Store) -> None:
        with pytest.raises(
            UnknownUnitError, match="no unit of this id in the store: 'vn/khong-co'"
        ):
            store.dataset(unit="vn/khong-co")
        with pytest.raises(UnknownUnitError, match="did you mean 'vn/ha-tinh'"):
            store.figures(unit="vn/ha-tinhh")

    def test_a_misspelt_measure_is_refused_with_a_guess(self, store: Store) -> None:
        """A measure no figure could have is an error, never an empty answer."""
        with pytest.raises(DanvanError, match="did you mean 'registered'"):
            store.figures(measure="registerd")
        assert len(store.figures(measure="workdays")) == 0  # built in, only not reported

    def test_the_derived_tables_answer_sql(self, store: Store) -> None:
        path = store.path
        store.close()
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            rows = db.execute(
                "SELECT province, year, SUM(value) FROM figures WHERE measure = 'registered' "
                "GROUP BY province, year ORDER BY province"
            ).fetchall()
            assert ("vn/ha-tinh", 2018, 112 + 27 + 85 + 19 + 67 + 12 + 14) in rows
            assert db.execute("SELECT COUNT(*) FROM units").fetchone()[0] > 20


class TestTheFile:
    def test_a_file_that_is_not_a_store_is_left_alone(self, tmp_path: Path) -> None:
        notes = tmp_path / "ghi-chu.txt"
        notes.write_text("Báo cáo sơ kết\n", encoding="utf-8")
        with pytest.raises(StoreError, match="not a danvan store"):
            Store(notes)
        assert notes.read_text(encoding="utf-8") == "Báo cáo sơ kết\n"
        other = tmp_path / "khac.sqlite"
        with contextlib.closing(sqlite3.connect(other)) as db, db:
            db.execute("CREATE TABLE t (x)")
        before = other.read_bytes()
        with pytest.raises(StoreError, match="SQLite file but not a danvan store"):
            Store(other)
        assert other.read_bytes() == before

    def test_a_newer_store_is_refused(self, store: Store) -> None:
        path = store.path
        store.close()
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            db.execute("PRAGMA user_version = 99")
        with pytest.raises(StoreError, match="newer than this danvan reads"):
            Store(path)

    def test_a_closed_store_says_so(self, store: Store) -> None:
        store.close()
        with pytest.raises(StoreError, match="closed"):
            store.reports()

    def test_derived_tables_of_another_shape_are_rebuilt(self, store: Store) -> None:
        path = store.path
        store.close()
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            db.execute("DELETE FROM figures")
            db.execute("UPDATE meta SET value = '0' WHERE key = 'derived'")
        with Store(path) as reopened:
            assert len(reopened.figures()) == 28

    def test_an_awards_table_without_households_is_rebuilt_with_them(
        self, tmp_path: Path, example: Dataset
    ) -> None:
        """A store an earlier danvan wrote gains the column, filled from its documents."""
        from danvan import Award, AwardForm, Count

        award = Award(
            id="nb/bang-khen-ho",
            form=AwardForm.CERTIFICATE_OF_MERIT,
            issuer_text="Chủ tịch UBND tỉnh",
            movements="dan-van-kheo",
            collectives=Count(8),
            individuals=Count(12),
            households=Count(3),
        )
        path = tmp_path / "kho.sqlite"
        with Store(path) as first:
            first.add(attrs.evolve(example, awards=(*example.awards, award)))
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            db.execute("DROP TABLE awards")
            db.execute(
                "CREATE TABLE awards (award TEXT PRIMARY KEY, form TEXT, issuer TEXT, "
                "on_day TEXT, year INTEGER, movement TEXT, collectives INTEGER, "
                "individuals INTEGER, others INTEGER)"
            )
            db.execute("UPDATE meta SET value = '2' WHERE key = 'derived'")
        Store(path).close()
        with contextlib.closing(sqlite3.connect(path)) as db:
            row = db.execute(
                "SELECT collectives, individuals, households, others FROM awards WHERE award = ?",
                (award.id,),
            ).fetchone()
        assert row == (8, 12, 3, None)

    def test_documents_of_the_first_wire_format_are_migrated_on_read(
        self, store: Store, example: Dataset
    ) -> None:
        """A report stored as danvan/1 wrote one unit and one movement per figure."""
        [digest] = store.db.execute(
            "SELECT hash FROM current WHERE kind = 'report' AND key = 'seed-004'"
        ).fetchone()
        data = json.loads(dumps(example.report("seed-004")))
        data["unit"] = data.pop("units")[0]
        for figure in data["figures"]:
            figure["movement"] = figure.pop("movements")[0]
        store.db.execute(
            "UPDATE documents SET content = ?, wire = 'danvan/1' WHERE hash = ?",
            (json.dumps(data, ensure_ascii=False), digest),
        )
        assert store.report("seed-004") == example.report("seed-004")
        assert store.dataset() == example


_KILLED = """
import sys, time
from danvan import Store
from danvan.synth import dataset
big = dataset(models=3000, seed=7)
store = Store(sys.argv[1])
steps = 0
def pause():
    global steps
    if store.db.in_transaction:
        steps += 1
        if steps == 200:
            print("mid-import", flush=True)
            time.sleep(600)
    return 0
store.db.set_progress_handler(pause, 1000)
store.add(big, replace=True)
"""

_WRITER = """
import sys
import attrs
from danvan import Store, load_example
report = load_example().reports[0]
with Store(sys.argv[1]) as store:
    for i in range(8):
        store.add(attrs.evolve(report, id=f"{sys.argv[2]}-{i}"))
"""


class TestFailure:
    def test_an_import_killed_midway_leaves_the_store_as_it_was(
        self, store: Store, example: Dataset
    ) -> None:
        path = store.path
        store.close()
        child = subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", _KILLED, str(path)], stdout=subprocess.PIPE, text=True
        )
        with child:
            assert child.stdout is not None
            said = child.stdout.readline().strip()
            os.kill(child.pid, signal.SIGKILL)
        assert said == "mid-import"
        with Store(path) as reopened:
            assert reopened.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert reopened.dataset() == example
            assert reopened.db.execute("SELECT COUNT(*) FROM models").fetchone()[0] == 2

    def test_a_store_another_process_holds_is_refused_after_waiting(
        self, store: Store, example: Dataset
    ) -> None:
        report = attrs.evolve(example.reports[0], id="cho")
        with contextlib.closing(sqlite3.connect(store.path)) as other, other:
            other.execute("BEGIN IMMEDIATE")  # a writer that does not finish
            with (
                Store(store.path, wait=0.05) as waiting,
                pytest.raises(
                    StoreError,
                    match=r"another process is writing to it and did not finish in 0\.05 s",
                ),
            ):
                waiting.add(report)
            other.rollback()
        assert "cho" not in [r.id for r in store.reports()]

    def test_two_writers_at_once_lose_nothing(self, store: Store) -> None:
        path = store.path
        store.close()
        command = [sys.executable, "-c", _WRITER, str(path)]
        writers = [subprocess.Popen([*command, tag]) for tag in ("a", "b")]  # noqa: S603
        assert [w.wait(timeout=300) for w in writers] == [0, 0]
        with Store(path) as reopened:
            ids = {r.id for r in reopened.reports()}
        assert {f"{tag}-{i}" for tag in "ab" for i in range(8)} <= ids
