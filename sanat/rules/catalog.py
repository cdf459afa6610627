"""Access to the catalog (``docs/catalog-contract.md``) for the ``sanat`` command and the engine's tests:
built from the texts or read from a JSON export. The web app never builds: it reads the loaded edition
through ``sanat.catalog.store`` (``tests/web/test_store.py`` guards it)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def _built(sources_dir: str | None) -> dict:
    from sanat.regulation.tqc.catalog import build_catalog

    return build_catalog(sources_dir)


def load(path: str | Path | None = None, sources_dir: str | None = None) -> dict:
    """The catalog dict: from a JSON export if ``path`` is given, else built from the source texts (cached)."""
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return _built(str(sources_dir) if sources_dir else None)


def positions_by_id(catalog: dict) -> dict[str, dict]:
    return {p["id"]: p for p in catalog.get("positions", [])}


def position(catalog: dict, position_id: str) -> dict:
    """One position; ``KeyError`` with the known ids' count if absent."""
    pos = positions_by_id(catalog).get(position_id)
    if pos is None:
        raise KeyError(f"unknown position {position_id!r} ({len(catalog.get('positions', []))} positions in catalog)")
    return pos
