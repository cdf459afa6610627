"""The cyclic garbage collector's pace during a batch run (a region's staff file). No Django.

A screening run keeps its memo tables (hundreds of thousands of tuples) alive and allocates short-lived
dicts and tuples for every row; with CPython's default first threshold (700 allocations) the collector
runs thousands of times and its older generations walk the whole memo again and again: 15–20 % of a
400,000-row run (``docs/performance.md``). Inside ``relaxed()`` the first threshold is raised, so the
collector still runs (cycles are still freed), just far less often. The thresholds are process-wide:
nested and concurrent runs (threads) share one relaxed period, and the last to leave restores the
thresholds it found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FIRST_THRESHOLD = 100_000  # allocations between two collections of the youngest generation (default 700)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def relaxed(first: int = FIRST_THRESHOLD) -> Iterator[None]:
    """Collect the youngest generation every ``first`` allocations (the older ones at their usual ratio)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(first, _saved[0]), *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
