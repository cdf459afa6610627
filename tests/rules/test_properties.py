"""Properties over every position of the real catalog (hypothesis): the screening fast path agrees with the
explained decision, and more experience never lowers the result."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanat.commands.catalog import load_catalog
from sanat.rules.compile import compiled
from sanat.rules.engine import fast_highest, fast_post_met
from sanat.rules.explain import decide
from sanat.rules.policy import DEFAULT, EXPERIENCE_KINDS
from sanat.rules.profile import load
from sanat.vocabulary import CATEGORIES

AS_OF = date(2025, 9, 1)
POSITIONS = load_catalog()["positions"]

years = st.floats(min_value=0, max_value=12, allow_nan=False).map(lambda x: round(x, 2))
profiles = st.fixed_dictionaries({
    "education": st.lists(st.fixed_dictionaries({
        "level": st.sampled_from(["higher", "postgraduate", "tvet", "school_ped_class_pre1995", "secondary"]),
        "pedagogical": st.booleans(), "retraining": st.booleans(),
        "profile_relevant": st.booleans()}), min_size=1, max_size=2),
    "experience": st.dictionaries(st.sampled_from(EXPERIENCE_KINDS), years),
    "location": st.sampled_from(["urban", "rural"]),
    "organisation_level": st.sampled_from(["oblast", "district"]),
    "categories": st.lists(st.fixed_dictionaries({"code": st.sampled_from(
        ["moderator", "expert", "researcher", "master", "deputy_1", "deputy_3", "head_leader", "first", "highest"])}),
        max_size=2),
    "degree": st.sampled_from([None, "candidate", "doctor"]),
})
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("position", POSITIONS, ids=lambda p: p["id"])
@SETTINGS
@given(profile=profiles, lang=st.sampled_from(["kk", "ru"]))
def test_fast_path_agrees_with_explained_decision(position, profile, lang):
    person = load(profile, AS_OF)
    d = decide(position, person, AS_OF, lang)
    cp = compiled(position, lang, AS_OF, DEFAULT)
    if cp.archetype == "category_table":
        assert fast_highest(cp, person) == d["highest_by_requirements"]
        met = {c["category"] for c in d["categories"] if c["requirements_met"]}
        assert d["highest_by_requirements"] == (max(met, key=CATEGORIES.index) if met else None)
    else:
        assert fast_post_met(cp, person) is d["post_requirements_met"]


@pytest.mark.parametrize("position", POSITIONS, ids=lambda p: p["id"])
@SETTINGS
@given(profile=profiles, lang=st.sampled_from(["kk", "ru"]))
def test_formal_only_decision_keeps_what_screening_prints(position, profile, lang):
    """``formal_only`` (staff-file screening) skips work, never a field the screening prints."""
    full = decide(position, load(profile, AS_OF), AS_OF, lang, with_evidence=False)
    formal = decide(position, load(profile, AS_OF), AS_OF, lang, with_evidence=False, formal_only=True)
    for key in ("position", "qualification_level", "highest_by_requirements", "post_requirements_met", "next"):
        assert formal[key] == full[key], key
    assert [p["met"] for p in formal["post_paths"]] == [p["met"] for p in full["post_paths"]]


def _rank(d: dict) -> int:
    h = d["highest_by_requirements"]
    return -1 if h is None else CATEGORIES.index(h)


@pytest.mark.parametrize("position", POSITIONS, ids=lambda p: p["id"])
@SETTINGS
@given(profile=profiles, kind=st.sampled_from(EXPERIENCE_KINDS), more=st.floats(min_value=0.01, max_value=10))
def test_more_experience_never_lowers_the_result(position, profile, kind, more):
    before = decide(position, profile, AS_OF, "kk")
    richer = {**profile, "experience": {**profile["experience"],
                                        kind: round(profile["experience"].get(kind, 0) + more, 2)}}
    after = decide(position, richer, AS_OF, "kk")
    assert _rank(after) >= _rank(before)
    assert after["post_requirements_met"] or not before["post_requirements_met"]
    for b, a in zip(before["categories"], after["categories"], strict=True):
        assert a["requirements_met"] or not b["requirements_met"], b["category"]


STRICTER = [({"bare_number": "at_least"}, {"bare_number": "more_than"}),
            ({"missing_threshold": "education_only"}, {"missing_threshold": "not_met"}),
            ({"high_uses_middle_only_rows": True}, {"high_uses_middle_only_rows": False}),
            ({"middle_uses_high_or_middle_rows": True}, {"middle_uses_high_or_middle_rows": False})]


@pytest.mark.parametrize("position", POSITIONS, ids=lambda p: p["id"])
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles, pair=st.sampled_from(STRICTER))
def test_a_stricter_policy_never_raises_the_result(position, profile, pair):
    from sanat.rules.policy import Policy

    loose, strict = (decide(position, profile, AS_OF, "kk", Policy.from_dict(p)) for p in pair)
    assert _rank(strict) <= _rank(loose)
    assert loose["post_requirements_met"] or not strict["post_requirements_met"]
