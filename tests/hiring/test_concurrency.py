"""Concurrent double submits and scores create no duplicates (threads, each with its own connection).

PostgreSQL serialises writers of one competition with ``select_for_update``; SQLite (development)
has no row locks, so the services take a process-level lock there (see ``applications.serialised``).
"""

import threading
import uuid

import pytest
from django.db import connection
from django.utils import translation

from sanat.accounts.models import AuditEvent
from sanat.hiring.models import Application, Score, ScoreSheet, Upload
from sanat.hiring.services import applications, competitions, scoring
from sanat.hiring.services.errors import HiringError

from .conftest import apply_as, build_world, pdf

THREADS = 8


def run_concurrently(fn, n=THREADS):
    barrier = threading.Barrier(n)
    results, errors = [], []

    def worker(i):
        try:
            barrier.wait()
            with translation.override("en"):
                results.append(fn(i))
        except Exception as exc:  # collected and asserted on by the caller
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


@pytest.fixture
def world_tx(transactional_db, private_media):
    return build_world()


def test_double_submit_and_double_upload(world_tx, private_media):
    w = world_tx
    key = uuid.uuid4()
    results, errors = run_concurrently(lambda i: apply_as(w.cand, w.comp, [w.math], key=key, docs=[]).pk)
    assert not errors and len(set(results)) == 1
    assert Application.objects.count() == 1
    assert AuditEvent.objects.filter(action="application.submitted").count() == 1

    app = Application.objects.get()
    req = w.comp.requirements.get(number=1)
    results, errors = run_concurrently(lambda i: applications.store_upload(w.cand, app, req, pdf("same.pdf")))
    assert not errors and len({row.pk for row, _created in results}) == 1
    assert sum(created for _row, created in results) == 1
    assert Upload.objects.count() == 1
    assert len(list((private_media / "hiring").iterdir())) == 1   # no orphan or temp file left


def test_concurrent_scores_and_locks(world_tx, clock):
    w = world_tx
    app = apply_as(w.cand, w.comp, [w.math])
    applications.check(w.secretary, app, accept=True)
    clock.advance(days=3)
    competitions.close(w.admin, w.comp)
    app = Application.objects.get(pk=app.pk)
    picks = {"education": "higher", "experience": "1_3", "category": "expert", "recommendation": "positive"}
    choices = {c.pk: c.options.get(code=picks[c.code]).pk for c in w.comp.sheet.criteria.all()}  # read before

    def score(i):
        try:
            return scoring.save_scores(w.m1, app, choices, lock=True).pk
        except HiringError as exc:
            assert "locked" in str(exc)
            return None

    results, errors = run_concurrently(score)
    assert not errors
    assert len({r for r in results if r}) == 1
    assert ScoreSheet.objects.filter(member__user=w.m1).count() == 1
    assert Score.objects.count() == 4
    assert AuditEvent.objects.filter(action="scoresheet.locked").count() == 1
    assert ScoreSheet.objects.get().total == 3 + 1 + 3 + 3
