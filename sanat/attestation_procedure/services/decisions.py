"""The commission's decision: assign / confirm / refuse, by quorum; the category goes to the profile.

An assigned or confirmed category is written to the teacher's workspace profile with ``since`` (the
decision date) and ``until`` (``validity_years`` of the round's settings edition later, EXAMPLE), through
``sanat.attestation.services.record_category``, so the workspace's validity and reminders follow it.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.attestation import services as workspace
from sanat.vocabulary import category_label

from ..models import Application, Decision, Round
from . import access, clock, rounds
from .applications import has_result
from .errors import ProcedureError


def grounds(app: Application) -> list[dict]:
    """What the record shows about the file, stage by stage (codes with their figures)."""
    out = [{"code": "requirements_met" if app.requirements_met else "requirements_not_met"}]
    codes = rounds.stages_codes(app.round)
    if "knowledge_test" in codes and has_result(app):
        k = app.knowledge
        if k.threshold is None:
            out.append({"code": "test_no_threshold", "score": k.score})
        else:
            out.append({"code": "test_passed" if k.passed else "test_below", "score": k.score,
                        "threshold": k.threshold, "max": k.max_score})
    if "generalisation" in codes and app.joint:
        out.append({"code": "generalisation_passed" if app.joint["passed"] else "generalisation_not_passed",
                    "met": app.joint["met"], "total": app.joint["total"]})
    return out


def held_in_force(app: Application, today: dt.date) -> bool:
    cur = workspace.current_category(app.workspace.profile, today)
    return bool(cur and cur["code"] == app.category)


def suggested(app: Application, today: dt.date) -> str:
    bad = {"requirements_not_met", "test_below", "test_no_threshold", "generalisation_not_passed"}
    if any(g["code"] in bad for g in grounds(app)):
        return Decision.REFUSE
    return Decision.CONFIRM if held_in_force(app, today) else Decision.ASSIGN


def ground_text(g: dict, lang: str) -> str:
    """A ground in words (gettext, in the active language)."""
    texts = {
        "requirements_met": _("The formal requirements for the category are met (rules engine)."),
        "requirements_not_met": _("The formal requirements for the category are not met (rules engine)."),
        "test_passed": _("Knowledge test: %(score)s of %(max)s, pass mark %(threshold)s — passed."),
        "test_below": _("Knowledge test: %(score)s of %(max)s, below the pass mark %(threshold)s."),
        "test_no_threshold": _("Knowledge test: %(score)s; the settings give no pass mark for this category."),
        "generalisation_passed": _("Generalisation: %(met)s of %(total)s statements met — passed."),
        "generalisation_not_passed": _("Generalisation: %(met)s of %(total)s statements met — not passed."),
    }
    fmt = {k: _comma(_num(v)) for k, v in g.items() if k != "code"}
    return texts[g["code"]] % fmt if fmt else texts[g["code"]]


def _num(v) -> str:
    from decimal import Decimal

    if isinstance(v, Decimal | float):
        return f"{Decimal(str(v)).normalize():f}"
    return str(v)


def _comma(v: str) -> str:
    """Kazakh and Russian write a decimal comma: 66.5 → 66,5."""
    return v.replace(".", ",") if v.replace(".", "", 1).isdigit() else v


def decide(actor, app: Application, *, outcome: str, votes_for: int, votes_against: int, present: int,
           reasons: str, ip: str | None = None) -> Decision:
    rnd: Round = app.round
    access.require_secretary(actor, rnd)
    from .applications import require_stage

    require_stage(app, "decision")
    if app.state != Application.ADMITTED and rounds.has_stage(rnd, "qualification_evaluation"):
        raise ProcedureError(_("The portfolio is not complete."))
    if app.appeals.filter(state="pending").exists():
        raise ProcedureError(_("An appeal of the knowledge-test result is under review."))
    if outcome not in dict(Decision.OUTCOMES):
        raise ProcedureError(_("Choose the decision."), field="outcome")
    voting = rounds.voting_count(rnd)
    if present < rnd.quorum:
        raise ProcedureError(_("No quorum: %(n)s present, %(q)s needed.") % {"n": present, "q": rnd.quorum},
                             field="present")
    if present > voting or votes_for + votes_against > present or min(votes_for, votes_against) < 0:
        raise ProcedureError(_("The votes do not add up to the members present."), field="votes_for")
    if votes_for * 2 <= present:
        raise ProcedureError(_("The decision needs the votes of more than half of the members present."),
                             field="votes_for")
    today = clock.today()
    reasons = (reasons or "").strip()
    held = held_in_force(app, today)
    if outcome == Decision.CONFIRM and not held:
        raise ProcedureError(_("The teacher does not hold this category now: it can be assigned, not confirmed."),
                             field="outcome")
    if outcome == Decision.ASSIGN and held:
        raise ProcedureError(_("The teacher holds this category now: it can be confirmed, not assigned."),
                             field="outcome")
    if not reasons and (outcome == Decision.REFUSE or outcome != suggested(app, today)):
        raise ProcedureError(_("Give the reasons: a refusal, or a decision other than the record suggests, needs them."),
                             field="reasons")
    since = until = None
    if outcome != Decision.REFUSE:
        since = today
        until = workspace.add_months(since, 12 * rnd.rules.data["validity_years"])
    with transaction.atomic():
        Round.objects.select_for_update().filter(pk=rnd.pk).first()  # numbers in one sequence per round
        seq = Decision.objects.filter(application__round=rnd).count() + 1
        dec = Decision.objects.create(application=app, number=f"{rnd.protocol_number}-{seq}", outcome=outcome,
                                      category=app.category, reasons=reasons, votes_for=votes_for,
                                      votes_against=votes_against, present=present, since=since, until=until,
                                      grounds=_jsonable(grounds(app)), decided_on=today, decided_by=actor)
        app.state = Application.DECIDED
        app.save(update_fields=["state"])
        if since:
            workspace.record_category(actor, app.workspace, app.category, since, until, source=dec.number, ip=ip)
        record(actor, "procedure.decision.recorded", app,
               after={"number": dec.number, "outcome": outcome, "category": app.category, "since": since,
                      "until": until, "votes_for": votes_for, "votes_against": votes_against, "present": present,
                      "reasons": reasons, "label": category_label(app.category, "kk")}, ip=ip)
    return dec


def _jsonable(items: list[dict]) -> list[dict]:
    return [{k: (_num(v) if k != "code" else v) for k, v in g.items()} for g in items]
