"""Competency lists: category by label, builds_on as printed, irregular references reported."""

from __future__ import annotations

from collections import Counter

from sanat.regulation.tqc.competencies import label_category, split_levels
from sanat.regulation.tqc.grammar import KK, RU


def codes(pos, code):
    return [a for a in pos["anomalies"] if a["code"] == code]


def first_levels(catalog, lang):
    out = Counter()
    for p in catalog["positions"]:
        if lang == "ru" and (p["source"]["ru"] or {}).get("provenance") != "official":
            continue
        cats = [c for c, v in p["competencies"].items() if v["label"][lang]]
        if cats:
            out[cats[0]] += 1
    return out


def test_lists_start_at_pedagog_or_moderator(catalog):
    assert first_levels(catalog, "kk") == {"pedagog": 34, "moderator": 22}
    assert first_levels(catalog, "ru") == {"pedagog": 12, "moderator": 4}


def test_category_by_label_not_by_number(by_id):
    social = by_id["338-03-12"]["competencies"]  # list starts at moderator, numbered 1)
    assert list(social) == ["moderator", "expert", "researcher", "master"]
    assert social["moderator"]["number"]["kk"] == 1
    assert by_id["338-03-07"]["competencies"]["moderator"]["number"]["kk"] == 2


def test_label_variants_resolve():
    assert label_category("шебер-педагог", KK) == "master"
    assert label_category("педагог – сарапшы", KK) == "expert"
    assert label_category("педагог - зерттеуші", KK) == "researcher"
    assert label_category("педагог", RU) == "pedagog"
    assert label_category("педагог-психолог", KK) is None


def test_reversed_master_label_is_kept_and_reported(by_id):
    p = by_id["338-03-13"]
    assert p["competencies"]["master"]["label"]["kk"] == "шебер-педагог"
    assert p["competencies"]["master"]["lines"]["kk"][0] == 2862
    assert any(a["sources"][0]["lines"] == [2862, 2862] for a in codes(p, "category_label_variant"))


def test_label_missing_closing_quote_and_no_master(by_id):
    p = by_id["338-06-10"]
    assert list(p["competencies"]) == ["moderator", "expert", "researcher"]
    assert any(a["sources"][0]["lines"] == [5391, 5391] for a in codes(p, "category_label_variant"))
    assert codes(p, "missing_category_level") and "master" in codes(p, "missing_category_level")[0]["message"]
    assert list(by_id["338-07-03"]["competencies"]) == ["pedagog", "moderator", "expert", "researcher"]
    assert codes(by_id["338-07-03"], "missing_category_level")
    assert sum(bool(codes(p, "missing_category_level")) for p in by_id.values()) == 2


def test_master_builds_on_expert_is_kept_as_printed(by_id):
    for pid, line in (("338-03-12", 2750), ("338-04-09", 3998)):
        master = by_id[pid]["competencies"]["master"]
        assert master["builds_on"] == "expert"
        bad = codes(by_id[pid], "irregular_builds_on")
        assert len(bad) == 1 and bad[0]["sources"][0]["lines"][0] == line
    tvet = by_id["338-10-20"]["competencies"]["master"]
    assert tvet["builds_on_by_lang"] == {"kk": "researcher", "ru": "researcher"}


def test_moderator_builds_on_itself(by_id):
    p = by_id["338-04-08"]
    assert p["competencies"]["moderator"]["builds_on"] == "moderator"
    bad = codes(p, "irregular_builds_on")
    assert len(bad) == 1 and "itself" in bad[0]["message"] and bad[0]["sources"][0]["lines"][0] == 3872
    total = sum(len(codes(p, "irregular_builds_on")) for p in by_id.values())
    assert total == 3


def test_reference_without_marker_and_missing_reference(by_id):
    # 001:L789 «"педагог" біліктілігіне … сәйкес келуі тиіс:» has no «сондай-ақ»
    assert by_id["338-02-06"]["competencies"]["moderator"]["builds_on"] == "pedagog"
    p = by_id["338-10-19"]  # kk moderator and researcher start with items (001:L8617-8618, L8647-8648)
    assert p["competencies"]["moderator"]["builds_on_by_lang"] == {"kk": None, "ru": "pedagog"}
    assert p["competencies"]["researcher"]["builds_on_by_lang"] == {"kk": None, "ru": "expert"}
    assert [a["sources"][0]["lines"][0] for a in codes(p, "missing_builds_on")] == [8617, 8647]
    assert p["competencies"]["moderator"]["items"]["kk"][0]["text"].startswith("дамуындағы ауытқуларды")


def test_dative_and_truncated_references(by_id):
    assert by_id["338-02-04"]["competencies"]["expert"]["builds_on"] == "moderator"  # «педагог-модераторға» L524
    assert by_id["338-06-12"]["competencies"]["master"]["builds_on"] == "researcher"  # «"педагог-зерттеу"» L5667


def test_ru_unquoted_labels_reported(by_id):
    p = by_id["338-10-09"]
    variants = [a for a in codes(p, "category_label_variant") if a["sources"][0]["file"].startswith("002")]
    assert [a["sources"][0]["lines"][0] for a in variants] == [384, 391, 396, 402, 409]
    assert p["competencies"]["pedagog"]["label"] == {"kk": None, "ru": "педагог"}
    assert codes(p, "kk_ru_competency_levels_mismatch")


def test_every_level_item_cites_its_lines(kk_doc, kk_src, ru_doc, ru_src):
    n = 0
    for doc, src, g in ((kk_doc, kk_src, KK), (ru_doc, ru_src, RU)):
        for p in doc.positions:
            c = p.clause("competencies")
            if not c:
                continue
            head, levels = split_levels(c, g)
            assert head == []  # every item of the clause belongs to a level
            for lv in levels:
                printed = src.line(lv.first).replace("\u00a0", " ").strip()
                assert printed.startswith(lv.label_printed.split(")")[0] + ")")
                for it in lv.items:
                    assert lv.first < it.first <= it.last <= lv.last
                    n += 1
    assert n > 1300


def test_optional_evidence_flag(by_id, kk_src):
    items = [it for v in by_id["338-03-07"]["competencies"].values() for it in v["items"]["kk"]]
    optional = [it for it in items if it["optional"]]
    assert optional and all("(бар болса)" in it["text"] or "(болған жағдайда)" in it["text"] for it in optional)
    assert all(not it["optional"] for it in items if "(" not in it["text"])


def test_lists_starting_at_moderator_build_on_an_undefined_pedagog(catalog):
    found = Counter()
    for p in catalog["positions"]:
        for a in codes(p, "builds_on_undefined_level"):
            found[a["sources"][0]["file"][:3]] += 1
            assert "«moderator» builds on «pedagog»" in a["message"]
    # 22 kk lists start at moderator; one of them (338-04-08) has moderator build on itself instead
    assert found == {"001": 21, "002": 4}


def test_garbled_and_colon_references(by_id):
    comp = by_id["338-03-13"]["competencies"]  # 001:L2814 position-specific, L2837 category after a colon
    assert comp["pedagog"]["builds_on"] is None
    assert "педагог-профориентатору" in comp["pedagog"]["builds_on_text"]["kk"]
    assert comp["expert"]["builds_on"] == "moderator"
    assert comp["expert"]["builds_on_text"]["kk"].startswith("біліктілікке сәйкес келуі тиіс:")
