"""Glue between the pages and ``sanat.rules`` (no engine logic here)."""

from __future__ import annotations

from datetime import date

from sanat.rules import catalog as cat
from sanat.rules import staff
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


def screen_file(name: str, content: bytes, as_of: date, lang: str) -> tuple[bytes, str, list[dict]]:
    """Screen an uploaded staff file; returns (file bytes in the upload's format, file name, records)."""
    rows = list(staff.read_rows(name, content))
    records = staff.screen(rows, positions(), as_of, lang)
    xlsx = name.lower().endswith(".xlsx")
    return staff.to_bytes(records, xlsx), "screened.xlsx" if xlsx else "screened.csv", records
