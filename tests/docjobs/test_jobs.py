"""The background-document mechanism itself (a test kind): owner only, progress to 100 %, a failure shown
in kk and ru (never a 500), a running job reused, old jobs purged with their files, every step audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone

from sanat.accounts.models import AuditEvent
from sanat.docjobs import kinds, services
from sanat.docjobs.models import DocumentJob
from sanat.web.kit.errors import Forbidden, ServiceError
from tests.conftest import saved_name

pytestmark = pytest.mark.django_db
ALLOWED: set[str] = set()


def url(name, job):
    return {"docjobs:job": f"/documents/jobs/{job.pk}/", "docjobs:status": f"/documents/jobs/{job.pk}/status",
            "docjobs:download": f"/documents/jobs/{job.pk}/download"}[name]


def _check(user, params):
    if user.get_username() not in ALLOWED:
        raise Forbidden("no")


def _render(user, params, progress):
    if params.get("fail") == "crash":
        raise RuntimeError("boom")
    if params.get("fail") == "refused":
        raise ServiceError("Refused for a reason the user may read.")
    for _i in progress.items(range(4), 4):
        pass
    return b"content " + str(params["n"]).encode(), "text/plain", f"test-{params['n']}.txt"


@pytest.fixture
def kind(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    kinds.register(kinds.Kind("test.kind", _check, _render, lambda p: "Құжат", lambda p: "/"))
    yield "test.kind"
    kinds.KINDS.pop("test.kind")
    ALLOWED.clear()


@pytest.fixture
def users():
    User = get_user_model()
    a, b = User.objects.create_user("owner", password="x"), User.objects.create_user("other", password="x")
    ALLOWED.update({"owner", "other"})
    return a, b


def _request(user):
    r = RequestFactory().get("/")
    r.user = user
    from django.contrib.sessions.backends.db import SessionStore

    r.session = SessionStore()
    r.LANGUAGE_CODE = "kk"
    return r


def test_done_job_reaches_100_and_only_its_owner_reads_it(client, kind, users, monkeypatch):
    owner, other = users
    seen = []
    real = services.Progress
    monkeypatch.setattr(services, "Progress", lambda sink: real(lambda v: (seen.append(v), sink(v)), every=0))
    job = services.start(_request(owner), kind, {"n": 1})
    assert job.state == "done" and job.percent == 100 and seen[-1] == 1.0 and 0 < seen[0] < 1
    client.force_login(owner)
    page = client.get(url("docjobs:job", job))
    assert page.status_code == 200 and "Құжат дайын." in page.content.decode() and page["Cache-Control"] == "no-store"
    assert client.get(url("docjobs:status", job)).json() == {"state": "done", "percent": 100}
    got = client.get(url("docjobs:download", job))
    assert b"".join(got.streaming_content) == b"content 1" and saved_name(got) == "test-1.txt"
    client.force_login(other)  # another user: as if the job did not exist
    for name in ("docjobs:job", "docjobs:status", "docjobs:download"):
        assert client.get(url(name, job)).status_code == 404
    client.logout()
    assert client.get(url("docjobs:download", job)).status_code == 404
    actions = set(AuditEvent.objects.filter(object_id=str(job.pk)).values_list("action", flat=True))
    assert actions == {"document_job.started", "document_job.done", "document_job.downloaded"}


def test_the_owner_who_lost_access_gets_403(client, kind, users):
    owner, _other = users
    job = services.start(_request(owner), kind, {"n": 2})
    ALLOWED.discard("owner")
    client.force_login(owner)
    assert client.get(url("docjobs:job", job)).status_code == 403
    assert client.get(url("docjobs:download", job)).status_code == 403
    with pytest.raises(Forbidden):
        services.start(_request(owner), kind, {"n": 3})


@pytest.mark.parametrize(("fail", "kk", "ru"), [
    ("crash", "Құжатты жасау мүмкін болмады", "Документ не удалось сформировать"),
    ("refused", "Refused for a reason the user may read.", "Refused for a reason the user may read.")])
def test_a_failure_is_a_message_in_kk_and_ru_never_a_500(client, kind, users, fail, kk, ru):
    owner, _other = users
    job = services.start(_request(owner), kind, {"n": 4, "fail": fail})
    assert job.state == "failed"
    client.force_login(owner)
    for prefix, text in (("", kk), ("/ru", ru)):  # an error: in the reader's language; a refusal: as stored
        page = client.get(f"{prefix}/documents/jobs/{job.pk}/")
        assert page.status_code == 200 and text in page.content.decode() and 'id="download"' not in page.content.decode()
    assert client.get(url("docjobs:download", job)).status_code == 404
    assert AuditEvent.objects.filter(action="document_job.failed", object_id=str(job.pk)).exists()


def test_a_running_job_is_reused_not_made_twice(kind, users):
    owner, _other = users
    job = DocumentJob.objects.create(owner=owner, kind=kind, params={"n": 5}, lang="kk", state="running")
    assert services.start(_request(owner), kind, {"n": 5}).pk == job.pk
    assert services.start(_request(owner), kind, {"n": 6}).pk != job.pk


def test_progress_page_polls_with_a_static_script_and_refreshes_without_one(client, kind, users):
    owner, _other = users
    job = DocumentJob.objects.create(owner=owner, kind=kind, params={"n": 7}, lang="kk", state="running",
                                     progress=0.42)
    client.force_login(owner)
    for prefix, words in (("", "Құжат жасалып жатыр"), ("/ru", "Документ формируется")):
        r = client.get(prefix + url("docjobs:job", job))
        page = r.content.decode()
        assert words in page and 'value="42"' in page and "job-progress.js" in page
        assert '<noscript><meta http-equiv="refresh"' in page and "<script>" not in page  # no inline script
        assert "script-src 'self'" in r["Content-Security-Policy"]
    assert client.get(url("docjobs:status", job)).json() == {"state": "running", "percent": 42}


def test_purge_removes_old_jobs_and_their_files(kind, users, settings):
    owner, _other = users
    settings.SANAT_DOCUMENT_JOB_KEEP_DAYS = 2
    old = services.start(_request(owner), kind, {"n": 8})
    new = services.start(_request(owner), kind, {"n": 9})
    DocumentJob.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=3))
    old_file, new_file = services.folder() / old.result_name, services.folder() / new.result_name
    assert old_file.exists() and new_file.exists()
    from sanat.docjobs.tasks import purge_old_document_jobs

    assert purge_old_document_jobs.call_local() == 1
    assert not old_file.exists() and new_file.exists()
    assert list(DocumentJob.objects.values_list("pk", flat=True)) == [new.pk]


def test_a_visitors_job_belongs_to_the_browser_session(client, kind):
    ALLOWED.add("")  # anonymous
    r = _request(__import__("django.contrib.auth.models", fromlist=["AnonymousUser"]).AnonymousUser())
    job = services.start(r, kind, {"n": 10})
    assert job.owner is None and job.session_key == r.session.session_key
    assert client.get(url("docjobs:job", job)).status_code == 404  # another browser


def test_the_orphan_sweep_knows_the_documents_area(kind, users):
    import os
    import time

    from sanat.ops.orphans import purge_orphan_files

    owner, _other = users
    job = services.start(_request(owner), kind, {"n": 11})
    kept, stray = services.folder() / job.result_name, services.folder() / "left-by-a-crash.txt.part"
    stray.write_bytes(b"x")
    for p in (kept, stray):
        old = time.time() - 3 * 86400
        os.utime(p, (old, old))
    sweep = purge_orphan_files()
    assert sweep.deleted == [stray] and kept.exists() and "documents" not in sweep.unknown_areas
