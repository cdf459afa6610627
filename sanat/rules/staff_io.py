"""Streamed staff-file reading and screened-file writing (CSV and XLSX), constant memory. No Django.

A ``Table`` yields ``(row number, raw cell tuple)`` one row at a time and turns a cell tuple into the very
dict ``staff.read_rows`` gives for it (same keys, same padding), so the screening of a row never depends on
which reader produced it. Why these readers and writers: ``docs/performance.md``.
"""

from __future__ import annotations

import csv
import io
import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sanat.documents.zipguard import Limits, bounded_rows, check_sheet_extent, check_zip
from sanat.rules.bounded import put

OUTPUT_COLUMNS = ("row", "name", "position", "position_title", "qualification_level", "highest_category",
                  "post_requirements_met", "next_category", "gaps", "error")


@dataclass
class Table:
    """One staff file opened for streaming: its header and its non-empty rows as raw cell tuples."""

    header: list[str]
    rows: Iterator[tuple[int, tuple]]
    kind: str  # "csv" | "xlsx"
    closers: list = field(default_factory=list, repr=False)

    def record(self, values: tuple) -> dict:
        """The dict ``staff.read_rows`` yields for these cells (``csv.DictReader`` / ``zip`` semantics)."""
        if self.kind == "xlsx":
            return dict(zip(self.header, values, strict=False))
        n = len(self.header)
        rec = dict(zip(self.header, values, strict=False))
        if len(values) > n:
            rec[None] = list(values[n:])
        elif len(values) < n:
            for key in self.header[len(values):]:
                rec[key] = None
        return rec

    def column(self, name: str) -> int | None:
        """Index of the one column whose name is ``name`` (case-insensitive), ``None`` when absent or ambiguous."""
        hits = [i for i, h in enumerate(self.header) if str(h).strip().casefold() == name]
        unique = len(set(self.header)) == len(self.header)
        return hits[0] if len(hits) == 1 and unique else None

    def close(self) -> None:
        for c in self.closers:
            with suppress(Exception):
                c()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _csv_rows(reader, header: list[str]) -> Iterator[tuple[int, tuple]]:
    n_cols = len(header)
    plain_header = len(set(header)) == n_cols
    n = 1
    for values in reader:
        if not values:  # csv.DictReader skips blank lines without counting them
            continue
        n += 1
        if plain_header:  # a cell with a non-space character makes the joined cells non-blank, and only then
            if not "".join(values[:n_cols]).strip():
                continue
        else:  # duplicate column names: decide emptiness on the dict, as DictReader does
            rec = dict(zip(header, values, strict=False))
            if not any((v or "").strip() for v in rec.values() if isinstance(v, str)):
                continue
        yield n, tuple(values)


def open_csv(path: str | Path | None, data: bytes | None = None) -> Table:
    """A CSV staff file (``,``/``;``/tab, UTF-8 with or without BOM), streamed line by line."""
    if data is not None:
        f: IO[str] = io.StringIO(data.decode("utf-8-sig"))
    else:
        f = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed by Table.close
    first = f.readline()
    lines = first.splitlines()
    dialect = csv.Sniffer().sniff(lines[0] if first else ",", delimiters=",;\t")
    f.seek(0)
    reader = csv.reader(f, dialect=dialect)
    header = next(reader, None)
    while header == []:
        header = next(reader, None)
    header = header or []
    return Table(header, _csv_rows(reader, header), "csv", [f.close])


def _xlsx_rows(rows: Iterator[tuple], limits: Limits | None = None) -> Iterator[tuple[int, tuple]]:
    numbered = enumerate(rows, start=2)
    for n, values in (bounded_rows(numbered, limits) if limits else numbered):  # empty rows count too
        if values is None or all(v in (None, "") for v in values):
            continue
        yield n, values


def _cell(v: Any) -> Any:
    """A calamine cell as openpyxl gives it: empty → ``None``, a whole number → ``int``, a date → ``datetime``."""
    if v == "":
        return None
    if type(v) is float and v.is_integer():
        return int(v)
    if type(v) is date:
        return datetime(v.year, v.month, v.day)
    return v


def _calamine_rows(rows: Iterator[list], max_columns: int | None = None) -> Iterator[tuple]:
    for r in rows:
        yield tuple(_cell(v) for v in (r[:max_columns] if max_columns else r))


