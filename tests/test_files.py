"""Files danvan writes: atomic, with the mode a user expects, through one module."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from danvan import Table, count_models, dump, load_example
from danvan._files import csv_text, write_atomic
from danvan.synth import dataset


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("umask_022")
class TestModes:
    def test_new_file_follows_the_umask(self, tmp_path: Path) -> None:
        """A new file is 0644 under umask 022, like one written with open()."""
        target = tmp_path / "data.json"
        dump(load_example(), target)
        assert _mode(target) == 0o644

    def test_overwritten_file_keeps_its_mode(self, tmp_path: Path) -> None:
        """Writing over a file keeps the mode its owner gave it."""
        target = tmp_path / "public.json"
        target.write_text("{}")
        target.chmod(0o664)
        dump(load_example(), target)
        assert _mode(target) == 0o664
        assert target.read_text(encoding="utf-8").startswith('{\n  "schema": "danvan/2"')

    def test_table_csv_written_like_any_file(self, tmp_path: Path) -> None:
        """Table.to_csv(path) writes through the same module: atomic, umask mode, BOM on ask."""
        ds = dataset(models=50, seed=4)
        table = count_models(ds.models, ds.hierarchy, by=("field",))
        target = tmp_path / "fields.csv"
        text = table.to_csv(target, bom=True)
        assert target.read_bytes() == text.encode("utf-8")
        assert text.startswith("\ufeffmovement,")
        assert _mode(target) == 0o644

    def test_no_temporary_file_is_left(self, tmp_path: Path) -> None:
        """After a write, the folder holds the target alone."""
        write_atomic(tmp_path / "a.txt", b"x")
        assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    """A value that cannot be written leaves the old file untouched and no temporary file."""
    target = tmp_path / "data.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        dump(object(), target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def test_csv_text_is_excel_friendly() -> None:
    """CRLF line ends, empty cells for None, an optional byte-order mark."""
    text = csv_text(["đơn vị", "số"], [{"đơn vị": "Sơn La", "số": None}], bom=True)
    assert text == "\ufeffđơn vị,số\r\nSơn La,\r\n"


def test_tables_and_summaries_share_the_writer() -> None:
    """A table with no rows still writes its header through the same CSV writer."""
    assert Table([]).to_csv() == "measure,value\r\n"


class TestPaths:
    """Every path a file cannot be written to or read from is a DanvanError naming it."""

    @pytest.mark.parametrize(
        ("where", "reason"),
        [
            ("folder", "it is a folder"),
            ("missing/f.json", "No such file or directory"),
            ("a\x00b.json", "null"),
        ],
    )
    def test_cannot_write(self, tmp_path: Path, where: str, reason: str) -> None:
        """A folder in its place, a missing folder, a NUL in the name: FileWriteError."""
        from danvan.exceptions import FileWriteError

        (tmp_path / "folder").mkdir()
        target = tmp_path / where if "\x00" not in where else f"{tmp_path}/{where}"
        with pytest.raises(FileWriteError, match=reason) as caught:
            dump(load_example(), target)
        assert caught.value.path == target
        assert isinstance(caught.value, OSError)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]

    def test_not_a_path(self) -> None:
        """None is no path: a FileWriteError, not a TypeError from inside."""
        from danvan.exceptions import FileWriteError

        with pytest.raises(FileWriteError, match="None"):
            write_atomic(None, b"x")  # type: ignore[arg-type]

    def test_longest_legal_name(self, tmp_path: Path) -> None:
        """A name at the 255-byte limit is written, though the temporary name adds bytes."""
        target = tmp_path / (("đ" * 125) + ".json")
        assert len(target.name.encode()) == 255
        dump(load_example(), target)
        assert target.read_text(encoding="utf-8").startswith("{")

    @pytest.mark.parametrize("path", [None, "a\x00b.json", "missing/nowhere.json"])
    def test_cannot_read(self, path: object) -> None:
        """load of a path that cannot be read is a StructureError naming it."""
        from danvan import load
        from danvan.exceptions import StructureError

        with pytest.raises(StructureError, match="cannot read"):
            load(path)  # type: ignore[arg-type]


class TestSpecialTargets:
    def test_symbolic_link_is_followed(self, tmp_path: Path) -> None:
        """Writing to a link writes the file it points to; the link stays a link."""
        real = tmp_path / "real.json"
        real.write_text("{}")
        link = tmp_path / "link.json"
        link.symlink_to(real)
        dump(load_example(), link)
        assert link.is_symlink()
        assert real.read_text(encoding="utf-8").startswith('{\n  "schema"')

    def test_pipe_is_streamed_to(self, tmp_path: Path) -> None:
        """A named pipe (like -o /dev/stdout) is written to, not replaced by a file."""
        import threading

        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        received: list[bytes] = []
        reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
        reader.start()
        write_atomic(pipe, b"streamed")
        reader.join(timeout=30)
        assert received == [b"streamed"]
        assert stat.S_ISFIFO(pipe.stat().st_mode)

    def test_abandoned_temporary_files_are_removed(self, tmp_path: Path) -> None:
        """A temporary file no write holds goes with the next write; one in use stays."""
        import fcntl

        target = tmp_path / "data.json"
        abandoned = tmp_path / ".data.json.danvan-tmp-abcd1234"
        in_use = tmp_path / ".data.json.danvan-tmp-efgh5678"
        other = tmp_path / ".other.json.danvan-tmp-abcd1234"
        for leftover in (abandoned, in_use, other):
            leftover.write_bytes(b"{")
        with in_use.open("rb") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
            write_atomic(target, b"{}")
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [in_use.name, other.name, target.name]
        )

    def test_a_killed_write(self, tmp_path: Path) -> None:
        """A process killed mid-dump leaves the old file whole; the next dump sweeps up."""
        import subprocess
        import sys
        import textwrap

        target = tmp_path / "data.json"
        dump(load_example(), target)
        before = target.read_bytes()
        # The child dies at the moment its temporary file is flushed, before the rename.
        child = textwrap.dedent(f"""
            import os, signal
            import danvan
            from danvan import _files
            _files.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
            danvan.dump(danvan.Dataset(), {str(target)!r})
        """)
        result = subprocess.run([sys.executable, "-c", child], check=False, timeout=120)  # noqa: S603 - our own code
        assert result.returncode == -9
        assert target.read_bytes() == before
        leftovers = [p.name for p in tmp_path.iterdir() if p.name != "data.json"]
        assert len(leftovers) == 1
        assert leftovers[0].startswith(".data.json.danvan-tmp-")
        dump(load_example(), target)
        assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


class TestLoadLimits:
    def test_endless_device_is_refused(self) -> None:
        """/dev/zero is read up to the limit, then refused, instead of filling memory."""
        from danvan import load
        from danvan.exceptions import StructureError

        with pytest.raises(StructureError, match="larger than 10,000 bytes"):
            load("/dev/zero", max_bytes=10_000)

    def test_large_file_is_refused_before_reading(self, tmp_path: Path) -> None:
        """A file larger than the limit is refused by its size; no limit reads it."""
        from danvan import load
        from danvan.exceptions import StructureError

        path = tmp_path / "data.json"
        dump(load_example(), path)
        with pytest.raises(StructureError, match="pass max_bytes="):
            load(path, max_bytes=1000)
        assert load(path, max_bytes=None) == load_example()


class TestLoadFromAPipe:
    """A named pipe is read as its writer sends; one that never finishes is refused."""

    def test_writer_that_comes_later(self, tmp_path: Path) -> None:
        import threading

        from danvan import dumps, load

        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        text = dumps(load_example()).encode()
        started = threading.Event()

        def write() -> None:
            started.wait()  # the reader is already waiting when the writer opens
            with pipe.open("wb") as stream:
                for i in range(0, len(text), 4096):
                    stream.write(text[i : i + 4096])

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        started.set()
        assert load(pipe) == load_example()
        writer.join(timeout=30)

    def test_writer_that_never_finishes(self, tmp_path: Path) -> None:
        """The start of a document and a writer that keeps the pipe open: refused."""
        from danvan import dumps, load
        from danvan.exceptions import StructureError

        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        held = os.open(pipe, os.O_RDWR)  # a writer that never closes (and never blocks)
        try:
            os.write(held, dumps(load_example()).encode()[:1000])
            with pytest.raises(StructureError, match=r"nothing more came in 0\.2 s \(pass wait=\)"):
                load(pipe, wait=0.2)
        finally:
            os.close(held)
