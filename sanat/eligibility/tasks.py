"""Huey tasks of the eligibility app (``immediate`` in development and tests; a consumer in production).

``run_screening`` screens one uploaded staff file (``screen_jobs.run``); it is defined in ``screen_jobs``,
which queues it, and listed here where ``huey.contrib.djhuey`` looks for tasks.
"""

from __future__ import annotations

from .screen_jobs import run_screening

__all__ = ["run_screening"]
