"""Who may see and do what: by role and by object."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from sanat.web.kit.errors import Forbidden

from ..models import Application, CommissionMember, Competition, StaffRole


def is_org_admin(user, organisation_id: int) -> bool:
    return user.is_authenticated and (user.is_superuser or StaffRole.objects.filter(
        user=user, organisation_id=organisation_id, role=StaffRole.ADMIN).exists())


def membership(user, competition: Competition) -> CommissionMember | None:
    if not user.is_authenticated:
        return None
    return CommissionMember.objects.filter(user=user, competition=competition).first()


def visible_competitions(user) -> QuerySet[Competition]:
    """Staff-side list: administrators and viewers see their organisations, members their commissions."""
    if user.is_superuser:
        return Competition.objects.all()
    if not user.is_authenticated:
        return Competition.objects.none()
    return Competition.objects.filter(
        Q(organisation__staff__user=user) | Q(commission__user=user)).distinct()


def can_view_staff_side(user, competition: Competition) -> bool:
    if not user.is_authenticated:
        return False
    return (user.is_superuser or membership(user, competition) is not None
            or StaffRole.objects.filter(user=user, organisation_id=competition.organisation_id).exists())


def require_admin(user, competition_or_org_id) -> None:
    org_id = getattr(competition_or_org_id, "organisation_id", competition_or_org_id)
    if not is_org_admin(user, org_id):
        raise Forbidden(_("Only the organisation's administrators may do this."))


def require_secretary(user, competition: Competition) -> None:
    m = membership(user, competition)
    if not (user.is_superuser or (m and m.role == CommissionMember.SECRETARY)):
        raise Forbidden(_("Only the commission secretary may do this."))


def require_voting_member(user, competition: Competition) -> CommissionMember:
    m = membership(user, competition)
    if m is None or not m.votes:
        raise Forbidden(_("Only voting members of the commission may do this."))
    return m


def require_staff_view(user, competition: Competition) -> None:
    if not can_view_staff_side(user, competition):
        raise Forbidden(_("This competition is not yours."))


def staff_roles(user, competition: Competition) -> list[str]:
    """The roles ``user`` holds on the competition's side: organisation roles (admin, viewer) and the
    commission role (secretary, member, ...)."""
    if not user.is_authenticated:
        return []
    roles = list(StaffRole.objects.filter(user=user, organisation_id=competition.organisation_id)
                 .values_list("role", flat=True))
    roles += list(CommissionMember.objects.filter(user=user, competition=competition).values_list("role", flat=True))
    return roles


def is_candidate(user, competition: Competition) -> bool:
    return user.is_authenticated and Application.objects.filter(competition=competition, candidate=user).exists()


def can_view_application(user, application: Application) -> bool:
    """The candidate themself, or staff of the competition (commission, administrators, viewers) who are
    not themselves candidates in it (conflict of interest: a candidate never reads a rival's files)."""
    if not user.is_authenticated:
        return False
    if application.candidate_id == user.pk:
        return True
    if not user.is_superuser and is_candidate(user, application.competition):
        return False
    return can_view_staff_side(user, application.competition)


def require_application_view(user, application: Application) -> None:
    if not can_view_application(user, application):
        raise Forbidden(_("This application is not yours."))


def roles_summary(user, competition: Competition) -> dict[str, bool]:
    """Flags for templates (which buttons to show); the services check again on every action."""
    m = membership(user, competition)
    admin = is_org_admin(user, competition.organisation_id)
    return {
        "admin": admin,
        "secretary": bool(user.is_authenticated and (user.is_superuser or (m and m.role == CommissionMember.SECRETARY))),
        "voting": bool(m and m.votes),
        "staff": can_view_staff_side(user, competition),
    }
