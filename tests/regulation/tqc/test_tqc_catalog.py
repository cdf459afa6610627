"""The exported catalog: contract, schema, alignment, derivation from the texts, CLI, speed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from sanat.cli import main as cli_main
from sanat.regulation import sources
from sanat.regulation.tqc.catalog import build_catalog
from sanat.regulation.tqc.parse import parse_kk, parse_ru

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "docs" / "schemas" / "catalog.schema.json"


def test_export_validates_against_the_schema(catalog):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(catalog)


def test_schema_rejects_a_broken_catalog(catalog):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(catalog))
    broken["positions"][0]["duties"]["kk"][0]["lines"] = [0]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_ids_unique_and_stable(catalog, by_id):
    ids = [p["id"] for p in catalog["positions"]]
    assert len(ids) == len(set(ids)) == 91
    assert {"338-03-07", "338-03-14", "338-03-14-2", "338-09", "338-10-23"} <= set(ids)
    assert by_id["338-03-14-2"]["title"]["kk"] == "Білім беру ұйымы жанындағы интернат меңгерушісі"
    assert by_id["338-09"]["paragraph"] is None


def test_contract_shape_and_sources(catalog, kk_src, ru_src):
    assert catalog["schema_version"].startswith("1.")
    assert [s["file"] for s in catalog["sources"]] == [kk_src.file, ru_src.file, sources.spec("notice").file]
    assert catalog["sources"][0]["sha256"] == kk_src.sha256
    for p in catalog["positions"]:
        assert p["source"]["kk"]["file"] == kk_src.file
        for kind in ("duties", "knowledge"):
            assert p[kind]["kk"], (p["id"], kind)
        assert p["requirements"]["text"]["kk"]


def test_24_official_ru_positions_aligned(catalog, ru_src):
    official = [p for p in catalog["positions"] if (p["source"]["ru"] or {}).get("provenance") == "official"]
    assert len(official) == 24
    assert {p["chapter"] for p in official} == {9, 10}
    assert all(p["source"]["ru"]["file"] == ru_src.file for p in official)
    assert not [a for a in catalog["anomalies"] if a["code"] == "ru_position_without_kk"]
    p = next(p for p in official if p["id"] == "338-10-12")
    assert p["title"]["ru"].startswith("Преподаватель организации технического")
    assert ru_src.line(p["source"]["ru"]["lines"][0]).startswith("Параграф 12.")


def test_ru_misnumbered_clauses_aligned_by_position(by_id, ru_src):
    p17, p18 = by_id["338-10-17"], by_id["338-10-18"]
    assert [p17["clauses"][k]["ru"] for k in ("duties", "knowledge", "requirements", "competencies")] == \
        ["304", "305", "307", "301"]
    assert [p17["clauses"][k]["kk"] for k in ("duties", "knowledge", "requirements", "competencies")] == \
        ["304", "305", "306", "307"]
    assert p18["clauses"]["competencies"]["ru"] == "305" and p18["clauses"]["competencies"]["number"] == 311
    mism = [a for a in p17["anomalies"] if a["code"] == "kk_ru_clause_number_mismatch"]
    assert len(mism) == 2
    for a in mism:
        files = [s["file"] for s in a["sources"]]
        assert files[0].startswith("001") and files[1].startswith("002")
    assert ru_src.line(mism[1]["sources"][1]["lines"][0]).strip().startswith("301.")
    assert "301" in {a["message"].split()[3] for a in by_id["338-10-17"]["anomalies"]
                     if a["code"] == "duplicate_clause_number"}


def test_kk_numbering_defects_reported(by_id):
    dup = [a for a in by_id["338-03-14-2"]["anomalies"] if a["code"] == "duplicate_clause_number"]
    assert sorted(int(a["message"].split()[3]) for a in dup) == [92, 93, 94]
    assert any(a["code"] == "duplicate_paragraph_number" for a in by_id["338-03-14-2"]["anomalies"])
    assert [a["code"] for a in by_id["338-03-15"]["anomalies"] if "clause_number" in a["code"]] == \
        ["duplicate_clause_number"]


def test_missing_and_inline_heading_anomalies(by_id):
    miss = [a for a in by_id["338-10-20"]["anomalies"] if a["code"] == "missing_clause_heading"]
    assert len(miss) == 1 and miss[0]["sources"][0]["lines"] == [8687, 8687]
    inline = {(s["file"][:3], s["lines"][0]) for p in by_id.values() for a in p["anomalies"]
              if a["code"] == "inline_clause_heading" for s in a["sources"]}
    assert inline == {("001", 8930), ("002", 358), ("002", 1087)}


def test_kk_ru_threshold_conflict_names_both_lines(by_id, kk_src, ru_src):
    p = by_id["338-10-09"]  # clause 274: kk 1/2/3/4, ru 2/3/4/5 (001:L7452-7458, 002:L381-382)
    bad = [a for a in p["anomalies"] if a["code"] == "kk_ru_threshold_mismatch"]
    assert len(bad) == 4
    for a in bad:
        (kf, kl), (rf, rl) = ((s["file"], s["lines"]) for s in a["sources"])
        assert kf == kk_src.file and rf == ru_src.file
        assert 7452 <= kl[0] <= kl[1] <= 7458 and rl[0] in (381, 382)
        kk_text = " ".join(kk_src.line(n) for n in range(kl[0], kl[1] + 1))
        assert re.search(r"кемінде \d жыл|– \d жыл", kk_text) and "не менее" in ru_src.line(rl[0])
    others = [pid for pid, q in by_id.items() if pid != "338-10-09"
              and any(a["code"] == "kk_ru_threshold_mismatch" for a in q["anomalies"])]
    assert others == []


def test_document_level_anomalies(catalog, kk_src):
    top = {a["code"]: a for a in catalog["anomalies"]}
    assert "chapters 2, 3, 4, 5, 6, 7, 8 are absent" in top["ru_chapters_missing"]["message"]
    assert top["ru_sections_missing"]["sources"][0]["lines"] == [115, 117]
    section_lines = [s["lines"][0] for s in top["section_label_inconsistent"]["sources"]]
    assert [kk_src.line(n).split(".")[0] for n in section_lines] == ["1-бөлім", "Бөлім 2"]


def test_merged_chapter_heading_and_duplicate_items(by_id, kk_src):
    merged = [a for a in by_id["338-09"]["anomalies"] if a["code"] == "chapter_heading_merged"]
    assert len(merged) == 1 and "9-тарау." in kk_src.line(6674)
    dup = [a for a in by_id["338-03-07"]["anomalies"] if a["code"] == "duplicate_item"]
    assert [[s["lines"] for s in a["sources"]] for a in dup] == [[[2118, 2125], [2126, 2130]]]
    for p in by_id.values():
        for a in p["anomalies"]:
            if a["code"] == "duplicate_item":
                l1, l2 = (s["lines"] for s in a["sources"])
                one = " ".join(kk_src.line(n).strip() for n in range(l1[0], l1[1] + 1))
                two = " ".join(kk_src.line(n).strip() for n in range(l2[0], l2[1] + 1))
                assert one.split()[:4] == two.split()[:4]


def test_notice_based_ru_compared_with_kk(by_id):
    counts = {a["message"] for a in by_id["338-03-07"]["anomalies"] if a["code"] == "kk_ru_item_count_mismatch"}
    assert counts == {"duties clause 64: kk 25 items, ru 23", "knowledge clause 65: kk 9 items, ru 8"}
    psych = [a for a in by_id["338-03-09"]["anomalies"] if a["code"] == "kk_ru_item_count_mismatch"]
    assert psych[0]["sources"][1]["file"].startswith("004")


def test_garbled_law_items_flagged(catalog, kk_src):
    flagged = [(p["id"], it) for p in catalog["positions"] for it in p["knowledge"]["kk"] if it.get("flags")]
    assert len({pid for pid, _ in flagged}) == 91
    for _pid, it in flagged:
        assert it["flags"] == ["garbled_hyperlinks"]
        raw = " ".join(kk_src.line(n) for n in range(it["lines"][0], it["lines"][1] + 1))
        assert '" "' in raw or "Республикасының ," in raw or re.search(r'"\s*,\s*"', raw)


def test_law_lists_flagged_in_every_kk_position(catalog):
    assert sum(any(a["code"] == "kk_law_list_garbled" for a in p["anomalies"]) for p in catalog["positions"]) == 91


def test_vacancy_notice_fills_missing_ru_only(catalog, by_id):
    notices = catalog["vacancy_notices"]
    assert len(notices) == 1 and notices[0]["provenance"] == "vacancy_notice"
    filled = [p for p in catalog["positions"] if (p["source"]["ru"] or {}).get("provenance") == "vacancy_notice"]
    assert filled and all(p["chapter"] not in (9, 10) for p in filled)
    notice_file = sources.spec("notice").file
    for p in filled:
        assert p["source"]["ru"]["file"] == notice_file and p["title"]["ru"]
        assert p["chapter_title"]["ru"] is None
    quoted = {s["position"] for s in notices[0]["sections"] if s["position"]}
    assert {p["id"] for p in filled} == quoted - {p["id"] for p in catalog["positions"]
                                                  if (p["source"]["ru"] or {}).get("provenance") == "official"}
    assert by_id["338-02-01"]["title"]["ru"] is None and by_id["338-02-01"]["source"]["ru"] is None


def _experience_line(pos: dict, src) -> tuple[int, str]:
    """A «кемінде 2 жыл» threshold of the position, found by code in the structured rows."""
    for t in pos["requirements"]["thresholds"]:
        if t["lang"] == "kk" and t["min_years"] == 2 and not t["bare"]:
            for n in range(t["lines"][0], t["lines"][1] + 1):
                if "кемінде 2 жыл" in src.line(n):
                    return n, t["category"]
    raise AssertionError("no «кемінде 2 жыл» threshold")


def test_catalog_is_derived_from_the_text(tmp_path, by_id, kk_src):
    """Change one threshold in a copy of 001: the rebuilt catalog follows the text."""
    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    line, category = _experience_line(by_id["338-03-07"], kk_src)
    lines = kk_src.text.split("\n")
    assert lines[line - 1].count("кемінде 2 жыл") == 1
    lines[line - 1] = lines[line - 1].replace("кемінде 2 жыл", "кемінде 7 жыл")
    (tmp_path / kk_src.file).write_text("\n".join(lines), encoding="utf-8")

    def years(cat):
        pos = next(p for p in cat["positions"] if p["id"] == "338-03-07")
        return sorted(t["min_years"] for t in pos["requirements"]["thresholds"]
                      if t["lang"] == "kk" and t["category"] == category)

    before, after = years({"positions": list(by_id.values())}), years(build_catalog(tmp_path))
    assert 2 in before and 7 not in before
    assert after == sorted([7 if y == 2 else y for y in before])


def test_build_is_fast(kk_src, ru_src):
    """Best of 3 (the shared box is loaded by other suites): whole build < 2 s, parse < 0.5 s."""
    def best(fn) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return min(times)

    assert best(lambda: (parse_kk(kk_src), parse_ru(ru_src))) < 0.5
    assert best(build_catalog) < 2.0


def test_cli_export_prints_the_catalog(capsys, catalog):
    assert cli_main(["catalog", "export", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in out["positions"]] == [p["id"] for p in catalog["positions"]]


def test_cli_export_with_sources_dir(tmp_path, capsys):
    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    assert cli_main(["catalog", "export", "--sources", str(tmp_path)]) == 0
    assert len(json.loads(capsys.readouterr().out)["positions"]) == 91


def test_cli_export_missing_sources_is_bad_input(tmp_path, capsys):
    (tmp_path / sources.spec("tqc_kk").file).write_bytes(b"\xff\xfe broken")
    assert cli_main(["catalog", "export", "--sources", str(tmp_path)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_cli_show(capsys):
    assert cli_main(["catalog", "show", "338-10-17", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Мастер производственного обучения" in out and "307. Требования к квалификации:" in out
    assert "kk_ru_clause_number_mismatch" in out
    assert cli_main(["catalog", "show", "338-02-01", "--lang", "ru"]) == 0
    assert "[no ru text in the sources]" in capsys.readouterr().out


def test_cli_show_unknown_id_exits_2(capsys):
    assert cli_main(["catalog", "show", "338-99-99"]) == 2
    assert "unknown position id '338-99-99'" in capsys.readouterr().err


def test_console_script_runs():
    exe = Path(sys.executable).with_name("sanat")
    r = subprocess.run([str(exe), "catalog", "show", "338-09"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "244. Лауазымдық міндеттері:" in r.stdout


def test_cli_show_marks_missing_heading_and_floors(capsys):
    assert cli_main(["catalog", "show", "338-10-20"]) == 0
    out = capsys.readouterr().out
    assert "316. Лауазымдық міндеттері: [heading not printed in the source]" in out
    assert "Experience floors (structured):" in out and "missing_clause_heading" in out


def test_cli_sources_not_a_folder_is_bad_input(tmp_path, capsys):
    assert cli_main(["catalog", "export", "--sources", str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_cli_show_notice_quoted_position(capsys):
    assert cli_main(["catalog", "show", "338-03-07", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "(vacancy_notice)" in out and "[64]. Должностные обязанности:" in out


def test_requirements_findings_are_position_anomalies(catalog, by_id):
    """The structured-requirements findings (and only the current ones) are listed on the position."""
    for p in catalog["positions"]:
        for a in p["requirements"].get("anomalies", []):
            assert p["anomalies"].count(a) == 1, (p["id"], a["code"])
    codes_ = [a["code"] for a in by_id["338-10-15"]["anomalies"]]
    assert "threshold_conflict" in codes_  # moderator 5 y and 2 y (001:L8149-8156)
    quoted = by_id["338-03-07"]  # ru from the notice: findings recomputed with both languages
    assert not [a for a in quoted["anomalies"] if a["code"].startswith("kk_ru_threshold")]
    assert all(s["file"] != sources.spec("tqc_ru").file for a in quoted["anomalies"] for s in a["sources"])


def test_numbering_anomalies_follow_the_text(tmp_path, kk_src, by_id):
    """Misnumber one clause in a copy of 001: the defect appears; the shipped catalog has none there."""
    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    line = by_id["338-03-07"]["clauses"]["knowledge"]["lines"]["kk"][0]
    raw = kk_src.line(line)
    assert raw.strip().startswith("65.")
    lines = kk_src.text.split("\n")
    lines[line - 1] = raw.replace("65.", "66.", 1)
    (tmp_path / kk_src.file).write_text("\n".join(lines), encoding="utf-8")
    pos = next(p for p in build_catalog(tmp_path)["positions"] if p["id"] == "338-03-07")
    found = {a["code"] for a in pos["anomalies"]}
    assert {"clause_number_not_consecutive", "duplicate_clause_number"} <= found
    assert pos["clauses"]["knowledge"]["kk"] == "66"
    assert not {"clause_number_not_consecutive", "duplicate_clause_number"} & \
        {a["code"] for a in by_id["338-03-07"]["anomalies"]}


def test_every_cited_line_exists_in_its_file(catalog):
    """Anomalies, amendments and position spans cite lines inside the file they name."""
    length = {s["file"]: s["lines"] for s in catalog["sources"]}
    cited = []
    for p in catalog["positions"]:
        cited += [(s["file"], s["lines"]) for a in p["anomalies"] for s in a["sources"]]
        cited += [(a["file"], a["lines"]) for a in p["amendments"]]
        cited += [(s["file"], s["lines"]) for s in p["source"].values() if s]
    cited += [(s["file"], s["lines"]) for a in catalog["anomalies"] for s in a["sources"]]
    assert len(cited) > 400
    for file, (a, b) in cited:
        assert 1 <= a <= b <= length[file], (file, a, b)
