"""The site's own 403, 404 and 500 pages: the layout, the user's language, and a way back."""

from __future__ import annotations

import logging

from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from sanat.web.kit.views import back_url

log = logging.getLogger(__name__)


def _back(request) -> str | None:
    url = back_url(request)
    return url if url != request.path else None


def permission_denied(request, exception=None) -> HttpResponse:
    return render(request, "403.html", {"back": _back(request)}, status=403)


def page_not_found(request, exception=None) -> HttpResponse:
    return render(request, "404.html", {"back": _back(request)}, status=404)


@requires_csrf_token
def server_error(request) -> HttpResponse:
    """The 500 page in the layout; if even that fails (the database is down), a bare bilingual page."""
    try:
        return render(request, "500_page.html", {"back": None}, status=500)
    except Exception:  # the error page must not fail
        log.exception("the 500 page could not be rendered")
        return HttpResponseServerError(
            '<!doctype html><meta charset="utf-8"><title>sanat</title><h1>Қате орын алды · Произошла ошибка</h1>'
            '<p>Біраздан соң қайталап көріңіз. · Попробуйте ещё раз через минуту.</p><p><a href="/">sanat</a></p>')
