"""The procedure's clock (one place, so tests can move time: appeal windows, deadlines)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def now() -> dt.datetime:
    return timezone.now()


def today() -> dt.date:
    return timezone.localtime(now()).date()
