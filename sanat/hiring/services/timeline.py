"""The visible life of a competition: six stages mapped onto ``Competition.STATES``.

==========  ===============================================================================
stage       when it is the current one
==========  ===============================================================================
draft       state ``draft``: the administrator adds posts and the commission, then publishes
accepting   state ``published`` and the acceptance window is open: candidates apply
checking    ``published`` after the window ended (the administrator closes acceptance), or
            ``closed`` while an application is still unchecked: the secretary checks files
scoring     ``closed`` with every application checked: voting members score and lock; the
            secretary finishes scoring once every accepted candidate reached the quorum
decided     ``scored``: the secretary records the commission's decisions (one form for all posts)
archived    ``decided``: the protocol is final; personal data is removed after the retention period
==========  ===============================================================================

Scoring itself is open in the whole ``closed`` state (accepted files can be scored while others are
still being checked), so ``scoring_open`` is a property of the state, not of the stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Max
from django.utils.translation import gettext as _

from ..models import Application, Competition
from . import clock
from .retention import retention_days

STAGES = ("draft", "accepting", "checking", "scoring", "decided", "archived")


@dataclass
class Stage:
    key: str
    title: str
    status: str  # "done" | "current" | "upcoming"
    dates: str = ""
    actor: str = ""  # who acts in this stage
    can_now: list[str] = field(default_factory=list)  # what this user can do now (current stage only)
    details: list[str] = field(default_factory=list)  # facts of the stage (the decision's meeting and protocol)


def scoring_open(comp: Competition) -> bool:
    return comp.state == Competition.CLOSED


def current_stage(comp: Competition, now: dt.datetime | None = None) -> str:
    now = now or clock.now()
    if comp.state == Competition.DRAFT:
        return "draft"
    if comp.state == Competition.PUBLISHED:
        return "accepting" if now < comp.accepts_until else "checking"
    if comp.state == Competition.CLOSED:
        return "checking" if comp.applications.filter(state=Application.SUBMITTED).exists() else "scoring"
    if comp.state == Competition.SCORED:
        return "decided"
    return "archived"


def _d(value) -> str:
    from django.utils import timezone

    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else ""


def _can_now(stage: str, comp: Competition, roles: dict[str, bool], now: dt.datetime) -> list[str]:
    """What the user's roles allow in the current stage (the services check again on every action)."""
    out = []
    if stage == "draft" and roles.get("admin"):
        out += [_("Add, change or remove posts (chosen from Order 338)."), _("Add the commission members."),
                _("Publish once the list «Before publishing» is empty.")]
    if stage == "accepting":
        if roles.get("admin"):
            out.append(_("Add commission members."))
        if roles.get("secretary"):
            out.append(_("Check submitted applications as they arrive."))
        if not roles.get("staff"):
            out.append(_("Apply until %(until)s.") % {"until": _d(comp.accepts_until)})
    if stage == "checking":
        if roles.get("admin") and comp.state == Competition.PUBLISHED:
            out.append(_("Close acceptance: the window has ended."))
        if roles.get("secretary"):
            out.append(_("Accept or return every submitted application."))
    if stage in ("checking", "scoring") and comp.state == Competition.CLOSED and roles.get("voting"):
        out.append(_("Score the accepted applications and lock your sheets."))
    if stage == "scoring" and roles.get("secretary"):
        out.append(_("Finish scoring once every accepted candidate has the quorum of locked sheets."))
    if stage == "decided" and roles.get("secretary"):
        out += [_("Record the commission's decisions for all posts in one form."),
                _("Enter the protocol's number, meeting date and place.")]
    if stage == "archived" and roles.get("staff"):
        out.append(_("Download the final protocol."))
    if not out and roles.get("staff"):
        out.append(_("Nothing to do for your role in this stage."))
    return out


def meeting_details(comp: Competition) -> list[str]:
    """The protocol's number and the meeting's date and place, as entered (empty ones left out)."""
    out = []
    if comp.protocol_number:
        out.append(_("Protocol № %(n)s") % {"n": comp.protocol_number})
    if comp.meeting_date:
        out.append(_("meeting of %(d)s") % {"d": f"{comp.meeting_date:%d.%m.%Y}"})
    if comp.meeting_place:
        out.append(_("place: %(p)s") % {"p": comp.meeting_place})
    return out


def timeline(comp: Competition, roles: dict[str, bool], now: dt.datetime | None = None) -> list[Stage]:
    """The six stages with their dates, who acts and, for the current one, what this user can do now."""
    now = now or clock.now()
    current = current_stage(comp, now)
    at = STAGES.index(current)
    decided_at = comp.decisions.aggregate(last=Max("decided_at"))["last"]
    titles = {"draft": _("Draft"), "accepting": _("Accepting applications"), "checking": _("Checking files"),
              "scoring": _("Scoring"), "decided": _("Decision"), "archived": _("Archived")}
    actors = {"draft": _("Organisation administrator"), "accepting": _("Candidates; the secretary checks"),
              "checking": _("Secretary (the administrator closes acceptance)"),
              "scoring": _("Voting members; the secretary finishes scoring"),
              "decided": _("Secretary, on the commission's decision"), "archived": _("Nobody: the record is final")}
    dates = {"draft": _("created %(d)s") % {"d": _d(comp.created_at)},
             "accepting": f"{_d(comp.accepts_from)} – {_d(comp.accepts_until)}",
             "checking": _("from %(d)s") % {"d": _d(comp.accepts_until)}, "scoring": "",
             "decided": _("decided %(d)s") % {"d": _d(decided_at)} if decided_at else "",
             "archived": (_("personal data removed after %(d)s") % {
                 "d": _d(decided_at + dt.timedelta(days=retention_days()))} if decided_at else "")}
    return [Stage(key=k, title=titles[k], status="done" if i < at else "current" if i == at else "upcoming",
                  dates=dates[k], actor=actors[k], can_now=_can_now(k, comp, roles, now) if i == at else [],
                  details=meeting_details(comp) if k == "decided" else [])
            for i, k in enumerate(STAGES)]
