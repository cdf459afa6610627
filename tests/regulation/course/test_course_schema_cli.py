"""The exported JSON: valid against docs/schemas/course.schema.json; the CLI prints it and
returns 0 / 1 / 2."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from sanat.cli import main
from sanat.regulation.sources import TEXTS_DIR, spec

SCHEMA = json.loads((Path(__file__).parents[3] / "docs" / "schemas" / "course.schema.json").read_text("utf-8"))


def test_schema_is_valid_and_output_conforms(course):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(course, SCHEMA)


@pytest.mark.parametrize("breakage", [
    lambda c: c["modules"][0]["topics"][0]["hours"]["in_person"].pop("practice"),
    lambda c: c["modules"][0]["topics"][0].update(code="1-1"),
    lambda c: c["rubric"][0].pop("max_points"),
    lambda c: c.pop("anomalies"),
    lambda c: c["anomalies"][0].update(sources=[]),
])
def test_schema_rejects_broken_output(course, breakage):
    broken = copy.deepcopy(course)
    breakage(broken)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_cli_export_prints_the_course(capsys, course):
    assert main(["course", "export", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == json.loads(json.dumps(course, ensure_ascii=False))
    assert out["modules"][2]["topics"][4]["code"] == "3.5"


def test_cli_check_lists_totals_and_anomalies(capsys):
    assert main(["course", "check"]) == 0
    out = capsys.readouterr().out
    assert "in_person: lecture 29, practice 26, seminar 25, total 80" in out
    assert "module_list_name_mismatch [L377; L158]" in out


def test_cli_missing_sources_is_bad_input(tmp_path, capsys):
    assert main(["course", "export", "--sources", str(tmp_path)]) == 2
    assert "missing" in capsys.readouterr().err


def test_cli_unparseable_text_is_failure(tmp_path, capsys):
    shutil.copy(TEXTS_DIR / spec("course").file, tmp_path / spec("course").file)
    path = tmp_path / spec("course").file
    path.write_text(path.read_text("utf-8").replace("оқу-тақырыптық жоспары", "кесте"), "utf-8")
    assert main(["course", "export", "--sources", str(tmp_path)]) == 1
    assert "could not be parsed" in capsys.readouterr().err


def test_cli_check_strict_fails_only_on_hour_problems(tmp_path, capsys):
    assert main(["course", "check", "--strict"]) == 0  # the shipped text adds up
    file = spec("course").file
    text = (TEXTS_DIR / file).read_text("utf-8").split("\n")
    text[281] = text[281].replace("\t1\t2\t1\t4", "\t1\t2\t2\t4")  # topic 1.1, in-person seminar 1 -> 2
    (tmp_path / file).write_text("\n".join(text), "utf-8")
    assert main(["course", "check", "--sources", str(tmp_path)]) == 0
    assert main(["course", "check", "--strict", "--sources", str(tmp_path)]) == 1
    assert "row_sum_mismatch [L282]" in capsys.readouterr().out
