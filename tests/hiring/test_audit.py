"""The audit log is append-only, in the ORM and in the database."""

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction

from sanat.accounts import services
from sanat.accounts.models import AppendOnlyError, AuditEvent


@pytest.fixture
def event(db, django_user_model):
    user = django_user_model.objects.create_user("auditor", password="x")
    return services.record(user, "thing.changed", user, before={"a": 1}, after={"a": 2}, ip="10.0.0.1")


def test_record_keeps_who_what_before_after(event):
    e = AuditEvent.objects.get(pk=event.pk)
    assert (e.actor_label, e.action, e.object_type, e.before, e.after, e.ip) == (
        "auditor", "thing.changed", "auth.user", {"a": 1}, {"a": 2}, "10.0.0.1")
    assert list(services.history(e.actor)) == [e]


def test_orm_refuses_changes(event):
    event.action = "forged"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="forged")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).action == "thing.changed"


def test_database_refuses_raw_update(event):
    with pytest.raises((DatabaseError, IntegrityError)), transaction.atomic(), connection.cursor() as cur:
        cur.execute("UPDATE accounts_auditevent SET action = 'forged' WHERE id = %s", [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).action == "thing.changed"


def test_postgres_refuses_raw_delete(event):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite: DELETE is refused by the ORM only (Django's test flush deletes rows)")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
        cur.execute("DELETE FROM accounts_auditevent WHERE id = %s", [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_login_is_rate_limited(client, django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_user("teacher", password="right-password")
    url = "/accounts/login/"
    for _ in range(services.MAX_FAILURES_PER_USERNAME):
        r = client.post(url, {"username": "teacher", "password": "wrong"})
        assert r.status_code == 200
    r = client.post(url, {"username": "teacher", "password": "right-password"})
    assert r.status_code == 429 and "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="login.failed").count() == services.MAX_FAILURES_PER_USERNAME
    assert AuditEvent.objects.filter(action="login.blocked").count() == 1
    assert not AuditEvent.objects.filter(note__icontains="wrong").exists()


def test_login_succeeds_and_is_audited(client, django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_user("teacher", password="right-password")
    r = client.post("/accounts/login/", {"username": "teacher", "password": "right-password"})
    assert r.status_code == 302 and r["Location"] == "/hiring/"
    assert AuditEvent.objects.filter(action="login.succeeded", actor__username="teacher").count() == 1


def test_signup_logs_in_and_never_redirects_off_site(client, db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    data = {"username": "newteacher", "email": "t@example.kz", "first_name": "Асель", "last_name": "Нурлан",
            "password1": "a-long-pass-338", "password2": "a-long-pass-338"}
    r = client.post("/accounts/signup/?next=https://evil.example/", data)
    assert r.status_code == 302 and r["Location"] == "/hiring/"
    assert client.session["_auth_user_id"]
    assert AuditEvent.objects.filter(action="account.registered", actor__username="newteacher").exists()
