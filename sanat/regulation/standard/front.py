"""The order and the standard's chapters and clauses 1–11 (everything before Appendix 1).

The order is read from its numbered items, signature row, «КЕЛІСІЛДІ» block and
approval stamp; the standard from its chapter headings («N-тарау.»), clauses
(«N.»), sub-items («N)») and unnumbered paragraphs. The named parts (purpose,
scope, terms, abbreviations, professional group and subgroups, professions) are
found by the words that introduce them, not by clause number.
"""

from __future__ import annotations

import re

from sanat.regulation.sources import SourceText
from sanat.regulation.standard.table import SEP, Anomalies, span, split_row

ITEM_RE = re.compile(r"^(\d+)\.\s*(.+)$")
SUBITEM_RE = re.compile(r"^(\d+)\)\s*(.+)$")
CHAPTER_RE = re.compile(r"^(\d+)-\s*тарау\.\s*(.+)$")
TITLE_RE = re.compile(r'^"(.+)"\s*кәсіптік стандарты$')
ORDER_NO_RE = re.compile(r"№\s*(\d+)")
DATE_RE = re.compile(r"(\d{4})\s*жылғы\s*(\d{1,2})\s*([а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі)")
MONTHS = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
          "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
PROFESSION_RE = re.compile(
    r"(\d+)-қосымшаға сәйкес\s+(.+?)\s+[–-]\s+СБШ бойынша(\s*)(\d+)(?:\s*-\s*(\d+))?\s*деңгей")
DASH = " – "


def _lines(src: SourceText, first: int, last: int) -> list[tuple[int, str]]:
    return [(n, src.line(n).strip()) for n in range(first, last + 1) if src.line(n).strip()]


def parse_order(src: SourceText, last: int, an: Anomalies) -> tuple[dict, int]:
    """The order: preamble, items with sub-items, signature, agreement, approval stamp.

    Returns the order and the line of the standard's title (where the standard begins).
    """
    lines = _lines(src, 1, last)
    order: dict = {"preamble": None, "items": [], "signature": None, "agreed_by": None,
                   "approval": None, "lines": span(lines[0][0] if lines else 1)}
    title_line = 0
    agreed: list[tuple[int, str]] | None = None
    for n, text in lines:
        raw = src.line(n)
        if TITLE_RE.match(text):
            title_line = n
            break
        if SEP in raw:
            row = split_row(n, raw)
            if row.leading_empty:
                order["approval"] = _approval(row.filled[0], n, an)
                agreed = None
            else:
                order["signature"] = {"position": row.cells[0], "name": row.cells[-1], "lines": span(n)}
                an.glued_words(row.cells[0], "order/signature", n)
            continue
        if text.strip('"') == "КЕЛІСІЛДІ":
            agreed = []
            continue
        if agreed is not None:
            agreed.append((n, text))
            order["agreed_by"] = {"text": " ".join(t for _, t in agreed), "lines": span(agreed[0][0], n)}
            continue
        if m := ITEM_RE.match(text):
            order["items"].append({"number": m.group(1), "text": m.group(2), "items": [], "lines": span(n)})
        elif (m := SUBITEM_RE.match(text)) and order["items"]:
            order["items"][-1]["items"].append({"number": m.group(1), "text": m.group(2), "lines": span(n)})
            order["items"][-1]["lines"][1] = n
        elif order["preamble"] is None:
            order["preamble"] = {"text": text, "lines": span(n)}
        order["lines"][1] = n
    if not title_line:
        an.add("missing_title", "standard", (1, last), "no «\"…\" кәсіптік стандарты» title line")
    return order, title_line


def _approval(text: str, line: int, an: Anomalies) -> dict:
    no = ORDER_NO_RE.search(text)
    d = DATE_RE.search(text)
    date = None
    if d and (month := MONTHS.get(d.group(3))):
        date = f"{int(d.group(1)):04d}-{month:02d}-{int(d.group(2)):02d}"
    if not no or not date:
        an.add("approval_stamp", "order/approval", line, "order number or date not found", text)
    an.glued_words(text, "order/approval", line)
    return {"text": text, "order_no": no.group(1) if no else None, "date": date, "lines": span(line)}


