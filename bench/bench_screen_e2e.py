"""End-to-end screening of a staff file, whole processes, beside a floor measured in the same run.

    .venv/bin/python bench/bench_screen_e2e.py [--rows 10000,100000,400000] [--format csv|xlsx] [--plain]

For each size: a seeded synthetic staff file (``sanat.rules.synthetic_staff``) is written once; then, each
in its own child process, (1) the floor: read the same file with the same reader and write as many rows of
the same width with the same writer, no decisions; (2) ``sanat screen`` itself. Printed: wall time, CPU
time of the child, rows/s, the child's peak RSS (``resource.getrusage(RUSAGE_CHILDREN)`` after it exits),
distinct cases decided, and the growth ratio (seconds per row relative to the smallest size: ~1 = linear).
``--plain`` adds the row-by-row reference path (slow: minutes at 400k).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import sys
from sanat.rules.staff_io import CsvOut, XlsxOut, open_table
src, dst = sys.argv[1], sys.argv[2]
with open_table(src) as t:
    rows = ((n, "", "", "", "", "", "", "", "", "") for n, _ in t.rows)
    if dst.endswith(".xlsx"):
        out = XlsxOut(dst); out.write_rows(rows); out.close()
    else:
        with open(dst, "wb") as f:
            CsvOut(f).write_rows(rows)
"""

SCREEN = """
import sys
from sanat.cli import main
sys.exit(main(["screen", "--input", sys.argv[1], "--output", sys.argv[2], "--as-of", "2025-09-01"]))
"""

PLAIN = """
import sys
from datetime import date
from sanat.rules import catalog as cat, staff
positions = cat.positions_by_id(load_catalog())
staff.write(sys.argv[2], staff.screen_plain(staff.read_rows(sys.argv[1]), positions, date(2025, 9, 1)))
"""


PEAK = """
import atexit, resource, sys
atexit.register(lambda: print(f"PEAK_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr))
"""


def child(code: str, src: Path, dst: Path) -> tuple[float, float, float, str]:
    """(wall s, child CPU s, child peak RSS MB, stdout) of one child process (its own ``ru_maxrss``,
    reported by the child at exit: ``RUSAGE_CHILDREN`` keeps the largest of all children so far)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", PEAK + code, str(src), str(dst)], capture_output=True, text=True,
                       cwd=ROOT, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit(f"child failed ({p.returncode}): {p.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = [int(line.split()[1]) for line in p.stderr.splitlines() if line.startswith("PEAK_KB ")]
    return wall, cpu, (peak[-1] if peak else after.ru_maxrss) / 1024, p.stdout.strip()


def make_file(rows: int, fmt: str, folder: Path) -> Path:
    from sanat.commands.catalog import load_catalog
    from sanat.rules import synthetic_staff

    ids = [p["id"] for p in load_catalog()["positions"]]
    csv_path = synthetic_staff.write_csv(folder / f"staff-{rows}.csv", rows, ids)
    if fmt == "csv":
        return csv_path
    import csv

    import xlsxwriter

    path = folder / f"staff-{rows}.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    ws = wb.add_worksheet()
    with csv_path.open(encoding="utf-8") as f:
        for i, r in enumerate(csv.reader(f, delimiter=";")):
            ws.write_row(i, 0, r)
    wb.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="10000,100000,400000")
    ap.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    ap.add_argument("--plain", action="store_true", help="also run the row-by-row reference path")
    a = ap.parse_args()
    sizes = [int(x) for x in a.rows.split(",")]
    print(f"{'rows':>8} {'what':>7} {'wall s':>8} {'cpu s':>7} {'rows/s':>9} {'peak MB':>8} {'s/row vs first':>15}  note")
    first: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in sizes:
            src = make_file(n, a.format, folder)
            runs = [("floor", FLOOR), ("screen", SCREEN)] + ([("plain", PLAIN)] if a.plain else [])
            for what, code in runs:
                dst = folder / f"out-{what}-{n}.{a.format}"
                wall, cpu, rss, out = child(code, src, dst)
                per_row = wall / n
                first.setdefault(what, per_row)
                print(f"{n:>8} {what:>7} {wall:8.2f} {cpu:7.2f} {n / wall:9,.0f} {rss:8.0f} "
                      f"{per_row / first[what]:15.2f}  {out}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
