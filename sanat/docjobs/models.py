# ruff: noqa: RUF012  (Django choices class attributes are lists by convention)
"""A document made in the background (a large protocol, an announcement package, a cohort's certificates):
who asked, what (a registered kind and its parameters), its progress and its result file."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class DocumentJob(models.Model):
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATES = [(QUEUED, QUEUED), (RUNNING, RUNNING), (DONE, DONE), (FAILED, FAILED)]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                              related_name="document_jobs")
    session_key = models.CharField(max_length=64, blank=True)  # a visitor's job: the browser session
    kind = models.CharField(max_length=40)  # a registered kind: hiring.protocol, training.certificates, …
    params = models.JSONField(default=dict)  # the kind's parameters: the object's id, format, language
    lang = models.CharField(max_length=2)  # the interface language when it was asked for
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    progress = models.FloatField(default=0.0)  # 0…1
    result_name = models.CharField(max_length=80, blank=True)  # random, under MEDIA_ROOT/documents/
    filename = models.CharField(max_length=200, blank=True)  # the name the download gets
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    failure = models.TextField(blank=True)  # a refusal's message in the job's language; empty: an error
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = [models.Index(fields=("kind", "state"))]

    @property
    def percent(self) -> int:
        if self.state == self.DONE:
            return 100
        return min(99, int(100 * self.progress))

    @property
    def running(self) -> bool:
        return self.state in (self.QUEUED, self.RUNNING)
