"""Absolute links for e-mails: the public site address (``settings.SITE_URL``) and a page in a given language.

Mails are built outside a request (services, Huey tasks), so they cannot use ``request.build_absolute_uri``;
every app links back to its pages through ``site_link`` (one place for the public address).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from sanat.vocabulary import norm_lang


def site_url() -> str:
    """``https://sanat.example.kz`` (no trailing slash): ``SANAT_SITE_URL``, else the first allowed host."""
    configured = getattr(settings, "SITE_URL", "")
    if configured:
        return configured.rstrip("/")
    host = next((h for h in settings.ALLOWED_HOSTS if h and h not in ("*",) and not h.startswith(".")), "localhost")
    return f"https://{host}"


def absolute(path: str) -> str:
    return site_url() + path


def site_link(viewname: str, *, lang: str, args=None, kwargs=None) -> str:
    """The absolute URL of a page in ``lang``: ``/ru/…`` for Russian, no prefix for Kazakh (i18n_patterns)."""
    with translation.override(norm_lang(lang)):
        return absolute(reverse(viewname, args=args, kwargs=kwargs))
