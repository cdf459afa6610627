"""Files: partial uploads left by a crash are cleaned (at start and periodically), and every private file
is accounted for: no file outlives the row that owns it (hiring, attestation evidence). Before: 19 partial
files (78 MB) stayed after 7 hard kills, and deleted evidence rows left their files behind."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from sanat.ops.orphans import purge_orphan_files
from sanat.ops.partials import clean_partial_uploads

from .test_server_stack import clean_env, free_port, wait_http

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
VENV_BIN = Path(sys.executable).parent


def _age(path: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_partial_uploads_older_than_an_hour_are_removed(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "upload-tmp")
    (tmp_path / "upload-tmp").mkdir()
    (tmp_path / "media" / "hiring").mkdir(parents=True)
    (tmp_path / "media" / "attestation").mkdir(parents=True)
    old = [tmp_path / "upload-tmp" / "tmpab12.upload.pdf", tmp_path / "media" / "hiring" / ".incoming-aa",
           tmp_path / "media" / "attestation" / ".tmp-bb"]
    young = tmp_path / "media" / "hiring" / ".incoming-young"
    kept = tmp_path / "media" / "hiring" / "real-document.pdf"
    for p in [*old, young, kept]:
        p.write_bytes(b"x" * 1000)
    for p in [*old, kept]:
        _age(p, 7200)
    removed = clean_partial_uploads()
    assert sorted(removed) == sorted(old)
    assert young.exists() and kept.exists()


def test_a_hard_killed_upload_leaves_nothing_after_the_next_start(tmp_path, collected_static):
    """A real gunicorn worker is SIGKILLed mid-upload; the spooled temporary file is removed at the next start."""
    home = tmp_path / "home"
    env = clean_env(SANAT_HOME=str(home), SANAT_DEBUG="0", SANAT_SECRET_KEY=secrets.token_urlsafe(50),
                    SANAT_IIN_KEY="k" * 40, SANAT_DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
                    SANAT_STATIC_ROOT=str(collected_static))
    port = free_port()
    proc = subprocess.Popen([str(VENV_BIN / "sanat"), "serve-prod", "--port", str(port), "--workers", "1",
                             "--no-migrate", "--no-collectstatic"], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz")
        import socket

        body_start = (b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.xlsx\"\r\n"
                      b"Content-Type: application/octet-stream\r\n\r\n")
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"POST /eligibility/screen/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      b"Content-Type: multipart/form-data; boundary=B\r\nContent-Length: 20000000\r\n\r\n" + body_start)
            for _ in range(40):                       # 4 MB of a 20 MB body: spooled to FILE_UPLOAD_TEMP_DIR
                s.sendall(b"x" * 100_000)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any((home / "upload-tmp").iterdir()):
                time.sleep(0.2)
            spooled = list((home / "upload-tmp").iterdir())
            assert spooled, "the upload was not spooled to disk"
            os.killpg(proc.pid, signal.SIGKILL)       # the crash: master and worker die without cleaning up
            proc.wait(timeout=30)
        assert all(p.exists() for p in spooled)      # what a crash leaves behind
        for p in spooled:
            _age(p, 7200)
        restart = subprocess.run([str(VENV_BIN / "django-admin"), "shell", "-c",
                                  "from sanat.ops.partials import clean_partial_uploads; "
                                  "print(len(clean_partial_uploads()))", "--settings=sanat.web.settings"],
                                 env=env, capture_output=True, text=True, timeout=120)
        assert restart.stdout.strip().splitlines()[-1] == str(len(spooled)), restart.stderr
        assert not any((home / "upload-tmp").iterdir())
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_files_without_a_row_are_purged_and_owned_files_kept(db, settings, tmp_path):
    from django.contrib.auth import get_user_model

    from sanat.attestation import services as att
    from sanat.attestation.models import Evidence

    settings.MEDIA_ROOT = tmp_path / "media"
    user = get_user_model().objects.create_user("teacher", password="x-" + secrets.token_hex(6))
    ws = att.workspace_for(user)
    kept = att.store_upload(user, ws, SimpleUploadedFile("a.pdf", PDF + b"1"), "A", [], None)
    gone = att.store_upload(user, ws, SimpleUploadedFile("b.pdf", PDF + b"2"), "B", [], None)
    gone_path = att.evidence_path(gone)
    Evidence.objects.filter(pk=gone.pk).delete()        # the row is deleted; its file used to stay forever
    stray = tmp_path / "media" / "hiring" / "left-after-crash.pdf"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(PDF)
    unknown = tmp_path / "media" / "somewhere-new" / "x.pdf"
    unknown.parent.mkdir(parents=True)
    unknown.write_bytes(PDF)
    for p in (gone_path, stray, att.evidence_path(kept), unknown):
        _age(p, 3 * 86400)
    sweep = purge_orphan_files()
    assert sorted(sweep.deleted) == sorted([gone_path, stray])
    assert att.evidence_path(kept).exists() and unknown.exists()     # unknown areas are reported, not deleted
    assert sweep.unknown_areas == ["somewhere-new"]
    call_command("purge_orphan_files", "--dry-run")
