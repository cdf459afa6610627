"""Large protocols and announcement packages are made in the background (``sanat.docjobs``): the threshold
switches direct vs job, the job's file is the direct download's document, only its requester reads it."""

from __future__ import annotations

import io
import zipfile

import pytest

from sanat.docjobs.models import DocumentJob
from sanat.documents.pdf_text import pdf_text
from sanat.hiring.services import protocol
from tests.conftest import saved_name

from .test_decisions import scored  # noqa: F401  (fixture)
from .test_protocol_document import docx_text


@pytest.fixture
def frozen(monkeypatch, scored):  # noqa: F811
    """The protocol prints when it was generated: one instant for the direct and the job's render."""
    from sanat.hiring.services import clock

    at = clock.now()
    monkeypatch.setattr("sanat.hiring.services.clock.now", lambda: at)
    return scored


def _job_download(client, r) -> tuple[DocumentJob, bytes]:
    assert r.status_code == 302 and "/documents/jobs/" in r["Location"], r
    job = DocumentJob.objects.get(pk=r["Location"].rstrip("/").rsplit("/", 1)[1])
    assert job.state == "done" and job.percent == 100
    got = client.get(f"/documents/jobs/{job.pk}/download")
    assert got.status_code == 200
    return job, b"".join(got.streaming_content)


@pytest.mark.parametrize(("lang", "fmt"), [("kk", "pdf"), ("ru", "docx")])
def test_threshold_switches_direct_and_job_and_the_job_gives_the_same_document(client, world, frozen, settings,
                                                                                 lang, fmt):
    comp, _a = frozen
    url = f"/hiring/manage/{comp.pk}/protocol-{lang}.{fmt}"
    client.force_login(world.secretary)
    settings.SANAT_PROTOCOL_JOB_THRESHOLD = 1  # one accepted application: direct
    direct = client.get(url)
    assert direct.status_code == 200 and saved_name(direct) == f"protocol-{comp.pk}-{lang}.{fmt}"
    settings.SANAT_PROTOCOL_JOB_THRESHOLD = 0  # more than the threshold: a job
    job, content = _job_download(client, client.get(url))
    assert job.filename == f"protocol-{comp.pk}-{lang}.{fmt}" and job.owner == world.secretary
    read = pdf_text if fmt == "pdf" else docx_text
    assert read(content) == read(direct.content)
    expected, _t, _n = protocol.protocol_file(world.secretary, comp, fmt, lang)
    assert read(content) == read(expected)
    assert client.get(f"/hiring/manage/{comp.pk}/protocol-{lang}.html").status_code == 200  # HTML: always direct
    from sanat.accounts.models import AuditEvent

    assert AuditEvent.objects.filter(action="protocol.downloaded", after__format=fmt).count() >= 2  # direct + job


def test_pdf_progress_comes_from_the_pages_laid_out(client, world, frozen, settings, monkeypatch):
    comp, _a = frozen
    from sanat.docjobs import services

    seen = []
    real = services.Progress
    monkeypatch.setattr(services, "Progress", lambda sink: real(lambda v: (seen.append(v), sink(v)), every=0))
    settings.SANAT_PROTOCOL_JOB_THRESHOLD = 0
    client.force_login(world.secretary)
    _job_download(client, client.get(f"/hiring/manage/{comp.pk}/protocol-kk.pdf"))
    assert seen == sorted(seen) and len(seen) >= 6 and seen[-1] > 0.95  # WeasyPrint's steps and pages


def test_someone_else_gets_404_and_a_removed_member_403(client, world, frozen, settings):
    comp, _a = frozen
    settings.SANAT_PROTOCOL_JOB_THRESHOLD = 0
    client.force_login(world.secretary)
    r = client.get(f"/hiring/manage/{comp.pk}/protocol-ru.pdf")
    job_url = r["Location"]
    for user in (world.outsider, world.m1, world.cand):  # m1 may read the protocol, but not this job
        client.force_login(user)
        assert client.get(job_url).status_code == 404
        assert client.get(job_url + "download").status_code == 404
    client.force_login(world.outsider)
    assert client.get(f"/hiring/manage/{comp.pk}/protocol-ru.pdf").status_code == 403  # no job for him
    from sanat.hiring.models import CommissionMember

    CommissionMember.objects.filter(competition=comp, user=world.secretary).delete()
    client.force_login(world.secretary)
    assert client.get(job_url).status_code == 403 and client.get(job_url + "download").status_code == 403


@pytest.mark.parametrize(("prefix", "words"), [("", "Құжатты жасау мүмкін болмады"),
                                                ("/ru", "Документ не удалось сформировать")])
def test_a_failed_render_is_a_message_not_a_500(client, world, frozen, settings, monkeypatch, prefix, words):
    comp, _a = frozen
    settings.SANAT_PROTOCOL_JOB_THRESHOLD = 0

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(protocol, "render_pdf", broken)
    client.force_login(world.secretary)
    r = client.get(f"{prefix}/hiring/manage/{comp.pk}/protocol-kk.pdf", follow=True)
    page = r.content.decode()
    assert r.status_code == 200 and words in page and 'id="download"' not in page


def test_the_announcement_package_has_every_language_and_format(client, world, frozen):
    comp, _a = frozen
    client.logout()  # public: a visitor's job, kept for the browser session
    page = client.get(f"/hiring/c/{comp.pk}/").content.decode()
    assert 'id="announcement-package"' in page
    job, content = _job_download(client, client.post(f"/hiring/c/{comp.pk}/announcement.zip"))
    assert job.owner is None and job.session_key
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        names = sorted(z.namelist())
        assert names == sorted(f"announcement-{comp.pk}-{lang}.{fmt}" for lang in ("kk", "ru") for fmt in ("pdf", "docx"))
        direct = client.get(f"/hiring/c/{comp.pk}/announcement-ru.pdf")
        assert pdf_text(z.read(f"announcement-{comp.pk}-ru.pdf")) == pdf_text(direct.content)
    other = client.__class__()
    assert other.get(f"/documents/jobs/{job.pk}/download").status_code == 404  # another browser


def test_a_large_announcement_file_goes_to_a_job(client, world, frozen, settings):
    comp, _a = frozen
    settings.SANAT_ANNOUNCEMENT_JOB_POSTS = 1  # two posts: more than one
    direct_html = client.get(f"/hiring/c/{comp.pk}/announcement-kk.html")
    assert direct_html.status_code == 200
    _job, content = _job_download(client, client.get(f"/hiring/c/{comp.pk}/announcement-kk.docx"))
    settings.SANAT_ANNOUNCEMENT_JOB_POSTS = 60
    direct = client.get(f"/hiring/c/{comp.pk}/announcement-kk.docx")
    assert direct.status_code == 200 and docx_text(content) == docx_text(direct.content)
    assert saved_name(direct) == f"announcement-{comp.pk}-kk.docx"
    assert not direct_html.has_header("Content-Disposition")  # shown in the competition page's frame
    assert "frame-ancestors 'self'" in direct_html["Content-Security-Policy"]


def test_a_draft_announcement_package_is_not_found_for_visitors(client, world):
    from sanat.hiring.services import competitions

    draft = competitions.create_competition(world.admin, world.org, title_kk="Жоба", title_ru="Черновик",
                                            accepts_from=world.comp.accepts_from, accepts_until=world.comp.accepts_until,
                                            languages=["kk"], quorum=None, contacts="")
    assert client.post(f"/hiring/c/{draft.pk}/announcement.zip").status_code == 404
    assert not DocumentJob.objects.exists()
