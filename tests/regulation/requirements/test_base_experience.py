"""Post-level floors: which education they follow, parts, alternatives, standalone paths."""

from __future__ import annotations


def base(struct: dict, lang: str = "kk") -> list[dict]:
    return [b for b in struct["base_experience"] if b["lang"] == lang]


def test_preschool_head_five_years_last_two_rural_three_last_one(kk):
    b = base(kk(9))[:4]  # 2.1, 001:L199-203
    assert [(x["min_years"], x["within_last_years"], x["part_of"], x["locality"]) for x in b] == [
        (5, None, None, None), (2, 2, 0, None), (3, None, None, "rural"), (1, 1, 2, None)]
    assert {tuple(x["applies_to"]) for x in b} == {("kk-E1", "kk-E2", "kk-E3")}
    assert all(x["experience"] == "pedagogical" and x["bare"] for x in b)


def test_or_right_after_a_number_opens_an_alternative_floor(kk):
    b = base(kk(204))  # 6.14: «... кемінде 5 жыл немесе басшы лауазымындағы жұмыс өтілі кемінде 3 жыл»
    assert [(x["min_years"], x["experience"], x["alternative_to"], x["joined_by"]) for x in b] == [
        (5, "pedagogical", None, None), (3, "managerial", 0, "or")]


def test_or_inside_a_description_is_not_an_alternative(kk):
    b = base(kk(48))[:3]  # 3.1: «... басшының орынбасары лауазымында немесе ... басшысы лауазымында кемінде 2 жыл»
    assert [(x["min_years"], x["alternative_to"], x["joined_by"]) for x in b] == [
        (5, None, None), (2, None, None), (2, None, "or")]
    assert b[2]["experience"] == "managerial"


def test_experience_alone_after_or_is_a_path_not_a_floor(both):
    # 10.15, 001:L8149-8151 / 002:L718: «E1 немесе E2 немесе білім беру ұйымының бейініне сәйкес келетін ұйымдарда
    # орта басшы құрам лауазымдарындағы жұмыс өтілі кемінде 3 жыл» — an alternative to education, binding no one
    s = both(298)
    assert s["base_experience"] == []
    for lang in ("kk", "ru"):
        path, = [a for a in s["alternatives"] if a["lang"] == lang]
        assert (path["kind"], path["codes"], path["connector"]) == ("experience_path", [], "or"), lang
        w = path["with_experience"]
        assert (w["min_years"], w["experience"], w["strict"], w["bare"]) == (3, "managerial", False, False), lang
        assert path["quote"].endswith("кемінде 3 жыл" if lang == "kk" else "не менее трех лет"), lang
        assert [e["levels"] for e in s["education"] if e["lang"] == lang] == [
            ["higher", "postgraduate"], ["tvet", "post_secondary"]], lang
    assert s["archetype"] == "category_table"
    assert [c["role"] for c in s["connectors"] if c["lines"] == [8149, 8151]] == ["base"]


def test_experience_described_after_a_comma_belongs_to_the_education(kk):
    s = kk(196)  # 6.12: «... білім, білім беру жүйесіндегі немесе тиісті бейін бойынша ... кемінде 2 жыл»
    b, = base(s)
    assert b["applies_to"] == ["kk-E1"]
    assert not [a for a in s["alternatives"] if a["kind"] == "experience_path"]


def test_base_floor_higher_than_moderator_threshold(kk):
    s = kk(213)  # 7.3: base 5 y, moderator 3 y — the engine takes max(base, category)
    assert [b["min_years"] for b in s["base_experience"]] == [5]
    assert min(t["min_years"] for t in s["thresholds"]) == 3


def test_conditions_on_floors_and_paths(kk, both):
    s = both(258)  # 10.4: «... кәсіпорындардағы жұмыс өтілі кемінде 3 жыл, кәсіптік қайта даярлығы бар»
    for lang in ("kk", "ru"):
        b = base(s, lang)
        assert [(x["min_years"], x["conditions"], x["alternative_to"] is not None) for x in b] == [
            (5, [], False), (3, ["professional_retraining"], True)], lang


def test_a_degree_shortens_the_floor_of_the_line_before(kk):
    # 7.1, 001:L5923-5926: «... педагогикалық жұмыс өтілі кемінде 5 жыл, оның ішінде басшы лауазымда кемінде бір жыл
    # жұмыс тәжірибесі; / ғылыми дәрежесі болған жағдайда, педагогикалық жұмыс өтілі кемінде 2 жыл.»
    s = kk(207)
    assert [(x["min_years"], x["experience"], x["part_of"], x["alternative_to"], x["conditions"], x["degree"])
            for x in base(s)] == [
        (5, "pedagogical", None, None, [], None),
        (1, "managerial", 0, None, [], None),
        (2, "pedagogical", None, 0, ["academic_degree"], ["candidate", "doctor", "phd"])]
    assert base(s)[2]["applies_to"] == ["kk-E1", "kk-E2"]  # the education of the line before still holds
    assert not s["alternatives"] and s["archetype"] == "fixed"
    assert [c["role"] for c in s["connectors"]] == ["base", "base"]
    # 7.2, 001:L5973-5976: the same wording without a comma after «жағдайда»
    s = kk(210)
    assert [(x["min_years"], x["alternative_to"], x["degree"]) for x in base(s)] == [
        (5, None, None), (2, 0, ["candidate", "doctor", "phd"])]
    assert not s["alternatives"]


