"""Fixtures: the real requirements clauses, read two independent ways (raw regex reader, catalog)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import raw_clauses

from sanat.regulation.requirements import structure


@pytest.fixture(scope="session")
def raw():
    """``raw(key)`` -> list of RawClause, cached."""
    cache: dict[str, list] = {}

    def get(key: str):
        if key not in cache:
            cache[key] = raw_clauses.clauses(key)
        return cache[key]

    return get


@pytest.fixture(scope="session")
def kk(raw):
    """``kk(number, occurrence=1)`` -> structure of that kk requirements clause alone."""

    def get(number: int, occurrence: int = 1) -> dict:
        found = [c for c in raw("tqc_kk") if c.number == number]
        return structure(found[occurrence - 1].items, None)

    return get


@pytest.fixture(scope="session")
def both(raw):
    """``both(number)`` -> structure of the kk and ru clauses of a chapter 9-10 position.

    002 misprints clause numbers 306, 307 and 311 (as 307, 301, 305), so the ru clause is
    taken by position in the file: the requirements clause of the n-th ru position.
    """

    def get(number: int) -> dict:
        kk_c = next(c for c in raw("tqc_kk") if c.number == number)
        kk_all = [c for c in raw("tqc_kk") if c.number >= 246]
        ru_c = raw("tqc_ru")[kk_all.index(kk_c)]
        return structure(kk_c.items, ru_c.items)

    return get


@pytest.fixture(scope="session")
def catalog():
    try:
        from sanat.regulation.tqc.catalog import build_catalog
    except ImportError:  # pragma: no cover - the structure parser is another engineer's
        pytest.skip("sanat.regulation.tqc.catalog not available")
    return build_catalog()


@pytest.fixture(scope="session")
def positions(catalog):
    return {p["id"]: p for p in catalog["positions"]}
