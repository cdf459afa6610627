"""The five module blocks of section 5: goal, tasks, expected results, description and
practical orientation. The two-column «tables» are read cell by cell; a label the DOCX
conversion scrambled or split is recognised and reported."""

from __future__ import annotations

import re

from .doc import BULLET_RE, DEBRIS_RE, Doc, Stream, item

MODULE_HEAD_RE = re.compile(r"^#+\s*\**\s*(\d+)-модуль\.\s*(.+?)\s*\**\s*$")
LABEL_WORDS = {"Модульдің", "Модуль", "мақсаты", "міндеттері", "күтілетін", "нәтижелері", "сипаттамасы"}
FIELDS = {  # canonical label -> field
    "Модульдің мақсаты:": "goal",
    "Модульдің міндеттері:": "tasks",
    "Модульдің күтілетін нәтижелері:": "results",
    "Модуль сипаттамасы:": "description",
}
PRACTICAL_RE = r"^(?:#+\s*)?Модульдің практикалық бағыттылығы$"


def _is_label(cell: str) -> bool:
    words = cell.replace(":", " ").split()
    return bool(words) and all(w in LABEL_WORDS for w in words)


def _field_of(label: str) -> str | None:
    words = set(label.replace(":", " ").split())
    for canon, name in FIELDS.items():
        if words == set(canon.replace(":", " ").split()):
            return name
    return None


def module_heads(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(number, line, title) of every module heading between ``start`` and ``end``."""
    out = []
    for no in doc.nonblank(start, end):
        m = MODULE_HEAD_RE.match(doc.raw[no - 1])
        if m:
            out.append((int(m.group(1)), no, doc.clean(no).split(".", 1)[1].strip()))
    return out


def _fields(doc: Doc, first: int, last: int) -> dict[str, dict]:
    """Label/value rows between ``first`` and ``last`` -> {field: {label, label_lines, stream}}."""
    fields: dict[str, dict] = {}
    current = None
    for no in doc.nonblank(first, last):
        raw = doc.raw[no - 1]
        if DEBRIS_RE.match(raw):
            doc.anomalies.add("table_debris", f"separator debris «{raw.strip()}» inside module field table", no)
            continue
        cells = doc.cells(no)
        label_cells = []
        while cells and (_is_label(cells[0]) or (label_cells and not cells[0])):
            label_cells.append(cells.pop(0))
            if cells and _is_label(cells[0]):
                continue
            break
        if label_cells and label_cells[0]:
            text = " ".join(c for c in label_cells if c)
            if current is not None and _field_of(current["label"]) is None:
                current["label"] += " " + text  # the label itself was split over two rows
                current["label_lines"].append(no)
            else:
                current = {"label": text, "label_lines": [no], "stream": Stream(), "label_cells": len(label_cells)}
                fields[str(no)] = current
        elif current is None:
            raise ValueError(f"line {no}: module field text before any label")
        value = " ".join(c for c in cells if c)
        if value:
            current["stream"].add(value, no)
    out = {}
    for f in fields.values():
        name = _field_of(f["label"])
        if name is None:
            raise ValueError(f"line {f['label_lines'][0]}: unknown module field label {f['label']!r}")
        canon = next(k for k, v in FIELDS.items() if v == name)
        how = []
        if f["label"] != canon:
            how.append(f"printed as «{f['label']}»")
        if len(f["label_lines"]) > 1:
            how.append(f"split over {len(f['label_lines'])} table rows")
        if f["label_cells"] > 1:
            how.append(f"spread over {f['label_cells']} cells")
        if how:
            doc.anomalies.add("label_scrambled", f"module field label «{canon}» {' and '.join(how)}",
                              [f["label_lines"][0], f["label_lines"][-1]])
        out[name] = f
    return out


def _listed(stream: Stream) -> tuple[dict | None, list[dict]]:
    """«intro: – item; – item.» -> (intro, items)."""
    pieces = list(stream.pieces(r"(?:^|\s)–\s*"))
    if not pieces:
        return None, []
    intro = None
    if not stream.text.lstrip().startswith("–"):
        text, lines = pieces.pop(0)
        intro = item(text, *lines)
    return intro, [item(t.rstrip(".;").strip(), *ln) for t, ln in pieces]


def _practical(doc: Doc, num: int, head: int, last: int) -> dict:
    intro_no = doc.next_nonblank(head, last)
    items, bullets = [], []
    no = intro_no
    for no in doc.nonblank(intro_no + 1, last):
        text = doc.clean(no)
        bullets.append(bool(BULLET_RE.match(text)))
        items.append(item(BULLET_RE.sub("", text).rstrip(".;").strip(), no))
        if text.endswith("."):
            break
    if any(bullets) and not all(bullets):
        for it, b in zip(items, bullets, strict=True):
            if not b:
                doc.anomalies.add("bullet_missing", f"module {num}: practical-orientation item without the "
                                  "list marker its siblings carry", it["lines"][0])
    closing_no = doc.next_nonblank(no, last)
    closing = None
    if closing_no is not None:
        text, lines = doc.paragraph(closing_no, last)
        closing = item(text, *lines)
    return {"lines": [head, no], "intro": item(doc.clean(intro_no), intro_no), "items": items, "closing": closing}


def parse_modules(doc: Doc, start: int, end: int) -> list[dict]:
    """Every module block of section 5 (``start``..``end``, ending before the first plan)."""
    heads = module_heads(doc, start, end)
    out = []
    for i, (num, head, title) in enumerate(heads):
        last = heads[i + 1][1] - 1 if i + 1 < len(heads) else end
        prac = doc.need(PRACTICAL_RE, head + 1, last)
        fields = _fields(doc, head + 1, prac - 1)
        goal = fields["goal"]["stream"]
        tasks_intro, tasks = _listed(fields["tasks"]["stream"])
        results_intro, results = _listed(fields["results"]["stream"])
        desc = fields["description"]["stream"]
        out.append({
            "number": num, "title": title, "lines": [head, last],
            "goal": item(goal.text, goal.line_at(0), goal.line_at(len(goal.text) - 1)),
            "tasks_intro": tasks_intro, "tasks": tasks,
            "results_intro": results_intro, "results": results,
            "description": item(desc.text, desc.line_at(0), desc.line_at(len(desc.text) - 1)),
            "practical_orientation": _practical(doc, num, prac, last),
        })
    return out
