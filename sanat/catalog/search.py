"""Catalog search over the index built at load time: rank by matched query words, titles first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sanat.search.analyzers import analyse, fold, query_terms

from .models import Position, SearchTerm
from .positions import iter_items

MIN_PREFIX = 3


@dataclass
class Hit:
    """One ranked result: the position, how many query words matched (in the title) and a cited snippet."""

    position: Position
    matched: int
    in_title: int
    weight: int
    snippet: dict | None = None
    words: list[str] = field(default_factory=list)


def _rows(keys: set[str]):
    return SearchTerm.objects.filter(key__in=keys).values_list("position_id", "key", "field", "count")


def _prefix_rows(word: str):
    stem = fold(word)
    qs = SearchTerm.objects.none()
    for lang in ("kk", "ru"):
        qs = qs | SearchTerm.objects.filter(key__startswith=f"{lang}:{stem}")
    return qs.values_list("position_id", "key", "field", "count")


def _snippet(data: dict, keys: set[str]) -> dict | None:
    for section, lang, item in iter_items(data):
        if any(keys.intersection(k) for k in analyse(item.get("text") or "", lang)):
            file = ((data.get("source") or {}).get(lang) or {}).get("file")
            return {"section": section, "lang": lang, "text": item["text"], "lines": item.get("lines"), "file": file}
    return None


def search(q: str, limit: int = 50, chapter: int | None = None, snippets: bool = True) -> list[Hit]:
    """Positions matching ``q`` (any word, any language), best first.

    Ranking: number of distinct query words matched, then of words matched in a title, then the
    total number of occurrences, then source order. A word with no exact key match falls back to
    prefix matching (at least three letters), so partly typed words still find something.
    """
    terms = query_terms(q)
    if not terms:
        return []
    per_pos: dict[int, dict] = defaultdict(lambda: {"words": set(), "title": set(), "weight": 0, "keys": set()})
    for i, (word, keys) in enumerate(terms):
        rows = list(_rows(set(keys)))
        if not rows and len(fold(word)) >= MIN_PREFIX:
            rows = list(_prefix_rows(word))
        for pos_id, key, fld, count in rows:
            s = per_pos[pos_id]
            s["words"].add(i)
            s["keys"].add(key)
            s["weight"] += count * (3 if fld == SearchTerm.TITLE else 1)
            if fld == SearchTerm.TITLE:
                s["title"].add(i)
    if not per_pos:
        return []
    qs = Position.objects.filter(pk__in=per_pos.keys())
    if chapter is not None:
        qs = qs.filter(chapter=chapter)
    if not snippets:
        qs = qs.defer("data")
    positions = {p.pk: p for p in qs}
    ranked = sorted(
        positions.values(),
        key=lambda p: (-len(per_pos[p.pk]["words"]), -len(per_pos[p.pk]["title"]), -per_pos[p.pk]["weight"],
                       p.order),
    )[:limit]
    hits = []
    for p in ranked:
        s = per_pos[p.pk]
        hits.append(Hit(p, len(s["words"]), len(s["title"]), s["weight"],
                        _snippet(p.data, s["keys"]) if snippets else None,
                        [terms[i][0] for i in sorted(s["words"])]))
    return hits
