"""Fixtures for the «Педагог» standard tests: the real text (``std``, the parsed standard, is suite-wide)."""

from __future__ import annotations

import pytest

from sanat.regulation.sources import load


@pytest.fixture(scope="session")
def src():
    return load("standard")


def appendix_lines(src, num: int) -> list[tuple[int, str]]:
    """Lines of appendix ``num`` found with a plain substring search (independent of the parser)."""
    start = next(n for n, t in enumerate(src.lines, 1) if f"стандартына{num}-қосымша" in t)
    nxt = [n for n, t in enumerate(src.lines, 1) if f"стандартына{num + 1}-қосымша" in t]
    end = nxt[0] if nxt else len(src.lines) + 1
    return [(n, src.line(n)) for n in range(start + 1, end) if src.line(n).strip()]


def anomalies(std, kind: str, line: int | None = None) -> list[dict]:
    return [a for a in std["anomalies"] if a["kind"] == kind and (line is None or a["lines"][0] <= line <= a["lines"][1])]
