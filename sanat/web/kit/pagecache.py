"""Per-edition caching of the user-independent part of catalog pages and API bodies (``docs/performance.md``).

The catalog changes only when an edition is loaded, so what a page shows of it is rendered once per
(edition digest, language, page) and kept in this process. Only that part is cached: the page's own
blocks (``title``, ``head``, ``content``), rendered without the shell. The shell (``base.html``: the
header with the user's name, the language forms with their CSRF token, messages) is rendered for every
request around the cached blocks, so nothing of one user ever reaches another.

How: a cacheable template extends ``{{ base|default:"base.html" }}``. To fill the cache it is rendered
once with ``base = "parts.html"``, which prints the three blocks between markers; the response is then
``cached.html`` (extends ``base.html``) with the stored blocks. Keys hold the edition digest from
:func:`sanat.catalog.store.edition_digest`, so loading another edition makes every old key unreachable;
the store is also emptied then (at most ``MAX_ENTRIES`` pages are kept, the oldest dropped first).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from sanat.web.kit.etag import page_etag

MARK = "<!--sanat-part-->"
TOKEN_SLOT = "\x00csrf\x00"  # where a cached whole page takes the request's CSRF token
_TOKEN_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
PARTS = ("title", "head", "content")
MAX_ENTRIES = 2000

_lock = threading.Lock()
_store: OrderedDict[tuple, Any] = OrderedDict()
_digest: list[str | None] = [None]


def _digest_now() -> str | None:
    from sanat.catalog.store import edition_digest

    return edition_digest()


def _get(key: tuple, digest: str, build: Callable[[], Any]) -> Any:
    with _lock:
        if _digest[0] != digest:
            _store.clear()
            _digest[0] = digest
        hit = _store.get(key)
        if hit is not None:
            _store.move_to_end(key)
            return hit
    value = build()
    with _lock:
        if _digest[0] == digest:
            _store[key] = value
            while len(_store) > MAX_ENTRIES:
                _store.popitem(last=False)
    return value


def clear() -> None:
    """Forget every cached page (tests; a load needs no call: the digest changes)."""
    with _lock:
        _store.clear()
        _digest[0] = None


def _parts(request: HttpRequest, template: str, context: dict) -> dict[str, SafeString]:
    text = render_to_string(template, {**context, "base": "parts.html"}, request=request)
    pieces = text.split(MARK)
    if len(pieces) != len(PARTS) + 2:  # a template that does not use the parts shell: never cache it wrongly
        raise ValueError(f"{template} does not extend {{{{ base }}}}")
    return {name: mark_safe(piece) for name, piece in zip(PARTS, pieces[1:-1], strict=True)}


def _stateless(request: HttpRequest) -> bool:
    """No session and no messages cookie: an anonymous visitor with nothing queued, whose page differs
    from any other such visitor's only by the CSRF token."""
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES


def _whole(request: HttpRequest, parts: dict[str, SafeString], status: int) -> tuple[str, bytes, str]:
    response = render(request, "cached.html", {"parts": parts}, status=status)
    html = _TOKEN_INPUT.sub(f'name="csrfmiddlewaretoken" value="{TOKEN_SLOT}"', response.content.decode(response.charset))
    if "csrfmiddlewaretoken" in html.replace(f'name="csrfmiddlewaretoken" value="{TOKEN_SLOT}"', ""):
        raise ValueError("a CSRF token the slot pattern does not cover")  # never keep a visitor's token
    from sanat.web.middleware import policy_for  # the token is never inside a <script>/<style> block

    return html, hashlib.sha256(html.replace(TOKEN_SLOT, "").encode()).digest(), policy_for(html.encode())


def render_page(request: HttpRequest, template: str, key: tuple, context: Callable[[], dict],
                status: int = 200) -> HttpResponse:
    """``render(request, template, context())``, the template's own blocks cached per edition, language
    and ``key``; without a loaded edition nothing is cached. For a visitor without session or messages
    the whole page is kept too (per path), with this request's CSRF token put in its slots."""
    digest = _digest_now()
    if digest is None:
        return render(request, template, context(), status=status)
    lang = get_language() or ""
    parts = _get(("page", template, lang, *key), digest, lambda: _parts(request, template, context()))
    if not _stateless(request):
        return render(request, "cached.html", {"parts": parts}, status=status)
    page, page_hash, policy = _get(("whole", template, lang, request.get_full_path(), *key), digest,
                                   lambda: _whole(request, parts, status))
    response = HttpResponse(page.replace(TOKEN_SLOT, get_token(request)), status=status)
    response["ETag"] = page_etag(page_hash, request)
    response["Content-Security-Policy"] = policy  # computed once with the page (the middleware keeps it)
    patch_vary_headers(response, ("Cookie",))
    return response


def json_body(key: tuple, build: Callable[[], Any]) -> tuple[bytes, str] | None:
    """(JSON bytes, ETag) of ``build()`` cached per edition and ``key``; ``None`` without an edition.
    An exception from ``build`` propagates and nothing is cached."""
    digest = _digest_now()
    if digest is None:
        return None

    def encode() -> tuple[bytes, str]:
        body = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
        return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'

    return _get(("json", *key), digest, encode)


def json_response(request: HttpRequest, key: tuple, build: Callable[[], Any]) -> HttpResponse | None:
    """A JSON response with the cached body, its ETag and the edition's load time as Last-Modified
    (a 304 when the client has it); ``None`` without a loaded edition (then the caller builds it)."""
    hit = json_body(key, build)
    if hit is None:
        return None
    body, etag = hit
    from sanat.catalog.store import edition

    ed = edition()
    modified = ed.loaded_at.timestamp() if ed is not None and ed.loaded_at else None
    response = get_conditional_response(request, etag=etag, last_modified=int(modified) if modified else None)
    if response is None:
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["ETag"] = etag
    if modified:
        response["Last-Modified"] = http_date(modified)
    return response
