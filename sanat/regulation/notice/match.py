"""Which catalog position a notice section quotes, by evidence that can be stated.

The notice has no clause numbers, and its positions (chapter 3) have no official RU text,
so a RU section is compared with the KZ position by:

1. **title terms** (gate): every non-generic position/qualifier term of the glossary found in the
   section title must occur in the position title (kk, or the official ru title);
2. **title context**: an organisation type (preschool, TVET, ...) named by only one of the two
   titles costs 2 points;
3. **structure signature**: per-category experience floors (equal +3, different -3), the list of
   category blocks (+1/-1), and the item counts of duties, must-know, requirements and competencies
   (up to +4, by min/max ratio);
4. **term profile**: cosine of the glossary-term counts of the whole texts (x3);
5. **RU text**: where the catalog has the official RU text (chapters 9-10), the share of the
   section's lines found verbatim in it; at 80 % or more the texts are the same (+6).
6. **anchor order** (second pass, ``match_notice``): the adilet bookmarks the notice kept run in
   document order; a candidate between the positions of the anchored neighbours gains 2, outside loses 2.

The best-scoring candidate wins; the runner-up and every score part are kept as evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..glossary import load_glossary, profile, terms_in
from .model import Anomaly, Notice, NoticeSection
from .signature import kk_thresholds, ru_thresholds

RU_IDENTITY_SHARE = 0.8
ANCHOR_MARGIN = 2.0
# «сети профессионального сообщества социальных педагогов»: whose community an item speaks of
_COMMUNITY_RE = re.compile(r"сообществ\w*\s+(\w+(?:\s+\w+)?)", re.I)


@dataclass
class Match:
    """The outcome for one section: a position id (or None) and why."""

    section: NoticeSection
    position: str | None
    reason: str
    score: float | None = None
    evidence: list[str] = field(default_factory=list)
    runner_up: dict | None = None
    candidates: int = 0
    anomalies: list[Anomaly] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"position": self.position, "reason": self.reason,
                "score": None if self.score is None else round(self.score, 2),
                "evidence": self.evidence, "runner_up": self.runner_up, "candidates": self.candidates}


# ---------------------------------------------------------------- catalog accessors


def _items(block, lang: str) -> list[dict]:
    if not isinstance(block, dict):
        return []
    return block.get(lang) or []


def _req_items(pos: dict, lang: str) -> list[dict]:
    req = pos.get("requirements") or {}
    return _items(req.get("text") if "text" in req else req, lang)


def _competency_categories(pos: dict, lang: str) -> list[str]:
    comp = pos.get("competencies") or {}
    return [c for c, v in comp.items() if isinstance(v, dict) and (v.get("items") or {}).get(lang)]


def _competency_items(pos: dict, lang: str) -> list[dict]:
    out = []
    for v in (pos.get("competencies") or {}).values():
        out.extend((v.get("items") or {}).get(lang) or [])
    return out


def _official_ru(pos: dict) -> bool:
    src = (pos.get("source") or {}).get("ru")
    return bool(src) and src.get("provenance", "official") == "official" and bool(_items(pos.get("duties"), "ru"))


def _position_text(pos: dict, lang: str) -> str:
    parts = [(pos.get("title") or {}).get(lang) or ""]
    for key in ("duties", "knowledge"):
        parts += [i["text"] for i in _items(pos.get(key), lang)]
    parts += [i["text"] for i in _req_items(pos, lang)]
    parts += [i["text"] for i in _competency_items(pos, lang)]
    return "\n".join(parts)


def _kk_floors(pos: dict) -> dict[str, float]:
    rows = (pos.get("requirements") or {}).get("thresholds")
    if rows:
        out: dict[str, float] = {}
        for r in rows:
            if r.get("lang", "kk") == "kk" and r.get("category") and r["category"] not in out:
                out[r["category"]] = r.get("min_years")
        if out:
            return out
    return kk_thresholds(" ".join(i["text"] for i in _req_items(pos, "kk")))


# ---------------------------------------------------------------- section side


def _section_text(sec: NoticeSection) -> str:
    return "\n".join([sec.title, *(i.text for i in sec.all_items())])


def _section_counts(sec: NoticeSection) -> tuple[int, int, int, int]:
    return (len(sec.duties), len(sec.knowledge), len(sec.requirements),
            sum(len(b.items) for b in sec.competencies))


def _position_counts(pos: dict) -> tuple[int, int, int, int]:
    return (len(_items(pos.get("duties"), "kk")), len(_items(pos.get("knowledge"), "kk")),
            len(_req_items(pos, "kk")), len(_competency_items(pos, "kk")))


# Matching compares every section with every position, so the same titles and texts are
# searched for glossary terms many times over. The caches below are keyed by the text itself
# (not by a position dict, which the catalog build mutates afterwards) and hand out values
# no caller can change (frozensets; a copy of a profile), so a hit is exactly what recomputing
# would give; the glossary is fixed for the process (``load_glossary`` is cached as well).


@lru_cache(maxsize=4096)
def _terms(text: str, lang: str, kinds: tuple[str, ...]) -> frozenset[str]:
    """Ids of the glossary terms of ``kinds`` occurring in ``text`` (cached, see above)."""
    return frozenset(terms_in(text, lang, kinds=kinds))


@lru_cache(maxsize=1024)
def _title_terms(text: str, lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(required terms, generic terms, contexts) named in a title (cached, see above)."""
    generic = {t.id for t in load_glossary() if t.generic}
    found = _terms(text, lang, ("position", "qualifier"))
    ctx = _terms(text, lang, ("context",))
    return found - generic, found & generic, ctx


