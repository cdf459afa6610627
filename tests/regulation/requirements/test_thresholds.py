"""Per-category thresholds read from the real clauses: wording, levels, localities, kinds."""

from __future__ import annotations


def rows(struct: dict, lang: str = "kk", **where) -> list[dict]:
    return [t for t in struct["thresholds"] if t["lang"] == lang and all(t[k] == v for k, v in where.items())]


def years(struct: dict, lang: str = "kk", **where) -> dict[str, list]:
    out: dict[str, list] = {}
    for t in rows(struct, lang, **where):
        out.setdefault(t["category"], []).append(t["min_years"])
    return out


def test_subject_teacher_table_floor_and_bare_master(kk):
    s = kk(66)  # 3.7, 001:L2039-2043
    assert years(s) == {"moderator": [2], "expert": [3], "researcher": [4], "master": [5]}
    mod, = rows(s, category="moderator")
    assert (mod["strict"], mod["bare"], mod["lines"]) == (False, False, [2039, 2041])
    assert mod["quote"] == "педагог-модератор үшін-кемінде 2 жыл"
    master, = rows(s, category="master")
    assert (master["strict"], master["bare"], master["qualification_levels"]) == (False, True, ["high"])
    assert master["quote"].endswith("– 5 жыл")


def test_kem_emes_is_a_floor_and_astam_is_strict(kk, both):
    internat = kk(94, 2)  # 3.14 internat head: «педагогикалық жұмыс өтілі – 5 жылдан кем емес»
    five, = internat["base_experience"]
    assert (five["min_years"], five["strict"], five["bare"]) == (5, False, False)
    deputy = both(255)  # 10.3: «3 жылдан астам» / «более 3-х лет»
    strict = [a["with_experience"] for a in deputy["alternatives"] if a["kind"] == "manager_category"]
    assert [(w["min_years"], w["strict"]) for w in strict] == [(3, True), (3, True)]


def test_numbers_printed_as_words(kk, both):
    head = kk(9)  # 2.1: «педагогикалық жұмыс өтілі бес жыл, оның ішінде ... соңғы екі жыл»
    assert [(b["min_years"], b["printed"]) for b in head["base_experience"][:2]] == [(5, "бес"), (2, "екі")]
    ru = [b for b in both(246)["base_experience"] if b["lang"] == "ru"]
    assert [(b["min_years"], b["printed"]) for b in ru] == [(5, "пяти"), (2, "двух")]


def test_high_and_middle_level_split_tables(kk):
    for clause in (20, 24):  # 2.4 educator, 2.5 pre-school class: high 2/2/3/5, middle 2/3/4
        s = kk(clause)
        assert years(s, qualification_levels=["high"]) == {"moderator": [2], "expert": [2], "researcher": [3],
                                                           "master": [5]}
        assert years(s, qualification_levels=["middle"]) == {"moderator": [2], "expert": [3], "researcher": [4]}


def test_level_wordings(kk):
    assert {tuple(t["qualification_levels"]) for t in rows(kk(16), category="moderator")} == {("high", "middle")}  # жоғары немесе орта
    assert {tuple(t["qualification_levels"]) for t in rows(kk(66), category="moderator")} == {("high", "middle")}  # жоғары және орта
    assert {tuple(t["qualification_levels"]) for t in rows(kk(44), category="master")} == {("high",)}  # жоғары деңгейдегі біліктілік
    assert {tuple(t["qualification_levels"]) for t in rows(kk(314), category="moderator")} == {("high", "middle")}  # орта және жоғары біліктілік деңгейі
    assert all(t["qualification_levels"] == [] for t in kk(150)["thresholds"])  # 5.5 states no level


def test_urban_rural_variants(kk):
    s = kk(12)  # 2.2 pre-school methodist, 001:L275-286
    assert years(s, locality="urban") == {"master": [5], "moderator": [5], "expert": [5], "researcher": [5]}
    assert years(s, locality="rural") == {"master": [3], "moderator": [3], "expert": [3], "researcher": [3]}
    assert {t["qualification_levels"][0] for t in rows(s, category="master")} == {"high"}
    assert {t["qualification_levels"][0] for t in rows(s, category="moderator")} == {"middle"}
    tvet = [e["id"] for e in s["education"] if e["levels"] == ["tvet"]]
    assert [(b["min_years"], b["locality"], b["applies_to"]) for b in s["base_experience"]] == \
           [(3, "urban", tvet), (1, "rural", tvet)]


