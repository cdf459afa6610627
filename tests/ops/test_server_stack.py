"""The production server stack: safe defaults, check --deploy with the documented environment, gunicorn +
WhiteNoise serving hashed CSS with DEBUG off, Redis as the queue, health endpoints, structured logs."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]
ENV_TEMPLATE = ROOT / "deploy" / "sanat.env.example"
VENV_BIN = Path(sys.executable).parent
STRIP = ("SANAT_DEBUG", "SANAT_SECRET_KEY", "SANAT_IIN_KEY", "SANAT_DATABASE_URL", "SANAT_REDIS_URL",
         "SANAT_HTTPS", "SANAT_MIGRATE_DATABASE_URL", "DJANGO_SETTINGS_MODULE",
         "DJANGO_ALLOW_ASYNC_UNSAFE")  # set by the browser tests (conftest); a deployment never has it


def clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in STRIP}
    return {**env, **extra}


def py(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=clean_env(**env), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def documented_env(tmp_path) -> dict:
    """deploy/sanat.env.example with its placeholders filled (hosts kept as documented)."""
    env = {}
    for line in ENV_TEMPLATE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    env["SANAT_SECRET_KEY"] = secrets.token_urlsafe(50)
    env["SANAT_IIN_KEY"] = secrets.token_urlsafe(32)
    env = {k: v.replace("<password>", "pw") for k, v in env.items()}
    env["SANAT_HOME"] = str(tmp_path)
    return env


def test_debug_is_off_unless_asked_for(tmp_path):
    r = py("import sanat.web.settings", SANAT_HOME=str(tmp_path))
    assert r.returncode != 0 and "SANAT_SECRET_KEY must be set" in r.stderr   # DEBUG off by default
    r = py("import sanat.web.settings as s; print(s.DEBUG)", SANAT_HOME=str(tmp_path),
           SANAT_SECRET_KEY="x" * 50, SANAT_IIN_KEY="k" * 40)
    assert r.stdout.strip() == "False"
    r = py("import sanat.web.settings as s; print(s.DEBUG)", SANAT_HOME=str(tmp_path), SANAT_DEBUG="1")
    assert r.stdout.strip() == "True"


def test_production_refuses_the_public_secret_key_and_a_derived_iin_key(tmp_path):
    r = py("import sanat.web.settings", SANAT_HOME=str(tmp_path), SANAT_DEBUG="0",
           SANAT_SECRET_KEY="dev-only-insecure-key-change-me", SANAT_IIN_KEY="k" * 40)
    assert r.returncode != 0 and "SANAT_SECRET_KEY" in r.stderr
    r = py("import sanat.web.settings", SANAT_HOME=str(tmp_path), SANAT_DEBUG="0", SANAT_SECRET_KEY="x" * 50)
    assert r.returncode != 0 and "SANAT_IIN_KEY" in r.stderr


def test_check_deploy_is_clean_with_the_documented_environment(tmp_path):
    r = subprocess.run([str(VENV_BIN / "django-admin"), "check", "--deploy", "--fail-level", "WARNING",
                        "--settings=sanat.web.settings"], env=clean_env(**documented_env(tmp_path)),
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no issues" in r.stdout + r.stderr


def test_check_deploy_warns_without_redis_postgresql_and_the_site_address(tmp_path):
    env = documented_env(tmp_path)
    del env["SANAT_REDIS_URL"]
    del env["SANAT_SITE_URL"]
    env["SANAT_DATABASE_URL"] = f"sqlite:///{tmp_path}/db.sqlite3"
    r = subprocess.run([str(VENV_BIN / "django-admin"), "check", "--deploy", "--settings=sanat.web.settings"],
                       env=clean_env(**env), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "sanat.W001" in r.stderr and "sanat.W002" in r.stderr and "sanat.W004" in r.stderr


def test_redis_url_configures_huey_on_redis(tmp_path):
    r = py("import django, os; os.environ['DJANGO_SETTINGS_MODULE']='sanat.web.settings'; django.setup();"
           "from huey.contrib.djhuey import HUEY; print(type(HUEY).__name__); HUEY.storage.conn.ping(); print('ok')",
           SANAT_HOME=str(tmp_path), SANAT_DEBUG="1", SANAT_REDIS_URL="redis://127.0.0.1:6379/15")
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["RedisHuey", "ok"]


def test_development_server_turns_debug_on(monkeypatch):
    from sanat.commands import serve

    seen = {}
    monkeypatch.setenv("SANAT_DEBUG", "0")
    monkeypatch.setattr(serve, "django_setup", lambda: seen.setdefault("debug", os.environ["SANAT_DEBUG"]))
    monkeypatch.setattr("django.core.management.call_command", lambda *a, **k: None)
    serve.run(serve.argparse.Namespace(sources=None, host="127.0.0.1", port=0))
    assert seen["debug"] == "1"


def test_demo_command_refuses_with_debug_off(db, settings):
    settings.SANAT_DEVELOPMENT = False
    with pytest.raises(CommandError, match="development only"):
        call_command("hiring_demo")
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username__startswith="demo-").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer within {timeout}s")


def test_serve_prod_serves_hashed_css_with_debug_off(tmp_path, collected_static):
    """gunicorn + WhiteNoise: the page links the hashed CSS name and the CSS is served (DEBUG off, SQLite)."""
    port = free_port()
    env = clean_env(SANAT_HOME=str(tmp_path), SANAT_DEBUG="0", SANAT_SECRET_KEY=secrets.token_urlsafe(50),
                    SANAT_IIN_KEY="k" * 40, SANAT_DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
                    SANAT_STATIC_ROOT=str(collected_static))
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen([str(VENV_BIN / "sanat"), "serve-prod", "--port", str(port), "--workers", "1",
                             "--no-migrate", "--no-collectstatic"], env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz")
        manifest = json.loads((collected_static / "staticfiles.json").read_text())
        hashed = manifest["paths"]["sanat/site.css"]
        assert re.fullmatch(r"sanat/site\.[0-9a-f]{12}\.css", hashed)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/{hashed}") as r:
            assert r.status == 200 and r.headers["Content-Type"].startswith("text/css")
            assert "immutable" in r.headers["Cache-Control"]
            assert b"body" in r.read()
        with pytest.raises(urllib.error.HTTPError) as err:   # no catalog tables yet: not ready, says why
            urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz")
        assert err.value.code == 503
        assert json.loads(err.value.read())["checks"]["catalog"].startswith("error")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    lines = [json.loads(line) for line in (tmp_path / "server.log").read_text().splitlines() if line.startswith("{")]
    assert any(line["logger"] == "gunicorn.access" and "/healthz 200" in line["msg"] for line in lines)


def test_readyz_checks_database_queue_and_catalog(client, db):
    from sanat.catalog.models import CatalogEdition

    CatalogEdition.objects.all().delete()      # no edition loaded (rolled back after the test)
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["checks"]["catalog"].startswith("error")
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_ok_with_the_catalog(client, catalog):
    r = client.get("/readyz")
    assert r.status_code == 200, r.content
    assert r.json()["checks"] == {"database": "ok", "queue": "ok", "catalog": "ok"}


def test_a_500_leaves_its_traceback_in_one_json_line(client, db, settings):
    from sanat.web.logformat import JsonFormatter

    settings.ROOT_URLCONF = "tests.ops.boom_urls"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    client.raise_request_exception = False
    try:
        assert client.get("/boom/").status_code == 500
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert line["level"] == "ERROR" and line["path"] == "/boom/" and line["status"] == 500
    assert "Traceback" in line["exc"] and "ZeroDivisionError" in line["exc"]
