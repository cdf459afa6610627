"""Post-course support (section 9) and the literature list (section 10)."""

from __future__ import annotations

import re

from .doc import Doc, item

URL_RE = re.compile(r"<(https?://[^>\s]+)>|\((https?://[^)\s]+)\)")
MD_LINK_RE = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
LIT_ITEM_RE = re.compile(r"^(?:-\s*)?(\d+)\.\s*(.+)$")


def _row(doc: Doc, no: int) -> tuple[str, list[str]]:
    cells = doc.cells(no)
    return cells[0], [c for c in cells[1:] if c]


def _points(text: str) -> list[str]:
    return [p.strip().rstrip(".") for p in text.split(";") if p.strip()]


def parse_support(doc: Doc, start: int, end: int) -> dict:
    """Goals, formats, methods, duration (up to N months) and results of post-course support."""
    goals_h = doc.need(r"^Курстан кейінгі қолдаудың мақсаттары:", start, end)
    formats_h = doc.need(r"^Курстан кейінгі қолдау форматтары:", start, end)
    methods_h = doc.need(r"^Қолдау әдістері:", start, end)
    dur_no = doc.need(r"^Ұзақтығы және форматы:", start, end)
    results_no = doc.need(r"^Курстан кейінгі қолдаудың нәтижелері:", start, end)
    goals_no = doc.next_nonblank(goals_h, end)
    goals = [item(c.rstrip(".;"), goals_no) for c in doc.cells(goals_no) if c]
    formats = []
    for no in doc.nonblank(formats_h + 1, methods_h - 1):
        name, values = _row(doc, no)
        if re.search(r"::\s*$", name):
            doc.anomalies.add("punctuation_typo", f"format name «{name}» ends with a double colon", no)
        content = " ".join(values)
        channels = [c.strip() for m in re.finditer(r"\(([^()]*,[^()]*)\)", content) for c in m.group(1).split(",")]
        after = re.search(r"(\d+)–(\d+)\s+айдан соң", content)
        formats.append({"number": len(formats) + 1, "name": name.rstrip(":").strip(), "content": _points(content),
                        "channels": channels, "after_months": [int(after.group(1)), int(after.group(2))]
                        if after else None, "lines": [no, no]})
    methods = []
    for no in doc.nonblank(methods_h + 1, dur_no - 1):
        for c in doc.cells(no):
            if not c:
                continue
            methods.append(item(c.rstrip(".;"), no))
            if c.count(")") > c.count("("):
                doc.anomalies.add("truncated_text", f"support method «{c}» starts mid-phrase: its opening "
                                  "was lost in conversion", no)
    _, dur_values = _row(doc, dur_no)
    dur_text = " ".join(dur_values)
    months = re.search(r"(\d+)\s+айға дейін", dur_text)
    results = []
    for no in doc.nonblank(results_no, end):
        label, values = _row(doc, no)
        if no != results_no and label:
            break
        results += [item(v.rstrip(".;"), no) for v in values]
    intro_no = doc.next_nonblank(start, end)
    intro, intro_lines = doc.paragraph(intro_no, end)
    return {
        "intro": item(intro, *intro_lines),
        "goals": goals, "formats": formats, "methods": methods,
        "duration": {"max_months": int(months.group(1)) if months else None, "terms": _points(dur_text),
                     "lines": [dur_no, dur_no]},
        "results": results,
        "lines": [start, end],
    }


def parse_literature(doc: Doc, start: int, end: int) -> list[dict]:
    """Numbered references under each sub-heading of section 10, with their URLs."""
    out: list[dict] = []
    group = None
    for no in doc.nonblank(start + 1, end):
        text = MD_LINK_RE.sub(r"\1", doc.clean(no))
        m = LIT_ITEM_RE.match(text)
        if m:
            out.append({"group": group, "number": int(m.group(1)), "text": m.group(2), "urls": [],
                        "lines": [no, no]})
        elif re.fullmatch(r"<https?://[^>]+>", text) and out:
            out[-1]["lines"][1] = no
        else:
            group = re.sub(r"^#+\s*", "", text)
            continue
        out[-1]["urls"] += [a or b for a, b in URL_RE.findall(doc.raw[no - 1])]
        out[-1]["text"] = re.sub(r"\s*\(\)", "", URL_RE.sub("", out[-1]["text"])).strip()
    seen: dict[str, dict] = {}
    for ref in out:
        for url in ref["urls"]:
            if url in seen:
                doc.anomalies.add("duplicate_url", f"reference {ref['number']} ({ref['group']}) repeats the URL of "
                                  f"reference {seen[url]['number']}: {url}", seen[url]["lines"], ref["lines"])
            else:
                seen[url] = ref
    return out
