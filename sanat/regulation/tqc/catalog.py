"""The Order 338 catalog: 001 (kk) and 002 (ru) parsed, aligned and exported as one dict.

``build_catalog(sources_dir=None)`` is the interface (docs/catalog-contract.md,
final shape in docs/catalog-format.md). Everything is derived from the texts:
change a number in a source file and the catalog changes.
"""

from __future__ import annotations

from pathlib import Path

from sanat.regulation import sources as src_mod
from sanat.regulation.requirements import structure
from sanat.regulation.tqc import anomalies as an
from sanat.regulation.tqc.align import align
from sanat.regulation.tqc.amendments import parse_note
from sanat.regulation.tqc.competencies import Level, is_optional, split_levels
from sanat.regulation.tqc.grammar import CLAUSE_KINDS, GRAMMARS
from sanat.regulation.tqc.notice_merge import merge_notice
from sanat.regulation.tqc.parse import parse_kk, parse_ru
from sanat.regulation.tqc.structure import Clause, Document, Position
from sanat.vocabulary import CATEGORIES, LANGS

SCHEMA_VERSION = "1.1"
ORDER = "338"


def position_id(pos: Position) -> str:
    """Stable id: 338-CC-PP[-occurrence]; a chapter without paragraphs is 338-CC."""
    if pos.paragraph_number is None:
        return f"{ORDER}-{pos.chapter:02d}"
    base = f"{ORDER}-{pos.chapter:02d}-{pos.paragraph_number:02d}"
    return base if pos.occurrence == 1 else f"{base}-{pos.occurrence}"


def _items(clause: Clause | None) -> list[dict] | None:
    return [it.as_dict() for it in clause.items] if clause else None


def _competency_item(it) -> dict:
    return {**it.as_dict(), "optional": is_optional(it.text)}


def _flag_garbled(items: list[dict] | None) -> list[dict] | None:
    """Mark 001 «Білуге тиіс» items whose law names the extraction scrambled (text kept raw)."""
    for it in items or []:
        if an.is_garbled(it["text"]):
            it["flags"] = ["garbled_hyperlinks"]
    return items


def _level_dict(lv: Level | None) -> dict | None:
    if lv is None:
        return None
    return {
        "label": lv.label, "label_printed": lv.label_printed, "number": lv.number,
        "builds_on": lv.builds_on, "builds_on_printed": lv.builds_on_printed,
        "reference": lv.reference.as_dict() if lv.reference else None,
        "items": [_competency_item(it) for it in lv.items], "lines": [lv.first, lv.last],
    }


def competencies(levels: dict[str, list[Level] | None]) -> dict:
    """Merge the kk and ru level lists by category, in canonical order (pedagog … master)."""
    present = {lv.category for lang in LANGS for lv in levels.get(lang) or []}
    order = [c for c in CATEGORIES if c in present]
    out = {}
    for cat in order:
        per = {lang: next((lv for lv in (levels.get(lang) or []) if lv.category == cat), None)
               for lang in LANGS}
        d = {lang: _level_dict(lv) for lang, lv in per.items()}
        printed = per["kk"] or per["ru"]
        out[cat] = {
            "label": {lang: (lv.label if lv else None) for lang, lv in per.items()},
            "label_printed": {lang: (lv.label_printed if lv else None) for lang, lv in per.items()},
            "builds_on": printed.builds_on,
            "builds_on_by_lang": {lang: (lv.builds_on if lv else None) for lang, lv in per.items()},
            "builds_on_text": {lang: (lv.reference.text if lv and lv.reference else None)
                               for lang, lv in per.items()},
            "items": {lang: (v["items"] if v else None) for lang, v in d.items()},
            "lines": {lang: (v["lines"] if v else None) for lang, v in d.items()},
            "number": {lang: (lv.number if lv else None) for lang, lv in per.items()},
        }
    return out


def structure_requirements(kk_items: list[dict] | None, ru_items: list[dict] | None,
                           files: dict[str, str]) -> dict:
    """The structured requirements owned by ``sanat.regulation.requirements`` (its contract keys)."""
    return structure(kk_items, ru_items, files=files)


def _ru_key(pos: Position) -> tuple[int, int | None, int]:
    return pos.chapter, pos.paragraph_number, pos.occurrence


def _split_all_levels(doc: Document) -> dict[int, list[Level]]:
    """{id(clause): levels} for every competencies clause of ``doc``.

    Split once per build: both the anomaly checks and the export read the levels (neither
    changes them); ``doc`` holds its clauses for the whole build, so their ids stay unique.
    """
    g = GRAMMARS[doc.lang]
    return {id(c): split_levels(c, g)[1] for pos in doc.positions if (c := pos.clause("competencies"))}


