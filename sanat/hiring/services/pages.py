"""Read models of the staff and application pages: one call per page, access checked here."""

from __future__ import annotations

from ..models import Application, Competition
from . import access, applications, competitions, quorum, scoring, timeline


def application_page(user, app: Application) -> dict:
    """What the application page shows to this user (the candidate or the competition's staff)."""
    access.require_application_view(user, app)
    comp = app.competition
    latest = applications.current_uploads(app)
    post_ids = set(app.posts.values_list("pk", flat=True))
    return {
        "a": app, "c": comp, "roles": access.roles_summary(user, comp), "iin_masked": app.iin_masked,
        "own": app.candidate_id == user.pk, "in_window": applications.in_window(comp),
        "items": [{"r": r, "upload": latest.get(r.pk)} for r in comp.requirements.all()],
        "extras": [u for u in app.uploads.all() if u.requirement_id is None],
        "history": app.uploads.all(), "missing": applications.missing_documents(app),
        "decisions": [d for d in comp.decisions.select_related("post", "winner") if d.post_id in post_ids],
    }


def manage_page(user, comp: Competition) -> dict:
    """The staff page: posts, commission, applications, scoring progress, rankings (members see the
    ranking only once scoring is finished), decisions."""
    access.require_staff_view(user, comp)
    roles = access.roles_summary(user, comp)
    member = access.membership(user, comp)
    rankings = []
    if comp.state in (Competition.CLOSED, Competition.SCORED, Competition.DECIDED) and comp.sheet:
        show = comp.state != Competition.CLOSED or roles["secretary"] or roles["admin"]
        for post in comp.posts.all():
            ranked, pending = scoring.ranking_for_post(comp, post) if show else ([], [])
            rankings.append({"post": post, "ranked": ranked, "pending": pending, "decision": post.decisions.first()})
    return {
        "c": comp, "roles": roles, "posts": comp.posts.all(), "members": comp.commission.select_related("user"),
        "applications": comp.applications.all(), "quorum": quorum.effective_quorum(comp),
        "progress": scoring.progress(comp, member if member and member.votes else None), "rankings": rankings,
        "timeline": timeline.timeline(comp, roles), "scoring_open": timeline.scoring_open(comp),
        "problems": (competitions.publish_problems(comp) if comp.state == Competition.DRAFT and roles["admin"]
                     else []),
        "meeting_editable": competitions.meeting_editable(comp) and (roles["admin"] or roles["secretary"]),
        "meeting_problems": (competitions.meeting_problems(comp) if comp.state == Competition.SCORED else []),
    }
