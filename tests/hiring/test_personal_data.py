"""Personal data: IINs stored as a keyed hash, e-mail through Huey, the retention purge."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction

from sanat.accounts.models import AuditEvent
from sanat.hiring import iin as iin_mod
from sanat.hiring.models import REDACTED, Application, Competition, StagedUpload, Upload
from sanat.hiring.services import applications, competitions, protocol, retention
from sanat.hiring.services.errors import HiringError
from sanat.web.kit.storage import private_root

from .conftest import apply_as, meet, pdf, valid_iin
from .test_flow import full_flow

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- IIN at rest

def test_iin_is_stored_only_as_keyed_hash_and_last_four(world, settings):
    value = valid_iin(start=world.cand.pk * 10)
    app = apply_as(world.cand, world.comp, [world.math], docs=[])
    row = Application.objects.filter(pk=app.pk).values().get()
    assert value not in " ".join(str(v) for v in row.values())          # nowhere in clear
    assert row["iin_hmac"] == hmac.new(settings.SANAT_IIN_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
    assert row["iin_last2"] == value[-2:]
    app.refresh_from_db()
    assert app.iin_matches(value) and not app.iin_matches(valid_iin(start=999))
    assert app.iin_masked == iin_mod.mask(value)
    submitted = AuditEvent.objects.get(action="application.submitted", object_id=str(app.pk))
    assert submitted.after["iin"] == iin_mod.mask(value)
    assert submitted.after["email"] == "c•••@example.kz" and world.cand.email not in str(submitted.after)
    # one application per IIN: the service refuses another candidate with the same IIN ...
    with pytest.raises(HiringError, match="IIN already exists"):
        applications.apply(world.cand2, world.comp, post_ids=[world.math.pk], iin=value, birth_date=app.birth_date,
                           last_name="X", first_name="Y", middle_name="", email="x@example.kz", phone="",
                           idempotency_key=uuid.uuid4())
    # ... and so does the database, on the hash
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(competition=world.comp, candidate=world.cand2, iin_hmac=app.iin_hmac,
                                   iin_last2=app.iin_last2, birth_date=app.birth_date, last_name="X",
                                   first_name="Y", email="x@example.kz", submitted_at=app.submitted_at)


def test_another_key_gives_another_hash():
    value = "900101300017"
    assert iin_mod.keyed_hash(value, "a") != iin_mod.keyed_hash(value, "b")
    assert len(iin_mod.keyed_hash(value, "a")) == 64
    assert iin_mod.masked(dt.date(1990, 1, 1), "17") == iin_mod.mask(value)
    assert iin_mod.masked(None, "") == "••••"


def test_the_stored_parts_leave_about_two_hundred_iins():
    """Why two digits and not four: with the birth date and the check digit, the last four digits leave
    only 1-3 possible IINs (the keyed hash would protect nothing); the last two leave ~200."""
    import itertools

    value = valid_iin(dt.date(1985, 6, 30), "M", start=4321)

    def possible(known: int) -> int:
        middle = 11 - 7 - (known - 1)
        return sum(1 for d7 in "34" for mid in itertools.product("0123456789", repeat=middle)
                   if _valid(value[:6] + d7 + "".join(mid) + value[-known:]))

    assert possible(4) <= 3 and possible(2) >= 150


def _valid(value: str) -> bool:
    try:
        iin_mod.parse(value)
    except iin_mod.InvalidIIN:
        return False
    return True


def _settings_run(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("SANAT_IIN_KEY", "SANAT_DEBUG", "SANAT_SECRET_KEY")}
    return subprocess.run([sys.executable, "-c", "import sanat.web.settings as s; print(len(s.SANAT_IIN_KEY))"],
                          env={**clean, **env}, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_refuses_to_start_without_an_iin_key_unless_debug(tmp_path):
    home = str(tmp_path)
    secret = "s" * 50
    refused = _settings_run(SANAT_DEBUG="0", SANAT_HOME=home, SANAT_SECRET_KEY=secret)
    assert refused.returncode != 0 and "SANAT_IIN_KEY" in refused.stderr
    assert _settings_run(SANAT_DEBUG="0", SANAT_HOME=home, SANAT_SECRET_KEY=secret,
                         SANAT_IIN_KEY="k" * 40).stdout.strip() == "40"
    assert _settings_run(SANAT_DEBUG="1", SANAT_HOME=home).stdout.strip() == "64"   # derived in development


def test_refuses_to_start_with_the_development_secret_key_unless_debug(tmp_path):
    refused = _settings_run(SANAT_DEBUG="0", SANAT_HOME=str(tmp_path), SANAT_IIN_KEY="k" * 40)
    assert refused.returncode != 0 and "SANAT_SECRET_KEY" in refused.stderr


@pytest.mark.django_db(transaction=True)
def test_data_migration_hashes_existing_iins(settings):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    value = "900101300017"
    executor = MigrationExecutor(connection)
    old = [("hiring", "0002_staged_upload")]
    executor.migrate(old)
    try:
        apps = executor.loader.project_state(old).apps
        user = apps.get_model("auth", "User").objects.create(username="legacy")
        org = apps.get_model("hiring", "Organisation").objects.create(name_kk="Мектеп")
        now = dt.datetime(2025, 1, 10, tzinfo=dt.UTC)
        comp = apps.get_model("hiring", "Competition").objects.create(
            organisation=org, title_kk="К", accepts_from=now, accepts_until=now + dt.timedelta(days=3), languages=["kk"])
        legacy = apps.get_model("hiring", "Application").objects.create(
            competition=comp, candidate=user, iin=value, birth_date=dt.date(1990, 1, 1), last_name="А",
            first_name="Б", email="a@example.kz", submitted_at=now)
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
    app = Application.objects.get(pk=legacy.pk)
    assert app.iin_matches(value) and app.iin_last2 == "17" and app.iin_masked == "900101••••17"
    assert "iin" not in {f.name for f in Application._meta.get_fields()}


# ---------------------------------------------------------------- e-mail through Huey

class FailingBackend:
    """An SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp down")


