"""Read-side queries of the catalog: what pages and the API show.

Position JSON, the edition's header and source lines come from the catalog store
(:mod:`sanat.catalog.store`); the lists of chapters and positions are plain queries of the loaded rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse

from sanat.vocabulary import CATEGORIES, LANGS

from . import store
from .models import CatalogEdition, Position, SourceFile
from .positions import section_items


@dataclass
class Chapter:
    """A chapter of Order 338 and the positions it holds (summaries)."""

    number: int
    title_kk: str
    title_ru: str
    positions: list[Position] = field(default_factory=list)


def current_edition() -> CatalogEdition | None:
    """The loaded edition (there is at most one), without its bulky ``extra``."""
    return CatalogEdition.objects.defer("extra", "standard", "course").first()


def position_summaries(chapter: int | None = None):
    """Positions without their JSON, in source order, optionally of one chapter."""
    qs = Position.objects.defer("data")
    return qs.filter(chapter=chapter) if chapter is not None else qs


def chapters() -> list[Chapter]:
    """Chapters in order with their positions."""
    out: dict[int, Chapter] = {}
    for p in position_summaries():
        ch = out.setdefault(p.chapter, Chapter(p.chapter, p.chapter_title_kk, p.chapter_title_ru))
        ch.title_kk = ch.title_kk or p.chapter_title_kk
        ch.title_ru = ch.title_ru or p.chapter_title_ru
        ch.positions.append(p)
    return sorted(out.values(), key=lambda c: c.number)


def _href(file: str | None, lines) -> str | None:
    """The source viewer at ``lines`` of ``file`` (``None`` without both)."""
    if not file or not lines or lines[0] is None:
        return None
    return f"{reverse('catalog:source', args=[file])}?lines={lines[0]}-{lines[-1]}#L{lines[0]}"


def home() -> dict:
    """The home page: chapters with positions, the edition's sources, whole-text anomalies and notes."""
    edition = store.edition()
    extra = edition.extra if edition else {}
    return {
        "chapters": chapters(),
        "edition": edition,
        "anomalies": [_with_links(a) for a in extra.get("anomalies") or []],
        "amendments": [{**a, "href": _href(a.get("file"), a.get("lines"))} for a in extra.get("amendments") or []],
    }


def chapter(number: int) -> Chapter | None:
    """One chapter with its positions, or ``None``."""
    return next((c for c in chapters() if c.number == number), None)


def position(pid: str) -> dict | None:
    """One position's catalog JSON of the loaded edition, or ``None``."""
    return store.position(pid)


def _cited(items: list[dict] | None, base: str | None) -> list[dict] | None:
    """Items with ``href``: the source viewer at their lines (``None`` stays ``None``)."""
    if items is None:
        return None
    out = []
    for it in items:
        lines = it.get("lines") or [None, None]
        href = f"{base}?lines={lines[0]}-{lines[1]}#L{lines[0]}" if base and lines[0] else None
        out.append({"text": it.get("text", ""), "lines": lines, "href": href, "optional": it.get("optional"),
                    "garbled": "garbled_hyperlinks" in (it.get("flags") or ())})
    return out


def position_view(d: dict) -> dict:
    """What the position page shows for a position's JSON, shaped for a template (kk and ru side by side)."""
    edition = store.edition()
    clauses = d.get("clauses") or {}
    sources = d.get("source") or {}
    files = {lang: (sources.get(lang) or {}).get("file") for lang in LANGS}
    quoted = {lang: (sources.get(lang) or {}).get("provenance") == "vacancy_notice" for lang in LANGS}
    bases = {lang: reverse("catalog:source", args=[f]) if f else None for lang, f in files.items()}
    sections = []
    for key in ("duties", "knowledge", "requirements"):
        items = section_items(d, key)
        sections.append({"key": key, "clause": clauses.get(key) or {},
                         "cols": [{"lang": lang, "items": _cited(items[lang], bases[lang]), "file": files[lang],
                                   "quoted": quoted[lang]}
                                  for lang in LANGS]})
    comps = d.get("competencies") or {}
    categories = []
    for code in [c for c in CATEGORIES if c in comps] + [c for c in comps if c not in CATEGORIES]:
        cat = comps[code] or {}
        items = cat.get("items") or {}
        categories.append({
            "code": code, "label": cat.get("label") or {}, "builds_on": cat.get("builds_on"),
            "cols": [{"lang": lang, "items": _cited(items.get(lang), bases[lang]), "file": files[lang],
                      "quoted": quoted[lang]}
                     for lang in LANGS],
        })
    return {
        "id": d["id"], "title": d.get("title") or {}, "chapter": d.get("chapter"),
        "chapter_title": d.get("chapter_title") or {}, "paragraph": d.get("paragraph"),
        "sections": sections, "competencies_clause": clauses.get("competencies") or {},
        "categories": categories,
        "amendments": [{**a, "href": _href(a.get("file") or files.get(a.get("lang")), a.get("lines"))}
                       for a in d.get("amendments") or []],
        "quoted": quoted,
        "provenance": [
            {"lang": lang, **src, "about": edition.source(src.get("file")) if edition else {}}
            for lang, src in sources.items() if src
        ],
        "anomalies": [_with_links(a) for a in d.get("anomalies") or []], "source": sources,
    }


def _with_links(anomaly: dict) -> dict:
    """An anomaly with a viewer link per cited source."""
    return {**anomaly, "sources": [{**s, "href": _href(s.get("file"), s.get("lines"))}
                                   for s in anomaly.get("sources") or []]}


def source_file(file: str) -> SourceFile | None:
    """A source text of the current edition by file name (its text is loaded lazily)."""
    return (SourceFile.objects.filter(file=file).select_related("edition")
            .defer("text", "edition__extra", "edition__standard", "edition__course").first())


def source_window(sf: SourceFile, first: int, last: int, context: int = 25) -> dict:
    """Lines ``first..last`` of a source with ``context`` lines around, each flagged if cited."""
    lines = store.source_lines(sf.file) or ()
    total = len(lines)
    first = max(1, min(first, total))
    last = max(first, min(last, total))
    lo, hi = max(1, first - context), min(total, last + context)
    return {
        "file": sf, "first": first, "last": last, "total": total, "lo": lo, "hi": hi,
        "lines": [{"no": n, "text": lines[n - 1], "hit": first <= n <= last} for n in range(lo, hi + 1)],
        "provenance": next((p for p in sf.edition.sources if p.get("file") == sf.file), {}),
    }
