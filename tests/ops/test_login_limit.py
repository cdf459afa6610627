"""The log-in limit: normalised names, atomic counting, per account+address, trusted proxies.

Each test failed on the previous limiter (counted audit events per lower-cased name and per address)."""

from __future__ import annotations

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, RequestFactory

from sanat.accounts import throttle
from sanat.accounts.models import AuditEvent
from sanat.ops.ratelimit import client_ip

URL = "/accounts/login/"


@pytest.fixture
def victim(django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return django_user_model.objects.create_user("victim", password="right-password")


def _try(client, username, password, ip="198.51.100.1"):
    return client.post(URL, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_fullwidth_and_case_variants_share_the_victims_count(client, victim):
    for _ in range(throttle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS):
        assert _try(client, "victim", "wrong").status_code == 200
    for variant in ("ｖictim", "VICTIM", "Victim ", "ｖｉｃｔｉｍ"):
        r = _try(client, variant, "right-password")
        assert r.status_code == 429, variant           # before: ｖictim had its own count and logged in
        assert "_auth_user_id" not in client.session


def test_a_normalised_name_logs_in_as_the_account_it_counts_against(client, victim):
    assert _try(client, "ＶＩＣＴＩＭ", "right-password").status_code == 302
    assert client.session["_auth_user_id"] == str(victim.pk)


def test_failures_are_counted_under_the_normalised_name(client, victim):
    _try(client, "ｖictim", "wrong")
    assert AuditEvent.objects.filter(action="login.failed", object_id="victim").count() == 1


@pytest.mark.skipif(not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
                    reason="SQLite's shared in-memory test database locks whole tables under threads "
                           "(every request fails); the PostgreSQL pass runs this test")
def test_thirty_parallel_wrong_tries_check_at_most_five_passwords(transactional_db, victim):
    n, barrier = 30, threading.Barrier(30)
    statuses: list[int] = []

    def attempt():
        try:
            barrier.wait()
            statuses.append(_try(Client(), "victim", "wrong").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(statuses) == n
    checked = AuditEvent.objects.filter(action="login.failed").count()
    assert checked <= throttle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS   # before: all 30 were checked
    assert statuses.count(429) >= n - throttle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS


def test_an_attacker_cannot_lock_out_a_named_account(client, victim):
    for _ in range(10):
        _try(Client(), "victim", "wrong", ip="203.0.113.66")
    assert _try(Client(), "victim", "wrong", ip="203.0.113.66").status_code == 429
    r = _try(client, "victim", "right-password", ip="198.51.100.20")   # the victim, from their own address
    assert r.status_code == 302


def test_one_address_spraying_many_accounts_is_limited_but_others_are_not(client, victim):
    for i in range(throttle.MAX_FAILURES_PER_ADDRESS):
        assert _try(Client(), f"user{i}", "wrong", ip="203.0.113.7").status_code == 200
    assert _try(Client(), "someone-else", "wrong", ip="203.0.113.7").status_code == 429
    assert _try(client, "victim", "right-password", ip="198.51.100.21").status_code == 302  # the site is not locked


def test_a_successful_login_does_not_use_up_the_address(client, victim):
    for _ in range(throttle.MAX_FAILURES_PER_ADDRESS + 5):
        assert _try(Client(), "victim", "right-password", ip="192.0.2.50").status_code == 302


def test_client_address_trusts_x_forwarded_for_only_from_trusted_proxies(settings):
    rf = RequestFactory()
    spoofed = rf.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.1.1.1")
    settings.SANAT_TRUSTED_PROXIES = []
    assert client_ip(spoofed) == "203.0.113.5"
    settings.SANAT_TRUSTED_PROXIES = ["10.0.0.0/24"]
    assert client_ip(spoofed) == "203.0.113.5"                     # an untrusted peer's header is ignored
    behind = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7, 10.0.0.3")
    assert client_ip(behind) == "198.51.100.7"                     # the right-most untrusted hop; 6.6.6.6 forged
    garbage = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client_ip(garbage) == "10.0.0.2"


def test_behind_the_proxy_each_client_has_its_own_count(client, victim, settings):
    settings.SANAT_TRUSTED_PROXIES = ["10.0.0.2"]
    for _ in range(6):
        client.post(URL, {"username": "victim", "password": "wrong"}, REMOTE_ADDR="10.0.0.2",
                    HTTP_X_FORWARDED_FOR="203.0.113.99")
    r = Client().post(URL, {"username": "victim", "password": "right-password"}, REMOTE_ADDR="10.0.0.2",
                      HTTP_X_FORWARDED_FOR="198.51.100.44")
    assert r.status_code == 302   # before: every client behind the proxy shared one address and was locked out
