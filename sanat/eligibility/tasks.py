"""Huey tasks of the eligibility app (``immediate`` in development and tests; a consumer in production)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from . import screen_jobs


@db_task()
def run_screening(job_id: str) -> None:
    """Screen one uploaded staff file (``screen_jobs.run``)."""
    screen_jobs.run(job_id)


@db_periodic_task(crontab(hour="3", minute="41"))
def purge_old_screenings() -> int:
    """Screening results hold names: delete jobs and their files after ``SANAT_SCREEN_KEEP_DAYS`` (7)."""
    return screen_jobs.purge_old()
