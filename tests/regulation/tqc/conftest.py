"""Fixtures for the Order 338 parser tests: the real texts, parsed once."""

from __future__ import annotations

import pytest

from sanat.regulation import sources
from sanat.regulation.tqc.catalog import build_catalog
from sanat.regulation.tqc.parse import parse_kk, parse_ru


@pytest.fixture(scope="session")
def kk_src():
    return sources.load("tqc_kk")


@pytest.fixture(scope="session")
def ru_src():
    return sources.load("tqc_ru")


@pytest.fixture(scope="session")
def kk_doc(kk_src):
    return parse_kk(kk_src)


@pytest.fixture(scope="session")
def ru_doc(ru_src):
    return parse_ru(ru_src)


@pytest.fixture(scope="session")
def catalog():
    return build_catalog()


@pytest.fixture(scope="session")
def by_id(catalog):
    return {p["id"]: p for p in catalog["positions"]}
