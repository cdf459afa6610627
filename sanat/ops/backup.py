"""Backup and restore: the database (Django's dumpdata/loaddata, the same on SQLite and PostgreSQL) and the
private media, with a manifest of row counts, file hashes and the audit chain's head.

``backup(DIR)`` writes ``DIR/data.json.gz``, ``DIR/media.tar.gz`` and ``DIR/manifest.json``.
``restore(DIR)`` migrates an empty database, loads the data, unpacks the media into ``MEDIA_ROOT`` and then
checks that every count, every file hash and the audit chain match the manifest; a mismatch is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from .partials import PARTIAL_PREFIXES, PARTIAL_SUFFIXES

EXCLUDE = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]
FORMAT = 1


class BackupError(Exception):
    """A backup folder that cannot be written, or a restore that does not match its manifest."""


def _models():
    skip = {"contenttypes", "sessions", "admin"}
    for model in apps.get_models():
        if model._meta.app_label in skip or model._meta.label_lower == "auth.permission":
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        yield model


def counts() -> dict[str, int]:
    return {m._meta.label_lower: m._default_manager.count() for m in _models()}


def _media_files() -> dict[str, str]:
    root = Path(settings.MEDIA_ROOT)
    out = {}
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            partial = path.name.startswith(PARTIAL_PREFIXES) or path.name.endswith(PARTIAL_SUFFIXES)
            if path.is_file() and not partial:
                out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _audit_head() -> dict:
    from .models import ChainHead

    head = ChainHead.objects.filter(pk=1).first()
    return {"last_event_id": head.last_event_id if head else 0, "hash": head.hash if head else ""}


def backup(target: Path) -> dict:
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty")
    target.mkdir(parents=True, exist_ok=True)
    call_command("dumpdata", natural_foreign=True, exclude=EXCLUDE,
                 output=str(target / "data.json.gz"), verbosity=0)
    files = _media_files()
    root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / "media.tar.gz", "w:gz") as tar:
        for rel in files:
            tar.add(root / rel, arcname=rel, recursive=False)
    manifest = {"format": FORMAT, "created": dt.datetime.now(dt.UTC).isoformat(), "database": connection.vendor,
                "counts": counts(), "files": files, "audit": _audit_head()}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return manifest


def _is_empty() -> bool:
    from sanat.accounts.models import AuditEvent

    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return not AuditEvent.objects.exists() and not user_model.objects.exists()


def restore(source: Path) -> dict:
    """Restore into an empty database and media folder; returns the verified manifest."""
    from . import chain

    source = Path(source)
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    call_command("migrate", interactive=False, verbosity=0)
    if not _is_empty():
        raise BackupError("the database is not empty: restore into a fresh database")
    root = Path(settings.MEDIA_ROOT)
    if root.is_dir() and any(p.is_file() for p in root.rglob("*")):
        raise BackupError(f"{root} is not empty: restore into a fresh media folder")
    from sanat.catalog.models import CatalogEdition

    CatalogEdition.objects.all().delete()   # a catalog loaded by migrate-time hooks is replaced by the backup's
    call_command("loaddata", str(source / "data.json.gz"), verbosity=0)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / "media.tar.gz", "r:gz") as tar:
        tar.extractall(root, filter="data")
    problems = []
    now = counts()
    for label, n in manifest["counts"].items():
        if now.get(label) != n:
            problems.append(f"{label}: {now.get(label)} rows, the backup has {n}")
    files = _media_files()
    for rel, digest in manifest["files"].items():
        if files.get(rel) != digest:
            problems.append(f"file {rel}: missing or changed")
    if _audit_head() != manifest["audit"]:
        problems.append("the audit chain head differs from the backup's")
    verdict = chain.verify()
    problems += [f"audit: {p}" for p in verdict.problems]
    if problems:
        raise BackupError("restore does not match the backup: " + "; ".join(problems[:10]))
    return manifest
