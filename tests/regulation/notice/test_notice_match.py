"""Matching the notice's RU sections to catalog positions (KZ 001 / RU 002), on the real texts."""

from __future__ import annotations

import pytest

from sanat.regulation.glossary import load_glossary, terms_in
from sanat.regulation.notice import load_notice, match_notice, notice_export, quoted_positions, ru_text
from sanat.regulation.tqc.catalog import build_catalog


@pytest.fixture(scope="module")
def positions():
    return build_catalog()["positions"]


@pytest.fixture(scope="module")
def notice():
    return load_notice()


@pytest.fixture(scope="module")
def matches(notice, positions):
    return {m.section.title: m for m in match_notice(notice, positions)}


def test_glossary_pairs_are_bilingual():
    for term in load_glossary():
        assert set(term.patterns) == {"kk", "ru"}, term.id
    assert set(terms_in("Барлық мамандықтардың пән мұғалімдері", "kk")) == {"teacher", "all_specialties"}
    assert set(terms_in("Учителя всех специальностей", "ru")) == {"teacher", "all_specialties"}
    assert "social_pedagogue" in terms_in("Білім беру ұйымдарының әлеуметтік педагогі", "kk")
    assert "librarian" in terms_in("кітапханашы", "kk") and "librarian" in terms_in("библиотекарь", "ru")
    # «дошкольного» is preschool, not school; «орта білімнен кейінгі» is post-secondary, not school
    assert set(terms_in("детей дошкольного возраста", "ru", kinds=("context",))) == {"preschool"}
    assert set(terms_in("орта білімнен кейінгі білім беру", "kk", kinds=("context",))) == {"tvet"}


def test_sections_match_chapter_3_positions(matches, positions):
    got = {t: m.position for t, m in matches.items()}
    titles = {p["id"]: p["title"]["kk"] for p in positions}
    assert got == {
        "Заместитель директора по информатизации": "338-03-02",
        "Учителя всех специальностей": "338-03-07",
        "Педагог-психолог": "338-03-09",
        "Учитель-дефектолог (логопед)": "338-03-10",
        "Педагог-ассистент": "338-03-11",
        "Социальный педагог": "338-03-12",
        "Методист кабинета поддержки инклюзии": None,
    }
    assert "Ақпараттандыру" in titles["338-03-02"] and "әлеуметтік педагогі" in titles["338-03-12"]


def test_every_match_states_its_evidence(matches):
    for m in matches.values():
        assert m.reason
        if m.position:
            assert any("title terms" in e for e in m.evidence)
            assert m.runner_up is None or m.runner_up["score"] < m.score
    assistant = matches["Педагог-ассистент"]
    # the TVET pedagogue-assistant (10.19) shares many RU sentences but not the experience floors
    assert assistant.runner_up["position"] != "338-10-19" or any(
        "floors differ" in e for e in assistant.runner_up["evidence"])


def test_quotation_differences_in_item_counts(matches, positions):
    by_id = {p["id"]: p for p in positions}
    for title, m in matches.items():
        diffs = {a.message.split(":")[0].split("» ")[1] for a in m.anomalies if a.code == "item_count_differs"}
        if m.position is None:
            continue
        kk = by_id[m.position]
        expected = {name for name, mine, theirs in (
            ("duties", len(m.section.duties), len(kk["duties"]["kk"])),
            ("knowledge", len(m.section.knowledge), len(kk["knowledge"]["kk"]))) if mine != theirs}
        assert expected <= diffs, title
    psych = [a.message for a in matches["Педагог-психолог"].anomalies if a.code == "item_count_differs"]
    assert any("duties: 24 items in the notice, 16 in the KZ text" in msg for msg in psych)  # 2023 wording


def test_anchor_order_is_evidence(matches, positions, tmp_path):
    defect = matches["Учитель-дефектолог (логопед)"]
    (ev,) = [e for e in defect.evidence if e.startswith("anchor")]
    assert "z2097" in ev and "z2033 (338-03-09)" in ev and "z2150 (338-03-11)" in ev and "(+2)" in ev
    # move the defectologist's anchor before the teachers' one: the same position is now out of place
    from sanat.regulation import sources

    spec = sources.spec("notice")
    text = (sources.TEXTS_DIR / spec.file).read_text(encoding="utf-8").replace("z2097", "z1800", 1)
    (tmp_path / spec.file).write_text(text, encoding="utf-8")
    moved = {m.section.title: m for m in match_notice(load_notice(tmp_path), positions)}
    evidence = moved["Учитель-дефектолог (логопед)"].evidence
    assert any(e.startswith("anchor z1800") and "out of" in e for e in evidence)


