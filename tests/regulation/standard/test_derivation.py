"""The output is derived from the text: change the text, the output follows."""

from __future__ import annotations

import re
import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sanat.regulation.standard import build_standard
from sanat.regulation.standard.case import to_case


@pytest.fixture
def edited(tmp_path, src):
    def edit(*pairs: tuple[str, str]):
        text = src.text
        for old, new in pairs:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        shutil.copy(src.path, tmp_path / src.file)
        (tmp_path / src.file).write_text(text, encoding="utf-8")
        return build_standard(tmp_path)
    return edit


def indicator(data, code):
    return next(i for c in data["competencies"] for k in c["criteria"] for i in k["indicators"] if i["code"] == code)


def test_changing_an_indicator_changes_the_output(std, edited):
    data = edited(("3.4.1 Әр түрлі бағалау құралдарын", "3.4.1 Әр түрлі сандық бағалау құралдарын"))
    assert indicator(data, "3.4.1")["text"] != indicator(std, "3.4.1")["text"]
    assert "сандық" in indicator(data, "3.4.1")["text"]
    a, b = to_case(std), to_case(data)
    old = {i["identifier"]: i["fullStatement"] for i in a["CFItems"]}
    changed = [i for i in b["CFItems"] if old[i["identifier"]] != i["fullStatement"]]
    assert [i["humanCodingScheme"] for i in changed] == ["3.4.1"]


def test_changing_a_descriptor_changes_the_output(std, edited):
    data = edited(("Авторлық бағдарлама негізінде білім беру", "Авторлық бағдарламалар негізінде білім беру"))
    assert data["category_descriptors"]["3.1"]["master"].startswith("Авторлық бағдарламалар")
    assert std["category_descriptors"]["3.1"]["master"].startswith("Авторлық бағдарлама ")


def test_fixing_a_misprint_removes_its_anomaly(std, edited):
    data = edited(("1.3. Оқыту практикасы", "3. Оқыту практикасы"))
    assert not [a for a in data["anomalies"] if a["kind"] == "code_misprinted"]
    assert [c["code_printed"] for c in data["competencies"]][2] == "3."


def test_a_removed_descriptor_cell_becomes_null_with_an_anomaly(edited):
    data = edited(("\t|\tАвторлық бағдарлама негізінде білім беру/оқыту және тәрбиелеу процесінің мазмұнын жоспарлайды.",
                   ""))
    assert data["category_descriptors"]["3.1"]["master"] is None
    assert any(a["kind"] == "descriptor_missing" and a["where"] == "criterion:3.1" for a in data["anomalies"])


def test_a_removed_card_row_is_reported_missing(edited, src):
    line = src.line(207)
    assert line.startswith("БТБА")
    data = edited((line + "\n", ""))
    card = data["profession_cards"][0]
    assert card["btba_ba"] is None
    assert any(a["kind"] == "row_missing" and a["where"] == "card:3-1" for a in data["anomalies"])


def test_changing_a_skill_changes_its_card(std, edited):
    data = edited(("1. Циклограмма жасау;2. Тәрбиеленушілердің негізгі", "1. Апталық циклограмма жасау;2. Тәрбиеленушілердің негізгі"))
    old = std["profession_cards"][0]["functions"][0]["tasks"][0]["skills"][0]["text"]
    new = data["profession_cards"][0]["functions"][0]["tasks"][0]["skills"][0]["text"]
    assert (old, new) == ("Циклограмма жасау", "Апталық циклограмма жасау")
    assert data["profession_cards"][1] == std["profession_cards"][1]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=1, max_value=633))
@example(137)  # the appendix headers and table headers are the structural lines
@example(141)
@example(158)
@example(162)
@example(179)
@example(183)
def test_a_deleted_line_never_breaks_the_build(tmp_path_factory, src, std, drop):
    folder = tmp_path_factory.mktemp("drop")
    lines = src.text.split("\n")
    del lines[drop - 1]
    (folder / src.file).write_text("\n".join(lines), encoding="utf-8")
    data = build_standard(folder)
    n = len(lines)
    for a in data["anomalies"]:
        assert 0 <= a["lines"][0] <= a["lines"][1] <= n
    removed = src.line(drop)
    if "стандартына1-қосымша" not in removed:
        lost = len(re.findall(r"(?<![\d.])\d+\.\d+\.\d+", removed))
        assert data["counts"]["indicators"] == std["counts"]["indicators"] - lost
    if not removed.startswith("КӘСІПТЕР КАРТОЧКАСЫ"):
        assert data["counts"]["profession_cards"] == std["counts"]["profession_cards"]
