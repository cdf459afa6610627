"""Periodic operations tasks (found by ``huey.contrib.djhuey``)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="*/30"))
def clean_partial_uploads_periodically() -> int:
    """Every 30 minutes: partial uploads older than an hour (see ``partials.py``)."""
    from .partials import clean_partial_uploads

    return len(clean_partial_uploads())
