"""A staff file screened end to end through the web job (upload → progress → result), beside a floor.

    .venv/bin/python bench/bench_screen_web.py [--rows 10000,100000,400000]

Each size runs in its own child process on a fresh SQLite database with the catalog loaded: a seeded
synthetic file (``sanat.rules.synthetic_staff``) is POSTed to ``/eligibility/screen/`` by Django's test
client; the Huey task runs in the same process (immediate mode, as in development; in production the
worker process does the same work); the job page is polled for progress and the result downloaded.
Printed: wall time of upload → result, progress updates seen, rows/s, the child's peak RSS, and the floor
measured in the same run: ``sanat.rules.screening.screen_file`` on the same file (no web, no summary).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time, tempfile
os.environ["SANAT_HOME"] = tempfile.mkdtemp()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings_dev")
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0); call_command("load_regulations", verbosity=0)
from datetime import date
from django.test import Client
from django.core.files.uploadedfile import SimpleUploadedFile
from sanat.catalog import store
from sanat.rules import screening
from sanat.eligibility.models import ScreeningJob
mode, src = sys.argv[1], sys.argv[2]
if mode == "floor":
    t = time.perf_counter()
    screening.screen_file(src, src + ".out.csv", store.positions(), date(2025, 9, 1))
    print("SECONDS", time.perf_counter() - t)
else:
    client = Client()
    data = open(src, "rb").read()
    t = time.perf_counter()
    r = client.post("/eligibility/screen/", {"file": SimpleUploadedFile("staff.csv", data), "as_of": "2025-09-01"})
    assert r.status_code == 302, r.status_code
    page = client.get(r["Location"])
    job = ScreeningJob.objects.get()
    size = sum(len(chunk) for chunk in client.get(f"/eligibility/screen/{job.pk}/result").streaming_content)
    seconds = time.perf_counter() - t
    assert job.state == "done" and job.rows_done > 0 and b"data:image/svg+xml" in page.content
    print("SECONDS", seconds)
    print("ROWS", job.rows_done, "ERRORS", job.errors, "RESULT_BYTES", size)
"""


def child(mode: str, src: Path) -> tuple[float, int, str]:
    """(seconds, the child's own peak RSS in KB, its output); a failing child's error is printed."""
    p = subprocess.run([sys.executable, "-c", CHILD + PEAK, mode, str(src)], cwd=ROOT, capture_output=True,
                       text=True, check=False)
    if p.returncode != 0:
        raise SystemExit(f"{mode} child failed ({p.returncode}): {p.stderr[-3000:]}")
    out = p.stdout
    seconds = float(next(line.split()[1] for line in out.splitlines() if line.startswith("SECONDS")))
    peak = int(next(line.split()[1] for line in out.splitlines() if line.startswith("PEAK_KB")))
    return seconds, peak, out


# RUSAGE_CHILDREN keeps the largest child so far: each child reports its own peak instead
PEAK = """
import resource
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="10000,100000,400000")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from sanat.regulation.tqc.catalog import build_catalog
    from sanat.rules import synthetic_staff

    ids = [p["id"] for p in build_catalog()["positions"]]
    print(f"{'rows':>8} {'floor s':>8} {'web job s':>10} {'rows/s':>9} {'ratio':>6} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.rows.split(",")):
            src = Path(tmp) / f"staff-{n}.csv"
            synthetic_staff.write_csv(src, n, ids, delimiter=",")
            floor, _, _ = child("floor", src)
            web, peak, _ = child("web", src)
            print(f"{n:>8} {floor:>8.2f} {web:>10.2f} {n / web:>9.0f} {web / floor:>6.2f} {peak / 1024:>12.0f}")
    print("peak RSS: each child's own (the web child holds the test client's copies of the upload too); "
          "ratio = web job / floor")


if __name__ == "__main__":
    main()
