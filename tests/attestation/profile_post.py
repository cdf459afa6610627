"""Form data (as a browser posts it) for the profile forms, from a rules-engine profile."""

from __future__ import annotations

from sanat.attestation.profile_forms import SECTIONS, initial_from_profile


def form_data(profile: dict, pid: str, **extra) -> dict:
    """The POST body of the profile page for ``profile`` and the post ``pid`` (one empty row per section)."""
    general, rows = initial_from_profile(profile, pid)
    data: dict = {"action": "save"}
    for k, v in general.items():
        if v not in (None, ""):
            data[k] = str(v)
    for section in SECTIONS:
        items = rows[section]
        data[f"{section}-TOTAL_FORMS"] = str(len(items) + 1)
        data[f"{section}-INITIAL_FORMS"] = str(len(items))
        for i, row in enumerate(items):
            for k, v in row.items():
                if v is None or v == "" or v is False:
                    continue
                data[f"{section}-{i}-{k}"] = ["on" if x is True else x for x in v] if isinstance(v, list) else (
                    "on" if v is True else str(v))
    data.update(extra)
    return data
