"""Assemble the whole standard from its parts and link them by code.

``build_standard`` is a pure function of the source text: a changed text gives a
changed result. Appendix 1 and Appendix 2 are linked by criterion code; clause 11
and the cards by appendix number. Every disagreement becomes an anomaly.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sanat.regulation.sources import load
from sanat.regulation.standard.cards import parse_cards
from sanat.regulation.standard.categories import parse_categories
from sanat.regulation.standard.framework import parse_framework
from sanat.regulation.standard.front import parse_order, parse_standard_text
from sanat.regulation.standard.table import Anomalies, outline, rows_between
from sanat.vocabulary import CATEGORIES

FORMAT = "sanat.standard/1"


def build_standard(sources_dir: Path | str | None = None) -> dict:
    """The professional standard «Педагог» (000) as one JSON-ready dict."""
    src = load("standard", sources_dir)
    an = Anomalies()
    ol = outline(src)
    for num in range(1, 11):
        if num not in ol.appendices:
            an.add("appendix_missing", f"appendix:{num}", (1, len(src.lines)), f"no header of appendix {num}")
    first_appendix = min((a for a, _ in ol.appendices.values()), default=len(src.lines) + 1)
    order, title_line = parse_order(src, first_appendix - 1, an)
    standard = parse_standard_text(src, title_line or 1, first_appendix - 1, an)
    professions = standard.pop("professions")

    a1 = ol.appendices.get(1)
    header, competencies = parse_framework(rows_between(src, a1[0] + 1, a1[1]), an) if a1 else ({}, [])
    a2 = ol.appendices.get(2)
    table2 = parse_categories(rows_between(src, a2[0] + 1, a2[1]), an) if a2 else \
        {"title": None, "header_label": None, "categories": [], "groups": [], "criteria": []}
    cards = parse_cards(src, ol.cards, an)

    descriptors = _link_categories(competencies, table2, an)
    _link_professions(professions, cards, an)
    _check_code_lengths(cards, an)
    anomalies = [dict(a.as_dict(), id=i + 1) for i, a in enumerate(an.items)]
    return {
        "format": FORMAT,
        "language": src.lang,
        "source": src.provenance(),
        "order": order,
        "standard": standard,
        "professions": professions,
        "competency_framework": {"appendix": 1, "header": header, "lines": list(a1) if a1 else None},
        "competencies": competencies,
        "categories": [{k: c[k] for k in ("code", "label", "column", "lines")} for c in table2["categories"]],
        "category_table": {"appendix": 2, "title": table2["title"], "header_label": table2["header_label"],
                           "groups": table2["groups"],
                           "criteria": [{k: c[k] for k in ("code", "name", "group", "lines")}
                                        for c in table2["criteria"]],
                           "lines": list(a2) if a2 else None},
        "category_descriptors": descriptors,
        "profession_cards": cards,
        "anomalies": anomalies,
        "counts": _counts(competencies, descriptors, cards, anomalies),
    }


def _link_categories(competencies: list[dict], table2: dict, an: Anomalies) -> dict:
    """Criterion code → category → descriptor text (``None`` where the text has none)."""
    by_code = {c["code"]: c for c in table2["criteria"]}
    groups = {g["code"]: g for g in table2["groups"]}
    cats = [c["code"] for c in table2["categories"] if c["code"]] or list(CATEGORIES)
    out: dict[str, dict[str, str | None]] = {}
    for comp in competencies:
        group = groups.get(comp["code"])
        comp["name_app2"] = group["name"] if group else None
        comp["lines_app2"] = group["lines"] if group else None
        for crit in comp["criteria"]:
            row = by_code.pop(crit["code"], None)
            crit["name_app2"] = row["name"] if row else None
            crit["lines_app2"] = row["lines"] if row else None
            out[crit["code"]] = dict(row["descriptors"]) if row else dict.fromkeys(cats)
            if row is None:
                an.add("criterion_row_missing", f"criterion:{crit['code']}", tuple(crit["lines"]),
                       "the criterion has no row in appendix 2")
            elif row["name"].strip(" .") != crit["name"].strip(" ."):
                an.add("criterion_name_differs", f"criterion:{crit['code']}",
                       (crit["lines"][0], row["lines"][0]),
                       f"appendix 1 names it «{crit['name']}», appendix 2 «{row['name']}»; linked by code")
    for code, row in by_code.items():
        an.add("criterion_not_in_framework", f"criterion:{code}", tuple(row["lines"]),
               "appendix 2 has a criterion that appendix 1 does not")
    return out


def _link_professions(professions: list[dict], cards: list[dict], an: Anomalies) -> None:
    """Clause 11 lists the professions with their appendix and level range; cards carry levels."""
    for prof in professions:
        mine = [c for c in cards if c["appendix"] == prof["appendix"]]
        prof["cards"] = [c["id"] for c in mine]
        for c in mine:
            c["profession_number"] = prof["number"]
        levels = sorted({lv for c in mine for lv in c["levels"]})
        if not mine:
            an.add("cards_missing", f"profession:{prof['number']}", tuple(prof["lines"]),
                   f"no card in appendix {prof['appendix']}")
        elif levels != prof["levels"]:
            an.add("levels_differ", f"profession:{prof['number']}", tuple(prof["lines"]),
                   f"clause 11 gives levels {prof['levels_printed']}, the cards cover {levels}")
    listed = {p["appendix"] for p in professions}
    for c in cards:
        c.setdefault("profession_number", None)
        if c["appendix"] not in listed:
            an.add("card_not_listed", f"card:{c['id']}", tuple(c["lines"]),
                   f"appendix {c['appendix']} is not in the list of professions")


def _check_code_lengths(cards: list[dict], an: Anomalies) -> None:
    """Digits-only education codes shorter or longer than the length most of them have («011400»)."""
    codes = [(c["id"], e) for c in cards if c["education"]
             for e in c["education"]["specialties"] + c["education"]["qualifications"] if e["code"].isdigit()]
    if not codes:
        return
    usual, _ = Counter(len(e["code"]) for _, e in codes).most_common(1)[0]
    for card_id, e in codes:
        if len(e["code"]) != usual:
            an.add("code_length_differs", f"card:{card_id}/education", tuple(e["lines"]),
                   f"code «{e['code']}» has {len(e['code'])} digits; the other digit-only codes have {usual}",
                   e["code"])


def _counts(competencies: list[dict], descriptors: dict, cards: list[dict], anomalies: list[dict]) -> dict:
    tasks = [t for c in cards for f in c["functions"] for t in f["tasks"]]
    cells = [v for row in descriptors.values() for v in row.values()]
    return {
        "competencies": len(competencies),
        "criteria": sum(len(c["criteria"]) for c in competencies),
        "indicators": sum(len(k["indicators"]) for c in competencies for k in c["criteria"]),
        "descriptors_present": sum(v is not None for v in cells),
        "descriptors_missing": sum(v is None for v in cells),
        "profession_cards": len(cards),
        "functions": sum(len(c["functions"]) for c in cards),
        "tasks": len(tasks),
        "knowledge": sum(len(t["knowledge"]) for t in tasks),
        "skills": sum(len(t["skills"]) for t in tasks),
        "anomalies": len(anomalies),
    }