def test_oblast_and_district_variants(kk):
    head = kk(230)  # 8.1: oblast 7 y / district 5 y
    assert [(b["min_years"], b["organisation_level"]) for b in head["base_experience"]] == \
           [(7, "oblast"), (5, "district")]
    methodist = kk(242)  # 8.5: oblast 5 / district 3, and no category table at all
    assert methodist["archetype"] == "fixed" and methodist["thresholds"] == []
    assert [(b["min_years"], b["organisation_level"]) for b in methodist["base_experience"]] == \
           [(5, "oblast"), (3, "district")]


def test_experience_kinds(kk):
    assert {t["experience"] for t in kk(66)["thresholds"]} == {"pedagogical"}  # 3.7
    assert {t["experience"] for t in kk(70)["thresholds"]} == {"specialty"}  # 3.8
    assert {t["experience"] for t in kk(20)["thresholds"]} == {"position"}  # 2.4 educator
    assert {t["experience"] for t in kk(274)["thresholds"]} == {"education_org"}  # 10.9
    assert {t["experience"] for t in kk(213)["thresholds"]} == {"unspecified"}  # 7.3
    vozhatyi = kk(94)  # 3.14: M/E/R by specialty, master «тәлімгер лауазымындағы»
    assert {t["category"]: t["experience"] for t in vozhatyi["thresholds"]} == {
        "moderator": "specialty", "expert": "specialty", "researcher": "specialty", "master": "position"}
    # «... үшін кемінде 4 жыл мамандығы бойынша жұмыс өтілі болуы тиіс»: the kind printed after the numbers
    assert {t["experience"] for t in rows(kk(326), category="moderator")} == {"specialty"}


def test_shared_number_for_several_categories(kk):
    s = kk(282)  # 10.11: «педагог-модератор, педагог-сарапшы, педагог-зерттеуші үшін кемінде 3 жыл»
    assert years(s) == {"master": [3], "moderator": [3], "expert": [3], "researcher": [3]}
    row = rows(s, category="expert")[0]
    assert row["quote"].startswith("педагог-модератор, педагог-сарапшы")


def test_extra_requirement_after_a_threshold(kk):
    expert, = rows(kk(188), category="expert")  # 6.10 senior trainer: expert also needs a candidate degree
    assert "ғылым кандидаты" in expert["extra_requirement"]


def test_connectors_as_printed_and_normalised(kk, both):
    c = kk(66)["connectors"]
    assert [(x["printed"], x["normalised"]) for x in c] == [(None, None), ("және (немесе)", "and_or"),
                                                            ("және (немесе)", "and_or")]
    ru = [x for x in both(286)["connectors"] if x["lang"] == "ru"]
    assert [(x["printed"], x["normalised"]) for x in ru] == [(None, None), ("или", "or")]
    ru270 = [x for x in both(270)["connectors"] if x["lang"] == "ru"]
    assert ru270[1]["normalised"] == "and_or"
    # 10.16 kk: «немесе» then a line with no connector at all (001:L8265, L8267)
    kk302 = kk(302)["connectors"]
    assert [(x["lines"][0], x["normalised"]) for x in kk302] == [(8257, None), (8265, "or"), (8267, None)]


def test_connector_less_lines_are_flagged(kk):
    for clause, line in ((150, 4486), (239, 6561), (302, 8267)):
        s = kk(clause)
        flagged = [a for a in s["anomalies"] if a["code"] == "connector_missing"]
        assert any(src["lines"][0] == line for a in flagged for src in a["sources"]), clause


def test_two_requirement_lines_printed_in_one_paragraph_are_split(kk):
    s = kk(298)  # 10.15: «...: педагог-модератор үшін кемінде 5 жыл; және (немесе) біліктілігінің орта және ...»
    assert [(x["lines"], x["normalised"]) for x in s["connectors"]][1:] == [([8152, 8156], "and_or")] * 2
    assert [(t["min_years"], t["qualification_levels"]) for t in rows(s, category="moderator")] == \
           [(5, ["high"]), (2, ["high", "middle"])]


def test_level_phrase_kept_as_printed(kk, both):
    assert {t["levels_printed"] for t in rows(kk(66), category="moderator")} == {"жоғары және орта"}
    assert {t["levels_printed"] for t in rows(kk(16), category="moderator")} == {"жоғары немесе орта"}
    assert {t["levels_printed"] for t in rows(kk(314), category="moderator")} == {"орта және жоғары"}
    assert {t["levels_printed"] for t in rows(both(322), "ru", category="moderator")} == {"среднего или высшего"}
    assert {t["levels_printed"] for t in rows(kk(150))} == {None}
