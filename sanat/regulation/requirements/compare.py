"""kk vs ru: facts the two languages state differently, each anomaly naming both files' lines."""

from __future__ import annotations

from sanat.vocabulary import HIGHER_CATEGORIES

from .. import sources
from .decisions import COMPARE_PAIRING


def _rows(struct: dict, key: str, lang: str) -> list[dict]:
    return [r for r in struct.get(key, []) if r.get("lang") == lang]


def _anomaly(code: str, message: str, a: dict | None, b: dict | None, files: dict) -> dict:
    sources = []
    for row, lang in ((a, "kk"), (b, "ru")):
        if row is not None:
            sources.append({"file": files[lang], "lines": list(row["lines"])})
    return {"code": code, "message": message, "sources": sources}


def _paired(rows: list[dict]) -> list[dict]:
    """Order in which kk and ru rows of one category are paired (``decisions.COMPARE_PAIRING``)."""
    return sorted(rows, key=lambda t: t["min_years"]) if COMPARE_PAIRING == "category, sorted by years" else rows


def compare(kk_struct: dict, ru_struct: dict, files: dict | None = None) -> list[dict]:
    """Disagreements between the kk and ru structures of one position.

    Rows are paired per category in printed order. Years, strictness, levels and experience
    kinds are compared; lexical differences (connectors, bare «– 5 жыл» vs «не менее 5 лет») are
    reported under their own codes so a consumer can tell substance from wording.
    """
    files = files or sources.tqc_files()
    out: list[dict] = []
    kk_t, ru_t = _rows(kk_struct, "thresholds", "kk"), _rows(ru_struct, "thresholds", "ru")
    for cat in HIGHER_CATEGORIES:
        a_rows = [t for t in kk_t if t["category"] == cat]
        b_rows = [t for t in ru_t if t["category"] == cat]
        if kk_t and ru_t and len(a_rows) != len(b_rows):
            out.append(_anomaly("kk_ru_threshold_missing",
                                f"{cat}: {len(a_rows)} kk threshold row(s) vs {len(b_rows)} ru",
                                a_rows[0] if a_rows else None, b_rows[0] if b_rows else None, files))
        for a, b in zip(_paired(a_rows), _paired(b_rows), strict=False):
            if a["min_years"] != b["min_years"] or a["strict"] != b["strict"]:
                out.append(_anomaly("kk_ru_threshold_mismatch",
                                    f"{cat}: kk {a['min_years']} y («{a['quote']}») vs ru {b['min_years']} y («{b['quote']}»)",
                                    a, b, files))
            elif a["bare"] != b["bare"]:
                out.append(_anomaly("kk_ru_threshold_wording",
                                    f"{cat}: same {a['min_years']} y, but one language prints a bare number "
                                    f"(kk «{a['quote']}», ru «{b['quote']}»)", a, b, files))
            if sorted(a["qualification_levels"]) != sorted(b["qualification_levels"]):
                out.append(_anomaly("kk_ru_threshold_levels_mismatch",
                                    f"{cat}: kk levels {a['qualification_levels'] or 'unrestricted'} vs ru "
                                    f"{b['qualification_levels'] or 'unrestricted'}", a, b, files))
            if a["experience"] != b["experience"]:
                out.append(_anomaly("kk_ru_experience_kind_mismatch",
                                    f"{cat}: kk counts {a['experience']} experience, ru {b['experience']}",
                                    a, b, files))
    kk_b = [r for r in _rows(kk_struct, "base_experience", "kk") if r["part_of"] is None]
    ru_b = [r for r in _rows(ru_struct, "base_experience", "ru") if r["part_of"] is None]
    kk_e, ru_e = _rows(kk_struct, "education", "kk"), _rows(ru_struct, "education", "ru")
    first, first_ru = (kk_e or [None])[0], (ru_e or [None])[0]
    if (kk_b or ru_b) and sorted(r["min_years"] for r in kk_b) != sorted(r["min_years"] for r in ru_b):
        out.append(_anomaly("kk_ru_base_experience_mismatch",
                            f"base experience: kk {[r['min_years'] for r in kk_b] or 'none'} y vs ru "
                            f"{[r['min_years'] for r in ru_b] or 'none'} y",
                            kk_b[0] if kk_b else first, ru_b[0] if ru_b else first_ru, files))
    a_no = kk_struct.get("no_experience_required_by_lang", {}).get("kk")
    b_no = ru_struct.get("no_experience_required_by_lang", {}).get("ru")
    if a_no is not None and b_no is not None and a_no != b_no:
        out.append(_anomaly("kk_ru_no_experience_mismatch",
                            f"kk {'waives' if a_no else 'does not waive'} experience for the base line, "
                            f"ru {'waives' if b_no else 'does not waive'} it",
                            first, first_ru, files))
    kk_lv = {e["qualification_level"] for e in kk_e if e["via"] != "retraining"}
    ru_lv = {e["qualification_level"] for e in ru_e if e["via"] != "retraining"}
    if kk_e and ru_e and kk_lv != ru_lv:
        out.append(_anomaly("kk_ru_education_levels_mismatch",
                            f"education alternatives reach levels kk {sorted(map(str, kk_lv))} vs ru {sorted(map(str, ru_lv))}",
                            first, first_ru, files))
    a_arch = kk_struct.get("archetype_by_lang", {}).get("kk")
    b_arch = ru_struct.get("archetype_by_lang", {}).get("ru")
    if a_arch and b_arch and a_arch != b_arch:
        out.append({"code": "kk_ru_archetype_mismatch", "message": f"kk reads as {a_arch}, ru as {b_arch}",
                    "sources": []})
    return out
