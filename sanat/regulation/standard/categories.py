"""Appendix 2: the descriptor of each criterion for each qualification category.

The header row names the categories; a column is mapped to a category code by the
word that names the category in its label. Rows are linked to Appendix 1 by the
criterion code, never by name (the names differ). A row or a cell the text lacks
is recorded as missing (``None``) with an anomaly; nothing is filled in.
"""

from __future__ import annotations

import re

from sanat.regulation.standard.framework import text_noise
from sanat.regulation.standard.table import Anomalies, Row, span
from sanat.vocabulary import CATEGORIES

# Category code -> the word that names it in a column label (checked in this order).
CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("moderator", "модератор"),
    ("expert", "сарапшы"),
    ("researcher", "зерттеуші"),
    ("master", "шебер"),
    ("pedagog", "педагог"),
)
GROUP_RE = re.compile(r"^(\d+)\.\s*(\S.*)$")
CRITERION_RE = re.compile(r"^(\d+\.\d+)\.?\s*(.*)$", re.S)
GLUED_CRITERIA_RE = re.compile(r"(\d+\.\d+)\s*(.*?)(?=\d+\.\d+\s|$)", re.S)


def category_of(label: str) -> str | None:
    low = label.lower()
    for code, word in CATEGORY_WORDS:
        if word in low:
            return code
    return None


def parse_categories(rows: list[Row], an: Anomalies) -> dict:
    """Title, categories (from the header), competency groups and criterion rows of App. 2."""
    title = None
    categories: list[dict] = []
    groups: list[dict] = []
    criteria: list[dict] = []
    for row in rows:
        cells = row.filled
        if not cells:
            continue
        if not categories and len(cells) > 2:
            categories = _header(cells[1:], row.no, an)
            header_label = cells[0]
            continue
        if not categories:
            title = {"text": cells[0], "lines": span(row.no)} if title is None else title
            continue
        if len(cells) == 1 and (g := GROUP_RE.match(cells[0])) and g.group(2)[:2].isupper():
            groups.append({"code": g.group(1), "name": g.group(2), "lines": span(row.no)})
            continue
        m = CRITERION_RE.match(cells[0])
        if not m:
            an.add("unrecognised_row", "appendix:2", row.no, "a row without a criterion code", cells[0][:80])
            continue
        found = [(c, n.strip()) for c, n in GLUED_CRITERIA_RE.findall(cells[0])]
        if len(cells) == 1 and len(found) > 1:
            an.add("criteria_glued_without_descriptors", "appendix:2", row.no,
                   f"criteria {', '.join(c for c, _ in found)} are printed in one cell and no descriptor "
                   f"cells follow: {len(found) * len(categories)} descriptors are missing", cells[0][:80])
            for code, name in found:
                criteria.append(_criterion(code, name, [], categories, row.no, groups, an, quiet=True))
            continue
        criteria.append(_criterion(m.group(1), m.group(2).strip(), list(row.cells[1:]), categories, row.no,
                                   groups, an))
    return {"title": title, "header_label": header_label if categories else None, "categories": categories,
            "groups": groups, "criteria": criteria}


def _header(labels: list[str], line: int, an: Anomalies) -> list[dict]:
    out = []
    for i, label in enumerate(labels):
        code = category_of(label)
        if code is None:
            an.add("unknown_category", "appendix:2", line, "a column label that names no known category", label)
        out.append({"code": code, "label": label, "column": i + 1, "lines": span(line)})
    seen = [c["code"] for c in out]
    if tuple(seen) != CATEGORIES:
        an.add("category_columns", "appendix:2", line,
               f"category columns are {seen}, expected the order {list(CATEGORIES)}")
    return out


def _criterion(code: str, name: str, cells: list[str], categories: list[dict], line: int,
               groups: list[dict], an: Anomalies, quiet: bool = False) -> dict:
    descriptors: dict[str, str | None] = {}
    where = f"criterion:{code}"
    for i, cat in enumerate(categories):
        text = cells[i].strip() if i < len(cells) else ""
        if cat["code"] is None:
            continue
        descriptors[cat["code"]] = text or None
        an.glued_words(text, f"{where}/{cat['code']}", line)
        text_noise(text, f"{where}/{cat['code']}", line, an)
        if not text and not quiet:
            an.add("descriptor_missing", where, line,
                   f"no descriptor for category {cat['code']} ({cat['label']})")
    if len(cells) > len(categories):
        an.add("extra_cells", where, line, f"{len(cells) - len(categories)} cells beyond the category columns")
    an.glued_words(name, where, line)
    text_noise(name, where, line, an)
    group = groups[-1]["code"] if groups else None
    if group is not None and not code.startswith(group + "."):
        an.add("code_prefix_mismatch", where, line, f"criterion {code} sits under competency group {group}")
    return {"code": code, "name": name, "group": group, "descriptors": descriptors, "lines": span(line)}
