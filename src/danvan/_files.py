"""Writing files: every file danvan writes goes through here.

A file is written to a temporary file in the same folder, flushed to disk and renamed
over the target, so a crash mid-write leaves any old file whole. The new file gets the
mode a plain ``open(path, "w")`` would give it (the user's umask), and a file that is
overwritten keeps its mode: ``danvan convert -o public/data.json`` stays readable by the
web server that serves it.

CSV text is written here too, once for every table danvan writes (figures, models,
:class:`~danvan.Table`, summaries): CRLF line ends as RFC 4180 says, and an optional
byte-order mark, which Excel needs to read UTF-8.
"""

from __future__ import annotations

import csv
import io
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

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
        target = Path(path)
        if target.is_dir():
            raise FileWriteError(path, "it is a folder")
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        _replace(target, content, mode)
    except (OSError, ValueError, TypeError) as error:
        if isinstance(error, FileWriteError):
            raise
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise FileWriteError(path, reason) from error


# The temporary file's name: the target's, cut so that it stays within the usual limit of
# 255 bytes a name once tempfile adds its eight random characters.
_NAME_BYTES = 200


def _replace(target: Path, content: bytes, mode: int) -> None:
    stem = target.name.encode("utf-8", "surrogateescape")[:_NAME_BYTES]
    prefix = "." + stem.decode("utf-8", "ignore") + "."
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below before the rename
        "wb", dir=target.parent, prefix=prefix, delete=False
    )
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        Path(handle.name).replace(target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


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
