"""A teacher's application from the workspace, with its snapshot; the stage an application has reached.

The snapshot keeps what the commission judges, frozen on the day of filing: the rules engine's decision
on the formal requirements for the target category (conditions with the quoted clause), the category's
competency statements (the engine's evidence list) with the portfolio files mapped to each, the
self-assessment, the edition of the law the engine used, the catalog digest and the date.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.attestation import services as workspace
from sanat.attestation.models import Workspace
from sanat.catalog import store
from sanat.hiring import iin as iin_mod
from sanat.rules.explain import decide
from sanat.vocabulary import LANGS

from ..models import Application, DocumentCheck, Round
from . import clock, rounds
from .errors import ProcedureError


def _target(dec: dict, category: str) -> dict | None:
    return next((c for c in dec["categories"] if c["category"] == category), None)


def engine_view(ws: Workspace, category: str, lang: str, today: dt.date) -> dict | None:
    """The engine's decision for the workspace's post (from the catalog store: the loaded edition) and
    profile, narrowed to ``category``; ``None`` without a post or a profile."""
    pos = store.position(ws.position_id) if ws.position_id else None
    if pos is None or not ws.profile:
        return None
    dec = decide(pos, ws.profile, today, lang)
    return {"decision": dec, "target": _target(dec, category)}


def snapshot(ws: Workspace, category: str, lang: str, today: dt.date) -> dict:
    view = engine_view(ws, category, lang, today)
    if view is None:
        raise ProcedureError(_("Save a profile and a target post in your workspace first."))
    dec, cat = view["decision"], view["target"]
    if cat is None:
        raise ProcedureError(_("This category does not exist for your post."), field="category")
    files = list(ws.evidence.all())
    statements = []
    for i, e in enumerate(cat["evidence"]):
        mapped = [f for f in files if e["statement"] in (f.statements or [])]
        statements.append({"index": i, "statement": e["statement"], "category": e["category"],
                           "status": e["status"], "status_text": e.get("status_text", ""),
                           "optional": e["optional"], "kind": e["kind"],
                           "clause": (e.get("citation") or {}).get("clause"),
                           "lines": (e.get("citation") or {}).get("lines"),
                           "files": [{"id": f.pk, "title": f.title, "name": f.display_name, "sha256": f.sha256}
                                     for f in mapped]})
    edition = store.edition()
    summary = workspace.self_summary(ws, category)
    return {
        "as_of": today.isoformat(), "lang": lang, "position": dec["position"], "category": category,
        "requirements_met": cat["requirements_met"], "highest_by_requirements": dec["highest_by_requirements"],
        "conditions": [{"condition": c["condition"], "status": c["status"], "text": c["text"],
                        "clause": (c.get("citation") or {}).get("clause"), "quote": (c.get("citation") or {}).get("quote")}
                       for c in cat["conditions"]],
        "statements": statements,
        "self_assessment": {"assessed": summary["assessed"], "total": summary["total"], "below": summary["below"],
                            "picks": dict(ws.assessments.values_list("criterion", "category"))},
        "law_edition": dec["edition"], "requirements_lang": dec["requirements_lang"],
        "catalog": edition.digest[:12] if edition else None,
        "held": (ws.profile or {}).get("categories") or [],
    }


def required_documents(snap: dict) -> list[dict]:
    """The documents the portfolio must hold: every required (not «if any») statement the engine ties to
    an evidence kind (a diploma, a certificate of an achievement …); statements the commission judges
    without a kind are for the generalisation, not for the document check."""
    return [s for s in snap["statements"] if not s["optional"] and s["kind"]]


def in_scope(rnd: Round, position_id: str, category: str) -> bool:
    return category in rnd.categories and (not rnd.positions or position_id in rnd.positions)


def apply(actor, rnd: Round, *, category: str, iin: str, lang: str, ip: str | None = None) -> Application:
    """File an application from the actor's workspace (a teacher below the formal requirements may file:
    the page warned them; the commission decides)."""
    today = clock.today()
    if not rounds.accepting(rnd, today):
        raise ProcedureError(_("This round is not accepting applications."))
    ws = workspace.workspace_for(actor)
    if not ws.position_id:
        raise ProcedureError(_("Save a profile and a target post in your workspace first."))
    if not in_scope(rnd, ws.position_id, category):
        raise ProcedureError(_("This post or category is not in the scope of the round."), field="category")
    if rnd.members.filter(user=actor).exists():
        raise ProcedureError(_("A member of the round's commission cannot be attested in it."))
    try:
        parsed = iin_mod.parse(iin)
    except iin_mod.InvalidIIN as exc:
        raise ProcedureError(_("The IIN is not valid: 12 digits with a correct check digit."), field="iin") from exc
    snap = snapshot(ws, category, lang if lang in LANGS else "kk", today)
    name = actor.get_full_name() or actor.get_username()
    try:
        with transaction.atomic():
            app = Application.objects.create(
                round=rnd, teacher=actor, workspace=ws, category=category, position_id=ws.position_id, lang=snap["lang"],
                full_name=name, iin_hmac=iin_mod.keyed_hash(parsed.value), iin_last2=parsed.value[-2:],
                birth_date=parsed.birth_date, requirements_met=snap["requirements_met"], snapshot=snap,
                submitted_at=clock.now())
            _make_checks(app)
            record(actor, "procedure.application.filed", app,
                   after={"round": rnd.pk, "category": category, "position": ws.position_id, "iin": app.iin_masked,
                          "requirements_met": snap["requirements_met"], "as_of": snap["as_of"],
                          "statements": len(snap["statements"]), "catalog": snap["catalog"]}, ip=ip)
    except IntegrityError as exc:
        raise ProcedureError(_("You (or this IIN) already applied in this round.")) from exc
    return app


def _make_checks(app: Application) -> None:
    DocumentCheck.objects.bulk_create(
        DocumentCheck(application=app, order=s["index"], statement=s["statement"], present=None)
        for s in required_documents(app.snapshot))


def resubmit(actor, app: Application, ip: str | None = None) -> None:
    """A returned portfolio filed again: a new snapshot of the workspace, the document check starts over."""
    from . import access

    access.require_owner(actor, app)
    if app.state != Application.RETURNED:
        raise ProcedureError(_("Only a returned portfolio can be filed again."))
    snap = snapshot(app.workspace, app.category, app.lang, clock.today())
    before = {"state": app.state, "as_of": app.snapshot["as_of"], "return_list": app.return_list}
    with transaction.atomic():
        app.checks.all().delete()
        app.snapshot, app.requirements_met, app.state = snap, snap["requirements_met"], Application.SUBMITTED
        app.submitted_at, app.evaluated_at = clock.now(), None
        app.save()
        _make_checks(app)
        record(actor, "procedure.application.resubmitted", app, before=before,
               after={"state": app.state, "as_of": snap["as_of"]}, ip=ip)


# ---- where an application stands --------------------------------------------------------------------

def has_result(app: Application) -> bool:
    """Whether a knowledge-test result is recorded (uses ``select_related("knowledge")`` when given)."""
    from ..models import KnowledgeResult

    try:
        return app.knowledge is not None
    except KnowledgeResult.DoesNotExist:
        return False


def progress(app: Application) -> dict[str, bool]:
    """For each stage code of the round's edition, whether it is complete."""
    done = {
        "application": True,
        "qualification_evaluation": app.state in (Application.ADMITTED, Application.DECIDED),
        "knowledge_test": has_result(app) and not any(a.state == "pending" for a in app.appeals.all()),
        "generalisation": app.joint_locked_at is not None,
        "decision": app.state == Application.DECIDED,
    }
    return {code: done[code] for code in rounds.stages_codes(app.round)}


def require_stage(app: Application, code: str) -> None:
    """Refuse a step whose earlier stages (in the edition's order) are not complete, or which is done."""
    if app.state in (Application.WITHDRAWN, Application.DECIDED):
        raise ProcedureError(_("The file is closed."))
    prog = progress(app)
    if code not in prog:
        raise ProcedureError(_("This stage is not part of the round's procedure."))
    for c, ok in prog.items():
        if c == code:
            return
        if not ok:
            raise ProcedureError(_("An earlier stage of the procedure is not complete."))
