"""Benchmark: one attestation round of 2,000 teachers — the ПББ results import (one CSV file, IIN-keyed),
the joint generalisation result and the decision for every file (each writes the category to the
teacher's profile), and the commission's protocol (PDF kk, DOCX ru) — each beside a floor measured in
the same run: the irreducible work of the same size done the plainest way (read the CSV and hash each
IIN; one bulk UPDATE of every profile; WeasyPrint of a bare table with the same rows and columns).

Run: ``.venv/bin/python bench/bench_attestation_round.py [N]``. Throwaway SQLite database in a temp
``SANAT_HOME`` unless ``SANAT_DATABASE_URL`` is set. Setup (catalog, teachers, applications with their
snapshot, members' locked sheets) is not timed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
import tempfile
import time

os.environ.setdefault("SANAT_HOME", tempfile.mkdtemp(prefix="sanat-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings")
os.environ.setdefault("SANAT_DEBUG", "0")  # production mode: DEBUG would keep every SQL query in memory
os.environ.setdefault("SANAT_SECRET_KEY", "bench-only-secret-key")
os.environ.setdefault("SANAT_IIN_KEY", "bench-only-iin-key")  # required when DEBUG is off

import django

django.setup()
import logging  # noqa: E402

logging.getLogger("weasyprint").setLevel(logging.WARNING)  # production logging prints every layout step

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from sanat.attestation.models import Workspace  # noqa: E402
from sanat.attestation_procedure.models import (  # noqa: E402
    Application,
    AttestingBody,
    BodyRole,
    DocumentCheck,
    KnowledgeResult,
    Member,
    MemberSheet,
)
from sanat.attestation_procedure.services import (  # noqa: E402
    applications,
    decisions,
    documents,
    generalisation,
    knowledge,
    rounds,
)
from sanat.documents.render import html_to_pdf  # noqa: E402
from sanat.hiring import iin  # noqa: E402

PID = "338-03-07"
PROFILE = {"education": [{"level": "higher", "pedagogical": True}], "experience": {"pedagogical": 6},
           "categories": [{"code": "moderator", "since": "2022-01-01", "until": "2027-06-01"}],
           "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                             "title": "prize"}]}


def build(n: int):
    User = get_user_model()
    body = AttestingBody.objects.create(name_kk="Бенчмарк мектебі", name_ru="Школа бенчмарка")
    admin = User.objects.create(username="admin")
    BodyRole.objects.create(user=admin, body=body)
    today = timezone.localdate()
    rnd = rounds.create_round(admin, body.pk, title_kk="Бенчмарк", title_ru="Бенчмарк", starts=today,
                              ends=today + dt.timedelta(days=30), quorum=2, positions=[], categories=["expert"])
    seats = {}
    for name, role in (("chair", Member.CHAIR), ("m1", Member.MEMBER), ("m2", Member.MEMBER), ("sec", Member.SECRETARY)):
        seats[name] = rounds.add_member(admin, rnd, User.objects.create(username=name, first_name=name), "commission",
                                        role)
    rounds.set_state(admin, rnd, "open")
    users = User.objects.bulk_create([User(username=f"t{i}", first_name=f"Аты{i}", last_name=f"Педагог{i}")
                                      for i in range(n)])
    wss = Workspace.objects.bulk_create([Workspace(user=u, position_id=PID, profile=PROFILE) for u in users])
    snap = applications.snapshot(wss[0], "expert", "kk", today)  # the same profile: one engine decision
    apps, iins, serial = [], [], 0
    now = timezone.now()
    for i, (u, ws) in enumerate(zip(users, wss, strict=True)):
        value = None
        while value is None:
            serial += 1
            value = iin.make(dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28), "F" if i % 2 else "M", serial % 10000)
        iins.append(value)
        apps.append(Application(round=rnd, teacher=u, workspace=ws, category="expert", position_id=PID, lang="kk",
                                full_name=f"Педагог{i} Аты{i}", iin_hmac=iin.keyed_hash(value), iin_last2=value[-2:],
                                birth_date=iin.parse(value).birth_date, state=Application.ADMITTED,
                                requirements_met=snap["requirements_met"], snapshot=snap, submitted_at=now,
                                evaluated_at=now))
    apps = Application.objects.bulk_create(apps, batch_size=500)
    docs = applications.required_documents(snap)
    DocumentCheck.objects.bulk_create([DocumentCheck(application=a, order=d["index"], statement=d["statement"],
                                                     present=True, checked_at=now) for a in apps for d in docs],
                                      batch_size=2000)
    csv_text = "ЖСН;балл;күні\n" + "".join(f"{v};{40 + (i * 7) % 60};01.03.2026\n" for i, v in enumerate(iins))
    return rnd, seats, apps, csv_text.encode()


def add_sheets(apps, seats) -> None:
    """Two members' locked sheets per file (every statement met, one in five not met): setup, not timed."""
    now = timezone.now()
    rows = []
    for i, a in enumerate(apps):
        marks = {str(s["index"]): {"met": i % 5 != 0, "comment": ""} for s in a.snapshot["statements"]}
        rows += [MemberSheet(application=a, member=seats[m], marks=marks, locked_at=now) for m in ("chair", "m1")]
    MemberSheet.objects.bulk_create(rows, batch_size=2000)


