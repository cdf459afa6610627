"""The crosswalk (standard «Педагог» × Order 338) as a pure function, on the real texts."""

from __future__ import annotations

import json

import pytest

from sanat.regulation.crosswalk import (
    CATEGORIES,
    MIN_SHARED,
    CrosswalkError,
    UnknownCategory,
    UnknownPosition,
    crosswalk,
    find_position,
    stems,
)
from sanat.regulation.tqc.catalog import build_catalog


@pytest.fixture(scope="module")
def cat():
    return build_catalog()


def all_pairs(cat):
    return [(p, c) for p in cat["positions"] for c in CATEGORIES]


def test_example_from_the_issue(std, cat):
    cw = crosswalk(std, find_position(cat, "338-03-07"), "expert")
    assert cw["format"] == "sanat.crosswalk/1"
    assert cw["chain"] == ["expert", "moderator", "pedagog"]
    assert cw["chain_notes"] == []
    assert [lv["via"] for lv in cw["inherited"]] == ["expert", "moderator"]
    assert cw["counts"]["descriptors"] == 9 and cw["counts"]["criteria"] == 14
    assert cw["standard"]["category_label"] == "Педагог-сарапшы"
    json.dumps(cw, ensure_ascii=False)  # JSON-ready


def test_every_criterion_and_descriptor_appears_once(std, cat):
    codes = [k["code"] for c in std["competencies"] for k in c["criteria"]]
    for p, category in all_pairs(cat):
        cw = crosswalk(std, p, category)
        assert [c["code"] for c in cw["criteria"]] == codes
        for c in cw["criteria"]:
            assert c["descriptor"] == std["category_descriptors"][c["code"]][category]
        present = [c["descriptor"] for c in cw["criteria"] if c["descriptor"]]
        expected = [t for t in (std["category_descriptors"][k][category] for k in codes) if t]
        assert present == expected


def test_null_descriptors_stay_null(std, cat):
    cw = crosswalk(std, find_position(cat, "338-03-07"), "master")
    missing = [c["code"] for c in cw["criteria"] if c["descriptor"] is None]
    assert missing == [code for code, row in std["category_descriptors"].items() if row["master"] is None]
    assert {"1.1", "1.5"} <= set(missing)


def test_every_own_item_appears_once_in_both_languages(std, cat):
    n = 0
    for p, category in all_pairs(cat):
        level = p["competencies"].get(category)
        if level is None:
            continue
        cw = crosswalk(std, p, category)
        for lang in ("kk", "ru"):
            printed = level["items"].get(lang)
            got = cw["own"]["items"][lang]
            if printed is None:
                assert got is None
                continue
            assert [(i["text"], i["lines"]) for i in got] == [(i["text"], i["lines"]) for i in printed]
            assert [i["n"] for i in got] == list(range(1, len(printed) + 1))
        refs = [i["ref"] for lv in [cw["own"], *cw["inherited"]] for lang in ("kk", "ru")
                for i in lv["items"][lang] or []]
        assert len(refs) == len(set(refs))
        n += 1
    assert n > 200  # 56 positions list competencies, most of them all five levels


def test_inherited_items_are_those_of_the_builds_on_chain(std, cat):
    for p, category in all_pairs(cat):
        comps = p["competencies"]
        if category not in comps:
            continue
        cw = crosswalk(std, p, category)
        # follow the printed references independently
        chain, cur, seen = [category], category, {category}
        while (nxt := comps[cur].get("builds_on")) and nxt in comps and nxt not in seen:
            chain.append(nxt)
            seen.add(nxt)
            cur = nxt
        assert cw["chain"] == chain, (p["id"], category)
        assert [lv["category"] for lv in cw["inherited"]] == chain[1:]
        for prev, lv in zip(chain, cw["inherited"], strict=False):
            assert lv["via"] == prev
            for lang in ("kk", "ru"):
                printed = comps[lv["category"]]["items"].get(lang)
                got = lv["items"][lang]
                assert (got is None) == (printed is None)
                assert [i["text"] for i in got or []] == [i["text"] for i in printed or []]


