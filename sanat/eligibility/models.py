"""A staff-file screening run as a background job: who asked, its progress, its result and summary."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sanat.web.kit.jobs import OwnedJob


class ScreeningJob(OwnedJob):
    lang = models.CharField(max_length=2)
    as_of = models.DateField()
    kind = models.CharField(max_length=4)  # csv | xlsx
    input_name = models.CharField(max_length=80)  # random, under MEDIA_ROOT/screening/
    result_name = models.CharField(max_length=80, blank=True)
    rows_expected = models.PositiveIntegerField(default=0)  # an estimate from the file, for the progress bar
    rows_done = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)
    failure = models.TextField(blank=True)

    class Meta(OwnedJob.Meta):
        verbose_name = _("staff-file screening")
        verbose_name_plural = _("staff-file screenings")

    @property
    def percent(self) -> int:
        if self.state == self.DONE:
            return 100
        return min(99, int(100 * self.rows_done / self.rows_expected)) if self.rows_expected else 0
