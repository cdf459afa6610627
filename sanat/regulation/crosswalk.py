"""Crosswalk: the standard «Педагог» (Order 500) beside the Order 338 competencies of one position.

Pure Python (no Django). For one qualification category it puts side by side

- every criterion of the standard (Appendix 1 code and name) with its Appendix 2 descriptor for the
  category (``None`` where the text has none), and
- the position's Order 338 competency items for that category, then — kept apart — the items of the
  levels it refers to through ``builds_on``, followed *as printed* (an irregular or undefined
  reference is reported, never corrected).

Nothing here is a legal mapping: the two acts are not linked by the texts. The optional
``suggestions`` are a documented word-overlap hint (shared Kazakh stems, see ``docs/crosswalk.md``).

    from sanat.regulation.crosswalk import crosswalk, find_position
    cw = crosswalk(build_standard(), find_position(build_catalog(), "338-03-07"), "expert")
"""

from __future__ import annotations

from collections.abc import Iterable

from sanat.text.analyzers import STOPWORDS, fold, words
from sanat.text.kazakh import stem
from sanat.vocabulary import CATEGORIES, LANGS

FORMAT = "sanat.crosswalk/1"

# Similarity hint (documented in docs/crosswalk.md): a pair is suggested when descriptor and item
# share at least MIN_SHARED stems that are not "common" (present in at least COMMON_SHARE of the
# category's descriptors); at most MAX_PER_CRITERION items per criterion, best first.
MIN_SHARED = 2
COMMON_SHARE = 0.5
MAX_PER_CRITERION = 5
MIN_STEM = 4
# Connective and framing words of both texts that carry no subject matter ("taking into account",
# "on the basis of", "must"...): left out of the hint on top of the search stop words.
HINT_STOPWORDS = frozenset(["отырып", "ескере", "негізінде", "арқылы", "сәйкес", "тиіс", "беру", "жүзеге", "асыру"])


class CrosswalkError(ValueError):
    """A crosswalk cannot be built from these arguments (the message says why)."""


class UnknownCategory(CrosswalkError):
    pass


class UnknownPosition(CrosswalkError):
    pass


def find_position(catalog: dict | Iterable[dict], pid: str) -> dict:
    """The position ``pid`` of a catalog (``build_catalog()`` or its ``positions``), else :class:`UnknownPosition`."""
    positions = catalog.get("positions") or [] if isinstance(catalog, dict) else catalog
    for p in positions:
        if p.get("id") == pid:
            return p
    raise UnknownPosition(f"no position {pid!r} in the Order 338 catalog")


def _check(standard: dict, position: dict, category: str) -> None:
    codes = [c["code"] for c in standard.get("categories") or []] or list(CATEGORIES)
    if category not in codes:
        raise UnknownCategory(f"unknown category {category!r}: expected one of {', '.join(codes)}")
    if not isinstance(position, dict) or not position.get("id") or not isinstance(position.get("competencies"), dict):
        raise UnknownPosition("not an Order 338 catalog position (a dict with 'id' and 'competencies')")


def _items(level: dict | None, category: str) -> dict[str, list[dict] | None]:
    """``{"kk": [...], "ru": [...] | None}`` with each item numbered and given a stable ``ref``."""
    items = (level or {}).get("items") or {}
    out: dict[str, list[dict] | None] = {}
    for lang in LANGS:
        lst = items.get(lang)
        out[lang] = None if lst is None else [
            {"n": n, "ref": f"{category}-{lang}-{n}", "text": it.get("text", ""), "lines": it.get("lines"),
             "optional": bool(it.get("optional"))}
            for n, it in enumerate(lst, 1)
        ]
    return out


def _level(comps: dict, category: str, via: str | None = None) -> dict:
    lv = comps.get(category)
    return {
        "category": category, "present": lv is not None, "via": via,
        "label": (lv or {}).get("label") or {"kk": None, "ru": None},
        "builds_on": (lv or {}).get("builds_on"),
        "builds_on_by_lang": (lv or {}).get("builds_on_by_lang") or {},
        "builds_on_text": (lv or {}).get("builds_on_text") or {},
        "lines": (lv or {}).get("lines") or {"kk": None, "ru": None},
        "items": _items(lv, category),
    }


def _chain(comps: dict, category: str) -> tuple[list[dict], list[dict]]:
    """The levels reached from ``category`` through ``builds_on`` as printed, and notes on the chain."""
    inherited: list[dict] = []
    notes: list[dict] = []
    seen = {category}
    cur = category
    while True:
        lv = comps.get(cur) or {}
        by_lang = {k: v for k, v in (lv.get("builds_on_by_lang") or {}).items() if k in LANGS}
        if len({v for k, v in by_lang.items() if (lv.get("items") or {}).get(k) is not None}) > 1:
            notes.append({"kind": "languages_differ", "category": cur, "by_lang": by_lang,
                          "detail": f"{cur}: the Kazakh and Russian texts refer to different levels "
                                    f"({by_lang.get('kk') or 'none'} / {by_lang.get('ru') or 'none'}); the Kazakh reference is followed"})
        nxt = lv.get("builds_on")
        idx = CATEGORIES.index(cur) if cur in CATEGORIES else -1
        expected = CATEGORIES[idx - 1] if idx > 0 else None
        if nxt is None:
            if expected is not None and expected in comps:
                notes.append({"kind": "no_reference", "category": cur, "expected": expected,
                              "detail": f"{cur}: the text names no level it builds on, so nothing is inherited from {expected}"})
            break
        if nxt in seen:
            notes.append({"kind": "cycle", "category": cur, "target": nxt,
                          "detail": f"{cur} refers to {nxt}, already in the chain; the chain stops"})
            break
        if nxt != expected:
            notes.append({"kind": "irregular", "category": cur, "target": nxt, "expected": expected,
                          "detail": f"{cur} refers to {nxt}, not to the previous level {expected}; followed as printed"})
        if nxt not in comps:
            notes.append({"kind": "undefined", "category": cur, "target": nxt,
                          "detail": f"{cur} refers to {nxt}, which this position's list does not define; the chain stops"})
            break
        inherited.append(_level(comps, nxt, via=cur))
        seen.add(nxt)
        cur = nxt
    return inherited, notes


