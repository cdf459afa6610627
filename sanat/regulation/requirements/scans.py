"""Scans of phrase families through both texts of Order 338, each occurrence beside the reading the parser
gave it: so one phrase gets one reading everywhere (``docs/requirements-scans.md``, printed by
``dev/scan_requirements.py``; ``tests/regulation/requirements/test_reading_scans.py`` holds the rules).

- ``locality``: «ауылдық жерде», «қалалық жерде» / «в сельской (городской) местности» — a floor for a
  locality, the variant of the floor before it;
- ``managerial``: «басшысы немесе басшының орынбасары лауазымындағы өтілі» and its kin / «в должности
  (заместителя) руководителя» — managerial experience;
- ``and_or``: «және (немесе)» / «и (или)» — either or both (engine policy ``and_or``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import years as years_mod

PHRASES: dict[str, dict[str, re.Pattern]] = {
    "locality": {
        "kk": re.compile(r"(ауылдық|қалалық)\s+жер(?:де|лерде)", re.I),
        "ru": re.compile(r"(сельск|городск)\w*\s+местност\w*", re.I),
    },
    "managerial": {
        "kk": re.compile(r"басшы\w*\s+орынбасары\s+лауазым\w*\s+немесе\s+[\w\s()]{0,60}?басшы\w*\s+лауазым\w*"
                         r"|басшы\w*\s+(?:немесе\s+басшы\w*\s+)?орынбасары\s+(?:немесе\s+[\w\s()]{0,60}?басшы\w*\s+)?"
                         r"лауазым\w*", re.I),
        "ru": re.compile(r"должност\w*\s+(?:заместител\w*\s+)?руководител\w*(?:\s+или\s+(?:заместител\w*\s+)?"
                         r"руководител\w*)?", re.I),
    },
    "and_or": {
        "kk": re.compile(r"және\s*\(\s*немесе\s*\)", re.I),
        "ru": re.compile(r"\bи\s*\(\s*или\s*\)", re.I),
    },
}
LOCALITY_CODE = {"ауылдық": "rural", "қалалық": "urban", "сельск": "rural", "городск": "urban"}
_WS = re.compile(r"\s+")
TAIL = 120
"""Characters after a phrase searched for the number of years it governs."""


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().lower()


@dataclass
class Occurrence:
    """One occurrence of a phrase family: where, in which position and clause, and what the parser read."""

    family: str
    lang: str
    file: str
    line: int
    phrase: str
    position: str | None
    clause: str | None
    readings: list[dict] = field(default_factory=list)


def _requirements_clause(positions: list[dict], lang: str, line: int) -> tuple[dict | None, str | None]:
    for p in positions:
        cl = ((p.get("clauses") or {}).get("requirements")) or {}
        lines = (cl.get("lines") or {}).get(lang)
        if lines and lines[0] <= line <= lines[1]:
            return p, cl.get(lang)
    return None, None


def _covers(fact: dict, line: int) -> bool:
    lines = fact.get("lines") or []
    return bool(lines) and lines[0] <= line <= lines[-1]


def _floors(req: dict, lang: str, line: int) -> list[dict]:
    out = []
    for key in ("base_experience", "thresholds"):
        for i, f in enumerate(req.get(key) or []):
            if f.get("lang") == lang and _covers(f, line):
                out.append({"in": key, "index": i, **f})
    for i, a in enumerate(req.get("alternatives") or []):
        we = a.get("with_experience")
        if we and a.get("lang") == lang and _covers(a, line):
            out.append({"in": "alternatives", "index": i, **we, "quote": a.get("quote") or "", "lines": a.get("lines")})
    return out


def _governed(text: str, end: int, lang: str, floors: list[dict]) -> list[dict]:
    """The floors whose quote holds the words from the phrase's end to the first number of years after it."""
    tail = text[end:end + TAIL]
    found = years_mod.find(lang, tail)
    if not found:
        return []
    piece = _norm(tail[: found[0].end])
    return [f for f in floors if piece and piece in _norm(f.get("quote") or "")]


def scan(catalog: dict, texts: dict[str, str], files: dict[str, str]) -> list[Occurrence]:
    """Every occurrence of every family in ``texts`` (``{"kk": text, "ru": text}``, with ``files`` their
    file names), with the parser's readings from ``catalog``."""
    positions = catalog.get("positions") or []
    out: list[Occurrence] = []
    for family, by_lang in PHRASES.items():
        for lang, rx in by_lang.items():
            text = texts.get(lang) or ""
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            for m in rx.finditer(text):
                line = _line_of(starts, m.start())
                p, clause = _requirements_clause(positions, lang, line)
                occ = Occurrence(family, lang, files.get(lang, ""), line, _norm(m.group(0)),
                                 p["id"] if p else None, clause)
                if p is not None:
                    occ.readings = _readings(family, lang, text, m, line, p.get("requirements") or {})
                out.append(occ)
    return out


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _readings(family: str, lang: str, text: str, m: re.Match, line: int, req: dict) -> list[dict]:
    if family in ("locality", "managerial"):
        return [{"in": f["in"], "index": f["index"], "category": f.get("category"), "experience": f.get("experience"),
                 "locality": f.get("locality"), "alternative_to": f.get("alternative_to"), "part_of": f.get("part_of"),
                 "quote": f.get("quote")}
                for f in _governed(text, m.end(), lang, _floors(req, lang, line))]
    out = []
    for c in req.get("connectors") or []:
        if c.get("lang") == lang and c.get("normalised") == "and_or" and _covers(c, line):
            out.append({"in": "connectors", "role": c.get("role"), "printed": c.get("printed")})
    for i, f in enumerate(req.get("base_experience") or []):
        if f.get("lang") == lang and f.get("joined_by") == "and_or" and _covers(f, line):
            out.append({"in": "base_experience", "index": i, "joined_by": "and_or", "quote": f.get("quote")})
    for e in req.get("education") or []:
        if e.get("lang") == lang and _covers(e, line) and PHRASES["and_or"][lang].search(e.get("quote") or ""):
            out.append({"in": "education", "id": e.get("id"), "levels": e.get("levels"), "quote": e.get("quote")})
    for t in req.get("thresholds") or []:
        if t.get("lang") == lang and _covers(t, line) and PHRASES["and_or"][lang].search(t.get("quote") or ""):
            out.append({"in": "thresholds", "category": t.get("category"), "levels": t.get("qualification_levels"),
                        "quote": t.get("quote")})
    if not out:
        # «жоғары педагогикалық білімі және (немесе) техникалық және кәсіптік … білімі» (2.8 L1036): the two
        # sides are education alternatives of their own, any of which suffices
        ids = [e.get("id") for e in req.get("education") or [] if e.get("lang") == lang and _covers(e, line)]
        if len(ids) >= 2:
            out.append({"in": "education", "alternatives": ids})
    return out
