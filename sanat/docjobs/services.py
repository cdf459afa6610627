"""Documents made in the background: start a job (the same access check as the direct download), run it in a
Huey task with progress, keep the result in private storage for its owner only, purge it after some days.

Which documents: the kinds that apps register (``kinds.py``). The job is the requester's (account, or the
browser session of a visitor) and is checked again by the kind on every page and download: someone who
lost access to the competition or cohort since cannot read what they asked for before.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from huey.contrib.djhuey import db_task

from sanat.accounts.services import record
from sanat.documents.jobs import Progress
from sanat.web.kit import jobs as jobkit
from sanat.web.kit.errors import NotFound, ServiceError
from sanat.web.kit.lang import current_lang
from sanat.web.kit.storage import private_root

from . import kinds
from .models import DocumentJob

log = logging.getLogger(__name__)


def folder() -> Path:
    return private_root("documents")


def keep_days() -> int:
    """How long a made document is kept (``SANAT_DOCUMENT_JOB_KEEP_DAYS``, default 2): it holds names."""
    return int(getattr(settings, "SANAT_DOCUMENT_JOB_KEEP_DAYS", 2))


def start(request, kind: str, params: dict) -> DocumentJob:
    """The job making ``kind`` with ``params`` for this request's user or session (queued). The same one
    while it is still queued or running (a second click does not make it twice). Refuses like the direct
    download would (``Forbidden``/``NotFound``/the app's ``ServiceError``)."""
    k = kinds.get(kind)
    k.check(request.user, params)
    owner = jobkit.owner_fields(request)
    running = DocumentJob.objects.filter(kind=kind, params=params, state__in=(DocumentJob.QUEUED, DocumentJob.RUNNING),
                                         **owner).first()
    if running is not None:
        return running
    job = DocumentJob.objects.create(kind=kind, params=params, lang=current_lang(request), **owner)
    record(request.user, "document_job.started", job, after={"kind": kind, "params": params})
    run_document_job(str(job.pk))
    job.refresh_from_db()
    return job


def job_for(request, pk) -> DocumentJob:
    """The job if this browser's user or session started it and may still see its object; else
    ``NotFound`` (never revealing that it exists) or the kind's ``Forbidden``."""
    job = DocumentJob.objects.filter(pk=pk).first()
    if job is None or not jobkit.is_owner(job, request) or job.kind not in kinds.KINDS:
        raise NotFound(_("No such document."))
    kinds.get(job.kind).check(request.user, job.params)
    return job


def title(job: DocumentJob) -> str:
    return kinds.get(job.kind).title(job.params)


def back(job: DocumentJob) -> str:
    return kinds.get(job.kind).back(job.params)


def _actor(job: DocumentJob):
    return job.owner if job.owner_id is not None else AnonymousUser()


def run(job_id: str) -> None:
    """Make the document (the Huey task's body). Never raises: a failure is stored with a message in the
    job's language for its page."""
    job = DocumentJob.objects.filter(pk=job_id).first()
    if job is None:  # purged before the consumer got to it
        return
    DocumentJob.objects.filter(pk=job.pk).update(state=DocumentJob.RUNNING, started_at=timezone.now())

    def sink(value: float) -> None:
        DocumentJob.objects.filter(pk=job.pk).update(progress=value)

    actor = _actor(job)
    with translation.override(job.lang):
        try:
            content, ctype, name = kinds.get(job.kind).render(actor, job.params, Progress(sink))
            stored = jobkit.write_private(folder(), content, name.rpartition(".")[2] or "bin")
        except ServiceError as exc:  # a refusal the direct download would show (no access any more, …)
            _fail(job, actor, str(exc))
            return
        except Exception:
            log.exception("document job %s (%s) failed", job.pk, job.kind)
            _fail(job, actor, "")  # the page says it in the reader's language
            return
    DocumentJob.objects.filter(pk=job.pk).update(state=DocumentJob.DONE, progress=1.0, result_name=stored,
                                                 filename=name, content_type=ctype, size=len(content),
                                                 finished_at=timezone.now())
    record(actor, "document_job.done", job, after={"kind": job.kind, "file": name, "bytes": len(content),
                                                   "sha256": hashlib.sha256(content).hexdigest()})


def _fail(job: DocumentJob, actor, message: str) -> None:
    DocumentJob.objects.filter(pk=job.pk).update(state=DocumentJob.FAILED, failure=message[:2000],
                                                 finished_at=timezone.now())
    record(actor, "document_job.failed", job, after={"kind": job.kind, "message": message[:500] or "error"})


#: The Huey task (``immediate`` in development and tests); ``tasks.py`` lists it for the consumer. Defined
#: here, beside the work it queues, so that this module never imports ``tasks`` (no cycle).
run_document_job = db_task()(run)


def result_path(job: DocumentJob) -> Path:
    if job.state != DocumentJob.DONE or not job.result_name:
        raise NotFound(_("The document is not ready yet."))
    path = folder() / job.result_name
    if not path.exists():
        raise NotFound(_("The document is no longer kept; ask for it again."))
    return path


def downloaded(request, job: DocumentJob) -> None:
    record(request.user, "document_job.downloaded", job, after={"kind": job.kind, "file": job.filename})


def status(job: DocumentJob) -> dict:
    """What the progress page polls."""
    return {"state": job.state, "percent": job.percent}


def purge_old(now=None) -> int:
    """Delete document jobs older than ``keep_days()`` with their files."""
    return jobkit.purge(DocumentJob.objects.all(), folder(), ("result_name",), keep_days(), now)
