"""Huey tasks of the eligibility app (``immediate`` in development and tests; a consumer in production)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task

from . import screen_jobs


@db_task()
def run_screening(job_id: str) -> None:
    """Screen one uploaded staff file (``screen_jobs.run``)."""
    screen_jobs.run(job_id)
