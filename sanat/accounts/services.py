"""Audit log and log-in throttling services (callable from any app)."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction

from .models import AuditEvent

# The log-in limit lives in throttle.py (normalised names, atomic per account+address counting).
MAX_FAILURES_PER_USERNAME = 5  # per account and address; see throttle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS


def _jsonable(value: Any) -> Any:
    """Round-trip through Django's encoder so dates, decimals and UUIDs become JSON."""
    if value is None:
        return None
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def record(actor, action: str, obj: models.Model | None = None, *, before: Any = None, after: Any = None,
           ip: str | None = None, note: str = "", object_type: str = "", object_id: str = "") -> AuditEvent:
    """Append one audit event. ``actor`` may be a user, an anonymous user or ``None`` (system)."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
    from sanat.ops.chain import seal

    with transaction.atomic():
        event = AuditEvent.objects.create(
            actor=user, actor_label=(user.get_username() if user else (str(actor) if actor else "system"))[:200],
            action=action, object_type=object_type, object_id=str(object_id), before=_jsonable(before),
            after=_jsonable(after), ip=ip, note=note,
        )
        seal(event)  # the hash chain (tamper evidence, sanat/ops/chain.py)
    return event


def history(obj: models.Model):
    """All audit events of one object, oldest first."""
    return AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))


def client_ip(request) -> str | None:
    """The client's address with the trusted-proxy rule (``SANAT_TRUSTED_PROXIES``; see ``sanat.ops.ratelimit``)."""
    from sanat.ops.ratelimit import client_ip as _client_ip

    return _client_ip(request)


def login_failed(username: str, ip: str | None) -> None:
    """Record a failed log-in (never the password) under the normalised user name."""
    from .throttle import normalise_username

    record(None, "login.failed", ip=ip, object_type="login", object_id=normalise_username(username)[:64])
