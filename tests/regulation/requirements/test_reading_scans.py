"""One phrase, one reading: every occurrence of the scanned phrase families in both texts of Order 338 and the
reading it must get (``sanat/regulation/requirements/scans.py``; the full list is docs/requirements-scans.md)."""

from __future__ import annotations

import pytest

from sanat.regulation import sources
from sanat.regulation.requirements.scans import LOCALITY_CODE, scan
from sanat.regulation.tqc.catalog import build_catalog


@pytest.fixture(scope="module")
def occurrences():
    kk, ru = sources.load("tqc_kk"), sources.load("tqc_ru")
    return scan(build_catalog(), {"kk": kk.text, "ru": ru.text}, {"kk": kk.file, "ru": ru.file})


def _family(occs, name):
    return [o for o in occs if o.family == name and o.position]


def test_every_rural_or_urban_floor_is_a_locality_variant(occurrences):
    occs = _family(occurrences, "locality")
    assert {(o.lang, o.line) for o in occs} >= {("kk", 202), ("kk", 279), ("kk", 282), ("kk", 285)}
    for o in occs:
        code = LOCALITY_CODE[next(k for k in LOCALITY_CODE if o.phrase.startswith(k))]
        assert o.readings, (o.line, o.phrase)
        mine = [r for r in o.readings if r["locality"] == code]
        assert mine, (o.line, o.readings)
        for r in mine:
            if r["in"] == "base_experience" and r["index"] > 0:
                # a base floor printed after another one is that floor's variant, never a floor added to it
                assert r["alternative_to"] is not None or r["part_of"] is not None, (o.line, r)
    # clause 9: the rural three years are the variant of the unmarked five (001:L199-203)
    r = next(r for o in occs if o.line == 202 for r in o.readings)
    assert (r["locality"], r["alternative_to"]) == ("rural", 0)


def test_every_head_or_deputy_head_experience_is_managerial(occurrences):
    occs = _family(occurrences, "managerial")
    assert {o.position for o in occs} >= {"338-03-01", "338-04-01", "338-06-01", "338-09"}
    for o in occs:
        assert o.readings, (o.lang, o.line, o.phrase)
        assert {r["experience"] for r in o.readings} == {"managerial"}, (o.lang, o.line, o.readings)


def test_every_and_or_in_a_requirements_clause_has_an_either_reading(occurrences):
    occs = _family(occurrences, "and_or")
    assert len(occs) > 100 and {o.lang for o in occs} == {"kk", "ru"}
    for o in occs:
        assert o.readings, (o.lang, o.line, o.position)
    joined = [r for o in occs for r in o.readings if r.get("joined_by") == "and_or"]
    assert joined  # 4.1: the floor joined by «және (немесе)» (read by the engine's policy and_or)
