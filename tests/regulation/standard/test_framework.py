"""Appendix 1: competencies → criteria → indicators, checked against the text itself."""

from __future__ import annotations

import re
from collections import Counter

from tests.regulation.standard.conftest import anomalies, appendix_lines

CODE3 = re.compile(r"(?<![\d.])(\d+\.\d+\.\d+)")


def indicators(std):
    return [i for c in std["competencies"] for k in c["criteria"] for i in k["indicators"]]


def test_every_indicator_code_in_the_text_appears_exactly_once(src, std):
    in_text = Counter(m for _, t in appendix_lines(src, 1) for m in CODE3.findall(t))
    out = Counter(i["code"] for i in indicators(std))
    assert out == in_text
    assert set(out.values()) == {1}


def test_criteria_codes_are_the_cells_before_the_indicators(src, std):
    rows = [t.split("\t|\t") for _, t in appendix_lines(src, 1)][1:]  # the first row is the header
    in_text = [re.match(r"\d+\.\d+", cells[-2].strip()).group(0) for cells in rows]
    assert [k["code"] for c in std["competencies"] for k in c["criteria"]] == in_text


def test_codes_are_normalised_from_the_rows_beneath(std):
    for comp in std["competencies"]:
        assert {k["code"].split(".")[0] for k in comp["criteria"]} == {comp["code"]}
        for crit in comp["criteria"]:
            assert all(i["code"].startswith(crit["code"] + ".") for i in crit["indicators"])
    assert [c["code"] for c in std["competencies"]] == [str(i) for i in range(1, len(std["competencies"]) + 1)]


def test_competency_3_is_printed_as_1_3_and_that_print_is_kept(src, std):
    comp = next(c for c in std["competencies"] if c["code_printed"] != c["code"] + ".")
    assert src.line(comp["lines"][0]).startswith(comp["code_printed"])
    assert (comp["code"], comp["code_printed"]) == ("3", "1.3.")
    assert anomalies(std, "code_misprinted", comp["lines"][0])


def test_name_and_description_rebuild_the_cell(src, std):
    for comp in std["competencies"]:
        cell = src.line(comp["lines"][0]).split("\t|\t")[0]
        rest = cell[len(comp["code_printed"]):]
        squash = re.sub(r"[\s:]", "", rest)
        assert squash == re.sub(r"[\s:]", "", comp["name"] + comp["description"])
        assert comp["name"] and comp["description"]


def test_glued_names_and_codes_are_anomalies(std):
    glued = {a["where"] for a in anomalies(std, "name_description_glued")}
    assert glued == {"competency:1", "competency:3", "competency:4"}
    codes = {a["where"] for a in anomalies(std, "code_glued_to_text")}
    assert {"indicator:1.2.1", "indicator:1.2.2", "indicator:1.2.3", "indicator:1.2.4", "indicator:3.3.2",
            "criterion:2.1"} <= codes
    assert anomalies(std, "double_slash", 144)
    assert [a["printed"] for a in anomalies(std, "cyrillic_letter_in_code", 147)] == ["С1"]


def test_indicator_text_is_in_its_line_after_its_code(src, std):
    for ind in indicators(std):
        line = src.line(ind["lines"][0])
        assert re.search(re.escape(ind["code"]) + r"\s*" + re.escape(ind["text"]), line), ind["code"]
        assert not ind["text"].endswith((".", ";"))


def test_indicator_with_an_internal_sentence_is_not_split(std):
    by_code = {i["code"]: i for i in indicators(std)}
    inner = [i for i in by_code.values() if ". " in i["text"]]
    assert inner, "an indicator containing a full stop inside it"
    for i in inner:
        assert re.match(r"^\d+\.\d+\.\d+$", i["code"])


def test_typing_noise_listed_in_the_notes_is_reported(std):
    assert [a["printed"] for a in anomalies(std, "broken_hyphen", 148)] == ["тәрбиеленуші-лерді"]
    assert anomalies(std, "comma_without_space", 149)
    for line in (142, 147, 172):
        assert anomalies(std, "slash_spacing", line), line