def _document_anomalies(doc: Document, file: str, split: dict[int, list[Level]]) -> dict[int, list[dict]]:
    g = GRAMMARS[doc.lang]
    per = an.numbering(doc, file)
    for i, pos in enumerate(doc.positions):
        lst = per.setdefault(i, [])
        lst.extend(an.headings(pos, doc, file))
        if doc.lang == "kk":
            lst.extend(an.garbled_laws(pos, file))
        lst.extend(an.merged_chapter_heading(pos, doc, file))
        # requirements are left out: their sub-cases (1)…4), oblast/district) repeat lines by design
        blocks = [(f"clause {c.printed_number}", c.items) for c in pos.clauses if c.kind in ("duties", "knowledge")]
        c = pos.clause("competencies")
        if c:
            levels = split[id(c)]
            lst.extend(an.competency_levels(levels, c, g, file))
            blocks += [(f"clause {c.printed_number} «{lv.category}»", lv.items) for lv in levels]
        lst.extend(an.duplicate_items(blocks, doc.lang, file))
    return per


def build_position(kk: Position, ru: Position | None, kk_file: str, ru_file: str,
                   ru_chapter_title: str | None, split: dict[int, list[Level]]) -> dict:
    """One position of the catalog; ``split`` holds the competency levels (``_split_all_levels``)."""
    clauses = {}
    for kind in CLAUSE_KINDS:
        ck, cr = kk.clause(kind), (ru.clause(kind) if ru else None)
        if ck is None and cr is None:
            clauses[kind] = None
            continue
        clauses[kind] = {
            "kk": ck.printed_number if ck else None,
            "ru": cr.printed_number if cr else None,
            "number": (ck or cr).number,
            "heading": {"kk": ck.heading_printed if ck else None, "ru": cr.heading_printed if cr else None},
            "lines": {"kk": [ck.first, ck.last] if ck else None, "ru": [cr.first, cr.last] if cr else None},
            "amended_by": [],  # the version of this clause per language: notes that changed it
        }
    levels = {}
    for lang, pos in (("kk", kk), ("ru", ru)):
        c = pos.clause("competencies") if pos else None
        levels[lang] = split[id(c)] if c else None
    req_kk = _items(kk.clause("requirements"))
    req_ru = _items(ru.clause("requirements")) if ru else None
    requirements = {"text": {"kk": req_kk, "ru": req_ru}}
    requirements.update(structure_requirements(req_kk, req_ru, {"kk": kk_file, "ru": ru_file}))
    return {
        "id": position_id(kk),
        "chapter": kk.chapter,
        "chapter_title": {"kk": kk.chapter_title, "ru": ru_chapter_title},
        "paragraph": None if kk.paragraph_number is None else {
            "printed": kk.paragraph_printed, "number": kk.paragraph_number, "occurrence": kk.occurrence,
            "printed_by_lang": {"kk": kk.paragraph_printed, "ru": ru.paragraph_printed if ru else None},
        },
        "title": {"kk": kk.title, "ru": ru.title if ru else None},
        "clauses": clauses,
        "duties": {"kk": _items(kk.clause("duties")), "ru": _items(ru.clause("duties")) if ru else None},
        "knowledge": {"kk": _flag_garbled(_items(kk.clause("knowledge"))),
                      "ru": _items(ru.clause("knowledge")) if ru else None},
        "requirements": requirements,
        "competencies": competencies(levels),
        "amendments": [],
        "anomalies": [],
        "source": {
            "kk": {"file": kk_file, "lines": [kk.heading_first, kk.last], "provenance": "official"},
            "ru": {"file": ru_file, "lines": [ru.heading_first, ru.last], "provenance": "official"} if ru else None,
        },
    }


