"""Who the logged-in user is on this site: their roles (for the header) and which parts of the site they
can use (for the navigation). Read from the apps' own role tables; the pages check access again on every
request, so the navigation only hides what a role cannot use, it grants nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

ROLE_LABELS = {
    "admin": _("Site administrator"), "org_admin": _("Organisation administrator"),
    "viewer": _("Education-department viewer"), "secretary": _("Commission secretary"),
    "member": _("Commission member"), "centre_staff": _("Training-centre staff"),
    "teacher": _("Teacher or candidate"),
}


@dataclass
class Who:
    roles: list[str] = field(default_factory=list)
    email_verified: bool = False

    @property
    def label(self) -> str:
        return ", ".join(str(ROLE_LABELS[r]) for r in self.roles)

    @property
    def staff(self) -> bool:
        """Any hiring staff role (the hiring pages show their competitions)."""
        return bool({"admin", "org_admin", "viewer", "secretary", "member"} & set(self.roles))


def who(user) -> Who:
    """The roles of ``user`` (empty for anonymous users); «teacher or candidate» when there is no other."""
    if not getattr(user, "is_authenticated", False):
        return Who()
    from sanat.hiring.models import CommissionMember, StaffRole
    from sanat.training_centre.models import CentreStaff

    roles = []
    if user.is_superuser:
        roles.append("admin")
    staff = set(StaffRole.objects.filter(user=user).values_list("role", flat=True))
    if StaffRole.ADMIN in staff:
        roles.append("org_admin")
    if StaffRole.VIEWER in staff:
        roles.append("viewer")
    member = set(CommissionMember.objects.filter(user=user).values_list("role", flat=True))
    if CommissionMember.SECRETARY in member:
        roles.append("secretary")
    if member - {CommissionMember.SECRETARY}:
        roles.append("member")
    if CentreStaff.objects.filter(user=user).exists():
        roles.append("centre_staff")
    from sanat.accounts.verification import is_verified

    return Who(roles or ["teacher"], is_verified(user))


def header(request) -> dict:
    """Template context processor: ``who`` for the header and the navigation (computed once, lazily)."""
    cache: dict = {}

    def get() -> Who:
        if "who" not in cache:
            cache["who"] = who(getattr(request, "user", None))
        return cache["who"]

    class Lazy:
        def __getattr__(self, name):
            return getattr(get(), name)

    return {"who": Lazy()}
