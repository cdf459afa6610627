"""Tamper evidence for the audit log: a hash chain over its entries (kept beside it, in this app's tables)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditSeal(models.Model):
    """``hash = sha256(prev_hash ‖ canonical JSON of the event)``; one per audit event, in id order."""

    event = models.OneToOneField("accounts.AuditEvent", on_delete=models.DO_NOTHING, db_constraint=False,
                                 related_name="seal")
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = _("audit seal")
        verbose_name_plural = _("audit seals")
        ordering = ("event_id",)


class ChainHead(models.Model):
    """One row: the last sealed event and its hash. Updating it first serialises writers (row lock on
    PostgreSQL, the write lock on SQLite), so the chain never forks."""

    last_event_id = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
    seq = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("audit chain head")
        verbose_name_plural = _("audit chain heads")


class RateCounter(models.Model):
    """A fixed-window counter shared by every app node (log-in attempts, anonymous endpoints, IIN checks).

    ``sanat/ops/ratelimit.py`` increments it with one conditional UPDATE, so concurrent requests can never
    all pass a check made before any of them was counted.
    """

    key = models.CharField(max_length=200, unique=True)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")
