# ruff: noqa: RUF012  (Django Meta/choices class attributes are lists by convention)
"""Hiring competitions for vacant teacher posts."""

from __future__ import annotations

import hmac
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sanat.web.kit.lang import in_current_lang

from . import iin as iin_mod

REDACTED = "[redacted]"  # replaces personal data removed by the retention purge (services/retention.py)


class Organisation(models.Model):
    name_kk = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300, blank=True)
    bin = models.CharField("BIN", max_length=12, blank=True)
    address = models.CharField(max_length=300, blank=True)

    @property
    def name(self) -> str:
        return in_current_lang(self.name_kk, self.name_ru)

    def __str__(self) -> str:
        return self.name_kk


class StaffRole(models.Model):
    """A user's role in an organisation (administrator) or over it (education-department viewer)."""

    ADMIN, VIEWER = "admin", "viewer"
    ROLES = [(ADMIN, _("Organisation administrator")), (VIEWER, _("Education-department viewer"))]
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hiring_roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="staff")
    role = models.CharField(max_length=20, choices=ROLES)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organisation", "role"], name="hiring_staffrole_unique")]


class AssessmentSheet(models.Model):
    """One edition of the candidate assessment sheet, loaded from YAML (see ``sheets.py``)."""

    # Tenancy: a sheet imported by an organisation's administrator scores only that organisation's
    # competitions; no organisation = the shipped EXAMPLE or a sheet the platform administrator imported
    # for everyone.
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="assessment_sheets")
    code = models.CharField(max_length=50)
    edition = models.CharField(max_length=50)
    title_kk = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    citation = models.TextField(help_text="The legal act and annex this edition reproduces.")
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    is_example = models.BooleanField(default=False, help_text="EXAMPLE content, never official points.")
    aggregation = models.CharField(max_length=10, default="mean", choices=[("mean", "mean"), ("sum", "sum")])
    tie_break = models.JSONField(default=list, blank=True, help_text="Criterion codes, in order.")
    source_yaml = models.TextField(blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code", "edition"], name="hiring_sheet_org_edition_unique"),
            models.UniqueConstraint(fields=["code", "edition"], condition=models.Q(organisation__isnull=True),
                                    name="hiring_sheet_shared_edition_unique"),
        ]
        ordering = ["code", "-valid_from"]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    @property
    def max_total(self):
        return sum((c.max_points for c in self.criteria.all()), 0)

    def __str__(self) -> str:
        return f"{self.code} {self.edition}" + (" (EXAMPLE)" if self.is_example else "")


class Criterion(models.Model):
    sheet = models.ForeignKey(AssessmentSheet, on_delete=models.CASCADE, related_name="criteria")
    code = models.CharField(max_length=50)
    order = models.PositiveIntegerField()
    title_kk = models.TextField()
    title_ru = models.TextField(blank=True)
    confirming_document_kk = models.TextField(blank=True)
    confirming_document_ru = models.TextField(blank=True)
    max_points = models.DecimalField(max_digits=7, decimal_places=2)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["sheet", "code"], name="hiring_criterion_unique")]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    @property
    def confirming_document(self) -> str:
        return in_current_lang(self.confirming_document_kk, self.confirming_document_ru)

    def __str__(self) -> str:
        return f"{self.code}: {self.title_kk[:60]}"


class Option(models.Model):
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="options")
    code = models.CharField(max_length=50)
    order = models.PositiveIntegerField()
    label_kk = models.TextField()
    label_ru = models.TextField(blank=True)
    points = models.DecimalField(max_digits=7, decimal_places=2)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["criterion", "code"], name="hiring_option_unique")]

    @property
    def label(self) -> str:
        return in_current_lang(self.label_kk, self.label_ru)

    def __str__(self) -> str:
        return f"{self.label_kk[:60]} ({self.points})"


