"""The vacancy notice (004) parsed from the real text, and parsed again after edits to the text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sanat.regulation import sources
from sanat.regulation.cleaning import normalise_spaces, strip_bookmarks
from sanat.regulation.notice import load_notice

SPEC = sources.spec("notice")


@pytest.fixture(scope="module")
def notice():
    return load_notice()


@pytest.fixture(scope="module")
def raw() -> list[str]:
    return (sources.TEXTS_DIR / SPEC.file).read_text(encoding="utf-8").split("\n")


def edited(tmp_path, *pairs: tuple[str, str]):
    """Load the notice from a copy of 004 with each (old, new) replaced once."""
    text = (sources.TEXTS_DIR / SPEC.file).read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    (tmp_path / SPEC.file).write_text(text, encoding="utf-8")
    return load_notice(tmp_path)


def by_title(notice, title):
    sec = notice.section(title)
    assert sec is not None, title
    return sec


# ---------------------------------------------------------------- header


def test_posts_rates_and_total(notice, raw):
    assert len(notice.posts) == 9
    for p in notice.posts:
        line = normalise_spaces(raw[p.line - 1])
        assert line.startswith(p.title) and f"{p.rate_printed} ставк" in line
        assert p.rate == float(p.rate_printed.replace(",", "."))
    rates = {p.title: p.rate for p in notice.posts}
    assert rates["Заместитель директора по информатизации"] == 0.75
    assert rates["Учитель-дефектолог (логопед)"] == 1.75
    assert notice.total_rate == 12.25


def test_window(notice):
    assert (notice.window.start, notice.window.end) == (date(2025, 4, 1), date(2025, 4, 9))
    assert notice.window.line == 13


def test_documents_numbered_with_conditions(notice):
    docs = notice.documents
    assert [d.number for d in docs] == list(range(1, 13))
    cond = {d.number: d.condition for d in docs}
    assert [n for n, c in cond.items() if c == "if_available"] == [5, 9]
    assert [n for n, c in cond.items() if c == "exemption"] == [10]
    # «– при наличии» inside item 3 concerns the phone numbers, not the document
    assert cond[3] == "required" and docs[2].note
    assert docs[9].condition_printed.startswith("освобождаются")
    assert notice.rejection_rule.lines == (28, 28) and notice.extras.lines == (27, 27)


# ---------------------------------------------------------------- sections


def test_sections_and_block_counts(notice):
    counts = {s.title: (len(s.duties), len(s.knowledge), len(s.requirements),
                        sum(len(b.items) + 2 for b in s.competencies) - (1 if s.competencies and
                                                                         s.competencies[0].reference is None else 0))
              for s in notice.sections}
    # duties / must-know / requirement lines / competency lines (labels + references + items)
    assert counts == {
        "Заместитель директора по информатизации": (10, 6, 2, 0),
        "Учителя всех специальностей": (23, 8, 3, 39),
        "Педагог-психолог": (24, 7, 3, 31),
        "Учитель-дефектолог (логопед)": (18, 7, 3, 32),
        "Педагог-ассистент": (6, 4, 3, 33),
        "Социальный педагог": (12, 6, 2, 23),
        "Методист кабинета поддержки инклюзии": (10, 4, 3, 33),
    }


def test_items_are_the_cleaned_source_lines(notice, raw):
    for sec in notice.sections:
        for item in sec.all_items():
            a, b = item.lines
            assert a == b
            assert item.text == normalise_spaces(strip_bookmarks(raw[a - 1]))


def test_posts_use_sections(notice):
    use = {p.title: p.section.title for p in notice.posts}
    for t in ("Учитель математики", "Учитель глобальных компетенций", "Учитель начальных классов"):
        assert use[t] == "Учителя всех специальностей"
    assert use["Педагог-психолог"] == "Педагог-психолог"


def test_category_blocks_and_builds_on(notice):
    teachers = by_title(notice, "Учителя всех специальностей")
    assert teachers.categories == ["pedagog", "moderator", "expert", "researcher", "master"]
    assert [b.builds_on for b in teachers.competencies] == [None, "pedagog", "moderator", "expert", "researcher"]
    social = by_title(notice, "Социальный педагог")
    assert social.categories == ["moderator", "expert", "researcher", "master"]
    assert social.block("master").builds_on == "expert"
    assert social.block("master").reference.lines == (374, 374)
    assert by_title(notice, "Заместитель директора по информатизации").competencies == []


def test_thresholds_as_printed(notice):
    assert by_title(notice, "Педагог-психолог").thresholds == {"moderator": 3, "expert": 4, "researcher": 5,
                                                                "master": 5}
    assert by_title(notice, "Социальный педагог").thresholds == {"moderator": 2, "expert": 3, "researcher": 4,
                                                                  "master": 5}


def test_salary_floors(notice, raw):
    for p in notice.posts:
        sal = p.section.salary
        digits = re.search(r"от ([\d ]+) тенге", raw[sal.line - 1]).group(1)
        assert p.salary_from == int(digits.replace(" ", ""))
    assert {p.title: p.salary_from for p in notice.posts}["Заместитель директора по информатизации"] == 129012
    assert [s.salary.tab_prefixed for s in notice.sections] == [True] * 6 + [False]


def test_bookmarks_kept_as_anchors(notice):
    anchors = [a for s in notice.sections for a in s.anchors]
    assert [a for a, _ in anchors] == sorted(a for a, _ in anchors)
    assert ("z1906", 82) in anchors


# ---------------------------------------------------------------- anomalies


def codes(notice, code):
    return [a for a in notice.anomalies if a.code == code]


def test_anomalies_found(notice):
    (copy,) = codes(notice, "section_copied")
    assert "Методист кабинета поддержки инклюзии" in copy.message and "Педагог-ассистент" in copy.message
    assert copy.lines == ((395, 437), (286, 328))
    assert [a.lines for a in codes(notice, "builds_on_skips_level")] == [((374, 374),)]
    assert [a.lines for a in codes(notice, "builds_on_undefined_level")] == [((358, 358),)]
    assert [a.lines[0][0] for a in codes(notice, "reference_wording_incomplete")] == [190, 196, 203]
    (indent,) = codes(notice, "indentation_differs")
    assert indent.lines == ((383, 438),)
    (rule,) = codes(notice, "rejection_rule_conflict")
    assert rule.lines[0] == (28, 28)


# ---------------------------------------------------------------- the text drives the output


def test_changed_numbers_change_the_output(tmp_path):
    n = edited(tmp_path,
               ("информатизации – 0,75 ставки", "информатизации – 0,25 ставки"),
               ("с 01 по 09 апреля 2025", "с 03 по 15 мая 2026"),
               ("от 129 012 тенге", "от 131 000 тенге"),
               ("для педагога-модератора не менее 3 лет", "для педагога-модератора не менее 4 лет"))
    assert n.posts[0].rate == 0.25 and n.total_rate == 11.75
    assert (n.window.start, n.window.end) == (date(2026, 5, 3), date(2026, 5, 15))
    assert n.posts[0].salary_from == 131000
    assert n.section("Педагог-психолог").thresholds["moderator"] == 4


def test_conditions_follow_the_text(tmp_path):
    n = edited(tmp_path, ("подтверждающую трудовую деятельность (при наличии);",
                          "подтверждающую трудовую деятельность;"))
    assert n.documents[4].condition == "required"
    assert [d.number for d in n.documents if d.condition == "if_available"] == [9]


def test_copy_anomaly_disappears_when_the_copy_differs(tmp_path):
    # line 398 is the methodist's «нормы педагогической этики;» (the assistant's copy is on line 289)
    text = (sources.TEXTS_DIR / SPEC.file).read_text(encoding="utf-8").split("\n")
    text[397] = text[397].replace("нормы педагогической этики;", "нормы педагогической этики и инклюзии;")
    (tmp_path / SPEC.file).write_text("\n".join(text), encoding="utf-8")
    n = load_notice(tmp_path)
    assert codes(n, "section_copied") == []


def test_other_date_and_numbering_forms(tmp_path):
    n = edited(tmp_path,
               ("с 01 по 09 апреля 2025 года", "с 28 марта по 09 апреля 2025 года"),
               ("1 заявление об участии", "1. заявление об участии"),
               ("2 документ, удостоверяющий", "2) документ, удостоверяющий"))
    assert (n.window.start, n.window.end) == (date(2025, 3, 28), date(2025, 4, 9))
    assert [d.number for d in n.documents][:3] == [1, 2, 3]
    n2 = edited(tmp_path, ("с 01 по 09 апреля 2025 года", "с 01.04.2025 по 09.04.2025"))
    assert (n2.window.start, n2.window.end) == (date(2025, 4, 1), date(2025, 4, 9))


def test_defects_in_the_header_become_anomalies(tmp_path):
    n = edited(tmp_path,
               ("Учитель математики – 1 ставка", "Учитель математики"),
               ("7 справка об отсутствии", "9 справка об отсутствии"))
    assert "Учитель математики" not in {p.title for p in n.posts}
    (unparsed,) = codes(n, "unparsed_line")
    assert unparsed.lines == ((4, 4),)
    (numbering,) = codes(n, "document_numbering")
    assert "9" in numbering.message
    n2 = edited(tmp_path, ("Прием документов осуществляется с 01 по 09 апреля 2025 года.", "Прием документов."))
    assert n2.window is None and codes(n2, "window_missing")
