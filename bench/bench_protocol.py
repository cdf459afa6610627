"""Benchmark (issue 14): time to first response of the protocol download for 2,000 candidates — the job's
progress page (the document is made in the background) against the direct render — each beside a floor
measured in the same run.

The competition is ``bench_hiring.build`` (2,000 accepted candidates, 3 voting members, one post). The
requests go through the whole Django stack (test client: middleware, session, CSP). The queue is switched
to a real (non-immediate) Huey for the timed request, so the job start only stores and queues the job,
as production does with Redis; the background work is then run here and timed separately.

Floors: for the job start, a minimal page of the same site (the job's status JSON: one session, one
query); for the direct render, WeasyPrint of the protocol's ranking lines alone in preformatted blocks
(a bare table is no floor: WeasyPrint lays out thousands of cells far slower than the protocol itself).

Run: ``.venv/bin/python bench/bench_protocol.py [N] [RUNS]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_hiring
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from huey.contrib.djhuey import HUEY

from sanat.docjobs import services as docjobs
from sanat.docjobs.models import DocumentJob
from sanat.documents.render import html_to_pdf
from sanat.hiring.models import CommissionMember
from sanat.hiring.services import protocol

FIRST_RESPONSE_LIMIT_S = 2.0  # the issue: an answer within 2 s


def floor_pdf(data: dict) -> float:
    """WeasyPrint of the protocol's ranking lines alone, as plain preformatted blocks of 50 lines (the layout
    the protocol itself uses for long rankings): the text's own cost, without headings, tables or styles."""
    rows = [r for sec in data["sections"] for r in sec.rows]
    lines = [f"{r['rank']:<5}{r['id']:<7}{r['name'][:29]:<30}" + "".join(f"{c:<16}" for c in r["cells"])
             + str(r["score"]) for r in rows]
    blocks = "".join(f"<pre>{chr(10).join(lines[i:i + 50])}</pre>" for i in range(0, len(lines), 50))
    t0 = time.perf_counter()
    html_to_pdf(f"<html><head><meta charset=utf-8><style>@page{{size:A4 landscape}}pre{{font-size:7pt}}</style>"
                f"</head><body>{blocks}</body></html>")
    return time.perf_counter() - t0


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    comp = bench_hiring.build(n)
    secretary = CommissionMember.objects.get(competition=comp, role="secretary").user
    client = Client()
    client.force_login(secretary)
    url = f"/ru/hiring/manage/{comp.pk}/protocol-ru.pdf"
    print(f"candidates={n}, 3 voting members (setup {time.perf_counter() - t0:.1f} s, not timed); "
          f"threshold {settings.SANAT_PROTOCOL_JOB_THRESHOLD}; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs")

    html_to_pdf("<p>warm-up: fonts</p>")  # font discovery once, outside the timings
    direct, start, floor_page, work, floor_doc, pages = [], [], [], [], [], []
    for i in range(runs):
        settings.SANAT_PROTOCOL_JOB_THRESHOLD = 10 ** 9  # direct, as before issue 14
        t, r = timed(lambda: client.get(url))
        assert r.status_code == 200 and r["Content-Type"] == "application/pdf", r
        direct.append(t)

        settings.SANAT_PROTOCOL_JOB_THRESHOLD = 300
        HUEY.immediate = False  # production: the request only queues the job
        t0 = time.perf_counter()
        r = client.get(url)
        assert r.status_code == 302, r
        page = client.get(r["Location"])
        start.append(time.perf_counter() - t0)
        assert page.status_code == 200 and 'id="job-progress"' in page.content.decode()
        job = DocumentJob.objects.get(pk=r["Location"].rstrip("/").rsplit("/", 1)[1])
        t, _r = timed(lambda job=job: client.get(f"/ru/documents/jobs/{job.pk}/status"))
        floor_page.append(t)

        HUEY.immediate = True
        samples = []
        real = docjobs.Progress
        docjobs.Progress = lambda sink, real=real, samples=samples: real(
            lambda v: (samples.append(v), sink(v)), every=0.4)
        t, _ = timed(lambda job=job: docjobs.run(str(job.pk)))
        docjobs.Progress = real
        job.refresh_from_db()
        assert job.state == "done", job.failure
        work.append(t)
        pages.append(len(samples))
        floor_doc.append(floor_pdf(protocol.build(comp)))
        print(f"run {i + 1}: direct PDF {direct[-1]:.2f} s (floor: bare text {floor_doc[-1]:.2f} s) | job: first "
              f"response {start[-1] * 1000:.0f} ms (floor: status JSON {floor_page[-1] * 1000:.0f} ms), "
              f"made in the background in {work[-1]:.2f} s with {pages[-1]} progress updates "
              f"({job.size // 1024} KiB)")
    med = statistics.median
    print(f"median: direct {med(direct):.2f} s vs job start page {med(start) * 1000:.0f} ms "
          f"(floors: {med(floor_doc):.2f} s bare text PDF, {med(floor_page) * 1000:.0f} ms minimal page); "
          f"background render {med(work):.2f} s")
    ok = med(start) < FIRST_RESPONSE_LIMIT_S
    print(f"time to first response {med(start):.2f} s (limit {FIRST_RESPONSE_LIMIT_S} s) -> "
          f"{'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
