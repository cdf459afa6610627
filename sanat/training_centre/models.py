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

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_staff")

    def __str__(self) -> str:
        return self.user.get_username()


class Cohort(models.Model):
    IN_PERSON, DISTANCE = "in_person", "distance"
    FORMATS = [(IN_PERSON, _("In person")), (DISTANCE, _("Distance"))]

    title = models.CharField(max_length=200)
    format = models.CharField(max_length=20, choices=FORMATS)
    start_date = models.DateField()
    trainers = models.TextField(blank=True)
    pass_mark = models.PositiveSmallIntegerField(null=True, blank=True)
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="training_cohorts")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "id"]

    def __str__(self) -> str:
        return self.title


class Participant(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="participants")
    name = models.CharField(max_length=200)
    school = models.CharField(max_length=300)
    email = models.EmailField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="training_participations")
    practical_tasks_done = models.BooleanField(default=False)
    final_work_defended = models.BooleanField(default=False)

    class Meta:
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
        constraints = [models.UniqueConstraint(fields=["participant", "topic", "activity"],
                                               name="training_attendance_unique")]


class ChecklistTick(models.Model):
    """One ticked item of one of the course's self-assessment tools (``tool`` number, 1-based ``item``)."""

    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="ticks")
    tool = models.PositiveSmallIntegerField()
    item = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["participant", "tool", "item"], name="training_tick_unique")]


class FinalScore(models.Model):
    participant = models.OneToOneField(Participant, on_delete=models.PROTECT, related_name="final_score")
    points = models.JSONField()  # {"1": 8, ...} criterion number -> points
    total = models.PositiveSmallIntegerField()
    max_total = models.PositiveSmallIntegerField()
    scored_at = models.DateTimeField(auto_now=True)


class Certificate(models.Model):
    participant = models.OneToOneField(Participant, on_delete=models.PROTECT, related_name="certificate")
    number = models.CharField(max_length=32, unique=True)
    participant_name = models.CharField(max_length=200)
    course_title = models.TextField()
    hours = models.PositiveSmallIntegerField(null=True)
    start_date = models.DateField()
    end_date = models.DateField()
    issued_at = models.DateTimeField(auto_now_add=True)
    revoked = models.BooleanField(default=False)
    revoked_reason = models.TextField(blank=True)
    modules = models.JSONField(default=list, blank=True)  # [{number, title, hours}] as issued

    def __str__(self) -> str:
        return self.number
