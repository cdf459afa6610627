import datetime as dt
from decimal import Decimal as D
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanat.hiring.ranking import Candidate, MemberSheet, aggregate, rank

T0 = dt.datetime(2025, 4, 1, 9, 0)


def cand(app_id, totals, minutes=0, by=None):
    return Candidate(app_id, T0 + dt.timedelta(minutes=minutes),
                     [MemberSheet(i, D(t), (by or {}).copy()) for i, t in enumerate(totals)])


def test_mean_rounds_half_up_and_sum():
    assert aggregate([D(10), D(11), D(11)]) == D("10.67")
    assert aggregate([D("0.01"), D(0)]) == D("0.01")  # 0.005 rounds half up
    assert aggregate([D(1), D(2)]) == D("1.50")
    assert aggregate([D(-3), D(5)], "sum") == D("2.00")
    with pytest.raises(ValueError):
        aggregate([])


def test_order_quorum_and_tie_breaks():
    a = cand(1, [10, 12], minutes=5, by={"experience": D(3)})
    b = cand(2, [11, 11], minutes=1, by={"experience": D(1)})   # same mean 11, less experience
    c = cand(3, [15], minutes=0)                               # one sheet: below quorum 2
    d = cand(4, [11, 11], minutes=0, by={"experience": D(1)})   # ties b on score and criterion, earlier
    e = cand(5, [-2, 0], minutes=9)                             # negative points rank last
    ranked, pending = rank([a, b, c, d, e], quorum=2, tie_break=["experience"])
    assert [r.candidate.application_id for r in ranked] == [1, 4, 2, 5]
    assert [r.rank for r in ranked] == [1, 2, 3, 4]
    assert [r.score for r in ranked] == [D("11.00"), D("11.00"), D("11.00"), D("-1.00")]
    assert [p.application_id for p in pending] == [3]
    assert [r.tie for r in ranked] == [False, True, True, False]


def test_input_order_does_not_matter():
    cs = [cand(i, [i % 7, (i * 3) % 5], minutes=i % 4) for i in range(1, 40)]
    first, _ = rank(cs, quorum=2)
    second, _ = rank(list(reversed(cs)), quorum=2)
    assert [r.candidate.application_id for r in first] == [r.candidate.application_id for r in second]



@given(st.lists(st.tuples(st.lists(st.integers(-5, 20), min_size=0, max_size=3), st.integers(0, 50)),
                min_size=0, max_size=30), st.integers(1, 3))
def test_ranking_invariants(rows, quorum):
    cands = [cand(i + 1, totals, minutes=m) for i, (totals, m) in enumerate(rows)]
    ranked, pending = rank(cands, quorum=quorum)
    assert {c.application_id for c in pending} == {c.application_id for c in cands if len(c.sheets) < quorum}
    assert [r.rank for r in ranked] == list(range(1, len(ranked) + 1))
    assert all(a.score >= b.score for a, b in pairwise(ranked))
    for a, b in pairwise(ranked):
        if a.score == b.score:
            assert a.tie and b.tie and a.candidate.submitted_at <= b.candidate.submitted_at