@lru_cache(maxsize=256)
def _cached_profile(text: str, lang: str) -> Counter:
    return profile(text, lang)


def _profile(text: str, lang: str) -> Counter:
    """``glossary.profile`` of a whole section or position text, cached (see above); a copy, so
    the cached Counter cannot be changed by a caller."""
    return Counter(_cached_profile(text, lang))


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(a[k] * b[k] for k in a)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().rstrip(".;").lower()


# ---------------------------------------------------------------- scoring


def _score(sec: NoticeSection, pos: dict) -> tuple[float, list[str]] | None:
    s_req, s_gen, s_ctx = _title_terms(sec.title, "ru")
    p_req, p_gen, p_ctx = _title_terms((pos.get("title") or {}).get("kk") or "", "kk")
    if _official_ru(pos):
        r_req, r_gen, r_ctx = _title_terms(pos["title"].get("ru") or "", "ru")
        p_req, p_gen, p_ctx = p_req | r_req, p_gen | r_gen, p_ctx | r_ctx
    if not s_req or not s_req <= p_req:
        return None
    ev = [f"title terms {sorted(s_req)} all in the position title"]
    score = 2.0 * len(s_req) + 1.0 * len(s_gen & p_gen)
    if s_gen & p_gen:
        ev.append(f"shared qualifier {sorted(s_gen & p_gen)} (+{len(s_gen & p_gen)})")
    extra = p_req - s_req
    if extra:
        score -= 0.5 * len(extra)
        ev.append(f"position title adds {sorted(extra)} (-{0.5 * len(extra)})")
    duty_ctx = _terms(" ".join(i.text for i in sec.duties), "ru", ("context",))
    for ctx in sorted(p_ctx ^ s_ctx):
        cost = 1.0 if ctx in duty_ctx and ctx in p_ctx else 2.0
        score -= cost
        ev.append(f"organisation type «{ctx}» named by one title only"
                  + (" (the section's duties name it)" if cost == 1.0 else "") + f" (-{cost:g})")
    s_floor, p_floor = ru_thresholds(" ".join(i.text for i in sec.requirements)), _kk_floors(pos)
    if s_floor and p_floor:
        if s_floor == p_floor:
            score += 3
            ev.append(f"experience floors equal {s_floor} (+3)")
        else:
            score -= 3
            ev.append(f"experience floors differ: notice {s_floor}, position {p_floor} (-3)")
    s_cat, p_cat = sec.categories, _competency_categories(pos, "kk")
    if s_cat or p_cat:
        if s_cat == p_cat:
            score += 1
            ev.append(f"same category blocks {s_cat} (+1)")
        else:
            score -= 1
            ev.append(f"category blocks differ: notice {s_cat}, position {p_cat} (-1)")
    sc, pc = _section_counts(sec), _position_counts(pos)
    ratio = sum(min(a, b) / max(a, b) if max(a, b) else 1.0 for a, b in zip(sc, pc, strict=True))
    score += ratio
    ev.append(f"item counts duties/know/qual/comp notice {list(sc)} vs position {list(pc)} (+{ratio:.2f})")
    cos = _cosine(_profile(_section_text(sec), "ru"), _profile(_position_text(pos, "kk"), "kk"))
    score += 3 * cos
    ev.append(f"glossary-term profile cosine {cos:.2f} (+{3 * cos:.2f})")
    if _official_ru(pos):
        theirs = {_norm(i["text"]) for key in ("duties", "knowledge") for i in _items(pos.get(key), "ru")}
        theirs |= {_norm(i["text"]) for i in _req_items(pos, "ru") + _competency_items(pos, "ru")}
        theirs |= {_norm(t) for v in (pos.get("competencies") or {}).values()
                   if (t := (v.get("builds_on_text") or {}).get("ru"))}
        mine = [_norm(i.text) for i in sec.all_items()]
        share = sum(m in theirs for m in mine) / len(mine) if mine else 0.0
        if share >= RU_IDENTITY_SHARE:
            score += 6
            ev.append(f"{share:.0%} of the section's lines occur verbatim in the official RU text (+6)")
        elif share:
            ev.append(f"{share:.0%} of the section's lines occur verbatim in the official RU text "
                      f"(shared sentences, below the {RU_IDENTITY_SHARE:.0%} identity bar)")
    return score, ev