class Competition(models.Model):
    DRAFT, PUBLISHED, CLOSED, SCORED, DECIDED = "draft", "published", "closed", "scored", "decided"
    STATES = [(DRAFT, _("Draft")), (PUBLISHED, _("Published")), (CLOSED, _("Closed")),
              (SCORED, _("Scored")), (DECIDED, _("Decided"))]
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="competitions")
    title_kk = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    accepts_from = models.DateTimeField()
    accepts_until = models.DateTimeField()
    languages = models.JSONField(default=list, help_text='Languages of instruction/work, e.g. ["kk", "ru"].')
    state = models.CharField(max_length=20, choices=STATES, default=DRAFT, db_index=True)
    sheet = models.ForeignKey(AssessmentSheet, null=True, blank=True, on_delete=models.PROTECT)
    quorum = models.PositiveIntegerField(null=True, blank=True, help_text=_("Locked sheets needed; default ⌈2/3⌉ of members."))
    contacts = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The commission meeting the protocol records (entered by the secretary or an administrator; the
    # decisions cannot be recorded without them, so a final protocol always carries them).
    protocol_number = models.CharField(_("Protocol number"), max_length=50, blank=True)
    meeting_date = models.DateField(_("Date of the meeting"), null=True, blank=True)
    meeting_place = models.CharField(_("Place of the meeting"), max_length=300, blank=True)

    class Meta:
        ordering = ["-accepts_from", "id"]
        constraints = [models.CheckConstraint(condition=Q(accepts_until__gt=models.F("accepts_from")),
                                              name="hiring_competition_window")]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    MEETING_FIELDS = ("protocol_number", "meeting_date", "meeting_place")

    def missing_meeting_fields(self) -> list[str]:
        """The protocol's meeting details not entered yet, in the form's order."""
        return [f for f in self.MEETING_FIELDS if not getattr(self, f)]

    def __str__(self) -> str:
        return self.title_kk


class CommissionMember(models.Model):
    CHAIR, MEMBER, SECRETARY = "chair", "member", "secretary"
    ROLES = [(CHAIR, _("Chair")), (MEMBER, _("Member")), (SECRETARY, _("Secretary (non-voting)"))]
    competition = models.ForeignKey(Competition, on_delete=models.CASCADE, related_name="commission")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="commissions")
    role = models.CharField(max_length=20, choices=ROLES)
    position = models.CharField(max_length=300, blank=True, help_text="Job title, printed in the protocol.")

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["competition", "user"], name="hiring_member_unique")]

    @property
    def votes(self) -> bool:
        return self.role in (self.CHAIR, self.MEMBER)

    @property
    def display_name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class Post(models.Model):
    competition = models.ForeignKey(Competition, on_delete=models.CASCADE, related_name="posts")
    order = models.PositiveIntegerField(default=0)
    catalog_position_id = models.CharField(max_length=40, blank=True, help_text="Order 338 catalog id, e.g. 338-03-07.")
    no_regulation_basis = models.BooleanField(default=False, help_text="Custom post with no Order 338 paragraph.")
    title_kk = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    rate = models.DecimalField(max_digits=5, decimal_places=2)
    salary_floor = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(rate__gt=0), name="hiring_post_rate_positive"),
            models.CheckConstraint(
                condition=(Q(no_regulation_basis=True) & Q(catalog_position_id=""))
                | (Q(no_regulation_basis=False) & ~Q(catalog_position_id="")),
                name="hiring_post_basis"),
        ]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    def __str__(self) -> str:
        return f"{self.title_kk} – {self.rate}"


class DocumentRequirement(models.Model):
    """One item of the competition's document list; a copy of the notice edition, editable per competition."""

    ALWAYS, IF_ANY, EXEMPTION = "always", "if_any", "exemption"
    CONDITIONS = [(ALWAYS, _("Required")), (IF_ANY, _("If any")), (EXEMPTION, _("Exemption (not a document)"))]
    competition = models.ForeignKey(Competition, on_delete=models.CASCADE, related_name="requirements")
    number = models.PositiveIntegerField()
    title_kk = models.TextField(blank=True)
    title_ru = models.TextField(blank=True)
    condition = models.CharField(max_length=20, choices=CONDITIONS, default=ALWAYS)
    citation = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["competition", "number"], name="hiring_requirement_unique")]

    @property
    def title(self) -> str:
        return in_current_lang(self.title_kk, self.title_ru)

    @property
    def accepts_upload(self) -> bool:
        return self.condition != self.EXEMPTION


