"""Checks on an Office (XLSX/DOCX) file's zip container before any parser opens it (plain Python).

A few kilobytes can declare gigabytes of XML, thousands of entries, or a worksheet of 1,048,576 rows ×
16,384 columns that a reader then pads cell by cell. ``check_zip`` refuses archives whose entry count,
declared uncompressed size or compression ratio are beyond what a real staff file or document has;
``Limits`` bounds rows, columns and seconds while the rows are read (``sanat.rules.staff_io``).
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import dataclass

MAX_ENTRIES = 500
MAX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_RATIO = 200          # real XLSX/DOCX parts compress 5-30×; a bomb compresses thousands of times


class FileLimitExceeded(ValueError):
    """The file is beyond a resource limit; ``reason`` is one of ``entries``, ``size``, ``ratio``, ``rows``,
    ``columns``, ``cells``, ``time``, ``zip``."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def check_zip(data: bytes, *, max_entries: int = MAX_ENTRIES, max_uncompressed: int = MAX_UNCOMPRESSED,
              max_ratio: int = MAX_RATIO) -> None:
    """Raise :class:`FileLimitExceeded` for an archive a parser should not open."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise FileLimitExceeded("zip", str(exc)) from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > max_entries:
            raise FileLimitExceeded("entries", f"{len(entries)} > {max_entries}")
        total = sum(e.file_size for e in entries)
        if total > max_uncompressed:
            raise FileLimitExceeded("size", f"{total} bytes uncompressed > {max_uncompressed}")
        for e in entries:
            if e.file_size > 1024 * 1024 and e.file_size > max_ratio * max(e.compress_size, 1):
                raise FileLimitExceeded("ratio", f"{e.filename}: {e.file_size}/{e.compress_size}")


@dataclass(frozen=True)
class Limits:
    """Bounds while reading a table's rows (``None`` = unbounded, as on the command line)."""

    max_rows: int | None = 20_000
    max_columns: int = 200
    max_seconds: float | None = 10.0
    max_uncompressed: int = MAX_UNCOMPRESSED
    # cells of a worksheet's used range (last row × last column): a reader that loads the whole range
    # (python-calamine) holds ~60 bytes a cell, so this bounds its memory; ``None``: rows × columns bound it
    max_cells: int | None = None

    def deadline(self) -> float | None:
        return time.monotonic() + self.max_seconds if self.max_seconds else None


def bounded_rows(rows, limits: Limits):
    """Yield ``(n, values)`` pairs; raise once the row number or the clock passes the limits."""
    deadline = limits.deadline()
    for n, values in rows:
        if limits.max_rows is not None and n > limits.max_rows + 1:
            raise FileLimitExceeded("rows", f"more than {limits.max_rows} rows")
        if deadline is not None and time.monotonic() > deadline:
            raise FileLimitExceeded("time", f"reading took more than {limits.max_seconds} s")
        yield n, values


_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]{1,7})"')


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_sheet_extent(data: bytes, limits: Limits) -> None:
    """Raise :class:`FileLimitExceeded` when a worksheet has a cell or row beyond ``limits`` (a reader
    that allocates the used range would otherwise build 1,048,576 × 16,384 cells from one far cell).

    Streams each ``xl/worksheets/*.xml`` once (its declared size is already bounded by ``check_zip``)."""
    deadline = limits.deadline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.infolist():
            if not (entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml")):
                continue
            tail, last_row, last_col = b"", 0, 0
            with archive.open(entry) as stream:
                while chunk := stream.read(1 << 20):
                    buf = tail + chunk
                    for m in _CELL_REF.finditer(buf):
                        col, row = _column_number(m.group(1)), int(m.group(2))
                        if col > limits.max_columns:
                            raise FileLimitExceeded("columns", f"cell {m.group(1).decode()}{m.group(2).decode()}")
                        if limits.max_rows is not None and row > limits.max_rows + 1:
                            raise FileLimitExceeded("rows", f"cell {m.group(1).decode()}{m.group(2).decode()}")
                        last_row, last_col = max(last_row, row), max(last_col, col)
                    if limits.max_cells is not None and last_row * last_col > limits.max_cells:
                        raise FileLimitExceeded("cells", f"{entry.filename}: {last_row} rows × {last_col} columns")
                    for m in _ROW_REF.finditer(buf):
                        if limits.max_rows is not None and int(m.group(1)) > limits.max_rows + 1:
                            raise FileLimitExceeded("rows", f"row {m.group(1).decode()}")
                    tail = buf[-256:]
                    if deadline is not None and time.monotonic() > deadline:
                        raise FileLimitExceeded("time", f"reading took more than {limits.max_seconds} s")
