"""Glue between the pages and ``sanat.rules`` (no engine logic here)."""

from __future__ import annotations

from datetime import date

from sanat.rules import catalog as cat
from sanat.rules import screening, staff
from sanat.rules.explain import decide


def positions() -> dict[str, dict]:
    return cat.positions_by_id(cat.load())


def choices(lang: str) -> list[tuple[str, str]]:
    out = []
    for pid, p in positions().items():
        title = (p.get("title") or {}).get(lang) or (p.get("title") or {}).get("kk") or ""
        out.append((pid, f"{pid} — {title[:120]}"))
    return out


def check(position_id: str, profile: dict, as_of: date, lang: str) -> dict:
    """The explained decision (``ProfileError`` / ``KeyError`` propagate to the caller)."""
    return decide(cat.position(cat.load(), position_id), profile, as_of, lang)


def profile_from_form(data: dict) -> tuple[str, dict]:
    """Form fields use the staff-file column names (docs/staff-file.md)."""
    row = {k: ("yes" if v is True else "no" if v is False else v) for k, v in data.items() if v not in (None, "")}
    position_id, profile, _ = staff.row_to_profile(row)
    return position_id, profile


def screen_file(name: str, content: bytes, as_of: date, lang: str) -> tuple[bytes, str, screening.Stats]:
    """Screen an uploaded staff file; returns (file bytes in the upload's format, file name, run figures)."""
    data, stats = screening.screen_bytes(name, content, positions(), as_of, lang)
    return data, "screened.xlsx" if name.lower().endswith(".xlsx") else "screened.csv", stats
