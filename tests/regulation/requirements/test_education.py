"""Education alternatives and the qualification level each implies."""

from __future__ import annotations


def edu(struct: dict, lang: str = "kk") -> list[dict]:
    return [e for e in struct["education"] if e["lang"] == lang]


def test_subject_teacher_alternatives_and_levels(kk):
    e = edu(kk(66))  # 3.7, 001:L2030-2035
    assert [(x["via"], x["qualification_level"]) for x in e] == [
        ("diploma", "high"), ("diploma", "middle"), ("diploma", None), ("retraining", None),
        ("school_ped_class_pre1995", "middle")]
    assert e[0]["levels"] == ["higher", "postgraduate"] and e[0]["profile_relevant"] is True
    assert e[0]["pedagogical"] is True  # «жоғары ... педагогикалық немесе ... педагогикалық білім»
    assert e[1]["levels"] == ["tvet", "post_secondary"]
    assert e[2]["pedagogical"] is False and e[2]["profile_relevant"] is True  # өзге де кәсіптік, тиісті бейін
    assert "XI" in e[4]["quote"] and "1995" in e[4]["quote"]


def test_xi_class_level_is_read_from_the_text(kk):
    items = [dict(i) for i in __import__("raw_clauses").clause("tqc_kk", 66)]
    items[0]["text"] = items[0]["text"].replace("орташа деңгейіне", "жоғары деңгейіне")
    from sanat.regulation.requirements import structure
    xi = [x for x in structure(items, None)["education"] if x["via"] == "school_ped_class_pre1995"]
    assert xi[0]["qualification_level"] == "high"


def test_shared_level_across_or(kk):
    e = edu(kk(12))  # 2.2: «жоғары ... педагогикалық немесе өзге де кәсіптік білім»
    other = next(x for x in e if "өзге де" in x["quote"])
    assert other["levels"] == ["higher", "postgraduate"] and other["level_inherited"] is True
    assert other["qualification_level"] == "high"


def test_level_shares_a_noun_printed_after_another_nounless_piece(kk):
    # 2.3, 001:L384-386: «жоғары және (немесе) жоғары оқу орнынан кейінгі немесе техникалық және кәсіптік
    # педагогикалық немесе музыкалық білімі немесе педагогикалық қайта даярлығын растайтын құжат»
    e = edu(kk(16))
    assert [(x["levels"], x["pedagogical"], x["via"], x["qualification_level"]) for x in e] == [
        (["higher", "postgraduate"], True, "diploma", "high"),
        (["tvet"], True, "diploma", "middle"),
        (["higher", "postgraduate"], False, "diploma", "high"),
        (["tvet"], False, "diploma", "middle"),
        ([], True, "retraining", None)]
    assert e[0]["quote"] == "жоғары және (немесе) жоғары оқу орнынан кейінгі" and not e[0]["level_inherited"]
    # the music noun is shared by both levels of the run: higher (or postgraduate) or TVET music education
    assert [x["quote"] for x in e[2:4]] == ["музыкалық білімі"] * 2 and all(x["level_inherited"] for x in e[2:4])
    assert [x["id"] for x in e] == ["kk-E1", "kk-E2", "kk-E3", "kk-E4", "kk-E5"]


def test_a_nounless_level_before_a_piece_with_no_level_and_no_noun_is_no_education():
    from sanat.regulation.requirements.education import parse
    e = parse("kk", "жоғары немесе бірдеңе немесе педагогикалық білім", [1, 1], 1)
    assert [x["quote"] for x in e] == ["педагогикалық білім"]


def test_and_or_between_two_diplomas_splits_them(both):
    s = both(314)  # 10.19: «жоғары педагогикалық білім және (немесе) техникалық және кәсіптік ... білім»
    for lang in ("kk", "ru"):
        assert [x["qualification_level"] for x in edu(s, lang)] == ["high", "middle", None], lang


def test_work_place_is_not_an_education(both):
    s = both(246)  # «... білім беру ұйымы (мекеме) басшысының орынбасары» is experience, not a diploma
    for lang in ("kk", "ru"):
        assert [x["qualification_level"] for x in edu(s, lang)] == ["high", "high"], lang


def test_psychologist_versions_differ(both):
    s = both(294)  # kk 2022 text keeps medical education, ru 2023 text dropped it
    assert any("медициналық" in x["quote"] for x in edu(s, "kk"))
    assert not any("медицин" in x["quote"] for x in edu(s, "ru"))


def test_no_experience_required(kk):
    assert kk(66)["no_experience_required"] is True
    assert kk(51)["no_experience_required"] is False


def test_tvet_workplace_does_not_make_a_tvet_diploma(both):
    s = both(249)  # 10.1: «... кәсіптік білім және техникалық және кәсіптік, орта білімнен кейінгі білім беру ұйымдарындағы жұмыс өтілі»
    for lang in ("kk", "ru"):
        assert all("tvet" not in x["levels"] for x in edu(s, lang)), lang
        assert [x["qualification_level"] for x in edu(s, lang)] == ["high", "high"], lang


def test_experience_condition_is_not_an_education_alternative(both):
    s = both(258)  # 10.4: «... кәсіпорындардағы жұмыс өтілі кемінде 3 жыл, кәсіптік қайта даярлығы бар»
    for lang in ("kk", "ru"):
        assert [x["via"] for x in edu(s, lang)] == ["diploma", "diploma"], lang


def test_vacancy_notice_declares_the_xi_class_middle(positions):
    ru = [x for x in positions["338-03-07"]["requirements"]["education"] if x["lang"] == "ru"]
    xi = [x for x in ru if x["via"] == "school_ped_class_pre1995"]
    assert len(xi) == 1 and xi[0]["qualification_level"] == "middle"


def test_directions_are_the_quoted_names(kk, both):
    special = edu(kk(78))  # 3.10: «"Арнайы білім" бағыты бойынша ...»
    assert special[0]["directions"] == ["Арнайы білім"]
    officer = edu(kk(70))  # 3.8: «"Запастағы офицер", офицерлік құрам ...» is a status, not a direction
    assert all("Запастағы офицер" not in x["directions"] for x in officer)
    ru = edu(both(294), "ru")  # 10.14 ru: «высшее или послевузовское образование по направлениям ...»
    names = ["Педагогика и психология", "Социальные науки", "Психология"]
    assert ru[0]["directions"] == ru[1]["directions"] == names  # printed after the shared noun: both
    assert ru[0]["quote"] == "высшее"


def test_qualification_course_document(kk):
    vias = [x["via"] for x in edu(kk(142))]  # 5.3: «... біліктілікті арттыру курстарынан өткені туралы құжат»
    assert vias == ["diploma", "diploma", "retraining", "qualification_course"]
