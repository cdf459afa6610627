"""One position's requirements clause (kk and/or ru items) -> the structure of docs/requirements-contract.md."""

from __future__ import annotations

from sanat.vocabulary import HIGHER_CATEGORIES

from .. import sources
from . import alternatives as alt_mod
from . import base_experience as base_mod
from . import checks
from . import education as edu_mod
from . import thresholds as thr_mod
from . import years as years_mod
from .compare import compare
from .decisions import PRIMARY_LANG
from .segments import Segment, split
from .vocabulary import EDU_STRICT, EXPERIENCE, HAS_NO_EXPERIENCE


def _civil_service(seg: Segment) -> bool:
    return bool(EXPERIENCE[seg.lang][0][1].search(seg.text))


def structure_lang(items: list[dict], lang: str, file: str) -> dict:
    """The contract keys for one language."""
    segs, headings = split(items, lang)
    out = {"connectors": [], "education": [], "thresholds": [], "base_experience": [], "alternatives": [],
           "anomalies": [], "headings": [dict(h, lang=lang) for h in headings]}
    no_experience = False
    seen_subcases: set = set()
    heads: dict = {}  # sub-case -> index of the last floor of a base line that is neither a part nor an alternative
    for seg in segs:
        first_in_subcase = seg.subcase not in seen_subcases
        seen_subcases.add(seg.subcase)
        if HAS_NO_EXPERIENCE[lang].search(seg.text):
            no_experience = True
        role = "other"
        if thr_mod.is_threshold_segment(seg):
            role = "thresholds"
            rows, anomalies, stray = thr_mod.parse(seg, file)
            out["thresholds"] += rows
            out["anomalies"] += anomalies
            for y in stray:
                out["anomalies"].append({
                    "code": "threshold_number_unattributed",
                    "message": f"{lang}: «{seg.text[max(0, y.start - 40):y.end]}» — a number in a threshold row "
                               "that follows no category",
                    "sources": [{"file": file, "lines": list(seg.lines)}]})
        elif alts := alt_mod.parse(seg):
            role = "alternative"
            out["alternatives"] += alts
        elif (head := heads.get(seg.subcase)) is not None and (shorter := base_mod.conditioned_floor(
                seg, out["base_experience"], head)):
            role = "base"
            out["base_experience"] += shorter
        elif _civil_service(seg) or (not first_in_subcase and not EDU_STRICT[lang].search(seg.text)
                                     and years_mod.find(lang, seg.text)):
            role = "experience_path"
            out["alternatives"].append(alt_mod.experience_path(seg))
        else:
            edu = edu_mod.parse(lang, seg.body, list(seg.lines), len(out["education"]) + 1)
            base = base_mod.parse(seg, len(out["base_experience"]))
            base_mod.attach(seg, base, edu, len(seg.text) - len(seg.body), len(out["base_experience"]))
            if edu or base:
                role = "base"
            for e in edu:
                e.pop("_span"), e.pop("_tail")
                e["subcase"], e["organisation_level"] = seg.subcase, seg.organisation_level
            out["education"] += edu
            base, paths = _paths_apart(seg, base, len(out["base_experience"]))
            top = [i for i, row in enumerate(base) if row["part_of"] is None and row["alternative_to"] is None]
            if top:
                heads[seg.subcase] = len(out["base_experience"]) + top[-1]
            out["base_experience"] += base
            out["alternatives"] += paths
            for bad in years_mod.unreadable(lang, seg.text):
                out["anomalies"].append({"code": "unreadable_years",
                                         "message": f"{lang}: «{bad}» looks like a number of years but cannot be read",
                                         "sources": [{"file": file, "lines": list(seg.lines)}]})
        out["connectors"].append({"lang": lang, "lines": list(seg.lines), "printed": seg.connector,
                                  "normalised": seg.normalised, "role": role, "subcase": seg.subcase})
        if seg.connector is None and not first_in_subcase:
            out["anomalies"].append({
                "code": "connector_missing",
                "message": f"{lang}: a line ({role}) follows another line with no connector; "
                           "whether it adds to or replaces the line before is the engine's policy",
                "sources": [{"file": file, "lines": list(seg.lines)}]})
    tie_to_education(out["base_experience"], out["education"])
    table_rows = any(c["role"] == "thresholds" for c in out["connectors"])
    if table_rows:
        archetype = "category_table"  # even if no number could be read (then reported as anomalies)
    elif any(a["kind"] != "experience_path" for a in out["alternatives"]):
        archetype = "manager"
    else:
        archetype = "fixed"
    out["archetype"] = archetype
    out["no_experience_required"] = no_experience
    out["anomalies"] += checks.table(out["thresholds"], lang, file)
    out["signature"] = signature(out["thresholds"], lang)
    return out


