"""Thin views: validate the form, call one service, render. Refusals: ``sanat.web.kit`` (403/404/message)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sanat.accounts.services import client_ip, record
from sanat.attestation import services as workspace
from sanat.attestation.models import Evidence
from sanat.catalog import store
from sanat.rules import messages as msg
from sanat.vocabulary import CATEGORY_LABELS, LANGS, category_label
from sanat.web.kit.downloads import attachment, file_attachment
from sanat.web.kit.errors import Forbidden, ServiceError
from sanat.web.kit.lang import current_lang
from sanat.web.kit.views import guarded

from . import forms
from .models import Appeal, Application, Member, Round
from .services import (
    access,
    appeals,
    applications,
    clock,
    decisions,
    documents,
    evaluation,
    generalisation,
    knowledge,
    rounds,
)
from .services.errors import ProcedureError

DOC_TYPES = {"pdf": "application/pdf",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _round(pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("body", "rules"), pk=pk)


def _app(pk: int) -> Application:
    return get_object_or_404(Application.objects.select_related("round__body", "round__rules", "teacher",
                                                                "workspace"), pk=pk)


def _form_error(form, exc: ServiceError) -> None:
    field = exc.field if exc.field in form.fields else None
    form.add_error(field, str(exc))


@login_required
def index(request):
    today = clock.today()
    open_rounds = [r for r in Round.objects.filter(state=Round.OPEN).select_related("body")
                   if rounds.accepting(r, today)]
    return render(request, "attestation_procedure/index.html", {
        "mine": Application.objects.filter(teacher=request.user).select_related("round", "round__body"),
        "open": open_rounds, "staff": access.visible_rounds(request.user).select_related("body", "rules"),
        "can_create": access.admin_bodies(request.user).exists(),
    })


@login_required
@guarded
def new_round(request):
    bodies = list(access.admin_bodies(request.user))
    if not bodies:
        raise Forbidden(_("Only the administrators of an attesting body may do this."))
    lang = current_lang(request)
    kw = {"bodies": [(b.pk, b.name) for b in bodies], "positions": store.position_choices(lang),
          "category_labels": CATEGORY_LABELS[lang]}
    form = forms.RoundForm(request.POST or None, **kw)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            cd = form.cleaned_data
            try:
                rnd = rounds.create_round(request.user, int(cd["body"]), title_kk=cd["title_kk"],
                                          title_ru=cd["title_ru"], starts=cd["starts"], ends=cd["ends"],
                                          quorum=cd["quorum"], positions=cd["positions"], categories=cd["categories"])
            except ProcedureError as exc:
                _form_error(form, exc)
            else:
                return redirect("procedure:round", rnd.pk)
        status = 400
    return render(request, "attestation_procedure/round_form.html",
                  {"form": form, "rules": rounds.current_rules()}, status=status)


def _round_ctx(request, rnd: Round, **extra) -> dict:
    apps = list(rnd.applications.select_related("knowledge", "decision").prefetch_related("appeals"))
    labels = CATEGORY_LABELS[current_lang(request)]
    return {"r": rnd, "roles": access.roles(request.user, rnd), "members": rnd.members.select_related("user"),
            "stages": rounds.stages(rnd), "apps": apps, "labels": labels,
            "positions": rnd.positions, "voting": rounds.voting_count(rnd),
            "member_form": extra.pop("member_form", None) or forms.MemberForm(),
            "import_form": extra.pop("import_form", None) or forms.ImportForm(), **extra}


@login_required
@guarded
def round_page(request, pk: int):
    rnd = _round(pk)
    access.require_round_view(request.user, rnd)
    return render(request, "attestation_procedure/round.html", _round_ctx(request, rnd))


@login_required
@require_POST
@guarded
def add_member(request, pk: int):
    rnd = _round(pk)
    access.require_body_admin(request.user, rnd.body_id)
    form = forms.MemberForm(request.POST)
    if form.is_valid():
        cd = form.cleaned_data
        try:
            rounds.add_member(request.user, rnd, cd["username"], cd["board"], cd["role"], cd["position"])
        except ProcedureError as exc:
            _form_error(form, exc)
        else:
            return redirect("procedure:round", rnd.pk)
    return render(request, "attestation_procedure/round.html", _round_ctx(request, rnd, member_form=form), status=400)


@login_required
@require_POST
@guarded
def round_state(request, pk: int, state: str):
    rnd = _round(pk)
    rounds.set_state(request.user, rnd, state)
    return redirect("procedure:round", rnd.pk)


@login_required
@require_POST
@guarded
def import_results(request, pk: int):
    rnd = _round(pk)
    access.require_secretary(request.user, rnd)
    form = forms.ImportForm(request.POST, request.FILES)
    errors: list = []
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            n = knowledge.import_results(request.user, rnd, upload.read(knowledge.MAX_UPLOAD_BYTES + 1),
                                         ip=client_ip(request), file_name=upload.name or "")
        except knowledge.ImportRejected as exc:
            form.add_error("file", str(exc))
            errors = [str(e) for e in exc.errors]
        except ProcedureError as exc:
            form.add_error("file", str(exc))
        else:
            messages.success(request, _("Results imported: %(n)s.") % {"n": n})
            return redirect("procedure:round", rnd.pk)
    return render(request, "attestation_procedure/round.html",
                  _round_ctx(request, rnd, import_form=form, import_errors=errors), status=400)


@login_required
@guarded
def protocol_file(request, pk: int, lang: str, fmt: str):
    rnd = _round(pk)
    access.require_round_view(request.user, rnd)
    if lang not in LANGS or fmt not in DOC_TYPES:
        raise Http404("no such document")
    content = documents.protocol(request.user, rnd, lang, fmt)
    return attachment(content, f"protocol-{rnd.pk}-{lang}.{fmt}", DOC_TYPES[fmt])


# ---- the teacher's side --------------------------------------------------------------------------------

@login_required
@guarded
def apply(request, pk: int):
    rnd = _round(pk)
    today = clock.today()
    if not rounds.accepting(rnd, today):
        raise Http404("the round is not accepting applications")
    lang = current_lang(request)
    ws = workspace.workspace_for(request.user)
    mine = rnd.applications.filter(teacher=request.user).first()
    if mine:
        return redirect("procedure:application", mine.pk)
    in_scope = [c for c in rnd.categories if applications.in_scope(rnd, ws.position_id, c)] if ws.position_id else []
    form = forms.ApplyForm(request.POST or None, categories=[(c, category_label(c, lang)) for c in in_scope],
                           initial={"lang": lang, "category": request.GET.get("category") or (in_scope[0] if in_scope else "")})
    chosen = (form.data.get("category") if form.is_bound else form.initial.get("category")) or ""
    view = applications.engine_view(ws, chosen, lang, today) if chosen in in_scope else None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            cd = form.cleaned_data
            try:
                app = applications.apply(request.user, rnd, category=cd["category"], iin=cd["iin"], lang=cd["lang"],
                                         ip=client_ip(request))
            except ProcedureError as exc:
                _form_error(form, exc)
            else:
                messages.success(request, _("Your application is filed."))
                return redirect("procedure:application", app.pk)
        status = 400
    return render(request, "attestation_procedure/apply.html", {
        "r": rnd, "form": form, "ws": ws, "view": view, "in_scope": in_scope, "chosen": chosen,
        "files": ws.evidence.count()}, status=status)


def _app_ctx(request, app: Application, **bound) -> dict:
    rnd = app.round
    roles = access.roles(request.user, rnd)
    member = access.seat(request.user, rnd)
    today = clock.today()
    sheet = (generalisation.sheet_for(member, app) if member and member.votes
             and "generalisation" in rounds.stages_codes(rnd) else None)
    prog = applications.progress(app)
    staff = roles["staff"]
    decision = getattr(app, "decision", None) if app.state == Application.DECIDED else None
    statements = []
    lang = current_lang(request)
    for st in app.snapshot["statements"]:
        mark = (sheet.marks.get(str(st["index"])) if sheet else None) or {}
        statements.append({**st, "mark": mark, "status_words": msg.EVIDENCE_STATUS[lang].get(st["status"], "—")})
    pos = store.position(app.position_id) or {}
    return {
        "a": app, "r": rnd, "roles": roles, "owner": app.teacher_id == request.user.pk, "staff": staff,
        "stages": [{**s, "done": prog.get(s["code"])} for s in rounds.stages(rnd)],
        "snap": app.snapshot, "statements": statements, "as_of": dt.date.fromisoformat(app.snapshot["as_of"]),
        "post_title": (pos.get("title") or {}).get(lang) or app.snapshot["position"]["title"], "checks": list(app.checks.all()),
        "result": app.knowledge if applications.has_result(app) else None,
        "ready_for_test": knowledge.ready_for_test(app),
        "appeals": list(app.appeals.all()), "window_ends": appeals.window_ends(app),
        "can_appeal": app.teacher_id == request.user.pk and appeals.can_file(app, today),
        "sheet": sheet, "tally": generalisation.tally(app) if staff else None,
        "decision": decision, "grounds": [decisions.ground_text(g, lang) for g in
                                          (decision.grounds if decision else decisions.grounds(app))],
        "suggested": decisions.suggested(app, today) if staff and app.state == Application.ADMITTED else None,
        "label": category_label(app.category, lang),
        "threshold": documents.score_text(knowledge.pass_mark(rnd, app.category)),
        "max_score": documents.score_text(knowledge.max_score(rnd)),
        "score": documents.score_text(app.knowledge.score) if applications.has_result(app) else None,
        "score_form": bound.get("score_form") or forms.ScoreForm(initial={"taken_on": today}),
        "decision_form": bound.get("decision_form") or forms.DecisionForm(initial={
            "outcome": decisions.suggested(app, today) if staff else None, "present": rounds.voting_count(rnd)}),
        "appeal_form": bound.get("appeal_form") or forms.AppealForm(),
        "appeal_decision_form": bound.get("appeal_decision_form") or forms.AppealDecisionForm(),
        "error": bound.get("error"),
    }


@login_required
@guarded
def application(request, pk: int):
    app = _app(pk)
    access.require_application_view(request.user, app)
    return render(request, "attestation_procedure/application.html", _app_ctx(request, app))


def _refused(request, app: Application, exc: ServiceError, **bound) -> HttpResponse:
    if isinstance(exc, Forbidden):
        raise exc
    return render(request, "attestation_procedure/application.html",
                  _app_ctx(request, app, error=str(exc), **bound), status=400)


@login_required
@require_POST
@guarded
def evaluate(request, pk: int):
    app = _app(pk)
    access.require_body_admin(request.user, app.round.body_id)
    marks = {}
    for c in app.checks.all():
        v = request.POST.get(f"present-{c.order}")
        if v in ("1", "0"):
            marks[c.order] = (v == "1", request.POST.get(f"reason-{c.order}", ""))
    try:
        state = evaluation.evaluate(request.user, app, marks, ip=client_ip(request))
    except ProcedureError as exc:
        return _refused(request, app, exc)
    messages.success(request, _("The portfolio is complete.") if state == Application.ADMITTED
                     else _("The portfolio is returned to the teacher with the list of absent documents."))
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def resubmit(request, pk: int):
    app = _app(pk)
    applications.resubmit(request.user, app, ip=client_ip(request))
    messages.success(request, _("Your portfolio is filed again."))
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def score(request, pk: int):
    app = _app(pk)
    access.require_secretary(request.user, app.round)
    form = forms.ScoreForm(request.POST)
    if not form.is_valid():
        return _refused(request, app, ProcedureError(_("Check the score and the date.")), score_form=form)
    try:
        knowledge.enter(request.user, app, form.cleaned_data["score"], form.cleaned_data["taken_on"],
                        ip=client_ip(request))
    except ProcedureError as exc:
        _form_error(form, exc)
        return _refused(request, app, exc, score_form=form)
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def marks(request, pk: int):
    app = _app(pk)
    access.require_voting(request.user, app.round)
    data = {}
    for st in app.snapshot["statements"]:
        i = st["index"]
        v = request.POST.get(f"met-{i}")
        data[i] = ({"1": True, "0": False}.get(v), request.POST.get(f"comment-{i}", ""))
    try:
        generalisation.save_marks(request.user, app, data, lock=request.POST.get("lock") == "1", ip=client_ip(request))
    except ProcedureError as exc:
        return _refused(request, app, exc)
    messages.success(request, _("Your marks are saved."))
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def joint(request, pk: int):
    app = _app(pk)
    try:
        generalisation.lock_joint(request.user, app, ip=client_ip(request))
    except ProcedureError as exc:
        return _refused(request, app, exc)
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def decide(request, pk: int):
    app = _app(pk)
    access.require_secretary(request.user, app.round)
    form = forms.DecisionForm(request.POST)
    if not form.is_valid():
        return _refused(request, app, ProcedureError(_("Check the decision form.")), decision_form=form)
    cd = form.cleaned_data
    try:
        decisions.decide(request.user, app, outcome=cd["outcome"], votes_for=cd["votes_for"],
                         votes_against=cd["votes_against"], present=cd["present"], reasons=cd["reasons"],
                         ip=client_ip(request))
    except ProcedureError as exc:
        _form_error(form, exc)
        return _refused(request, app, exc, decision_form=form)
    messages.success(request, _("The decision is recorded."))
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def appeal(request, pk: int):
    app = _app(pk)
    access.require_owner(request.user, app)
    form = forms.AppealForm(request.POST)
    if not form.is_valid():
        return _refused(request, app, ProcedureError(_("Write what you appeal and why.")), appeal_form=form)
    try:
        appeals.file(request.user, app, form.cleaned_data["text"], ip=client_ip(request))
    except ProcedureError as exc:
        _form_error(form, exc)
        return _refused(request, app, exc, appeal_form=form)
    messages.success(request, _("Your appeal is filed."))
    return redirect("procedure:application", app.pk)


@login_required
@require_POST
@guarded
def appeal_decide(request, pk: int):
    ap = get_object_or_404(Appeal.objects.select_related("application__round__rules"), pk=pk)
    app = _app(ap.application_id)
    access.require_voting(request.user, app.round, Member.APPEAL)
    form = forms.AppealDecisionForm(request.POST)
    if not form.is_valid():
        return _refused(request, app, ProcedureError(_("Check the appeal decision form.")), appeal_decision_form=form)
    cd = form.cleaned_data
    try:
        appeals.decide(request.user, ap, upheld=cd["upheld"], new_score=cd["new_score"], reasons=cd["reasons"],
                       ip=client_ip(request))
    except ProcedureError as exc:
        _form_error(form, exc)
        return _refused(request, app, exc, appeal_decision_form=form)
    return redirect("procedure:application", app.pk)


@login_required
@guarded
def evidence_file(request, pk: int, evidence: int):
    """A portfolio file named in the snapshot, for the round's staff and the teacher; each read audited."""
    app = _app(pk)
    access.require_application_view(request.user, app)
    ids = {f["id"] for s in app.snapshot["statements"] for f in s["files"]}
    if evidence not in ids:
        raise Http404("not in this file")
    ev = get_object_or_404(Evidence, pk=evidence, workspace=app.workspace)
    path = workspace.evidence_path(ev)
    if not path.exists():
        raise Http404("file missing")
    record(request.user, "procedure.evidence.read", app, after={"evidence": ev.pk, "sha256": ev.sha256},
           ip=client_ip(request))
    return file_attachment(path, ev.display_name, ev.content_type)


@login_required
@guarded
def extract_file(request, pk: int, lang: str, fmt: str):
    app = _app(pk)
    access.require_application_view(request.user, app)
    if lang not in LANGS or fmt not in DOC_TYPES or app.state != Application.DECIDED:
        raise Http404("no such document")
    content = documents.extract(request.user, app, lang, fmt)
    return attachment(content, f"decision-{app.decision.number.replace('/', '-')}-{lang}.{fmt}", DOC_TYPES[fmt])


