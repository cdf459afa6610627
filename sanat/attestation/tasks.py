"""Huey periodic task: category-expiry reminders (``services.send_reminders``), daily at 08:05."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import send_reminders


@db_periodic_task(crontab(hour="8", minute="5"))
def attestation_reminders_daily() -> int:
    return send_reminders()