class Application(models.Model):
    SUBMITTED, ACCEPTED, RETURNED, WITHDRAWN = "submitted", "accepted", "returned", "withdrawn"
    STATES = [(SUBMITTED, _("Submitted")), (ACCEPTED, _("Accepted")), (RETURNED, _("Returned")),
              (WITHDRAWN, _("Withdrawn"))]
    competition = models.ForeignKey(Competition, on_delete=models.PROTECT, related_name="applications")
    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applications")
    posts = models.ManyToManyField(Post, related_name="applications")
    idempotency_key = models.UUIDField(unique=True, default=uuid.uuid4)
    state = models.CharField(max_length=20, choices=STATES, default=SUBMITTED, db_index=True)
    # The IIN is never stored: its keyed hash (HMAC-SHA256, settings.SANAT_IIN_KEY) for uniqueness and
    # lookup, and its last two digits for the mask (``900101••••17``, with the birth date). Not four: with
    # the birth date and the check digit, the last four leave only 1-3 possible IINs (two leave ~200).
    iin_hmac = models.CharField("IIN (keyed hash)", max_length=64)
    iin_last2 = models.CharField("IIN (last 2 digits)", max_length=2, blank=True)
    birth_date = models.DateField(null=True, blank=True)  # empty once purged
    last_name = models.CharField(max_length=100)
    first_name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    profile = models.JSONField(null=True, blank=True, help_text="Qualification profile for the rules engine (optional).")
    submitted_at = models.DateTimeField()
    checked_at = models.DateTimeField(null=True, blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    return_reasons = models.JSONField(default=list, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True,
                                     help_text="When the retention purge deleted the files (and, unless selected, the contact data).")

    class Meta:
        ordering = ["submitted_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["competition", "candidate"], name="hiring_application_one_per_candidate"),
            models.UniqueConstraint(fields=["competition", "iin_hmac"], condition=~Q(iin_hmac=REDACTED),
                                    name="hiring_application_one_per_iin"),
        ]

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)

    @property
    def redacted(self) -> bool:
        return self.iin_hmac == REDACTED

    @property
    def iin_masked(self) -> str:
        """All that can be shown (pages, audit log): ``900101••••17``."""
        return REDACTED if self.redacted else iin_mod.masked(self.birth_date, self.iin_last2)

    def iin_matches(self, value: str) -> bool:
        """Whether ``value`` is this application's IIN (constant-time comparison of the keyed hashes)."""
        return not self.redacted and hmac.compare_digest(iin_mod.keyed_hash((value or "").strip()), self.iin_hmac)

    def __str__(self) -> str:
        return f"#{self.pk} {self.full_name}"


class Upload(models.Model):
    """A stored file. Never deleted: a newer upload for the same item supersedes, the old one stays."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="uploads")
    requirement = models.ForeignKey(DocumentRequirement, null=True, blank=True, on_delete=models.PROTECT,
                                    help_text="Empty for additional information.")
    original_name = models.CharField(max_length=255)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    purged_at = models.DateTimeField(null=True, blank=True, help_text="The file was deleted by the retention purge.")

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["application", "sha256"])]


class ScoreSheet(models.Model):
    """One member's assessment of one application; read-only once locked."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="score_sheets")
    member = models.ForeignKey(CommissionMember, on_delete=models.PROTECT, related_name="score_sheets")
    locked_at = models.DateTimeField(null=True, blank=True)
    total = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "member"], name="hiring_scoresheet_unique")]


class Score(models.Model):
    sheet = models.ForeignKey(ScoreSheet, on_delete=models.PROTECT, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT)
    option = models.ForeignKey(Option, on_delete=models.PROTECT)
    points = models.DecimalField(max_digits=7, decimal_places=2)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sheet", "criterion"], name="hiring_score_unique")]


class Decision(models.Model):
    """The commission's decision for one post, with the ranking it saw."""

    competition = models.ForeignKey(Competition, on_delete=models.PROTECT, related_name="decisions")
    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="decisions")
    winner = models.ForeignKey(Application, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(blank=True)
    ranking = models.JSONField(default=list)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post"], name="hiring_decision_one_per_post")]


class StagedUpload(models.Model):
    """A file received with an application form that failed validation (e.g. a mistyped IIN). It is kept
    under the form's idempotency key and attached when the same form is submitted successfully."""

    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    competition = models.ForeignKey(Competition, on_delete=models.PROTECT, related_name="+")
    key = models.UUIDField(db_index=True)
    requirement = models.ForeignKey(DocumentRequirement, null=True, blank=True, on_delete=models.PROTECT)
    original_name = models.CharField(max_length=255)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    attached_to = models.ForeignKey(Application, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    purged_at = models.DateTimeField(null=True, blank=True, help_text="The file was deleted by the retention purge.")

    class Meta:
        ordering = ["id"]
