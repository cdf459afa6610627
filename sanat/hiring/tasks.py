"""Huey tasks of the hiring app (found by ``huey.contrib.djhuey``; ``immediate`` in development and tests).

Run the consumer in production: ``manage.py run_huey``.
"""

from __future__ import annotations

import logging

from django.core.mail import send_mail
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, task

from .services.retention import purge_personal_data

log = logging.getLogger(__name__)


@task(retries=5, retry_delay=120)
def send_message(subject: str, body: str, to: str) -> int:
    """Send one message built before queueing. An error makes Huey retry (5 times, 2 minutes apart)."""
    return send_mail(subject, body, None, [to], fail_silently=False)


@db_periodic_task(crontab(hour="3", minute="17"))
def purge_personal_data_daily() -> int:
    """The retention purge, once a day (see ``services/retention.py``)."""
    return len(purge_personal_data())
