"""Retention of candidates' personal data: kept only as long as needed.

``settings.SANAT_PERSONAL_DATA_RETENTION_DAYS`` after a competition is decided (its last post's
decision), ``purge_personal_data`` removes, for every application of that competition:

* every uploaded document: the file on disk is deleted; the row keeps its number, item, size, type and
  sha256 (what the audit log cites) and its client file name becomes the redaction marker;
* files kept from failed forms (``StagedUpload``) the same way;
* for candidates **not selected** for any post: the IIN (keyed hash and last four digits), birth date,
  phone, e-mail and qualification profile are replaced by ``REDACTED`` / emptied.

Kept: names, posts, states, return reasons, scores, rankings and decisions — the protocol is the
organisation's record of the competition and must stay reproducible, and the audit log is append-only.
The selected candidate's contact data is kept (the employment that follows needs it); their documents
are deleted like the others' (the school's personnel file holds the originals, not sanat).

One ``application.purged`` audit event per application. Idempotent: purged applications carry
``purged_at`` and are skipped; a run interrupted half-way is completed by the next one.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from sanat.accounts.services import record
from sanat.web.kit.storage import private_root

from ..models import REDACTED, Application, Competition, Decision, StagedUpload, Upload
from . import clock

REDACTED_FIELDS = ["iin", "birth_date", "phone", "email", "profile"]
KEPT_FIELDS = ["last_name", "first_name", "middle_name", "posts", "state", "return_reasons", "scores", "decisions"]


def retention_days() -> int:
    return int(settings.SANAT_PERSONAL_DATA_RETENTION_DAYS)


def due_competitions(now: dt.datetime, days: int):
    """Decided competitions whose last decision is older than ``days`` at ``now``."""
    return (Competition.objects.filter(state=Competition.DECIDED)
            .annotate(decided_on=Max("decisions__decided_at"))
            .filter(decided_on__lt=now - dt.timedelta(days=days)).order_by("pk"))


def _delete_file(stored_name: str) -> bool:
    path = private_root("hiring") / stored_name
    existed = path.exists()
    path.unlink(missing_ok=True)
    return existed


def _purge_application(app_id: int, winners: set[int], now: dt.datetime, days: int, decided_on) -> bool:
    with transaction.atomic():
        app = Application.objects.select_for_update().get(pk=app_id)
        if app.purged_at is not None:
            return False
        # Files first, inside the transaction: if the commit fails, the next run deletes (nothing) again.
        uploads = list(Upload.objects.select_for_update().filter(application=app, purged_at__isnull=True))
        for row in uploads:
            _delete_file(row.stored_name)
            row.original_name, row.purged_at = REDACTED, now
        Upload.objects.bulk_update(uploads, ["original_name", "purged_at"])
        selected = app.pk in winners
        fields = ["purged_at"]
        if not selected:
            app.iin_hmac, app.iin_last2, app.birth_date = REDACTED, "", None
            app.phone = REDACTED if app.phone else ""
            app.email, app.profile = REDACTED, None
            fields += ["iin_hmac", "iin_last2", "birth_date", "phone", "email", "profile"]
        app.purged_at = now
        app.save(update_fields=fields)
        record(None, "application.purged", app, note="personal-data retention",
               after={"competition": app.competition_id, "selected": selected, "retention_days": days,
                      "decided_at": decided_on, "files_deleted": [u.pk for u in uploads],
                      "fields_redacted": [] if selected else REDACTED_FIELDS, "kept": KEPT_FIELDS})
        return True


def _purge_staged(comp: Competition, now: dt.datetime) -> list[int]:
    with transaction.atomic():
        rows = list(StagedUpload.objects.select_for_update().filter(competition=comp, purged_at__isnull=True))
        for row in rows:
            _delete_file(row.stored_name)
            row.original_name, row.purged_at = REDACTED, now
        StagedUpload.objects.bulk_update(rows, ["original_name", "purged_at"])
        if rows:
            record(None, "staged_uploads.purged", comp, note="personal-data retention",
                   after={"staged_uploads": [r.pk for r in rows]})
        return [r.pk for r in rows]


def purge_personal_data(now: dt.datetime | None = None, *, days: int | None = None) -> list[int]:
    """Purge every due competition; return the ids of the applications purged by this run."""
    now = now or clock.now()
    days = retention_days() if days is None else days
    purged: list[int] = []
    for comp in due_competitions(now, days):
        winners = set(Decision.objects.filter(competition=comp, winner__isnull=False)
                      .values_list("winner_id", flat=True))
        for app_id in comp.applications.filter(purged_at__isnull=True).values_list("pk", flat=True):
            if _purge_application(app_id, winners, now, days, comp.decided_on):
                purged.append(app_id)
        _purge_staged(comp, now)
    return purged
