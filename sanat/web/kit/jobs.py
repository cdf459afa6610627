"""What every background job of the site shares (the staff-file screening, the documents of ``sanat.docjobs``):
a job belongs to the account or, for a visitor, the browser session that started it; its files live in
private storage under random names, written atomically; old jobs are purged with their files."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils import timezone


class OwnedJob(models.Model):
    """The fields every background job has: a random id, its account or browser session, its state and
    when it was asked for and finished (``created_at`` decides the purge)."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATES = [(QUEUED, QUEUED), (RUNNING, RUNNING), (DONE, DONE), (FAILED, FAILED)]  # noqa: RUF012

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                              related_name="%(app_label)s_%(class)s_jobs")
    session_key = models.CharField(max_length=64, blank=True)  # a visitor's job: the browser session
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)

    @property
    def running(self) -> bool:
        return self.state in (self.QUEUED, self.RUNNING)


def owner_fields(request) -> dict:
    """``owner`` and ``session_key`` of a job started by this request (a session is created if needed)."""
    if request.user.is_authenticated:
        return {"owner": request.user, "session_key": ""}
    if not request.session.session_key:
        request.session.save()
    return {"owner": None, "session_key": request.session.session_key}


def is_owner(job, request) -> bool:
    """Whether this browser's user (a job with an owner) or session (a visitor's job) started ``job``."""
    if job.owner_id is not None:
        return request.user.is_authenticated and request.user.pk == job.owner_id
    key = request.session.session_key
    return bool(key) and key == job.session_key


def write_private(folder: Path, content: bytes, suffix: str) -> str:
    """Store ``content`` under a random name in ``folder`` (via a ``.part`` file: never half a file); the name."""
    name = f"{secrets.token_hex(16)}.{suffix}"
    tmp = folder / f"{name}.part"
    tmp.write_bytes(content)
    os.replace(tmp, folder / name)
    return name


def purge(queryset, folder: Path, name_fields: Iterable[str], days: int, now=None) -> int:
    """Delete the jobs of ``queryset`` created more than ``days`` days ago, and their files in ``folder``."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    old = list(queryset.filter(created_at__lt=cutoff))
    for job in old:
        for field in name_fields:
            name = getattr(job, field)
            if name:
                (folder / name).unlink(missing_ok=True)
    queryset.filter(pk__in=[j.pk for j in old]).delete()
    return len(old)
