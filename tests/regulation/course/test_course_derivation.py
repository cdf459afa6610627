"""The output is derived from the text: edit a copy of the source and rebuild with ``sources_dir``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanat.regulation.course import build_course
from sanat.regulation.sources import TEXTS_DIR, spec

FILE = spec("course").file


@pytest.fixture
def edit(tmp_path):
    """Copy the shipped text to a folder and return a function that edits one line of the copy."""
    shutil.copy(TEXTS_DIR / FILE, tmp_path / FILE)
    path: Path = tmp_path / FILE

    def _edit(no: int, old: str, new: str) -> Path:
        lines = path.read_text(encoding="utf-8").split("\n")
        assert old in lines[no - 1], lines[no - 1]
        lines[no - 1] = lines[no - 1].replace(old, new, 1)
        path.write_text("\n".join(lines), encoding="utf-8")
        return tmp_path

    return _edit


def _codes(course: dict) -> dict[str, list]:
    out: dict[str, list] = {}
    for a in course["anomalies"]:
        out.setdefault(a["code"], []).append([s["lines"] for s in a["sources"]])
    return out


def test_changed_hour_changes_output_and_raises_sum_anomalies(edit, course):
    # topic 2.3 in the in-person plan: lecture 1 -> 2 (row total stays 3)
    folder = edit(291, "\t1\t1\t1\t3", "\t2\t1\t1\t3")
    changed = build_course(folder)
    topic = changed["modules"][1]["topics"][2]
    assert topic["code"] == "2.3" and topic["hours"]["in_person"]["lecture"] == 2
    assert topic["hours"]["distance"]["video"] == 1  # the distance plan is untouched
    assert changed["curriculum"]["in_person"]["computed"]["lecture"] == \
        course["curriculum"]["in_person"]["computed"]["lecture"] + 1
    codes = _codes(changed)
    assert codes["row_sum_mismatch"] == [[[291, 291]]]
    assert codes["module_sum_mismatch"] == [[[288, 293]]]
    assert [[291, 291]] not in codes.get("total_sum_mismatch", [])
    assert any("81" in a["message"] for a in changed["anomalies"] if a["code"] == "total_sum_mismatch")
    assert "row_sum_mismatch" not in _codes(course)


def test_changed_stated_total_is_reported(edit):
    folder = edit(18, "80 ақ.сағ.", "72 ақ.сағ.")
    changed = build_course(folder)
    assert changed["total_hours"] == 72
    mism = [a for a in changed["anomalies"] if a["code"] == "stated_total_mismatch"]
    assert mism and all(a["sources"][0]["lines"] == [18, 18] for a in mism)


def test_corrected_module_list_drops_the_anomaly(edit):
    folder = edit(377, "Аттестаттау контекстіндегі педагогтің кәсіби құзыреттері",
                  "Педагогтерді аттестаттаудың нормативтік-құқықтық негіздері")
    codes = _codes(build_course(folder))
    assert "module_list_name_mismatch" not in codes and "module_list_duplicate_name" not in codes


def test_rubric_points_follow_the_text(edit):
    folder = edit(803, "\t10", "\t15")
    changed = build_course(folder)
    assert [r["max_points"] for r in changed["rubric"]][3] == 15
    assert changed["rubric_total"]["computed"] == 55
    assert _codes(changed)["rubric_sum_mismatch"]


def test_changed_support_months(edit):
    folder = edit(869, "12 айға дейін", "6 айға дейін")
    assert build_course(folder)["post_course_support"]["duration"]["max_months"] == 6


def test_changed_module_total(edit):
    folder = edit(294, "\t16", "\t15")
    codes = _codes(build_course(folder))
    assert codes["module_sum_mismatch"] == [[[294, 299]]]
    assert codes["total_sum_mismatch"] == [[[280, 313]]]  # module totals now add up to 79, «Барлығы» says 80


def test_changed_grand_total(edit):
    folder = edit(313, "<b>80</b>", "<b>82</b>")
    changed = build_course(folder)
    assert changed["curriculum"]["in_person"]["stated_total"] == 82
    codes = _codes(changed)
    assert len(codes["total_sum_mismatch"]) == 2
    assert [[18, 18], [313, 313]] in codes["stated_total_mismatch"]


def test_missing_distance_topic(edit):
    folder = edit(342, "4.4\t", "4.4\t")  # copy only
    lines = (folder / FILE).read_text("utf-8").split("\n")
    assert lines[341].startswith("4.4\t")
    del lines[341]  # drop topic 4.4 from the distance plan
    (folder / FILE).write_text("\n".join(lines), "utf-8")
    changed = build_course(folder)
    codes = _codes(changed)
    assert codes["plan_topic_missing"] == [[[305, 305]]]
    assert codes["module_sum_mismatch"] == [[[337, 342]]]  # distance module 4: 13 of 16 hours (4.5 moved up a line)
    topic = next(t for t in changed["modules"][3]["topics"] if t["code"] == "4.4")
    assert topic["hours"]["distance"] is None and topic["lines"]["distance"] is None
    schema = json.loads((Path(__file__).parents[3] / "docs" / "schemas" / "course.schema.json").read_text("utf-8"))
    jsonschema.validate(changed, schema)  # a gap in the text is still a valid export


def test_renumbered_topic(edit):
    folder = edit(296, "3.2\t", "3.7\t")
    codes = _codes(build_course(folder))
    assert [[296, 296]] in codes["topic_code_out_of_sequence"]
    assert [[296, 296]] in codes["plan_topic_missing"] and [[333, 333]] in codes["plan_topic_missing"]


TOPIC_LINES = [no for no, line in enumerate((TEXTS_DIR / FILE).read_text("utf-8").split("\n"), 1)
               if re.match(r"^\d+\.\d+\t", line)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(TOPIC_LINES), st.integers(0, 3), st.integers(0, 9))
def test_any_edited_cell_is_reflected_and_checked(tmp_path_factory, no, col, value):
    """Edit one hour cell of any topic row: the output carries the new figure, and a sum
    anomaly is reported exactly when the row no longer adds up."""
    folder = tmp_path_factory.mktemp("src")
    lines = (TEXTS_DIR / FILE).read_text("utf-8").split("\n")
    cells = lines[no - 1].split("\t")
    old = [int(c) for c in cells[2:6]]
    cells[2 + col] = str(value)
    lines[no - 1] = "\t".join(cells)
    (folder / FILE).write_text("\n".join(lines), "utf-8")
    course = build_course(folder)
    topic, fmt = next((t, f) for m in course["modules"] for t in m["topics"] for f, ln in t["lines"].items()
                      if ln == no)
    new = old.copy()
    new[col] = value
    got = [*(v for k, v in topic["hours"][fmt].items() if k != "total"), topic["hours"][fmt]["total"]]
    assert got == new
    row_bad = sum(new[:3]) != new[3]
    assert any(a["code"] == "row_sum_mismatch" and a["sources"][0]["lines"] == [no, no]
               for a in course["anomalies"]) == row_bad
    module_bad = sum(new[:3]) != sum(old[:3])
    assert any(a["code"] == "module_sum_mismatch" for a in course["anomalies"]) == module_bad
