"""The case library (tests/rules/cases/*.yaml) against the real catalog built from the shipped texts.

Each case: a profile (full ``profile`` or the shorthand ``edu`` / ``exp`` / ``since`` + profile keys),
a position, a date and language → the expected decision, with the clause (``clause``), the source lines
(``source``) and the quoted words (``because``) that justify it. Expected values are read from the texts.
A case marked ``xfail: <reason>`` records a known defect upstream of the engine (strict: it fails once fixed).
A case with ``fixture: <name>`` runs against a hand-written position of ``contract_fixture.FIXTURES`` instead
of the catalog (a shape of the contract no shipped text produces today); its expectations still come from the
clause it cites.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from sanat.commands.catalog import load_catalog
from sanat.rules import catalog as cat
from sanat.rules.explain import decide
from sanat.rules.policy import Policy
from tests.rules.contract_fixture import FIXTURES

CASES = Path(__file__).with_name("cases")
EDU = {
    "higher_ped": {"level": "higher", "pedagogical": True},
    "postgraduate_ped": {"level": "postgraduate", "pedagogical": True},
    "higher_other": {"level": "higher", "pedagogical": False},
    "higher_other_irrelevant": {"level": "higher", "pedagogical": False, "profile_relevant": False},
    "higher_retrained": {"level": "higher", "pedagogical": False, "profile_relevant": False, "retraining": True},
    "tvet_ped": {"level": "tvet", "pedagogical": True},
    "tvet_other": {"level": "tvet", "pedagogical": False},
    "tvet_retrained": {"level": "tvet", "pedagogical": False, "profile_relevant": False, "retraining": True},
    "pre1995": {"level": "school_ped_class_pre1995", "graduated": "1990-06-20"},
    "pre1995_late": {"level": "school_ped_class_pre1995", "graduated": "1995-06-20"},
    "secondary": {"level": "secondary"},
}
PROFILE_KEYS = ("location", "organisation_level", "categories", "degree", "subcase", "achievements")


def _edu(spec) -> list[dict]:
    items = spec if isinstance(spec, list) else [spec]
    return [dict(EDU[x]) if isinstance(x, str) else x for x in items]


def build_profile(case: dict) -> dict:
    if "profile" in case:
        return case["profile"]
    prof: dict = {"education": _edu(case.get("edu", "higher_ped")), "experience": {}}
    for kind, years in (case.get("exp") or {}).items():
        prof["experience"][kind] = years
    for kind, start in (case.get("since") or {}).items():
        prof["experience"][kind] = [{"from": str(start)}]
    for key in PROFILE_KEYS:
        if key in case:
            prof[key] = case[key]
    return prof


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        defaults = doc.get("defaults") or {}
        for case in doc["cases"]:
            merged = {**defaults, **case}
            marks = [pytest.mark.xfail(reason=merged["xfail"], strict=True)] if merged.get("xfail") else []
            params.append(pytest.param(merged, id=f"{path.stem}:{merged['name']}", marks=marks))
    return params


ALL = _load()


@pytest.fixture(scope="module")
def positions():
    return cat.positions_by_id(load_catalog())


def _citations(d: dict):
    for c in d["categories"]:
        for cond in c["conditions"]:
            yield c["category"], cond
    for p in d["post_paths"]:
        for cond in p["conditions"]:
            yield p["path"], cond


def test_library_size_and_justification():
    assert len(ALL) >= 150
    for p in ALL:
        case = p.values[0]
        assert case.get("clause") and case.get("source") and case.get("because"), case["name"]


@pytest.mark.parametrize("case", ALL)
def test_case(case: dict, positions: dict):
    position = FIXTURES[case["fixture"]]() if case.get("fixture") else positions[case["position"]]
    as_of = date.fromisoformat(str(case.get("as_of", "2025-09-01")))
    policy = Policy.from_dict(case.get("policy")) if case.get("policy") else None
    d = decide(position, build_profile(case), as_of, case.get("lang", "kk"), policy)
    exp = case["expect"]
    if "highest" in exp:
        assert d["highest_by_requirements"] == exp["highest"]
    if "post_met" in exp:
        assert d["post_requirements_met"] is exp["post_met"]
    for category, met in (exp.get("met") or {}).items():
        found = [c for c in d["categories"] if c["category"] == category]
        assert found, f"category {category} absent"
        assert found[0]["requirements_met"] is met, category
    if "next" in exp:
        assert (d["next"] or {}).get("category") == exp["next"]
    gaps = (d["next"] or {}).get("gaps", [])
    for kind in exp.get("gaps") or []:
        assert kind in {g["condition"] for g in gaps}, (kind, [g["text"] for g in gaps])
    for text in exp.get("gap_text") or []:
        assert any(text in g["text"] for g in gaps), (text, [g["text"] for g in gaps])
    if "requirements_lang" in exp:
        assert d["requirements_lang"] == exp["requirements_lang"]
    for code in exp.get("edition") or []:
        assert code in {n["code"] for n in d["edition"]}, d["edition"]
    for code in exp.get("anomalies") or []:
        assert code in {a.get("code") for a in d["anomalies"]}, [a.get("code") for a in d["anomalies"]]
    if "evidence" in exp:
        ev = {e["statement"][:40]: e for c in d["categories"] for e in c["evidence"]}
        for spec in exp["evidence"]:
            hits = [e for k, e in ev.items() if spec["contains"] in e["statement"]]
            assert hits, spec
            for key in ("kind", "level", "status"):
                if key in spec:
                    assert hits[0][key] == spec[key], (key, hits[0])
    if "chain" in exp:
        for category, chain in exp["chain"].items():
            assert next(c for c in d["categories"] if c["category"] == category)["builds_on_chain"] == chain
    clauses = {str((cond.get("citation") or {}).get("clause")) for _, cond in _citations(d)}
    assert str(case["clause"]) in clauses, (case["clause"], clauses)
    if "cite" in exp:
        spec = exp["cite"]
        ok = [cond for owner, cond in _citations(d)
              if (spec.get("category") in (None, owner)) and cond["condition"] == spec.get("condition", "experience")
              and cond.get("citation") and (not spec.get("lines") or (
                  cond["citation"]["lines"][0] <= spec["lines"][1] and spec["lines"][0] <= cond["citation"]["lines"][1]))
              and (not spec.get("lang") or cond["citation"]["lang"] == spec["lang"])]
        assert ok, spec
