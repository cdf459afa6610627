"""Engine behaviour on a hand-written contract position (tests/rules/contract_fixture.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sanat.rules import duration
from sanat.rules.explain import decide
from sanat.rules.policy import Policy
from sanat.rules.profile import ProfileError, load
from tests.rules.contract_fixture import subject_teacher

AS_OF = date(2025, 3, 15)


def _p(level="higher", ped=True, start="2020-03-15", **kw):
    return {"education": [{"level": level, "pedagogical": ped}], "experience": {"pedagogical": [{"from": start}]}, **kw}


def test_exactly_five_years_is_master_for_high_level():
    d = decide(subject_teacher(), _p(), AS_OF, "kk")
    assert d["highest_by_requirements"] == "master"
    assert d["next"] is None


def test_one_day_short_of_five_years():
    d = decide(subject_teacher(), _p(), date(2025, 3, 14), "ru")
    assert d["highest_by_requirements"] == "researcher"
    gap = d["next"]["gaps"][0]
    assert gap["condition"] == "experience" and "1 день" in gap["text"] and "пункт 66" in gap["text"]


def test_middle_level_never_master():
    d = decide(subject_teacher(), _p(level="tvet", start="2000-01-01"), AS_OF, "kk")
    assert d["qualification_level"] == "middle"
    assert d["highest_by_requirements"] == "researcher"
    lv = [c for c in d["next"]["gaps"] if c["condition"] == "qualification_level"]
    assert lv and lv[0]["citation"]["lines"] == [2042, 2043]


def test_bare_number_policy_more_than():
    d = decide(subject_teacher(), _p(), AS_OF, "kk", Policy(bare_number="more_than"))
    assert d["highest_by_requirements"] == "researcher"
    assert d["policy"]["bare_number"] == "more_than"


def test_no_education_meets_nothing():
    d = decide(subject_teacher(), _p(level="secondary", ped=False), AS_OF, "kk")
    assert d["highest_by_requirements"] is None
    assert d["categories"][0]["conditions"][0]["status"] == "not_met"


def test_pre1995_class_document():
    prof = {"education": [{"level": "school_ped_class_pre1995", "graduated": "1994-06-20"}],
            "experience": {"pedagogical": 30}}
    assert decide(subject_teacher(), prof, AS_OF, "kk")["highest_by_requirements"] == "researcher"
    prof["education"][0]["graduated"] = "1995-06-20"
    assert decide(subject_teacher(), prof, AS_OF, "kk")["highest_by_requirements"] is None


def test_retraining_inherits_level_by_default():
    prof = {"education": [{"level": "higher", "pedagogical": False, "retraining": True, "profile_relevant": False}],
            "experience": {"pedagogical": 6}}
    assert decide(subject_teacher(), prof, AS_OF, "kk")["highest_by_requirements"] == "master"
    d = decide(subject_teacher(), prof, AS_OF, "kk", Policy(retraining_level="middle"))
    assert d["highest_by_requirements"] == "researcher"


def test_evidence_levels_and_status():
    prof = _p(achievements=[{"kind": "olympiad", "level": "oblast", "result": "winner"}])
    mod = decide(subject_teacher(), prof, AS_OF, "kk")["categories"][1]
    olymp = next(e for e in mod["evidence"] if e["kind"] == "olympiad")
    assert olymp["levels"] == ["organisation", "district"] and olymp["status"] == "satisfied"
    strict = decide(subject_teacher(), prof, AS_OF, "kk", Policy(higher_level_achievement_counts=False))
    assert next(e for e in strict["categories"][1]["evidence"] if e["kind"] == "olympiad")["status"] == "missing"


def test_invalid_profile_names_field():
    with pytest.raises(ProfileError) as exc:
        load({"education": [{"level": "bachelor"}]}, AS_OF)
    assert exc.value.field == "education[0].level"
    with pytest.raises(ProfileError) as exc:
        load({"education": [], "experience": {"pedagogical": [{"from": "2020-13-01"}]}}, AS_OF)
    assert exc.value.field.startswith("experience.pedagogical")


def test_calendar_arithmetic():
    assert duration.ymd(date(2020, 3, 15), date(2025, 3, 15)) == (5, 0, 0)
    assert duration.ymd(date(2020, 3, 15), date(2025, 3, 14)) == (4, 11, 27)
    assert duration.ymd(date(2022, 8, 31), date(2025, 9, 1)) == (3, 0, 1)
    assert duration.ymd(date(2020, 1, 31), date(2021, 1, 30)) == (0, 11, 29)
    assert duration.period_days(date(2020, 1, 1), date(2020, 12, 31), AS_OF) == 360


def test_policy_rejects_unknown():
    with pytest.raises(ValueError):
        Policy.from_dict({"bare_numbers": "x"})
    with pytest.raises(ValueError):
        Policy(language="en")


def _with_window(min_years=2, within=2):
    pos = subject_teacher()
    pos["requirements"]["base_experience"] = [
        {"min_years": 5, "strict": False, "bare": False, "experience": "pedagogical", "lang": "kk",
         "lines": [2030, 2035], "quote": "педагогикалық жұмыс өтілі кемінде 5 жыл"},
        {"min_years": min_years, "strict": False, "bare": False, "experience": "pedagogical", "part_of": 0,
         "within_last_years": within, "lang": "kk", "lines": [2030, 2035], "quote": "оның ішінде соңғы 2 жыл"}]
    return pos


def test_last_years_window_needs_dated_periods():
    prof = {"education": [{"level": "higher", "pedagogical": True}], "experience": {"pedagogical": 10}}
    d = decide(_with_window(), prof, AS_OF, "ru")
    assert d["highest_by_requirements"] is None
    assert any(c["status"] == "unknown" for c in d["categories"][0]["conditions"])
    assert decide(_with_window(), prof, AS_OF, "ru", Policy(numeric_years_are_recent=True))[
        "highest_by_requirements"] == "master"


def test_last_years_window_on_periods():
    old = {"from": "2010-01-01", "to": "2020-12-31"}
    recent = {"from": "2023-09-01"}
    base = {"education": [{"level": "higher", "pedagogical": True}]}
    # 11 years long ago, 2 years exactly in the last two: the window holds
    on = date(2025, 9, 1)
    d = decide(_with_window(), {**base, "experience": {"pedagogical": [old, recent]}}, on, "kk")
    assert d["categories"][0]["requirements_met"] is True
    # the recent period starts a day later: one day short inside the window
    late = {"from": "2023-09-02"}
    d = decide(_with_window(), {**base, "experience": {"pedagogical": [old, late]}}, on, "kk")
    assert d["categories"][0]["requirements_met"] is False


def test_periods_are_summed_and_closed_periods_stop():
    prof = {"education": [{"level": "higher", "pedagogical": True}],
            "experience": {"periods": [{"from": "2015-09-01", "to": "2017-08-31", "kinds": ["pedagogical"]},
                                       {"from": "2020-09-01", "to": "2021-08-31", "kinds": ["pedagogical", "specialty"]}]}}
    d = decide(subject_teacher(), prof, AS_OF, "kk")
    assert d["highest_by_requirements"] == "expert"  # 2 + 1 = 3 years of pedagogical experience
    gap = d["next"]["gaps"][0]
    assert "reached_on" not in gap["detail"]
    assert "Тағы 1 жыл" in gap["text"]  # no ongoing period: the missing year in 360-day arithmetic
