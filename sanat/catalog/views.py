"""Catalog pages: thin views (validate, call one selector, render)."""

from __future__ import annotations

import re

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sanat.web.kit.pagecache import render_page

from . import selectors
from .search import find

_LINES = re.compile(r"^(\d{1,6})(?:-(\d{1,6}))?$")
MAX_QUERY = 200


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Chapters of Order 338 and their positions (rendered once per edition and language)."""
    return render_page(request, "catalog/home.html", ("home",), selectors.home)


@require_GET
def chapter(request: HttpRequest, number: int) -> HttpResponse:
    """One chapter's positions (rendered once per edition and language)."""

    def context() -> dict:
        ch = selectors.chapter(number)
        if ch is None:
            raise Http404("no such chapter")
        return {"chapter": ch}

    return render_page(request, "catalog/chapter.html", ("chapter", number), context)


@require_GET
def position(request: HttpRequest, pid: str) -> HttpResponse:
    """A position: kk and ru side by side, competencies by category, every item cited (rendered once per
    edition and language; an unknown id is asked again each time)."""

    def context() -> dict:
        p = selectors.position(pid)
        if p is None:
            raise Http404("no such position")
        return {"p": selectors.position_view(p)}

    return render_page(request, "catalog/position.html", ("position", pid), context)


@require_GET
def source(request: HttpRequest, file: str) -> HttpResponse:
    """A source text around the cited lines (``?lines=a-b``), those lines highlighted and anchored."""
    sf = selectors.source_file(file)
    if sf is None:
        raise Http404("no such source")
    m = _LINES.match(request.GET.get("lines", "1"))
    if not m:
        return render(request, "catalog/source.html", {"error": True, "file": file}, status=400)
    first = int(m.group(1))
    last = int(m.group(2) or first)
    if last < first:
        first, last = last, first
    context = 10**6 if request.GET.get("all") == "1" else 25
    return render(request, "catalog/source.html", {"w": selectors.source_window(sf, first, last, context)})


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Search titles and texts in both languages."""
    q = request.GET.get("q", "").strip()[:MAX_QUERY]
    found = find(q) if q else None
    return render(request, "catalog/search.html", {"q": q, "hits": found.hits if found else [], "found": found})
