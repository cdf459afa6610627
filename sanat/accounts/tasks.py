"""Huey tasks of accounts: every account message (verification, password reset) is sent by the queue
(``immediate`` in development and tests; the console e-mail backend prints it in development)."""

from __future__ import annotations

from django.core.mail import send_mail
from huey.contrib.djhuey import task


@task(retries=5, retry_delay=120)
def send_email(subject: str, body: str, to: str) -> int:
    """Send one message built before queueing; an error makes Huey retry (5 times, 2 minutes apart)."""
    return send_mail(subject, body, None, [to], fail_silently=False)
