"""Amendment notes as events: order-level list and per-position attachment by clause."""

from __future__ import annotations

from collections import Counter


def all_events(catalog):
    return catalog["amendments"] + [a for p in catalog["positions"] for a in p["amendments"]]


def test_counts_per_language_and_order(catalog):
    events = all_events(catalog)
    kk = [e for e in events if e["lang"] == "kk"]
    ru = [e for e in events if e["lang"] == "ru"]
    assert len(kk) == 3 and len(ru) == 15
    assert {e["order_no"] for e in kk} == {"121"} and {e["order_date"] for e in kk} == {"2022-03-31"}
    assert Counter(e["order_no"] for e in ru) == {"100": 10, "121": 3, "249": 2}
    assert Counter(e["kind"] for e in ru) == {"new_wording": 7, "changed": 8}
    assert all(e["entry_into_force"] and "опубликования" in e["entry_into_force"] for e in ru)
    assert all(e["entry_into_force"] and "қолданысқа енгізіледі" in e["entry_into_force"] for e in kk)
    assert all(e["effective_from"] is None for e in events)


def test_kk_order_number_found_although_displaced(catalog, kk_src):
    note = next(e for e in catalog["amendments"] if e["lang"] == "kk" and e["lines"][0] == 70)
    assert note["lines"] == [70, 72]
    assert "№ 121" in kk_src.line(71) and "бұйрығымен" in kk_src.line(72)
    assert note["order_no"] == "121" and "№" not in note["entry_into_force"]


def test_clause_notes_attach_to_their_positions(by_id, ru_src):
    attached = {(pid, e["clause"]) for pid, p in by_id.items() for e in p["amendments"]}
    assert attached == {("338-09", "244"), ("338-10-03", "253"), ("338-10-03", "254"), ("338-10-04", "257"),
                        ("338-10-05", "260"), ("338-10-06", "263"), ("338-10-07", "266"),
                        ("338-10-14", "292"), ("338-10-14", "294"), ("338-10-22", "325")}
    for p in by_id.values():
        for e in p["amendments"]:
            assert f"Пункт {e['clause']}" in ru_src.line(e["lines"][0])
            number = p["clauses"][next(k for k, c in p["clauses"].items() if c and c["ru"] == e["clause"])]
            assert number["lines"]["ru"][0] < e["lines"][0]


def test_notes_are_not_items(catalog):
    for p in catalog["positions"]:
        for kind in ("duties", "knowledge"):
            for it in p[kind]["ru"] or []:
                assert not it["text"].startswith("Сноска")


def test_order_level_notes_and_ambiguous_point_1(catalog):
    order = catalog["amendments"]
    assert len(order) == 8
    point1 = [e for e in order if e["clause"] == "1"]
    assert sorted((e["lang"], e["part"], e["order_no"]) for e in point1) == [
        ("kk", "order", "121"), ("ru", "intro", "249"), ("ru", "order", "121")]


def test_clause_versions(by_id):
    psych = by_id["338-10-14"]["clauses"]
    assert [(a["lang"], a["kind"], a["order_no"]) for a in psych["duties"]["amended_by"]] == [("ru", "new_wording", "100")]
    assert [a["kind"] for a in psych["requirements"]["amended_by"]] == ["changed"]
    assert psych["knowledge"]["amended_by"] == []
    assert sum(len(c["amended_by"]) for p in by_id.values() for c in p["clauses"].values() if c) == 10


def test_note_naming_another_clause_is_reported(tmp_path, ru_src):
    import shutil

    from sanat.regulation import sources
    from sanat.regulation.tqc.catalog import build_catalog

    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    text = ru_src.text
    assert text.count("Сноска. Пункт 294 ") == 1
    (tmp_path / ru_src.file).write_text(text.replace("Сноска. Пункт 294 ", "Сноска. Пункт 293 "), encoding="utf-8")
    pos = next(p for p in build_catalog(tmp_path)["positions"] if p["id"] == "338-10-14")
    bad = [a for a in pos["anomalies"] if a["code"] == "amendment_clause_mismatch"]
    assert len(bad) == 1 and "note for clause 293 follows clause 294" in bad[0]["message"]
    assert [a["clause"] for a in pos["amendments"]] == ["292", "293"]
