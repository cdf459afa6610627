"""Fill the ru side of positions that 002 lacks from the vacancy notice (004) that quotes them.

002 holds only chapters 9-10, so 67 positions have no official ru text. A school's
notice quotes some of them; that quotation becomes the position's ru text, marked
``source.ru.provenance = "vacancy_notice"`` (its line numbers refer to the notice
file named in ``source.ru.file``). An official ru text is never overwritten.
Matching a notice section to a position is the notice module's job
(docs/notice-format.md); this module only merges.
"""

from __future__ import annotations

from pathlib import Path

from sanat.regulation.cleaning import BOOKMARK_RE, normalise_spaces
from sanat.regulation.notice import notice_export, parse_notice, ru_text
from sanat.regulation.sources import load, spec
from sanat.regulation.tqc.align import competency_levels, item_counts
from sanat.regulation.tqc.competencies import is_optional
from sanat.vocabulary import CATEGORIES


def _merge_competencies(pos: dict, quoted: dict, src) -> None:
    comp = pos["competencies"]
    for cat, blk in quoted.items():
        entry = comp.get(cat)
        if entry is None:
            entry = comp[cat] = {
                "label": {"kk": None, "ru": None}, "label_printed": {"kk": None, "ru": None}, "builds_on": None,
                "builds_on_by_lang": {"kk": None, "ru": None}, "builds_on_text": {"kk": None, "ru": None},
                "items": {"kk": None, "ru": None}, "lines": {"kk": None, "ru": None},
                "number": {"kk": None, "ru": None},
            }
        entry["label"]["ru"] = blk.get("label")
        entry["label_printed"]["ru"] = normalise_spaces(BOOKMARK_RE.sub("", src.line(blk["lines"][0])))
        entry["builds_on_by_lang"]["ru"] = blk.get("builds_on")
        entry["builds_on_text"]["ru"] = (blk.get("reference") or {}).get("text")
        entry["items"]["ru"] = [{**it, "optional": is_optional(it["text"])} for it in blk.get("items") or []]
        entry["lines"]["ru"] = blk.get("lines")
        entry["number"]["ru"] = blk.get("number")
        if entry["label"]["kk"] is None:
            entry["builds_on"] = entry["builds_on_by_lang"]["ru"]
    pos["competencies"] = {c: comp[c] for c in CATEGORIES if c in comp}


def merge_notice(catalog: dict, sources_dir: Path | str | None, structure_requirements) -> None:
    """Add ``vacancy_notices`` and the quoted ru texts to ``catalog`` in place."""
    folder = Path(sources_dir) if sources_dir else None
    src = load("notice", folder if folder and (folder / spec("notice").file).is_file() else None)
    notice = parse_notice(src)
    catalog["sources"].append(src.provenance())
    positions = catalog["positions"]
    by_id = {p["id"]: p for p in positions}
    # One matching pass: the export carries each section's match (quoted_positions would
    # match again); the first section quoting a position wins, as in quoted_positions.
    exported = notice_export(notice, positions)
    quoted: dict = {}
    for sec in exported["sections"]:
        if sec["position"] and sec["position"] not in quoted:
            quoted[sec["position"]] = notice.sections[sec["index"]]
    for pid, section in quoted.items():
        pos = by_id[pid]
        if pos["title"]["ru"] is not None:
            continue
        q = ru_text(section, notice.file)
        pos["title"]["ru"] = q["title"]
        pos["duties"]["ru"] = q["duties"]
        pos["knowledge"]["ru"] = q["knowledge"]
        _merge_competencies(pos, q["competencies"], src)
        pos["source"]["ru"] = q["source"]
        kk_req = pos["requirements"]["text"]["kk"]
        kk_file = pos["source"]["kk"]["file"]
        structured = structure_requirements(kk_req, q["requirements"], {"kk": kk_file, "ru": notice.file})
        stale = {id(a) for a in pos["requirements"].get("anomalies", [])}  # kk-only findings, now redone
        pos["anomalies"] = [a for a in pos["anomalies"] if id(a) not in stale]
        pos["requirements"] = {"text": {"kk": kk_req, "ru": q["requirements"]}, **structured}
        pos["anomalies"].extend(item_counts(pos, kk_file, notice.file))
        pos["anomalies"].extend(competency_levels(pos, kk_file, notice.file))
        pos["anomalies"].extend(structured.get("anomalies", []))
    catalog["vacancy_notices"] = [exported]
