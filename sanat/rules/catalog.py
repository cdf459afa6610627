"""Lookups in a catalog dict (``docs/catalog-contract.md``). This package never builds the catalog: the
``sanat`` command gets it from ``sanat.commands.catalog.load_catalog``, the web app reads the loaded
edition through ``sanat.catalog.store`` (``tests/catalog/test_store.py`` guards both)."""

from __future__ import annotations


def positions_by_id(catalog: dict) -> dict[str, dict]:
    """The catalog's positions by id."""
    return {p["id"]: p for p in catalog.get("positions", [])}


def position(catalog: dict, position_id: str) -> dict:
    """One position; ``KeyError`` with the known ids' count if absent."""
    pos = positions_by_id(catalog).get(position_id)
    if pos is None:
        raise KeyError(f"unknown position {position_id!r} ({len(catalog.get('positions', []))} positions in catalog)")
    return pos