def test_inclusion_methodist_has_no_basis(matches, notice, positions):
    m = matches["Методист кабинета поддержки инклюзии"]
    assert m.position is None and "inclusion_support" in m.reason
    (basis,) = [a for a in m.anomalies if a.code == "no_regulation_basis"]
    assert "Педагог-ассистент" in basis.message


def test_copy_errors_revealed_by_the_match(matches):
    psych = {a.code: a for a in matches["Педагог-психолог"].anomalies}
    assert psych["preschool_wording"].lines == ((193, 193), (197, 197))
    defect = [a for a in matches["Учитель-дефектолог (логопед)"].anomalies if a.code == "mentions_other_position"]
    assert [a.lines for a in defect] == [((274, 274),)]


def test_floors_in_the_kk_text_drive_the_match(notice, tmp_path):
    """Raise the school social pedagogue's floors in 001 itself: the match sees the difference."""
    import shutil

    from sanat.regulation import sources

    kk = sources.spec("tqc_kk").file
    lines = (sources.TEXTS_DIR / kk).read_text(encoding="utf-8").split("\n")
    line = next(i for i in range(2700, 2760) if "педагог-модератор үшін-кемінде 2 жыл" in lines[i])
    lines[line] = lines[line].replace("үшін-кемінде 2 жыл", "үшін-кемінде 6 жыл")
    (tmp_path / kk).write_text("\n".join(lines), encoding="utf-8")
    for s in sources.SHIPPED:
        if s.file != kk:
            shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    m = {m.section.title: m for m in match_notice(notice, build_catalog(tmp_path)["positions"])}
    social = m["Социальный педагог"]
    assert not any("floors equal" in e for e in social.evidence)
    assert social.position is None or any("floors differ" in e for e in social.evidence)


def test_ru_to_ru_identity_for_chapter_10(positions):
    """A section equal to 002's official RU text of a chapter-10 position matches it by text."""
    from sanat.regulation.notice.model import CategoryBlock, Item, NoticeSection

    pos = next(p for p in positions if p["id"] == "338-10-20")  # TVET social pedagogue, official RU
    assert pos["title"]["ru"] and pos["duties"]["ru"]

    def items(lst):
        return [Item(i["text"], tuple(i["lines"])) for i in lst]

    sec = NoticeSection("Социальный педагог", 1, 2, items(pos["duties"]["ru"]), items(pos["knowledge"]["ru"]),
                        items(pos["requirements"]["text"]["ru"]))
    for k, (code, blk) in enumerate(pos["competencies"].items(), 1):
        if blk["items"]["ru"]:
            sec.competencies.append(CategoryBlock(code, code, k, 0, items=items(blk["items"]["ru"])))
    from sanat.regulation.notice.match import match_section

    m = match_section(sec, positions)
    assert m.position == "338-10-20"
    assert any("verbatim in the official RU text (+6)" in e for e in m.evidence)


def test_quoted_positions_and_export(notice, positions):
    quoted = quoted_positions(notice, positions)
    assert set(quoted) == {"338-03-02", "338-03-07", "338-03-09", "338-03-10", "338-03-11", "338-03-12"}
    # 002 lacks chapter 3: the catalog's ru text of these positions is the notice's, marked as such
    assert all((p["source"]["ru"] or {}).get("provenance", "vacancy_notice") == "vacancy_notice"
               for p in positions if p["id"] in quoted)
    q = ru_text(quoted["338-03-07"], notice.file)
    assert q["source"]["provenance"] == "vacancy_notice"
    assert q["duties"][0]["lines"] == [58, 58] and q["competencies"]["master"]["builds_on"] == "researcher"
    exp = notice_export(notice, positions)
    assert exp["window"] == {"from": "2025-04-01", "to": "2025-04-09", "text": notice.window.text,
                             "lines": [13, 13]}
    posts = {p["title"]: p for p in exp["posts"]}
    assert posts["Учитель начальных классов"]["position"] == "338-03-07"
    assert posts["Методист кабинета поддержки инклюзии"]["position"] is None
    assert posts["Методист кабинета поддержки инклюзии"]["position_reason"]
    assert exp["totals"] == {"posts": 9, "rate": 12.25}
    assert {a["code"] for a in exp["anomalies"]} >= {"no_regulation_basis", "section_copied", "preschool_wording"}


def test_export_follows_its_schema(notice, positions):
    import json
    from pathlib import Path

    import jsonschema

    schema = json.loads((Path(__file__).parents[3] / "docs/schemas/vacancy-notice.schema.json").read_text("utf-8"))
    exported = json.loads(json.dumps(notice_export(notice, positions), ensure_ascii=False))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(exported)
    broken = json.loads(json.dumps(exported))
    broken["documents"][0]["condition"] = "maybe"
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(broken))
