"""The teacher's attestation workspace: profile, self-assessment, evidence, plan, reminders sent.

Positions are referenced by their catalog id (``338-03-07``), never by a foreign key (catalog rows are
replaced on reload). Every row belongs to one ``Workspace``, which belongs to one user.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Workspace(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attestation")
    position_id = models.CharField(max_length=32, blank=True)
    profile = models.JSONField(default=dict, blank=True)  # docs/schemas/profile.schema.json
    #: The interface language (``kk``/``ru``) of the workspace page the teacher opened last; the reminder
    #: e-mails are written in it (empty: never opened, Kazakh).
    lang = models.CharField(max_length=2, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attestation workspace")
        verbose_name_plural = _("attestation workspaces")


    def __str__(self) -> str:
        return f"workspace of {self.user_id}"


class SelfAssessment(models.Model):
    """For one criterion of the standard «Педагог», the category whose descriptor fits best."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="assessments")
    criterion = models.CharField(max_length=16)
    category = models.CharField(max_length=20)
    assessed_on = models.DateField()

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = (models.UniqueConstraint(fields=["workspace", "criterion"], name="attestation_one_per_criterion"),)


class Evidence(models.Model):
    """One portfolio file (PDF/JPEG/PNG by content), mapped to competency statements and an achievement."""

    workspace = models.ForeignKey(Workspace, on_delete=models.PROTECT, related_name="evidence")
    title = models.CharField(max_length=200)
    display_name = models.CharField(max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)  # random, under MEDIA_ROOT/attestation/
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    statements = models.JSONField(default=list, blank=True)  # statement texts from decide(...)["evidence"]
    achievement = models.IntegerField(null=True, blank=True)  # index in profile["achievements"]

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence items")
        ordering = ("uploaded_at", "id")


class PlanItem(models.Model):
    """One step of the development plan (generated from the gaps, or added by the teacher)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="plan")
    category = models.CharField(max_length=20)
    text = models.TextField()
    source = models.CharField(max_length=20, default="manual")  # condition | evidence | self | manual
    origin = models.TextField(blank=True)  # the generated text: regeneration skips it even after an edit
    due = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("plan item")
        verbose_name_plural = _("plan items")
        ordering = ("done", "due", "id")


class ReminderSent(models.Model):
    """A category-expiry reminder that was sent: one row per (workspace, category, until, months)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="reminders")
    category = models.CharField(max_length=20)
    until = models.DateField()
    months = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = (models.UniqueConstraint(fields=["workspace", "category", "until", "months"],
                                               name="attestation_reminder_once"),)
