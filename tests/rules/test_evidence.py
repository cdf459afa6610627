"""Evidence tags on real competency statements of the catalog (kk 001, ru 002/004)."""

from __future__ import annotations

from datetime import date

import pytest

from sanat.commands.catalog import load_catalog
from sanat.rules import catalog as cat
from sanat.rules.evidence import matches, tag

POS = cat.positions_by_id(load_catalog())


def _statement(pid: str, category: str, lang: str, contains: str) -> str:
    items = POS[pid]["competencies"][category]["items"][lang]
    hits = [i["text"] for i in items if contains in i["text"]]
    assert hits, (pid, category, lang, contains)
    return hits[0]


@pytest.mark.parametrize(("pid", "cat_", "lang", "contains", "kinds", "levels"), [
    # 001:L2060-2064 «білім беру ұйымы, аудан (облыстық маңызы бар қала) деңгейінде олимпиадалардың, конкурстардың …»
    ("338-03-07", "moderator", "kk", "олимпиадалардың", {"olympiad", "contest", "competition"}, ["organisation", "district"]),
    # 004:L105 «… на уровне организации образования, района (города областного значения) …»
    ("338-03-07", "moderator", "ru", "олимпиад", {"olympiad", "contest", "competition"}, ["organisation", "district"]),
    # expert: «аудан (облыстық маңызы бар қала) деңгейіндегі олимпиадалардың …, облыс деңгейіндегі конкурстардың …»
    ("338-03-07", "expert", "kk", "олимпиадалардың", {"olympiad", "contest", "competition"}, ["district", "oblast"]),
])
def test_olympiad_statements(pid, cat_, lang, contains, kinds, levels):
    t = tag(_statement(pid, cat_, lang, contains))
    assert kinds <= set(t.kinds)
    assert list(t.levels) == levels
    assert "participant" in t.results


def test_worldskills_and_expert_membership_in_tvet_master():
    s = _statement("338-10-09", "master", "ru", "WorldSkills")
    t = tag(s)
    assert {"worldskills", "expert_membership", "programme"} <= set(t.kinds)
    assert "republic" in t.levels


def test_category_names_are_not_expert_membership():
    t = tag('должен соответствовать общим требованиям к квалификации "педагог-эксперт", а также:')
    assert t.kinds == ()


def test_optional_video_lessons():
    t = tag("облыстың, елдің телевидениесінде трансляциялау үшін енгізілген бейне -, телесабақтар дайындау (Бар болса);")
    assert "video_lesson" in t.kinds and t.optional and {"oblast", "republic"} <= set(t.levels)


def test_statement_without_evidence_goes_to_the_commission():
    assert tag("оқытудың инновациялық формаларын, әдістері мен құралдарын қолдану;").kinds == ()


def test_match_rules_level_result_and_date():
    t = tag("облыс деңгейіндегі конкурстардың жеңімпаздары болуы;")
    assert t.results == ("winner",)
    on = date(2025, 9, 1)
    assert matches(t, {"kind": "contest", "level": "oblast", "result": "winner"}, on, True)
    assert not matches(t, {"kind": "contest", "level": "oblast", "result": "prize"}, on, True)
    assert matches(t, {"kind": "contest", "level": "republic", "result": "winner"}, on, True)
    assert not matches(t, {"kind": "contest", "level": "republic", "result": "winner"}, on, False)
    assert not matches(t, {"kind": "contest", "level": "district", "result": "winner"}, on, True)
    assert not matches(t, {"kind": "contest", "level": "oblast", "result": "winner", "date": "2025-09-02"}, on, True)