def test_a_condition_printed_after_a_floor_is_no_degree(both):
    s = both(258)  # 10.4: «... кемінде 3 жыл, кәсіптік қайта даярлығы бар» stays an alternative floor of its line
    assert {x["degree"] for x in base(s)} == {None}


def test_floor_after_one_education_alternative_is_tied_to_it(kk, both):
    # 3.16, 001:L3140-3143: «... білімі немесе ... құжат, жұмыс өтіліне талап қойылмайды немесе тиісті бейін бойынша
    # техникалық және кәсіптік білімі, педагогикалық еңбек өтілі – кемінде 5 жыл»
    s = kk(101)
    tvet = [e["id"] for e in s["education"] if e["levels"] == ["tvet"]]
    assert [(b["min_years"], b["applies_to_education"]) for b in base(s)] == [(5, tvet)]
    # 3.14-2, 001:L2991-2994: the floor is printed on the «"Педагогика" бағыты бойынша техникалық және кәсіптік» line
    s = kk(94, occurrence=2)
    assert [(b["min_years"], b["applies_to_education"]) for b in base(s)] == [(5, ["kk-E3"])]
    assert s["education"][2]["directions"] == ["Педагогика"]
    # 2.2, 001:L275-279: the urban 3 / rural 1 floors follow «техникалық және кәсіптік білімін растайтын құжат» only
    s = kk(12)
    assert [(b["locality"], b["applies_to_education"]) for b in base(s)] == [("urban", ["kk-E4"]), ("rural", ["kk-E4"])]
    assert s["education"][3]["levels"] == ["tvet"]
    # 10.16 ru, 002:L771: the one-year floor follows the higher education; TVET is «без предъявления требований к стажу»
    s = both(302)
    ru = base(s, "ru")
    assert ru[0]["min_years"] == 1 and ru[0]["applies_to_education"] == ["ru-E1"]
    assert [e["levels"] for e in s["education"] if e["lang"] == "ru"] == [["higher", "postgraduate"], ["tvet"]]


def test_floor_after_every_education_alternative_binds_everyone(kk, both):
    assert {b["applies_to_education"] for b in base(kk(9))} == {None}  # 2.1: «E1 немесе E2 немесе E3, ... бес жыл»
    assert {b["applies_to_education"] for b in base(kk(207))} == {None}  # 7.1
    s = both(302)  # 10.16 kk has a single education alternative
    assert {b["applies_to_education"] for b in base(s, "kk")} == {None}


def test_line_opening_for_an_organisation_type_is_a_subcase(kk):
    # 5.1, 001:L4097-4103: «аутизмі бар балаларды қолдау орталықтары (autism-орталық) үшін жұмыс өтілі ... кемінде
    # бір жыл немесе ...» — the one-year floors are for heads of autism centres only, not for every applicant
    s = kk(136)
    sub = "аутизмі бар балаларды қолдау орталықтары (autism-орталық) үшін"
    b = base(s)
    assert [(x["min_years"], x["subcase"]) for x in b] == [(5, None), (2, None), (1, sub), (1, sub), (1, sub)]
    assert [x["applies_to_education"] for x in b[:2]] == [None, None]  # the general floors bind every general route
    assert [(e["id"], e["subcase"]) for e in s["education"]] == [("kk-E1", None), ("kk-E2", None), ("kk-E3", sub)]
    assert "connector_missing" not in {a["code"] for a in s["anomalies"]
                                       if a["sources"][0]["lines"] == [4097, 4103]}


def test_floor_after_a_waiver_and_or_is_a_path_not_an_alternative_floor(both):
    # ru 10.16, 002:L771: «E1, стаж … не менее одного года или E2 без предъявления требований к стажу работы или стаж
    # работы в организациях, соответствующих профилю организации образования, не менее 3 лет» — the waiver closes
    # E2; the 3 years after «или» name no education: a path by experience alone, like 10.15
    s = both(302)
    ru = base(s, "ru")
    assert [(x["min_years"], x["applies_to"], x["alternative_to"]) for x in ru] == [(1, ["ru-E1"], None)]
    path, = [a for a in s["alternatives"] if a["lang"] == "ru"]
    assert (path["kind"], path["codes"], path["connector"]) == ("experience_path", [], "or")
    assert (path["with_experience"]["min_years"], path["with_experience"]["strict"]) == (3, False)
    # kk 001:L8257-8264 prints no waiver and no TVET route: «… кемінде бір жыл немесе … кемінде 3 жыл» stays an
    # alternative floor of the higher education; the two languages differ, and compare() says so
    kk = base(s, "kk")
    assert [(x["min_years"], x["applies_to"], x["alternative_to"]) for x in kk] == [(1, ["kk-E1"], None),
                                                                                    (3, ["kk-E1"], 0)]
    assert not [a for a in s["alternatives"] if a["lang"] == "kk"]
    assert "kk_ru_base_experience_mismatch" in {a["code"] for a in s["anomalies"]}
