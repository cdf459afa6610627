"""Fixtures for the production-stack tests: static files collected once per session (hashed, compressed)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory) -> Path:
    """``collectstatic`` as ``serve-prod`` runs it, with production settings, into one folder for the session."""
    root = tmp_path_factory.mktemp("static")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SANAT_") and k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(SANAT_HOME=str(root.parent / "static-home"), SANAT_DEBUG="0", SANAT_STATIC_ROOT=str(root),
               SANAT_SECRET_KEY=secrets.token_urlsafe(50), SANAT_IIN_KEY="k" * 40,
               SANAT_DATABASE_URL=f"sqlite:///{root.parent}/static.sqlite3")
    subprocess.run([str(VENV_BIN / "django-admin"), "collectstatic", "--noinput", "-v0",
                    "--settings=sanat.web.settings"], env=env, check=True, timeout=600)
    return root
