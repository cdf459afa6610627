"""Audit-log tamper evidence (hash chain, verify command, PostgreSQL roles) and backup/restore into a fresh
database (counts, files, the audit trail)."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from sanat.accounts.models import AuditEvent
from sanat.accounts.services import record
from sanat.ops import chain
from sanat.ops.models import AuditSeal

from .test_server_stack import clean_env

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _pg_admin_url(dbname: str) -> str:
    db = settings.DATABASES["default"]
    return f"postgresql://{db['USER']}@{db['HOST']}:{db['PORT']}/{dbname}"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return settings.MEDIA_ROOT


def _events(n: int = 5) -> None:
    for i in range(n):
        record(None, "test.event", object_type="test", object_id=str(i), after={"n": i, "text": "Әлиева Айгүл"},
               ip="10.0.0.1")


def _tamper(sql: str) -> None:
    """Bypass the append-only guard as a superuser/owner would (the attack the chain must reveal)."""
    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute("DROP TRIGGER IF EXISTS accounts_auditevent_no_update")
        else:
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cur.execute("ALTER TABLE accounts_auditevent DISABLE TRIGGER USER")
        cur.execute(sql)
        if connection.vendor == "postgresql":
            cur.execute("ALTER TABLE accounts_auditevent ENABLE TRIGGER USER")


def test_every_audit_event_is_sealed_and_the_chain_verifies(db):
    _events()
    assert AuditSeal.objects.count() == AuditEvent.objects.count() >= 5
    verdict = chain.verify()
    assert verdict.ok and verdict.checked == AuditEvent.objects.count()
    call_command("verify_audit")


def test_an_edited_audit_event_breaks_the_chain(db):
    _events()
    target = AuditEvent.objects.order_by("id")[2]
    _tamper(f"UPDATE accounts_auditevent SET note = 'rewritten' WHERE id = {target.pk}")
    verdict = chain.verify()
    assert not verdict.ok and f"event {target.pk}: content changed" in verdict.problems[0]
    with pytest.raises(CommandError, match="BROKEN"):
        call_command("verify_audit")


def test_a_deleted_audit_event_breaks_the_chain(db):
    _events()
    victim = AuditEvent.objects.order_by("id")[1]
    _tamper(f"DELETE FROM accounts_auditevent WHERE id = {victim.pk}")
    verdict = chain.verify()
    assert not verdict.ok and "removed" in verdict.problems[0]


def test_removing_the_last_events_is_detected(db):
    _events()
    last = AuditEvent.objects.order_by("-id")[0]
    _tamper(f"DELETE FROM accounts_auditevent WHERE id = {last.pk}")
    assert not chain.verify().ok


def test_backup_restores_into_a_fresh_database_with_counts_files_and_audit_trail(db, media, tmp_path):
    from django.contrib.auth import get_user_model

    from sanat.attestation import services as att

    user = get_user_model().objects.create_user("teacher", password="x-" + secrets.token_hex(8))
    ws = att.workspace_for(user)
    ev = att.store_upload(user, ws, SimpleUploadedFile("диплом.pdf", PDF + b"1"), "Диплом", [], None)
    _events(3)
    call_command("backup", str(tmp_path / "bk"))
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text())
    assert manifest["counts"]["attestation.evidence"] == 1 and len(manifest["files"]) == 1
    n_events = AuditEvent.objects.count()
    assert manifest["counts"]["accounts.auditevent"] == n_events

    # a fresh database and an empty media folder in another process
    home = tmp_path / "restored-home"
    if connection.vendor == "postgresql":
        import psycopg

        name = f"{settings.DATABASES['default']['NAME']}_restore"[:60]
        with psycopg.connect(_pg_admin_url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        url = _pg_admin_url(name).replace("postgresql://", "postgres://")
    else:
        url = f"sqlite:///{tmp_path}/restored.sqlite3"
    env = clean_env(SANAT_HOME=str(home), SANAT_DEBUG="1", SANAT_DATABASE_URL=url)
    r = subprocess.run([str(VENV_BIN / "sanat"), "restore", str(tmp_path / "bk")], env=env, capture_output=True,
                       text=True, timeout=600, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    probe = ("import django, os, json; os.environ['DJANGO_SETTINGS_MODULE']='sanat.web.settings'; django.setup();"
             "from sanat.accounts.models import AuditEvent; from sanat.attestation.models import Evidence;"
             "from sanat.attestation.services import evidence_path; e = Evidence.objects.get();"
             "print(json.dumps([AuditEvent.objects.count(), evidence_path(e).read_bytes().decode('latin-1'),"
             " list(AuditEvent.objects.order_by('id').values_list('action', flat=True))]))")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count, content, actions = json.loads(out.stdout)
    assert count == n_events and content == (PDF + b"1").decode("latin-1")
    assert actions == list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert ev.pk
    # restoring twice into the same (now full) database is refused
    again = subprocess.run([str(VENV_BIN / "sanat"), "restore", str(tmp_path / "bk")], env=env,
                           capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert again.returncode == 1 and "not empty" in again.stderr
    # the restored audit trail verifies; an edit in the restored copy is caught there too
    verify = subprocess.run([str(VENV_BIN / "sanat"), "audit", "verify"], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    if connection.vendor == "postgresql":
        import psycopg

        with psycopg.connect(_pg_admin_url(name), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}_x"')  # no-op: keeps the connection used
        with psycopg.connect(_pg_admin_url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.skipif(not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
                    reason="database roles are a PostgreSQL feature (SQLite has no roles)")
def test_the_application_role_cannot_truncate_disable_triggers_or_drop_the_audit_log(db, tmp_path):
    import psycopg

    suffix = secrets.token_hex(3)
    owner, app, name = f"sanat_owner_{suffix}", f"sanat_app_{suffix}", f"sanat_roles_{suffix}"
    admin = _pg_admin_url("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN')
        conn.execute(f'CREATE ROLE "{app}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    try:
        script = (ROOT / "deploy" / "postgres-roles.sql").read_text()
        script = script.split("-- (as the database owner or superuser")[1].split("\n", 1)[1]
        script = script.replace("sanat_owner", owner).replace("sanat_app", app).replace("DATABASE sanat", f'DATABASE "{name}"')
        with psycopg.connect(_pg_admin_url(name), autocommit=True) as conn:
            conn.execute(script)
        db = settings.DATABASES["default"]
        base = f"postgres://{{}}@{db['HOST']}:{db['PORT']}/{name}"
        env = clean_env(SANAT_HOME=str(tmp_path), SANAT_DEBUG="1", SANAT_DATABASE_URL=base.format(app),
                        SANAT_MIGRATE_DATABASE_URL=base.format(owner), SANAT_SECRET_KEY=secrets.token_urlsafe(50))
        r = subprocess.run([str(VENV_BIN / "sanat"), "migrate"], env=env, capture_output=True, text=True,
                           timeout=900, cwd=ROOT)
        assert r.returncode == 0, r.stderr[-3000:]
        app_url = base.format(app).replace("postgres://", "postgresql://")
        refused = {
            "TRUNCATE accounts_auditevent": "permission denied",
            "ALTER TABLE accounts_auditevent DISABLE TRIGGER ALL": "must be owner",
            "DROP TABLE accounts_auditevent": "must be owner",
            "UPDATE accounts_auditevent SET note = 'x'": "permission denied",
            "DELETE FROM accounts_auditevent": "permission denied",
            "DELETE FROM ops_auditseal": "permission denied",
        }
        for statement, message in refused.items():
            with psycopg.connect(app_url, autocommit=True) as conn, pytest.raises(psycopg.Error) as err:
                conn.execute(statement)
            assert message in str(err.value), (statement, str(err.value))
        with psycopg.connect(app_url, autocommit=True) as conn:   # the application itself still works
            n = conn.execute("SELECT count(*) FROM catalog_position").fetchone()[0]
            assert n == 91
            conn.execute("INSERT INTO accounts_auditevent (at, actor_label, action, object_type, object_id, note) "
                         "VALUES (now(), 'system', 'role.test', '', '', '')")
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{app}"')
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')
