"""Staff-file screening pages: the upload form and templates, the job's progress, result and summary."""

from __future__ import annotations

from datetime import date

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sanat.ops.ratelimit import limited
from sanat.vocabulary import norm_lang
from sanat.web.kit.downloads import attachment, file_attachment
from sanat.web.kit.errors import ServiceError
from sanat.web.kit.lang import current_lang
from sanat.web.kit.views import guarded

from . import screen_jobs
from .charts import bars_image
from .forms import ScreenForm
from .labels import words
from .models import ScreeningJob
from .tasks import run_screening

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@require_http_methods(["GET", "POST"])
@limited("eligibility-screen", "SANAT_RATE_SCREEN_PER_MINUTE", 6)
def screen(request: HttpRequest) -> HttpResponse:
    """Upload a staff file (CSV/XLSX in the template's kk or ru columns); it is screened in the background."""
    lang = current_lang(request)
    form = ScreenForm(request.POST or None, request.FILES or None, lang=lang)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if not request.session.session_key:
                request.session.save()
            try:
                job = screen_jobs.create_job(request.user, request.session.session_key, form.cleaned_data["file"],
                                             form.cleaned_data.get("as_of") or date.today(), lang)
            except ServiceError as exc:
                form.add_error(exc.field or None, str(exc))
            else:
                run_screening(str(job.pk))
                return redirect("eligibility:screen_job", pk=job.pk)
        status = 400
    jobs = (ScreeningJob.objects.filter(owner=request.user)[:10] if request.user.is_authenticated else [])
    return render(request, "eligibility/screen.html",
                  {"form": form, "w": words(lang), "jobs": jobs, "max_mb": screen_jobs.max_bytes() // 2**20},
                  status=status)


@require_GET
def template(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in ("csv", "xlsx"):
        raise Http404
    lang = norm_lang(request.GET.get("lang") or current_lang(request))
    body = screen_jobs.template_bytes(kind, lang)
    return attachment(body, f"sanat-staff-{lang}.{kind}", XLSX if kind == "xlsx" else "text/csv; charset=utf-8")


@require_GET
@guarded
def job(request: HttpRequest, pk) -> HttpResponse:
    """The job's progress (the page refreshes itself while it runs), then the download and the summary."""
    j = screen_jobs.job_for(request, pk)
    lang = j.lang
    ctx: dict = {"job": j, "w": words(current_lang(request))}
    if j.state == ScreeningJob.DONE and j.summary:
        total = j.summary["total"]
        cats = screen_jobs.category_rows(total, current_lang(request))
        ctx.update(total=total, cats=cats, cats_svg=bars_image([c for c, _n in cats], [n for _c, n in cats]),
                   gaps=total["top_gaps"],
                   gaps_svg=bars_image([g for g, _n in total["top_gaps"]], [n for _g, n in total["top_gaps"]],
                                     color="#9a3412") if total["top_gaps"] else "",
                   by_post=j.summary["by_post"][:30], by_school=j.summary["by_school"][:30], lang=lang)
    return render(request, "eligibility/screen_job.html", ctx)


@require_GET
@guarded
def result(request: HttpRequest, pk) -> FileResponse:
    j = screen_jobs.job_for(request, pk)
    path = screen_jobs.result_path(j)
    return file_attachment(path, f"sanat-screened-{j.as_of:%Y-%m-%d}.{j.kind}",
                           XLSX if j.kind == "xlsx" else "text/csv; charset=utf-8")


@require_GET
@guarded
def summary(request: HttpRequest, pk) -> HttpResponse:
    j = screen_jobs.job_for(request, pk)
    if j.state != ScreeningJob.DONE:
        return redirect("eligibility:screen_job", pk=j.pk)
    return attachment(screen_jobs.summary_bytes(j), f"sanat-summary-{j.as_of:%Y-%m-%d}.xlsx", XLSX)

