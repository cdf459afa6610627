"""Liveness (``/healthz``: the process answers) and readiness (``/readyz``: database, queue, catalog)."""

from __future__ import annotations

import logging

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

log = logging.getLogger(__name__)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 while the process can answer requests (no dependency is checked)."""
    return JsonResponse({"status": "ok"})


def _database() -> str:
    with connection.cursor() as cur:
        cur.execute("SELECT 1")
        cur.fetchone()
    return "ok"


def _queue() -> str:
    from huey.contrib.djhuey import HUEY

    storage = HUEY.storage
    conn = getattr(storage, "conn", None)
    if conn is not None and hasattr(conn, "ping"):  # Redis
        conn.ping()
    else:
        HUEY.pending_count()
    return "ok"


def _catalog() -> str:
    from sanat.catalog.models import Position

    if not Position.objects.exists():
        raise LookupError("no catalog edition is loaded")
    return "ok"


CHECKS = {"database": _database, "queue": _queue, "catalog": _catalog}


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """200 when every dependency answers, else 503 with the failing checks named."""
    result, ok = {}, True
    for name, check in CHECKS.items():
        try:
            result[name] = check()
        except Exception as exc:  # any failure means "not ready"; logged with its cause
            ok = False
            result[name] = f"error: {type(exc).__name__}"
            log.warning("readiness check %s failed: %s", name, exc)
    return JsonResponse({"status": "ok" if ok else "unavailable", "checks": result}, status=200 if ok else 503)
