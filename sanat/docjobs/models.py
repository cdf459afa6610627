"""A document made in the background (a large protocol, an announcement package, a cohort's certificates):
who asked, what (a registered kind and its parameters), its progress and its result file."""

from __future__ import annotations

from django.db import models

from sanat.web.kit.jobs import OwnedJob


class DocumentJob(OwnedJob):
    kind = models.CharField(max_length=40)  # a registered kind: hiring.protocol, training.certificates, …
    params = models.JSONField(default=dict)  # the kind's parameters: the object's id, format, language
    lang = models.CharField(max_length=2)  # the interface language when it was asked for
    progress = models.FloatField(default=0.0)  # 0…1
    result_name = models.CharField(max_length=80, blank=True)  # random, under MEDIA_ROOT/documents/
    filename = models.CharField(max_length=200, blank=True)  # the name the download gets
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    failure = models.TextField(blank=True)  # a refusal's message in the job's language; empty: an error
    started_at = models.DateTimeField(null=True, blank=True)

    class Meta(OwnedJob.Meta):
        indexes = (models.Index(fields=("kind", "state")),)

    @property
    def percent(self) -> int:
        if self.state == self.DONE:
            return 100
        return min(99, int(100 * self.progress))
