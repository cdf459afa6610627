"""Every private file is accounted for: files under ``MEDIA_ROOT`` that no database row refers to are
deleted once they are a day old (rows removed by the retention purge or by deleting an account, files
left by a crash after the rename, partial uploads). The hiring documents' own retention rule stays in
``sanat/hiring/services/retention.py``; attestation evidence is the teacher's and is kept while its row
exists (see docs/decisions.md «Retention of private files»).

An area this module does not know is reported (logged, listed) and never deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

log = logging.getLogger(__name__)
MIN_AGE = dt.timedelta(days=1)


def referenced() -> dict[str, set[str]]:
    """Stored file names per private area, from the rows that own them."""
    from sanat.attestation.models import Evidence
    from sanat.docjobs.models import DocumentJob
    from sanat.eligibility.models import ScreeningJob
    from sanat.hiring.models import StagedUpload, Upload

    return {
        "hiring": set(Upload.objects.filter(purged_at__isnull=True).values_list("stored_name", flat=True))
        | set(StagedUpload.objects.values_list("stored_name", flat=True)),
        "attestation": set(Evidence.objects.values_list("stored_name", flat=True)),
        "screening": set(ScreeningJob.objects.values_list("input_name", flat=True))
        | set(ScreeningJob.objects.values_list("result_name", flat=True)),
        "documents": set(DocumentJob.objects.values_list("result_name", flat=True)),  # sanat/docjobs
    }


@dataclass
class Sweep:
    deleted: list[Path] = field(default_factory=list)
    unknown_areas: list[str] = field(default_factory=list)


def purge_orphan_files(min_age: dt.timedelta = MIN_AGE, *, dry_run: bool = False) -> Sweep:
    root = Path(settings.MEDIA_ROOT)
    sweep = Sweep()
    if not root.is_dir():
        return sweep
    known = referenced()
    cutoff = time.time() - min_age.total_seconds()
    for area in sorted(p for p in root.iterdir() if p.is_dir()):
        names = known.get(area.name)
        if names is None:
            sweep.unknown_areas.append(area.name)
            log.warning("private media area %s is not covered by the orphan purge", area.name)
            continue
        for path in area.rglob("*"):
            if not path.is_file() or path.name in names:
                continue
            if path.stat().st_mtime > cutoff:
                continue  # possibly being attached right now (young partials: partials.py, hourly)
            if not dry_run:
                path.unlink(missing_ok=True)
            sweep.deleted.append(path)
    if sweep.deleted:
        log.info("orphan purge: %d private file(s) without a row %s", len(sweep.deleted),
                 "found" if dry_run else "deleted")
    return sweep
