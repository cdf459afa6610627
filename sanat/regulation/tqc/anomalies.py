"""Source defects found by code, reported as anomalies (never silently fixed).

Every anomaly is ``{"code", "message", "sources": [{"file", "lines": [a, b]}]}``
and names the lines that show the defect, in both languages where it is a
kk/ru disagreement. Codes are listed in docs/catalog-format.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sanat.regulation.tqc.competencies import Level, expected_builds_on
from sanat.regulation.tqc.grammar import Grammar
from sanat.regulation.tqc.structure import Clause, Document, Position
from sanat.vocabulary import CATEGORIES

_CANONICAL_PARAGRAPH = {"kk": re.compile(r"^\d+-параграф\.$"), "ru": re.compile(r"^Параграф \d+\.$")}
# Residues of hyperlinked law names moved by the PDF extraction (001 «Білуге тиіс»).
_GARBLED_LAWS = re.compile(r'" "|Республикасының\s*,|"\s*,\s*"\s*,')


def anomaly(code: str, message: str, *sources: tuple[str, Iterable[int]]) -> dict:
    return {"code": code, "message": message,
            "sources": [{"file": f, "lines": [min(ls), max(ls)]} for f, ls in sources]}


def numbering(doc: Document, file: str) -> dict[int, list[dict]]:
    """Clause numbers must rise by exactly 1 across the Characteristics; report breaks and reuse."""
    out: dict[int, list[dict]] = {}
    prev: Clause | None = None
    seen: dict[int, Clause] = {}
    for pi, pos in enumerate(doc.positions):
        for c in pos.clauses:
            if c.number in seen:
                first = seen[c.number]
                out.setdefault(pi, []).append(anomaly(
                    "duplicate_clause_number",
                    f"{doc.lang}: clause number {c.number} is printed twice (lines {first.first} and {c.first})",
                    (file, [first.first]), (file, [c.first])))
            elif prev and c.number != prev.number + 1:
                out.setdefault(pi, []).append(anomaly(
                    "clause_number_not_consecutive",
                    f"{doc.lang}: clause {c.number} follows clause {prev.number} (expected {prev.number + 1})",
                    (file, [prev.first]), (file, [c.first])))
            seen.setdefault(c.number, c)
            prev = c
    return out


def headings(pos: Position, doc: Document, file: str) -> list[dict]:
    """Paragraph and clause headings that are duplicated, missing, inline or misspelt."""
    out = []
    lang = doc.lang
    if pos.occurrence > 1:
        first = next(p for p in doc.positions if p.chapter == pos.chapter
                     and p.paragraph_number == pos.paragraph_number and p.occurrence == 1)
        out.append(anomaly("duplicate_paragraph_number",
                           f"{lang}: «{pos.paragraph_printed}» printed twice in chapter {pos.chapter}",
                           (file, [first.heading_first]), (file, [pos.heading_first])))
    if pos.paragraph_printed and not _CANONICAL_PARAGRAPH[lang].match(pos.paragraph_printed):
        out.append(anomaly("paragraph_label_variant", f"{lang}: paragraph label printed «{pos.paragraph_printed}»",
                           (file, [pos.heading_first])))
    for c in pos.clauses:
        if c.heading_missing:
            out.append(anomaly("missing_clause_heading",
                               f"{lang}: clause {c.number} has no heading; read as «{c.kind}» by its place",
                               (file, [c.first])))
        elif c.heading_inline:
            out.append(anomaly("inline_clause_heading",
                               f"{lang}: clause {c.number} heading «{c.heading_printed}» shares its line with text",
                               (file, [c.first])))
        if c.heading_printed and not c.heading_canonical:
            out.append(anomaly("clause_heading_variant",
                               f"{lang}: clause {c.number} heading printed «{c.heading_printed}»",
                               (file, [c.first])))
    return out


def is_garbled(text: str) -> bool:
    """Residues of hyperlinked law names moved away by the 001 PDF extraction (`" "`, «Республикасының ,»)."""
    return bool(_GARBLED_LAWS.search(text))


def garbled_laws(pos: Position, file: str) -> list[dict]:
    """001's «Білуге тиіс» law names were hyperlinks; the extraction scrambled them."""
    c = pos.clause("knowledge")
    if not c:
        return []
    bad = [it for it in c.items if is_garbled(it.text)]
    if not bad:
        return []
    return [anomaly("kk_law_list_garbled",
                    f"kk: clause {c.number} law names displaced by the PDF extraction (kept raw)",
                    (file, [bad[0].first, bad[-1].last]))]