def open_xlsx(path: str | Path | None, data: bytes | None = None, limits: Limits | None = None) -> Table:
    """An XLSX staff file, the sheet openpyxl calls active, read by python-calamine (Rust; ten times
    openpyxl's read-only mode), cells as openpyxl gives them (``_cell``).

    With ``limits`` (uploads) the zip container and the worksheets' cell references are checked before
    calamine opens the file (it allocates the whole used range), only the first ``max_columns`` columns
    are kept, and rows are bounded in number and time."""
    from python_calamine import CalamineWorkbook

    if limits is not None:
        raw = data if data is not None else Path(path).read_bytes()
        check_zip(raw, max_uncompressed=limits.max_uncompressed)
        check_sheet_extent(raw, limits)

    wb = CalamineWorkbook.from_filelike(io.BytesIO(data)) if data is not None else CalamineWorkbook.from_path(str(path))
    sheet = wb.get_sheet_by_index(_active_index(path, data))
    rows = _calamine_rows(iter(sheet.iter_rows()), limits.max_columns if limits else None)
    header = [str(h or "").strip() for h in next(rows, ())]
    return Table(header, _xlsx_rows(rows, limits), "xlsx", [wb.close] if hasattr(wb, "close") else [])


def _active_index(path: str | Path | None, data: bytes | None) -> int:
    """The workbook's active sheet (``workbookView/@activeTab``), the first when it says none."""
    import re
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as z:
        head = z.read("xl/workbook.xml")[:4096].decode("utf-8", "replace")
    m = re.search(r'activeTab="(\d+)"', head)
    return int(m.group(1)) if m else 0


def open_table(path: str | Path, data: bytes | None = None, limits: Limits | None = None) -> Table:
    """Open a staff file by its name's extension (``.xlsx`` or CSV); ``data`` = the file's bytes if uploaded;
    ``limits`` bound what an upload may cost (``sanat.documents.zipguard``)."""
    if str(path).lower().endswith(".xlsx"):
        return open_xlsx(path, data, limits)
    table = open_csv(path, data)
    if limits is not None:
        table.rows = bounded_rows(table.rows, limits)
    return table


_CSV_SPECIAL = frozenset(',"\r\n')


class CsvOut:
    """Screened rows as UTF-8 CSV bytes (``csv`` module defaults: ``,`` and CRLF) on a binary stream,
    written as they come.

    A screened file repeats the same fields after the name (post, title, decision, gap texts) in row after
    row, so each distinct tail is quoted by ``csv.writer`` and encoded once and its bytes reused; the row
    number and the name are quoted here by the same rule (``QUOTE_MINIMAL``: a field holding ``,``, ``"``,
    CR or LF is put in quotes, its quotes doubled). The bytes are those of
    ``csv.writer(text).writerows(rows)`` encoded as UTF-8; nothing is transcoded row by row (the gap texts
    make a region's result ~200 MB of mostly Cyrillic text)."""

    TAILS = 50_000  # tails kept at most (the memo is emptied when full: memory stays bounded)

    def __init__(self, stream: IO[bytes], header: Iterable[str] = OUTPUT_COLUMNS):
        self._stream = stream
        self._buf = io.StringIO(newline="")
        self._quote = csv.writer(self._buf)
        stream.write(self._line(list(header)))

    def _line(self, fields: Iterable[Any]) -> bytes:
        """``csv.writer``'s line for ``fields`` (CRLF included), as UTF-8."""
        buf = self._buf
        buf.seek(0)
        buf.truncate()
        self._quote.writerow(fields)
        return buf.getvalue().encode("utf-8")

    @staticmethod
    def _field(v: Any) -> bytes:
        s = "" if v is None else str(v)
        if _CSV_SPECIAL.isdisjoint(s):
            return s.encode("utf-8")
        return ('"' + s.replace('"', '""') + '"').encode("utf-8")

    def write_rows(self, rows: Iterable[tuple]) -> None:
        tails: dict[tuple, bytes] = {}
        field, line, write, chunk = self._field, self._line, self._stream.write, []
        special = _CSV_SPECIAL
        for row in rows:
            if len(row) < 4:  # a one-field tail would be written ``""`` when empty: leave it to csv
                write(b"".join(chunk))
                chunk.clear()
                write(line(row))
                continue
            tail = row[2:]
            text = tails.get(tail)
            if text is None:
                text = put(tails, tail, line(tail), self.TAILS)
            n, name = row[0], row[1]
            chunk += (b"%d," % n if type(n) is int else field(n) + b",",
                      name.encode("utf-8") if type(name) is str and special.isdisjoint(name) else field(name),
                      b",", text)
            if len(chunk) >= 2048:
                write(b"".join(chunk))
                chunk.clear()
        write(b"".join(chunk))

    def close(self) -> None:
        pass


_XML_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_ESCAPED = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_STRMAX = 32767  # Excel's longest cell text, in UTF-16 units


def _text(s: str) -> str:
    """A string as the XML of an inline-string cell's ``<is>``, escaped as XlsxWriter escapes it in
    constant-memory mode: cut to 32,767 UTF-16 units, a literal ``_xHHHH_`` protected as ``_x005F_xHHHH_``,
    control characters as ``_xHHHH_``, ``&<>`` as entities, ``xml:space="preserve"`` for leading or
    trailing white space."""
    if len(s) > _STRMAX // 2 and len(s.encode("utf-16-le")) // 2 > _STRMAX:
        s = s.encode("utf-16-le")[:2 * _STRMAX].decode("utf-16-le", "ignore")
    if _XML_SPECIAL.search(s):
        s = _ESCAPED.sub(r"_x005F\1", s)
        s = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", s).replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if s[:1].isspace() or s[-1:].isspace():
        return f'<t xml:space="preserve">{s}</t>'
    return f"<t>{s}</t>"


