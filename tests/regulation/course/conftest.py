"""Fixtures of the course (003) tests: raw lines read independently (``course``, the built course, is suite-wide)."""

from __future__ import annotations

import pytest

from sanat.regulation.sources import load


@pytest.fixture(scope="session")
def raw() -> list[str]:
    """The shipped text's lines, read without the parser (``raw[0]`` is line 1)."""
    return load("course").text.split("\n")
