"""ETags for HTML pages that carry a CSRF token (``docs/performance.md``).

Django's ``ConditionalGetMiddleware`` hashes the body, but every page renders a freshly masked CSRF token
in its language forms, so two renders of the same page never hash alike. This middleware (placed just
inside ``ConditionalGetMiddleware``) sets the ETag of a successful HTML GET from the body with the masked
tokens blanked, plus a hash of the request's unmasked CSRF secret: the same page for the same session
gets the same ETag (a 304), and a rotated secret (log-in) never reuses a page with a stale token.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


class PageETagMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (request.method in ("GET", "HEAD") and response.status_code == 200 and not response.streaming
                and not response.has_header("ETag")
                and response.get("Content-Type", "").startswith("text/html")):
            body = _TOKEN.sub(b'name="csrfmiddlewaretoken" value=""', response.content)
            response["ETag"] = page_etag(hashlib.sha256(body).digest(), request)
        return response


def page_etag(body_hash: bytes, request: HttpRequest) -> str:
    """The ETag of a page whose body without CSRF token values hashes to ``body_hash``, for this session's
    CSRF secret (the page cache sets it for whole cached pages without hashing the body again)."""
    h = hashlib.sha256(body_hash)
    h.update(hashlib.sha256(str(request.META.get("CSRF_COOKIE", "")).encode()).digest())
    return f'"{h.hexdigest()[:32]}"'
