"""Readers and writers for staff files, side by side: ``.venv/bin/python bench/bench_staff_io.py [ROWS]``.

Reads a seeded synthetic staff file (``sanat.rules.synthetic_staff``) into Python tuples row by row (what
screening needs: every row goes through Python anyway) and writes as many 10-column result rows. Prints
CPU seconds (``time.process_time``: other load on the machine counts less) per library. polars, python-
calamine and fastexcel are optional: measured only when installed. The choice is in docs/performance.md.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from pathlib import Path


def cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from sanat.commands.catalog import load_catalog
    from sanat.rules import synthetic_staff
    from sanat.rules.staff_io import OUTPUT_COLUMNS, open_table

    ids = [p["id"] for p in load_catalog()["positions"]]
    folder = Path(tempfile.mkdtemp(prefix="sanat-io-"))
    src = synthetic_staff.write_csv(folder / "staff.csv", rows, ids)
    out_rows = [(i, "Аты Жөні", "338-03-07", "Мұғалім", "high", "expert", "yes", "researcher",
                 "Педагогикалық жұмыс өтілі: 3 жыл, керек 4 жыл (пункт 12)", "") for i in range(rows)]
    print(f"{rows} rows; CPU seconds")

    def csv_read():
        with open_table(src) as t:
            for _ in t.rows:
                pass

    print(f"read  CSV   csv module (staff_io)      {cpu(csv_read):6.2f}")
    try:
        import polars as pl

        def polars_read():
            df = pl.read_csv(src, separator=";", infer_schema=False)
            for _ in df.iter_rows():
                pass

        print(f"read  CSV   polars + iter_rows        {cpu(polars_read):6.2f}")
    except ImportError:
        print("read  CSV   polars                    (not installed)")

    xlsx = folder / "staff.xlsx"
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(xlsx), {"constant_memory": True, "strings_to_numbers": False})
    ws = wb.add_worksheet()
    with src.open(encoding="utf-8") as f:
        for i, r in enumerate(csv.reader(f, delimiter=";")):
            ws.write_row(i, 0, r)
    wb.close()

    def openpyxl_read():
        with open_table(xlsx) as t:
            for _ in t.rows:
                pass

    print(f"read  XLSX  openpyxl read-only        {cpu(openpyxl_read):6.2f}")
    try:
        from python_calamine import CalamineWorkbook

        def calamine_read():
            for _ in CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).iter_rows():
                pass

        print(f"read  XLSX  python-calamine           {cpu(calamine_read):6.2f}")
    except ImportError:
        print("read  XLSX  python-calamine           (not installed)")

    def csv_write():
        s = io.StringIO()
        w = csv.writer(s)
        w.writerow(OUTPUT_COLUMNS)
        w.writerows(out_rows)

    print(f"write CSV   csv module                {cpu(csv_write):6.2f}")

    def xlsxwriter_write():
        wb = xlsxwriter.Workbook(str(folder / "a.xlsx"), {"constant_memory": True})
        ws = wb.add_worksheet("screened")
        for i, r in enumerate(out_rows):
            ws.write_row(i, 0, r)
        wb.close()

    print(f"write XLSX  xlsxwriter constant-memory {cpu(xlsxwriter_write):6.2f}")

    def openpyxl_write():
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("screened")
        for r in out_rows:
            ws.append(r)
        wb.save(folder / "b.xlsx")

    print(f"write XLSX  openpyxl write-only       {cpu(openpyxl_write):6.2f}")
    try:
        import polars as pl

        def polars_write():
            pl.DataFrame(out_rows, schema=list(OUTPUT_COLUMNS), orient="row").write_csv(folder / "c.csv")

        print(f"write CSV   polars (from rows)        {cpu(polars_write):6.2f}")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
