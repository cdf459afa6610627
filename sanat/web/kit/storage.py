"""The private storage root: uploaded personal documents live under MEDIA_ROOT, never served directly."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings


def private_root(area: str) -> Path:
    """``MEDIA_ROOT/<area>`` (created on first use): ``hiring``, ``attestation``, ..."""
    root = Path(settings.MEDIA_ROOT) / area
    root.mkdir(parents=True, exist_ok=True)
    return root
