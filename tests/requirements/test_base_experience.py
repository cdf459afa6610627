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


def test_experience_alone_after_or_is_a_standalone_path(both):
    s = both(298)  # 10.15: «... немесе ... ұйымдарда орта басшы құрам лауазымдарындағы жұмыс өтілі кемінде 3 жыл»
    for lang in ("kk", "ru"):
        b, = base(s, lang)
        assert (b["min_years"], b["experience"], b["standalone_path"], b["applies_to"]) == \
               (3, "managerial", True, []), lang


def test_experience_described_after_a_comma_belongs_to_the_education(kk):
    b, = base(kk(196))  # 6.12: «... білім, білім беру жүйесіндегі немесе тиісті бейін бойынша ... кемінде 2 жыл»
    assert (b["standalone_path"], b["applies_to"]) == (False, ["kk-E1"])


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
    degree = [a for a in kk(207)["alternatives"] if a["kind"] == "experience_path"]  # 7.1: with a degree, 2 y
    assert [(a["with_experience"]["min_years"], a["conditions"]) for a in degree] == [(2, ["academic_degree"])]
