"""The course programme page (source 003): thin views over the loaded edition's course
(:func:`sanat.catalog.store.course`; 404 while nothing is loaded)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from sanat.regulation.course.tables import curriculum_rows
from sanat.web.kit.pagecache import render_page

from . import store


def course_data() -> dict:
    """The loaded edition's course programme; ``Http404`` while no edition is loaded."""
    data = store.course()
    if data is None:
        raise Http404("the regulations are not loaded")
    return data


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
