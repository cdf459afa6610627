"""Attestation workspace pages: thin views (validate, call ``services``, render).

Every page works on the logged-in user's own workspace; objects are looked up inside it, so another
user's evidence or plan item answers 404.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from sanat.accounts.services import client_ip, record
from sanat.rules import messages as msg
from sanat.rules.explain import decide
from sanat.rules.profile import ProfileError
from sanat.web.kit.downloads import attachment, file_attachment
from sanat.web.kit.lang import current_lang

from . import posts, profile_page, services
from .forms import EvidenceForm, MappingForm, PlanItemForm, ProfileImportForm
from .models import PlanItem


def _achievements(ws) -> list[tuple[int, str]]:
    out = []
    for i, a in enumerate((ws.profile or {}).get("achievements") or []):
        label = a.get("title") or f"{a.get('kind')} · {a.get('level')}"
        out.append((i, f"{i + 1}. {label}{' · ' + a['date'] if a.get('date') else ''}"))
    return out


@login_required
@require_GET
def workspace(request: HttpRequest) -> HttpResponse:
    lang, today = current_lang(request), timezone.localdate()
    ws = services.workspace_for(request.user, lang)
    dec = services.decision(ws, lang, today)
    v = services.validity(ws.profile, today)
    return render(request, "attestation/workspace.html", {
        "ws": ws, "d": dec, "validity": v, "today": today,
        "validity_label": msg.CATEGORY_LABEL[lang].get(v["code"], v["code"]) if v else None,
        "summary": services.self_summary(ws, None), "evidence_count": ws.evidence.count(),
        "plan_open": ws.plan.filter(done=False).count()})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """The profile filled by forms; rows added without JavaScript; a JSON file import as an advanced option."""
    lang, today = current_lang(request), timezone.localdate()
    ws = services.workspace_for(request.user, lang)
    page = profile_page.build(request, lang=lang, today=today, profile=ws.profile, stored_pid=ws.position_id,
                              default="find", bind_for=("save",))
    action, bundle, post = page.action, page.forms, page.post
    status, import_form = 200, ProfileImportForm()
    if action == "import":
        import_form = ProfileImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            services.save_profile(request.user, ws, ws.position_id, import_form.cleaned_data["profile_file"],
                                  ip=client_ip(request), achievement_moves={})
            messages.success(request, _("Profile imported. Check every section below."))
            return redirect("attestation:profile")
        status = 400
    if action == "save":
        if bundle.is_valid():
            try:  # a profile the forms accept may still be refused by the engine: a form error, never a 500
                decide(posts.data(bundle.position_id), bundle.profile(), today, lang)
            except (ProfileError, ValueError, KeyError, TypeError) as exc:
                bundle.general.add_error(None, _("The profile does not match the profile format: %(err)s")
                                         % {"err": exc})
        if not bundle.errors_count():
            services.save_profile(request.user, ws, bundle.position_id, bundle.profile(), ip=client_ip(request),
                                  achievement_moves=bundle.achievement_moves())
            messages.success(request, _("Profile saved."))
            return redirect("attestation:workspace")
        status = 400
    return render(request, "attestation/profile.html",
                  {"forms": bundle, "post": post, "ws": ws, "import_form": import_form, "today": today},
                  status=status)


@login_required
@require_GET
def profile_export(request: HttpRequest) -> HttpResponse:
    """The stored profile as a JSON file (the format of ``sanat check --profile``)."""
    ws = services.workspace_for(request.user, current_lang(request))
    body = json.dumps(ws.profile, ensure_ascii=False, indent=2)
    return attachment(body, "profile.json", "application/json; charset=utf-8")


@login_required
@require_http_methods(["GET", "POST"])
def self_assessment(request: HttpRequest) -> HttpResponse:
    lang = current_lang(request)
    ws = services.workspace_for(request.user, lang)
    rows = services.criteria(lang)
    picked = {a.criterion: a for a in ws.assessments.all()}
    error = None
    if request.method == "POST":
        picks = {r["code"]: request.POST.get(f"c-{r['code']}", "") for r in rows}
        try:
            n = services.save_self_assessment(request.user, ws, picks, timezone.localdate(), ip=client_ip(request))
        except ValueError:
            error = _("Choose one of the listed categories for each criterion.")
            current = {k: v for k, v in picks.items()}
        else:
            messages.success(request, _("Self-assessment saved (%(n)s changed).") % {"n": n})
            return redirect("attestation:self_assessment")
    else:
        current = {k: a.category for k, a in picked.items()}
    labels = msg.CATEGORY_LABEL[lang]
    for r in rows:
        r["current"] = current.get(r["code"], "")
        r["on"] = picked[r["code"]].assessed_on if r["code"] in picked else None
        r["options"] = [(c, labels.get(c, c), text) for c, text in r["options"]]
    return render(request, "attestation/self_assessment.html",
                  {"rows": rows, "error": error, "summary": services.self_summary(ws, None), "labels": labels},
                  status=400 if error else 200)


@login_required
@require_http_methods(["GET", "POST"])
def evidence(request: HttpRequest) -> HttpResponse:
    lang = current_lang(request)
    ws = services.workspace_for(request.user, lang)
    dec = services.decision(ws, lang, timezone.localdate())
    kwargs = {"statements": services.statements(dec), "achievements": _achievements(ws)}
    error, status = None, 200
    if request.method == "POST":
        form = EvidenceForm(request.POST, request.FILES, **kwargs)
        if form.is_valid():
            cd = form.cleaned_data
            try:
                services.store_upload(request.user, ws, cd["file"], cd["title"], cd["statements"], cd["achievement"],
                                      ip=client_ip(request))
            except services.UploadRejected as exc:
                error, status = str(exc), 400
            else:
                messages.success(request, _("Evidence uploaded."))
                return redirect("attestation:evidence")
        else:
            status = 400
    else:
        form = EvidenceForm(**kwargs)
    return render(request, "attestation/evidence.html",
                  {"form": form, "error": error, "items": ws.evidence.all(), "ws": ws, "d": dec,
                   "achievements": dict(_achievements(ws))}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def evidence_edit(request: HttpRequest, pk: int) -> HttpResponse:
    lang = current_lang(request)
    ws = services.workspace_for(request.user, lang)
    ev = get_object_or_404(ws.evidence, pk=pk)
    dec = services.decision(ws, lang, timezone.localdate())
    stmts = services.statements(dec)
    kwargs = {"statements": list(dict.fromkeys([*stmts, *ev.statements])), "achievements": _achievements(ws)}
    if request.method == "POST":
        form = MappingForm(request.POST, **kwargs)
        if form.is_valid():
            services.map_evidence(request.user, ev, form.cleaned_data["statements"], form.cleaned_data["achievement"],
                                  ip=client_ip(request))
            messages.success(request, _("Mapping saved."))
            return redirect("attestation:evidence")
        status = 400
    else:
        form = MappingForm(initial={"statements": ev.statements, "achievement": ev.achievement}, **kwargs)
        status = 200
    return render(request, "attestation/evidence_edit.html", {"form": form, "ev": ev}, status=status)


@login_required
@require_GET
def evidence_file(request: HttpRequest, pk: int) -> HttpResponse:
    ws = services.workspace_for(request.user, current_lang(request))
    ev = get_object_or_404(ws.evidence, pk=pk)
    path = services.evidence_path(ev)
    if not path.is_file():
        raise Http404
    record(request.user, "attestation.evidence.read", ev, ip=client_ip(request))
    return file_attachment(path, ev.display_name, ev.content_type)


@login_required
@require_http_methods(["GET", "POST"])
def readiness(request: HttpRequest) -> HttpResponse:
    lang, today = current_lang(request), timezone.localdate()
    ws = services.workspace_for(request.user, lang)
    dec = services.decision(ws, lang, today)
    if dec is None:
        messages.error(request, _("Save a profile and a target post first."))
        return redirect("attestation:profile")
    cats = [c["category"] for c in dec["categories"]]
    default = (dec.get("next") or {}).get("category") or dec.get("highest_by_requirements") or (cats[0] if cats else "")
    category = request.POST.get("category") or request.GET.get("category") or default
    if cats and category not in cats:
        category = default
    form, status = PlanItemForm(), 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "generate" and category:
            n = services.generate_plan(request.user, ws, dec, category, ip=client_ip(request))
            messages.success(request, _("%(n)s plan items added.") % {"n": n})
            return redirect(f"{request.path}?category={category}")
        if action == "add":
            form = PlanItemForm(request.POST)
            if form.is_valid():
                item = PlanItem.objects.create(workspace=ws, category=category, text=form.cleaned_data["text"],
                                               due=form.cleaned_data["due"], done=form.cleaned_data["done"])
                record(request.user, "attestation.plan.added", item,
                       after={"text": item.text, "due": item.due, "category": category}, ip=client_ip(request))
                messages.success(request, _("Plan item added."))
                return redirect(f"{request.path}?category={category}")
            status = 400
    ready = services.readiness(ws, dec, category) if category else None
    plan = [(p, PlanItemForm(initial={"text": p.text, "due": p.due, "done": p.done}, prefix=f"p{p.pk}"))
            for p in ws.plan.filter(category=category)]
    return render(request, "attestation/readiness.html", {
        "d": dec, "ready": ready, "category": category, "summary": services.self_summary(ws, category),
        "plan": plan, "form": form, "labels": msg.CATEGORY_LABEL[lang]}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def plan_item(request: HttpRequest, pk: int) -> HttpResponse:
    ws = services.workspace_for(request.user, current_lang(request))
    item = get_object_or_404(ws.plan, pk=pk)
    form = PlanItemForm(request.POST or None, prefix=f"p{item.pk}",
                        initial={"text": item.text, "due": item.due, "done": item.done})
    if request.method == "POST" and form.is_valid():
        services.update_plan_item(request.user, item, form.cleaned_data["text"], form.cleaned_data["due"],
                                  form.cleaned_data["done"], ip=client_ip(request))
        messages.success(request, _("Plan item saved."))
        return redirect(f"{reverse('attestation:readiness')}?category={item.category}")
    return render(request, "attestation/plan_item.html", {"form": form, "item": item},
                  status=400 if request.method == "POST" else 200)

