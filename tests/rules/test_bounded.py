"""Bounded batch memos: full means emptied, never larger than the limit."""

from __future__ import annotations

from sanat.rules.bounded import put


def test_put_stores_and_returns_the_value():
    memo: dict = {}
    assert put(memo, "a", 1, 3) == 1 and memo == {"a": 1}


def test_a_full_memo_is_emptied_before_the_next_entry():
    memo: dict = {}
    for i in range(7):
        put(memo, i, i * i, 3)
        assert len(memo) <= 3
    assert memo == {6: 36}  # 0,1,2 | 3,4,5 | 6
