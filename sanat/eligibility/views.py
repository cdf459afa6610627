"""Eligibility pages: thin views (validate, call ``services``, render)."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from sanat.documents.zipguard import FileLimitExceeded
from sanat.eligibility import services
from sanat.eligibility.forms import CheckForm, ScreenForm
from sanat.eligibility.labels import words
from sanat.ops.ratelimit import limited
from sanat.ops.uploadlimits import limit_message
from sanat.rules.profile import ProfileError
from sanat.rules.staff import RowError
from sanat.web.kit.lang import current_lang

MAX_UPLOAD = 5 * 1024 * 1024


@require_http_methods(["GET", "POST"])
@limited("eligibility-check", "SANAT_RATE_CHECK_PER_MINUTE", 30,
         applies=lambda r: r.method == "POST" or "position" in r.GET)
def check(request: HttpRequest) -> HttpResponse:
    """Pick the post, fill the profile, see the decision with each quoted clause and the gap list."""
    lang = current_lang(request)
    data = request.POST if request.method == "POST" else (request.GET if "position" in request.GET else None)
    form = CheckForm(data, lang=lang, position_choices=services.choices(lang),
                     initial={"position": request.GET.get("position"), "profile_relevant": True})
    decision, error = None, None
    if data is not None and form.is_valid():
        try:
            pid, profile = services.profile_from_form(form.staff_row())
            decision = services.check(pid, profile, form.cleaned_data.get("as_of") or date.today(), lang)
        except (ProfileError, RowError, KeyError) as exc:
            error = str(exc)
    return render(request, "eligibility/check.html",
                  {"form": form, "d": decision, "error": error, "w": words(lang), "lang": lang})


@require_http_methods(["GET", "POST"])
@limited("eligibility-screen", "SANAT_RATE_SCREEN_PER_MINUTE", 6)
def screen(request: HttpRequest) -> HttpResponse:
    """Upload a staff file (CSV/XLSX), get the screened file back in the same format."""
    lang = current_lang(request)
    form = ScreenForm(request.POST or None, request.FILES or None, lang=lang)
    error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            error = "file too large (5 MB)"
        elif not upload.name.lower().endswith((".csv", ".xlsx")):
            error = "CSV or XLSX only"
        else:
            try:
                data, name, _ = services.screen_file(upload.name, upload.read(),
                                                     form.cleaned_data.get("as_of") or date.today(), lang)
            except FileLimitExceeded as exc:
                error = limit_message(exc)
            except (ValueError, KeyError, OSError) as exc:
                error = f"cannot read the file: {exc}"
            else:
                ctype = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                         if name.endswith(".xlsx") else "text/csv; charset=utf-8")
                resp = HttpResponse(data, content_type=ctype)
                resp["Content-Disposition"] = f'attachment; filename="{name}"'
                return resp
    return render(request, "eligibility/screen.html", {"form": form, "error": error, "w": words(lang)},
                  status=400 if error else 200)
