"""gunicorn settings of ``sanat serve-prod`` (environment overrides; see docs/operations.md)."""

from __future__ import annotations

import multiprocessing
import os
import time

bind = os.environ.get("SANAT_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("SANAT_WEB_WORKERS") or (2 * multiprocessing.cpu_count() + 1))
worker_class = "sync"
timeout = int(os.environ.get("SANAT_WEB_TIMEOUT", "60"))         # a PDF render stays well below
graceful_timeout = int(os.environ.get("SANAT_WEB_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle a worker after this many requests (a guard on memory). A fresh worker starts with empty edition
# and page caches: at 2,000 a loaded server recycled each worker every few seconds and reads had a p95 of
# 1.8 s (bench_load, docs/performance.md); 50,000 keeps that to about once an hour per worker.
max_requests = int(os.environ.get("SANAT_WEB_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# The load balancer's address(es): gunicorn then trusts its X-Forwarded-Proto (the app's own rule for the
# client address is SANAT_TRUSTED_PROXIES).
forwarded_allow_ips = os.environ.get("SANAT_TRUSTED_PROXIES", "127.0.0.1") or "127.0.0.1"
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = "-"
errorlog = "-"
access_log_format = '%(m)s %(U)s %(s)s %(B)s %(M)sms'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "sanat.web.logformat.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}


def post_worker_init(worker) -> None:
    """Warm a new worker before it takes requests: import the URLconf with every view module (Django does it
    on the first request: ~0.8 s here, WeasyPrint among them) and build the edition caches (``store.warm``:
    the search index alone ~0.5 s). Otherwise the first request to each worker, after every start and every
    ``max_requests`` recycle, pays for both while a user waits. A failure is logged and the worker serves
    anyway (requests build what they need)."""
    from django.db import connections
    from django.urls import get_resolver

    from sanat.catalog import store

    started = time.monotonic()
    try:
        get_resolver().url_patterns  # noqa: B018 - imports every app's urls and views
        loaded = store.warm()
        worker.log.info("worker warmed in %.2f s (%s)", time.monotonic() - started,
                        "URLs and the edition's caches" if loaded else "URLs; no edition loaded yet")
    except Exception:
        worker.log.exception("warming the worker failed")
    finally:
        connections.close_all()  # opened outside a request: the worker's requests open their own
