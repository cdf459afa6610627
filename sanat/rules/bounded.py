"""Memo tables of bounded size for batch runs. No Django.

A batch memo (a screening run's cells, tails, compiled posts) is emptied when it is full rather than
evicted entry by entry: no bookkeeping on the hot path, memory stays bounded, and what is still common
comes back at once.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def put(memo: dict[K, V], key: K, value: V, limit: int) -> V:
    """``memo[key] = value`` (the memo emptied first when it holds ``limit`` entries); returns ``value``."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
