"""Qualification evaluation: the body checks that the portfolio holds every required document."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record

from ..models import Application
from . import access, clock
from .applications import require_stage
from .errors import ProcedureError


def evaluate(actor, app: Application, marks: dict[int, tuple[bool, str]], ip: str | None = None) -> str:
    """``marks``: check order → (present, reason). Every document needs a mark, an absent one a reason.
    All present → the portfolio is complete (admitted); otherwise it is returned with the list."""
    access.require_body_admin(actor, app.round.body_id)
    require_stage(app, "qualification_evaluation")
    if app.state != Application.SUBMITTED:
        raise ProcedureError(_("The portfolio is not waiting for the check."))
    checks = list(app.checks.all())
    now = clock.now()
    missing = []
    for c in checks:
        if c.order not in marks:
            raise ProcedureError(_("Mark every document present or absent."), field=f"present-{c.order}")
        present, reason = marks[c.order]
        reason = (reason or "").strip()
        if not present and not reason:
            raise ProcedureError(_("Give the reason for each absent document."), field=f"reason-{c.order}")
        c.present, c.reason, c.checked_by, c.checked_at = present, reason, actor, now
        if not present:
            missing.append({"order": c.order, "statement": c.statement, "reason": reason})
    with transaction.atomic():
        for c in checks:
            c.save(update_fields=["present", "reason", "checked_by", "checked_at"])
        app.state = Application.RETURNED if missing else Application.ADMITTED
        app.return_list, app.evaluated_at = missing, now
        app.save(update_fields=["state", "return_list", "evaluated_at"])
        record(actor, "procedure.portfolio.checked", app,
               after={"state": app.state, "present": sum(1 for c in checks if c.present), "absent": missing}, ip=ip)
    return app.state
