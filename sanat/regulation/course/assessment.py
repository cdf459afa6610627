"""Methodological provision (section 7, with the self-assessment criteria and tools) and
the assessment of learning outcomes (section 8: final attestation, rubric, certificate)."""

from __future__ import annotations

import re

from .doc import Doc, item, span

NUMBERED_RE = re.compile(r"^(\d+)\.\s+(\S.*)$")
SCALE_RE = re.compile(r"^(\d)\s*–\s*(.+?)\s*→\s*(\d)\s*–\s*(.+)$")
PASS_MARK_RE = r"(шекті|өту|ең төменгі|минималды|ең аз)\s+балл|проходн|пороговый балл"


def _name_qualifier(text: str) -> tuple[str, str | None]:
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", text)
    return (m.group(1), m.group(2)) if m else (text, None)


def numbered_blocks(doc: Doc, start: int, end: int) -> list[dict]:
    """«1. Heading» lines each followed by a list (an optional «(note)» line first)."""
    out = []
    for no in doc.nonblank(start, end):
        m = NUMBERED_RE.match(doc.clean(no))
        if not m or doc.clean(no).endswith((".", ";")):
            continue
        first = doc.next_nonblank(no, end)
        note = None
        if first and re.fullmatch(r"\(.+\)", doc.clean(first)):
            note, first = item(doc.clean(first)[1:-1], first), doc.next_nonblank(first, end)
        out.append({"number": int(m.group(1)), "title": item(m.group(2), no), "note": note,
                    "items": doc.list_after(no, end, first=first)})
    return out


def module_lists(doc: Doc, start: int, end: int, titles: dict[int, str], what: str) -> list[dict]:
    """«N-модуль. Title» lines each followed by a list; an item glued to the title is split off."""
    out = []
    for no in doc.nonblank(start, end):
        m = re.match(r"^(\d+)-модуль\.\s*(.+)$", doc.clean(no))
        if not m:
            continue
        num, rest = int(m.group(1)), m.group(2)
        title = titles.get(num)
        glued = None
        if title and rest.startswith(title) and rest != title:
            glued = rest[len(title):].strip().rstrip(".;")
            doc.anomalies.add("item_glued_to_heading", f"{what}, module {num}: the first item «{glued}» is "
                              "printed on the module's title line", no)
        elif title and rest != title:
            doc.anomalies.add("module_title_mismatch", f"{what}: module {num} titled «{rest}», "
                              f"section 5 has «{title}»", no)
        items = doc.list_after(no, end, first=no if glued else None)
        if glued:
            items[0]["text"] = glued
        out.append({"module": num, "lines": [no, span(items)[1]], "items": items})
    return out


def parse_self_assessment(doc: Doc, start: int, end: int) -> dict:
    """Scope, the criteria table with its 1–5 anchors, the tools, the final self-assessment, the note."""
    scope_h = doc.need(r"өзін-өзі бағалау критерийлері$", start, end)
    scope_intro = doc.next_nonblank(scope_h, end)
    header = doc.need(r"^Критерийлер Бағаланатын аспектілер", start, end)
    criteria = []
    no = header
    for no in doc.nonblank(header + 1, end):
        if not doc.is_row(no):
            break
        cells = doc.cells(no)
        if re.fullmatch(r"-+", cells[0]):
            continue
        if cells[0] == doc.cells(header)[0]:  # the header printed again
            rule = doc.next_nonblank(no, end)
            nxt = doc.next_nonblank(rule, end) if rule else None
            has_rows = nxt is not None and doc.is_row(nxt) and not re.fullmatch(r"-+", doc.cells(nxt)[0])
            if rule and re.fullmatch(r"-+", doc.cells(rule)[0]) and not has_rows:
                doc.anomalies.add("empty_duplicate_table", "the criteria table header is printed again, "
                                  "with a rule row and no data rows", [no, rule])
            break
        m = SCALE_RE.match(cells[2])
        if not m:
            raise ValueError(f"line {no}: scale cell {cells[2]!r} not «1 – … → 5 – …»")
        criteria.append({"number": len(criteria) + 1, "criterion": cells[0], "aspects": cells[1],
                         "scale": {"min": int(m.group(1)), "max": int(m.group(3)),
                                   "anchors": {m.group(1): m.group(2), m.group(3): m.group(4)}},
                         "lines": [no, no]})
    tools_h = doc.need(r"^Тыңдаушылардың кәсіби өзін-өзі бағалау құралдары$", start, end)
    final_h = doc.need(r"^Бағдарлама аяқталғаннан кейінгі қорытынды өзін-өзі бағалау$", start, end)
    note_h = doc.need(r"^Ескертпе$", start, end)
    note_text, note_lines = doc.paragraph(doc.next_nonblank(note_h, end), end)
    affects = False if re.search(r"бағаға әсер етпейді", note_text) else (
        True if re.search(r"бағаға әсер етеді", note_text) else None)
    return {
        "scope": {"intro": item(doc.clean(scope_intro), scope_intro), "levels": doc.list_after(scope_intro, end)},
        "criteria": criteria,
        "tools": [_tool(b) for b in _parts(doc, tools_h + 1, final_h - 1)],
        "final": _parts(doc, final_h + 1, note_h - 1),
        "note": item(note_text, *note_lines),
        "affects_final_grade": affects,
    }


def _tool(block: dict) -> dict:
    name, qualifier = _name_qualifier(block["title"]["text"])
    return {**block, "name": name, "qualifier": qualifier}