def test_chain_defects_are_reported_not_corrected(std, cat):
    undefined = crosswalk(std, find_position(cat, "338-03-12"), "moderator")
    assert undefined["chain"] == ["moderator"] and undefined["inherited"] == []
    assert [n["kind"] for n in undefined["chain_notes"]] == ["undefined"]
    assert undefined["chain_notes"][0]["target"] == "pedagog"

    irregular = crosswalk(std, find_position(cat, "338-03-12"), "master")
    assert irregular["chain"] == ["master", "expert", "moderator"]  # researcher skipped, as printed
    assert [n["kind"] for n in irregular["chain_notes"]] == ["irregular", "undefined"]

    cycle = crosswalk(std, find_position(cat, "338-04-08"), "moderator")
    assert cycle["chain"] == ["moderator"]
    assert [n["kind"] for n in cycle["chain_notes"]] == ["cycle"]

    differ = crosswalk(std, find_position(cat, "338-10-19"), "moderator")
    assert {n["kind"] for n in differ["chain_notes"]} == {"languages_differ", "no_reference"}


def test_position_without_the_category_is_not_an_error(std, cat):
    p = find_position(cat, "338-03-12")
    assert "pedagog" not in p["competencies"]
    cw = crosswalk(std, p, "pedagog")
    assert cw["own"]["present"] is False and cw["inherited"] == [] and cw["chain"] == []
    assert cw["own"]["items"] == {"kk": None, "ru": None}
    assert len(cw["criteria"]) == 14
    no_clause = next(p for p in cat["positions"] if not p["competencies"])
    assert crosswalk(std, no_clause, "expert")["own"]["present"] is False


def test_unknown_category_and_position_are_clear_errors(std, cat):
    p = find_position(cat, "338-03-07")
    with pytest.raises(UnknownCategory, match=r"unknown category 'guru'.*pedagog, moderator, expert, researcher, master"):
        crosswalk(std, p, "guru")
    with pytest.raises(UnknownCategory):
        crosswalk(std, p, "")
    with pytest.raises(UnknownPosition, match="no position '338-99-99'"):
        find_position(cat, "338-99-99")
    with pytest.raises(UnknownPosition, match="no position"):
        find_position(cat["positions"], "")
    with pytest.raises(UnknownPosition):
        crosswalk(std, {"title": {}}, "expert")
    assert issubclass(UnknownPosition, CrosswalkError) and issubclass(CrosswalkError, ValueError)


def test_suggestions_are_labelled_and_verifiable(std, cat):
    total = 0
    for pid in ("338-03-07", "338-03-12", "338-10-19"):
        p = find_position(cat, pid)
        for category in p["competencies"]:
            cw = crosswalk(std, p, category)
            sug = cw["suggestions"]
            assert "not a legal mapping" in sug["note"]
            descriptors = {c["code"]: c["descriptor"] for c in cw["criteria"]}
            kk_items = {i["ref"]: i for lv in [cw["own"], *cw["inherited"]] for i in lv["items"]["kk"] or []}
            for code, found in sug["pairs"].items():
                assert descriptors[code], "no suggestion for a criterion without a descriptor"
                assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
                for f in found:
                    item = kk_items[f["ref"]]
                    assert f["text"] == item["text"] and f["lines"] == item["lines"]
                    assert len(f["shared"]) >= MIN_SHARED
                    assert set(f["shared"]) <= stems(descriptors[code]) & stems(item["text"])
                    assert not set(f["shared"]) & set(sug["common_stems"])
                    total += 1
    assert total > 0


def test_same_input_same_output(std, cat):
    p = find_position(cat, "338-03-07")
    assert crosswalk(std, p, "researcher") == crosswalk(std, p, "researcher")
