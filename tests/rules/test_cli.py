"""``sanat check`` and ``sanat screen`` on the real catalog."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import Workbook, load_workbook

from sanat.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _profile(tmp_path: Path, data: dict, name: str = "p.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_check_json_keys_and_gap(tmp_path, capsys):
    prof = _profile(tmp_path, {"education": [{"level": "higher", "pedagogical": True}],
                               "experience": {"specialty": [{"from": "2021-09-02"}]}})
    rc = main(["check", "--position", "338-10-12", "--profile", prof, "--as-of", "2025-09-01", "--lang", "ru"])
    assert rc == 0
    d = json.loads(capsys.readouterr().out)
    assert {"position", "as_of", "categories", "highest_by_requirements", "post_requirements_met", "next"} <= set(d)
    assert d["highest_by_requirements"] == "expert"  # one day short of 4 years by specialty
    assert d["next"]["category"] == "researcher"
    gap = d["next"]["gaps"][0]
    assert gap["citation"]["clause"] == "286" and "1 день" in gap["text"] and "02.09.2025" in gap["text"]
    cond = next(c for c in d["categories"] if c["category"] == "expert")["conditions"]
    assert all(c["status"] == "met" and c["citation"]["file"] for c in cond)


def test_check_text_in_kazakh(tmp_path, capsys):
    prof = _profile(tmp_path, {"education": [{"level": "higher", "pedagogical": True}], "experience": {"specialty": 2}})
    assert main(["check", "--position", "338-10-12", "--profile", prof, "--as-of", "2025-09-01",
                 "--lang", "kk", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Талаптар бойынша ең жоғары санат: педагог-модератор" in out and "286-тармақ" in out


def test_check_invalid_profile_names_field(tmp_path, capsys):
    prof = _profile(tmp_path, {"education": [{"level": "higher"}], "experience": {"specialty": -1}})
    assert main(["check", "--position", "338-10-12", "--profile", prof]) == 2
    err = capsys.readouterr().err
    assert "experience.specialty" in err


def test_check_unknown_position_and_bad_date(tmp_path, capsys):
    prof = _profile(tmp_path, {"education": [{"level": "higher"}]})
    assert main(["check", "--position", "338-99-99", "--profile", prof]) == 2
    assert main(["check", "--position", "338-10-12", "--profile", prof, "--as-of", "2025-02-30"]) == 2
    assert "--as-of" in capsys.readouterr().err


def test_check_yaml_profile_and_policy(tmp_path, capsys):
    (tmp_path / "p.yaml").write_text("education: [{level: higher, pedagogical: true}]\n"
                                     "experience: {specialty: [{from: 2020-09-01}]}\n", encoding="utf-8")
    (tmp_path / "policy.yaml").write_text("bare_number: more_than\n", encoding="utf-8")
    base = ["check", "--position", "338-10-12", "--profile", str(tmp_path / "p.yaml"), "--as-of", "2025-09-01"]
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)["highest_by_requirements"] == "master"  # «– 5 лет» read as ≥ 5
    assert main([*base, "--policy", str(tmp_path / "policy.yaml")]) == 0
    assert json.loads(capsys.readouterr().out)["highest_by_requirements"] == "researcher"


STAFF = [
    {"name": "Aigerim", "position": "338-10-12", "education_level": "higher", "pedagogical": "да", "exp_specialty": "4,5"},
    {"name": "Bad level", "position": "338-10-12", "education_level": "bachelor", "pedagogical": "yes"},
    {"name": "No post", "position": "338-99-01", "education_level": "higher"},
    {"name": "Deputy", "position": "338-03-02", "education_level": "tvet", "pedagogical": "1", "categories": "deputy_2"},
    {"name": "Bad bool", "position": "338-10-12", "education_level": "higher", "pedagogical": "maybe"},
]


def test_screen_csv_reports_bad_rows_and_continues(tmp_path, capsys):
    src = tmp_path / "staff.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "position", "education_level", "pedagogical", "exp_specialty",
                                          "categories"], delimiter=";")
        w.writeheader()
        w.writerows(STAFF)
    out = tmp_path / "result.csv"
    assert main(["screen", "--input", str(src), "--output", str(out), "--as-of", "2025-09-01"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["row"] for r in rows] == ["2", "3", "4", "5", "6"]
    assert rows[0]["highest_category"] == "researcher" and rows[0]["next_category"] == "master"
    assert "пункт 286" in rows[0]["gaps"]
    assert "education[0].level" in rows[1]["error"]
    assert "unknown id" in rows[2]["error"]
    assert rows[3]["post_requirements_met"] == "yes" and rows[3]["error"] == ""
    assert rows[4]["error"].startswith("pedagogical")
    err = capsys.readouterr().err
    assert "row 3:" in err and "row 6:" in err


def test_screen_xlsx_roundtrip(tmp_path):
    wb = Workbook()
    ws = wb.active
    cols = ["name", "position", "education_level", "pedagogical", "exp_specialty"]
    ws.append(cols)
    for r in STAFF[:2]:
        ws.append([r.get(c) for c in cols])
    src, out = tmp_path / "staff.xlsx", tmp_path / "result.xlsx"
    wb.save(src)
    assert main(["screen", "--input", str(src), "--output", str(out), "--as-of", "2025-09-01", "--lang", "kk"]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "row" and rows[1][5] == "researcher" and "286-тармақ" in rows[1][8]
    assert rows[2][0] == 3 and "education[0].level" in rows[2][9]


def test_schema_documented_copy_is_the_one_used():
    assert (ROOT / "docs/schemas/profile.schema.json").read_text(encoding="utf-8") == (
        ROOT / "sanat/rules/profile.schema.json").read_text(encoding="utf-8")
