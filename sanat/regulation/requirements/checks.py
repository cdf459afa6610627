"""Anomalies inside one language's table: facts the text states that cannot all hold, or gaps."""

from __future__ import annotations

from itertools import combinations

from sanat.vocabulary import HIGHER_CATEGORIES

from .decisions import MIDDLE_ONLY_IS_ANOMALY


def _src(file: str, *rows: dict) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = tuple(r["lines"])
        if key not in seen:
            seen.add(key)
            out.append({"file": file, "lines": list(r["lines"])})
    return out


def _overlap(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _same_context(a: dict, b: dict) -> bool:
    return (a["locality"] == b["locality"] and a["organisation_level"] == b["organisation_level"]
            and a["subcase"] == b["subcase"] and _overlap(a["qualification_levels"], b["qualification_levels"]))


def table(thresholds: list[dict], lang: str, file: str) -> list[dict]:
    rows = [t for t in thresholds if t["lang"] == lang]
    if not rows:
        return []
    out: list[dict] = []
    by_cat = {c: [t for t in rows if t["category"] == c] for c in HIGHER_CATEGORIES}
    for cat, ts in by_cat.items():
        for a, b in combinations(ts, 2):
            if _same_context(a, b) and a["min_years"] != b["min_years"]:
                out.append({"code": "threshold_conflict",
                            "message": f"{lang}: {cat} has {a['min_years']} y («{a['quote']}») and "
                                       f"{b['min_years']} y («{b['quote']}») for overlapping levels",
                            "sources": _src(file, a, b)})
        if MIDDLE_ONLY_IS_ANOMALY and ts and all(t["qualification_levels"] == ["middle"] for t in ts):
            out.append({"code": "threshold_middle_only",
                        "message": f"{lang}: {cat} has thresholds only for the middle level of qualification; "
                                   "the text gives none for holders of the high level",
                        "sources": _src(file, *ts)})
    missing = [c for c in HIGHER_CATEGORIES if not by_cat[c]]
    if missing:
        out.append({"code": "threshold_missing_category",
                    "message": f"{lang}: the experience table gives no threshold for {', '.join(missing)}",
                    "sources": _src(file, *rows)})
    for lo, hi in combinations(HIGHER_CATEGORIES, 2):
        for a in by_cat[lo]:
            for b in by_cat[hi]:
                if _same_context(a, b) and b["min_years"] < a["min_years"]:
                    out.append({"code": "threshold_order_inverted",
                                "message": f"{lang}: {hi} needs {b['min_years']} y but the lower {lo} "
                                           f"needs {a['min_years']} y at an overlapping level",
                                "sources": _src(file, a, b)})
    return out