def floor_import(data: bytes, rnd) -> float:
    """Read the CSV, hash each IIN, look it up, insert one result row per line in one transaction."""
    t0 = time.perf_counter()
    by_hash = dict(rnd.applications.values_list("iin_hmac", "pk"))
    now = timezone.now()
    rows = []
    for row in list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))[1:]:
        rows.append(KnowledgeResult(application_id=by_hash[iin.keyed_hash(row[0])], score=row[1], max_score=100,
                                    threshold=60, passed=False, taken_on=now.date(), source="imported",
                                    recorded_at=now))
    with transaction.atomic():
        KnowledgeResult.objects.bulk_create(rows, batch_size=500)
        transaction.set_rollback(True)  # measured, then undone: the real import stores them
    return time.perf_counter() - t0


def floor_decisions(apps) -> float:
    """Two committed one-row writes per file (the joint result and the decision are two separate acts,
    each its own transaction): the disk's commit cost the real steps cannot go below."""
    t0 = time.perf_counter()
    for a in apps:
        for _step in range(2):
            Workspace.objects.filter(pk=a.workspace_id).update(position_id=PID)
    return time.perf_counter() - t0


def floor_pdf(rows: list[dict]) -> float:
    """WeasyPrint of a bare HTML table with the protocol's rows and columns (no other content)."""
    t0 = time.perf_counter()
    cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r.values()) + "</tr>" for r in rows)
    html_to_pdf(f"<html><head><meta charset=utf-8><style>@page{{size:A4 landscape}}td{{border:.5pt solid #666;"
                f"font-size:8pt}}</style></head><body><table>{cells}</table></body></html>")
    return time.perf_counter() - t0


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    call_command("load_regulations", verbosity=0)
    rnd, seats, apps, data = build(n)
    print(f"teachers={n}, post {PID}, target category expert, {len(apps[0].snapshot['statements'])} statements, "
          f"3 voting members (setup {time.perf_counter() - t0:.1f} s, not timed); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    sec = seats["sec"].user
    figures = []

    floor = floor_import(data, rnd)
    t0 = time.perf_counter()
    stored = knowledge.import_results(sec, rnd, data, file_name="results.csv")
    figures.append(("ПББ import", time.perf_counter() - t0, floor, f"{stored} results"))

    add_sheets(apps, seats)
    fresh = list(rnd.applications.select_related("round__rules", "workspace", "knowledge").prefetch_related("appeals"))
    t0 = time.perf_counter()
    outcome_counts: dict[str, int] = {}
    for a in fresh:
        generalisation.lock_joint(sec, a)
        outcome = decisions.suggested(a, timezone.localdate())
        decisions.decide(sec, a, outcome=outcome, votes_for=3, votes_against=0, present=3,
                         reasons="" if outcome != "refuse" else "бенчмарк")
        outcome_counts[outcome] = outcome_counts.get(outcome, 0) + 1
    figures.append(("joint result + decision", time.perf_counter() - t0, floor_decisions(fresh),
                    ", ".join(f"{k} {v}" for k, v in sorted(outcome_counts.items()))))

    t0 = time.perf_counter()
    pdf = documents.protocol(sec, rnd, "kk", "pdf")
    t_pdf = time.perf_counter() - t0
    from django.utils import translation

    with translation.override("kk"):
        rows = documents.protocol_data(rnd, "kk")["rows"]
    figures.append(("protocol PDF (kk)", t_pdf, floor_pdf(rows), f"{len(pdf) // 1024} KiB"))
    t0 = time.perf_counter()
    docx = documents.protocol(sec, rnd, "ru", "docx")
    figures.append(("protocol DOCX (ru)", time.perf_counter() - t0, None, f"{len(docx) // 1024} KiB"))

    total = sum(f[1] for f in figures)
    floor_total = sum(f[2] for f in figures if f[2] is not None)
    for name, t, floor, note in figures:
        ratio = f" = {t / floor:.1f}× the floor" if floor else ""
        print(f"{name:26} {t:7.2f} s   floor {floor:6.2f} s{ratio}   ({note})" if floor is not None
              else f"{name:26} {t:7.2f} s   (no floor; {note})")
    print(f"round total {total:.2f} s (floors {floor_total:.2f} s)")
    assigned = next(a for a in fresh if a.decision.outcome == "assign")
    ws = Workspace.objects.get(pk=assigned.workspace_id)
    assert any(c["code"] == "expert" for c in ws.profile["categories"]), "the category reached the profile"
    return 0


if __name__ == "__main__":
    sys.exit(main())
