"""Atomic fixed-window rate limits in the shared database (any number of app nodes, SQLite or PostgreSQL).

``take(key, limit, window)`` reserves one attempt *before* the work is done: a single
``UPDATE … SET count = count + 1 WHERE key = … AND count < limit``; 30 parallel requests therefore get at
most ``limit`` reservations. ``give_back`` returns a reservation (a successful log-in is not a failure).
"""

from __future__ import annotations

import datetime as dt
import ipaddress

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import RateCounter


def take(key: str, limit: int, window: dt.timedelta, now: dt.datetime | None = None) -> bool:
    """Reserve one attempt under ``key``; False when ``limit`` attempts were taken in the current window."""
    now = now or timezone.now()
    key = key[:200]
    if not RateCounter.objects.filter(key=key).exists():
        try:
            with transaction.atomic():
                RateCounter.objects.create(key=key, window_start=now, count=0)
        except IntegrityError:
            pass  # a concurrent request created it
    RateCounter.objects.filter(key=key, window_start__lte=now - window).update(window_start=now, count=0)
    return RateCounter.objects.filter(key=key, count__lt=limit).update(count=F("count") + 1) == 1


def give_back(key: str) -> None:
    RateCounter.objects.filter(key=key[:200], count__gt=0).update(count=F("count") - 1)


def reset(key: str) -> None:
    RateCounter.objects.filter(key=key[:200]).update(count=0)


def remaining(key: str, limit: int, window: dt.timedelta) -> int:
    row = RateCounter.objects.filter(key=key[:200]).first()
    if row is None or row.window_start <= timezone.now() - window:
        return limit
    return max(0, limit - row.count)


def _networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    out = []
    for item in getattr(settings, "SANAT_TRUSTED_PROXIES", []):
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            continue
    return out


def _ip(value: str):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The client's address: ``REMOTE_ADDR``, unless that peer is a trusted proxy (``SANAT_TRUSTED_PROXIES``);
    then the right-most ``X-Forwarded-For`` entry that is not itself a trusted proxy. A client cannot forge
    its address by sending the header: entries left of the first untrusted hop are never read."""
    peer = _ip(request.META.get("REMOTE_ADDR") or "")
    if peer is None:
        return None
    trusted = _networks()
    if not any(peer in net for net in trusted):
        return str(peer)
    hops = [h for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    for hop in reversed(hops):
        ip = _ip(hop)
        if ip is None:
            break
        if not any(ip in net for net in trusted):
            return str(ip)
    return str(peer)


def _who(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_ip(request) or '-'}"


def limited(scope: str, setting: str, default: int, window: dt.timedelta = dt.timedelta(minutes=1),
            applies=lambda request: request.method == "POST"):
    """View decorator: at most ``settings.<setting>`` (default ``default``) requests per ``window`` per
    client (the account when logged in, else the address); beyond that a 429 in the user's language."""
    import functools

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if applies(request):
                limit = int(getattr(settings, setting, default))
                if not take(f"rl:{scope}:{_who(request)}", limit, window):
                    from django.utils.translation import gettext as _

                    from sanat.web.middleware import refuse

                    response = refuse(request, 429, _("Too many requests. Wait a minute and try again."))
                    response["Retry-After"] = str(int(window.total_seconds()))
                    return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
