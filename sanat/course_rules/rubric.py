"""Score a participant's final project against the course rubric (criteria with max points).

The course text gives maximum points per criterion and a stated total, but **no pass mark**:
``passed`` is ``None`` unless the training centre configures ``pass_mark``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


class ScoringError(ValueError):
    """Points that do not fit the rubric: unknown or missing criterion, out of bounds, not whole."""


@dataclass(frozen=True)
class CriterionScore:
    number: int
    criterion: str
    points: int
    max_points: int


@dataclass(frozen=True)
class Score:
    items: tuple[CriterionScore, ...]
    total: int
    max_total: int
    pass_mark: int | None
    passed: bool | None

    def as_dict(self) -> dict:
        return {"items": [vars(i) for i in self.items], "total": self.total, "max_total": self.max_total,
                "pass_mark": self.pass_mark, "passed": self.passed}


def score(rubric: list[dict], points: Mapping[int, int], *, pass_mark: int | None = None) -> Score:
    """Points per criterion number -> a bounded, totalled score.

    ``rubric`` is ``build_course()["rubric"]``. Every criterion must be scored with a whole
    number in ``0..max_points``; ``pass_mark`` (if given) must lie within ``0..max_total``."""
    by_number = {c["number"]: c for c in rubric}
    if not by_number:
        raise ScoringError("the rubric has no criteria")
    unknown = sorted(set(points) - set(by_number))
    if unknown:
        raise ScoringError(f"no rubric criterion numbered {unknown}")
    missing = sorted(set(by_number) - set(points))
    if missing:
        raise ScoringError(f"criteria not scored: {missing}")
    items = []
    for number in sorted(by_number):
        crit, p = by_number[number], points[number]
        top = crit["max_points"]
        if top is None:
            raise ScoringError(f"criterion {number} has no maximum in the source text")
        if isinstance(p, bool) or not isinstance(p, int):
            raise ScoringError(f"criterion {number}: points must be a whole number, got {p!r}")
        if not 0 <= p <= top:
            raise ScoringError(f"criterion {number}: {p} points is outside 0..{top}")
        items.append(CriterionScore(number, crit["criterion"], p, top))
    total = sum(i.points for i in items)
    max_total = sum(i.max_points for i in items)
    if pass_mark is not None and not 0 <= pass_mark <= max_total:
        raise ScoringError(f"pass mark {pass_mark} is outside 0..{max_total}")
    return Score(tuple(items), total, max_total, pass_mark, None if pass_mark is None else total >= pass_mark)
