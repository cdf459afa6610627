"""Locate the qualification-requirements clauses in the raw texts, independently of the catalog.

A deliberately small regex reader, so the requirements tests can run on the real texts
whether or not the structure parser (``sanat.regulation.tqc``) is available. It yields the
same item shape the catalog uses: ``{"text", "lines": [first, last]}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanat.regulation import sources
from sanat.regulation.cleaning import Line, join_text, to_lines

HEADINGS = {
    "kk": re.compile(r"^(\d+)\.\s*Біліктілікке қойылатын талаптар:\s*(.*)$"),
    "ru": re.compile(r"^(\d+)\.\s*Требования к квалификации:\s*(.*)$"),
}
# Anything that ends a clause: the next numbered clause, a paragraph/chapter heading, a note.
_END = re.compile(r"^(\d+\.\s|\d+\s*-\s*[Пп]араграф|[Пп]араграф\s*\d|Глава\s|\d+-тарау|Сноска|Ескерту)")


@dataclass(frozen=True)
class RawClause:
    number: int
    lang: str
    file: str
    items: list[dict]


def _items(lines: list[Line], lang: str) -> list[dict]:
    """Group physical lines into items: an indented line starts an item (kk wraps to column 0)."""
    groups: list[list[Line]] = []
    for ln in lines:
        if ln.blank:
            continue
        starts = lang == "ru" or ln.indent > 0 or not groups
        if starts:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [{"text": join_text(g), "lines": [g[0].no, g[-1].no]} for g in groups]


def clauses(key: str) -> list[RawClause]:
    """Every requirements clause of ``tqc_kk`` / ``tqc_ru`` in file order."""
    src = sources.load(key)
    lang = src.lang
    cleaned = to_lines(src.lines)
    out: list[RawClause] = []
    i = 0
    while i < len(cleaned):
        m = HEADINGS[lang].match(cleaned[i].text)
        if not m:
            i += 1
            continue
        body: list[Line] = []
        if m.group(2):
            body.append(Line(cleaned[i].no, m.group(2), cleaned[i].indent))
        j = i + 1
        while j < len(cleaned) and not _END.match(cleaned[j].text):
            body.append(cleaned[j])
            j += 1
        out.append(RawClause(int(m.group(1)), lang, src.file, _items(body, lang)))
        i = j
    return out


def clause(key: str, number: int, occurrence: int = 1) -> list[dict]:
    """Items of requirements clause ``number`` (the ``occurrence``-th with that number)."""
    found = [c for c in clauses(key) if c.number == number]
    return found[occurrence - 1].items
