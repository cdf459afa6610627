"""Huey tasks of background documents (``immediate`` in development and tests; a consumer in production).

``run_document_job`` makes one document (``services.run``); it is defined in ``services``, which queues it,
and listed here where ``huey.contrib.djhuey`` looks for tasks.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from . import services
from .services import run_document_job

__all__ = ["purge_old_document_jobs", "run_document_job"]


@db_periodic_task(crontab(hour="3", minute="47"))
def purge_old_document_jobs() -> int:
    """Made documents hold names and scores: delete them after ``SANAT_DOCUMENT_JOB_KEEP_DAYS`` (2)."""
    return services.purge_old()