def _paths_apart(seg: Segment, base: list[dict], offset: int) -> tuple[list[dict], list[dict]]:
    """Floors of one row that are a path by experience alone (10.15 «E1 немесе E2 немесе ... ұйымдарда орта
    басшы құрам лауазымдарындағы жұмыс өтілі кемінде 3 жыл») become ``experience_path`` alternatives; the
    other floors stay, their ``part_of``/``alternative_to`` indexes renumbered."""
    keep = [b for b in base if not b["_path"]]
    new_index = {offset + i: offset + keep.index(b) for i, b in enumerate(base) if not b["_path"]}
    paths = []
    for b in base:
        if b.pop("_path"):
            paths.append(alt_mod.embedded_path(seg, b))
    for b in keep:
        for ref in ("part_of", "alternative_to"):
            if b[ref] is not None:
                b[ref] = new_index.get(b[ref])
    return keep, paths


def tie_to_education(base: list[dict], education: list[dict]) -> None:
    """Set ``applies_to_education`` on the floors that follow only some of the education alternatives.

    A floor printed after one alternative only («E1 немесе E2, жұмыс өтіліне талап қойылмайды немесе E3,
    педагогикалық еңбек өтілі – кемінде 5 жыл», 3.16) binds only a person who qualifies through that
    alternative: ``applies_to_education`` lists its ids. A floor that follows every alternative of its
    (sub)clause binds everyone who qualifies, and keeps ``None``.
    """
    for row in base:
        pool = ([e["id"] for e in education if e["subcase"] == row["subcase"]]
                or [e["id"] for e in education if e["subcase"] is None])
        tied = row["applies_to"]
        row["applies_to_education"] = list(tied) if tied and set(pool) - set(tied) else None


def signature(thresholds: list[dict], lang: str) -> str | None:
    """«M/E/R/S» years as printed, distinct values per category joined by «,», «–» for none."""
    rows = [t for t in thresholds if t["lang"] == lang]
    if not rows:
        return None
    parts = []
    for cat in HIGHER_CATEGORIES:
        vals = sorted({t["min_years"] for t in rows if t["category"] == cat})
        parts.append(",".join(str(v) for v in vals) if vals else "–")
    return "/".join(parts)


def structure(kk: list[dict] | None, ru: list[dict] | None, *, files: dict[str, str] | None = None) -> dict:
    """Structured requirements of one position from its kk and ru clause items.

    When both languages are given, ``compare``'s anomalies are included in ``anomalies``.
    ``files`` names the file each language's line numbers refer to (default: the shipped 001/002).
    """
    files = {**sources.tqc_files(), **(files or {})}
    per = {lang: structure_lang(items, lang, files[lang]) for lang, items in (("kk", kk), ("ru", ru)) if items}
    result: dict = {"archetype": None, "archetype_by_lang": {}, "connectors": [], "education": [], "thresholds": [],
                    "base_experience": [], "alternatives": [], "no_experience_required": False,
                    "no_experience_required_by_lang": {}, "signature": {}, "headings": [], "anomalies": []}
    for lang, s in per.items():
        for key in ("connectors", "education", "thresholds", "alternatives", "headings", "anomalies"):
            result[key] += s[key]
        offset = len(result["base_experience"])
        for row in s["base_experience"]:
            row = dict(row)
            for ref in ("part_of", "alternative_to"):
                if row[ref] is not None:
                    row[ref] += offset
            result["base_experience"].append(row)
        result["archetype_by_lang"][lang] = s["archetype"]
        result["no_experience_required_by_lang"][lang] = s["no_experience_required"]
        result["signature"][lang] = s["signature"]
    primary = PRIMARY_LANG if PRIMARY_LANG in per else next(iter(per), None)
    if primary:
        result["archetype"] = per[primary]["archetype"]
        result["no_experience_required"] = per[primary]["no_experience_required"]
    if "kk" in per and "ru" in per:
        result["anomalies"] += compare(result, result, files)
    return result