def build_catalog(sources_dir: Path | str | None = None) -> dict:
    """Parse 001 and 002 from ``sources_dir`` (default: shipped texts) into the catalog dict.

    A file missing from ``sources_dir`` falls back to the shipped one (as ``load_all``);
    a ``sources_dir`` that is not a folder is an error, not a silent fallback.
    """
    if sources_dir and not Path(sources_dir).is_dir():
        raise src_mod.SourceError(f"{sources_dir}: not a folder")
    kk_src = src_mod.load("tqc_kk", sources_dir if _has(sources_dir, "tqc_kk") else None)
    ru_src = src_mod.load("tqc_ru", sources_dir if _has(sources_dir, "tqc_ru") else None)
    kk_doc, ru_doc = parse_kk(kk_src), parse_ru(ru_src)
    split = {**_split_all_levels(kk_doc), **_split_all_levels(ru_doc)}
    kk_an = _document_anomalies(kk_doc, kk_src.file, split)
    ru_an = _document_anomalies(ru_doc, ru_src.file, split)
    ru_by_key = {_ru_key(p): (i, p) for i, p in enumerate(ru_doc.positions)}
    ru_titles = {c.number: c.title for c in ru_doc.chapters}
    positions, used = [], set()
    for i, kk in enumerate(kk_doc.positions):
        ri, ru = ru_by_key.get(_ru_key(kk), (None, None))
        if ru is not None:
            used.add(ri)
        p = build_position(kk, ru, kk_src.file, ru_src.file, ru_titles.get(kk.chapter) if ru else None, split)
        p["anomalies"].extend(kk_an.get(i, []))
        if ru is not None:
            p["anomalies"].extend(ru_an.get(ri, []))
        p["anomalies"].extend(align(kk, ru, p, kk_src.file, ru_src.file))
        p["anomalies"].extend(p["requirements"].get("anomalies", []))
        positions.append(p)
    top_anomalies = an.document_level(kk_doc, ru_doc, kk_src.file, ru_src.file)
    top_anomalies += [an.anomaly("ru_position_without_kk", f"ru: {p.title}", (ru_src.file, [p.heading_first]))
                      for i, p in enumerate(ru_doc.positions) if i not in used]
    order_amendments = _attach_notes(positions, ((kk_doc, kk_src.file), (ru_doc, ru_src.file)))
    catalog = {
        "schema_version": SCHEMA_VERSION,
        "sources": [kk_src.provenance(), ru_src.provenance()],
        "order": {"number": ORDER, "sections": _sections(kk_doc, ru_doc),
                  "chapters": _chapters(kk_doc, ru_doc)},
        "positions": positions,
        "amendments": order_amendments,
        "anomalies": top_anomalies,
        "vacancy_notices": [],
    }
    merge_notice(catalog, sources_dir, structure_requirements)
    return catalog


def _attach_notes(positions: list[dict], docs: tuple[tuple[Document, str], ...]) -> list[dict]:
    """Put each amendment note on the position whose clause it follows; return the order-level rest.

    A note follows the last item of the clause it annotates, so the clause it physically
    follows is its owner; the «Пункт N» it prints is compared with that clause's number.
    """
    by_id = {p["id"]: p for p in positions}
    rest = []
    for doc, file in docs:
        owner = {id(c): position_id(pos) for pos in doc.positions for c in pos.clauses}
        for note in doc.notes:
            ev = parse_note(note, doc.lang, file)
            pos = by_id.get(owner.get(id(note.clause))) if note.clause and note.part == "characteristics" else None
            if pos is None:
                rest.append(ev)
                continue
            pos["amendments"].append(ev)
            clause_entry = pos["clauses"].get(note.clause.kind)
            if clause_entry is not None:
                clause_entry["amended_by"].append({k: ev[k] for k in ("lang", "kind", "order_no", "order_date")})
            if ev["clause"] and ev["clause"] != note.clause.printed_number:
                pos["anomalies"].append(an.anomaly(
                    "amendment_clause_mismatch",
                    f"{doc.lang}: note for clause {ev['clause']} follows clause {note.clause.printed_number}",
                    (file, ev["lines"])))
    return rest


def _has(folder: Path | str | None, key: str) -> bool:
    return bool(folder) and (Path(folder) / src_mod.spec(key).file).is_file()


def _sections(kk: Document, ru: Document) -> list[dict]:
    out = {}
    for doc in (kk, ru):
        for no, title, a, b in doc.sections:
            out.setdefault(no, {"number": no, "title": {"kk": None, "ru": None}, "lines": {"kk": None, "ru": None}})
            out[no]["title"][doc.lang] = title
            out[no]["lines"][doc.lang] = [a, b]
    return [out[k] for k in sorted(out)]


def _chapters(kk: Document, ru: Document) -> list[dict]:
    out = {}
    for doc in (kk, ru):
        for c in doc.chapters:
            out.setdefault(c.number, {"number": c.number, "section": c.section,
                                      "title": {"kk": None, "ru": None}, "lines": {"kk": None, "ru": None}})
            out[c.number]["title"][doc.lang] = c.title
            out[c.number]["lines"][doc.lang] = [c.first, c.last]
    return [out[k] for k in sorted(out)]
