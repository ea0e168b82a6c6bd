"""Writing files: every file danvan writes goes through here.

A file is written to a temporary file in the same folder, flushed to disk and renamed
over the target, and the folder is flushed too, so a crash mid-write leaves any old
file whole. The new file gets the mode a plain ``open(path, "w")`` would give it (the
user's umask), and a file that is overwritten keeps its mode: ``danvan convert -o
public/data.json`` stays readable by the web server that serves it. A symbolic link is
followed (the file it points to is written); a pipe or a device (``-o /dev/stdout``) is
written to as a stream. Temporary files are named after their target
(``.data.json.danvan-tmp-…``) and locked while in use, so the next write to a target
removes those a killed write left behind.

CSV text is written here too, once for every table danvan writes (figures, models,
:class:`~danvan.Table`, summaries): CRLF line ends as RFC 4180 says, and an optional
byte-order mark, which Excel needs to read UTF-8.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import io
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from danvan._extras import optional
from danvan.exceptions import FileWriteError

__all__ = ["csv_text", "write_atomic"]

_BOM = "\ufeff"


def _umask() -> int:
    # The umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], content: bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    Args:
        path: The file to write; its folder must exist.
        content: The bytes to write.

    Raises:
        FileWriteError: The path is no path, its folder does not exist, a folder stands
            in its place, or the system refuses; the message names the path.
    """
    try:
        # A symbolic link is followed: the file it points to is written, the link stays.
        target = Path(path).resolve() if Path(path).is_symlink() else Path(path)
        if target.is_dir():
            raise FileWriteError(path, "it is a folder")
        try:
            status = target.stat()
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        else:
            if not stat.S_ISREG(status.st_mode):
                # A pipe or a device (-o /dev/stdout) is streamed to, never replaced.
                with target.open("wb") as stream:
                    stream.write(content)
                return
            mode = stat.S_IMODE(status.st_mode)
        _remove_stale(target)
        _replace(target, content, mode)
    except (OSError, ValueError, TypeError) as error:
        if isinstance(error, FileWriteError):
            raise
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise FileWriteError(path, reason) from error


# The temporary file's name: the target's, cut so that it stays within the usual limit of
# 255 bytes a name once the marker and tempfile's eight random characters are added.
_NAME_BYTES = 200
_MARKER = ".danvan-tmp-"
# Where a write's lock on its temporary file cannot tell (no fcntl), a temporary file
# this old was left by a write that was killed: no write takes so long.
_STALE_SECONDS = 600


def _prefix(target: Path) -> str:
    stem = target.name.encode("utf-8", "surrogateescape")[:_NAME_BYTES]
    return "." + stem.decode("utf-8", "ignore") + _MARKER


def _remove_stale(target: Path) -> None:
    """Remove the temporary files a killed write to ``target`` left behind.

    A write holds a lock on its temporary file until it is renamed; the system drops the
    lock of a process that was killed, so a temporary file nobody locks is stale.
    """
    prefix = _prefix(target)
    now = time.time()
    for leftover in target.parent.glob(glob.escape(prefix) + "*"):
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            if _abandoned(leftover, now):
                leftover.unlink()


if sys.platform == "win32":  # pragma: no cover - no fcntl: judge by age

    def _abandoned(leftover: Path, now: float) -> bool:
        return now - leftover.lstat().st_mtime > _STALE_SECONDS

    def _lock(handle: Any) -> None:
        pass

else:
    import fcntl

    def _abandoned(leftover: Path, now: float) -> bool:
        with leftover.open("rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a write in progress holds it
            return True

    def _lock(handle: Any) -> None:
        """Mark a temporary file in use for as long as this process lives and holds it."""
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _replace(target: Path, content: bytes, mode: int) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below before the rename
        "wb", dir=target.parent, prefix=_prefix(target), delete=False
    )
    try:
        with handle:
            _lock(handle)
            handle.write(content)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        Path(handle.name).replace(target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file, so that the rename survives a crash."""
    with contextlib.suppress(OSError):  # some systems cannot open a folder for syncing
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def csv_text(
    columns: Iterable[str], rows: Iterable[Mapping[str, Any]], *, bom: bool = False
) -> str:
    """CSV text with a header row; ``None`` cells are empty.

    Args:
        columns: The column names, in order.
        rows: One mapping per row, from column name to value.
        bom: Start with a byte-order mark, so that Excel reads the text as UTF-8.

    Returns:
        The CSV text, lines ending in CRLF.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return (_BOM if bom else "") + out.getvalue()


#: One sheet of a workbook: its title, its columns, and one mapping per row.
Sheet = tuple[str, Sequence[str], Iterable[Mapping[str, Any]]]

_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")
_WIDEST = 60


def xlsx_bytes(sheets: Sequence[Sheet], headers: Mapping[str, str] | None = None) -> bytes:
    """A workbook (needs the ``excel`` extra): one sheet each, as Excel users expect.

    The header row is bold and frozen, numbers stay numbers, ``None`` cells are empty,
    and each column is as wide as its longest cell (up to 60 characters).

    Args:
        sheets: Each sheet's title (cut to Excel's 31 characters), columns and rows.
        headers: The header text of a column, when not its name.

    Returns:
        The ``.xlsx`` file's bytes.

    Raises:
        DanvanError: openpyxl is not installed.
    """
    openpyxl = optional("excel", "openpyxl")
    styles = optional("excel", "openpyxl.styles")
    book = openpyxl.Workbook()
    book.remove(book.active)
    titles: set[str] = set()
    for title, columns, rows in sheets:
        name = _SHEET_TITLE.sub("-", title)[:31] or "-"
        while name in titles:  # titles are unique, whatever their first 31 characters
            name = f"{name[:28]}-{len(titles)}"
        titles.add(name)
        sheet = book.create_sheet(name)
        sheet.append([(headers or {}).get(c, c) for c in columns])
        for cell in sheet[1]:
            cell.font = styles.Font(bold=True)
        for row in rows:
            sheet.append([_xlsx_value(row.get(c)) for c in columns])
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # text that starts with "=" stays text
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for letters in sheet.columns:
            widest = max((len(str(c.value)) for c in letters if c.value is not None), default=4)
            sheet.column_dimensions[letters[0].column_letter].width = min(widest, _WIDEST) + 2
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return str(value)
