"""kk <-> ru alignment of one position, and the structural disagreements it reveals.

Positions are paired by (chapter, paragraph, occurrence), then clauses by kind
(duties/knowledge/requirements/competencies), not by number: 002 misprints the
numbers of §17-§18 (307, 301, 305), and pairing by number would attach those
clauses to the wrong positions. Items are not paired one-to-one (the versions
split and merge items differently); their counts are compared instead.
"""

from __future__ import annotations

from sanat.regulation.tqc.anomalies import anomaly
from sanat.regulation.tqc.grammar import CLAUSE_KINDS
from sanat.regulation.tqc.structure import Position


def align(kk: Position, ru: Position | None, position: dict, kk_file: str, ru_file: str) -> list[dict]:
    if ru is None:
        return []
    out = []
    for kind in CLAUSE_KINDS:
        ck, cr = kk.clause(kind), ru.clause(kind)
        if ck is None and cr is None:
            continue
        if ck is None or cr is None:
            have, file, c = ("ru", ru_file, cr) if ck is None else ("kk", kk_file, ck)
            out.append(anomaly("clause_only_in_one_language",
                               f"{kind} clause {c.number} only in {have}", (file, [c.first])))
            continue
        if ck.printed_number != cr.printed_number:
            out.append(anomaly("kk_ru_clause_number_mismatch",
                               f"{kind}: kk prints clause {ck.printed_number}, ru prints {cr.printed_number}",
                               (kk_file, [ck.first]), (ru_file, [cr.first])))
    out.extend(item_counts(position, kk_file, ru_file))
    out.extend(competency_levels(position, kk_file, ru_file))
    # Facts stated differently (thresholds, base experience, levels) come from
    # requirements.compare, which pairs the structured rows of both languages; they reach
    # the position's anomalies with the other requirements findings (catalog.py).
    return out


def _span(items: list[dict]) -> list[int]:
    return [items[0]["lines"][0], items[-1]["lines"][1]]


def item_counts(position: dict, kk_file: str, ru_file: str) -> list[dict]:
    """Clauses whose kk and ru texts hold different numbers of items (kk-only or ru-only items)."""
    out = []
    for kind in ("duties", "knowledge", "requirements"):
        texts = position["requirements"]["text"] if kind == "requirements" else position[kind]
        kk, ru = texts["kk"], texts["ru"]
        if kk and ru and len(kk) != len(ru):
            number = (position["clauses"][kind] or {}).get("kk")
            out.append(anomaly("kk_ru_item_count_mismatch",
                               f"{kind} clause {number}: kk {len(kk)} items, ru {len(ru)}",
                               (kk_file, _span(kk)), (ru_file, _span(ru))))
    return out


def competency_levels(position: dict, kk_file: str, ru_file: str) -> list[dict]:
    """Levels listed in one language only, and levels that build on different levels per language."""
    out = []
    comp = position.get("competencies") or {}
    only = {lang: [c for c, v in comp.items() if v["label"][lang] and not v["label"][other]]
            for lang, other in (("kk", "ru"), ("ru", "kk"))}
    for lang, cats in only.items():
        if cats:
            lines = [comp[c]["lines"][lang] for c in cats]
            out.append(anomaly("kk_ru_competency_levels_mismatch",
                               f"competency levels only in {lang}: {', '.join(cats)}",
                               (kk_file if lang == "kk" else ru_file, [lines[0][0], lines[-1][1]])))
    for cat, v in comp.items():
        b = v["builds_on_by_lang"]
        if v["label"]["kk"] and v["label"]["ru"] and b["kk"] != b["ru"]:
            out.append(anomaly("kk_ru_builds_on_mismatch",
                               f"{cat}: kk builds on {b['kk']}, ru on {b['ru']}",
                               (kk_file, v["lines"]["kk"]), (ru_file, v["lines"]["ru"])))
    return out
