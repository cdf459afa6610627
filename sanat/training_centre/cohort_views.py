"""Cohort-wide pages: the day's attendance grid, the XLSX export, certificate look-up and revocation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sanat.accounts.services import client_ip
from sanat.web.kit.downloads import attachment
from sanat.web.kit.lang import current_lang
from sanat.web.kit.views import guarded

from . import attendance_grid as grid
from . import services as s
from .exports import activity_name, cohort_xlsx
from .models import Certificate, Cohort


def _cohort(request, pk) -> Cohort:
    c = get_object_or_404(Cohort, pk=pk)
    s.require_manage(request.user, c)
    return c


def _grid_context(cohort, day, posted=None, errors=None):
    cols = grid.columns(cohort, day)
    people = list(cohort.participants.all().order_by("name", "pk"))
    done = {p.pk: s.attended(p) for p in people}
    rows = []
    for p in people:
        cells = []
        for col in cols:
            name = grid.cell_name(p.pk, col)
            value = posted.get(name, "") if posted is not None else done[p.pk].get((col.topic, col.activity), 0)
            cells.append({"name": name, "value": value, "planned": col.planned})
        rows.append({"p": p, "cells": cells, "total": sum(done[p.pk].values())})
    return {"cohort": cohort, "day": day, "days": grid.days(cohort), "columns": [
        {"col": c, "activity": activity_name(c.activity)} for c in cols],
        "rows": rows, "totals": grid.totals(cohort, day), "errors": errors or [],
        "total_hours": s.total_hours(cohort.format)}


@login_required
@require_http_methods(["GET", "POST"])
@guarded
def attendance_day(request, pk, day):
    """GET: the grid of one course day; POST: save it at once (``fill=planned`` marks everyone present)."""
    cohort = _cohort(request, pk)
    if day not in {d["day"] for d in grid.days(cohort)}:
        raise Http404
    if request.method == "GET":
        return render(request, "training_centre/attendance_day.html", _grid_context(cohort, day))
    if request.POST.get("fill") == "planned":
        values = {p.pk: {(c.topic, c.activity): c.planned for c in grid.columns(cohort, day)}
                  for p in cohort.participants.all()}
        errors = []
    else:
        values, errors = grid.parse(cohort, day, request.POST,
                                    lambda p, c: f"{p.name}, {c.topic} {activity_name(c.activity)}")
    if errors:
        return render(request, "training_centre/attendance_day.html",
                      _grid_context(cohort, day, request.POST, errors), status=400)
    grid.save(request.user, cohort, values, ip=client_ip(request))
    messages.success(request, _("Attendance saved."))
    return redirect("training_centre:attendance_day", pk=cohort.pk, day=day)


@login_required
@require_GET
@guarded
def export_xlsx(request, pk):
    cohort = _cohort(request, pk)
    lang = current_lang(request)
    return attachment(cohort_xlsx(cohort, lang), f"cohort-{cohort.pk}-{lang}.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@require_GET
def verify_lookup(request):
    """Public: a box to type a certificate number; found case-insensitively, spaces ignored."""
    number = "".join(request.GET.get("number", "").split())[:40]
    if not number:
        return render(request, "training_centre/verify.html", {"cert": None, "number": "", "asked": False})
    cert = Certificate.objects.filter(number__iexact=number).first()
    if cert is not None:
        return redirect("training_centre:verify", number=cert.number)
    return render(request, "training_centre/verify.html", {"cert": None, "number": number, "asked": True},
                  status=404)


@login_required
@require_POST
@guarded
def revoke(request, pk):
    """Revoke a participant's certificate with a reason (audited); the public page then says so."""
    cert = get_object_or_404(Certificate.objects.select_related("participant__cohort"), participant__pk=pk)
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, _("Reason: this field is required."))
        return redirect("training_centre:participant", pk=pk)
    s.revoke_certificate(request.user, cert, reason[:1000], ip=client_ip(request))
    messages.success(request, _("Certificate revoked."))
    return redirect("training_centre:participant", pk=pk)


@login_required
@require_POST
@guarded
def certificates_zip(request, pk, lang):
    """Start the ZIP of all the cohort's certificates in ``lang`` (a background job with a progress page)."""
    from sanat.docjobs import services as docjobs

    from . import certificate_batch

    if lang not in ("kk", "ru"):
        raise Http404
    cohort = _cohort(request, pk)
    origin = request.build_absolute_uri("/").rstrip("/")
    job = docjobs.start(request, certificate_batch.KIND, certificate_batch.params(cohort, lang, origin))
    return redirect("docjobs:job", pk=job.pk)
