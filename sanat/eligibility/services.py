"""Glue between the pages and ``sanat.rules`` (no engine logic here)."""

from __future__ import annotations

from datetime import date

from sanat.catalog import store
from sanat.documents.zipguard import Limits
from sanat.rules import screening, staff
from sanat.rules.explain import decide


def positions() -> dict[str, dict]:
    """The loaded edition's positions by id (:mod:`sanat.catalog.store`)."""
    return store.positions()


def choices(lang: str) -> list[tuple[str, str]]:
    """``(id, "id — title")`` of every position of the loaded edition."""
    return store.position_choices(lang)


def check(position_id: str, profile: dict, as_of: date, lang: str) -> dict:
    """The explained decision against the loaded edition (``ProfileError`` / ``KeyError`` propagate)."""
    position = store.position(position_id)
    if position is None:
        raise KeyError(f"unknown position {position_id!r} ({len(store.positions())} positions in catalog)")
    return decide(position, profile, as_of, lang)


def profile_from_form(data: dict) -> tuple[str, dict]:
    """Form fields use the staff-file column names (docs/staff-file.md)."""
    row = {k: ("yes" if v is True else "no" if v is False else v) for k, v in data.items() if v not in (None, "")}
    position_id, profile, _ = staff.row_to_profile(row)
    return position_id, profile


# An uploaded staff file may cost at most this much (zip checked first; rows, columns, seconds bounded).
UPLOAD_LIMITS = Limits()


def screen_file(name: str, content: bytes, as_of: date, lang: str) -> tuple[bytes, str, screening.Stats]:
    """Screen an uploaded staff file; returns (file bytes in the upload's format, file name, run figures)."""
    data, stats = screening.screen_bytes(name, content, positions(), as_of, lang, limits=UPLOAD_LIMITS)
    return data, "screened.xlsx" if name.lower().endswith(".xlsx") else "screened.csv", stats
