# ruff: noqa: RUF012  (Django Meta/choices class attributes are lists by convention)
"""Training centre: cohorts of the 80-hour attestation course, participants, attendance, checklists,
final-project scores and certificates. Course facts (topics, hours, rubric, checklists) are never stored
here: they are read from ``build_course()`` and referenced by topic code, tool and item number."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CentreStaff(models.Model):
    """A member of the training centre's staff: may create cohorts (granted in the Django admin)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="training_staff")

    class Meta:
        verbose_name = _("centre staff member")
        verbose_name_plural = _("centre staff")

    def __str__(self) -> str:
        return self.user.get_username()


class Cohort(models.Model):
    IN_PERSON, DISTANCE = "in_person", "distance"
    FORMATS = [(IN_PERSON, _("In person")), (DISTANCE, _("Distance"))]

    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(_("format"), max_length=20, choices=FORMATS)
    start_date = models.DateField(_("start date"))
    trainers = models.TextField(_("trainers"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark"), null=True, blank=True)
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("staff"), related_name="training_cohorts")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-start_date", "id"]

    def __str__(self) -> str:
        return self.title


class Participant(models.Model):
    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.PROTECT, related_name="participants")
    name = models.CharField(_("name"), max_length=200)
    school = models.CharField(_("school"), max_length=300)
    email = models.EmailField(_("e-mail"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="training_participations")
    practical_tasks_done = models.BooleanField(_("practical tasks done"), default=False)
    final_work_defended = models.BooleanField(_("final work defended"), default=False)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["cohort", "email"], name="training_participant_email_unique")]

    def __str__(self) -> str:
        return self.name


class Attendance(models.Model):
    """Hours attended of one activity of one topic (``activity`` is a column of the cohort's plan)."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="attendance")
    topic = models.CharField(max_length=10)
    activity = models.CharField(max_length=20)
    hours = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance records")
        constraints = [models.UniqueConstraint(fields=["participant", "topic", "activity"],
                                               name="training_attendance_unique")]


class ChecklistTick(models.Model):
    """One ticked item of one of the course's self-assessment tools (``tool`` number, 1-based ``item``)."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="ticks")
    tool = models.PositiveSmallIntegerField()
    item = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("checklist tick")
        verbose_name_plural = _("checklist ticks")
        constraints = [models.UniqueConstraint(fields=["participant", "tool", "item"], name="training_tick_unique")]


class FinalScore(models.Model):
    participant = models.OneToOneField(Participant, on_delete=models.PROTECT, related_name="final_score")
    points = models.JSONField()  # {"1": 8, ...} criterion number -> points
    total = models.PositiveSmallIntegerField()
    max_total = models.PositiveSmallIntegerField()
    scored_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("final project score")
        verbose_name_plural = _("final project scores")


class Certificate(models.Model):
    participant = models.OneToOneField(Participant, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="certificate")
    number = models.CharField(_("number"), max_length=32, unique=True)
    participant_name = models.CharField(_("participant's name"), max_length=200)
    course_title = models.TextField(_("course title"))
    hours = models.PositiveSmallIntegerField(_("hours"), null=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked = models.BooleanField(_("revoked"), default=False)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    modules = models.JSONField(_("modules"), default=list, blank=True)  # [{number, title, hours}] as issued

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.number
