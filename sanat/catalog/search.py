"""Catalog search over the loaded edition (``docs/search.md``).

The index (:class:`sanat.text.search_index.SearchIndex`) is built from the loaded edition's positions
by :func:`sanat.catalog.store.search_index` (once per edition and process, right after a load) and lives
in memory with the position dicts it was built from: a query is dictionary look-ups and no SQL besides the
store's check of which edition is loaded (once per request), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sanat.text.search_index import PHRASE, TYPO, Answer

from . import store


@dataclass(frozen=True)
class PositionRef:
    """What a hit shows of its position (the fields of a ``Position`` row the pages and the API use), taken
    from the store's cached position dicts: a search costs no query for rows."""

    pid: str
    chapter: int | None
    paragraph: int | None
    title_kk: str
    title_ru: str

    @classmethod
    def of(cls, p: dict) -> PositionRef:
        title = p.get("title") or {}
        return cls(p["id"], p.get("chapter"), (p.get("paragraph") or {}).get("number"),
                   title.get("kk") or "", title.get("ru") or "")


@dataclass
class Hit:
    """One ranked result: the position, how many query concepts matched (in the title), the score, a
    cited snippet, and how it was reached (``crosslingual``: the query is in one language and the position
    has text only in the other, ``text_lang``, reached through the glossary's kk↔ru pairs)."""

    position: PositionRef
    matched: int
    in_title: int
    score: float
    snippet: dict | None = None
    words: list[str] = field(default_factory=list)
    text_lang: str = "kk"
    crosslingual: bool = False
    via_glossary: bool = False
    typo: bool = False


@dataclass
class Found:
    """Hits plus what the page says about the query: glossary phrases used and a «did you mean»."""

    hits: list[Hit]
    glossary: list[dict] = field(default_factory=list)
    suggestion: str | None = None


def find(q: str, limit: int = 50, chapter: int | None = None, snippets: int = 20) -> Found:
    """Positions matching ``q`` (any words, kk or ru), best first, with the page's notes."""
    index = store.search_index()
    if index is None or not q.strip():
        return Found([])
    answer: Answer = index.search(q, limit=limit, chapter=chapter)
    positions = index.documents
    hits = []
    for n, r in enumerate(answer.results):
        if r.doc not in positions:
            continue
        row = PositionRef.of(positions[r.doc])
        snippet = None
        if n < snippets:
            index.snippet(r)
            if r.snippet is not None:
                p = r.snippet
                snippet = {"section": p.section, "lang": p.lang, "text": p.text,
                           "lines": list(p.lines) if p.lines else None, "file": p.file, "parts": r.parts}
        hits.append(Hit(row, len(r.matched), r.in_title, round(r.score, 3), snippet, r.matched, r.lang,
                        r.crosslingual, PHRASE in r.routes, TYPO in r.routes))
    glossary = [{"words": form, "means": ph.means, "note": ph.note} for form, ph in answer.phrases]
    return Found(hits, glossary, answer.suggestion)


def search(q: str, limit: int = 50, chapter: int | None = None, snippets: int = 20, lang: str = "kk") -> list[Hit]:
    """The hits of :func:`find` (``lang`` is accepted for callers of the old signature)."""
    return find(q, limit=limit, chapter=chapter, snippets=snippets).hits