def _rank(sec: NoticeSection, positions: list[dict]) -> list[tuple[float, dict, list[str]]]:
    scored = []
    for pos in positions:
        r = _score(sec, pos)
        if r:
            scored.append((r[0], pos, r[1]))
    return sorted(scored, key=lambda t: -t[0])


def _decide(sec: NoticeSection, scored: list, positions: list[dict]) -> Match:
    if not scored:
        s_req, _, _ = _title_terms(sec.title, "ru")
        if not s_req:
            reason = f"the section title «{sec.title}» contains no glossary position term"
        else:
            near = [p for p in positions if s_req & _title_terms((p.get("title") or {}).get("kk") or "", "kk")[0]]
            reason = (f"no catalog position title names all of {sorted(s_req)} "
                      f"(found in the section title «{sec.title}»); {len(near)} positions name some of them")
        return Match(sec, None, reason)
    scored = sorted(scored, key=lambda t: -t[0])
    best, pos, ev = scored[0]
    runner = None
    if len(scored) > 1:
        runner = {"position": scored[1][1]["id"], "score": round(scored[1][0], 2), "evidence": scored[1][2]}
    margin = best - scored[1][0] if len(scored) > 1 else None
    reason = (f"best of {len(scored)} candidates whose titles name {sorted(_title_terms(sec.title, 'ru')[0])}"
              + (f", ahead of {scored[1][1]['id']} by {margin:.2f}" if margin is not None else ""))
    return Match(sec, pos["id"], reason, best, ev, runner, len(scored))


def match_section(sec: NoticeSection, positions: list[dict]) -> Match:
    """The catalog position that ``sec`` quotes, or None with the reason (this section's evidence only)."""
    return _decide(sec, _rank(sec, positions), positions)


def _anchor(sec: NoticeSection) -> int | None:
    return int(sec.anchors[0][0].lstrip("z")) if sec.anchors and sec.anchors[0][0][1:].isdigit() else None


def _anchor_order(ranked: dict[int, list], sections: list[NoticeSection], order: dict[str, int]) -> None:
    """Second pass: adilet anchors (``[bookmark: zNNNN]``) run in document order, so a section whose
    anchor lies between two others' must quote a position lying between theirs (+2; outside -2).
    Only neighbours matched with a margin of 2 or more count."""
    sure: list[tuple[int, str, int]] = []
    for sec in sections:
        sc, a = ranked[sec.title_line], _anchor(sec)
        if a is not None and sc and (len(sc) == 1 or sc[0][0] - sc[1][0] >= ANCHOR_MARGIN):
            sure.append((a, sc[0][1]["id"], order[sc[0][1]["id"]]))
    for sec in sections:
        a, sc = _anchor(sec), ranked[sec.title_line]
        if a is None or len(sc) < 2:
            continue
        below = [x for x in sure if x[0] < a]
        above = [x for x in sure if x[0] > a]
        if not below and not above:
            continue
        lo = max(below, key=lambda x: x[0]) if below else None
        hi = min(above, key=lambda x: x[0]) if above else None
        for k, (score, pos, ev) in enumerate(sc):
            i = order[pos["id"]]
            inside = (lo is None or i > lo[2]) and (hi is None or i < hi[2])
            bounds = " and ".join(f"z{x[0]} ({x[1]})" for x in (lo, hi) if x)
            ev = [*ev, f"anchor z{a} lies next to {bounds}: the position is "
                  + ("in" if inside else "out of") + f" that part of the document ({'+' if inside else '-'}2)"]
            sc[k] = (score + (2 if inside else -2), pos, ev)