def _parts(doc: Doc, start: int, end: int) -> list[dict]:
    """Numbered parts: heading (may wrap), then an intro ending with «:» and a list, or questions."""
    out = []
    no = start
    while (no := doc.find(r"^\d+\.\s+\S", no, end)) is not None:
        title, lines = doc.paragraph(no, end)
        m = NUMBERED_RE.match(title)
        nxt = doc.next_nonblank(lines[1], end)
        part = {"number": int(m.group(1)), "title": item(m.group(2), *lines)}
        if m2 := re.search(r"(\d+)-ден\s+(\d+)-ке дейінгі шкала", title):
            part["scale"] = {"min": int(m2.group(1)), "max": int(m2.group(2))}
        if m2 := re.search(r"\((\d+)–(\d+)\s+айға\)", title):
            part["period_months"] = [int(m2.group(1)), int(m2.group(2))]
        if nxt and doc.clean(nxt).endswith(":"):
            part["intro"] = item(doc.clean(nxt), nxt)
            part["items"] = doc.list_after(nxt, end)
        else:
            qs = []
            for q in doc.nonblank(lines[1] + 1, end):
                if not doc.clean(q).endswith("?"):
                    break
                qs.append(item(doc.clean(q), q))
            part["questions"] = qs
        out.append(part)
        no = span(part.get("items") or part.get("questions") or [part["title"]])[1] + 1
    return out


def parse_principles(doc: Doc, start: int, end: int) -> list[dict]:
    """«Name — description;» lines; a line without « — » continues the previous one."""
    out: list[dict] = []
    for no in doc.nonblank(start, end):
        text = doc.clean(no)
        if " — " in text:
            name, desc = text.split(" — ", 1)
            out.append({"name": name, "description": desc, "lines": [no, no]})
        elif out:
            out[-1]["description"] += " " + text
            out[-1]["lines"][1] = no
        if text.endswith("."):
            break
    for p in out:
        p["description"] = p["description"].rstrip(".;")
    return out


def parse_rubric(doc: Doc, start: int, end: int) -> dict:
    """«Қорытынды жобаны бағалау критерийлері» table: criteria, max points, stated total."""
    title = doc.need(r"^Қорытынды жобаны бағалау критерийлері", start, end)
    header = next(no for no in doc.nonblank(title + 1, end) if doc.is_row(no))
    rows, total, no = [], None, header
    for no in doc.nonblank(header + 1, end):
        if not doc.is_row(no):
            break
        name, points = doc.cells(no)[:2]
        m = re.fullmatch(r"(\d+)(?:\s*балл)?", points)
        if re.match(r"Қорытынды балл", name):
            total = {"stated": int(m.group(1)) if m else None, "lines": [no, no]}
        else:
            rows.append({"number": len(rows) + 1, "criterion": name,
                         "max_points": int(m.group(1)) if m else None, "lines": [no, no]})
    computed = sum(r["max_points"] or 0 for r in rows)
    if total is None or total["stated"] != computed:
        doc.anomalies.add("rubric_sum_mismatch", f"rubric criteria add up to {computed} points, stated total "
                          f"{total and total['stated']}", [header, no])
    return {"title": item(doc.clean(title).rstrip(":"), title), "header": doc.cells(header),
            "criteria": rows, "total": {**(total or {}), "computed": computed}}


def find_pass_mark(doc: Doc) -> dict | None:
    """A pass mark, if the text states one anywhere."""
    no = doc.find(PASS_MARK_RE)
    if no is None:
        return None
    m = re.search(r"(\d+)\s*балл", doc.clean(no))
    return {"points": int(m.group(1)) if m else None, "text": doc.clean(no), "lines": [no, no]}


CONDITION_CODES = (  # (code, words that must all occur in a condition)
    ("all_modules_mastered", ("модуль", "меңгер")),
    ("practical_tasks_done", ("тапсырма", "орында")),
    ("final_work_defended", ("жұмыс", "қорға")),
    ("course_completed", ("аяқта",)),
)


def parse_certificate(doc: Doc, ranges: list[tuple[int, int]]) -> dict:
    """Every statement on the completion document; the rule is the union of their conditions."""
    statements = []
    for start, end in ranges:
        no = start
        while (no := doc.find(r"(куәлік|сертификат)", no, end)) is not None:
            text, lines = doc.paragraph_around(no)
            dm = re.search(r"(куәлік|сертификат)\s*\(немесе\s+(куәлік|сертификат)\)", text)
            hm = re.search(r"(\d+)\s+академиялық сағат", text)
            cond_text = re.split(r"\s+тыңдаушыларға\b", text)[0]
            conds = []
            for c in re.split(r",\s*|\s+және\s+", cond_text):
                code = next((k for k, words in CONDITION_CODES if all(w in c.lower() for w in words)), None)
                if code:
                    conds.append({"code": code, "text": c.strip()})
            statements.append({"text": text, "lines": lines,
                               "document": {"primary": dm.group(1), "alternative": dm.group(2)} if dm else None,
                               "hours": int(hm.group(1)) if hm else None, "conditions": conds})
            no = lines[1] + 1
    names = {(s["document"]["primary"], s["document"]["alternative"]) for s in statements if s["document"]}
    if len(names) > 1:
        doc.anomalies.add("document_name_inconsistent", "the completion document is named "
                          + " / ".join(f"«{a} (немесе {b})»" for a, b in sorted(names)),
                          *[s["lines"] for s in statements])
    hours = {s["hours"] for s in statements if s["hours"] is not None}
    if len(hours) > 1:
        doc.anomalies.add("certificate_hours_inconsistent", f"the completion document attests {sorted(hours)} hours",
                          *[s["lines"] for s in statements])
    codes = []
    for s in statements:
        codes += [c["code"] for c in s["conditions"] if c["code"] not in codes]
    return {"statements": statements, "hours": hours.pop() if len(hours) == 1 else None,
            "document_names": sorted(f"{a} (немесе {b})" for a, b in names), "conditions": codes,
            "min_score": None}