def _xml_cell(v: Any) -> tuple[str, str] | None:
    """(attributes after the cell reference, the cell's content) of one value as XlsxWriter's ``write``
    stores it (strings as strings, never as numbers, formulas or links), ``None`` for an empty cell."""
    if v is None or v == "":
        return None
    if type(v) is bool:
        return ' t="b"', f"<v>{int(v)}</v>"
    if isinstance(v, (int, float)) and math.isfinite(v):
        return "", f"<v>{v:.16G}</v>"
    if isinstance(v, (date, datetime)):
        v = v.isoformat()
    return ' t="inlineStr"', f"<is>{_text(str(v))}</is>"


class XlsxOut:
    """Screened rows as one ``screened`` sheet, streamed into the workbook package.

    The package (content types, workbook, styles, theme, properties) and the header row are XlsxWriter's
    (constant-memory mode: inline strings); the rows are written here in the very XML it writes for them
    (``_xml_cell``, ``_text``, tested against it). A screened file repeats the same fields after the name in
    row after row, so the XML of each distinct tail is made once and reused with the row's number put in
    its cell references; XlsxWriter dispatched and escaped every cell again (~4 µs a cell)."""

    TAILS = 50_000
    SHEET = "xl/worksheets/sheet1.xml"

    def __init__(self, target: str | Path | IO[bytes], header: Iterable[str] = OUTPUT_COLUMNS):
        import xlsxwriter
        from xlsxwriter.utility import xl_col_to_name

        header = list(header)
        skeleton = io.BytesIO()
        wb = xlsxwriter.Workbook(skeleton, {"constant_memory": True, "in_memory": False,
                                            "strings_to_numbers": False, "strings_to_formulas": False,
                                            "strings_to_urls": False})
        wb.add_worksheet("screened").write_row(0, 0, header)
        wb.close()
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)
        with zipfile.ZipFile(skeleton) as parts:
            for info in parts.infolist():
                if info.filename != self.SHEET:
                    self._zip.writestr(info, parts.read(info))
            sheet = parts.read(self.SHEET).decode("utf-8")
        head, _, rest = sheet.partition("</sheetData>")
        self._head, self._foot = head, ("</sheetData>" + rest).encode("utf-8")
        self._sheet = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close(); the rows, until their extent is known
        self._r = 1
        self._column = xl_col_to_name  # 0 → A, 26 → AA
        self._last_column = xl_col_to_name(max(len(header), 1) - 1)

    def _tail(self, tail: tuple) -> list[bytes]:
        """The XML of cells C… for ``tail``, cut where the row number goes: ``number.join(pieces)``."""
        pieces = [""]
        for j, v in enumerate(tail, start=2):
            cell = _xml_cell(v)
            if cell is not None:
                pieces[-1] += f'<c r="{self._column(j)}'
                pieces.append(f'"{cell[0]}>{cell[1]}</c>')
        return [p.encode("utf-8") for p in pieces]

    def write_rows(self, rows: Iterable[tuple]) -> None:
        tails: dict[tuple, list[bytes]] = {}
        write, chunk, r, size = self._sheet.write, [], self._r, 0
        first_two = [self._column(j) for j in (0, 1)]
        for row in rows:
            r += 1
            number = b"%d" % r
            head = [b'<row r="', number, b'">']
            for column, v in zip(first_two, row[:2], strict=False):
                cell = _xml_cell(v)
                if cell is not None:
                    head.append(f'<c r="{column}{r}"{cell[0]}>{cell[1]}</c>'.encode())
            tail = row[2:]
            pieces = tails.get(tail)
            if pieces is None:
                pieces = put(tails, tail, self._tail(tail), self.TAILS)
            head += (number.join(pieces), b"</row>")
            chunk += head
            size += 1
            if size >= 2048:
                write(b"".join(chunk))
                chunk.clear()
                size = 0
        write(b"".join(chunk))
        self._r = r

    def close(self) -> None:
        """Put the sheet into the package: its extent (``<dimension>``, which readers use to pad rows), the
        rows, the rest of XlsxWriter's sheet."""
        head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{self._last_column}{self._r}"/>', self._head)
        with self._sheet, self._zip.open(self.SHEET, "w", force_zip64=True) as sheet:
            sheet.write(head.encode("utf-8"))
            self._sheet.seek(0)
            shutil.copyfileobj(self._sheet, sheet, 1 << 20)
            sheet.write(self._foot)
        self._zip.close()