def match_notice(notice: Notice, positions: list[dict]) -> list[Match]:
    """One ``Match`` per section (with the anchor-order pass), and the anomalies each match reveals."""
    by_id = {p["id"]: p for p in positions}
    order = {p["id"]: k for k, p in enumerate(positions)}
    ranked = {sec.title_line: _rank(sec, positions) for sec in notice.sections}
    _anchor_order(ranked, notice.sections, order)
    out = []
    for sec in notice.sections:
        m = _decide(sec, ranked[sec.title_line], positions)
        m.anomalies = _match_anomalies(m, by_id.get(m.position) if m.position else None, notice)
        out.append(m)
    return out


def _match_anomalies(m: Match, pos: dict | None, notice: Notice) -> list[Anomaly]:
    out: list[Anomaly] = []
    sec = m.section
    if pos is None:
        copies = [a for a in notice.anomalies if a.code == "section_copied" and a.lines[0][0] >= sec.title_line
                  and a.lines[0][1] <= sec.end_line]
        msg = f"«{sec.title}» quotes no position of the regulation: {m.reason}"
        if copies:
            msg += "; its requirements are copied from another section (" + copies[0].message + ")"
        out.append(Anomaly("no_regulation_basis", msg, (sec.lines,)))
        return out
    names = ("duties", "knowledge", "requirements", "competencies")
    for name, mine, theirs in zip(names, _section_counts(sec), _position_counts(pos), strict=True):
        if mine != theirs:
            first = sec.headings.get(name, sec.title_line)
            out.append(Anomaly(
                "item_count_differs",
                f"«{sec.title}» {name}: {mine} items in the notice, {theirs} in the KZ text of {pos['id']} "
                "(items left out or added by the school, or a different version of the clause)",
                ((first, first),)))
    pctx = _title_terms((pos.get("title") or {}).get("kk") or "", "kk")[2]
    if "preschool" not in pctx:
        hits = [i for i in sec.all_items() if terms_in(i.text, "ru", kinds=("context",)).get("preschool")]
        if hits:
            out.append(Anomaly(
                "preschool_wording", f"«{sec.title}» ({pos['id']}, not a preschool position) speaks of preschool "
                f"children or organisations in {len(hits)} item(s): text copied from a preschool position",
                tuple(i.lines for i in hits)))
    own = set(terms_in(sec.title, "ru", kinds=("position",))) | set(
        terms_in((pos.get("title") or {}).get("kk") or "", "kk", kinds=("position",)))
    for it in sec.all_items():
        for m in _COMMUNITY_RE.finditer(it.text):
            other = set(terms_in(m.group(1), "ru", kinds=("position",))) - own
            if other:
                out.append(Anomaly(
                    "mentions_other_position",
                    f"«{sec.title}»: «{m.group(0)}» is the professional community of {sorted(other)}, "
                    f"not of this post ({pos['id']}): text copied from another position", (it.lines,)))
    return out


def quoted_positions(notice: Notice, catalog_positions: list[dict]) -> dict[str, NoticeSection]:
    """{position id: the notice section quoting it}; unmatched sections are left out."""
    out: dict[str, NoticeSection] = {}
    for m in match_notice(notice, catalog_positions):
        if m.position and m.position not in out:
            out[m.position] = m.section
    return out


def clear_caches() -> None:
    """Forget the cached term look-ups (a benchmark times cold matching this way)."""
    for cached in (_terms, _title_terms, _cached_profile):
        cached.cache_clear()
