# ruff: noqa: RUF012  (Django Meta/choices class attributes are lists by convention)
"""The attestation procedure: attesting bodies, rounds, commissions, applications and every step's record.

Positions are referenced by catalog id (``338-03-07``), never by a foreign key. The IIN is never stored:
its keyed hash (``sanat.hiring.iin.keyed_hash``) for matching the testing organisation's file, and the
birth date with the last two digits for the mask.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sanat.hiring import iin as iin_mod
from sanat.web.kit.lang import in_current_lang


class RulesEdition(models.Model):
    """One edition of the procedure settings (stages, thresholds, appeal window, validity), from YAML."""

    code = models.CharField(max_length=50)
    edition = models.CharField(max_length=50)
    is_example = models.BooleanField(default=True)
    data = models.JSONField()  # procedure_rules.check() output
    source_yaml = models.TextField()
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rules edition")
        verbose_name_plural = _("rules editions")
        constraints = [models.UniqueConstraint(fields=["code", "edition"], name="procedure_rules_edition_unique")]
        ordering = ["-loaded_at", "-id"]

    def __str__(self) -> str:
        return f"{self.code} {self.edition}" + (" (EXAMPLE)" if self.is_example else "")


class AttestingBody(models.Model):
    """An organisation that attests its teachers, or an education department."""

    ORGANISATION, DEPARTMENT = "organisation", "department"
    KINDS = [(ORGANISATION, _("Education organisation")), (DEPARTMENT, _("Education department"))]
    kind = models.CharField(max_length=20, choices=KINDS, default=ORGANISATION)
    name_kk = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("attesting body")
        verbose_name_plural = _("attesting bodies")


    @property
    def name(self) -> str:
        return in_current_lang(self.name_kk, self.name_ru)

    def __str__(self) -> str:
        return self.name_kk


class BodyRole(models.Model):
    """An administrator of an attesting body: creates rounds and commissions, checks portfolios."""

    ADMIN = "admin"
    ROLES = [(ADMIN, _("Administrator of the attesting body"))]
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attesting_roles")
    body = models.ForeignKey(AttestingBody, on_delete=models.CASCADE, related_name="staff")
    role = models.CharField(max_length=20, choices=ROLES, default=ADMIN)

    class Meta:
        verbose_name = _("attesting body role")
        verbose_name_plural = _("attesting body roles")
        constraints = [models.UniqueConstraint(fields=["user", "body", "role"], name="procedure_bodyrole_unique")]


class Round(models.Model):
    DRAFT, OPEN, CLOSED = "draft", "open", "closed"
    STATES = [(DRAFT, _("Draft")), (OPEN, _("Accepting applications")), (CLOSED, _("Applications closed"))]
    body = models.ForeignKey(AttestingBody, on_delete=models.PROTECT, related_name="rounds")
    rules = models.ForeignKey(RulesEdition, on_delete=models.PROTECT, related_name="rounds")
    title_kk = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    starts = models.DateField()
    ends = models.DateField()
    quorum = models.PositiveIntegerField()
    positions = models.JSONField(default=list, blank=True)  # catalog ids in scope; empty = every post
    categories = models.JSONField(default=list)  # target categories in scope
    state = models.CharField(max_length=20, choices=STATES, default=DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attestation round")
        verbose_name_plural = _("attestation rounds")
        ordering = ["-starts", "-id"]
        constraints = [models.CheckConstraint(condition=Q(ends__gte=models.F("starts")), name="procedure_round_dates")]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    @property
    def protocol_number(self) -> str:
        return f"{self.starts:%Y}/{self.pk:04d}"

    def __str__(self) -> str:
        return self.title_kk


class Member(models.Model):
    """A seat on the round's attestation commission or on its appeal commission."""

    COMMISSION, APPEAL = "commission", "appeal"
    BOARDS = [(COMMISSION, _("Attestation commission")), (APPEAL, _("Appeal commission"))]
    CHAIR, SECRETARY, MEMBER = "chair", "secretary", "member"
    ROLES = [(CHAIR, _("Chair")), (SECRETARY, _("Secretary (non-voting)")), (MEMBER, _("Member"))]
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attestation_seats")
    board = models.CharField(max_length=20, choices=BOARDS, default=COMMISSION)
    role = models.CharField(max_length=20, choices=ROLES)
    position = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("commission member")
        verbose_name_plural = _("commission members")
        ordering = ["-board", "id"]  # the attestation commission first, then the appeal commission
        constraints = [models.UniqueConstraint(fields=["round", "user", "board"], name="procedure_member_unique")]

    @property
    def votes(self) -> bool:
        return self.role in (self.CHAIR, self.MEMBER)

    @property
    def display_name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class Application(models.Model):
    """A teacher's application for a target category, with the snapshot it was filed with."""

    SUBMITTED, RETURNED, ADMITTED, DECIDED, WITHDRAWN = "submitted", "returned", "admitted", "decided", "withdrawn"
    STATES = [(SUBMITTED, _("Submitted")), (RETURNED, _("Portfolio returned")), (ADMITTED, _("Portfolio complete")),
              (DECIDED, _("Decided")), (WITHDRAWN, _("Withdrawn"))]
    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="applications")
    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attestation_files")
    workspace = models.ForeignKey("attestation.Workspace", on_delete=models.PROTECT, related_name="applications")
    category = models.CharField(max_length=20)
    position_id = models.CharField(max_length=32)
    lang = models.CharField(max_length=2, default="kk")  # the language of the file: the statements as quoted
    full_name = models.CharField(max_length=300)
    iin_hmac = models.CharField(max_length=64)
    iin_last2 = models.CharField(max_length=2)
    birth_date = models.DateField()
    state = models.CharField(max_length=20, choices=STATES, default=SUBMITTED, db_index=True)
    requirements_met = models.BooleanField()
    snapshot = models.JSONField()  # services.snapshot: engine decision (kk, ru), portfolio, edition, date
    submitted_at = models.DateTimeField()
    return_list = models.JSONField(default=list, blank=True)  # absent documents with reasons
    evaluated_at = models.DateTimeField(null=True, blank=True)
    joint = models.JSONField(null=True, blank=True)  # the locked joint generalisation result
    joint_locked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("attestation application")
        verbose_name_plural = _("attestation applications")
        ordering = ["submitted_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["round", "teacher"], name="procedure_application_one_per_teacher"),
            models.UniqueConstraint(fields=["round", "iin_hmac"], name="procedure_application_one_per_iin"),
        ]

    @property
    def iin_masked(self) -> str:
        return iin_mod.masked(self.birth_date, self.iin_last2)

    def __str__(self) -> str:
        return f"#{self.pk} {self.full_name}"


