"""Huey tasks of the eligibility app (``immediate`` in development and tests; a consumer in production).

``run_screening`` screens one uploaded staff file (``screen_jobs.run``); it is defined in ``screen_jobs``,
which queues it, and listed here where ``huey.contrib.djhuey`` looks for tasks.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from . import screen_jobs
from .screen_jobs import run_screening

__all__ = ["purge_old_screenings", "run_screening"]


@db_periodic_task(crontab(hour="3", minute="41"))
def purge_old_screenings() -> int:
    """Screening results hold names: delete jobs and their files after ``SANAT_SCREEN_KEEP_DAYS`` (7)."""
    return screen_jobs.purge_old()
