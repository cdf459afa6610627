"""Periodic operations tasks (found by ``huey.contrib.djhuey``)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="*/30"))
def clean_partial_uploads_periodically() -> int:
    """Every 30 minutes: partial uploads older than an hour (see ``partials.py``)."""
    from .partials import clean_partial_uploads

    return len(clean_partial_uploads())


@db_periodic_task(crontab(hour="3", minute="41"))
def purge_orphan_files_daily() -> int:
    """Daily: private files no row refers to (see ``orphans.py``)."""
    from .orphans import purge_orphan_files

    return len(purge_orphan_files().deleted)
