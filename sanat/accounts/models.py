# ruff: noqa: RUF012  (Django Meta/choices class attributes are lists by convention)
"""Append-only audit log shared by every app."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit event."""


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("audit events are append-only")

    def delete(self):
        raise AppendOnlyError("audit events are append-only")

    def bulk_update(self, *args, **kwargs):
        raise AppendOnlyError("audit events are append-only")


class AuditEvent(models.Model):
    """Who did what, when, to which object, with the state before and after.

    Append-only: ``save`` of an existing row, ``delete`` and queryset ``update``/``delete`` raise;
    a database trigger (SQLite and PostgreSQL, see migration 0002) refuses UPDATE and DELETE too.
    """

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("actor"), null=True, blank=True, on_delete=models.PROTECT,
                              related_name="+")
    actor_label = models.CharField(_("actor's name"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=100, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True, db_index=True)
    object_id = models.CharField(_("object number"), max_length=64, blank=True, db_index=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    ip = models.GenericIPAddressField(_("network address"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["id"]
        indexes = [models.Index(fields=["object_type", "object_id", "id"])]

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("audit events are append-only")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_label} {self.action} {self.object_type}:{self.object_id}"


class VerifiedEmail(models.Model):
    """An e-mail address its user proved to own (by the link sent to it). A user's address counts as
    verified only while ``user.email`` equals ``email`` (changing the address needs a new proof)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="verified_email")
    email = models.EmailField()
    verified_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("verified e-mail address")
        verbose_name_plural = _("verified e-mail addresses")


    def __str__(self) -> str:
        return f"{self.email} ({self.user_id})"
