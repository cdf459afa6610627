"""Partial uploads: temporary files a crashed or killed request left behind.

Django spools uploads above ``FILE_UPLOAD_MAX_MEMORY_SIZE`` into ``FILE_UPLOAD_TEMP_DIR`` and deletes them
when the request ends; a hard kill (OOM, SIGKILL, power) leaves them there. The private storage areas also
get ``.incoming-*`` (hiring), ``.tmp-*`` (attestation) and ``*.part`` (screening) files while being written. Both are removed at start
(``serve-prod``, ``worker``) and by a periodic task once they are older than ``max_age``.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from django.conf import settings

log = logging.getLogger(__name__)
PARTIAL_PREFIXES = (".incoming-", ".tmp-")
PARTIAL_SUFFIXES = (".part",)  # screening uploads and results being written
DEFAULT_MAX_AGE = dt.timedelta(hours=1)


def _candidates() -> list[Path]:
    found: list[Path] = []
    tmp = Path(settings.FILE_UPLOAD_TEMP_DIR)
    if tmp.is_dir():
        found += [p for p in tmp.iterdir() if p.is_file()]
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir():
        found += [p for p in media.rglob("*") if p.is_file()
                  and (p.name.startswith(PARTIAL_PREFIXES) or p.name.endswith(PARTIAL_SUFFIXES))]
    return found


def clean_partial_uploads(max_age: dt.timedelta = DEFAULT_MAX_AGE) -> list[Path]:
    """Delete partial uploads older than ``max_age``; returns what was deleted (and logs a count)."""
    cutoff = time.time() - max_age.total_seconds()
    removed, size = [], 0
    for path in _candidates():
        try:
            stat = path.stat()
            if stat.st_mtime <= cutoff:
                path.unlink()
                removed.append(path)
                size += stat.st_size
        except FileNotFoundError:
            continue
    if removed:
        log.info("removed %d partial upload(s), %d bytes", len(removed), size)
    return removed
