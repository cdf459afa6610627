"""Development-only commands (demo data with known passwords) refuse to run in production."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import CommandError


def refuse_outside_development(command: str) -> None:
    """Raise ``CommandError`` unless the instance runs in development mode (``SANAT_DEBUG=1``).

    ``SANAT_DEVELOPMENT`` is the mode the settings were loaded in (the test runner forces ``DEBUG`` off
    while running, so ``DEBUG`` itself cannot be asked).
    """
    if not getattr(settings, "SANAT_DEVELOPMENT", False):
        raise CommandError(f"{command} creates demo users with known passwords: development only "
                           "(SANAT_DEBUG=1); refused with DEBUG off")
