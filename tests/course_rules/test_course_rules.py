"""Rubric scoring and the certificate rule, fed by the real course text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanat.course_rules.certificate import Progress, decide, rule_from_course
from sanat.course_rules.rubric import ScoringError, score
from sanat.regulation.course import build_course

COURSE = build_course()
RUBRIC = COURSE["rubric"]
NUMBERS = [c["number"] for c in RUBRIC]


def _full(**kw) -> Progress:
    base = {"course_completed": True, "modules_mastered": frozenset(m["number"] for m in COURSE["modules"]),
            "practical_tasks_done": True, "final_work_defended": True}
    return Progress(**{**base, **kw})


@given(st.lists(st.integers(0, 10), min_size=len(RUBRIC), max_size=len(RUBRIC)))
def test_total_is_the_sum_within_the_stated_maximum(values):
    s = score(RUBRIC, dict(zip(NUMBERS, values, strict=True)))
    assert s.total == sum(values) and 0 <= s.total <= s.max_total
    assert s.max_total == COURSE["rubric_total"]["stated"] == 50
    assert s.passed is None and s.pass_mark is None  # the text gives no pass mark


@pytest.mark.parametrize("points", [
    {n: 10 for n in NUMBERS} | {NUMBERS[0]: 11},
    {n: 10 for n in NUMBERS} | {NUMBERS[-1]: -1},
    {n: 10 for n in NUMBERS[1:]},
    {n: 10 for n in NUMBERS} | {99: 1},
    {n: 10 for n in NUMBERS} | {NUMBERS[0]: 9.5},
    {n: 10 for n in NUMBERS} | {NUMBERS[0]: True},
])
def test_out_of_rubric_points_are_refused(points):
    with pytest.raises(ScoringError):
        score(RUBRIC, points)


def test_configured_pass_mark():
    points = dict(zip(NUMBERS, [6, 6, 6, 6, 5], strict=True))
    assert score(RUBRIC, points, pass_mark=29).passed is True
    assert score(RUBRIC, points, pass_mark=30).passed is False
    with pytest.raises(ScoringError):
        score(RUBRIC, points, pass_mark=51)


def test_bounds_follow_the_text_maxima():
    rubric = [dict(c) for c in RUBRIC]
    rubric[0]["max_points"] = 15
    assert score(rubric, {n: (15 if n == NUMBERS[0] else 10) for n in NUMBERS}).max_total == 55


def test_certificate_rule_from_the_text():
    rule = rule_from_course(COURSE)
    assert set(rule.conditions) == {"course_completed", "all_modules_mastered", "practical_tasks_done",
                                    "final_work_defended"}
    assert rule.modules == (1, 2, 3, 4, 5) and rule.hours == 80
    assert decide(rule, _full()).issued


@pytest.mark.parametrize(("change", "unmet"), [
    ({"modules_mastered": frozenset({1, 2, 3, 4})}, "all_modules_mastered"),
    ({"practical_tasks_done": False}, "practical_tasks_done"),
    ({"final_work_defended": False}, "final_work_defended"),
    ({"course_completed": False}, "course_completed"),
])
def test_each_unmet_condition_blocks_the_certificate(change, unmet):
    d = decide(rule_from_course(COURSE), _full(**change))
    assert not d.issued and d.unmet == (unmet,)


def test_failed_score_blocks_only_when_a_pass_mark_is_configured():
    rule = rule_from_course(COURSE)
    low = dict(zip(NUMBERS, [1, 1, 1, 1, 1], strict=True))
    assert decide(rule, _full(), score(RUBRIC, low)).issued
    d = decide(rule, _full(), score(RUBRIC, low, pass_mark=30))
    assert not d.issued and d.unmet == ("final_work_below_pass_mark",)


def test_unknown_condition_is_refused():
    course = {**COURSE, "certificate": {**COURSE["certificate"], "conditions": ["attendance_80"]}}
    with pytest.raises(ValueError, match="attendance_80"):
        rule_from_course(course)