def stems(text: str) -> set[str]:
    """Folded Kazakh stems of the non-stop words of ``text`` (the hint's unit; digits ignored)."""
    out = set()
    for w in words(text or ""):
        if w in STOPWORDS["kk"] or w in HINT_STOPWORDS or w.isdigit():
            continue
        key = fold(stem(w))
        if len(key) >= MIN_STEM:
            out.add(key)
    return out


def suggest(criteria: list[dict], levels: list[dict]) -> dict:
    """Word-overlap hint between descriptors and Kazakh items: never a legal mapping (docs/crosswalk.md)."""
    desc = {c["code"]: stems(c["descriptor"]) for c in criteria if c["descriptor"]}
    n = len(desc)
    df: dict[str, int] = {}
    for s in desc.values():
        for k in s:
            df[k] = df.get(k, 0) + 1
    common = sorted(k for k, v in df.items() if n and v / n >= COMMON_SHARE)
    items = [(lv["category"], it) for lv in levels for it in (lv["items"].get("kk") or [])]
    item_stems = [(cat, it, stems(it["text"])) for cat, it in items]
    pairs: dict[str, list[dict]] = {}
    for code, ds in desc.items():
        ds = ds - set(common)
        found = []
        for cat, it, st in item_stems:
            shared = sorted(ds & st)
            if len(shared) >= MIN_SHARED:
                found.append({"ref": it["ref"], "category": cat, "n": it["n"], "text": it["text"],
                              "lines": it["lines"], "shared": shared, "score": len(shared)})
        found.sort(key=lambda f: -f["score"])  # stable: chain order, then item order
        if found:
            pairs[code] = found[:MAX_PER_CRITERION]
    return {
        "method": "shared Kazakh stems (sanat.text: normalise, stem, fold), stop words removed",
        "min_shared": MIN_SHARED, "min_stem": MIN_STEM, "hint_stopwords": sorted(HINT_STOPWORDS), "common_share": COMMON_SHARE, "max_per_criterion": MAX_PER_CRITERION,
        "common_stems": common, "pairs": pairs,
        "note": "a suggestion from word overlap, not a legal mapping",
    }


def crosswalk(standard: dict, position: dict, category: str) -> dict:
    """The crosswalk of ``category`` for one catalog ``position`` (see the module docstring).

    Raises :class:`UnknownCategory` for a code the standard does not define and
    :class:`UnknownPosition` when ``position`` is not a catalog position dict. A position that lists
    no competencies for ``category`` is not an error: ``own["present"]`` is ``False`` and nothing is
    inherited.
    """
    _check(standard, position, category)
    comps = position["competencies"]
    cat_info = next((c for c in standard.get("categories") or [] if c["code"] == category), {})
    descriptors = standard.get("category_descriptors") or {}
    criteria = []
    for comp in standard.get("competencies") or []:
        for crit in comp.get("criteria") or []:
            criteria.append({
                "code": crit["code"], "name": crit.get("name"), "name_app2": crit.get("name_app2"),
                "lines": crit.get("lines"), "lines_app2": crit.get("lines_app2"),
                "competency": {"code": comp["code"], "name": comp.get("name"), "lines": comp.get("lines")},
                "descriptor": (descriptors.get(crit["code"]) or {}).get(category),
            })
    own = _level(comps, category)
    inherited, notes = _chain(comps, category) if own["present"] else ([], [])
    src = standard.get("source") or {}
    return {
        "format": FORMAT,
        "category": category,
        "standard": {"file": src.get("file"), "sha256": src.get("sha256"), "act": src.get("act"),
                     "category_label": cat_info.get("label"), "category_lines": cat_info.get("lines")},
        "position": {"id": position["id"], "title": position.get("title") or {},
                     "chapter": position.get("chapter"), "paragraph": position.get("paragraph"),
                     "source": position.get("source") or {}},
        "criteria": criteria,
        "own": own,
        "inherited": inherited,
        "chain": [category] + [lv["category"] for lv in inherited] if own["present"] else [],
        "chain_notes": notes,
        "suggestions": suggest(criteria, [own, *inherited]),
        "counts": {
            "criteria": len(criteria),
            "descriptors": sum(1 for c in criteria if c["descriptor"]),
            "own_items": {lang: len(own["items"][lang] or []) for lang in LANGS},
            "inherited_items": {lang: sum(len(lv["items"][lang] or []) for lv in inherited) for lang in LANGS},
        },
    }
