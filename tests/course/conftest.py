"""Fixtures of the course (003) tests: the built course, and raw lines read independently."""

from __future__ import annotations

import pytest

from sanat.regulation.course import build_course
from sanat.regulation.sources import load


@pytest.fixture(scope="session")
def course() -> dict:
    return build_course()


@pytest.fixture(scope="session")
def raw() -> list[str]:
    """The shipped text's lines, read without the parser (``raw[0]`` is line 1)."""
    return load("course").text.split("\n")
