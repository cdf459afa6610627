"""The order and clauses 1–11 of the standard."""

from __future__ import annotations

import re


def test_clauses_are_every_numbered_paragraph_between_title_and_appendix_1(src, std):
    title = std["standard"]["title_lines"][0]
    app1 = next(n for n, t in enumerate(src.lines, 1) if "стандартына1-қосымша" in t)
    numbered = [re.match(r"^(\d+)\.", src.line(n)).group(1) for n in range(title + 1, app1)
                if re.match(r"^\d+\.\s", src.line(n))]
    assert [c["number"] for c in std["standard"]["clauses"]] == numbered


def test_order_approval_is_read_from_the_stamp(src, std):
    appr = std["order"]["approval"]
    stamp = src.line(appr["lines"][0])
    assert f"№ {appr['order_no']}" in stamp
    year, _month, day = appr["date"].split("-")
    assert f"{year} жылғы {int(day)} " in stamp


def test_named_parts_are_the_clauses_that_introduce_them(src, std):
    s = std["standard"]
    assert s["purpose"]["text"] in src.line(s["purpose"]["lines"][0])
    assert "қолданылу саласы" in src.line(int(s["scope"]["lines"][0]))
    for term in s["terms"]:
        line = src.line(term["lines"][0])
        assert line.startswith(term["number"] + ")") and term["term"] in line and term["definition"] in line
    assert [a["abbreviation"] for a in s["abbreviations"]] == [
        src.line(a["lines"][0]).split(" – ")[0] for a in s["abbreviations"]]
    assert s["professional_group"]["text"] == src.line(s["professional_group"]["lines"][0])
    assert s["professional_subgroups"]


def test_professions_carry_appendix_level_range_and_cards(src, std):
    cards = {c["id"]: c for c in std["profession_cards"]}
    for prof in std["professions"]:
        line = src.line(prof["lines"][0])
        assert f"{prof['appendix']}-қосымшаға" in line and prof["name"] in line
        lo, _, hi = prof["levels_printed"].partition("-")
        assert prof["levels"] == list(range(int(lo), int(hi or lo) + 1))
        assert prof["cards"] and all(cards[c]["appendix"] == prof["appendix"] for c in prof["cards"])
        covered = sorted({lv for c in prof["cards"] for lv in cards[c]["levels"]})
        assert covered == prof["levels"]
