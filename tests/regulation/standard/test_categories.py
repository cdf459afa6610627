"""Appendix 2: descriptors per criterion and category, linked to Appendix 1 by code."""

from __future__ import annotations

import re

from tests.regulation.standard.conftest import anomalies, appendix_lines

CATEGORIES = ["pedagog", "moderator", "expert", "researcher", "master"]


def full_rows(src):
    return [(n, t.split("\t|\t")) for n, t in appendix_lines(src, 2) if t.count("\t|\t") >= 5]


def test_categories_follow_the_header_columns(src, std):
    header = full_rows(src)[0][1]
    assert [c["label"] for c in std["categories"]] == [h.strip() for h in header[1:]]
    assert [c["code"] for c in std["categories"]] == CATEGORIES


def test_every_descriptor_cell_of_the_text_is_exported_at_its_place(src, std):
    rows = full_rows(src)[1:]
    for n, cells in rows:
        code = re.match(r"\d+\.\d+", cells[0].strip()).group(0)
        exported = std["category_descriptors"][code]
        assert [exported[c] for c in CATEGORIES] == [c.strip() or None for c in cells[1:6]], n
    present = sum(1 for _, cells in rows for c in cells[1:6] if c.strip())
    assert std["counts"]["descriptors_present"] == present


def test_descriptors_are_keyed_by_appendix_1_criterion_codes(std):
    codes = [k["code"] for c in std["competencies"] for k in c["criteria"]]
    assert list(std["category_descriptors"]) == codes
    for row in std["category_descriptors"].values():
        assert list(row) == CATEGORIES


def test_criteria_without_descriptor_cells_are_null_never_invented(src, std):
    glued = [(n, t) for n, t in appendix_lines(src, 2) if "\t|\t" not in t and len(re.findall(r"\d\.\d\s", t)) > 1]
    assert len(glued) == 1
    line, text = glued[0]
    codes = re.findall(r"(\d\.\d)\s", text)
    for code in codes:
        assert std["category_descriptors"][code] == dict.fromkeys(CATEGORIES)
    assert anomalies(std, "criteria_glued_without_descriptors", line)
    assert std["counts"]["descriptors_missing"] == len(codes) * len(CATEGORIES)


def test_names_differ_between_appendices_and_the_link_is_by_code(std):
    crits = [k for c in std["competencies"] for k in c["criteria"]]
    differ = [k["code"] for k in crits if k["name_app2"] is not None and k["name_app2"].strip(" .") != k["name"].strip(" .")]
    assert {a["where"].split(":")[1] for a in anomalies(std, "criterion_name_differs")} == set(differ)
    assert all(k["name_app2"] is not None for k in crits)


def test_competency_groups_of_appendix_2_carry_their_own_names(src, std):
    for comp in std["competencies"]:
        line = src.line(comp["lines_app2"][0])
        assert line.startswith(comp["code"] + ".") and comp["name_app2"] in line
