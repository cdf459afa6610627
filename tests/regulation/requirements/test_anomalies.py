"""Source defects are reported with their lines, never fixed (notes §9.3)."""

from __future__ import annotations

KK_FILE, RU_FILE = "001_1f946b8a025cd79c.txt", "002_3cbed89f0337fdfd.txt"


def codes(struct: dict) -> list[str]:
    return [a["code"] for a in struct["anomalies"]]


def of(struct: dict, code: str) -> list[dict]:
    return [a for a in struct["anomalies"] if a["code"] == code]


def test_clause_274_kk_ru_threshold_conflict_names_both_files(both):
    s = both(274)  # TVET department head: kk 1/2/3/4 and no experience, ru 1 y base + 2/3/4/5
    mism = of(s, "kk_ru_threshold_mismatch")
    assert len(mism) == 4
    for a in mism:
        assert a["sources"] == [{"file": KK_FILE, "lines": [7455, 7458]}, {"file": RU_FILE, "lines": [382, 382]}]
    assert "1 y" in mism[0]["message"] and "2 y" in mism[0]["message"]
    base, = of(s, "kk_ru_base_experience_mismatch")
    assert base["sources"] == [{"file": KK_FILE, "lines": [7452, 7454]}, {"file": RU_FILE, "lines": [381, 381]}]
    assert s["no_experience_required_by_lang"] == {"kk": True, "ru": False}
    assert of(s, "kk_ru_no_experience_mismatch")


def test_agreeing_positions_raise_no_threshold_conflict(both):
    for clause in (278, 286, 290, 294, 310, 314, 318, 322, 330):
        assert not of(both(clause), "kk_ru_threshold_mismatch"), clause


def test_moderator_five_years_in_298_and_302(both):
    for clause, kk_lines, ru_lines in ((298, [8152, 8156], [719, 719]), (302, [8265, 8266], [772, 772])):
        s = both(clause)
        conflicts = of(s, "threshold_conflict")
        assert {a["sources"][0]["file"] for a in conflicts} == {KK_FILE, RU_FILE}, clause
        assert any(a["sources"][0]["lines"] == kk_lines for a in conflicts), clause
        assert any(a["sources"][0]["lines"] == ru_lines for a in conflicts), clause
        assert of(s, "threshold_order_inverted")
        assert all("5 y" in a["message"] and "2 y" in a["message"] for a in conflicts)


def test_tvet_methodist_has_no_moderator_threshold(both):
    s = both(270)  # 10.8: –/5/6/7 in kk and ru
    missing = of(s, "threshold_missing_category")
    assert [a["message"].split(":")[0] for a in missing] == ["kk", "ru"]
    assert all(a["message"].endswith("moderator") for a in missing)


def test_methodical_centre_methodist_has_no_thresholds(kk):
    s = kk(242)  # 8.5: competencies exist elsewhere, but the requirements give no table
    assert s["thresholds"] == [] and s["archetype"] == "fixed"


def test_preschool_methodist_gives_no_high_level_threshold_below_master(kk):
    s = kk(12)  # 2.2
    middle_only = of(s, "threshold_middle_only")
    assert sorted(a["message"].split()[1] for a in middle_only) == ["expert", "moderator", "researcher"]
    assert all(a["sources"] == [{"file": KK_FILE, "lines": [283, 286]}] for a in middle_only)


def test_preschool_language_teacher_table_is_middle_only(kk):
    s = kk(28)  # 2.6: M/E/R «біліктілігінің орта деңгейі болған кезде», master high
    assert sorted(a["message"].split()[1] for a in of(s, "threshold_middle_only")) == \
           ["expert", "moderator", "researcher"]
    assert not of(kk(66), "threshold_middle_only")


def test_unreadable_number_is_kept_not_dropped(kk):
    s = kk(48)  # 3.1: «кемінде 1р жыл жұмыс өтілі қосымша қажет» (001:L1535-1537)
    bad, = of(s, "unreadable_years")
    assert "1р жыл" in bad["message"] and bad["sources"] == [{"file": KK_FILE, "lines": [1535, 1537]}]


