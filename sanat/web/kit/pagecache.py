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

import gzip
import hashlib
import json
import re
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
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


@dataclass(frozen=True)
class _Whole:
    """A whole cached page: its text between the CSRF token slots, as UTF-8 and as raw-deflate streams."""

    pieces: tuple[bytes, ...]
    deflated: tuple[bytes, ...]  # each piece compressed alone, ended by a full flush (no back-references)
    body_hash: bytes
    policy: str

    def body(self, token: str) -> bytes:
        return token.encode().join(self.pieces)

    def gzip(self, token: str) -> bytes:
        """The gzip member of ``body(token)`` without compressing the page again: the pieces' streams with
        the token's own stream between them. Nothing of the token is compressed together with the page,
        so the compressed length tells nothing about it (BREACH needs the secret and the attacker's text
        in one window)."""
        raw = token.encode()
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        tok = c.compress(raw) + c.flush(zlib.Z_FULL_FLUSH)
        crc, size = 0, 0
        for i, piece in enumerate(self.pieces):
            if i:
                crc, size = zlib.crc32(raw, crc), size + len(raw)
            crc, size = zlib.crc32(piece, crc), size + len(piece)
        return b"".join((_GZIP_HEADER, tok.join(self.deflated), _FINAL_BLOCK,
                         struct.pack("<II", crc, size & 0xFFFFFFFF)))


_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, no time, unknown OS
_FINAL_BLOCK = zlib.compressobj(6, zlib.DEFLATED, -15).flush()  # an empty last block


def _deflated(piece: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(piece) + c.flush(zlib.Z_FULL_FLUSH)


def _whole(request: HttpRequest, parts: dict[str, SafeString], status: int) -> _Whole:
    response = render(request, "cached.html", {"parts": parts}, status=status)
    html = _TOKEN_INPUT.sub(f'name="csrfmiddlewaretoken" value="{TOKEN_SLOT}"', response.content.decode(response.charset))
    if "csrfmiddlewaretoken" in html.replace(f'name="csrfmiddlewaretoken" value="{TOKEN_SLOT}"', ""):
        raise ValueError("a CSRF token the slot pattern does not cover")  # never keep a visitor's token
    from sanat.web.middleware import policy_for  # the token is never inside a <script>/<style> block

    pieces = tuple(p.encode() for p in html.split(TOKEN_SLOT))
    return _Whole(pieces, tuple(_deflated(p) for p in pieces), hashlib.sha256(b"".join(pieces)).digest(),
                  policy_for(html.encode()))


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
    whole = _get(("whole", template, lang, request.get_full_path(), *key), digest,
                 lambda: _whole(request, parts, status))
    token = get_token(request)
    etag = page_etag(whole.body_hash, request)
    if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        # compressed here from the pieces kept compressed (GZipMiddleware leaves an encoded body alone)
        response = HttpResponse(whole.gzip(token), status=status)
        response["Content-Encoding"] = "gzip"
        etag = "W/" + etag  # as GZipMiddleware marks the ETag of a body it compressed
    else:
        response = HttpResponse(whole.body(token), status=status)
    response["ETag"] = etag
    response["Content-Security-Policy"] = whole.policy  # computed once with the page (the middleware keeps it)
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    return response


def json_body(key: tuple, build: Callable[[], Any]) -> tuple[bytes, str] | None:
    """(JSON bytes, ETag) of ``build()`` cached per edition and ``key``; ``None`` without an edition.
    An exception from ``build`` propagates and nothing is cached."""
    hit = _json_body(key, build)
    return None if hit is None else hit[:2]


def _json_body(key: tuple, build: Callable[[], Any]) -> tuple[bytes, str, str] | None:
    """``json_body`` and the edition digest it was cached under (what is derived from the body, such as its
    compressed form, is cached under the same digest, even if an edition is loaded meanwhile)."""
    digest = _digest_now()
    if digest is None:
        return None

    def encode() -> tuple[bytes, str]:
        body = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
        return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'

    return (*_get(("json", *key), digest, encode), digest)


def json_response(request: HttpRequest, key: tuple, build: Callable[[], Any]) -> HttpResponse | None:
    """A JSON response with the cached body, its ETag and the edition's load time as Last-Modified
    (a 304 when the client has it); ``None`` without a loaded edition (then the caller builds it)."""
    hit = _json_body(key, build)
    if hit is None:
        return None
    body, etag, digest = hit
    from sanat.catalog.store import edition

    ed = edition()
    modified = ed.loaded_at.timestamp() if ed is not None and ed.loaded_at else None
    response = get_conditional_response(request, etag=etag, last_modified=int(modified) if modified else None)
    packed = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) and len(body) >= 200
    if response is None:
        if packed:  # compressed once per edition, not per request (the body holds nothing of the visitor)
            response = HttpResponse(_get(("json-gzip", *key), digest, lambda: gzip.compress(body, 6, mtime=0)),
                                    content_type="application/json; charset=utf-8")
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
    patch_vary_headers(response, ("Accept-Encoding",))
    response["ETag"] = "W/" + etag if packed else etag  # as GZipMiddleware marks a body it compressed
    if modified:
        response["Last-Modified"] = http_date(modified)
    return response
