"""Thin views: parse the form, call one service, render. Bad input re-shows the form with what was typed."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sanat.accounts.services import client_ip
from sanat.vocabulary import LANGS
from sanat.web.kit.downloads import attachment
from sanat.web.kit.views import guarded

from . import services as s
from .certificate_pdf import certificate_pdf as render_pdf
from .models import Certificate, Cohort, Participant


def _activity_name(code: str) -> str:
    names = {"lecture": _("Lecture"), "practice": _("Practice"), "seminar": _("Seminar"),
             "video": _("Video lesson"), "webinar": _("Webinar"), "self_study": _("Self-study")}
    return names.get(code, code)


# ---- index and cohorts --------------------------------------------------------------------------------

def _index_context(request, form=None, errors=None):
    user = request.user
    return {"staff": s.is_centre_staff(user), "cohorts": s.managed_cohorts(user) if user.is_authenticated else [],
            "mine": Participant.objects.filter(user=user).select_related("cohort") if user.is_authenticated else [],
            "form": form or {}, "errors": errors or [], "formats": Cohort.FORMATS, "days": s.duration_days(),
            "course_title": s.course()["course"]["title"]["text"]}


@login_required
@require_GET
def index(request):
    return render(request, "training_centre/index.html", _index_context(request))


@login_required
@require_POST
@guarded
def cohort_create(request):
    if not s.is_centre_staff(request.user):
        raise PermissionDenied(_("Only training-centre staff may do this."))
    form = {k: request.POST.get(k, "").strip() for k in ("title", "format", "start_date", "trainers")}
    errors = []
    if not form["title"]:
        errors.append(_("Title: this field is required."))
    if form["format"] not in dict(Cohort.FORMATS):
        errors.append(_("Format: choose in person or distance."))
    try:
        start = dt.date.fromisoformat(form["start_date"])
    except ValueError:
        start = None
        errors.append(_("Start date: enter a date as YYYY-MM-DD."))
    if errors:
        return render(request, "training_centre/index.html", _index_context(request, form, errors), status=400)
    cohort = s.create_cohort(request.user, title=form["title"][:200], fmt=form["format"], start_date=start,
                             trainers=form["trainers"], ip=client_ip(request))
    messages.success(request, _("Cohort created."))
    return redirect("training_centre:cohort", pk=cohort.pk)


def _cohort_context(request, cohort, form=None, errors=None):
    rows = []
    for p in cohort.participants.all():
        rows.append({"p": p, "decision": s.decision(p), "certificate": Certificate.objects.filter(participant=p).first()})
    return {"cohort": cohort, "end_date": s.end_date(cohort), "schedule": s.schedule(cohort), "rows": rows,
            "form": form or {}, "errors": errors or [], "total_hours": s.total_hours(cohort.format),
            "max_total": _max_total(),
            "unmet_names": UNMET_NAMES(),
            "certificates_issued": any(r["certificate"] and not r["certificate"].revoked for r in rows)}


def _max_total() -> int:
    return sum(c["max_points"] or 0 for c in s.course()["rubric"])


def UNMET_NAMES():
    return {"course_completed": _("course not completed (hours missing)"),
            "all_modules_mastered": _("not every module mastered"),
            "practical_tasks_done": _("practical tasks not done"),
            "final_work_defended": _("final work not defended"),
            "final_work_below_pass_mark": _("final work below the pass mark")}


@login_required
@require_GET
@guarded
def cohort(request, pk):
    c = get_object_or_404(Cohort, pk=pk)
    s.require_manage(request.user, c)
    return render(request, "training_centre/cohort.html", _cohort_context(request, c))


@login_required
@require_POST
@guarded
def enrol(request, pk):
    c = get_object_or_404(Cohort, pk=pk)
    s.require_manage(request.user, c)
    form = {k: request.POST.get(k, "").strip() for k in ("name", "school", "email")}
    errors = []
    if not form["name"]:
        errors.append(_("Name: this field is required."))
    if not form["school"]:
        errors.append(_("School: this field is required."))
    from django.core.validators import validate_email
    from django.forms import ValidationError
    try:
        validate_email(form["email"])
    except ValidationError:
        errors.append(_("E-mail: enter a valid e-mail address."))
    if not errors:
        try:
            s.enrol(request.user, c, name=form["name"][:200], school=form["school"][:300], email=form["email"],
                    ip=client_ip(request))
        except s.TrainingError as exc:
            errors.append(str(exc))
    if errors:
        return render(request, "training_centre/cohort.html", _cohort_context(request, c, form, errors), status=400)
    messages.success(request, _("Participant enrolled."))
    return redirect("training_centre:cohort", pk=c.pk)


@login_required
@require_POST
@guarded
def pass_mark(request, pk):
    c = get_object_or_404(Cohort, pk=pk)
    s.require_manage(request.user, c)
    raw = request.POST.get("pass_mark", "").strip()
    try:
        value = None if raw == "" else s.whole(raw, _("Pass mark"), 0, _max_total())
        s.set_pass_mark(request.user, c, value, ip=client_ip(request))
    except s.TrainingError as exc:
        return render(request, "training_centre/cohort.html",
                      _cohort_context(request, c, {"pass_mark": raw}, [str(exc)]), status=400)
    messages.success(request, _("Pass mark saved."))
    return redirect("training_centre:cohort", pk=c.pk)


# ---- participant -------------------------------------------------------------------------------------

def _participant_context(request, p, posted=None, errors=None):
    fmt = p.cohort.format
    plan = s.topic_hours(fmt)
    done = s.attended(p)
    acts = s.activities(fmt)
    modules = []
    for m in s.course()["modules"]:
        topics = []
        for t in m["topics"]:
            cells = []
            for a in acts:
                key = f"h-{t['code']}-{a}"
                value = posted.get(key) if posted is not None and key in posted else done.get((t["code"], a), 0)
                cells.append({"name": key, "planned": plan[t["code"]][a], "value": value})
            topics.append({"code": t["code"], "title": t["title"], "cells": cells})
        modules.append({"number": m["number"], "title": m["title"], "topics": topics})
    ticked = {(t.tool, t.item) for t in p.ticks.all()}
    if posted is not None and posted.get("_form") == "checklist":
        ticked = {tuple(int(x) for x in v.split("-")) for v in posted.getlist("tick") if _tick_ok(v)}
    tools = [{"number": t["number"], "name": t["name"],
              "items": [{"value": f"{t['number']}-{i}", "text": item["text"], "on": (t["number"], i) in ticked}
                        for i, item in enumerate(t["items"], 1)]} for t in s.checklists()]
    stored = getattr(p, "final_score", None)
    points = {str(k): v for k, v in (stored.points.items() if stored else [])}
    rubric = []
    for c in s.course()["rubric"]:
        key = f"p-{c['number']}"
        value = posted.get(key) if posted is not None and key in posted else points.get(str(c["number"]), "")
        rubric.append({"name": key, "number": c["number"], "criterion": c["criterion"], "max": c["max_points"],
                       "value": value})
    return {"p": p, "cohort": p.cohort, "manage": s.can_manage(request.user, p.cohort), "modules": modules,
            "activities": [(a, _activity_name(a)) for a in acts], "tools": tools, "rubric": rubric,
            "score": s.final_score(p), "progress": s.progress(p), "decision": s.decision(p),
            "certificate": Certificate.objects.filter(participant=p).first(), "errors": errors or [],
            "unmet_names": UNMET_NAMES(), "attended_total": sum(done.values()), "total_hours": s.total_hours(fmt),
            "end_date": s.end_date(p.cohort)}


def _tick_ok(value: str) -> bool:
    parts = value.split("-")
    return len(parts) == 2 and all(x.isdigit() for x in parts)


def _participant(request, pk, manage=False):
    p = get_object_or_404(Participant.objects.select_related("cohort"), pk=pk)
    if manage:
        s.require_manage(request.user, p.cohort)
    else:
        s.require_view_participant(request.user, p)
    return p


def _bad(request, p, errors):
    return render(request, "training_centre/participant.html",
                  _participant_context(request, p, request.POST, errors), status=400)


@login_required
@require_GET
@guarded
def participant(request, pk):
    p = _participant(request, pk)
    return render(request, "training_centre/participant.html", _participant_context(request, p))


def _save_bounded(request, p, fields, save, done: str):
    """Read whole numbers ``(key, raw, label, max)`` bounded by 0..max, then ``save`` them; every bad field is
    reported at once (400, input kept), and nothing is saved unless all are valid."""
    values, errors = {}, []
    for key, raw, label, top in fields:
        try:
            values[key] = s.whole(raw, label, 0, top)
        except s.TrainingError as exc:
            errors.append(str(exc))
    if not errors:
        try:
            save(request.user, p, values, ip=client_ip(request))
        except s.TrainingError as exc:
            errors.append(str(exc))
    if errors:
        return _bad(request, p, errors)
    messages.success(request, done)
    return redirect("training_centre:participant", pk=p.pk)


@login_required
@require_POST
@guarded
def attendance(request, pk):
    p = _participant(request, pk, manage=True)
    fields = [((code, a), request.POST.get(f"h-{code}-{a}", "0").strip() or "0", f"{code} {_activity_name(a)}", top)
              for code, acts in s.topic_hours(p.cohort.format).items() for a, top in acts.items()]
    return _save_bounded(request, p, fields, s.save_attendance, _("Attendance saved."))


@login_required
@require_POST
@guarded
def checklist(request, pk):
    p = _participant(request, pk, manage=True)
    values = request.POST.getlist("tick")
    if not all(_tick_ok(v) for v in values):
        return _bad(request, p, [_("Unknown checklist item.")])
    try:
        s.save_checklist(request.user, p, {tuple(int(x) for x in v.split("-")) for v in values},
                         ip=client_ip(request))
    except s.TrainingError as exc:
        return _bad(request, p, [str(exc)])
    messages.success(request, _("Checklist saved."))
    return redirect("training_centre:participant", pk=p.pk)


@login_required
@require_POST
@guarded
def score(request, pk):
    p = _participant(request, pk, manage=True)
    fields = [(c["number"], request.POST.get(f"p-{c['number']}", ""), f"{c['number']}. {c['criterion']}",
               c["max_points"]) for c in s.course()["rubric"]]
    return _save_bounded(request, p, fields, s.save_score, _("Score saved."))


@login_required
@require_POST
@guarded
def status(request, pk):
    p = _participant(request, pk, manage=True)
    s.save_status(request.user, p, practical=request.POST.get("practical") == "on",
                  defended=request.POST.get("defended") == "on", ip=client_ip(request))
    messages.success(request, _("Status saved."))
    return redirect("training_centre:participant", pk=p.pk)


@login_required
@require_POST
@guarded
def issue(request, pk):
    p = _participant(request, pk, manage=True)
    try:
        s.issue_certificate(request.user, p, ip=client_ip(request))
    except s.TrainingError as exc:
        return _bad(request, p, [str(exc)])
    messages.success(request, _("Certificate issued."))
    return redirect("training_centre:participant", pk=p.pk)


@login_required
@require_GET
@guarded
def certificate_pdf(request, pk, lang):
    if lang not in LANGS:
        raise Http404
    p = _participant(request, pk)
    cert = Certificate.objects.filter(participant=p, revoked=False).first()
    if cert is None:
        raise Http404
    url = request.build_absolute_uri(reverse("training_centre:verify", args=[cert.number]))
    return attachment(render_pdf(cert, lang, url), f"certificate-{cert.number}-{lang}.pdf", "application/pdf")


@require_GET
def verify(request, number):
    """Public: whether a certificate number is valid, with the holder's name and the course only."""
    cert = Certificate.objects.filter(number__iexact=number.strip()).first()
    if cert is not None and cert.number != number:
        return redirect("training_centre:verify", number=cert.number)
    return render(request, "training_centre/verify.html", {"cert": cert, "number": number, "asked": True},
                  status=200 if cert else 404)
