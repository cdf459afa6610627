"""JSON export against docs/schemas/standard.schema.json, CASE export against the CASE 1.0 schema, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from sanat.cli import main
from sanat.regulation.standard.case import to_case

ROOT = Path(__file__).resolve().parents[3]
STANDARD_SCHEMA = ROOT / "docs" / "schemas" / "standard.schema.json"
CASE_SCHEMA = ROOT / "sanat" / "regulation" / "standard" / "schemas" / "case-v1p0-cfpackage-schema.json"


def validate(schema_path: Path, data: dict, cls=jsonschema.Draft202012Validator) -> list[str]:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls.check_schema(schema)
    return [f"{list(e.path)}: {e.message[:120]}" for e in cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(data)]


def test_json_export_matches_its_schema(std):
    assert validate(STANDARD_SCHEMA, std) == []


def test_schema_rejects_a_descriptor_under_an_unknown_category(std):
    bad = json.loads(json.dumps(std))
    bad["category_descriptors"]["3.1"]["teacher"] = "x"
    assert validate(STANDARD_SCHEMA, bad)


def test_case_package_matches_the_case_schema(std):
    pkg = to_case(std)
    assert validate(CASE_SCHEMA, pkg, jsonschema.Draft7Validator) == []
    assert pkg["CFDocument"]["language"] == "kk"


def test_case_items_cover_the_framework_and_cards_with_child_links(std):
    pkg = to_case(std)
    by_id = {i["identifier"]: i for i in pkg["CFItems"]}
    doc_id = pkg["CFDocument"]["identifier"]
    hcs = {i["humanCodingScheme"] for i in pkg["CFItems"]}
    for comp in std["competencies"]:
        for crit in comp["criteria"]:
            assert crit["code"] in hcs and all(i["code"] in hcs for i in crit["indicators"])
    assert len(pkg["CFAssociations"]) == len(pkg["CFItems"])
    for a in pkg["CFAssociations"]:
        assert a["associationType"] == "isChildOf" and a["originNodeURI"]["identifier"] in by_id
        assert a["destinationNodeURI"]["identifier"] in by_id or a["destinationNodeURI"]["identifier"] == doc_id
    types = {t["title"] for t in pkg["CFDefinitions"]["CFItemTypes"]}
    assert {i["CFItemType"] for i in pkg["CFItems"]} <= types
    levels = sum(len(r["CFRubricCriteria"][0]["CFRubricCriterionLevels"]) for r in pkg["CFRubrics"])
    assert levels == std["counts"]["descriptors_present"]


def test_case_identifiers_are_deterministic_and_unique(std):
    a, b = to_case(std), to_case(json.loads(json.dumps(std)))
    assert [i["identifier"] for i in a["CFItems"]] == [i["identifier"] for i in b["CFItems"]]
    ids = [i["identifier"] for i in a["CFItems"]] + [x["identifier"] for x in a["CFAssociations"]]
    assert len(ids) == len(set(ids))


def test_cli_exports_json_and_case(tmp_path, std):
    out = tmp_path / "s.json"
    assert main(["standard", "export", "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["counts"] == std["counts"]
    assert main(["standard", "export", "--format", "case", "-o", str(out)]) == 0
    assert "CFDocument" in json.loads(out.read_text(encoding="utf-8"))


def test_cli_reports_a_missing_source_with_exit_code_2(tmp_path, capsys):
    assert main(["standard", "export", "--sources", str(tmp_path)]) == 2
    assert "missing" in capsys.readouterr().err


def test_cli_reads_a_newer_edition_from_sources(tmp_path, src, capsys):
    text = src.text.replace("1.1.2 Педагог мамандығына адалдығын көрсетеді", "1.1.2 Педагог мамандығына адалдығын үнемі көрсетеді")
    (tmp_path / src.file).write_text(text, encoding="utf-8")
    assert main(["standard", "export", "--sources", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["sha256"] != src.sha256
    assert data["competencies"][0]["criteria"][0]["indicators"][1]["text"] == "Педагог мамандығына адалдығын үнемі көрсетеді"