def test_mail_is_queued_after_commit_as_a_huey_task(world, django_capture_on_commit_callbacks, monkeypatch):
    from sanat.hiring import tasks

    queued = []
    real = tasks.send_message
    monkeypatch.setattr(tasks, "send_message", lambda *a: queued.append(a) or real(*a))
    app = apply_as(world.cand, world.comp, [world.math], docs=[1])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        applications.check(world.secretary, app, accept=False, reasons="Нет диплома")
    assert not queued and not mail.outbox          # nothing leaves before the commit
    for cb in callbacks:
        cb()
    assert len(queued) == 1 and queued[0][2] == world.cand.email and "Нет диплома" in queued[0][1]
    assert len(mail.outbox) == 1 and mail.outbox[0].body == queued[0][1]   # built before queueing, sent as is


def test_a_mail_failure_never_loses_the_state_change(client, world, settings, caplog,
                                                       django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    app = apply_as(world.cand, world.comp, [world.math])
    client.force_login(world.secretary)
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post(f"/hiring/a/{app.pk}/check/", {"decision": "accept", "reasons": ""})
    assert r.status_code == 302
    app.refresh_from_db()
    assert app.state == Application.ACCEPTED and not mail.outbox
    assert AuditEvent.objects.filter(action="application.accepted", object_id=str(app.pk)).exists()
    assert "smtp down" in caplog.text


def test_a_queue_that_is_down_never_loses_the_state_change(world, monkeypatch, caplog,
                                                             django_capture_on_commit_callbacks):
    from sanat.hiring import tasks

    def down(*args):
        raise ConnectionError("redis down")

    monkeypatch.setattr(tasks, "send_message", down)
    app = apply_as(world.cand, world.comp, [world.math])
    with django_capture_on_commit_callbacks(execute=True):
        applications.check(world.secretary, app, accept=True)
    app.refresh_from_db()
    assert app.state == Application.ACCEPTED and "could not queue" in caplog.text


# ---------------------------------------------------------------- retention

def decided(world, clock):
    comp, a, b = full_flow(world, clock)
    comp = meet(world.secretary, comp)
    competitions.record_decision(world.secretary, comp, world.math, a.pk, "Рекомендовать")
    competitions.record_decision(world.secretary, comp, world.custom, None, "Конкурс не состоялся")
    comp.refresh_from_db()
    assert comp.state == Competition.DECIDED
    return comp, a, b


def test_retention_setting_is_documented():
    from django.conf import settings

    assert settings.SANAT_PERSONAL_DATA_RETENTION_DAYS == 365
    doc = (ROOT / "docs" / "hiring.md").read_text()
    assert "SANAT_PERSONAL_DATA_RETENTION_DAYS" in doc and "## Personal data" in doc


def test_purge_deletes_files_redacts_the_not_selected_and_is_idempotent(world, clock, private_media, client):
    # a file kept from a failed form, never attached
    staged_key = uuid.uuid4()
    applications.stage_files(world.outsider, world.comp, staged_key, {
        f"doc_{world.comp.requirements.get(number=1).pk}": pdf("staged.pdf", b"staged")})
    comp, a, b = decided(world, clock)
    b_iin, b_phone = b.iin_hmac, "+7 701 000 00 00"
    Application.objects.filter(pk=b.pk).update(phone=b_phone, profile={"education": "higher"})
    files = {u.pk: applications.upload_path(u) for u in Upload.objects.filter(application__in=[a, b])}
    staged = StagedUpload.objects.get(key=staged_key)
    staged_path = private_root("hiring") / staged.stored_name
    assert files and all(p.exists() for p in files.values()) and staged_path.exists()

    decided_at = comp.decisions.order_by("-decided_at").first().decided_at
    assert retention.purge_personal_data(decided_at + dt.timedelta(days=364)) == []   # not yet
    assert all(p.exists() for p in files.values())

    later = decided_at + dt.timedelta(days=366)
    assert sorted(retention.purge_personal_data(later)) == sorted([a.pk, b.pk])
    assert not any(p.exists() for p in files.values()) and not staged_path.exists()
    for u in Upload.objects.filter(pk__in=files):
        assert u.purged_at == later and u.original_name == REDACTED and len(u.sha256) == 64
    staged.refresh_from_db()
    assert staged.purged_at == later and staged.original_name == REDACTED

    a.refresh_from_db()
    b.refresh_from_db()
    # the selected candidate keeps the contact data; the other is redacted
    assert a.purged_at == later and a.iin_matches(valid_iin(start=world.cand.pk * 10)) and a.email == world.cand.email
    assert b.iin_hmac == REDACTED and b.iin_hmac != b_iin and b.iin_last2 == "" and b.birth_date is None
    assert b.email == REDACTED and b.phone == REDACTED and b.profile is None
    assert b.iin_masked == REDACTED and not b.iin_matches(valid_iin(start=world.cand2.pk * 10))
    assert b.full_name and b.state == Application.ACCEPTED                 # names kept for the protocol

    events = AuditEvent.objects.filter(action="application.purged")
    assert sorted(int(e.object_id) for e in events) == sorted([a.pk, b.pk])
    ev_b = events.get(object_id=str(b.pk))
    assert ev_b.actor is None and ev_b.after["fields_redacted"] and not ev_b.after["selected"]
    assert sorted(ev_b.after["files_deleted"]) == sorted(u.pk for u in Upload.objects.filter(application=b))
    assert events.get(object_id=str(a.pk)).after["fields_redacted"] == []

    with pytest.raises(HiringError, match="retention"):
        applications.verify_iin(world.secretary, b, valid_iin(start=world.cand2.pk * 10))

    # idempotent: nothing more to do, nothing more written
    count = AuditEvent.objects.count()
    assert retention.purge_personal_data(later + dt.timedelta(days=30)) == []
    assert AuditEvent.objects.count() == count

    # the protocol still renders with the names and scores; the files answer 404
    content, _ctype, _name = protocol.protocol_file(world.secretary, comp, "docx", "ru")
    assert content
    client.force_login(world.cand2)
    assert client.get(f"/hiring/files/{next(iter(files))}/").status_code in (403, 404)
    own = Upload.objects.filter(application=b).first()
    assert client.get(f"/hiring/files/{own.pk}/").status_code == 404
    page = client.get(f"/hiring/a/{b.pk}/")
    assert page.status_code == 200 and REDACTED in page.content.decode()


def test_purge_leaves_undecided_competitions_alone(world, clock):
    _comp, a, _b = full_flow(world, clock)       # scored, not decided
    path = applications.upload_path(a.uploads.first())
    assert retention.purge_personal_data(clock.now() + dt.timedelta(days=3650)) == []
    assert path.exists() and not AuditEvent.objects.filter(action="application.purged").exists()


def test_purge_command(world, clock, private_media):
    from io import StringIO

    comp, _a, _b = decided(world, clock)
    out = StringIO()
    call_command("purge_personal_data", "--days", "0", "--dry-run", stdout=out)
    assert f"competition {comp.pk}" in out.getvalue() and "2 to purge" in out.getvalue()
    assert Application.objects.filter(purged_at__isnull=True).count() == 2
    clock.advance(seconds=1)
    out = StringIO()
    call_command("purge_personal_data", "--days", "0", stdout=out)
    assert "purged 2 application(s)" in out.getvalue()
    out = StringIO()
    call_command("purge_personal_data", "--days", "0", stdout=out)
    assert "purged 0 application(s)" in out.getvalue()


def test_daily_huey_task_runs_the_purge(world, clock, private_media, settings):
    from sanat.hiring import tasks

    _comp, a, b = decided(world, clock)
    settings.SANAT_PERSONAL_DATA_RETENTION_DAYS = 0
    clock.advance(seconds=1)
    assert tasks.purge_personal_data_daily.call_local() == 2
    assert tasks.purge_personal_data_daily.call_local() == 0
    assert set(Application.objects.filter(purged_at__isnull=False).values_list("pk", flat=True)) == {a.pk, b.pk}
