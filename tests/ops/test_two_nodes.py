"""Scale past one machine: two gunicorn app nodes on different ports, one PostgreSQL, one Redis, a shared
SANAT_HOME (the shared media), a Huey consumer process. Log in on one node and continue on the other; an
upload through one is served by the other; a job queued by one is run by the worker."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from sanat.hiring import iin as iin_mod

from .test_server_stack import clean_env, free_port, wait_http

VENV_BIN = Path(sys.executable).parent
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + secrets.token_bytes(64)

pytestmark = [pytest.mark.database,
              pytest.mark.skipif(not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
                                 reason="the two-node test needs PostgreSQL (SQLite is one file on one machine)")]


def _pg_url(dbname: str) -> str:
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{dbname}"


@pytest.fixture
def fresh_database(db):
    """A database of its own (the nodes run outside the test's transaction), dropped afterwards."""
    if connection.vendor != "postgresql":
        pytest.skip("the two-node test needs PostgreSQL (SQLite is one file on one machine)")
    import psycopg

    name = f"{settings.DATABASES['default']['NAME']}_nodes"[:60]
    admin = _pg_url("postgres")
    with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield _pg_url(name)
    with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _csrf(session: requests.Session, url: str) -> tuple[str, str]:
    page = session.get(url)
    page.raise_for_status()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return token, page.text


def _login(session: requests.Session, base: str, username: str) -> None:
    token, _ = _csrf(session, f"{base}/accounts/login/")
    r = session.post(f"{base}/accounts/login/", data={"csrfmiddlewaretoken": token, "username": username,
                                                     "password": username}, allow_redirects=False,
                     headers={"Referer": f"{base}/accounts/login/"})
    assert r.status_code == 302, r.text[:500]


def test_two_app_nodes_share_nothing_but_the_database_redis_and_media(fresh_database, tmp_path, collected_static):
    home = tmp_path / "shared-home"
    home.mkdir()
    env = clean_env(SANAT_HOME=str(home), SANAT_DEBUG="0", SANAT_SECRET_KEY=secrets.token_urlsafe(50),
                    SANAT_IIN_KEY=secrets.token_urlsafe(32), SANAT_DATABASE_URL=fresh_database,
                    SANAT_REDIS_URL="redis://127.0.0.1:6379/0", SANAT_HUEY_NAME=f"sanat-test-{uuid.uuid4().hex[:8]}",
                    SANAT_STATIC_ROOT=str(collected_static), SANAT_WEB_WORKERS="1")
    subprocess.run([str(VENV_BIN / "sanat"), "migrate"], env=env, check=True, timeout=600, capture_output=True)
    # demo users and a published competition (the demo command is development-only: DEBUG on for it alone)
    subprocess.run([str(VENV_BIN / "django-admin"), "hiring_demo", "--settings=sanat.web.settings"],
                   env={**env, "SANAT_DEBUG": "1"}, check=True, timeout=300, capture_output=True)

    ports = [free_port(), free_port()]
    procs, logs = [], []
    try:
        for i, port in enumerate(ports):
            log = open(tmp_path / f"node{i}.log", "w")  # noqa: SIM115
            logs.append(log)
            procs.append(subprocess.Popen([str(VENV_BIN / "sanat"), "serve-prod", "--port", str(port),
                                           "--no-migrate", "--no-collectstatic"], env=env, cwd=tmp_path,
                                          stdout=log, stderr=subprocess.STDOUT))
        worker_log = open(tmp_path / "worker.log", "w")  # noqa: SIM115
        logs.append(worker_log)
        procs.append(subprocess.Popen([str(VENV_BIN / "sanat"), "worker"], env=env, cwd=tmp_path,
                                      stdout=worker_log, stderr=subprocess.STDOUT))
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        for base in (a, b):
            wait_http(f"{base}/readyz", timeout=120)
            css = re.search(r'href="(/static/sanat/site\.[0-9a-f]{12}\.css)"', requests.get(f"{base}/").text)
            assert requests.get(base + css.group(1)).status_code == 200      # CSS with DEBUG off

        # log in on A, continue on B (sessions live in the shared database)
        cand = requests.Session()
        _login(cand, a, "demo-candidate")
        comp = re.search(r'href="/hiring/c/(\d+)/"', cand.get(f"{b}/hiring/").text).group(1)
        token, page = _csrf(cand, f"{b}/hiring/c/{comp}/apply/")
        assert "demo-candidate" in page or 'name="posts"' in page
        post = re.search(r'name="posts" value="(\d+)"', page).group(1)
        doc = re.search(r'name="(doc_\d+)"', page).group(1)
        born = dt.date(1990, 5, 17)
        serial, iin = 1, None
        while iin is None:
            iin, serial = iin_mod.make(born, "F", serial), serial + 1
        email = f"cand-{uuid.uuid4().hex[:8]}@example.kz"
        # the upload goes through B ...
        r = cand.post(f"{b}/hiring/c/{comp}/apply/", headers={"Referer": f"{b}/hiring/c/{comp}/apply/"},
                      data={"csrfmiddlewaretoken": token, "idempotency_key": str(uuid.uuid4()), "posts": post,
                            "last_name": "Әлиева", "first_name": "Айгүл", "iin": iin, "birth_date": born.isoformat(),
                            "email": email, "consent": "on"},
                      files={doc: ("diploma.pdf", PDF, "application/pdf")}, allow_redirects=False)
        assert r.status_code == 302, r.text[:800]
        application = re.search(r"/hiring/a/(\d+)/", r.headers["Location"]).group(1)

        # ... and is served by A to the secretary, who logged in on A
        sec = requests.Session()
        _login(sec, a, "demo-secretary")
        page = sec.get(f"{a}/hiring/a/{application}/").text
        file_url = re.search(r'href="(/hiring/files/\d+/)"', page).group(1)
        served = sec.get(a + file_url)
        assert served.status_code == 200 and served.content == PDF

        # a job queued by B (the candidate's e-mail on a return) is run by the worker process
        token, _ = _csrf(sec, f"{b}/hiring/a/{application}/")
        r = sec.post(f"{b}/hiring/a/{application}/check/", data={"csrfmiddlewaretoken": token, "decision": "return",
                                                                 "reasons": "test"},
                     headers={"Referer": f"{b}/hiring/a/{application}/"}, allow_redirects=False)
        assert r.status_code == 302
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and email not in (tmp_path / "worker.log").read_text():
            time.sleep(0.5)
        assert email in (tmp_path / "worker.log").read_text(), (tmp_path / "worker.log").read_text()[-2000:]
        node_pids = {p.pid for p in procs[:2]}
        assert len(node_pids) == 2
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in logs:
            log.close()
