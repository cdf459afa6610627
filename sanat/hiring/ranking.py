"""Aggregation of member scores and ranking (plain Python, no Django).

Rule (documented in ``docs/hiring.md``):

1. Only locked sheets count. A candidate is ranked once ``quorum`` members have locked.
2. Each member's total is the sum of the points of the options they chose (negative allowed).
3. The candidate's score is the sheet's aggregation of the member totals: ``mean`` (default,
   arithmetic mean rounded half-up to 2 decimals) or ``sum``.
4. Order: higher score; then, for each tie-break criterion of the sheet in its order, the higher
   mean points on that criterion; then the earlier submission; then the lower application number.
   Candidates equal on the score and every tie-break criterion are flagged ``tie`` so the
   commission sees that only the submission time separated them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")


@dataclass
class MemberSheet:
    member_id: int
    total: Decimal
    by_criterion: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class Candidate:
    application_id: int
    submitted_at: dt.datetime
    sheets: list[MemberSheet]
    label: str = ""


@dataclass
class Ranked:
    rank: int
    candidate: Candidate
    score: Decimal
    tie_keys: tuple[Decimal, ...]
    tie: bool = False


def aggregate(totals: Sequence[Decimal], rule: str = "mean") -> Decimal:
    """Combine the member totals of one candidate by the sheet's rule."""
    if not totals:
        raise ValueError("no locked sheets")
    if rule == "sum":
        return sum(totals, Decimal(0)).quantize(TWO, ROUND_HALF_UP)
    if rule == "mean":
        return (sum(totals, Decimal(0)) / len(totals)).quantize(TWO, ROUND_HALF_UP)
    raise ValueError(f"unknown aggregation rule {rule!r}")


def criterion_mean(sheets: Sequence[MemberSheet], code: str) -> Decimal:
    values = [s.by_criterion.get(code, Decimal(0)) for s in sheets]
    return (sum(values, Decimal(0)) / len(values)).quantize(TWO, ROUND_HALF_UP) if values else Decimal(0)


def rank(candidates: Iterable[Candidate], *, quorum: int, rule: str = "mean",
         tie_break: Sequence[str] = ()) -> tuple[list[Ranked], list[Candidate]]:
    """Rank candidates with at least ``quorum`` locked sheets; return (ranked, not yet rankable)."""
    rows: list[Ranked] = []
    pending: list[Candidate] = []
    for c in candidates:
        if len(c.sheets) < quorum:
            pending.append(c)
            continue
        score = aggregate([s.total for s in c.sheets], rule)
        keys = tuple(criterion_mean(c.sheets, code) for code in tie_break)
        rows.append(Ranked(0, c, score, keys))
    rows.sort(key=lambda r: (-r.score, *(-k for k in r.tie_keys), r.candidate.submitted_at, r.candidate.application_id))
    for i, r in enumerate(rows):
        r.rank = i + 1
        if i and (rows[i - 1].score, rows[i - 1].tie_keys) == (r.score, r.tie_keys):
            r.tie = rows[i - 1].tie = True
    return rows, pending
