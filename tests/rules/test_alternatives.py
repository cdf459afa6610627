"""Alternatives the engine reads beyond manager posts: a category table's path standing in for the education
line (10.15, 001:L8149-8151) and a degree condition on an alternative's experience (hand-written 7.1 shape,
``contract_fixture.IPK_DIRECTOR_DEGREE_ALTERNATIVE``). The fast path and the explained decision must agree."""

from __future__ import annotations

import copy
from datetime import date
from itertools import product

import pytest

from sanat.commands.catalog import load_catalog
from sanat.rules import catalog as cat
from sanat.rules.compile import compiled
from sanat.rules.engine import fast_highest, fast_post_met
from sanat.rules.explain import decide
from sanat.rules.policy import DEFAULT, Policy
from sanat.rules.profile import load
from tests.rules.contract_fixture import ipk_director_degree_alternative

AS_OF = date(2025, 9, 1)
DEGREES = (None, "master", "candidate", "phd")
EDUCATION = ({"level": "secondary"}, {"level": "tvet", "pedagogical": False},
             {"level": "higher", "pedagogical": True})


@pytest.fixture(scope="module")
def senior_master() -> dict:
    return cat.position(load_catalog(), "338-10-15")


def test_category_table_paths_compile_as_education_paths(senior_master):
    for lang in ("kk", "ru"):
        cp = compiled(senior_master, lang, AS_OF, DEFAULT)
        assert [a.kind for a in cp.edu_paths] == ["experience_path"]
        assert not cp.alternatives and not cp.and_alternatives
        assert cp.edu_paths[0].connector_printed == {"kk": "немесе", "ru": "или"}[lang]
    # the «немесе» printed inside the line wins over the policy for lines printed without a connector
    cp = compiled(senior_master, "kk", AS_OF, Policy.from_dict({"connectorless_lines": "and"}))
    assert cp.edu_paths and not cp.and_alternatives


@pytest.mark.parametrize("edu, managerial, specialty, lang",
                         list(product(EDUCATION, (0, 2.99, 3, 8), (0, 2, 5), ("kk", "ru"))))
def test_education_path_fast_and_explained_agree(senior_master, edu, managerial, specialty, lang):
    person = load({"education": [edu], "experience": {"managerial": managerial, "specialty": specialty}}, AS_OF)
    d = decide(senior_master, person, AS_OF, lang)
    cp = compiled(senior_master, lang, AS_OF, DEFAULT)
    assert fast_highest(cp, person) == d["highest_by_requirements"]
    assert fast_post_met(cp, person) is d["post_requirements_met"]
    if edu["level"] == "secondary":
        assert d["post_requirements_met"] is (managerial >= 3)
        assert d["highest_by_requirements"] == ("pedagog" if managerial >= 3 else None)
        lines = {"kk": [8149, 8151], "ru": [718, 718]}[lang]
        edu_cond = d["categories"][0]["conditions"][0]
        assert edu_cond["condition"] == "education"
        if managerial >= 3:
            assert edu_cond["citation"]["lines"] == lines
            assert {"kk": "орта басшы құрам", "ru": "среднего руководящего"}[lang] in edu_cond["citation"]["quote"]
        path = [c for c in d["categories"][0]["conditions"] if c.get("scope") == "education_path"]
        assert path and path[0]["citation"]["lines"] == lines


def _degree_path(position: dict) -> dict:
    """10.15 with a degree condition added to its path: a synthetic shape, to test the category-table route."""
    pos = copy.deepcopy(position)
    for a in pos["requirements"]["alternatives"]:
        a["conditions"] = ["academic_degree"]
    return pos


@pytest.mark.parametrize("degree, managerial, lang", list(product(DEGREES, (2, 3), ("kk", "ru"))))
def test_degree_on_a_category_table_path(senior_master, degree, managerial, lang):
    pos = _degree_path(senior_master)
    person = load({"education": [{"level": "secondary"}], "experience": {"managerial": managerial},
                   "degree": degree}, AS_OF)
    d = decide(pos, person, AS_OF, lang)
    cp = compiled(pos, lang, AS_OF, DEFAULT)
    met = managerial >= 3 and degree in ("candidate", "phd")
    assert d["post_requirements_met"] is met is fast_post_met(cp, person)
    assert fast_highest(cp, person) == d["highest_by_requirements"] == ("pedagog" if met else None)
    degree_conds = [c for c in d["categories"][0]["conditions"] if c["condition"] == "degree"]
    assert degree_conds and degree_conds[0]["status"] == ("met" if degree in ("candidate", "phd") else "not_met")
    assert degree_conds[0]["citation"]["quote"] == pos["requirements"]["alternatives"][0 if lang == "kk" else 1]["quote"]


@pytest.mark.parametrize("degree, years, ped", list(product(DEGREES, (1.99, 2, 5), (True, False))))
def test_degree_alternative_fast_and_explained_agree(degree, years, ped):
    pos = ipk_director_degree_alternative()
    person = load({"education": [{"level": "higher", "pedagogical": ped}],
                   "experience": {"pedagogical": years}, "degree": degree}, AS_OF)
    d = decide(pos, person, AS_OF, "kk")
    cp = compiled(pos, "kk", AS_OF, DEFAULT)
    assert fast_post_met(cp, person) is d["post_requirements_met"]
    alt = next(p for p in d["post_paths"] if p["path"] == "experience_path")
    assert alt["met"] is (degree in ("candidate", "phd") and years >= 2)
    (deg,) = [c for c in alt["conditions"] if c["condition"] == "degree"]
    assert deg["citation"]["lines"] == [5926, 5926] and deg["detail"]["need"] == ["candidate", "doctor", "phd"]