def parse_standard_text(src: SourceText, first: int, last: int, an: Anomalies) -> dict:
    """Chapters and clauses of the standard between its title and Appendix 1."""
    lines = _lines(src, first, last)
    title = TITLE_RE.match(lines[0][1]) if lines else None
    chapters: list[dict] = []
    clauses: list[dict] = []
    target: dict | None = None
    for n, text in lines[1:]:
        if m := CHAPTER_RE.match(text):
            chapters.append({"number": m.group(1), "title": m.group(2), "paragraphs": [], "lines": span(n)})
            target = chapters[-1]
        elif m := ITEM_RE.match(text):
            clauses.append({"number": m.group(1), "chapter": chapters[-1]["number"] if chapters else None,
                            "text": m.group(2), "items": [], "paragraphs": [], "lines": span(n)})
            target = clauses[-1]
        elif (m := SUBITEM_RE.match(text)) and target is not None and "items" in target:
            target["items"].append({"number": m.group(1), "text": m.group(2), "lines": span(n)})
        elif target is not None:
            target["paragraphs"].append({"text": text, "lines": span(n)})
        else:
            an.add("unplaced_text", "standard", n, "text before the first chapter", text[:80])
            continue
        if target is not None:
            target["lines"][1] = n
        if chapters:
            chapters[-1]["lines"][1] = n
    numbers = [int(c["number"]) for c in clauses]
    if numbers != list(range(1, len(numbers) + 1)):
        an.add("numbering_irregular", "standard/clauses", (first, last), f"clauses run {numbers}")
    return {"title": title.group(1) if title else None, "title_lines": span(lines[0][0]) if lines else None,
            "chapters": chapters, "clauses": clauses, **_named_parts(clauses, an)}


def _find(clauses: list[dict], words: str) -> dict | None:
    return next((c for c in clauses if words in c["text"].lower()), None)


def _split_dash(text: str) -> tuple[str, str | None]:
    head, sep, tail = text.partition(DASH)
    return (head.strip(), tail.strip().rstrip(";.")) if sep else (text.strip(), None)


def _named_parts(clauses: list[dict], an: Anomalies) -> dict:
    """Purpose, scope, terms, abbreviations, groups and professions, by their introducing words."""
    out: dict = {}
    name = _find(clauses, "стандарттың атауы")
    if name:
        out["name"] = {"text": name["text"].split(":", 1)[-1].strip().rstrip(".").strip('"'),
                       "clause": name["number"], "lines": name["lines"][:1] * 2}
        paras = name["paragraphs"]
        purpose = next((p for p in paras if p["text"].lower().startswith("кәсіптік стандартты әзірлеудің мақсаты")),
                       None)
        out["purpose"] = {"text": purpose["text"].split(":", 1)[1].strip(), "clause": name["number"],
                          "lines": purpose["lines"]} if purpose else None
        out["description"] = [p for p in paras if p is not purpose]
    scope = _find(clauses, "қолданылу саласы")
    out["scope"] = {"clause": scope["number"], "items": scope["items"], "lines": scope["lines"]} if scope else None
    terms = _find(clauses, "терминдер мен анықтамалар")
    out["terms"] = [
        {"number": i["number"], "term": t, "definition": d, "clause": terms["number"], "lines": i["lines"]}
        for i in (terms["items"] if terms else []) for t, d in [_split_dash(i["text"])]]
    abbr = _find(clauses, "қысқартулар")
    out["abbreviations"] = [
        {"abbreviation": t, "expansion": d, "clause": abbr["number"], "lines": p["lines"]}
        for p in (abbr["paragraphs"] if abbr else []) for t, d in [_split_dash(p["text"])]]
    group = _find(clauses, "кәсіби топ")
    out["professional_group"] = {"text": group["paragraphs"][0]["text"], "clause": group["number"],
                                 "lines": group["paragraphs"][0]["lines"]} if group and group["paragraphs"] else None
    sub = _find(clauses, "кәсіби кіші топ")
    out["professional_subgroups"] = [
        {"text": p["text"].rstrip(";."), "clause": sub["number"], "lines": p["lines"]}
        for p in (sub["paragraphs"] if sub else [])]
    prof = _find(clauses, "кәсіптер тізімі")
    out["professions"] = [_profession(i, prof["number"], an) for i in (prof["items"] if prof else [])]
    whole = (clauses[0]["lines"][0], clauses[-1]["lines"][1]) if clauses else (1, 1)
    for key in ("purpose", "scope", "professional_group"):
        if not out.get(key):
            an.add("missing_part", "standard", whole, f"the standard's {key.replace('_', ' ')} was not found")
    return out


def _profession(item: dict, clause: str, an: Anomalies) -> dict:
    m = PROFESSION_RE.search(item["text"])
    line = item["lines"][0]
    if not m:
        an.add("unparsed_profession", f"clause:{clause}", line, "a profession item in an unknown form",
               item["text"][:80])
        return {"number": item["number"], "name": item["text"], "appendix": None, "levels": [],
                "levels_printed": None, "lines": item["lines"]}
    appendix, name, space, lo, hi = m.groups()
    if not space:
        an.add("glued_words", f"profession:{item['number']}", line, "no space before the level",
               m.group(0)[-22:])
    levels = list(range(int(lo), int(hi or lo) + 1))
    return {"number": item["number"], "name": name, "appendix": int(appendix), "levels": levels,
            "levels_printed": f"{lo}-{hi}" if hi else lo, "clause": clause, "lines": item["lines"]}