def competency_levels(levels: list[Level], clause: Clause, g: Grammar, file: str) -> list[dict]:
    """Labels not as canonical, references to an unexpected level, missing references or levels."""
    out = []
    lang = g.lang
    for i, lv in enumerate(levels):
        canonical = g.canonical_labels[lv.category]
        if lv.label != canonical or not lv.quoted:
            out.append(anomaly("category_label_variant",
                               f"{lang}: label printed «{lv.label_printed}» (canonical «\"{canonical}\"»)",
                               (file, [lv.first])))
        expected = expected_builds_on(levels, i)
        if expected is None:
            continue
        if lv.reference is None:
            out.append(anomaly("missing_builds_on",
                               f"{lang}: «{lv.category}» level has no reference to the level it builds on",
                               (file, [lv.first])))
        elif lv.builds_on != lv.category and lv.builds_on not in {x.category for x in levels}:
            out.append(anomaly("builds_on_undefined_level",
                               f"{lang}: «{lv.category}» builds on «{lv.builds_on}», a level this list "
                               "does not define",
                               (file, [lv.reference.first, lv.reference.last])))
        elif lv.builds_on != expected:
            what = "itself" if lv.builds_on == lv.category else f"«{lv.builds_on}»"
            out.append(anomaly("irregular_builds_on",
                               f"{lang}: «{lv.category}» builds on {what} (printed «{lv.builds_on_printed}»), "
                               f"expected «{expected}»",
                               (file, [lv.reference.first, lv.reference.last])))
    cats = [lv.category for lv in levels]
    if cats:
        start = CATEGORIES.index(cats[0])
        missing = [c for c in CATEGORIES[start:] if c not in cats]
        if missing:
            out.append(anomaly("missing_category_level",
                               f"{lang}: clause {clause.number} lists {', '.join(cats)}; no {', '.join(missing)}",
                               (file, [clause.first, clause.last])))
    return out


_NON_WORD = re.compile(r"\W+")


def _compact(text: str) -> str:
    return _NON_WORD.sub("", text.lower())


def duplicate_items(items_by_block: Iterable[tuple[str, list]], lang: str, file: str) -> list[dict]:
    """An item printed twice within one clause or one competency level (001:L2118-2125 = L2126-2130)."""
    out = []
    for where, items in items_by_block:
        seen: dict[str, object] = {}
        for it in items:
            key = _compact(it.text)
            if key in seen:
                first = seen[key]
                out.append(anomaly("duplicate_item",
                                   f"{lang}: {where}: item at line {it.first} repeats the one at line {first.first}",
                                   (file, [first.first, first.last]), (file, [it.first, it.last])))
            else:
                seen[key] = it
    return out


def merged_chapter_heading(pos: Position, doc: Document, file: str) -> list[dict]:
    """A chapter heading printed on the same line as the section heading (001:L6674)."""
    ch = next((c for c in doc.chapters if c.number == pos.chapter), None)
    if ch is None or pos.paragraph_number is not None:
        return []
    for no, _title, first, last in doc.sections:
        if first <= ch.first <= last:
            return [anomaly("chapter_heading_merged",
                            f"{doc.lang}: chapter {ch.number} heading is printed inside the section {no} heading",
                            (file, [first, last]))]
    return []


def document_level(kk: Document, ru: Document, kk_file: str, ru_file: str) -> list[dict]:
    """Defects of a whole text: inconsistent section labels, chapters or sections one language lacks."""
    out = []
    for doc, file in ((kk, kk_file), (ru, ru_file)):
        forms = {re.sub(r"\d+", "N", title.split(".")[0]) for _, title, _, _ in doc.sections}
        if len(forms) > 1:
            out.append(anomaly("section_label_inconsistent",
                               f"{doc.lang}: section headings printed in {len(forms)} forms: {', '.join(sorted(forms))}",
                               *[(file, [a, b]) for _, _, a, b in doc.sections]))
    for have, lack, file in ((kk, ru, kk_file), (ru, kk, ru_file)):
        missing = [c for c in have.chapters if c.number not in {x.number for x in lack.chapters}]
        if missing:
            out.append(anomaly(f"{lack.lang}_chapters_missing",
                               f"{lack.lang}: chapters {', '.join(str(c.number) for c in missing)} are absent "
                               f"(present in {have.lang})",
                               (file, [missing[0].first, missing[-1].last])))
        gone = [s for s in have.sections if s[0] not in {x[0] for x in lack.sections}]
        if gone:
            out.append(anomaly(f"{lack.lang}_sections_missing",
                               f"{lack.lang}: section {', '.join(str(s[0]) for s in gone)} heading absent "
                               f"(present in {have.lang})", *[(file, [s[2], s[3]]) for s in gone]))
    return out
