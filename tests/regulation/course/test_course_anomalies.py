"""Every known defect of the course text (003) is reported, with its lines, and none is fixed."""

from __future__ import annotations

import pytest


def _found(course: dict, code: str) -> list[list[list[int]]]:
    return [[s["lines"] for s in a["sources"]] for a in course["anomalies"] if a["code"] == code]


@pytest.mark.parametrize(("code", "lines"), [
    ("module_list_name_mismatch", [[[377, 377], [158, 158]]]),
    ("module_list_duplicate_name", [[[377, 377], [378, 378]]]),
    ("label_scrambled", [[[164, 164]], [[188, 190]], [[238, 238]]]),
    ("table_debris", [[[168, 168]], [[213, 213]], [[234, 234]], [[242, 242]]]),
    ("bullet_missing", [[[201, 201]], [[274, 274]]]),
    ("item_glued_to_heading", [[[520, 520]], [[712, 712]]]),
    ("empty_duplicate_table", [[[592, 593]]]),
    ("truncated_text", [[[866, 866]]]),
    ("document_name_inconsistent", [[[424, 424], [785, 788], [844, 844]]]),
    ("final_work_criteria_differ", [[[771, 776], [800, 804]]]),
    ("no_pass_mark", [[[805, 805]]]),
    ("duplicate_url", [[[884, 884], [890, 892]]]),
    ("standard_order_conflict", [[[66, 66], [882, 882]]]),
    ("material_language_differs", [[[570, 570]]]),
    ("punctuation_typo", [[[861, 861]]]),
    ("typo", [[[317, 317]]]),
])
def test_known_anomaly(course, code, lines):
    assert _found(course, code) == lines


def test_template_carry_over_lines(course):
    assert [x[0][0] for x in _found(course, "template_carry_over")] == [587, 588, 589, 860, 864, 871]


def test_module_list_error_is_kept_not_fixed(course):
    rows = course["organisation"]["module_list"]["rows"]
    assert rows[0]["title"] == rows[1]["title"] == course["modules"][1]["title"]
    assert course["modules"][0]["title"] == "Педагогтерді аттестаттаудың нормативтік-құқықтық негіздері"


def test_glued_items_are_split_off(course):
    m1 = course["modules"][0]
    assert m1["content"]["items"][0]["text"] == "аттестаттаудың талаптары мен рәсімдері бойынша әдістемелік материалдар"
    assert len(m1["assessment_methods"]["items"]) == 4
    assert [len(m["content"]["items"]) for m in course["modules"]] == [4, 3, 3, 3, 3]


def test_real_text_has_no_hour_anomaly(course):
    hour_codes = {"row_sum_mismatch", "module_sum_mismatch", "total_sum_mismatch", "stated_total_mismatch",
                  "module_hours_mismatch", "topic_code_out_of_sequence", "hours_missing", "plan_title_mismatch"}
    assert not [a for a in course["anomalies"] if a["code"] in hour_codes]
