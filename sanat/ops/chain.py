"""The audit log's hash chain: ``seal`` each new event, ``verify`` the whole log.

Each event's seal is ``sha256(previous hash + canonical JSON of the stored event)`` (the first one starts
from 64 zeros). Editing an event's content, deleting one, inserting one out of order, or dropping seals
breaks the chain at that point; ``sanat audit verify`` (``manage.py verify_audit``) names the first break.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

GENESIS = "0" * 64


def canonical(event) -> bytes:
    """The event's stored fields as canonical JSON (sorted keys, UTC time, no whitespace)."""
    # milliseconds: what dumpdata keeps (a restored log must verify)
    at = event.at.astimezone(dt.UTC).isoformat(timespec="milliseconds") if event.at else ""
    data = {"id": event.pk, "at": at, "actor": event.actor_id, "actor_label": event.actor_label,
            "action": event.action, "object_type": event.object_type, "object_id": event.object_id,
            "before": event.before, "after": event.after, "ip": event.ip, "note": event.note}
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def link(prev_hash: str, event) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical(event)).hexdigest()


def _head():
    from .models import ChainHead

    ChainHead.objects.get_or_create(pk=1)
    ChainHead.objects.filter(pk=1).update(seq=F("seq") + 1)   # takes the lock before reading the head
    return ChainHead.objects.select_for_update().get(pk=1)


@transaction.atomic
def seal(event) -> str:
    """Seal one just-inserted event (re-read from the database so the hash covers what is stored)."""
    from sanat.accounts.models import AuditEvent

    from .models import AuditSeal

    head = _head()
    stored = AuditEvent.objects.get(pk=event.pk)
    digest = link(head.hash, stored)
    AuditSeal.objects.create(event_id=stored.pk, prev_hash=head.hash, hash=digest)
    type(head).objects.filter(pk=1).update(last_event_id=stored.pk, hash=digest)
    return digest


@dataclass
class Verdict:
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(limit_problems: int = 20) -> Verdict:
    """Walk every event in id order and recompute the chain."""
    from sanat.accounts.models import AuditEvent

    from .models import AuditSeal, ChainHead

    verdict, prev = Verdict(), GENESIS
    seals = dict(AuditSeal.objects.values_list("event_id", "hash"))
    prevs = dict(AuditSeal.objects.values_list("event_id", "prev_hash"))
    seen = set()
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        verdict.checked += 1
        seen.add(event.pk)
        stored = seals.get(event.pk)
        if stored is None:
            verdict.problems.append(f"event {event.pk}: no seal (inserted outside the application?)")
        elif prevs[event.pk] != prev:
            verdict.problems.append(f"event {event.pk}: chain broken before it (an event was removed)")
        elif link(prev, event) != stored:
            verdict.problems.append(f"event {event.pk}: content changed after it was written")
        prev = stored or prev
        if len(verdict.problems) >= limit_problems:
            return verdict
    for missing in sorted(set(seals) - seen)[:limit_problems]:
        verdict.problems.append(f"event {missing}: sealed but missing (deleted)")
    head = ChainHead.objects.filter(pk=1).first()
    if head and head.hash != prev and not verdict.problems:
        verdict.problems.append("the last events were removed (the chain head is further on)")
    return verdict
