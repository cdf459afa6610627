"""Catalog search over the index built at load time: rank by matched query words, titles first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sanat.text.analyzers import fold, highlight, query_terms
from sanat.vocabulary import LANGS

from .models import Position, SearchTerm

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


_COLS = ("position_id", "key", "field", "count", "first")


def _rows(keys: set[str]):
    return SearchTerm.objects.filter(key__in=keys).values_list(*_COLS)


def _prefix_rows(word: str):
    stem = fold(word)
    qs = SearchTerm.objects.none()
    for lang in LANGS:
        qs = qs | SearchTerm.objects.filter(key__startswith=f"{lang}:{stem}")
    return qs.values_list(*_COLS)


def search(q: str, limit: int = 50, chapter: int | None = None, snippets: int = 20, lang: str = "kk") -> list[Hit]:
    """Positions matching ``q`` (any word, any language), best first.

    Ranking: number of distinct query words matched, then of words matched in a title, then the
    total number of occurrences, then source order. A word with no exact key match falls back to
    prefix matching (at least three letters), so partly typed words still find something.
    The first ``snippets`` hits carry a cited item that matched (stored in the index at load time),
    preferably in ``lang``.
    """
    terms = query_terms(q)
    if not terms:
        return []
    per_pos: dict[int, dict] = defaultdict(lambda: {"words": set(), "title": set(), "weight": 0, "first": None})
    for i, (word, keys) in enumerate(terms):
        rows = list(_rows(set(keys)))
        if not rows and len(fold(word)) >= MIN_PREFIX:
            rows = list(_prefix_rows(word))
        for pos_id, _key, fld, count, first in rows:
            s = per_pos[pos_id]
            s["words"].add(i)
            if first and (s["first"] is None or _before(first, s["first"], lang)):
                s["first"] = first
            s["weight"] += count * (3 if fld == SearchTerm.TITLE else 1)
            if fld == SearchTerm.TITLE:
                s["title"].add(i)
    if not per_pos:
        return []
    qs = Position.objects.filter(pk__in=per_pos.keys()).defer("data")
    if chapter is not None:
        qs = qs.filter(chapter=chapter)
    positions = {p.pk: p for p in qs}
    ranked = sorted(
        positions.values(),
        key=lambda p: (-len(per_pos[p.pk]["words"]), -len(per_pos[p.pk]["title"]), -per_pos[p.pk]["weight"],
                       p.order),
    )[:limit]
    all_keys = frozenset().union(*(keys for _w, keys in terms))
    hits = []
    for n, p in enumerate(ranked):
        s = per_pos[p.pk]
        snippet = s["first"] if n < snippets else None
        if snippet:
            snippet = {**snippet, "parts": highlight(snippet["text"], snippet["lang"], all_keys)}
        hits.append(Hit(p, len(s["words"]), len(s["title"]), s["weight"], snippet,
                        [terms[i][0] for i in sorted(s["words"])]))
    return hits


def _before(a: dict, b: dict, lang: str) -> bool:
    """Prefer an item in ``lang``, then the earlier line, for the snippet."""
    return (a.get("lang") != lang, (a.get("lines") or [0])[0]) < (b.get("lang") != lang, (b.get("lines") or [0])[0])
