"""A background document's pages: its progress (a bar the page's script moves by polling ``status``; without
scripts the page refreshes itself), then the download; a failure says why in the user's language."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sanat.web.kit.downloads import file_attachment, private
from sanat.web.kit.views import guarded

from . import services


@require_GET
@guarded
def job(request: HttpRequest, pk) -> HttpResponse:
    j = services.job_for(request, pk)
    return private(render(request, "docjobs/job.html", {"job": j, "title": services.title(j),
                                                         "back": services.back(j),
                                                         "keep_days": services.keep_days()}))


@require_GET
@guarded
def status(request: HttpRequest, pk) -> JsonResponse:
    return private(JsonResponse(services.status(services.job_for(request, pk))))


@require_GET
@guarded
def download(request: HttpRequest, pk) -> FileResponse:
    j = services.job_for(request, pk)
    path = services.result_path(j)
    services.downloaded(request, j)
    return file_attachment(path, j.filename, j.content_type)
