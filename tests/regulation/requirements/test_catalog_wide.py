"""Every position of the real catalog: archetypes, signatures, invariants, speed."""

from __future__ import annotations

import time
from collections import Counter

from sanat.regulation.requirements import education, experience, structure, years

ARCHETYPES = {"category_table", "manager", "fixed"}
EXPERIENCE_KINDS = {"pedagogical", "specialty", "position", "education_org", "managerial", "civil_service",
                    "unspecified"}


def test_every_position_in_both_languages_gets_an_archetype(catalog):
    kk = [p["requirements"]["archetype_by_lang"].get("kk") for p in catalog["positions"]]
    ru = [p["requirements"]["archetype_by_lang"].get("ru") for p in catalog["positions"]
          if p["source"]["ru"] and p["source"]["ru"]["provenance"] == "official"]
    assert len(kk) == 91 and set(kk) <= ARCHETYPES
    assert len(ru) == 24 and set(ru) <= ARCHETYPES


def test_kk_archetype_counts_derived_from_content(catalog):
    counts = Counter(p["requirements"]["archetype"] for p in catalog["positions"])
    assert counts == {"category_table": 56, "manager": 26, "fixed": 9}


def test_fixed_positions_are_the_ones_without_any_category(positions):
    fixed = {pid for pid, p in positions.items() if p["requirements"]["archetype"] == "fixed"}
    assert fixed == {"338-03-16", "338-04-04", "338-05-02", "338-06-14", "338-07-01", "338-07-02",
                     "338-07-04", "338-07-07", "338-08-05"}


def test_ru_reads_the_same_archetype_as_kk(catalog):
    for p in catalog["positions"]:
        by = p["requirements"]["archetype_by_lang"]
        if "ru" in by:
            assert by["ru"] == by["kk"], p["id"]


def test_fifteen_experience_signatures_with_their_counts(catalog):
    sigs = Counter(p["requirements"]["signature"]["kk"] for p in catalog["positions"]
                   if p["requirements"]["archetype"] == "category_table")
    assert sum(sigs.values()) == 56
    assert len(sigs) == 15
    assert sigs == {
        "2/3/4/5": 26, "3/4/5/5": 8, "3/4/5/6": 5,
        "2/2,3/3,4/5": 2,   # 2.4, 2.5: high 2/2/3/5 + middle 2/3/4
        "3/4/4/5": 2, "1/2/3/4": 2,
        "3/4/5/–": 2,       # 6.10, 7.3: no master
        "2,5/3/4/–": 2,     # 10.15, 10.16: moderator 5 (high) or 2
        "3,5/3,5/3,5/3,5": 1,  # 2.2: urban / rural
        "2/3/5/5": 1, "2/3/4/6": 1, "2/3/5/6": 1, "3/5/7/8": 1, "–/5/6/7": 1, "3/3/3/3": 1,
    }


def test_raw_reader_and_catalog_items_give_the_same_structure(catalog, raw):
    """Two independent item readers (regex here, the structure parser there) must agree."""
    by_number: dict[int, list] = {}
    for c in raw("tqc_kk"):
        by_number.setdefault(c.number, []).append(c.items)
    for p in catalog["positions"]:
        mine = structure(by_number[p["clauses"]["requirements"]["number"]].pop(0), None)
        theirs = p["requirements"]
        assert mine["archetype"] == theirs["archetype_by_lang"]["kk"], p["id"]
        assert mine["signature"]["kk"] == theirs["signature"]["kk"], p["id"]
        assert [t["min_years"] for t in mine["thresholds"]] == \
               [t["min_years"] for t in theirs["thresholds"] if t["lang"] == "kk"], p["id"]


def test_every_fact_cites_lines_of_its_clause_and_quotes_its_text(catalog):
    for p in catalog["positions"]:
        req = p["requirements"]
        for lang in ("kk", "ru"):
            items = req["text"][lang] or []
            if not items:
                continue
            lo, hi = items[0]["lines"][0], items[-1]["lines"][1]
            joined = " ".join(i["text"] for i in items)
            for key in ("thresholds", "base_experience", "alternatives", "education", "connectors"):
                for row in req[key]:
                    if row["lang"] != lang:
                        continue
                    assert lo <= row["lines"][0] <= row["lines"][1] <= hi, (p["id"], key, row)
                    if key in ("thresholds", "base_experience", "alternatives"):
                        assert row["quote"] in joined, (p["id"], key, row["quote"])


def test_threshold_values_are_well_formed(catalog):
    for p in catalog["positions"]:
        for t in p["requirements"]["thresholds"]:
            assert t["category"] in {"moderator", "expert", "researcher", "master"}
            assert isinstance(t["min_years"], int) and 0 < t["min_years"] < 20
            assert not (t["strict"] and t["bare"])
            assert t["experience"] in EXPERIENCE_KINDS
            assert set(t["qualification_levels"]) <= {"high", "middle"}


def test_whole_catalog_structured_well_under_half_a_second(catalog):
    """Cold caches each round; best of three so a busy shared machine does not decide the result."""
    clauses = [(p["requirements"]["text"]["kk"], p["requirements"]["text"]["ru"]) for p in catalog["positions"]]
    rounds = []
    for _ in range(3):
        years.find.cache_clear()
        experience._matches.cache_clear()
        education._education_text.cache_clear()
        start = time.perf_counter()
        for kk, ru in clauses:
            structure(kk, ru)
        rounds.append(time.perf_counter() - start)
    assert min(rounds) < 0.5


def test_base_floors_are_years_of_experience_not_calendar_years(catalog):
    """«1995 жылға дейін» / «до 1995 года» (XI class) must never become a floor."""
    for p in catalog["positions"]:
        for b in p["requirements"]["base_experience"]:
            assert 0 < b["min_years"] < 20, (p["id"], b["quote"])
        for a in p["requirements"]["alternatives"]:
            if a["with_experience"]:
                assert 0 < a["with_experience"]["min_years"] < 20, (p["id"], a["quote"])
