"""Who may see and do what in the attestation procedure: by role and by object.

Roles: a body administrator (``BodyRole``) runs the body's rounds and checks portfolios; a seat on the
round's commission (chair, secretary, member) or appeal commission (``Member``); a teacher owns their
own applications. A commission member sees only the rounds they sit on; a teacher only their own file.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from ..models import Application, AttestingBody, BodyRole, Member, Round
from .errors import Forbidden


def is_body_admin(user, body_id: int) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or BodyRole.objects.filter(
        user=user, body_id=body_id, role=BodyRole.ADMIN).exists()))


def admin_bodies(user) -> QuerySet[AttestingBody]:
    if user.is_superuser:
        return AttestingBody.objects.all()
    if not user.is_authenticated:
        return AttestingBody.objects.none()
    return AttestingBody.objects.filter(staff__user=user, staff__role=BodyRole.ADMIN).distinct()


def seat(user, rnd: Round, board: str = Member.COMMISSION) -> Member | None:
    if not user.is_authenticated:
        return None
    return Member.objects.filter(user=user, round=rnd, board=board).select_related("user").first()


def visible_rounds(user) -> QuerySet[Round]:
    """Staff side: the body administrators' rounds and the rounds the user sits on (either commission)."""
    if user.is_superuser:
        return Round.objects.all()
    if not user.is_authenticated:
        return Round.objects.none()
    return Round.objects.filter(Q(body__staff__user=user) | Q(members__user=user)).distinct()


def can_view_round(user, rnd: Round) -> bool:
    if not user.is_authenticated:
        return False
    return (user.is_superuser or is_body_admin(user, rnd.body_id)
            or Member.objects.filter(user=user, round=rnd).exists())


def require_round_view(user, rnd: Round) -> None:
    if not can_view_round(user, rnd):
        raise Forbidden(_("This round is not yours."))


def require_body_admin(user, body_id: int) -> None:
    if not is_body_admin(user, body_id):
        raise Forbidden(_("Only the administrators of the attesting body may do this."))


def require_secretary(user, rnd: Round) -> Member | None:
    """The commission's secretary or chair (they keep the record); a superuser acts without a seat."""
    m = seat(user, rnd)
    if user.is_authenticated and user.is_superuser:
        return m
    if m is None or m.role not in (Member.SECRETARY, Member.CHAIR):
        raise Forbidden(_("Only the commission's secretary or chair may do this."))
    return m


def require_voting(user, rnd: Round, board: str = Member.COMMISSION) -> Member:
    m = seat(user, rnd, board)
    if m is None or not m.votes:
        raise Forbidden(_("Only voting members of the commission may do this."))
    return m


def can_view_application(user, app: Application) -> bool:
    if not user.is_authenticated:
        return False
    return app.teacher_id == user.pk or can_view_round(user, app.round)


def require_application_view(user, app: Application) -> None:
    if not can_view_application(user, app):
        raise Forbidden(_("This file is not yours."))


def require_owner(user, app: Application) -> None:
    if not (user.is_authenticated and app.teacher_id == user.pk):
        raise Forbidden(_("Only the teacher may open their own file."))


def roles(user, rnd: Round) -> dict[str, bool]:
    """Flags for templates (which forms to show); every service checks again."""
    m = seat(user, rnd)
    a = seat(user, rnd, Member.APPEAL)
    su = bool(user.is_authenticated and user.is_superuser)
    return {"admin": is_body_admin(user, rnd.body_id),
            "secretary": su or bool(m and m.role in (Member.SECRETARY, Member.CHAIR)),
            "voting": bool(m and m.votes), "appeal": bool(a and a.votes),
            "staff": can_view_round(user, rnd)}
