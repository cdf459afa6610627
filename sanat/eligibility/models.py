# ruff: noqa: RUF012  (Django choices class attributes are lists by convention)
"""A staff-file screening run as a background job: who asked, its progress, its result and summary."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ScreeningJob(models.Model):
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATES = [(QUEUED, QUEUED), (RUNNING, RUNNING), (DONE, DONE), (FAILED, FAILED)]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                              related_name="screening_jobs")
    session_key = models.CharField(max_length=64, blank=True)  # anonymous uploads: the browser session
    lang = models.CharField(max_length=2)
    as_of = models.DateField()
    kind = models.CharField(max_length=4)  # csv | xlsx
    input_name = models.CharField(max_length=80)  # random, under MEDIA_ROOT/screening/
    result_name = models.CharField(max_length=80, blank=True)
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    rows_expected = models.PositiveIntegerField(default=0)  # an estimate from the file, for the progress bar
    rows_done = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)
    failure = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("staff-file screening")
        verbose_name_plural = _("staff-file screenings")
        ordering = ("-created_at",)

    @property
    def percent(self) -> int:
        if self.state == self.DONE:
            return 100
        return min(99, int(100 * self.rows_done / self.rows_expected)) if self.rows_expected else 0