def test_kk_omits_the_experience_kind_ru_prints(both):
    s = both(306)  # 10.17: kk «орта және жоғары деңгейі болған кезде: педагог-модератор үшін ...»
    assert len(of(s, "kk_ru_experience_kind_mismatch")) == 3


def test_kk_table_row_without_level_vs_ru_middle_and_high(both):
    s = both(302)  # 10.16: kk L8267 names no level, ru L773 «среднего и высшего»
    assert len(of(s, "kk_ru_threshold_levels_mismatch")) == 3
    assert of(s, "kk_ru_education_levels_mismatch")  # ru adds a TVET path the kk text lacks


def test_bare_vs_floor_wording_is_reported_apart_from_substance(catalog):
    positions = {p["id"]: p for p in catalog["positions"]}
    special = positions["338-03-10"]["requirements"]  # kk «– 5 жыл», 004 «не менее 5 лет»
    wording = of(special, "kk_ru_threshold_wording")
    assert len(wording) == 1 and wording[0]["sources"][1]["file"].startswith("004_")
    assert not of(special, "kk_ru_threshold_mismatch")


def test_clean_tables_raise_nothing(kk, both):
    for clause in (66, 74, 78, 176, 196):
        assert kk(clause)["anomalies"] == [], clause
    assert both(286)["anomalies"] == []


def test_inversion_names_each_category_below_the_moderator_floor(kk):
    inverted = of(kk(298), "threshold_order_inverted")
    assert sorted(a["message"].split()[1] for a in inverted) == ["expert", "researcher"]


def test_misprinted_unit_is_read_and_reported(kk):
    s = kk(330)  # 10.23: «педагог-зерттеуші үшін кемінде 4 жы,» (001:L9001-9004)
    bad, = of(s, "years_unit_misprinted")
    assert bad["sources"] == [{"file": KK_FILE, "lines": [9001, 9004]}]
    assert [t["min_years"] for t in s["thresholds"] if t["category"] == "researcher"] == [4]


def test_a_threshold_row_with_an_unreadable_number_is_kept_as_anomaly(raw):
    """Misprint the moderator's number in 3.7: the row is reported, and no other row's number is borrowed."""
    from sanat.regulation.requirements import structure

    items = [dict(i) for i in next(c for c in raw("tqc_kk") if c.number == 66).items]
    items[1]["text"] = items[1]["text"].replace("үшін-кемінде 2 жыл", "үшін-кемінде 2р жыл")
    s = structure(items, None)
    assert [t["category"] for t in s["thresholds"]] == ["expert", "researcher", "master"]
    assert [t["min_years"] for t in s["thresholds"]] == [3, 4, 5]
    missing, = of(s, "threshold_category_without_years")
    assert "moderator" in missing["message"] and missing["sources"] == [{"file": KK_FILE, "lines": [2039, 2041]}]
    assert of(s, "unreadable_years")


def test_a_table_whose_numbers_are_all_unreadable_is_still_a_table(raw):
    from sanat.regulation.requirements import structure

    items = [dict(i) for i in next(c for c in raw("tqc_kk") if c.number == 78).items]  # 3.10
    for i in (1, 2):
        items[i]["text"] = items[i]["text"].replace(" жыл", "р жыл")
    s = structure(items, None)
    assert s["archetype"] == "category_table" and s["thresholds"] == [] and s["alternatives"] == []
    assert sorted(a["message"].split()[1] for a in of(s, "threshold_category_without_years")) == \
           ["expert", "master", "moderator", "researcher"]
    assert len(of(s, "unreadable_years")) == 4


def test_experience_in_a_category_as_if_a_post(kk, catalog):
    s = kk(86)  # 3.12 kk: «педагог-шебер лауазымындағы жұмыс өтілі – 5 жыл» (drafting slip, notes §3.7 ex. 5)
    slip, = of(s, "experience_in_category_as_post")
    assert slip["sources"] == [{"file": KK_FILE, "lines": [2726, 2729]}]
    flagged = [p["id"] for p in catalog["positions"] if of(p["requirements"], "experience_in_category_as_post")]
    assert flagged == ["338-03-12"]