class DocumentCheck(models.Model):
    """Qualification evaluation: one required document of the portfolio, present or absent, with a reason."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="checks")
    order = models.PositiveIntegerField()
    statement = models.TextField()
    present = models.BooleanField(null=True)
    reason = models.TextField(blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    checked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("document check")
        verbose_name_plural = _("document checks")
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["application", "order"], name="procedure_check_unique")]


class KnowledgeResult(models.Model):
    """The knowledge-test (ПББ) result of one application: entered, imported or changed on appeal."""

    ENTERED, IMPORTED, APPEAL = "entered", "imported", "appeal"
    SOURCES = [(ENTERED, _("Entered")), (IMPORTED, _("Imported")), (APPEAL, _("Changed on appeal"))]
    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="knowledge")
    score = models.DecimalField(max_digits=7, decimal_places=2)
    max_score = models.DecimalField(max_digits=7, decimal_places=2)
    threshold = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    passed = models.BooleanField()
    taken_on = models.DateField()
    source = models.CharField(max_length=20, choices=SOURCES)
    recorded_at = models.DateTimeField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("knowledge test result")
        verbose_name_plural = _("knowledge test results")


class MemberSheet(models.Model):
    """One commission member's generalisation marks for one application; read-only once locked."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="sheets")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="sheets")
    marks = models.JSONField(default=dict)  # statement index (str) → {"met": bool, "comment": str}
    locked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("member's sheet")
        verbose_name_plural = _("members' sheets")
        constraints = [models.UniqueConstraint(fields=["application", "member"], name="procedure_sheet_unique")]


class Decision(models.Model):
    ASSIGN, CONFIRM, REFUSE = "assign", "confirm", "refuse"
    OUTCOMES = [(ASSIGN, _("Assign the category")), (CONFIRM, _("Confirm the category")),
                (REFUSE, _("Refuse"))]
    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="decision")
    number = models.CharField(max_length=40, unique=True)
    outcome = models.CharField(max_length=20, choices=OUTCOMES)
    category = models.CharField(max_length=20)
    reasons = models.TextField(blank=True)
    votes_for = models.PositiveIntegerField()
    votes_against = models.PositiveIntegerField()
    present = models.PositiveIntegerField()
    since = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    grounds = models.JSONField(default=list)  # services.decisions.grounds(): what the record shows
    decided_on = models.DateField()
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attestation decision")
        verbose_name_plural = _("attestation decisions")


class Appeal(models.Model):
    """A teacher's appeal of the knowledge-test result, decided by the appeal commission."""

    PENDING, UPHELD, REJECTED = "pending", "upheld", "rejected"
    STATES = [(PENDING, _("Under review")), (UPHELD, _("Upheld")), (REJECTED, _("Rejected"))]
    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="appeals")
    text = models.TextField()
    filed_at = models.DateTimeField()
    state = models.CharField(max_length=20, choices=STATES, default=PENDING)
    old_score = models.DecimalField(max_digits=7, decimal_places=2)
    new_score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    reasons = models.TextField(blank=True)
    effect = models.JSONField(null=True, blank=True)  # {"score": [old, new], "passed": [old, new]}
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["filed_at", "id"]
