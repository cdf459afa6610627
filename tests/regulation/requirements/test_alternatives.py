"""Manager-type posts: categories and experience paths accepted instead of education + experience."""

from __future__ import annotations


def alts(struct: dict, kind: str, lang: str = "kk") -> list[dict]:
    return [a for a in struct["alternatives"] if a["kind"] == kind and a["lang"] == lang]


def test_deputy_for_informatisation(kk):
    s = kk(51)  # 3.2, 001:L1593-1600
    assert s["archetype"] == "manager"
    m, = alts(s, "manager_category")
    assert m["codes"] == ["deputy_3", "deputy_2", "deputy_1"] and m["connector"] == "and_or"
    t, = alts(s, "teacher_category")
    assert t["codes"] == ["expert", "researcher", "master"]
    base, = s["base_experience"]
    assert (base["min_years"], base["experience"], base["strict"]) == (3, "pedagogical", False)


def test_tvet_director_paths(both):
    s = both(246)  # 9: five paths
    for lang in ("kk", "ru"):
        legacy, = alts(s, "legacy_category", lang)
        assert legacy["codes"] == ["first", "highest"] and legacy["only_if"] == "teaching_activity"
        manager, = alts(s, "manager_category", lang)
        assert manager["codes"] == ["deputy_3", "deputy_2", "deputy_1", "head_organizer", "head_manager",
                                    "head_leader"]
        paths = [(a["with_experience"]["min_years"], a["with_experience"]["experience"])
                 for a in alts(s, "experience_path", lang)]
        assert paths[0] == (5, "managerial"), lang
        assert paths[1][0] == 2, lang


def test_civil_service_path(kk):
    s = kk(48)  # 3.1: «... мемлекеттік қызметші лауазымындағы ... жұмыс өтілі кемінде 5 жыл»
    civil = [a for a in alts(s, "experience_path") if a["with_experience"]["experience"] == "civil_service"]
    assert len(civil) == 4 and {a["with_experience"]["min_years"] for a in civil} == {5}


def test_oblast_level_accepts_fewer_teacher_categories(kk):
    s = kk(233)  # 8.2: oblast researcher/master, district expert/researcher/master
    by_level = {a["organisation_level"]: a["codes"] for a in alts(s, "teacher_category")}
    assert by_level == {"oblast": ["researcher", "master"], "district": ["expert", "researcher", "master"]}


def test_scrambled_manager_quotes_still_yield_all_codes(kk):
    s = kk(154)  # 6.1, 001:L4612-4617: «"білім беру ұйымы" не "басшы-ұйымдастырушы" ... "басшының бірінші ..."»
    m, = alts(s, "manager_category")
    assert sorted(m["codes"]) == sorted(["deputy_3", "deputy_2", "deputy_1", "head_organizer", "head_manager",
                                         "head_leader"])
    legacy, = alts(s, "legacy_category")
    assert legacy["codes"] == ["highest"]  # «немесе жоғары біліктілік санатының»: highest only


def test_pedagog_category_held(kk):
    s = kk(9)  # 2.1 special pre-school: «педагогтің, немесе педагог – сарапшының, ...»
    teacher = alts(s, "teacher_category")
    assert teacher[-1]["codes"][0] == "pedagog"
    assert "pedagog" not in teacher[0]["codes"]
