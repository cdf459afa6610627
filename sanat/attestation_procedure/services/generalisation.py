"""Comprehensive analytical generalisation of the teacher's activity.

Per competency statement of the target category (the engine's evidence list, in the snapshot) each
voting member of the commission marks met / not met with a comment, on their own sheet, and locks it.
When at least the quorum has locked, the chair or secretary locks the joint result: a statement is met
when more than the edition's ``joint_majority`` share of the locked sheets marked it met; the
generalisation is passed when every required (not «if any») statement is met.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record

from ..models import Application, Member, MemberSheet
from . import access, clock
from .applications import require_stage
from .errors import ProcedureError


def sheet_for(member: Member, app: Application) -> MemberSheet:
    sheet, _created = MemberSheet.objects.get_or_create(application=app, member=member)
    return sheet


def save_marks(actor, app: Application, marks: dict[int, tuple[bool | None, str]], lock: bool,
               ip: str | None = None) -> MemberSheet:
    """Store the member's marks (``index → (met, comment)``; ``None`` = not marked yet); ``lock`` needs all."""
    member = access.require_voting(actor, app.round)
    require_stage(app, "generalisation")
    if app.joint_locked_at:
        raise ProcedureError(_("The joint result is locked."))
    sheet = sheet_for(member, app)
    if sheet.locked_at:
        raise ProcedureError(_("Your sheet is locked and cannot be changed."))
    indices = [s["index"] for s in app.snapshot["statements"]]
    new = {}
    for i in indices:
        met, comment = marks.get(i, (None, ""))
        if met is not None or comment:
            new[str(i)] = {"met": met, "comment": (comment or "").strip()[:2000]}
    if lock and any((new.get(str(i)) or {}).get("met") is None for i in indices):
        raise ProcedureError(_("Mark every statement met or not met before locking."))
    before = sheet.marks
    sheet.marks = new
    if lock:
        sheet.locked_at = clock.now()
    with transaction.atomic():
        sheet.save()
        record(actor, "procedure.generalisation.locked" if lock else "procedure.generalisation.saved", app,
               before={"marks": before}, after={"member": member.pk, "marks": new}, ip=ip)
    return sheet


def tally(app: Application) -> dict:
    """The joint result the locked sheets give now (not stored)."""
    sheets = list(app.sheets.filter(locked_at__isnull=False).select_related("member__user"))
    share = app.round.rules.data["joint_majority"]
    items = []
    for st in app.snapshot["statements"]:
        votes = [s.marks.get(str(st["index"]), {}) for s in sheets]
        met_n = sum(1 for v in votes if v.get("met"))
        met = bool(sheets) and met_n / len(sheets) > share
        items.append({"index": st["index"], "met": met, "votes_met": met_n, "votes": len(sheets),
                      "optional": st["optional"],
                      "comments": [{"member": s.member.display_name, "met": s.marks.get(str(st["index"]), {}).get("met"),
                                    "comment": s.marks.get(str(st["index"]), {}).get("comment", "")} for s in sheets]})
    passed = all(i["met"] or i["optional"] for i in items)
    return {"items": items, "passed": passed, "sheets": len(sheets),
            "met": sum(1 for i in items if i["met"]), "total": len(items)}


def lock_joint(actor, app: Application, ip: str | None = None) -> dict:
    access.require_secretary(actor, app.round)
    require_stage(app, "generalisation")
    if app.joint_locked_at:
        raise ProcedureError(_("The joint result is locked."))
    result = tally(app)
    if result["sheets"] < app.round.quorum:
        raise ProcedureError(_("Fewer members than the quorum have locked their sheets (%(n)s of %(q)s).")
                             % {"n": result["sheets"], "q": app.round.quorum})
    with transaction.atomic():  # the change and its audit event commit together
        app.joint, app.joint_locked_at = result, clock.now()
        app.save(update_fields=["joint", "joint_locked_at"])
        record(actor, "procedure.generalisation.joint", app,
               after={"passed": result["passed"], "met": result["met"], "total": result["total"],
                      "sheets": result["sheets"]}, ip=ip)
    return result
