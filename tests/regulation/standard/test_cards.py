"""Appendices 3–10: profession cards, checked against the raw lines of each card."""

from __future__ import annotations

import itertools
import re

from tests.regulation.standard.conftest import anomalies

SKILLS_LABEL = re.compile(r"Білі[км]\s+(?:пен|мен)\s+дағдылар(?:ы)?\s*:")


def card_cells(src, card):
    a, b = card["lines"]
    return [(n, c.strip()) for n in range(a, b + 1) for c in src.line(n).split("\t|\t") if c.strip()]


def letters(text: str) -> str:
    return re.sub(r"[\W\d_]", "", text)


def test_one_card_per_card_header_in_the_text(src, std):
    heads = [n for n, t in enumerate(src.lines, 1) if t.startswith("КӘСІПТЕР КАРТОЧКАСЫ")]
    assert [c["lines"][0] for c in std["profession_cards"]] == heads
    for card in std["profession_cards"]:
        assert card["title"] in src.line(card["lines"][0])


def test_codes_levels_and_names_are_the_printed_values(src, std):
    for card in std["profession_cards"]:
        cells = card_cells(src, card)
        value = {lab: nxt for (_, lab), (_, nxt) in itertools.pairwise(cells)}
        assert card["code"] == (value.get("Код:") or value.get("Код"))
        assert card["group_code"] == (value.get("Топ коды:") or value.get("Топ коды"))
        assert card["level_printed"] == value["СБШ бойынша біліктілік деңгейі:"]
        assert card["levels"] and all(str(lv) in card["level_printed"] for lv in card["levels"])


def test_functions_and_tasks_match_their_labels_in_the_text(src, std):
    for card in std["profession_cards"]:
        cells = [c for _, c in card_cells(src, card)]
        n_fn = sum(bool(re.match(r"^(?:\d+\.)?Кәсіби қызмет(?:і)?\s*\d+\s*\.", c)) for c in cells)
        n_task = sum(bool(re.match(r"^(?:\d+-міндет|Міндет)\s*:", c)) for c in cells)
        assert len(card["functions"]) == n_fn, card["id"]
        assert sum(len(f["tasks"]) for f in card["functions"]) == n_task, card["id"]
        assert [f["number"] for f in card["functions"]] == list(range(1, n_fn + 1))


def test_knowledge_and_skills_lose_and_duplicate_no_text(src, std):
    by_line: dict[int, list[str]] = {}
    for card in std["profession_cards"]:
        for fn in card["functions"]:
            for task in fn["tasks"]:
                for item in task["knowledge"] + task["skills"]:
                    by_line.setdefault(item["lines"][0], []).append(item["text"])
    for line, texts in by_line.items():
        cells = [c.strip() for c in src.line(line).split("\t|\t")]
        lists = [c for c in cells if c.startswith("Білім:") or SKILLS_LABEL.match(c)]
        raw = SKILLS_LABEL.sub("", "".join(lists)).replace("Білім:", "", 1)
        assert letters(raw) == letters("".join(texts)), line


def test_every_task_has_both_lists(std):
    for card in std["profession_cards"]:
        for fn in card["functions"]:
            for task in fn["tasks"]:
                assert task["knowledge"] and task["skills"], (card["id"], fn["number"], task["number"])


def test_totals_agree_with_the_hand_checked_notes(std):
    # source-notes-standard-course.md §3.1 counted these by script and by hand.
    c = std["counts"]
    assert (c["profession_cards"], c["functions"], c["tasks"], c["knowledge"], c["skills"]) == (13, 45, 85, 239, 361)


def test_glued_codes_are_kept_and_split(std):
    glued = [c for c in std["profession_cards"] if len(c["code_parts"]) > 1]
    assert glued
    for card in glued:
        assert "".join(card["code_parts"]) == card["code"]
        assert "".join(card["group_code_parts"]) == card["group_code"]
        assert anomalies(std, "glued_codes", card["lines"][0] + 1)


def test_function_lists_are_linked_to_detail_blocks_by_number(std):
    for card in std["profession_cards"]:
        listed = card["main_functions_list"]
        for fn in card["functions"]:
            if fn["number"] <= len(listed):
                assert fn["name_in_list"] == listed[fn["number"] - 1]["text"]
            else:
                assert fn["name_in_list"] is None
                assert anomalies(std, "function_not_in_list", fn["lines"][0])


def test_anomalies_listed_in_the_notes_are_reported(std):
    expected = [
        ("function_not_in_list", 198), ("numbering_irregular", 501), ("numbering_irregular", 295),
        ("numbering_irregular", 519), ("duplicated_marker", 507), ("skills_inside_knowledge_cell", 477),
        ("task_unnumbered", 543), ("task_unnumbered", 576), ("label_noise", 570), ("labels_glued", 630),
        ("function_name_differs", 218), ("function_name_differs", 341), ("function_name_differs", 412),
        ("function_name_differs", 439), ("function_name_differs", 545), ("function_name_differs", 553),
        ("function_name_differs", 617), ("item_separator", 202), ("item_separator", 347),
        ("item_separator", 273), ("item_separator", 311), ("item_separator", 303), ("item_separator", 342),
        ("item_separator", 379), ("item_separator", 516), ("item_separator", 515), ("item_separator", 583),
        ("item_separator", 584), ("space_in_code", 487), ("cyrillic_letter_in_code", 208),
        ("cyrillic_letter_in_code", 630), ("glued_codes", 245), ("glued_codes", 246),
        ("glued_codes", 283), ("glued_codes", 284), ("code_length_differs", 281), ("code_length_differs", 319),
        ("code_length_differs", 451), ("code_punctuation", 460), ("code_punctuation", 278),
        ("comma_without_space", 208),
    ]
    missing = [(k, n) for k, n in expected if not anomalies(std, k, n)]
    assert not missing


def test_cards_without_a_btba_row_say_so(src, std):
    for card in std["profession_cards"]:
        a, b = card["lines"]
        has_row = any(src.line(n).startswith("БТБА, БА") for n in range(a, b + 1))
        assert (card["btba_ba"] is not None) == has_row
        if not has_row:
            assert any(x["where"] == f"card:{card['id']}" for x in anomalies(std, "row_missing"))


def test_embedded_skills_list_becomes_the_tasks_skills(std):
    (a,) = anomalies(std, "skills_inside_knowledge_cell")
    task = next(t for c in std["profession_cards"] for f in c["functions"] for t in f["tasks"]
                if t["lines"][0] == a["lines"][0])
    assert task["skills"] and task["knowledge"]
    assert not any("дағдылары" in k["text"] for k in task["knowledge"])


def test_education_codes_keep_print_and_normalise_to_latin(std):
    codes = [e for c in std["profession_cards"] for e in c["education"]["specialties"] + c["education"]["qualifications"]]
    assert codes
    for e in codes:
        assert not re.search(r"[А-ЯӘ]", e["code_normalised"]) and " " not in e["code_normalised"]
        assert e["name"]
    assert any(e["code"] != e["code_normalised"] for e in codes)


def test_related_professions_are_the_printed_code_name_pairs(src, std):
    for card in std["profession_cards"]:
        for rel in card["related_professions"]:
            cells = [c.strip() for c in src.line(rel["lines"][0]).split("\t|\t") if c.strip()]
            assert cells[-2:] == [rel["code"], rel["name"]]
