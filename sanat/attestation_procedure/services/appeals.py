"""Appeal of a knowledge-test (ПББ) result: filed by the teacher within the window, decided by the
round's appeal commission; the decision and its effect on the result are recorded."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record

from ..models import Appeal, Application, KnowledgeResult, Member
from . import access, clock
from .applications import has_result
from .errors import ProcedureError
from .knowledge import parse_score


def window_ends(app: Application) -> dt.date | None:
    if not has_result(app):
        return None
    start = app.knowledge.recorded_at
    from django.utils import timezone

    return timezone.localtime(start).date() + dt.timedelta(days=app.round.rules.data["appeal_days"])


def can_file(app: Application, today: dt.date) -> bool:
    end = window_ends(app)
    return (end is not None and today <= end and app.state != Application.DECIDED
            and not app.appeals.exists())


def file(actor, app: Application, text: str, ip: str | None = None) -> Appeal:
    access.require_owner(actor, app)
    text = (text or "").strip()
    if not text:
        raise ProcedureError(_("Write what you appeal and why."), field="text")
    if not has_result(app):
        raise ProcedureError(_("There is no knowledge-test result to appeal."))
    if app.appeals.exists():
        raise ProcedureError(_("An appeal of this result has already been filed."))
    if app.state == Application.DECIDED:
        raise ProcedureError(_("The file is closed."))
    end = window_ends(app)
    if clock.today() > end:
        raise ProcedureError(_("The appeal window ended on %(d)s.") % {"d": f"{end:%d.%m.%Y}"})
    with transaction.atomic():
        ap = Appeal.objects.create(application=app, text=text[:5000], filed_at=clock.now(),
                                   old_score=app.knowledge.score)
        record(actor, "procedure.appeal.filed", app, after={"appeal": ap.pk, "score": ap.old_score, "text": ap.text},
               ip=ip)
    return ap


def decide(actor, ap: Appeal, *, upheld: bool, new_score: str, reasons: str, ip: str | None = None) -> Appeal:
    app = ap.application
    access.require_voting(actor, app.round, Member.APPEAL)
    if ap.state != Appeal.PENDING:
        raise ProcedureError(_("This appeal is already decided."))
    reasons = (reasons or "").strip()
    if not reasons:
        raise ProcedureError(_("Give the reasons of the appeal commission."), field="reasons")
    res: KnowledgeResult = app.knowledge
    effect = None
    with transaction.atomic():
        if upheld:
            try:
                score = parse_score(new_score, app.round)
            except ValueError as exc:
                raise ProcedureError(str(exc), field="new_score") from exc
            if score == res.score:
                raise ProcedureError(_("An upheld appeal changes the score: enter the new score."), field="new_score")
            old_passed = res.passed
            res.score = score
            res.passed = res.threshold is not None and score >= res.threshold
            res.source, res.recorded_by = KnowledgeResult.APPEAL, actor
            res.save(update_fields=["score", "passed", "source", "recorded_by"])
            effect = {"score": [f"{ap.old_score.normalize():f}", f"{score.normalize():f}"], "passed": [old_passed, res.passed]}
            ap.new_score = score
        ap.state = Appeal.UPHELD if upheld else Appeal.REJECTED
        ap.reasons, ap.effect, ap.decided_by, ap.decided_at = reasons, effect, actor, clock.now()
        ap.save()
        record(actor, "procedure.appeal.decided", app,
               after={"appeal": ap.pk, "state": ap.state, "reasons": reasons, "effect": effect}, ip=ip)
    return ap
