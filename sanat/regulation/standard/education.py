"""The «Білім беру және біліктілік жүйесімен байланыс» row: education level,
specialty and qualification codes.

The lists are glued runs of ``code + name`` («01120100Мектепке … оқыту6B01 …»).
Codes are found by shape; the text between two codes is the first code's name,
cut where a lowercase letter runs into a capital: what follows is a sub-label
(ends with «:») or free text («… кез келген жоғары білім»). Codes typed with
Cyrillic letters keep their printed form and get a Latin ``code_normalised``.
"""

from __future__ import annotations

import re

from sanat.regulation.standard.framework import text_noise
from sanat.regulation.standard.table import LOWER, UPPER, Anomalies, span

LABEL_RE = re.compile(r"(Білім деңгейі|Мамандықтар|Мамандығы|Мамандық|Біліктіліктер|Біліктілік)\s*:")
KIND = {"Білім деңгейі": "level", "Мамандықтар": "specialties", "Мамандығы": "specialties",
        "Мамандық": "specialties", "Біліктіліктер": "qualifications", "Біліктілік": "qualifications"}
CODE_RE = re.compile(r"\d[ABSCАВС]{1,2} ?\d{2,8}|(?<!\d)\d{6,8}(?!\d)")
BOUNDARY_RE = re.compile(rf"(?<=[{LOWER})])(?=[{UPPER}])")
TO_LATIN = str.maketrans({"А": "A", "В": "B", "С": "C"})
TRIM = " ;.,\t"


def parse_education(cells: list[str], where: str, line: int, an: Anomalies) -> dict:
    """Level text, specialties and qualifications (each ``code``, ``code_normalised``, ``name``…)."""
    out: dict = {"level": None, "specialties": [], "qualifications": [], "free_text": [], "lines": span(line)}
    for cell in cells:
        labels = list(LABEL_RE.finditer(cell))
        if not labels:
            if cell.strip():
                an.add("unlabelled_cell", where, line, "an education cell without a label", cell[:60])
            continue
        if labels[0].start() > 0:
            an.add("unlabelled_cell", where, line, "text before the first label", cell[: labels[0].start()])
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(cell)
            if i > 0:
                an.add("labels_glued", where, line, f"«{m.group(1)}:» is printed inside the previous cell",
                       cell[max(0, m.start() - 15): m.end() + 5])
            kind = KIND[m.group(1)]
            body = cell[m.end(): end].strip()
            if kind == "level":
                out["level"] = {"label": m.group(1), "text": body}
                an.glued_words(body, where, line)
                text_noise(body, where, line, an)
            else:
                out[kind].extend(_codes(body, kind, where, line, out["free_text"], an))
                out[f"{kind}_label"] = m.group(1)
    return out


def _codes(body: str, kind: str, where: str, line: int, free: list[dict], an: Anomalies) -> list[dict]:
    codes = list(CODE_RE.finditer(body))
    sub_label = None
    if codes and body[: codes[0].start()].strip(TRIM):
        free.append({"kind": kind, "text": body[: codes[0].start()].strip(TRIM), "lines": span(line)})
    out = []
    family = None  # a sub-label covers the following codes of one shape (digits only, or with letters)
    for i, m in enumerate(codes):
        tail = body[m.end(): codes[i + 1].start() if i + 1 < len(codes) else len(body)]
        parts = [p.strip(TRIM) for p in BOUNDARY_RE.split(tail) if p.strip(TRIM)]
        if len(parts) > 1:
            an.add("glued_words", where, line, "a code's name runs into the next text",
                   tail[: 60])
        raw = m.group(0)
        shape = raw.isdigit()
        if sub_label is not None:
            family = shape if family is None else family
            if shape != family:
                sub_label, family = None, None
        norm = raw.replace(" ", "").translate(TO_LATIN)
        if norm != raw:
            kind_a = "space_in_code" if " " in raw else "cyrillic_letter_in_code"
            an.add(kind_a, where, line, f"code «{raw}» is printed with "
                   f"{'a space' if ' ' in raw else 'Cyrillic letters'}; normalised to «{norm}»", raw)
        out.append({"code": raw, "code_normalised": norm, "name": parts[0] if parts else "",
                    "sub_label": sub_label, "lines": span(line)})
        for p in parts[1:]:
            if p.endswith(":"):
                sub_label, family = p.rstrip(":").strip(), None
            else:
                free.append({"kind": kind, "text": p, "lines": span(line)})
    return out
