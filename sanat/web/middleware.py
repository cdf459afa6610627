"""Site-wide request guard and security headers.

``RequestGuardMiddleware`` refuses, before any view runs, input that no view can store or answer: a body
larger than ``SANAT_MAX_REQUEST_BYTES`` (413), NUL bytes in the path, the query string, form fields or a
JSON body (400: PostgreSQL text cannot hold them, file systems refuse them), and undecodable query strings.

``SecurityHeadersMiddleware`` adds the Content-Security-Policy (the few inline ``<style>``/``<script>``
blocks are allowed by their sha256) and the headers Django does not set itself.
"""

from __future__ import annotations

import base64
import decimal
import hashlib
import logging
import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)
JSON_TYPES = ("application/json", "application/problem+json")


def refuse(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """A small page (or JSON for the API) in the user's language with ``status``."""
    translation.activate(translation.get_language_from_request(request, check_path=True))
    if request.path.startswith("/api/") or request.content_type in JSON_TYPES:
        from django.http import JsonResponse

        return JsonResponse({"detail": str(message)}, status=status, json_dumps_params={"ensure_ascii": False})
    return render(request, "refused.html", {"message": str(message), "status": status}, status=status)


def _has_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path or b"\x00" in unquote_to_bytes(request.META.get("QUERY_STRING", "")):
        return True
    if request.method in ("POST", "PUT", "PATCH"):
        if request.content_type in JSON_TYPES:
            body = request.body
            return b"\x00" in body or b"\\u0000" in body
        if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            fields = request.POST
            if any("\x00" in key or any("\x00" in v for v in fields.getlist(key)) for key in fields):
                return True
            return any("\x00" in (f.name or "") for f in request.FILES.values())
    return False


_STAFF_FILE_UPLOAD = re.compile(r"^(/ru)?/eligibility/screen/$")


def max_request_bytes(path: str) -> int:
    """The largest body accepted on ``path``: ``SANAT_MAX_REQUEST_BYTES``, except the staff-file upload,
    which takes a whole region's file (its own limit, ``SANAT_SCREEN_MAX_MB``, plus room for the form)."""
    limit = settings.SANAT_MAX_REQUEST_BYTES
    if _STAFF_FILE_UPLOAD.match(path):
        limit = max(limit, (int(getattr(settings, "SANAT_SCREEN_MAX_MB", 64)) + 1) * 1024 * 1024)
    return limit


class RequestGuardMiddleware:
    """Refuse oversize bodies and NUL bytes with a clear 4xx (never a 500 further down)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return refuse(request, 400, _("The request is malformed."))
        if length > max_request_bytes(request.path_info):
            return refuse(request, 413, _("The request is too large."))
        if _has_nul(request):
            return refuse(request, 400, _("The request contains a character that is not allowed (NUL)."))
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """Safety net: date arithmetic past 9999-12-31 or before 0001-01-01 (a cohort starting 9999-12-31)
        and numbers no decimal can hold are the input's fault: 400 with a message, not a 500."""
        if isinstance(exception, OverflowError | decimal.InvalidOperation):
            logger.warning("input out of range on %s: %r", request.path, exception)
            return refuse(request, 400, _("A date or number in the form is outside the range that can be used."))
        return None


# Inline <style>/<script> blocks are allowed by the sha256 of their text, computed from each HTML response:
# the header follows from the body alone, so page caching and ETag/304 responses stay consistent (a nonce
# would differ between a cached body and a fresh header). style="" attributes stay allowed
# (style-src-attr): templates escape every value, and a style attribute cannot run code.
CSP = ("default-src 'self'; script-src 'self'{scripts}; style-src 'self'{styles}; "
       "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
       "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
# Django Ninja's API docs page (Swagger UI) runs inline scripts it ships itself.
CSP_API_DOCS = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
_STYLE = re.compile(rb"<style\b[^>]*>(.*?)</style>", re.S | re.I)
_SCRIPT = re.compile(rb"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def _hashes(pattern: re.Pattern, body: bytes) -> str:
    found = dict.fromkeys(base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode()
                          for m in pattern.finditer(body))
    return "".join(f" 'sha256-{h}'" for h in found)


def policy_for(body: bytes) -> str:
    """The site's CSP for an HTML body: its inline ``<style>``/``<script>`` blocks allowed by their hashes."""
    return CSP.format(scripts=_hashes(_SCRIPT, body), styles=_hashes(_STYLE, body))


class SecurityHeadersMiddleware:
    """CSP (inline blocks by hash), Permissions-Policy, CORP; Django's SecurityMiddleware sets the rest.
    Sits inside GZip (it reads the uncompressed body) and never changes the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 304:
            return response  # the browser keeps the policy stored with the body it already has
        if "Content-Security-Policy" not in response:
            if request.path.startswith("/api/docs"):
                policy = CSP_API_DOCS
            else:
                html = (not response.streaming and response.get("Content-Type", "").startswith("text/html")
                        and response.get("Content-Encoding") is None)
                body = response.content if html else b""
                policy = policy_for(body)
            response["Content-Security-Policy"] = policy
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
