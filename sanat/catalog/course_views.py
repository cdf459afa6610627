"""The course programme page (source 003): thin views over ``build_course``, built once per process."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from sanat.regulation.course import build_course
from sanat.regulation.course.tables import curriculum_rows
from sanat.web.kit.pagecache import render_page


@cache
def course_data() -> dict:
    """The parsed course, once per process (``settings.SANAT_SOURCES`` if set, else the shipped text)."""
    return build_course(getattr(settings, "SANAT_SOURCES", None))


@require_GET
def programme(request: HttpRequest) -> HttpResponse:
    """Modules, topics, both curriculum tables with totals, assessment, support and anomalies."""
    def context() -> dict:
        course = course_data()
        return {"c": course, "tables": [curriculum_rows(course, fmt) for fmt in ("in_person", "distance")]}

    return render_page(request, "catalog/course/programme.html", ("course",), context)


@require_GET
def export(request: HttpRequest) -> JsonResponse:
    """The same dict as ``sanat course export --format json``."""
    return JsonResponse(course_data(), json_dumps_params={"ensure_ascii": False})
